"""Under the default policy (risky), consequential actions wait for a person however the model words them: a
script it just wrote, a Python cell, a file overwritten; writing a new file does not."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from agent_helpers import call, drive, gofer_env, script

from gofer.events import ActionStarted, ConfirmationRequested, RunStatus

CASES = {
    "a script it just wrote": [
        call("write_file", path="cleanup.sh", content="echo tidying\nrm -f notes.txt\n"),
        call("shell", command="sh cleanup.sh"),
    ],
    "a python cell": [call("python", code="import os\nos.remove('notes.txt')")],
    "a shell escape in a cell": [call("python", code="!rm -f notes.txt")],
    "a file overwritten": [call("write_file", path="notes.txt", content="")],
    "a GET with a body": [call("http_request", url="http://127.0.0.1:9/", body={"notes": "mine"})],
}


@pytest.mark.parametrize("case", list(CASES))
async def test_consequential_actions_ask_under_the_default_policy(tmp_path: Path, case: str) -> None:
    workspace = tmp_path / "ws"
    workspace.mkdir()
    (workspace / "notes.txt").write_text("the user's notes")
    calls: list[dict[str, Any]] = CASES[case]
    status, events = await drive(tmp_path, "tidy up", calls, workspace, timeout=30, finish=False)
    assert status == RunStatus.WAITING_FOR_USER, case
    asked = [e for e in events if isinstance(e, ConfirmationRequested)]
    assert len(asked) == 1 and asked[0].tool == calls[-1]["name"], case
    started = [e.tool for e in events if isinstance(e, ActionStarted)]
    assert started == [c["name"] for c in calls[:-1]], "only the harmless steps before it ran"
    assert (workspace / "notes.txt").read_text() == "the user's notes"


async def test_rewriting_the_runs_own_files_does_not_ask(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    workspace.mkdir()
    spec = script(tmp_path, [
        {"tool_calls": [call("write_file", path="report.md", content="# Draft\n")]},
        {"tool_calls": [call("write_file", path="report.md", content="# Report\n")]},
        {"tool_calls": [call("python", code="open('report.md', 'w').write('# Final\\n')")]},
        {"tool_calls": [call("shell", command="echo '# Shell' > report.md")]},
        {"tool_calls": [call("finish", answer="written", files=["report.md"])]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run("write the report", spec, workspace=workspace, start=False)
        status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60)
        events = await env.store.read(run.id)
    assert status == RunStatus.FINISHED
    assert not [e for e in events if isinstance(e, ConfirmationRequested)]
    assert (workspace / "report.md").read_text() == "# Shell\n"
