"""Judging ``just`` by the recipes it runs from the justfile (and the modules and files it imports): each as a
command of its ``set shell``, as Python, or under a ``#!`` line as that language."""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable

from gofer.computer.task_risk import TaskEnv

__all__ = ["judge_just"]

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
