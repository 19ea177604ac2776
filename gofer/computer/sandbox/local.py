"""The ``local`` backend: bubblewrap namespaces, a read-only system, the workspace as the only writable path.

Inside, code runs as uid 1000 with no capabilities, in its own user, PID, IPC, UTS, cgroup and (unless the
network policy is ``all``) network namespaces, with a private /tmp and home, only a handful of /etc files,
gofer's Python read-only under /opt/gofer, a seccomp filter refusing disk blocks reserved past a file's end
(``_seccomp.py``), and resource limits set by ``prlimit`` (hard limits, so they cannot be raised) plus a cgroup
bounding the number of its processes and their memory all together. /tmp, home and /dev/shm are tmpfs of a bounded
size (full is "No space left on device", not host memory); the rest of /dev is read-only. SysV shared memory,
message queues and semaphores in its IPC namespace are bounded too (``bound_sysv_ipc``), set from the host before
the sandbox's first process runs, and /proc/sys is read-only. Each command (and the kernel) runs in a Landlock
domain of its own (``_landlock``), so none can trace another or read its memory, nor (Landlock ABI 6 and later)
signal a process it did not start itself. The sandbox dies with gofer
(``--die-with-parent``) and with its session.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
from functools import cache

from gofer.computer.sandbox._cgroup import SandboxCgroup
from gofer.computer.sandbox._landlock import confined_argv, landlock_abi, scopes_signals
from gofer.computer.sandbox._layout import INSIDE_PYTHON, SESSION_PY, python_version, system_layout
from gofer.computer.sandbox._lifetime import die_with_this_process
from gofer.computer.sandbox._network import SLIRP_DNS, Slirp
from gofer.computer.sandbox._seccomp import seccomp_program
from gofer.computer.sandbox._supervised import SUPERVISOR_SOURCE, SupervisedSandbox, read_fd
from gofer.computer.sandbox.base import Limits, NetworkPolicy, SandboxError, SandboxUnavailable
from gofer.computer.workspace import WORKSPACE_MOUNT, Workspace

__all__ = ["SANDBOX_UID", "BwrapSandbox", "bound_sysv_ipc", "check_bwrap", "sysv_ipc_limits"]

SANDBOX_UID = 1000
HOSTNAME = "gofer"
HOME = "/home/user"


@cache
def bwrap_help() -> str:
    """``bwrap --help``'s text (empty without bubblewrap), to see which options this build has."""
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        return ""
    try:
        return subprocess.run([bwrap, "--help"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


@cache
def check_bwrap() -> str:
    """The bwrap executable, after proving it can make the namespaces; else SandboxUnavailable says why."""
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        raise SandboxUnavailable(
            "the local sandbox needs bubblewrap, which is not installed (Debian/Ubuntu: apt-get install "
            "bubblewrap). On a host where it cannot run, GOFER_SANDBOX=unsafe-local runs code unconfined."
        )
    probe = subprocess.run(
        [bwrap, "--unshare-all", "--unshare-user", "--ro-bind", "/", "/", "--", "true"],
        capture_output=True, text=True, timeout=30,
    )
    if probe.returncode != 0:
        raise SandboxUnavailable(
            f"bubblewrap cannot create namespaces here: {probe.stderr.strip() or probe.returncode}. "
            "The kernel must allow user namespaces (sysctl kernel.unprivileged_userns_clone=1 and "
            "user.max_user_namespaces > 0; in a container, run it with --privileged or a seccomp profile that "
            "allows unshare). Or set GOFER_SANDBOX=unsafe-local to run code unconfined (not safe)."
        )
    return bwrap


def bwrap_sizes_tmpfs() -> bool:
    """Whether this bubblewrap has ``--size`` for a tmpfs (0.8 and later)."""
    return "--size" in bwrap_help()


_warned: set[str] = set()


def _warn_once(what: str, note: str) -> None:
    """Print ``note`` as a warning, once per gofer process for each ``what``."""
    if what not in _warned:
        _warned.add(what)
        print(f"gofer: warning: {note}", file=sys.stderr, flush=True)


def _warn_about_limits(cgroup: SandboxCgroup | None) -> None:
    """Say once per gofer process which whole-sandbox limit this host cannot enforce."""
    dirs = cgroup.dirs if cgroup is not None else {}
    missing: dict[str, str] = {}
    if "pids" not in dirs and os.geteuid() == 0:
        missing["pids"] = (
            "no pids cgroup could be made; the sandbox's process limit does not bind for root (RLIMIT_NPROC). "
            "Run gofer as a normal user or give it a writable pids cgroup."
        )
    if "memory" not in dirs:
        missing["memory"] = (
            "no memory cgroup could be made; a sandbox's processes together are not bounded in memory, only "
            "each one (RLIMIT_AS). Give gofer a writable memory cgroup (v1), delegate the memory controller to "
            "it (v2), or bound the memory of its container."
        )
    if not bwrap_sizes_tmpfs():
        missing["size"] = (
            "this bubblewrap has no --size (0.8 and later have it); a sandbox's /tmp, home and /dev/shm are not "
            "bounded in size, only by its memory cgroup where there is one."
        )
    if landlock_abi() < 2:
        missing["landlock"] = (
            "this kernel has no Landlock (ABI 2, Linux 5.19, or later); a sandbox's commands can trace one another "
            "and its Python kernel (read its memory, run code in it)."
        )
    elif not scopes_signals():
        missing["signals"] = (
            "this kernel's Landlock cannot scope signals (ABI 6, Linux 6.12, or later); a sandbox's commands can "
            "kill or stop its Python kernel and its supervisor."
        )
    for what, note in missing.items():
        _warn_once(what, note)


def sysv_ipc_limits(limits: Limits) -> dict[str, str]:
    """The SysV IPC settings of a sandbox's IPC namespace (``/proc/sys/kernel`` names): shared memory in all at
    most the size of its /dev/shm, each segment removed once no process has it attached and its maker is gone
    (``shm_rmid_forced``; the host's default keeps it until the namespace ends), message queues and semaphores
    far below the defaults (32000 queues of 16 KB each could hold 500 MB)."""
    shm = limits.shm_mb * 1024 * 1024
    page = os.sysconf("SC_PAGE_SIZE")
    queues, queue_bytes = 16, 64 * 1024
    return {
        "shmmax": str(shm),
        "shmall": str(shm // page),
        "shmmni": "256",
        "shm_rmid_forced": "1",
        "msgmni": str(min(queues, max(1, shm // queue_bytes))),
        "msgmnb": str(queue_bytes),
        "msgmax": "8192",
        "sem": "250 4096 32 128",  # per set, in all, per semop call, sets
    }


_IPC_SCRIPT = 'cd /proc/sys/kernel && while read -r name value; do printf "%s\\n" "$value" > "$name" || exit 1; done'


async def bound_sysv_ipc(child_pid: int, limits: Limits) -> str | None:
    """Set the SysV IPC limits (``sysv_ipc_limits``) in the IPC namespace of ``child_pid`` from the host, which
    owns it (as root, or as the owner of the sandbox's user namespace): the sandbox's user cannot change them.
    Returns why it could not (None when done)."""
    nsenter, sh = shutil.which("nsenter"), shutil.which("sh")
    if nsenter is None or sh is None:
        return "nsenter (util-linux) is not installed"
    enter = [nsenter, f"--ipc=/proc/{child_pid}/ns/ipc"]
    if os.geteuid() != 0:
        enter = [nsenter, "-t", str(child_pid), "-U", "-i", "--preserve-credentials"]
    lines = "".join(f"{name} {value}\n" for name, value in sysv_ipc_limits(limits).items())
    proc = await asyncio.create_subprocess_exec(
        *enter, sh, "-c", _IPC_SCRIPT,
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    _, err = await proc.communicate(lines.encode())
    if proc.returncode != 0:
        return err.decode(errors="replace").strip() or f"exit code {proc.returncode}"
    return None


def data_fd(data: bytes) -> int:
    """A memory file holding ``data``, at its start, for bubblewrap's ``--ro-bind-data FD PATH``."""
    fd = os.memfd_create("gofer-bwrap-data", 0)
    os.write(fd, data)
    os.lseek(fd, 0, os.SEEK_SET)
    return fd


class BwrapSandbox(SupervisedSandbox):
    """A bubblewrap sandbox with a supervisor inside that starts commands for the host."""

    backend = "local"

    def __init__(self, workspace: Workspace, *, limits: Limits, network: NetworkPolicy) -> None:
        ver = python_version()
        env = {
            "PATH": f"{WORKSPACE_MOUNT}/{SESSION_PY}/bin:/opt/gofer/venv/bin:/usr/local/bin:/usr/bin:/bin",
            "HOME": HOME,
            "USER": "user",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TERM": "dumb",
            "TMPDIR": "/tmp",
            "PYTHONUSERBASE": f"{WORKSPACE_MOUNT}/{SESSION_PY}",
            "PIP_USER": "1",
            "PIP_DISABLE_PIP_VERSION_CHECK": "1",
            "PIP_NO_INPUT": "1",
            "PIP_BREAK_SYSTEM_PACKAGES": "1",
            "MPLCONFIGDIR": f"{HOME}/.config/matplotlib",
            "GOFER_SANDBOX": "local",
        }
        super().__init__(workspace, limits=limits, network=network, workspace_path=WORKSPACE_MOUNT, base_env=env)
        self._user_site = f"{WORKSPACE_MOUNT}/{SESSION_PY}/lib/python{ver}/site-packages"
        self.child_pid: int | None = None
        self.cgroup: SandboxCgroup | None = None
        self._slirp: Slirp | None = None
        self._may_raise = True
        """Whether gofer may raise the sandbox's hard limits (``_raise_file_limits``); False after one refusal."""

    def host_path_of(self, inside: str) -> str | None:
        """Paths under /workspace map to the host workspace; others are reached through /proc/PID/root."""
        if inside == WORKSPACE_MOUNT or inside.startswith(WORKSPACE_MOUNT + "/"):
            return str(self.workspace.root) + inside[len(WORKSPACE_MOUNT) :]
        if self.child_pid is None:
            return None
        return f"/proc/{self.child_pid}/root{inside}"

    def _launch(self, argv: list[str]) -> list[str]:
        """A command runs in a Landlock domain of its own (``_landlock``): no command can trace another's processes
        or read their memory (the kernel's above all)."""
        return confined_argv(argv, INSIDE_PYTHON)

    def _argv(self, bwrap: str, fds: dict[str, int], info_fd: int, block_fd: int) -> list[str]:
        layout = system_layout(SANDBOX_UID, HOSTNAME, resolv=f"nameserver {SLIRP_DNS}\n")
        self._base_env.update(layout.env)
        argv = [bwrap, "--unshare-user", "--unshare-ipc", "--unshare-pid", "--unshare-uts", "--unshare-cgroup-try"]
        if self.network != "all":
            argv.append("--unshare-net")
        argv += ["--uid", str(SANDBOX_UID), "--gid", str(SANDBOX_UID), "--hostname", HOSTNAME]
        argv += ["--die-with-parent", "--new-session", "--cap-drop", "ALL", "--clearenv"]
        if "--disable-userns" in bwrap_help():
            argv.append("--disable-userns")
        size = ["--size", str(self.limits.tmpfs_mb * 1024 * 1024)] if bwrap_sizes_tmpfs() else []
        shm = ["--size", str(self.limits.shm_mb * 1024 * 1024)] if bwrap_sizes_tmpfs() else []
        # bwrap's /dev is a tmpfs of no set size (half the host's memory) owned by the sandbox's user: only its
        # /dev/shm is writable, and bounded like /tmp
        argv += ["--proc", "/proc", "--dev", "/dev", *shm, "--tmpfs", "/dev/shm", "--remount-ro", "/dev"]
        # the namespaces' sysctls (kernel.shm*, hostname) belong to the user that owns them, which the sandbox's
        # user is to the kernel: read-only, so the bounds gofer sets on its SysV IPC hold
        argv += ["--ro-bind", "/proc/sys", "/proc/sys"]
        argv += [*size, "--tmpfs", "/tmp", *size, "--tmpfs", "/home"]
        argv += ["--dir", HOME]
        argv += layout.args
        for inside, data in layout.files.items():
            if inside == "/etc/resolv.conf" and self.network == "none":
                continue
            if inside == "/etc/resolv.conf" and self.network == "all":
                if os.path.exists("/etc/resolv.conf"):
                    argv += ["--ro-bind", "/etc/resolv.conf", "/etc/resolv.conf"]
                continue
            fd = data_fd(data)
            fds[inside] = fd
            perms = "0755" if inside.startswith("/opt/gofer/venv/bin/") else "0644"
            argv += ["--perms", perms, "--ro-bind-data", str(fd), inside]
        argv += ["--bind", str(self.workspace.root), WORKSPACE_MOUNT, "--chdir", WORKSPACE_MOUNT]
        program = seccomp_program()
        if program is not None:
            fds[" seccomp"] = data_fd(program)  # not a path: only its fd is kept, to be closed after the start
            argv += ["--seccomp", str(fds[" seccomp"])]
        argv += ["--info-fd", str(info_fd), "--block-fd", str(block_fd)]
        return argv

    @classmethod
    async def start(
        cls, workspace: Workspace, *, limits: Limits, network: NetworkPolicy, timeout: float = 30.0
    ) -> BwrapSandbox:
        """Start a sandbox on ``workspace``: bwrap, the network, the supervisor; ready when this returns."""
        bwrap = await asyncio.get_running_loop().run_in_executor(None, check_bwrap)
        self = cls(workspace, limits=limits, network=network)
        self.cgroup = SandboxCgroup.create(limits.max_processes + 8, limits.total_memory_mb * 1024 * 1024)
        _warn_about_limits(self.cgroup)
        fds: dict[str, int] = {}
        info_r, info_w = os.pipe()
        block_r, block_w = os.pipe()  # the sandbox's first process waits until its IPC (and network) is set up
        control, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        argv = self._argv(bwrap, fds, info_w, block_r)
        argv += ["--", "prlimit", *limits.prlimit_args(), "--"]
        argv += [INSIDE_PYTHON, "-I", "-S", "-c", SUPERVISOR_SOURCE, str(child.fileno()), "--every-process"]
        argv.append(f"--workspace={WORKSPACE_MOUNT}")
        cgroup = self.cgroup
        pass_fds = [*fds.values(), info_w, child.fileno(), block_r]
        try:
            proc = await asyncio.create_subprocess_exec(
                *argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                pass_fds=pass_fds,
                env={"PATH": "/usr/bin:/bin:/usr/sbin:/sbin"},
                preexec_fn=die_with_this_process(cgroup.join if cgroup is not None else None),
            )
        finally:
            for fd in (*fds.values(), info_w, block_r):
                os.close(fd)
            child.close()
        self._proc = proc
        self._control = control
        try:
            self.child_pid = await self._read_child_pid(info_r, proc, timeout)
            unbounded = await bound_sysv_ipc(self.child_pid, limits)
            if unbounded is not None:
                _warn_once("ipc", f"the sandbox's SysV shared memory could not be bounded ({unbounded}); only a "
                           "memory cgroup, where there is one, bounds it.")
            if network == "internet":
                self._slirp = await Slirp.start(self.child_pid)
            os.write(block_w, b"1")
        except BaseException:
            os.close(info_r)
            os.close(block_w)
            self._kill_everything()
            await self.aclose()
            raise
        os.close(info_r)
        os.close(block_w)
        await self._attach(proc, control, timeout)
        self._quota_watched = False  # its own folders: no code's growth, even in a workspace over its quota
        try:
            result = await self.run(f"mkdir -p {self._user_site}", timeout=timeout)
        finally:
            self._quota_watched = True
        if result.exit_code != 0:
            await self.aclose()
            raise SandboxError(f"the sandbox cannot write its workspace: {result.output.strip()}")
        return self

    async def _read_child_pid(self, info_r: int, proc: asyncio.subprocess.Process, timeout: float) -> int:
        buf = b""
        while b"}" not in buf:
            chunk = await read_fd(info_r, 4096, timeout)
            if not chunk:
                err = b""
                if proc.stderr is not None:
                    with contextlib.suppress(TimeoutError):
                        err = await asyncio.wait_for(proc.stderr.read(4000), 2)
                raise SandboxUnavailable(f"bubblewrap failed: {err.decode(errors='replace').strip() or 'no output'}")
            buf += chunk
        return int(json.loads(buf[: buf.index(b"}") + 1])["child-pid"])

    def _raise_file_limits(self, size: int) -> None:
        """Raise the hard file-size limit of the sandbox's processes to ``size`` where gofer may (with
        CAP_SYS_RESOURCE, as root in a container; the supervisor inside never may): a hard limit that came down
        near the quota goes back up with the room. Without it a process running keeps the lower limit."""
        if self.cgroup is None or not self._may_raise:
            return
        for pid in self.cgroup.pids():
            try:
                soft, hard = resource.prlimit(pid, resource.RLIMIT_FSIZE)
                if hard != resource.RLIM_INFINITY and hard < size:
                    resource.prlimit(pid, resource.RLIMIT_FSIZE, (soft, size))
            except PermissionError:
                self._may_raise = False
                return
            except OSError:
                continue  # gone meanwhile

    def _kill_everything(self) -> None:
        """SIGKILL bwrap and every process of the sandbox (they hold bwrap's pipes open)."""
        super()._kill_everything()
        if self.cgroup is not None:
            self.cgroup.kill_all()
        elif self.child_pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.child_pid, 9)

    async def aclose(self) -> None:
        """Kill everything inside, stop the network and remove the cgroup."""
        if self.closed:
            return
        await super().aclose()
        if self._slirp is not None:
            await self._slirp.aclose()
        if self.cgroup is not None:
            for _ in range(100):
                if self.cgroup.remove():
                    break
                await asyncio.sleep(0.02)
