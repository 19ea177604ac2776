"""A command in the sandbox cannot reach the Python kernel: it could connect to the kernel's socket files (same
user) and read every later cell's output as the kernel published it (iopub needs no key to listen), and it could
signal the kernel (kill it, stop it). Real bubblewrap sandbox, real kernel, real commands."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from gofer.computer.kernel import Kernel, start_kernel
from gofer.computer.sandbox import Limits, Sandbox, start_sandbox
from gofer.computer.sandbox._landlock import landlock_abi
from gofer.computer.workspace import Workspace

LIMITS = Limits(memory_mb=1024, total_memory_mb=768, cpu_seconds=120, max_processes=64, max_file_mb=200)

LISTEN = """
import os, time, zmq
paths = set()
for top in ("/tmp", "/home", "/dev/shm", "/workspace"):
    for d, _, fs in os.walk(top):
        paths.update(os.path.join(d, f) for f in fs)
with open("/proc/net/unix") as f:  # every bound Unix socket of this network namespace, by name
    paths.update(line.split()[-1] for line in f.read().splitlines()[1:] if line.split()[-1].startswith("/"))
ctx = zmq.Context()
subs = []
for path in sorted(paths):
    sub = ctx.socket(zmq.SUB)
    sub.setsockopt(zmq.SUBSCRIBE, b"")
    sub.connect("ipc://" + path)
    subs.append(sub)
poller = zmq.Poller()
for sub in subs:
    poller.register(sub, zmq.POLLIN)
open("listening", "w").write(str(len(subs)))
heard = open("heard", "wb")
end = time.monotonic() + 20
while time.monotonic() < end:
    for sub, _ in poller.poll(200):
        heard.write(b"".join(sub.recv_multipart()) + b"\\n")
        heard.flush()
"""

KERNEL_PID = (
    "for p in /proc/[0-9]*; do grep -qa 'IPKernel[A]pp' $p/cmdline 2>/dev/null && echo ${p#/proc/}; done | head -1"
)


@pytest.fixture
async def kernel(tmp_path: Path) -> AsyncIterator[tuple[Sandbox, Kernel]]:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    try:
        k = await start_kernel(sb, timeout=60)
        try:
            yield sb, k
        finally:
            await k.aclose()
    finally:
        await asyncio.wait_for(sb.aclose(), 30)


async def test_a_command_cannot_listen_to_the_kernels_output(kernel: tuple[Sandbox, Kernel]) -> None:
    sb, k = kernel
    sb.workspace.write_text("listen.py", LISTEN)
    listener = await sb.spawn(["python3", "listen.py"], output="null")
    try:
        for _ in range(200):
            if (sb.workspace.root / "listening").exists():
                break
            await asyncio.sleep(0.05)
        assert (sb.workspace.root / "listening").exists(), "the listener did not start"
        await asyncio.sleep(1.0)  # past ZeroMQ's slow joiner: a subscription takes a moment to reach the publisher
        token = f"secret-{secrets.token_hex(8)}"
        for _ in range(3):
            done = await k.execute(f"print({token!r})")
            assert token in done.output, done.output
            await asyncio.sleep(0.3)
        await asyncio.sleep(0.5)
        heard = (sb.workspace.root / "heard").read_bytes()
        assert token.encode() not in heard, heard[:500]
    finally:
        await listener.kill(grace=1.0)


@pytest.mark.skipif(landlock_abi() < 6, reason="Landlock scopes signals from ABI 6 (Linux 6.12) on")
@pytest.mark.parametrize("signal", ["STOP", "KILL"])
async def test_a_command_cannot_signal_the_kernel(kernel: tuple[Sandbox, Kernel], signal: str) -> None:
    sb, k = kernel
    assert "ok" in (await k.execute("x = 41; print('ok')")).output
    pid = (await sb.run(KERNEL_PID)).output.strip()
    assert pid.isdigit(), pid
    tried = await sb.run(f"kill -{signal} {pid}; echo rc=$?")
    assert "rc=1" in tried.output and "not permitted" in tried.output, tried.output
    await asyncio.sleep(0.3)
    assert k.alive
    after = await k.execute("print(x + 1)", timeout=10)
    assert after.status == "ok" and "42" in after.output, after.output
    # a command still signals what it started itself
    own = await sb.run("sleep 30 & kill -TERM $!; wait $!; echo rc=$?")
    assert "rc=143" in own.output, own.output
