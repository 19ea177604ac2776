"""The EventStore contract, run against a SQLite file here and against PostgreSQL by
tests/integration/test_store_postgres.py (which imports these tests and overrides ``store_url``)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
import typing
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from gofer import events as ev
from gofer.events import Event, RunStatus, dump_event
from gofer.store import (
    CapReached,
    ConcurrencyError,
    NotFoundError,
    QuotaExceeded,
    RunUsage,
    SessionActive,
    SqlEventStore,
    StoreError,
    UsageCap,
    open_store,
)
from gofer.store.migrate import HEAD, current_revision, head_revision
from gofer.store.notify import LocalNotifier, Ticket

# Fixtures (the PostgreSQL module overrides store_url)


@pytest.fixture
def store_url(tmp_path: Path) -> str:
    """A fresh, never-migrated database (a SQLite file in a folder that does not exist yet)."""
    return f"sqlite:///{tmp_path / 'db' / 'gofer.db'}"


@pytest.fixture
async def store(store_url: str) -> AsyncIterator[SqlEventStore]:
    """The store under test, migrated."""
    opened = await open_store(store_url)
    yield opened
    await opened.close()


@pytest.fixture
async def other_store(store: SqlEventStore, store_url: str) -> AsyncIterator[SqlEventStore]:
    """A second store object (its own engine and connections) on the same database."""
    opened = await open_store(store_url)
    yield opened
    await opened.close()


# Helpers


async def new_run(store: SqlEventStore, user_id: str | None = None) -> str:
    """A run with an empty log in a new session."""
    session = await store.create_session("/tmp/ws", user_id=user_id)
    run = await store.create_run(session_id=session.id, task="task", model="scripted:x", user_id=user_id)
    return run.id


def started(run_id: str = "") -> ev.RunStarted:
    """A RunStarted for ``run_id``."""
    return ev.RunStarted(run_id=run_id, task="task", model="scripted:x", session_id="ses_x", workspace="/tmp/ws")


def note(text: str) -> ev.UserMessage:
    """A filler event."""
    return ev.UserMessage(run_id="", text=text)


def one_of_each(run_id: str) -> list[Event]:
    """One event of every type in the union, with non-default fields, awkward text and a non-UTC timestamp."""
    art = ev.Artifact(path="out/ré sumé.md", size=12, mime="text/markdown", sha256="ab" * 32)
    call = ev.ToolCall(id="c1", name="write_file", arguments={"path": "a.txt", "content": "x\n\"y\"\u0000"})
    eastern = datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=timezone(timedelta(hours=-5)))
    items: list[Event] = [
        ev.RunStarted(run_id=run_id, task="résumé ☃", model="m", session_id="ses_x", workspace="/w",
                      user_id=None, tools=["read_file"], budgets={"max_steps": 5.0}, options={"k": [1, None]},
                      ts=eastern),
        ev.PlanUpdated(run_id=run_id, steps=[ev.PlanStep(title="a", status="in_progress")]),
        ev.ModelResponded(run_id=run_id, model="m", text="think", tool_calls=[call],
                          usage=ev.Usage(input_tokens=10, output_tokens=5), cost=0.1, duration_ms=1.5,
                          raw={"nested": {"f": 0.30000000000000004, "big": 2**53 + 1}}, raw_blob="cd" * 32),
        ev.ActionProposed(run_id=run_id, action_id="a1", call_id="c1", tool="write_file",
                          arguments={"path": "a.txt"}, risk=ev.Risk.REVERSIBLE, risk_reasons=["writes"]),
        ev.GuardDecision(run_id=run_id, stage="action", check="risk", verdict="confirm", reason="r",
                         scores={"p": 0.5}, action_id="a1", details={"d": True}),
        ev.ConfirmationRequested(run_id=run_id, action_id="a1", tool="write_file", arguments={"x": 1},
                                 reason="why", screenshot="ef" * 32),
        ev.ConfirmationResolved(run_id=run_id, action_id="a1", approved=True, note="ok", decided_by="alice"),
        ev.ActionStarted(run_id=run_id, action_id="a1", tool="write_file"),
        ev.Observation(run_id=run_id, action_id="a1", call_id="c1", tool="write_file", text="done",
                       error=None, images=["aa" * 32], artifacts=[art], data={"n": 1}, duration_ms=2.0,
                       untrusted=True),
        ev.UserMessage(run_id=run_id, text="also 🐍"),
        ev.QuestionAsked(run_id=run_id, question_id="q1", question="which?", action_id="a2"),
        ev.QuestionAnswered(run_id=run_id, question_id="q1", answer="that"),
        ev.WatchModeChanged(run_id=run_id, active=True, watched=True, domain="bank.example", reason="bank"),
        ev.TakeoverStarted(run_id=run_id, reason="login"),
        ev.TakeoverEnded(run_id=run_id, summary="logged in"),
        ev.RunPaused(run_id=run_id, reason="ctrl-c"),
        ev.PauseRequested(run_id=run_id, reason="let me look", withdrawn=False),
        ev.RunResumed(run_id=run_id, reason="resume"),
        ev.ContextCondensed(run_id=run_id, summary="earlier", up_to_seq=3),
        ev.ComputerReset(run_id=run_id, reason="restart", parts=["kernel"]),
        ev.BudgetExceeded(run_id=run_id, budget="max_steps", limit=5, used=6),
        ev.ModelResponded(run_id=run_id, purpose="condense", model="m",
                          usage=ev.Usage(input_tokens=1, output_tokens=2), cost=None),
        ev.RunFailed(run_id=run_id, error="boom", reason="budget"),
        ev.RunCancelled(run_id=run_id, reason="user"),
        ev.RunFinished(run_id=run_id, answer="42", files=[art], sources=["https://a.example"],
                       usage=ev.Usage(input_tokens=11, output_tokens=7), cost=0.1),
    ]
    return items


def collect(store: SqlEventStore, run_id: str, after_seq: int = -1) -> asyncio.Task[list[Event]]:
    """A task gathering what ``subscribe`` yields until it ends."""

    async def run() -> list[Event]:
        return [event async for event in store.subscribe(run_id, after_seq)]

    return asyncio.create_task(run())


async def run_script(code: str, *args: str) -> str:
    """Run Python code in another OS process; its stdout (fails the test on a non-zero exit)."""
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", textwrap.dedent(code), *args,
                                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    return out.decode()


class _WatchedTicket(Ticket):
    def __init__(self, inner: Ticket, waiting: asyncio.Event) -> None:
        self._inner = inner
        self._waiting = waiting

    async def wait(self, timeout: float) -> bool:
        self._waiting.set()
        return await self._inner.wait(timeout)


class WatchedNotifier(LocalNotifier):
    """A LocalNotifier that lets a test see when a subscriber or inbox waiter has started to wait."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting = asyncio.Event()

    def ticket(self, channel: str) -> Ticket:
        """The channel's ticket, wrapped to set ``waiting`` when waited on."""
        return _WatchedTicket(super().ticket(channel), self.waiting)

    async def next_wait(self) -> None:
        """Return once someone waits (again) on a ticket."""
        await self.waiting.wait()
        self.waiting.clear()


