"""SysV IPC inside the bubblewrap sandbox: the sandbox has its own IPC namespace, whose shared memory, message queues
and semaphores were left at the host kernel's defaults (shared memory unbounded, segments kept after their maker
exited): ~300 MB of segments stayed held until the sandbox closed, charged to the host's memory where no memory
cgroup could be made. Real bubblewrap sandbox, real commands."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from gofer.computer.sandbox import Limits, start_sandbox
from gofer.computer.sandbox.local import BwrapSandbox
from gofer.computer.workspace import Workspace

LIMITS = Limits(memory_mb=1024, total_memory_mb=256, cpu_seconds=20, max_processes=64, max_file_mb=200)
MB = 1024 * 1024

SHM = """
import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
libc.shmat.restype = ctypes.c_void_p
IPC_PRIVATE, IPC_CREAT = 0, 0o1000

def make(size):
    got = libc.shmget(IPC_PRIVATE, ctypes.c_size_t(size), IPC_CREAT | 0o600)
    return got if got >= 0 else os.strerror(ctypes.get_errno())

print("one", make(int(sys.argv[1]) * 2**20))
made = [make(8 * 2**20) for _ in range(int(sys.argv[2]))]
print("many", sum(isinstance(m, int) for m in made), next((m for m in made if isinstance(m, str)), "-"))
for m in made:  # attached and touched, as a real user of the memory would
    if isinstance(m, int):
        addr = libc.shmat(m, None, 0)
        if addr not in (None, ctypes.c_void_p(-1).value):
            ctypes.memset(addr, 1, 8 * 2**20)
"""


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[BwrapSandbox]:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    assert isinstance(sb, BwrapSandbox)
    yield sb
    await sb.aclose()


async def test_sysv_shared_memory_is_bounded_like_dev_shm(sandbox: BwrapSandbox) -> None:
    sandbox.workspace.write_text("shm.py", SHM)
    bound = LIMITS.shm_mb * MB
    r = await sandbox.run(f"python3 shm.py {LIMITS.shm_mb + 1} {bound // (8 * MB) + 4}", timeout=60)
    lines = dict(line.split(" ", 1) for line in r.output.strip().splitlines())
    assert lines["one"] == "Invalid argument", r.output  # one segment past the bound
    made, error = lines["many"].split(" ", 1)
    assert int(made) * 8 * MB <= bound and error == "No space left on device", r.output
    # segments die with the process that made them (none attached): nothing is left held
    left = await sandbox.run("tail -n +2 /proc/sysvipc/shm | wc -l")
    assert left.output.strip() == "0", left.output


async def test_the_sandbox_cannot_raise_its_ipc_limits(sandbox: BwrapSandbox) -> None:
    """The sandbox's user is the owner of its namespaces' sysctls to the kernel: /proc/sys is read-only."""
    r = await sandbox.run(
        "cat /proc/sys/kernel/shmmax /proc/sys/kernel/shmall /proc/sys/kernel/shm_rmid_forced "
        "/proc/sys/kernel/msgmni /proc/sys/kernel/msgmnb; "
        "echo 99999999999 > /proc/sys/kernel/shmmax; echo 99999999 > /proc/sys/kernel/shmall; "
        "echo 0 > /proc/sys/kernel/shm_rmid_forced; cat /proc/sys/kernel/shmmax"
    )
    values = r.output.split()
    assert int(values[0]) == LIMITS.shm_mb * MB and int(values[1]) * 4096 <= LIMITS.shm_mb * MB, r.output
    assert values[2] == "1" and int(values[3]) * int(values[4]) <= LIMITS.shm_mb * MB, r.output
    assert "99999999999" not in r.output and r.output.count("Read-only file system") == 3, r.output


async def test_ordinary_shared_memory_users_keep_working(sandbox: BwrapSandbox) -> None:
    r = await sandbox.run(
        "python3 -c 'import multiprocessing as m, numpy as np\n"
        "if __name__ == \"__main__\":\n"
        "    a = m.Array(\"d\", 1000); q = m.Queue(); p = m.Process(target=q.put, args=(np.arange(5).sum(),))\n"
        "    p.start(); p.join(); print(\"ok\", q.get(), len(a))'",
        timeout=60,
    )
    assert r.output.strip() == "ok 10 1000", r.output
    sandbox.workspace.write_text("shm.py", SHM)
    small = await sandbox.run("python3 shm.py 1 2", timeout=60)  # a small segment is fine
    one = small.output.splitlines()[0].split()
    assert one[0] == "one" and one[1].isdigit(), small.output
    assert "many 2 -" in small.output, small.output
