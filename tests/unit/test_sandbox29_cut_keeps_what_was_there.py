"""When the quota watch stops everything and cuts back a file made sparse past the room, it keeps exactly what its
last measure saw (sandbox29). It noted only the files that were already sparse, so a plain file the measure saw,
then extended past the room by a short child of a process with an extra (``dd seek=``), was cut to the room: a
3 MB file came back 7 MB long, four of them holes, or, with less room than the file, lost its own data. And a file
made sparse within the room a process had when the measure was taken, before the lower room was sent, was cut as
if made past the lower one. Real bubblewrap and unsafe-local sandboxes, the real quota watch."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from sandbox_helpers import BACKENDS, supervised, until_cut, until_file

from gofer.computer.jobs import Jobs
from gofer.computer.sandbox import Limits
from gofer.computer.sandbox._supervised import SupervisedSandbox

QUOTA_MB = 40
LIMITS = Limits(memory_mb=2048, total_memory_mb=1024, cpu_seconds=120, max_processes=64, workspace_quota_mb=QUOTA_MB)
MB = 2**20

# holds a 30 MB file open for appending (its limit is the room plus 30 MB); once told, a short child extends the
# plain file ``seen`` far past the room with a few bytes of data and exits
_HOLD_THEN_EXTEND = (
    "exec 3>>big; head -c 30M /dev/zero >&3; touch held; while [ ! -e go ]; do sleep 0.05; done; "
    "dd if=/dev/zero of=seen bs=1 count=4 seek=20M conv=notrunc 2>/dev/null; echo made; sleep 30"
)


@pytest.mark.slow  # waits on the quota watch's measures: tolerant of a loaded machine
@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_file_the_measure_saw_goes_back_to_that_size(tmp_path: Path, backend: str) -> None:
    async with supervised(tmp_path, backend, LIMITS) as sb:
        jobs = Jobs(sb)
        root = sb.workspace.root
        before = os.urandom(3 * MB)
        (root / "seen").write_bytes(before)
        job = await jobs.start(_HOLD_THEN_EXTEND)
        await until_file(root / "held", job)
        assert (await sb.run("true")).exit_code == 0  # measured: 33 MB, the room 7 MB
        (root / "go").touch()
        await until_cut(job)  # the watch stopped it (the workspace went over) and cut back
        # main: 7 MB (the room), the last 4 MB holes
        assert (root / "seen").stat().st_size == 3 * MB
        assert (root / "seen").read_bytes() == before
        await jobs.aclose()


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_file_made_sparse_within_the_room_of_the_measure_is_left(
        tmp_path: Path, backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The watch's cut after a measure that found the workspace over: the room the measure before it was taken
    under (big) held until the lower room was sent, and a file made sparse within it then is not cut. The test
    plays the watch's steps itself (measure, send the room, cut): the watch's own loop, measuring and sending
    while the file is made, would make ``last`` not the measure before the send the cut is judged by."""

    async def no_watch(self: SupervisedSandbox) -> None:
        return

    monkeypatch.setattr(SupervisedSandbox, "_quota_watchdog", no_watch)
    async with supervised(tmp_path, backend, LIMITS) as sb:
        root = sb.workspace.root
        assert (await sb.run("true")).exit_code == 0  # measured with the whole room (the quota, near enough)
        last = sb._last_measure
        assert last.limit > 30 * MB
        made = await sb.run("printf data > sp; truncate -s 25M sp; echo ok")
        assert made.output.strip() == "ok", made.output
        # the next measure brings the room down to 15 MB: a cut then sees sp's 25 MB of holes past it
        await sb._fit_file_limit(sb._measure())
        assert sb._file_limit < 20 * MB
        assert await asyncio.to_thread(sb._cut_past, last) == ""  # main: sp cut to its data's end (4 bytes)
        assert (root / "sp").stat().st_size == 25 * MB
        # one made past the room sent since (as by a process with an extra) is cut back to where its data ends
        await asyncio.sleep(0.05)
        with open(root / "late", "wb") as f:
            f.write(b"late")
            f.truncate(18 * MB)
        cut = await asyncio.to_thread(sb._cut_past, last)
        assert "late to " in cut and "sp to" not in cut, cut
        assert (root / "late").stat().st_size <= 64 * 1024 and (root / "late").read_bytes()[:4] == b"late"
        assert (root / "sp").stat().st_size == 25 * MB
