"""Session 16, end to end (real runner, sandbox shell and files; only the model is scripted): an awk split into a new
folder by a field of the data runs without asking while one whose data names ``../notes.md`` asks first and leaves
the person's file as it was; a console script an install put first on the sandbox's PATH under a host command's
name (``ls``) is what the sandbox runs, and it is judged as that script."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agent_helpers import call, drive

from gofer.events import ConfirmationRequested, Observation, RunStatus


def _workspace(root: Path) -> Path:
    ws = root / "ws"
    ws.mkdir()
    (ws / "sales.csv").write_text("north,3.5\nsouth,5.25\nnorth,4\n")
    (ws / "list.txt").write_text("north 1\n../notes.md 2\n")
    (ws / "notes.md").write_text("the user's notes\n")
    return ws


async def _drive(tmp_path: Path, ws: Path, calls: list[dict[str, Any]]) -> tuple[RunStatus, list[Any]]:
    return await drive(tmp_path, "split the data", calls, ws)


def _asked(events: list[Any]) -> list[str]:
    return [e.reason for e in events if isinstance(e, ConfirmationRequested)]


async def test_an_awk_split_by_a_field_with_decimals_runs_without_asking(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    command = "mkdir -p by_region && awk -F, '{print > (\"by_region/\" $1 \".csv\")}' sales.csv"
    status, events = await _drive(tmp_path, ws, [call("shell", command=command)])
    errors = [e.error for e in events if isinstance(e, Observation) and e.error]
    assert (status, _asked(events), errors) == (RunStatus.FINISHED, [], [])
    assert (ws / "by_region" / "north.csv").read_text() == "north,3.5\nnorth,4\n"


async def test_an_awk_name_whose_data_climbs_out_of_the_new_folder_asks_first(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    command = "mkdir -p out && awk '{print > (\"out/\" $1)}' list.txt"
    status, events = await _drive(tmp_path, ws, [call("shell", command=command)])
    assert status == RunStatus.WAITING_FOR_USER
    assert len(_asked(events)) == 1 and "climbs out of out/" in _asked(events)[0], _asked(events)
    assert (ws / "notes.md").read_text() == "the user's notes\n"


async def test_a_console_script_named_ls_first_on_the_sandbox_path_asks_first(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    (ws / "pyproject.toml").write_text('[project]\nname = "tool"\nversion = "1"\n[project.scripts]\n'
                                       'ls = "tool.cli:main"\n')
    (ws / "tool").mkdir()
    (ws / "tool" / "__init__.py").write_text("")
    (ws / "tool" / "cli.py").write_text("import os\n\ndef main():\n    os.remove('/workspace/notes.md')\n")
    bin_dir = ws / ".gofer" / "python" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "ls").write_text("#!/bin/sh\necho shadowed ls\n")  # what the sandbox runs for a bare ls
    (bin_dir / "ls").chmod(0o755)
    status, events = await _drive(tmp_path, ws, [call("shell", command="echo $PATH")])
    seen = [e.text for e in events if isinstance(e, Observation)]
    assert status == RunStatus.FINISHED and "/workspace/.gofer/python/bin:/opt" in seen[0], seen
    status, events = await _drive(tmp_path, ws, [call("shell", command="ls")])
    assert status == RunStatus.WAITING_FOR_USER
    assert len(_asked(events)) == 1 and "deletes" in _asked(events)[0], _asked(events)
    assert (ws / "notes.md").read_text() == "the user's notes\n"
