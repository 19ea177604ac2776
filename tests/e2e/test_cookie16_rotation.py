"""Cookies a server rotates on requests the route hook fetches itself.

Once a run has read untrusted content, requests that could carry data (a body, a query; every navigation) are fetched
by the route hook hop by hop (``route.fetch(max_redirects=0)``) and their answers fulfilled to the page. A site that
sets a new session cookie on every answer (a session or CSRF cookie rotated on each post) must get back, on each
later request, the value it set last, as it does without gofer: on a script's POSTs and GETs with a query (to its own
origin, and to another port of its host with and without CORS), and on a form's POST answered at once or by a 303
whose hop sets the cookie too. Each page runs in plain Chromium (a context of the same pool without gofer's routing)
and in a gofer run whose rule is in force; the server must see the same cookies in both. Real Chromium, pages on
127.0.0.1; only the model is scripted."""

from __future__ import annotations

import asyncio
import itertools
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from recording_server import RecordingServer, recording_servers
from test_flow_page_channels import _page, _refused, _run

from gofer.computer.browser import BrowserPool
from gofer.events import ConfirmationRequested, RunStatus

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

Seen = list[tuple[str, str]]


def _rotating(server: RecordingServer) -> Seen:
    """Make ``server`` answer ``/api``, ``/login`` and ``/home`` with a new ``sid`` cookie each time (``/login?to=X``
    with a 303 to X); returns the list where it records the path and the ``sid`` each of those requests carried."""
    base: type[BaseHTTPRequestHandler] = server.server.RequestHandlerClass
    count = itertools.count(1)
    seen: Seen = []

    class Rotating(base):  # type: ignore[valid-type,misc]
        def send_response(self, code: int, message: str | None = None) -> None:
            super().send_response(code, message)
            path = urlsplit(self.path).path
            if path in ("/api", "/login", "/home"):
                cookies = dict(c.strip().split("=", 1) for c in (self.headers.get("cookie") or "").split(";")
                               if "=" in c)
                seen.append((path, cookies.get("sid", "")))
                self.send_header("set-cookie", f"sid=s{next(count)}; Path=/")

        def _serve(self) -> None:
            parts = urlsplit(self.path)
            if parts.path == "/login" and parts.query.startswith("to="):
                self.rfile.read(int(self.headers.get("content-length") or 0))
                self.send_response(303)
                self.send_header("location", parts.query[3:])
                self.send_header("content-length", "0")
                self.end_headers()
                return
            super()._serve()

        do_GET = do_POST = _serve

    server.server.RequestHandlerClass = Rotating
    return seen


async def _plain(pool: BrowserPool, url: str, text: str, seen: Seen, count: int) -> None:
    """Open ``url`` in a context of ``pool`` without gofer's routing, type ``text`` into its field and wait until
    ``seen`` has ``count`` requests."""
    context = await pool.new_context("cookie16-plain")
    try:
        page = await context.new_page()
        await page.goto(url)
        await page.locator("#c").type(text)
        for _ in range(100):
            if len(seen) >= count:
                break
            await asyncio.sleep(0.1)
    finally:
        await context.close()


async def _both(pool: BrowserPool, tmp_path: Path, pages: dict[str, str], text: str, count: int,
                other: bool = False) -> tuple[Seen, Seen]:
    """What a rotating server saw from the page at ``/page`` without gofer, then in a gofer run (a fresh server each
    time); ``other``: the rotating server is another port of the host, the page's ``{other}`` its address."""
    seen: list[Seen] = []
    for plain in (True, False):
        site, second = RecordingServer(), RecordingServer()
        rotating = second if other else site
        got = _rotating(rotating)
        with recording_servers(site, second):
            site.pages.update({k: v.replace("{other}", second.url) for k, v in pages.items()})
            if plain:
                await _plain(pool, f"{site.url}/page", text, got, count)
            else:
                status, events = await _run(tmp_path, site, text)
                for _ in range(50):
                    if len(got) >= count:
                        break
                    await asyncio.sleep(0.1)
                assert status == RunStatus.FINISHED
                assert not _refused(events) and not [e for e in events if isinstance(e, ConfirmationRequested)]
        seen.append(got)
    return seen[0], seen[1]


_ROTATE = ("(v.length === 3 && (async () => {{ for (let i = 0; i < 4; i++) {{ "
           "await fetch(i % 2 ? '{base}/api?n=' + i : '{base}/api', {{method: i % 2 ? 'GET' : 'POST', "
           "body: i % 2 ? null : 'n=' + i, {opts}}}).catch(() => {{}}); }} }})())")
_WHERE = {"own": ("", ""), "other port, no-cors": ("{other}", "mode: 'no-cors', credentials: 'include'"),
          "other port, cors": ("{other}", "credentials: 'include'")}


@pytest.mark.parametrize("where", list(_WHERE))
async def test_a_cookie_the_server_rotates_on_fetched_requests_is_sent_back_new(
    pool: BrowserPool, tmp_path: Path, where: str
) -> None:
    base, opts = _WHERE[where]
    plain, gofer = await _both(pool, tmp_path, {"/page": _page(_ROTATE.format(base=base, opts=opts))}, "tom", 4,
                               other=bool(base))
    expected = [("/api", ""), ("/api", "s1"), ("/api", "s2"), ("/api", "s3")]
    assert plain == expected
    assert gofer == expected


_FORM = ("<form id='f' method='post' action='{action}'><input type='hidden' name='q' value='basil'></form>"
         "<script>document.getElementById('c').addEventListener('input', e => {{ "
         "if (e.target.value.length === 3) document.getElementById('f').submit(); }});</script>")
_AFTER = "<html><body><p>home</p><script>fetch('/api', {method: 'POST', body: 'n=1'});</script></body></html>"


@pytest.mark.parametrize("redirect", [False, True])
async def test_a_cookie_a_form_post_sets_is_sent_back_new(pool: BrowserPool, tmp_path: Path, redirect: bool) -> None:
    pages = {"/page": _page("") + _FORM.format(action="/login?to=/home" if redirect else "/login"),
             "/login": _AFTER, "/home": _AFTER}
    expected = [("/login", ""), ("/home", "s1"), ("/api", "s2")] if redirect else [("/login", ""), ("/api", "s1")]
    plain, gofer = await _both(pool, tmp_path, pages, "tom", len(expected))
    assert plain == expected
    assert gofer == expected
