"""A command's output pipe has one owner, which closes it once, under asyncio's loop and under uvloop (the loop
uvicorn picks for ``gofer serve``).

Before, the pipe was handed to ``loop.connect_read_pipe`` as a file object: under uvloop both libuv and the file
object closed the descriptor (MagicStack/uvloop#763), the second time after the number could be another thread's
(strace showed one ``close`` failing with EBADF per command). A kernel client's ZeroMQ thread whose socket was
closed so aborted the server: the slow suite died of SIGABRT inside a live server's run in session 20's CI."""

from __future__ import annotations

import asyncio
import gc
import os
import threading
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
import uvloop
from sandbox_helpers import supervised

from gofer.computer.sandbox import Limits
from gofer.computer.sandbox._pipe import read_pipe

LOOPS: dict[str, Callable[[Coroutine[Any, Any, Any]], Any]] = {"asyncio": asyncio.run, "uvloop": uvloop.run}


def _same_pipe(fd: int, inode: int) -> bool:
    """Whether ``fd`` is still open on the pipe whose inode is ``inode``."""
    try:
        return os.fstat(fd).st_ino == inode
    except OSError:
        return False


@pytest.mark.parametrize("loop", LOOPS)
def test_a_commands_output_pipe_is_closed_when_its_output_ends(loop: str, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    pipes: list[tuple[int, int]] = []
    make = os.pipe2

    def recorded(flags: int) -> tuple[int, int]:
        read_end, write_end = make(flags)
        pipes.append((read_end, os.fstat(read_end).st_ino))
        return read_end, write_end

    async def main() -> list[str]:
        outputs = []
        async with supervised(tmp_path, "local", Limits()) as sb:
            for n in (10, 100_000, 300_000):
                monkeypatch.setattr(os, "pipe2", recorded)
                proc = await sb.spawn(["/bin/bash", "-c", f"seq 1 {n} | tail -1"])
                monkeypatch.setattr(os, "pipe2", make)
                assert proc.stdout is not None
                outputs.append((await proc.stdout.read()).decode().strip())
                assert await proc.wait(30) == 0
                await asyncio.sleep(0.05)
                # closed at its end by its one owner, while the stream is still held: nothing else holds the
                # number to close it again later
                assert not _same_pipe(*pipes[-1]), "the output pipe is still open after its output ended"
        return outputs

    assert LOOPS[loop](main()) == ["10", "100000", "300000"]
    assert len(pipes) == 3


@pytest.mark.parametrize("loop", LOOPS)
def test_a_pipe_read_to_its_end_in_order_pauses_when_full_and_closes_once(loop: str) -> None:
    data = os.urandom(3 << 20)
    read_end, write_end = os.pipe2(os.O_CLOEXEC)
    inode = os.fstat(read_end).st_ino

    def write() -> None:
        with os.fdopen(write_end, "wb") as f:
            f.write(data)

    async def main() -> bytes:
        stream = read_pipe(read_end, limit=1 << 16)
        writer = threading.Thread(target=write)
        writer.start()
        await asyncio.sleep(0.2)  # the writer fills the stream past its limit: reading pauses, the writer blocks
        assert writer.is_alive()
        assert len(stream._buffer) <= 2 * (1 << 16) + (1 << 16)  # type: ignore[attr-defined]
        received = b""
        while chunk := await stream.read(1 << 15):
            received += chunk
        await asyncio.to_thread(writer.join)
        assert not _same_pipe(read_end, inode)  # closed at the end of the output, not later by someone else
        return received

    assert LOOPS[loop](main()) == data


@pytest.mark.parametrize("loop", LOOPS)
def test_a_paused_stream_dropped_unread_closes_its_pipe(loop: str) -> None:
    read_end, write_end = os.pipe2(os.O_CLOEXEC)
    inode = os.fstat(read_end).st_ino

    async def main() -> None:
        stream = read_pipe(read_end, limit=1 << 10)
        os.write(write_end, b"x" * (8 << 10))
        await asyncio.sleep(0.1)
        assert _same_pipe(read_end, inode)  # paused, not at its end
        del stream
        gc.collect()

    try:
        LOOPS[loop](main())
        assert not _same_pipe(read_end, inode)
    finally:
        os.close(write_end)
