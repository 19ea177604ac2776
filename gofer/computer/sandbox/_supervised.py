"""What every backend shares: a supervisor process inside, spawning commands for the host over a socket."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import os
import socket
import stat
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from gofer.computer.sandbox._appends import AppendOnly, append_only
from gofer.computer.sandbox._output import CappedBuffer
from gofer.computer.sandbox._pipe import read_pipe
from gofer.computer.sandbox.base import (
    CommandResult,
    Limits,
    NetworkPolicy,
    SandboxError,
    SandboxProcess,
)
from gofer.computer.workspace import Workspace, tree_usage

__all__ = ["GONE", "SUPERVISOR_SOURCE", "SupervisedSandbox", "read_fd"]

SUPERVISOR_SOURCE = (Path(__file__).with_name("_supervisor.py")).read_text()
"""Run inside with ``python -I -S -c``; it needs no file of gofer's inside the sandbox."""
_FRESH = (
    "The next command starts a fresh sandbox: the workspace files are kept; background jobs and the Python "
    "kernel's variables are lost."
)
GONE = (
    "the sandbox stopped: its supervisor process was killed, perhaps by a command inside (pkill python, "
    f"kill -9 -1). {_FRESH}"
)
MAX_KEPT = 8
"""Descriptors a command may inherit past its standard ones (the supervisor's ``MAX_KEPT``)."""
ANSWER_TIMEOUT = 30.0
"""Seconds the supervisor has to answer a spawn request before the sandbox counts as broken."""


async def read_fd(fd: int, size: int, timeout: float) -> bytes:
    """Read once from a pipe without a thread (b"" at end of file or after ``timeout`` seconds)."""
    loop = asyncio.get_running_loop()
    ready: asyncio.Future[None] = loop.create_future()
    def wake() -> None:
        if not ready.done():
            ready.set_result(None)

    loop.add_reader(fd, wake)
    try:
        await asyncio.wait_for(ready, timeout)
    except TimeoutError:
        return b""
    finally:
        loop.remove_reader(fd)
    return os.read(fd, size)


QUOTA_TICK = 1.0
"""Seconds between two measures of the workspace while something may be writing, at least (ten times what a
measure costs, for big workspaces)."""
QUOTA_IDLE_TICK = 15.0
"""The longest pause between two measures: while the workspace stays the same size the pauses grow to it, so a
session whose kernel sits idle costs next to nothing; a new command or cell brings them back to ``QUOTA_TICK``."""
WRITE_TICK = 0.2
"""Seconds between two looks at the free space of the workspace's file system while commands run (one cheap
``statvfs``): when it drops by half the room left under the quota, the next measure of the workspace comes at
once instead of at the end of its pause (``_pause``), so a process writing fast is stopped about this long after
it passes the quota, however quiet the workspace was before."""
_MEASURE_BUDGET = 0.2
"""Seconds a measure of the workspace may cost for a command to measure it before it starts
(see ``_fit_before_command``)."""
_MIN_ROOM = 1024 * 1024
"""The smallest file-size limit a command gets near or over the quota (see ``SupervisedSandbox._fit_file_limit``)."""


def _cut_if_past(name: str, dir_fd: int, rooms: Rooms, before: dict[tuple[int, int], int]) -> int | None:
    """Cut the file ``name`` in ``dir_fd`` back when its holes pass the room it was last changed under and
    ``before`` did not see it so large (see ``SupervisedSandbox._cut_past``); returns its new size, or None when it
    was left alone."""
    st = os.lstat(name, dir_fd=dir_fd)
    room = rooms.at(st.st_ctime_ns)
    if not stat.S_ISREG(st.st_mode) or st.st_size - st.st_blocks * 512 <= room:
        return None
    seen = before.get((st.st_dev, st.st_ino))
    if seen is not None and st.st_size <= seen:
        return None
    fd = os.open(name, os.O_WRONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=dir_fd)
    try:
        now = os.fstat(fd)
        if not stat.S_ISREG(now.st_mode) or (now.st_dev, now.st_ino) != (st.st_dev, st.st_ino):
            return None
        size = seen if seen is not None else min(_data_end(fd, now.st_size), room)
        os.ftruncate(fd, size)
        return size
    finally:
        os.close(fd)


