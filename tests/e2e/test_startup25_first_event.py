"""`gofer run` still refuses a bad model or tool before any event is written, without importing the runner
(gofer.runtime.assemble); that its first event is shown before the runner loads is in test_startup26_first_event."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, held_gofer, script


def _gofer_run(go: Path, *args: str) -> subprocess.Popen[str]:
    return held_gofer(go, ["gofer.runtime.assemble"], "run", *args, "--json")


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
