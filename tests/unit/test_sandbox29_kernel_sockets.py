"""No command reaches the kernel's sockets, under either supervised backend. The host binds them in a private host
folder, which under ``unsafe-local`` a command (gofer's own user) could walk into and connect to (iopub needs no key
to listen: every later cell's output as it is published), or reach through gofer's pinned descriptors
(``/proc/PID/fd``). Now the socket files are unlinked before they listen (only the host's pinned descriptors reach
them) and ``unsafe-local``'s commands run in a Landlock domain of their own, as ``local``'s do, so none reads
another process's descriptors. Real sandboxes, real kernel, real commands."""

from __future__ import annotations

import asyncio
import secrets
import tempfile
from pathlib import Path

import pytest
from sandbox_helpers import BACKENDS, supervised

from gofer.computer.kernel import start_kernel
from gofer.computer.sandbox import Limits
from gofer.computer.sandbox._landlock import landlock_abi

LIMITS = Limits(memory_mb=2048, total_memory_mb=1024, cpu_seconds=120, max_processes=64, workspace_quota_mb=200)

# every kernel socket a command can name: under the temporary folders, bound names, other processes' descriptors
LISTEN = """
import glob, os, stat, sys, time, zmq
paths = set(glob.glob(os.path.join(sys.argv[1], "gofer-kernel-*", "*")))
for top in ("/tmp", "/home", "/dev/shm", os.getcwd()):
    if top != sys.argv[1]:
        for d, _, fs in os.walk(top):
            paths.update(os.path.join(d, f) for f in fs)
with open("/proc/net/unix") as f:
    paths.update(line.split()[-1] for line in f.read().splitlines()[1:] if line.split()[-1].startswith("/"))
for pid in os.listdir("/proc"):
    if pid.isdigit() and int(pid) != os.getpid():
        try:
            paths.update(f"/proc/{pid}/fd/{n}" for n in os.listdir(f"/proc/{pid}/fd"))
        except OSError:
            pass
sockets = []
for path in sorted(paths):  # only the kernels' sockets: not to disturb the host's other programs
    try:
        name = os.readlink(path) if path.startswith("/proc/") else path
        if "gofer-kernel-" in name and stat.S_ISSOCK(os.stat(path).st_mode):
            sockets.append(path)
    except OSError:
        pass
ctx = zmq.Context()
poller = zmq.Poller()
for path in sockets:
    sub = ctx.socket(zmq.SUB)
    sub.setsockopt(zmq.SUBSCRIBE, b"")
    sub.connect("ipc://" + path)
    poller.register(sub, zmq.POLLIN)
open("listening", "w").write("\\n".join(sockets))
heard = open("heard", "wb")
end = time.monotonic() + 20
while time.monotonic() < end:
    for sub, _ in poller.poll(200):
        heard.write(b"".join(sub.recv_multipart()) + b"\\n")
        heard.flush()
"""


@pytest.mark.skipif(landlock_abi() < 2, reason="without Landlock a command reads gofer's descriptors")
@pytest.mark.parametrize("backend", BACKENDS)
async def test_no_command_listens_to_the_kernels_output(tmp_path: Path, backend: str) -> None:
    async with supervised(tmp_path, backend, LIMITS) as sb:
        k = await start_kernel(sb, timeout=60)
        try:
            sb.workspace.write_text("listen.py", LISTEN)
            listener = await sb.spawn(["python3", "listen.py", tempfile.gettempdir()], output="null")
            root = sb.workspace.root
            for _ in range(400):
                if (root / "listening").exists():
                    break
                await asyncio.sleep(0.05)
            assert (root / "listening").exists(), "the listener did not start"
            await asyncio.sleep(1.0)  # past ZeroMQ's slow joiner
            token = f"secret-{secrets.token_hex(8)}"
            for _ in range(3):
                done = await k.execute(f"print({token!r})")
                assert token in done.output, done.output
                await asyncio.sleep(0.3)
            await asyncio.sleep(0.5)
            heard = (root / "heard").read_bytes()
            tried = (root / "listening").read_text()
            assert token.encode() not in heard, (tried, heard[:300])
            await listener.kill(grace=1.0)
            assert "ok" in (await k.execute("print('ok')")).output  # the host still reaches it
        finally:
            await k.aclose()
