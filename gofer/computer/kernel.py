"""A Jupyter kernel (ipykernel) running inside the session's sandbox, reached over ZMQ ``ipc`` sockets.

The kernel's sockets are made and bound by the host, in a private host folder (mode 0700) that no sandbox sees,
and handed to the kernel as listening descriptors (ZeroMQ's ``ZMQ_USE_FD``): no command can connect to them, as it
could to socket files in the sandbox's /tmp (iopub needs no key to listen: every cell's output as it is
published). The host connects through descriptors pinned to the socket files (see ``_kernel_sockets``), which are
unlinked, with their folder, before the sockets listen: under ``unsafe-local`` a command runs as gofer's own user,
for whom the folder's mode is no bar. The
connection (and its signing key) is handed to the kernel on a pipe, and no connection file is written: the
sandbox's commands run as the same user as the kernel, and with the key could run code in it.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import tempfile
import time
from dataclasses import dataclass, field
from typing import Any

import zmq
from jupyter_client.asynchronous.client import AsyncKernelClient

from gofer.computer._kernel_sockets import SocketPins
from gofer.computer.base import Computer
from gofer.computer.sandbox import Sandbox, SandboxError, SandboxProcess, get_sandbox
from gofer.computer.sandbox._output import CappedBuffer, strip_ansi

__all__ = ["PART", "ExecResult", "Kernel", "KernelDied", "get_kernel", "start_kernel"]

PART = "kernel"
"""The Computer part name of the session's kernel."""

