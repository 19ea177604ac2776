"""The shell tools: run a command in the session's sandbox, or start it in the background and poll it.

Commands run with bash in /workspace inside the sandbox. A command that deletes or overwrites the user's
files, installs software or sends data out is judged ``consequential`` from its text, so the guard can ask.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gofer.computer.archive_risk import ArchiveReader
from gofer.computer.command_risk import judge_command
from gofer.computer.jobs import get_jobs
from gofer.computer.sandbox import SandboxError, SandboxUnavailable, get_sandbox, killed_note
from gofer.computer.workspace import Workspace, WorkspaceError
from gofer.events import Risk
from gofer.tools.base import RiskJudgement, ToolContext, ToolError, ToolResult, tool

__all__ = [
    "CHANGED_FILES", "OWN_FILES", "TOOLS", "judge_shell", "shell", "shell_kill", "shell_status", "user_file_kind",
    "workspace_kind", "workspace_script",
]

MAX_OUTPUT = 20_000
MAX_TIMEOUT = 3600.0
MAX_SCRIPT = 200_000
MAX_LISTED = 20_000
"""The most entries a judge lists under a folder (the files pytest would collect)."""
_GIT_STORE = {"objects", "refs", "logs", "lfs"}
"""Folders of a ``.git`` folder that hold data git never runs (a hidden listing skips them: they are large)."""


def _lstat(root: Path, path: str) -> os.stat_result | None:
    """The workspace path's own status (a symlink's, not its target's), reached without following any link."""
    try:
        rel = Workspace(root).relative(path)
    except WorkspaceError:
        return None
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for part in rel.parts[:-1]:
            nfd = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
            os.close(fd)
            fd = nfd
        return os.stat(rel.parts[-1] if rel.parts else ".", dir_fd=fd, follow_symlinks=False)
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ELOOP, errno.ENOTDIR, errno.EACCES):
            return None
        raise
    finally:
        os.close(fd)


def workspace_kind(root: Path, path: str) -> str | None:
    """``"file"``, ``"dir"`` or None for a workspace path, never following a symlink on the way. A symlink
    itself counts as a file (writing through it writes the file it points at, perhaps one the user had), or as
    a folder when it points at one."""
    st = _lstat(root, path)
    if st is None:
        return None
    if stat.S_ISLNK(st.st_mode):
        with contextlib.suppress(OSError, WorkspaceError):
            if os.path.isdir(Path(root) / Workspace(root).relative(path)):
                return "dir"
        return "file"
    if stat.S_ISDIR(st.st_mode):
        return "dir"
    return "file" if stat.S_ISREG(st.st_mode) else None


OWN_FILES = "own_files"
"""The ToolContext extra holding the workspace paths the current run made itself (not ones it only changed)."""
CHANGED_FILES = "changed_files"
"""The ToolContext extra holding the workspace paths of the user's files the current run changed (wrote, edited,
appended to): code there is the run's as much as the user's, so a runner that loads it judges it."""
EDITED_FILES = "edited_files"
"""The ToolContext extra mapping a user's file ``edit_file`` changed unapproved in the current run to its size before
the first such edit and the bytes replaced since (``RunState.edited``)."""


class _UserFileKind:
    """``workspace_kind`` for judging an overwrite: a file the current run made itself counts as new (rewriting
    the run's own work loses nothing of the user's), unless it is a hard link; any other file is what it is.
    ``own(path)`` tells such a file, which exists, from a path that does not (a delete judge needs to)."""

    def __init__(self, ctx: ToolContext) -> None:
        self.root = ctx.workspace
        self.own_files: frozenset[str] = ctx.extras.get(OWN_FILES) or frozenset()
        self.changed_files: frozenset[str] = ctx.extras.get(CHANGED_FILES) or frozenset()

    def own(self, path: str) -> bool:
        if not self.own_files:
            return False
        try:
            if str(Workspace(self.root).relative(path)) not in self.own_files:
                return False
        except WorkspaceError:
            return False
        st = _lstat(self.root, path)  # a hard link shares its content with another name, perhaps a user's file
        return st is not None and stat.S_ISREG(st.st_mode) and st.st_nlink == 1

    def touched(self, path: str) -> bool:
        """Whether ``path`` is a file the current run made or changed (a test module it edited runs its code)."""
        try:
            rel = str(Workspace(self.root).relative(path))
        except WorkspaceError:
            return False
        return rel in self.own_files or rel in self.changed_files

    def __call__(self, path: str) -> str | None:
        return None if self.own(path) else workspace_kind(self.root, path)

    def files(self, folder: str, hidden: bool = False) -> list[str] | None:
        """The regular files under a workspace folder (paths from the workspace's root), no link followed, hidden
        folders, virtualenvs and ``node_modules`` left out as test collectors do; None when the folder is a link,
        or holds more than ``MAX_LISTED`` entries (a judge then asks). ``hidden`` keeps hidden folders and
        virtualenvs (what a copy lands: a git hook, a ``.pth`` file), all but git's object store."""
        try:
            rel = Workspace(self.root).relative(folder)
        except WorkspaceError:
            return None
        st = _lstat(self.root, folder)
        if st is None or not stat.S_ISDIR(st.st_mode):
            return None if st is not None else []
        found: list[str] = []
        seen = 0
        for top, dirs, names in os.walk(Path(self.root) / rel, followlinks=False):
            seen += len(dirs) + len(names)
            if seen > MAX_LISTED:
                return None
            if hidden:
                dirs[:] = [d for d in dirs if d not in ("node_modules", "__pycache__") and not (
                           Path(top).name == ".git" and d in _GIT_STORE)]
            else:
                dirs[:] = [d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__",
                           "site-packages") and not os.path.lexists(Path(top) / d / "pyvenv.cfg")]
            here = Path(top).relative_to(self.root)
            found += [(here / n).as_posix() for n in names if stat.S_ISREG(os.lstat(Path(top) / n).st_mode)]
        return found