def _data_end(fd: int, size: int) -> int:
    """Where the data of the open file ``fd`` ends (its last hole left out), from ``SEEK_DATA``/``SEEK_HOLE``."""
    end = offset = 0
    for _ in range(10_000):
        try:
            start = os.lseek(fd, offset, os.SEEK_DATA)
        except OSError:  # ENXIO: no data past ``offset``
            return end
        end = offset = os.lseek(fd, start, os.SEEK_HOLE)
        if offset >= size:
            return size
    return size


_CLOCK = time.CLOCK_REALTIME
"""The clock the times of a measure and of each limit sent are read on: the one a change's ``ctime`` is stamped
from. A file system stamps from its coarse reading (a tick behind, at most) or, where it has fine-grained
timestamps, from this clock itself, so a change made before a limit was sent never looks later than the sending; a
change made within a tick after it may look earlier, and is then judged by the room before (the lenient side: a
file is never cut for a room it was not yet under)."""


@dataclass(frozen=True)
class Rooms:
    """The file-size limits a cut judges files by: ``first``, the one in force when the last measure was taken, and
    each sent since with when it was sent (``_CLOCK``), oldest first."""

    first: int
    sent: tuple[tuple[int, int], ...]

    def at(self, ctime_ns: int) -> int:
        """The limit in force for a file last changed at ``ctime_ns``: the last one sent before, else ``first``."""
        room = self.first
        for when, limit in self.sent:
            if when > ctime_ns:
                break
            room = limit
        return room


@dataclass(frozen=True)
class Measure:
    """What a measure of the workspace saw: every regular file's size by (device, inode), and the file-size limit
    the sandbox's processes had while it was taken."""

    sizes: dict[tuple[int, int], int]
    limit: int
    taken_ns: int
    """When it began, on ``_CLOCK``."""


def _kill_unseen(answer: asyncio.Task[tuple[SandboxProcess, asyncio.StreamReader, asyncio.StreamWriter]]) -> None:
    """Kill the command a cancelled spawn started, once the supervisor named it (its whole process group)."""
    if answer.cancelled() or answer.exception() is not None:
        return  # nothing started (an error was answered), or the sandbox is gone with everything in it
    _proc, _reader, writer = answer.result()
    if not writer.is_closing():
        writer.write(b'{"signal": 9}\n')
        writer.close()  # after the line is written; the supervisor's exit line then goes nowhere