_PORTS = {"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5}
_LAUNCH = (
    'umask 077; exec {conn}<<<"$GOFER_KERNEL_CONN" && unset GOFER_KERNEL_CONN && GOFER_KERNEL_FD=$conn '
    'exec python3 -c "$GOFER_KERNEL_BOOT" --HistoryManager.enabled=False --IPKernelApp.quiet=True'
)
"""Starts the kernel with its connection (and signing key) on a descriptor, out of its environment (bash picks a
free number of 10 or more, past the listening sockets it inherits)."""
_BOOT = """
import json, os, socket, sys
fd = int(os.environ.pop("GOFER_KERNEL_FD"))
conn = json.loads(os.read(fd, 1 << 16))
os.close(fd)
os.environ.pop("GOFER_KERNEL_BOOT", None)
if sys.path and sys.path[0] == "":
    del sys.path[0]  # as ipykernel_launcher: the kernel's init_path adds it back
listening = {}
for name in os.listdir("/proc/self/fd"):
    try:
        s = socket.socket(fileno=int(name))
    except (OSError, ValueError):
        continue
    try:
        if s.family == socket.AF_UNIX and str(s.getsockname()).startswith(conn["ip"] + "-"):
            listening["ipc://" + s.getsockname()] = s.fileno()
            os.set_inheritable(s.fileno(), False)  # not for the processes a cell starts
    finally:
        s.detach()
import zmq
bind = zmq.Socket.bind

def bind_given(self, addr):
    given = listening.pop(addr, None)
    if given is not None:
        self.setsockopt(zmq.USE_FD, given)  # the host's listening socket: nothing is bound in the sandbox
    return bind(self, addr)

zmq.Socket.bind = bind_given
from ipykernel.kernelapp import IPKernelApp

class App(IPKernelApp):
    def init_connection_file(self):
        self.load_connection_info(conn)  # no file: one would hold the key for every command to read

    def write_connection_file(self, **kwargs):
        pass

App.launch_instance()
"""
"""The kernel's launcher: ipykernel's, except that the connection comes from a descriptor, no connection file is
written (ipykernel writes one, with the key, wherever it reads its connection from), and each channel binds by
taking over the host's listening socket of its name rather than making a socket file."""
_WARM = "import numpy, pandas, matplotlib, matplotlib.pyplot\n"
_EACH_CELL_AT_HOME = (
    "import os as _gofer_os\n"
    "get_ipython().events.register('pre_run_cell', lambda *_, _home=_gofer_os.getcwd(): _gofer_os.chdir(_home))\n"
)
"""Every cell starts in the workspace: a folder one cell changed to would otherwise make the next cell's relative
paths reach files the risk judge did not look at (``os.chdir('sub')``, then ``open('data.csv', 'w')``)."""
_MAX_TRACEBACK = 4000
MAX_OUTPUT = 200_000
"""Bytes of a cell's output kept in gofer's memory (head and tail): a cell printing without end must not
exhaust the host, whatever the sandbox's own limits."""
MAX_IMAGES = 20
"""Images kept per cell; the rest are counted, not kept (nor saved in the workspace)."""
_RCV_QUEUE = 8
"""Messages from the kernel queued in gofer per channel."""
_MAX_MESSAGE = 64 << 20
"""The largest message accepted from the kernel (an image of tens of MB still fits)."""
_BANNER = re.compile(r"Ctrl-C|To exit, you|\"quit\" from a client|ipython/issues/2049|To read more about|"
                     r"To connect another client|--existing |NOTE: When using")


_FILE_LIMIT_NOTE = (
    "[The kernel's file-size limit is the room that was left under the workspace's disk quota when it last came "
    "down; a running kernel keeps it after files are deleted. The shell's next commands get the room back; to give "
    "it back to Python, end the kernel (`import os; os._exit(0)`) and the next cell starts a fresh one.]"
)
"""Added to a cell's ``File too large`` error: the sandbox lowers a running process's hard limit, which only a
process with CAP_SYS_RESOURCE outside could raise again."""


class KernelDied(SandboxError):
    """The kernel process exited (crashed, was killed, ran out of memory); its state is gone."""


@dataclass
class ExecResult:
    """What one cell produced."""

    status: str
    """``ok``, ``error``, ``timeout`` (interrupted) or ``died`` (the kernel crashed and must restart)."""
    output: str = ""
    """stdout, stderr, results and the traceback, in order, ANSI codes stripped."""
    images: list[tuple[bytes, str]] = field(default_factory=list)
    """(bytes, media type) of each image displayed."""
    error: str | None = None
    """``ExceptionName: message`` of an error."""
    execution_count: int | None = None
    duration: float = 0.0
    images_dropped: int = 0
    """Images displayed past :data:`MAX_IMAGES` (not kept)."""


class _Output:
    """A cell's output parts, each ending a line, capped like a shell command's (head and tail kept)."""

    def __init__(self, limit: int) -> None:
        self.buf = CappedBuffer(limit)

    def append(self, part: str) -> None:
        if part:
            self.buf.feed((part if part.endswith("\n") else part + "\n").encode())

    def text(self) -> str:
        return self.buf.text()


def _trim_traceback(lines: list[str]) -> str:
    text = strip_ansi("\n".join(lines))
    if len(text) <= _MAX_TRACEBACK:
        return text
    head = text[:600]
    tail = text[-(_MAX_TRACEBACK - 600) :]
    return f"{head}\n[... traceback trimmed ...]\n{tail}"


class _PinnedClient(AsyncKernelClient):
    """A kernel client that connects each channel through its pinned socket file."""

    def __init__(self, pins: SocketPins) -> None:
        super().__init__()
        self.pins = pins

    def _make_url(self, channel: str) -> str:
        return self.pins.url(channel)


class Kernel:
    """An ipykernel process inside a sandbox, with a client connected to it."""

    def __init__(self, sandbox: Sandbox, process: SandboxProcess, client: _PinnedClient) -> None:
        self.sandbox = sandbox
        self.process = process
        self.client = client
        self.log = CappedBuffer(8000)
        self._log_task: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        if process.stdout is not None:
            self._log_task = asyncio.ensure_future(self.log.drain(process.stdout))

    @property
    def alive(self) -> bool:
        """Whether the kernel process is still running."""
        return not self.process.exited.done()

    async def interrupt(self) -> None:
        """Send SIGINT to the kernel (a KeyboardInterrupt in the running cell)."""
        await self.process.signal(signal.SIGINT)

    async def execute(self, code: str, timeout: float = 60.0, *, store_history: bool = True) -> ExecResult:
        """Run a cell; at the timeout interrupt it (status ``timeout``); a dead kernel gives ``died``.
        ``store_history=False`` runs it without counting it as a cell (gofer's own set-up code)."""
        async with self._lock:
            return await self._execute(code, timeout, store_history)

    async def _execute(self, code: str, timeout: float, store_history: bool = True) -> ExecResult:
        start = time.monotonic()
        if not self.alive:
            return ExecResult(status="died", output=self._death_note(), duration=0.0)
        self.sandbox.note_activity()
        msg_id = self.client.execute(code, store_history=store_history, allow_stdin=False, stop_on_error=False)
        result = ExecResult(status="ok")
        parts = _Output(MAX_OUTPUT)
        deadline = start + timeout
        interrupted_at: float | None = None
        while True:
            now = time.monotonic()
            if interrupted_at is None and now >= deadline:
                interrupted_at = now
                result.status = "timeout"
                await self.interrupt()
            limit = (interrupted_at + 5.0 if interrupted_at is not None else deadline) - now
            msg = await self._next_iopub(max(limit, 0.01))
            if msg is None:
                if not self.alive:
                    result.status = "died"
                    parts.append(self._death_note())
                    break
                if interrupted_at is not None and time.monotonic() >= interrupted_at + 5.0:
                    result.status = "died"
                    parts.append("The cell ignored the interrupt, so the kernel was stopped.")
                    break
                continue
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if kind == "status" and content.get("execution_state") == "idle":
                break
            if kind == "stream":
                parts.append(content.get("text", ""))
            elif kind in ("execute_result", "display_data"):
                self._display(content, kind, parts, result)
            elif kind == "error":
                result.error = f"{content.get('ename')}: {content.get('evalue')}"
                if result.status == "ok":
                    result.status = "error"
                parts.append(_trim_traceback(content.get("traceback", [])))
                if "[Errno 27]" in str(content.get("evalue")):
                    parts.append(_FILE_LIMIT_NOTE)
            elif kind == "execute_input":
                result.execution_count = content.get("execution_count")
        await self._shell_reply(msg_id, 2.0 if result.status != "died" else 0.0)
        if result.images_dropped:
            parts.append(f"[{result.images_dropped} more images were displayed; only the first {MAX_IMAGES} kept]")
        result.output = parts.text()
        result.duration = time.monotonic() - start
        return result

    def _display(self, content: dict[str, Any], kind: str, parts: _Output, result: ExecResult) -> None:
        data = content.get("data", {})
        for mime in ("image/png", "image/jpeg"):
            if mime in data:
                if len(result.images) >= MAX_IMAGES:
                    result.images_dropped += 1
                    return
                with contextlib.suppress(ValueError):
                    result.images.append((base64.b64decode(data[mime]), mime))
                    return
        text = data.get("text/plain")
        if text is not None:
            prefix = f"Out[{content.get('execution_count')}]: " if kind == "execute_result" else ""
            parts.append(prefix + text)

    async def _next_iopub(self, timeout: float) -> dict[str, Any] | None:
        get = asyncio.ensure_future(self.client.get_iopub_msg(timeout=timeout))
        waits: set[asyncio.Future[Any]] = {get, self.process.exited}
        done, _ = await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        if get in done:
            with contextlib.suppress(Exception):
                return get.result()
            return None
        get.cancel()
        with contextlib.suppress(BaseException):
            await get
        return None

    async def _connect(self, timeout: float) -> bool:
        """Pin the kernel's sockets once it has bound them all, connect, and wait until it answers."""
        deadline = time.monotonic() + timeout
        while not self.client.pins.pin():
            if time.monotonic() >= deadline or not self.alive:
                return False
            await asyncio.sleep(0.02)
        self.client.start_channels(hb=False)
        return await self._wait_ready(deadline - time.monotonic())

    async def _wait_ready(self, timeout: float) -> bool:
        """Ask for kernel_info until the kernel answers."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.alive:
            msg_id = self.client.kernel_info()
            if await self._shell_reply(msg_id, 0.25) is None:
                continue
            # The iopub socket subscribes asynchronously (ZeroMQ's slow joiner): output published before it is
            # connected is lost. Ready means this request's status also came through iopub.
            if await self._iopub_for(msg_id, 0.5):
                return True
        return False

    async def _iopub_for(self, msg_id: str, timeout: float) -> bool:
        """Drain iopub until a message answering ``msg_id`` arrives (True) or ``timeout`` passes (False)."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            msg = await self._next_iopub(left)
            if msg is None:
                return False
            if msg.get("parent_header", {}).get("msg_id") == msg_id:
                return True
        return False

    async def _shell_reply(self, msg_id: str, timeout: float) -> dict[str, Any] | None:
        """The shell reply to ``msg_id``, dropping stale replies to earlier requests."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                msg: dict[str, Any] = await self.client.get_shell_msg(timeout=left)
            except Exception:
                return None
            if msg.get("parent_header", {}).get("msg_id") == msg_id:
                return msg
        return None

    def _death_note(self) -> str:
        code = self.process.returncode
        how = f"exit code {code}" if code is not None and code >= 0 else f"signal {-(code or 0)}"
        lines = [ln for ln in self.log.text().splitlines() if ln.strip() and not _BANNER.search(ln)]
        tail = "\n".join(lines)[-800:]
        note = f"The Python kernel died ({how})."
        if self.process.killed_because:
            note += f" It was killed because {self.process.killed_because}."
        elif code == -9 or code == -signal.SIGKILL:
            note += " It was killed, perhaps for using too much memory."
        if tail:
            note += f"\nKernel log (tail):\n{tail}"
        return note

    async def aclose(self) -> None:
        """Stop the client and kill the kernel process."""
        with contextlib.suppress(Exception):
            self.client.stop_channels()
        # ZeroMQ must be done before the pins close, or it could reconnect through a reused descriptor number
        with contextlib.suppress(Exception):
            self.client.context.destroy(linger=0)
        if self.client.context.closed:
            self.client.pins.close()
        await self.process.kill(grace=3.0)
        if self._log_task is not None:
            self._log_task.cancel()


async def start_kernel(sandbox: Sandbox, *, timeout: float = 60.0, warm: bool = False) -> Kernel:
    """Start ipykernel inside ``sandbox`` and connect to it; ``warm`` pre-imports numpy, pandas, matplotlib."""
    folder = _socket_folder()
    key = secrets.token_hex(32)
    conn: dict[str, Any] = {
        **_PORTS,
        "transport": "ipc",
        "ip": f"{folder}/k",
        "key": key,
        "signature_scheme": "hmac-sha256",
        "kernel_name": "python3",
    }
    files = {port.removesuffix("_port"): f"k-{n}" for port, n in _PORTS.items()}
    top, leaf = os.path.split(folder)
    pins = SocketPins(top, leaf, files)
    listening: list[socket.socket] = []
    try:
        listening = [_bound(f"{folder}/{name}") for name in files.values()]
        if not pins.pin():
            raise OSError(f"{folder}'s sockets changed before they were pinned")
        # none listens until its file is gone: from then on only the pinned descriptors reach it, so no process
        # of gofer's user (all of them, under unsafe-local) connects by name, even in the moment before
        shutil.rmtree(folder)
        for listener in listening:
            listener.listen(100)  # ZeroMQ's own backlog
    except OSError as exc:
        for listener in listening:
            listener.close()
        pins.close()
        shutil.rmtree(folder, ignore_errors=True)
        raise SandboxError(f"the kernel's sockets cannot be made in {folder}: {exc.strerror or exc}") from None
    launch = {"GOFER_KERNEL_CONN": json.dumps(conn), "GOFER_KERNEL_BOOT": _BOOT}
    try:
        process = await sandbox.spawn(["/bin/bash", "-c", _LAUNCH], env=sandbox.env(launch),
                                      pass_fds=[s.fileno() for s in listening])
    except BaseException:
        pins.close()
        raise
    finally:
        for listener in listening:
            listener.close()  # the kernel holds them now
    client = _PinnedClient(pins)
    # What the kernel sends waits in gofer's memory until read: bound the queue and each message, so a cell
    # flooding its output cannot exhaust the host (the kernel drops what does not fit; a message over the
    # size limit drops the connection, which ZeroMQ makes again, to the same pinned socket).
    client.context.setsockopt(zmq.RCVHWM, _RCV_QUEUE)
    client.context.setsockopt(zmq.MAXMSGSIZE, _MAX_MESSAGE)
    client.load_connection_info(conn)  # type: ignore[arg-type]
    kernel = Kernel(sandbox, process, client)
    ready = asyncio.ensure_future(kernel._connect(timeout))
    waits: set[asyncio.Future[Any]] = {ready, process.exited}
    done, _ = await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    if ready not in done or not ready.result():
        ready.cancel()
        if not kernel.alive:
            note = kernel._death_note()
        elif len(client.pins.fds) < len(files):
            note = f"its sockets did not appear within {timeout:.0f} s"
        else:
            note = f"no reply within {timeout:.0f} s"
        await kernel.aclose()
        raise KernelDied(f"the Python kernel did not start: {note}")
    setup = await kernel.execute(_EACH_CELL_AT_HOME, timeout=timeout, store_history=False)
    if setup.status != "ok" or setup.error:
        await kernel.aclose()
        raise KernelDied(f"the Python kernel did not start: its set-up failed ({setup.error or setup.status})")
    if warm:
        await kernel.execute(_WARM, timeout=timeout)
    return kernel


def _socket_folder() -> str:
    """A new host folder only gofer's user may enter, for the kernel's sockets; in the host's temporary folder
    unless its path is too long for a socket's name (108 bytes), then in /tmp."""
    top = tempfile.gettempdir()
    return tempfile.mkdtemp(prefix="gofer-kernel-", dir=top if len(top) <= 64 else "/tmp")


def _bound(path: str) -> socket.socket:
    """A Unix stream socket bound to ``path`` (not yet listening), for the kernel to take over."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        listener.bind(path)
    except OSError:
        listener.close()
        raise
    return listener


async def get_kernel(computer: Computer) -> Kernel:
    """The computer's kernel, started in its sandbox on first use."""

    async def factory(c: Computer) -> Kernel:
        return await start_kernel(await get_sandbox(c))

    return await computer.part(PART, factory)
