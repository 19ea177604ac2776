"""A live gofer server in a background thread, for tests and demos (uvicorn on a free port of 127.0.0.1)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Coroutine
from typing import Any, TypeVar

import uvicorn

from gofer.config import Settings
from gofer.server.app import create_app
from gofer.server.context import ServerContext

__all__ = ["LiveServer"]

T = TypeVar("T")


class LiveServer:
    """``with LiveServer(settings) as server:`` serves the app at ``server.url`` until the block ends."""

    def __init__(self, settings: Settings | None = None, *, start_timeout: float = 20.0) -> None:
        self.settings = settings or Settings()
        self.app = create_app(self.settings)
        self._server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=0, log_level="warning",
                                                     lifespan="on", timeout_graceful_shutdown=3))
        self._thread = threading.Thread(target=self._server.run, name="gofer-live-server", daemon=True)
        self.start_timeout = start_timeout
        self.url = ""

    def __enter__(self) -> LiveServer:
        self._thread.start()
        deadline = time.monotonic() + self.start_timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the live server did not start")
            time.sleep(0.01)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=15)

    @property
    def ctx(self) -> ServerContext:
        """The running app's context (store, service, runtime)."""
        ctx: ServerContext = self.app.state.gofer
        return ctx

    def call(self, coro: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        """Run a coroutine on the server's loop (to use its store) and return its result."""
        return asyncio.run_coroutine_threadsafe(coro, self.ctx.extras["loop"]).result(timeout)

    def user_key(self, name: str, quotas: dict[str, float] | None = None) -> str:
        """Create a user (or reuse one of that name) and return a new API key for them."""

        async def go() -> str:
            store = self.ctx.store
            try:
                user = await store.get_user_by_name(name)
            except Exception:
                user = await store.create_user(name)
            _, secret = await store.create_api_key(user.id, quotas=quotas)
            return secret

        return self.call(go())
