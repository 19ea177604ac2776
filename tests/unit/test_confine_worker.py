"""The document reading worker is confined: a reader taken over by a parser exploit (played here by code the test
has the real worker run) can neither run code in gofer through its answer, nor read the host's files outside the
workspace it reads, nor reach the network. Real bubblewrap, real worker processes."""

from __future__ import annotations

import datetime as dt
import decimal
import pickle
import shutil
import socket
import uuid
from pathlib import Path
from typing import Any

import pytest

from gofer.computer.sandbox.base import SandboxUnavailable
from gofer.computer.workspace import Workspace
from gofer.documents import _confine, _deadline
from gofer.documents._answers import AnswerRefused, load_answer
from gofer.documents.data import QueryResult, run_sql
from gofer.documents.readers import read_document
from gofer.documents.verify import Verification
from gofer.tools.base import ToolError

_SAMPLES = Path(__file__).parents[1] / "fixtures" / "documents"
needs_bwrap = pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap is not installed")


class _Payload:
    """What an exploit would put in an answer: unpickling it runs ``exec`` with the attacker's code."""

    def __init__(self, code: str) -> None:
        self.code = code

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return exec, (self.code,)


def _probe(worker: _deadline._Worker, code: str, timeout: float = 30) -> tuple[str, Any]:
    """Have ``worker`` evaluate ``code`` (standing in for a taken-over parser) and return its answer."""
    worker.call(eval, (code,), {}, [])
    assert worker.answered_within(timeout, _deadline.READ_MEMORY_MB)
    return worker.answer()


def test_an_answer_that_would_run_code_is_refused() -> None:
    evil = pickle.dumps(("ok", _Payload("raise SystemExit('ran')")))
    with pytest.raises(AnswerRefused, match=r"builtins\.exec"):
        load_answer(evil)
    with pytest.raises(AnswerRefused, match=r"not an \(\"ok\""):
        load_answer(pickle.dumps(["ok", "text"]))


def test_what_the_readers_answer_comes_through_unchanged() -> None:
    rows: list[list[Any]] = [[1, 2.5, "a", None, True, b"x", dt.date(2024, 1, 2),
                              dt.datetime(2024, 1, 2, 3, 4, tzinfo=dt.timezone(dt.timedelta(hours=2))),
                              dt.time(10), dt.timedelta(days=3), uuid.uuid4(), decimal.Decimal("1.50"),
                              [1, {"k": 2}], 10**30]]
    for value in ("text", b"docx bytes", (b"pptx", 3), QueryResult(["a"], rows, False, 1),
                  Verification(["S!B3: =B1/B2 evaluates to #DIV/0!"], ["a note"])):
        status, back = load_answer(pickle.dumps(("ok", value), protocol=pickle.HIGHEST_PROTOCOL))
        assert status == "ok"
        assert (back.__dict__ if hasattr(back, "__dict__") else back) == (
            value.__dict__ if hasattr(value, "__dict__") else value)


@needs_bwrap
def test_a_taken_over_worker_cannot_run_code_in_gofer_through_its_answer(tmp_path: Path) -> None:
    marker = tmp_path / "ran-in-gofer"
    in_gofer = f"open({str(marker)!r}, 'w').close()"
    # Inside the worker: write a crafted answer to the socket gofer reads, ahead of the real one.
    takeover = (
        "import pickle, sys\nfrom multiprocessing.connection import Connection\n"
        f"class P:\n    def __reduce__(self):\n        return exec, ({in_gofer!r},)\n"
        "Connection(int(sys.argv[-1])).send_bytes(pickle.dumps(('ok', P())))\n"
    )
    with pytest.raises(ToolError, match=r"reading 'evil\.pdf' failed: the reader's answer was refused \(it names "
                                        r"builtins\.exec"):
        _deadline.within_deadline("reading 'evil.pdf'", 30, exec, takeover)
    assert not marker.exists()
    assert _deadline.within_deadline("reading 'next.txt'", 30, str.upper, "fine") == "FINE"


