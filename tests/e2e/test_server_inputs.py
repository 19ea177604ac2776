"""Bad input over real HTTP: JSON errors naming the field, size limits, safe paths, model policy, limits."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

from gofer.config import Settings
from gofer.events import RunFinished
from gofer.server.testing import LiveServer, scripted_model, wait_event
from gofer.server.webhooks import pinned_request, verify_signature


def test_errors_are_json_and_name_the_field(tmp_path: Path) -> None:
    with LiveServer(Settings(allow_scripted_models=True, max_request_bytes=10_000)) as server:
        client = server.client(server.user_key("alice"))
        r = client.post("/v1/runs", json={"task": "x", "budgets": {"max_steps": 0}})
        assert r.status_code == 422
        assert r.json()["error"]["details"][0]["field"] == "budgets.max_steps"
        r = client.post("/v1/runs", content=b"{not json", headers={"Content-Type": "application/json"})
        assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"
        r = client.post("/v1/runs", json={"task": "x", "surprise": 1})
        assert r.status_code == 422 and "surprise" in r.json()["error"]["message"]
        r = client.post("/v1/runs", json={"task": "x", "model": "scripted:/nonexistent.yaml"})
        assert r.status_code == 422 and r.json()["error"]["details"][0]["field"] == "model"
        r = client.post("/v1/runs", json={"task": "x", "model": f"scripted:{tmp_path}/m.yaml", "tools": ["nope"]})
        assert r.status_code == 422 and r.json()["error"]["details"][0]["field"] == "tools"
        r = client.post("/v1/runs", json={"task": "x" * 20_000})
        assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"
        assert client.get("/v1/runs/nope").json() == {
            "error": {"code": "not_found", "message": "no run nope", "details": None}}
        assert client.get("/v1/runs", params={"limit": "many"}).json()["error"]["details"][0]["field"] == "limit"
        assert client.delete("/v1/runs").status_code == 405


def test_scripted_models_refused_unless_allowed(tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [{"tool_calls": [{"name": "finish", "arguments": {"answer": "x"}}]}])
    with LiveServer(Settings(allow_scripted_models=False)) as server:
        client = server.client(server.user_key("alice"))
        r = client.post("/v1/runs", json={"task": "x", "model": model})
        assert r.status_code == 422
        assert "GOFER_ALLOW_SCRIPTED_MODELS" in r.json()["error"]["message"]
        r = client.post("/v1/runs", json={"task": "x"})
        assert r.status_code == 422 and r.json()["error"]["details"][0]["field"] == "model"
        assert client.get("/v1/models").json()["scripted_allowed"] is False


def test_scripted_model_files_only_from_the_allowed_folders(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    script = scripted_model(outside / "m.yaml", [{"text": "host secret"}])
    allowed = tmp_path / "scripts"
    allowed.mkdir()
    inside = scripted_model(allowed / "m.yaml", [{"tool_calls": [{"name": "finish", "arguments": {"answer": "x"}}]}])
    (allowed / "link.yaml").symlink_to(outside / "m.yaml")
    settings = Settings(allow_scripted_models=True, scripted_model_dirs=[str(allowed)], home=str(tmp_path / "home"))
    with LiveServer(settings) as server:
        client = server.client(server.user_key("alice"))
        for spec in (script, f"scripted:{allowed / 'link.yaml'}", f"scripted:{allowed}/../elsewhere/m.yaml"):
            r = client.post("/v1/runs", json={"task": "x", "model": spec})
            assert r.status_code == 422, spec
            assert "GOFER_SCRIPTED_MODEL_DIRS" in r.json()["error"]["message"]
        r = client.post("/v1/runs", json={"task": "x", "model": "scripted:/etc/passwd"})
        assert r.status_code == 422 and "ends in .yaml" in r.json()["error"]["message"]
        assert client.post("/v1/runs", json={"task": "x", "model": inside}).status_code == 201
    with LiveServer(Settings(allow_scripted_models=True, home=str(tmp_path / "home2"))) as server:
        client = server.client(server.user_key("alice"))
        assert client.post("/v1/runs", json={"task": "x", "model": inside}).status_code == 201
        r = client.post("/v1/runs", json={"task": "x", "model": "scripted:/etc/passwd"})
        assert r.status_code == 422 and "ends in .yaml" in r.json()["error"]["message"]


def test_files_upload_download_and_path_checks(tmp_path: Path) -> None:
    with LiveServer(Settings(max_upload_bytes=1000)) as server:
        client = server.client(server.user_key("alice"))
        session = client.post("/v1/sessions", json={"title": "files"}).json()
        base = f"/v1/sessions/{session['id']}/files"
        r = client.put(f"{base}/data/in.csv", content=b"a,b\n1,2\n")
        assert r.status_code == 201
        assert r.json() == {"path": "data/in.csv", "size": 8, "sha256": hashlib.sha256(b"a,b\n1,2\n").hexdigest()}
        assert client.get(f"{base}/data/in.csv").content == b"a,b\n1,2\n"
        assert client.get(f"{base}/data/in.csv").headers["content-disposition"] == (
            "attachment; filename=\"in.csv\"; filename*=UTF-8''in.csv")
        listed = client.get(base).json()["files"]
        assert {"path": "data/", "size": None, "is_dir": True} in listed
        assert client.get(base, params={"path": "data"}).json()["files"] == [
            {"path": "data/in.csv", "size": 8, "is_dir": False}]
        assert client.put(f"{base}/big.bin", content=b"x" * 1001).status_code == 413
        assert client.put(f"{base}/%2E%2E/%2E%2E/escape.txt", content=b"x").status_code == 400
        assert not (Path(session["workspace"]).parent.parent / "escape.txt").exists()
        outside = tmp_path / "outside.txt"
        outside.write_text("host secret")
        (Path(session["workspace"]) / "link.txt").symlink_to(outside)
        assert client.get(f"{base}/link.txt").status_code == 404
        assert client.put(f"{base}/link.txt", content=b"overwrite").status_code == 400
        assert outside.read_text() == "host secret"
        assert client.get(f"{base}/missing.txt").status_code == 404
        assert client.get(base, params={"path": "../.."}).status_code == 404


def test_rate_limit_and_runs_per_day_quota(tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [{"tool_calls": [{"name": "finish", "arguments": {"answer": "x"}}]}])
    with LiveServer(Settings(allow_scripted_models=True, rate_limit_per_minute=5)) as server:
        client = server.client(server.user_key("alice"))
        codes = [client.get("/v1/me").status_code for _ in range(6)]
        assert codes == [200] * 5 + [429]
        r = client.get("/v1/me")
        assert r.json()["error"]["code"] == "rate_limited" and int(r.headers["retry-after"]) >= 1
        assert server.client(server.user_key("alice")).get("/v1/me").status_code == 429  # a new key shares it
        assert server.client(server.user_key("bob")).get("/v1/me").status_code == 200
    with LiveServer(Settings(allow_scripted_models=True)) as server:
        client = server.client(server.user_key("carol", quotas={"runs_per_day": 1}))
        first = client.post("/v1/runs", json={"task": "a", "model": model})
        assert first.status_code == 201
        second = client.post("/v1/runs", json={"task": "b", "model": model})
        assert second.status_code == 429 and second.json()["error"]["details"]["quota"] == "runs_per_day"


def test_signed_webhooks_and_seed_aliases(tmp_path: Path) -> None:
    received: list[tuple[dict[str, str], bytes]] = []
    got_end = threading.Event()

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append((dict(self.headers), body))
            self.send_response(204)
            self.end_headers()
            if json.loads(body)["kind"] == "end":
                got_end.set()

        def log_message(self, *args: object) -> None:
            return

    receiver = HTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    model = scripted_model(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "ask_user", "arguments": {"question": "ok?"}}]},
        {"tool_calls": [{"name": "write_file", "arguments": {"path": "r.txt", "content": "r"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "the result", "files": ["r.txt"]}}]},
    ])
    try:
        with LiveServer(Settings(allow_scripted_models=True, model=model)) as server:
            client = server.client(server.user_key("alice"))
            hook = client.post("/v1/webhooks", json={"url": f"http://127.0.0.1:{receiver.server_port}/h"}).json()
            started = client.post("/api/v1/agent/execute", json={"task_description": "do it", "context": {}})
            assert started.status_code == 201
            execution = started.json()
            assert execution["status"] in ("initiated", "running")
            question = wait_event(client, execution["execution_id"], "QuestionAsked")
            client.post(f"/v1/runs/{execution['execution_id']}/answers/{question['question_id']}",
                        json={"answer": "yes"})
            wait_event(client, execution["execution_id"], "RunFinished")
            done = client.get(f"/api/v1/agent/execute/{execution['execution_id']}").json()
            assert done["status"] == "completed" and done["result"]["answer"] == "the result"
            assert got_end.wait(20)
            kinds = [json.loads(body)["kind"] for _, body in received]
            assert kinds == ["question", "end"]
            for headers, body in received:
                assert verify_signature(hook["secret"], headers["X-Gofer-Timestamp"], body,
                                        headers["X-Gofer-Signature"])
            mac = hmac.new(b"wrong", b"x", hashlib.sha256).hexdigest()
            assert not verify_signature(hook["secret"], "1", received[0][1], "sha256=" + mac)

            session = client.post("/api/v1/agent/sessions", json={}).json()
            scripted_model(tmp_path / "m.yaml", [
                {"tool_calls": [{"name": "write_file", "arguments": {"path": "c.txt", "content": "c"}}]},
                {"tool_calls": [{"name": "finish", "arguments": {"answer": "chatted"}}]},
            ])
            reply = client.post("/api/v1/agent/chat", json={"message": "hello", "session_id": session["session_id"],
                                                            "context": {}})
            assert reply.status_code == 200, reply.text
            body = reply.json()
            assert body["content"] == "chatted"
            assert body["actions"][0]["tool"] == "write_file"
            assert body["context_updates"]["session_id"] == session["session_id"]
            assert body["context_updates"]["files"] == ["c.txt"]
    finally:
        receiver.shutdown()


def test_health_metrics_tools_and_openapi() -> None:
    with LiveServer(Settings()) as server:
        client = server.client(server.user_key("alice"))
        assert client.get("/healthz").json() == {"status": "ok"}
        assert client.get("/readyz").json() == {"status": "ready"}
        names = [t["name"] for t in client.get("/v1/tools").json()["tools"]]
        assert {"write_file", "read_file", "finish", "ask_user"} <= set(names)
        metrics = client.get("/metrics").text
        assert "gofer_http_requests_total" in metrics and 'route="/v1/tools"' in metrics
        spec = client.get("/openapi.json").json()
        assert "/v1/runs/{run_id}/events" in spec["paths"]
        assert "RunFinished" in spec["components"]["schemas"]
        assert "text/html" in client.get("/").headers["content-type"]


def test_a_webhook_is_delivered_to_the_address_that_was_checked(tmp_path: Path) -> None:
    hosts: list[str] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            hosts.append(self.headers["Host"])
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return

    receiver = HTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    port = receiver.server_port
    assert pinned_request("https://hooks.example:8443/h?x=1", "203.0.113.7") == (
        "https://203.0.113.7:8443/h?x=1", {"Host": "hooks.example:8443"}, {"sni_hostname": "hooks.example"})
    try:
        with LiveServer(Settings(allow_scripted_models=True)) as server:
            hooks = server.ctx.webhooks
            hook = server.call(hooks.add("someone", f"http://localhost:{port}/h", ["end"]))
            event = RunFinished(run_id="run_x", answer="done")
            # Resolved once, connected to that address, with the name kept in the Host header.
            assert server.call(hooks.deliver(hook, "end", event))
            assert hosts == [f"localhost:{port}"]
            hooks.allow_private = False
            assert not server.call(hooks.deliver(hook, "end", event))  # loopback refused when private is off
            assert hosts == [f"localhost:{port}"]
    finally:
        receiver.shutdown()
