"""Webhook deliveries against real receivers on 127.0.0.1: plain http carries only an envelope, https the whole
event, secrets are shown once, and a slow name server does not stall the server while a webhook is registered.
The model is scripted; the server, its store, the receivers (and TLS) are real."""

from __future__ import annotations

import json
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from gofer.config import Settings
from gofer.events import ConfirmationRequested
from gofer.server.testing import LiveServer, scripted_model, wait_event
from gofer.server.webhooks import verify_signature

SECRET_TEXT = "door code 4471-OKAPI"


class _Receiver:
    """A webhook receiver on 127.0.0.1 (https when given a certificate) that keeps what it is sent."""

    def __init__(self, cert: tuple[Path, Path] | None = None) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.arrived = threading.Condition()
        outer = self

        class Hook(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                with outer.arrived:
                    outer.received.append((dict(self.headers), body))
                    outer.arrived.notify_all()
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
        self.server.daemon_threads = True
        scheme = "http"
        if cert is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(str(cert[0]), str(cert[1]))
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
            scheme = "https"
        self.url = f"{scheme}://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait(self, count: int, timeout: float = 30) -> list[dict[str, Any]]:
        with self.arrived:
            assert self.arrived.wait_for(lambda: len(self.received) >= count, timeout), self.received
            return [json.loads(body) for _, body in self.received]


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    r = _Receiver()
    yield r
    r.server.shutdown()


@pytest.fixture
def tls_receiver(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[_Receiver]:
    """An https receiver with a self-signed certificate for 127.0.0.1, which the server's client trusts."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=hooks",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    r = _Receiver((cert, key))
    yield r
    r.server.shutdown()


def test_plain_http_receivers_get_an_envelope_and_secrets_are_shown_once(receiver: _Receiver,
                                                                         tmp_path: Path) -> None:
    """Before: the question's text crossed plain http in the delivery, and GET /v1/webhooks showed every secret."""
    model = scripted_model(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "ask_user", "arguments": {"question": f"Is the {SECRET_TEXT} right?"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "done"}}]},
    ])
    with LiveServer(Settings(allow_scripted_models=True, model=model)) as server:
        client = server.client(server.user_key("alice"))
        created = client.post("/v1/webhooks", json={"url": receiver.url, "events": ["question"]})
        assert created.status_code == 201
        hook = created.json()
        assert hook["secret"]
        listed = client.get("/v1/webhooks").json()["webhooks"]
        assert [h["id"] for h in listed] == [hook["id"]]
        assert "secret" not in listed[0] and hook["secret"] not in json.dumps(listed)

        run_id = client.post("/v1/runs", json={"task": "ask me"}).json()["id"]
        question = wait_event(client, run_id, "QuestionAsked")
        [body] = receiver.wait(1)
        headers, raw = receiver.received[0]
        assert SECRET_TEXT.encode() not in raw
        assert "event" not in body
        assert body["kind"] == "question" and body["run_id"] == run_id and body["type"] == "QuestionAsked"
        assert body["seq"] == question["seq"] and body["ts"]
        assert verify_signature(hook["secret"], headers["X-Gofer-Timestamp"], raw, headers["X-Gofer-Signature"])
        # The envelope says where to read the event, with the key, over the API.
        fetched = client.get(f"/v1/runs/{run_id}/events", params={"after": body["seq"] - 1, "limit": 1}).json()
        assert SECRET_TEXT in fetched["events"][0]["question"]

        # A deployment that means it may send whole events over http.
        hooks = server.ctx.webhooks
        hooks.full_over_http = True
        stored = hooks.hooks(server.call(server.ctx.store.get_user_by_name("alice")).id)[0]
        event = ConfirmationRequested(run_id=run_id, seq=7, action_id="a1", tool="send_email",
                                      arguments={"body": SECRET_TEXT})
        assert server.call(hooks.deliver(stored, "confirmation", event))
        assert receiver.wait(2)[1]["event"]["arguments"] == {"body": SECRET_TEXT}


def test_https_receivers_get_the_whole_event(tls_receiver: _Receiver) -> None:
    with LiveServer(Settings()) as server:
        client = server.client(server.user_key("alice"))
        hook = client.post("/v1/webhooks", json={"url": tls_receiver.url}).json()
        hooks = server.ctx.webhooks
        stored = hooks.hooks(server.call(server.ctx.store.get_user_by_name("alice")).id)[0]
        event = ConfirmationRequested(run_id="run_x", seq=3, action_id="a1", tool="send_email",
                                      arguments={"to": "x@example.com", "body": SECRET_TEXT})
        assert server.call(hooks.deliver(stored, "confirmation", event))
        [body] = tls_receiver.wait(1)
        assert body["event"]["arguments"]["body"] == SECRET_TEXT and body["seq"] == 3
        headers, raw = tls_receiver.received[0]
        assert verify_signature(hook["secret"], headers["X-Gofer-Timestamp"], raw, headers["X-Gofer-Signature"])


def test_a_slow_name_server_does_not_stall_other_requests(monkeypatch: pytest.MonkeyPatch) -> None:
    """Registering a webhook resolves its host (to refuse private addresses). Before, that ran on the event loop:
    while the name server took its time, no other request of any user was answered."""
    real = socket.getaddrinfo
    entered, release = threading.Event(), threading.Event()

    def resolver(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host != "slow-dns.example":
            return real(host, *args, **kwargs)
        entered.set()
        release.wait(30)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 0))]

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    with LiveServer(Settings(allow_private_network=False)) as server:
        alice = server.client(server.user_key("alice"))
        bob = server.client(server.user_key("bob"), timeout=5)
        outcome: list[int] = []
        registering = threading.Thread(target=lambda: outcome.append(
            alice.post("/v1/webhooks", json={"url": "https://slow-dns.example/h"}).status_code))
        registering.start()
        try:
            assert entered.wait(20)
            # The resolver is still stuck; other requests are answered meanwhile.
            assert bob.get("/v1/me").status_code == 200
            assert httpx.get(f"{server.url}/healthz", timeout=5).status_code == 200
            assert not release.is_set()
        finally:
            release.set()
            registering.join(30)
        assert outcome == [201]
