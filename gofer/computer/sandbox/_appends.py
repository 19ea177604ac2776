"""Which shell commands only append to named files: those may start with more file-size room than the quota leaves.

RLIMIT_FSIZE bounds the offset of a write, so an append to a file larger than the room left under the workspace's
quota fails at its first byte. A command whose every simple command runs a program that writes nothing but its
output (``echo``, ``cat``, ``head``, …), and whose every redirect that writes appends to a named file, can open no
other file for writing: giving it the room plus the size of its largest target lets the append use the room, and
nothing else. Any other word (a substitution, a variable in a target, ``>``, a wrapper, an assignment) makes it an
ordinary command, which starts with the room alone."""

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
    k = 0
    while k < len(found):
        token = found[k]
        k += 1
        if not token.op:
            if first and token.text not in OUTPUT_ONLY:
                return None
            if first and token.text not in _BUILTINS:
                programs.add(token.text)
            first = False
            continue
        if token.text in _SEPARATORS:
            first = True
            continue
        target = found[k].text if k < len(found) and not found[k].op else None
        k += 1
        if target is None or not _redirect_allowed(token.text.lstrip("0123456789"), target):
            return None
        if token.text.endswith(">>"):
            targets.append(target)
    return AppendOnly(targets, sorted(programs)) if targets else None


def _redirect_allowed(core: str, target: str) -> bool:
    """Whether a redirect may be part of an append-only command: an append to a named file, a descriptor copy, a
    read, or output thrown away."""
    if core in (">>", "&>>"):
        return bool(target) and not _EXPANDS.search(target)
    if core in (">&", "<&"):
        return re.fullmatch(r"\d+-?|-", target) is not None
    return core in _READS or (core in (">", "&>", ">|") and target == "/dev/null")
