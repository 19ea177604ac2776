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
workspace's others. An idle worker is kept for the workspace it was started for (the copies land at the
workspace's path) and takes only reads whose files it was handed before, unchanged: a worker taken over while
reading one file (code left running in it) never sees another file, nor that file once it changed. A read of
anything new gets a worker no file has reached, started ahead (``_Spare``) so that it has usually imported the
readers by then. gofer reads
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

_IDLE_WORKERS = 4
_IDLE_SECONDS = 300.0
"""Seconds an idle worker (or the spare) waits for a read before it is stopped, so a process whose runs ended
does not keep them (65-90 MB each)."""
_WARM = ("gofer.documents.readers", "gofer.documents.data", "gofer.documents.verify", "pypdf", "docx", "openpyxl",
         "duckdb")
"""What a worker started ahead imports while it waits (the readers and their commonest libraries)."""
_SEND_TIMEOUT = 30
"""Seconds a worker may leave a request (a handed file) unread before it counts as stopped."""
_CHUNK = 1024 * 1024
_T = TypeVar("_T")
_in_worker = False


_SERVE = "import sys; from gofer.documents._deadline import serve; serve(int(sys.argv[1]), warm={warm})"

Seen = tuple[str, int, int, int, int, int, int]
"""One file as a read hands it: workspace path, device, inode, size, modification and change times (ns), and the
most bytes handed. A file written since (even in place) has another change time."""


class _Worker:
    """One worker process and the socket to it.

    A fresh interpreter (not multiprocessing's spawn, which runs the parent's main script again, and not a fork
    of a process with threads), confined by ``_confine`` to the one workspace it reads; its own session, so a
    Ctrl-C meant for gofer reaches gofer, which stops it.
    """

    def __init__(self, workspace: Path | None, *, warm: bool = False) -> None:
        from gofer.documents._confine import start_worker

        self.workspace = workspace
        self.idle_since = time.monotonic()
        """When it last finished a read (or started); see ``_reap``."""
        self.seen: set[Seen] = set()
        """The files reads handed this worker; it is reused only for reads of these (``_take``)."""
        ours, theirs = socket.socketpair()
        # a worker that stops reading its socket must not hold gofer's sending thread
        ours.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, struct.pack("ll", _SEND_TIMEOUT, 0))
        with theirs:
            try:
                started = start_worker(_SERVE.format(warm=warm), theirs.fileno(), workspace)
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
"""Workers waiting for a read, oldest first; each may read only the workspace it was started for, and (when
confined) only the files it was handed before."""
_idle_lock = threading.Lock()


class _Spare:
    """One worker started ahead for the workspace of the last read that needed a fresh worker: no file has
    reached it, and it imports the readers (``_WARM``) while it waits. It is started by the thread of that read
    (starting costs that thread about 20 ms; the imports run in the worker), since a worker dies with the thread
    that started it."""

    def __init__(self) -> None:
        self._worker: _Worker | None = None
        self._lock = threading.Lock()

    def take(self, workspace: Path | None) -> _Worker | None:
        """The spare when it was started for ``workspace`` and runs, else None."""
        with self._lock:
            worker, self._worker = self._worker, None
        if worker is not None and (worker.workspace != workspace or not worker.alive):
            worker.kill()
            worker = None
        return worker

    def start(self, workspace: Path | None) -> None:
        """Start the next spare for ``workspace`` (none without one)."""
        if workspace is None:
            return
        try:
            worker = _Worker(workspace, warm=True)
        except Exception:
            return  # the next read starts its own and reports why
        with self._lock:
            old, self._worker = self._worker, worker
        if old is not None:
            old.kill()
        _reaper.start()

    def stop(self, started_before: float | None = None) -> None:
        """Stop the spare (at exit; or only when it was started before ``started_before``, a monotonic time)."""
        with self._lock:
            worker = self._worker
            if worker is None or (started_before is not None and worker.idle_since >= started_before):
                return
            self._worker = None
        worker.kill()


_spare = _Spare()


def _the_workspace(args: tuple[Any, ...]) -> Workspace | None:
    """The one workspace among a call's arguments (where its worker's copies land), or None."""
    found = {a.root: a for a in args if isinstance(a, Workspace)}
    if len(found) > 1:
        raise ToolError("a read may use only one workspace")
    return next(iter(found.values()), None)


