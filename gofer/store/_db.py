"""Where the store's transactions run: each is a plain function over a SQLAlchemy ``Connection``.

SQLite runs on Python's own driver in a few worker threads, so a whole transaction (``BEGIN``, its
statements, ``COMMIT``) costs one hand-off between the event loop and a thread. An async SQLite driver hands
off once per statement, which made an append several times dearer. Writes in one process also take turns on a
lock before ``BEGIN IMMEDIATE``, so this process's writers queue instead of sleeping in SQLite's busy handler;
other processes are still kept out by SQLite's own lock. PostgreSQL runs the same functions on asyncpg through
``AsyncConnection.run_sync``.
"""

from __future__ import annotations

import asyncio
import contextvars
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import URL, Row
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.ext.asyncio import AsyncEngine

from gofer.store._engine import WRITE_OPTION, is_memory_sqlite, is_sqlite, make_async_engine, make_sync_engine

__all__ = ["Database", "all_rows", "one_or_none", "scalar"]

P = ParamSpec("P")
T = TypeVar("T")

SQLITE_THREADS = 4
"""Worker threads (and pooled connections) for a SQLite file; an in-memory database has one of each."""


class Database:
    """Runs transactions on the store's database (see the module docstring)."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self._sync: Engine | None = None
        self._async: AsyncEngine | None = None
        self._threads: ThreadPoolExecutor | None = None
        self._write_turn = threading.Lock()
        if is_sqlite(url):
            workers = 1 if is_memory_sqlite(url) else SQLITE_THREADS
            self._sync = make_sync_engine(url, pool_size=workers)
            self._threads = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="gofer-sqlite")
        else:
            self._async = make_async_engine(url)

    @property
    def sync_engine(self) -> Engine:
        """The engine whose connections the transactions get (for event listeners and inspection)."""
        if self._sync is not None:
            return self._sync
        assert self._async is not None
        return self._async.sync_engine

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.sync_engine.dialect.name

    async def read(self, fn: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``fn(connection, ...)`` in a read transaction (one consistent snapshot), rolled back after."""
        bound = _bind(fn, *args, **kwargs)
        if self._async is not None:
            async with self._async.connect() as conn:
                return await conn.run_sync(bound)
        return await self._in_thread(self._read_sync, bound)

    async def write(self, fn: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``fn(connection, ...)`` in a write transaction, committed when it returns, rolled back when it
        raises. On SQLite the transaction takes the database's write lock before its first statement."""
        bound = _bind(fn, *args, **kwargs)
        if self._async is not None:
            async with self._async.execution_options(**{WRITE_OPTION: True}).begin() as conn:
                return await conn.run_sync(bound)
        return await self._in_thread(self._write_sync, bound)

    async def _in_thread(self, runner: Callable[[Callable[[Connection], T]], T], fn: Callable[[Connection], T]) -> T:
        assert self._threads is not None
        loop = asyncio.get_running_loop()
        context = contextvars.copy_context()
        return await loop.run_in_executor(self._threads, context.run, runner, fn)

    def _read_sync(self, fn: Callable[[Connection], T]) -> T:
        assert self._sync is not None
        with self._sync.connect() as conn:
            try:
                return fn(conn)
            finally:
                conn.rollback()

    def _write_sync(self, fn: Callable[[Connection], T]) -> T:
        assert self._sync is not None
        with self._write_turn, self._sync.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            return fn(conn)

    async def dispose(self) -> None:
        """Close every connection and stop the worker threads."""
        if self._async is not None:
            await self._async.dispose()
        if self._sync is not None:
            engine, threads = self._sync, self._threads
            assert threads is not None
            await asyncio.get_running_loop().run_in_executor(threads, engine.dispose)
            threads.shutdown(wait=False)


def _bind(fn: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs) -> Callable[[Connection], T]:
    def bound(conn: Connection) -> T:
        return fn(conn, *args, **kwargs)

    return bound


# Small transactions that run one query.


def scalar(conn: Connection, query: Any) -> Any:
    """The first column of the first row (None when there is none)."""
    return conn.scalar(query)


def one_or_none(conn: Connection, query: Any) -> Row[Any] | None:
    """The only row, or None."""
    return conn.execute(query).one_or_none()


def all_rows(conn: Connection, query: Any) -> list[Row[Any]]:
    """Every row."""
    return list(conn.execute(query).all())
