"""Judging a shell command's risk from its text: what would delete or overwrite the user's files, install
software or send data out of the machine is ``consequential``; everything else stays inside the sandbox.

The judgement is a heuristic over the words of the command. Scripts it runs (``sh x.sh``, ``./x.sh``, ``python
x.py``, ``node x.js``, ``perl x.pl``) and inline code (``bash -c``, ``python -c``, ``eval``) are judged by their
text when it can be read; when it cannot (a command name computed at run time, a script piped in or not yet
written), the command asks, as it does when a redirect's target is a variable. Extracting an archive is judged
by its members (:mod:`archive_risk`), a database client by its SQL (:mod:`sql_risk`).

This module holds the judge's entry (:func:`judge_command`), the dispatch of each simple command to its judges
(:func:`_judge_words`) and the judges of code a command runs (shells, interpreters, ``python -m``). The line is read
in :mod:`._command_words`; what the judges know of paths is in :mod:`._command_paths`; the judges of commands that
write, delete or copy files are in :mod:`._file_judges`, those of installers, senders, builds, git settings and
database clients in :mod:`._program_judges`, those of task runners in :mod:`task_risk`, :mod:`._just_risk`,
:mod:`._env_runners` and :mod:`pytest_risk`."""

from __future__ import annotations

import base64
import posixpath
import re
import shutil
import urllib.parse
from collections.abc import Callable
from typing import NamedTuple

from gofer.computer._awk_risk import AWKS, judge_awk, judge_awk_program, judge_sed, judge_sed_script
from gofer.computer._command_loads import judge_loads
from gofer.computer._command_paths import RUNS_LATER, Kind, Read, files_under, is_own, is_touched, runs_later
from gofer.computer._command_reads import JS, readable_parts, ways_round
from gofer.computer._command_words import base_name, command_segments, link_names, redirect_targets, unwrap
from gofer.computer._env_runners import RUNNERS, judge_entry_point, judge_shadow, runner_command
from gofer.computer._file_judges import archives_made, deletes_only_own, judge_find, judge_run, tree_overwrites
from gofer.computer._just_risk import judge_just
from gofer.computer._program_judges import judge_builds, judge_git_config, judge_network, judge_sql_client
from gofer.computer.archive_risk import Members, judge_extraction, no_members, parse_extraction
from gofer.computer.output_risk import outputs, target_folder
from gofer.computer.pytest_risk import judge_pytest, judge_tox, judge_unittest
from gofer.computer.sql_risk import FILE_CLIENTS, SERVER_CLIENTS
from gofer.computer.task_risk import judge_make, judge_package_script, judge_rake

__all__ = ["files_under", "is_own", "is_touched", "judge_command", "risky_code", "runs_later"]

_SHELLS = {"sh", "bash", "dash", "zsh", "ksh", "fish", "su"}
_SCRIPT_RUNNERS = _SHELLS | {"source", "."}
_OTHER_CODE = {"perl": "-e", "ruby": "-e", "node": "-e", "nodejs": "-e", "php": "-r", "lua": "-e", "Rscript": "-e",
               "deno": "eval", "osascript": "-e", "bun": "-e", "tsx": "-e", "ts-node": "-e"}
_RISKY_CODE = re.compile(r"unlink|rmdir|delete|FileUtils|rm[_ (S]|rename|system|exec|spawn|fork|socket|open|write|"
                         r"fetch|http|child_process|require|import|eval|qx|`|chmod|chown|mail|post|truncate|symlink|"
                         r"copy_?stream|copyFile|cpSync|File::Copy|\bFile\.new\b|\bIO\.(new|read|readlines|foreach|binread)\b|"
                         r"%x[({\[<|!]|syscall", re.I)
