"""The supervisor: a tiny stdlib-only process that runs first inside a sandbox and starts commands there.

It reads spawn requests from the control socket it inherits (fd 3, or the fd named by its argument): a
SOCK_SEQPACKET socketpair whose other end the host holds. Each request is a JSON object with ``argv``,
``cwd`` and ``env`` and carries four file
descriptors: the command's stdin, stdout and stderr, and one end of a per-command stream socket, then up to
``MAX_KEPT`` more the command inherits under the same numbers (the kernel's listening sockets). On that
socket the supervisor answers ``{"pid": N}`` (or ``{"error": ...}``) and later ``{"exit": CODE}`` (after killing
what the command left in its process group when the request says ``reap_group``); the host
may write ``{"signal": N}`` lines to it to signal the command's process group.

"The sandbox's processes" are, with the argument ``--every-process`` (the supervisor has a PID namespace of its
own), every process but PID 1 and the supervisor; without it, every descendant of the supervisor, which makes
itself their subreaper so that a process whose parent exits (``setsid``, a double fork, ``nohup … &``) is adopted
by it and stays one (it reaps those it adopts). Requests without file descriptors:

- ``{"fsize": N}`` sets the file-size limit (RLIMIT_FSIZE) of the sandbox's processes, soft and hard, so none can
  raise it back with ``ulimit -S -f``; the host sends it when the room left under the workspace's quota changes.
  A process holding a workspace file open for writing gets N plus that file's size (the largest such file's):
  RLIMIT_FSIZE bounds the offset of a write, and what the file holds already counts as used, so a write in
  progress keeps the room left rather than stopping short where the file already ends.
  Where a hard limit cannot go up again (no CAP_SYS_RESOURCE in the host's user namespace) the process keeps the
  lower one; the host may raise it from outside. The supervisor's own soft limit follows too (its hard one stays,
  so the room can come back), and a command starts with its soft limit as both of its limits (through
  ``prlimit``). A spawn request with ``appends`` (the files an append-only command appends to and the programs it
  runs: ``gofer/computer/sandbox/_appends.py``) starts with the room plus its largest target's size, when every
  target is a workspace file and no program is found in the workspace; RLIMIT_FSIZE bounds a write's offset, so
  an append that fits in the room works.
  An extra lets a process write a new file past the room, up to the extra: while a process may (its limit is
  above the room), the guard (``_guard``) looks at the free space of the workspace's file system every
  ``_GUARD_TICK`` seconds (up to ``_GUARD_IDLE_TICK`` while it stays still), and once it dropped by more than the
  room since the limits were set, it looks at every process above the room: one holding a writable workspace file
  that grew by more than the room (a file it held when the limits were set) or is larger than the room (one
  opened since), or that wrote more than the room to storage since it got its extra (``write_bytes``, which counts
  the children it reaped: a file written and closed between two looks), is brought back to the room alone with
  its ancestors above the room (its extra came from them), so its next write past the room fails with "File too
  large". The free space is shared with what writes outside the sandbox: such a write only makes the guard look
  sooner. Once a second the guard also looks at the files those processes hold, which finds a file made sparse
  past the room (that takes no free space) while it is held.
- ``{"kill": true}`` SIGKILLs every one of the sandbox's processes (the quota watch's kill: a process that left
  its command's session is killed with the commands).

A request ``{"census": true}`` carrying one file descriptor, a stream socket, is answered there with
``{"others": N, "held": B}``: how many of the sandbox's processes live (zombies aside), so the host keeps watching
the workspace while a process that outlived its command may write; and the bytes of workspace files deleted while
one of them holds them open or mapped (they take the disk until closed, and no walk of the workspace sees them),
which the host adds to its measure. The workspace is the path given as ``--workspace=PATH``; the argument may come
more than once (``unsafe-local`` counts its private temp folder too).

When the control socket closes (the host is gone or the sandbox is closing) every command and every other
process of the sandbox is killed and the supervisor exits, which ends the sandbox. This file is run with
``python -I -S`` and must import only the standard library.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import signal
import socket
import stat
import subprocess
import sys
import threading
import time

CONTROL_FD = 3
MAX_KEPT = 8
"""Descriptors a spawn request may hand on to its command past the four it always carries."""
_children: dict[int, subprocess.Popen[bytes]] = {}
_lock = threading.Lock()
_every_process = False
"""Whether the sandbox's processes are every process of this PID namespace (``--every-process``), or this
process's descendants."""
_workspaces: tuple[str, ...] = ()
"""The workspace's path as the sandbox's processes see it, and any other folder counted with it
(``--workspace=PATH``); empty: no file is counted."""
_GUARD_TICK = 0.01
"""Seconds between two looks of the guard at the free space while a process's file-size limit is above the room
(a writer at 250 MB/s gets about 2.5 MB past the room in one)."""
_GUARD_IDLE_TICK = 0.04
"""The longest pause between two looks while the free space stays still: the pause doubles from ``_GUARD_TICK`` at
each look that finds it dropped by less than ``_GUARD_STILL``, and is back to ``_GUARD_TICK`` at the first that finds
more (an idle guard beside a held file took 1.8% of a core at 100 looks a second on a loaded machine; a writer
starting at 250 MB/s gets about 10 MB before a look sees it)."""
_GUARD_STILL = 256 * 1024
"""What the free space may drop by between two looks with the guard still counting it still (a slow writer, or
others on the file system)."""
_GUARD_SLACK = 1024 * 1024
"""What the free space may drop by past the room before the guard acts (folders, a file system's own blocks)."""
_roots_by_device: tuple[str, ...] | None = None
_limits_lock = threading.Lock()
_room: int | None = None
"""The room left under the quota the host last sent (``fsize``); None before it sent one."""
_guard_free: int | None = None
"""The free space when the extras were given (the guard's baseline), None while no guard watches."""
_guard_turn = 0
"""Counts the guards started: one that is not the last ends."""
_guard_sizes: dict[tuple[int, int], int] = {}
"""The sizes of the workspace files held open for writing when the limits were set, by (device, inode)."""
_guard_pids: set[int] = set()
"""Processes known to have a file-size limit above the room (a pass over /proc finds those they started)."""
_guard_written: dict[int, int] = {}
"""What each process above the room had written to storage when it got its extra (``_written``), by pid; a
process started since then (a child) counts from 0."""
_PR_SET_CHILD_SUBREAPER = 36
_PR_SET_DUMPABLE = 4
_WRITABLE = (os.O_WRONLY, os.O_RDWR)
_PRLIMIT = next((p for p in ("/usr/bin/prlimit", "/bin/prlimit") if os.path.exists(p)), None) or shutil.which("prlimit")


