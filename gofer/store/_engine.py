"""Engines for the store: URL normalisation, SQLite pragmas, and write transactions that lock up front.

SQLite gets WAL (readers never block the writer), a busy timeout (several processes share one file), foreign
keys, and explicit transactions: reads begin with a plain ``BEGIN`` (a consistent snapshot), writes with
``BEGIN IMMEDIATE`` so a writer takes the lock before reading what it will change and never fails half-way with
a stale snapshot. PostgreSQL needs none of this: the same code relies on its row locks and unique keys.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import URL, create_engine, event, make_url
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import StaticPool

__all__ = [
    "BUSY_TIMEOUT_MS",
    "WRITE_OPTION",
    "is_memory_sqlite",
    "is_sqlite",
    "make_async_engine",
    "make_sync_engine",
    "normalize_url",
]

BUSY_TIMEOUT_MS = 30_000
"""How long a SQLite connection waits for another process's lock before giving up."""

WRITE_OPTION = "gofer_write"
"""Execution option marking a connection whose transaction will write (``BEGIN IMMEDIATE`` on SQLite)."""


def normalize_url(url: str | URL) -> URL:
    """The URL with the driver the store uses: ``sqlite://`` (any driver) becomes pysqlite, ``postgres(ql)://``
    becomes asyncpg."""
    parsed = make_url(url) if isinstance(url, str) else url
    backend, _, driver = parsed.drivername.partition("+")
    if backend == "sqlite" and driver != "pysqlite":
        return parsed.set(drivername="sqlite+pysqlite")
    if backend in ("postgresql", "postgres") and (backend, driver) != ("postgresql", "asyncpg"):
        return parsed.set(drivername="postgresql+asyncpg")
    return parsed


def is_sqlite(url: URL) -> bool:
    """True when the URL names a SQLite database."""
    return url.drivername.partition("+")[0] == "sqlite"


def is_memory_sqlite(url: URL) -> bool:
    """True for an in-memory SQLite database (one connection, shared by the whole store)."""
    return is_sqlite(url) and (url.database in (None, "", ":memory:") or "mode=memory" in str(url))


def make_async_engine(url: str | URL) -> AsyncEngine:
    """An async engine for a PostgreSQL URL."""
    return create_async_engine(normalize_url(url), pool_pre_ping=True)


def make_sync_engine(url: str | URL, *, pool_size: int = 4) -> Engine:
    """A SQLite engine whose connections may move between threads (one at a time); for a file its folder is
    created and the pragmas set per connection."""
    parsed = normalize_url(url)
    kwargs: dict[str, Any] = {}
    if is_memory_sqlite(parsed):
        kwargs["poolclass"] = StaticPool
    else:
        assert parsed.database is not None
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        kwargs.update(pool_size=pool_size, max_overflow=0)
    # Every transaction here ends in an explicit commit or rollback, so the pool need not roll back again.
    engine = create_engine(
        parsed,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        pool_reset_on_return=None,
        **kwargs,
    )
    _install_sqlite_hooks(engine, memory=is_memory_sqlite(parsed))
    return engine


def _enter_wal(cursor: Any) -> None:
    """Switch a new database to WAL. Two processes creating the same file at once can both try; SQLite answers the
    loser "database is locked" at once, without waiting on the busy timeout, so it is tried again until that timeout
    (the winner's switch takes milliseconds)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _install_sqlite_hooks(engine: Engine, *, memory: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from the driver so BEGIN is ours (and DDL is transactional).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not memory:
            _enter_wal(cursor)
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        writes = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")
