"""The event store: the EventStore protocol and its SQL implementation (SQLite by default, PostgreSQL).

``store = await open_store(Settings().db_url)`` gives a migrated :class:`SqlEventStore`; ``await store.close()``.
"""

from gofer.store.base import (
    ApiKeyRecord,
    Command,
    ConcurrencyError,
    EventStore,
    NotFoundError,
    RunRecord,
    RunUsage,
    SessionRecord,
    StoreError,
    UserRecord,
)
from gofer.store.sql import SqlEventStore, open_store

__all__ = [
    "ApiKeyRecord",
    "Command",
    "ConcurrencyError",
    "EventStore",
    "NotFoundError",
    "RunRecord",
    "RunUsage",
    "SessionRecord",
    "SqlEventStore",
    "StoreError",
    "UserRecord",
    "open_store",
]
