"""http_request: real HTTP to a local server, the URL policy on every hop, risk by method."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from gofer.config import Settings
from gofer.events import Risk
from gofer.tools.base import ToolContext, ToolError
from gofer.tools.web import http_request


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return

    def _reply(self, status: int, body: bytes, ctype: str = "application/json", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        port = self.server.server_address[1]
        if self.path == "/json":
            self._reply(200, b'{"price": 12.5}')
        elif self.path == "/bounce":
            self._reply(302, b"", Location=f"http://localhost:{port}/json")
        elif self.path == "/headers":
            self._reply(200, json.dumps({"key": self.headers.get("X-Key")}).encode())
        elif self.path in ("/bounce-headers", "/stay-headers"):
            host = "localhost" if self.path == "/bounce-headers" else "127.0.0.1"
            self._reply(302, b"", Location=f"http://{host}:{port}/headers")
        elif self.path == "/big":
            self._reply(200, b"x" * 3_000_000, "text/plain")
        else:
            self._reply(404, b"nope", "text/plain")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        if self.path == "/moved":
            self._reply(307, b"", Location=f"http://localhost:{self.server.server_address[1]}/orders")
            return
        self._reply(201, json.dumps({"got": json.loads(self.rfile.read(length))}).encode())


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _ctx(tmp_path: Path, **settings: object) -> ToolContext:
    return ToolContext(run_id="r", session_id="s", workspace=tmp_path, settings=Settings(home=tmp_path, **settings))


async def test_get_returns_status_headers_and_untrusted_body(tmp_path: Path, server: str) -> None:
    result = await http_request(_ctx(tmp_path), {"url": f"{server}/json"})
    assert "-> 200" in result.text and '{"price": 12.5}' in result.text and "content-type" in result.text
    assert result.untrusted and result.data is not None and result.data["status"] == 200


async def test_post_sends_json_and_is_consequential(tmp_path: Path, server: str) -> None:
    args = {"url": f"{server}/orders", "method": "POST", "body": {"qty": 2}}
    assert http_request.judge_risk(args, _ctx(tmp_path)).risk == Risk.CONSEQUENTIAL
    assert http_request.judge_risk({"url": server}, _ctx(tmp_path)).risk == Risk.READ_ONLY
    result = await http_request(_ctx(tmp_path), args)
    assert "-> 201" in result.text and '"got": {"qty": 2}' in result.text


def test_a_get_with_a_body_sends_data_and_is_consequential(tmp_path: Path) -> None:
    """A body goes to the server whatever the method, so a GET or HEAD carrying one asks like a POST."""
    for method in ("GET", "HEAD"):
        args = {"url": "https://api.example/search", "method": method, "body": {"secret": "workspace data"}}
        judged = http_request.judge_risk(args, _ctx(tmp_path))
        assert judged.risk == Risk.CONSEQUENTIAL and "body" in judged.reasons[0]
    plain = http_request.judge_risk({"url": "https://api.example/", "body": ""}, _ctx(tmp_path))
    assert plain.risk == Risk.READ_ONLY


async def test_private_addresses_are_refused_when_the_policy_says_so(tmp_path: Path, server: str) -> None:
    with pytest.raises(ToolError, match="loopback"):
        await http_request(_ctx(tmp_path, allow_private_network=False), {"url": f"{server}/json"})
    with pytest.raises(ToolError, match="scheme"):
        await http_request(_ctx(tmp_path), {"url": "ftp://example.org/x"})
    with pytest.raises(ToolError, match="read_file"):
        await http_request(_ctx(tmp_path), {"url": "file:///workspace/a.txt"})


async def test_every_redirect_hop_is_checked(tmp_path: Path, server: str) -> None:
    result = await http_request(_ctx(tmp_path), {"url": f"{server}/bounce"})
    assert "-> 200" in result.text and "/json" in result.text
    with pytest.raises(ToolError, match="deny list") as refused:
        await http_request(_ctx(tmp_path, deny_domains=["localhost"]), {"url": f"{server}/bounce"})
    # where the server sent it is the server's text: untrusted output, not part of gofer's message
    assert refused.value.output is not None and "localhost" in refused.value.output
    assert "/json" not in str(refused.value)  # the policy's reason names the host, never the rest of the address


async def test_a_redirect_to_another_host_carries_neither_headers_nor_body(tmp_path: Path, server: str) -> None:
    """The guard judged where the request was going; a server's redirect must not carry its secrets elsewhere."""
    stay = await http_request(_ctx(tmp_path), {"url": f"{server}/stay-headers", "headers": {"X-Key": "k1"}})
    assert '"key": "k1"' in stay.text
    away = await http_request(_ctx(tmp_path), {"url": f"{server}/bounce-headers", "headers": {"X-Key": "k1"}})
    assert "-> 200" in away.text and '"key": null' in away.text
    with pytest.raises(ToolError, match="not sent on to another host") as moved:
        await http_request(_ctx(tmp_path), {"url": f"{server}/moved", "method": "POST", "body": {"card": "x"}})
    assert moved.value.output is not None and moved.value.output.endswith("/orders")


async def test_a_denied_address_in_another_notation_is_still_denied(tmp_path: Path, server: str) -> None:
    port = server.rpartition(":")[2]
    for host in ("2130706433", "127.1", "0x7f.0.0.1"):
        with pytest.raises(ToolError, match="deny list"):
            await http_request(_ctx(tmp_path, deny_domains=["127.0.0.1"]), {"url": f"http://{host}:{port}/json"})


async def test_download_to_the_workspace_and_long_bodies_cut(tmp_path: Path, server: str) -> None:
    saved = await http_request(_ctx(tmp_path), {"url": f"{server}/big", "save_to": "dl/big.txt"})
    assert (tmp_path / "dl/big.txt").stat().st_size == 3_000_000 and saved.artifacts[0].path == "dl/big.txt"
    shown = await http_request(_ctx(tmp_path), {"url": f"{server}/big"})
    assert "the rest was not read" in shown.text and len(shown.text) < 2_100_000
    with pytest.raises(ToolError, match="outside the workspace"):
        await http_request(_ctx(tmp_path), {"url": f"{server}/json", "save_to": "../escape.json"})