@needs_bwrap
def test_a_confined_worker_sees_no_host_file_and_no_network(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOFER_OPENAI_API_KEY", "sk-test-not-for-the-worker")
    ws_dir, other_dir = tmp_path / "ws", tmp_path / "other"
    ws = Workspace(ws_dir)
    other_dir.mkdir()
    shutil.copy(_SAMPLES / "sample.pdf", ws_dir / "sample.pdf")
    (other_dir / "notes.md").write_text("another session's notes")
    settings = tmp_path / ".env"
    settings.write_text("GOFER_OPENAI_API_KEY=sk-secret\n")
    assert "Invoice 2024-017" in read_document(ws, "sample.pdf")  # the confined worker reads its workspace

    server = socket.create_server(("127.0.0.1", 0))
    server.setblocking(False)
    port = server.getsockname()[1]
    worker = _deadline._Worker(ws.root)
    try:
        assert worker.reader_pid != worker.process.pid  # the memory watch reads Python, not bwrap
        assert "serve" in Path(f"/proc/{worker.reader_pid}/cmdline").read_text()
        # between reads its own workspace is an empty private folder (a read is handed its files, see
        # test_res14_worker_sees_only_its_files.py)
        for path in (ws_dir / "sample.pdf", settings, other_dir / "notes.md", Path("/etc/shadow"),
                     Path.home() / ".ssh", Path.home() / ".gofer"):
            status, message = _probe(worker, f"open({str(path)!r}).read()")
            assert status == "error" and "No such file or directory" in message, (path, message)
        assert _probe(worker, f"open({str(ws_dir / 'new.txt')!r}, 'w').write('x')") == ("ok", 1)
        assert not (ws_dir / "new.txt").exists()  # written in its private folder, not the workspace
        assert _probe(worker, "__import__('os').getuid()") == ("ok", 1000)
        assert _probe(worker, "'GOFER_OPENAI_API_KEY' in __import__('os').environ") == ("ok", False)
        status, message = _probe(worker, f"__import__('socket').create_connection(('127.0.0.1', {port}), 3)")
        assert status == "error" and ("unreachable" in message or "refused" in message), message
        with pytest.raises(BlockingIOError):
            server.accept()  # nothing reached the host
        status, message = _probe(worker, "__import__('os').kill(1, 0) or __import__('os').listdir('/proc')")
        assert status == "ok" and [p for p in message if p.isdigit()] == ["1"]  # no host process in sight
    finally:
        worker.kill()
        server.close()


@needs_bwrap
def test_idle_workers_are_kept_per_workspace(tmp_path: Path) -> None:
    a, b = Workspace(tmp_path / "a"), Workspace(tmp_path / "b")
    (tmp_path / "a" / "x.csv").write_text("n\n1\n")
    (tmp_path / "b" / "y.csv").write_text("n\n2\n")
    assert run_sql(a, "SELECT n FROM 'x.csv'").rows == [[1]]
    assert run_sql(b, "SELECT n FROM 'y.csv'").rows == [[2]]
    assert run_sql(a, "SELECT n FROM 'x.csv'").rows == [[1]]
    kept = {w.workspace for w in _deadline._idle}
    assert {a.root, b.root} <= kept
    assert len(_deadline._idle) <= _deadline._IDLE_WORKERS


def test_without_bubblewrap_the_worker_runs_unconfined_after_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    def unavailable() -> str:
        raise SandboxUnavailable("bubblewrap cannot create namespaces here: test")

    monkeypatch.setattr(_confine, "check_bwrap", unavailable)
    monkeypatch.setattr(_confine, "_warned", False)
    monkeypatch.setattr(_deadline, "_idle", [])
    ws = Workspace(tmp_path)
    (tmp_path / "a.md").write_text("# A")
    first, second = _deadline._Worker(ws.root), _deadline._Worker(ws.root)
    try:
        assert not first.process.args[0].endswith("bwrap")
        assert _probe(first, "1 + 1") == ("ok", 2)
    finally:
        first.kill()
        second.kill()
    warnings = [line for line in capfd.readouterr().err.splitlines() if "runs unconfined" in line]
    assert len(warnings) == 1 and "cannot create namespaces here: test" in warnings[0]
