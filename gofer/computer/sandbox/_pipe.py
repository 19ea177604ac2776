"""Reading a command's output pipe into a stream, with one owner of the descriptor that closes it once.

``loop.connect_read_pipe`` is not used for this: under uvloop (which uvicorn picks for ``gofer serve`` when it is
installed) both libuv and the pipe's file object close the descriptor (MagicStack/uvloop#763), the second time
after the number may have been handed to another thread: a kernel client's ZeroMQ thread then finds its socket
closed under it and aborts the whole process. Here the descriptor belongs to :class:`PipeReader` alone, which the
loop only watches (``add_reader``), and which closes it at the end of the output.
"""

from __future__ import annotations

import asyncio
import contextlib
import os

__all__ = ["PipeReader", "read_pipe"]

_CHUNK = 1 << 16


class PipeReader:
    """Feeds a :class:`asyncio.StreamReader` from a pipe's read end that it owns; the reader's transport, so that
    a full stream pauses the reading (the writer then blocks) and a drained one resumes it."""

    def __init__(self, loop: asyncio.AbstractEventLoop, fd: int, stream: asyncio.StreamReader) -> None:
        os.set_blocking(fd, False)
        self._loop = loop
        self._fd = fd
        self._stream = stream
        self._watched = False
        stream.set_transport(self)  # type: ignore[arg-type]  # StreamReader uses only the two calls below
        self._watch()

    def pause_reading(self) -> None:
        """Stop reading until :meth:`resume_reading` (the stream holds more than twice its limit)."""
        self._unwatch()

    def resume_reading(self) -> None:
        """Read again (the stream was drained)."""
        self._watch()

    def close(self) -> None:
        """Stop watching and close the descriptor (once; later calls do nothing)."""
        self._unwatch()
        if self._fd >= 0:
            fd, self._fd = self._fd, -1
            with contextlib.suppress(OSError):
                os.close(fd)

    def _watch(self) -> None:
        if self._fd >= 0 and not self._watched:
            self._loop.add_reader(self._fd, self._read)
            self._watched = True

    def _unwatch(self) -> None:
        if self._watched:
            self._watched = False
            with contextlib.suppress(Exception):  # the loop may be closed by now
                self._loop.remove_reader(self._fd)

    def _read(self) -> None:
        try:
            data = os.read(self._fd, _CHUNK)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self.close()
            self._stream.set_exception(exc)
            return
        if data:
            self._stream.feed_data(data)
        else:
            self.close()
            self._stream.feed_eof()

    def __del__(self) -> None:
        # Only reached unwatched (the loop's watch holds a reference): a paused reader whose stream was dropped.
        if self._fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = -1


def read_pipe(fd: int, limit: int) -> asyncio.StreamReader:
    """A stream of what is written to the pipe whose read end is ``fd`` (owned from now on: closed at its end of
    file, on a read error, or when the stream is dropped while paused)."""
    stream = asyncio.StreamReader(limit=limit)
    PipeReader(asyncio.get_running_loop(), fd, stream)
    return stream
