"""Capped output: keep the head and the tail of a long stream and say how much was cut."""

from __future__ import annotations

import asyncio
import re

__all__ = ["CappedBuffer", "strip_ansi"]

_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


def strip_ansi(text: str) -> str:
    """Text without terminal colour and cursor escape sequences."""
    return _ANSI.sub("", text)


class CappedBuffer:
    """Collects bytes, keeping the first and last ``limit // 2`` bytes of whatever arrives."""

    def __init__(self, limit: int = 20_000) -> None:
        self.half = max(limit // 2, 1)
        self.head = bytearray()
        self.tail = bytearray()
        self.total = 0

    def feed(self, data: bytes) -> None:
        """Add a chunk."""
        self.total += len(data)
        room = self.half - len(self.head)
        if room > 0:
            self.head += data[:room]
            data = data[room:]
        if data:
            self.tail += data
            if len(self.tail) > self.half:
                del self.tail[: len(self.tail) - self.half]

    @property
    def cut(self) -> int:
        """Bytes dropped from the middle."""
        return self.total - len(self.head) - len(self.tail)

    def text(self) -> str:
        """The kept output, with a line saying how much was cut from the middle."""
        head = strip_ansi(bytes(self.head).decode("utf-8", errors="replace"))
        if not self.cut and not self.tail:
            return head
        tail = strip_ansi(bytes(self.tail).decode("utf-8", errors="replace"))
        if not self.cut:
            return head + tail
        return f"{head}\n[... {self.cut} bytes of output cut; head and tail kept ...]\n{tail}"

    async def drain(self, reader: asyncio.StreamReader) -> None:
        """Read a stream to its end into the buffer."""
        while chunk := await reader.read(65536):
            self.feed(chunk)
