"""The browser's runtime folder in the temp dir (``gofer-browser-*``): made, owned, removed and swept.

A :class:`~gofer.computer.browser.pool.BrowserPool` keeps Chromium's launcher, pid file, HOME, temp dir and
downloads in one folder of the temp dir. The folder names its owner, this Python process, in ``owner`` (pid
and start time, so a reused pid is not taken for the owner). It is removed by ``BrowserPool.aclose``, else
when the pool is garbage-collected or the interpreter exits (``weakref.finalize``); a folder left by a process
that could not clean up (SIGKILL, a power cut) is removed by the next pool that starts a browser, once its
owner and its Chromium are both gone. Only folders of the current user are ever touched.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import stat
import tempfile
import time
from pathlib import Path

__all__ = [
    "PREFIX", "PROFILE_FILE", "make_runtime_dir", "process_start", "remove_runtime_dir", "sweep_stale_runtime_dirs",
]

PREFIX = "gofer-browser-"
"""The name prefix of every runtime folder in the temp dir."""

OWNER_FILE = "owner"
PID_FILE = "chromium.pid"
PROFILE_FILE = "profile"
"""Where the launcher writes the profile folder Playwright made for Chromium (``--user-data-dir``)."""
_PROFILE_PREFIX = "playwright_chromiumdev_profile-"
_SOCKET_PREFIX = "org.chromium.Chromium."
UNOWNED_GRACE = 3600.0
"""A folder without an owner record (made by an older gofer) is left alone for this long after its last change."""


def process_start(pid: int) -> str | None:
    """The start time (clock ticks after boot) of a running process; None when it is gone or a zombie."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    if len(fields) < 20 or fields[0] in ("Z", "X"):
        return None
    return fields[19]


def _pid_namespace() -> str:
    """This process's pid namespace (containers sharing a temp dir see different pids)."""
    try:
        return os.readlink("/proc/self/ns/pid")
    except OSError:
        return "-"


def make_runtime_dir() -> Path:
    """A new runtime folder (mode 0711) in the temp dir, recording this process as its owner."""
    path = Path(tempfile.mkdtemp(prefix=PREFIX))
    path.chmod(0o711)
    pid = os.getpid()
    (path / OWNER_FILE).write_text(f"{pid} {process_start(pid) or '-'} {_pid_namespace()}\n")
    return path


def _owner_alive(path: Path) -> bool | None:
    """Whether the folder's owner process still runs; None when the folder has no (readable) owner record."""
    try:
        parts = (path / OWNER_FILE).read_text().split()
        pid = int(parts[0])
    except (OSError, ValueError, IndexError):
        return None
    if len(parts) > 2 and parts[2] != _pid_namespace():
        return True  # another pid namespace's process: it cannot be checked from here, so it counts as alive
    if len(parts) > 1 and parts[1] != "-":
        return process_start(pid) == parts[1]
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _chromium_pid(path: Path) -> int | None:
    """The pid of the folder's Chromium if that process still runs (checked by its HOME), else None.

    A process that runs but whose environment cannot be read counts as the folder's Chromium (the caller then
    keeps the folder); one whose HOME is elsewhere is an unrelated process that reused the pid.
    """
    try:
        pid = int((path / PID_FILE).read_text().strip())
    except (OSError, ValueError):
        return None
    if process_start(pid) is None:
        return None
    try:
        environ = Path(f"/proc/{pid}/environ").read_bytes()
    except (FileNotFoundError, ProcessLookupError):  # gone, or a kernel thread (no environment)
        return None
    except OSError:
        return pid
    home = f"HOME={path / 'home'}".encode()
    return pid if home in environ.split(b"\0") else None


def _leftovers(path: Path) -> list[Path]:
    """Folders outside ``path`` made for its Chromium: Playwright's profile and Chromium's lock-socket folder.

    Playwright removes the profile when it closes the browser, and Chromium its socket folder when it exits
    cleanly; neither happens when Chromium is killed or Playwright's driver ends with a Python process that never
    closed the pool. Only folders named like theirs, and not symlinks, are returned.
    """
    try:
        profile = Path((path / PROFILE_FILE).read_text().strip())
    except OSError:
        return []
    if not profile.is_absolute() or not profile.name.startswith(_PROFILE_PREFIX):
        return []
    found = [profile]
    with contextlib.suppress(OSError):
        socket_dir = Path(os.readlink(profile / "SingletonSocket")).parent
        # Chromium (perhaps run as another user) wrote the link: only a folder beside the profile, in the temp
        # dir Playwright and Chromium share, named like Chromium's, is taken.
        if socket_dir.parent == profile.parent and socket_dir.name.lstrip(".").startswith(_SOCKET_PREFIX):
            found.append(socket_dir)
    return found


def _remove(path: Path, leftovers: list[Path]) -> None:
    for extra in leftovers:
        with contextlib.suppress(OSError):
            if stat.S_ISDIR(extra.lstat().st_mode):
                shutil.rmtree(extra, ignore_errors=True)
    shutil.rmtree(path, ignore_errors=True)


def remove_runtime_dir(path: Path, owner_pid: int) -> None:
    """Kill the folder's Chromium if it still runs and remove the folder and its Chromium's leftovers (only in
    the process that made the folder)."""
    if os.getpid() != owner_pid:  # a forked child exiting must not remove its parent's folder
        return
    leftovers = _leftovers(path)  # before the kill: Playwright may remove the profile (and its links) after it
    pid = _chromium_pid(path)
    if pid is not None:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    _remove(path, leftovers)


def _stale(path: Path, mtime: float, now: float) -> bool:
    alive = _owner_alive(path)
    if alive:
        return False
    if alive is None and now - mtime < UNOWNED_GRACE:
        return False
    return _chromium_pid(path) is None


def sweep_stale_runtime_dirs(base: Path | None = None) -> int:
    """Remove runtime folders of the current user whose owner process and Chromium are gone; how many.

    A folder whose owner runs (this process included) is kept, and so is one whose Chromium still runs (the
    next sweep takes it). Symlinks and other users' folders are never touched.
    """
    base = Path(base) if base is not None else Path(tempfile.gettempdir())
    uid, now, removed = os.geteuid(), time.time(), 0
    try:
        entries = list(os.scandir(base))
    except OSError:
        return 0
    for entry in entries:
        if not entry.name.startswith(PREFIX):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISDIR(st.st_mode) or st.st_uid != uid:
            continue
        path = Path(entry.path)
        if _stale(path, st.st_mtime, now):
            _remove(path, _leftovers(path))
            removed += not path.exists()
    return removed
