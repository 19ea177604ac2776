"""Judging task runners by the code they run from disk: ``make`` (the recipes of its goals, with the makefiles it
includes), ``npm``/``yarn``/``pnpm run`` (the package script), ``just`` (the recipes) and ``rake`` (the Rakefile,
which is Ruby); Python's test runners are in :mod:`pytest_risk`. Commands are judged by the shell judge, Python by
the Python judge, other code by its words. Runners that run another command in a project's environment (``uv
run``, ``poetry run``, ``pdm run``, ``hatch run``, ``pipx run``, ``coverage run``) give the command they run, or
the project script they name, to be judged like the command itself."""

from __future__ import annotations

import json
import posixpath
import re
import shlex
import tomllib
from collections.abc import Callable
from typing import Any, NamedTuple, Protocol

from gofer.computer.build_risk import command_folders, find_project, judge_build

__all__ = [
    "RUNNERS",
    "UNKNOWN",
    "Run",
    "TaskEnv",
    "judge_entry_point",
    "judge_just",
    "judge_make",
    "judge_package_script",
    "judge_rake",
    "runner_command",
]

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

    def judge_module(self, name: str) -> list[str] | None:
        """Reasons running a workspace module as ``python -m`` is consequential; None when it is not one."""
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


# -- just, rake ----------------------------------------------------------------------------------------------------

_JUST_NO_RUN = {"-l", "--list", "--summary", "--show", "-s", "--dump", "--fmt", "--init", "-h", "--help", "-V",
                "--version", "--variables", "--changelog", "--completions", "--groups", "-n", "--dry-run"}
_JUST_RECIPE = re.compile(r"^@?([A-Za-z_][\w-]*)((?:\s+[^:=]*)?)\s*:(?!=)(.*)$")


def judge_just(args: list[str], env: TaskEnv) -> list[str]:
    """``just``: the recipes it runs (the ones named, or the first) with their dependencies, as commands of its
    ``set shell`` (the shell judge's for a shell, the Python judge's for Python, others by their words) or, under a
    ``#!`` line, as that language, and the backticks of its assignments; ``just mod recipe`` and ``mod::recipe``
    run a module's recipes, in the module's folder."""
    if any(a in _JUST_NO_RUN for a in args):
        return []
    path, folder, plain = None, "", []
    words = iter(args)
    for a in words:
        if a in ("-f", "--justfile"):
            path = next(words, "")
        elif a in ("-d", "--working-directory"):
            folder = next(words, "").rstrip("/") + "/"
        elif a.startswith("--justfile="):
            path = a.split("=", 1)[1]
        elif not a.startswith("-"):
            plain.append(a)
    candidates = [path] if path else [folder + n for n in _JUSTFILES]
    return [f"just runs a recipe that {r}" for r in _judge_justfile(candidates, folder, plain, env, 0)]


_JUSTFILES = ("justfile", "Justfile", ".justfile", "JUSTFILE")
_JUST_MOD = re.compile(r"^mod(\??)\s+([A-Za-z_][\w-]*)(?:\s+['\"]([^'\"]+)['\"])?\s*$")
_SHELLS = {"sh", "bash", "dash", "zsh", "ksh", "mksh", "busybox"}


