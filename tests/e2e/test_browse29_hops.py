"""A redirect hop the route hook fetches carries only the cookies Chromium would send it: SameSite (session 19,
browse29).

Playwright's fetch adds the context's cookies for a hop's address whatever their ``SameSite``. A page's image (a
``no-cors`` load, whose credentials mode is ``include``) of its own site's redirect that bounces to another site went
there with that site's ``SameSite=Strict`` session: a page could make a request to another site with the person's
session that Chromium would never send (a cross-site request forgery ``SameSite`` exists to stop). Chromium sends a
cross-site subresource only the cookies marked ``SameSite=None`` (a cookie without the attribute counts as ``Lax``).

Real Chromium, servers on 127.0.0.1 ("localhost" is another site); only the model is scripted."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hop_helpers import hops_landed, two_hosts
from recording_server import RecordingServer
from test_browse17_cookies import _SESSION, _landing_headers
from test_flow_page_channels import _page, _refused

from gofer.events import ConfirmationRequested, RunStatus

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

_OWN = "own-7d2c91e04b"
"""The value of the page's own site's cookie (so its first request carries cookies)."""


def _sets(server: RecordingServer, cookie: str) -> None:
    """Make ``server`` answer ``/page`` with ``Set-Cookie: cookie``."""
    base: type[BaseHTTPRequestHandler] = server.server.RequestHandlerClass

    class Setting(base):  # type: ignore[valid-type,misc]
        def send_response(self, code: int, message: str | None = None) -> None:
            super().send_response(code, message)
            if urlsplit(self.path).path == "/page":
                self.send_header("set-cookie", cookie)

    server.server.RequestHandlerClass = Setting


_IMAGE = "(v.length === 3 && (new Image().src = '/redirect?to=' + encodeURIComponent('{o}/landing?topic=roses')))"


@pytest.mark.parametrize("same_site", ["Strict", "Lax", ""], ids=["Strict", "Lax", "no attribute"])
async def test_an_image_redirected_to_another_site_carries_none_of_its_samesite_cookies(
        tmp_path: Path, same_site: str) -> None:
    # "localhost" set its session when the run opened it; the site's page (holding a cookie of its own, so its
    # image goes with cookies) loads an image of its own /redirect, which bounces to localhost: the hop is a
    # cross-site subresource, and Chromium sends it no Strict, Lax or unmarked cookie
    site, other = two_hosts()
    _sets(site, f"own={_OWN}; Path=/")
    _sets(other, f"session={_SESSION}; Path=/; HttpOnly" + (f"; SameSite={same_site}" if same_site else ""))
    got = _landing_headers(other, "cookie")
    status, events = await hops_landed(tmp_path, f"{other.url}/page", _page(_IMAGE.format(o=other.url)), got,
                                       site, other)
    assert status == RunStatus.FINISHED
    assert not _refused(events) and not [e for e in events if isinstance(e, ConfirmationRequested)]
    assert any(_OWN in r for r in site.requests) or site.hits("/redirect"), site.requests
    assert len(got) == 1 and _SESSION not in got[0], got


async def test_an_image_redirected_within_its_site_keeps_its_strict_cookies(tmp_path: Path) -> None:
    # the ordinary case stays: a same-site hop (another port of 127.0.0.1) carries the site's Strict session
    site, other = two_hosts("127.0.0.1")
    _sets(site, f"session={_SESSION}; Path=/; HttpOnly; SameSite=Strict")
    got = _landing_headers(other, "cookie")
    status, _events = await hops_landed(tmp_path, f"{site.url}/page", _page(_IMAGE.format(o=other.url)), got,
                                        site, other)
    assert status == RunStatus.FINISHED
    assert len(got) == 1 and _SESSION in got[0], got
