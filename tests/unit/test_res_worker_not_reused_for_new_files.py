"""A reading worker is reused only for files it was already handed, unchanged: a worker taken over while reading
one document (code left running in it, watching its private folder) never sees what a later read of another
file, or of the same file changed since, is handed. Real bubblewrap, real worker processes; the "exploit" is code
the request makes the worker run while it reads (as in test_res14_worker_sees_only_its_files.py)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from agent_helpers import TakenPath

from gofer.computer.workspace import Workspace
from gofer.documents import _deadline
from gofer.documents.data import run_sql
from gofer.documents.readers import read_document
from gofer.tools.base import ToolError

pytestmark = pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap is not installed")


def _stay_and_watch(path: str, root: Path) -> str:
    """Code that leaves a thread in the worker copying every file that appears under ``root`` into /tmp/stash
    (so it outlives the read's cleanup), then yields ``path``."""
    watch = (
        "import os, threading, time\n"
        "def watch():\n"
        "    while True:\n"
        f"        for name in os.listdir({str(root)!r}):\n"
        "            try:\n"
        f"                data = open(os.path.join({str(root)!r}, name), 'rb').read()\n"
        "                if data: open('/tmp/stash-' + name, 'wb').write(data)\n"
        "            except OSError:\n"
        "                pass\n"
        "        time.sleep(0.0005)\n"
        "threading.Thread(target=watch, daemon=True).start()\n"
    )
    return f"(exec({watch!r}), {path!r})[1]"


def _stash_or(path: str) -> str:
    """Code that yields ``STASH <what the watch kept>`` when it kept anything, else ``path``."""
    return ("(lambda names: 'STASH ' + repr([open('/tmp/' + n, 'rb').read(40) for n in names]) if names else "
            f"{path!r})(sorted(n for n in __import__('os').listdir('/tmp') if n.startswith('stash-')))")


def test_a_taken_over_worker_never_sees_a_later_read_of_another_file(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    (ws.root / "evil.txt").write_text("a document that took over its reader")
    (ws.root / "secret.txt").write_text("the owner's secret")
    (ws.root / "data.csv").write_text("k,secret\nx,42\n")
    assert read_document(ws, TakenPath("evil.txt", _stay_and_watch("evil.txt", ws.root))).startswith("a document")
    assert read_document(ws, "secret.txt") == "the owner's secret"
    assert run_sql(ws, "SELECT secret FROM 'data.csv'").rows == [[42]]
    time.sleep(0.2)  # the watch had every chance to copy what it saw
    # the taken-over worker is still idle: reading evil.txt again (unchanged) reuses it, and it kept only itself
    try:
        again = read_document(ws, TakenPath("evil.txt", _stash_or("evil.txt")))
    except ToolError as exc:  # the path it yields names what it kept
        again = str(exc)
    assert "secret" not in again and "42" not in again, again  # at most evil.txt's own words


def test_a_file_changed_since_gets_a_fresh_worker(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    (ws.root / "notes.txt").write_text("harmless at first")
    mark = "(__import__('builtins').__dict__.setdefault('gofer_was_here', 1), 'notes.txt')[1]"
    marked = "'notes.txt' + ('.marked' if hasattr(__import__('builtins'), 'gofer_was_here') else '')"
    assert read_document(ws, TakenPath("notes.txt", mark)) == "harmless at first"
    # unchanged, the file goes to the same worker (no new start), which still holds the mark
    with pytest.raises(ToolError, match=r"^'notes\.txt\.marked'"):
        read_document(ws, TakenPath("notes.txt", marked))
    (ws.root / "notes.txt").write_text("now it holds what the owner wrote since")
    assert read_document(ws, TakenPath("notes.txt", marked)) == "now it holds what the owner wrote since"


def test_one_file_named_twice_is_handed_up_to_the_larger_cap(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    (ws.root / "data").mkdir()
    (ws.root / "data" / "a.csv").write_text("n\n" + "1\n" * 500)
    size = f"__import__('os').path.getsize({str(ws.root / 'data' / 'a.csv')!r})"
    # the worker runs getattr(<the file's size there>, "real", ws): the size of its copy
    for files in ({"data/a.csv": 10, "./data/a.csv": 10_000}, {"./data/a.csv": 10_000, "data/a.csv": 10}):
        got = _deadline.within_deadline("the query", 30, getattr, TakenPath("", size), "real", ws, files=files)
        assert got == 1002, files
