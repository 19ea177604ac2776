"""What the workspace's quota counts: a sparse file at its size (what the file-size limit bounds), small files
and folders at the blocks they take; a sandbox cannot make a sparse file past its file-size limit, and a huge
sparse file (one gofer itself saved, say) is read up to the reader's cap, not whole. Real files, real sandbox,
real reading worker."""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from gofer.computer.sandbox import Limits, start_sandbox
from gofer.computer.sandbox.local import BwrapSandbox
from gofer.computer.workspace import Workspace
from gofer.documents.readers import read_document
from gofer.tools.base import ToolError

QUOTA_MB = 40
LIMITS = Limits(memory_mb=1024, total_memory_mb=512, cpu_seconds=60, max_processes=64, workspace_quota_mb=QUOTA_MB)


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[BwrapSandbox]:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    assert isinstance(sb, BwrapSandbox)
    yield sb
    await sb.aclose()


def test_small_files_and_folders_count_the_blocks_they_take(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    for i in range(500):
        (ws.root / f"d{i}").mkdir()
        (ws.root / f"d{i}" / "f").write_bytes(b"x")
    blocks = sum(os.lstat(p).st_blocks * 512 for p in ws.root.rglob("*"))
    assert blocks >= 500 * 4096  # this file system takes a block per small file
    assert ws.usage() >= blocks


def test_a_sparse_file_counts_its_size_and_is_read_only_up_to_the_cap(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    with open(ws.root / "huge.txt", "wb") as f:
        f.truncate(10 * 2**30)
    assert os.stat(ws.root / "huge.txt").st_blocks == 0
    assert ws.usage() >= 10 * 2**30
    started = time.monotonic()
    with pytest.raises(ToolError, match="larger than 50 MB"):
        read_document(ws, "huge.txt")
    assert time.monotonic() - started < 30


async def test_the_sandbox_cannot_make_a_sparse_file_past_the_room_left(sandbox: BwrapSandbox) -> None:
    big = await sandbox.run("truncate -s 10G x; echo rc=$?; dd if=/dev/zero of=y bs=1 count=1 seek=10G 2>&1; "
                            "echo rc=$?; stat -c %s x y 2>&1")
    assert big.output.count("rc=0") == 0, big.output  # past the sandbox's own file-size limit (the quota)
    first = await sandbox.run("truncate -s 30M a; echo rc=$?")
    assert first.output.strip() == "rc=0", first.output
    assert sandbox.workspace.usage() >= 30 * 2**20  # counted at its size, though it holds no block
    second = await sandbox.run("ulimit -S -f unlimited; truncate -s 30M b; echo rc=$?; stat -c %s b")
    assert "rc=0" not in second.output, second.output  # the room left (10 MB) binds, the hard limit too
    assert sandbox.workspace.usage() <= QUOTA_MB * 2**20
