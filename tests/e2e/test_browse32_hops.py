"""The cookies of the requests the route hook fetches itself, and of their redirect hops (session 20, browse32).

The hook reads a request's credentials mode from what Chromium put on it, and three cases went without cookies
Chromium sends (checked against a context with no route): a script's ``no-cors`` fetch to its own origin, which
cannot carry the guard's mark, had its hops to another origin sent none, where Chromium sends them the hop's own
cookies as it does an image's; a request made with credentials ``include`` (an image, a marked fetch) whose first
host's cookies ``SameSite`` withheld (another site's, not ``SameSite=None``) was taken as made without credentials,
and its hop back to the page's site went without the site's cookies; and a request the hook fetched lost the page's
partitioned (CHIPS) cookies, which Chromium adds after the route has seen it.

Real Chromium, servers on 127.0.0.1 (other ports: other origins of the same site) and "localhost" (another site,
and a secure context for a partitioned cookie); only the model is scripted."""

from __future__ import annotations

from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hop_helpers import hops_landed, two_hosts, until_landed
from recording_server import RecordingServer, recording_servers
from test_browse17_cookies import _SESSION, _landing_headers, _session_site
from test_browse29_hops import _OWN, _sets
from test_browse30_hops import CREDENTIALS_MARK
from test_flow_page_channels import _page, _refused

from gofer.computer.browser import BrowserPool
from gofer.events import ConfirmationRequested, Event, RunStatus

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]


@dataclass
class Case:
    """Servers (the site first), the page opened first, the site's page, and what the request's last hop carried
    (its Cookie header, one entry per request that landed)."""

    servers: tuple[RecordingServer, ...]
    first: str
    page: str
    got: list[str]


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


_NO_CORS = ("(v.length === 3 && fetch('/redirect?to=' + encodeURIComponent('{o}/landing?topic=roses'), "
            "{{mode: 'no-cors'{c}}}).catch(() => {{}}))")


def _no_cors(credentials: str) -> Case:
    """The site (127.0.0.1, every port) holds a session; its script fetches its own /redirect in no-cors mode (a
    beacon, an image through fetch) with ``credentials``, which bounces to another port (another origin)."""
    site, other = two_hosts("127.0.0.1")
    _session_site(site)
    got = _landing_headers(other, "cookie")
    return Case((site, other), f"{site.url}/page", _page(_NO_CORS.format(o=other.url, c=credentials)), got)


_IMAGE = ("(v.length === 3 && (new Image().src = '{f}/redirect?to=' + "
          "encodeURIComponent('{o}/landing?topic=roses')))")
_INCLUDE = ("(v.length === 3 && fetch('{f}/redirect?to=' + encodeURIComponent('{o}/landing?topic=roses'), "
            "{{credentials: 'include'}}).catch(() => {{}}))")


def _withheld(send: str) -> Case:
    """localhost sets its session (SameSite Lax by default) as the run opens it; the site's page (holding a cookie
    of its own) loads localhost's /redirect with ``send``, a cross-site request that carries none of localhost's
    cookies, and localhost bounces it back to the site."""
    site, other = two_hosts()
    _session_site(other)
    _shares_redirects(other, site.url)
    _sets(site, f"own={_OWN}; Path=/")
    got = _landing_headers(site, "cookie")
    return Case((site, other), f"{other.url}/page", _page(send.format(f=other.url, o=site.url)), got)


_PART = "chips-3e8b51a9d0"
_WRITE_PART = f"document.cookie = 'part={_PART}; Path=/; Secure; SameSite=None; Partitioned';"
_OWN_FETCH = "(v.length === 3 && fetch('{u}'{o}).catch(() => {{}}))"


def _partitioned(hop: bool, omit: bool = False) -> Case:
    """The site's page (localhost: a secure context) writes a partitioned cookie as it loads (one a server sets on an
    answer the hook fetched reaches the store through Playwright, unpartitioned); its script then fetches its own
    address with a query (the hook fetches it), directly or (``hop``) through its own /redirect, with credentials
    ``omit`` when ``omit``."""
    site = RecordingServer(host="localhost")
    got = _landing_headers(site, "cookie")
    target = "/landing?topic=roses"
    url = "/redirect?to=' + encodeURIComponent('" + site.url + target + "') + '" if hop else target
    send = _OWN_FETCH.format(u=url, o=", {credentials: 'omit'}" if omit else "")
    return Case((site,), f"{site.url}/page", _page(send, head=_WRITE_PART), got)


async def _through_gofer(tmp_path: Path, case: Case) -> tuple[RunStatus, list[Event]]:
    return await hops_landed(tmp_path, case.first, case.page, case.got, *case.servers)


