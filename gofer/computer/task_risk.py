"""Judging task runners by the code they run from disk: ``make`` (the recipes of its goals, with the makefiles it
includes), ``npm``/``yarn``/``pnpm run`` (the package script), ``pytest`` and ``python -m unittest`` (every
``conftest.py`` they load, ``-p`` plugins from the workspace and the test modules the run made itself), ``tox``
(its commands; it installs packages too), ``just`` (the recipes) and ``rake`` (the Rakefile, which is Ruby). The
commands are judged by the shell judge, the Python files by the Python judge, other code by its words.

A user's own test modules are not judged: they may clean up after themselves with computed paths, and running the
user's tests is ordinary work; a test module the run made is code the run wrote, and it runs."""

from __future__ import annotations

import configparser
import json
import re
import shlex
import tomllib
from collections.abc import Callable, Iterator
from fnmatch import fnmatch
from typing import Any, Protocol

__all__ = ["TaskEnv", "judge_just", "judge_make", "judge_package_script", "judge_pytest", "judge_rake",
           "judge_tox", "judge_unittest"]

MAX_INCLUDES = 20
_UNKNOWN = "$`*?[{~"


class TaskEnv(Protocol):
    """What the shell judge gives a task runner's judge."""

    @property
    def kind(self) -> Callable[[str], str | None]: ...

    @property
    def read(self) -> Callable[[str], str | None]: ...

    @property
    def files(self) -> Callable[[str], list[str] | None]:
        """``files(folder)``: the workspace files under a folder (None when they cannot be listed)."""
        ...

    @property
    def own(self) -> Callable[[str], bool]:
        """Whether a path is a file the current run made."""
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
    if any(c in folder for c in _UNKNOWN):
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
            included = read(folder + name) if not any(c in name for c in _UNKNOWN + "%(") else None
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


# -- pytest, unittest ----------------------------------------------------------------------------------------------

_PYTEST_VALUES = {"-p", "-k", "-m", "-c", "-o", "-W", "-n", "--rootdir", "--confcutdir", "--override-ini", "--basetemp",
                  "--junitxml", "--junit-xml", "--deselect", "--ignore", "--ignore-glob", "--maxfail", "--tb",
                  "--durations", "--log-level", "--log-file", "--cov", "--cov-report", "--import-mode", "-r",
                  "--capture", "--color", "--pyargs", "--config-file", "--inifile", "--numprocesses", "--dist"}
_NO_RECURSE = ("*.egg", ".*", "_darcs", "build", "CVS", "dist", "node_modules", "venv", "{arch}", "__pycache__",
               "site-packages")


def judge_pytest(args: list[str], env: TaskEnv) -> list[str]:
    """``pytest``: each ``conftest.py`` it loads (in the folders of its paths and their parents, and under the
    folders it collects), the workspace modules ``-p`` names, and the test modules the run made."""
    if any(a in ("--version", "-V", "-h", "--help") for a in args):
        return []
    paths: list[str] = []
    reasons: list[str] = []
    words = iter(args)
    for a in words:
        option = a.split("=", 1)[0]
        value = (a.split("=", 1)[1] if "=" in a else next(words, "")) if option in _PYTEST_VALUES else (
            a[2:] if a.startswith("-p") and len(a) > 2 else None)
        if (option == "-p" or (a.startswith("-p") and len(a) > 2)) and value and not value.startswith("no:"):
            reasons += [f"loads the plugin {value}, which {r}" for r in env.judge_module(value) or []]
        elif value is None and not a.startswith("-"):
            paths.append(a.split("::", 1)[0])
    loads_conftest = "--noconftest" not in args
    return [f"pytest {r}" for r in reasons + _judge_tests(paths or _testpaths(env.read) or ["."], env,
                                                           ("test_*.py", "*_test.py"), loads_conftest)]


def judge_unittest(args: list[str], env: TaskEnv) -> list[str]:
    """``python -m unittest``: the test modules the run made that it would import (named, or discovered under
    ``-s`` matching ``-p``)."""
    pattern, start, named = "test*.py", ".", []
    words = iter(args)
    for a in words:
        if a in ("-s", "--start-directory"):
            start = next(words, ".")
        elif a in ("-p", "--pattern"):
            pattern = next(words, pattern)
        elif a in ("-t", "--top-level-directory", "-k"):
            next(words, "")
        elif not a.startswith("-") and a != "discover":
            named.append(a)
    if named:
        files = [n if n.endswith(".py") else n.replace(".", "/") + ".py" for n in named]
        return [f"unittest {r}" for f in files if env.own(f) for r in env.judge_script(f, "python")]
    return [f"unittest {r}" for r in _judge_tests([start], env, (pattern,), conftest=False)]


