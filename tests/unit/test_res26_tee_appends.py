"""``tee -a`` near the quota works as ``>>`` does.

RLIMIT_FSIZE bounds the offset of a write, so with 5 MB of room left ``echo x | tee -a big`` (big 30 MB) was refused at
its first write while ``echo x >> big`` worked (``_appends.py`` gives an append-only command the room plus its largest
target's size). ``tee -a``'s file operands now count as the command's targets: every one must be a workspace file for
the extra to be given, so ``tee -a big new`` starts with the room alone and cannot write a new file past it. Real
bubblewrap and unsafe-local sandboxes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from gofer.computer.sandbox import Limits, start_sandbox
from gofer.computer.sandbox._appends import append_only
from gofer.computer.sandbox._supervised import SupervisedSandbox
from gofer.computer.workspace import Workspace

QUOTA_MB = 40
LIMITS = Limits(memory_mb=2048, total_memory_mb=1024, cpu_seconds=120, max_processes=64, workspace_quota_mb=QUOTA_MB)
MB = 2**20


@pytest.fixture(params=["local", "unsafe-local"])
async def sandbox(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[SupervisedSandbox]:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend=request.param, network="none", limits=LIMITS)
    assert isinstance(sb, SupervisedSandbox)
    made = await sb.run("head -c 30M /dev/zero > big; head -c 5M /dev/zero > pad; echo small > one; echo rc=$?")
    assert made.output.strip() == "rc=0", made.output
    yield sb
    await sb.aclose()


async def test_tee_append_that_fits_in_the_room_works(sandbox: SupervisedSandbox) -> None:
    root = sandbox.workspace.root
    out = await sandbox.run("echo x | tee -a big; echo rc=$?")
    assert out.output == "x\nrc=0\n", out.output  # main: rc=153 ("File too large") with 35 MB of 40 used
    out = await sandbox.run("printf 'y\\n' | tee --append big one >/dev/null 2>&1; echo rc=$?")
    assert out.output.strip() == "rc=0", out.output
    assert (root / "big").stat().st_size == 30 * MB + 4
    assert (root / "one").read_text() == "small\ny\n"


async def test_tee_cannot_write_a_new_file_past_the_room(sandbox: SupervisedSandbox) -> None:
    root = sandbox.workspace.root
    await sandbox.run("head -c 20M /dev/zero | tee -a big new >/dev/null")
    assert (root / "new").stat().st_size <= 5 * MB + MB
    await sandbox.run("rm -f new; head -c 20M /dev/zero | tee -a new big >/dev/null")
    assert (root / "new").stat().st_size <= 5 * MB + MB
    assert sandbox.workspace.usage() <= QUOTA_MB * MB + MB


def test_tee_operands_are_targets() -> None:
    assert append_only("echo x | tee -a big") == (["big"], ["tee"])
    assert append_only("cat a | tee big -ai 'my file' 2>/dev/null") == (["big", "my file"], ["cat", "tee"])
    assert append_only("echo x | tee --append -- -odd >> log") == (["log", "-odd"], ["tee"])
    for command in ["echo x | tee big", "echo x | tee -a $f", "echo x | tee -a *.log", "echo x | tee -a -",
                    "echo x | tee -a --output-error=warn big", "echo x | tee -a", "echo x | tee -a big > new",
                    "echo x | tee -a big | sort -o out", "echo x | tee -a >(cat > f) big"]:
        assert append_only(command) is None, command
