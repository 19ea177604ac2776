"""SqlEventStore: the EventStore on SQLAlchemy 2, SQLite by default, PostgreSQL (asyncpg) at scale.

Open it with :func:`open_store`, which applies the migrations. Each operation is one transaction: a plain
function over a Connection, run by :class:`gofer.store._db.Database`. Appends are optimistic: a compare-and-set on
``runs.last_seq`` plus the ``(run_id, seq)`` primary key make a writer that is behind fail with
:class:`ConcurrencyError` and write nothing. Subscribers and inbox waiters wake at once for changes made through
this store object and poll (``poll_interval``) for changes made by other processes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, bindparam, case, insert, null, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from gofer.events import (
    TERMINAL_TYPES,
    ConfirmationRequested,
    Event,
    ModelResponded,
    Observation,
    RunStarted,
    RunStatus,
    dump_event,
    load_event,
    next_status,
    now,
)
from gofer.store._accounts import AccountsMixin
from gofer.store._base import DEFAULT_POLL_INTERVAL
from gofer.store._clock import db_now, seconds_since
from gofer.store._db import all_rows, one_or_none, scalar
from gofer.store.base import Command, ConcurrencyError, NotFoundError, StoreError
from gofer.store.notify import FeedClosed, Notifier, RunFeeds
from gofer.store.tables import blobs, commands, events, run_blobs, runs, sessions, users

__all__ = ["SqlEventStore", "blob_names", "open_store"]

_PAGE = 500
"""Events a subscriber reads per query."""


# The append's statements, built once: building and caching a statement per call cost more than running it.
_RUN_ROW = select(runs.c.status, runs.c.last_seq, runs.c.cost).where(runs.c.id == bindparam("run_id"))
_MOVE_RUN = (
    update(runs)
    .where(runs.c.id == bindparam("run_id"), runs.c.last_seq == bindparam("was_seq"))
    .values(status=bindparam("new_status"), last_seq=bindparam("new_seq"), updated_at=bindparam("stamp"),
            cost=bindparam("new_cost"), input_tokens=runs.c.input_tokens + bindparam("add_in"),
            output_tokens=runs.c.output_tokens + bindparam("add_out"),
            held_tokens=runs.c.held_tokens * bindparam("hold_kept", type_=Integer),
            held_cost=runs.c.held_cost * bindparam("hold_kept", type_=Integer),
            held_until=case((bindparam("hold_kept", type_=Integer) == 1, runs.c.held_until), else_=null()))
)
_INSERT_EVENTS = insert(events)
_NOT_STEPPING = frozenset({RunStatus.PAUSED, RunStatus.WAITING_FOR_USER})
"""Statuses in which a run has no model step in flight, so holds nothing for one (``hold_step``)."""
_NAME_BLOBS = {"sqlite": sqlite.insert(run_blobs).on_conflict_do_nothing(),
               "postgresql": postgresql.insert(run_blobs).on_conflict_do_nothing()}


class _SeqTaken(Exception):
    """The (run_id, seq) key refused an insert: another writer appended first."""


def _events_channel(run_id: str) -> str:
    return f"events:{run_id}"


def _commands_channel(run_id: str) -> str:
    return f"commands:{run_id}"


class SqlEventStore(AccountsMixin):
    """The EventStore protocol on a SQL database (see the module docstring); use :func:`open_store`."""

    _run_feeds: RunFeeds | None = None

    @property
    def _feeds(self) -> RunFeeds:
        """The run feeds that fan this store's subscriptions out (made on first use)."""
        if self._run_feeds is None:
            self._run_feeds = RunFeeds(self.notifier, self._head, self._read_page, self.poll_interval)
        return self._run_feeds

    async def _head(self, run_id: str) -> int | None:
        return await self._read(scalar, select(runs.c.last_seq).where(runs.c.id == run_id))

    async def _read_page(self, run_id: str, after_seq: int, limit: int) -> list[Event]:
        return await self.read(run_id, after_seq, limit)

    async def close(self) -> None:
        """Wake every subscriber (they raise StoreError), then close as the base does."""
        if self._run_feeds is not None:
            await self._run_feeds.aclose()
        await super().close()

    # The run log

    async def append(self, run_id: str, events_: Sequence[Event], expected_seq: int) -> list[Event]:
        """Append at ``expected_seq`` (the log's length) or raise ConcurrencyError having written nothing.

        A run without a row is created from a first RunStarted at seq 0 (and its session, when missing);
        otherwise appending to an unknown run is NotFoundError.
        """
        batch = list(events_)
        try:
            stamped = await self._write(self._append_in, run_id, batch, expected_seq)
        except _SeqTaken:
            raise ConcurrencyError(run_id, expected_seq, await self._length(run_id)) from None
        if stamped:
            self._feeds.deliver(run_id, stamped)
            await self.notifier.publish(_events_channel(run_id))
        return stamped

    def _append_in(self, conn: Connection, run_id: str, batch: list[Event], expected_seq: int) -> list[Event]:
        row = conn.execute(_RUN_ROW, {"run_id": run_id}).one_or_none()
        if row is None:
            first = batch[0] if batch else None
            if not isinstance(first, RunStarted) or expected_seq != 0:
                raise NotFoundError(f"no run {run_id}")
            try:
                self._create_from_start(conn, run_id, first)
            except IntegrityError as exc:  # a rival created the run (and appended its start) first
                raise _SeqTaken from exc
            row = conn.execute(_RUN_ROW, {"run_id": run_id}).one()
        if row.last_seq + 1 != expected_seq:
            raise ConcurrencyError(run_id, expected_seq, row.last_seq + 1)
        if not batch:
            return []
        stamped = [event if event.run_id == run_id and event.seq == expected_seq + i
                   else event.model_copy(update={"run_id": run_id, "seq": expected_seq + i})
                   for i, event in enumerate(batch)]
        status = RunStatus(row.status)
        tokens_in, tokens_out, cost, called = 0, 0, row.cost, False
        for event in stamped:
            status = next_status(status, event)
            if isinstance(event, ModelResponded):
                tokens_in += event.usage.input_tokens
                tokens_out += event.usage.output_tokens
                called = True
                if event.cost is not None:
                    cost = (cost or 0.0) + event.cost
        # the call a quota hold stood for (a step, or a monitor's review or a condensing call, which hold as a step
        # does) is counted now by what it spent, or none is in flight any more: the run ended, or paused or waits
        # for a person (a runner interrupted mid-call pauses; no step is made while a run waits, and its next step
        # holds afresh): the hold goes
        hold_kept = 0 if called or status.terminal or status in _NOT_STEPPING else 1
        moved = conn.execute(_MOVE_RUN, {
            "run_id": run_id, "was_seq": row.last_seq, "new_status": status.value, "new_seq": stamped[-1].seq,
            "stamp": now(), "new_cost": cost, "add_in": tokens_in, "add_out": tokens_out, "hold_kept": hold_kept,
        })
        if moved.rowcount != 1:
            actual = conn.scalar(select(runs.c.last_seq).where(runs.c.id == run_id))
            raise ConcurrencyError(run_id, expected_seq, (actual if actual is not None else -1) + 1)
        rows = [{"run_id": run_id, "seq": event.seq, "type": event.type, "ts": event.ts,
                 "payload": json.dumps(dump_event(event))} for event in stamped]
        try:
            conn.execute(_INSERT_EVENTS, rows)
        except IntegrityError as exc:  # a rival wrote these seqs between our check and our insert
            raise _SeqTaken from exc
        named = [{"run_id": run_id, "sha256": sha} for sha in dict.fromkeys(
            sha for event in stamped for sha in blob_names(event))]
        if named:
            conn.execute(_NAME_BLOBS[conn.dialect.name], named)
        return stamped

    def _create_from_start(self, conn: Connection, run_id: str, start: RunStarted) -> None:
        if start.user_id is not None and conn.scalar(select(users.c.id).where(users.c.id == start.user_id)) is None:
            raise NotFoundError(f"no user {start.user_id}")
        exists = conn.scalar(select(sessions.c.id).where(sessions.c.id == start.session_id))
        if exists is None:
            conn.execute(insert(sessions).values(id=start.session_id, user_id=start.user_id,
                                                 workspace=start.workspace, title="", created_at=now()))
        self._insert_run(conn, run_id, start.session_id, start.user_id, start.task, start.model)

    async def _length(self, run_id: str) -> int:
        last = await self._head(run_id)
        return (last if last is not None else -1) + 1

    async def read(self, run_id: str, after_seq: int = -1, limit: int | None = None, *,
                   types: Sequence[str] | None = None, mentioning: str | None = None) -> list[Event]:
        """Events with seq greater than ``after_seq``, in order (an unknown run has none); with ``types`` only
        those types, with ``mentioning`` only events whose stored JSON contains the text."""
        return await self._read(_read_in, run_id, after_seq, limit, types, mentioning)

    async def last(self, run_id: str, types: Sequence[str]) -> Event | None:
        """The run's newest event of one of ``types``, or None (an unknown run has none)."""
        return await self._read(_last_in, run_id, types)

    async def subscribe(self, run_id: str, after_seq: int = -1) -> AsyncIterator[Event]:
        """Events after ``after_seq`` as they land; ends after a terminal event (at once if the run ended).

        The backlog comes from the log; then events come from the run's feed (see :class:`RunFeeds`), which
        hands over this process's appends directly; a jump in seq is filled from the log, repeats are dropped.
        """
        feed, follower = self._feeds.follow(run_id, _events_channel(run_id), after_seq)
        try:
            last = after_seq
            while True:  # the backlog, registered first so that nothing appended meanwhile is missed
                status, batch = await self._read(_backlog_in, run_id, last)
                for event in batch:
                    yield event
                    last = follower.after = event.seq
                    if event.type in TERMINAL_TYPES:
                        return
                if not batch:
                    break
            if status.terminal:
                return
            feed.settle(last)
            follower.live = True
            while True:
                item = await follower.queue.get()
                if isinstance(item, FeedClosed):
                    raise StoreError("the store is closed")
                if item.seq <= last:
                    continue
                fill = await self.read(run_id, last, item.seq - last - 1) if item.seq > last + 1 else []
                for event in [*fill, item]:
                    yield event
                    last = follower.after = event.seq
                    if event.type in TERMINAL_TYPES:
                        return
        finally:
            self._feeds.leave(feed, follower)

    # The command inbox

    async def send_command(self, run_id: str, kind: str, payload: dict[str, Any] | None = None) -> Command:
        """Put a command in the run's inbox (NotFoundError for an unknown run)."""
        command_id, created = await self._write(_send_command_in, run_id, kind, dict(payload or {}))
        await self.notifier.publish(_commands_channel(run_id))
        return Command(id=command_id, run_id=run_id, kind=kind, payload=dict(payload or {}), created_at=created)

    async def take_commands(self, run_id: str) -> list[Command]:
        """Mark the run's pending commands taken and return them, oldest first, with their ``age`` by the
        database's clock; no two takers get the same one."""
        query = (update(commands).where(commands.c.run_id == run_id, commands.c.taken.is_(False))
                 .values(taken=True)
                 .returning(commands.c.id, commands.c.kind, commands.c.payload, commands.c.created_at,
                            seconds_since(commands.c.created_at).label("age")))
        # The common case, nothing waiting, costs no write transaction.
        if await self._read(scalar, _pending_command(run_id)) is None:
            return []
        rows = await self._write(all_rows, query)
        return sorted((Command(id=row.id, run_id=run_id, kind=row.kind, payload=dict(row.payload or {}),
                               created_at=row.created_at, age=max(0.0, float(row.age)))
                       for row in rows), key=lambda command: command.id)

    async def queued_commands(self, run_id: str) -> list[Command]:
        """The run's commands not taken yet, oldest first; they stay in the inbox."""
        query = (select(commands.c.id, commands.c.kind, commands.c.payload, commands.c.created_at)
                 .where(commands.c.run_id == run_id, commands.c.taken.is_(False)).order_by(commands.c.id))
        rows = await self._read(all_rows, query)
        return [Command(id=row.id, run_id=run_id, kind=row.kind, payload=dict(row.payload or {}),
                        created_at=row.created_at) for row in rows]

    async def wait_commands(self, run_id: str, timeout: float) -> None:
        """Return as soon as a command is pending for the run, or after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        channel = _commands_channel(run_id)
        while True:
            ticket = self.notifier.ticket(channel)
            pending = await self._read(scalar, _pending_command(run_id))
            remaining = deadline - time.monotonic()
            if pending is not None or remaining <= 0:
                return
            await ticket.wait(min(self.poll_interval, remaining))

    # Blobs

    async def put_blob(self, data: bytes, media_type: str = "application/octet-stream") -> str:
        """Store the bytes once under their sha256 (hex) and return it."""
        digest = hashlib.sha256(data).hexdigest()
        known = select(blobs.c.sha256).where(blobs.c.sha256 == digest)
        if await self._read(scalar, known) is not None:
            return digest
        with contextlib.suppress(IntegrityError):  # stored meanwhile by another writer: same bytes, same hash
            await self._write(_put_blob_in, known, insert(blobs).values(
                sha256=digest, media_type=media_type, size=len(data), data=data, created_at=now()))
        return digest

    async def names_blob(self, run_id: str, sha256: str) -> bool:
        """Whether one of the run's events names the blob (one key lookup in ``run_blobs``)."""
        query = select(run_blobs.c.sha256).where(run_blobs.c.run_id == run_id, run_blobs.c.sha256 == sha256)
        return await self._read(scalar, query) is not None

    async def get_blob(self, sha256: str) -> tuple[bytes, str]:
        """The bytes and media type under this hash (NotFoundError when absent)."""
        row = await self._read(one_or_none, select(blobs.c.data, blobs.c.media_type).where(blobs.c.sha256 == sha256))
        if row is None:
            raise NotFoundError(f"no blob {sha256}")
        return bytes(row.data), row.media_type


