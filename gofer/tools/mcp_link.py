"""One MCP server's connection: started lazily, owned by a background task, restarted after the server dies.

The ``mcp`` client enters anyio task groups that must be left by the task that entered them, while gofer
calls tools from many run tasks. So each connection lives in its own owner task, which enters the client,
hands it over, and leaves it when asked to stop or when the transport reports end of stream (the server
process died). Calls from any task go through the client's session; a link whose transport ended is started
again on the next call. What a server sends is read through transports that bound each message
(``_mcp_transports``). The ``mcp`` package is imported only here and only when a server is used (it takes about
a second to import).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import threading
import time
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from gofer.tools.mcp_config import McpServerConfig

if TYPE_CHECKING:
    from mcp import Client
    from mcp_types import CallToolResult
    from mcp_types import Tool as RemoteTool

__all__ = ["McpCallError", "McpLink", "McpUnavailableError"]

logger = logging.getLogger(__name__)

_STOP_TIMEOUT = 10.0
_SETTLE = 2.0
_STDERR_TAIL = 1500
_LOG_CAP = 4 << 20
"""Bytes of an MCP server's stderr log kept on disk at most (past it the log keeps its last ``_LOG_KEEP``)."""
_LOG_KEEP = 1 << 20
DEFAULT_MAX_MESSAGE = 32 * 1024 * 1024
"""Bytes of one message gofer reads from a server unless told otherwise (``Settings.mcp_max_message_mb``)."""


class _McpError(Exception):
    """``message``: gofer's account; ``server_text``: what the server itself wrote (its error message, its
    stderr), which the message ends with and a tool result carries as untrusted data."""

    def __init__(self, message: str, server_text: str = "") -> None:
        super().__init__(message + server_text)
        self.message = message
        self.server_text = server_text


class McpUnavailableError(_McpError):
    """The server could not be started or reached; the message says why (with its stderr when it has one)."""


class McpCallError(_McpError):
    """A call failed outside the tool itself (timeout, protocol error, lost connection)."""


