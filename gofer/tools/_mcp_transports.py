"""MCP transports that read at most ``max_message`` bytes per message from a server.

The SDK's stdio client gathers a line however long it grows, and its HTTP client reads a JSON answer whole, so a
hostile server could fill gofer's memory with one message. These bound both: a stdio line over the bound ends
the connection (the server is stopped; the call in flight fails), an HTTP answer or server-sent event over it is
dropped (the call fails). Either way ``on_oversize`` is told first, so the link can say why. Imported only when
a server is used (the ``mcp`` package is slow to import).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import TextIO

import anyio
import anyio.lowlevel
import httpx2
import mcp_types as types
from mcp.client._transport import TransportStreams
from mcp.client.stdio import (
    StdioServerParameters,
    _aclose_all,
    _create_platform_compatible_process,
    _drain_stdout,
    _get_executable_command,
    _stop_server_process,
    get_default_environment,
)
from mcp.shared.message import SessionMessage

__all__ = ["OversizeError", "bounded_http_client", "bounded_stdio_client"]

_FLUSH_TIMEOUT = 0.5
_EVENT_ENDS = (b"\n\n", b"\r\n\r\n", b"\r\r")


class OversizeError(httpx2.StreamError):
    """An HTTP answer or event over the bound (a StreamError, so the SDK fails the one request it answers)."""


@asynccontextmanager
async def bounded_stdio_client(
    server: StdioServerParameters, errlog: TextIO, *, max_message: int, on_oversize: Callable[[], None]
) -> AsyncIterator[TransportStreams]:
    """The SDK's stdio transport (same start and shutdown), reading lines of at most ``max_message`` bytes."""
    command = await _get_executable_command(server.command)
    process = await _create_platform_compatible_process(
        command=command, args=server.args, env=get_default_environment() | (server.env or {}), errlog=errlog,
        cwd=server.cwd,
    )
    read_writer, read_stream = anyio.create_memory_object_stream[SessionMessage | Exception](0)
    write_stream, write_reader = anyio.create_memory_object_stream[SessionMessage](0)
    writer_done = anyio.Event()

    async def stdout_reader() -> None:
        assert process.stdout is not None
        line = bytearray()
        try:
            async with read_writer:
                try:
                    async for chunk in process.stdout:
                        start = 0
                        while (end := chunk.find(b"\n", start)) >= 0:
                            line += chunk[start:end]
                            start = end + 1
                            if len(line) > max_message:
                                break
                            message = _parse(bytes(line))
                            line.clear()
                            await read_writer.send(message)
                        else:
                            line += chunk[start:]
                        if len(line) > max_message:
                            on_oversize()
                            await read_writer.aclose()  # the session ends (stopping the server) before the drain
                            return
                finally:
                    await _drain_stdout(process)
        except (anyio.ClosedResourceError, anyio.BrokenResourceError, ConnectionError):
            pass  # the session or the pipe went away; the read stream's end tells the session

    async def stdin_writer() -> None:
        assert process.stdin is not None
        try:
            async with write_reader:
                async for session_message in write_reader:
                    json = session_message.message.model_dump_json(by_alias=True, exclude_unset=True)
                    await process.stdin.send((json + "\n").encode())
        except (anyio.ClosedResourceError, anyio.BrokenResourceError, OSError):
            await read_writer.aclose()
        finally:
            writer_done.set()

    async def shutdown() -> None:
        read_stream.close()
        write_stream.close()
        with anyio.move_on_after(_FLUSH_TIMEOUT):
            await writer_done.wait()
        await _stop_server_process(process)
        await _aclose_all(read_stream, write_stream, read_writer, write_reader)
        await anyio.lowlevel.checkpoint()

    async with anyio.create_task_group() as tg:
        tg.start_soon(stdout_reader)
        tg.start_soon(stdin_writer)
        try:
            yield read_stream, write_stream
        finally:
            with anyio.CancelScope(shield=True):  # the server process must not outlive the transport
                await shutdown()
            tg.cancel_scope.cancel()
    await anyio.lowlevel.cancel_shielded_checkpoint()


def _parse(line: bytes) -> SessionMessage | Exception:
    """One line as a JSON-RPC message; a malformed one is returned as the error, for the session to surface."""
    try:
        return SessionMessage(types.jsonrpc_message_adapter.validate_json(line, by_name=False))
    except ValueError as exc:
        return exc


@asynccontextmanager
async def bounded_http_client(
    url: str, headers: dict[str, str], timeout: httpx2.Timeout, *, max_message: int, on_oversize: Callable[[], None]
) -> AsyncIterator[TransportStreams]:
    """The SDK's streamable-HTTP transport over a client whose answers and events are cut at ``max_message``."""
    from mcp.client.streamable_http import streamable_http_client

    transport = _BoundedTransport(httpx2.AsyncHTTPTransport(), max_message, on_oversize)
    async with (
        httpx2.AsyncClient(headers=headers, timeout=timeout, transport=transport) as http,
        # The SDK's own bound on an event is a backstop: ours (raw bytes, never fewer than it counts) trips first.
        streamable_http_client(url, http_client=http, max_sse_event_size=max_message + 65536) as streams,
    ):
        yield streams


class _BoundedTransport(httpx2.AsyncBaseTransport):
    """Wraps each answer's body in a counter of the bytes of its current message."""

    def __init__(self, inner: httpx2.AsyncBaseTransport, max_message: int, on_oversize: Callable[[], None]) -> None:
        self._inner = inner
        self._max = max_message
        self._on_oversize = on_oversize

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send the request; the answer's body is read through the bound."""
        response = await self._inner.handle_async_request(request)
        events = response.headers.get("content-type", "").lower().startswith("text/event-stream")
        assert isinstance(response.stream, httpx2.AsyncByteStream)
        response.stream = _BoundedStream(response.stream, self._max, events, self._on_oversize)
        return response

    async def aclose(self) -> None:
        """Close the connections."""
        await self._inner.aclose()


class _BoundedStream(httpx2.AsyncByteStream):
    """A body of one message (JSON) or of events (SSE, each bounded on its own)."""

    def __init__(self, inner: httpx2.AsyncByteStream, limit: int, events: bool, on_oversize: Callable[[], None]):
        self._inner = inner
        self._limit = limit
        self._events = events
        self._on_oversize = on_oversize

    async def __aiter__(self) -> AsyncIterator[bytes]:
        size = 0
        tail = b""
        async for chunk in self._inner:
            if self._events:
                seen = tail + chunk
                end = max((seen.rfind(sep) + len(sep) if sep in seen else -1) for sep in _EVENT_ENDS)
                size = len(seen) - end if end >= 0 else size + len(chunk)
                tail = seen[-3:]
            else:
                size += len(chunk)
            if size > self._limit:
                self._on_oversize()
                raise OversizeError(f"the server's message is larger than {self._limit} bytes")
            yield chunk

    async def aclose(self) -> None:
        """Close the body."""
        await self._inner.aclose()

