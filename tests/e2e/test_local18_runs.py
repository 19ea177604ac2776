"""Session 16 (local18), end to end (real runner, sandboxed shell and files; only the model is scripted): a tar
snapshot of a plain repository extracts without asking, one whose ``.git/config`` sets ``core.fsmonitor`` asks
first and extracts nothing; a node script that only reads a file and prints runs without asking; perl's ``<>`` over
a name that opens for writing asks first and leaves the user's file as it was."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from agent_helpers import call, drive

from gofer.events import ConfirmationRequested, Observation, RunStatus


def _workspace(root: Path, config: str = "") -> Path:
    ws = root / "ws"
    ws.mkdir()
    (ws / "notes.md").write_text("the user's notes\n")
    (ws / "data.json").write_text('{"total": 42}\n')
    repo = root / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "lib.py").write_text("x = 1\n")
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm",
                    "one"], check=True)
    with (repo / ".git" / "config").open("a") as f:
        f.write(config)
    subprocess.run(["tar", "czf", str(ws / "repo.tgz"), "-C", str(root), "repo"], check=True)
    return ws


async def _drive(tmp_path: Path, ws: Path, calls: list[dict[str, Any]]) -> tuple[RunStatus, list[Any]]:
    return await drive(tmp_path, "look at the snapshot", calls, ws)


def _quiet(status: RunStatus, events: list[Any]) -> tuple[RunStatus, list[Any], list[Any]]:
    asked = [(e.tool, e.reason) for e in events if isinstance(e, ConfirmationRequested)]
    errors = [(e.tool, e.error) for e in events if isinstance(e, Observation) and e.error]
    return status, asked, errors


async def test_a_snapshot_of_a_plain_repository_extracts_without_asking(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    status, events = await _drive(tmp_path, ws, [call("shell", command="tar xzf repo.tgz && git -C repo log -1")])
    assert _quiet(status, events) == (RunStatus.FINISHED, [], [])
    assert (ws / "repo" / "lib.py").read_text() == "x = 1\n"


async def test_a_snapshot_whose_config_runs_a_command_asks_first(tmp_path: Path) -> None:
    ws = _workspace(tmp_path, "[core]\n\tfsmonitor = ./watch.sh\n")
    status, events = await _drive(tmp_path, ws, [call("shell", command="tar xzf repo.tgz")])
    asked = [e for e in events if isinstance(e, ConfirmationRequested)]
    assert status == RunStatus.WAITING_FOR_USER
    assert len(asked) == 1 and "repo/.git/config" in asked[0].reason, [e.reason for e in asked]
    assert not (ws / "repo").exists()


async def test_a_node_script_that_only_reads_runs_without_asking(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    (ws / "total.js").write_text("const fs = require('fs');\n"
                                 "console.log('total:', JSON.parse(fs.readFileSync('data.json', 'utf8')).total);\n")
    status, events = await _drive(tmp_path, ws, [call("shell", command="node total.js")])
    assert _quiet(status, events) == (RunStatus.FINISHED, [], [])
    outputs = [e.text for e in events if isinstance(e, Observation) and e.tool == "shell"]
    assert any("total: 42" in o for o in outputs), outputs


async def test_perl_reading_a_name_that_opens_for_writing_asks_first(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    status, events = await _drive(tmp_path, ws, [call("shell", command="perl -ne 'print' '>notes.md'")])
    asked = [e for e in events if isinstance(e, ConfirmationRequested)]
    assert status == RunStatus.WAITING_FOR_USER
    assert len(asked) == 1 and ">notes.md" in asked[0].reason, [e.reason for e in asked]
    assert (ws / "notes.md").read_text() == "the user's notes\n"