# The log


async def test_every_event_type_round_trips_exactly(store: SqlEventStore) -> None:
    run_id = await new_run(store)
    batch = one_of_each("")
    union_types = {cls.__name__ for cls in typing.get_args(typing.get_args(Event)[0])}
    assert {event.type for event in batch} == union_types
    appended: list[Event] = []
    for event in batch:  # one at a time, so the terminal events are not the end of a batch
        appended += await store.append(run_id, [event], len(appended))
    assert [event.seq for event in appended] == list(range(len(batch)))
    assert all(event.run_id == run_id for event in appended)
    read = await store.read(run_id)
    assert read == appended
    assert [json.dumps(dump_event(e)) for e in read] == [json.dumps(dump_event(e)) for e in appended]
    assert read[0].ts == batch[0].ts and read[0].ts.utcoffset() == timedelta(hours=-5)
    assert await store.read(run_id, after_seq=20) == appended[21:]
    assert await store.read(run_id, after_seq=2, limit=2) == appended[3:5]


async def test_run_row_follows_the_log(store: SqlEventStore) -> None:
    run_id = await new_run(store)
    await store.append(run_id, [started(), ev.ModelResponded(run_id="", model="m", cost=0.25,
                                                             usage=ev.Usage(input_tokens=100, output_tokens=7))], 0)
    await store.append(run_id, [ev.QuestionAsked(run_id="", question_id="q", question="?")], 2)
    run = await store.get_run(run_id)
    assert (run.status, run.last_seq, run.input_tokens, run.output_tokens) == (RunStatus.WAITING_FOR_USER, 2, 100, 7)
    assert run.cost == pytest.approx(0.25)
    await store.append(run_id, [ev.ModelResponded(run_id="", model="m", usage=ev.Usage(input_tokens=1)),
                                ev.ModelResponded(run_id="", model="m", cost=0.5),
                                ev.RunFinished(run_id="", answer="a")], 3)
    run = await store.get_run(run_id)
    assert (run.status, run.last_seq, run.input_tokens, run.output_tokens) == (RunStatus.FINISHED, 5, 101, 7)
    assert run.cost == pytest.approx(0.75)
    assert run.updated_at > run.created_at
    assert [r.id for r in await store.list_runs(status=RunStatus.FINISHED)] == [run_id]
    assert await store.list_runs(status=RunStatus.RUNNING) == []


async def test_a_writer_that_is_behind_or_ahead_is_rejected_and_writes_nothing(store: SqlEventStore) -> None:
    run_id = await new_run(store)
    await store.append(run_id, [started(), note("one")], 0)
    with pytest.raises(ConcurrencyError) as behind:
        await store.append(run_id, [note("late"), note("later")], 1)
    assert (behind.value.expected, behind.value.actual) == (1, 2)
    with pytest.raises(ConcurrencyError):
        await store.append(run_id, [note("ahead")], 5)
    assert [e.seq for e in await store.read(run_id)] == [0, 1]
    assert (await store.get_run(run_id)).last_seq == 1
    assert await store.append(run_id, [], 2) == []


