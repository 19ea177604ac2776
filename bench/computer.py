"""Benchmark of the virtual computer's process side; prints figures, asserts nothing.

(a) Round trip of ``print(1)`` through the python tool on a warm session kernel inside the bubblewrap
    sandbox, next to raw jupyter_client on a kernel started outside any sandbox (goal: ratio <= 1.2).
(b) Time until a new session's computer is ready to run code: cold (sandbox and kernel started on demand)
    and from the warm pool (goal: warm < 150 ms).

Run: ``.venv/bin/python bench/computer.py [--n 200]``
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager

from gofer.computer.kernel import get_kernel
from gofer.computer.pool import ComputerPool
from gofer.config import Settings
from gofer.tools.base import ToolContext
from gofer.tools.python import python


def _ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[int(len(values) * 0.95) - 1] if len(values) > 1 else values[0]
    return f"median {statistics.median(values) * 1000:7.2f} ms   p95 {p95 * 1000:7.2f} ms"


async def raw_roundtrips(n: int) -> list[float]:
    """print(1) on a kernel outside the sandbox through jupyter_client (ipc transport, like ours)."""
    km = AsyncKernelManager(
        kernel_name="python3", transport="ipc", ip=str(Path(tempfile.mkdtemp(prefix="gofer-bench-")) / "k")
    )
    await km.start_kernel()
    kc = km.client()
    kc.start_channels()
    await kc.wait_for_ready(timeout=60)
    try:
        times = []
        for _ in range(n):
            t = time.perf_counter()
            await kc.execute_interactive("print(1)", output_hook=lambda msg: None, timeout=30)
            times.append(time.perf_counter() - t)
        return times
    finally:
        kc.stop_channels()
        await km.shutdown_kernel(now=True)


async def tool_roundtrips(pool: ComputerPool, n: int) -> list[float]:
    """print(1) through the python tool on a warm session kernel in the sandbox."""
    computer = await pool.acquire("bench-rt", None)
    await get_kernel(computer)
    ctx = ToolContext(run_id="bench", session_id="bench-rt", workspace=computer.workspace.root, computer=computer)
    await python(ctx, {"code": "print(1)"})
    times = []
    for _ in range(n):
        t = time.perf_counter()
        await python(ctx, {"code": "print(1)"})
        times.append(time.perf_counter() - t)
    await pool.release("bench-rt")
    return times


async def ready_times(pool: ComputerPool, tmp: Path, rounds: int) -> tuple[list[float], list[float]]:
    """Acquire-to-first-result times, cold (own workspace) and warm (from the pool)."""
    cold: list[float] = []
    warm: list[float] = []
    for i in range(rounds):
        t = time.perf_counter()
        computer = await pool.acquire(f"cold-{i}", tmp / f"cold-{i}")
        ctx = ToolContext(run_id="b", session_id=f"cold-{i}", workspace=computer.workspace.root, computer=computer)
        await python(ctx, {"code": "print(1)"})
        cold.append(time.perf_counter() - t)
        await pool.release(f"cold-{i}")
        await pool.wait_warm(120)
        t = time.perf_counter()
        computer = await pool.acquire(f"warm-{i}", None)
        ctx = ToolContext(run_id="b", session_id=f"warm-{i}", workspace=computer.workspace.root, computer=computer)
        await python(ctx, {"code": "print(1)"})
        warm.append(time.perf_counter() - t)
        await pool.release(f"warm-{i}")
    return cold, warm


async def main(n: int, rounds: int) -> None:
    """Run both benchmarks and print the figures."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(home=Path(tmp) / "home", network="none", warm_pool_size=1)
        async with ComputerPool(settings) as pool:
            await pool.wait_warm(120)
            raw = await raw_roundtrips(n)
            tool = await tool_roundtrips(pool, n)
            print(f"(a) print(1) round trip, {n} runs")
            print(f"    raw jupyter_client, no sandbox : {_ms(raw)}")
            print(f"    python tool, bwrap sandbox     : {_ms(tool)}")
            ratio = statistics.median(tool) / statistics.median(raw)
            print(f"    ratio (median)                 : {ratio:.2f}x   (goal <= 1.2x)")
            cold, warm = await ready_times(pool, Path(tmp), rounds)
            print(f"(b) new session to first result, {rounds} rounds")
            print(f"    cold (sandbox + kernel start)  : {_ms(cold)}")
            print(f"    warm pool                      : {_ms(warm)}   (goal < 150 ms)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="round trips per side")
    parser.add_argument("--rounds", type=int, default=5, help="cold/warm session starts")
    args = parser.parse_args()
    asyncio.run(main(args.n, args.rounds))
