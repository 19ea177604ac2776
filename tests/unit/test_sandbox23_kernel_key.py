"""The kernel's signing key stays off the sandbox's disk: the connection file with it in /tmp/.gofer-kernel-* was
readable by every command (the same user), and with it any command could run code in the kernel
(``jupyter console --existing``) or make later cells lie. Real bubblewrap sandbox, real kernel."""

from __future__ import annotations

import asyncio
from pathlib import Path

from gofer.computer.kernel import start_kernel
from gofer.computer.sandbox import Limits, start_sandbox
from gofer.computer.workspace import Workspace

LOOK = """
import os, sys
key = sys.argv[1][::-1].encode()  # given reversed: this command's own arguments do not hold it
paths = [os.path.join(d, f) for top in ("/tmp", "/home", "/dev/shm", "/workspace") for d, _, fs in os.walk(top)
         for f in fs]
paths += [f"/proc/{p}/{w}" for p in os.listdir("/proc") if p.isdigit() and int(p) != os.getpid()
          for w in ("environ", "cmdline")]
for path in paths:
    try:
        if key in open(path, "rb").read():
            print("found", path)
    except OSError:
        pass
print(*sorted(os.listdir(next(f"/tmp/{d}" for d in os.listdir("/tmp") if d.startswith(".gofer-kernel")))))
print("done")
"""

LIMITS = Limits(memory_mb=1024, total_memory_mb=512, cpu_seconds=60, max_processes=64, max_file_mb=200)


async def test_no_file_in_the_sandbox_holds_the_kernels_key(tmp_path: Path) -> None:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    try:
        kernel = await start_kernel(sb, timeout=60)
        try:
            key = kernel.client.session.key.decode()
            assert len(key) == 64
            sb.workspace.write_text("look.py", LOOK)
            look = await sb.run(f"python3 look.py {key[::-1]}", timeout=60)  # all it can write, all it can read
            assert "found" not in look.output, look.output
            assert look.output.splitlines()[-2:] == ["k-1 k-2 k-3 k-4 k-5", "done"], look.output
            # the kernel works as before: a cell, an interrupt, a restart after it dies
            assert "42" in (await kernel.execute("6 * 7")).output
            slow = await kernel.execute("import time; time.sleep(30)", timeout=2)
            assert slow.status == "timeout" and "KeyboardInterrupt" in slow.output, slow.output
            assert "ok" in (await kernel.execute("print('ok')")).output
        finally:
            await kernel.aclose()
        again = await start_kernel(sb, timeout=60)
        try:
            assert "3" in (await again.execute("1 + 2")).output
        finally:
            await again.aclose()
    finally:
        await asyncio.wait_for(sb.aclose(), 30)
