"""A pids cgroup per sandbox: the process limit that holds whatever uid the sandbox maps to.

RLIMIT_NPROC is counted per user and does not bind for host root, which is what a bubblewrap sandbox started
by root maps to. A cgroup's ``pids.max`` does. The cgroup is made beneath the one gofer itself runs in (cgroup
v1 ``pids`` hierarchy, or v2 with the pids controller), so it never escapes limits set on gofer.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
import uuid
from pathlib import Path

__all__ = ["PidsCgroup"]

_ROOT = Path("/sys/fs/cgroup")


def _own_dir() -> Path | None:
    """The pids cgroup directory this process is in, if the hierarchy is mounted."""
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        _, controllers, path = line.split(":", 2)
        if "pids" in controllers.split(",") and (_ROOT / "pids").is_dir():
            return _ROOT / "pids" / path.lstrip("/")
    for line in lines:
        hid, controllers, path = line.split(":", 2)
        if hid == "0" and controllers == "":
            unified = _ROOT / path.lstrip("/")
            if "pids" in (_ROOT / "cgroup.controllers").read_text(errors="ignore").split():
                return unified
    return None


def _sweep(base: Path, min_age: float = 120.0) -> None:
    """Remove empty sandbox cgroups left by a gofer that was killed (old ones only: a new one may be
    waiting for its first process)."""
    now = time.time()
    for stale in base.glob("gofer-*"):
        with contextlib.suppress(OSError):
            if now - stale.stat().st_mtime > min_age and not (stale / "cgroup.procs").read_text().strip():
                stale.rmdir()


class PidsCgroup:
    """A fresh pids cgroup with a ``pids.max``; processes join it from ``preexec_fn`` via :meth:`join`."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def create(cls, max_pids: int) -> PidsCgroup | None:
        """Make one beneath gofer's own cgroup, or None when this host does not let us."""
        base = _own_dir()
        if base is None:
            return None
        _sweep(base)
        path = base / f"gofer-{uuid.uuid4().hex[:12]}"
        try:
            path.mkdir()
        except OSError:
            return None
        try:
            (path / "pids.max").write_text(str(max_pids))
        except OSError:
            with contextlib.suppress(OSError):
                path.rmdir()
            return None
        return cls(path)

    def join(self) -> None:
        """Move the calling process into the cgroup (meant for a child between fork and exec)."""
        with open(self.path / "cgroup.procs", "w") as f:
            f.write(str(os.getpid()))

    def pids(self) -> list[int]:
        """Host pids of the processes in the cgroup."""
        try:
            text = (self.path / "cgroup.procs").read_text()
        except OSError:
            return []
        return [int(x) for x in text.split()]

    def current(self) -> int:
        """How many processes (tasks) the cgroup holds now."""
        try:
            return int((self.path / "pids.current").read_text())
        except (OSError, ValueError):
            return len(self.pids())

    def kill_all(self) -> None:
        """SIGKILL everything in the cgroup until it is empty (a fork bomb cannot outrun it: pids.max holds)."""
        for _ in range(100):
            pids = self.pids()
            if not pids:
                return
            for pid in pids:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)

    def remove(self) -> bool:
        """Kill what is left and remove the cgroup; False if it could not be removed yet."""
        self.kill_all()
        try:
            self.path.rmdir()
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return True
