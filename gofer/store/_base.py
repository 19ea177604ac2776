"""The connection plumbing every part of :class:`gofer.store.sql.SqlEventStore` shares."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext

from sqlalchemy.ext.asyncio import AsyncConnection

from gofer.store._engine import WRITE_OPTION, is_memory_sqlite, make_engine, normalize_url
from gofer.store.base import StoreError
from gofer.store.migrate import migrate
from gofer.store.notify import LocalNotifier, Notifier

__all__ = ["DEFAULT_POLL_INTERVAL", "SqlBase"]

DEFAULT_POLL_INTERVAL = 0.05
"""Seconds between looks at the database for changes made by other processes."""


class SqlBase:
    """An engine, a notifier and the two kinds of transaction: reading (a snapshot) and writing (locked)."""

    def __init__(self, url: str, *, notifier: Notifier | None = None,
                 poll_interval: float = DEFAULT_POLL_INTERVAL) -> None:
        self.url = normalize_url(url)
        self.engine = make_engine(self.url)
        self._write_engine = self.engine.execution_options(**{WRITE_OPTION: True})
        self.notifier: Notifier = notifier or LocalNotifier()
        self.poll_interval = poll_interval
        self._closed = False
        # An in-memory SQLite database is one connection: its transactions must take turns.
        self._turns: asyncio.Lock | None = asyncio.Lock() if is_memory_sqlite(self.url) else None

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @asynccontextmanager
    async def _reading(self) -> AsyncIterator[AsyncConnection]:
        self._check_open()
        async with self._turn(), self.engine.connect() as conn:
            yield conn

    @asynccontextmanager
    async def _writing(self) -> AsyncIterator[AsyncConnection]:
        self._check_open()
        async with self._turn(), self._write_engine.begin() as conn:
            yield conn

    def _turn(self) -> AbstractAsyncContextManager[object]:
        return self._turns if self._turns is not None else nullcontext()

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("the store is closed")

    async def migrate(self) -> bool:
        """Apply pending migrations; True when some were applied."""
        self._check_open()
        return await migrate(self.engine)

    async def close(self) -> None:
        """Wake every waiter and dispose of the engine's connections."""
        if self._closed:
            return
        self._closed = True
        await self.notifier.aclose()
        await self.engine.dispose()
