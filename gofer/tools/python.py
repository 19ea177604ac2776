"""The python tool: run code in the session's Jupyter kernel inside the sandbox.

State persists between calls. Figures and displayed images come back to the model as images and are saved
in the workspace under ``figures/`` (listed as artifacts). A cell past its timeout is interrupted and the
kernel keeps its state; a kernel that died is restarted and the model is told its state is gone.
"""

from __future__ import annotations

from typing import Any

from gofer.computer.archive_risk import ArchiveReader
from gofer.computer.base import Computer
from gofer.computer.code_risk import judge_python
from gofer.computer.kernel import PART, ExecResult, KernelDied, get_kernel
from gofer.computer.sandbox import SandboxError, SandboxUnavailable
from gofer.computer.sandbox._output import CappedBuffer
from gofer.computer.workspace import Workspace, WorkspaceError
from gofer.events import Artifact, Risk
from gofer.tools.base import RiskJudgement, ToolContext, ToolError, ToolImage, ToolResult, tool
from gofer.tools.images import checked_image
from gofer.tools.shell import user_file_kind, workspace_script

__all__ = ["FIGURES_DIR", "TOOLS", "judge_cell", "python"]

FIGURES_DIR = "figures"
"""Workspace folder where images a cell displays are saved."""
MAX_TEXT = 20_000
MAX_TIMEOUT = 3600.0
_EXT = {"image/png": "png", "image/jpeg": "jpg"}


def _save_images(workspace: Workspace, result: ExecResult) -> tuple[list[ToolImage], list[Artifact], list[str]]:
    """Save each displayed image in the workspace; the ones a model can be shown, the files, and a note for each
    image that cannot be shown (not a PNG/JPEG the header confirms, or too large)."""
    images: list[ToolImage] = []
    artifacts: list[Artifact] = []
    notes: list[str] = []
    count = result.execution_count or 0
    for i, (data, mime) in enumerate(result.images, start=1):
        stem, ext = f"{FIGURES_DIR}/cell{count}-{i}", _EXT.get(mime, "png")
        path, k = f"{stem}.{ext}", 2
        while workspace.exists(path):
            path, k = f"{stem}-{k}.{ext}", k + 1
        try:
            workspace.write_bytes(path, data)
            artifacts.append(workspace.artifact(path))
        except (WorkspaceError, OSError):
            path = "(not saved: the figures folder is not writable)"
        image = checked_image(data, f"an image saved to {path}", caption=path)
        if isinstance(image, ToolImage):
            images.append(image)
        else:
            notes.append(image)
    return images, artifacts, notes


async def _restart(computer: Computer) -> str:
    await computer.drop(PART)
    try:
        await get_kernel(computer)
    except SandboxError as exc:
        return f"Restarting the kernel failed too: {exc}"
    return "The kernel was restarted: all variables, imports and definitions are gone; run the setup again."


def judge_cell(arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement:
    """Consequential when the cell deletes, moves or overwrites user files, changes permissions, runs a
    consequential shell command (``os.system``, ``subprocess``, ``!cmd``), installs packages, sends data out
    or runs code built at run time; like the shell tool, whose judge it shares for commands."""
    code, root = str(arguments.get("code", "")), ctx.workspace
    reasons = judge_python(code, user_file_kind(ctx), lambda p: workspace_script(root, p),
                           members=ArchiveReader(root))
    return RiskJudgement(risk=Risk.CONSEQUENTIAL if reasons else Risk.REVERSIBLE, reasons=reasons)


@tool(risk=Risk.REVERSIBLE, judge=judge_cell)
async def python(ctx: ToolContext, code: str, timeout: float = 60) -> ToolResult:
    """Run Python code in a persistent Jupyter kernel; each cell starts in /workspace. Variables and imports
    persist between calls. pandas, numpy, matplotlib, openpyxl, python-docx, python-pptx and reportlab are
    installed; more packages with `pip install NAME` in the shell when the network allows. Figures are shown and
    saved in figures/.

    Args:
        code: the cell to run; the value of a last expression is shown.
        timeout: seconds before the cell is interrupted (the kernel and its state survive).
    """
    if not 0 < timeout <= MAX_TIMEOUT:
        raise ToolError(f"timeout must be between 0 and {MAX_TIMEOUT:.0f} seconds")
    computer = ctx.require_computer()
    try:
        kernel = await get_kernel(computer)
        result = await kernel.execute(code, timeout=timeout)
    except SandboxUnavailable as exc:
        raise ToolError(f"Python is unavailable on this host: {exc}") from None
    except KernelDied as exc:
        await computer.drop(PART)
        raise ToolError(str(exc)) from None
    except SandboxError as exc:
        raise ToolError(str(exc)) from None
    buf = CappedBuffer(MAX_TEXT)
    buf.feed(result.output.encode())
    text = buf.text()
    if result.status == "timeout":
        text += f"\n[Interrupted after the {timeout:g} s timeout; the kernel and its variables are kept.]"
    elif result.status == "died":
        text += "\n" + await _restart(computer)
    images, artifacts, notes = _save_images(computer.workspace, result)
    if images:
        text += "\n[" + ", ".join(f"image saved to {i.caption}" for i in images) + "]"
    if notes:
        text += "\n" + "\n".join(notes)
    if not text.strip():
        text = "(no output)"
    return ToolResult(
        text=text.strip("\n"),
        images=images,
        artifacts=artifacts,
        untrusted=True,
        data={
            "status": result.status,
            "error": result.error,
            "execution_count": result.execution_count,
            "state_lost": result.status == "died",
        },
    )


TOOLS = [python]
