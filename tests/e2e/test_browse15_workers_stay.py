"""A page that stays keeps its workers; a frame that goes loses them. The guard ends a frame's dedicated workers as
its document goes away (see ``gofer/computer/browser/_worker_js.py``): what a worker sends while its page is torn
down can leave past the routes. A link that starts a download fires ``beforeunload`` and the page stays: its
worker must go on working. A frame its page removes is torn down: its worker must stop sending. Real Chromium
through gofer's pool, a page on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest
from harness import call, page_eval, ref
from recording_server import RecordingServer, recording_servers

from gofer.tools.base import ToolContext

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

_COUNTER = "let n = 0; setInterval(() => postMessage(++n), 50);"
_TICKER = "let n = 0; setInterval(() => fetch('/tick?n=' + (++n)).catch(() => {}), 50);"
_PAGE = """<!doctype html><title>Reports</title><h1>Reports</h1><p id="out">0</p>
<a href="/report.csv">Download the report</a>
<iframe src="/frame" title="Live ticker"></iframe>
<script>
const w = new Worker('/counter.js');
w.onmessage = e => { document.getElementById('out').textContent = String(e.data); };
</script>"""
_FRAME = "<!doctype html><p>ticker</p><script>new Worker('/ticker.js');</script>"

SITE = RecordingServer({"/page": _PAGE, "/frame": _FRAME, "/counter.js": _COUNTER, "/ticker.js": _TICKER})


def _downloads(server: RecordingServer) -> None:
    """Make ``server`` answer ``/report.csv`` as a download."""
    base: type[BaseHTTPRequestHandler] = server.server.RequestHandlerClass  # type: ignore[assignment]

    class Downloading(base):  # type: ignore[valid-type,misc]
        def do_GET(self) -> None:
            if not self.path.startswith("/report.csv"):
                super().do_GET()  # type: ignore[misc]
                return
            server.requests.append(f"GET {self.path} ")
            body = b"month,total\njan,3\n"
            self.send_response(200)
            self.send_header("content-type", "text/csv")
            self.send_header("content-disposition", 'attachment; filename="report.csv"')
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server.server.RequestHandlerClass = Downloading


@pytest.fixture(scope="module", autouse=True)
def servers() -> Iterator[None]:
    _downloads(SITE)
    with recording_servers(SITE):
        yield


async def _count(ctx: ToolContext) -> int:
    return int(await page_eval(ctx, "() => document.getElementById('out').textContent"))


def _ticks() -> int:
    return len([r for r in SITE.requests if r.startswith("GET /tick")])


async def test_a_page_that_stays_after_a_download_link_keeps_its_worker(ctx: ToolContext) -> None:
    await call(ctx, "browser_open", url=SITE.url + "/page")
    await asyncio.sleep(0.5)
    assert await _count(ctx) > 3
    await call(ctx, "browser_click", ref=ref(ctx, "Download the report"))
    await asyncio.sleep(0.5)
    assert [r for r in SITE.requests if r.startswith("GET /report.csv")]
    before = await _count(ctx)
    await asyncio.sleep(0.8)
    assert await _count(ctx) > before + 5, "the page's worker was ended though the page stayed"
    assert _ticks() > 0


async def test_a_frame_its_page_removes_loses_its_worker(ctx: ToolContext) -> None:
    await call(ctx, "browser_open", url=SITE.url + "/page")
    await asyncio.sleep(0.8)
    assert _ticks() > 3
    await page_eval(ctx, "() => document.querySelector('iframe').remove()")
    await asyncio.sleep(0.3)
    before = _ticks()
    await asyncio.sleep(1.0)
    assert _ticks() <= before + 1, "the removed frame's worker went on sending"
    assert await _count(ctx) > 0  # the page's own worker still runs
