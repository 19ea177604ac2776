"""A shell command line's tokens as the shell reads them: words (quotes removed, ``$(...)``, ``${...}`` and
backticks kept whole) and operators (separators, redirects, process substitutions), so that a ``>`` or ``;``
inside a quoted argument (``split --filter='gzip > $FILE.gz'``, ``sh -c 'a; b'``, ``find -exec ... \\;``) is
part of a word, never an operator of the outer command. Heredoc bodies are data, not commands; only the
substitutions of an unquoted heredoc's body run, and they come back as the words of a ``:`` command."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Redirect", "Token", "redirects", "simple_commands", "tokens"]


class Token(NamedTuple):
    """One token: a word, or an operator (``op``) such as ``;``, ``&&``, ``|``, ``(``, ``2>``, ``<(``."""

    text: str
    op: bool = False


class Redirect(NamedTuple):
    """A redirect of a simple command: its operator (``>``, ``>>``, ``2>``, ``&>``, ...) and its target word."""

    op: str
    target: str

    @property
    def writes(self) -> bool:
        """Whether it opens ``target`` for writing (not a descriptor copy such as ``2>&1``, nor a heredoc)."""
        core = self.op.lstrip("0123456789")
        if core in (">&", "<&"):
            return core == ">&" and not re.fullmatch(r"\d+-?|-", self.target)
        return ">" in core and core not in ("<>",)

    @property
    def appends(self) -> bool:
        """Whether it appends (``>>``) rather than replaces."""
        return self.op.endswith(">>")


_OPERATORS = re.compile(r"(\d*)(&>>|&>|>>|>\||>&|<<<|<<-|<<|<>|<&|>\(|<\(|>|<)|(&&|\|\||;;|\|&|[;&|()\n])")
_SUBSTITUTION = re.compile(r"\$\((.*)\)|`([^`]*)`", re.S)


def tokens(command: str) -> list[Token] | None:
    """The tokens of ``command``; None when a quote or substitution is left open (the shell would refuse it)."""
    out: list[Token] = []
    heredocs: list[tuple[str, bool, bool]] = []  # (delimiter, strip tabs, body expands)
    i, n = 0, len(command)
    word: list[str] | None = None
    while i < n:
        c = command[i]
        if word is None and c in " \t\r":
            i += 1
            continue
        if word is None and c == "#":
            i = command.find("\n", i)
            i = n if i < 0 else i
            continue
        if c in ";&|()<>\n" or (c.isdigit() and word is None):
            m = _OPERATORS.match(command, i)
            if m and (m.group(3) or m.group(2)) and (not m.group(1) or word is None):
                if word is not None:
                    out.append(Token("".join(word)))
                    word = None
                op = m.group(0)
                i = m.end()
                if op == "\n" and heredocs:
                    i, bodies = _heredoc_bodies(command, i, heredocs)
                    heredocs = []
                    out.append(Token(op, True))
                    out += [t for body in bodies for t in (Token(":"), Token(body), Token("\n", True))]
                    continue
                out.append(Token(op, True))
                if op.lstrip("0123456789") in ("<<", "<<-"):
                    delimiter = _next_word(command, i)
                    if delimiter is None:
                        return None
                    raw, i = delimiter
                    quoted = any(q in raw for q in "'\"\\")
                    text = _unquote(raw)
                    if text is None:
                        return None
                    out.append(Token(text))
                    heredocs.append((text, op.endswith("-"), not quoted))
                continue
        if c in " \t\r":
            out.append(Token("".join(word or [])))
            word = None
            i += 1
            continue
        end = _word_part(command, i)
        if end is None:
            return None
        part, i = end
        word = (word or []) + [part]
    if word is not None:
        out.append(Token("".join(word)))
    return out


def _word_part(command: str, i: int) -> tuple[str, int] | None:
    """The text of the word piece at ``i`` (a quoted string, an escape, a substitution or one plain character)
    with quotes removed, and where the next piece starts; None when it is left open."""
    c = command[i]
    if c == "\\":
        if i + 1 >= len(command):
            return "", i + 1
        return ("" if command[i + 1] == "\n" else command[i + 1]), i + 2
    if c == "'":
        end = command.find("'", i + 1)
        return None if end < 0 else (command[i + 1 : end], end + 1)
    if command.startswith("$'", i):
        j = i + 2
        while j < len(command) and command[j] != "'":
            j += 2 if command[j] == "\\" else 1
        if j >= len(command):
            return None
        text = command[i + 2 : j]
        return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text), j + 1
    if c == '"':
        parts: list[str] = []
        j = i + 1
        while j < len(command) and command[j] != '"':
            if command[j] == "\\" and j + 1 < len(command):
                nxt = command[j + 1]
                parts.append("" if nxt == "\n" else nxt if nxt in '$`"\\' else "\\" + nxt)
                j += 2
            elif command.startswith("$(", j) or command[j] == "`":
                closed = _close(command, j)
                if closed is None:
                    return None
                parts.append(command[j:closed])
                j = closed
            else:
                parts.append(command[j])
                j += 1
        return (None if j >= len(command) else ("".join(parts), j + 1))
    if command.startswith(("$(", "${"), i) or c == "`":
        closed = _close(command, i)
        return None if closed is None else (command[i:closed], closed)
    return c, i + 1


def _close(command: str, i: int) -> int | None:
    """Where the ``$(...)``, ``${...}`` or backtick group starting at ``i`` ends (just past it)."""
    if command[i] == "`":
        j = i + 1
        while j < len(command) and command[j] != "`":
            j += 2 if command[j] == "\\" else 1
        return None if j >= len(command) else j + 1
    opening, closing = command[i + 1], ")" if command[i + 1] == "(" else "}"
    depth, j = 0, i + 1
    while j < len(command):
        c = command[j]
        if c == opening:
            depth += 1
        elif c == closing:
            depth -= 1
            if depth == 0:
                return j + 1
        elif c in "'\"`\\" or command.startswith(("$(", "${"), j):
            part = _word_part(command, j)
            if part is None:
                return None
            j = part[1]
            continue
        j += 1
    return None


def _next_word(command: str, i: int) -> tuple[str, int] | None:
    """The raw text of the word after ``i`` (a heredoc's delimiter, quotes kept) and where it ends."""
    while i < len(command) and command[i] in " \t":
        i += 1
    start = i
    while i < len(command) and command[i] not in " \t\r\n;&|()<>":
        part = _word_part(command, i)
        if part is None:
            return None
        i = part[1]
    return (command[start:i], i) if i > start else None


def _unquote(raw: str) -> str | None:
    i, parts = 0, []
    while i < len(raw):
        part = _word_part(raw, i)
        if part is None:
            return None
        parts.append(part[0])
        i = part[1]
    return "".join(parts)


def _heredoc_bodies(command: str, i: int, heredocs: list[tuple[str, bool, bool]]) -> tuple[int, list[str]]:
    """Skip the bodies of the heredocs opened on the line that just ended; the bodies whose substitutions run
    (an unquoted delimiter) and that hold one are returned."""
    bodies: list[str] = []
    for delimiter, strip, expands in heredocs:
        lines: list[str] = []
        while i < len(command):
            end = command.find("\n", i)
            end = len(command) if end < 0 else end
            line = command[i:end]
            i = end + 1
            if (line.lstrip("\t") if strip else line) == delimiter:
                break
            lines.append(line)
        body = "\n".join(lines)
        if expands and _SUBSTITUTION.search(body):
            bodies.append(body)
    return min(i, len(command)), bodies


def redirects(command: str) -> list[Redirect] | None:
    """The redirects of every simple command in ``command``, those inside its substitutions too (a redirect
    inside a quoted argument is part of that argument); None when the line cannot be read (an open quote)."""
    found = tokens(command)
    if found is None:
        return None
    out: list[Redirect] = []
    for k, token in enumerate(found):
        if token.op and token.text.lstrip("0123456789") in ("<", ">", ">>", ">|", "&>", "&>>", ">&", "<&", "<>"):
            target = found[k + 1] if k + 1 < len(found) else None
            if target is not None and not target.op:
                out.append(Redirect(token.text, target.text))
        elif not token.op:
            for inner in _SUBSTITUTION.findall(token.text):
                out += redirects(inner[0] or inner[1]) or []
    return out


def simple_commands(command: str) -> list[list[str]] | None:
    """The words of each simple command, as the shell reads them (a quoted ``;`` or ``>`` is part of a word);
    a process substitution's command comes on its own and leaves a ``<`` in its place (redirects and their
    targets are left out: :func:`redirects` has them); None when a quote is left open."""
    found = tokens(command)
    if found is None:
        return None
    out: list[list[str]] = []
    words: list[str] = []
    outer: list[list[str]] = []  # the commands a ( or <( interrupted
    skip = False
    for token in found:
        if skip and not token.op:
            skip = False
        elif not token.op:
            words.append(token.text)
        elif token.text == "(":
            out.append(words)
            outer.append([])
            words = []
        elif token.text.endswith("("):
            outer.append([*words, "<"])  # process substitution: what runs reads a pipe, not a file
            words = []
        elif "<" in token.text or ">" in token.text:
            skip = True  # a redirect and its target (judged by redirects())
        else:
            out.append(words)
            words = outer.pop() if token.text == ")" and outer else []
    out.append(words)
    while outer:
        out.append(outer.pop())
    return out
