"""The agent's browser: a shared Chromium pool, per-session contexts, page snapshots and the URL policy.

The names load with their modules on first use (PEP 562): a runtime that makes a :class:`BrowserPool` at start-up
does not load the session, its request routing and the guard's checks it needs, until a session starts.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOMES = {"BrowserPool": "pool", "BrowserSession": "session", "Element": "snapshot", "Snapshot": "snapshot",
          "UrlCheck": "policy", "UrlPolicy": "policy", "UrlVerdict": "policy"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


async def browser_session(computer: object) -> BrowserSession:
    """The session's browser part (started on first use); see :mod:`gofer.computer.browser.part`."""
    from gofer.computer.browser.part import get_browser

    return await get_browser(computer)  # type: ignore[arg-type]
