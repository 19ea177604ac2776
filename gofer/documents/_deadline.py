"""Parsing untrusted files with a deadline: the parse runs in a worker process, killed when its time is up.

A crafted file can make a parser spin for minutes (a 3 kB PDF whose one content stream holds 200,000 text
operators kept pypdf busy for 17 s a page) while the size caps and zip-bomb checks see nothing wrong, and a thread
cannot be stopped. So the readers run in worker processes: a worker that answers in time is kept for the next
read (at most ``_IDLE_WORKERS`` wait), one that does not is killed and the caller gets a ToolError naming the
file. A worker crash (a segfault in a parser) is a ToolError too, and costs only that worker; so is a worker whose
memory passes ``READ_MEMORY_MB`` (a file that decompresses or expands into gigabytes), watched from outside since
an address-space limit would break the readers that reserve large virtual regions (DuckDB, Arrow).

What runs in a worker may itself ask for a deadline (an edit whose table comes from a query): inside a worker that
call runs in place, since the worker's own deadline already bounds it.

The worker is confined (``_confine``: bubblewrap, no network, the one workspace it reads visible read-only, so
idle workers are kept per workspace), and gofer reads its answers as plain data only (``_answers``): a worker
taken over by a parser exploit can neither reach the host's files and network nor run code in gofer through its
answer.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import socket
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from gofer.computer.workspace import Workspace
from gofer.documents._answers import MAX_ANSWER_BYTES, AnswerRefused, load_answer
from gofer.tools.base import ToolError

__all__ = ["READ_TIMEOUT", "serve", "within_deadline"]

READ_TIMEOUT = 60.0
"""Seconds a read may take unless told otherwise (``Settings.document_read_timeout``)."""

READ_MEMORY_MB = 2048
"""Resident memory a read may use before its worker is stopped."""
_WATCH_EVERY = 0.1
"""Seconds between two looks at a reading worker's memory."""

_IDLE_WORKERS = 2
_T = TypeVar("_T")
_in_worker = False


_SERVE = "import sys; from gofer.documents._deadline import serve; serve(int(sys.argv[1]))"


class _Worker:
    """One worker process and the socket to it.

    A fresh interpreter (not multiprocessing's spawn, which runs the parent's main script again, and not a fork
    of a process with threads), confined by ``_confine`` to the one workspace it reads; its own session, so a
    Ctrl-C meant for gofer reaches gofer, which stops it.
    """

    def __init__(self, workspace: Path | None) -> None:
        from gofer.documents._confine import start_worker

        self.workspace = workspace
        ours, theirs = socket.socketpair()
        with theirs:
            try:
                started = start_worker(_SERVE, theirs.fileno(), workspace)
            except BaseException:
                ours.close()
                raise
        self.process = started.process
        self.reader_pid = started.reader_pid
        self.conn = Connection(ours.detach())

    @property
    def alive(self) -> bool:
        """True while the process runs."""
        return self.process.poll() is None

    def rss_mb(self) -> float:
        """The reading Python's resident memory, MB (0 when it cannot be read)."""
        try:
            for line in Path(f"/proc/{self.reader_pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        except (OSError, ValueError, IndexError):
            pass
        return 0.0

    def answered_within(self, timeout: float, memory_mb: float) -> bool | None:
        """Wait for the answer: True when it came in time, False at the deadline, None when the worker's memory
        passed ``memory_mb`` first."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            if self.conn.poll(min(left, _WATCH_EVERY)):
                return True
            if self.rss_mb() > memory_mb:
                return None
        return self.conn.poll(0)

    def answer(self) -> tuple[str, Any]:
        """The answer waiting on the socket, read as plain data only (``_answers``)."""
        return load_answer(self.conn.recv_bytes(MAX_ANSWER_BYTES))

    def kill(self) -> None:
        """Stop the worker at once."""
        if self.reader_pid != self.process.pid:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(self.reader_pid, signal.SIGKILL)
        self.process.kill()
        self.process.wait(5)
        self.conn.close()


_idle: list[_Worker] = []
"""Workers waiting for a read, oldest first; each may read only the workspace it was started for."""
_idle_lock = threading.Lock()


def _workspace_of(args: tuple[Any, ...]) -> Path | None:
    """The root of the one workspace among a call's arguments (what its worker may see), or None."""
    roots = {a.root for a in args if isinstance(a, Workspace)}
    if len(roots) > 1:
        raise ToolError("a read may use only one workspace")
    return roots.pop() if roots else None


def _take(workspace: Path | None) -> _Worker:
    with _idle_lock:
        for i in range(len(_idle) - 1, -1, -1):
            if _idle[i].workspace == workspace:
                worker = _idle.pop(i)
                if worker.alive:
                    return worker
                worker.kill()
                break
    return _Worker(workspace)


def _keep(worker: _Worker) -> None:
    with _idle_lock:
        _idle.append(worker)
        surplus = _idle[: max(0, len(_idle) - _IDLE_WORKERS)]
        del _idle[: len(surplus)]
    for old in surplus:
        old.kill()


def within_deadline(subject: str, timeout: float, fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
    """``fn(*args, **kwargs)`` in a worker process, stopped after ``timeout`` seconds; ``subject`` names what is
    read in the error ("reading 'report.pdf'"). ``fn`` and its arguments must pickle (a module-level function);
    the worker sees only the workspace among the arguments, read-only. A ToolError the function raises is raised
    here; any other error becomes one, and so does an answer that is not plain data."""
    if _in_worker:
        return fn(*args, **kwargs)
    worker = _take(_workspace_of(args))
    try:
        worker.conn.send((fn, args, kwargs))
        answered = worker.answered_within(timeout, READ_MEMORY_MB)
        if answered is None:
            worker.kill()
            raise ToolError(f"{subject} took more than {READ_MEMORY_MB} MB of memory and was stopped; the file may be "
                            "made to expand into far more than its size")
        if not answered:
            worker.kill()
            raise ToolError(f"{subject} took longer than {timeout:g} s and was stopped; the file may be made to keep "
                            "its parser busy (the limit is GOFER_DOCUMENT_READ_TIMEOUT)")
        status, value = worker.answer()
    except AnswerRefused as exc:
        worker.kill()
        raise ToolError(f"{subject} failed: the reader's answer was refused ({exc}); a file may have taken over "
                        "the reader, which was stopped") from None
    except (EOFError, OSError):
        worker.kill()
        raise ToolError(f"{subject} failed: the reader stopped unexpectedly (perhaps out of memory)") from None
    _keep(worker)
    if status == "ok":
        result: _T = value
        return result
    raise ToolError(value)


@atexit.register
def _stop_idle() -> None:
    with _idle_lock:
        workers, _idle[:] = list(_idle), []
    for worker in workers:
        with contextlib.suppress(Exception):
            worker.kill()


def serve(fd: int) -> None:
    """The worker's loop: run each call sent on the socket ``fd``, answer ("ok", result) or ("error", message),
    until the socket closes."""
    global _in_worker
    _in_worker = True
    conn = Connection(fd)
    while True:
        try:
            fn, args, kwargs = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple[str, Any] = ("ok", fn(*args, **kwargs))
        except ToolError as exc:
            answer = ("error", str(exc))
        except Exception as exc:
            answer = ("error", f"{type(exc).__name__}: {str(exc)[:300]}")
        try:
            conn.send(answer)
        except (EOFError, OSError):
            return
        except Exception as exc:  # a result that does not pickle
            with contextlib.suppress(EOFError, OSError):
                conn.send(("error", f"the result could not be returned: {type(exc).__name__}"))