def _send(chan: socket.socket, obj: dict[str, object]) -> None:
    with contextlib.suppress(OSError):
        chan.sendall((json.dumps(obj) + "\n").encode())


def _refuse(fds: list[int], why: str) -> None:
    """Answer a request that cannot be served (the sandbox is out of processes) and drop its fds."""
    for fd in fds[:3] + fds[4:]:
        os.close(fd)
    chan = socket.socket(fileno=fds[3])
    _send(chan, {"error": why})
    chan.close()


def _signal_group(pid: int, signum: int) -> None:
    """Signal a command's process group until nothing in it is left (for SIGKILL)."""
    for _ in range(200 if signum == signal.SIGKILL else 1):
        try:
            os.killpg(pid, signum)
        except ProcessLookupError:
            return
        except PermissionError:
            return


def _listen(proc: subprocess.Popen[bytes], chan: socket.socket) -> None:
    """Apply the host's signal requests for one command until the channel closes."""
    buf = b""
    while True:
        try:
            data = chan.recv(4096)
        except OSError:
            return
        if not data:
            return
        buf += data
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            try:
                signum = int(json.loads(line)["signal"])
            except (ValueError, KeyError, TypeError):
                continue
            _signal_group(proc.pid, signum)


def _run(request: dict[str, object], fds: list[int]) -> None:
    stdin, stdout, stderr, chan_fd = fds[:4]
    kept = fds[4:]
    chan = socket.socket(fileno=chan_fd)
    argv = [str(a) for a in request["argv"]]  # type: ignore[attr-defined]
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    start = soft
    if soft != resource.RLIM_INFINITY and request.get("appends"):
        start = _at_most(soft + _append_extra(request), hard)
    if start != resource.RLIM_INFINITY and (start, start) != (soft, hard) and _PRLIMIT is not None:
        argv = [_PRLIMIT, f"--fsize={start}", "--", *argv]  # the room left is its hard limit too
    try:
        with _lock:  # registered before the adopted-process reaper may see it exit (``_reap_adopted``)
            proc = subprocess.Popen(
                argv,
                cwd=str(request.get("cwd") or "/"),
                env={str(k): str(v) for k, v in dict(request.get("env") or {}).items()},  # type: ignore[call-overload]
                stdin=stdin,
                stdout=stdout,
                stderr=stderr,
                start_new_session=True,
                close_fds=True,
                pass_fds=kept,
            )
            _children[proc.pid] = proc
    except Exception as exc:
        _send(chan, {"error": f"{type(exc).__name__}: {exc}"})
        chan.close()
        return
    finally:
        for fd in (stdin, stdout, stderr, *kept):
            os.close(fd)
    try:
        threading.Thread(target=_listen, args=(proc, chan), daemon=True).start()
    except RuntimeError:
        _signal_group(proc.pid, signal.SIGKILL)
        proc.wait()
        _send(chan, {"error": "the sandbox has no room for another process"})
        chan.close()
        return
    _send(chan, {"pid": proc.pid})
    if start != soft:
        _guard_pids.add(proc.pid)
        _arm_guard()
    code = proc.wait()
    if request.get("reap_group"):
        _signal_group(proc.pid, signal.SIGKILL)
    with _lock:
        _children.pop(proc.pid, None)
    _send(chan, {"exit": code})
    chan.close()


