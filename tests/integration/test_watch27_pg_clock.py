"""A command stamped and aged by the database's clock (tests/unit/test_watch27_clock.py) on PostgreSQL."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from pg_databases import fresh_database

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

from test_watch27_clock import (
    store,  # noqa: F401  (the fixture, on the URL below)
    test_the_store_stamps_and_ages_a_command_by_its_own_clock,  # noqa: F401
)

pytestmark = pytest.mark.integration


@pytest.fixture
async def store_url() -> AsyncIterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    async with fresh_database("gofer_watch27") as url:
        yield url
