"""Chromium's ad measurement APIs, whose reports its browser process uploads later past every route (Attribution
Reporting, Protected Audience's auction and interest group reports, Private Aggregation, Shared Storage, Topics),
are off in the browser gofer launches: the flags are in the running Chromium's own command line (read from
``/proc``, after the pool's launcher joined the feature lists), and a page finds none of the APIs. Real Chromium
through gofer's pool; the page is on 127.0.0.1 (a secure context, where the APIs would be offered)."""

from __future__ import annotations

from pathlib import Path

import pytest
from harness import call, page_eval
from recording_server import RecordingServer, recording_servers

from gofer.computer.browser import BrowserPool
from gofer.tools.base import ToolContext

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

_OFF = ("ConversionMeasurement", "AttributionReporting", "Fledge", "AdInterestGroupAPI", "FencedFrames",
        "BrowsingTopics", "SharedStorageAPI", "PrivateAggregation")

_SURFACE = """() => ({
  attributionSrc: 'attributionSrc' in HTMLImageElement.prototype,
  xhrAttribution: typeof XMLHttpRequest.prototype.setAttributionReporting,
  joinAdInterestGroup: typeof navigator.joinAdInterestGroup,
  runAdAuction: typeof navigator.runAdAuction,
  fencedFrame: typeof window.HTMLFencedFrameElement,
  topics: typeof document.browsingTopics,
  sharedStorage: typeof window.sharedStorage,
})"""


async def test_the_ad_measurement_uploads_are_off_in_the_launched_browser(pool: BrowserPool, ctx: ToolContext
                                                                           ) -> None:
    site = RecordingServer()
    with recording_servers(site):
        site.pages["/page"] = "<html><body><h1>Shop</h1></body></html>"
        await call(ctx, "browser_open", url=f"{site.url}/page")
        surface = await page_eval(ctx, _SURFACE)
    assert pool.pid is not None
    args = Path(f"/proc/{pool.pid}/cmdline").read_bytes().decode().split("\0")
    [disabled] = [a for a in args if a.startswith("--disable-features=")]
    assert set(_OFF) <= set(disabled.removeprefix("--disable-features=").split(",")), disabled
    assert surface == {"attributionSrc": False, "xhrAttribution": "undefined", "joinAdInterestGroup": "undefined",
                       "runAdAuction": "undefined", "fencedFrame": "undefined", "topics": "undefined",
                       "sharedStorage": "undefined"}, surface