def _append_extra(request: dict[str, object]) -> int:
    """What an append-only command (the request's ``appends``: the files it appends to and the programs it runs, see
    ``gofer/computer/sandbox/_appends.py``) gets on top of the room: the size of its largest target, when every
    target is a workspace file and no program is found in the workspace; else 0. The targets' sizes become the
    guard's baseline, so one that grows by more than the room is taken back."""
    appends = request["appends"]
    env = request.get("env")
    cwd = str(request.get("cwd") or "/")
    if not isinstance(appends, dict) or not isinstance(env, dict):
        return 0
    path = str(env.get("PATH") or os.defpath)
    for program in appends.get("programs") or []:
        found = shutil.which(str(program), path=path)
        if found is None or _in_workspace(os.path.realpath(found)):
            return 0  # a program planted in the workspace could write any file
    sizes: dict[tuple[int, int], int] = {}
    for name in appends.get("targets") or []:
        target = os.path.realpath(os.path.join(cwd, str(name)))
        try:
            st = os.stat(target)
        except OSError:
            return 0
        if not _in_workspace(target) or not stat.S_ISREG(st.st_mode):
            return 0
        sizes[(st.st_dev, st.st_ino)] = st.st_size
    with _limits_lock:
        _guard_sizes.update(sizes)
    return max(sizes.values(), default=0)


def _in_workspace(path: str) -> bool:
    """Whether ``path`` (without links) is under a counted folder."""
    return path.startswith(tuple(root + "/" for root in _workspaces))


def _sandbox_processes() -> list[int]:
    """The sandbox's processes (see the module's docstring) but zombies, from one pass over /proc."""
    return list(_sandbox_parents())


def _sandbox_parents() -> dict[int, int]:
    """The sandbox's processes but zombies, each with its parent's pid, from one pass over /proc."""
    me = os.getpid()
    parents: dict[int, int] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) in (1, me):
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        if fields and fields[0] != b"Z":
            parents[int(name)] = int(fields[1])
    if _every_process:
        return parents
    found: dict[int, int] = {}
    for pid, parent in parents.items():
        seen = 0
        up = parents.get(pid)
        while up is not None and up != me and seen < 4096:  # a pid reused meanwhile cannot make a loop forever
            up = parents.get(up)
            seen += 1
        if up == me:
            found[pid] = parent
    return found


def _kill_sandbox() -> None:
    """SIGKILL the sandbox's processes until none is left (a process forking meanwhile is bounded by RLIMIT_NPROC
    and the cgroup)."""
    for _ in range(200):
        pids = _sandbox_processes()
        if not pids:
            return
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.005)


def _keep_to_itself() -> None:
    """Make this process non-dumpable: the sandbox's processes run as its user, and could otherwise trace it or
    take its control socket (``pidfd_getfd``), stop it and answer the host in its place (made-up output of the
    host's next commands, a census saying nothing lives). Its commands are dumpable again once they exec, so it
    still reads their /proc entries."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _become_subreaper() -> None:
    """Adopt the descendants whose parent exits (``PR_SET_CHILD_SUBREAPER``), and reap them as they end."""
    try:
        import ctypes

        if ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
            return
    except (OSError, AttributeError):
        return
    threading.Thread(target=_reap_adopted, daemon=True).start()


def _reap_adopted() -> None:
    """Reap the adopted processes that end; a command's own exit is left to its ``Popen.wait``."""
    while True:
        try:
            info = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOWAIT)
        except OSError:  # no child at all now
            time.sleep(0.2)
            continue
        if info is None:
            continue
        with _lock:
            ours = info.si_pid in _children
        if ours:
            time.sleep(0.05)
            continue
        with contextlib.suppress(ChildProcessError):
            os.waitpid(info.si_pid, 0)


