"""Judging a shell command's risk from its text: what would delete or overwrite the user's files, install
software or send data out of the machine is ``consequential``; everything else stays inside the sandbox.

The judgement is a heuristic over the words of the command. Scripts it runs (``sh x.sh``, ``./x.sh``, ``python
x.py``) and inline code (``bash -c``, ``python -c``, ``eval``) are judged by their text when it can be read; when it
cannot (a command name computed at run time, a script piped in or not yet written), the command asks, as it does
when a redirect's target is a variable.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Iterator

__all__ = ["judge_command"]

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
_SHELLS = {"sh", "bash", "dash", "zsh", "ksh", "fish", "su"}
_SCRIPT_RUNNERS = _SHELLS | {"source", "."}
_OTHER_CODE = {"perl": "-e", "ruby": "-e", "node": "-e", "nodejs": "-e", "php": "-r", "lua": "-e", "Rscript": "-e",
               "deno": "eval", "osascript": "-e"}
_RISKY_CODE = re.compile(r"unlink|rmdir|rm[_ (S]|rename|system|exec|spawn|fork|socket|open|write|fetch|http|"
                         r"child_process|require|import|eval|qx|`|chmod|chown|mail|post", re.I)
_PERMISSIONS = {"chmod", "chown", "chgrp", "setfacl", "chattr"}
_LOOKS = {"status", "list", "list-units", "list-timers", "show", "is-active", "is-enabled", "cat", "print"}
_SCHEDULERS = {"crontab", "at", "batch", "systemctl", "launchctl", "service", "update-rc.d", "anacron"}
_DELETE = {"rm", "rmdir", "shred", "unlink", "wipe", "srm"}
_INSTALLERS: dict[str, set[str] | None] = {  # None: any use downloads and runs a package
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
    "pipx": {"install", "run"},
    "uvx": None,
    "npx": None,
    "bunx": None,
}
_SENDERS = {"scp", "sftp", "ssh", "nc", "ncat", "netcat", "socat", "telnet", "ftp", "mail", "mailx", "sendmail",
            "mutt", "swaks", "rclone"}
_CURL_SEND = re.compile(
    r"^(-d|--data.*|-F|--form.*|-T|--upload-file|--json|-X|--request)$|^-[a-zA-Z]*[dFT]|^-X(POST|PUT|PATCH|DELETE)"
)


def _segments(command: str) -> Iterator[list[str]]:
    """The simple commands of a command line, quote-aware, each with its wrappers and redirects removed; the
    commands inside ``$(...)`` and backticks are yielded too (they run as well)."""
    for words in _split(command):
        for word in words:
            for inner in _SUBSTITUTION.findall(word):
                yield from _segments(inner[0] or inner[1])
        words = _unwrap(words)
        if words and not words[0].startswith("#"):  # a comment (or a script's #! line)
            yield words


def _split(command: str) -> Iterator[list[str]]:
    lexer = shlex.shlex(command, posix=True, punctuation_chars="();<>|&\n")
    lexer.whitespace, lexer.whitespace_split, lexer.commenters = " \t\r", True, ""
    try:
        tokens = list(lexer)
    except ValueError:  # an unclosed quote: judge the rough words of each part
        for part in _SEPARATORS.split(command):
            yield part.split()
        return
    words: list[str] = []
    skip = False
    for token in tokens:
        if skip:
            skip = False
        elif token and set(token) <= set("<>&|") and ("<" in token or ">" in token) and token != "|&":
            skip = True  # a redirect and its target (judged by _REDIRECT on the raw text)
        elif token and set(token) <= set("();<>|&\n"):
            if token.endswith("(") and ("<" in token or ">" in token):
                words.append("<")  # process substitution: what runs reads a pipe, not a file
            yield words
            words = []
        else:
            words.append(token)
    yield words


def _unwrap(words: list[str]) -> list[str]:
    """The command a line of wrappers (``sudo -u x``, ``timeout -s KILL 5``, ``xargs -0``, ``do``) runs."""
    while words and (("=" in words[0] and not words[0].startswith("-")) or _base(words[0]) in _WRAPPERS):
        wrapper, words = _base(words[0]), words[1:]
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


def _base(word: str) -> str:
    return word.rsplit("/", 1)[-1]


Kind = Callable[[str], str | None]
"""``kind(path)``: ``"file"``, ``"dir"`` or None for a path in the workspace (relative to /workspace)."""
Read = Callable[[str], str | None]
"""``read(path)``: the text of a workspace file (a script a command runs), or None when it cannot be read."""
MAX_DEPTH = 4


def _no_read(path: str) -> str | None:
    return None


def judge_command(command: str, kind: Kind, read: Read = _no_read, depth: int = 0) -> list[str]:
    """Reasons ``command`` is consequential (empty when it is not); ``kind`` tells an overwrite of an
    existing workspace file from the creation of a new one, ``read`` gives the scripts it runs."""
    if depth > MAX_DEPTH:
        return ["nests commands too deeply to be judged"]
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
    written = {m.group(2) for m in _REDIRECT.finditer(command)} | set(re.findall(r">>\s*([^\s;|&<>]+)", command))

    def judge_script(path: str, language: str = "shell") -> list[str]:
        """``language``: shell or python; ``auto`` (a path run as a program) goes by the first line and lets
        a program that is not a script (a binary just built) run unasked, like ``make``."""
        text = None if path in written or path.startswith(("<", ">", "/dev/")) else read(path)
        if text is None and language == "auto" and path not in written and kind(path) is None:
            return []  # a program this command builds (gcc -o app && ./app); a new script needs chmod, which asks
        if text is None:
            return [f"runs {path}, a script that cannot be read before it runs (piped in, written by this "
                    "command, or outside the workspace)"]
        if language == "auto":
            first = text.split("\n", 1)[0] if text.startswith("#!") else ""
            if "python" in first:
                language = "python"
            elif (first and not any(sh in first for sh in _SHELLS)) or "\x00" in text[:4096]:
                return []
        if language == "python":
            from gofer.computer.code_risk import judge_python

            return [f"runs {path}, which {r}" for r in judge_python(text, kind, read, depth + 1)]
        return [f"runs {path}, which {r}" for r in judge_command(text, kind, read, depth + 1)]

    for words in _segments(command):
        reasons += _judge_words(words, overwrites, kind, read, depth, judge_script)
    return list(dict.fromkeys(reasons))


def _judge_code(name: str, args: list[str], kind: Kind, read: Read, depth: int,
                judge_script: Callable[..., list[str]]) -> list[str] | None:
    """Reasons for a shell or interpreter running code (inline, a script or standard input); None for others."""
    if name in _SCRIPT_RUNNERS:
        if "-c" in args:
            i = args.index("-c")
            return judge_command(args[i + 1], kind, read, depth + 1) if i + 1 < len(args) else []
        script = next((a for a in args if not a.startswith("-") or a == "-"), None)
        if script is None or script == "-" or "-s" in args:
            return [f"{name} runs commands read from its standard input, which cannot be judged"]
        return judge_script(script)
    if name.startswith("python") or name in ("pypy", "pypy3"):
        from gofer.computer.code_risk import judge_python

        i = 0
        while i < len(args):
            a = args[i]
            if a == "-c":
                return judge_python(args[i + 1], kind, read, depth + 1) if i + 1 < len(args) else []
            if a == "-m":
                return None
            if a in ("-X", "-W"):
                i += 2
                continue
            if a == "-" or not a.startswith("-"):
                return judge_script(a, "python") if a != "-" else [
                    f"{name} runs code read from its standard input, which cannot be judged"]
            i += 1
        return [f"{name} runs code read from its standard input, which cannot be judged"]
    flag = _OTHER_CODE.get(name)
    if flag is not None and flag in args:
        i = args.index(flag)
        code = args[i + 1] if i + 1 < len(args) else ""
        if _RISKY_CODE.search(code):
            return [f"{name} runs inline code that may delete, write, run or send ({code[:60]})"]
    return None


def _judge_words(words: list[str], overwrites: Callable[[str], bool], kind: Kind, read: Read, depth: int,
                 judge_script: Callable[..., list[str]]) -> list[str]:
    name, args = _base(words[0]), words[1:]
    if any(c in words[0] for c in "$`") or words[0] in ("<", ">"):
        return [f"runs a command whose name is computed at run time ({' '.join(words)[:60]})"]
    if name == "alias":
        values = [a.split("=", 1)[1] for a in args if "=" in a]
        return [f"alias {r}" for v in values for r in judge_command(v, kind, read, depth + 1)]
    if name == "eval":
        code = " ".join(args)
        if any(c in code for c in "$`") or not args:
            return [f"eval runs a command built at run time ({code[:60]})"]
        return judge_command(code, kind, read, depth + 1)
    if name == "env" and any(a.startswith(("-S", "--split-string")) for a in args):
        return ["env -S runs a command given as one string"]
    code_reasons = _judge_code(name, args, kind, read, depth, judge_script)
    if code_reasons is not None:
        return code_reasons
    if "/" in words[0] and not words[0].startswith(("/usr/", "/bin/", "/sbin/", "/opt/", ".venv/")):
        return judge_script(words[0], "auto")
    reasons: list[str] = []
    if name == "git":
        while args[:1] and args[0] in ("-C", "-c", "--git-dir", "--work-tree", "--namespace"):
            args = args[2:]
        args = [a for a in args if not a.startswith(("--git-dir=", "--work-tree=", "--namespace="))]
    flags = [a for a in args if a.startswith("-")]
    plain = [a for a in args if not a.startswith("-")]
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
        "--hard" in flags or plain[0] in ("clean", "restore") or "--" in args or "." in plain[1:]
    ):
        reasons.append(f"git {plain[0]} discards changes to files")
    elif (name == "git" and plain[:2] in (["stash", "drop"], ["stash", "clear"])) or (
        name == "git" and plain[:1] == ["branch"] and any(f in ("-D", "-d", "--delete") for f in flags)
    ):
        reasons.append(f"git {plain[0]} {'drop' if plain[0] == 'stash' else '-D'} deletes saved work")
    elif name == "tee" and not any(f in ("-a", "--append") for f in flags) and any(overwrites(p) for p in plain):
        reasons.append(f"tee overwrites {' '.join(p for p in plain if overwrites(p))}")
    elif name == "rsync" and any(f.startswith(("--delete", "--remove-source-files")) for f in flags):
        reasons.append("rsync deletes files (--delete)")
    elif name in _PERMISSIONS:
        reasons.append(f"{name} changes who may read, write or run files")
    elif name in _SCHEDULERS and not (
        (name == "crontab" and flags and set(flags) <= {"-l"}) or (plain[:1] and plain[0] in _LOOKS)
    ):
        reasons.append(f"{name} schedules commands or changes services that outlive the run")
    reasons += _judge_network(name, args, flags, plain)
    return reasons


def _judge_network(name: str, args: list[str], flags: list[str], plain: list[str]) -> list[str]:
    if name in _INSTALLERS:
        verbs = _INSTALLERS[name]
        if verbs is None:
            return [f"{name} downloads and runs a package"]
        if plain and (plain[0] in verbs or (plain[0] == "global" and plain[1:2] == ["add"])):
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
    if name in ("curl", "wget") and any("$(" in a or "`" in a or a.endswith("$") for a in args):
        return [f"{name} puts the output of a command into its request"]
    if name == "curl" and any(_CURL_SEND.match(a) for a in args):
        return ["curl uploads or posts data"]
    if name == "wget" and any(a.startswith(("--post-data", "--post-file", "--method", "--body-")) for a in args):
        return ["wget posts data"]
    if name in ("http", "https", "xh") and any(m in plain for m in ("POST", "PUT", "PATCH", "DELETE")):
        return [f"{name} sends data"]
    return []
