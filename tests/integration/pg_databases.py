"""A fresh PostgreSQL database per test, on the server GOFER_TEST_POSTGRES_URL names (.ci/run starts one)."""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from sqlalchemy import make_url

PG_ENV = "GOFER_TEST_POSTGRES_URL"


@asynccontextmanager
async def fresh_database(prefix: str) -> AsyncIterator[str]:
    """An asyncpg URL of a new database named ``PREFIX_<random>``, dropped afterwards; skips the test when the
    server is not configured."""
    admin = os.environ.get(PG_ENV)
    if not admin:
        pytest.skip(f"{PG_ENV} is not set (a PostgreSQL URL whose user may CREATE DATABASE)")
    import asyncpg

    url = make_url(admin)
    name = f"{prefix}_{secrets.token_hex(6)}"
    admin_dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    conn = await asyncpg.connect(admin_dsn)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    try:
        yield url.set(drivername="postgresql+asyncpg", database=name).render_as_string(hide_password=False)
    finally:
        conn = await asyncpg.connect(admin_dsn)
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await conn.close()
