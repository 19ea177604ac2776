"""The URL policy and the pool's resilience with real Chromium: refused navigations, workspace files, crashes."""

from __future__ import annotations

import base64
import http.server
import os
import re
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ClassVar

import pytest

from gofer.computer.browser import BrowserPool
from gofer.tools.base import ToolContext, ToolError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "site"))
from harness import call, make_ctx, page_eval, ref, settings_for
from site_server import serve_site


def said(error: BaseException) -> str:
    """A tool error's message and the text that follows it as data (addresses a page or a server chose)."""
    return f"{error} {getattr(error, 'output', None) or ''}"


@contextmanager
def raises_saying(pattern: str) -> Iterator[pytest.ExceptionInfo[ToolError]]:
    """Like ``pytest.raises(ToolError, match=pattern)``, the pattern looked for in the data after it too."""
    with pytest.raises(ToolError) as info:
        yield info
    assert re.search(pattern, said(info.value)), said(info.value)


pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with serve_site() as base:
        yield base


_PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


class _Redirects(http.server.BaseHTTPRequestHandler):
    """Redirect chains that count every request; /flip answers differently the second time."""

    counts: ClassVar[Counter[str]] = Counter()

    def log_message(self, format: str, *args: object) -> None:
        return

    def _send(self, status: int, body: bytes = b"", kind: str = "text/html", **headers: str) -> None:
        self.send_response(status)
        for k, v in {"Content-Type": kind, "Content-Length": str(len(body)), **headers}.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        self.counts[f"GET {path}"] += 1
        port = str(self.headers.get("Host", "")).rpartition(":")[2]
        forbidden = f"http://localhost:{port}/forbidden"
        pages = {
            "/dir/final": b"<title>Final</title><p>Final page</p><a href='next'>next one</a><img src='/img'>",
            "/dir/next": b"<title>Next</title><p>Next page</p>",
            "/form": b"<form method=post action=/submit><input name=q value=x><button>Send it</button></form>",
            "/forbidden": b"FORBIDDEN",
        }
        hops = {"/start": "/dir/middle", "/dir/middle": "final", "/img": "/pixel.png", "/to-forbidden": forbidden,
                "/flip": "/dir/final" if self.counts["GET /flip"] == 1 else forbidden}
        if path in hops:
            self._send(302, Location=hops[path])
        elif path == "/pixel.png":
            self._send(200, _PIXEL, "image/png")
        elif path in pages:
            self._send(200, pages[path])
        else:
            self._send(404, b"no")

    def do_POST(self) -> None:
        self.counts[f"POST {self.path}"] += 1
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._send(303, Location="/dir/final")