def _judge_justfile(candidates: list[str], folder: str, plain: list[str], env: TaskEnv, depth: int) -> list[str]:
    """Reasons running the recipes ``plain`` names (or the first) of the first justfile found among
    ``candidates`` (``folder``: where its recipes run, from the workspace's root) is consequential."""
    found = next(((c, t) for c in candidates if (t := env.read(c)) is not None), None)
    if found is None:
        return [f"is in {candidates[0]}, a justfile that cannot be read before it runs"] if len(
            candidates) == 1 or depth else []
    text = _just_imports(found[1], folder, env.read)
    variables: dict[str, str] = {}
    recipes: dict[str, tuple[list[str], list[str]]] = {}
    modules: dict[str, list[str]] = {}
    first, current = None, None
    shell: list[str] | None = ["sh", "-cu"]
    backticks: list[str] = []
    for line in text.split("\n"):
        if line[:1] in (" ", "\t") and current is not None:
            recipes[current][1].append(line.strip())
        elif not line.strip() or line.lstrip().startswith(("#", "[")):
            continue
        elif m := re.match(r"^set\s+shell\s*:=\s*\[(.*)\]\s*$", line):
            items = [i.strip() for i in m.group(1).split(",") if i.strip()]
            shell = [i[1:-1] for i in items if re.fullmatch(r"'[^']*'|\"[^\"\\]*\"", i)]
            shell = shell if len(shell) == len(items) and shell else None
            current = None
        elif m := _JUST_MOD.match(line):
            name, where = m.group(2), m.group(3)
            if where:
                where = (folder + where) if not where.startswith("/") else where
                modules[name] = [where] if where.endswith(".just") or env.kind(where) != "dir" else [
                    f"{where.rstrip('/')}/{n}" for n in ("mod.just", *_JUSTFILES)]
            else:
                modules[name] = [f"{folder}{name}.just"] + [f"{folder}{name}/{n}" for n in ("mod.just", *_JUSTFILES)]
            current = None
        elif m := re.match(r"^(?:export\s+)?([A-Za-z_][\w-]*)\s*:=\s*(.*)$", line):
            value = m.group(2).strip()
            backticks += re.findall(r"`([^`]*)`", value)
            literal = re.fullmatch(r"'([^']*)'|\"([^\"\\]*)\"", value)
            variables[m.group(1)] = (literal.group(1) or literal.group(2) or "") if literal else "$V"
            current = None
        elif (m := _JUST_RECIPE.match(line)) and not line.startswith(("set ", "alias ", "mod ", "import ")):
            current = m.group(1)
            deps = re.findall(r"[A-Za-z_][\w-]*", re.sub(r"\([^)]*\)|'[^']*'|\"[^\"]*\"|&&.*", " ", m.group(3)))
            recipes[current] = (deps, [])
            first = first or current
        else:
            current = None
    if plain and (plain[0].split("::", 1)[0] in modules) and plain[0] not in recipes:
        name, _, rest = plain[0].partition("::")
        inner = [rest, *plain[1:]] if rest else plain[1:]
        candidates = modules[name]
        where = candidates[0].rsplit("/", 1)[0] + "/" if "/" in candidates[0] else ""
        if depth > 5:
            return ["nests modules too deeply to be judged"]
        return _judge_justfile(candidates, where, inner, env, depth + 1)
    goals = [p for p in plain if p in recipes] or ([first] if first else [])
    reasons = env.judge("\n".join(backticks)) if backticks else []
    todo, seen = list(goals), set()
    while todo:
        goal = todo.pop()
        if goal in seen or goal not in recipes:
            continue
        seen.add(goal)
        deps, body = recipes[goal]
        todo += deps
        body = [re.sub(r"\{\{\s*([\w-]+)\s*\}\}", lambda m: variables.get(m.group(1), "$V"), b) for b in body]
        reasons += _judge_body(body, env, shell, folder)
    return reasons


def _just_imports(text: str, folder: str, read: Callable[[str], str | None], depth: int = 0) -> str:
    def put(m: re.Match[str]) -> str:
        included = read(folder + m.group(2)) if depth < 5 else None
        return _just_imports(included, folder, read, depth + 1) if included is not None else ""

    return re.sub(r"^import(\??)\s+['\"]([^'\"]+)['\"]\s*$", put, text, flags=re.M)


def _judge_body(body: list[str], env: TaskEnv, shell: list[str] | None = None, folder: str = "") -> list[str]:
    """A recipe's lines: under a ``#!`` line as that language, otherwise each as a command of ``shell`` (just's
    ``set shell``; None when it is computed), run in ``folder``."""
    if body[:1] and body[0].startswith("#!"):
        language, code = body[0], "\n".join(body[1:])
    elif shell is None:
        return ["runs its recipes with a shell that cannot be known before it runs (set shell)"]
    else:
        language, code = shell[0].rsplit("/", 1)[-1], "\n".join(b.lstrip("@-") for b in body)
        if language == "env" and len(shell) > 1:
            language = shell[1]
        if language in _SHELLS:
            cd = f"cd {shlex.quote(folder.rstrip('/'))} && " if folder.rstrip("/") else ""
            return env.judge("\n".join(cd + b.lstrip("@-") for b in body))
    if "python" in language:
        from gofer.computer.code_risk import judge_python

        lines = code.split("\n") if not body[0].startswith("#!") else [code]
        return [r for line in lines for r in judge_python(line, env.kind, env.read)]
    if any(sh in language for sh in ("sh", "bash", "zsh")) and body[0].startswith("#!"):
        return env.judge(code)
    from gofer.computer.command_risk import risky_code

    return [f"runs code that may delete, write, run or send ({risky})"] if (risky := risky_code(code)) else []


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


