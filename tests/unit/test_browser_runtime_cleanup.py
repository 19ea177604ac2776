"""The browser pool's runtime folder: removed when a pool is dropped unclosed; stale ones are swept."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gofer.computer.browser import BrowserPool
from gofer.computer.browser.runtime import PREFIX, process_start, sweep_stale_runtime_dirs
from gofer.config import Settings


def _runtime_dirs(base: Path) -> list[Path]:
    return sorted(base.glob(f"{PREFIX}*"))


def _dead_pid() -> int:
    """The pid of a process that has exited (and been reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _fake_dir(base: Path, name: str, owner: str | None, age: float = 0.0) -> Path:
    path = base / f"{PREFIX}{name}"
    (path / "home").mkdir(parents=True)
    if owner is not None:
        (path / "owner").write_text(owner)
    if age:
        then = time.time() - age
        os.utime(path, (then, then))
    return path


def test_a_pool_dropped_without_aclose_removes_its_folder_when_collected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = tmp_path / "tmp"
    base.mkdir()
    monkeypatch.setenv("TMPDIR", str(base))
    monkeypatch.setattr("tempfile.tempdir", None)
    pool = BrowserPool(Settings(home=tmp_path / "home"))
    path = pool.runtime_path
    assert path is None
    path = pool._runtime_dir()
    assert path.parent == base and path.is_dir() and (path / "owner").read_text().split()[0] == str(os.getpid())
    del pool
    gc.collect()
    assert not path.exists() and _runtime_dirs(base) == []


def test_the_sweep_removes_folders_of_dead_owners_and_keeps_live_ones(tmp_path: Path) -> None:
    base = tmp_path / "tmp"
    base.mkdir()
    ns = os.readlink("/proc/self/ns/pid")
    me = f"{os.getpid()} {process_start(os.getpid())} {ns}"
    dead = _fake_dir(base, "dead", f"{_dead_pid()} 12345 {ns}")
    elsewhere = _fake_dir(base, "elsewhere", f"{_dead_pid()} 12345 pid:[1]")  # another container's process
    reused = _fake_dir(base, "reused", f"{os.getpid()} 1")  # our pid, another start time: the owner is gone
    live = _fake_dir(base, "live", me)
    (live / "chromium.pid").write_text(str(_dead_pid()))  # a live owner keeps its folder even when Chromium died
    fresh_legacy = _fake_dir(base, "legacy1", None)  # no owner record: kept while recent
    old_legacy = _fake_dir(base, "legacy2", None, age=7200)
    (base / "unrelated").mkdir()
    os.symlink(live, base / f"{PREFIX}link")
    dead_chromium_running = _fake_dir(base, "busy", f"{_dead_pid()} 12345")
    sleep = shutil.which("sleep") or "/bin/sleep"
    sleeper = subprocess.Popen([sleep, "60"], env={"HOME": str(dead_chromium_running / "home")})
    try:
        (dead_chromium_running / "chromium.pid").write_text(str(sleeper.pid))
        assert sweep_stale_runtime_dirs(base) == 3
        assert not dead.exists() and not reused.exists() and not old_legacy.exists()
        assert live.is_dir() and elsewhere.is_dir() and fresh_legacy.is_dir() and (base / "unrelated").is_dir()
        assert (base / f"{PREFIX}link").is_symlink()
        assert dead_chromium_running.is_dir()  # its Chromium still runs: left for a later sweep
    finally:
        sleeper.kill()
        sleeper.wait()
    assert sweep_stale_runtime_dirs(base) == 1 and not dead_chromium_running.exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="needs another user's folder")
def test_the_sweep_never_touches_another_users_folder(tmp_path: Path) -> None:
    base = tmp_path / "tmp"
    base.mkdir()
    theirs = _fake_dir(base, "theirs", f"{_dead_pid()} 12345")
    os.chown(theirs, 65534, 65534)
    assert sweep_stale_runtime_dirs(base) == 0 and theirs.is_dir()



def test_a_swept_folder_takes_its_chromium_leftovers_and_nothing_else(tmp_path: Path) -> None:
    base = tmp_path / "tmp"
    base.mkdir()
    ns = os.readlink("/proc/self/ns/pid")
    dead = _fake_dir(base, "dead", f"{_dead_pid()} 12345 {ns}")
    profile = base / "playwright_chromiumdev_profile-abc"
    sockets = base / "org.chromium.Chromium.xyz"
    for d in (profile, sockets):
        d.mkdir()
    os.symlink(sockets / "SingletonSocket", profile / "SingletonSocket")
    (dead / "profile").write_text(f"{profile}\n")
    other = _fake_dir(base, "other", f"{_dead_pid()} 12345 {ns}")
    precious = tmp_path / "precious"
    precious.mkdir()
    (other / "profile").write_text(f"{precious}\n")  # not named like Playwright's profile: never removed
    odd_profile = base / "playwright_chromiumdev_profile-odd"
    odd_profile.mkdir()
    os.symlink(precious / "org.chromium.Chromium.q" / "SingletonSocket", odd_profile / "SingletonSocket")
    (precious / "org.chromium.Chromium.q").mkdir()
    odd = _fake_dir(base, "odd", f"{_dead_pid()} 12345 {ns}")
    (odd / "profile").write_text(f"{odd_profile}\n")  # its lock link points outside the temp dir: not followed
    assert sweep_stale_runtime_dirs(base) == 3
    assert sorted(p.name for p in base.iterdir()) == []
    assert precious.is_dir() and (precious / "org.chromium.Chromium.q").is_dir()
