"""``browser_read``'s extraction runs off the event loop (session 19, browse29).

``browser_read`` turns a page's HTML into markdown (trafilatura), or into its plain text when no article is found,
and a PDF into its text; all of it ran on the event loop, which serves every other run of the server and its
heartbeats: a 2 MB page held it for seconds. The readers of others' words were moved to a thread in session 18
(browse26); the extraction now runs in one too, for a URL and for the current page.

Real Chromium and real HTTP on 127.0.0.1; timed, so slow-marked, with a bound a loaded machine meets."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest
from harness import call
from recording_server import RecordingServer

from gofer.tools.base import ToolContext

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

_PARAGRAPH = "<p>It boils a litre in three minutes; its handle stays cool and the lid opens with one hand easily.</p>"
PAGE = ("<html><head><title>Kettle review</title></head><body><article><h1>Kettle review</h1>"
        + _PARAGRAPH * (2_000_000 // len(_PARAGRAPH)) + "</article></body></html>")
_STILL = 1.0
"""Seconds the loop may stand still at most while the page is read (a loaded machine's thread switches included)."""


@pytest.fixture
def site() -> Iterator[RecordingServer]:
    server = RecordingServer({"/review": PAGE})
    with server.running():
        yield server


async def _longest_stall(work: asyncio.Future[Any]) -> tuple[float, float]:
    """The longest the event loop stood still while ``work`` ran, and how long it ran (seconds)."""
    started = last = time.perf_counter()
    longest = 0.0
    while not work.done():
        await asyncio.sleep(0.01)
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    return longest, time.perf_counter() - started


@pytest.mark.parametrize("mode", ["article", "full"])
async def test_reading_a_2mb_page_by_its_url_keeps_the_loop_turning(ctx: ToolContext, site: RecordingServer,
                                                                    mode: str) -> None:
    await call(ctx, "browser_open", url=f"{site.url}/")
    work = asyncio.ensure_future(call(ctx, "browser_read", url=f"{site.url}/review", mode=mode))
    stall, took = await _longest_stall(work)
    assert "boils a litre" in work.result().text, work.result().text[:500]
    assert stall < _STILL, (stall, took)


async def test_reading_the_current_2mb_page_keeps_the_loop_turning(ctx: ToolContext, site: RecordingServer) -> None:
    await call(ctx, "browser_open", url=f"{site.url}/review")
    work = asyncio.ensure_future(call(ctx, "browser_read"))
    stall, took = await _longest_stall(work)
    assert "boils a litre" in work.result().text, work.result().text[:500]
    assert stall < _STILL, (stall, took)
