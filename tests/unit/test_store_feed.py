"""The run feed behind ``subscribe``: one store-level subscription per run fanned out to many subscribers, local
appends handed over without database reads, gaps filled from the log, nothing lost or repeated."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import event as sa_event

from gofer.events import Event, RunCancelled, RunStarted, UserMessage
from gofer.store import SqlEventStore, StoreError, open_store


def _start() -> RunStarted:
    return RunStarted(run_id="", task="t", model="m", session_id="ses_f", workspace="/w")


def _note(i: int) -> UserMessage:
    return UserMessage(run_id="", text=str(i))


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlEventStore]:
    s = await open_store(f"sqlite:///{tmp_path / 'feed.db'}", poll_interval=60)  # no polling in time
    yield s
    await s.close()


class Follow:
    """A subscriber gathering seqs, with an event set once it has reached ``seq``."""

    def __init__(self, store: SqlEventStore, run_id: str, after: int = -1) -> None:
        self.seqs: list[int] = []
        self._reached: dict[int, asyncio.Event] = {}
        self.task = asyncio.create_task(self._run(store, run_id, after))

    async def _run(self, store: SqlEventStore, run_id: str, after: int) -> list[int]:
        async for event in store.subscribe(run_id, after):
            self.seqs.append(event.seq)
            for seq, reached in self._reached.items():
                if event.seq >= seq:
                    reached.set()
        return self.seqs

    async def reach(self, seq: int) -> None:
        """Wait until this subscriber has seen ``seq``."""
        if self.seqs and self.seqs[-1] >= seq:
            return
        reached = self._reached.setdefault(seq, asyncio.Event())
        await asyncio.wait_for(reached.wait(), 10)


def _count_event_reads(store: SqlEventStore) -> list[str]:
    seen: list[str] = []

    @sa_event.listens_for(store.db.sync_engine, "before_cursor_execute")
    def _record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "FROM EVENTS" in statement.upper():
            seen.append(statement)

    return seen


async def test_many_subscribers_get_local_appends_without_reading_the_log(store: SqlEventStore) -> None:
    await store.append("run_f", [_start()], 0)
    followers = [Follow(store, "run_f") for _ in range(50)]
    for follower in followers:
        await follower.reach(0)
    feed = store._feeds._feeds["run_f"]
    async with asyncio.timeout(10):  # every follower has read its backlog and now listens to the feed
        while not all(f.live for f in feed.followers):
            await asyncio.sleep(0.01)
    reads = _count_event_reads(store)
    for i in range(1, 101):
        await store.append("run_f", [_note(i)], i)
    await store.append("run_f", [RunCancelled(run_id="", reason="done")], 101)
    results = await asyncio.wait_for(asyncio.gather(*(f.task for f in followers)), 10)
    assert all(seqs == list(range(102)) for seqs in results)
    assert reads == []  # every event came from the feed: no query per subscriber, none per event


async def test_a_gap_is_filled_from_the_log_once_and_late_deliveries_are_dropped(store: SqlEventStore) -> None:
    await store.append("run_g", [_start()], 0)
    follower = Follow(store, "run_g")
    await follower.reach(0)
    feeds = store._feeds
    deliver = feeds.deliver
    held: list[list[Event]] = []
    feeds.deliver = lambda run_id, batch: held.append(batch)  # type: ignore[method-assign]
    await store.append("run_g", [_note(1), _note(2)], 1)  # committed, but its hand-over is "late"
    feeds.deliver = deliver  # type: ignore[method-assign]
    await store.append("run_g", [_note(3)], 3)  # seq 3 after 0: a gap the feed fills from the log
    await follower.reach(3)
    deliver("run_g", held[0])  # the late hand-over of 1 and 2 arrives now and must not repeat them
    await store.append("run_g", [RunCancelled(run_id="")], 4)
    assert await asyncio.wait_for(follower.task, 10) == [0, 1, 2, 3, 4]


async def test_subscribers_joining_mid_run_and_from_the_middle(store: SqlEventStore) -> None:
    await store.append("run_m", [_start(), _note(1), _note(2)], 0)
    early = Follow(store, "run_m")
    await early.reach(2)
    await store.append("run_m", [_note(3)], 3)
    late = Follow(store, "run_m", after=1)
    await late.reach(3)
    await store.append("run_m", [_note(4), RunCancelled(run_id="")], 4)
    assert await asyncio.wait_for(early.task, 10) == [0, 1, 2, 3, 4, 5]
    assert await asyncio.wait_for(late.task, 10) == [2, 3, 4, 5]
    assert await asyncio.wait_for(Follow(store, "run_m", after=4).task, 10) == [5]  # ended: at once


async def test_appends_from_another_store_object_are_polled(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'two.db'}"
    reader = await open_store(url, poll_interval=0.02)
    writer = await open_store(url)  # another process, as far as the reader's feed can tell
    try:
        await writer.append("run_p", [_start()], 0)
        followers = [Follow(reader, "run_p") for _ in range(5)]
        for follower in followers:
            await follower.reach(0)
        for i in range(1, 21):
            await writer.append("run_p", [_note(i)], i)
        await writer.append("run_p", [RunCancelled(run_id="")], 21)
        results = await asyncio.wait_for(asyncio.gather(*(f.task for f in followers)), 10)
        assert all(seqs == list(range(22)) for seqs in results)
    finally:
        await reader.close()
        await writer.close()


async def test_closing_the_store_ends_subscribers_with_an_error(tmp_path: Path) -> None:
    s = await open_store(f"sqlite:///{tmp_path / 'c.db'}", poll_interval=60)
    await s.append("run_c", [_start()], 0)
    follower = Follow(s, "run_c")
    await follower.reach(0)
    await s.close()
    with pytest.raises(StoreError, match="closed"):
        await asyncio.wait_for(follower.task, 10)
