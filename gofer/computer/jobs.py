"""Background shell commands of a session: started, polled and killed by short ids (``job1``, ``job2``...)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass, field

from gofer.computer.base import Computer
from gofer.computer.sandbox import Sandbox, SandboxProcess, get_sandbox, killed_note
from gofer.computer.sandbox._output import CappedBuffer

__all__ = ["PART", "Job", "Jobs", "get_jobs"]

PART = "jobs"
"""The Computer part name of the session's background commands."""


@dataclass
class Job:
    """One background command and the output it has written so far (head and tail kept)."""

    id: str
    command: str
    process: SandboxProcess
    output: CappedBuffer
    started: float = field(default_factory=time.monotonic)
    reader: asyncio.Task[None] | None = None
    stopped: bool = False
    """Whether shell_kill stopped it (so a SIGKILL status is no news)."""

    @property
    def running(self) -> bool:
        """Whether the command is still running."""
        return self.process.returncode is None

    def describe(self) -> str:
        """A status line: id, state or exit code, running time."""
        took = time.monotonic() - self.started
        code = self.process.returncode
        state = "running" if code is None else f"exited with code {code}"
        if self.process.killed_because:
            state += f" (killed because {self.process.killed_because})"
        elif (killed := killed_note(code)) and not self.stopped:
            state += f" ({killed})"
        return f"{self.id}: {state} after {took:.1f} s: {self.command[:200]}"


class Jobs:
    """The background commands of one sandbox; all are killed when the computer closes."""

    def __init__(self, sandbox: Sandbox, max_output: int = 20_000) -> None:
        self.sandbox = sandbox
        self.max_output = max_output
        self._jobs: dict[str, Job] = {}
        self._next = 1

    async def start(self, command: str) -> Job:
        """Start ``bash -c command`` in the workspace without waiting for it."""
        process = await self.sandbox.spawn(["/bin/bash", "-c", command])
        job = Job(id=f"job{self._next}", command=command, process=process, output=CappedBuffer(self.max_output))
        self._next += 1
        if process.stdout is not None:
            job.reader = asyncio.ensure_future(job.output.drain(process.stdout))
        self._jobs[job.id] = job
        return job

    def get(self, job_id: str) -> Job | None:
        """The job with this id, if any."""
        return self._jobs.get(job_id.strip())

    def all(self) -> list[Job]:
        """Every job of the session, oldest first."""
        return list(self._jobs.values())

    async def kill(self, job: Job) -> int | None:
        """Kill the job's process group; its exit status (None if it would not die)."""
        job.stopped = True
        return await job.process.kill()

    async def aclose(self) -> None:
        """Kill every job still running."""
        for job in self._jobs.values():
            if job.running:
                await job.process.kill(grace=2.0)
            if job.reader is not None:
                job.reader.cancel()
                with contextlib.suppress(BaseException):
                    await job.reader


async def get_jobs(computer: Computer) -> Jobs:
    """The computer's background commands (their registry starts with the sandbox)."""

    async def factory(c: Computer) -> Jobs:
        return Jobs(await get_sandbox(c))

    return await computer.part(PART, factory)
