"""In scale-out mode the API process lists the MCP servers' tools too (to validate and show them)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from gofer.config import Settings
from gofer.runtime.redis import RedisRuntime
from gofer.store import open_store
from gofer.tools.mcp_config import McpServerConfig

pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).parents[1] / "fixtures" / "mcp" / "server.py"


async def test_the_redis_runtime_lists_mcp_tools(tmp_path: Path) -> None:
    settings = Settings(
        home=tmp_path,
        redis_url="redis://127.0.0.1:1/0",  # never contacted: listing tools needs no queue
        mcp_servers=[McpServerConfig(name="fx", command=sys.executable, args=[str(FIXTURE)])],
    )
    store = await open_store(settings.db_url)
    runtime = RedisRuntime(store, settings)
    try:
        names = set((await runtime.extra_tools()).names)
    finally:
        await runtime.aclose()
        await store.close()
    assert names and all(name.startswith("fx_") for name in names)
