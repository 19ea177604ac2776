"""Reading workers do not pile up when one process serves many workspaces (runs): one spare across them, at most
``_IDLE_WORKERS`` idle, and none left once reads stop for ``_IDLE_SECONDS``. Real confined workers, counted as
processes."""

from __future__ import annotations

import time
from pathlib import Path

import psutil
import pytest

from gofer.computer.workspace import Workspace
from gofer.documents import _deadline
from gofer.documents.readers import read_document

_SERVE = "from gofer.documents._deadline import serve"


def _live_workers() -> int:
    """Reading worker processes of this process (the Python that serves, whatever wraps it)."""
    count = 0
    for child in psutil.Process().children(recursive=True):
        try:
            if any(_SERVE in part for part in child.cmdline()) and child.name().startswith("python"):
                count += 1
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return count


def _settle(want: int, within: float) -> int:
    """Wait up to ``within`` seconds for the count to reach at most ``want``; the count."""
    deadline = time.monotonic() + within
    while (n := _live_workers()) > want and time.monotonic() < deadline:
        time.sleep(0.1)
    return n


@pytest.fixture(autouse=True)
def _no_workers_left() -> None:
    _deadline._stop_idle()
    yield
    _deadline._stop_idle()


def _workspaces(tmp_path: Path, n: int) -> list[Workspace]:
    out = []
    for i in range(n):
        ws = Workspace(tmp_path / f"ws{i}")
        ws.write_bytes("note.txt", f"workspace {i}\n".encode())
        out.append(ws)
    return out


def test_many_workspaces_keep_one_spare_and_a_few_idle_workers(tmp_path: Path) -> None:
    for i, ws in enumerate(_workspaces(tmp_path, 7)):
        assert f"workspace {i}" in read_document(ws, "note.txt")
    n = _settle(_deadline._IDLE_WORKERS + 1, 10)
    assert n <= _deadline._IDLE_WORKERS + 1, n


def test_workers_left_idle_are_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_deadline, "_IDLE_SECONDS", 1.5)
    for i, ws in enumerate(_workspaces(tmp_path, 3)):
        assert f"workspace {i}" in read_document(ws, "note.txt")
    assert _live_workers() >= 1
    n = _settle(0, 15)
    assert n == 0, n
    # a read after that starts a worker again
    ws = _workspaces(tmp_path / "later", 1)[0]
    assert "workspace 0" in read_document(ws, "note.txt")
