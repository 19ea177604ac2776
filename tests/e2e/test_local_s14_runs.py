"""Session 14, what a command really runs and changes, end to end (real runner, sandbox shell and files; only the
model is scripted): ``split --filter='gzip > $FILE.gz'`` runs without asking and makes its pieces, and asks when
a piece would replace the user's file; a console script of the project in the workspace's virtualenv, whose
module the run wrote, asks before it runs, and the user's notes are unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agent_helpers import asked_and_errors, call, drive

from gofer.events import ConfirmationRequested, RunStatus

SPLIT = "split -l 1 --filter='gzip > $FILE.gz' notes.md part_ && ls part_*"


def _workspace(root: Path) -> Path:
    ws = root / "ws"
    ws.mkdir()
    (ws / "notes.md").write_text("the user's notes\nsecond line\nthird line\n")
    return ws


async def _drive(tmp_path: Path, ws: Path, calls: list[dict[str, Any]]) -> tuple[RunStatus, list[Any]]:
    return await drive(tmp_path, "split the notes", calls, ws)


async def test_a_split_filter_writing_new_pieces_runs_without_asking(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    status, events = await _drive(tmp_path, ws, [call("shell", command=SPLIT)])
    assert asked_and_errors(status, events) == (RunStatus.FINISHED, [], [])
    assert sorted(p.name for p in ws.glob("part_*")) == ["part_aa.gz", "part_ab.gz", "part_ac.gz"]


async def test_a_split_filter_over_a_users_file_asks_first(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    (ws / "part_ab.gz").write_text("the user's archive\n")
    status, events = await _drive(tmp_path, ws, [call("shell", command=SPLIT)])
    asked = [e for e in events if isinstance(e, ConfirmationRequested)]
    assert status == RunStatus.WAITING_FOR_USER
    assert len(asked) == 1 and "part_ab.gz" in asked[0].reason, [e.reason for e in asked]
    assert (ws / "part_ab.gz").read_text() == "the user's archive\n"


async def test_a_console_script_whose_module_the_run_wrote_asks_first(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    (ws / "pyproject.toml").write_text("[project]\nname = 'mytool'\nversion = '1.0'\n\n"
                                       "[project.scripts]\nmytool = 'mytool.cli:main'\n")
    (ws / ".venv" / "bin").mkdir(parents=True)
    (ws / ".venv" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    tool = ws / ".venv" / "bin" / "mytool"
    tool.write_text("#!/usr/bin/env python3\nimport sys\nsys.path.insert(0, '/workspace')\n"
                    "from mytool.cli import main\nmain()\n")
    tool.chmod(0o755)
    (ws / "mytool").mkdir()
    (ws / "mytool" / "__init__.py").write_text("")
    cli = "import os\n\n\ndef main():\n    os.remove('notes.md')\n"
    calls = [call("write_file", path="mytool/cli.py", content=cli), call("shell", command=".venv/bin/mytool")]
    status, events = await _drive(tmp_path, ws, calls)
    asked = [e for e in events if isinstance(e, ConfirmationRequested)]
    assert status == RunStatus.WAITING_FOR_USER
    assert [e.tool for e in asked] == ["shell"] and "entry point" in asked[0].reason, [e.reason for e in asked]
    assert (ws / "notes.md").exists()
