"""Judging runners that run another command in a project's environment (``uv run``, ``poetry run``, ``pdm run``,
``hatch run``, ``pipx run``, ``coverage run``): the command they run, or the project script they name, is judged like
the command itself, and what they install before it (a project's environment synced, a script's inline
dependencies) asks as an install does."""

from __future__ import annotations

import posixpath
import re
import shlex
from typing import Any, NamedTuple

from gofer.computer.build_risk import command_folders, find_project, judge_build, toml_of, toml_table
from gofer.computer.sandbox._layout import SESSION_PY
from gofer.computer.task_risk import TaskEnv

__all__ = ["RUNNERS", "SESSION_BIN", "Run", "judge_entry_point", "judge_shadow", "runner_command"]

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
    project = toml_of(env.read(posixpath.join(base, "pyproject.toml") if base else "pyproject.toml"))
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
        hatch_env = toml_table(toml_of(env.read(posixpath.join(base, "hatch.toml") if base else "hatch.toml")), "envs",
                           env_name or "default") or toml_table(project, "tool", "hatch", "envs", env_name or "default")
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


SESSION_BIN = f"{SESSION_PY}/bin"
"""Where ``pip install`` puts console scripts in the sandbox: first on its ``PATH``, before the host's programs."""
_BUILTINS = {"cd", "echo", "printf", "test", "[", "true", "false", "pwd", "read", "export", "set", "unset", "source",
             ".", "eval", "exec", "exit", "kill", "type", "command", "builtin", "alias", "unalias", "wait", "jobs",
             "let", "local", "declare", "typeset", "readonly", "shift", "trap", "umask", "ulimit", "getopts", "hash",
             "help", "history", "times", "return", "break", "continue", "mapfile", "readarray", "fg", "bg", "disown",
             "enable", "shopt", "pushd", "popd", "dirs", ":"}
"""Bash builtins, which run before any program on ``PATH`` of the same name."""


def judge_shadow(program: str, env: TaskEnv) -> list[str]:
    """Reasons for the program a bare command name finds first on the sandbox's ``PATH`` when an install put one
    there (a workspace project's console script named ``ls``, ``git`` or ``python``): judged by its entry point's
    module, or as the script it is; nothing when there is none and the host's program runs."""
    if "/" in program or program in _BUILTINS or any(c in program for c in "$`*?[{~="):
        return []
    path = f"{SESSION_BIN}/{program}"
    if env.kind(path) is None and not env.own(path):
        return []
    point = judge_entry_point(program, env)
    found = point if point is not None else env.judge_script(path, "auto")
    return [f"runs {path} (before the host's {program} on the PATH), which {r}" for r in found]


def judge_entry_point(program: str, env: TaskEnv) -> list[str] | None:
    """Reasons for a console script run without its runner (``.venv/bin/mytool``, ``mytool`` once the line
    activates a virtualenv, or on ``PATH`` after an install): the entry point of that name (``[project.scripts]``,
    ``gui-scripts``, poetry's) of the workspace root's project or, failing that, of a project in a subfolder
    (``tools/cli``, installed with ``pip install -e tools/cli``), judged as ``python -m`` its module in the
    project's folder or its ``src``; None when no project declares one of that name."""
    found = _project_script("", [program], env)
    if found is not None:
        return found
    listed = env.files("")
    for path in listed or []:
        if path.endswith("/pyproject.toml") and path.count("/") <= MAX_PROJECT_DEPTH:
            folder = posixpath.dirname(path)
            point = _entry_points(toml_of(env.read(path))).get(program)
            if point is not None:
                return _judge_point(point, env, folder)
    return None


MAX_PROJECT_DEPTH = 4
"""How deep in the workspace a project whose console script is run is looked for."""


def _entry_points(pyproject: dict[str, Any]) -> dict[str, Any]:
    return {**toml_table(pyproject, "project", "scripts"), **toml_table(pyproject, "project", "gui-scripts"),
            **toml_table(pyproject, "tool", "poetry", "scripts")}


def _judge_point(point: Any, env: TaskEnv, folder: str = "") -> list[str]:
    """Reasons for an entry point (``pkg.mod:func``, or poetry's table): its module, found in the project's
    folder or its ``src`` (a name found in neither is an installed package, not the project's code)."""
    if isinstance(point, dict):
        point = point.get("reference") if point.get("type") == "file" else point.get("callable")
        if isinstance(point, str) and ":" not in point:
            return env.judge_script(posixpath.join(folder, point) if folder else point, "auto")
    if not isinstance(point, str):
        return []
    module = point.split(":", 1)[0].strip()
    for base in (folder, posixpath.join(folder, "src") if folder else "src"):
        found = env.judge_module(module, base)
        if found is not None:
            return found
    return []


def _project_script(name: str, command: list[str], env: TaskEnv) -> list[str] | None:
    """Reasons for the project script ``command[0]`` names (None when it names none): pdm's ``[tool.pdm.scripts]``
    with their pre/post scripts, hatch's environment scripts, and entry points (``[tool.poetry.scripts]``,
    ``[project.scripts]``), whose module is judged as ``python -m`` would."""
    pyproject = toml_of(env.read("pyproject.toml"))
    target = command[0]
    if name == "pdm":
        scripts = toml_table(pyproject, "tool", "pdm", "scripts")
        if target in scripts:
            return [r for s in (f"pre_{target}", target, f"post_{target}") if s in scripts
                    for r in _pdm_script(scripts, s, env, 0)]
    if name == "hatch":
        envname, _, script = target.rpartition(":")
        hatch = toml_table(toml_of(env.read("hatch.toml")), "envs", envname or "default", "scripts") or toml_table(
            pyproject, "tool", "hatch", "envs", envname or "default", "scripts")
        if script in hatch:
            return env.judge("\n".join(_hatch_lines(hatch, script, 0)))
    point = _entry_points(pyproject).get(target)
    return None if point is None else _judge_point(point, env)


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
