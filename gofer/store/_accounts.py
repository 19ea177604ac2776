"""Users, API keys, sessions and run rows: the records around the run logs."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Select, case, delete, func, insert, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from gofer.events import RunStatus, now
from gofer.ids import new_id
from gofer.store._base import SqlBase
from gofer.store._clock import db_after, db_now
from gofer.store._db import all_rows, one_or_none, scalar
from gofer.store.base import (
    HOLD_SECONDS,
    ApiKeyRecord,
    CapReached,
    NotFoundError,
    QuotaExceeded,
    RunRecord,
    RunUsage,
    SessionActive,
    SessionRecord,
    StepRefused,
    StoreError,
    UsageCap,
    UserRecord,
)
from gofer.store.tables import api_keys, runs, sessions, users

__all__ = ["KEY_PREFIX", "AccountsMixin", "hash_secret", "run_record", "runs_query"]

KEY_PREFIX = "gk_"
RESERVED_USER_NAMES = frozenset({"timeout", "replay", "user", "gofer", "system"})
"""Names a person's account may not take: ``decided_by`` values of decisions no server user made."""
"""Every API key secret starts with this."""

_VISIBLE = len(KEY_PREFIX) + 8


def hash_secret(secret: str) -> str:
    """The sha256 (hex) stored in place of an API key's secret."""
    return hashlib.sha256(secret.encode()).hexdigest()


def _user(row: Row[Any]) -> UserRecord:
    return UserRecord(id=row.id, name=row.name, created_at=row.created_at)


def _key(row: Row[Any]) -> ApiKeyRecord:
    return ApiKeyRecord(id=row.id, user_id=row.user_id, prefix=row.prefix, created_at=row.created_at,
                        revoked_at=row.revoked_at, quotas=dict(row.quotas or {}))


def _session(row: Row[Any]) -> SessionRecord:
    return SessionRecord(id=row.id, user_id=row.user_id, workspace=row.workspace, title=row.title,
                         created_at=row.created_at)


def run_record(row: Row[Any]) -> RunRecord:
    """A runs row as a record."""
    return RunRecord(id=row.id, session_id=row.session_id, user_id=row.user_id, task=row.task, model=row.model,
                     status=RunStatus(row.status), created_at=row.created_at, updated_at=row.updated_at,
                     last_seq=row.last_seq, input_tokens=row.input_tokens, output_tokens=row.output_tokens,
                     cost=row.cost)