async def test_host_files_are_refused_and_never_read(ctx: ToolContext, tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir(exist_ok=True)
    os.symlink("/etc/passwd", ws / "passwd.html")
    (ws / "page.html").write_text('<title>Mine</title><a href="file:///etc/passwd">host file</a><p>local page</p>')
    with raises_saying("inside the workspace") as refused:
        await call(ctx, "browser_open", url="file:///etc/passwd")
    assert "root:" not in said(refused.value)
    opened = await call(ctx, "browser_open", url="file:///workspace/page.html")
    assert "local page" in opened.text and "URL: file:///workspace/page.html" in opened.text
    clicked = await call(ctx, "browser_click", ref=ref(ctx, "host file"))
    assert "root:x:0" not in clicked.text
    link = await call(ctx, "browser_open", url="file:///workspace/passwd.html")
    assert "root:x:0" not in link.text
    with pytest.raises(ToolError):
        await call(ctx, "browser_read", url="file:///etc/passwd")
    with raises_saying("symlink"):
        await call(ctx, "browser_read", url="file:///workspace/passwd.html")
    with raises_saying("scheme"):
        await call(ctx, "browser_open", url="javascript:alert(1)")


async def test_serve_mode_refuses_loopback_and_metadata(pool: BrowserPool, home: Path, tmp_path: Path,
                                                        site: str) -> None:
    serve = settings_for(home, allow_private_network=False)
    ctx = make_ctx(pool, tmp_path / "ws", serve, session_id="serve-mode")
    with raises_saying("loopback"):
        await call(ctx, "browser_open", url=f"{site}/index.html")
    with raises_saying("link-local"):
        await call(ctx, "browser_open", url="http://169.254.169.254/latest/meta-data/")
    assert ctx.computer is not None
    await ctx.computer.aclose()
    listed = settings_for(home, allow_private_network=False, allow_domains=["127.0.0.1"])
    ctx = make_ctx(pool, tmp_path / "ws", listed, session_id="serve-listed")
    opened = await call(ctx, "browser_open", url=f"{site}/index.html")
    assert "Test site" in opened.text
    with raises_saying("allow list"):
        await call(ctx, "browser_read", url=f"{site}/redirect?to=http://169.254.169.254/latest")
    assert ctx.computer is not None
    await ctx.computer.aclose()


async def test_navigation_by_click_and_redirect_passes_the_policy(pool: BrowserPool, home: Path, tmp_path: Path,
                                                                  site: str) -> None:
    settings = settings_for(home, deny_domains=["blocked.invalid"])
    ctx = make_ctx(pool, tmp_path / "ws", settings, session_id="deny")
    with raises_saying("deny list"):
        await call(ctx, "browser_open", url=f"{site}/redirect?to=http://blocked.invalid/x")
    (tmp_path / "ws").mkdir(exist_ok=True)
    (tmp_path / "ws" / "links.html").write_text('<a href="http://blocked.invalid/">bad link</a>')
    await call(ctx, "browser_open", url="file:///workspace/links.html")
    with raises_saying("deny list"):
        await call(ctx, "browser_click", ref=ref(ctx, "bad link"))
    assert ctx.computer is not None
    await ctx.computer.aclose()


@pytest.mark.slow
async def test_a_crashed_browser_is_restarted_with_the_login_kept(pool: BrowserPool, home: Path, tmp_path: Path,
                                                                  site: str) -> None:
    ctx = make_ctx(pool, tmp_path / "ws", settings_for(home), session_id="crashy")
    await call(ctx, "browser_open", url=f"{site}/login.html")
    await call(ctx, "browser_type", ref=ref(ctx, "Username"), text="alice")
    await call(ctx, "browser_type", ref=ref(ctx, "Password"), text="secret", submit=True)
    assert pool.sandboxed is not None
    before = pool.generation
    await pool.kill()
    result = await call(ctx, "browser_open", url=f"{site}/account")
    assert pool.generation == before + 1 and pool.crashes >= 1
    assert "restarted" in result.text and "Welcome back, alice" in result.text
    assert ctx.computer is not None
    await ctx.computer.aclose()


@pytest.mark.slow
async def test_a_computer_without_a_shared_pool_starts_and_closes_its_own(home: Path, tmp_path: Path,
                                                                          site: str) -> None:
    ctx = make_ctx(None, tmp_path / "ws", settings_for(home), session_id="own")
    opened = await call(ctx, "browser_open", url=f"{site}/index.html")
    assert "Test site" in opened.text
    assert ctx.computer is not None
    part = ctx.computer.peek("browser")
    own_pool = part.pool  # type: ignore[union-attr]
    assert own_pool.sandboxed is True and "nobody" in own_pool.sandbox_note
    await ctx.computer.aclose()
    assert not own_pool.running


@pytest.mark.slow
async def test_each_redirect_hop_is_fetched_once_and_checked(pool: BrowserPool, home: Path, tmp_path: Path) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Redirects)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    counts = _Redirects.counts
    counts.clear()
    ctx = make_ctx(pool, tmp_path / "ws", settings_for(home, deny_domains=["localhost"]), session_id="hops")
    try:
        opened = await call(ctx, "browser_open", url=f"{base}/start")
        assert "Final page" in opened.text and f"URL: {base}/dir/final" in opened.text
        assert await page_eval(ctx, "document.images[0].naturalWidth") == 1  # a redirected subresource
        assert counts == Counter({"GET /start": 1, "GET /dir/middle": 1, "GET /dir/final": 1, "GET /img": 1,
                                  "GET /pixel.png": 1})
        nxt = await call(ctx, "browser_click", ref=ref(ctx, "next one"))  # relative to the final URL
        assert "Next page" in nxt.text and f"URL: {base}/dir/next" in nxt.text
        flipped = await call(ctx, "browser_open", url=f"{base}/flip")  # a second request would go elsewhere
        assert "Final page" in flipped.text and counts["GET /flip"] == 1
        await call(ctx, "browser_open", url=f"{base}/form")
        sent = await call(ctx, "browser_click", ref=ref(ctx, "Send it"))
        assert "Final page" in sent.text and counts["POST /submit"] == 1
        assert counts["GET /dir/final"] == 3
        with raises_saying("deny list"):
            await call(ctx, "browser_open", url=f"{base}/to-forbidden")
        assert counts["GET /to-forbidden"] == 1 and counts["GET /forbidden"] == 0
        assert await page_eval(ctx, "location.pathname") == "/dir/final"  # a refusal leaves the page as it was
        back = await call(ctx, "browser_back")
        assert f"URL: {base}/form" in back.text and "Send it" in back.text
    finally:
        assert ctx.computer is not None
        await ctx.computer.aclose()
        server.shutdown()
