"""``scripted:FILE``: a YAML or JSON list of model turns played one per call (tests and demos)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from gofer.testing import ScriptedModel

__all__ = ["load_script", "scripted_model"]


def load_script(path: Path) -> list[Any]:
    """The list of turns in ``path`` (``.json``, else YAML); ValueError naming the file and the problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ValueError(f"scripted model file {path}: cannot be read ({exc.strerror or exc})") from exc
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"scripted model file {path}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    except yaml.YAMLError as exc:
        raise ValueError(f"scripted model file {path}: not valid YAML ({_yaml_problem(exc)})") from exc
    if isinstance(data, dict) and set(data) == {"turns"}:
        data = data["turns"]
    if not isinstance(data, list):
        raise ValueError(
            f"scripted model file {path}: expected a list of turns "
            "({text: ..., tool_calls: [{name, arguments}]}), found " + type(data).__name__
        )
    return data


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """What is wrong and where, without the file's text (PyYAML's message quotes the offending line)."""
    problem = getattr(exc, "problem", None) or type(exc).__name__
    mark = getattr(exc, "problem_mark", None)
    return f"{problem}, line {mark.line + 1}, column {mark.column + 1}" if mark is not None else str(problem)


def scripted_model(path: str | Path) -> ScriptedModel:
    """A ScriptedModel playing the turns in ``path``; every turn is checked up front."""
    file = Path(path).expanduser()
    return ScriptedModel(load_script(file), source=f"scripted model file {file}", name=f"scripted:{file.name}")
