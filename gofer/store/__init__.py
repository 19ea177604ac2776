"""The event store: the EventStore protocol and its SQL implementation (SQLite by default, PostgreSQL).

``store = await open_store(Settings().db_url)`` gives a migrated :class:`SqlEventStore`; ``await store.close()``.
"""

from typing import TYPE_CHECKING, Any

from gofer.store.base import (
    ApiKeyRecord,
    CapReached,
    Command,
    ConcurrencyError,
    EventStore,
    NotFoundError,
    QuotaExceeded,
    RunRecord,
    RunUsage,
    SessionActive,
    SessionRecord,
    StoreError,
    UsageCap,
    UserRecord,
)

if TYPE_CHECKING:
    from gofer.store.sql import SqlEventStore, open_store

__all__ = [
    "ApiKeyRecord",
    "CapReached",
    "Command",
    "ConcurrencyError",
    "EventStore",
    "NotFoundError",
    "QuotaExceeded",
    "RunRecord",
    "RunUsage",
    "SessionActive",
    "SessionRecord",
    "SqlEventStore",
    "StoreError",
    "UsageCap",
    "UserRecord",
    "open_store",
]


def __getattr__(name: str) -> Any:
    """``SqlEventStore`` and ``open_store``, imported on first use: they load SQLAlchemy and Alembic, which a
    process that only names the protocol's types (a CLI's ``--help``) does not need."""
    if name in ("SqlEventStore", "open_store"):
        from gofer.store import sql

        return getattr(sql, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
