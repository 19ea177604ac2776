"""The EventStore contract (tests/unit/test_store_contract.py) against PostgreSQL.

Set GOFER_TEST_POSTGRES_URL to a server where the user may create databases, e.g.
``postgresql://postgres@127.0.0.1:5432/postgres``; each test gets a fresh database, dropped afterwards.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from pg_databases import fresh_database
from sqlalchemy import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

from test_store_contract import *  # noqa: F403  (the shared contract tests and fixtures)

pytestmark = pytest.mark.integration


@pytest.fixture  # type: ignore[no-redef]
async def store_url() -> AsyncIterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    async with fresh_database("gofer_test") as url:
        yield url


def test_the_contract_runs_against_postgresql(store_url: str) -> None:
    assert make_url(store_url).get_backend_name() == "postgresql"
