"""Stream latency: delay from an event's append to its receipt by SSE and WebSocket clients.

A live server (uvicorn, SQLite store, in this process) gets one run; N subscribers follow it (half over SSE,
half over WebSocket) while events are appended to its log at a steady rate. Each event carries the time of
its append; each client notes the time of receipt. Prints p50/p99/max per transport. Goal: p99 < 50 ms.

    .venv/bin/python bench/stream_latency.py --events 10000 --subscribers 100 --rate 500
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import tempfile
import time

import httpx
import websockets

from gofer.config import Settings
from gofer.events import RunFinished, RunStarted, UserMessage
from gofer.server.testing import LiveServer


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def _sse(url: str, key: str, run_id: str, out: list[float], ready: asyncio.Event) -> int:
    got = 0
    async with httpx.AsyncClient(base_url=url, timeout=None) as client, client.stream(
            "GET", f"/v1/runs/{run_id}/events", headers={"Authorization": f"Bearer {key}",
                                                        "Accept": "text/event-stream"}) as response:
        ready.set()
        async for line in response.aiter_lines():
            if line.startswith("data:"):
                event = json.loads(line[5:])
                if event["type"] == "UserMessage":
                    out.append((time.time_ns() - int(event["text"])) / 1e6)
                got += 1
    return got


async def _ws(url: str, key: str, run_id: str, out: list[float], ready: asyncio.Event) -> int:
    got = 0
    ws_url = url.replace("http://", "ws://") + f"/v1/runs/{run_id}/events?token={key}"
    async with websockets.connect(ws_url, max_size=None) as socket:
        ready.set()
        async for message in socket:
            event = json.loads(message)
            if event["type"] == "UserMessage":
                out.append((time.time_ns() - int(event["text"])) / 1e6)
            got += 1
    return got


def main() -> None:
    """Run the benchmark and print the latency percentiles."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--subscribers", type=int, default=100)
    parser.add_argument("--rate", type=float, default=500.0, help="Events appended per second.")
    args = parser.parse_args()
    os.environ.setdefault("GOFER_HOME", tempfile.mkdtemp(prefix="gofer-bench-"))
    settings = Settings(rate_limit_per_minute=10_000_000)
    with LiveServer(settings) as server:
        key = server.user_key("bench")
        store = server.ctx.store

        async def make_run() -> str:
            user = await store.get_user_by_name("bench")
            session = await server.ctx.service.create_session(user_id=user.id)
            run = await store.create_run(session_id=session.id, task="bench", model="none", user_id=user.id)
            await store.append(run.id, [RunStarted(run_id=run.id, task="bench", model="none",
                                                   session_id=session.id, workspace=session.workspace)], 0)
            return run.id

        run_id = server.call(make_run())

        async def append_all() -> None:
            interval = 1.0 / args.rate
            start = time.perf_counter()
            for i in range(args.events):
                await store.append(run_id, [UserMessage(run_id=run_id, text=str(time.time_ns()))], i + 1)
                delay = start + (i + 1) * interval - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
            await store.append(run_id, [RunFinished(run_id=run_id, answer="done")], args.events + 1)

        async def clients() -> dict[str, list[float]]:
            lat: dict[str, list[float]] = {"sse": [], "ws": []}
            readies = [asyncio.Event() for _ in range(args.subscribers)]
            tasks = []
            for n in range(args.subscribers):
                kind = "sse" if n % 2 == 0 else "ws"
                fn = _sse if kind == "sse" else _ws
                tasks.append(asyncio.create_task(fn(server.url, key, run_id, lat[kind], readies[n])))
            await asyncio.gather(*(r.wait() for r in readies))
            appender = asyncio.wrap_future(asyncio.run_coroutine_threadsafe(append_all(), server.ctx.extras["loop"]))
            counts = await asyncio.gather(*tasks)
            await appender
            expected = args.events + 2
            assert all(c == expected for c in counts), f"some clients missed events: {set(counts)} != {expected}"
            return lat

        started = time.perf_counter()
        lat = asyncio.run(clients())
        took = time.perf_counter() - started
    print(f"{args.events} events, {args.subscribers} subscribers ({args.subscribers // 2 + args.subscribers % 2} "
          f"SSE, {args.subscribers // 2} WebSocket), {args.rate:g} events/s, {took:.1f} s")
    for kind, values in lat.items():
        if values:
            print(f"{kind:>4}: p50 {statistics.median(values):7.2f} ms   p99 {_pct(values, 0.99):7.2f} ms   "
                  f"max {max(values):7.2f} ms   ({len(values)} receipts)")
    worst = max(_pct(v, 0.99) for v in lat.values() if v)
    print("goal p99 < 50 ms:", "met" if worst < 50 else "NOT met")


if __name__ == "__main__":
    main()
