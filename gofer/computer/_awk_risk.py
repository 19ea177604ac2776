"""The programs of awk and sed, judged as the shell judges its own redirects and commands: awk's ``print > FILE``
(``>>``, ``printf``), its pipes to and from commands (``print | CMD``, ``CMD | getline``, ``|&``) and
``system(CMD)``; sed's ``w FILE`` (``W``, ``s///w``) and ``e CMD`` (``s///e``). A literal file is judged as a
redirect to it is (a user's file asks, a new one or the run's own does not, one that runs later asks); a name
computed at run time asks unless it lands in a folder holding only the run's own files (a new one) and none of its
values climbs out of it (names built from the fields of data the command names: :mod:`._awk_data`); a literal
command is judged as a command, a computed one asks."""

from __future__ import annotations

import posixpath
import re
from typing import TYPE_CHECKING, NamedTuple

from gofer.computer._awk_data import AwkData, climbs_out, data_of, folders_below
from gofer.computer._command_paths import RUNS_LATER, files_under, is_own, runs_later

if TYPE_CHECKING:
    from gofer.computer.command_risk import JudgeEnv

__all__ = ["AWKS", "judge_awk", "judge_awk_program", "judge_sed", "judge_sed_script"]

AWKS = {"awk", "gawk", "mawk", "nawk", "original-awk", "bwk-awk"}
_AWK_VALUES = {"-F", "-v", "-f", "-e", "-i", "-l", "-E", "--field-separator", "--assign", "--file", "--source",
               "--include", "--load", "--exec"}
_AWK_DUMPS = {"-d": "awkvars.out", "--dump-variables": "awkvars.out", "-p": "awkprof.out", "--profile": "awkprof.out",
              "-o": "awkprof.out", "--pretty-print": "awkprof.out"}
"""gawk options that write a file (the default name unless one is attached: ``-dvars.txt``, ``--profile=x``)."""


class _Token(NamedTuple):
    kind: str
    """``str`` (its value decoded), ``re``, ``name``, ``num``, ``op`` or ``end`` (a newline or ``;``)."""
    text: str


_OPERATORS = sorted([">>", "|&", "||", "&&", "==", "<=", ">=", "!=", "++", "--", "+=", "-=", "*=", "/=", "%=", "^=",
                     "**", "!~"], key=len, reverse=True)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "/": "/", "a": "\a", "b": "\b", "f": "\f",
            "v": "\v"}
_CONTROL = {"while", "if", "for", "do", "else", "return"}
_BEFORE_OPERAND = {"print", "printf", "return", "in", "case", "getline", "do", "else"}


def _tokens(program: str) -> list[_Token]:
    """awk's tokens: strings, regular expressions (a ``/`` where an operand may start), names, numbers, operators
    and statement ends; comments and escaped newlines dropped."""
    out: list[_Token] = []
    i, n = 0, len(program)
    while i < n:
        c = program[i]
        if (c == "\\" and program[i + 1 : i + 2] == "\n") or c in " \t\r":
            i += 2 if c == "\\" else 1
        elif c == "#":
            i = program.find("\n", i) if "\n" in program[i:] else n
        elif c in "\n;":
            out.append(_Token("end", c))
            i += 1
        elif c == '"':
            value, i = [], i + 1
            while i < n and program[i] != '"':
                if program[i] == "\\" and i + 1 < n:
                    value.append(_ESCAPES.get(program[i + 1], "\\" + program[i + 1]))
                    i += 2
                else:
                    value.append(program[i])
                    i += 1
            out.append(_Token("str", "".join(value)))
            i += 1
        elif c == "/" and (not out or out[-1].kind == "end" or (out[-1].kind == "op" and out[-1].text not in (
                ")", "]", "$", "++", "--")) or (out[-1].kind == "name" and out[-1].text in _BEFORE_OPERAND)):
            j, bracket = i + 1, False
            while j < n and (bracket or program[j] != "/") and program[j] != "\n":
                bracket = (bracket and program[j] != "]") or program[j] == "["
                j += 2 if program[j] == "\\" else 1
            out.append(_Token("re", program[i + 1 : j]))
            i = j + 1
        elif c.isalpha() or c == "_":
            m = re.match(r"\w+", program[i:])
            assert m is not None
            out.append(_Token("name", m.group()))
            i += len(m.group())
        elif c.isdigit() or (c == "." and program[i + 1 : i + 2].isdigit()):
            m = re.match(r"[\w.]+", program[i:])
            assert m is not None
            out.append(_Token("num", m.group()))
            i += len(m.group())
        else:
            op = next((o for o in _OPERATORS if program.startswith(o, i)), c)
            out.append(_Token("op", op))
            i += len(op)
    return out


