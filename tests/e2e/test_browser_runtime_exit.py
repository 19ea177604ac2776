"""A process that ends without closing its browser pool leaves nothing in the temp dir (real Chromium)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from gofer.computer.browser import BrowserPool
from gofer.computer.browser.runtime import PREFIX, process_start
from gofer.config import Settings

_START = textwrap.dedent(
    """
    import asyncio, sys
    from gofer.computer.browser import BrowserPool
    from gofer.config import Settings

    async def main() -> None:
        pool = BrowserPool(Settings(home=sys.argv[1]))
        await pool.browser()
        print(pool.runtime_path, pool.pid, flush=True)
        if sys.argv[2] == "hang":
            await asyncio.Event().wait()

    asyncio.run(main())  # the pool is never closed
    """
)


@pytest.fixture
def base() -> Iterator[Path]:
    """A temp dir of its own (beside the system one, so Chromium run as 'nobody' can use it too)."""
    path = Path(tempfile.mkdtemp(prefix="gofer-test-tmp-"))
    path.chmod(0o1777)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _start(home: Path, base: Path, mode: str) -> tuple[subprocess.Popen[str], Path, int]:
    env = {**os.environ, "TMPDIR": str(base)}
    proc = subprocess.Popen([sys.executable, "-c", _START, str(home), mode], stdout=subprocess.PIPE, text=True,
                            env=env)
    assert proc.stdout is not None
    runtime, pid = proc.stdout.readline().split()
    return proc, Path(runtime), int(pid)


def _litter(base: Path) -> list[str]:
    return sorted(p.name for p in base.iterdir() if p.name.startswith(PREFIX) or "chromium" in p.name.lower())


@pytest.mark.slow
def test_a_process_exiting_without_aclose_leaves_no_folder_and_no_chromium(tmp_path: Path, base: Path) -> None:
    proc, runtime, chromium = _start(tmp_path / "home", base, "exit")
    assert runtime.parent == base and chromium > 0
    assert proc.wait(timeout=60) == 0
    assert not runtime.exists() and process_start(chromium) is None
    assert _litter(base) == []


@pytest.mark.slow
async def test_a_killed_process_folder_is_swept_by_the_next_pool(tmp_path: Path, base: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    proc, runtime, chromium = _start(tmp_path / "home", base, "hang")
    assert runtime.is_dir()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    deadline = time.monotonic() + 30
    while process_start(chromium) is not None and time.monotonic() < deadline:  # Playwright's driver ends it
        time.sleep(0.05)
    assert process_start(chromium) is None
    assert runtime.is_dir()  # SIGKILL: nothing could clean up
    monkeypatch.setenv("TMPDIR", str(base))
    monkeypatch.setattr(tempfile, "tempdir", None)
    pool = BrowserPool(Settings(home=tmp_path / "home"))
    try:
        await pool.browser()
        assert not runtime.exists()
        assert sorted(base.glob(f"{PREFIX}*")) == [pool.runtime_path]
    finally:
        await pool.aclose()
    assert _litter(base) == []
