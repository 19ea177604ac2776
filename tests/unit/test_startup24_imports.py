"""`gofer serve` binds its socket once the app's start-up (lifespan) has begun: by then neither SQLAlchemy, Alembic,
the SQL store nor the local runtime (its sandbox) is imported; the store opens, in the background, after."""

from __future__ import annotations

import json
import subprocess
import sys

STORE_MODULES = ["sqlalchemy", "alembic", "gofer.store.sql", "gofer.runtime.local", "gofer.computer.sandbox"]
_STARTED = """
import asyncio, json, sys
from gofer.server.app import create_app

app = create_app()

async def start() -> None:
    async with app.router.lifespan_context(app):
        # where uvicorn binds the socket
        print(json.dumps([name for name in {names!r} if name in sys.modules]), flush=True)
        await app.state.gofer.opened()
        print(json.dumps([name for name in {names!r} if name in sys.modules]), flush=True)

asyncio.run(start())
"""


def test_the_server_listens_before_it_imports_the_store() -> None:
    out = subprocess.run([sys.executable, "-c", _STARTED.format(names=STORE_MODULES)], capture_output=True,
                         text=True, check=True, timeout=120).stdout.splitlines()
    listening, opened = (json.loads(line) for line in out[-2:])
    assert listening == []
    assert opened == STORE_MODULES
