"""Judging a shell command's risk from its text: what would delete or overwrite the user's files, install
software or send data out of the machine is ``consequential``; everything else stays inside the sandbox.

The judgement is a heuristic over the words of the command. Scripts it runs (``sh x.sh``, ``./x.sh``, ``python
x.py``, ``node x.js``, ``perl x.pl``) and inline code (``bash -c``, ``python -c``, ``eval``) are judged by their
text when it can be read; when it cannot (a command name computed at run time, a script piped in or not yet
written), the command asks, as it does when a redirect's target is a variable. Extracting an archive is judged
by its members (:mod:`archive_risk`), a database client by its SQL (:mod:`sql_risk`)."""

from __future__ import annotations

import posixpath
import re
import shlex
from collections.abc import Callable, Iterator
from typing import NamedTuple

from gofer.computer._env_runners import RUNNERS, judge_entry_point, runner_command
from gofer.computer._just_risk import judge_just
from gofer.computer._shell_tokens import redirects, simple_commands
from gofer.computer.archive_risk import Members, judge_extraction, no_members, parse_extraction
from gofer.computer.build_risk import command_folders, find_project, install_folders, judge_build
from gofer.computer.output_risk import outputs, target_folder, with_file
from gofer.computer.pytest_risk import judge_pytest, judge_tox, judge_unittest
from gofer.computer.sql_risk import FILE_CLIENTS, SERVER_CLIENTS, changes_data, parse_client, runs_other
from gofer.computer.task_risk import judge_make, judge_package_script, judge_rake

__all__ = ["files_under", "is_own", "is_touched", "judge_command", "risky_code", "runs_later"]

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
               "deno": "eval", "osascript": "-e", "bun": "-e", "tsx": "-e", "ts-node": "-e"}
_RISKY_CODE = re.compile(r"unlink|rmdir|delete|FileUtils|rm[_ (S]|rename|system|exec|spawn|fork|socket|open|write|"
                         r"fetch|http|child_process|require|import|eval|qx|`|chmod|chown|mail|post", re.I)
