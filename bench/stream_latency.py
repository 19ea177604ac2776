"""Stream latency: delay from an event's append to its receipt by SSE and WebSocket clients.

A live server (uvicorn on uvloop, as ``gofer serve`` runs it; SQLite store) runs in its own process and
appends to one run's log at a steady rate, as a runner in the server process would; N subscribers follow the
run (half over SSE, half over WebSocket) from one or more other processes, so clients and server do not share
a GIL. Each event carries the wall-clock time just before its append; each client notes the time of receipt.
Prints p50/p99/max per transport, and the CPU time of server and clients (on a shared, loaded machine the
latency tail is mostly waiting for a core). Goal: p99 < 50 ms.

    .venv/bin/python bench/stream_latency.py --events 10000 --subscribers 100 --rate 50

Measured on 2 cores (quiet machine): p50 7.4 ms, p99 13.5 ms for both transports (9 ms from the commit);
at 100 events/s p99 20 ms. On a machine loaded by other work (load average 5-8) p99 was 150-450 ms: the tail
is then waiting for a core, not the server's code.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import httpx
import uvicorn
import uvloop
import websockets

from gofer.config import Settings
from gofer.events import RunFinished, RunStarted, UserMessage
from gofer.server.app import create_app


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# The server process


async def _serve(events: int, rate: float, report: Path) -> None:
    """Serve the app, make a run, print where to find it, append on "go" from stdin, write the CPU time and
    commit times to ``report``, print "done", leave on EOF."""
    settings = Settings(rate_limit_per_minute=10_000_000)
    app = create_app(settings)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on",
                                           timeout_graceful_shutdown=2))
    serving = asyncio.create_task(server.serve())
    while not server.started:
        if serving.done():
            await serving
            raise RuntimeError("the server did not start")
        await asyncio.sleep(0.01)
    ctx = app.state.gofer
    store = ctx.store
    user = await store.create_user("bench")
    _, key = await store.create_api_key(user.id)
    session = await ctx.service.create_session(user_id=user.id)
    run = await store.create_run(session_id=session.id, task="bench", model="none", user_id=user.id)
    await store.append(run.id, [RunStarted(run_id=run.id, task="bench", model="none", session_id=session.id,
                                           workspace=session.workspace)], 0)
    port = server.servers[0].sockets[0].getsockname()[1]
    print(json.dumps({"url": f"http://127.0.0.1:{port}", "key": key, "run_id": run.id}), flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.readline)  # "go"
    cpu = time.process_time()
    interval = 1.0 / rate
    start = time.perf_counter()
    committed = [0] * (events + 2)
    for i in range(events):
        await store.append(run.id, [UserMessage(run_id=run.id, text=str(time.time_ns()))], i + 1)
        committed[i + 1] = time.time_ns()
        delay = start + (i + 1) * interval - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
    await store.append(run.id, [RunFinished(run_id=run.id, answer="done")], events + 1)
    report.write_text(json.dumps({"cpu": time.process_time() - cpu, "committed": committed}))
    print("done", flush=True)  # a short line: a long one could fill the pipe and block this loop
    await loop.run_in_executor(None, sys.stdin.read)  # until the parent closes the pipe
    server.should_exit = True
    await serving


# The client processes


Receipt = tuple[int, int, int]
"""(seq, wall-clock ns just before its append, wall-clock ns of its receipt)."""


async def _sse(url: str, key: str, run_id: str, out: list[Receipt], ready: asyncio.Event) -> int:
    got = 0
    async with httpx.AsyncClient(base_url=url, timeout=None) as client, client.stream(
            "GET", f"/v1/runs/{run_id}/events", headers={"Authorization": f"Bearer {key}",
                                                        "Accept": "text/event-stream"}) as response:
        ready.set()
        async for line in response.aiter_lines():
            if line.startswith("data:"):
                received = time.time_ns()
                event = json.loads(line[5:])
                if event["type"] == "UserMessage":
                    out.append((event["seq"], int(event["text"]), received))
                got += 1
    return got


async def _ws(url: str, key: str, run_id: str, out: list[Receipt], ready: asyncio.Event) -> int:
    got = 0
    ws_url = url.replace("http://", "ws://") + f"/v1/runs/{run_id}/events?token={key}"
    async with websockets.connect(ws_url, max_size=None) as socket:
        ready.set()
        async for message in socket:
            received = time.time_ns()
            event = json.loads(message)
            if event["type"] == "UserMessage":
                out.append((event["seq"], int(event["text"]), received))
            got += 1
    return got


async def _clients(where: dict[str, str], kinds: list[str], conn: Connection) -> dict[str, Any]:
    lat: dict[str, list[Receipt]] = {"sse": [], "ws": []}
    readies = [asyncio.Event() for _ in kinds]
    tasks = [asyncio.create_task((_sse if kind == "sse" else _ws)(where["url"], where["key"], where["run_id"],
                                                                   lat[kind], ready))
             for kind, ready in zip(kinds, readies, strict=True)]
    await asyncio.gather(*(ready.wait() for ready in readies))
    conn.send("ready")
    cpu = time.process_time()
    counts = await asyncio.gather(*tasks)
    return {"lat": lat, "counts": counts, "cpu": time.process_time() - cpu}


def _client_process(where: dict[str, str], kinds: list[str], conn: Connection) -> None:
    conn.send(uvloop.run(_clients(where, kinds, conn)))
    conn.close()


# The conductor


def main() -> None:
    """Run the benchmark and print the latency percentiles."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--subscribers", type=int, default=100)
    parser.add_argument("--rate", type=float, default=100.0, help="Events appended per second.")
    parser.add_argument("--client-procs", type=int, default=2,
                        help="Processes the subscribers are spread over (one httpx process cannot parse 100 SSE "
                             "streams fast enough and becomes the tail).")
    parser.add_argument("--transport", choices=["both", "sse", "ws"], default="both")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--report", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        profile = os.environ.get("GOFER_BENCH_PROFILE")  # a path: the server's cProfile stats are written there
        if profile:
            import cProfile

            cProfile.runctx("uvloop.run(_serve(args.events, args.rate, args.report))", globals(), locals(), profile)
        else:
            uvloop.run(_serve(args.events, args.rate, args.report))
        return
    env = dict(os.environ)
    env.setdefault("GOFER_HOME", tempfile.mkdtemp(prefix="gofer-bench-"))
    report_path = Path(env["GOFER_HOME"]) / "server-report.json"
    server = subprocess.Popen([sys.executable, __file__, "--serve", "--events", str(args.events), "--rate",
                               str(args.rate), "--report", str(report_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True)
    assert server.stdin is not None and server.stdout is not None
    try:
        where = json.loads(server.stdout.readline())
        cycle = {"both": ["sse", "ws"], "sse": ["sse"], "ws": ["ws"]}[args.transport]
        kinds = [cycle[n % len(cycle)] for n in range(args.subscribers)]
        spawn = multiprocessing.get_context("spawn")
        pipes, procs = [], []
        for part in range(args.client_procs):
            mine, theirs = spawn.Pipe()
            proc = spawn.Process(target=_client_process, args=(where, kinds[part::args.client_procs], theirs))
            proc.start()
            pipes.append(mine)
            procs.append(proc)
        for pipe in pipes:
            assert pipe.recv() == "ready"
        started = time.perf_counter()
        server.stdin.write("go\n")
        server.stdin.flush()
        results = [pipe.recv() for pipe in pipes]
        took = time.perf_counter() - started
        assert server.stdout.readline().strip() == "done"
        report = json.loads(report_path.read_text())
        server_cpu, committed = report["cpu"], report["committed"]
        for proc in procs:
            proc.join()
    finally:
        with contextlib.suppress(OSError):
            server.stdin.close()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
    lat: dict[str, list[float]] = {"sse": [], "ws": []}
    after_commit: dict[str, list[float]] = {"sse": [], "ws": []}
    counts: list[int] = []
    for result in results:
        counts += result["counts"]
        for kind in lat:
            for seq, sent, received in result["lat"][kind]:
                lat[kind].append((received - sent) / 1e6)
                after_commit[kind].append((received - committed[seq]) / 1e6)
    expected = args.events + 2
    missing = [c for c in counts if c != expected]
    print(f"{args.events} events, {args.subscribers} subscribers ({kinds.count('sse')} SSE, {kinds.count('ws')} "
          f"WebSocket) in {args.client_procs} client process(es), server in its own process, "
          f"{args.rate:g} events/s, {took:.1f} s")
    print(f"CPU seconds: server {server_cpu:.1f}, clients {sum(r['cpu'] for r in results):.1f}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("every subscriber got every event exactly once:", "yes" if not missing else f"NO {set(missing)}")
    print("from just before append() (includes the SQLite commit) to receipt:")
    for kind, values in lat.items():
        if values:
            print(f"  {kind:>4}: p50 {statistics.median(values):7.2f} ms   p99 {_pct(values, 0.99):7.2f} ms   "
                  f"max {max(values):7.2f} ms   ({len(values)} receipts)")
    print("from append() returning (the event is in the log) to receipt:")
    for kind, values in after_commit.items():
        if values:
            print(f"  {kind:>4}: p50 {statistics.median(values):7.2f} ms   p99 {_pct(values, 0.99):7.2f} ms   "
                  f"max {max(values):7.2f} ms")
    worst = max(_pct(v, 0.99) for v in lat.values() if v)
    print("goal p99 < 50 ms:", "met" if worst < 50 else "NOT met")


if __name__ == "__main__":
    main()