def _judge_tests(paths: list[str], env: TaskEnv, patterns: tuple[str, ...], conftest: bool) -> list[str]:
    reasons: list[str] = []
    seen: set[str] = set()

    def judge(path: str) -> None:
        if path not in seen:
            seen.add(path)
            reasons.extend(env.judge_script(path, "python"))

    for path in paths:
        if any(c in path for c in _UNKNOWN):
            return [f"collects tests from {path}, which cannot be known before it runs"]
        path = path.strip("/") if path.strip("/") not in ("", ".") else ""
        is_dir = path == "" or env.kind(path) == "dir"
        parts = path.split("/") if path else []
        folders = ["/".join(parts[:i]) for i in range(len(parts) + (1 if is_dir else 0))]
        for folder in folders if conftest else []:
            if env.read(conftest_path := f"{folder}/conftest.py".lstrip("/")) is not None:
                judge(conftest_path)
        if not is_dir:
            if path.endswith(".py") and env.own(path):
                judge(path)
            continue
        files = env.files(path)
        if files is None:
            return [f"collects tests from {path or 'the workspace'}, which holds more files than can be judged"]
        for f in _collected(files, path):
            base = f.rsplit("/", 1)[-1]
            if (conftest and base == "conftest.py") or (any(fnmatch(base, p) for p in patterns) and env.own(f)):
                judge(f)
    return reasons


def _collected(files: list[str], root: str) -> Iterator[str]:
    """The files pytest walks into (not hidden folders, virtualenvs, build output, ...)."""
    for f in files:
        below = f[len(root) + 1 :] if root else f
        if not any(fnmatch(part, pattern) for part in below.split("/")[:-1] for pattern in _NO_RECURSE):
            yield f


def _testpaths(read: Callable[[str], str | None]) -> list[str]:
    """``testpaths`` from pytest.ini, pyproject.toml, tox.ini or setup.cfg."""
    for name, section in (("pytest.ini", "pytest"), ("tox.ini", "pytest"), ("setup.cfg", "tool:pytest")):
        if (text := read(name)) is not None:
            parser = _ini(text)
            if parser is not None and parser.has_option(section, "testpaths"):
                return parser.get(section, "testpaths").split()
    text = read("pyproject.toml")
    try:
        options = tomllib.loads(text or "").get("tool", {}).get("pytest", {}).get("ini_options", {})
    except tomllib.TOMLDecodeError:
        return []
    found = options.get("testpaths") if isinstance(options, dict) else None
    return [str(p) for p in found] if isinstance(found, list) else str(found or "").split()


def _ini(text: str) -> configparser.ConfigParser | None:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text)
    except configparser.Error:
        return None
    return parser


# -- tox -----------------------------------------------------------------------------------------------------------

_TOX_SUBSTITUTIONS = {"toxinidir": ".", "tox_root": ".", "toxworkdir": ".tox", "envpython": "python",
                      "envbindir": ".venv/bin", "envdir": ".venv", "envname": "py", "envtmpdir": "/tmp"}


