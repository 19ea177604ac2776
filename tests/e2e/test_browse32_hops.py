"""The cookies of the requests the route hook fetches itself, and of their redirect hops (session 20, browse32).

The hook reads a request's credentials mode from what Chromium put on it, and three cases went without cookies
Chromium sends (checked against a context with no route): a script's ``no-cors`` fetch to its own origin, which
cannot carry the guard's mark, had its hops to another origin sent none, where Chromium sends them the hop's own
cookies as it does an image's; a request made with credentials ``include`` (an image, a marked fetch) whose first
host's cookies ``SameSite`` withheld (another site's, not ``SameSite=None``) was taken as made without credentials,
and its hop back to the page's site went without the site's session; and a request the hook fetched lost the page's
partitioned (CHIPS) cookies, which Chromium adds after the route has seen it.

Real Chromium, servers on 127.0.0.1 (other ports: other origins of the same site) and "localhost" (another site,
and a secure context for a partitioned cookie); only the model is scripted."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hop_helpers import hops_landed, two_hosts
from recording_server import RecordingServer
from test_browse17_cookies import _SESSION, _landing_headers, _session_site
from test_browse29_hops import _OWN, _sets
from test_browse30_hops import CREDENTIALS_MARK
from test_flow_page_channels import _page, _refused

from gofer.events import ConfirmationRequested, RunStatus

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

_NO_CORS = ("(v.length === 3 && fetch('/redirect?to=' + encodeURIComponent('{o}/landing?topic=roses'), "
            "{{mode: 'no-cors'{c}}}).catch(() => {{}}))")


@pytest.mark.parametrize("credentials", ["", ", credentials: 'include'"], ids=["default", "include"])
async def test_a_no_cors_fetch_redirected_to_another_origin_keeps_its_cookies(tmp_path: Path, credentials: str) -> None:
    # the site (127.0.0.1, every port) holds a session; its script fetches its own /redirect in no-cors mode (a
    # beacon, an image through fetch), which bounces to another port: Chromium sends that hop the session
    site, other = two_hosts("127.0.0.1")
    _session_site(site)
    got = _landing_headers(other, "cookie")
    page = _page(_NO_CORS.format(o=other.url, c=credentials))
    status, events = await hops_landed(tmp_path, f"{site.url}/page", page, got, site, other)
    assert status == RunStatus.FINISHED
    assert not _refused(events) and not [e for e in events if isinstance(e, ConfirmationRequested)]
    assert site.hits("/redirect"), site.requests
    assert len(got) == 1 and _SESSION in got[0], got


async def test_a_no_cors_fetch_without_credentials_carries_none_on_its_hops(tmp_path: Path) -> None:
    # the announcement keeps the fetch's own mode: credentials 'omit' sends no hop a cookie, as in Chromium
    site, other = two_hosts("127.0.0.1")
    _session_site(site)
    got = _landing_headers(other, "cookie")
    page = _page(_NO_CORS.format(o=other.url, c=", credentials: 'omit'"))
    status, _events = await hops_landed(tmp_path, f"{site.url}/page", page, got, site, other)
    assert status == RunStatus.FINISHED
    assert len(got) == 1 and _SESSION not in got[0], got


def _shares_redirects(server: RecordingServer, origin: str) -> None:
    """Make ``server``'s ``/redirect`` answers share themselves with ``origin``, credentials included (CORS)."""
    base: type[BaseHTTPRequestHandler] = server.server.RequestHandlerClass

    class Sharing(base):  # type: ignore[valid-type,misc]
        def send_response(self, code: int, message: str | None = None) -> None:
            super().send_response(code, message)
            if urlsplit(self.path).path == "/redirect":
                self.send_header("access-control-allow-origin", origin)
                self.send_header("access-control-allow-credentials", "true")

    server.server.RequestHandlerClass = Sharing


_IMAGE = ("(v.length === 3 && (new Image().src = '{f}/redirect?to=' + "
          "encodeURIComponent('{o}/landing?topic=roses')))")
_INCLUDE = ("(v.length === 3 && fetch('{f}/redirect?to=' + encodeURIComponent('{o}/landing?topic=roses'), "
            "{{credentials: 'include'}}).catch(() => {{}}))")


@pytest.mark.parametrize("send", [_IMAGE, _INCLUDE], ids=["image", "include fetch"])
async def test_an_include_request_whose_first_hosts_cookies_samesite_withheld_keeps_its_hops_cookies(
        tmp_path: Path, send: str) -> None:
    # localhost set its session (SameSite Lax by default) when the run opened it; the site's page (holding a cookie
    # of its own) loads localhost's /redirect, a cross-site request that carries none of localhost's cookies, and
    # localhost bounces it back to the site: Chromium sends that hop the site's own cookie
    site, other = two_hosts()
    _session_site(other)
    _shares_redirects(other, site.url)
    _sets(site, f"own={_OWN}; Path=/")
    got = _landing_headers(site, "cookie")
    page = _page(send.format(f=other.url, o=site.url))
    status, events = await hops_landed(tmp_path, f"{other.url}/page", page, got, site, other)
    assert status == RunStatus.FINISHED
    assert not _refused(events) and not [e for e in events if isinstance(e, ConfirmationRequested)]
    assert other.hits("/redirect") and not [r for r in other.hits("/redirect") if _SESSION in r], other.requests
    assert len(got) == 1 and _OWN in got[0] and _SESSION not in got[0], got


_PART = "chips-3e8b51a9d0"
_OWN_FETCH = "(v.length === 3 && fetch('{u}').catch(() => {{}}))"
_OMIT_FETCH = "(v.length === 3 && fetch('/landing?topic=roses', {credentials: 'omit'}).catch(() => {}))"
_WRITE_PART = f"document.cookie = 'part={_PART}; Path=/; Secure; SameSite=None; Partitioned';"


@pytest.mark.parametrize("hop", [False, True], ids=["its own address", "a redirect hop"])
async def test_a_request_the_hook_fetches_keeps_the_pages_partitioned_cookies(tmp_path: Path, hop: bool) -> None:
    # the site's page (localhost: a secure context) writes a partitioned cookie as it loads (a cookie the server
    # sets on an answer the hook fetched reaches the store through Playwright, unpartitioned); its script then
    # fetches its own address with a query (the hook fetches it), directly or through its own /redirect: Chromium
    # sends the partitioned cookie with both
    site = RecordingServer(host="localhost")
    got = _landing_headers(site, "cookie")
    target = "/landing?topic=roses"
    url = "/redirect?to=' + encodeURIComponent('" + site.url + target + "') + '" if hop else target
    page = _page(_OWN_FETCH.format(u=url), head=_WRITE_PART)
    status, events = await hops_landed(tmp_path, f"{site.url}/page", page, got, site)
    assert status == RunStatus.FINISHED
    assert not _refused(events)
    assert len(got) == 1 and _PART in got[0], got


async def test_a_fetch_without_credentials_carries_none_of_the_pages_partitioned_cookies(tmp_path: Path) -> None:
    # the look-alike stays without: the same page's script fetches its own address with credentials 'omit' (the
    # guard marks it, to its own origin only, and the mark never leaves the browser): Chromium sends no cookie
    site = RecordingServer(host="localhost")
    got = _landing_headers(site, "cookie")
    marks = _landing_headers(site, CREDENTIALS_MARK)
    page = _page(_OMIT_FETCH, head=_WRITE_PART)
    status, events = await hops_landed(tmp_path, f"{site.url}/page", page, got, site)
    assert status == RunStatus.FINISHED
    assert not _refused(events)
    assert got == [""], got
    assert marks == [""], marks
