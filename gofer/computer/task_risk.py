"""Judging task runners by the code they run from disk: ``make`` (the recipes of its goals, with the makefiles it
includes), ``npm``/``yarn``/``pnpm run`` (the package script) and ``rake`` (the Rakefile, which is Ruby); ``just``
is judged in :mod:`._just_risk`, Python's test runners in :mod:`pytest_risk`. Commands are judged by the shell
judge, Python by the Python judge, other code by its words. Runners that run another command in a project's
environment (``uv run``, ``poetry run``, ...) are in :mod:`._env_runners`. :class:`TaskEnv` is what the shell judge
gives all of them."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Protocol

__all__ = ["UNKNOWN", "TaskEnv", "judge_make", "judge_package_script", "judge_rake"]

MAX_INCLUDES = 20
UNKNOWN = "$`*?[{~"
"""Characters that make a path one that cannot be known before the command runs."""


class TaskEnv(Protocol):
    """What the shell judge gives a task runner's judge."""

    @property
    def kind(self) -> Callable[[str], str | None]: ...

    @property
    def read(self) -> Callable[[str], str | None]: ...

    @property
    def command(self) -> str:
        """The whole command line (variables it sets for the runner)."""
        ...

    def files(self, folder: str) -> list[str] | None:
        """The workspace files under a folder (None when there are more than can be judged)."""
        ...

    def own(self, path: str) -> bool:
        """Whether a path is a file the current run made."""
        ...

    def touched(self, path: str) -> bool:
        """Whether a path is a file the current run made or changed."""
        ...

    def judge(self, command: str) -> list[str]:
        """Reasons a shell command is consequential."""
        ...

    def judge_script(self, path: str, language: str = "shell") -> list[str]:
        """Reasons running a workspace file (shell, python or other code) is consequential."""
        ...

    def judge_module(self, name: str, folder: str = "") -> list[str] | None:
        """Reasons running a workspace module as ``python -m`` is consequential (found in ``folder``, a project's
        import root); None when it is not one."""
        ...


# -- make ----------------------------------------------------------------------------------------------------------

_MAKE_DEFAULTS = {"CC": "cc", "CXX": "g++", "CPP": "cc -E", "FC": "f77", "AR": "ar", "AS": "as", "LD": "ld",
                  "RM": "rm -f", "MAKE": "make", "SHELL": "sh", "CFLAGS": "", "CXXFLAGS": "", "LDFLAGS": "",
                  "LDLIBS": "", "CPPFLAGS": ""}
_ASSIGNMENT = re.compile(r"^\s*(?:override\s+|export\s+)?([\w.]+)\s*[:?+!]*=\s*(.*)$")
_INCLUDE = re.compile(r"^(-?include|sinclude)\s+(.*)$")


def judge_make(args: list[str], env: TaskEnv) -> list[str]:
    """The recipes ``make`` runs for the goals it is given (or the first), and their prerequisites', judged
    as shell commands; ``$(shell ...)`` anywhere in the makefile too, and the makefiles it includes. A dry run or
    a query runs nothing."""
    if any(a in ("-n", "--dry-run", "--just-print", "-p", "-q", "--question", "-v", "--version", "-h", "--help")
           for a in args):
        return []
    folder, files, goals, i = "", [], [], 0
    while i < len(args):
        a = args[i]
        if a in ("-C", "--directory", "-f", "--file", "--makefile", "-I", "-j", "-l", "-o", "-W") and i + 1 < len(args):
            if a in ("-C", "--directory"):
                folder = args[i + 1].rstrip("/") + "/"
            elif a in ("-f", "--file", "--makefile"):
                files.append(args[i + 1])
            i += 2
            continue
        if a.startswith(("--file=", "--makefile=")):
            files.append(a.split("=", 1)[1])
        elif not a.startswith("-") and "=" not in a:
            goals.append(a)
        i += 1
    if any(c in folder for c in UNKNOWN):
        return ["make runs the recipes of a makefile that cannot be known before it runs"]
    texts = [t for f in files or ["GNUmakefile", "makefile", "Makefile"] if (t := env.read(folder + f)) is not None]
    if files and len(texts) < len(files):
        return [f"make runs {', '.join(files)}, a makefile that cannot be read before it runs"]
    if not texts or not texts[0]:
        return []
    unreadable: list[str] = []
    text = _with_includes(texts[0].replace("\\\n", " "), folder, env.read, unreadable)
    if unreadable:
        return [f"make includes {unreadable[0]}, a makefile that cannot be read before it runs"]
    variables = dict(_MAKE_DEFAULTS)
    rules: dict[str, tuple[list[str], list[str]]] = {}
    first: str | None = None
    current: list[str] = []
    for line in text.split("\n"):
        if line.startswith("\t"):
            for target in current:
                rules[target][1].append(line.strip().lstrip("@+-"))
        elif m := _ASSIGNMENT.match(line):
            variables.setdefault(m.group(1), m.group(2).strip())
            current = []
        elif (m := re.match(r"^([^\s:#=][^:#=]*?)\s*::?(?!=)(.*)$", line)) and not line.startswith((" ", "#")):
            current = m.group(1).split()
            prereqs, _, inline = m.group(2).partition(";")
            for target in current:
                rule = rules.setdefault(target, ([], []))
                rule[0].extend(prereqs.split("|", 1)[0].split() + prereqs.split("|", 1)[1:])
                if inline.strip():
                    rule[1].append(inline.strip())
                if first is None and not target.startswith("."):
                    first = target
        elif line.strip() and not line.lstrip().startswith("#"):
            current = []
    todo, seen, recipes = list(goals or ([first] if first else [])), set(), []
    while todo:
        goal = todo.pop()
        if goal in seen:
            continue
        seen.add(goal)
        matching = [t for t in rules if t == goal or ("%" in t and re.fullmatch(
            re.escape(t).replace("%", ".*"), goal))]
        for target in matching:
            prereqs, lines = rules[target]
            todo += [p for p in prereqs if "%" not in p]
            auto = {"@": goal, "<": (prereqs or [""])[0], "^": " ".join(prereqs), "?": " ".join(prereqs), "*": goal}
            recipes += [_make_expand(line, variables, auto) for line in lines]
    shells = re.findall(r"\$[({]shell\s+([^)}]*)[)}]", text)
    judged = env.judge("\n".join(recipes + shells)) if recipes or shells else []
    return [f"make runs a recipe that {r}" for r in judged]


