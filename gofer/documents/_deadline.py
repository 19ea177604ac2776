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

The worker is confined (``_confine``: bubblewrap, no network, no file of the host's workspace): gofer copies
into it the files one read names (``files``: the document; for an edit, also the images and data files its spec
names), which it deletes when the read ends, so a parser taken over while reading one file cannot open the
workspace's others. Idle workers are kept per workspace (the copies land at the workspace's path). gofer reads
the answers as plain data only (``_answers``) and checks them where that is cheap (``check``): a worker taken over
by a parser exploit can neither reach the host's files and network nor run code in gofer through its answer.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import socket
import struct
import threading
import time
from collections.abc import Callable, Mapping
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from gofer.computer.workspace import Workspace, WorkspaceError
from gofer.documents._answers import MAX_ANSWER_BYTES, AnswerRefused, Check, load_answer
from gofer.tools.base import ToolError

__all__ = ["READ_TIMEOUT", "serve", "within_deadline"]

READ_TIMEOUT = 60.0
"""Seconds a read may take unless told otherwise (``Settings.document_read_timeout``)."""

READ_MEMORY_MB = 2048
"""Resident memory a read may use before its worker is stopped."""
_WATCH_EVERY = 0.1
"""Seconds between two looks at a reading worker's memory."""

_IDLE_WORKERS = 2
_SEND_TIMEOUT = 30
"""Seconds a worker may leave a request (a handed file) unread before it counts as stopped."""
_CHUNK = 1024 * 1024
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
        # a worker that stops reading its socket must not hold gofer's sending thread
        ours.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, struct.pack("ll", _SEND_TIMEOUT, 0))
        with theirs:
            try:
                started = start_worker(_SERVE, theirs.fileno(), workspace)
            except BaseException:
                ours.close()
                raise
        self.process = started.process
        self.reader_pid = started.reader_pid
        self.confined = started.confined
        self.conn = Connection(ours.detach())

    def call(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
             handed: list[tuple[str, BinaryIO, int]]) -> None:
        """Send a call: first the files it is handed (each as chunks, then an empty one), then the call."""
        root = str(self.workspace) if handed and self.workspace is not None else None
        self.conn.send((root, [rel for rel, _, _ in handed] if root else []))
        for _, file, cap in handed if root else ():
            left = cap
            while left > 0 and (chunk := file.read(min(_CHUNK, left))):
                self.conn.send_bytes(chunk)
                left -= len(chunk)
            self.conn.send_bytes(b"")
        self.conn.send((fn, args, kwargs))

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


def _the_workspace(args: tuple[Any, ...]) -> Workspace | None:
    """The one workspace among a call's arguments (where its worker's copies land), or None."""
    found = {a.root: a for a in args if isinstance(a, Workspace)}
    if len(found) > 1:
        raise ToolError("a read may use only one workspace")
    return next(iter(found.values()), None)


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


def _open_handed(ws: Workspace | None, files: Mapping[str, int]) -> tuple[list[tuple[str, BinaryIO, int]],
                                                                             dict[str, int]]:
    """The files a read is handed, opened through the workspace (no link followed): (workspace path, file, most
    bytes to copy), and the size of each as the worker gets it (at most that many bytes)."""
    handed: list[tuple[str, BinaryIO, int]] = []
    sizes: dict[str, int] = {}
    if ws is None or not files:
        return handed, sizes
    try:
        for path, cap in files.items():
            rel = str(ws.relative(path))
            file = ws.open_binary(path)
            sizes[path] = min(os.fstat(file.fileno()).st_size, cap + 1)
            if any(rel == other for other, _, _ in handed):
                file.close()
                continue
            handed.append((rel, file, cap + 1))  # one byte over the cap: the reader then says it is too big
    except WorkspaceError as exc:
        for _, file, _ in handed:
            file.close()
        raise ToolError(str(exc)) from None
    return handed, sizes


