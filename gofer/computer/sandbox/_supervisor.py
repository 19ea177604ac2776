"""The supervisor: a tiny stdlib-only process that runs first inside a sandbox and starts commands there.

It reads spawn requests from the control socket it inherits (fd 3, or the fd named by its argument): a
SOCK_SEQPACKET socketpair whose other end the host holds. Each request is a JSON object with ``argv``,
``cwd`` and ``env`` and carries four file
descriptors: the command's stdin, stdout and stderr, and one end of a per-command stream socket. On that
socket the supervisor answers ``{"pid": N}`` (or ``{"error": ...}``) and later ``{"exit": CODE}`` (after killing
what the command left in its process group when the request says ``reap_group``); the host
may write ``{"signal": N}`` lines to it to signal the command's process group.

A request without file descriptors, ``{"fsize": N}``, sets the file-size limit (RLIMIT_FSIZE) of every process of
the commands running, soft and hard, so none can raise it back with ``ulimit -S -f``; the host sends it when the
room left under the workspace's quota changes. Where a hard limit cannot go up again (no CAP_SYS_RESOURCE in the
host's user namespace) the process keeps the lower one; the host may raise it from outside. The supervisor's own
soft limit follows too (its hard one stays, so the room can come back), and a command starts with its soft limit
as both of its limits (through ``prlimit``). With the argument ``--every-process`` (the supervisor has a PID
namespace of its own) "every process of the commands" is every process but PID 1 and the supervisor; without
it, every process in the session of a command it started.

When the control socket closes (the host is gone or the sandbox is closing) every command is killed and the
supervisor exits, which ends the sandbox. This file is run with ``python -I -S`` and must import only the
standard library.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import threading

CONTROL_FD = 3
_children: dict[int, subprocess.Popen[bytes]] = {}
_lock = threading.Lock()
_every_process = False
"""Whether the file-size limit reaches every process of this PID namespace (``--every-process``)."""
_PRLIMIT = next((p for p in ("/usr/bin/prlimit", "/bin/prlimit") if os.path.exists(p)), None) or shutil.which("prlimit")


def _send(chan: socket.socket, obj: dict[str, object]) -> None:
    with contextlib.suppress(OSError):
        chan.sendall((json.dumps(obj) + "\n").encode())


def _refuse(fds: list[int], why: str) -> None:
    """Answer a request that cannot be served (the sandbox is out of processes) and drop its fds."""
    for fd in fds[:3]:
        os.close(fd)
    chan = socket.socket(fileno=fds[3])
    _send(chan, {"error": why})
    chan.close()


def _signal_group(pid: int, signum: int) -> None:
    """Signal a command's process group until nothing in it is left (for SIGKILL)."""
    for _ in range(200 if signum == signal.SIGKILL else 1):
        try:
            os.killpg(pid, signum)
        except ProcessLookupError:
            return
        except PermissionError:
            return


def _listen(proc: subprocess.Popen[bytes], chan: socket.socket) -> None:
    """Apply the host's signal requests for one command until the channel closes."""
    buf = b""
    while True:
        try:
            data = chan.recv(4096)
        except OSError:
            return
        if not data:
            return
        buf += data
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            try:
                signum = int(json.loads(line)["signal"])
            except (ValueError, KeyError, TypeError):
                continue
            _signal_group(proc.pid, signum)


def _run(request: dict[str, object], fds: list[int]) -> None:
    stdin, stdout, stderr, chan_fd = fds
    chan = socket.socket(fileno=chan_fd)
    argv = [str(a) for a in request["argv"]]  # type: ignore[attr-defined]
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft != hard and soft != resource.RLIM_INFINITY and _PRLIMIT is not None:  # the room left is its hard limit too
        argv = [_PRLIMIT, f"--fsize={soft}", "--", *argv]
    try:
        proc = subprocess.Popen(
            argv,
            cwd=str(request.get("cwd") or "/"),
            env={str(k): str(v) for k, v in dict(request.get("env") or {}).items()},  # type: ignore[call-overload]
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
            start_new_session=True,
            close_fds=True,
        )
    except Exception as exc:
        _send(chan, {"error": f"{type(exc).__name__}: {exc}"})
        chan.close()
        return
    finally:
        for fd in (stdin, stdout, stderr):
            os.close(fd)
    with _lock:
        _children[proc.pid] = proc
    try:
        threading.Thread(target=_listen, args=(proc, chan), daemon=True).start()
    except RuntimeError:
        _signal_group(proc.pid, signal.SIGKILL)
        proc.wait()
        _send(chan, {"error": "the sandbox has no room for another process"})
        chan.close()
        return
    _send(chan, {"pid": proc.pid})
    code = proc.wait()
    if request.get("reap_group"):
        _signal_group(proc.pid, signal.SIGKILL)
    with _lock:
        _children.pop(proc.pid, None)
    _send(chan, {"exit": code})
    chan.close()


def _set_file_limit(size: int) -> None:
    """Set the file-size limit of the commands' processes to ``size``, soft and hard (see the module's docstring),
    and the soft one of this process, so of what it starts next."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (_at_most(size, hard), hard))
    with _lock:
        sessions = set(_children)
    me = os.getpid()
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) in (1, me):
            continue
        try:
            if not _every_process:
                with open(f"/proc/{name}/stat", "rb") as f:
                    if int(f.read().rsplit(b")", 1)[1].split()[3]) not in sessions:
                        continue
            _limit_process(int(name), size)
        except (OSError, ValueError, IndexError):
            continue  # gone meanwhile, or not ours to change


def _limit_process(pid: int, size: int) -> None:
    """Both file-size limits of ``pid`` to ``size``; where its hard limit cannot go up, both to its hard one."""
    try:
        resource.prlimit(pid, resource.RLIMIT_FSIZE, (size, size))
    except PermissionError:  # raising a hard limit needs CAP_SYS_RESOURCE
        _soft, hard = resource.prlimit(pid, resource.RLIMIT_FSIZE)
        resource.prlimit(pid, resource.RLIMIT_FSIZE, (_at_most(size, hard),) * 2)


def _at_most(size: int, limit: int) -> int:
    """``size``, or ``limit`` when that is lower (RLIM_INFINITY is -1 here, higher than any size)."""
    return size if limit == resource.RLIM_INFINITY else min(size, limit)


def _kill_all() -> None:
    with _lock:
        pids = list(_children)
    for pid in pids:
        _signal_group(pid, signal.SIGKILL)


def main() -> None:
    """Serve spawn requests until the control socket closes, then kill every command."""
    global _every_process
    _every_process = "--every-process" in sys.argv[2:]
    control = socket.socket(fileno=int(sys.argv[1]) if len(sys.argv) > 1 else CONTROL_FD)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    while True:
        try:
            msg, fds, _flags, _addr = socket.recv_fds(control, 65536, 4)
        except OSError:
            break
        if not msg:
            for fd in fds:
                os.close(fd)
            break
        if not fds:
            with contextlib.suppress(ValueError, KeyError, TypeError, OSError):
                _set_file_limit(int(json.loads(msg)["fsize"]))
            continue
        if len(fds) != 4:
            for fd in fds:
                os.close(fd)
            continue
        try:
            request = json.loads(msg)
        except ValueError:
            for fd in fds:
                os.close(fd)
            continue
        try:
            threading.Thread(target=_run, args=(request, fds), daemon=True).start()
        except RuntimeError:
            _refuse(fds, "the sandbox has no room for another process (its process limit is reached)")
    _kill_all()
    os._exit(0)


if __name__ == "__main__":
    main()
