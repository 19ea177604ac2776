"""Tying a sandbox's lifetime to gofer's: the kernel kills the sandbox process when gofer dies.

bubblewrap's own ``--die-with-parent`` is set up part-way through its start; if gofer is killed before that
(a SIGKILL while a sandbox starts), bwrap's outer process waits forever for a child that is gone. Setting the
parent-death signal between fork and exec closes that window; it survives the exec of bwrap.
"""

from __future__ import annotations

import ctypes
import os
import signal
from collections.abc import Callable

__all__ = ["die_with_this_process"]

_PR_SET_PDEATHSIG = 1
_LIBC = ctypes.CDLL(None, use_errno=True)  # loaded here, never between fork and exec


def die_with_this_process(then: Callable[[], None] | None = None) -> Callable[[], None]:
    """A ``preexec_fn`` for a child that must die (SIGKILL) when the process starting it dies; ``then`` runs
    after, in the child. The child exits at once if its parent is already gone."""
    parent = os.getpid()

    def preexec() -> None:
        _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before the signal was armed
            os._exit(1)
        if then is not None:
            then()

    return preexec