_PERMISSIONS = {"chmod", "chown", "chgrp", "setfacl", "chattr"}
_LOOKS = {"status", "list", "list-units", "list-timers", "show", "is-active", "is-enabled", "cat", "print"}
_SCHEDULERS = {"crontab", "at", "batch", "systemctl", "launchctl", "service", "update-rc.d", "anacron"}
_DELETE = {"rm", "rmdir", "shred", "unlink", "wipe", "srm"}
_RUN_LATER_ENV = re.compile(
    r"(?:^|[\s;&|(])(?:export\s+|declare\s+-x\s+)?(BASH_ENV|ENV|LD_PRELOAD|LD_AUDIT|NODE_OPTIONS|PERL5OPT|RUBYOPT|"
    r"PYTHONSTARTUP|PROMPT_COMMAND|GIT_CONFIG_PARAMETERS|GIT_CONFIG_COUNT|GIT_SSH_COMMAND|GIT_SSH|GIT_EXTERNAL_DIFF|"
    r"GIT_EXEC_PATH|GIT_ASKPASS|GIT_PAGER|GIT_EDITOR|SSH_ASKPASS)="
)
"""Environment variables that make a program run other code (a file, a preloaded library, a command)."""


def risky_code(text: str, interpreter: str = "") -> str | None:
    """The line of another language's code (node, perl, ruby, ...) that may delete, write, run or send; the ways of
    only reading a file that :func:`readable_parts` knows for ``interpreter`` are not counted."""
    risky = _RISKY_CODE.search(readable_parts(text, interpreter)) or (ways_round(text) if interpreter in JS else None)
    return _around(text, risky) if risky else None


MAX_DEPTH = 4


def _no_read(path: str) -> str | None:
    return None


class JudgeEnv(NamedTuple):
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
    linked: frozenset[str] = frozenset()
    """The links this command makes (``ln``, ``cp -s``): a path through one may reach any file."""

    def judge(self, command: str) -> list[str]:
        return judge_command(command, self.kind, self.read, self.depth + 1, self.members)

    def files(self, folder: str) -> list[str] | None:
        return files_under(self.kind, folder)

    def own(self, path: str) -> bool:
        return is_own(self.kind, path)

    def touched(self, path: str) -> bool:
        return is_touched(self.kind, path)

    def judge_module(self, name: str, folder: str = "") -> list[str] | None:
        """Reasons for ``python -m name`` of a workspace module (its packages and relative imports too), found
        in ``folder`` (a project's import root: ``tools/cli``, ``tools/cli/src``) or the workspace's root."""
        from gofer.computer.code_risk import judge_run_module

        read = self.read if not folder else lambda path: self.read(f"{folder}/{path}")
        return judge_run_module(name, self.kind, read, self.depth + 1, self.members)


def judge_command(command: str, kind: Kind, read: Read = _no_read, depth: int = 0,
                  members: Members = no_members) -> list[str]:
    """Reasons ``command`` is consequential (empty when it is not); ``kind`` tells an overwrite of an
    existing workspace file from the creation of a new one, ``read`` gives the scripts it runs and
    ``members`` the files an archive it extracts holds."""
    if depth > MAX_DEPTH:
        return ["nests commands too deeply to be judged"]
    reasons: list[str] = []
    uncertain_cwd = any(base_name(words[0]) in ("cd", "pushd", "popd") for words in command_segments(command))
    linked = {name for words in command_segments(command) for name in link_names(words)}
    """Links this command makes: a write through one, later in the line, may reach any file."""

    def overwrites(path: str, through_links: bool = True) -> bool:
        if path in ("/dev/null", "/dev/stdout", "/dev/stderr") or path.startswith("/dev/fd/"):
            return False
        if any(c in path for c in "$`*?[{~") or (through_links and path in linked):
            return True
        if path.startswith("/") and not path.startswith("/workspace"):
            return False  # the sandbox's own /tmp and home, not the user's files
        return uncertain_cwd or kind(path) == "file"

    replaced, appended = redirect_targets(command)
    reasons += [f"overwrites {path} with a redirect" for path in replaced if overwrites(path)]
    written = set(replaced) | set(appended)
    reasons += [f"writes {path}, {RUNS_LATER}" for path in sorted(written) if runs_later(path)]
    reasons += [f"sets {m.group(1)}, which makes programs run other code" for m in _RUN_LATER_ENV.finditer(command)]

    def judge_script(path: str, language: str = "shell", interpreter: str = "") -> list[str]:
        """``language``: shell, python or code (another interpreter's, judged by its words: ``interpreter``'s ways
        of only reading files are not counted); ``auto`` (a path run as a program) goes by the first line and lets a
        program that is not a script (a binary just built) run unasked, like ``make``."""
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
            elif re.search(r"\bawk\b|\b[gmn]awk\b", first) and re.search(r"\s-f\b", first):
                return [f"runs {path}, which {r}" for r in judge_awk_program(text.split("\n", 1)[-1], env)]
            elif re.search(r"\bsed\b", first) and re.search(r"\s-[a-zA-Z]*f\b", first):
                return [f"runs {path}, which {r}" for r in judge_sed_script(text.split("\n", 1)[-1], env)]
            elif first and not any(sh in first for sh in _SHELLS):
                language, interpreter = "code", _shebang_interpreter(first)
        if language == "python":
            from gofer.computer.code_risk import judge_python

            return [f"runs {path}, which {r}" for r in judge_python(text, kind, read, depth + 1, members)]
        if language == "code":
            risky = risky_code(text, interpreter)
            loads = judge_loads(interpreter, [], text, path, env, lambda code: risky_code(code, interpreter))
            return [f"runs {path}, whose code may delete, write, run or send ({risky})"] * bool(risky) + loads
        return [f"runs {path}, which {r}" for r in judge_command(text, kind, read, depth + 1, members)]

    env = JudgeEnv(kind, read, members, depth, command, uncertain_cwd, written, overwrites, judge_script,
                   frozenset(linked))
    for words in command_segments(command):
        reasons += _judge_words(words, env)
    return list(dict.fromkeys(reasons))


