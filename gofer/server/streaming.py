"""Event streams: a run's events after a seq, as Server-Sent Events or over a WebSocket.

A stream first replays what the log already holds after the client's position, then follows new events, and
closes after the run's terminal event (at once if the run had already ended). Positions are seqs, so a client
that reconnects with ``after`` (or ``Last-Event-ID``) misses nothing and sees nothing twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections import OrderedDict
from collections.abc import AsyncIterator

from fastapi import WebSocket, WebSocketDisconnect
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from gofer.events import TERMINAL_TYPES, Event, dump_event
from gofer.server.auth import Principal
from gofer.server.context import ServerContext
from gofer.store.base import NotFoundError

__all__ = ["KEEPALIVE_SECONDS", "KEY_RECHECK_SECONDS", "EventStream", "KeyRevoked", "follow", "sse_frame",
           "websocket_stream", "wire_json"]

KEEPALIVE_SECONDS = 15.0
KEY_RECHECK_SECONDS = 1.0
"""A stream re-checks that its caller's key is still live before an event, at most this often."""


class KeyRevoked(Exception):
    """The key a stream was opened with has been revoked: the stream ends."""


async def _key_live(ctx: ServerContext, who: Principal) -> bool:
    try:  # that one key, not a listing of all the user's keys every second of every stream
        key = await ctx.store.get_api_key(who.key.id, who.user_id)
    except NotFoundError:
        return False
    return key.revoked_at is None


async def follow(ctx: ServerContext, run_id: str, after: int, who: Principal | None = None) -> AsyncIterator[Event]:
    """The run's events after ``after``: those stored, then live ones, ending with the terminal event.

    With ``who``, a long-lived stream stops (KeyRevoked) once the key it was opened with is revoked."""
    checked = time.monotonic()
    async for event in ctx.store.subscribe(run_id, after):
        if event.seq <= after:
            continue
        if who is not None and time.monotonic() - checked >= KEY_RECHECK_SECONDS:
            if not await _key_live(ctx, who):
                raise KeyRevoked
            checked = time.monotonic()
        yield event
        after = event.seq
        if event.type in TERMINAL_TYPES:
            return


_CACHE_SIZE = 2048
_wire_cache: OrderedDict[tuple[str, int], tuple[str, bytes]] = OrderedDict()


def _encoded(event: Event) -> tuple[str, bytes]:
    """The event's compact JSON and its SSE frame, made once however many streams send it (by run and seq)."""
    key = (event.run_id, event.seq)
    hit = _wire_cache.get(key)
    if hit is None:
        text = json.dumps(dump_event(event), separators=(",", ":"))
        hit = (text, f"id: {event.seq}\nevent: {event.type}\ndata: {text}\n\n".encode())
        _wire_cache[key] = hit
        if len(_wire_cache) > _CACHE_SIZE:
            _wire_cache.popitem(last=False)
    return hit


def wire_json(event: Event) -> str:
    """The event's compact JSON (the WebSocket message)."""
    return _encoded(event)[0]


def sse_frame(event: Event) -> bytes:
    """One SSE message: ``id`` is the seq (for Last-Event-ID), ``event`` the type, ``data`` the JSON event."""
    return _encoded(event)[1]


class EventStream(StreamingResponse):
    """The SSE response: frames are written straight from the run's feed as events come (no queue or task per
    event), a comment every KEEPALIVE_SECONDS while nothing happens, and the stream ends when the client leaves
    or after the run's terminal event."""

    def __init__(self, ctx: ServerContext, run_id: str, after: int, who: Principal | None = None) -> None:
        self.ctx = ctx
        self.run_id = run_id
        self.after = after
        self.who = who
        self.status_code = 200
        self.media_type = "text/event-stream"
        self.background = None
        self.init_headers({"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve the stream (an ASGI app)."""
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        writing = asyncio.Lock()
        last_write = time.monotonic()
        streaming = asyncio.current_task()
        sent = self.ctx.metrics.events_sent.labels("sse")

        async def write(chunk: bytes) -> None:
            nonlocal last_write
            async with writing:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            last_write = time.monotonic()

        async def keepalive() -> None:
            while True:
                await asyncio.sleep(max(0.0, last_write + KEEPALIVE_SECONDS - time.monotonic()))
                if time.monotonic() - last_write >= KEEPALIVE_SECONDS:
                    await write(b": keepalive\n\n")

        async def watch_disconnect() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass
            if streaming is not None:
                streaming.cancel()

        helpers = [asyncio.create_task(keepalive()), asyncio.create_task(watch_disconnect())]
        self.ctx.metrics.streams.labels("sse").inc()
        try:
            await write(b"retry: 1000\n\n")
            try:
                async for event in follow(self.ctx, self.run_id, self.after, self.who):
                    await write(sse_frame(event))
                    sent.inc()
            except KeyRevoked:
                await write(b"event: error\ndata: {\"error\": \"the API key was revoked\"}\n\n")
            except asyncio.CancelledError:
                if not helpers[1].done() or streaming is None:
                    raise
                streaming.uncancel()
                return  # the client went away
            except Exception:
                await write(b"event: error\ndata: {\"error\": \"stream failed\"}\n\n")
            async with writing:
                await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            self.ctx.metrics.streams.labels("sse").dec()
            for helper in helpers:
                helper.cancel()
            for helper in helpers:
                with contextlib.suppress(BaseException):
                    await helper


async def websocket_stream(ctx: ServerContext, websocket: WebSocket, run_id: str, after: int,
                           who: Principal | None = None) -> None:
    """Send the run's events as JSON text messages; close with 1000 after the terminal event.

    Messages from the client are read only to notice that it went away.
    """

    sent = ctx.metrics.events_sent.labels("ws")

    async def sender() -> None:
        async for event in follow(ctx, run_id, after, who):
            await websocket.send_text(wire_json(event))
            sent.inc()

    async def receiver() -> None:
        with contextlib.suppress(WebSocketDisconnect):
            while True:
                message = await websocket.receive()
                if message["type"] == "websocket.disconnect":
                    return

    ctx.metrics.streams.labels("ws").inc()
    send_task = asyncio.create_task(sender())
    recv_task = asyncio.create_task(receiver())
    try:
        done, _ = await asyncio.wait({send_task, recv_task}, return_when=asyncio.FIRST_COMPLETED)
        if send_task in done and send_task.exception() is None:
            with contextlib.suppress(Exception):
                await websocket.close(code=1000, reason="run ended")
        elif send_task in done and isinstance(send_task.exception(), KeyRevoked):
            with contextlib.suppress(Exception):
                await websocket.close(code=4401, reason="the API key was revoked")
    finally:
        ctx.metrics.streams.labels("ws").dec()
        for task in (send_task, recv_task):
            task.cancel()
        for task in (send_task, recv_task):
            with contextlib.suppress(BaseException):
                await task
