"""Starting the reading worker confined: bubblewrap, no network, a read-only system, no workspace of the host.

The worker parses files a run downloaded, so a parser exploit runs there. Inside it sees the sandbox's read-only
system layout (``gofer.computer.sandbox._layout``: /usr, a handful of /etc files, gofer's Python under
/opt/gofer), gofer's own package read-only, a private /tmp and home of bounded size, and an empty private folder
(a tmpfs) at the host path of the workspace it reads, so the Workspace object it is handed keeps working. gofer
copies into that folder only the files one read needs (``_deadline``), and the worker empties it after the read;
nothing else of the host is there: not the workspace's other files, not gofer's settings, not ~/.ssh, not other
workspaces. It runs as uid 1000 with no capabilities in its own user,
PID, IPC, UTS and network namespaces (no network at all), with no environment but a few plain variables (no
keys). Python is the namespace's PID 1, so the pid bubblewrap reports is the process whose memory is watched.

Where bubblewrap cannot make namespaces, the worker runs unconfined as before, after a warning said once.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import gofer
from gofer.computer.sandbox._layout import INSIDE_PYTHON, system_layout
from gofer.computer.sandbox._lifetime import die_with_this_process
from gofer.computer.sandbox.base import SandboxUnavailable
from gofer.computer.sandbox.local import SANDBOX_UID, bwrap_help, bwrap_sizes_tmpfs, check_bwrap, data_fd
from gofer.tools.base import ToolError

__all__ = ["Started", "start_worker"]

SRC_INSIDE = "/opt/gofer/src"
"""Where gofer's package is bound inside (read-only)."""
HOME = "/home/user"
TMP_MB = 1024
"""Size of the worker's /tmp (a query copies the files it loads there)."""
HANDED_MB = 1024
"""Size of the private folder at the workspace's path, where the files of one read are copied."""
_EXTRA_ETC = ("/etc/libreoffice",)
"""Host /etc entries the readers need beyond the sandbox's (the spreadsheet check's LibreOffice)."""
_START_TIMEOUT = 30.0

_warned = False


@dataclass
class Started:
    """A started worker: its process (bwrap when confined) and the pid of the Python that reads."""

    process: subprocess.Popen[bytes]
    reader_pid: int
    confined: bool


def _warn_once(reason: str) -> None:
    global _warned
    if not _warned:
        _warned = True
        print(f"gofer: warning: the document reading worker runs unconfined (as gofer's user, with its network and "
              f"files): {reason}", file=sys.stderr, flush=True)


def _argv(bwrap: str, workspace: Path | None, fds: list[int], info_fd: int) -> tuple[list[str], dict[str, str]]:
    """bwrap's arguments up to the command, and the environment the layout needs (the relocated Python's)."""
    layout = system_layout(SANDBOX_UID, "reader", resolv=None)
    argv = [bwrap, "--unshare-user", "--unshare-ipc", "--unshare-pid", "--unshare-uts", "--unshare-cgroup-try",
            "--unshare-net", "--uid", str(SANDBOX_UID), "--gid", str(SANDBOX_UID), "--hostname", "reader",
            "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--as-pid-1"]
    if "--disable-userns" in bwrap_help():
        argv.append("--disable-userns")
    sized = bwrap_sizes_tmpfs()
    argv += ["--proc", "/proc", "--dev", "/dev"]
    argv += [*(["--size", str(TMP_MB * 1024 * 1024)] if sized else []), "--tmpfs", "/tmp"]
    argv += [*(["--size", str(64 * 1024 * 1024)] if sized else []), "--tmpfs", "/home", "--dir", HOME]
    argv += layout.args
    for extra in _EXTRA_ETC:
        if os.path.exists(extra):
            argv += ["--ro-bind", extra, extra]
    for inside, data in layout.files.items():
        fd = data_fd(data)
        fds.append(fd)
        argv += ["--perms", "0755" if inside.startswith("/opt/gofer/venv/bin/") else "0644",
                 "--ro-bind-data", str(fd), inside]
    argv += ["--ro-bind", str(Path(gofer.__file__).resolve().parent), f"{SRC_INSIDE}/gofer"]
    if workspace is not None:
        argv += [*(["--size", str(HANDED_MB * 1024 * 1024)] if sized else []), "--tmpfs", str(workspace)]
    return [*argv, "--chdir", "/tmp", "--info-fd", str(info_fd)], layout.env


def _env(extra: dict[str, str]) -> dict[str, str]:
    return {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": HOME, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "TMPDIR": "/tmp", "PYTHONPATH": SRC_INSIDE, "PYTHONDONTWRITEBYTECODE": "1",
            "MPLCONFIGDIR": f"{HOME}/.config/matplotlib", **extra}


def _reader_pid(info_r: int, process: subprocess.Popen[bytes]) -> int:
    """The pid bubblewrap reports (``--info-fd``): with ``--as-pid-1`` it is the Python that reads."""
    buf = b""
    while b"}" not in buf:
        ready, _, _ = select.select([info_r], [], [], _START_TIMEOUT)
        chunk = os.read(info_r, 4096) if ready else b""
        if not chunk:
            process.kill()
            process.wait(5)
            raise ToolError("the document reading worker could not start in its sandbox (bubblewrap failed; its "
                            "message is on gofer's stderr)")
        buf += chunk
    return int(json.loads(buf[: buf.index(b"}") + 1])["child-pid"])


def start_worker(code: str, fd: int, workspace: Path | None) -> Started:
    """Start ``python -c code fd`` with the socket ``fd`` kept open: confined, with an empty private folder at
    ``workspace``'s path for the files each read is handed, where bubblewrap works; else unconfined, seeing the
    host's files (warned once)."""
    try:
        bwrap = check_bwrap()
    except SandboxUnavailable as exc:
        _warn_once(str(exc))
        env = dict(os.environ)
        root = str(Path(gofer.__file__).resolve().parents[1])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        process = subprocess.Popen([sys.executable, "-c", code, str(fd)], pass_fds=(fd,), stdin=subprocess.DEVNULL,
                                   env=env, start_new_session=True)
        return Started(process, process.pid, confined=False)
    fds: list[int] = []
    info_r, info_w = os.pipe()
    try:
        argv, layout_env = _argv(bwrap, workspace, fds, info_w)
        process = subprocess.Popen(
            [*argv, "--", INSIDE_PYTHON, "-P", "-s", "-c", code, str(fd)], pass_fds=(fd, info_w, *fds),
            stdin=subprocess.DEVNULL, env=_env(layout_env), start_new_session=True,
            preexec_fn=die_with_this_process(),
        )
    finally:
        for opened in (*fds, info_w):
            os.close(opened)
    try:
        pid = _reader_pid(info_r, process)
    finally:
        os.close(info_r)
    return Started(process, pid, confined=True)
