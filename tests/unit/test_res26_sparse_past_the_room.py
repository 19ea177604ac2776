"""A file made sparse past the room by a short-lived child of a process with an extra (res26).

A process holding a big workspace file open for writing gets the room plus that file's size (RLIMIT_FSIZE bounds a
write's offset); a child inherits it, and one that makes a file sparse (``truncate -s``, ``dd seek=``) and exits at
once takes no free space and holds nothing when the guard looks. The quota watch then stopped everything, but the
file stayed, the workspace over its quota. Now the watch, when it stops everything, cuts back each file whose holes
pass the room it was made under and that its last measure did not see so: to where its data ends (at most the room),
or to the size the last measure saw; a sparse file that was there before is left alone. Real bubblewrap and
unsafe-local sandboxes, the real quota watch."""

from __future__ import annotations

from pathlib import Path

import pytest
from sandbox_helpers import BACKENDS, supervised, until_cut, until_file

from gofer.computer.jobs import Jobs
from gofer.computer.sandbox import Limits

QUOTA_MB = 40
LIMITS = Limits(memory_mb=2048, total_memory_mb=1024, cpu_seconds=120, max_processes=64, workspace_quota_mb=QUOTA_MB)
MB = 2**20

# holds a 30 MB file open for appending; once told, short children make two files sparse past the room and exit
_HOLD_THEN_SPARSE_CHILD = (
    "exec 3>>big; head -c 30M /dev/zero >&3; touch held; while [ ! -e go ]; do sleep 0.05; done; "
    "printf data > sp; truncate -s 25M sp; dd if=/dev/zero of=dd bs=1 count=1 seek=24M 2>/dev/null; "
    "echo made; sleep 30"
)


@pytest.mark.slow  # waits on the quota watch's measures: tolerant of a loaded machine
@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_sparse_file_a_short_child_made_past_the_room_is_cut_back(tmp_path: Path, backend: str) -> None:
    async with supervised(tmp_path, backend, LIMITS) as sb:
        jobs = Jobs(sb)
        root = sb.workspace.root
        with open(root / "old", "wb") as f:  # sparse, there before: the watch leaves it alone
            f.write(b"keep")
            f.truncate(4 * MB)
        job = await jobs.start(_HOLD_THEN_SPARSE_CHILD)
        await until_file(root / "held", job)
        assert (await sb.run("true")).exit_code == 0  # measured: the job's limit is the room plus big's 30 MB
        (root / "go").touch()
        await until_cut(job)  # the watch stopped it (the workspace went over) and cut back
        assert "made" in job.output.text(), job.describe()
        room = QUOTA_MB * MB - 34 * MB
        # main: 25 MB and 24 MB, the workspace at 83 MB of 40
        assert (root / "sp").stat().st_size <= room and (root / "sp").read_bytes()[:4] == b"data"
        assert (root / "dd").stat().st_size <= room
        assert (root / "old").stat().st_size == 4 * MB
        assert (await sb.run("echo ok")).output.strip() == "ok"
        await jobs.aclose()
