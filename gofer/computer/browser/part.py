"""How a Computer gets its browser: ``await get_browser(computer)``.

The part is named ``"browser"``. Its factory takes the process-wide pool from
``computer.services["browser_pool"]`` when there is one (the runner or server makes one ``BrowserPool(settings)``
and shares it), else starts a pool that the part owns and closes with it. Extra URL checks (the safety
layer's) come from ``computer.services["url_checks"]``, a list of callables ``(url, kind) -> UrlVerdict|None``.
"""

from __future__ import annotations

from typing import Any

from gofer.computer.base import Computer
from gofer.computer.browser.policy import UrlPolicy
from gofer.computer.browser.pool import BrowserPool
from gofer.computer.browser.session import BrowserSession

__all__ = ["PART_NAME", "get_browser", "make_browser"]

PART_NAME = "browser"


def _settings(computer: Computer) -> Any:
    if computer.settings is not None:
        return computer.settings
    from gofer.config import Settings

    return Settings()


async def make_browser(computer: Computer) -> BrowserSession:
    """The part factory: a BrowserSession on the shared pool (or on a pool of its own)."""
    settings = _settings(computer)
    pool = computer.services.get("browser_pool")
    owns = pool is None
    if pool is None:
        pool = BrowserPool(settings)
    checks = list(computer.services.get("url_checks", []) or [])
    policy = UrlPolicy.from_settings(settings, computer.workspace, checks)
    session = BrowserSession(pool, computer.session_id, computer.workspace, settings, policy, owns_pool=owns)
    try:
        await session.start()
    except BaseException:
        if owns:
            await pool.aclose()
        raise
    return session


async def get_browser(computer: Computer) -> BrowserSession:
    """The computer's browser, started on first use."""
    return await computer.part(PART_NAME, make_browser)