# -- uv run, poetry run, pdm run, hatch run, pipx run, coverage run ------------------------------------------------

RUNNERS = {"uv", "poetry", "pdm", "hatch", "pipx", "coverage"}
"""Programs whose ``run`` runs another command (in the project's environment): judged as that command."""
_RUNNER_VALUES: dict[str, set[str]] = {  # options (before or after ``run``) that take the next word as their value
    "uv": {"--with", "--with-editable", "--with-requirements", "-p", "--python", "--package", "--extra", "--group",
           "--only-group", "--no-group", "--no-extra", "--env-file", "--directory", "--project", "--index",
           "--default-index", "--index-url", "--extra-index-url", "-i", "-f", "--find-links", "--config-file",
           "--cache-dir", "-C", "--config-setting", "--exclude-newer", "--resolution", "--prerelease", "--link-mode",
           "--index-strategy", "--keyring-provider", "-P", "--upgrade-package", "--reinstall-package",
           "--refresh-package", "--no-binary-package", "--no-build-package", "--python-platform",
           "--allow-insecure-host", "--color"},
    "poetry": {"-C", "--directory", "-P", "--project"},
    "pdm": {"-p", "--project", "--venv", "-c", "--config"},
    "hatch": {"-e", "--env", "-p", "--project", "--data-dir", "--cache-dir", "--config", "--color"},
    "pipx": {"--spec", "--python", "--pip-args", "--index-url", "--backend"},
    "coverage": {"--rcfile", "--data-file", "--source", "--omit", "--include", "--context", "--concurrency",
                 "--debug"},
}
_RUNNER_FOLDERS = {"--directory", "--project", "-C", "-p", "-P"}
"""Options that run the command in another folder (``-p`` is pdm's and hatch's, not uv's ``--python``)."""
_RUNNER_NO_RUN = {"-l", "--list", "-h", "--help", "--version", "-V"}


class Run(NamedTuple):
    """What a runner runs: a command to judge as if it were typed (``words``), and reasons found already (a
    project script's commands, packages it installs first)."""

    words: list[str]
    reasons: list[str]


def runner_command(name: str, args: list[str], env: TaskEnv) -> Run | None:
    """The command ``uv run``, ``poetry run``, ``pdm run``, ``hatch run``, ``pipx run`` or ``coverage run`` runs
    (a ``.py`` file or ``-m module`` as ``python``), or the project script it names (pdm's and hatch's scripts,
    poetry's and the project's entry points); None when ``name args`` is not a runner's ``run``. ``--directory``
    and the like run the command after a ``cd``, as the shell judge judges one."""
    takes = _RUNNER_VALUES.get(name)
    if takes is None:
        return None
    words, i, folder, module, script = list(args), 0, "", False, False
    extras: list[str] = []
    options: set[str] = set()
    env_name = ""
    before_run = True
    while i < len(words):
        a = words[i]
        option, eq, value = a.partition("=")
        if a == "--" and not before_run:
            i += 1
            break
        if a in _RUNNER_NO_RUN and (before_run or name in ("pdm", "hatch")):
            return Run([], [])
        if before_run and not a.startswith("-"):
            if a != "run":
                return None
            before_run = False
            i += 1
            continue
        if not a.startswith("-") or a == "-":
            break
        options.add(option)
        if option in takes:
            value = value if eq else (words[i + 1] if i + 1 < len(words) else "")
            env_name = value if name == "hatch" and option in ("-e", "--env") else env_name
            if option in _RUNNER_FOLDERS and not (name == "uv" and option == "-p"):
                folder = value
            if option.startswith("--with"):
                extras.append(value)
            i += 1 if eq else 2
            continue
        if name in ("uv", "coverage") and a in ("-m", "--module"):
            module = True
        elif name == "uv" and a in ("-s", "--script", "--gui-script"):
            script = True
        i += 1
    if before_run:
        return None
    command = words[i:]
    reasons = [f"installs software (uv run --with {', '.join(extras)[:60]})"] if extras else []
    if command and name == "hatch" and ":" in command[0] and not command[0].startswith(":"):
        env_name = command[0].split(":", 1)[0]
    script_file = command[0] if command and not module and (script or command[0].endswith((".py", ".pyw"))) else ""
    reasons += _runner_installs(name, options, folder, script_file, env_name, env)
    if not command:
        return Run([], reasons)
    if module:
        command = ["python", "-m", *command]
    elif script or name == "coverage" or command[0].endswith((".py", ".pyw")):
        command = ["python", *command]
    elif (found := _project_script(name, command, env)) is not None:
        return Run([], reasons + [f"{name} run {command[0]} runs a project script that {r}" for r in found])
    if folder and folder.rstrip("/") not in (".", ""):
        command = ["sh", "-c", f"cd {shlex.quote(folder)} && {shlex.join(command)}"]
    return Run(command, reasons)


