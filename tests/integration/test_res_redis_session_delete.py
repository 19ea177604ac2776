"""With the Redis runtime, deleting a session forgets its browser logins even when no worker runs (the saved
state is on the shared GOFER_HOME, which the API mounts too); the workers are still told to close its computer.

Needs GOFER_TEST_REDIS_URL; .ci/run starts Redis.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from gofer.computer.browser.pool import BrowserPool
from gofer.config import Settings
from gofer.runtime.redis import RedisRuntime, release_channel
from gofer.runtime.service import RunService
from gofer.store import open_store

pytestmark = pytest.mark.integration


@pytest.fixture
async def redis_url() -> AsyncIterator[str]:
    url = os.environ.get("GOFER_TEST_REDIS_URL")
    if not url:
        pytest.skip("GOFER_TEST_REDIS_URL is not set (a Redis URL, e.g. redis://127.0.0.1:6379/0)")
    yield url


async def test_deleting_a_session_with_no_worker_running_forgets_its_browser_logins(redis_url: str,
                                                                                   tmp_path: Path) -> None:
    from redis.asyncio import Redis

    prefix = "gofer-test-" + secrets.token_hex(4)
    settings = Settings(home=tmp_path / "home", runtime="redis", redis_url=redis_url, redis_prefix=prefix)
    store = await open_store(settings.db_url)
    runtime = RedisRuntime(store, settings)
    listener = Redis.from_url(redis_url)
    pubsub = listener.pubsub()
    try:
        await pubsub.subscribe(release_channel(prefix))
        service = RunService(store, settings, runtime)
        session = await service.create_session(user_id=None)
        saved = BrowserPool(settings).state_path(session.id)  # where a worker saved the session's logins
        saved.write_text('{"cookies": [{"name": "sid", "value": "bob-login"}], "origins": []}')
        other = BrowserPool(settings).state_path("ses_someone_else")
        other.write_text('{"cookies": [], "origins": []}')

        await service.delete_session(session.id)

        assert not saved.exists()
        assert other.exists()  # only the deleted session's
        released = None
        async with asyncio.timeout(10):
            while released is None:
                message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
                if message is not None:
                    released = message["data"]
        assert released in (session.id, session.id.encode())
    finally:
        await pubsub.aclose()
        await listener.aclose()
        await runtime.aclose()
        await store.close()
