"""Judging Python's test runners by the code they run from disk: ``pytest`` and ``python -m pytest`` (every
``conftest.py`` they load, the workspace plugins they load, however named, and the test modules the run made or
changed), ``python -m unittest`` (the run's test modules) and ``tox`` (its commands; it installs packages too).

A user's own test modules are not judged: they may clean up after themselves with computed paths, and running the
user's tests is ordinary work; a test module the run made, or a user's one it wrote or edited, holds code the run
wrote, and it runs."""

from __future__ import annotations

import ast
import configparser
import re
import shlex
import tomllib
from collections.abc import Callable, Iterator
from fnmatch import fnmatch
from typing import Any

from gofer.computer.build_risk import judge_build
from gofer.computer.task_risk import UNKNOWN, TaskEnv

__all__ = ["judge_pytest", "judge_tox", "judge_unittest"]


# -- pytest, unittest ----------------------------------------------------------------------------------------------

_PYTEST_VALUES = {"-p", "-k", "-m", "-c", "-o", "-W", "-n", "--rootdir", "--confcutdir", "--override-ini", "--basetemp",
                  "--junitxml", "--junit-xml", "--deselect", "--ignore", "--ignore-glob", "--maxfail", "--tb",
                  "--durations", "--log-level", "--log-file", "--cov", "--cov-report", "--import-mode", "-r",
                  "--capture", "--color", "--pyargs", "--config-file", "--inifile", "--numprocesses", "--dist"}
_NO_RECURSE = ("*.egg", ".*", "_darcs", "build", "CVS", "dist", "node_modules", "venv", "{arch}", "__pycache__",
               "site-packages")


def judge_pytest(args: list[str], env: TaskEnv) -> list[str]:
    """``pytest``: each ``conftest.py`` it loads (in the folders of its paths and their parents, and under the
    folders it collects), the workspace plugins it loads (``-p``, also in the ini file's ``addopts`` and in
    ``PYTEST_ADDOPTS``; ``PYTEST_PLUGINS``; ``pytest_plugins`` in a conftest or a judged test module), and the
    test modules the run made or changed."""
    if any(a in ("--version", "-V", "-h", "--help") for a in args):
        return []
    config = next((v for i, a in enumerate(args) for v in [_config_value(args, i)] if v is not None), None)
    options = _ini_options(env.read, config)
    if options is None:
        return [f"pytest reads {config}, a configuration that cannot be read before it runs"]
    environment = _environment(env.command)
    args = [*options.get("addopts", []), *_words(environment.get("PYTEST_ADDOPTS", "")), *args]
    plugins = [p for p in environment.get("PYTEST_PLUGINS", "").split(",") if p.strip()]
    paths: list[str] = []
    words = iter(args)
    for a in words:
        option = a.split("=", 1)[0]
        value = (a.split("=", 1)[1] if "=" in a else next(words, "")) if option in _PYTEST_VALUES else (
            a[2:] if a.startswith("-p") and len(a) > 2 else None)
        if (option == "-p" or (a.startswith("-p") and len(a) > 2)) and value and not value.startswith("no:"):
            plugins.append(value)
        elif value is None and not a.startswith("-"):
            paths.append(a.split("::", 1)[0])
    reasons = [r for p in plugins for r in _judge_plugin(p.strip(), env)]
    loads_conftest = "--noconftest" not in args
    return [f"pytest {r}" for r in reasons + _judge_tests(paths or options.get("testpaths") or ["."], env,
                                                           ("test_*.py", "*_test.py"), loads_conftest)]


MAX_PLUGINS = 50
"""The workspace plugins followed from one module's ``pytest_plugins`` chain (a longer chain asks)."""


def _judge_plugin(name: str, env: TaskEnv, seen: set[str] | None = None) -> list[str]:
    """A workspace plugin's code, and the plugins its own ``pytest_plugins`` loads in turn (pytest follows
    them as it imports each plugin)."""
    seen = set() if seen is None else seen
    if name in seen:
        return []
    if len(seen) >= MAX_PLUGINS:
        return [f"loads the plugin {name} through more plugins than can be judged"]
    seen.add(name)
    path = name.replace(".", "/")
    text = env.read(f"{path}.py")
    found = env.judge_module(name)
    if text is None and (text := env.read(f"{path}/__init__.py")) is not None and found is None:
        found = env.judge_script(f"{path}/__init__.py", "python")  # a package: pytest imports its __init__
    reasons = [f"loads the plugin {name}, which {r}" for r in found or []]
    plugins = _named_plugins(text or "")
    if plugins is None:
        reasons.append(f"loads the plugin {name}, which names the plugins it loads at run time (cannot be judged)")
    for plugin in plugins or []:
        reasons += [f"loads the plugin {name}, which {r}" for r in _judge_plugin(plugin.strip(), env, seen)]
    return reasons


def _config_value(args: list[str], i: int) -> str | None:
    a = args[i]
    if a in ("-c", "--config-file", "--inifile"):
        return args[i + 1] if i + 1 < len(args) else ""
    if a.startswith(("--config-file=", "--inifile=")):
        return a.split("=", 1)[1]
    return a[2:] if a.startswith("-c") and len(a) > 2 and not a.startswith("--") else None


