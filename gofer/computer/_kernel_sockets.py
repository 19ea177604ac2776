"""The kernel's socket files, pinned so that the host never follows a link that code in the sandbox plants.

The sockets live in a folder that code in the sandbox owns: it can swap a socket, or the folder, for a symlink,
and the host resolves an absolute link against its *own* root, so connecting (or ZeroMQ's automatic reconnect)
by path would reach a host socket of the sandbox's choosing. Instead each socket file is opened once with
``O_PATH``, every component below the sandbox's root with ``O_NOFOLLOW``, checked to be a socket, and the
client connects through ``/proc/self/fd/N``: every connect and reconnect reaches that inode, nothing else.
"""

from __future__ import annotations

import contextlib
import os
import stat

__all__ = ["SocketPins"]

_DIR = os.O_PATH | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


class SocketPins:
    """Open ``O_PATH`` descriptors of the kernel's socket files, one per channel."""

    def __init__(self, base: str, folder: str, files: dict[str, str]) -> None:
        """``base`` is a host path gofer trusts (the sandbox's root, ``/proc/PID/root``); ``folder`` the
        sockets' folder relative to it, every component of which is opened without following links; ``files``
        the socket file of each channel."""
        self.base = base
        self.folder = folder
        self.files = files
        self.fds: dict[str, int] = {}

    def pin(self) -> bool:
        """Open the channels' sockets that are there now; True once all are pinned. What is not (yet) a socket
        (missing, a symlink, anything else) is left for a later call: the kernel may not have bound it yet."""
        if len(self.fds) == len(self.files):
            return True  # the files may be gone since: the descriptors reach the sockets
        try:
            folder = os.open(self.base, os.O_PATH | os.O_DIRECTORY | os.O_CLOEXEC)
        except OSError:
            return False
        for part in self.folder.split("/"):
            try:
                inner = os.open(part, _DIR, dir_fd=folder)
            except OSError:
                return False
            finally:
                os.close(folder)
            folder = inner
        try:
            for channel, name in self.files.items():
                if channel not in self.fds:
                    with contextlib.suppress(OSError):
                        self.fds[channel] = _open_socket(name, folder)
        finally:
            os.close(folder)
        return len(self.fds) == len(self.files)

    def url(self, channel: str) -> str:
        """The ZeroMQ address of a pinned channel."""
        return f"ipc:///proc/self/fd/{self.fds[channel]}"

    def close(self) -> None:
        """Close the descriptors (only once nothing connects through them any more)."""
        for fd in self.fds.values():
            with contextlib.suppress(OSError):
                os.close(fd)
        self.fds.clear()


def _open_socket(name: str, folder: int) -> int:
    fd = os.open(name, os.O_PATH | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=folder)
    if not stat.S_ISSOCK(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(f"{name} is not a socket")
    return fd
