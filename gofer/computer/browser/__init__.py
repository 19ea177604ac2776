"""The agent's browser: a shared Chromium pool, per-session contexts, page snapshots and the URL policy."""

from __future__ import annotations

from gofer.computer.browser.policy import UrlCheck, UrlPolicy, UrlVerdict
from gofer.computer.browser.pool import BrowserPool
from gofer.computer.browser.session import BrowserSession
from gofer.computer.browser.snapshot import Element, Snapshot

__all__ = [
    "BrowserPool",
    "BrowserSession",
    "Element",
    "Snapshot",
    "UrlCheck",
    "UrlPolicy",
    "UrlVerdict",
    "browser_session",
]


async def browser_session(computer: object) -> BrowserSession:
    """The session's browser part (started on first use); see :mod:`gofer.computer.browser.part`."""
    from gofer.computer.browser.part import get_browser

    return await get_browser(computer)  # type: ignore[arg-type]