class SupervisedSandbox:
    """A sandbox whose commands are started by a supervisor running inside it (see ``_supervisor.py``).

    Backends build the supervisor's command line (``_launch``); this class speaks to it and owns the
    lifetime: closing the control socket makes the supervisor kill every command and exit.
    """

    backend = "base"

    def __init__(
        self,
        workspace: Workspace,
        *,
        limits: Limits,
        network: NetworkPolicy,
        workspace_path: str,
        base_env: dict[str, str],
    ) -> None:
        self.workspace = workspace
        self.limits = limits
        self.network: NetworkPolicy = network
        self.workspace_path = workspace_path
        self._base_env = base_env
        self._control: socket.socket | None = None
        self._proc: asyncio.subprocess.Process | None = None
        self._send_lock = asyncio.Lock()
        self._children: set[SandboxProcess] = set()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._quota_task: asyncio.Task[None] | None = None
        self._quota_wake = asyncio.Event()
        self._quota_lock = asyncio.Lock()
        """Held by the quota watch from its measure to its kill, and by a command's start: a command started
        meanwhile is not killed for growth measured before it ran."""
        self._quota_quiet = 0
        self._quota_watched = True
        """False while the sandbox sets itself up (its own folders in the workspace are no code's growth)."""
        self._usage: int | None = None
        self._file_limit = limits.file_bytes
        """The soft file-size limit the supervisor was last told to give every process (``_fit_file_limit``)."""
        self._measure_cost = 0.0
        self._limits_sent: collections.deque[tuple[int, int]] = collections.deque(maxlen=64)
        """The file-size limits sent lately, with when (``_CLOCK``): what held for a file when it changed."""
        self._last_measure = Measure(sizes={}, limit=self._file_limit, taken_ns=0)
        """What the last measure saw (``_measure``): what the quota watch's cut keeps (``_cut_past``)."""
        self.closed = False
        self._broken = False
        self.started_at = time.monotonic()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(workspace={self.workspace.root}, network={self.network})"

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        """The environment commands get inside, plus ``extra``."""
        env = dict(self._base_env)
        if extra:
            env.update(extra)
        return env

    def host_path_of(self, inside: str) -> str | None:
        """Where a path inside is reachable from the host; backends override."""
        return inside

    @property
    def alive(self) -> bool:
        """Whether the supervisor still serves requests: a command inside may have killed it (the control
        socket then reads end-of-file; the supervisor never writes on it) or stopped it."""
        if self.closed or self._control is None or self._broken:
            return False
        try:
            return self._control.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) != b""
        except BlockingIOError:
            return True
        except OSError:
            return False

    async def _attach(self, proc: asyncio.subprocess.Process, control: socket.socket, timeout: float) -> None:
        """Wait for the supervisor's ``ready`` line; on failure report what it printed."""
        self._proc = proc
        self._control = control
        assert proc.stdout is not None
        try:
            line = await asyncio.wait_for(proc.stdout.readline(), timeout)
        except TimeoutError:
            line = b""
        if line.strip() != b"ready":
            err = b""
            if proc.stderr is not None:
                with contextlib.suppress(TimeoutError):
                    err = await asyncio.wait_for(proc.stderr.read(4000), 2)
            await self.aclose()
            detail = (line + err).decode(errors="replace").strip() or "no output"
            raise SandboxError(f"the {self.backend} sandbox did not start: {detail}")

    async def spawn(
        self,
        argv: list[str],
        *,
        cwd: str | None = None,
        env: dict[str, str] | None = None,
        output: Literal["pipe", "null"] = "pipe",
        reap_group: bool = False,
        pass_fds: Sequence[int] = (),
    ) -> SandboxProcess:
        """Start a command in its own process group; stdout and stderr share one pipe (or go nowhere).
        With ``reap_group`` what the command leaves running in its group is killed when it exits; ``pass_fds``
        (at most eight) it inherits, under numbers of their own, not close-on-exec. Its file-size
        limit, soft and hard, is the room left under the workspace's quota when that is less than the sandbox's
        own (``_fit_before_command``)."""
        if self.closed or self._control is None:
            raise SandboxError("the sandbox is closed")
        if len(pass_fds) > MAX_KEPT:
            raise SandboxError(f"a command may inherit at most {MAX_KEPT} descriptors, not {len(pass_fds)}")
        async with self._quota_lock:  # the watchdog's kill is for what ran while it measured, not for this one
            proc, reader, writer = await self._start(argv, cwd, env, output, reap_group, pass_fds)
        loop = asyncio.get_running_loop()
        exited = proc.exited

        async def watch() -> None:
            code = -9
            with contextlib.suppress(ValueError, KeyError, OSError):
                line = await reader.readline()
                if line:
                    code = int(json.loads(line)["exit"])
            if not exited.done():
                exited.set_result(code)
            self._children.discard(proc)
            writer.close()

        task = loop.create_task(watch())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        self.note_activity()
        return proc

    async def _start(self, argv: list[str], cwd: str | None, env: dict[str, str] | None,
                     output: Literal["pipe", "null"], reap_group: bool, pass_fds: Sequence[int]
                     ) -> tuple[SandboxProcess, asyncio.StreamReader, asyncio.StreamWriter]:
        """Start a command for :meth:`spawn` (its file-size limit fitted first) and count it among the children;
        returns it with the channel its exit code comes back on."""
        await self._fit_before_command()
        if self._broken:  # its census went unanswered
            raise SandboxError(self._unanswered())
        if (control := self._control) is None:  # closed while the measure ran
            raise SandboxError("the sandbox is closed")
        loop = asyncio.get_running_loop()
        host_chan, their_chan = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        devnull = os.open(os.devnull, os.O_RDWR | os.O_CLOEXEC)
        read_fd: int | None = None
        if output == "pipe":
            read_fd, write_fd = os.pipe2(os.O_CLOEXEC)
        else:
            write_fd = os.dup(devnull)
        request: dict[str, Any] = {
            "argv": self._launch(argv),
            "cwd": cwd or self.workspace_path,
            "env": env if env is not None else self.env(),
            "reap_group": reap_group,
        }
        appending = self._appends(argv)
        if appending is not None:
            request["appends"] = appending._asdict()
        try:
            async with self._send_lock:
                socket.send_fds(
                    control,
                    [json.dumps(request).encode()],
                    [devnull, write_fd, write_fd, their_chan.fileno(), *pass_fds],
                )
        except OSError:
            host_chan.close()
            if read_fd is not None:
                os.close(read_fd)
            raise SandboxError(GONE) from None
        finally:
            os.close(devnull)
            os.close(write_fd)
            their_chan.close()
        host_chan.setblocking(False)
        # From here the command may run: a cancel must not leave it running unseen (the host would never learn its
        # pid), so the answer is awaited apart from the cancel and the command it names killed after one.
        answer = loop.create_task(self._answer(argv, host_chan, read_fd))
        try:
            proc, reader, writer = await asyncio.shield(answer)
        except asyncio.CancelledError:
            answer.add_done_callback(_kill_unseen)
            self._tasks.add(answer)
            answer.add_done_callback(self._tasks.discard)
            raise
        self._children.add(proc)
        return proc, reader, writer

    async def _answer(self, argv: list[str], host_chan: socket.socket, read_fd: int | None
                      ) -> tuple[SandboxProcess, asyncio.StreamReader, asyncio.StreamWriter]:
        """Read the supervisor's answer to a spawn request on the command's channel: the started command."""
        reader, writer = await asyncio.open_unix_connection(sock=host_chan)
        stdout = read_pipe(read_fd, limit=1 << 20) if read_fd is not None else None
        try:
            line = await asyncio.wait_for(reader.readline(), ANSWER_TIMEOUT)
        except TimeoutError:
            self._broken = True  # stopped (SIGSTOP) or wedged: the next use starts a fresh sandbox
            writer.close()
            raise SandboxError(self._unanswered()) from None
        if not line:
            writer.close()
            raise SandboxError(GONE)
        first = json.loads(line)
        if "pid" not in first:
            writer.close()
            raise SandboxError(f"could not start {argv[0]!r} in the sandbox: {first.get('error')}")
        exited: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        proc = SandboxProcess(pid=int(first["pid"]), stdout=stdout, exited=exited, _chan=writer)
        return proc, reader, writer

    def _launch(self, argv: list[str]) -> list[str]:
        """The argv the supervisor runs for a command's ``argv`` (a backend may start it through a launcher)."""
        return argv

    def _appends(self, argv: list[str]) -> AppendOnly | None:
        """What a shell command that only appends to named files appends to and runs, when the room left under the
        quota is less than the sandbox's file-size limit: the supervisor may then start it with the room plus its
        largest target's size, so an append that fits in the room works (see ``_appends.py``)."""
        if len(argv) != 3 or argv[:2] != ["/bin/bash", "-c"] or self._file_limit >= self.limits.file_bytes:
            return None
        return append_only(argv[2])

    @staticmethod
    def _unanswered() -> str:
        """Why a sandbox whose supervisor does not answer cannot be used."""
        return f"the sandbox did not answer within {ANSWER_TIMEOUT:.0f} s (its supervisor is stopped?). {_FRESH}"

    def note_activity(self) -> None:
        """Something inside may start writing (a command, a kernel cell): if the workspace has a disk quota,
        measure it at the short interval again (see ``_quota_watchdog``)."""
        if not self.limits.workspace_quota_mb or self.closed or not self._quota_watched:
            return
        self._quota_quiet = 0
        self._quota_wake.set()
        if self._quota_task is None or self._quota_task.done():
            self._quota_task = asyncio.get_running_loop().create_task(self._quota_watchdog())

    async def _quota_watchdog(self) -> None:
        """Kill everything running (commands, background jobs, the kernel, and every other process of the sandbox:
        one that left its command's session) when the workspace is over its quota and still growing. A workspace
        already over it (files left by earlier commands) only stops code that adds to it, so deleting files still
        works; no single file can pass the quota (RLIMIT_FSIZE). It watches while a command runs or, once every
        command has exited, while another process of the sandbox lives (a daemon, ``setsid … &``). Its measure
        counts the files deleted while a process holds them open too (the supervisor's census)."""
        quota_mb = self.limits.workspace_quota_mb
        while not self.closed:
            others, held = await self._census()
            if not self._children and not others:
                break
            async with self._quota_lock:
                used, last = await self._judge_growth(quota_mb, held)
            took = self._measure_cost
            self._quota_quiet = 0 if used != last else self._quota_quiet + 1
            await self._fit_file_limit(used)
            pause = min(QUOTA_IDLE_TICK, max(QUOTA_TICK, 10 * took) * 1.5**self._quota_quiet)
            await self._pause(pause, quota_mb * 2**20 - used, 10 * took)

    async def _judge_growth(self, quota_mb: int, held: int) -> tuple[int, int | None]:
        """Measure the workspace (with ``held``, the bytes of deleted files processes hold open) against the last
        measure, this loop's or one before a command started (not its growth); over the quota and grown since, kill
        what runs. Returns the measure (taken again after a kill) and the last one."""
        last = self._usage
        seen = self._last_measure
        used = await asyncio.to_thread(self._measure) + held
        if used > quota_mb * 1024 * 1024 and last is not None and used > last:
            why = (f"the workspace went over its disk quota ({used / 2**20:,.0f} MB used of {quota_mb:,} MB); "
                   "delete files to make room")
            killed = [child for child in list(self._children) if not child.exited.done()]
            for child in killed:
                child.killed_because = why
                await child.signal(9)
            await self._tell({"kill": True})  # and what left the commands' process groups
            for child in killed:  # what they wrote while dying must not count against the next command
                with contextlib.suppress(TimeoutError):
                    await child.wait(5)
            if cut := await asyncio.to_thread(self._cut_past, seen):
                for child in killed:
                    child.killed_because = f"{why}; {cut}"
            used = await asyncio.to_thread(self._measure) + (await self._census())[1]
        self._usage = used
        return used, last

    async def _pause(self, pause: float, room: int, least: float) -> None:
        """Wait ``pause`` seconds between two measures of the workspace; less when a command starts (a wake) or
        when the free space of the workspace's file system dropped by half of ``room`` (at least ``_MIN_ROOM``)
        since the pause began: something may be filling the room left, so it is measured now (but not before
        ``least`` seconds, what the measures may cost). The free space is a file system's, shared with others: a
        drop from another writer only brings a measure forward. Each file is bounded by RLIMIT_FSIZE, not the
        number of files, so the measure's pace is what stops many files written fast."""
        self._quota_wake.clear()
        start = time.monotonic()
        before = await asyncio.to_thread(self._free_bytes)
        while (left := start + pause - time.monotonic()) > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._quota_wake.wait(), min(left, WRITE_TICK))
                return
            if before is None or time.monotonic() - start < least:
                continue
            free = await asyncio.to_thread(self._free_bytes)
            if free is not None and before - free >= max(room // 2, _MIN_ROOM):
                return

    def _free_bytes(self) -> int | None:
        """Free bytes of the workspace's file system (None when it cannot be read)."""
        try:
            st = os.statvfs(self.workspace.root)
        except OSError:
            return None
        return st.f_bavail * st.f_frsize

    def _measure(self) -> int:
        """The workspace's usage (bytes), with the folders of the host the backend counts with it
        (``_counted_elsewhere``); what measuring it cost is kept in ``_measure_cost``."""
        started = time.monotonic()
        limit, taken = self._file_limit, time.clock_gettime_ns(_CLOCK)  # in force until the next is sent
        sizes: dict[tuple[int, int], int] = {}
        used = self.workspace.usage(sizes, None)
        used += sum(tree_usage(root, sizes, None) for root in self._counted_elsewhere())
        self._last_measure = Measure(sizes=sizes, limit=limit, taken_ns=taken)
        self._measure_cost = time.monotonic() - started
        return used

    def _cut_past(self, seen: Measure) -> str:
        """Cut back each file whose holes pass the room it was last changed under (by its ``ctime``: the file-size
        limit of the measure ``seen`` until the next was sent, then each sent since) and that ``seen`` did not see so
        large: made sparse past the room by a process with an extra (a child of one holding a big file, gone before
        the guard looked), which takes no free space. Each goes back to exactly the size ``seen`` saw, or, made
        since, to where its data ends (at most the room). Called once the sandbox's processes are killed; the walk
        opens no link. Returns what it cut, for the reason the commands were killed ("" for nothing)."""
        sent = tuple((when, limit) for when, limit in self._limits_sent if when > seen.taken_ns)
        rooms, before = Rooms(first=seen.limit, sent=sent), seen.sizes
        cut: list[str] = []
        for root in [str(self.workspace.root), *self._counted_elsewhere()]:
            for dirpath, _dirs, files, dir_fd in os.fwalk(root, follow_symlinks=False):
                for name in files:
                    with contextlib.suppress(OSError):
                        size = _cut_if_past(name, dir_fd, rooms, before)
                        if size is not None and len(cut) < 5:
                            cut.append(f"{os.path.relpath(os.path.join(dirpath, name), root)} to {size:,} bytes")
        if not cut:
            return ""
        return f"a file made sparse past the room left was cut back ({', '.join(cut)})"

    def _counted_elsewhere(self) -> list[str]:
        """Host folders outside the workspace that code inside writes to and the quota counts (``unsafe-local``'s
        private temp folder); backends override."""
        return []

    async def _fit_before_command(self) -> None:
        """Bring the file-size limit a command starting now gets (the supervisor's, as soft and hard limit) to the
        room left under the workspace's quota when that is less than the sandbox's own (RLIMIT_FSIZE). One file
        written fast then cannot carry the workspace past the quota between two measures of the watchdog. The
        workspace is measured afresh when a measure is cheap (under ``_MEASURE_BUDGET``); a big workspace only
        when its last measure was near the quota. Deleted files a process still holds open count as used."""
        quota = self.limits.workspace_quota_mb * 2**20
        if not quota:
            return
        far = self._usage is not None and quota - self._usage >= self.limits.file_bytes
        if far and self._measure_cost > _MEASURE_BUDGET:
            return
        self._usage = await asyncio.to_thread(self._measure) + (await self._census())[1]
        await self._fit_file_limit(self._usage)

    async def _fit_file_limit(self, used: int) -> None:
        """Bring the file-size limit of every process running (background jobs, the kernel, what they started)
        and of those started next down to the room left under the quota when the workspace has grown, soft and
        hard, so a process cannot raise it back; and back up to the sandbox's own as room comes back (for a
        process running, where gofer may raise a hard limit: ``_raise_file_limits``). Sent only when it
        changes. Not 0 near or over the quota: RLIMIT_FSIZE binds /tmp too, and a shell needs a little room for
        its own temporary files."""
        room = self.limits.workspace_quota_mb * 2**20 - used
        want = self.limits.file_bytes if room >= self.limits.file_bytes else max(room, _MIN_ROOM)
        if want == self._file_limit or self._control is None or self.closed:
            return
        if want > self._file_limit:
            await asyncio.to_thread(self._raise_file_limits, want)
        sending = time.clock_gettime_ns(_CLOCK)
        if await self._tell({"fsize": want}):
            self._file_limit = want
            self._limits_sent.append((sending, want))

    async def _tell(self, request: dict[str, object]) -> bool:
        """Send the supervisor a request without file descriptors; False when it is gone (the next command then
        starts a fresh sandbox)."""
        if self._control is None or self.closed:
            return False
        try:
            async with self._send_lock:
                self._control.send(json.dumps(request).encode())
        except OSError:
            return False
        return True

    async def _census(self) -> tuple[int, int]:
        """Asked of the supervisor: how many processes of the sandbox other than itself live, and the bytes of the
        workspace files they hold open after these were deleted (which take the disk, unseen by a walk of the
        workspace); (0, 0) when it does not answer, and after ``ANSWER_TIMEOUT`` the sandbox counts as broken."""
        if self._control is None or self.closed:
            return 0, 0
        host_chan, their_chan = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            async with self._send_lock:
                socket.send_fds(self._control, [json.dumps({"census": True}).encode()], [their_chan.fileno()])
        except OSError:
            host_chan.close()
            return 0, 0
        finally:
            their_chan.close()
        host_chan.setblocking(False)
        reader, writer = await asyncio.open_unix_connection(sock=host_chan)
        try:
            line = await asyncio.wait_for(reader.readline(), ANSWER_TIMEOUT)
            answer = json.loads(line)
            return int(answer["others"]), int(answer.get("held", 0))
        except TimeoutError:
            self._broken = True  # stopped or wedged, as when a spawn goes unanswered
            return 0, 0
        except (ValueError, KeyError, TypeError, OSError):
            return 0, 0
        finally:
            writer.close()

    def _raise_file_limits(self, size: int) -> None:
        """Raise the hard file-size limit of the sandbox's processes running to ``size`` from outside, where the
        backend can (a hard limit cannot be raised from inside)."""

    async def run(self, command: str, *, timeout: float = 60.0, max_output: int = 20_000) -> CommandResult:
        """Run ``bash -c command`` in the workspace to completion; its process group is killed when it ends
        or at the timeout."""
        start = time.monotonic()
        proc = await self.spawn(["/bin/bash", "-c", command], reap_group=True)
        buf = CappedBuffer(max_output)
        assert proc.stdout is not None
        drain = asyncio.ensure_future(buf.drain(proc.stdout))
        timed_out = False
        code: int | None
        try:
            code = await proc.wait(timeout)
        except TimeoutError:
            timed_out = True
            await proc.kill()
            code = None
        # a background child may hold the pipe open: take what is there and stop reading
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(drain), 0.5 if not timed_out else 1.0)
        drain.cancel()
        return CommandResult(
            exit_code=code,
            output=buf.text(),
            timed_out=timed_out,
            truncated=buf.cut,
            duration=time.monotonic() - start,
            killed_because=proc.killed_because,
        )

    async def _stop_supervisor(self) -> None:
        """Close the control socket (the supervisor then kills every command) and end its process."""
        if self._control is not None:
            self._control.close()
            self._control = None
        if self._broken:  # a stopped supervisor cannot end the commands
            self._kill_everything()
        proc = self._proc
        if proc is not None and proc.returncode is None:
            try:
                await asyncio.wait_for(proc.wait(), 3)
            except TimeoutError:
                self._kill_everything()
                await proc.wait()

    def _kill_everything(self) -> None:
        """SIGKILL the sandbox's processes (the supervisor did not end them in time)."""
        if self._proc is not None:
            with contextlib.suppress(ProcessLookupError):
                self._proc.kill()

    async def aclose(self) -> None:
        """Kill everything inside and release the sandbox's resources."""
        if self.closed:
            return
        self.closed = True
        if self._quota_task is not None:
            self._quota_task.cancel()
        await self._stop_supervisor()
        for child in list(self._children):
            if not child.exited.done():
                child.exited.set_result(-9)