async def test_two_appenders_at_the_same_seq_one_wins(store: SqlEventStore, other_store: SqlEventStore) -> None:
    run_id = "run_race"  # the first round also races to create the run from its RunStarted
    for seq in range(6):
        mine, theirs = (started(), started()) if seq == 0 else (note(f"a{seq}"), note(f"b{seq}"))
        results = await asyncio.gather(store.append(run_id, [mine], seq), other_store.append(run_id, [theirs], seq),
                                       return_exceptions=True)
        winners = [r for r in results if isinstance(r, list)]
        losers = [r for r in results if isinstance(r, BaseException)]
        assert len(winners) == 1 and len(losers) == 1
        assert isinstance(losers[0], ConcurrencyError)
    log = await store.read(run_id)
    assert [e.seq for e in log] == list(range(6))
    assert (await store.get_run(run_id)).last_seq == 5


async def test_the_primary_key_stops_a_writer_that_raced_past_the_check(store: SqlEventStore) -> None:
    from sqlalchemy import insert

    from gofer.store.tables import events

    run_id = await new_run(store)
    await store.append(run_id, [started()], 0)
    rival = insert(events).values(run_id=run_id, seq=1, type="UserMessage", ts=datetime.now(UTC),
                                  payload=json.dumps(dump_event(note("rival").model_copy(update={"seq": 1}))))
    await store.db.write(lambda conn: conn.execute(rival))  # a rival wrote seq 1 but has not moved last_seq yet
    with pytest.raises(ConcurrencyError):
        await store.append(run_id, [note("mine")], 1)
    run = await store.get_run(run_id)
    assert run.last_seq == 0 and run.status == RunStatus.RUNNING


async def test_appending_to_an_unknown_run(store: SqlEventStore) -> None:
    with pytest.raises(NotFoundError):
        await store.append("run_nope", [note("x")], 0)
    with pytest.raises(NotFoundError):
        await store.append("run_nope", [started().model_copy(update={"user_id": "usr_nope"})], 0)
    appended = await store.append("run_fresh", [started()], 0)
    assert appended[0].run_id == "run_fresh"
    run = await store.get_run("run_fresh")
    assert (run.session_id, run.task, run.last_seq) == ("ses_x", "task", 0)
    assert (await store.get_session("ses_x")).workspace == "/tmp/ws"
    assert await store.read("run_unknown") == []


async def test_last_is_the_newest_event_of_the_types(store: SqlEventStore) -> None:
    """``last`` answers the newest event of some types (a takeover's state, a run's answer) without reading the
    ones before it."""
    run_id = await new_run(store)
    await store.append(run_id, [started(), ev.TakeoverStarted(run_id=""), note("a"), ev.TakeoverEnded(run_id=""),
                                ev.TakeoverStarted(run_id="", reason="again"), note("b")], 0)
    newest = await store.last(run_id, ("TakeoverStarted", "TakeoverEnded"))
    assert isinstance(newest, ev.TakeoverStarted) and (newest.seq, newest.reason) == (4, "again")
    assert await store.last(run_id, ("TakeoverEnded",)) == (await store.read(run_id, types=("TakeoverEnded",)))[-1]
    assert await store.last(run_id, ("RunFinished",)) is None
    assert await store.last("run_unknown", ("UserMessage",)) is None


# Subscriptions


async def test_subscribe_from_the_middle_of_an_ended_run(store: SqlEventStore) -> None:
    run_id = await new_run(store)
    await store.append(run_id, [started(), note("a"), note("b"), ev.RunFinished(run_id="", answer="x")], 0)
    assert [e.seq for e in await collect(store, run_id, after_seq=1)] == [2, 3]
    assert await collect(store, run_id, after_seq=3) == []
    with pytest.raises(NotFoundError):
        await collect(store, "run_nope")


async def test_subscribe_sees_appends_in_this_process_at_once(store_url: str) -> None:
    notifier = WatchedNotifier()
    store = await open_store(store_url, notifier=notifier, poll_interval=60)  # only a wake-up ends this in time
    try:
        run_id = await new_run(store)
        await store.append(run_id, [started()], 0)
        task = collect(store, run_id)
        await asyncio.wait_for(notifier.next_wait(), 10)
        await store.append(run_id, [note("a")], 1)
        await asyncio.wait_for(notifier.next_wait(), 10)
        await store.append(run_id, [note("b"), ev.RunCancelled(run_id="", reason="stop")], 2)
        got = await asyncio.wait_for(task, 10)
        assert [(e.seq, e.type) for e in got] == [(0, "RunStarted"), (1, "UserMessage"), (2, "UserMessage"),
                                                 (3, "RunCancelled")]
    finally:
        await store.close()


