"""Process sandboxes: where the agent's code runs. ``local`` (bubblewrap) or ``unsafe-local`` (announced).

A tool gets the session's sandbox with ``await get_sandbox(computer)`` (the Part named ``"sandbox"``).
"""

from __future__ import annotations

from typing import Any

from gofer.computer.base import Computer
from gofer.computer.sandbox.base import (
    CommandResult,
    Limits,
    NetworkPolicy,
    Sandbox,
    SandboxError,
    SandboxProcess,
    SandboxUnavailable,
    killed_note,
)
from gofer.computer.workspace import Workspace

__all__ = [
    "PART",
    "CommandResult",
    "Limits",
    "NetworkPolicy",
    "Sandbox",
    "SandboxError",
    "SandboxProcess",
    "SandboxUnavailable",
    "get_sandbox",
    "killed_note",
    "start_sandbox",
]

PART = "sandbox"
"""The Computer part name of the session's sandbox."""


async def start_sandbox(
    workspace: Workspace,
    settings: Any = None,
    *,
    backend: str | None = None,
    network: NetworkPolicy | None = None,
    limits: Limits | None = None,
) -> Sandbox:
    """Start a sandbox on ``workspace`` with the backend, network policy and limits of ``settings``."""
    backend = backend or (settings.sandbox if settings is not None else "local")
    net: NetworkPolicy = network or (settings.network if settings is not None else "none")
    lim = limits or Limits.from_settings(settings)
    if backend == "local":
        from gofer.computer.sandbox.local import BwrapSandbox

        return await BwrapSandbox.start(workspace, limits=lim, network=net)
    if backend == "unsafe-local":
        from gofer.computer.sandbox.unsafe import UnsafeLocalSandbox

        return await UnsafeLocalSandbox.start(workspace, limits=lim, network=net)
    raise SandboxUnavailable(
        f"sandbox backend {backend!r} is not available in this build; use GOFER_SANDBOX=local (bubblewrap) "
        "or unsafe-local"
    )


async def _factory(computer: Computer) -> Sandbox:
    return await start_sandbox(computer.workspace, computer.settings)


async def get_sandbox(computer: Computer) -> Sandbox:
    """The computer's sandbox, started on first use, and again when a command inside killed its supervisor
    (the parts running in the dead one, the kernel and the background jobs, are dropped with it)."""
    current = computer.peek(PART)
    if isinstance(current, Sandbox) and not current.alive:
        for name, part in computer.parts().items():
            if getattr(part, "sandbox", None) is current:
                await computer.drop(name)
        await computer.drop(PART)
    return await computer.part(PART, _factory)
