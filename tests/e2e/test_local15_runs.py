"""Session 15, end to end (real runner, sandbox shell and files; only the model is scripted): an awk program that
splits a CSV into a new folder runs without asking and makes its files, one whose ``print >`` names the user's
file asks first and leaves it unchanged; a fresh clone copied into a new folder runs without asking."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path
from typing import Any

from agent_helpers import call, gofer_env, script

from gofer.events import ConfirmationRequested, Observation, RunStatus


def _workspace(root: Path) -> Path:
    ws = root / "ws"
    ws.mkdir()
    (ws / "sales.csv").write_text("north,3\nsouth,5\nnorth,4\n")
    (ws / "notes.md").write_text("the user's notes\n")
    return ws


async def _drive(tmp_path: Path, ws: Path, calls: list[dict[str, Any]]) -> tuple[RunStatus, list[Any]]:
    turns = [{"tool_calls": [c]} for c in calls] + [{"tool_calls": [call("finish", answer="done")]}]
    async with gofer_env() as env:
        run = await env.service.create_run("split the sales", script(tmp_path, turns), workspace=ws, start=False)
        status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 90)
        return status, await env.store.read(run.id)


def _quiet(status: RunStatus, events: list[Any]) -> tuple[RunStatus, list[Any], list[Any]]:
    asked = [(e.tool, e.reason) for e in events if isinstance(e, ConfirmationRequested)]
    errors = [(e.tool, e.error) for e in events if isinstance(e, Observation) and e.error]
    return status, asked, errors


async def test_an_awk_split_into_a_new_folder_runs_without_asking(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    command = "mkdir -p by_region && awk -F, '{print > (\"by_region/\" $1 \".csv\")}' sales.csv"
    status, events = await _drive(tmp_path, ws, [call("shell", command=command)])
    assert _quiet(status, events) == (RunStatus.FINISHED, [], [])
    assert (ws / "by_region" / "north.csv").read_text() == "north,3\nnorth,4\n"


async def test_an_awk_print_over_a_users_file_asks_first(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    command = "awk -F, '{print $1 > \"notes.md\"}' sales.csv"
    status, events = await _drive(tmp_path, ws, [call("shell", command=command)])
    asked = [e for e in events if isinstance(e, ConfirmationRequested)]
    assert status == RunStatus.WAITING_FOR_USER
    assert len(asked) == 1 and "notes.md" in asked[0].reason, [e.reason for e in asked]
    assert (ws / "notes.md").read_text() == "the user's notes\n"


async def test_a_copy_of_a_fresh_clone_runs_without_asking(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    origin = ws / "origin"
    subprocess.run(["git", "init", "-q", str(origin)], check=True)
    (origin / "lib.py").write_text("x = 1\n")
    subprocess.run(["git", "-C", str(origin), "add", "."], check=True)
    subprocess.run(["git", "-C", str(origin), "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm",
                    "one"], check=True)
    status, events = await _drive(tmp_path, ws, [call("shell", command="git clone -q origin lib"),
                                                  call("shell", command="cp -r lib lib-copy && ls lib-copy")])
    assert _quiet(status, events) == (RunStatus.FINISHED, [], [])
    assert (ws / "lib-copy" / "lib.py").read_text() == "x = 1\n"