async def _plain_chromium(pool: BrowserPool, case: Case) -> None:
    """The same pages in a context of the same Chromium with no route (what Chromium sends by itself): open
    ``first``, then the site's page, and type into it."""
    site = case.servers[0]
    site.pages["/page"] = case.page
    context = await (await pool.browser()).new_context()
    try:
        page = await context.new_page()
        with recording_servers(*case.servers):
            await page.goto(case.first)
            await page.goto(f"{site.url}/page")
            await page.fill("#c", "tom")
            await until_landed(case.got)
    finally:
        await context.close()


_CASES = {
    "no-cors default": lambda: _no_cors(""), "no-cors include": lambda: _no_cors(", credentials: 'include'"),
    "withheld image": lambda: _withheld(_IMAGE), "withheld include fetch": lambda: _withheld(_INCLUDE),
    "partitioned": lambda: _partitioned(False), "partitioned hop": lambda: _partitioned(True),
}
"""The cases whose last hop Chromium sends a cookie the test names (checked against a context with no route)."""
_SENT = {"no-cors default": _SESSION, "no-cors include": _SESSION, "withheld image": _OWN,
         "withheld include fetch": _OWN, "partitioned": _PART, "partitioned hop": _PART}


@pytest.mark.parametrize("name", list(_CASES))
async def test_chromium_without_a_route_sends_these_hops_their_cookies(pool: BrowserPool, name: str) -> None:
    # the ground truth of the tests below
    case = _CASES[name]()
    await _plain_chromium(pool, case)
    assert len(case.got) == 1 and _SENT[name] in case.got[0], case.got


@pytest.mark.parametrize("credentials", ["", ", credentials: 'include'"], ids=["default", "include"])
async def test_a_no_cors_fetch_redirected_to_another_origin_keeps_its_cookies(tmp_path: Path, credentials: str) -> None:
    # Chromium sends the hop to another port the site's session, whatever the fetch's credentials mode
    case = _no_cors(credentials)
    status, events = await _through_gofer(tmp_path, case)
    assert status == RunStatus.FINISHED
    assert not _refused(events) and not [e for e in events if isinstance(e, ConfirmationRequested)]
    assert case.servers[0].hits("/redirect"), case.servers[0].requests
    assert len(case.got) == 1 and _SESSION in case.got[0], case.got


async def test_a_no_cors_fetch_without_credentials_carries_none_on_its_hops(tmp_path: Path) -> None:
    # the announcement keeps the fetch's own mode: credentials 'omit' sends no hop a cookie, as in Chromium
    case = _no_cors(", credentials: 'omit'")
    status, _events = await _through_gofer(tmp_path, case)
    assert status == RunStatus.FINISHED
    assert len(case.got) == 1 and _SESSION not in case.got[0], case.got


@pytest.mark.parametrize("send", [_IMAGE, _INCLUDE], ids=["image", "include fetch"])
async def test_an_include_request_whose_first_hosts_cookies_samesite_withheld_keeps_its_hops_cookies(
        tmp_path: Path, send: str) -> None:
    # the request to localhost carries none of its cookies; its hop back to the site carries the site's own cookie
    case = _withheld(send)
    other = case.servers[1]
    status, events = await _through_gofer(tmp_path, case)
    assert status == RunStatus.FINISHED
    assert not _refused(events) and not [e for e in events if isinstance(e, ConfirmationRequested)]
    assert other.hits("/redirect") and not [r for r in other.hits("/redirect") if _SESSION in r], other.requests
    assert len(case.got) == 1 and _OWN in case.got[0] and _SESSION not in case.got[0], case.got


@pytest.mark.parametrize("hop", [False, True], ids=["its own address", "a redirect hop"])
async def test_a_request_the_hook_fetches_keeps_the_pages_partitioned_cookies(tmp_path: Path, hop: bool) -> None:
    # Chromium sends the partitioned cookie with the request and with its hop
    case = _partitioned(hop)
    status, events = await _through_gofer(tmp_path, case)
    assert status == RunStatus.FINISHED
    assert not _refused(events)
    assert len(case.got) == 1 and _PART in case.got[0], case.got


async def test_a_fetch_without_credentials_carries_none_of_the_pages_partitioned_cookies(tmp_path: Path) -> None:
    # the look-alike stays without: the same page's script fetches its own address with credentials 'omit' (the
    # guard marks it, to its own origin only, and the mark never leaves the browser): Chromium sends no cookie
    case = _partitioned(False, omit=True)
    marks = _landing_headers(case.servers[0], CREDENTIALS_MARK)
    status, events = await _through_gofer(tmp_path, case)
    assert status == RunStatus.FINISHED
    assert not _refused(events)
    assert case.got == [""], case.got
    assert marks == [""], marks
