"""Which shell commands only append to named files: those may start with more file-size room than the quota leaves.

RLIMIT_FSIZE bounds the offset of a write, so an append to a file larger than the room left under the workspace's
quota fails at its first byte. A command whose every simple command runs a program that writes nothing but its
output (``echo``, ``cat``, ``head``, …) or ``tee -a`` (whose file operands are targets too), and whose every redirect
that writes appends to a named file, can open no other file for writing: giving it the room plus the size of its
largest target lets the append use the room, and nothing else (a target that grows by more than the room is the
supervisor's guard's to stop). Any other word (a substitution, a variable in a target, ``>``, a wrapper, an
assignment, ``tee`` without ``-a``) makes it an ordinary command, which starts with the room alone."""

from __future__ import annotations

import re
from typing import NamedTuple

from gofer.computer._shell_tokens import tokens

__all__ = ["OUTPUT_ONLY", "AppendOnly", "append_only"]

OUTPUT_ONLY = frozenset({
    "echo", "printf", "true", "false", ":", "cat", "head", "tail", "tac", "wc", "tr", "cut", "paste", "grep",
    "seq", "date", "nl", "rev", "fold", "base64", "md5sum", "sha1sum", "sha256sum",
})
"""Programs that read files and write only their standard output and error (none has an option naming a file to
write), so an append-only command built of them opens no file for writing but its redirects' targets."""
_BUILTINS = frozenset({"echo", "printf", "true", "false", ":"})
_SEPARATORS = frozenset({"|", ";", "&&", "||", "&", "\n"})
_READS = frozenset({"<", "<<", "<<-", "<<<"})
_EXPANDS = re.compile(r"[$`*?\[\]{}~]")
_TEE_OPTIONS = re.compile(r"-[aip]+|--append|--ignore-interrupts")
"""The options of ``tee`` an append-only command may give it (none names a file or changes what it writes)."""


class AppendOnly(NamedTuple):
    """What an append-only command writes and runs."""

    targets: list[str]
    """The files it appends to, as its words name them."""
    programs: list[str]
    """Its programs that are not shell builtins (found through ``PATH`` when it runs)."""


def append_only(command: str) -> AppendOnly | None:
    """What ``command`` appends to and runs when it only appends (see the module's docstring); None for any other
    command, one that cannot be read, and one that appends to nothing."""
    if "$(" in command or "`" in command:  # a substitution runs a command (in a heredoc's body too)
        return None
    found = tokens(command)
    if found is None:
        return None
    targets: list[str] = []
    programs: set[str] = set()
    first = True
    tee: list[str] | None = None  # the words of a ``tee`` command being read
    k = 0
    while k < len(found):
        token = found[k]
        k += 1
        if not token.op:
            if first and token.text not in OUTPUT_ONLY and token.text != "tee":
                return None
            if first and token.text not in _BUILTINS:
                programs.add(token.text)
            if tee is not None:
                tee.append(token.text)
            elif first and token.text == "tee":
                tee = []
            first = False
            continue
        if token.text in _SEPARATORS:
            if tee is not None:
                files = _tee_files(tee)
                if files is None:
                    return None
                targets += files
                tee = None
            first = True
            continue
        target = found[k].text if k < len(found) and not found[k].op else None
        k += 1
        if target is None or not _redirect_allowed(token.text.lstrip("0123456789"), target):
            return None
        if token.text.endswith(">>"):
            targets.append(target)
    if tee is not None:
        files = _tee_files(tee)
        if files is None:
            return None
        targets += files
    return AppendOnly(targets, sorted(programs)) if targets else None


def _tee_files(words: list[str]) -> list[str] | None:
    """The files ``tee`` with these words appends to; None unless it appends (``-a``) to at least one named file
    and gives no other option (``tee`` without ``-a`` empties its files first)."""
    files: list[str] = []
    appends = False
    options = True
    for word in words:
        if options and word == "--":
            options = False
        elif options and word.startswith("-") and word != "-":
            if not _TEE_OPTIONS.fullmatch(word):
                return None
            appends = appends or word == "--append" or (not word.startswith("--") and "a" in word)
        elif not word or word == "-" or _EXPANDS.search(word):
            return None
        else:
            files.append(word)
    return files if appends and files else None


def _redirect_allowed(core: str, target: str) -> bool:
    """Whether a redirect may be part of an append-only command: an append to a named file, a descriptor copy, a
    read, or output thrown away."""
    if core in (">>", "&>>"):
        return bool(target) and not _EXPANDS.search(target)
    if core in (">&", "<&"):
        return re.fullmatch(r"\d+-?|-", target) is not None
    return core in _READS or (core in (">", "&>", ">|") and target == "/dev/null")
