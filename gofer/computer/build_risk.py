"""Judging a project's build code, which an install or a runner runs as it builds the project: ``setup.py``,
poetry's build script (``[tool.poetry.build] script``) and an in-tree build backend (``[build-system]
backend-path``). Code the user left as it was is theirs, trusted as their tests are; code this run wrote or changed
(a clone, a download, an edit) is judged as the script it is. Also where ``uv`` finds its project: the nearest
``pyproject.toml`` at or above the folder a command runs in, its environment and lock file at the root of the
workspace of projects it belongs to."""

from __future__ import annotations

import ast
import posixpath
import tomllib
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple, Protocol

from gofer.computer._shell_tokens import simple_commands

__all__ = ["BuildEnv", "Project", "command_folders", "find_project", "install_folders", "judge_build",
           "nearest_pyproject", "toml_of", "toml_table"]

UNKNOWN = "$`*?[{~"


class BuildEnv(Protocol):
    """What judging build code needs from the shell judge."""

    @property
    def kind(self) -> Callable[[str], str | None]: ...

    @property
    def read(self) -> Callable[[str], str | None]: ...

    def touched(self, path: str) -> bool:
        """Whether a path is a file the current run made or changed."""
        ...

    def judge_script(self, path: str, language: str = "shell") -> list[str]:
        """Reasons running a workspace file is consequential."""
        ...


class Project(NamedTuple):
    """A Python project as uv finds it: its folder and ``pyproject.toml``, and the root holding ``.venv`` and
    ``uv.lock`` (the workspace root when the project is a member of a uv workspace, else its own folder)."""

    folder: str
    data: dict[str, Any]
    root: str


def judge_build(folder: str, env: BuildEnv) -> list[str]:
    """Reasons for the build code of the project in ``folder`` that this run wrote or changed: ``setup.py``,
    poetry's build script and the in-tree backend ``[build-system] backend-path`` names, each judged as the Python
    script it is."""
    reasons: list[str] = []
    for path in _build_files(folder, env):
        if env.touched(path):
            reasons += [f"builds the project, which {r}" for r in env.judge_script(path, "python")]
        for module in _tree_imports(path, env):
            if env.touched(module):
                reasons += [f"builds the project, which imports {module}, which {r}"
                            for r in env.judge_script(module, "python")]
    return list(dict.fromkeys(reasons))


def _tree_imports(path: str, env: BuildEnv) -> list[str]:
    """The modules of the project's tree a build file imports (``from build_helpers import x`` in ``setup.py``:
    Python puts the script's folder first on the path), as workspace paths; modules they import in turn too."""
    found: list[str] = []
    pending = [path]
    while pending and len(found) < MAX_BUILD_IMPORTS:
        text = env.read(pending.pop())
        try:
            tree = ast.parse(text or "")
        except (SyntaxError, ValueError):
            continue
        names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names] + [
            n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 0 and n.module]
        for name in names:
            base = _join(posixpath.dirname(path), name.split(".", 1)[0])
            for candidate in (f"{base}.py", f"{base}/__init__.py"):
                if candidate not in found and env.read(candidate) is not None:
                    found.append(candidate)
                    pending.append(candidate)
    return found


MAX_BUILD_IMPORTS = 50
"""The tree's modules followed from one build file (a judge stops there, as for pytest's plugins)."""


def _build_files(folder: str, env: BuildEnv) -> Iterator[str]:
    yield _join(folder, "setup.py")
    pyproject = toml_of(env.read(_join(folder, "pyproject.toml")))
    poetry = toml_table(pyproject, "tool", "poetry")
    script = toml_table(poetry, "build").get("script") or poetry.get("build")  # poetry-core runs it as it builds
    if isinstance(script, str) and not any(c in script for c in UNKNOWN):
        yield _join(folder, script)
    system = pyproject.get("build-system")
    if not isinstance(system, dict) or not isinstance(system.get("build-backend"), str):
        return
    paths = system.get("backend-path")
    module = system["build-backend"].split(":", 1)[0].strip().replace(".", "/")
    for where in paths if isinstance(paths, list) else []:
        base = _join(folder, str(where))
        yield _join(base, f"{module}.py")
        yield _join(base, f"{module}/__init__.py")


