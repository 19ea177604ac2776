"""Session 16's attacks on the server over real HTTP: webhooks aimed at shared-address and embedded private
addresses, a webhook receiver answering without end, too many webhooks, and stream positions that are not
plain numbers. The model is scripted; the server, its store and the receivers are real."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from gofer.config import Settings
from gofer.events import RunFinished
from gofer.sdk import Client, NotFoundError
from gofer.server import webhooks
from gofer.server.testing import LiveServer, scripted_model, wait_event

LIMIT = getattr(webhooks, "MAX_WEBHOOKS", 20)


@pytest.mark.parametrize("url", [
    "http://100.100.100.200/latest/meta-data/",  # Alibaba Cloud's metadata service, in 100.64.0.0/10
    "http://100.101.102.103:8080/admin",  # a Tailscale peer (carrier-grade NAT range)
    "http://[2002:a9fe:a9fe::1]/",  # 6to4 with 169.254.169.254 inside
    "http://[64:ff9b::a9fe:a9fe]/",  # NAT64 with 169.254.169.254 inside
    "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",  # Teredo with 127.0.0.1 (obfuscated) inside
    "http://192.0.0.8/",  # IETF protocol assignments
])
def test_webhooks_refuse_shared_and_embedded_private_addresses(url: str) -> None:
    with LiveServer(Settings(allow_private_network=False)) as server:
        client = server.client(server.user_key("alice"))
        r = client.post("/v1/webhooks", json={"url": url})
        assert r.status_code == 422, r.text
        assert r.json()["error"]["details"][0]["field"] == "url"
        assert client.get("/v1/webhooks").json()["webhooks"] == []
        # A public address is still fine (no DNS needed for a literal).
        assert client.post("/v1/webhooks", json={"url": "https://93.184.215.14/h"}).status_code == 201


def test_a_webhook_receiver_cannot_keep_the_server_reading() -> None:
    """A receiver that answers 200 and then streams a body without end: the delivery counts as done at the
    status line and the server reads none of the body (before: it read until the receiver stopped)."""
    stop = threading.Event()

    class Endless(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Length", str(10**11))
            self.end_headers()
            chunk = b"x" * 65536
            try:
                for _ in range(800):  # 50 MB, then silence (the connection stays open)
                    self.wfile.write(chunk)
                stop.wait(60)
            except OSError:
                return

        def log_message(self, *args: object) -> None:
            return

    receiver = ThreadingHTTPServer(("127.0.0.1", 0), Endless)
    receiver.daemon_threads = True
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    try:
        with LiveServer(Settings()) as server:
            hooks = server.ctx.webhooks
            hook = server.call(hooks.add("someone", f"http://127.0.0.1:{receiver.server_port}/h", ["end"]))
            started = time.monotonic()
            delivered = server.call(hooks.deliver(hook, "end", RunFinished(run_id="run_x", answer="done")),
                                    timeout=120)
            assert delivered
            assert time.monotonic() - started < 8
    finally:
        stop.set()
        receiver.shutdown()


def test_a_user_has_a_bounded_number_of_webhooks() -> None:
    with LiveServer(Settings()) as server:
        client = server.client(server.user_key("alice"))
        for i in range(LIMIT):
            assert client.post("/v1/webhooks", json={"url": f"https://93.184.215.14/h{i}"}).status_code == 201
        r = client.post("/v1/webhooks", json={"url": "https://93.184.215.14/one-more"})
        assert r.status_code == 409 and str(LIMIT) in r.json()["error"]["message"]
        assert len(client.get("/v1/webhooks").json()["webhooks"]) == LIMIT
        # Another user's webhooks are counted apart.
        other = server.client(server.user_key("bob"))
        assert other.post("/v1/webhooks", json={"url": "https://93.184.215.14/b"}).status_code == 201


def test_stream_positions_that_are_not_plain_numbers_are_refused_by_name(tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [{"tool_calls": [{"name": "finish", "arguments": {"answer": "ok"}}]}])
    with LiveServer(Settings(allow_scripted_models=True, model=model)) as server:
        key = server.user_key("alice")
        client = server.client(key)
        run_id = client.post("/v1/runs", json={"task": "t"}).json()["id"]
        wait_event(client, run_id, "RunFinished")
        for value in ("--1", "1-", "\u00b2", "9" * 30):
            r = client.get(f"/v1/runs/{run_id}/events", headers={b"Last-Event-ID": value.encode("latin-1")})
            assert r.status_code == 422, (value, r.text)
            assert r.json()["error"]["details"][0]["field"] == "last-event-id"
        for value in (str(2**63), "9" * 23):
            r = client.get(f"/v1/runs/{run_id}/events", params={"after": value})
            assert r.status_code == 422, (value, r.text)
            assert r.json()["error"]["details"][0]["field"] == "after"
        assert client.get(f"/v1/runs/{run_id}/events", headers={"Last-Event-ID": "0"}).json()["events"][0]["seq"] == 1
        ws_url = server.url.replace("http", "ws") + f"/v1/runs/{run_id}/events"
        for value in ("--1", "\u00b2", "9" * 5000, "x"):
            with connect(f"{ws_url}?after={value}", additional_headers={"Authorization": f"Bearer {key}"},
                         open_timeout=10, max_size=None) as ws, pytest.raises(ConnectionClosed) as closed:
                ws.recv(timeout=10)
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 4422, value[:5]
            assert "after" in closed.value.rcvd.reason
        with connect(f"{ws_url}?after=0", additional_headers={"Authorization": f"Bearer {key}"},
                     open_timeout=10) as ws:
            assert '"seq":1' in ws.recv(timeout=10)


def test_the_sdk_sends_ids_and_file_names_as_they_are() -> None:
    """File names with ``#``, ``?`` or ``%`` and ids with ``/`` or ``..`` reach the server as one path segment:
    before, ``download("a#b.txt")`` fetched ``a``, ``download("100%41.txt")`` fetched ``100A.txt`` and
    ``get_run("../sessions")`` called another route."""
    with LiveServer(Settings()) as server:
        key = server.user_key("alice")
        raw = server.client(key)
        session = raw.post("/v1/sessions", json={}).json()["id"]
        for name, body in (("a", b"plain a"), ("100A.txt", b"the A file"), ("x", b"plain x")):
            assert raw.put(f"/v1/sessions/{session}/files/{name}", content=body).status_code == 201
        with Client(server.url, key) as client:
            for name, body in (("a#b.txt", b"hash"), ("100%41.txt", b"percent"), ("x?y=1", b"query"),
                               ("d ir/s p.txt", b"spaces")):
                assert client.upload(session, name, body)["path"] == name
                assert client.download(session, name) == body, name
            assert client.download(session, "a") == b"plain a"
            listed = {f.path for f in client.list_files(session)}
            assert {"a", "100A.txt", "x", "a#b.txt", "100%41.txt", "x?y=1", "d ir/s p.txt"} <= listed
            for bad in ("../sessions", f"x/../../sessions/{session}"):
                with pytest.raises(NotFoundError):
                    client.get_run(bad)


def test_a_cross_site_page_cannot_open_a_run_stream_without_the_key(tmp_path: Path) -> None:
    """Cross-site WebSocket hijacking: the server has no cookie session, so a socket opened from another site
    carries nothing that authenticates it (it is refused 4401); another user's key gets 4404."""
    model = scripted_model(tmp_path / "m.yaml", [{"tool_calls": [{"name": "finish", "arguments": {"answer": "ok"}}]}])
    with LiveServer(Settings(allow_scripted_models=True, model=model)) as server:
        client = server.client(server.user_key("alice"))
        run_id = client.post("/v1/runs", json={"task": "t"}).json()["id"]
        ws_url = server.url.replace("http", "ws") + f"/v1/runs/{run_id}/events"
        other = server.user_key("mallory")
        for headers, subprotocols, code in (({"Origin": "https://evil.example", "Cookie": "session=x"}, None, 4401),
                                            ({"Origin": "https://evil.example"}, [f"gofer.key.{other}"], 4404)):
            with connect(ws_url, additional_headers=headers, subprotocols=subprotocols,  # type: ignore[arg-type]
                         open_timeout=10) as ws, pytest.raises(ConnectionClosed) as closed:
                ws.recv(timeout=10)
            assert closed.value.rcvd is not None and closed.value.rcvd.code == code