class AccountsMixin(SqlBase):
    """Users, keys, sessions and runs for :class:`gofer.store.sql.SqlEventStore`."""

    # Users

    async def create_user(self, name: str) -> UserRecord:
        """A new user; StoreError when the name is taken, or is one the log uses for a decision no person made
        (a confirmation's ``decided_by`` is the deciding user's name, or ``timeout``, ``replay``, ``policy: …``)."""
        folded = name.strip().lower()
        if folded in RESERVED_USER_NAMES or folded.startswith("policy"):
            raise StoreError(f"the user name {name!r} is reserved: the audit log names automatic decisions so")
        record = UserRecord(id=new_id("usr"), name=name, created_at=now())

        def create(conn: Connection) -> None:
            if conn.scalar(select(users.c.id).where(users.c.name == name)) is not None:
                raise StoreError(f"a user named {name!r} already exists")
            conn.execute(insert(users).values(**record.model_dump()))

        try:
            await self._write(create)
        except IntegrityError:
            raise StoreError(f"a user named {name!r} already exists") from None
        return record

    async def get_user(self, user_id: str) -> UserRecord:
        """The user with this id."""
        row = await self._read(one_or_none, select(users).where(users.c.id == user_id))
        if row is None:
            raise NotFoundError(f"no user {user_id}")
        return _user(row)

    async def get_user_by_name(self, name: str) -> UserRecord:
        """The user with this name."""
        row = await self._read(one_or_none, select(users).where(users.c.name == name))
        if row is None:
            raise NotFoundError(f"no user named {name!r}")
        return _user(row)

    async def list_users(self) -> list[UserRecord]:
        """Every user, oldest first."""
        rows = await self._read(all_rows, select(users).order_by(users.c.created_at, users.c.id))
        return [_user(row) for row in rows]

    # API keys

    async def create_api_key(self, user_id: str, quotas: dict[str, float] | None = None, *,
                             max_live: int | None = None) -> tuple[ApiKeyRecord, str]:
        """A new key for the user: its record and the secret (``gk_`` + 43 url-safe characters), shown once.
        With ``max_live``, CapReached when the user already has that many unrevoked keys."""
        secret = KEY_PREFIX + secrets.token_urlsafe(32)
        record = ApiKeyRecord(id=new_id("key"), user_id=user_id, prefix=secret[:_VISIBLE], created_at=now(),
                              quotas=dict(quotas or {}))

        def create(conn: Connection) -> None:
            _lock_user(conn, user_id)
            if max_live is not None:
                live = conn.scalar(select(func.count()).select_from(api_keys)
                                   .where(api_keys.c.user_id == user_id, api_keys.c.revoked_at.is_(None)))
                if (live or 0) >= max_live:
                    raise CapReached("live API keys", max_live)
            conn.execute(insert(api_keys).values(**record.model_dump(), secret_sha256=hash_secret(secret)))

        await self._write(create)
        return record, secret

    async def verify_api_key(self, secret: str) -> tuple[UserRecord, ApiKeyRecord] | None:
        """The user and key when ``secret`` is a live (unrevoked) key, else None."""
        if not secret.startswith(KEY_PREFIX):
            return None
        query = (
            select(api_keys, users.c.name.label("user_name"), users.c.created_at.label("user_created_at"))
            .join(users, users.c.id == api_keys.c.user_id)
            .where(api_keys.c.secret_sha256 == hash_secret(secret), api_keys.c.revoked_at.is_(None))
        )
        row = await self._read(one_or_none, query)
        if row is None:
            return None
        user = UserRecord(id=row.user_id, name=row.user_name, created_at=row.user_created_at)
        return user, _key(row)

    async def revoke_api_key(self, key_id: str, user_id: str | None = None) -> None:
        """Revoke a key (again is harmless); with ``user_id``, NotFoundError unless it is that user's."""
        where = [api_keys.c.id == key_id]
        if user_id is not None:
            where.append(api_keys.c.user_id == user_id)

        def revoke(conn: Connection) -> None:
            if conn.scalar(select(api_keys.c.id).where(*where)) is None:
                raise NotFoundError(f"no API key {key_id}")
            conn.execute(update(api_keys).where(*where, api_keys.c.revoked_at.is_(None)).values(revoked_at=now()))

        await self._write(revoke)

    async def get_api_key(self, key_id: str, user_id: str | None = None) -> ApiKeyRecord:
        """The key (live or revoked); with ``user_id``, NotFoundError unless it is that user's."""
        query = select(api_keys).where(api_keys.c.id == key_id)
        if user_id is not None:
            query = query.where(api_keys.c.user_id == user_id)
        row = await self._read(one_or_none, query)
        if row is None:
            raise NotFoundError(f"no API key {key_id}")
        return _key(row)

    async def list_api_keys(self, user_id: str, limit: int | None = None) -> list[ApiKeyRecord]:
        """The user's keys: live ones first, then revoked ones, newest first within each; at most ``limit``."""
        query = (select(api_keys).where(api_keys.c.user_id == user_id)
                 .order_by(api_keys.c.revoked_at.is_not(None), api_keys.c.created_at.desc(), api_keys.c.id)
                 .limit(limit))
        return [_key(row) for row in await self._read(all_rows, query)]

    # Sessions

    async def create_session(self, workspace: str, user_id: str | None = None, title: str = "",
                             session_id: str | None = None) -> SessionRecord:
        """A new session; StoreError when ``session_id`` is taken, NotFoundError for an unknown user."""
        record = SessionRecord(id=session_id or new_id("ses"), user_id=user_id, workspace=workspace, title=title,
                               created_at=now())

        def create(conn: Connection) -> None:
            if user_id is not None and conn.scalar(select(users.c.id).where(users.c.id == user_id)) is None:
                raise NotFoundError(f"no user {user_id}")
            if conn.scalar(select(sessions.c.id).where(sessions.c.id == record.id)) is not None:
                raise StoreError(f"session {record.id} already exists")
            conn.execute(insert(sessions).values(**record.model_dump()))

        try:
            await self._write(create)
        except IntegrityError:
            raise StoreError(f"session {record.id} already exists") from None
        return record

    async def get_session(self, session_id: str, user_id: str | None = None) -> SessionRecord:
        """The session; with ``user_id``, NotFoundError unless it is that user's."""
        return await self._read(_session_in, session_id, user_id)

    async def list_sessions(self, user_id: str | None = None, limit: int | None = None) -> list[SessionRecord]:
        """Sessions (only the user's with ``user_id``), newest first; at most ``limit`` of them."""
        query = select(sessions).order_by(sessions.c.created_at.desc(), sessions.c.id).limit(limit)
        if user_id is not None:
            query = query.where(sessions.c.user_id == user_id)
        return [_session(row) for row in await self._read(all_rows, query)]

    async def delete_session(self, session_id: str, user_id: str | None = None) -> None:
        """Delete the session with its runs, their events and commands."""
        where = [sessions.c.id == session_id]
        if user_id is not None:
            where.append(sessions.c.user_id == user_id)

        def delete_it(conn: Connection) -> int:
            return conn.execute(delete(sessions).where(*where)).rowcount

        if await self._write(delete_it) == 0:
            raise NotFoundError(f"no session {session_id}")

    # Runs

    async def create_run(self, *, session_id: str, task: str, model: str, user_id: str | None = None,
                         run_id: str | None = None, caps: Sequence[UsageCap] = (),
                         sole: bool = False) -> RunRecord:
        """A new run row (status running, empty log) in the session; its owner defaults to the session's.

        With ``caps``, QuotaExceeded unless the owner's usage is below each (the run keeps them: its runner checks
        them again between model steps, :meth:`run_quotas`); with ``sole``, SessionActive when
        the session has a run that has not ended. Each check and the insert are one write transaction holding
        the owner's and the session's locks (their rows ``FOR NO KEY UPDATE`` on PostgreSQL; SQLite has one writer at a
        time), so two runs created at once cannot both take a quota's last unit or both start in one session."""

        def create(conn: Connection) -> RunRecord:
            session = _session_in(conn, session_id, user_id)
            owner = user_id if user_id is not None else session.user_id
            if caps:
                if owner is None:
                    raise StoreError("a run with quotas needs an owner")
                _lock_user(conn, owner)
                _check_caps(conn, owner, caps)
            if sole:
                _check_sole(conn, session.id)
            return self._insert_run(conn, run_id or new_id("run"), session.id, owner, task, model,
                                    quotas={cap.name: cap.limit for cap in caps})

        return await self._write(create)

    @staticmethod
    def _insert_run(conn: Connection, run_id: str, session_id: str, user_id: str | None, task: str,
                    model: str, quotas: dict[str, float] | None = None) -> RunRecord:
        if conn.scalar(select(runs.c.id).where(runs.c.id == run_id)) is not None:
            raise StoreError(f"run {run_id} already exists")
        stamp = now()
        record = RunRecord(id=run_id, session_id=session_id, user_id=user_id, task=task, model=model,
                           status=RunStatus.RUNNING, created_at=stamp, updated_at=stamp)
        conn.execute(insert(runs).values(**record.model_dump(mode="python"), quotas=quotas or None))
        return record

    async def get_run(self, run_id: str, user_id: str | None = None) -> RunRecord:
        """The run; with ``user_id``, NotFoundError unless it is that user's."""
        query = select(runs).where(runs.c.id == run_id)
        if user_id is not None:
            query = query.where(runs.c.user_id == user_id)
        row = await self._read(one_or_none, query)
        if row is None:
            raise NotFoundError(f"no run {run_id}")
        return run_record(row)

    async def list_runs(self, *, user_id: str | None = None, session_id: str | None = None,
                        status: RunStatus | None = None, limit: int = 100, active: bool = False) -> list[RunRecord]:
        """Runs matching the filters, newest first (``active``: only runs that have not ended)."""
        query = runs_query(user_id=user_id, session_id=session_id, status=status, limit=limit, active=active)
        return [run_record(row) for row in await self._read(all_rows, query)]

    async def run_usage(self, user_id: str, since: datetime) -> RunUsage:
        """How many runs the user created since ``since``, with their tokens and cost, counted in one query
        (the index on user and creation time keeps it to those runs, however many the user ran before)."""
        return await self._read(_usage_in, user_id, since)

    async def run_quotas(self, run_id: str) -> dict[str, float]:
        """The quotas the run was created under (empty for a run created without any)."""
        row = await self._read(one_or_none, select(runs.c.quotas).where(runs.c.id == run_id))
        if row is None:
            raise NotFoundError(f"no run {run_id}")
        return {str(name): float(limit) for name, limit in (row.quotas or {}).items()}

    async def hold_step(self, run_id: str, caps: Sequence[UsageCap], tokens: float, cost: float, *,
                        seconds: float = HOLD_SECONDS) -> StepRefused | None:
        """Hold room for the run's next model call under its owner's tokens and cost quotas, or say which cap the
        call would pass: one write transaction with the owner's row locked counts the owner's usage (with what
        their other runs' calls in flight hold, this run's own hold put down first) and holds the call's
        estimate on the run's row until ``seconds`` from now by the database's clock (:meth:`renew_hold` moves
        that on); the append of a ModelResponded (or of the run's end, pause or wait for a person: no call in
        flight) puts it down."""
        step = {"tokens": float(tokens), "cost": float(cost)}

        def hold(conn: Connection) -> StepRefused | None:
            owner = conn.scalar(select(runs.c.user_id).where(runs.c.id == run_id))
            if owner is None:
                raise NotFoundError(f"no run {run_id} with an owner")
            _lock_user(conn, owner)
            conn.execute(update(runs).where(runs.c.id == run_id).values(held_tokens=0, held_cost=0.0, held_until=None))
            usage: dict[datetime, RunUsage] = {}
            for cap in caps:
                if cap.since not in usage:
                    usage[cap.since] = _usage_in(conn, owner, cap.since)
                used = float(getattr(usage[cap.since], cap.measure))
                if used >= cap.limit or used + step[cap.measure] > cap.limit:
                    return StepRefused(cap=cap, used=used, step=step[cap.measure])
            conn.execute(update(runs).where(runs.c.id == run_id)
                         .values(held_tokens=round(step["tokens"]), held_cost=step["cost"],
                                 held_until=db_after(seconds)))
            return None

        return await self._write(hold)

    async def renew_hold(self, run_id: str, seconds: float = HOLD_SECONDS) -> bool:
        """Make the run's live hold last ``seconds`` from now; False when it holds nothing (or its hold expired,
        which is not taken again without the quota's check)."""

        def renew(conn: Connection) -> bool:
            return conn.execute(update(runs).where(runs.c.id == run_id, runs.c.held_until > db_now())
                                .values(held_until=db_after(seconds))).rowcount == 1

        return bool(await self._write(renew))

    async def purge_revoked_keys(self, revoked_before: datetime) -> int:
        """Delete the API keys revoked before ``revoked_before``; returns how many. Nothing the audit reads names
        a key (a run records its user, a decision its user's name), so a deleted key takes nothing from it."""

        def purge(conn: Connection) -> int:
            return conn.execute(delete(api_keys).where(api_keys.c.revoked_at.is_not(None),
                                                       api_keys.c.revoked_at < revoked_before)).rowcount

        return await self._write(purge)

    async def ping(self) -> None:
        """Return when the database answers a trivial query."""
        await self._read(scalar, select(text("1")))

    async def clock(self) -> datetime:
        """The database's current time (UTC)."""
        stamp: datetime = await self._read(scalar, select(db_now()))
        return stamp