def _environment(command: str) -> dict[str, str]:
    """``PYTEST_ADDOPTS`` and ``PYTEST_PLUGINS`` as the command line sets them (``X=... pytest``, ``export X=``)."""
    found: dict[str, str] = {}
    for m in re.finditer(r"(?:^|[\s;&|(])(?:export\s+)?(PYTEST_ADDOPTS|PYTEST_PLUGINS)=('[^']*'|\"[^\"]*\"|\S*)",
                         command):
        value = m.group(2)
        found[m.group(1)] = value[1:-1] if value[:1] in ("'", '"') else value
    return found


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
        return [f"unittest {r}" for f in files if env.touched(f) for r in env.judge_script(f, "python")]
    return [f"unittest {r}" for r in _judge_tests([start], env, (pattern,), conftest=False)]


def _judge_tests(paths: list[str], env: TaskEnv, patterns: tuple[str, ...], conftest: bool) -> list[str]:
    reasons: list[str] = []
    seen: set[str] = set()

    def judge(path: str) -> None:
        if path not in seen:
            seen.add(path)
            reasons.extend(env.judge_script(path, "python"))
            plugins = _named_plugins(env.read(path) or "")
            if plugins is None:
                reasons.append(f"loads pytest plugins {path} names at run time, which cannot be judged")
            for plugin in plugins or []:
                reasons.extend(_judge_plugin(plugin, env))

    for path in paths:
        if any(c in path for c in UNKNOWN):
            return [f"collects tests from {path}, which cannot be known before it runs"]
        path = path.strip("/") if path.strip("/") not in ("", ".") else ""
        is_dir = path == "" or env.kind(path) == "dir"
        parts = path.split("/") if path else []
        folders = ["/".join(parts[:i]) for i in range(len(parts) + (1 if is_dir else 0))]
        for folder in folders if conftest else []:
            if env.read(conftest_path := f"{folder}/conftest.py".lstrip("/")) is not None:
                judge(conftest_path)
        if not is_dir:
            if path.endswith(".py") and env.touched(path):
                judge(path)
            continue
        files = env.files(path)
        if files is None:
            return [f"collects tests from {path or 'the workspace'}, which holds more files than can be judged"]
        for f in _collected(files, path):
            base = f.rsplit("/", 1)[-1]
            if (conftest and base == "conftest.py") or (any(fnmatch(base, p) for p in patterns) and env.touched(f)):
                judge(f)
    return reasons


def _named_plugins(text: str) -> list[str] | None:
    """The plugins a module's ``pytest_plugins`` names (a string or a list of them); None when they are computed."""
    if "pytest_plugins" not in text:
        return []
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return []
    names: list[str] = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, (ast.AnnAssign, ast.AugAssign)) else []
        if not any(isinstance(t, ast.Name) and t.id == "pytest_plugins" for t in targets):
            continue
        value = getattr(node, "value", None)
        items = value.elts if isinstance(value, (ast.List, ast.Tuple)) else [value]
        for item in items:
            if not (isinstance(item, ast.Constant) and isinstance(item.value, str)):
                return None
            names.append(item.value)
    return names


def _collected(files: list[str], root: str) -> Iterator[str]:
    """The files pytest walks into (not hidden folders, virtualenvs, build output, ...)."""
    for f in files:
        below = f[len(root) + 1 :] if root else f
        if not any(fnmatch(part, pattern) for part in below.split("/")[:-1] for pattern in _NO_RECURSE):
            yield f


def _ini_options(read: Callable[[str], str | None], config: str | None) -> dict[str, list[str]] | None:
    """``testpaths`` and ``addopts`` from the configuration pytest reads: the ``-c`` file (None when it cannot be
    read), or the first of pytest.ini, .pytest.ini, pyproject.toml, tox.ini and setup.cfg with pytest's section."""
    names = [config] if config else ["pytest.ini", ".pytest.ini", "pyproject.toml", "tox.ini", "setup.cfg"]
    for name in names:
        text = read(name)
        if text is None:
            continue
        if name.endswith(".toml"):
            try:
                found = tomllib.loads(text).get("tool", {}).get("pytest", {}).get("ini_options")
            except tomllib.TOMLDecodeError:
                found = None
            if not isinstance(found, dict):
                continue
            return {key: [str(v) for v in value] if isinstance(value, list) else _words(str(value))
                    for key in ("testpaths", "addopts") if (value := found.get(key)) is not None}
        parser = _ini(text)
        section = "tool:pytest" if name.endswith("setup.cfg") else "pytest"
        if parser is None or not parser.has_section(section):
            if config:
                return {}
            continue
        return {key: _words(parser.get(section, key)) for key in ("testpaths", "addopts")
                if parser.has_option(section, key)}
    return None if config else {}


def _words(text: str) -> list[str]:
    try:
        return shlex.split(text)
    except ValueError:  # an unclosed quote
        return text.split()


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
    packages it installs into them (their ``deps``, and the project unless ``skip_install``, with its build code
    when this run changed it)."""
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
    if not all(e.get("skip_install") for e in envs):
        reasons += [f"tox {r}" for r in judge_build("", env)]
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
