"""The command judge's judges of particular programs: installers and senders (what reaches the network), the build
code an install runs, git settings whose value is a command, and database clients changing data."""

from __future__ import annotations

import posixpath
import re
from typing import TYPE_CHECKING

from gofer.computer._command_words import base_name
from gofer.computer.build_risk import command_folders, find_project, install_folders, judge_build, nearest_pyproject
from gofer.computer.sql_risk import FILE_CLIENTS, SERVER_CLIENTS, changes_data, parse_client, runs_other

if TYPE_CHECKING:
    from gofer.computer.command_risk import JudgeEnv

__all__ = ["git_config_commands", "judge_builds", "judge_git_config", "judge_network", "judge_sql_client"]

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


_GIT_COMMAND_KEYS = re.compile(
    r"^(alias\..*|core\.(hookspath|fsmonitor|pager|editor|sshcommand|askpass|gitproxy|worktree)|include\.path|"
    r"includeif\..*|diff\.(external|.*\.(textconv|command))|merge\..*\.driver|filter\..*|pager\..*|"
    r"sequence\.editor|gpg\..*program|"
    r"credential\..*|remote\..*\.(uploadpack|receivepack|vcs)|uploadpack\..*|protocol\..*|submodule\..*\.update)$",
    re.I,
)
"""git settings whose value is a command (or a file of them) that git runs later."""


_CONFIG_SECTION = re.compile(r'^\s*\[\s*([\w.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]\s*(.*)$')
_CONFIG_KEY = re.compile(r"^\s*([A-Za-z][\w-]*)\s*(?:=\s*(.*))?$")


def git_config_commands(text: str) -> list[str]:
    """The keys of a git config file (``.git/config``) whose value is a command git runs (``core.fsmonitor``,
    ``core.hooksPath``, ``*.sshCommand``, ``filter.*``, ``diff.*.textconv``, an include, an alias starting with
    ``!``); a line that cannot be read counts as one."""
    found: list[str] = []
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("["):
            m = _CONFIG_SECTION.match(line)
            if m is None:
                return [f"an unreadable line ({line[:40]})"]
            section = f"{m.group(1)}.{m.group(2)}" if m.group(2) is not None else m.group(1)
            line = m.group(3).strip()
            if not line or line[0] in "#;":
                continue
        m = _CONFIG_KEY.match(line)
        if m is None or not section:
            return [f"an unreadable line ({line[:40]})"]
        key, value = f"{section}.{m.group(1)}", (m.group(2) or "").strip().strip('"')
        if key.lower().startswith("alias."):
            found += [key] if value.startswith("!") else []
        elif _GIT_COMMAND_KEYS.match(key) or key.lower().endswith(".sshcommand"):
            found.append(key)
    return found


def judge_builds(name: str, args: list[str], plain: list[str], env: JudgeEnv) -> list[str]:
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
        folders += [near for start in starts if (near := nearest_pyproject(start, env.read)) is not None]
    if name == "poetry":
        folders += _poetry_build_folders(args, env)
    return list(dict.fromkeys(r for folder in dict.fromkeys(folders) for r in judge_build(folder, env)))


def _poetry_build_folders(args: list[str], env: JudgeEnv) -> list[str]:
    """The projects ``poetry build`` or ``poetry install`` (which installs the project itself) may build: the
    nearest ``pyproject.toml`` at or above ``-C``/``--directory``/``--project`` or each folder the line runs in."""
    given: list[str] = []
    words = iter(args)
    command = None
    for a in words:
        option, eq, value = a.partition("=")
        if option in ("-C", "--directory", "-P", "--project"):
            given.append(value if eq else next(words, ""))
        elif not a.startswith("-") and command is None:
            command = a
    if command not in ("build", "install"):
        return []
    found: list[str] = []
    for start in [p.removeprefix("/workspace/") for p in given] or command_folders(env.command) or [""]:
        folder = posixpath.normpath(start) if start.strip("/") else ""
        while folder not in ("", ".") and env.read(f"{folder}/pyproject.toml") is None:
            folder = posixpath.dirname(folder)
        found.append("" if folder == "." else folder)
    return found


def judge_git_config(args: list[str]) -> list[str]:
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


def judge_sql_client(name: str, args: list[str], env: JudgeEnv) -> list[str]:
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
        if pipe and base_name((pipe.group(1).split() or ["echo"])[0]) not in ("echo", "printf", "cat"):
            return [f"{name} reads SQL from the output of a command, which cannot be judged ({where})"]
    others = [c for c in map(runs_other, sql) if c]
    if others:
        return [f"{name} runs {others[0]}, a shell command or another SQL file that cannot be judged here"]
    if name in FILE_CLIENTS and (database is None or not env.overwrites(database)):
        return []  # in memory, new, or made by this run
    changes = [c for c in map(changes_data, sql) if c]
    return [f"{name} runs {changes[0]} on {where}, which changes or deletes its data"] if changes else []


def judge_network(name: str, args: list[str], flags: list[str], plain: list[str]) -> list[str]:
    """Reasons for a program that installs software or sends data over the network (by its name and words)."""
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