def runs_query(*, user_id: str | None = None, session_id: str | None = None, status: RunStatus | None = None,
               limit: int = 100, active: bool = False) -> Select[Any]:
    """The query :meth:`AccountsMixin.list_runs` runs: a user's runs in one status are read through the index on
    (user_id, status, created_at), newest first, however many runs in other states the user has."""
    query = select(runs).order_by(runs.c.created_at.desc(), runs.c.id).limit(limit)
    if user_id is not None:
        query = query.where(runs.c.user_id == user_id)
    if session_id is not None:
        query = query.where(runs.c.session_id == session_id)
    if status is not None:
        query = query.where(runs.c.status == RunStatus(status).value)
    if active:
        query = query.where(runs.c.status.not_in([s.value for s in RunStatus if s.terminal]))
    return query


def _usage_in(conn: Connection, user_id: str, since: datetime) -> RunUsage:
    # what runs' model calls in flight hold counts as used: room they took cannot be given twice; a hold whose
    # holder stopped renewing it (a process that died mid-step) counts no more once it lapses
    live = runs.c.held_until > db_now()  # 0.51 -> 0.58 ms over a user's 2,000 runs on SQLite
    held_tokens = case((live, runs.c.held_tokens), else_=0)
    held_cost = case((live, runs.c.held_cost), else_=0.0)
    query = (select(func.count().label("runs"),
                    func.coalesce(func.sum(runs.c.input_tokens + runs.c.output_tokens + held_tokens), 0)
                    .label("tokens"),
                    func.coalesce(func.sum(func.coalesce(runs.c.cost, 0.0) + held_cost), 0.0).label("cost"))
             .where(runs.c.user_id == user_id, runs.c.created_at >= since))
    row = conn.execute(query).one()  # an aggregate without GROUP BY always has its one row
    return RunUsage(runs=int(row.runs), tokens=int(row.tokens), cost=float(row.cost))