def find_project(start: str, read: Callable[[str], str | None]) -> Project | None:
    """The project uv uses for a command run in ``start`` (a workspace folder): the nearest ``pyproject.toml``
    with a ``[project]`` table at or above it; None when there is none up to the workspace's root."""
    folder: str | None = _norm(start)
    project: Project | None = None
    while folder is not None:
        data = toml_of(read(_join(folder, "pyproject.toml")))
        if project is None and isinstance(data.get("project"), dict):
            project = Project(folder, data, folder)
        elif project is not None and isinstance(toml_table(data, "tool", "uv", "workspace"), dict) and toml_table(
                data, "tool", "uv", "workspace"):
            return project._replace(root=folder)
        folder = None if folder == "" else posixpath.dirname(folder)
    return project


def nearest_pyproject(start: str, read: Callable[[str], str | None]) -> str | None:
    """The folder of the nearest ``pyproject.toml`` at or above ``start``, with or without a ``[project]`` table:
    what ``uv build`` and ``python -m build`` build (a poetry project declares itself under ``[tool.poetry]``)."""
    folder = _norm(start)
    while read(_join(folder, "pyproject.toml")) is None:
        if folder == "":
            return None
        folder = posixpath.dirname(folder)
    return folder


def command_folders(command: str) -> list[str] | None:
    """The workspace folders the commands of ``command`` may run in: the workspace's root and every folder a
    ``cd``/``pushd`` in the line changes to; None when one is computed at run time or leaves the workspace."""
    folders = [""]
    here = ""
    for words in simple_commands(command) or []:
        if not words or words[0] not in ("cd", "pushd"):
            continue
        target = next((w for w in words[1:] if not w.startswith("-")), "~")
        if any(c in target for c in UNKNOWN) or (target.startswith("/") and not target.startswith("/workspace")):
            return None
        here = _norm(target.removeprefix("/workspace") if target.startswith("/") else _join(here, target))
        if here.startswith(".."):
            return None
        folders.append(here)
    return list(dict.fromkeys(folders))


_PIP = {"pip", "pip3"}


def install_folders(name: str, args: list[str]) -> list[str]:
    """The local folders ``pip install``/``pip wheel`` (or ``uv pip install``, ``python -m pip``) builds: ``.``,
    ``./path``, ``-e path``, ``file:`` addresses; requirement files are left out."""
    if name == "uv" and args[:1] == ["pip"]:
        args = args[1:]
    elif name.startswith("python") and "-m" in args and args[args.index("-m") + 1 : args.index("-m") + 2] == ["pip"]:
        args = args[args.index("-m") + 2 :]
    elif name not in _PIP:
        return []
    plain = [a for a in args if not a.startswith("-")]
    if not plain or plain[0] not in ("install", "wheel"):
        return []
    folders: list[str] = []
    words = iter(args[args.index(plain[0]) + 1 :])
    for a in words:
        option, eq, value = a.partition("=")
        if option in ("-e", "--editable"):
            folders.append(value if eq else next(words, ""))
        elif option in ("-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url",
                        "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--src", "-w",
                        "--wheel-dir", "--python", "-C", "--config-settings") and not eq:
            next(words, "")
        elif not a.startswith("-"):
            folders.append(a)
    local = [f.removeprefix("file://").removeprefix("file:") for f in folders]
    return [_norm(f.removeprefix("/workspace") if f.startswith("/workspace") else f) for f in local
            if f in (".", "..") or f.startswith(("./", "../", "/workspace")) or (
                "/" in f and "://" not in f and "@" not in f and not f.endswith((".whl", ".tar.gz", ".zip")))]


def _norm(path: str) -> str:
    path = posixpath.normpath(path.lstrip("/")) if path.strip("/") else "."
    return "" if path == "." else path


def _join(folder: str, name: str) -> str:
    return posixpath.join(folder, name) if folder else name


def toml_of(text: str | None) -> dict[str, Any]:
    """A TOML file's data (empty when there is no text or it does not parse)."""
    try:
        return tomllib.loads(text) if text else {}
    except tomllib.TOMLDecodeError:
        return {}


def toml_table(data: dict[str, Any], *keys: str) -> dict[str, Any]:
    """The table at ``keys`` in TOML data (empty when a key is missing or not a table)."""
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None  # type: ignore[assignment]
    return data if isinstance(data, dict) else {}
