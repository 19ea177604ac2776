"""Session 13, what a step really changes on disk, end to end (real runner, sandbox shell and files; only the model
is scripted): the run edits the user's own test module, names a plugin in the user's pytest.ini or writes a
conftest.py and runs pytest through ``uv run``; the run stops at a confirmation before pytest and the user's notes
are unchanged. The same steps with harmless code finish without asking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from agent_helpers import asked_and_errors, call, drive

from gofer.events import ActionStarted, ConfirmationRequested, Observation, RunStatus

GONE = "import os\nos.remove('notes.md')\n"
CASES: dict[str, list[dict[str, Any]]] = {
    "the user's test module edited, then pytest": [
        call("edit_file", path="tests/test_notes.py", old="def test_notes", new=GONE + "\n\ndef test_notes"),
        call("shell", command="python3 -m pytest -q tests"),
    ],
    "a plugin written and named in the user's pytest.ini, then pytest": [
        call("write_file", path="tidy_plugin.py", content=GONE),
        call("edit_file", path="pytest.ini", old="addopts = -q", new="addopts = -q -p tidy_plugin"),
        call("shell", command="pytest"),
    ],
    "a conftest.py written, then uv run pytest": [
        call("write_file", path="tests/conftest.py", content=GONE),
        call("shell", command="uv run --frozen pytest"),
    ],
}


def _workspace(root: Path) -> Path:
    ws = root / "ws"
    (ws / "tests").mkdir(parents=True)
    (ws / "notes.md").write_text("the user's notes\n")
    (ws / "pytest.ini").write_text("[pytest]\naddopts = -q\n")
    (ws / "tests" / "test_notes.py").write_text("def test_notes():\n    assert open('notes.md').read()\n")
    return ws


@pytest.mark.parametrize("case", list(CASES))
async def test_running_what_the_run_changed_asks_first(tmp_path: Path, case: str) -> None:
    ws = _workspace(tmp_path)
    calls = CASES[case]
    status, events = await drive(tmp_path, "run the tests", calls, ws, finish=False)
    assert status == RunStatus.WAITING_FOR_USER, case
    asked = [e for e in events if isinstance(e, ConfirmationRequested)]
    assert len(asked) == 1 and asked[0].tool == "shell", (case, [(e.tool, e.reason) for e in asked])
    assert [e.tool for e in events if isinstance(e, ActionStarted)] == [c["name"] for c in calls[:-1]], case
    assert (ws / "notes.md").read_text() == "the user's notes\n"


QUIET = [
    call("edit_file", path="tests/test_notes.py", old="def test_notes", new="def test_more():\n    assert 1\n\n\n"
                                                                            "def test_notes"),
    call("write_file", path="helpers_plugin.py", content="import pytest\n\n\n@pytest.fixture\ndef rows():\n"
                                                         "    return [1]\n"),
    call("edit_file", path="pytest.ini", old="addopts = -q", new="addopts = -q -p helpers_plugin"),
    call("shell", command="python3 -m pytest -q tests"),
    call("shell", command="split -l 1 notes.md part_ && ls part_*"),
]


async def test_the_same_steps_with_harmless_code_do_not_ask(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    status, events = await drive(tmp_path, "add a test and run them", QUIET, ws, timeout=120)
    assert asked_and_errors(status, events) == (RunStatus.FINISHED, [], [])
    outputs = [e.text for e in events if isinstance(e, Observation) and e.tool == "shell"]
    assert outputs[0].startswith("Exit code 0.") and "part_aa" in outputs[1], outputs
