"""Event streams: a run's events after a seq, as Server-Sent Events or over a WebSocket.

A stream first replays what the log already holds after the client's position, then follows new events, and
closes after the run's terminal event (at once if the run had already ended). Positions are seqs, so a client
that reconnects with ``after`` (or ``Last-Event-ID``) misses nothing and sees nothing twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections import OrderedDict
from collections.abc import AsyncIterator

from fastapi import WebSocket, WebSocketDisconnect

from gofer.events import TERMINAL_TYPES, Event, EventBase, dump_event
from gofer.server.context import ServerContext

__all__ = ["KEEPALIVE_SECONDS", "follow", "sse_body", "sse_frame", "websocket_stream", "wire_json"]

KEEPALIVE_SECONDS = 15.0


async def follow(ctx: ServerContext, run_id: str, after: int) -> AsyncIterator[Event]:
    """The run's events after ``after``: those stored, then live ones, ending with the terminal event."""
    async for event in ctx.store.subscribe(run_id, after):
        if event.seq <= after:
            continue
        yield event
        after = event.seq
        if event.type in TERMINAL_TYPES:
            return


_WIRE_CACHE_SIZE = 2048
_wire_cache: OrderedDict[tuple[str, int], str] = OrderedDict()


def wire_json(event: Event) -> str:
    """The event's compact JSON, encoded once however many streams send it (keyed by run and seq)."""
    key = (event.run_id, event.seq)
    text = _wire_cache.get(key)
    if text is None:
        text = json.dumps(dump_event(event), separators=(",", ":"))
        _wire_cache[key] = text
        if len(_wire_cache) > _WIRE_CACHE_SIZE:
            _wire_cache.popitem(last=False)
    return text


def sse_frame(event: Event) -> bytes:
    """One SSE message: ``id`` is the seq (for Last-Event-ID), ``event`` the type, ``data`` the JSON event."""
    return f"id: {event.seq}\nevent: {event.type}\ndata: {wire_json(event)}\n\n".encode()


_KEEPALIVE = object()


async def sse_body(ctx: ServerContext, run_id: str, after: int) -> AsyncIterator[bytes]:
    """The body of an SSE response, with a comment every KEEPALIVE_SECONDS while nothing happens."""
    queue: asyncio.Queue[Event | object | None] = asyncio.Queue()  # events, keepalives, None at the end
    loop = asyncio.get_running_loop()

    async def pump() -> None:
        try:
            async for event in follow(ctx, run_id, after):
                await queue.put(event)
        finally:
            await queue.put(None)

    def tick() -> None:
        queue.put_nowait(_KEEPALIVE)

    task = asyncio.create_task(pump())
    timer = loop.call_later(KEEPALIVE_SECONDS, tick)
    ctx.metrics.streams.labels("sse").inc()
    try:
        yield b"retry: 1000\n\n"
        ended = False
        while not ended:
            item = await queue.get()
            frames: list[bytes] = []  # what has piled up goes out in one write
            while True:
                if item is None:
                    ended = True
                    break
                if item is _KEEPALIVE:
                    frames.append(b": keepalive\n\n")
                elif isinstance(item, EventBase):
                    frames.append(sse_frame(item))  # type: ignore[arg-type]
                if queue.empty():
                    break
                item = queue.get_nowait()
            timer.cancel()
            timer = loop.call_later(KEEPALIVE_SECONDS, tick)
            if frames:
                ctx.metrics.events_sent.labels("sse").inc(len(frames))
                yield b"".join(frames)
        if task.done() and not task.cancelled() and task.exception() is not None:
            yield b"event: error\ndata: {\"error\": \"stream failed\"}\n\n"
    finally:
        timer.cancel()
        ctx.metrics.streams.labels("sse").dec()
        task.cancel()
        with contextlib.suppress(BaseException):
            await task


async def websocket_stream(ctx: ServerContext, websocket: WebSocket, run_id: str, after: int) -> None:
    """Send the run's events as JSON text messages; close with 1000 after the terminal event.

    Messages from the client are read only to notice that it went away.
    """

    async def sender() -> None:
        async for event in follow(ctx, run_id, after):
            await websocket.send_text(wire_json(event))
            ctx.metrics.events_sent.labels("ws").inc()

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
    finally:
        ctx.metrics.streams.labels("ws").dec()
        for task in (send_task, recv_task):
            task.cancel()
        for task in (send_task, recv_task):
            with contextlib.suppress(BaseException):
                await task
