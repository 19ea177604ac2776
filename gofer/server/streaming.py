"""Event streams: a run's events after a seq, as Server-Sent Events or over a WebSocket.

A stream first replays what the log already holds after the client's position, then follows new events, and
closes after the run's terminal event (at once if the run had already ended). Positions are seqs, so a client
that reconnects with ``after`` (or ``Last-Event-ID``) misses nothing and sees nothing twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator

from fastapi import WebSocket, WebSocketDisconnect

from gofer.events import TERMINAL_TYPES, Event, dump_event
from gofer.server.context import ServerContext

__all__ = ["KEEPALIVE_SECONDS", "follow", "sse_body", "sse_frame", "websocket_stream"]

KEEPALIVE_SECONDS = 15.0


async def follow(ctx: ServerContext, run_id: str, after: int) -> AsyncIterator[Event]:
    """The run's events after ``after``: those stored, then live ones, ending with the terminal event."""
    for event in await ctx.store.read(run_id, after):
        yield event
        after = event.seq
        if event.type in TERMINAL_TYPES:
            return
    run = await ctx.store.get_run(run_id)
    if run.status.terminal:
        for event in await ctx.store.read(run_id, after):
            yield event
        return
    async for event in ctx.store.subscribe(run_id, after):
        if event.seq <= after:
            continue
        yield event
        after = event.seq
        if event.type in TERMINAL_TYPES:
            return


def sse_frame(event: Event) -> bytes:
    """One SSE message: ``id`` is the seq (for Last-Event-ID), ``event`` the type, ``data`` the JSON event."""
    data = json.dumps(dump_event(event), separators=(",", ":"))
    return f"id: {event.seq}\nevent: {event.type}\ndata: {data}\n\n".encode()


async def sse_body(ctx: ServerContext, run_id: str, after: int) -> AsyncIterator[bytes]:
    """The body of an SSE response, with a comment every KEEPALIVE_SECONDS while nothing happens."""
    queue: asyncio.Queue[Event | None] = asyncio.Queue()

    async def pump() -> None:
        try:
            async for event in follow(ctx, run_id, after):
                await queue.put(event)
        finally:
            await queue.put(None)

    task = asyncio.create_task(pump())
    ctx.metrics.streams.labels("sse").inc()
    try:
        yield b"retry: 1000\n\n"
        while True:
            try:
                item = await asyncio.wait_for(queue.get(), KEEPALIVE_SECONDS)
            except TimeoutError:
                yield b": keepalive\n\n"
                continue
            if item is None:
                break
            ctx.metrics.events_sent.labels("sse").inc()
            yield sse_frame(item)
        if task.done() and not task.cancelled() and task.exception() is not None:
            yield b"event: error\ndata: {\"error\": \"stream failed\"}\n\n"
    finally:
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
            await websocket.send_text(json.dumps(dump_event(event), separators=(",", ":")))
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
