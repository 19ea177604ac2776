"""`gofer run` prints its first event before the runner (gofer.runtime.assemble: the runner, the guard's checks,
the tools) is imported, and still refuses a bad model or tool before any event is written."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, held_gofer, script


def _gofer_run(go: Path, *args: str) -> subprocess.Popen[str]:
    return held_gofer(go, ["gofer.runtime.assemble"], "run", *args, "--json")


def test_the_first_event_is_shown_while_the_runner_loads(tmp_path: Path) -> None:
    spec = script(tmp_path, [{"tool_calls": [call("finish", answer="done")]}])
    go = tmp_path / "go"
    proc = _gofer_run(go, "say done", "--model", spec)
    assert proc.stdout is not None and proc.stderr is not None
    first = json.loads(proc.stdout.readline() or "null")  # on main: no event until the held import fails
    go.touch()
    rest = [json.loads(line) for line in proc.stdout.read().splitlines()]
    said = proc.stderr.read()
    assert proc.wait(60) == 0, said
    assert first is not None and first["type"] == "RunStarted", said
    assert rest[-1]["type"] == "RunFinished" and rest[-1]["answer"] == "done"


@pytest.mark.parametrize(("args", "said"), [
    (["--model", "nosuch:model"], "model 'nosuch:model'"),
    (["--tools", "shell,teleport"], "teleport"),
])
async def test_a_bad_request_is_refused_before_any_event(tmp_path: Path, args: list[str], said: str) -> None:
    if "--model" not in args:
        args = [*args, "--model", script(tmp_path, [{"tool_calls": [call("finish", answer="done")]}])]
    proc = _gofer_run(tmp_path / "go", "say done", *args)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2, err
    assert out == ""
    assert said in err
    assert "assemble asked for" not in err  # refused without loading the runner
    async with gofer_env() as env:
        assert await env.store.list_runs() == []
