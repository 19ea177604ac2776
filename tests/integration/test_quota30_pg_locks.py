"""On PostgreSQL the user's row lock that keeps a quota (a step's hold, a run's caps, the live-key cap) blocks only
other such locks of the same user: inserting a row that refers to the user (a session, a run created without caps)
takes the foreign key's KEY SHARE lock, which a FOR UPDATE lock would block and FOR NO KEY UPDATE does not."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from pg_databases import fresh_database
from sqlalchemy.ext.asyncio import create_async_engine

from gofer.store._accounts import _lock_user
from gofer.store.sql import open_store

pytestmark = pytest.mark.integration


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    async with fresh_database("gofer_q30") as url:
        yield url


async def test_a_held_user_lock_does_not_block_inserting_the_users_rows(pg_url: str) -> None:
    store = await open_store(pg_url)
    engine = create_async_engine(pg_url)
    try:
        user = await store.create_user("pat")
        async with engine.connect() as holder:
            await holder.begin()
            await holder.run_sync(_lock_user, user.id)  # as hold_step's transaction holds it
            session = await asyncio.wait_for(store.create_session("/tmp/ws", user_id=user.id), 10)
            run = await asyncio.wait_for(store.create_run(session_id=session.id, task="t", model="m"), 10)
            assert run.user_id == user.id
            # another transaction taking the user's lock still waits for this one
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(store.create_api_key(user.id, max_live=5), 1.5)
            await holder.rollback()
        await asyncio.wait_for(store.create_api_key(user.id, max_live=5), 10)
    finally:
        await engine.dispose()
        await store.close()
