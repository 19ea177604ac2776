"""The Sandbox protocol: where the agent's code runs and what it may touch.

A sandbox is a Part of the session's Computer. It is started once per session (its mounts are fixed at
start), runs commands inside with the workspace at :attr:`Sandbox.workspace_path`, and kills everything it
started when it closes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol, runtime_checkable

from gofer.computer.workspace import Workspace

__all__ = [
    "CommandResult",
    "Limits",
    "NetworkPolicy",
    "Sandbox",
    "SandboxError",
    "SandboxProcess",
    "SandboxUnavailable",
    "killed_note",
]

NetworkPolicy = Literal["none", "internet", "all"]


class SandboxError(Exception):
    """A sandbox could not start or a command could not be run in it."""


class SandboxUnavailable(SandboxError):
    """The chosen backend cannot run on this host; the message says what is missing and what to do."""


@dataclass(frozen=True)
class Limits:
    """Resource limits for everything that runs in a sandbox."""

    memory_mb: int = 4096
    """Address-space limit per process (RLIMIT_AS)."""
    total_memory_mb: int = 4096
    """Memory of all the sandbox's processes together, its /tmp and home included (a memory cgroup where one
    can be made)."""
    cpu_seconds: int = 600
    """CPU time per process (RLIMIT_CPU)."""
    max_processes: int = 256
    """Processes in the whole sandbox (a pids cgroup where one can be made, else RLIMIT_NPROC)."""
    max_file_mb: int = 1024
    """Largest file a process may write (RLIMIT_FSIZE; never more than the workspace quota)."""
    workspace_quota_mb: int = 10240
    """Disk space the workspace may take (0: unbounded): while commands run, a sandbox whose workspace is over
    it and still growing has its commands killed."""

    def __post_init__(self) -> None:
        for name in ("memory_mb", "total_memory_mb", "cpu_seconds", "max_processes", "max_file_mb"):
            if getattr(self, name) <= 0:
                raise ValueError(f"sandbox limit {name} must be positive, not {getattr(self, name)}")
        if self.workspace_quota_mb < 0:
            raise ValueError(f"workspace_quota_mb must be 0 (no bound) or positive, not {self.workspace_quota_mb}")

    @property
    def file_bytes(self) -> int:
        """RLIMIT_FSIZE: the largest file, no larger than the workspace quota (one write cannot pass it)."""
        mb = self.max_file_mb if not self.workspace_quota_mb else min(self.max_file_mb, self.workspace_quota_mb)
        return mb * 1024 * 1024

    @property
    def tmpfs_mb(self) -> int:
        """Size of the sandbox's /tmp and of its home (each a tmpfs): a quarter of the total memory, so the
        two full (and /dev/shm, ``shm_mb``) leave more than a third of it to the processes."""
        return max(1, self.total_memory_mb // 4)

    @property
    def shm_mb(self) -> int:
        """Size of the sandbox's /dev/shm (a tmpfs for POSIX shared memory and semaphores): an eighth of the
        total memory."""
        return max(1, self.total_memory_mb // 8)

    @classmethod
    def from_settings(cls, settings: Any) -> Limits:
        """The limits configured in Settings (``sandbox_*``), or the defaults when settings is None."""
        if settings is None:
            return cls()
        return cls(
            memory_mb=settings.sandbox_memory_mb,
            total_memory_mb=settings.sandbox_total_memory_mb,
            cpu_seconds=settings.sandbox_cpu_seconds,
            max_processes=settings.sandbox_max_processes,
            max_file_mb=settings.sandbox_max_file_mb,
            workspace_quota_mb=settings.workspace_quota_mb,
        )

    def prlimit_args(self) -> list[str]:
        """``prlimit`` options setting soft and hard limits (hard limits cannot be raised from inside)."""
        mem = self.memory_mb * 1024 * 1024
        return [
            f"--as={mem}",
            f"--cpu={self.cpu_seconds}",
            f"--fsize={self.file_bytes}",
            f"--nproc={self.max_processes}",
            "--core=0",
        ]


def killed_note(code: int | None) -> str:
    """What an exit status of SIGKILL (-9 for the command, 137 from the shell that ran it) most likely means:
    the memory limit's OOM killer. Empty for any other status."""
    return "killed, perhaps for using too much memory" if code in (-9, 137) else ""


@dataclass
class CommandResult:
    """The outcome of one command run to completion (or stopped at its timeout)."""

    exit_code: int | None
    """The exit status; negative for a signal; None when it was killed at the timeout."""
    output: str
    """stdout and stderr, interleaved, capped (see ``truncated``)."""
    timed_out: bool = False
    truncated: int = 0
    """How many bytes of output were cut from the middle."""
    duration: float = 0.0
    killed_because: str = ""
    """Why gofer killed it, when it did for a reason of its own (the workspace's disk quota)."""


@dataclass(eq=False)
class SandboxProcess:
    """A command running inside a sandbox: its pid there, its output streams, its exit."""

    pid: int
    stdout: asyncio.StreamReader | None
    exited: asyncio.Future[int]
    _chan: asyncio.StreamWriter
    killed_because: str = ""
    """Why gofer killed it, when it did for a reason of its own (the workspace's disk quota)."""

    @property
    def returncode(self) -> int | None:
        """The exit status once it has exited (negative for a signal), else None."""
        if self.exited.done() and not self.exited.cancelled():
            return self.exited.result()
        return None

    async def wait(self, timeout: float | None = None) -> int:
        """Wait for the exit status (raises TimeoutError after ``timeout`` seconds)."""
        return await asyncio.wait_for(asyncio.shield(self.exited), timeout)

    async def signal(self, signum: int) -> None:
        """Send a signal to the command's whole process group."""
        if self.exited.done() or self._chan.is_closing():
            return
        self._chan.write(f'{{"signal": {int(signum)}}}\n'.encode())
        try:
            await self._chan.drain()
        except (ConnectionError, OSError):
            return

    async def kill(self, grace: float = 5.0) -> int | None:
        """Kill the process group and wait (up to ``grace`` seconds) for the exit."""
        await self.signal(9)
        try:
            return await self.wait(grace)
        except TimeoutError:
            return None


@runtime_checkable
class Sandbox(Protocol):
    """A confined place to run processes, bound to one workspace."""

    backend: str
    """``local`` (bubblewrap) or ``unsafe-local``."""
    network: NetworkPolicy
    workspace: Workspace
    workspace_path: str
    """The workspace as processes inside see it (``/workspace`` for bubblewrap)."""
    limits: Limits

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        """The environment commands get inside (PATH, HOME, the session's pip folder), plus ``extra``."""
        ...

    def host_path_of(self, inside: str) -> str | None:
        """Where a path inside the sandbox is reachable from the host (sockets of the kernel), if it is."""
        ...

    @property
    def alive(self) -> bool:
        """Whether it still runs commands (False once closed, or when a command inside killed its supervisor)."""
        ...

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
        (at most eight) it inherits, under numbers of their own, not close-on-exec."""
        ...

    def note_activity(self) -> None:
        """Something inside may start writing (a kernel cell): watch the workspace's disk quota closely again."""
        ...

    async def run(self, command: str, *, timeout: float = 60.0, max_output: int = 20_000) -> CommandResult:
        """Run a shell command in the workspace to completion; its process group is killed when it ends or at
        the timeout (``spawn`` a command to keep it running)."""
        ...

    async def aclose(self) -> None:
        """Kill everything inside and release the sandbox's resources."""
        ...