def blob_names(event: Event) -> list[str]:
    """The blobs an event names: the images an observation shows, a confirmation's screenshot, a model's raw
    reply (what ``GET /v1/runs/{id}/blobs/{sha}`` serves)."""
    if isinstance(event, Observation):
        return list(event.images)
    if isinstance(event, ConfirmationRequested):
        return [event.screenshot] if event.screenshot else []
    if isinstance(event, ModelResponded):
        return [event.raw_blob] if event.raw_blob else []
    return []


# Transactions and their parts: plain functions over a connection.


def _read_in(conn: Connection, run_id: str, after_seq: int, limit: int | None,
             types: Sequence[str] | None = None, mentioning: str | None = None) -> list[Event]:
    query = (select(events.c.payload).where(events.c.run_id == run_id, events.c.seq > after_seq)
             .order_by(events.c.seq))
    if types is not None:
        query = query.where(events.c.type.in_(list(types)))
    if mentioning is not None:
        query = query.where(events.c.payload.contains(mentioning, autoescape=True))
    if limit is not None:
        query = query.limit(limit)
    return [load_event(payload) for payload in conn.scalars(query).all()]


def _last_in(conn: Connection, run_id: str, types: Sequence[str]) -> Event | None:
    # newest first along the (run_id, seq) primary key: the scan stops at the first row of a wanted type
    payload = conn.scalar(select(events.c.payload).where(events.c.run_id == run_id, events.c.type.in_(list(types)))
                          .order_by(events.c.seq.desc()).limit(1))
    return None if payload is None else load_event(payload)