def _take(workspace: Path | None, seen: set[Seen]) -> _Worker:
    """An idle worker of ``workspace`` that was handed every file of ``seen`` before (any of that workspace when
    it runs unconfined, since it sees the workspace anyway), else the spare, else a new one."""
    with _idle_lock:
        for i in range(len(_idle) - 1, -1, -1):
            if _idle[i].workspace == workspace and (seen <= _idle[i].seen or not _idle[i].confined):
                worker = _idle.pop(i)
                if worker.alive:
                    return worker
                worker.kill()
                break
    worker = _spare.take(workspace) or _Worker(workspace)
    if worker.confined:
        _spare.start(workspace)
    return worker


def _keep(worker: _Worker) -> None:
    worker.idle_since = time.monotonic()
    with _idle_lock:
        _idle.append(worker)
        surplus = _idle[: max(0, len(_idle) - _IDLE_WORKERS)]
        del _idle[: len(surplus)]
    for old in surplus:
        old.kill()
    _reaper.start()


class _Reaper:
    """A daemon thread, started with the first idle worker, that stops workers idle for ``_IDLE_SECONDS``. Each
    worker going idle wakes it, so it looks again with the idle time in force then."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._wake = threading.Event()

    def start(self) -> None:
        """Start the thread unless it runs; wake it if it does."""
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="gofer-reading-worker-reaper", daemon=True)
                self._thread.start()
            else:
                self._wake.set()

    def _run(self) -> None:
        while True:
            self._wake.wait(min(_IDLE_SECONDS / 4, 30.0))
            self._wake.clear()
            _reap(time.monotonic() - _IDLE_SECONDS)


def _reap(cutoff: float) -> None:
    """Stop the idle workers and the spare idle since before ``cutoff`` (a monotonic time)."""
    with _idle_lock:
        stale = [w for w in _idle if w.idle_since < cutoff]
        _idle[:] = [w for w in _idle if w.idle_since >= cutoff]
    for worker in stale:
        with contextlib.suppress(Exception):
            worker.kill()
    _spare.stop(started_before=cutoff)


_reaper = _Reaper()


class _Handed:
    """The files a read is handed, opened through the workspace (no link followed)."""

    def __init__(self, ws: Workspace | None, files: Mapping[str, int]) -> None:
        self.files: list[tuple[str, BinaryIO, int]] = []
        """(workspace path, file, most bytes to copy): one byte over the cap, so the reader says it is too big."""
        self.sizes: dict[str, int] = {}
        """The size of each file (as the read names it) as the worker gets it."""
        self.seen: set[Seen] = set()
        """What the worker is handed, for ``_take``."""
        if ws is None or not files:
            return
        named: dict[str, list[str]] = {}
        caps: dict[str, int] = {}
        try:
            for path, cap in files.items():
                rel = str(ws.relative(path))
                named.setdefault(rel, []).append(path)
                caps[rel] = max(cap, caps.get(rel, 0))  # one file named twice: the larger cap
            for rel, paths in named.items():
                file = ws.open_binary(rel)
                self.files.append((rel, file, caps[rel] + 1))
                st = os.fstat(file.fileno())
                size = min(st.st_size, caps[rel] + 1)
                self.sizes.update(dict.fromkeys(paths, size))
                self.seen.add((rel, st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns, size))
        except WorkspaceError as exc:
            self.close()
            raise ToolError(str(exc)) from None
        except FileNotFoundError:
            self.close()
            raise ToolError(f"{rel!r} does not exist (nor does a folder on its way)") from None
        except OSError as exc:  # a name too long, a folder on the way that is a file
            self.close()
            raise ToolError(f"{rel!r}: {exc.strerror or exc}") from None

    def close(self) -> None:
        """Close the files."""
        for _, file, _ in self.files:
            file.close()


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
    handed = _Handed(ws, files or {})
    try:
        worker = _take(ws.root if ws is not None else None, handed.seen)
        worker.seen |= handed.seen
        value = _ask(worker, subject, timeout, fn, args, handed.files if worker.confined else [])
    finally:
        handed.close()
    if check is not None and (why := check(value, handed.sizes)) is not None:
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
    with contextlib.suppress(Exception):
        _spare.stop()


def serve(fd: int, warm: bool = False) -> None:
    """The worker's loop: take the files a call is handed, run the call sent on the socket ``fd``, answer
    ("ok", result) or ("error", message), delete the files; until the socket closes. A ``warm`` worker imports
    the readers first (it was started ahead of its read)."""
    global _in_worker
    _in_worker = True
    for module in _WARM if warm else ():
        with contextlib.suppress(Exception):
            __import__(module)
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
