"""``fallocate --keep-size`` (FALLOC_FL_KEEP_SIZE) takes disk blocks without growing the file's size, so the
file-size limit (RLIMIT_FSIZE), which bounds the size, never stopped it: one call took 500 MB under a 40 MB quota at
once (as many GB would have filled the disk before the quota watch's kill). The bubblewrap sandbox refuses it with
EOPNOTSUPP (programs fall back as on a file system without it); punching a hole, which frees blocks, still works,
and so does a plain ``fallocate`` within the limit. Real bubblewrap sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from gofer.computer.sandbox import Limits, start_sandbox
from gofer.computer.sandbox.local import BwrapSandbox
from gofer.computer.workspace import Workspace

QUOTA_MB = 40
LIMITS = Limits(memory_mb=2048, total_memory_mb=1024, cpu_seconds=120, max_processes=64, workspace_quota_mb=QUOTA_MB)


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[BwrapSandbox]:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    assert isinstance(sb, BwrapSandbox)
    yield sb
    await sb.aclose()


async def test_blocks_kept_past_the_size_are_refused(sandbox: BwrapSandbox) -> None:
    result = await sandbox.run("touch x; fallocate --keep-size -l 500M x; echo rc=$?")
    assert "rc=0" not in result.output, result.output
    assert "unsupported" in result.output, result.output  # EOPNOTSUPP, as util-linux words it
    assert sandbox.workspace.usage() < QUOTA_MB * 2**20  # main: 500 MB


async def test_a_plain_fallocate_within_the_limit_and_a_punched_hole_still_work(sandbox: BwrapSandbox) -> None:
    result = await sandbox.run(
        "fallocate -l 8M y; echo a=$?; fallocate --punch-hole -o 0 -l 4M y; echo b=$?; "
        "fallocate -l 500M z; echo c=$?"
    )
    assert "a=0" in result.output and "b=0" in result.output, result.output
    assert "c=0" not in result.output, result.output  # past the file-size limit
    assert (sandbox.workspace.root / "y").stat().st_size == 8 * 2**20
