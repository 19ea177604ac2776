"""`gofer run` prints its first event before the runner (gofer.runtime.assemble: the runner, the guard's checks,
the tools) is imported, and still refuses a bad model or tool before any event is written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script

# In the child, the import of gofer.runtime.assemble waits (up to 60 s, then fails) for the file named by its first
# argument: the test makes it once it has read the first event. The child notes on stderr that the import was asked.
_HELD_RUNNER = """
import importlib.abc, os, sys, time

class HoldRunner(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "gofer.runtime.assemble":
            print("assemble asked for", file=sys.stderr, flush=True)
            deadline = time.monotonic() + 60
            while not os.path.exists(GO):
                if time.monotonic() > deadline:
                    raise ImportError("the first event was not shown while the runner was held")
                time.sleep(0.05)
        return None

sys.meta_path.insert(0, HoldRunner())
GO = sys.argv.pop(1)
from gofer.cli import main
sys.argv[0] = "gofer"
main()
"""


def _gofer_run(go: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", _HELD_RUNNER, str(go), "run", *args, "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)


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