class _Effect(NamedTuple):
    how: str
    """``>`` or ``>>`` (a file written), ``|`` or ``|&`` (a command run), ``system`` or ``getline``."""
    target: list[_Token]


def _effects(tokens: list[_Token]) -> list[_Effect]:
    """What an awk program writes and runs: the target of each output redirection of ``print``/``printf`` (at
    the statement's own level: ``print (a > b)`` compares), each ``system(...)``'s argument and each command a
    ``getline`` reads from."""
    found: list[_Effect] = []
    for i, t in enumerate(tokens):
        if t.kind == "name" and t.text in ("print", "printf"):
            depth, j = 0, i + 1
            while j < len(tokens):
                tk = tokens[j]
                if tk.text in ("(", "[") and tk.kind == "op":
                    depth += 1
                elif tk.text in (")", "]") and tk.kind == "op":
                    depth -= 1
                    if depth < 0:
                        break
                elif depth == 0 and (tk.kind == "end" or (tk.kind == "op" and tk.text in ("{", "}"))):
                    break
                elif depth == 0 and tk.kind == "op" and tk.text in (">", ">>", "|", "|&"):
                    found.append(_Effect(tk.text, _statement(tokens, j + 1)))
                    break
                j += 1
        elif t.kind == "name" and t.text == "system" and tokens[i + 1 : i + 2] == [_Token("op", "(")]:
            found.append(_Effect("system", _group(tokens, i + 1)))
        elif t.kind == "op" and t.text in ("|", "|&") and tokens[i + 1 : i + 2] == [_Token("name", "getline")]:
            k = i
            while k > 0 and tokens[k - 1].kind == "str":
                k -= 1
            before = tokens[k - 1] if k > 0 else None
            bounded = k < i and (before is None or before.kind == "end" or (before.kind == "op" and before.text in (
                "(", "{", "}", ",", "=", "&&", "||", "!")) or (before.kind == "name" and before.text in _CONTROL))
            found.append(_Effect("getline", tokens[k:i] if bounded else [_Token("name", "?")]))
    return found


def _statement(tokens: list[_Token], start: int) -> list[_Token]:
    """The tokens from ``start`` to the end of their statement (``;``, a newline, a brace or an unmatched
    closing parenthesis)."""
    depth, j = 0, start
    while j < len(tokens):
        tk = tokens[j]
        if tk.kind == "op" and tk.text in ("(", "["):
            depth += 1
        elif tk.kind == "op" and tk.text in (")", "]"):
            depth -= 1
            if depth < 0:
                break
        elif depth == 0 and (tk.kind == "end" or (tk.kind == "op" and tk.text in ("{", "}"))):
            break
        j += 1
    return tokens[start:j]


def _group(tokens: list[_Token], start: int) -> list[_Token]:
    """The tokens inside the parentheses that open at ``start``."""
    depth = 0
    for j in range(start, len(tokens)):
        if tokens[j].kind == "op" and tokens[j].text in ("(", "["):
            depth += 1
        elif tokens[j].kind == "op" and tokens[j].text in (")", "]"):
            depth -= 1
            if depth == 0:
                return tokens[start + 1 : j]
    return tokens[start + 1 :]


