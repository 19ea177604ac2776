"""Apply the store's Alembic migrations from code: no alembic.ini, safe when several processes start at once.

The fast path reads the current revision and does nothing when it is :data:`HEAD` (without importing Alembic, a
few tenths of a second each time a command or the server opens the store). Otherwise one process at a
time upgrades: SQLite serialises on ``BEGIN IMMEDIATE`` (others wait on the busy timeout), PostgreSQL on a
transaction-scoped advisory lock; whoever gets the lock second finds the work done. DDL runs inside that one
transaction on both (SQLite's DDL is transactional once the driver's own transaction handling is off).
"""

from __future__ import annotations

import asyncio
import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from gofer.store._db import Database

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["HEAD", "MIGRATIONS_DIR", "current_revision", "head_revision", "migrate"]

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
"""The Alembic script folder shipped in the package."""

HEAD = "0005"
"""The newest revision in :data:`MIGRATIONS_DIR` (a test holds it to :func:`head_revision`): a new migration
changes it."""
_PG_LOCK_KEY = 0x60FE2_0001
"""Advisory lock id taken by whoever upgrades a PostgreSQL database."""


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest revision in the package, as Alembic reads its scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def _current(connection: Connection) -> str | None:
    """The revision recorded in Alembic's version table (None when the database was never migrated)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


async def current_revision(db: Database) -> str | None:
    """The revision the database is at (None when it has never been migrated)."""
    return await db.read(_current)


def _upgrade_locked(connection: Connection, head: str) -> bool:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    if _current(connection) == head:
        return False
    from alembic import command

    command.upgrade(_config(connection), "head")
    return True


async def migrate(db: Database) -> bool:
    """Bring the database to the head revision; True when this call applied something."""
    if await current_revision(db) == HEAD:
        return False
    # Alembic takes a few tenths of a second to import: in a thread, so that a server's loop answers meanwhile
    await asyncio.to_thread(importlib.import_module, "alembic.command")
    return await db.write(_upgrade_locked, HEAD)
