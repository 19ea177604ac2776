"""The route hook's redirect hops and the credentials a request was made with (session 18, browse26).

The hook fetches a request that could carry data hop by hop; Playwright's fetch adds the context's cookies for a
hop's address to any hop without a Cookie header. Chromium does not when the request was made without credentials
for that hop: a default fetch (credentials ``same-origin``) to the page's own origin that a server redirects to
another origin sends that origin no cookies, and a request made without credentials sends none on any hop, also when
its first host holds no cookies. Sending them let a page's script have another site's session ride along (SameSite
and HttpOnly included) on a request whose answer it reads, since the hook answers the first, same-origin request;
and that answer, read as the same origin's, bypassed CORS: a fetch redirected to an origin that does not share its
answer now fails, as in Chromium.

Real Chromium, servers on 127.0.0.1 ("localhost" is another site); only the model is scripted."""

from __future__ import annotations

from pathlib import Path

import pytest
from hop_helpers import hop_run, hops_landed, two_hosts
from recording_server import RecordingServer, recording_servers
from test_browse17_cookies import _SESSION, _landing_headers, _session_site
from test_flow_page_channels import _page, _refused

from gofer.events import ConfirmationRequested, RunStatus

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]


_DEFAULT = ("(v.length === 3 && fetch('/redirect?to=' + encodeURIComponent('{o}/landing?topic=roses'))"
            ".then(r => r.text()).catch(() => {{}}))")
_XHR = ("(v.length === 3 && (() => {{ const x = new XMLHttpRequest(); "
        "x.open('GET', '/redirect?to=' + encodeURIComponent('{o}/landing?topic=roses')); x.send(); }})())")
_OMIT = ("(v.length === 3 && fetch('{f}/redirect?to=' + encodeURIComponent('{o}/landing?topic=roses'), "
         "{{credentials: 'omit'}}).catch(() => {{}}))")


@pytest.mark.parametrize("send", [_DEFAULT, _XHR], ids=["fetch", "XMLHttpRequest"])
async def test_a_default_request_redirected_to_another_origin_carries_none_of_its_cookies(
        tmp_path: Path, send: str) -> None:
    # "localhost" set an HttpOnly session when the run opened it; the site's own page then fetches its own
    # /redirect (with its own cookies: same origin), which bounces to localhost: Chromium sends that hop no cookie
    site, other = two_hosts()
    _session_site(other)
    got = _landing_headers(other, "cookie")
    status, events = await hops_landed(tmp_path, f"{other.url}/page", _page(send.format(o=other.url)), got,
                                       site, other)
    assert status == RunStatus.FINISHED
    assert not _refused(events) and not [e for e in events if isinstance(e, ConfirmationRequested)]
    assert len(got) == 1 and _SESSION not in got[0], got


async def test_a_request_without_credentials_to_a_host_holding_no_cookies_carries_none_on_its_hops(
        tmp_path: Path) -> None:
    # the site (127.0.0.1, every port) holds an HttpOnly session; its page fetches localhost (which holds no
    # cookies) without credentials, and localhost bounces it to the site: Chromium sends the hop no cookie
    site, other = two_hosts()
    _session_site(site)
    got = _landing_headers(site, "cookie")
    status, events = await hops_landed(tmp_path, f"{site.url}/page", _page(_OMIT.format(f=other.url, o=site.url)),
                                       got, site, other)
    assert status == RunStatus.FINISHED
    assert not _refused(events) and not [e for e in events if isinstance(e, ConfirmationRequested)]
    assert len(got) == 1 and _SESSION not in got[0], got


async def test_a_default_fetch_within_its_origin_keeps_its_cookies_on_every_hop(tmp_path: Path) -> None:
    # the ordinary case stays: the site's fetch of its own /redirect bouncing within the site carries the session
    site = RecordingServer()
    _session_site(site)
    got = _landing_headers(site, "cookie")
    status, _events = await hops_landed(tmp_path, f"{site.url}/page", _page(_DEFAULT.format(o=site.url)), got, site)
    assert status == RunStatus.FINISHED
    assert len(got) == 1 and _SESSION in got[0], got


_READ = ("(v.length === 3 && fetch('/redirect?to=' + encodeURIComponent('{o}/private')).then(r => r.text())"
         ".then(t => {{ document.getElementById('echo').textContent = 'read: ' + t; }})"
         ".catch(e => {{ document.getElementById('echo').textContent = 'failed: ' + e.name; }}))")
_PRIVATE = "payroll-4471-confidential"


async def test_a_script_cannot_read_another_origins_answer_through_its_own_sites_redirect(tmp_path: Path) -> None:
    # the site's script fetches its own /redirect, which bounces to localhost, whose answer allows no other origin
    # to read it (CORS): Chromium fails the fetch; the hook answered the first, same-origin request with it, so the
    # script read what another site shows (an intranet page, a page only the person's address may see)
    site, other = two_hosts()
    other.pages["/private"] = f"<p>{_PRIVATE}</p>"
    other.page_headers["/private"] = {"access-control-allow-origin": "https://nobody.example"}
    with recording_servers(site, other):
        site.pages["/page"] = _page(_READ.format(o=other.url))
        status, events = await hop_run(tmp_path, f"{site.url}/page", site)
    assert status == RunStatus.FINISHED
    assert other.hits("/private"), other.requests
    seen = "\n".join(getattr(e, "text", "") for e in events if type(e).__name__ == "Observation")
    assert "failed: TypeError" in seen and _PRIVATE not in seen, seen[-2000:]