async def test_subscribe_and_inbox_see_another_process(store: SqlEventStore, store_url: str) -> None:
    run_id = await new_run(store)
    await store.append(run_id, [started()], 0)
    events_task = collect(store, run_id, after_seq=0)
    waiter = asyncio.create_task(store.wait_commands(run_id, timeout=60))
    await run_script("""
        import asyncio, sys
        from gofer.events import RunFailed, UserMessage
        from gofer.store import open_store

        async def main() -> None:
            store = await open_store(sys.argv[1])
            await store.send_command(sys.argv[2], "message", {"text": "from afar"})
            await store.append(sys.argv[2], [UserMessage(run_id="", text="hi")], 1)
            await store.append(sys.argv[2], [RunFailed(run_id="", error="over")], 2)
            await store.close()

        asyncio.run(main())
    """, store_url, run_id)
    got = await asyncio.wait_for(events_task, 10)
    assert [(e.seq, e.type) for e in got] == [(1, "UserMessage"), (2, "RunFailed")]
    await asyncio.wait_for(waiter, 10)
    taken = await store.take_commands(run_id)
    assert [(c.kind, c.payload) for c in taken] == [("message", {"text": "from afar"})]
    assert (await store.get_run(run_id)).status == RunStatus.FAILED


# The command inbox


async def test_commands_are_taken_once_in_order(store: SqlEventStore, other_store: SqlEventStore) -> None:
    run_id = await new_run(store)
    sent = [await store.send_command(run_id, "message", {"text": str(i)}) for i in range(6)]
    assert await store.queued_commands(run_id) == sent  # a look leaves them in the inbox
    taken = await store.take_commands(run_id)
    assert [c.model_copy(update={"age": None}) for c in taken] == sent  # taken, each has an age
    assert all(c.age is not None and 0 <= c.age < 60 for c in taken)
    assert await store.take_commands(run_id) == []
    assert await store.queued_commands(run_id) == []
    for i in range(10):
        await store.send_command(run_id, "confirm", {"n": i})
    first, second = await asyncio.gather(store.take_commands(run_id), other_store.take_commands(run_id))
    ids = [c.id for c in first] + [c.id for c in second]
    assert len(ids) == len(set(ids)) == 10
    assert [c.id for c in first] == sorted(c.id for c in first)
    with pytest.raises(NotFoundError):
        await store.send_command("run_nope", "cancel")


async def test_wait_commands_wakes_on_a_command_or_times_out(store_url: str) -> None:
    notifier = WatchedNotifier()
    store = await open_store(store_url, notifier=notifier, poll_interval=60)
    try:
        run_id = await new_run(store)
        loop = asyncio.get_running_loop()
        began = loop.time()
        await store.wait_commands(run_id, timeout=0.2)
        assert loop.time() - began >= 0.2
        notifier.waiting.clear()
        waiter = asyncio.create_task(store.wait_commands(run_id, timeout=60))
        await asyncio.wait_for(notifier.next_wait(), 10)
        await store.send_command(run_id, "cancel")
        await asyncio.wait_for(waiter, 10)
        began = loop.time()
        await store.wait_commands(run_id, timeout=60)  # one is pending: returns at once
        assert loop.time() - began < 5
    finally:
        await store.close()


# Users, keys, sessions, ownership


async def test_users(store: SqlEventStore) -> None:
    alice = await store.create_user("alice")
    assert await store.get_user(alice.id) == alice
    assert await store.get_user_by_name("alice") == alice
    with pytest.raises(StoreError, match="already exists") as taken:
        await store.create_user("alice")
    assert not isinstance(taken.value, NotFoundError)
    for reserved in ("timeout", "Replay", "policy: --on-confirm approve"):  # the log's automatic deciders
        with pytest.raises(StoreError, match="reserved"):
            await store.create_user(reserved)
    with pytest.raises(NotFoundError):
        await store.get_user_by_name("bob")
    with pytest.raises(NotFoundError):
        await store.get_user("usr_nope")
    bob = await store.create_user("bob")
    assert [u.name for u in await store.list_users()] == ["alice", "bob"]
    assert bob.created_at.tzinfo is not None


async def test_api_keys_verify_and_revoke(store: SqlEventStore) -> None:
    from sqlalchemy import select

    from gofer.store.tables import api_keys

    alice = await store.create_user("alice")
    key, secret = await store.create_api_key(alice.id, quotas={"runs_per_day": 10})
    assert secret.startswith("gk_") and len(secret) >= 35 and secret.startswith(key.prefix)
    assert len(key.prefix) < len(secret) // 2
    assert await store.verify_api_key(secret) == (alice, key)
    assert await store.verify_api_key(secret + "x") is None
    assert await store.verify_api_key("not-a-key") is None
    rows = await store.db.read(lambda conn: conn.execute(select(api_keys)).all())
    stored = [str(v) for row in rows for v in row]
    assert not any(secret in value for value in stored)
    other, other_secret = await store.create_api_key(alice.id)
    await store.revoke_api_key(key.id)
    await store.revoke_api_key(key.id)
    assert await store.verify_api_key(secret) is None
    assert await store.verify_api_key(other_secret) is not None
    listed = await store.list_api_keys(alice.id)
    assert [k.id for k in listed] == [other.id, key.id]  # live keys first
    assert listed[1].revoked_at is not None and listed[1].quotas == {"runs_per_day": 10}
    assert [k.id for k in await store.list_api_keys(alice.id, limit=1)] == [other.id]
    assert await store.get_api_key(key.id, alice.id) == listed[1]
    with pytest.raises(NotFoundError):
        await store.revoke_api_key("key_nope")
    with pytest.raises(NotFoundError):
        await store.create_api_key("usr_nope")