_PERMISSIONS = {"chmod", "chown", "chgrp", "setfacl", "chattr"}
_LOOKS = {"status", "list", "list-units", "list-timers", "show", "is-active", "is-enabled", "cat", "print"}
_SCHEDULERS = {"crontab", "at", "batch", "systemctl", "launchctl", "service", "update-rc.d", "anacron"}
_DELETE = {"rm", "rmdir", "shred", "unlink", "wipe", "srm"}
_INSTALLERS: dict[str, set[str] | None] = {  # None: any use downloads and runs a package
    "pip": {"install", "download"},
    "pip3": {"install", "download"},
    "uv": {"add", "pip", "sync"},
    "poetry": {"install", "add", "update", "sync"},
    "pdm": {"install", "add", "update", "sync"},
    "pipenv": {"install", "sync", "update"},
    "hatch": {"env create"},
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


_RUNS_LATER = re.compile(
    r"(^|/)(\.git/(hooks/|config$)|[^/]*\.pth$|(site|user)customize\.py$|\.(bash_profile|bash_login|"
    r"bash_logout|bashrc|profile|zshrc|zprofile|zshenv|zlogin|kshrc|cshrc|tcshrc|envrc|npmrc|pythonrc)$|"
    r"\.config/(autostart|systemd|fish|environment\.d)/|\.local/share/systemd/|\.ssh/(authorized_keys|rc|config)$|"
    r"\.vscode/tasks\.json$|cron\.(d|daily|hourly|weekly|monthly)/|crontabs?(/|$))"
)
"""Files whose content a program runs later, outside any judged step: git hooks and config, ``.pth`` and
``sitecustomize`` files Python runs at start, shell start-up files, autostart and systemd units, crontabs."""
_RUN_LATER_ENV = re.compile(
    r"(?:^|[\s;&|(])(?:export\s+|declare\s+-x\s+)?(BASH_ENV|ENV|LD_PRELOAD|LD_AUDIT|NODE_OPTIONS|PERL5OPT|RUBYOPT|"
    r"PYTHONSTARTUP|PROMPT_COMMAND|GIT_CONFIG_PARAMETERS|GIT_CONFIG_COUNT|GIT_SSH_COMMAND|GIT_SSH|GIT_EXTERNAL_DIFF|"
    r"GIT_EXEC_PATH|GIT_ASKPASS|GIT_PAGER|GIT_EDITOR|SSH_ASKPASS)="
)
"""Environment variables that make a program run other code (a file, a preloaded library, a command)."""
_GIT_COMMAND_KEYS = re.compile(
    r"^(alias\..*|core\.(hookspath|fsmonitor|pager|editor|sshcommand|askpass|gitproxy|worktree)|include\.path|"
    r"includeif\..*|diff\.(external|.*\.(textconv|command))|merge\..*\.driver|filter\..*|pager\..*|"
    r"sequence\.editor|gpg\..*program|"
    r"credential\..*|remote\..*\.(uploadpack|receivepack|vcs)|uploadpack\..*|protocol\..*|submodule\..*\.update)$",
    re.I,
)
"""git settings whose value is a command (or a file of them) that git runs later."""


def is_own(kind: Kind, path: str) -> bool:
    """Whether ``path`` is an existing file the current run made itself (``kind`` knows the run's files)."""
    own = getattr(kind, "own", None)
    return bool(own is not None and own(path))


def is_touched(kind: Kind, path: str) -> bool:
    """Whether ``path`` is a file the current run made or changed (a user's file it wrote or edited)."""
    touched = getattr(kind, "touched", None)
    return bool(touched is not None and touched(path)) or is_own(kind, path)


def files_under(kind: Kind, folder: str, hidden: bool = False) -> list[str] | None:
    """The workspace files under ``folder`` (none when ``kind`` cannot list a workspace; None when there are more
    than can be judged); ``hidden`` lists hidden folders and virtualenvs too, which test collectors skip."""
    files = getattr(kind, "files", None)
    if files is None:
        return []
    return files(folder, hidden=True) if hidden else files(folder)


def runs_later(path: str) -> bool:
    """Whether writing ``path`` sets something to run later (a git hook, a ``.pth`` file, a shell rc file); git's
    sample hooks (``pre-commit.sample``) never run."""
    path = path.replace("\\", "/")
    return bool(_RUNS_LATER.search(path)) and not re.search(r"\.git/hooks/[^/]*\.sample$", path)


def risky_code(text: str) -> str | None:
    """The line of another language's code (node, perl, ruby, ...) that may delete, write, run or send."""
    risky = _RISKY_CODE.search(text)
    return _around(text, risky) if risky else None


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
    found = simple_commands(command)
    if found is None:  # an unclosed quote: judge the rough words of each part
        for part in _SEPARATORS.split(command):
            yield part.split()
        return
    yield from found


def _written(command: str) -> tuple[list[str], list[str]]:
    """The files ``command``'s redirects replace and those they append to (in its substitutions too; not those
    inside a quoted argument, which belong to the command that argument runs). A line that cannot be read (an
    open quote) is searched as text."""
    found = redirects(command)
    if found is None:
        return ([m.group(2) for m in _REDIRECT.finditer(command)],
                re.findall(r">>\s*([^\s;|&<>]+)", command))
    return ([r.target for r in found if r.writes and not r.appends],
            [r.target for r in found if r.writes and r.appends])


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


_LATER = "which sets something to run later (a git hook or setting, a .pth file, a shell start-up file, ...)"
_CP_LINKS = re.compile(r"^(--link|--symbolic-link|-[a-zA-Z]*[ls][a-zA-Z]*)$")


def _link_names(words: list[str]) -> list[str]:
    """The names of the links ``ln`` or ``cp -l``/``cp -s`` makes (as a file, or inside a folder)."""
    name, args = (_base(words[0]), words[1:]) if words else ("", [])
    if not (name == "ln" or (name == "cp" and any(_CP_LINKS.match(a) for a in args))):
        return []
    plain = [a for a in args if not a.startswith("-")]
    if len(plain) == 1:
        return [_base(plain[0])]
    return [plain[-1]] + [f"{plain[-1].rstrip('/')}/{_base(src)}" for src in plain[:-1]] if plain else []


def _base(word: str) -> str:
    return word.rsplit("/", 1)[-1]


Kind = Callable[[str], str | None]
"""``kind(path)``: ``"file"``, ``"dir"`` or None for a path in the workspace (relative to /workspace)."""
Read = Callable[[str], str | None]
"""``read(path)``: the text of a workspace file (a script a command runs), or None when it cannot be read."""
MAX_DEPTH = 4


def _no_read(path: str) -> str | None:
    return None


class _Env(NamedTuple):
    """What judging one command line needs besides its words."""

    kind: Kind
    read: Read
    members: Members
    depth: int
    command: str
    """The whole command line: SQL a client reads from a heredoc or a pipe is judged from it."""
    uncertain_cwd: bool
    written: set[str]
    overwrites: Callable[..., bool]
    judge_script: Callable[..., list[str]]

    def judge(self, command: str) -> list[str]:
        return judge_command(command, self.kind, self.read, self.depth + 1, self.members)

    def files(self, folder: str) -> list[str] | None:
        return files_under(self.kind, folder)

    def own(self, path: str) -> bool:
        return is_own(self.kind, path)

    def touched(self, path: str) -> bool:
        return is_touched(self.kind, path)

    def judge_module(self, name: str) -> list[str] | None:
        """Reasons for ``python -m name`` of a workspace module (its packages and relative imports too)."""
        from gofer.computer.code_risk import judge_run_module

        return judge_run_module(name, self.kind, self.read, self.depth + 1, self.members)


def judge_command(command: str, kind: Kind, read: Read = _no_read, depth: int = 0,
                  members: Members = no_members) -> list[str]:
    """Reasons ``command`` is consequential (empty when it is not); ``kind`` tells an overwrite of an
    existing workspace file from the creation of a new one, ``read`` gives the scripts it runs and
    ``members`` the files an archive it extracts holds."""
    if depth > MAX_DEPTH:
        return ["nests commands too deeply to be judged"]
    reasons: list[str] = []
    uncertain_cwd = any(_base(words[0]) in ("cd", "pushd", "popd") for words in _segments(command))
    linked = {name for words in _segments(command) for name in _link_names(words)}
    """Links this command makes: a write through one, later in the line, may reach any file."""

    def overwrites(path: str, through_links: bool = True) -> bool:
        if path in ("/dev/null", "/dev/stdout", "/dev/stderr") or path.startswith("/dev/fd/"):
            return False
        if any(c in path for c in "$`*?[{~") or (through_links and path in linked):
            return True
        if path.startswith("/") and not path.startswith("/workspace"):
            return False  # the sandbox's own /tmp and home, not the user's files
        return uncertain_cwd or kind(path) == "file"

    replaced, appended = _written(command)
    reasons += [f"overwrites {path} with a redirect" for path in replaced if overwrites(path)]
    written = set(replaced) | set(appended)
    reasons += [f"writes {path}, {_LATER}" for path in sorted(written) if runs_later(path)]
    reasons += [f"sets {m.group(1)}, which makes programs run other code" for m in _RUN_LATER_ENV.finditer(command)]

    def judge_script(path: str, language: str = "shell") -> list[str]:
        """``language``: shell, python or code (another interpreter's, judged by its words); ``auto`` (a path
        run as a program) goes by the first line and lets a program that is not a script (a binary just built)
        run unasked, like ``make``."""
        text = None if path in written or path.startswith(("<", ">", "/dev/")) else read(path)
        if text is None and language == "auto" and path not in written and kind(path) is None:
            return []  # a program this command builds (gcc -o app && ./app); a new script needs chmod, which asks
        if text is None:
            return [f"runs {path}, a script that cannot be read before it runs (piped in, written by this "
                    "command, or outside the workspace)"]
        if language == "auto":
            first = text.split("\n", 1)[0] if text.startswith("#!") else ""
            if "\x00" in text[:4096]:
                return []
            if "python" in first:
                language = "python"
            elif first and not any(sh in first for sh in _SHELLS):
                language = "code"
        if language == "python":
            from gofer.computer.code_risk import judge_python

            return [f"runs {path}, which {r}" for r in judge_python(text, kind, read, depth + 1, members)]
        if language == "code":
            risky = risky_code(text)
            return [f"runs {path}, whose code may delete, write, run or send ({risky})"] if risky else []
        return [f"runs {path}, which {r}" for r in judge_command(text, kind, read, depth + 1, members)]

    env = _Env(kind, read, members, depth, command, uncertain_cwd, written, overwrites, judge_script)
    for words in _segments(command):
        reasons += _judge_words(words, env)
    return list(dict.fromkeys(reasons))


def _around(text: str, m: re.Match[str]) -> str:
    line_start = text.rfind("\n", 0, m.start()) + 1
    return text[line_start : line_start + 60].split("\n", 1)[0].strip()


def _python_runner(name: str) -> Callable[[list[str], _Env], list[str]]:
    return lambda args, env: _judge_words([name, *args], env)


_PYTHON_TASKS: dict[str, Callable[[list[str], _Env], list[str]]] = {
    "pytest": judge_pytest, "unittest": judge_unittest, "tox": judge_tox, **{n: _python_runner(n) for n in RUNNERS}}
"""Modules ``python -m`` runs that run the workspace's code: judged like the commands of the same name."""
_TASKS = {"pytest": judge_pytest, "py.test": judge_pytest, "tox": judge_tox, "make": judge_make, "gmake": judge_make,
          "just": judge_just, "rake": judge_rake}


def _in_venv(program: str, env: _Env) -> bool:
    """Whether ``program`` is in a workspace virtualenv's ``bin`` folder (a console script an install made)."""
    path = program.removeprefix("/workspace/")
    venv = posixpath.dirname(posixpath.dirname(path))
    return "/" in path and not path.startswith("/") and posixpath.basename(posixpath.dirname(path)) == "bin" and (
        env.kind(posixpath.join(venv, "pyvenv.cfg") if venv else "pyvenv.cfg") is not None)


def _judge_code(name: str, args: list[str], env: _Env) -> list[str] | None:
    """Reasons for a shell or interpreter running code (inline, a script or standard input); None for others."""
    if name in _SCRIPT_RUNNERS:
        if "-c" in args:
            i = args.index("-c")
            return env.judge(args[i + 1]) if i + 1 < len(args) else []
        script = next((a for a in args if not a.startswith("-") or a == "-"), None)
        if script is None or script == "-" or "-s" in args:
            return [f"{name} runs commands read from its standard input, which cannot be judged"]
        return env.judge_script(script)
    if name.startswith("python") or name in ("pypy", "pypy3"):
        from gofer.computer.code_risk import judge_python

        i = 0
        while i < len(args):
            a = args[i]
            if a == "-c":
                return judge_python(args[i + 1], env.kind, env.read, env.depth + 1, env.members) if i + 1 < len(
                    args) else []
            if a == "-m" and i + 1 < len(args) and args[i + 1] in _PYTHON_TASKS:
                return _PYTHON_TASKS[args[i + 1]](args[i + 2 :], env)
            if a == "-m" and i + 1 < len(args):  # a module in the workspace runs as a script would
                return env.judge_module(args[i + 1])
            if a in ("-m", "-V", "--version", "-h", "--help"):
                return None
            if a in ("-X", "-W"):
                i += 2
                continue
            if a == "-" or not a.startswith("-"):
                return env.judge_script(a, "python") if a != "-" else [
                    f"{name} runs code read from its standard input, which cannot be judged"]
            i += 1
        return [f"{name} runs code read from its standard input, which cannot be judged"]
    flag = _OTHER_CODE.get(name)
    inline = next((i for i, a in enumerate(args) if a == flag or (
        name in ("perl", "ruby") and re.fullmatch(r"-[a-zA-Z0-9]*[eE]", a)) or (
        name in ("node", "nodejs") and a in ("--eval", "-p", "--print"))), None)
    if flag is not None and inline is not None:
        code = args[inline + 1] if inline + 1 < len(args) else ""
        if _RISKY_CODE.search(code):
            return [f"{name} runs inline code that may delete, write, run or send ({code[:60]})"]
    elif flag is not None:
        takes = _OTHER_ARGS.get(name, set())
        rest = [a for i, a in enumerate(args) if not (i and args[i - 1] in takes)]
        if rest[:1] == ["run"] and name in ("deno", "bun"):
            rest = rest[1:]
        script = next((a for a in rest if not a.startswith("-")), None)
        if script is not None:
            return env.judge_script(script, "code")
        if not any(a in ("-v", "-V", "--version", "-h", "--help") for a in args):
            return [f"{name} runs code read from its standard input, which cannot be judged"]
    return None


def _judge_words(words: list[str], env: _Env) -> list[str]:
    name, args = _base(words[0]), words[1:]
    kind, overwrites = env.kind, env.overwrites
    if any(c in words[0] for c in "$`") or words[0] in ("<", ">"):
        return [f"runs a command whose name is computed at run time ({' '.join(words)[:60]})"]
    if name == "alias":
        values = [a.split("=", 1)[1] for a in args if "=" in a]
        return [f"alias {r}" for v in values for r in env.judge(v)]
    if name == "eval":
        code = " ".join(args)
        if any(c in code for c in "$`") or not args:
            return [f"eval runs a command built at run time ({code[:60]})"]
        return env.judge(code)
    if name == "env" and any(a.startswith(("-S", "--split-string")) for a in args):
        return ["env -S runs a command given as one string"]
    if name in RUNNERS and (run := runner_command(name, args, env)) is not None:
        inner = _unwrap(run.words)
        return list(dict.fromkeys(run.reasons + (_judge_words(inner, env) if inner else []) + _judge_network(
            name, args, [a for a in args if a.startswith("-")], [a for a in args if not a.startswith("-")])))
    code_reasons = _judge_code(name, args, env)
    if code_reasons is not None:
        return code_reasons
    if (_in_venv(words[0], env) or ("/" not in words[0] and "bin/activate" in env.command)) and (
            point := judge_entry_point(name, env)) is not None:
        return [f"runs {words[0]}, the project's entry point, which {r}" for r in point]
    if "/" in words[0] and not words[0].startswith(("/usr/", "/bin/", "/sbin/", "/opt/", ".venv/")):
        return env.judge_script(words[0], "auto")
    reasons: list[str] = []
    if name == "git":
        reasons += _judge_git_config(args)
        while args[:1] and args[0] in ("-C", "-c", "--git-dir", "--work-tree", "--namespace"):
            args = args[2:]
        args = [a for a in args if not a.startswith(("--git-dir=", "--work-tree=", "--namespace="))]
    flags = [a for a in args if a.startswith("-")]
    plain = [a for a in args if not a.startswith("-")]
    if name in ("mv", "cp", "install", "ln") and (folder := target_folder(args))[0] is not None:
        plain = [*folder[1], f"{folder[0].rstrip('/')}/"]  # -t DIR: each operand lands in DIR
    extraction = parse_extraction(name, args)
    if extraction is not None:
        reasons += [f"{name} runs a command that {r}" for c in extraction.commands for r in env.judge(c)]
        if not extraction.extracts and overwrites(extraction.archive):
            reasons.append(f"{name} writes into {extraction.archive}, which exists")
        elif extraction.extracts:
            reasons += judge_extraction(extraction, kind, env.members, env.uncertain_cwd, env.written,
                                        _archives_made(env.command))
    elif name in FILE_CLIENTS | SERVER_CLIENTS:
        reasons += _judge_sql_client(name, args, env)
    if name in _DELETE and not _deletes_only_own(name, args, env):
        reasons.append(f"deletes files ({name} {' '.join(plain)[:80]})".rstrip())
    elif name == "find" and "-delete" in args:
        reasons.append("find deletes the files it finds")
    elif name == "find":
        reasons += _judge_find(args, env)
    elif name == "truncate" or (name == "dd" and any(a.startswith("of=") and overwrites(a[3:]) for a in args)):
        reasons.append(f"{name} overwrites a file")
    elif name in ("sed", "perl", "ruby") and any(_IN_PLACE[name].match(f) for f in flags):
        reasons.append(f"{name} -i edits files in place")
    elif name == "rsync" and any(f.startswith(("--delete", "--remove-source-files")) for f in flags):
        reasons.append("rsync deletes files (--delete)")
    elif name in ("mv", "cp", "install", "ln", "rsync") and len(plain) >= 2:
        target, links = plain[-1], not _link_names(words)  # making the link is not writing through it
        hit = overwrites(target, links)
        if not hit and kind(target.rstrip("/") or "/") == "dir":
            hit = any(overwrites(f"{target.rstrip('/')}/{_base(src)}", links) for src in plain[:-1])
        if name == "mv" and any(f in ("-f", "--force") for f in flags):
            hit = True
        if hit:
            reasons.append(f"{name} overwrites {target}")
        elif name in ("cp", "rsync") and (copied := _tree_overwrites(name, plain[:-1], target, flags, env)):
            reasons.append(copied)
    elif name == "zip" and any(f in ("-m", "--move") or re.fullmatch(r"-[rRqvjDXyT0-9]*m[rRqvjDXyT0-9]*", f)
                               for f in flags):
        reasons.append("zip -m deletes the files it adds to the archive")
    elif name == "git" and plain[:1] and plain[0] in ("push", "send-email"):
        reasons.append(f"git {plain[0]} sends data to a remote")
    elif name == "git" and plain[:1] and plain[0] in ("reset", "clean", "checkout", "restore") and (
        "--hard" in flags or plain[0] in ("clean", "restore") or "--" in args or "." in plain[1:]
    ):
        reasons.append(f"git {plain[0]} discards changes to files")
    elif name == "git" and plain[:1] == ["rm"] and "--cached" not in flags:
        reasons.append(f"git rm deletes files ({' '.join(plain[1:])[:80]})")
    elif (name == "git" and plain[:2] in (["stash", "drop"], ["stash", "clear"])) or (
        name == "git" and plain[:1] == ["branch"] and any(f in ("-D", "-d", "--delete") for f in flags)
    ):
        reasons.append(f"git {plain[0]} {'drop' if plain[0] == 'stash' else '-D'} deletes saved work")
    elif name == "tee" and not any(f in ("-a", "--append") for f in flags) and any(overwrites(p) for p in plain):
        reasons.append(f"tee overwrites {' '.join(p for p in plain if overwrites(p))}")
    elif name in _PERMISSIONS:
        reasons.append(f"{name} changes who may read, write or run files")
    elif name in _SCHEDULERS and not (
        (name == "crontab" and flags and set(flags) <= {"-l"}) or (plain[:1] and plain[0] in _LOOKS)
    ):
        reasons.append(f"{name} schedules commands or changes services that outlive the run")
    if name in _TASKS:
        reasons += _TASKS[name](args, env)
    elif name in ("npm", "yarn", "pnpm", "bun"):
        reasons += judge_package_script(name, plain, env)
    written = outputs(name, args, env.command, env.read)
    reasons += [written.unknown] if written.unknown else []
    reasons += [f"{name} runs a command that {r}" for c in written.commands for r in _judge_run(c, written.pieces, env)]
    if hits := [p for p in written.paths if overwrites(p)]:
        reasons.append(f"{name} overwrites {', '.join(hits[:3])}{' and more' if len(hits) > 3 else ''}")
    targets = written.paths + (plain if name == "tee" else [a[3:] for a in args if a.startswith("of=")]
                               if name == "dd" else
                               [plain[-1]] + [f"{plain[-1].rstrip('/')}/{_base(p)}" for p in plain[:-1]]
                               if name in ("mv", "cp", "install", "ln", "rsync") and len(plain) >= 2 else [])
    reasons += [f"{name} writes {t}, {_LATER}" for t in targets if runs_later(t)]
    reasons += _judge_network(name, args, flags, plain)
    reasons += _judge_builds(name, args, plain, env)
    return reasons


def _judge_builds(name: str, args: list[str], plain: list[str], env: _Env) -> list[str]:
    """The build code an install or a build runs (``pip install .``/``-e path``, ``uv sync``, ``uv build``,
    ``python -m build``), judged when this run wrote or changed it (:func:`judge_build`)."""
    folders = install_folders(name, args)
    if (name == "uv" and plain[:1] in (["sync"], ["build"])) or (
            name.startswith("python") and args[args.index("-m") + 1 : args.index("-m") + 2] == ["build"]
            if "-m" in args else False):
        given = [p for p in plain if p not in ("sync", "build")][:1] if name == "uv" else [
            a for a in args[args.index("-m") + 2 :] if not a.startswith("-")][:1]
        starts = [p.removeprefix("/workspace/") for p in given] or command_folders(env.command) or [""]
        folders += [found.folder for start in starts if (found := find_project(start, env.read)) is not None]
    return list(dict.fromkeys(r for folder in dict.fromkeys(folders) for r in judge_build(folder, env)))


_FIND_RUNS = {"-exec", "-execdir", "-ok", "-okdir"}
_FIND_WRITES = {"-fprint", "-fprint0", "-fls", "-fprintf"}


def _judge_find(args: list[str], env: _Env) -> list[str]:
    """``find -exec CMD {} ;`` (``+``, ``-execdir``, ``-ok``) is judged as the command it runs on each file
    found (``{}``: any of them, a name this judge cannot know; ``-execdir`` runs in each one's folder, as after a
    ``cd``), and ``-fprint FILE`` (``-fls``, ``-fprintf``) as a write to that file."""
    reasons: list[str] = []
    i = 0
    while i < len(args):
        a = args[i]
        if a in _FIND_WRITES and i + 1 < len(args) and env.overwrites(args[i + 1]):
            reasons.append(f"find {a} overwrites {args[i + 1]}")
        if a not in _FIND_RUNS:
            i += 1
            continue
        end = next((j for j in range(i + 1, len(args)) if args[j] in (";", "+")), len(args))
        words = args[i + 1 : end]
        if not words:
            reasons.append(f"find {a} runs a command that cannot be read")
        else:
            line = shlex.join(words)
            line = f"cd {{}} && {line}" if a.endswith("dir") else line
            reasons += [f"find {a} runs a command that {r}" for r in env.judge(line)]
        i = end + 1
    return reasons


def _judge_run(command: str, pieces: tuple[str, ...], env: _Env) -> list[str]:
    """Reasons for a command a program runs once per piece, ``$FILE`` naming it (``split --filter``): judged
    for the first piece; the files its redirects write are checked for every piece (``gzip > $FILE.gz`` asks
    when one of them is a user's file, not when they are new)."""
    if not pieces:
        return env.judge(command)
    reasons = env.judge(with_file(command, pieces[0]))
    replaced, appended = _written(command)
    named = [t for t in replaced + appended if re.search(r"\$\{FILE\}|\$FILE\b", t)]
    for template in named:
        paths = [with_file(template, piece) for piece in pieces[1:]]
        if template in replaced and (hits := [p for p in paths if env.overwrites(p)]):
            reasons.append(f"overwrites {', '.join(hits[:3])}{' and more' if len(hits) > 3 else ''} with a redirect")
        reasons += [f"writes {p}, {_LATER}" for p in paths[:1] if runs_later(p)]
    return list(dict.fromkeys(reasons))


_NO_CLOBBER = re.compile(r"^(-[a-zA-Z]*n[a-zA-Z]*|--no-clobber|--update=none|--ignore-existing)$")


def _tree_overwrites(name: str, sources: list[str], target: str, flags: list[str], env: _Env) -> str | None:
    """``cp -r``/``rsync -r`` of a folder into a folder that exists replaces the files of the same names there
    (``rsync src/`` and ``cp src/.`` or ``cp -T`` copy the folder's content, not the folder) and adds what its
    hidden folders hold (a git hook, ``.vscode/tasks.json``: :func:`runs_later`, as for an archive): why, or None.
    Into a new folder only such files this run made or changed ask (the user's own repository copied stays quiet).
    The source folder's files are listed; one that cannot be listed (outside the workspace, too many files) asks
    unless the copy keeps existing files (``-n``, ``--ignore-existing``), as an extraction that keeps them does."""
    if not any(re.fullmatch(r"-[a-zA-Z]*[rRa][a-zA-Z]*", f) or f in ("--recursive", "--archive") for f in flags) or (
            any(f in ("--dry-run", "--list-only") or (name == "rsync" and re.fullmatch(r"-[a-zA-Z]*n[a-zA-Z]*", f))
                for f in flags)):
        return None
    keeps = any(_NO_CLOBBER.match(f) for f in flags)
    contents = name == "cp" and any(f == "--no-target-directory" or re.fullmatch(r"-[a-zA-Z]*T[a-zA-Z]*", f)
                                    for f in flags)
    for source in sources:
        if re.match(r"^[\w.@-]+:", source) or source.startswith("rsync://"):
            continue  # a remote host: judged as sending
        inside = source.startswith("/workspace/") or source == "/workspace" or not source.startswith("/")
        folder = posixpath.normpath(source.removeprefix("/workspace/") if source != "/workspace" else ".")
        if inside and env.kind(folder) != "dir":
            continue  # a file: judged as one
        whole = contents or source.rstrip("/").endswith("/.") or source in (".", "./") or (
            name == "rsync" and source.endswith("/"))
        if whole:
            base = target
        elif name == "cp" and env.kind(posixpath.normpath(target)) != "dir":
            base = target  # cp makes the target as a copy of the folder: a new folder
        else:
            base = f"{target.rstrip('/')}/{posixpath.basename(folder)}"
        base = posixpath.normpath(base)
        files = files_under(env.kind, folder, hidden=True) if inside else None
        prefix = "" if folder == "." else folder + "/"
        if not env.overwrites(base) and env.kind(base) != "dir":
            # A new folder: a git hook there runs once the user works in the copy. A copy of the user's own
            # repository stays quiet; one of what this run brought (a clone, an extraction, an edit) asks.
            brought = [f for f in files or [] if env.touched(f) and runs_later(
                posixpath.normpath(f"{base}/{f.removeprefix(prefix)}"))]
            if brought:
                landing = [posixpath.normpath(f"{base}/{f.removeprefix(prefix)}") for f in brought]
                return f"{name} copies {source} into {base}, adding {', '.join(landing[:3])}, {_LATER}"
            continue
        if files is None and keeps:
            continue
        if files is None:
            return f"{name} copies {source}, whose files cannot be listed, into {base}, which exists"
        landing = [posixpath.normpath(f"{base}/{f.removeprefix(prefix)}") for f in files]
        if later := [d for d in landing if runs_later(d)]:
            return f"{name} copies {source} into {base}, adding {', '.join(later[:3])}, {_LATER}"
        if hits := [] if keeps else [d for d in landing if env.overwrites(d)]:
            return f"{name} copies {source} over existing files ({', '.join(hits[:3])})"
    return None


def _archives_made(command: str) -> set[str]:
    """The archives a command line writes (``tar c``, ``7z a``, ``zip``): extracting one later in the line
    extracts files the workspace already had."""
    made: set[str] = set()
    for words in _segments(command):
        name, args = _base(words[0]), words[1:]
        ex = parse_extraction(name, args)
        if ex is not None and not ex.extracts:
            made.add(ex.archive)
        elif name == "zip" and (plain := [a for a in args if not a.startswith("-")]):
            made |= {plain[0], f"{plain[0]}.zip"}
    return made


_MOVERS = {"mv", "rename", "prename", "file-rename", "mmv", "busybox", "install", "rsync"}
_RM_OPTIONS = re.compile(r"^(-[rRfvd]+|--(force|recursive|verbose|dir))$")


def _deletes_only_own(name: str, args: list[str], env: _Env) -> bool:
    """``rm`` (or ``unlink``) of files this run made itself (which exist now): nothing of the user's is lost
    (re-running an analysis that clears its own outputs). A folder, a pattern, a path outside the workspace or
    with ``..``, a link made in this command, a move in the line or any doubt about the current folder asks."""
    if name not in ("rm", "unlink") or env.uncertain_cwd:
        return False
    if any(_base(w[0]) in _MOVERS or (_base(w[0]) == "git" and "mv" in w) for w in _segments(env.command)):
        return False  # a move in the line may put a user's file where the run's own was
    targets: list[str] = []
    for i, a in enumerate(args):
        if a == "--":
            targets += args[i + 1 :]
            break
        if a.startswith("-"):
            if not _RM_OPTIONS.match(a):
                return False
        else:
            targets.append(a)
    for t in targets:
        rel = t[len("/workspace/") :] if t.startswith("/workspace/") else t
        if not rel or rel.startswith(("/", "-")) or ".." in rel.split("/") or any(c in rel for c in "$`*?[{~"):
            return False
        if env.overwrites(t) or not is_own(env.kind, rel):
            return False  # a user's file, a folder, a link made by this command, or a path that does not exist yet
            # (a move earlier in the line may put a user's file there)
    return bool(targets)


def _judge_git_config(args: list[str]) -> list[str]:
    """``git config`` (or ``git -c``) setting a command git runs later: an alias, a hook folder, a pager, ..."""
    keys = [args[i + 1].split("=", 1)[0] for i, a in enumerate(args[:-1]) if a == "-c"]
    keys += [a.split("=", 2)[1] for a in args if a.startswith("--config-env=") and a.count("=") >= 2]
    rest = list(args)
    while rest[:1] and rest[0].startswith("-"):
        rest = rest[2:] if rest[0] in ("-C", "-c", "--git-dir", "--work-tree", "--namespace") else rest[1:]
    if rest[:1] == ["config"]:
        words, i = rest[1:], 0
        plain: list[str] = []
        while i < len(words):
            if words[i] in ("-f", "--file", "--blob", "--type", "--default", "--comment"):
                i += 2
                continue
            if not words[i].startswith("-"):
                plain.append(words[i])
            i += 1
        reading = any(w in ("--get", "--get-all", "--get-regexp", "--get-urlmatch", "-l", "--list", "--unset",
                            "--unset-all", "--remove-section", "-e", "--edit") for w in words)
        if plain[:1] in (["set"], ["--add"]) and len(plain) > 2:
            keys.append(plain[1])
        elif plain[:1] not in (["get"], ["list"], ["unset"], ["remove-section"], ["rename-section"], ["edit"]) and (
                not reading and len(plain) >= 2):
            keys.append(plain[0])
    return [f"git sets {k}, a command git runs later" for k in keys if _GIT_COMMAND_KEYS.match(k)]


def _judge_sql_client(name: str, args: list[str], env: _Env) -> list[str]:
    """A database client changing data: any SQL for a server database; for a file database (SQLite, DuckDB)
    only one that existed before the run. SQL read from standard input is judged from the command line (a
    heredoc, ``echo ... |``) and the files it reads with ``<`` or ``cat``; a pipe from another program asks."""
    if "-readonly" in args or any(a in ("--version", "-version", "--help", "-help", "-l", "--list") for a in args):
        return []
    database, sql = parse_client(name, args, env.read)
    where = f"the database {name} connects to" if name in SERVER_CLIENTS else database or "a new database"
    if not sql:
        text = env.command.replace("'", " ").replace('"', " ")
        sources = re.findall(r"(?:^|[\s;&|(])(?:<|cat\s+)\s*([^\s;|&<>()]+)", env.command)
        sql = [text] + [env.read(s) or f".read {s}" for s in sources if s not in ("<", "-")]
        unquoted = re.sub(r"'[^']*'|\"(?:[^\"\\]|\\.)*\"", "''", env.command)
        pipe = re.search(rf"([^|;&\n]*)\|\s*[^|;&\n]*\b{re.escape(name)}\b", unquoted)
        if pipe and _base((pipe.group(1).split() or ["echo"])[0]) not in ("echo", "printf", "cat"):
            return [f"{name} reads SQL from the output of a command, which cannot be judged ({where})"]
    others = [c for c in map(runs_other, sql) if c]
    if others:
        return [f"{name} runs {others[0]}, a shell command or another SQL file that cannot be judged here"]
    if name in FILE_CLIENTS and (database is None or not env.overwrites(database)):
        return []  # in memory, new, or made by this run
    changes = [c for c in map(changes_data, sql) if c]
    return [f"{name} runs {changes[0]} on {where}, which changes or deletes its data"] if changes else []


_IN_PLACE = {  # an in-place edit, also inside a cluster of options (sed -Ei, perl -pi -e)
    "sed": re.compile(r"^(--in-place|-[nErsuz]*i)"),
    "perl": re.compile(r"^-[pnlaw0-9sFtTUWX]*i"),
    "ruby": re.compile(r"^-[pnlaw0-9sWx]*i"),
}
_OTHER_ARGS = {"node": {"-r", "--require", "--import", "--loader"}, "perl": {"-I", "-M", "-m"},
               "ruby": {"-I", "-r"}, "php": {"-c", "-d", "-z"}, "deno": {"--config"}}


def _judge_network(name: str, args: list[str], flags: list[str], plain: list[str]) -> list[str]:
    if name in _INSTALLERS:
        verbs = _INSTALLERS[name]
        if verbs is None:
            return [f"{name} downloads and runs a package"]
        if plain and (plain[0] in verbs or " ".join(plain[:2]) in verbs or (
                plain[0] == "global" and plain[1:2] == ["add"])):
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
