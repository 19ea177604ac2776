"""Alembic environment for gofer's store.

gofer applies migrations itself (``gofer.store.migrate``) and hands Alembic an open connection in
``config.attributes["connection"]``. Developers writing a new revision can also run Alembic directly:
``alembic -c gofer/store/migrations/alembic.ini revision --autogenerate -m "..."`` against the database named
by ``GOFER_DATABASE_URL`` (or the default SQLite file).
"""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from gofer.store.tables import metadata

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_standalone() -> None:
    from gofer.config import Settings
    from gofer.store._db import Database
    from gofer.store._engine import normalize_url

    db = Database(normalize_url(config.get_main_option("sqlalchemy.url") or Settings().db_url))
    try:
        await db.write(_run)
    finally:
        await db.dispose()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=metadata,
                      literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
elif (given := config.attributes.get("connection")) is not None:
    _run(given)
else:
    asyncio.run(_run_standalone())