def _set_file_limit(size: int) -> None:
    """Set the file-size limit of the sandbox's processes to ``size``, soft and hard, plus what a process writing
    a big file needs (see the module's docstring), and the soft one of this process, so of what it starts next."""
    global _room, _guard_free
    with _limits_lock:
        _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (_at_most(size, hard), hard))
        _room, _guard_free = size, None
        _guard_sizes.clear()
        _guard_written.clear()
        above = False
        for pid in _sandbox_processes():
            try:
                above = _limit_process(pid, size) > size or above
            except (OSError, ValueError):
                continue  # gone meanwhile, or not ours to change
    if above:
        _arm_guard()


def _limit_process(pid: int, size: int) -> int:
    """Both file-size limits of ``pid`` to ``size`` plus the size of the largest workspace file it holds open for
    writing (at most this process's own hard limit, the sandbox's); where its hard limit cannot
    go up, both to its hard one. Returns the limit it got."""
    held = [st for st, mode in _workspace_files(pid) if mode in _WRITABLE]
    for st in held:
        _guard_sizes[(st.st_dev, st.st_ino)] = st.st_size
    written = [st.st_size for st in held]
    if written:
        size = _at_most(size + max(written), resource.getrlimit(resource.RLIMIT_FSIZE)[1])
        _guard_written[pid] = _written(pid)
        _guard_pids.add(pid)
    try:
        resource.prlimit(pid, resource.RLIMIT_FSIZE, (size, size))
    except PermissionError:  # raising a hard limit needs CAP_SYS_RESOURCE
        _soft, hard = resource.prlimit(pid, resource.RLIMIT_FSIZE)
        size = _at_most(size, hard)
        resource.prlimit(pid, resource.RLIMIT_FSIZE, (size, size))
    return size


def _free_bytes() -> int | None:
    """Free bytes of the file systems of the counted folders together (each file system once); None when one
    cannot be read."""
    roots = _free_roots()
    if not roots:
        return None
    total = 0
    for root in roots:
        try:
            st = os.statvfs(root)
        except OSError:
            return None
        total += st.f_bavail * st.f_frsize
    return total


def _free_roots() -> tuple[str, ...]:
    """One counted folder of each file system (kept once every one could be read; empty while one cannot)."""
    global _roots_by_device
    if _roots_by_device is None:
        found: dict[int, str] = {}
        for root in _workspaces:
            try:
                found.setdefault(os.stat(root).st_dev, root)
            except OSError:
                return ()
        _roots_by_device = tuple(found.values())
    return _roots_by_device


def _arm_guard() -> None:
    """Start the guard (``_guard``) with the free space now as its baseline, unless it watches already."""
    global _guard_free, _guard_turn
    with _limits_lock:
        if _guard_free is not None or _room is None:
            return
        _guard_free = _free_bytes()
        if _guard_free is None:
            return
        _guard_turn += 1
        turn = _guard_turn
    with contextlib.suppress(RuntimeError):  # no thread to be had: the host's watch still measures
        threading.Thread(target=_guard, args=(turn,), daemon=True).start()


def _guard(turn: int) -> None:
    """While a process's file-size limit may be above the room: each time the free space dropped by more than the
    room, take the extra back from the processes that wrote past the room (``_take_back_extras``). Ends when the
    host sends new limits, or when no process is left above the room and none starts with more."""
    global _guard_free
    looked = time.monotonic()
    tick, last, checks = _GUARD_TICK, None, 0
    while True:
        time.sleep(tick)
        with _limits_lock:
            baseline, room = _guard_free, _room
        if baseline is None or room is None or turn != _guard_turn:
            return  # new limits came, with a guard of their own when they need one
        free = _free_bytes()
        still = free is not None and last is not None and last - free < _GUARD_STILL
        tick = min(tick * 2, _GUARD_IDLE_TICK) if still else _GUARD_TICK
        last = free
        if free is not None and baseline - free > room + _GUARD_SLACK:
            _take_back_extras(room)
            with _limits_lock:
                if turn == _guard_turn:
                    _guard_free = free  # what was written until now is looked at: the next room from here
        if time.monotonic() - looked >= 1.0:
            looked = time.monotonic()
            checks += 1
            above = _still_above(room, full=_every_process or checks % 10 == 0)
            if not above:
                with _limits_lock:
                    if turn == _guard_turn:
                        _guard_free = None
                    return
            if any(_holds_grown(pid, room) for pid in above):  # made sparse past the room: no free space taken
                _take_back_extras(room)


