"""The host's connection to the kernel never follows a link that code in the sandbox plants in place of the
kernel's socket files (or their folder): an absolute link would be resolved against the host's root."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from gofer.computer._kernel_sockets import SocketPins
from gofer.computer.kernel import start_kernel
from gofer.computer.sandbox import Limits, Sandbox, start_sandbox
from gofer.computer.workspace import Workspace

NAMES = ("k-1", "k-2", "k-3", "k-4", "k-5")


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[Sandbox]:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=Limits())
    yield sb
    await sb.aclose()


@pytest.fixture
def host_sockets(tmp_path: Path) -> Iterator[tuple[Path, list[socket.socket]]]:
    """A host folder, outside the sandbox, with a listening Unix socket under each name the kernel uses."""
    folder = tmp_path / "host"
    folder.mkdir()
    listeners = []
    for name in NAMES:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.bind(str(folder / name))
        s.listen(8)
        s.setblocking(False)
        listeners.append(s)
    yield folder, listeners
    for s in listeners:
        s.close()


async def _accepted(listeners: list[socket.socket], within: float) -> int:
    """How many listeners got a connection within ``within`` seconds."""
    loop = asyncio.get_running_loop()
    accepts = [asyncio.ensure_future(loop.sock_accept(s)) for s in listeners]
    done, pending = await asyncio.wait(accepts, timeout=within)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    for task in done:
        task.result()[0].close()
    return len(done)


FOLDER = """
import os, socket
def name(fd):
    s = socket.socket(fileno=fd)
    try:
        return str(s.getsockname()) if s.family == socket.AF_UNIX else ''
    finally:
        s.detach()
def names():
    for fd in os.listdir('/proc/self/fd'):
        try:
            yield name(int(fd))
        except OSError:
            pass
d = next(os.path.dirname(n) for n in names() if '/gofer-kernel-' in n)
"""
"""The folder of the kernel's sockets, from the kernel's own (a host folder since the host binds them: the cell
plants at its path inside the sandbox)."""

PLANT_FILES = FOLDER + """
os.makedirs(d, exist_ok=True)
for name in {names!r}:
    os.symlink('{host}/' + name, d + '/tmp-link')
    os.replace(d + '/tmp-link', d + '/' + name)
os._exit(0)
"""

PLANT_FOLDER = FOLDER + """
if os.path.isdir(d):
    os.rename(d, d + '-old')
os.makedirs(os.path.dirname(d), exist_ok=True)
os.symlink('{host}', d)
os._exit(0)
"""


@pytest.mark.parametrize("plant", [PLANT_FILES, PLANT_FOLDER], ids=["socket-files", "folder"])
async def test_reconnect_never_follows_a_planted_symlink_to_a_host_socket(
    sandbox: Sandbox, host_sockets: tuple[Path, list[socket.socket]], plant: str
) -> None:
    folder, listeners = host_sockets
    kernel = await start_kernel(sandbox)
    try:
        assert (await kernel.execute("print(1 + 1)")).output.strip() == "2"
        # the cell swaps the sockets (or their folder) for links to host sockets, then kills the kernel, so
        # the host's ZeroMQ client drops its connections and tries to make them again
        r = await kernel.execute(plant.format(names=NAMES, host=folder), timeout=20)
        assert r.status == "died"
        assert await _accepted(listeners, within=1.0) == 0
    finally:
        await kernel.aclose()
    # a new kernel in the same sandbox still starts and works
    again = await start_kernel(sandbox)
    try:
        assert (await again.execute("print('fine')")).output.strip() == "fine"
    finally:
        await again.aclose()


def test_pins_only_socket_files_and_connects_to_the_pinned_one(tmp_path: Path) -> None:
    base = tmp_path / "tmp"
    (base / "k").mkdir(parents=True)
    outside = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    outside.bind(str(tmp_path / "outside.sock"))
    outside.listen(1)
    outside.setblocking(False)
    (base / "k" / "k-1").symlink_to(tmp_path / "outside.sock")
    (base / "k" / "k-2").write_text("not a socket")
    pins = SocketPins(str(base), "k", {"shell": "k-1", "iopub": "k-2"})
    try:
        assert pins.pin() is False and pins.fds == {}
        # the kernel binds its sockets (replacing what was planted); only then are they pinned
        kernel_side = []
        for name in ("k-1", "k-2"):
            (base / "k" / name).unlink()
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.bind(str(base / "k" / name))
            s.listen(1)
            kernel_side.append(s)
        assert pins.pin() is True
        # swapped for a link afterwards: a new connection still reaches the pinned socket, not the link's target
        (base / "k" / "k-1").unlink()
        (base / "k" / "k-1").symlink_to(tmp_path / "outside.sock")
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.connect(pins.url("shell").removeprefix("ipc://"))
        kernel_side[0].accept()[0].close()
        client.close()
        with pytest.raises(BlockingIOError):
            outside.accept()
        for s in kernel_side:
            s.close()
    finally:
        pins.close()
        outside.close()


def test_a_folder_swapped_for_a_link_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "tmp").mkdir()
    (tmp_path / "elsewhere").mkdir()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(tmp_path / "elsewhere" / "k-1"))
    (tmp_path / "tmp" / "k").symlink_to(tmp_path / "elsewhere")
    pins = SocketPins(str(tmp_path / "tmp"), "k", {"shell": "k-1"})
    assert pins.pin() is False and pins.fds == {}
    listener.close()