def user_file_kind(ctx: ToolContext) -> Callable[[str], str | None]:
    """``workspace_kind`` where a file the current run made itself counts as new (see ``_UserFileKind``)."""
    return _UserFileKind(ctx)


def workspace_script(root: Path, path: str) -> str | None:
    """The text of a workspace file a command runs as a script (None when it is not one, or too long to judge)."""
    try:
        data = Workspace(root).read_bytes(path, limit=MAX_SCRIPT + 1)
    except (WorkspaceError, OSError):
        return None
    return data.decode("utf-8", errors="replace") if len(data) <= MAX_SCRIPT else None


def judge_shell(arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement | None:
    """Consequential when the command deletes or overwrites user files, installs software, sends data out,
    changes permissions or schedules commands, or runs code that cannot be judged from its text."""
    command = str(arguments.get("command", ""))
    reasons = judge_command(command, user_file_kind(ctx), lambda p: workspace_script(ctx.workspace, p),
                            members=ArchiveReader(ctx.workspace))
    if reasons:
        return RiskJudgement(risk=Risk.CONSEQUENTIAL, reasons=reasons)
    return RiskJudgement(risk=Risk.REVERSIBLE)


def _check_timeout(timeout: float) -> float:
    if not 0 < timeout <= MAX_TIMEOUT:
        raise ToolError(f"timeout must be between 0 and {MAX_TIMEOUT:.0f} seconds")
    return timeout


@tool(risk=Risk.REVERSIBLE, judge=judge_shell)
async def shell(ctx: ToolContext, command: str, timeout: float = 60, background: bool = False) -> ToolResult:
    """Run a bash command in /workspace inside the sandbox and return its output and exit code. A command may
    not signal processes another command started (``kill``/``pkill`` of them says "Operation not permitted"):
    stop a background job with shell_kill.

    Args:
        command: the bash command line (pipes, redirects and && work).
        timeout: seconds before the command is killed (foreground only).
        background: start it and return at once with a job id; poll with shell_status, stop with shell_kill.
    """
    computer = ctx.require_computer()
    try:
        if background:
            job = await (await get_jobs(computer)).start(command)
            return ToolResult(
                text=f"Started in the background as {job.id}. Check it with shell_status(job={job.id!r}).",
                data={"job": job.id},
            )
        sandbox = await get_sandbox(computer)
        result = await sandbox.run(command, timeout=_check_timeout(timeout), max_output=MAX_OUTPUT)
    except SandboxUnavailable as exc:
        raise ToolError(f"the shell is unavailable on this host: {exc}") from None
    except SandboxError as exc:
        raise ToolError(str(exc)) from None
    if result.timed_out:
        status = f"Killed after the {timeout:g} s timeout (use background=true for long commands)."
    elif result.killed_because:
        status = f"Exit code {result.exit_code}: killed because {result.killed_because}."
    elif killed := killed_note(result.exit_code):
        lim = sandbox.limits
        status = (f"Exit code {result.exit_code}: {killed} (the sandbox allows {lim.total_memory_mb} MB for all "
                  f"its processes together, {lim.memory_mb} MB of address space each).")
    else:
        status = f"Exit code {result.exit_code}."
    text = f"{status}\n{result.output}" if result.output else f"{status} (no output)"
    return ToolResult(
        text=text,
        untrusted=True,
        data={"exit_code": result.exit_code, "timed_out": result.timed_out, "truncated": result.truncated},
    )


@tool(risk=Risk.READ_ONLY)
async def shell_status(ctx: ToolContext, job: str = "") -> ToolResult:
    """Show a background command's state and its output so far (or list all jobs when no id is given).

    Args:
        job: the id shell returned (job1, job2, ...); empty lists every job.
    """
    jobs = await get_jobs(ctx.require_computer())
    if not job:
        listed = [j.describe() for j in jobs.all()]
        return ToolResult(text="\n".join(listed) or "No background jobs.")
    found = jobs.get(job)
    if found is None:
        raise ToolError(f"no background job {job!r}; jobs: {', '.join(j.id for j in jobs.all()) or 'none'}")
    output = found.output.text()
    return ToolResult(
        text=f"{found.describe()}\n{output}" if output else f"{found.describe()}\n(no output yet)",
        untrusted=True,
        data={"job": found.id, "running": found.running, "exit_code": found.process.returncode},
    )


@tool(risk=Risk.REVERSIBLE)
async def shell_kill(ctx: ToolContext, job: str) -> ToolResult:
    """Stop a background command (its whole process group).

    Args:
        job: the id shell returned (job1, job2, ...).
    """
    jobs = await get_jobs(ctx.require_computer())
    found = jobs.get(job)
    if found is None:
        raise ToolError(f"no background job {job!r}")
    if found.running:
        await jobs.kill(found)
    return ToolResult(text=found.describe(), data={"job": found.id, "exit_code": found.process.returncode})


TOOLS = [shell, shell_status, shell_kill]
