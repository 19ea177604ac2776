"""The kernel's signing key stays off the sandbox's disk: the connection file with it in /tmp/.gofer-kernel-* was
readable by every command (the same user), and with it any command could run code in the kernel
(``jupyter console --existing``) or make later cells lie. Real bubblewrap sandbox, real kernel."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from gofer.computer.kernel import start_kernel
from gofer.computer.sandbox import Limits, _landlock, start_sandbox
from gofer.computer.sandbox._landlock import landlock_abi
from gofer.computer.workspace import Workspace

LOOK = """
import os, sys
key = sys.argv[1][::-1].encode()  # given reversed: this command's own arguments do not hold it
paths = [os.path.join(d, f) for top in ("/tmp", "/home", "/dev/shm", "/workspace") for d, _, fs in os.walk(top)
         for f in fs]
paths += [f"/proc/{p}/{w}" for p in os.listdir("/proc") if p.isdigit() and int(p) != os.getpid()
          for w in ("environ", "cmdline")]
for path in paths:
    try:
        if key in open(path, "rb").read():
            print("found", path)
    except OSError:
        pass
print(*sorted({os.path.basename(line.split()[-1]) for line in open("/proc/net/unix") if "gofer-kernel" in line}))
print("done")
"""

LIMITS = Limits(memory_mb=1024, total_memory_mb=512, cpu_seconds=60, max_processes=64, max_file_mb=200)


async def test_no_file_in_the_sandbox_holds_the_kernels_key(tmp_path: Path) -> None:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    try:
        kernel = await start_kernel(sb, timeout=60)
        try:
            key = kernel.client.session.key.decode()
            assert len(key) == 64
            sb.workspace.write_text("look.py", LOOK)
            look = await sb.run(f"python3 look.py {key[::-1]}", timeout=60)  # all it can write, all it can read
            assert "found" not in look.output, look.output
            assert look.output.splitlines()[-2:] == ["", "done"]  # no socket of the kernel's in sight, look.output
            # the kernel works as before: a cell, an interrupt, a restart after it dies
            assert "42" in (await kernel.execute("6 * 7")).output
            slow = await kernel.execute("import time; time.sleep(30)", timeout=2)
            assert slow.status == "timeout" and "KeyboardInterrupt" in slow.output, slow.output
            assert "ok" in (await kernel.execute("print('ok')")).output
        finally:
            await kernel.aclose()
        again = await start_kernel(sb, timeout=60)
        try:
            assert "3" in (await again.execute("1 + 2")).output
        finally:
            await again.aclose()
    finally:
        await asyncio.wait_for(sb.aclose(), 30)


REACH = """
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
k = next(int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) != os.getpid()
         and b"IPKernelApp" in open(f"/proc/{p}/cmdline", "rb").read())
print("attach", libc.ptrace(16, k, 0, 0))  # PTRACE_ATTACH
pidfd = libc.syscall(434, k, 0)  # pidfd_open
print("getfd", libc.syscall(438, pidfd, 0, 0))  # pidfd_getfd of its stdin
for what in ("mem", "environ", "maps", "fd/0"):
    try:
        (os.readlink if what == "fd/0" else lambda p: open(p, "rb").read(1))(f"/proc/{k}/{what}")
        print(what, "read")
    except OSError as exc:
        print(what, exc.strerror)
"""


@pytest.mark.parametrize("launcher", ["perl", "python"])
async def test_a_command_cannot_trace_or_read_the_kernel(
    tmp_path: Path, launcher: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without Yama any process of the sandbox's user could trace the kernel, or read its memory, and run code in
    it: each command now runs in a Landlock domain of its own (entered by perl, or Python where there is no perl)."""
    if landlock_abi() < 2:
        pytest.skip("this kernel has no Landlock (ABI 2 or later)")
    if launcher == "python":
        monkeypatch.setattr(_landlock, "PERL", "/nonexistent/perl")
    elif not Path(_landlock.PERL).exists():
        pytest.skip("no perl")
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    try:
        kernel = await start_kernel(sb, timeout=60)
        try:
            sb.workspace.write_text("reach.py", REACH)
            r = await sb.run("python3 reach.py", timeout=60)
            lines = dict(line.split(" ", 1) for line in r.output.strip().splitlines())
            assert lines["attach"] == "-1" and lines["getfd"] == "-1", r.output
            assert all(lines[w] == "Permission denied" for w in ("mem", "environ", "maps", "fd/0")), r.output
            assert "7" in (await kernel.execute("3 + 4")).output
            # what commands ordinarily do still works: files moved between folders, a command tracing its own
            # child; a job an earlier command started is stopped by the host (shell_kill), a later command may
            # signal it only where Landlock cannot scope signals (sandbox26)
            job = await sb.spawn(["/bin/bash", "-c", "sleep 60"])
            moved = await sb.run(
                f"kill {job.pid}; mkdir -p a b && touch a/f && mv a/f b/f && ln b/f a/g && echo fine", timeout=30
            )
            assert moved.output.strip().endswith("fine"), moved.output
            assert ("not permitted" in moved.output) == _landlock.scopes_signals(), moved.output
            await job.kill(grace=1.0)
            assert await asyncio.wait_for(job.exited, 10) != 0
            own = await sb.run(
                "python3 -c 'import ctypes, subprocess; c = subprocess.Popen([\"sleep\", \"9\"]); "
                "print(\"seize\", ctypes.CDLL(None).ptrace(0x4206, c.pid, 0, 0)); c.kill()'",  # PTRACE_SEIZE
                timeout=30,
            )
            assert own.output.strip() == "seize 0", own.output
        finally:
            await kernel.aclose()
    finally:
        await asyncio.wait_for(sb.aclose(), 30)