def within_deadline(subject: str, timeout: float, fn: Callable[..., _T], *args: Any,
                    files: Mapping[str, int] | None = None, check: Check | None = None) -> _T:
    """``fn(*args)`` in a worker process, stopped after ``timeout`` seconds; ``subject`` names what is read in the
    error ("reading 'report.pdf'"). ``fn`` and its arguments must pickle (a module-level function). The worker
    sees of the workspace among the arguments only ``files`` (workspace path: the most bytes the call reads of
    it), copied for this call; ``check`` refuses an answer that cannot be right (a text longer than its
    document allows, an edited file that is not the format it claims). A ToolError the function raises is raised
    here; any other error becomes one, and so does an answer that is not plain data or that ``check`` refuses."""
    if _in_worker:
        return fn(*args)
    ws = _the_workspace(args)
    handed, sizes = _open_handed(ws, files or {})
    try:
        worker = _take(ws.root if ws is not None else None)
        value = _ask(worker, subject, timeout, fn, args, handed if worker.confined else [])
    finally:
        for _, file, _ in handed:
            file.close()
    if check is not None and (why := check(value, sizes)) is not None:
        worker.kill()
        raise ToolError(f"{subject} failed: the reader's answer was refused ({why}); a file may have taken over "
                        "the reader, which was stopped")
    _keep(worker)
    result: _T = value
    return result


def _ask(worker: _Worker, subject: str, timeout: float, fn: Callable[..., Any], args: tuple[Any, ...],
         handed: list[tuple[str, BinaryIO, int]]) -> Any:
    """The worker's result of one call (its ToolError raised here); the worker is killed on any failure."""
    try:
        worker.call(fn, args, {}, handed)
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
    if status == "ok":
        return value
    _keep(worker)
    raise ToolError(value)


@atexit.register
def _stop_idle() -> None:
    with _idle_lock:
        workers, _idle[:] = list(_idle), []
    for worker in workers:
        with contextlib.suppress(Exception):
            worker.kill()


def serve(fd: int) -> None:
    """The worker's loop: take the files a call is handed, run the call sent on the socket ``fd``, answer
    ("ok", result) or ("error", message), delete the files; until the socket closes."""
    global _in_worker
    _in_worker = True
    conn = Connection(fd)
    while True:
        try:
            root, names = conn.recv()
            failed = _receive(conn, root, names)
            fn, args, kwargs = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if failed:
                raise ToolError(f"the files of this read do not fit in the reader ({failed})")
            answer: tuple[str, Any] = ("ok", fn(*args, **kwargs))
        except ToolError as exc:
            answer = ("error", str(exc))
        except Exception as exc:
            answer = ("error", f"{type(exc).__name__}: {str(exc)[:300]}")
        finally:
            if root:
                _empty(Path(root))
        try:
            conn.send(answer)
        except (EOFError, OSError):
            return
        except Exception as exc:  # a result that does not pickle
            with contextlib.suppress(EOFError, OSError):
                conn.send(("error", f"the result could not be returned: {type(exc).__name__}"))


def _receive(conn: Connection, root: str | None, names: list[str]) -> str:
    """Write the handed files under ``root`` (in the worker's private folder); what failed, or ""."""
    failed = ""
    for name in names:
        dest = Path(root or "/nonexistent", name)
        out: BinaryIO | None = None
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            out = open(dest, "wb")  # noqa: SIM115 - written chunk by chunk below
        except OSError as exc:
            failed = failed or f"{name}: {exc.strerror}"
        while chunk := conn.recv_bytes():
            if out is not None and not failed:
                try:
                    out.write(chunk)
                except OSError as exc:
                    failed = f"{name}: {exc.strerror}"
        if out is not None:
            with contextlib.suppress(OSError):
                out.close()
    return failed


def _empty(root: Path) -> None:
    """Delete what a read was handed (and anything else left in the private folder)."""
    with contextlib.suppress(OSError), os.scandir(root) as entries:
        for entry in list(entries):
            with contextlib.suppress(OSError):
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path)
                else:
                    os.unlink(entry.path)
