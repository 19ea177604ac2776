"""The store's tables (SQLAlchemy Core). The Alembic revisions under ``migrations/versions`` create them.

A change here needs a new revision; ``tests/unit/test_store_migrations.py`` fails while the two disagree.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)

__all__ = [
    "UtcDateTime",
    "api_keys",
    "blobs",
    "commands",
    "events",
    "metadata",
    "run_blobs",
    "runs",
    "sessions",
    "users",
]


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp that always comes back timezone-aware in UTC (SQLite keeps no zone, PostgreSQL does)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Store UTC; naive datetimes are taken to be UTC already."""
        if value is None:
            return None
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Return an aware UTC datetime."""
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

users = Table(
    "users",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_at", UtcDateTime(), nullable=False),
)

api_keys = Table(
    "api_keys",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("user_id", String(64), ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("prefix", String(32), nullable=False),
    Column("secret_sha256", String(64), nullable=False, unique=True),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("revoked_at", UtcDateTime(), nullable=True),
    Column("quotas", JSON(), nullable=False),
)

sessions = Table(
    "sessions",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("user_id", String(64), ForeignKey("users.id", ondelete="CASCADE"), nullable=True, index=True),
    Column("workspace", Text(), nullable=False),
    Column("title", Text(), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("session_id", String(64), ForeignKey("sessions.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("user_id", String(64), ForeignKey("users.id", ondelete="CASCADE"), nullable=True, index=True),
    Column("task", Text(), nullable=False),
    Column("model", Text(), nullable=False),
    Column("status", String(32), nullable=False),
    Column("last_seq", Integer(), nullable=False),
    Column("input_tokens", BigInteger(), nullable=False),
    Column("output_tokens", BigInteger(), nullable=False),
    Column("cost", Float(), nullable=True),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("updated_at", UtcDateTime(), nullable=False),
    Column("quotas", JSON(), nullable=True),
    Column("held_tokens", BigInteger(), nullable=False, server_default="0"),
    Column("held_cost", Float(), nullable=False, server_default="0"),
    Column("held_until", UtcDateTime(), nullable=True),
    Index(None, "status", "updated_at"),
    Index(None, "user_id", "created_at"),
    Index(None, "user_id", "status", "created_at"),
)

events = Table(
    "events",
    metadata,
    Column("run_id", String(64), ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer(), primary_key=True, autoincrement=False),
    Column("type", String(64), nullable=False),
    Column("ts", UtcDateTime(), nullable=False),
    Column("payload", Text(), nullable=False),
)

commands = Table(
    "commands",
    metadata,
    Column("id", Integer(), primary_key=True, autoincrement=True),
    Column("run_id", String(64), ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(64), nullable=False),
    Column("payload", JSON(), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("taken", Boolean(), nullable=False),
    Index(None, "run_id", "taken"),
)

blobs = Table(
    "blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("media_type", String(200), nullable=False),
    Column("size", BigInteger(), nullable=False),
    Column("data", LargeBinary(), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
)

run_blobs = Table(
    "run_blobs",
    metadata,
    Column("run_id", String(64), ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
    Column("sha256", String(64), primary_key=True),
)
"""Which blobs a run's events name (a screenshot, an image an observation shows, a model's raw reply), written in
the transaction that appends the event, so ``GET /v1/runs/{id}/blobs/{sha}`` is one key lookup."""
