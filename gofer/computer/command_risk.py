"""Judging a shell command's risk from its text: what would delete or overwrite the user's files, install
software or send data out of the machine is ``consequential``; everything else stays inside the sandbox.

The judgement is a heuristic over the words of the command (it cannot see what a script or a Python one-liner
does); it errs towards asking when it cannot tell, say when a redirect's target is a variable.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Iterator

__all__ = ["judge_command"]

_SEPARATORS = re.compile(r"\|\||&&|[;|&\n()]")
_REDIRECT = re.compile(r"(?<![<>&\d])(\d?)>(?!>|&)\s*([^\s;|&<>]+)")
_WRAPPERS = {"sudo", "doas", "nohup", "nice", "ionice", "time", "command", "exec", "builtin", "stdbuf", "xargs",
             "timeout", "env"}
_SHELLS = {"sh", "bash", "dash", "zsh"}
_DELETE = {"rm", "rmdir", "shred", "unlink", "wipe", "srm"}
_INSTALLERS = {
    "pip": {"install", "download"},
    "pip3": {"install", "download"},
    "uv": {"add", "pip"},
    "apt": {"install", "remove", "purge"},
    "apt-get": {"install", "remove", "purge"},
    "dpkg": {"-i", "--install"},
    "npm": {"install", "i", "add", "ci"},
    "yarn": {"add", "install"},
    "pnpm": {"add", "install", "i"},
    "gem": {"install"},
    "cargo": {"install"},
    "go": {"install", "get"},
    "conda": {"install", "create"},
    "mamba": {"install", "create"},
    "brew": {"install"},
    "snap": {"install"},
}
_SENDERS = {"scp", "sftp", "ssh", "nc", "ncat", "netcat", "socat", "telnet", "ftp", "mail", "mailx", "sendmail",
            "mutt", "swaks", "rclone"}
_CURL_SEND = re.compile(
    r"^(-d|--data.*|-F|--form.*|-T|--upload-file|--json|-X|--request)$|^-[a-zA-Z]*[dFT]$|^-X(POST|PUT|PATCH|DELETE)"
)


def _segments(command: str) -> Iterator[list[str]]:
    for part in _SEPARATORS.split(command):
        try:
            words = shlex.split(part, comments=True)
        except ValueError:
            words = part.split()
        while words and (("=" in words[0] and not words[0].startswith("-")) or words[0] in _WRAPPERS):
            words = words[2:] if words[0] == "timeout" else words[1:]
        if words:
            yield words


def _base(word: str) -> str:
    return word.rsplit("/", 1)[-1]


Kind = Callable[[str], str | None]
"""``kind(path)``: ``"file"``, ``"dir"`` or None for a path in the workspace (relative to /workspace)."""


def judge_command(command: str, kind: Kind) -> list[str]:
    """Reasons ``command`` is consequential (empty when it is not); ``kind`` tells an overwrite of an
    existing workspace file from the creation of a new one."""
    reasons: list[str] = []
    uncertain_cwd = bool(re.search(r"(^|[\s;&|(])(cd|pushd)\s", command))

    def overwrites(path: str) -> bool:
        if path in ("/dev/null", "/dev/stdout", "/dev/stderr") or path.startswith("/dev/fd/"):
            return False
        if any(c in path for c in "$`*?[{~"):
            return True
        if path.startswith("/") and not path.startswith("/workspace"):
            return False  # the sandbox's own /tmp and home, not the user's files
        return uncertain_cwd or kind(path) == "file"

    for m in _REDIRECT.finditer(command):
        if overwrites(m.group(2)):
            reasons.append(f"overwrites {m.group(2)} with a redirect")
    for words in _segments(command):
        reasons += _judge_words(words, overwrites, kind)
    return list(dict.fromkeys(reasons))


def _judge_words(words: list[str], overwrites: Callable[[str], bool], kind: Kind) -> list[str]:
    name, args = _base(words[0]), words[1:]
    reasons: list[str] = []
    flags = [a for a in args if a.startswith("-")]
    plain = [a for a in args if not a.startswith("-")]
    if name in _SHELLS and "-c" in args:
        i = args.index("-c")
        if i + 1 < len(args):
            return judge_command(args[i + 1], kind)
    if name in _DELETE:
        reasons.append(f"deletes files ({name} {' '.join(plain)[:80]})".rstrip())
    elif name == "find" and ("-delete" in args or any(a in ("-exec", "-execdir") for a in args)):
        reasons.append("find deletes or runs commands on the files it finds")
    elif name == "truncate" or (name == "dd" and any(a.startswith("of=") and overwrites(a[3:]) for a in args)):
        reasons.append(f"{name} overwrites a file")
    elif name in ("sed", "perl") and any(f == "-i" or f.startswith("-i") or f == "--in-place" for f in flags):
        reasons.append(f"{name} -i edits files in place")
    elif name in ("mv", "cp", "install", "ln") and len(plain) >= 2:
        target = plain[-1]
        hit = overwrites(target)
        if not hit and kind(target.rstrip("/") or "/") == "dir":
            hit = any(overwrites(f"{target.rstrip('/')}/{_base(src)}") for src in plain[:-1])
        if name == "mv" and any(f in ("-f", "--force") for f in flags):
            hit = True
        if hit:
            reasons.append(f"{name} overwrites {target}")
    elif name == "git" and plain[:1] and plain[0] in ("push", "send-email"):
        reasons.append(f"git {plain[0]} sends data to a remote")
    elif name == "git" and plain[:1] and plain[0] in ("reset", "clean", "checkout", "restore") and (
        "--hard" in flags or plain[0] in ("clean", "restore") or "--" in args
    ):
        reasons.append(f"git {plain[0]} discards changes to files")
    reasons += _judge_network(name, args, flags, plain)
    return reasons


def _judge_network(name: str, args: list[str], flags: list[str], plain: list[str]) -> list[str]:
    if name in _INSTALLERS and plain and plain[0] in _INSTALLERS[name]:
        return [f"installs software ({name} {plain[0]})"]
    if name.startswith("python") and "-m" in args:
        i = args.index("-m")
        rest = args[i + 1 :]
        if rest[:1] == ["pip"] and len(rest) > 1 and rest[1] in ("install", "download"):
            return ["installs software (pip install)"]
    if name in _SENDERS:
        return [f"{name} can send data out of the machine"]
    if name == "rsync" and any(re.match(r"^[\w.@-]+:", a) or a.startswith("rsync://") for a in plain):
        return ["rsync copies files to or from a remote host"]
    if name == "curl" and any(_CURL_SEND.match(a) for a in args):
        return ["curl uploads or posts data"]
    if name == "wget" and any(a.startswith(("--post-data", "--post-file", "--method", "--body-")) for a in args):
        return ["wget posts data"]
    if name in ("http", "https", "xh") and any(m in plain for m in ("POST", "PUT", "PATCH", "DELETE")):
        return [f"{name} sends data"]
    return []
