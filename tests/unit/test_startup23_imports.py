"""What `gofer serve` imports before it listens leaves out the runner, the guard pipeline, the browser (Playwright,
its request routing) and httpx; its warm-up thread imports them after the socket opens, and the browser package still
names all its parts."""

from __future__ import annotations

import pytest
from agent_helpers import loaded_modules

import gofer.computer.browser as browser_package

BEFORE_LISTENING = "import gofer.server.app, gofer.store.sql, gofer.runtime.local, gofer.runtime.service"
"""The app, then the store and the runtime, which its start-up (lifespan) opens just after uvicorn binds the socket."""
LEFT_TO_THE_WARM_UP = ["gofer.agent.runner", "gofer.runtime.assemble", "gofer.safety.pipeline", "gofer.safety.checks",
                       "gofer.computer.browser.session", "gofer.computer.browser.routing", "playwright", "httpx"]


def test_the_server_listens_without_the_runner_the_guard_or_the_browser() -> None:
    assert loaded_modules(BEFORE_LISTENING, LEFT_TO_THE_WARM_UP) == []


def test_the_warm_up_imports_what_the_server_left_out() -> None:
    warmed = loaded_modules(f"{BEFORE_LISTENING}\ngofer.server.app._warm()", LEFT_TO_THE_WARM_UP)
    assert warmed == LEFT_TO_THE_WARM_UP


def test_the_browser_package_still_names_its_parts() -> None:
    from gofer.computer.browser import BrowserPool, BrowserSession, Snapshot, UrlPolicy
    from gofer.computer.browser.pool import BrowserPool as pool_class
    from gofer.computer.browser.session import BrowserSession as session_class

    assert (BrowserPool, BrowserSession) == (pool_class, session_class)
    assert Snapshot.__module__ == "gofer.computer.browser.snapshot"
    assert UrlPolicy.__module__ == "gofer.computer.browser.policy"
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = browser_package.Nope