def _shebang_interpreter(first: str) -> str:
    """The program a ``#!`` line names (``#!/usr/bin/env node`` gives node)."""
    words = first[2:].split()
    if words and base_name(words[0]) == "env":
        words = [w for w in words[1:] if not w.startswith("-")]
    return base_name(words[0]) if words else ""


def _around(text: str, m: re.Match[str]) -> str:
    line_start = text.rfind("\n", 0, m.start()) + 1
    return text[line_start : line_start + 60].split("\n", 1)[0].strip()


def _python_runner(name: str) -> Callable[[list[str], JudgeEnv], list[str]]:
    return lambda args, env: _judge_words([name, *args], env)


_PYTHON_TASKS: dict[str, Callable[[list[str], JudgeEnv], list[str]]] = {
    "pytest": judge_pytest, "unittest": judge_unittest, "tox": judge_tox, **{n: _python_runner(n) for n in RUNNERS}}
"""Modules ``python -m`` runs that run the workspace's code: judged like the commands of the same name."""
_TASKS = {"pytest": judge_pytest, "py.test": judge_pytest, "tox": judge_tox, "make": judge_make, "gmake": judge_make,
          "just": judge_just, "rake": judge_rake}


def _in_venv(program: str, env: JudgeEnv) -> bool:
    """Whether ``program`` is in a workspace virtualenv's ``bin`` folder (a console script an install made)."""
    path = program.removeprefix("/workspace/")
    venv = posixpath.dirname(posixpath.dirname(path))
    return "/" in path and not path.startswith("/") and posixpath.basename(posixpath.dirname(path)) == "bin" and (
        env.kind(posixpath.join(venv, "pyvenv.cfg") if venv else "pyvenv.cfg") is not None)