def _still_above(room: int, *, full: bool) -> set[int]:
    """The processes of the sandbox with a file-size limit above ``room``: those known to be and what they started
    (cheap) while one of them still is, else (or when ``full``) all, from a pass over /proc, which then become the
    ones known."""
    known = {pid for pid in _with_descendants(_guard_pids) if _above(pid, room)}
    if known and not full:
        return known
    found = {pid for pid in _sandbox_processes() if _above(pid, room)}
    _guard_pids.clear()
    _guard_pids.update(found)
    return found


def _with_descendants(pids: set[int]) -> set[int]:
    """``pids`` and the processes they started that still live, from /proc/PID/task/TID/children (a process
    adopted by another since is left out)."""
    found: set[int] = set()
    todo = list(pids)
    while todo and len(found) < 4096:
        pid = todo.pop()
        if pid in found:
            continue
        found.add(pid)
        try:
            for tid in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{tid}/children", "rb") as f:
                    todo += [int(child) for child in f.read().split()]
        except (OSError, ValueError):
            continue
    return found


def _take_back_extras(room: int) -> None:
    """Bring each process above ``room`` that wrote more than it, and its ancestors above it (its extra came from
    them), to ``room`` alone (see the module's docstring)."""
    parents = _sandbox_parents()
    above = {pid for pid in parents if _above(pid, room)}
    taken: set[int] = set()
    for pid in above:
        if _wrote_past(pid, room):
            up: int | None = pid
            while up in above and up not in taken:
                taken.add(up)
                up = parents.get(up)
    for pid in taken:
        with contextlib.suppress(OSError):
            resource.prlimit(pid, resource.RLIMIT_FSIZE, (room, room))


def _wrote_past(pid: int, room: int) -> bool:
    """Whether ``pid`` holds a workspace file open for writing that grew by more than ``room`` since the limits were
    set (or is larger, opened since), or wrote more than ``room`` to storage since it got its extra, itself or
    its children that ended (a file written and closed between two looks)."""
    return _holds_grown(pid, room) or _written(pid) - _guard_written.get(pid, 0) > room


def _holds_grown(pid: int, room: int) -> bool:
    """Whether ``pid`` holds a workspace file open for writing whose size grew by more than ``room`` since the limits
    were set (or that is larger, opened since)."""
    for st, mode in _workspace_files(pid):
        before = _guard_sizes.get((st.st_dev, st.st_ino))
        if mode in _WRITABLE and st.st_size - (before or 0) > room:
            return True
    return False


def _written(pid: int) -> int:
    """Bytes ``pid`` and its children that ended caused to be written to storage (``write_bytes`` of
    /proc/PID/io; 0 when it cannot be read)."""
    try:
        with open(f"/proc/{pid}/io", "rb") as f:
            return next(int(line.split()[1]) for line in f if line.startswith(b"write_bytes:"))
    except (OSError, ValueError, IndexError, StopIteration):
        return 0


def _above(pid: int, room: int) -> bool:
    """Whether ``pid``'s hard file-size limit is above ``room``."""
    try:
        hard = resource.prlimit(pid, resource.RLIMIT_FSIZE)[1]
    except OSError:
        return False
    return hard == resource.RLIM_INFINITY or hard > room


def _workspace_files(pid: int) -> list[tuple[os.stat_result, int]]:
    """The regular files under the workspace that ``pid`` holds open, with each one's access mode (``O_RDONLY``,
    ``O_WRONLY`` or ``O_RDWR``), read from /proc (a file gone meanwhile is left out)."""
    if not _workspaces:
        return []
    found: list[tuple[os.stat_result, int]] = []
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return []
    for fd in fds:
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
            if not _in_workspace(target):
                continue
            st = os.stat(f"/proc/{pid}/fd/{fd}")  # the open file itself, deleted or not
            if not stat.S_ISREG(st.st_mode):
                continue
            with open(f"/proc/{pid}/fdinfo/{fd}", "rb") as f:
                flags = next(int(line.split()[1], 8) for line in f if line.startswith(b"flags:"))
        except (OSError, ValueError, IndexError, StopIteration):
            continue
        found.append((st, flags & os.O_ACCMODE))
    return found