_INLINE_DEPENDENCIES = re.compile(r"^# /// script\s*$(.*?)^# ///\s*$", re.M | re.S)


def _runner_installs(name: str, options: set[str], folder: str, script: str, env_name: str,
                     env: TaskEnv) -> list[str]:
    """Why a runner installs software before it runs its command: ``uv run`` syncs a project's environment
    (its declared dependencies and the project itself; ``--no-sync``, ``--no-project`` or ``UV_NO_SYNC`` do not,
    nor a project whose ``.venv`` exists while this run changed neither ``pyproject.toml`` nor ``uv.lock``) and
    makes one for a script's inline ``dependencies``; ``hatch run`` creates and syncs its environment (the
    project and the environment's dependencies) unless it skips installing and has none. Installing declared
    dependencies asks as ``pip install -r`` and ``tox`` do; ``poetry run`` and ``pdm run`` install nothing."""
    base = folder.rstrip("/") if folder.rstrip("/") not in ("", ".") else ""
    project = _toml(env.read(posixpath.join(base, "pyproject.toml") if base else "pyproject.toml"))
    if name == "uv":
        text = env.read(script) if script else None
        inline = _INLINE_DEPENDENCIES.search(text or "")
        if inline and "dependencies" in inline.group(1):
            return [f"installs software (uv run installs the dependencies {script} declares inline)"]
        if options & {"--no-sync", "--no-project"} or re.search(
                r"(?:^|[\s;&|(])UV_(NO_SYNC|NO_PROJECT)=(1|true|yes)\b", env.command, re.I):
            return []
        return _uv_syncs(base, env)
    if name == "hatch" and isinstance(project.get("project"), dict):
        hatch_env = _table(_toml(env.read(posixpath.join(base, "hatch.toml") if base else "hatch.toml")), "envs",
                           env_name or "default") or _table(project, "tool", "hatch", "envs", env_name or "default")
        if hatch_env.get("skip-install") is True and not any(
                hatch_env.get(k) for k in ("dependencies", "extra-dependencies", "features")):
            return []
        return [f"installs software (hatch run creates the {env_name or 'default'} environment and installs the "
                "project and its dependencies)", *judge_build(base, env)]
    return []


def _uv_syncs(folder: str, env: TaskEnv) -> list[str]:
    """Why ``uv run`` syncs the project it finds (:func:`find_project`, from every folder the command may run in,
    ``folder`` below it: ``--directory``): its environment does not exist yet, or this run changed what the
    project declares (``pyproject.toml``, ``uv.lock``). With the environment made and the declarations as the
    user left them it installs nothing new (the user's own dependencies, already there): asking at every test
    run would teach people to approve blindly. It rebuilds the project when its build code changed, which is
    judged as code (:func:`judge_build`)."""
    starts = command_folders(env.command)
    if starts is None:
        return ["installs software (uv run syncs the environment of a project found from a folder computed at "
                "run time)"]
    reasons: list[str] = []
    for start in starts:
        found = find_project(posixpath.join(start, folder) if start and folder else start or folder, env.read)
        if found is None:
            continue
        declared = {posixpath.join(d, n) if d else n for d in (found.folder, found.root)
                    for n in ("pyproject.toml", "uv.lock")}
        venv = posixpath.join(found.root, ".venv/pyvenv.cfg") if found.root else ".venv/pyvenv.cfg"
        if env.kind(venv) is None or any(env.touched(path) for path in declared):
            reasons.append("installs software (uv run syncs the project's environment: its declared dependencies "
                           "and the project itself)")
        reasons += judge_build(found.folder, env)
    return list(dict.fromkeys(reasons))


