"""`gofer run` prints its first event before the guard's checks, the PII patterns and the tool modules it was not
asked for are imported (the request is checked without them), and still refuses a bad guard setting before any
event is written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from agent_helpers import call, gofer_env, held_gofer, script

_LATER = ["gofer.runtime.assemble", "gofer.safety.checks", "gofer.safety.pii"]
"""What the first event does not wait for."""


def _first_then_rest(go: Path, held: list[str], *args: str) -> tuple[Any, list[Any], str]:
    """Run ``gofer run ARGS --json`` with ``held`` imports waiting for ``go``: the first event (read while they
    wait; None when none came before the process ended), then, once ``go`` exists, the other events and stderr
    (the run must exit 0)."""
    proc = held_gofer(go, held, "run", *args, "--json")
    assert proc.stdout is not None and proc.stderr is not None
    first = json.loads(proc.stdout.readline() or "null")  # on main: no event until a held import fails
    go.touch()
    rest = [json.loads(line) for line in proc.stdout.read().splitlines()]
    said = proc.stderr.read()
    assert proc.wait(60) == 0, said
    return first, rest, said


def test_the_first_event_is_shown_before_the_guards_checks_load(tmp_path: Path) -> None:
    first, rest, said = _first_then_rest(tmp_path / "go", _LATER, "say done", "--model",
                                         script(tmp_path, [{"tool_calls": [call("finish", answer="done")]}]))
    assert first is not None and first["type"] == "RunStarted", said
    assert rest[-1]["type"] == "RunFinished" and rest[-1]["answer"] == "done"


async def test_a_bad_guard_setting_is_refused_before_any_event(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOFER_GUARD_CHECKS_DISABLED", '["secrets", "nosuch"]')
    proc = held_gofer(tmp_path / "go", _LATER, "run", "say done", "--model",
                      script(tmp_path, [{"tool_calls": [call("finish", answer="done")]}]), "--json")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2, err
    assert out == ""
    assert "unknown checks in GOFER_GUARD_CHECKS_DISABLED: nosuch; known: input_scan" in err
    assert "asked for" not in err  # refused without loading the checks or the runner
    async with gofer_env() as env:
        assert await env.store.list_runs() == []


def test_a_run_naming_its_tools_starts_before_the_other_tool_modules_load(tmp_path: Path) -> None:
    (tmp_path / "ws").mkdir()
    (tmp_path / "ws" / "notes.txt").write_text("the tide turns at six\n")
    others = [f"gofer.tools.{m}" for m in ("python", "browser", "documents", "search", "web")]
    turns = [{"tool_calls": [call("read_file", path="notes.txt")]}, {"tool_calls": [call("finish", answer="six")]}]
    first, rest, said = _first_then_rest(tmp_path / "go", [*_LATER, *others], "when does the tide turn?", "--model",
                                         script(tmp_path, turns), "--tools", "read_file", "--workspace",
                                         str(tmp_path / "ws"))
    assert first is not None and first["type"] == "RunStarted" and first["tools"] == ["read_file"], said
    assert any(e["type"] == "Observation" and "the tide turns at six" in json.dumps(e) for e in rest), rest
    assert rest[-1]["type"] == "RunFinished" and rest[-1]["answer"] == "six"