def _literal(target: list[_Token]) -> tuple[str | None, str]:
    """The target's text when it is made of string literals only (None otherwise), and its leading literal text."""
    words = [t for t in target if not (t.kind == "op" and t.text in ("(", ")"))]
    prefix = ""
    for t in words:
        if t.kind != "str":
            break
        prefix += t.text
    return (prefix if words and all(t.kind == "str" for t in words) else None), prefix


def _shown(target: list[_Token]) -> str:
    return " ".join(f'"{t.text}"' if t.kind == "str" else t.text for t in target).replace("$ ", "$")[:60]


def _computed_lands_apart(prefix: str, env: JudgeEnv) -> bool:
    """Whether a name computed at run time, beginning with ``prefix``, lands in a folder that holds only files
    this run made (a new folder, or the run's own output folder): it cannot replace a user's file there."""
    folder = posixpath.dirname(prefix.removeprefix("/workspace/"))
    if not folder or folder.startswith("/") or ".." in folder.split("/") or env.uncertain_cwd or runs_later(
            folder + "/x") or any(c in folder for c in "$`*?[{~"):
        return False
    parts = posixpath.normpath(folder).split("/")
    if any(_is_link("/".join(parts[:i]), env) for i in range(1, len(parts) + 1)):
        return False  # the folder, or one above it, is a link (one this command makes too)
    files = files_under(env.kind, folder, hidden=True)
    return files is not None and all(is_own(env.kind, f) for f in files)


def _through_link(tokens: list[_Token], target: list[_Token], prefix: str, data: AwkData | None,
                  env: JudgeEnv) -> str | None:
    """Why the name may pass through a symlink below its folder (one this command makes, or one already there,
    which the folder's listing of files does not show): the shell follows it wherever it points."""
    folder = posixpath.normpath(posixpath.dirname(prefix.removeprefix("/workspace/")))
    below = folders_below(tokens, target, prefix, data)
    if below is None:
        return "the folders its name passes through cannot be followed"
    for sub in sorted(below):
        path = posixpath.normpath(f"{folder}/{sub}")
        if _is_link(path, env):
            return f"a value of its name passes through {path}, which is or may be a symlink"
    return None


def _is_link(path: str, env: JudgeEnv) -> bool:
    """Whether a workspace path is, or may be, a symlink: one this command makes, or an existing folder that cannot
    be listed without following a link (a link to a folder; also one too large to list)."""
    if path in {posixpath.normpath(n) for n in env.linked}:
        return True
    kind = env.kind(path)
    return kind == "file" or (kind == "dir" and env.files(path) is None)


def _judge_write(program: str, how: str, target: list[_Token], env: JudgeEnv, tokens: list[_Token],
                 data: AwkData | None) -> list[str]:
    path, prefix = _literal(target)
    if path is None:
        computed = f"{program} writes to a file whose name is computed at run time ({_shown(target)})"
        if not _computed_lands_apart(prefix, env):
            return [computed]
        why = climbs_out(tokens, target, prefix, data) or _through_link(tokens, target, prefix, data, env)
        return [] if why is None else [f"{computed}: {why}"]
    if path.startswith(("/dev/", "/inet")) or path == "-":
        return [f"{program} opens a network connection ({path})"] if path.startswith("/inet") else []
    reasons = [f"{program} overwrites {path}"] if how == ">" and env.overwrites(path) else []
    return reasons + ([f"{program} writes {path}, {RUNS_LATER}"] if runs_later(path) else [])


def _judge_run(program: str, how: str, target: list[_Token], env: JudgeEnv) -> list[str]:
    command, _ = _literal(target)
    if command is None:
        return [f"{program} runs a command built at run time ({_shown(target)})"]
    if command.startswith("/inet"):
        return [f"{program} opens a network connection ({command})"]
    return [f"{program} runs a command that {r}" for r in env.judge(command)]