def judge_entry_point(program: str, env: TaskEnv) -> list[str] | None:
    """Reasons for a console script run without its runner (``.venv/bin/mytool``, or ``mytool`` once the line
    activates a virtualenv): the project's entry point of that name (``[project.scripts]``, ``gui-scripts``,
    poetry's), judged as ``python -m`` its module; None when the project declares none of that name."""
    return _project_script("", [program], env)


def _project_script(name: str, command: list[str], env: TaskEnv) -> list[str] | None:
    """Reasons for the project script ``command[0]`` names (None when it names none): pdm's ``[tool.pdm.scripts]``
    with their pre/post scripts, hatch's environment scripts, and entry points (``[tool.poetry.scripts]``,
    ``[project.scripts]``), whose module is judged as ``python -m`` would."""
    pyproject = _toml(env.read("pyproject.toml"))
    target = command[0]
    if name == "pdm":
        scripts = _table(pyproject, "tool", "pdm", "scripts")
        if target in scripts:
            return [r for s in (f"pre_{target}", target, f"post_{target}") if s in scripts
                    for r in _pdm_script(scripts, s, env, 0)]
    if name == "hatch":
        envname, _, script = target.rpartition(":")
        hatch = _table(_toml(env.read("hatch.toml")), "envs", envname or "default", "scripts") or _table(
            pyproject, "tool", "hatch", "envs", envname or "default", "scripts")
        if script in hatch:
            return env.judge("\n".join(_hatch_lines(hatch, script, 0)))
    points = {**_table(pyproject, "project", "scripts"), **_table(pyproject, "project", "gui-scripts"),
              **_table(pyproject, "tool", "poetry", "scripts")}
    point = points.get(target)
    if isinstance(point, dict):
        point = point.get("reference") if point.get("type") == "file" else point.get("callable")
        if isinstance(point, str) and ":" not in point:
            return env.judge_script(point, "auto")
    if isinstance(point, str):
        return env.judge_module(point.split(":", 1)[0].strip()) or []
    return None


def _pdm_script(scripts: dict[str, Any], key: str, env: TaskEnv, depth: int) -> list[str]:
    value = scripts[key]
    if depth > 5:
        return ["runs scripts nested too deeply to be judged"]
    if isinstance(value, str):
        return env.judge(value)
    if not isinstance(value, dict):
        return [f"runs the script {key!r}, which cannot be read before it runs"]
    if isinstance(value.get("cmd"), list):
        return env.judge(shlex.join(str(w) for w in value["cmd"]))
    if isinstance(value.get("cmd"), str) or isinstance(value.get("shell"), str):
        return env.judge(value.get("cmd") or value["shell"])
    if isinstance(value.get("call"), str):
        return env.judge_module(value["call"].split(":", 1)[0].strip()) or []
    if isinstance(value.get("composite"), list):
        reasons: list[str] = []
        for part in value["composite"]:
            first = str(part).split(" ", 1)[0]
            reasons += _pdm_script(scripts, first, env, depth + 1) if first in scripts else env.judge(str(part))
        return reasons
    return [f"runs the script {key!r}, which cannot be read before it runs"]


def _hatch_lines(scripts: dict[str, Any], key: str, depth: int) -> list[str]:
    value = scripts[key]
    lines = [value] if isinstance(value, str) else [str(v) for v in value] if isinstance(value, list) else ["$V"]
    out: list[str] = []
    for line in lines:
        line = re.sub(r"\{args(?::[^}]*)?\}", "", line)
        line = re.sub(r"\{root\}", ".", line)
        first = line.split(" ", 1)[0]
        out += _hatch_lines(scripts, first, depth + 1) if first in scripts and first != key and depth < 5 else [
            line.lstrip("- ")]
    return out


def _toml(text: str | None) -> dict[str, Any]:
    try:
        return tomllib.loads(text) if text else {}
    except tomllib.TOMLDecodeError:
        return {}


def _table(data: dict[str, Any], *keys: str) -> dict[str, Any]:
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None  # type: ignore[assignment]
    return data if isinstance(data, dict) else {}
