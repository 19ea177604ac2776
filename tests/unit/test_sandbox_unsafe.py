"""The unsafe-local backend: announced loudly, runs in the workspace, applies the same resource limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from gofer.computer.kernel import start_kernel
from gofer.computer.sandbox import Limits, start_sandbox
from gofer.computer.workspace import Workspace


async def test_unsafe_local_is_announced_and_limited(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = Workspace(tmp_path / "ws")
    sb = await start_sandbox(ws, backend="unsafe-local", network="none", limits=Limits(max_file_mb=1))
    try:
        assert "UNCONFINED" in capsys.readouterr().err
        assert sb.workspace_path == str(ws.root)
        r = await sb.run("pwd; ulimit -f; head -c 3000000 /dev/zero > big; echo rc=$?")
        assert str(ws.root) in r.output
        assert "\n1024\n" in r.output  # 1 MB in 1024-byte blocks
        assert "rc=0" not in r.output
        assert (ws.root / "big").stat().st_size <= 1024 * 1024
    finally:
        await sb.aclose()


async def test_unsafe_local_kernel(tmp_path: Path) -> None:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="unsafe-local", network="none")
    try:
        kernel = await start_kernel(sb)
        r = await kernel.execute("y = 5\nprint(y + 1)")
        assert r.output.strip() == "6"
        await kernel.aclose()
    finally:
        await sb.aclose()
