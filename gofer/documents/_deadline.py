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
"""

from __future__ import annotations

import atexit
import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

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


_ROOT = str(Path(__file__).resolve().parents[2])
_SERVE = "import sys; from gofer.documents._deadline import serve; serve(int(sys.argv[1]))"


class _Worker:
    """One worker process and the socket to it.

    A fresh interpreter (not multiprocessing's spawn, which runs the parent's main script again, and not a fork
    of a process with threads); its own session, so a Ctrl-C meant for gofer reaches gofer, which stops it.
    """

    def __init__(self) -> None:
        ours, theirs = socket.socketpair()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_ROOT, env.get("PYTHONPATH")) if p)
        with theirs:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _SERVE, str(theirs.fileno())], pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL, env=env, start_new_session=True,
            )
        self.conn = Connection(ours.detach())

    @property
    def alive(self) -> bool:
        """True while the process runs."""
        return self.process.poll() is None

    def rss_mb(self) -> float:
        """The worker's resident memory, MB (0 when it cannot be read)."""
        try:
            for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
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

    def kill(self) -> None:
        """Stop the worker at once."""
        self.process.kill()
        self.process.wait(5)
        self.conn.close()


_idle: list[_Worker] = []
_idle_lock = threading.Lock()


def within_deadline(subject: str, timeout: float, fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
    """``fn(*args, **kwargs)`` in a worker process, stopped after ``timeout`` seconds; ``subject`` names what is
    read in the error ("reading 'report.pdf'"). ``fn`` and its arguments must pickle (a module-level function).
    A ToolError the function raises is raised here; any other error becomes one."""
    if _in_worker:
        return fn(*args, **kwargs)
    with _idle_lock:
        worker = _idle.pop() if _idle else None
    if worker is None or not worker.alive:
        worker = _Worker()
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
        status, value = worker.conn.recv()
    except (EOFError, OSError):
        worker.kill()
        raise ToolError(f"{subject} failed: the reader stopped unexpectedly (perhaps out of memory)") from None
    with _idle_lock:
        if len(_idle) < _IDLE_WORKERS:
            _idle.append(worker)
            worker = None
    if worker is not None:
        worker.kill()
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