def judge_awk_program(program: str, env: JudgeEnv, name: str = "awk", data: AwkData | None = None) -> list[str]:
    """Reasons for the awk program ``program``: the files it writes and the commands it runs; ``data`` is what
    it reads (unknown when None), which an output name built from its fields is followed through."""
    reasons: list[str] = []
    tokens = _tokens(program)
    for effect in _effects(tokens):
        if effect.how in (">", ">>"):
            reasons += _judge_write(name, effect.how, effect.target, env, tokens, data)
        else:
            reasons += _judge_run(name, effect.how, effect.target, env)
    return reasons


def judge_awk(name: str, args: list[str], env: JudgeEnv) -> list[str]:
    """Reasons for ``awk ARGS``: its program (inline, ``-f``/``-e`` files, a workspace ``-i`` library), an
    in-place edit (``-i inplace``), an extension it loads (``-l``) and the files gawk's dump options write;
    nothing for a ``--sandbox`` program beyond its in-place edit."""
    programs: list[tuple[str, str | None]] = []
    reasons: list[str] = []
    sandbox = False
    separator: str | None = None
    words = iter(args)
    plain: list[str] = []
    for a in words:
        option, eq, value = a.partition("=") if a.startswith("--") else (a[:2], "", a[2:])
        if plain or a == "-" or not a.startswith("-"):
            plain.append(a)
            continue
        if a == "--":
            plain += list(words)
            break
        if a.startswith("--") and option not in _AWK_VALUES and option not in _AWK_DUMPS:
            sandbox = sandbox or option == "--sandbox"
            continue
        if option in _AWK_DUMPS:
            out = value or _AWK_DUMPS[option]
            reasons += [f"{name} {option} overwrites {out}"] if env.overwrites(out) else []
            continue
        if option not in _AWK_VALUES:
            sandbox = sandbox or "S" in a[1:]
            continue
        value = value if (eq or value) else next(words, "")
        if option in ("-F", "--field-separator"):
            separator = "?" if separator is not None or value == "t" else value  # gawk reads -Ft as a tab
        elif option in ("-v", "--assign") and value.startswith(("FS=", "RS=")):
            separator = "?" if separator is not None or value.startswith("RS=") else value[3:]
        elif option in ("-f", "--file", "-E", "--exec"):
            programs.append((value, None if any(c in value for c in "$`") else env.read(value)))
        elif option in ("-e", "--source"):
            programs.append(("", value))
        elif option in ("-i", "--include"):
            if value.removesuffix(".awk") == "inplace":
                reasons.append(f"{name} -i inplace edits files in place")
            elif (text := env.read(value) or env.read(f"{value}.awk")) is not None:
                programs.append((value, text))  # a library in the workspace (gawk looks in . first)
        elif option in ("-l", "--load"):
            reasons.append(f"{name} loads the extension {value}, whose effects cannot be judged")
    if not programs and plain:
        programs.append(("", plain.pop(0)))
    data = data_of(plain, separator, env.read)
    for path, text in programs:
        if text is None:
            reasons.append(f"{name} runs the program {path}, which cannot be read before it runs")
        elif not sandbox:
            reasons += [f"{r} (in {path})" if path else r for r in judge_awk_program(text, env, name, data)]
    return reasons


_SED_VALUES = {"-e", "-f", "-l", "--expression", "--file", "--line-length"}


