"""The ``unsafe-local`` backend: plain processes in the workspace, with the same resource limits, seccomp filter and
Landlock domains per command, no isolation of files or network.

For hosts where bubblewrap cannot run. Code started here can read and write anything gofer's user can, so
its start is announced loudly on stderr every time.
"""

from __future__ import annotations

import asyncio
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable

from gofer.computer.sandbox._landlock import confined_argv
from gofer.computer.sandbox._layout import SESSION_PY, python_version
from gofer.computer.sandbox._seccomp import filter_loader
from gofer.computer.sandbox._supervised import SUPERVISOR_SOURCE, SupervisedSandbox
from gofer.computer.sandbox.base import Limits, NetworkPolicy
from gofer.computer.workspace import Workspace

__all__ = ["WARNING", "UnsafeLocalSandbox"]

_SITE = f"lib/python{python_version()}/site-packages"

WARNING = (
    "gofer: WARNING: sandbox 'unsafe-local': the agent's code runs UNCONFINED as {user} with full access to "
    "this machine's files and network (only resource limits apply). Use GOFER_SANDBOX=local (bubblewrap) "
    "unless you trust every task and every page it reads."
)


def _preexec(limits: Limits) -> Callable[[], None]:
    """What the supervisor's child does before exec: the resource limits, then the seccomp filter (``_seccomp``)."""
    load_filter = filter_loader()

    def preexec() -> None:
        _apply_limits(limits)
        if load_filter is not None:
            load_filter()

    return preexec


def _apply_limits(limits: Limits) -> None:
    mem = limits.memory_mb * 1024 * 1024
    fsize = limits.file_bytes
    for res, value in (
        (resource.RLIMIT_AS, mem),
        (resource.RLIMIT_CPU, limits.cpu_seconds),
        (resource.RLIMIT_FSIZE, fsize),
        (resource.RLIMIT_NPROC, limits.max_processes),
        (resource.RLIMIT_CORE, 0),
    ):
        resource.setrlimit(res, (value, value))


class UnsafeLocalSandbox(SupervisedSandbox):
    """Processes run directly on the host, in the workspace, under rlimits."""

    backend = "unsafe-local"

    def __init__(self, workspace: Workspace, *, limits: Limits, network: NetworkPolicy) -> None:
        root = str(workspace.root)
        venv_bin = os.path.join(sys.prefix, "bin")
        self._tmp = tempfile.mkdtemp(prefix="gofer-unsafe-")
        env = {
            "PATH": f"{root}/{SESSION_PY}/bin:{venv_bin}:/usr/local/bin:/usr/bin:/bin",
            "HOME": os.environ.get("HOME", self._tmp),
            "LANG": "C.UTF-8",
            "TERM": "dumb",
            "TMPDIR": self._tmp,
            # gofer's own venv refuses --user installs, so pip targets the session folder on PYTHONPATH
            "PIP_TARGET": f"{root}/{SESSION_PY}/{_SITE}",
            "PYTHONPATH": f"{root}/{SESSION_PY}/{_SITE}",
            "PIP_DISABLE_PIP_VERSION_CHECK": "1",
            "PIP_NO_INPUT": "1",
            "GOFER_SANDBOX": "unsafe-local",
        }
        super().__init__(workspace, limits=limits, network=network, workspace_path=root, base_env=env)

    @classmethod
    async def start(cls, workspace: Workspace, *, limits: Limits, network: NetworkPolicy) -> UnsafeLocalSandbox:
        """Start the supervisor as a plain subprocess; announce loudly that nothing is confined."""
        user = os.environ.get("USER") or str(os.geteuid())
        print(WARNING.format(user=user), file=sys.stderr, flush=True)
        self = cls(workspace, limits=limits, network=network)
        os.makedirs(os.path.join(workspace.root, SESSION_PY, _SITE), exist_ok=True)
        control, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-I", "-S", "-c", SUPERVISOR_SOURCE, str(child.fileno()),
                f"--workspace={workspace.root}", f"--workspace={self._tmp}",
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                pass_fds=[child.fileno()],
                cwd=workspace.root,
                env=self.env(),
                preexec_fn=_preexec(limits),
                start_new_session=True,
            )
        finally:
            child.close()
        await self._attach(proc, control, 30.0)
        return self

    def _launch(self, argv: list[str]) -> list[str]:
        """A command runs in a Landlock domain of its own, as under ``local`` (``_landlock``): it cannot trace gofer,
        the kernel or another command, nor read their memory or descriptors (gofer's pinned kernel sockets), though
        all run as gofer's user; nor (ABI 6) signal them. Its files are not confined: that is what this backend is."""
        return confined_argv(argv, sys.executable)

    def _counted_elsewhere(self) -> list[str]:
        """The private temp folder (``TMPDIR``) counts against the workspace's quota: it is on the host's disk."""
        return [self._tmp]

    async def aclose(self) -> None:
        """Kill everything started and remove the private temp folder."""
        await super().aclose()
        shutil.rmtree(self._tmp, ignore_errors=True)