class McpLink:
    """A lazily opened, self-healing connection to one configured MCP server."""

    def __init__(
        self, config: McpServerConfig, log_dir: Path, *, user_id: str | None = None,
        max_message: int = DEFAULT_MAX_MESSAGE,
    ) -> None:
        self.config = config
        self.max_message = max_message
        """Bytes of one message read from the server; a larger one fails the call it answers."""
        self.user_id = user_id
        """The user whose calls this connection carries (None: the shared one, for listing and the CLI)."""
        suffix = "" if user_id is None else "-" + hashlib.sha256(user_id.encode()).hexdigest()[:16]
        self.log_path = log_dir / f"mcp-{config.name}{suffix}.log"
        """The server's stderr, one file per user: error messages quote it, and must quote only the user's own."""
        self._client: Client | None = None
        self._owner: asyncio.Task[None] | None = None
        self._stop = asyncio.Event()
        self._ended = asyncio.Event()
        self._lock = asyncio.Lock()
        self._log_offset = 0
        self._log_copier: threading.Thread | None = None
        self._oversized = 0
        self._calls = 0
        self._last_used = time.monotonic()
        self.starts = 0
        """How many times the server was started (or connected to)."""

    @property
    def connected(self) -> bool:
        """True while a connection is open and its transport has not ended."""
        return self._client is not None and not self._ended.is_set()

    async def close_if_idle(self, idle: float) -> bool:
        """Stop the connection (and the server process) when no call is in flight and none ended within ``idle``
        seconds; True when it was stopped. The next call starts it again."""
        async with self._lock:
            if self._owner is None or self._calls or time.monotonic() - self._last_used < idle:
                return False
            await self._drop()
            return True

    async def wait_ended(self) -> None:
        """Return once the current connection's transport has ended (the server exited or hung up)."""
        await self._ended.wait()

    async def list_tools(self) -> list[RemoteTool]:
        """All the server's tools, page by page (connecting first if needed)."""
        client = await self._ensure()
        oversized = self._oversized
        tools: list[RemoteTool] = []
        cursor: str | None = None
        try:
            for _ in range(100):
                page = await asyncio.wait_for(client.list_tools(cursor=cursor), self.config.connect_timeout)
                tools.extend(page.tools)
                cursor = page.next_cursor
                if cursor is None:
                    break
        except Exception as exc:
            await self._discard(client)
            why = self._oversize_text() if self._oversized != oversized else _describe(exc)
            raise McpUnavailableError(f"MCP server {self.config.name!r} did not list its tools: {why}") from None
        return tools

    async def call(self, tool: str, arguments: dict[str, Any]) -> CallToolResult:
        """Call a tool; a lost connection, a timeout or an answer over ``max_message`` is an McpCallError, a
        server that won't start McpUnavailable.

        An HTTP server that forgot the session (it restarted) rejected the call without running it, so the
        call is sent once more over a new connection.
        """
        self._calls += 1
        try:
            for attempt in range(2):
                client = await self._ensure()
                oversized = self._oversized
                try:
                    return await client.call_tool(tool, arguments, read_timeout_seconds=self.config.timeout)
                except Exception as exc:
                    if self._oversized != oversized:
                        await self._discard(client)
                        raise McpCallError(
                            f"MCP server {self.config.name!r} {self._oversize_text()}, so the call's outcome is "
                            f"unknown; the server is {self._again} on the next call"
                        ) from None
                    await self._retry_or_raise(client, exc, retry=attempt == 0)
            raise McpCallError(f"MCP server {self.config.name!r} dropped the session twice")
        finally:
            self._calls -= 1
            self._last_used = time.monotonic()

    async def _retry_or_raise(self, client: Client, exc: Exception, *, retry: bool) -> None:
        """Raise a failed call as an McpCallError, or return when it should be sent again over a new connection."""
        from mcp.shared.exceptions import MCPError
        from mcp_types import CONNECTION_CLOSED, INVALID_REQUEST, REQUEST_TIMEOUT

        name = self.config.name
        if isinstance(exc, MCPError):
            if exc.code == REQUEST_TIMEOUT:
                raise McpCallError(f"MCP server {name!r} did not answer within {self.config.timeout:g} s") from None
            if exc.code == INVALID_REQUEST and "session terminated" in str(exc).lower() and retry:
                await self._discard(client)
                return
            if exc.code != CONNECTION_CLOSED:
                raise McpCallError(f"MCP server {name!r} refused the call", f": {exc}") from None
            await self._discard(client)
            await self._settle_log()
            raise McpCallError(
                f"MCP server {name!r} closed the connection during the call, so its outcome is unknown; "
                f"the server is {self._again} on the next call", self._stderr_hint()
            ) from None
        # transport failures (HTTP errors, broken pipes): reconnect next time
        await self._discard(client)
        raise McpCallError(
            f"MCP server {name!r} failed during the call ({_describe(exc)}), so its outcome is unknown; "
            f"the server is {self._again} on the next call"
        ) from None

    def _oversize_text(self) -> str:
        limit = self.max_message / (1024 * 1024)
        return (f"sent a message of more than {limit:g} MB, the most gofer reads from an MCP server "
                "(GOFER_MCP_MAX_MESSAGE_MB), and it was not read")

    def _oversize(self) -> None:
        self._oversized += 1
        logger.warning("MCP server %r sent a message over %d bytes; it was not read", self.config.name,
                       self.max_message)

    @property
    def _again(self) -> str:
        return "started again" if self.config.command is not None else "connected to again"

    async def _discard(self, client: Client) -> None:
        """Drop the connection a failed call used, unless another task has already replaced it."""
        async with self._lock:
            if self._client is client:
                await self._drop()

    async def aclose(self) -> None:
        """Stop the connection (and the server process, for stdio)."""
        async with self._lock:
            await self._drop()

    # -- the connection's life ---------------------------------------------------------------------------------

    async def _ensure(self) -> Client:
        async with self._lock:
            if self.connected:
                assert self._client is not None
                return self._client
            await self._drop()
            return await self._start()

    async def _start(self) -> Client:
        self._stop = asyncio.Event()
        self._ended = asyncio.Event()
        self._log_offset = self._log_size()
        ready: asyncio.Future[Client] = asyncio.get_running_loop().create_future()
        ready.add_done_callback(_retrieve)
        self._owner = asyncio.create_task(self._own(ready, self._stop, self._ended), name=f"mcp-{self.config.name}")
        self.starts += 1
        try:
            client = await asyncio.wait_for(asyncio.shield(ready), self.config.connect_timeout)
        except TimeoutError:
            await self._drop()
            await self._settle_log()
            raise McpUnavailableError(
                f"MCP server {self.config.name!r} did not connect within {self.config.connect_timeout:g} s",
                self._stderr_hint(),
            ) from None
        except Exception as exc:
            await self._drop()
            await self._settle_log()
            verb = "could not start" if self.config.command is not None else "could not be reached"
            raise McpUnavailableError(
                f"MCP server {self.config.name!r} {verb}: {_start_failure(exc)}", self._stderr_hint()
            ) from None
        self._client = client
        return client

    async def _own(self, ready: asyncio.Future[Client], stop: asyncio.Event, ended: asyncio.Event) -> None:
        """The owner task: enter the client, hand it over, leave it on stop or when the transport ends."""
        from mcp import Client

        try:
            with self._stderr() as errlog:
                transport = _Watched(self._transport(errlog), ended)
                async with Client(transport, cache=None, read_timeout_seconds=self.config.timeout) as client:
                    ready.set_result(client)
                    waits = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(ended.wait())]
                    try:
                        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
                    finally:
                        for w in waits:
                            w.cancel()
        except BaseException as exc:
            if not ready.done():
                ready.set_exception(exc if isinstance(exc, Exception) else McpUnavailableError(repr(exc)))
            elif not isinstance(exc, asyncio.CancelledError):
                logger.debug("MCP server %r: connection closed with %r", self.config.name, exc)
            if isinstance(exc, asyncio.CancelledError):
                raise
        finally:
            ended.set()

    def _transport(self, errlog: Any) -> AbstractAsyncContextManager[Any]:
        import httpx2
        from mcp.client.stdio import StdioServerParameters

        from gofer.tools._mcp_transports import bounded_http_client, bounded_stdio_client

        cfg = self.config
        if cfg.command is not None:
            params = StdioServerParameters(command=cfg.command, args=list(cfg.args), env=dict(cfg.env), cwd=cfg.cwd)
            return bounded_stdio_client(params, errlog, max_message=self.max_message, on_oversize=self._oversize)
        assert cfg.url is not None
        timeout = httpx2.Timeout(cfg.connect_timeout, read=max(cfg.timeout, 300.0))
        return bounded_http_client(cfg.url, dict(cfg.headers), timeout, max_message=self.max_message,
                                   on_oversize=self._oversize)

    async def _drop(self) -> None:
        """Leave the current connection, if any (waiting a bounded time for the server to stop)."""
        owner, self._owner, self._client = self._owner, None, None
        if owner is None:
            return
        self._stop.set()
        try:
            await asyncio.wait_for(asyncio.shield(owner), _STOP_TIMEOUT)
        except TimeoutError:
            owner.cancel()
            with contextlib.suppress(BaseException):
                await owner
        except BaseException as exc:
            logger.debug("MCP server %r: stopped with %r", self.config.name, exc)

    # -- the server's stderr -----------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _stderr(self) -> Any:
        """Where the server's stderr goes: a pipe that a thread copies into the log, keeping the log under
        ``_LOG_CAP`` bytes (a server that writes without end cannot fill the disk)."""
        if self.config.command is None:
            yield None
            return
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        read_fd, write_fd = os.pipe()
        self._log_copier = threading.Thread(target=self._copy_log, args=(read_fd,), daemon=True, name="mcp-stderr")
        self._log_copier.start()
        with os.fdopen(write_fd, "w", encoding="utf-8", errors="replace") as f:
            yield f

    def _copy_log(self, read_fd: int) -> None:
        """Append what the server writes on stderr to its log until the pipe closes; past ``_LOG_CAP`` bytes the
        log is cut to its last ``_LOG_KEEP`` bytes."""
        with open(read_fd, "rb", buffering=0) as src:
            while chunk := src.read(1 << 16):
                try:
                    with self.log_path.open("ab") as out:
                        out.write(chunk)
                        size = out.tell()
                    if size > _LOG_CAP:
                        tail = self.log_path.read_bytes()[-_LOG_KEEP:]
                        note = f"[... earlier output cut: gofer keeps this log under {_LOG_CAP >> 20} MB ...]\n"
                        self.log_path.write_bytes(note.encode() + tail)
                        self._log_offset = 0
                except OSError:
                    continue  # the log folder went away: the server's output is dropped, never blocked on

    async def _settle_log(self) -> None:
        """After the connection was dropped, let the copier write the last of the server's stderr (the words an
        error message about that connection quotes; a dead server's pipe ends at once, a loaded machine may not have
        run the copier yet). Bounded: a child of the server that keeps the pipe open costs ``_SETTLE`` seconds."""
        copier = self._log_copier
        if copier is not None:
            await asyncio.to_thread(copier.join, _SETTLE)

    def _log_size(self) -> int:
        try:
            return self.log_path.stat().st_size
        except OSError:
            return 0

    def _stderr_hint(self) -> str:
        """The server's stderr since this start (its tail), for error messages."""
        if self.config.command is None:
            return ""
        try:
            with self.log_path.open("rb") as f:
                f.seek(self._log_offset)
                text = f.read().decode("utf-8", "replace").strip()
        except OSError:
            return ""
        if not text:
            return ""
        if len(text) > _STDERR_TAIL:
            text = "..." + text[-_STDERR_TAIL:]
        return f"\nThe server's stderr:\n{text}"


