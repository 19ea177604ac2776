"""Session 15, end to end (real runner, sandbox shell and files; only the model is scripted): an awk program that
splits a CSV into a new folder runs without asking and makes its files, one whose ``print >`` names the user's
file asks first and leaves it unchanged; a fresh clone copied into a new folder runs without asking."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from agent_helpers import asked_and_errors, call, drive

from gofer.events import ConfirmationRequested, RunStatus


def _workspace(root: Path) -> Path:
    ws = root / "ws"
    ws.mkdir()
    (ws / "sales.csv").write_text("north,3\nsouth,5\nnorth,4\n")
    (ws / "notes.md").write_text("the user's notes\n")
    return ws


async def _drive(tmp_path: Path, ws: Path, calls: list[dict[str, Any]]) -> tuple[RunStatus, list[Any]]:
    return await drive(tmp_path, "split the sales", calls, ws)


async def test_an_awk_split_into_a_new_folder_runs_without_asking(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    command = "mkdir -p by_region && awk -F, '{print > (\"by_region/\" $1 \".csv\")}' sales.csv"
    status, events = await _drive(tmp_path, ws, [call("shell", command=command)])
    assert asked_and_errors(status, events) == (RunStatus.FINISHED, [], [])
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
    assert asked_and_errors(status, events) == (RunStatus.FINISHED, [], [])
    assert (ws / "lib-copy" / "lib.py").read_text() == "x = 1\n"