def _held_deleted() -> int:
    """Bytes of the workspace files the sandbox's processes hold open or mapped after they were deleted (each
    counted once: an open one at the larger of its size and its blocks, as the workspace's measure counts a file;
    one only mapped, its descriptor closed, at the end of its furthest mapping, all it can reach)."""
    held: dict[tuple[int, int], int] = {}
    for pid in _sandbox_processes():
        for st, _mode in _workspace_files(pid):
            if st.st_nlink == 0:
                held[(st.st_dev, st.st_ino)] = max(st.st_size, st.st_blocks * 512)
        for key, end in _mapped_deleted(pid).items():
            held[key] = max(held.get(key, 0), end)
    return sum(held.values())


def _mapped_deleted(pid: int) -> dict[tuple[int, int], int]:
    """The deleted workspace files ``pid`` maps, by (device, inode), each with the end of its furthest mapping
    (from /proc/PID/maps: a mapping needs no open file descriptor)."""
    if not _workspaces:
        return {}
    found: dict[tuple[int, int], int] = {}
    try:
        with open(f"/proc/{pid}/maps", "rb") as f:
            lines = [line for line in f if line.endswith(b" (deleted)\n")]
    except OSError:
        return {}
    for line in lines:
        parts = line.split(maxsplit=5)
        try:
            path = parts[5].decode(errors="surrogateescape").removesuffix(" (deleted)\n")
            if not _in_workspace(path):
                continue
            start, end = (int(x, 16) for x in parts[0].split(b"-"))
            major, minor = (int(x, 16) for x in parts[3].split(b":"))
            key = (os.makedev(major, minor), int(parts[4]))
            reach = int(parts[2], 16) + end - start
        except (IndexError, ValueError):
            continue
        found[key] = max(found.get(key, 0), reach)
    return found


def _at_most(size: int, limit: int) -> int:
    """``size``, or ``limit`` when that is lower (RLIM_INFINITY is -1 here, higher than any size)."""
    return size if limit == resource.RLIM_INFINITY else min(size, limit)


def _kill_all() -> None:
    with _lock:
        pids = list(_children)
    for pid in pids:
        _signal_group(pid, signal.SIGKILL)
    _kill_sandbox()


def _plain_request(msg: bytes) -> None:
    """Serve a request without file descriptors (``fsize`` or ``kill``)."""
    request = json.loads(msg)
    if "fsize" in request:
        _set_file_limit(int(request["fsize"]))
    if request.get("kill"):
        _kill_sandbox()


def _census(fd: int) -> None:
    """Answer how many of the sandbox's processes live, and the bytes they hold in deleted workspace files, on the
    socket ``fd``."""
    chan = socket.socket(fileno=fd)
    _send(chan, {"others": len(_sandbox_processes()), "held": _held_deleted()})
    chan.close()


def main() -> None:
    """Serve spawn requests until the control socket closes, then kill every command."""
    global _every_process, _workspaces
    _every_process = "--every-process" in sys.argv[2:]
    _workspaces = tuple(os.path.realpath(arg.removeprefix("--workspace=")).rstrip("/")
                        for arg in sys.argv[2:] if arg.startswith("--workspace="))
    _keep_to_itself()
    if not _every_process:
        _become_subreaper()
    control = socket.socket(fileno=int(sys.argv[1]) if len(sys.argv) > 1 else CONTROL_FD)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    while True:
        try:
            msg, fds, _flags, _addr = socket.recv_fds(control, 65536, 4 + MAX_KEPT)
        except OSError:
            break
        if not msg:
            for fd in fds:
                os.close(fd)
            break
        if not fds:
            with contextlib.suppress(ValueError, KeyError, TypeError, AttributeError, OSError):
                _plain_request(msg)
            continue
        if len(fds) == 1:
            with contextlib.suppress(OSError):
                if msg == b'{"census": true}':
                    _census(fds[0])
                else:
                    os.close(fds[0])
            continue
        if len(fds) < 4:
            for fd in fds:
                os.close(fd)
            continue
        try:
            request = json.loads(msg)
        except ValueError:
            for fd in fds:
                os.close(fd)
            continue
        try:
            threading.Thread(target=_run, args=(request, fds), daemon=True).start()
        except RuntimeError:
            _refuse(fds, "the sandbox has no room for another process (its process limit is reached)")
    _kill_all()
    os._exit(0)


if __name__ == "__main__":
    main()