async def test_ownership_is_filtered(store: SqlEventStore) -> None:
    alice, bob = await store.create_user("alice"), await store.create_user("bob")
    run_id = await new_run(store, user_id=alice.id)
    run = await store.get_run(run_id, user_id=alice.id)
    assert run.user_id == alice.id
    with pytest.raises(NotFoundError):
        await store.get_run(run_id, user_id=bob.id)
    with pytest.raises(NotFoundError):
        await store.get_session(run.session_id, user_id=bob.id)
    with pytest.raises(NotFoundError):
        await store.create_run(session_id=run.session_id, task="t", model="m", user_id=bob.id)
    with pytest.raises(NotFoundError):
        await store.delete_session(run.session_id, user_id=bob.id)
    key, _ = await store.create_api_key(alice.id)
    with pytest.raises(NotFoundError):
        await store.revoke_api_key(key.id, user_id=bob.id)
    assert await store.list_runs(user_id=bob.id) == []
    assert await store.list_sessions(user_id=bob.id) == []
    assert [r.id for r in await store.list_runs(user_id=alice.id)] == [run_id]
    assert [s.id for s in await store.list_sessions(user_id=alice.id)] == [run.session_id]
    assert [r.id for r in await store.list_runs(session_id=run.session_id)] == [run_id]
    with pytest.raises(NotFoundError):
        await store.create_session("/w", user_id="usr_nope")


async def test_deleting_a_session_deletes_its_runs_and_events(store: SqlEventStore) -> None:
    run_id = await new_run(store)
    keep = await new_run(store)
    session_id = (await store.get_run(run_id)).session_id
    await store.append(run_id, [started(), note("x")], 0)
    await store.send_command(run_id, "cancel")
    await store.append(keep, [started()], 0)
    await store.delete_session(session_id)
    with pytest.raises(NotFoundError):
        await store.get_run(run_id)
    with pytest.raises(NotFoundError):
        await store.get_session(session_id)
    assert await store.read(run_id) == []
    assert await store.take_commands(run_id) == []
    assert len(await store.read(keep)) == 1
    with pytest.raises(StoreError, match="already exists"):
        await store.create_session("/w", session_id=(await store.get_run(keep)).session_id)


async def test_run_usage_is_counted_by_the_store(store: SqlEventStore) -> None:
    """Quotas count a user's runs since a time with one query (before: the server listed up to 100,000 runs)."""
    from sqlalchemy import update

    from gofer.store.tables import runs

    alice, bob = await store.create_user("alice"), await store.create_user("bob")
    early = datetime.now(UTC) - timedelta(days=40)
    ids = [await new_run(store, user_id=alice.id) for _ in range(3)]
    await new_run(store, user_id=bob.id)
    await store.append(ids[0], [started(ids[0]), ev.ModelResponded(run_id="", model="m", cost=0.25,
                                                                   usage=ev.Usage(input_tokens=7, output_tokens=3))], 0)
    await store.append(ids[1], [started(ids[1]), ev.ModelResponded(run_id="", model="m", cost=None,
                                                                   usage=ev.Usage(input_tokens=100))], 0)
    await store._write(lambda conn: conn.execute(update(runs).where(runs.c.id == ids[1]).values(created_at=early)))
    since = datetime.now(UTC) - timedelta(days=1)
    assert await store.run_usage(alice.id, since) == RunUsage(runs=2, tokens=10, cost=0.25)
    assert await store.run_usage(alice.id, early) == RunUsage(runs=3, tokens=110, cost=0.25)
    assert await store.run_usage(bob.id, since) == RunUsage(runs=1, tokens=0, cost=0.0)
    assert await store.run_usage("usr_nobody", since) == RunUsage()


