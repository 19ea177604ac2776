"""File tools, confined to the session workspace: read, write, edit and list.

They run on the host, so every path goes through :class:`~gofer.computer.workspace.Workspace`, which refuses
``..`` and symlinks out of the workspace.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from gofer.computer.command_risk import runs_later
from gofer.computer.workspace import Workspace, WorkspaceError
from gofer.events import Risk
from gofer.tools.base import RiskJudgement, Tool, ToolContext, ToolError, ToolResult, tool
from gofer.tools.shell import EDITED_FILES, user_file_kind

__all__ = ["TOOLS", "confined", "edit_file", "list_files", "read_file", "write_file"]

MAX_READ_BYTES = 2_000_000


def _workspace(ctx: ToolContext) -> Workspace:
    return Workspace(ctx.workspace)


@contextmanager
def confined(path: str) -> Iterator[None]:
    """Turn a workspace refusal or a file-system error on ``path`` (a missing folder, a name too long) into a
    ToolError the model can act on."""
    try:
        yield
    except WorkspaceError as exc:
        raise ToolError(str(exc)) from None
    except FileNotFoundError:
        raise ToolError(f"{path!r} does not exist (nor does a folder on its way)") from None
    except OSError as exc:
        raise ToolError(f"{path!r}: {exc.strerror or exc}") from None


@tool(risk=Risk.READ_ONLY)
async def read_file(ctx: ToolContext, path: str) -> ToolResult:
    """Read a text file from the workspace.

    Args:
        path: the file's path, relative to the workspace (or starting with /workspace/).
    """
    ws = _workspace(ctx)
    with confined(path):
        data = ws.read_bytes(path, limit=MAX_READ_BYTES + 1)
    if b"\x00" in data[:8192]:
        raise ToolError(f"{path!r} is a binary file ({len(data)} bytes); use the python tool to inspect it")
    text = data[:MAX_READ_BYTES].decode("utf-8", errors="replace")
    if len(data) > MAX_READ_BYTES:
        text += f"\n[file longer than {MAX_READ_BYTES} bytes; the rest was not read]"
    return ToolResult(text=text, untrusted=True)


def _runs_later(path: str, ctx: ToolContext) -> bool:
    """``runs_later`` of the path as written and as the workspace resolves it (``.git//hooks/x``, ``x.pth/``)."""
    try:
        normal = str(_workspace(ctx).relative(path))
    except WorkspaceError:
        normal = path
    return runs_later(path) or runs_later(normal)


def judge_write(arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement | None:
    """Replacing a file that exists is consequential (its old content is lost, as with ``> file`` in the
    shell); creating a new one, or rewriting one this run made itself, is not. So is writing a file something
    runs later (a git hook, a ``.pth`` file); the document tools share this judge (``append`` adds, loses
    nothing)."""
    path = str(arguments.get("path", ""))
    if path and _runs_later(path, ctx):
        return RiskJudgement(risk=Risk.CONSEQUENTIAL, reasons=[f"writes {path}, which sets something to run later"])
    if path and not arguments.get("append") and user_file_kind(ctx)(path) is not None:
        return RiskJudgement(risk=Risk.CONSEQUENTIAL, reasons=[f"replaces the existing file {path}"])
    return None


@tool(risk=Risk.REVERSIBLE, judge=judge_write)
async def write_file(ctx: ToolContext, path: str, content: str) -> ToolResult:
    """Write a text file in the workspace, creating parent folders; an existing file is replaced.

    Args:
        path: the file's path, relative to the workspace (or starting with /workspace/).
        content: the whole new content of the file.
    """
    ws = _workspace(ctx)
    with confined(path):
        rel = ws.write_text(path, content)
        art = ws.artifact(str(rel))
    return ToolResult(text=f"wrote {rel} ({art.size} bytes)", artifacts=[art])


MAX_EDIT_BYTES = 20_000_000
"""The largest file ``edit_file`` rewrites (it holds the file in the host's memory)."""


def judge_edit(arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement | None:
    """An edit that replaces most of a file the run did not make (four fifths of it or more) is an overwrite in
    all but name, and asks like one; so does one that, with the run's earlier unapproved edits of the file,
    has replaced four fifths of what it held before them. An ordinary edit does not."""
    path, old = str(arguments.get("path", "")), len(str(arguments.get("old", "")).encode())
    if path and _runs_later(path, ctx):
        return RiskJudgement(risk=Risk.CONSEQUENTIAL, reasons=[f"edits {path}, which sets something to run later"])
    if not path or not old or user_file_kind(ctx)(path) != "file":
        return None
    ws = _workspace(ctx)
    try:
        with ws.open_binary(path) as f:
            size = os.fstat(f.fileno()).st_size
        rel = str(ws.relative(path))
    except (WorkspaceError, OSError):
        return None
    if old >= 0.8 * size:
        return RiskJudgement(risk=Risk.CONSEQUENTIAL, reasons=[f"replaces most of the existing file {path}"])
    before, replaced = (ctx.extras.get(EDITED_FILES) or {}).get(rel, (size, 0))
    if replaced and replaced + old >= 0.8 * before:
        return RiskJudgement(risk=Risk.CONSEQUENTIAL, reasons=[
            f"with this run's earlier edits, replaces most of the existing file {path} ({replaced + old:,} of the "
            f"{before:,} bytes it held)"])
    return None


def _editable_text(ws: Workspace, path: str) -> str:
    """The file's text, or a ToolError when rewriting it would change more than the edit: bytes UTF-8 cannot
    decode would come back as U+FFFD all through the file, and a huge file would fill the host's memory."""
    data = ws.read_bytes(path, limit=MAX_EDIT_BYTES + 1)
    if len(data) > MAX_EDIT_BYTES:
        raise ToolError(f"{path} is larger than {MAX_EDIT_BYTES:,} bytes, too large to edit with edit_file; "
                        "use the shell or the python tool")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ToolError(f"{path} is not UTF-8 text (byte {exc.start} cannot be decoded); edit_file would rewrite "
                        "every such byte, so change it with the python tool") from None


@tool(risk=Risk.REVERSIBLE, judge=judge_edit)
async def edit_file(ctx: ToolContext, path: str, old: str, new: str) -> ToolResult:
    """Replace one exact occurrence of ``old`` with ``new`` in a workspace file.

    Args:
        path: the file's path, relative to the workspace.
        old: the exact text to replace; it must occur exactly once.
        new: the replacement text.
    """
    ws = _workspace(ctx)
    if not old:
        raise ToolError("old must not be empty")
    with confined(path):
        text = _editable_text(ws, path)
        count = text.count(old)
        if count == 0:
            raise ToolError(f"the text to replace was not found in {path}")
        if count > 1:
            raise ToolError(f"the text to replace occurs {count} times in {path}; include more context")
        rel = ws.write_text(path, text.replace(old, new, 1))
        art = ws.artifact(str(rel))
    line = text[: text.index(old)].count("\n") + 1
    return ToolResult(text=f"edited {rel} at line {line}", artifacts=[art])


@tool(risk=Risk.READ_ONLY)
async def list_files(ctx: ToolContext, path: str = ".") -> ToolResult:
    """List the files and folders below a workspace folder, with sizes.

    Args:
        path: the folder, relative to the workspace (default: the whole workspace).
    """
    ws = _workspace(ctx)
    try:
        entries = ws.listing(path)
    except WorkspaceError as exc:
        raise ToolError(str(exc)) from None
    if not entries:
        return ToolResult(text="(empty)")
    lines = [name if size is None else f"{name}  ({size} bytes)" for name, size in entries]
    # Names are data: a download, an archive or a cloned repository chose them, not the user.
    data = {"entries": [{"path": n, "size": s} for n, s in entries]}
    return ToolResult(text="\n".join(lines), untrusted=True, data=data)


TOOLS: list[Tool] = [read_file, write_file, edit_file, list_files]
