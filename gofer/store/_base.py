"""The plumbing every part of :class:`gofer.store.sql.SqlEventStore` shares: its database and its notifier."""

from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.engine import Connection

from gofer.store._db import Database
from gofer.store._engine import normalize_url
from gofer.store.base import StoreError
from gofer.store.migrate import migrate
from gofer.store.notify import LocalNotifier, Notifier

__all__ = ["DEFAULT_POLL_INTERVAL", "SqlBase"]

P = ParamSpec("P")
T = TypeVar("T")

DEFAULT_POLL_INTERVAL = 0.05
"""Seconds between looks at the database for changes made by other processes."""


class SqlBase:
    """A database, a notifier and the two kinds of transaction: reading (a snapshot) and writing (locked).

    A transaction is a plain function over a ``Connection`` (see :mod:`gofer.store._db`)."""

    def __init__(self, url: str, *, notifier: Notifier | None = None,
                 poll_interval: float = DEFAULT_POLL_INTERVAL) -> None:
        self.url = normalize_url(url)
        self.db = Database(self.url)
        self.notifier: Notifier = notifier or LocalNotifier()
        self.poll_interval = poll_interval
        self._closed = False

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.db.dialect

    async def _read(self, fn: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        self._check_open()
        return await self.db.read(fn, *args, **kwargs)

    async def _write(self, fn: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        self._check_open()
        return await self.db.write(fn, *args, **kwargs)

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("the store is closed")

    async def migrate(self) -> bool:
        """Apply pending migrations; True when some were applied."""
        self._check_open()
        return await migrate(self.db)

    async def close(self) -> None:
        """Wake every waiter and close the database's connections."""
        if self._closed:
            return
        self._closed = True
        await self.notifier.aclose()
        await self.db.dispose()