async def test_caps_hold_under_simultaneous_writers(store: SqlEventStore, other_store: SqlEventStore) -> None:
    """Live keys and quota-capped runs are counted in the transaction that adds one, with the user's row locked:
    writers racing from two store objects (two connection pools) never pass a cap together."""
    alice, bob = await store.create_user("alice"), await store.create_user("bob")
    made = await asyncio.gather(*(s.create_api_key(alice.id, max_live=3) for s in [store, other_store] * 5),
                                return_exceptions=True)
    assert sum(isinstance(m, tuple) for m in made) == 3
    refused = [m for m in made if not isinstance(m, tuple)]
    assert all(isinstance(m, CapReached) and m.limit == 3 for m in refused) and "at most 3" in str(refused[0])
    assert len(await store.list_api_keys(alice.id)) == 3
    await store.create_api_key(bob.id, max_live=3)  # per user
    with pytest.raises(NotFoundError):
        await store.create_api_key("usr_nope", max_live=3)
    with pytest.raises(NotFoundError):
        await store.get_api_key(made[0][0].id if isinstance(made[0], tuple) else "key_x", bob.id)

    session = await store.create_session("/w", user_id=alice.id)
    since = datetime.now(UTC) - timedelta(hours=1)
    cap = UsageCap(name="runs_per_day", measure="runs", since=since, limit=2)
    runs_made = await asyncio.gather(
        *(s.create_run(session_id=session.id, task="t", model="m", caps=[cap]) for s in [store, other_store] * 5),
        return_exceptions=True)
    assert sum(not isinstance(r, BaseException) for r in runs_made) == 2, runs_made
    over = next(r for r in runs_made if isinstance(r, QuotaExceeded))
    assert over.cap == cap and over.used == 2
    assert (await store.run_usage(alice.id, since)).runs == 2
    busy = await store.create_session("/w", user_id=alice.id)
    sole = await asyncio.gather(
        *(s.create_run(session_id=busy.id, task="t", model="m", sole=True) for s in [store, other_store] * 4),
        return_exceptions=True)
    assert sum(not isinstance(r, BaseException) for r in sole) == 1, sole
    assert all(isinstance(r, SessionActive) for r in sole if isinstance(r, BaseException))
    tokens = UsageCap(name="tokens_per_month", measure="tokens", since=since, limit=1_000)
    assert (await store.create_run(session_id=session.id, task="t", model="m", caps=[tokens])).user_id == alice.id
    await store.ping()


async def test_step_holds_are_counted_under_simultaneous_writers(store: SqlEventStore,
                                                                  other_store: SqlEventStore) -> None:
    """A model step's quota hold is taken in one transaction with the user's row locked, counting what the user's
    other runs hold: ten runs asking at once from two store objects for 400 of a 1,000-token quota get two holds.
    The step's ModelResponded puts its hold down (its usage counts instead), and so does the run's end."""
    alice = await store.create_user("alice")
    since = datetime.now(UTC) - timedelta(hours=1)
    cap = UsageCap(name="tokens_per_month", measure="tokens", since=since, limit=1_000)
    run_ids = [await new_run(store, alice.id) for _ in range(10)]
    for run_id in run_ids:
        await store.append(run_id, [started(run_id)], 0)
    asked = await asyncio.gather(*(s.hold_step(r, [cap], 400, 0.0)
                                   for s, r in zip([store, other_store] * 5, run_ids, strict=True)))
    held = [r for r, refused in zip(run_ids, asked, strict=True) if refused is None]
    assert len(held) == 2, asked
    refusal = next(r for r in asked if r is not None)
    assert refusal.cap == cap and refusal.used == 800 and refusal.step == 400
    assert (await store.run_usage(alice.id, since)).tokens == 800
    spent = ev.ModelResponded(run_id=held[0], model="m", usage=ev.Usage(input_tokens=250, output_tokens=50))
    await store.append(held[0], [spent], 1)
    assert (await store.run_usage(alice.id, since)).tokens == 700  # 300 spent, 400 still held by the other
    assert await store.hold_step(held[0], [cap], 400, 0.0) is not None  # 300 + 400 + its own new 400 > 1,000
    await store.append(held[1], [ev.RunCancelled(run_id=held[1], reason="user")], 1)
    assert (await store.run_usage(alice.id, since)).tokens == 300
    cost = UsageCap(name="cost_per_month", measure="cost", since=since, limit=1.0)
    assert await store.hold_step(run_ids[2], [cost], 0, 0.75) is None
    assert (await store.hold_step(run_ids[3], [cost], 0, 0.5)).used == 0.75  # type: ignore[union-attr]
    with pytest.raises(NotFoundError):
        await store.hold_step("run_nope", [cap], 1, 0.0)


async def test_a_step_hold_lasts_while_renewed_and_lapses_after(store: SqlEventStore) -> None:
    """A hold lasts ``seconds`` by the database's clock from when it was taken or last renewed: renewed, it is
    still counted past its first life; left alone, it counts for nothing once it lapses, and a lapsed hold is not
    renewed (it was not checked against the quota again)."""
    alice = await store.create_user("alice")
    since = datetime.now(UTC) - timedelta(hours=1)
    cap = UsageCap(name="cost_per_month", measure="cost", since=since, limit=1.0)
    run_id = await new_run(store, alice.id)
    await store.append(run_id, [started(run_id)], 0)
    assert await store.hold_step(run_id, [cap], 500, 0.75, seconds=0.8) is None
    for _ in range(3):
        await asyncio.sleep(0.4)
        assert await store.renew_hold(run_id, 0.8)
        assert (await store.run_usage(alice.id, since)).cost == 0.75  # 1.2 s after it was taken
    await asyncio.sleep(1.0)
    assert (await store.run_usage(alice.id, since)).tokens == 0
    assert not await store.renew_hold(run_id, 0.8)
    assert await store.hold_step(run_id, [cap], 0, 0.9) is None  # the room is the user's again


async def test_the_blobs_a_run_names_are_recorded_as_it_appends(store: SqlEventStore) -> None:
    """An event naming a blob (an observation's images, a confirmation's screenshot, a model's raw reply) records
    the name in ``run_blobs`` in its append's transaction; another run's names are not this run's."""
    run_id, other = await new_run(store), await new_run(store)
    await store.append(run_id, one_of_each(run_id), 0)
    for sha in ("aa" * 32, "cd" * 32, "ef" * 32):
        assert await store.names_blob(run_id, sha)
        assert not await store.names_blob(other, sha)
    assert not await store.names_blob(run_id, "ab" * 32)  # an artifact's hash is the file's, not a blob


