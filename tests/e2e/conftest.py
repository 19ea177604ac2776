"""Fixtures the browser test modules share: one gofer home and one Chromium (BrowserPool) per module, and a tool
context on a fresh workspace per test; for the web UI tests, a person's Chromium driven by Playwright; a record of
what the LLM monitor was sent; and a shop serving the module's ``SHOP`` routes. A module that needs something else
defines its own fixture of the name."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from agent_helpers import MONITOR_CLEAN, Routes, answer_monitor, serve
from playwright.sync_api import Browser, sync_playwright

from gofer.computer.browser import BrowserPool
from gofer.models.base import Message
from gofer.tools.base import ToolContext

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "site"))
from harness import make_ctx, settings_for
from site_server import serve_site


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The module's gofer home (its browser profile and state live here)."""
    return tmp_path_factory.mktemp("browser-home")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def pool(home: Path) -> AsyncIterator[BrowserPool]:
    """The module's Chromium."""
    p = BrowserPool(settings_for(home))
    yield p
    await p.aclose()


@pytest_asyncio.fixture(loop_scope="module")
async def ctx(pool: BrowserPool, home: Path, tmp_path: Path) -> AsyncIterator[ToolContext]:
    """A tool context with a browser session of its own on ``tmp_path/ws``."""
    c = make_ctx(pool, tmp_path / "ws", settings_for(home), session_id=f"t-{tmp_path.name}")
    yield c
    assert c.computer is not None
    await c.computer.aclose()


@pytest.fixture
def shop(request: pytest.FixtureRequest) -> Iterator[str]:
    """The test module's ``SHOP`` routes (a mapping for :class:`agent_helpers.Routes`) served on 127.0.0.1; yields
    the base URL."""
    with serve(Routes(request.module.SHOP).handler) as url:
        yield url


CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture
def browser() -> Iterator[Browser]:
    """Debian's Chromium through Playwright: the person's browser in the web UI tests."""
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def monitor_prompts(monkeypatch: pytest.MonkeyPatch) -> list[list[Message]]:
    """The messages of each LLM monitor call of a scripted model; each is answered "no injection"."""
    seen: list[list[Message]] = []

    def clean(messages: list[Message]) -> str:
        seen.append(list(messages))
        return MONITOR_CLEAN

    answer_monitor(monkeypatch, clean)
    return seen


@pytest.fixture
def site() -> Iterator[str]:
    """The fixture site (tests/fixtures/site: a shop, a login page, a bank, articles) on 127.0.0.1; a test module
    may define its own ``site`` instead."""
    with serve_site() as base:
        yield base
