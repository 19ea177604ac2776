"""A script's request made with credentials ``include`` keeps its cookies on redirect hops (session 19, browse30).

Playwright does not tell a request's credentials mode, so the route hook read it from what the first request
carried: a script's fetch or XHR to its own origin counted as ``same-origin`` (the default), and its hops to another
origin went without cookies, where Chromium sends an ``include`` request's hops their own host's; an include request
whose first host holds no cookies got none on any hop. The guard (an init script) now marks include-mode requests
with a header the router removes before any request leaves, also one it leaves to Chromium.

Real Chromium, servers on 127.0.0.1 (other ports: other origins of the same site) and "localhost" (another site);
only the model is scripted."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hop_helpers import hops_landed, two_hosts
from recording_server import RecordingServer
from test_browse17_cookies import _SESSION, _landing_headers, _session_site
from test_flow_page_channels import _page, _refused

from gofer.events import ConfirmationRequested, RunStatus

CREDENTIALS_MARK = "x-gofer-credentials"
"""The guard's mark of an include-mode request (:data:`gofer.computer.browser._worker_js.CREDENTIALS_MARK`)."""

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

_FETCH = ("(v.length === 3 && fetch('{f}/redirect?to=' + encodeURIComponent('{o}/landing?topic=roses'), "
          "{{credentials: 'include'}}).catch(() => {{}}))")
_XHR = ("(v.length === 3 && (() => {{ const x = new XMLHttpRequest(); x.withCredentials = true; "
        "x.open('GET', '{f}/redirect?to=' + encodeURIComponent('{o}/landing?topic=roses')); x.send(); }})())")


@pytest.mark.parametrize("send", [_FETCH, _XHR], ids=["fetch", "XMLHttpRequest"])
async def test_an_include_request_redirected_to_another_origin_keeps_its_cookies(tmp_path: Path, send: str) -> None:
    # the site (127.0.0.1, every port) holds a session; its script fetches its own /redirect with credentials
    # 'include', which bounces to another port (another origin, the same site): Chromium sends that hop the session
    site, other = two_hosts("127.0.0.1")
    _session_site(site)
    got = _landing_headers(other, "cookie")
    marks = _landing_headers(other, CREDENTIALS_MARK)
    status, events = await hops_landed(tmp_path, f"{site.url}/page", _page(send.format(f="", o=other.url)), got,
                                       site, other)
    assert status == RunStatus.FINISHED
    assert not _refused(events) and not [e for e in events if isinstance(e, ConfirmationRequested)]
    assert len(got) == 1 and _SESSION in got[0], got
    assert marks == [""], marks


async def test_an_include_request_to_a_host_holding_no_cookies_carries_its_hops_cookies(tmp_path: Path) -> None:
    # the site holds a session; its script fetches localhost (which holds none) with credentials 'include', and
    # localhost bounces it back to the site (the page's own site): the hop goes with the site's session
    site, other = two_hosts()
    _session_site(site)
    got = _landing_headers(site, "cookie")
    status, events = await hops_landed(tmp_path, f"{site.url}/page", _page(_FETCH.format(f=other.url, o=site.url)),
                                       got, site, other)
    assert status == RunStatus.FINISHED
    assert not _refused(events) and not [e for e in events if isinstance(e, ConfirmationRequested)]
    assert other.hits("/redirect"), other.requests
    assert len(got) == 1 and _SESSION in got[0], got


def _headers_of(server: RecordingServer, path: str, header: str) -> list[str]:
    """Make ``server`` record the ``header`` of each request to ``path``; returns that list."""
    base: type[BaseHTTPRequestHandler] = server.server.RequestHandlerClass
    got: list[str] = []

    class Recording(base):  # type: ignore[valid-type,misc]
        def _serve(self) -> None:
            if urlsplit(self.path).path == path:
                got.append(self.headers.get(header) or "")
            super()._serve()

        do_GET = do_POST = _serve

    server.server.RequestHandlerClass = Recording
    return got


_PLAIN = ("(v.length === 3 && fetch('/plain', {credentials: 'include', headers: {'X-Kind': 'note'}})"
          ".catch(() => {}))")
_PLAIN_AUTH = ("(v.length === 3 && fetch('/plain', {credentials: 'include', headers: {Authorization: 'Bearer k'}})"
               ".catch(() => {}))")


@pytest.mark.parametrize("send", [_PLAIN, _PLAIN_AUTH], ids=["left to Chromium", "fetched by the hook"])
async def test_the_mark_never_leaves_the_browser(tmp_path: Path, send: str) -> None:
    # a plain path is left to Chromium (its route falls back without the mark); one with an Authorization header
    # is fetched by the hook (a fallback's headers would put it back on a hop to another origin)
    site = RecordingServer()
    _session_site(site)
    marks = _headers_of(site, "/plain", CREDENTIALS_MARK)
    kinds = _headers_of(site, "/plain", "cookie")
    site.pages["/plain"] = "ok"
    status, _events = await hops_landed(tmp_path, f"{site.url}/page", _page(send), marks, site)
    assert status == RunStatus.FINISHED
    assert marks == [""], marks
    assert len(kinds) == 1 and _SESSION in kinds[0], kinds
