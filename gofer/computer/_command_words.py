"""Reading a shell command line for the command judge: its simple commands (quote-aware, with the commands in
``$(...)`` and backticks), each with its wrappers (``sudo``, ``timeout 5``, ``xargs``) taken off, the files its
redirects write, and the links ``ln``/``cp -l`` make."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gofer.computer._shell_tokens import redirects, simple_commands

__all__ = ["base_name", "command_segments", "link_names", "redirect_targets", "unwrap"]

_SUBSTITUTION = re.compile(r"\$\((.*)\)|`([^`]*)`")
_SEPARATORS = re.compile(r"\|\||&&|[;|&\n()]")
_REDIRECT = re.compile(r"(?<![<>&\d])(\d?)>(?!>|&)\s*([^\s;|&<>]+)")
_WRAPPERS = {"sudo", "doas", "nohup", "nice", "ionice", "time", "command", "exec", "builtin", "stdbuf", "xargs",
             "timeout", "env", "busybox", "toybox", "setsid", "watch", "parallel", "flock", "unbuffer", "chronic",
             "if", "then", "else", "elif", "do", "while", "until", "!", "{"}
_WRAPPER_ARGS = {  # a wrapper's options that take the next word as their value
    "sudo": {"-u", "-g", "-C", "-h", "-p", "-U", "-r", "-t", "-D", "-R", "-T"}, "doas": {"-u", "-C"},
    "nice": {"-n"}, "ionice": {"-c", "-n", "-p"}, "timeout": {"-s", "-k"}, "env": {"-u", "-C"}, "exec": {"-a"},
    "xargs": {"-I", "-a", "-n", "-P", "-d", "-L", "-s", "-E"}, "watch": {"-n", "-d"}, "time": {"-f", "-o"},
    "parallel": {"-j", "-S", "--jobs"},
}


def command_segments(command: str) -> Iterator[list[str]]:
    """The simple commands of a command line, quote-aware, each with its wrappers and redirects removed; the
    commands inside ``$(...)`` and backticks are yielded too (they run as well)."""
    for words in _split(command):
        for word in words:
            for inner in _SUBSTITUTION.findall(word):
                yield from command_segments(inner[0] or inner[1])
        words = unwrap(words)
        if words and not words[0].startswith("#"):  # a comment (or a script's #! line)
            yield words


def _split(command: str) -> Iterator[list[str]]:
    found = simple_commands(command)
    if found is None:  # an unclosed quote: judge the rough words of each part
        for part in _SEPARATORS.split(command):
            yield part.split()
        return
    yield from found


def redirect_targets(command: str) -> tuple[list[str], list[str]]:
    """The files ``command``'s redirects replace and those they append to (in its substitutions too; not those
    inside a quoted argument, which belong to the command that argument runs). A line that cannot be read (an
    open quote) is searched as text."""
    found = redirects(command)
    if found is None:
        return ([m.group(2) for m in _REDIRECT.finditer(command)],
                re.findall(r">>\s*([^\s;|&<>]+)", command))
    return ([r.target for r in found if r.writes and not r.appends],
            [r.target for r in found if r.writes and r.appends])


def unwrap(words: list[str]) -> list[str]:
    """The command a line of wrappers (``sudo -u x``, ``timeout -s KILL 5``, ``xargs -0``, ``do``) runs."""
    while words and (("=" in words[0] and not words[0].startswith("-")) or base_name(words[0]) in _WRAPPERS):
        wrapper, words = base_name(words[0]), words[1:]
        takes = _WRAPPER_ARGS.get(wrapper, set())
        while words and words[0].startswith("-") and words[0] not in ("-", "--"):
            words = words[2:] if words[0] in takes else words[1:]
        if words[:1] == ["--"]:
            words = words[1:]
        if wrapper == "timeout" and words:
            words = words[1:]  # the duration
        if wrapper == "parallel":
            words = words[: words.index(":::")] if ":::" in words else words
    return words


_CP_LINKS = re.compile(r"^(--link|--symbolic-link|-[a-zA-Z]*[ls][a-zA-Z]*)$")


def link_names(words: list[str]) -> list[str]:
    """The names of the links ``ln`` or ``cp -l``/``cp -s`` makes (as a file, or inside a folder)."""
    name, args = (base_name(words[0]), words[1:]) if words else ("", [])
    if not (name == "ln" or (name == "cp" and any(_CP_LINKS.match(a) for a in args))):
        return []
    plain = [a for a in args if not a.startswith("-")]
    if len(plain) == 1:
        return [base_name(plain[0])]
    return [plain[-1]] + [f"{plain[-1].rstrip('/')}/{base_name(src)}" for src in plain[:-1]] if plain else []


def base_name(word: str) -> str:
    """A path's last part (a command's name without its folder)."""
    return word.rsplit("/", 1)[-1]