def _lock_user(conn: Connection, user_id: str) -> None:
    """Hold the user's row until the transaction ends (NotFoundError for an unknown user), so that whatever the
    transaction counts of the user's (keys, runs) stays true until it commits. On PostgreSQL that takes a row lock
    other such transactions of the same user wait on (``FOR NO KEY UPDATE``: unlike ``FOR UPDATE`` it leaves the
    KEY SHARE lock a foreign key check takes, so inserting the user's session or uncapped run meanwhile does not
    wait); SQLite's write transactions already run one at a time."""
    query = select(users.c.id).where(users.c.id == user_id)
    if conn.dialect.name == "postgresql":
        query = query.with_for_update(key_share=True)
    if conn.scalar(query) is None:
        raise NotFoundError(f"no user {user_id}")


def _check_sole(conn: Connection, session_id: str) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(select(sessions.c.id).where(sessions.c.id == session_id).with_for_update(key_share=True))
    active = conn.scalar(select(runs.c.id).where(runs.c.session_id == session_id,
                                                 runs.c.status.not_in([s.value for s in RunStatus if s.terminal]))
                         .limit(1))
    if active is not None:
        raise SessionActive(session_id, active)


def _check_caps(conn: Connection, user_id: str, caps: Sequence[UsageCap]) -> None:
    usage: dict[datetime, RunUsage] = {}
    for cap in caps:
        if cap.since not in usage:
            usage[cap.since] = _usage_in(conn, user_id, cap.since)
        used = float(getattr(usage[cap.since], cap.measure))
        if used >= cap.limit:
            raise QuotaExceeded(cap, used)


def _session_in(conn: Connection, session_id: str, user_id: str | None) -> SessionRecord:
    query = select(sessions).where(sessions.c.id == session_id)
    if user_id is not None:
        query = query.where(sessions.c.user_id == user_id)
    row = conn.execute(query).one_or_none()
    if row is None:
        raise NotFoundError(f"no session {session_id}")
    return _session(row)