def _judge_code(name: str, args: list[str], env: JudgeEnv) -> list[str] | None:
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
    if flag is None:
        return None
    interpreter = "" if _load_path_set(name, args, env.command) else name
    takes = _OTHER_ARGS.get(name, set())
    rest = [a for i, a in enumerate(args) if not (i and args[i - 1] in takes)]
    if rest[:1] == ["run"] and name in ("deno", "bun"):
        rest = rest[1:]
    script = next((a for a in rest if not a.startswith("-")), None)
    code = (args[inline + 1] if inline + 1 < len(args) else "") if inline is not None else None
    before = _opens_by_name(name, args, inline) + [
        r for script in _preloads(name, args) for r in env.judge_script(script, "code", interpreter)] + _data_preloads(
        name, args) + judge_loads(
        name, args, code if inline is not None else env.read(script) if script else None,
        "" if inline is not None or script is None else script, env, lambda text: risky_code(text, interpreter))
    if code is not None:
        if risky_code(code, interpreter):
            return [*before, f"{name} runs inline code that may delete, write, run or send ({code[:60]})"]
        return before or None
    if script is not None:
        return before + env.judge_script(script, "code", interpreter)
    if not any(a in ("-v", "-V", "--version", "-h", "--help") for a in args):
        return [f"{name} runs code read from its standard input, which cannot be judged"]
    return before or None


def _load_path_set(name: str, args: list[str], command: str) -> bool:
    """Whether perl or ruby looks for modules in folders the command names (``-I``, ``PERL5LIB``, ``RUBYLIB``),
    where a workspace file may stand in for a standard library."""
    return (name in ("perl", "ruby") and any(a.startswith("-I") or a.startswith("-Mlib") for a in args)) or bool(
        re.search(r"\b(PERL5LIB|PERLLIB|RUBYLIB)=", command))


def _opens_by_name(name: str, args: list[str], inline: int | None) -> list[str]:
    """perl's ``<>`` (``-n``, ``-p``) opens each file name as a two-argument ``open`` does: ``>name`` truncates it,
    ``cmd|`` and ``|cmd`` run a command."""
    if name != "perl":
        return []
    odd = [a for i, a in enumerate(args) if i != (inline + 1 if inline is not None else -1) and not a.startswith("-")
           and (re.match(r"\s*[>+|]", a) or a.rstrip().endswith("|"))]
    return [f"perl opens {a[:40]!r} by name, which writes a file or runs a command" for a in odd]


def _preloads(name: str, args: list[str]) -> list[str]:
    """The workspace scripts node loads before its own (``-r``, ``--require``, ``--import``, ``--loader``); an
    installed package's name is left to the install that brought it."""
    if name not in ("node", "nodejs"):
        return []
    found = [args[i + 1] for i, a in enumerate(args[:-1]) if a in _OTHER_ARGS["node"]]
    found += [a.split("=", 1)[1] for a in args if a.split("=", 1)[0] in _OTHER_ARGS["node"] and "=" in a]
    return [f for f in found if f.startswith((".", "/")) or f.endswith((".js", ".mjs", ".cjs"))]  # not a package


def _data_preloads(name: str, args: list[str]) -> list[str]:
    """Reasons for code node preloads from a ``data:`` address (``--import 'data:text/javascript,...'``), judged
    by its words; base64 is decoded first."""
    if name not in ("node", "nodejs"):
        return []
    found = [args[i + 1] for i, a in enumerate(args[:-1]) if a in _OTHER_ARGS["node"]]
    found += [a.split("=", 1)[1] for a in args if a.split("=", 1)[0] in _OTHER_ARGS["node"] and "=" in a]
    reasons: list[str] = []
    for url in (f for f in found if f.startswith("data:")):
        head, _, body = url.partition(",")
        try:
            code = base64.b64decode(body).decode() if head.endswith(";base64") else urllib.parse.unquote(body)
        except ValueError:
            code = "eval"  # not decodable: what it runs cannot be read
        if risky_code(code, name):
            reasons.append(f"{name} preloads code from a data: address that may delete, write, run or send "
                           f"({code[:60]})")
    return reasons


def _judge_words(words: list[str], env: JudgeEnv) -> list[str]:
    shadow = judge_shadow(words[0], env)
    reasons = _judge_program(words, env)
    return list(dict.fromkeys(shadow + reasons)) if shadow else reasons


