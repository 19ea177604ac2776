"""Escape-and-abuse cases against the bubblewrap sandbox: each one asserts that the code stays contained."""

from __future__ import annotations

import asyncio
import contextlib
import os
import uuid
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from gofer.computer.sandbox import Limits, Sandbox, start_sandbox
from gofer.computer.sandbox.local import BwrapSandbox
from gofer.computer.workspace import Workspace, WorkspaceError
from gofer.tools.base import ToolContext, ToolError
from gofer.tools.files import list_files, read_file
from gofer.tools.shell import judge_shell

LIMITS = Limits(memory_mb=1024, cpu_seconds=2, max_processes=64, max_file_mb=5)


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[Sandbox]:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    yield sb
    await sb.aclose()


def descendants(root: int | None = None) -> set[int]:
    """Host pids of every live descendant of this test process."""
    root = root or os.getpid()
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] == "Z":
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    found: set[int] = set()
    todo = [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


async def test_runs_as_unprivileged_uid_without_capabilities(sandbox: Sandbox) -> None:
    r = await sandbox.run("id -u; grep CapEff /proc/self/status; hostname; pwd")
    lines = r.output.split()
    assert r.exit_code == 0
    assert lines[0] == "1000"
    assert "0000000000000000" in r.output
    assert "/workspace" in r.output


async def test_cannot_read_shadow_root_or_host_home(sandbox: Sandbox) -> None:
    home = os.path.expanduser("~")
    r = await sandbox.run(f"cat /etc/shadow; ls -A /root; ls -A {home}; cat /etc/gshadow; echo done")
    assert "root:" not in r.output.replace("root:x:0:0", "")
    assert "No such file" in r.output
    assert r.output.rstrip().endswith("done")
    passwd = await sandbox.run("cat /etc/passwd")
    assert "/root" not in passwd.output  # the generated passwd, not the host's


async def test_cannot_see_another_sessions_workspace(sandbox: Sandbox, tmp_path: Path) -> None:
    other = Workspace(tmp_path / "other")
    other.write_text("secret.txt", "other-session-secret")
    r = await sandbox.run(f"cat {other.root}/secret.txt; ls {tmp_path}; ls /workspace")
    assert "other-session-secret" not in r.output
    assert "No such file" in r.output


async def test_cannot_write_outside_workspace(sandbox: Sandbox, tmp_path: Path) -> None:
    marker = f"gofer-escape-{uuid.uuid4().hex}"
    targets = ["/usr/" + marker, "/etc/" + marker, "/opt/gofer/venv/" + marker, f"{tmp_path}/{marker}"]
    r = await sandbox.run("; ".join(f"touch {t}" for t in targets) + f"; touch /tmp/{marker} && echo tmp-ok")
    assert "tmp-ok" in r.output  # a private /tmp is writable...
    assert not Path(f"/tmp/{marker}").exists()  # ...and is not the host's
    for t in targets:
        assert not Path(t).exists()
    inside = await sandbox.run("echo hello > made.txt && cat made.txt")
    assert inside.output.strip() == "hello"
    assert (sandbox.workspace.root / "made.txt").read_text() == "hello\n"


async def test_planted_symlink_leads_nowhere(sandbox: Sandbox, tmp_path: Path) -> None:
    secret = tmp_path / "host-secret.txt"
    secret.write_text("host-only")
    r = await sandbox.run(f"ln -s /etc/shadow shadow && ln -s {secret} host && cat shadow host; echo end")
    assert "host-only" not in r.output
    assert "root:" not in r.output
    # host-side code that hashes or reads workspace files never follows the links
    for name in ("shadow", "host"):
        with pytest.raises(WorkspaceError):
            sandbox.workspace.artifact(name)
        with pytest.raises(WorkspaceError):
            sandbox.workspace.read_text(name)


async def test_fork_bomb_is_contained(sandbox: Sandbox) -> None:
    assert isinstance(sandbox, BwrapSandbox)
    r = await sandbox.run("bomb() { bomb | bomb & }; bomb; sleep 2; echo survived", timeout=4)
    assert "Resource temporarily unavailable" in r.output or "retry" in r.output
    if sandbox.cgroup is not None:
        assert sandbox.cgroup.current() <= LIMITS.max_processes + 8
    after = await sandbox.run("echo still-usable", timeout=10)
    assert after.output.strip() == "still-usable"


async def test_allocating_10gb_fails(sandbox: Sandbox) -> None:
    r = await sandbox.run("python3 -c 'b = bytearray(10 * 1024**3); print(\"allocated\")'", timeout=20)
    assert "allocated" not in r.output
    assert "MemoryError" in r.output
    assert r.exit_code != 0


async def test_file_size_limit_holds(sandbox: Sandbox) -> None:
    r = await sandbox.run("head -c 20000000 /dev/zero > big.bin; echo rc=$?", timeout=20)
    assert "rc=0" not in r.output
    assert (sandbox.workspace.root / "big.bin").stat().st_size <= LIMITS.max_file_mb * 1024 * 1024


async def test_infinite_loop_stopped_by_timeout(sandbox: Sandbox) -> None:
    r = await sandbox.run("while :; do :; done", timeout=1)
    assert r.timed_out
    assert r.exit_code is None
    assert (await sandbox.run("echo next")).output.strip() == "next"


@pytest.mark.slow
async def test_infinite_loop_stopped_by_cpu_limit(sandbox: Sandbox) -> None:
    cpu = await sandbox.run("python3 -c 'while True: pass'", timeout=60)
    assert not cpu.timed_out  # RLIMIT_CPU (2 s) ended it before the wall-clock timeout
    assert cpu.exit_code != 0


async def test_process_ns_hides_host_processes(sandbox: Sandbox) -> None:
    r = await sandbox.run("ls /proc | grep -c '^[0-9]'")
    assert int(r.output.strip()) < 10


async def test_no_process_survives_close(tmp_path: Path) -> None:
    before = descendants()
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    assert isinstance(sb, BwrapSandbox)
    await sb.spawn(["/bin/bash", "-c", "sleep 1000"])
    r = await sb.run("(setsid nohup sleep 1001 >/dev/null 2>&1 &); echo started")
    assert "started" in r.output
    assert len(descendants() - before) >= 3
    cgroup = sb.cgroup
    await sb.aclose()
    assert descendants() - before == set()
    if cgroup is not None:
        assert not any(path.exists() for path in cgroup.dirs.values())


async def test_planted_symlink_on_the_way_does_not_list_host_folders(sandbox: Sandbox, tmp_path: Path) -> None:
    host = tmp_path / "host"
    (host / "private").mkdir(parents=True)
    (host / "private" / "id_rsa").write_text("host key")
    r = await sandbox.run(f"ln -s / root_link && ln -s {host} host_link && mkdir -p real/sub && touch real/sub/a")
    assert r.exit_code == 0
    ws = sandbox.workspace
    for path in ("root_link/etc", "host_link/private", "/workspace/host_link/private", "root_link"):
        with pytest.raises(WorkspaceError):
            ws.listing(path)
    entries = dict(ws.listing("."))
    assert "real/sub/a" in entries and "real/sub/" in entries
    assert not any(p.startswith(("root_link", "host_link")) for p in entries)
    assert ws.listing("real") == [("real/sub/", None), ("real/sub/a", 0)]
    tools = ToolContext(run_id="r", session_id="s", workspace=ws.root)
    with pytest.raises(ToolError, match="not a folder"):
        await list_files(tools, {"path": "root_link/etc"})


async def _released(call: Callable[[], object], fifo: Path) -> object:
    """Run ``call`` in a thread; if it hangs on the FIFO for 3 s, free it (open the other end) and fail."""
    task = asyncio.ensure_future(asyncio.to_thread(call))
    done, _ = await asyncio.wait({task}, timeout=3)
    if not done:
        for flags in (os.O_RDONLY | os.O_NONBLOCK, os.O_WRONLY | os.O_NONBLOCK):
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, flags))
        with contextlib.suppress(BaseException):
            await task
        pytest.fail(f"host-side code blocked on a FIFO planted in the workspace: {call}")
    try:
        return task.result()
    except Exception as exc:
        return exc


async def test_planted_fifo_never_blocks_host_side_code(sandbox: Sandbox) -> None:
    r = await sandbox.run("mkfifo pipe.txt script.sh && mkdir -p figures && mkfifo figures/cell1-1.png && ls -l")
    assert r.exit_code == 0, r.output
    ws = sandbox.workspace
    fifo = ws.root / "pipe.txt"
    assert await _released(lambda: ws.exists("pipe.txt"), fifo) is False
    for call in (lambda: ws.read_bytes("pipe.txt"), lambda: ws.write_text("pipe.txt", "x"),
                 lambda: ws.artifact("pipe.txt")):
        outcome = await _released(call, fifo)
        assert isinstance(outcome, WorkspaceError) and "not a regular file" in str(outcome)
    tools = ToolContext(run_id="r", session_id="s", workspace=ws.root)
    outcome = await _released(lambda: asyncio.run(read_file(tools, {"path": "pipe.txt"})), fifo)
    assert isinstance(outcome, ToolError)
    # judging `bash script.sh` reads the script on the host
    judged = await _released(lambda: judge_shell({"command": "bash script.sh"}, tools), ws.root / "script.sh")
    assert not isinstance(judged, Exception)
    assert ws.listing(".") == [("figures/", None)]