def _backlog_in(conn: Connection, run_id: str, after_seq: int) -> tuple[RunStatus, list[Event]]:
    """The run's status and its next page of events after ``after_seq``, from one snapshot."""
    head = conn.execute(select(runs.c.status, runs.c.last_seq).where(runs.c.id == run_id)).one_or_none()
    if head is None:
        raise NotFoundError(f"no run {run_id}")
    batch = _read_in(conn, run_id, after_seq, _PAGE) if head.last_seq > after_seq else []
    return RunStatus(head.status), batch


def _pending_command(run_id: str) -> Any:
    return select(commands.c.id).where(commands.c.run_id == run_id, commands.c.taken.is_(False)).limit(1)


def _send_command_in(conn: Connection, run_id: str, kind: str, payload: dict[str, Any]) -> tuple[int, datetime]:
    if conn.scalar(select(runs.c.id).where(runs.c.id == run_id)) is None:
        raise NotFoundError(f"no run {run_id}")
    # Stamped by the database, which also ages it when it is taken: one clock (see gofer.store._clock).
    row = conn.execute(insert(commands).values(run_id=run_id, kind=kind, payload=payload, created_at=db_now(),
                                               taken=False).returning(commands.c.id, commands.c.created_at)).one()
    return int(row.id), row.created_at


def _put_blob_in(conn: Connection, known: Any, write: Any) -> None:
    if conn.scalar(known) is None:
        conn.execute(write)


async def open_store(url: str, *, notifier: Notifier | None = None,
                     poll_interval: float = DEFAULT_POLL_INTERVAL) -> SqlEventStore:
    """A store on ``url`` (``Settings().db_url``) with its migrations applied; close it with ``close()``."""
    store = SqlEventStore(url, notifier=notifier, poll_interval=poll_interval)
    try:
        await store.migrate()
    except BaseException:
        await store.close()
        raise
    return store
