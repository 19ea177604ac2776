"""The EventStore contract (tests/unit/test_store_contract.py) against PostgreSQL.

Set GOFER_TEST_POSTGRES_URL to a server where the user may create databases, e.g.
``postgresql://postgres@127.0.0.1:5432/postgres``; each test gets a fresh database, dropped afterwards.
"""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

from test_store_contract import *  # noqa: F403  (the shared contract tests and fixtures)

pytestmark = pytest.mark.integration

_ENV = "GOFER_TEST_POSTGRES_URL"


@pytest.fixture  # type: ignore[no-redef]
async def store_url() -> AsyncIterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    admin = os.environ.get(_ENV)
    if not admin:
        pytest.skip(f"{_ENV} is not set (a PostgreSQL URL whose user may CREATE DATABASE)")
    import asyncpg

    url = make_url(admin)
    name = "gofer_test_" + secrets.token_hex(6)
    admin_dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    conn = await asyncpg.connect(admin_dsn)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    yield url.set(drivername="postgresql+asyncpg", database=name).render_as_string(hide_password=False)
    conn = await asyncpg.connect(admin_dsn)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


def test_the_contract_runs_against_postgresql(store_url: str) -> None:
    assert make_url(store_url).get_backend_name() == "postgresql"