def judge_sed(args: list[str], env: JudgeEnv) -> list[str]:
    """Reasons for ``sed ARGS``: the files its scripts write (``w``, ``W``, ``s///w``) and the commands they run
    (``e``, ``s///e``); ``-i`` is judged by the shell judge."""
    scripts: list[tuple[str, str | None]] = []
    plain: list[str] = []
    sandbox = False
    words = iter(args)
    for a in words:
        if plain or a == "-" or not a.startswith("-"):
            plain.append(a)
            continue
        if a == "--":
            plain += list(words)
            break
        option, eq, value = a.partition("=")
        if a.startswith("--"):
            sandbox = sandbox or a == "--sandbox"
            if option in _SED_VALUES:
                value = value if eq else next(words, "")
                scripts += [("", value)] if option == "--expression" else [(value, env.read(value))] if (
                    option == "--file") else []
            continue
        letters = a[1:]
        for k, ch in enumerate(letters):
            if ch in "efl":
                value = letters[k + 1 :] or next(words, "")
                scripts += [("", value)] if ch == "e" else [(value, env.read(value))] if ch == "f" else []
                break
            if ch == "i":
                break  # -i[SUFFIX]: the rest is the suffix
    if not scripts and plain:
        scripts.append(("", plain[0]))
    unread = [path for path, text in scripts if text is None]
    if unread:
        return [f"sed runs the script {unread[0]}, which cannot be read before it runs"]
    # sed joins its -e and -f scripts with newlines: a line of one (``a\``) may go on in the next
    return [] if sandbox else judge_sed_script("\n".join(text or "" for _, text in scripts), env)


def judge_sed_script(script: str, env: JudgeEnv) -> list[str]:
    """Reasons for a sed script: the files its ``w``/``W`` commands and ``s///w`` flags write (to the end of the
    line, as sed reads a file name) and the commands ``e`` runs (``e`` alone and ``s///e`` run text of the input)."""
    reasons: list[str] = []
    for how, value in _sed_effects(script):
        if how == "w":
            if env.overwrites(value):
                reasons.append(f"sed overwrites {value}")
            if runs_later(value):
                reasons.append(f"sed writes {value}, {RUNS_LATER}")
        elif value:
            reasons += [f"sed runs a command that {r}" for r in env.judge(value)]
        else:
            reasons.append("sed runs text of its input as a command (e)")
    return reasons


def _sed_effects(script: str) -> list[tuple[str, str]]:
    """``("w", FILE)`` and ``("e", COMMAND)`` for each command of a sed script that writes a file or runs one."""
    found: list[tuple[str, str]] = []
    i, n = 0, len(script)

    def to_eol(start: int) -> tuple[str, int]:
        end = script.find("\n", start)
        end = n if end < 0 else end
        return script[start:end].strip(), end

    def delimited(start: int, delim: str) -> int:
        """The position after the part that ends at the next unescaped ``delim``."""
        j = start
        while j < n and script[j] != delim:
            j += 2 if script[j] == "\\" else 1
        return j + 1

    while i < n:
        c = script[i]
        if c in " \t\n;{}!":
            i += 1
        elif c == "#":
            i = to_eol(i)[1]
        elif c.isdigit() or c in "$,+~":
            i += 1
        elif c == "/":
            i = delimited(i + 1, "/")
        elif c == "\\" and i + 1 < n:
            i = delimited(i + 2, script[i + 1])
        elif c in "aic":
            j = i + 1
            while True:  # text to the end of the line, a line ending in a backslash goes on
                text, j = to_eol(j)
                if not text.endswith("\\") or j >= n:
                    break
                j += 1
            i = j
        elif c in "rRwW":
            name, i = to_eol(i + 1)
            if c in "wW":
                found.append(("w", name))
        elif c == "e":
            command, i = to_eol(i + 1)
            found.append(("e", command))
        elif c in "btT:":
            m = re.match(r"[^;\n]*", script[i + 1 :])
            i += 1 + (len(m.group()) if m else 0)
        elif c in "sy" and i + 1 < n:
            delim = script[i + 1]
            i = delimited(delimited(i + 2, delim), delim)
            if c == "s":
                m = re.match(r"[gpiImMe0-9]*", script[i:])
                flags = m.group() if m else ""
                i += len(flags)
                if "e" in flags:
                    found.append(("e", ""))
                if script[i : i + 1] == "w":
                    name, i = to_eol(i + 1)
                    found.append(("w", name))
        else:
            i += 1
    return found
