"""A cgroup per sandbox: the process and total-memory limits that hold whatever uid the sandbox maps to.

RLIMIT_NPROC is counted per user and does not bind for host root, which is what a bubblewrap sandbox started
by root maps to; RLIMIT_AS bounds one process, not all of them. A cgroup's ``pids.max`` and its memory limit
(v1 ``memory.limit_in_bytes``, v2 ``memory.max``) bound the sandbox as a whole, tmpfs pages included (they
are charged to the cgroup of the process that writes them). The cgroup is made beneath the one gofer itself
runs in (one directory per cgroup v1 hierarchy, or one v2 directory), so it never escapes limits set on gofer.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
import uuid
from pathlib import Path

__all__ = ["CONTROLLERS", "SandboxCgroup"]

_ROOT = Path("/sys/fs/cgroup")
CONTROLLERS = ("pids", "memory")


def _own_dirs() -> dict[str, Path]:
    """For each controller gofer can use, the directory of the cgroup this process is in."""
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return {}
    found: dict[str, Path] = {}
    for line in lines:
        _, controllers, path = line.split(":", 2)
        for name in CONTROLLERS:
            if name in controllers.split(",") and (_ROOT / name).is_dir():
                found[name] = _ROOT / name / path.lstrip("/")
    for line in lines:
        hid, controllers, path = line.split(":", 2)
        if hid == "0" and controllers == "":
            try:
                available = (_ROOT / "cgroup.controllers").read_text().split()
            except OSError:
                available = []
            for name in CONTROLLERS:
                if name not in found and name in available:
                    found[name] = _ROOT / path.lstrip("/")
    return found


def _sweep(base: Path, min_age: float = 120.0) -> None:
    """Remove empty sandbox cgroups left by a gofer that was killed (old ones only: a new one may be
    waiting for its first process)."""
    now = time.time()
    for stale in base.glob("gofer-*"):
        with contextlib.suppress(OSError):
            if now - stale.stat().st_mtime > min_age and not (stale / "cgroup.procs").read_text().strip():
                stale.rmdir()


def _set_limit(controller: str, path: Path, max_pids: int, memory_bytes: int) -> None:
    """Write the controller's limit into a fresh cgroup directory (OSError when it has no such controller)."""
    if controller == "pids":
        (path / "pids.max").write_text(str(max_pids))
    elif (path / "memory.max").exists():  # v2: no swap beyond the limit
        (path / "memory.max").write_text(str(memory_bytes))
        if (path / "memory.swap.max").exists():
            (path / "memory.swap.max").write_text("0")
    else:  # v1: memory+swap may not be below memory, so memory first
        (path / "memory.limit_in_bytes").write_text(str(memory_bytes))
        if (path / "memory.memsw.limit_in_bytes").exists():
            (path / "memory.memsw.limit_in_bytes").write_text(str(memory_bytes))


class SandboxCgroup:
    """Fresh cgroups with a ``pids.max`` and a memory limit; processes join from ``preexec_fn`` via :meth:`join`."""

    def __init__(self, dirs: dict[str, Path]) -> None:
        self.dirs = dirs
        """The directory of each controller that limits the sandbox (the same one for all on cgroup v2)."""

    @classmethod
    def create(cls, max_pids: int, memory_bytes: int) -> SandboxCgroup | None:
        """Make them beneath gofer's own cgroup with what this host allows (None when it allows nothing)."""
        name = f"gofer-{uuid.uuid4().hex[:12]}"
        made: list[Path] = []
        dirs: dict[str, Path] = {}
        for controller, base in _own_dirs().items():
            path = base / name
            if path not in made:
                _sweep(base)
                try:
                    path.mkdir()
                except OSError:
                    continue
                made.append(path)
            try:
                _set_limit(controller, path, max_pids, memory_bytes)
            except OSError:
                continue
            dirs[controller] = path
        for path in made:
            if path not in dirs.values():
                with contextlib.suppress(OSError):
                    path.rmdir()
        return cls(dirs) if dirs else None

    def _paths(self) -> list[Path]:
        return list(dict.fromkeys(self.dirs.values()))

    def join(self) -> None:
        """Move the calling process into the cgroups (meant for a child between fork and exec)."""
        for path in self._paths():
            with open(path / "cgroup.procs", "w") as f:
                f.write(str(os.getpid()))

    def pids(self) -> list[int]:
        """Host pids of the processes in the cgroups."""
        found: set[int] = set()
        for path in self._paths():
            with contextlib.suppress(OSError, ValueError):
                found.update(int(x) for x in (path / "cgroup.procs").read_text().split())
        return sorted(found)

    def current(self) -> int:
        """How many processes (tasks) the sandbox holds now."""
        try:
            return int((self.dirs["pids"] / "pids.current").read_text())
        except (KeyError, OSError, ValueError):
            return len(self.pids())

    def oom_kills(self) -> int:
        """How many processes the kernel killed for reaching the memory limit (0 without a memory cgroup)."""
        path = self.dirs.get("memory")
        if path is None:
            return 0
        for name in ("memory.events", "memory.oom_control"):
            with contextlib.suppress(OSError):
                for line in (path / name).read_text().splitlines():
                    key, _, value = line.partition(" ")
                    if key == "oom_kill":
                        return int(value)
        return 0

    def kill_all(self) -> None:
        """SIGKILL everything in the cgroups until they are empty (a fork bomb cannot outrun it: pids.max holds)."""
        for _ in range(100):
            pids = self.pids()
            if not pids:
                return
            for pid in pids:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)

    def remove(self) -> bool:
        """Kill what is left and remove the cgroups; False if one could not be removed yet."""
        self.kill_all()
        removed = True
        for path in self._paths():
            try:
                path.rmdir()
            except FileNotFoundError:
                pass
            except OSError:
                removed = False
        return removed
