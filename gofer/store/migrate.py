"""Apply the store's Alembic migrations from code: no alembic.ini, safe when several processes start at once.

The fast path reads the current revision and does nothing when it is the head. Otherwise one process at a
time upgrades: SQLite serialises on ``BEGIN IMMEDIATE`` (others wait on the busy timeout), PostgreSQL on a
transaction-scoped advisory lock; whoever gets the lock second finds the work done. DDL runs inside that one
transaction on both (SQLite's DDL is transactional once the driver's own transaction handling is off).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection

from gofer.store._db import Database

__all__ = ["MIGRATIONS_DIR", "current_revision", "head_revision", "migrate"]

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
"""The Alembic script folder shipped in the package."""

_PG_LOCK_KEY = 0x60FE2_0001
"""Advisory lock id taken by whoever upgrades a PostgreSQL database."""


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest revision in the package."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def _current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def current_revision(db: Database) -> str | None:
    """The revision the database is at (None when it has never been migrated)."""
    return await db.read(_current)


def _upgrade_locked(connection: Connection, head: str) -> bool:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    if _current(connection) == head:
        return False
    command.upgrade(_config(connection), "head")
    return True


async def migrate(db: Database) -> bool:
    """Bring the database to the head revision; True when this call applied something."""
    head = head_revision()
    if await current_revision(db) == head:
        return False
    return await db.write(_upgrade_locked, head)
