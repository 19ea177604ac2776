"""Session 12, local damage end to end (real runner, sandbox shell, kernel and files; only the model is scripted):
the run writes something harmless-looking, then a step that runs it or writes through it would replace the user's
notes; the run stops at a confirmation before that step and the notes are unchanged. And the same kinds of step
on the run's own project finish without asking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from agent_helpers import asked_and_errors, call, drive

from gofer.events import ActionStarted, ConfirmationRequested, RunStatus

GONE = "open('notes.md', 'w').write('gone')\n"
TAR = ("import io, tarfile\nwith tarfile.open('tools.tgz', 'w:gz') as t:\n"
       "    for name in ['tools/run.sh', '.git/hooks/post-checkout']:\n"
       "        info = tarfile.TarInfo(name)\n        data = b'echo gone > notes.md\\n'\n"
       "        info.size = len(data)\n        t.addfile(info, io.BytesIO(data))\n")
CASES: dict[str, list[dict[str, Any]]] = {
    "new content gzipped, then gunzip -f over the user's file": [
        call("shell", command="echo gone | gzip > notes.md.gz"),
        call("shell", command="gunzip -f notes.md.gz"),
    ],
    "a patch written, then applied": [
        call("write_file", path="fix.diff", content="--- a/notes.md\n+++ b/notes.md\n@@ -1 +1 @@\n"
                                                    "-the user's notes\n+gone\n"),
        call("shell", command="patch -p1 < fix.diff"),
    ],
    "a conftest.py written, then pytest": [
        call("write_file", path="conftest.py", content=GONE),
        call("shell", command="python3 -m pytest -q"),
    ],
    "a makefile written that includes another the run wrote, then make": [
        call("write_file", path="rules.mk", content="tidy:\n\techo gone > notes.md\n"),
        call("write_file", path="Makefile", content="include rules.mk\nall: tidy\n"),
        call("shell", command="make"),
    ],
    "a package with a relative import written, then python -m": [
        call("write_file", path="pkg/__init__.py", content=""),
        call("write_file", path="pkg/helper.py", content=GONE),
        call("write_file", path="pkg/main.py", content="from . import helper\n"),
        call("shell", command="python3 -m pkg.main"),
    ],
    "an archive with a git hook made, then extracted into a new folder": [
        call("python", code=TAR),
        call("shell", command="mkdir -p unpacked && tar xzf tools.tgz -C unpacked"),
    ],
    "a cell that changes folder and writes there": [
        call("python", code="import contextlib\nwith contextlib.chdir('docs'):\n"
                            "    open('draft.md', 'w').write('gone')"),
    ],
}


def _workspace(root: Path) -> Path:
    ws = root / "ws"
    (ws / "docs").mkdir(parents=True)
    (ws / "notes.md").write_text("the user's notes\n")
    (ws / "docs" / "draft.md").write_text("the user's notes\n")
    return ws


@pytest.mark.parametrize("case", list(CASES))
async def test_damaging_steps_ask_before_they_run(tmp_path: Path, case: str) -> None:
    ws = _workspace(tmp_path)
    calls = CASES[case]
    status, events = await drive(tmp_path, "tidy up", calls, ws, finish=False)
    assert status == RunStatus.WAITING_FOR_USER, case
    asked = [e for e in events if isinstance(e, ConfirmationRequested)]
    assert len(asked) == 1 and asked[0].tool == calls[-1]["name"], (case, [(e.tool, e.reason) for e in asked])
    assert [e.tool for e in events if isinstance(e, ActionStarted)] == [c["name"] for c in calls[:-1]], case
    assert (ws / "notes.md").read_text() == (ws / "docs" / "draft.md").read_text() == "the user's notes\n"
    assert not (ws / "unpacked").exists() or not (ws / "unpacked" / ".git").exists()


QUIET = [
    call("write_file", path="proj/app.py", content="def greet():\n    return 'hi'\n"),
    call("write_file", path="proj/conftest.py", content="import sys\nsys.path.insert(0, '.')\n"),
    call("write_file", path="proj/tests/test_app.py", content="from app import greet\n\n\ndef test_greet():\n"
                                                              "    assert greet() == 'hi'\n"),
    call("write_file", path="proj/rules.mk", content="test:\n\tpython3 -m pytest -q tests\n"),
    call("write_file", path="proj/Makefile", content="include rules.mk\nall: test\n"),
    call("shell", command="cd proj && make && python3 -m pytest -q"),
    call("shell", command="make -C proj test"),
    call("write_file", path="proj/pkg/__init__.py", content=""),
    call("write_file", path="proj/pkg/util.py", content="def double(x):\n    return 2 * x\n"),
    call("write_file", path="proj/pkg/__main__.py", content="from .util import double\nprint(double(2))\n"),
    call("shell", command="cd proj && python3 -m pkg"),
    call("shell", command="tar czf proj.tgz proj && mkdir -p restore && tar xzf proj.tgz -C restore"),
    call("shell", command="echo data | gzip > out.csv.gz && gunzip -f out.csv.gz && sort -o out.csv out.csv"),
    call("python", code="import os\nos.makedirs('out', exist_ok=True)\nos.chdir('out')\n"
                        "open('summary.md', 'w').write('done')"),
]


async def test_the_same_steps_on_the_runs_own_project_do_not_ask(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    status, events = await drive(tmp_path, "build and test the project", QUIET, ws, timeout=180)
    assert asked_and_errors(status, events) == (RunStatus.FINISHED, [], [])
    assert (ws / "out" / "summary.md").read_text() == "done"
    assert (ws / "restore" / "proj" / "app.py").exists()