async def test_migration_0004_records_the_blobs_of_events_stored_before_it(store_url: str) -> None:
    """A database at 0003 with runs and events in place: upgrading fills ``run_blobs`` from the stored events
    (the blob route reads only that table) and gives every run an empty quota hold."""
    from alembic import command
    from sqlalchemy import insert, select

    from gofer.store.migrate import _config
    from gofer.store.tables import events, runs, sessions

    early = SqlEventStore(store_url)
    try:
        await early.db.write(lambda conn: command.upgrade(_config(conn), "0003"))
        stamp = datetime.now(UTC)
        logs = {"run_a": one_of_each("run_a"), "run_b": [started("run_b"), ev.Observation(
            run_id="run_b", action_id="a", call_id="c", tool="browser", images=["bb" * 32, "aa" * 32])]}

        def fill(conn: typing.Any) -> None:
            conn.execute(insert(sessions).values(id="ses_x", user_id=None, workspace="/w", title="", created_at=stamp))
            for run_id, log in logs.items():
                conn.execute(insert(runs).values(id=run_id, session_id="ses_x", user_id=None, task="t", model="m",
                                                 status="running", last_seq=len(log) - 1, input_tokens=0,
                                                 output_tokens=0, cost=None, created_at=stamp, updated_at=stamp))
                conn.execute(insert(events), [{"run_id": run_id, "seq": seq, "type": e.type, "ts": stamp,
                                               "payload": json.dumps(dump_event(e))} for seq, e in enumerate(log)])

        await early.db.write(fill)
    finally:
        await early.close()
    store = await open_store(store_url)
    try:
        assert await current_revision(store.db) == head_revision() == HEAD == "0005"
        for run_id, sha in [("run_a", "aa"), ("run_a", "cd"), ("run_a", "ef"), ("run_b", "bb"), ("run_b", "aa")]:
            assert await store.names_blob(run_id, sha * 32), (run_id, sha)
        assert not await store.names_blob("run_b", "cd" * 32)
        holds = await store.db.read(lambda conn: conn.execute(select(runs.c.held_tokens, runs.c.held_cost)).all())
        assert [tuple(h) for h in holds] == [(0, 0.0), (0, 0.0)]
        assert len(await store.read("run_a")) == len(logs["run_a"])
    finally:
        await store.close()


async def test_reads_and_listings_filtered_by_the_store(store: SqlEventStore) -> None:
    alice = await store.create_user("alice")
    run_id = await new_run(store, user_id=alice.id)
    logged = await store.append(run_id, [*one_of_each(run_id)[:-3], note("100% _done_")], 0)
    trail = await store.read(run_id, types=("GuardDecision", "ConfirmationResolved"))
    assert [e.type for e in trail] == ["GuardDecision", "ConfirmationResolved"]
    assert [e.seq for e in await store.read(run_id, 4, types=("GuardDecision", "ConfirmationResolved"))] == [6]
    assert await store.read(run_id, types=()) == []
    assert [e.type for e in await store.read(run_id, mentioning="ef" * 32)] == ["ConfirmationRequested"]
    assert [e.seq for e in await store.read(run_id, mentioning="% _done_")] == [logged[-1].seq]
    assert await store.read(run_id, mentioning="%_d") == []  # LIKE's wildcards are plain text here
    # Runs that have not ended; sessions a page at a time.
    await store.append(run_id, [ev.RunFinished(run_id=run_id, answer="x")], logged[-1].seq + 1)
    other = await new_run(store, user_id=alice.id)
    assert [r.id for r in await store.list_runs(user_id=alice.id, active=True)] == [other]
    assert len(await store.list_sessions(user_id=alice.id)) == 2
    assert len(await store.list_sessions(user_id=alice.id, limit=1)) == 1


async def test_blobs_are_stored_once(store: SqlEventStore) -> None:
    data = b"\x89PNG\r\n\x00" * 1000
    digest = await store.put_blob(data, "image/png")
    assert await store.put_blob(data, "image/png") == digest
    assert await store.get_blob(digest) == (data, "image/png")
    with pytest.raises(NotFoundError):
        await store.get_blob("0" * 64)


# Migrations


async def test_migrations_are_applied_once(store_url: str) -> None:
    first = await open_store(store_url)
    try:
        assert await current_revision(first.db) == head_revision()
        assert await first.migrate() is False
        run_id = await new_run(first)
        await first.append(run_id, [started()], 0)
    finally:
        await first.close()
    again = await open_store(store_url)
    try:
        assert len(await again.read(run_id)) == 1
    finally:
        await again.close()


async def test_the_tables_match_the_migrations(store: SqlEventStore) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from gofer.store.tables import metadata

    def diff(connection: typing.Any) -> list[typing.Any]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))

    assert await store.db.read(diff) == []


