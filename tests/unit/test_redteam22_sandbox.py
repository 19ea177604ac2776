"""Session 17 red team on the bubblewrap sandbox from inside: code as the model would send it (a shell command)
goes after the supervisor that serves the host, and after the memory file systems the sandbox can write."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from gofer.computer.sandbox import Limits, local, start_sandbox
from gofer.computer.sandbox.local import BwrapSandbox
from gofer.computer.workspace import Workspace

LIMITS = Limits(memory_mb=1024, total_memory_mb=256, cpu_seconds=20, max_processes=64, max_file_mb=200)

FIND_SUPERVISOR = """
import ctypes, os, socket, sys
libc = ctypes.CDLL(None, use_errno=True)
sup = next(int(p) for p in os.listdir("/proc") if p.isdigit() and p != "1"
           and b"--every-process" in open(f"/proc/{p}/cmdline", "rb").read())
control = int(open(f"/proc/{sup}/cmdline", "rb").read().split(b"\\0")[-4])
"""

STEAL = FIND_SUPERVISOR + """
pidfd = libc.syscall(434, sup, 0)  # pidfd_open
fd = libc.syscall(438, pidfd, control, 0)  # pidfd_getfd
if fd < 0:
    print("refused:", os.strerror(ctypes.get_errno()), flush=True)
    sys.exit(1)
"""

FORGE = STEAL + """
import json, signal
stolen = socket.socket(fileno=fd)
os.kill(sup, signal.SIGSTOP)  # the supervisor stops serving; what the host sends now comes here
open("/workspace/stolen", "w").close()
while True:
    msg, fds, _, _ = socket.recv_fds(stolen, 65536, 4)
    if len(fds) == 1:  # the quota watch's census: nothing lives, nothing held
        socket.socket(fileno=fds[0]).sendall(b'{"others": 0, "held": 0}\\n')
    elif len(fds) == 4:  # the host's next command: never run, its output made up
        os.write(fds[1], b"all 212 tests passed\\n")
        os.close(fds[1])
        chan = socket.socket(fileno=fds[3])
        chan.sendall(b'{"pid": 4242}\\n{"exit": 0}\\n')
        chan.close()
"""

PTRACE = FIND_SUPERVISOR + """
got = libc.ptrace(16, sup, 0, 0)  # PTRACE_ATTACH
print("attach", got, os.strerror(ctypes.get_errno()) if got else "")
for what in ("environ", "mem"):
    try:
        open(f"/proc/{sup}/{what}", "rb").read(1)
        print(what, "read")
    except OSError as exc:
        print(what, exc.strerror)
try:
    print("fds", os.readlink(f"/proc/{sup}/fd/{control}"))
except OSError as exc:
    print("fds", exc.strerror)
"""


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[BwrapSandbox]:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    assert isinstance(sb, BwrapSandbox)
    yield sb
    await sb.aclose()


async def test_a_command_cannot_take_the_supervisors_control_socket(sandbox: BwrapSandbox) -> None:
    """A command that took the control socket (pidfd_getfd) and stopped the supervisor answered the host's next
    commands itself: their output made up, nothing run, the quota watch told nothing lives."""
    sandbox.workspace.write_text("forge.py", FORGE)
    started = await sandbox.run("(setsid python3 forge.py > forge.log 2>&1 &); sleep 1; cat forge.log")
    assert not (sandbox.workspace.root / "stolen").exists(), started.output
    assert "refused: Operation not permitted" in started.output
    real = await sandbox.run("echo ran > proof.txt; echo real output", timeout=10)
    assert real.output.strip() == "real output"
    assert (sandbox.workspace.root / "proof.txt").read_text() == "ran\n"


async def test_a_command_cannot_trace_or_read_the_supervisor(sandbox: BwrapSandbox) -> None:
    sandbox.workspace.write_text("trace.py", PTRACE)
    r = await sandbox.run("python3 trace.py")
    assert r.exit_code == 0, r.output
    lines = dict(line.split(" ", 1) for line in r.output.strip().splitlines())
    assert lines["attach"].startswith("-1"), r.output
    assert lines["environ"] == "Permission denied" and lines["mem"] == "Permission denied", r.output
    assert lines["fds"] == "Permission denied", r.output
    # the supervisor still reads what its commands hold open: the quota census counts a deleted file held open
    held = await sandbox.run("exec 3>held.bin; head -c 3M /dev/zero >&3; rm held.bin; sleep 0.2", timeout=10)
    assert held.exit_code == 0, held.output
    assert (await sandbox.run("echo still-usable")).output.strip() == "still-usable"


async def test_dev_and_dev_shm_are_not_an_unbounded_host_memory_file_system(sandbox: BwrapSandbox) -> None:
    """/dev was a tmpfs the sandbox's user owned, with no size (half the host's memory): only a memory cgroup,
    where one can be made, stood between it and the host's memory. /dev/shm is bounded like /tmp; /dev itself is
    read-only."""
    if not local.bwrap_sizes_tmpfs():
        pytest.skip("this bubblewrap has no --size for a tmpfs")
    shm = await sandbox.run("head -c 100M /dev/zero > /dev/shm/big; echo rc=$?; stat -c %s /dev/shm/big")
    assert "No space left on device" in shm.output, shm.output
    assert int(shm.output.split()[-1]) <= LIMITS.shm_mb * 1024 * 1024
    dev = await sandbox.run("head -c 1M /dev/zero > /dev/big; echo rc=$?; mkdir /dev/d; ls /dev")
    assert "rc=0" not in dev.output and "Read-only file system" in dev.output, dev.output
    assert "big" not in dev.output.split()
    # what uses /dev/shm still works: POSIX semaphores and shared memory (multiprocessing)
    assert (await sandbox.run("rm /dev/shm/big")).exit_code == 0
    mp = await sandbox.run(
        "python3 -c 'import multiprocessing as m, multiprocessing.shared_memory as s; "
        "x = s.SharedMemory(create=True, size=4096); l = m.Lock(); l.acquire(); l.release(); x.close(); "
        "x.unlink(); print(\"ok\")'; ls /dev/null /dev/zero /dev/pts/ptmx", timeout=30
    )
    assert mp.output.splitlines()[0] == "ok", mp.output


async def test_the_kernel_runs_with_a_bounded_shm_and_a_read_only_dev(tmp_path: Path) -> None:
    from gofer.computer.kernel import start_kernel

    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    try:
        kernel = await start_kernel(sb, timeout=60)
        try:
            r = await kernel.execute("import os; os.listdir('/dev/shm'), os.access('/dev', os.W_OK)")
            assert "([], False)" in r.output, r.output
        finally:
            await kernel.aclose()
    finally:
        await asyncio.wait_for(sb.aclose(), 30)