def _with_includes(text: str, folder: str, read: Callable[[str], str | None], unreadable: list[str]) -> str:
    """The makefile with the text of each makefile it includes in place of its ``include`` line (names with
    the variables defined above them put in). ``-include`` of a file that is not there (generated dependency
    files) is skipped, as make does; a plain ``include`` of one is noted in ``unreadable``."""
    variables: dict[str, str] = {}
    out: list[str] = []
    count = 0
    for line in text.split("\n"):
        if m := _ASSIGNMENT.match(line):
            variables.setdefault(m.group(1), m.group(2).strip())
        if not (m := _INCLUDE.match(line.strip())) or line.startswith("\t"):
            out.append(line)
            continue
        optional = m.group(1) != "include"
        for name in _make_expand(m.group(2).split("#", 1)[0], variables, {}).split():
            count += 1
            included = read(folder + name) if not any(c in name for c in UNKNOWN + "%(") else None
            if count > MAX_INCLUDES:
                unreadable.append(f"{name} (more than {MAX_INCLUDES} includes)")
            elif included is not None:
                out.append(_with_includes(included.replace("\\\n", " "), folder, read, unreadable))
            elif not optional:
                unreadable.append(name)
    return "\n".join(out)


def _make_expand(line: str, variables: dict[str, str], auto: dict[str, str], depth: int = 0) -> str:
    """A recipe line with make's variables put in (those it knows), ``$$`` as the shell's ``$``."""
    def put(m: re.Match[str]) -> str:
        name = m.group(1) or m.group(2) or m.group(3)
        if name in auto:
            return auto[name]
        if name in variables and depth < 5:
            return _make_expand(variables[name], variables, auto, depth + 1)
        return m.group(0)

    line = line.replace("$$", "\x00")
    line = re.sub(r"\$\(([\w.]+)\)|\$\{([\w.]+)\}|\$([@<^?*])", put, line)
    return line.replace("\x00", "$")


# -- npm, yarn, pnpm, bun ------------------------------------------------------------------------------------------

def judge_package_script(name: str, plain: list[str], env: TaskEnv) -> list[str]:
    """``npm run x`` (``npm test``, ``yarn x``, ...): the package.json script and its pre/post scripts, judged as
    shell commands."""
    builtin = {"test": "test", "t": "test", "start": "start", "stop": "stop", "restart": "restart"}
    if plain[:1] in (["run"], ["run-script"]) and len(plain) > 1:
        script = plain[1]
    elif plain[:1] and plain[0] in builtin:
        script = builtin[plain[0]]
    elif name in ("yarn", "pnpm", "bun") and plain[:1] and plain[0] not in ("install", "add", "remove", "init"):
        script = plain[0]
    else:
        return []
    text = env.read("package.json")
    try:
        scripts = json.loads(text).get("scripts") or {} if text else {}
    except (ValueError, AttributeError):
        return []
    if not isinstance(scripts, dict):
        return []
    found = [str(scripts[s]) for s in (f"pre{script}", script, f"post{script}") if isinstance(scripts.get(s), str)]
    return [f"{name} runs the package script {script!r}, which {r}" for r in env.judge("\n".join(found))] if (
        found) else []


# -- rake ----------------------------------------------------------------------------------------------------------

def judge_rake(args: list[str], env: TaskEnv) -> list[str]:
    """``rake``: the Rakefile and ``rakelib/*.rake`` are Ruby that runs when rake loads them, whatever the task."""
    if any(a in ("-V", "--version", "-h", "--help", "-H") for a in args):
        return []
    path = next((args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-f", "--rakefile")), None)
    candidates = [path] if path else ["Rakefile", "rakefile", "Rakefile.rb", "rakefile.rb"]
    found = next((c for c in candidates if env.read(c) is not None), None)
    if found is None:
        return [f"rake runs {path}, a Rakefile that cannot be read before it runs"] if path else []
    files = [found, *sorted(f for f in env.files("rakelib") or [] if f.endswith(".rake"))]
    return [f"rake {r}" for f in files for r in env.judge_script(f, "code")]