def judge_tox(args: list[str], env: TaskEnv) -> list[str]:
    """``tox``: the commands of its environments (all of them: which ones run depends on the factors), and the
    packages it installs into them (their ``deps``, and the project unless ``skip_install``)."""
    if any(a in ("--version", "-h", "--help", "l", "list", "c", "config", "--listenvs", "-l", "-a",
                 "--listenvs-all", "--showconfig", "quickstart") for a in args):
        return []
    config = next((args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-c", "--conf")), None)
    envs = _tox_envs(env.read, config)
    if envs is None:
        return [f"tox runs the commands of {config or 'its configuration'}, which cannot be read before it runs"]
    commands = [c for e in envs for key in ("commands_pre", "commands", "commands_post") for c in e.get(key, [])]
    reasons = [f"tox runs a command that {r}" for r in env.judge("\n".join(commands))] if commands else []
    if any(e.get("deps") or not e.get("skip_install") for e in envs):
        reasons.append("installs software (tox installs each environment's dependencies and the project)")
    return reasons


def _tox_envs(read: Callable[[str], str | None], config: str | None) -> list[dict[str, Any]] | None:
    """The environments' settings (``commands`` as command lines), from the first configuration tox reads."""
    names = [config] if config else ["tox.ini", "setup.cfg", "pyproject.toml", "tox.toml"]
    for name in names:
        text = read(name)
        if text is None:
            continue
        if name.endswith(".toml"):
            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError:
                return None
            tox = data.get("tool", {}).get("tox") if name.endswith("pyproject.toml") else data
            if not isinstance(tox, dict):
                continue
            if isinstance(tox.get("legacy_tox_ini"), str):
                return _tox_ini_envs(tox["legacy_tox_ini"])
            bases = [tox.get("env_run_base") or {}, *(tox.get("env") or {}).values()]
            return [_tox_toml_env(b) for b in bases if isinstance(b, dict)]
        envs = _tox_ini_envs(text)
        if envs or not name.endswith("setup.cfg"):
            return envs
    return None if config else []


def _tox_ini_envs(text: str) -> list[dict[str, Any]] | None:
    parser = _ini(text)
    if parser is None:
        return None
    envs = []
    for section in parser.sections():
        if section == "testenv" or section.startswith("testenv:"):
            values = parser[section]
            envs.append({
                **{k: [_tox_line(c) for c in values.get(k, "").split("\n") if c.strip()]
                   for k in ("commands_pre", "commands", "commands_post")},
                "deps": values.get("deps", "").strip(),
                "skip_install": values.get("skip_install", "").strip().lower() == "true"
                or values.get("package", "").strip() == "skip",
            })
    return envs


def _tox_toml_env(values: dict[str, Any]) -> dict[str, Any]:
    def line(command: Any) -> str:
        if isinstance(command, list):
            return shlex.join(w if isinstance(w, str) else "$V" for w in command)
        return _tox_line(command) if isinstance(command, str) else "$V"

    return {**{k: [line(c) for c in values.get(k) or []] for k in ("commands_pre", "commands", "commands_post")},
            "deps": values.get("deps"), "skip_install": values.get("skip_install") is True
            or values.get("package") == "skip"}


def _tox_line(command: str) -> str:
    """A tox command with its substitutions put in (``{posargs}`` is what follows ``--``; nothing here)."""
    command = command.strip().lstrip("-!").strip()

    def put(m: re.Match[str]) -> str:
        name, _, default = m.group(1).partition(":")
        if name == "posargs":
            return default
        return _TOX_SUBSTITUTIONS.get(name, "$V")

    return re.sub(r"\{([^{}]*)\}", put, command)


# -- just, rake ----------------------------------------------------------------------------------------------------

_JUST_NO_RUN = {"-l", "--list", "--summary", "--show", "-s", "--dump", "--fmt", "--init", "-h", "--help", "-V",
                "--version", "--variables", "--changelog", "--completions", "--groups", "-n", "--dry-run"}
_JUST_RECIPE = re.compile(r"^@?([A-Za-z_][\w-]*)((?:\s+[^:=]*)?)\s*:(?!=)(.*)$")


def judge_just(args: list[str], env: TaskEnv) -> list[str]:
    """``just``: the recipes it runs (the ones named, or the first) with their dependencies, as shell commands
    (or, under a ``#!`` line, as that language), and the backticks of its assignments."""
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
    candidates = [path] if path else [folder + n for n in ("justfile", "Justfile", ".justfile", "JUSTFILE")]
    text = next((t for c in candidates if (t := env.read(c)) is not None), None)
    if text is None:
        return [f"just runs {path}, a justfile that cannot be read before it runs"] if path else []
    text = _just_imports(text, folder, env.read)
    variables: dict[str, str] = {}
    recipes: dict[str, tuple[list[str], list[str]]] = {}
    first, current = None, None
    backticks: list[str] = []
    for line in text.split("\n"):
        if line[:1] in (" ", "\t") and current is not None:
            recipes[current][1].append(line.strip())
        elif not line.strip() or line.lstrip().startswith(("#", "[")):
            continue
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
        reasons += _judge_body(body, env)
    return [f"just runs a recipe that {r}" for r in reasons]


def _just_imports(text: str, folder: str, read: Callable[[str], str | None], depth: int = 0) -> str:
    def put(m: re.Match[str]) -> str:
        included = read(folder + m.group(2)) if depth < 5 else None
        return _just_imports(included, folder, read, depth + 1) if included is not None else ""

    return re.sub(r"^import(\??)\s+['\"]([^'\"]+)['\"]\s*$", put, text, flags=re.M)


def _judge_body(body: list[str], env: TaskEnv) -> list[str]:
    if body[:1] and body[0].startswith("#!"):
        code = "\n".join(body[1:])
        if "python" in body[0]:
            from gofer.computer.code_risk import judge_python

            return judge_python(code, env.kind, env.read)
        if any(sh in body[0] for sh in ("sh", "bash", "zsh")):
            return env.judge(code)
        from gofer.computer.command_risk import risky_code

        return [f"runs code that may delete, write, run or send ({risky})"] if (risky := risky_code(code)) else []
    return env.judge("\n".join(b.lstrip("@-") for b in body))


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