async def test_two_processes_opening_a_new_database_at_once(store_url: str) -> None:
    code = """
        import asyncio, sys
        from gofer.store import open_store

        async def main() -> None:
            store = await open_store(sys.argv[1])
            await store.create_session("/w")
            print(len(await store.list_sessions()) >= 1)
            await store.close()

        asyncio.run(main())
    """
    outputs = await asyncio.gather(run_script(code, store_url), run_script(code, store_url))
    assert [out.strip() for out in outputs] == ["True", "True"]
    store = await open_store(store_url)
    try:
        assert len(await store.list_sessions()) == 2
        assert await current_revision(store.db) == head_revision()
    finally:
        await store.close()


# Quotas kept with a run, runs by status, revoked keys purged (server26)


async def test_a_run_keeps_the_quotas_it_was_created_under(store: SqlEventStore) -> None:
    """The runner checks them again between model steps (before: only the creation looked at them)."""
    alice = await store.create_user("alice")
    session = await store.create_session("/w", user_id=alice.id)
    since = datetime.now(UTC) - timedelta(hours=1)
    caps = [UsageCap(name="tokens_per_month", measure="tokens", since=since, limit=5_000),
            UsageCap(name="cost_per_month", measure="cost", since=since, limit=2.5)]
    capped = await store.create_run(session_id=session.id, task="t", model="m", caps=caps)
    assert await store.run_quotas(capped.id) == {"tokens_per_month": 5_000.0, "cost_per_month": 2.5}
    assert await store.run_quotas(await new_run(store, user_id=alice.id)) == {}
    with pytest.raises(NotFoundError):
        await store.run_quotas("run_nope")


async def test_runs_in_one_status_are_read_through_their_index(store: SqlEventStore) -> None:
    """Before: ``list_runs(user_id=, status=)`` used the (user_id, created_at) index and read every run the user
    had in any state to find the few in one. Now migration 0003's (user_id, status, created_at) index serves it."""
    from sqlalchemy import insert
    from sqlalchemy.engine import Connection

    from gofer.store._accounts import runs_query
    from gofer.store.tables import runs

    alice, bob = await store.create_user("alice"), await store.create_user("bob")
    session = await store.create_session("/w", user_id=alice.id)
    stamp = datetime.now(UTC)
    # Alice has thousands of ended runs and a few running; others have thousands running: neither the user's
    # index nor the status one narrows the read to the few rows wanted.
    rows = [{"id": f"run_{i:05d}", "session_id": session.id, "user_id": alice.id if i % 2 else bob.id,
             "task": "t", "model": "m", "status": "finished" if i % 2 and i % 500 != 1 else "running", "last_seq": -1,
             "input_tokens": 0, "output_tokens": 0, "cost": None, "created_at": stamp - timedelta(seconds=i),
             "updated_at": stamp} for i in range(4_000)]
    query = runs_query(user_id=alice.id, status=RunStatus.RUNNING, limit=50)

    def plan(conn: Connection) -> str:
        conn.execute(insert(runs), rows)
        conn.exec_driver_sql("ANALYZE")
        sql = str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
        prefix = "EXPLAIN QUERY PLAN " if conn.dialect.name == "sqlite" else "EXPLAIN "
        return "\n".join(str(row[-1]) for row in conn.exec_driver_sql(prefix + sql).all())

    explained = await store.db.write(plan)
    assert "ix_runs_user_id_status_created_at" in explained, explained
    listed = await store.list_runs(user_id=alice.id, status=RunStatus.RUNNING)
    assert [r.id for r in listed] == [f"run_{i:05d}" for i in range(4_000) if i % 500 == 1]


async def test_revoked_keys_are_purged_after_their_retention(store: SqlEventStore) -> None:
    """Before: a revoked key's row stayed forever. Now keys revoked before a time are deleted; live keys and
    keys revoked since stay, and nothing else (users, runs, their logs) goes with them."""
    from sqlalchemy import update

    from gofer.store.tables import api_keys

    alice = await store.create_user("alice")
    (old, old_secret), (recent, _), (live, live_secret) = [await store.create_api_key(alice.id) for _ in range(3)]
    await store.revoke_api_key(old.id)
    await store.revoke_api_key(recent.id)
    long_ago = datetime.now(UTC) - timedelta(days=100)
    await store._write(lambda conn: conn.execute(update(api_keys).where(api_keys.c.id == old.id)
                                                 .values(revoked_at=long_ago)))
    run_id = await new_run(store, user_id=alice.id)
    await store.append(run_id, [started(run_id)], 0)
    assert await store.purge_revoked_keys(datetime.now(UTC) - timedelta(days=90)) == 1
    assert [k.id for k in await store.list_api_keys(alice.id)] == [live.id, recent.id]
    with pytest.raises(NotFoundError):
        await store.get_api_key(old.id)
    assert await store.verify_api_key(old_secret) is None
    assert await store.verify_api_key(live_secret) is not None
    assert len(await store.read(run_id)) == 1 and (await store.get_run(run_id)).user_id == alice.id
    assert await store.purge_revoked_keys(datetime.now(UTC) - timedelta(days=90)) == 0