class _Watched:
    """A transport whose read stream sets ``ended`` when it runs dry (the server is gone)."""

    def __init__(self, inner: AbstractAsyncContextManager[Any], ended: asyncio.Event) -> None:
        self._inner = inner
        self._ended = ended

    async def __aenter__(self) -> tuple[Any, Any]:
        read, write = await self._inner.__aenter__()
        return _WatchedReader(read, self._ended), write

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> bool | None:
        self._ended.set()
        return await self._inner.__aexit__(exc_type, exc, tb)


class _WatchedReader:
    """Passes messages through; marks the end of the stream."""

    def __init__(self, inner: Any, ended: asyncio.Event) -> None:
        self._inner = inner
        self._ended = ended

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def receive(self) -> Any:
        """The next message; end of stream marks the link as ended."""
        import anyio

        try:
            return await self._inner.receive()
        except (anyio.EndOfStream, anyio.ClosedResourceError, anyio.BrokenResourceError):
            self._ended.set()
            raise

    def __aiter__(self) -> _WatchedReader:
        return self

    async def __anext__(self) -> Any:
        import anyio

        try:
            return await self.receive()
        except anyio.EndOfStream:
            raise StopAsyncIteration from None

    async def aclose(self) -> None:
        """Close the underlying stream."""
        await self._inner.aclose()

    async def __aenter__(self) -> _WatchedReader:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._inner.aclose()


def _retrieve(future: asyncio.Future[Any]) -> None:
    """Mark a future's exception as seen (the waiter may have given up on it)."""
    if not future.cancelled():
        future.exception()


def _start_failure(exc: BaseException) -> str:
    """Why a start failed, in words: a closed connection during the handshake means the server went away."""
    from mcp.shared.exceptions import MCPError
    from mcp_types import CONNECTION_CLOSED

    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    if isinstance(exc, MCPError) and exc.code == CONNECTION_CLOSED:
        return "it closed the connection before the handshake ended (did the process exit?)"
    return _describe(exc)


def _describe(exc: BaseException) -> str:
    """A one-line account of an error, looking inside exception groups."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    text = str(exc).strip()
    if isinstance(exc, TimeoutError):
        return "timed out"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
