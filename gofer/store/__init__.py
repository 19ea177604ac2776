"""The event store: the EventStore protocol and its SQL implementation (SQLite by default, PostgreSQL).

``store = await open_store(Settings().db_url)`` gives a migrated :class:`SqlEventStore`; ``await store.close()``.
"""

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
