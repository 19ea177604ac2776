"""Ordinary browsing stays quiet through the real runner, real Chromium and the fixture site's everyday pages
(``tests/fixtures/site/everyday/``): an "OK" that dismisses a notification, a cookie banner's "OK" that posts the
consent ids, "Mark as read" on a message, a survey's "Next" that posts the answer, a carousel's "Next" that reports
the slide viewed, a "Continue" that posts the step and the basket, and "Load more" with an offset each send their
request and the run finishes without a confirmation or an error. An "OK" that turns a security setting off is held
(not sent) and the retry asks the person. Only the model is scripted."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from agent_helpers import asked_and_errors, call, drive
from harness import TOOL, ref
from recording_server import RecordingServer, recording_servers

from gofer.events import ConfirmationRequested, Observation, RunStatus
from gofer.tools.base import ToolContext

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

EVERYDAY = Path(__file__).parents[1] / "fixtures" / "site" / "everyday"
SITE = RecordingServer({f"/{p.stem}": p.read_text() for p in EVERYDAY.glob("*.html")})

QUIET = {
    "/notifications": ("OK", "POST /api/notifications/41/dismiss"),
    "/cookies": ("OK", "POST /api/consent"),
    "/inbox": ("Mark as read", "POST /api/messages/41/read"),
    "/survey": ("Next", "POST /api/surveys/12/answers"),
    "/carousel": ("Next", "POST /api/carousel/viewed"),
    "/delivery": ("Continue", "POST /api/flow"),
    "/feed": ("Load more", "POST /api/items"),
}
"""Page -> the button the user's task clicks, and the request the page must send for it."""


@pytest.fixture(scope="module", autouse=True)
def servers() -> Iterator[None]:
    with recording_servers(SITE):
        yield


async def _refs(ctx: ToolContext, pages: dict[str, str]) -> dict[str, int]:
    """The ref of each page's button in the snapshot a run's model would see."""
    out = {}
    for page, label in pages.items():
        await TOOL["browser_open"](ctx, {"url": SITE.url + page})
        out[page] = ref(ctx, label, "button")
    return out


async def _run(tmp_path: Path, task: str, calls: list[dict[str, Any]]) -> tuple[RunStatus, list[Any]]:
    return await drive(tmp_path, task, calls, tmp_path / "ws", timeout=120)


async def _settled(prefix: str) -> list[str]:
    """The recorded requests starting with ``prefix``, after the page had a moment to send them."""
    for _ in range(20):
        if hits := [r for r in SITE.requests if r.startswith(prefix)]:
            return hits
        await asyncio.sleep(0.05)
    return []


async def test_everyday_clicks_finish_without_asking(ctx: ToolContext, tmp_path: Path) -> None:
    refs = await _refs(ctx, {page: label for page, (label, _) in QUIET.items()})
    SITE.requests.clear()
    calls = [call(name, **args) for page in QUIET
             for name, args in (("browser_open", {"url": SITE.url + page}), ("browser_click", {"ref": refs[page]}))]
    status, events = await _run(tmp_path, "Go through my dashboard, inbox, the survey and the shop's pages", calls)
    assert asked_and_errors(status, events) == (RunStatus.FINISHED, [], [])
    for _, request in QUIET.values():
        assert await _settled(request), (request, SITE.requests)


async def test_an_ok_that_turns_a_security_setting_off_is_held_and_the_retry_asks(ctx: ToolContext,
                                                                                    tmp_path: Path) -> None:
    refs = await _refs(ctx, {"/security": "OK"})
    SITE.requests.clear()
    look = call("browser_open", url=SITE.url + "/security")
    click = call("browser_click", ref=refs["/security"])
    status, events = await _run(tmp_path, "Dismiss the notice on my account page", [look, click, click])
    await asyncio.sleep(0.3)
    assert not [r for r in SITE.requests if r.startswith("POST /api/account/security")], SITE.requests
    clicks = [e for e in events if isinstance(e, Observation) and e.tool == "browser_click"]
    assert len(clicks) == 1 and clicks[0].error and "held" in clicks[0].error, [c.error for c in clicks]
    assert status == RunStatus.WAITING_FOR_USER
    [asked] = [e for e in events if isinstance(e, ConfirmationRequested)]
    assert asked.tool == "browser_click" and "/api/account/security" in asked.reason, asked.reason