def _judge_program(words: list[str], env: JudgeEnv) -> list[str]:
    name, args = base_name(words[0]), words[1:]
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
        inner = unwrap(run.words)
        return list(dict.fromkeys(run.reasons + (_judge_words(inner, env) if inner else []) + judge_network(
            name, args, [a for a in args if a.startswith("-")], [a for a in args if not a.startswith("-")])))
    code_reasons = _judge_code(name, args, env)
    if code_reasons is not None:
        return code_reasons
    if (_in_venv(words[0], env) or ("/" not in words[0] and (
            "bin/activate" in env.command or shutil.which(name) is None))) and (
            point := judge_entry_point(name, env)) is not None:
        return [f"runs {words[0]}, the project's entry point, which {r}" for r in point]
    if "/" in words[0] and not words[0].startswith(("/usr/", "/bin/", "/sbin/", "/opt/", ".venv/")):
        return env.judge_script(words[0], "auto")
    reasons: list[str] = []
    if name == "git":
        reasons += judge_git_config(args)
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
                                        archives_made(env.command))
    elif name in FILE_CLIENTS | SERVER_CLIENTS:
        reasons += judge_sql_client(name, args, env)
    if name in _DELETE and not deletes_only_own(name, args, env):
        reasons.append(f"deletes files ({name} {' '.join(plain)[:80]})".rstrip())
    elif name == "find" and "-delete" in args:
        reasons.append("find deletes the files it finds")
    elif name == "find":
        reasons += judge_find(args, env)
    elif name == "truncate" or (name == "dd" and any(a.startswith("of=") and overwrites(a[3:]) for a in args)):
        reasons.append(f"{name} overwrites a file")
    elif name in ("sed", "perl", "ruby") and any(_IN_PLACE[name].match(f) for f in flags):
        reasons.append(f"{name} -i edits files in place")
    elif name == "rsync" and any(f.startswith(("--delete", "--remove-source-files")) for f in flags):
        reasons.append("rsync deletes files (--delete)")
    elif name in ("mv", "cp", "install", "ln", "rsync") and len(plain) >= 2:
        target, links = plain[-1], not link_names(words)  # making the link is not writing through it
        hit = overwrites(target, links)
        if not hit and kind(target.rstrip("/") or "/") == "dir":
            hit = any(overwrites(f"{target.rstrip('/')}/{base_name(src)}", links) for src in plain[:-1])
        if name == "mv" and any(f in ("-f", "--force") for f in flags):
            hit = True
        if hit:
            reasons.append(f"{name} overwrites {target}")
        elif name in ("cp", "rsync") and (copied := tree_overwrites(name, plain[:-1], target, flags, env)):
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
    if name in AWKS:
        reasons += judge_awk(name, args, env)
    elif name == "sed":
        reasons += judge_sed(args, env)
    written = outputs(name, args, env.command, env.read)
    reasons += [written.unknown] if written.unknown else []
    reasons += [f"{name} runs a command that {r}" for c in written.commands for r in judge_run(c, written.pieces, env)]
    if hits := [p for p in written.paths if overwrites(p)]:
        reasons.append(f"{name} overwrites {', '.join(hits[:3])}{' and more' if len(hits) > 3 else ''}")
    targets = written.paths + (plain if name == "tee" else [a[3:] for a in args if a.startswith("of=")]
                               if name == "dd" else
                               [plain[-1]] + [f"{plain[-1].rstrip('/')}/{base_name(p)}" for p in plain[:-1]]
                               if name in ("mv", "cp", "install", "ln", "rsync") and len(plain) >= 2 else [])
    reasons += [f"{name} writes {t}, {RUNS_LATER}" for t in targets if runs_later(t)]
    reasons += judge_network(name, args, flags, plain)
    reasons += judge_builds(name, args, plain, env)
    return reasons


_IN_PLACE = {  # an in-place edit, also inside a cluster of options (sed -Ei, perl -pi -e)
    "sed": re.compile(r"^(--in-place|-[nErsuz]*i)"),
    "perl": re.compile(r"^-[pnlaw0-9sFtTUWX]*i"),
    "ruby": re.compile(r"^-[pnlaw0-9sWx]*i"),
}
_OTHER_ARGS = {"node": {"-r", "--require", "--import", "--loader", "--experimental-loader"}, "perl": {"-I", "-M", "-m"},
               "ruby": {"-I", "-r"}, "php": {"-c", "-d", "-z"}, "deno": {"--config"}}
