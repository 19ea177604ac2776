"""What processes hold open counts in the quota's measure and in the file-size limit the watch gives them.

A write in progress when the quota watch measures keeps its room: RLIMIT_FSIZE bounds the offset in any file, so a
process's limit is the room left plus the size of the largest workspace file it holds open for writing (what that
file holds is already counted as used). And a file deleted while a process holds it open still takes the disk: the
measure counts it, so a command cannot fill the disk with unlinked files the walk of the workspace never sees.
`unsafe-local` loads the seccomp filter bubblewrap loads (no `fallocate --keep-size`). Real bubblewrap and
unsafe-local sandboxes, real jobs."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sandbox_helpers import BACKENDS, supervised, until_file

from gofer.computer.jobs import Jobs
from gofer.computer.sandbox import Limits, start_sandbox
from gofer.computer.sandbox._supervised import SupervisedSandbox
from gofer.computer.workspace import Workspace

QUOTA_MB = 40
LIMITS = Limits(memory_mb=2048, total_memory_mb=1024, cpu_seconds=120, max_processes=64, workspace_quota_mb=QUOTA_MB)
# 24 MB written, a marker, then (once the test says so) 5 MB more to the same file: 39 MB with the 10 MB other file
_HALF_THEN_REST = (
    "import os, time\n"
    "f = open('big', 'wb')\n"
    "f.write(bytes(24 * 2**20)); f.flush()\n"
    "open('half', 'w').close()\n"
    "while not os.path.exists('go'): time.sleep(0.05)\n"
    "try:\n"
    "    f.write(bytes(5 * 2**20)); f.flush(); print('rc=0')\n"
    "except OSError as e:\n"
    "    print('refused', e.errno)\n"
)
# three files of 20 MB, each deleted as soon as it is opened and held open by the shell (60 MB: 20 over the quota)
_DELETED_HELD = ("for i in 1 2 3; do exec {fd}>d$i; rm d$i; head -c 20M /dev/zero >&$fd; done; "
                 "echo wrote; sleep 60")

# the same through shared mappings whose file descriptors are closed: the mapping alone holds each deleted file
_DELETED_MAPPED = (
    "import ctypes, os, time\n"
    "libc = ctypes.CDLL(None, use_errno=True)\n"
    "libc.mmap.restype = ctypes.c_void_p\n"
    "libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]\n"
    "size = 20 * 2**20\n"
    "for i in range(3):\n"
    "    fd = os.open(f'm{i}', os.O_RDWR | os.O_CREAT)\n"
    "    os.ftruncate(fd, size)\n"
    "    addr = libc.mmap(None, size, 3, 1, fd, 0)\n"  # PROT_READ | PROT_WRITE, MAP_SHARED
    "    os.close(fd)\n"
    "    os.unlink(f'm{i}')\n"
    "    ctypes.memset(addr, 1, size)\n"
    "print('wrote', flush=True)\n"
    "time.sleep(60)\n"
)


@pytest.fixture(params=BACKENDS)
async def sandbox(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[SupervisedSandbox]:
    async with supervised(tmp_path, request.param, LIMITS) as sb:
        yield sb


async def test_a_write_measured_halfway_keeps_its_room(sandbox: SupervisedSandbox) -> None:
    root = sandbox.workspace.root
    assert (await sandbox.run("head -c 10M /dev/zero > other; echo rc=$?")).output.strip() == "rc=0"
    (root / "writer.py").write_text(_HALF_THEN_REST)
    jobs = Jobs(sandbox)
    try:
        job = await jobs.start("python3 writer.py")
        await until_file(root / "half", job)
        # a command starting measures the workspace (34 MB used, 6 MB left) and lowers every running process's
        # limit before it starts; main: to the 6 MB left, under the 24 MB the writer's file already holds
        assert (await sandbox.run("true")).exit_code == 0
        (root / "go").touch()
        await job.process.wait(30)
        assert job.reader is not None
        await job.reader
        assert "rc=0" in job.output.text(), job.describe()  # main: refused 27 (EFBIG) at 24 MB
        assert (root / "big").stat().st_size == 29 * 2**20
        assert not job.process.killed_because
    finally:
        await jobs.aclose()


async def test_files_deleted_while_held_open_count_against_the_quota(sandbox: SupervisedSandbox) -> None:
    jobs = Jobs(sandbox)
    try:
        job = await jobs.start(_DELETED_HELD)
        # main: the walk never sees them; the job holds 60 MB of a 40 MB quota until its sleep ends
        await job.process.wait(30)
        assert "disk quota" in (job.process.killed_because or ""), job.describe()
    finally:
        await jobs.aclose()


async def test_a_command_after_deleted_held_files_gets_no_room(sandbox: SupervisedSandbox) -> None:
    jobs = Jobs(sandbox)
    try:
        job = await jobs.start("exec 3>held; rm held; head -c 35M /dev/zero >&3; echo wrote; sleep 60")
        for _ in range(600):
            if "wrote" in job.output.text():
                break
            await asyncio.sleep(0.05)
        assert "wrote" in job.output.text(), job.describe()
        # 35 MB of the 40 held by the job: the next command's limit is the 5 MB left (main: all 40 MB)
        out = await sandbox.run("head -c 10M /dev/zero > more; echo rc=$?")
        assert "rc=153" in out.output, out.output  # SIGXFSZ
        assert (sandbox.workspace.root / "more").stat().st_size <= 5 * 2**20
    finally:
        await jobs.aclose()


async def test_files_deleted_while_mapped_count_against_the_quota(sandbox: SupervisedSandbox) -> None:
    (sandbox.workspace.root / "mapper.py").write_text(_DELETED_MAPPED)
    jobs = Jobs(sandbox)
    try:
        job = await jobs.start("python3 mapper.py")
        # main: no file descriptor holds them, only the mappings; 60 MB of a 40 MB quota until the sleep ends
        await job.process.wait(30)
        assert "disk quota" in (job.process.killed_because or ""), job.describe()
    finally:
        await jobs.aclose()


async def test_unsafe_local_refuses_blocks_kept_past_the_size_too(tmp_path: Path) -> None:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="unsafe-local", network="none", limits=LIMITS)
    try:
        result = await sb.run("touch x; fallocate --keep-size -l 500M x; echo rc=$?; "
                              "fallocate -l 8M y; echo a=$?; fallocate --punch-hole -o 0 -l 4M y; echo b=$?")
        assert "unsupported" in result.output, result.output  # EOPNOTSUPP, as in bubblewrap
        assert "a=0" in result.output and "b=0" in result.output, result.output
        assert sb.workspace.usage() < QUOTA_MB * 2**20  # main: 500 MB at once, before any measure
    finally:
        await sb.aclose()
