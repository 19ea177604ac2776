"""Event streams over real HTTP: SSE reconnection with Last-Event-ID loses nothing; the WebSocket stream."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from websockets.exceptions import ConnectionClosedError
from websockets.sync.client import connect

from gofer.config import Settings
from gofer.server.testing import LiveServer, read_sse, scripted_model, wait_event


def _model(tmp_path: Path, steps: int = 6) -> str:
    turns = [{"text": f"step {i}", "tool_calls": [{"name": "write_file",
                                                   "arguments": {"path": f"f{i}.txt", "content": str(i)}}]}
             for i in range(steps)]
    turns.append({"tool_calls": [{"name": "finish", "arguments": {"answer": "all written"}}]})
    return scripted_model(tmp_path / "m.yaml", turns)


@pytest.fixture
def server() -> LiveServer:
    """A live server allowing scripted models."""
    with LiveServer(Settings(allow_scripted_models=True)) as live:
        yield live  # type: ignore[misc]


def test_sse_reconnection_with_last_event_id_loses_nothing(server: LiveServer, tmp_path: Path) -> None:
    client = server.client(server.user_key("alice"))
    run = client.post("/v1/runs", json={"task": "write files", "model": _model(tmp_path)}).json()
    seen: list[int] = []
    last_id = None
    # Read a few events at a time, dropping the connection each time, until the stream closes on its own.
    for _ in range(200):
        headers = {"Accept": "text/event-stream"}
        if last_id is not None:
            headers["Last-Event-ID"] = last_id
        ended = True
        with client.stream("GET", f"/v1/runs/{run['id']}/events", headers=headers) as response:
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/event-stream")
            for n, (event_id, event) in enumerate(read_sse(response.iter_lines())):
                assert event_id == str(event["seq"])
                seen.append(event["seq"])
                last_id = event_id
                if n == 2:
                    ended = False
                    break
        if ended:
            break
    full = client.get(f"/v1/runs/{run['id']}/events").json()
    assert full["terminal"] is True
    assert seen == [e["seq"] for e in full["events"]] == list(range(len(full["events"])))
    assert full["events"][-1]["type"] == "RunFinished"


def test_events_after_and_stream_of_ended_run_closes_at_once(server: LiveServer, tmp_path: Path) -> None:
    client = server.client(server.user_key("alice"))
    run = client.post("/v1/runs", json={"task": "write files", "model": _model(tmp_path, 1)}).json()
    wait_event(client, run["id"], "RunFinished")
    all_events = client.get(f"/v1/runs/{run['id']}/events").json()["events"]
    tail = client.get(f"/v1/runs/{run['id']}/events", params={"after": 2}).json()["events"]
    assert tail == all_events[3:]
    last = all_events[-1]["seq"]
    with client.stream("GET", f"/v1/runs/{run['id']}/events", params={"after": last},
                       headers={"Accept": "text/event-stream"}) as response:
        assert list(read_sse(response.iter_lines())) == []


def test_websocket_stream(server: LiveServer, tmp_path: Path) -> None:
    key = server.user_key("alice")
    client = server.client(key)
    run = client.post("/v1/runs", json={"task": "write files", "model": _model(tmp_path, 3)}).json()
    url = server.url.replace("http://", "ws://") + f"/v1/runs/{run['id']}/events"
    received = []
    with connect(url, additional_headers={"Authorization": f"Bearer {key}"}, open_timeout=10) as ws:
        for message in ws:
            received.append(json.loads(message))
        assert ws.close_code == 1000
    assert [e["seq"] for e in received] == list(range(len(received)))
    assert received[-1]["type"] == "RunFinished"
    # Resuming from the middle with ?after= and the key as a subprotocol (what the web UI does: not in the URL).
    with connect(f"{url}?after=3", subprotocols=["gofer.v1", f"gofer.key.{key}"], open_timeout=10) as ws:
        assert ws.subprotocol == "gofer.v1"  # the key is never echoed back
        tail = [json.loads(m) for m in ws]
    assert tail == received[4:]
    with connect(f"{url}?after=3&token={key}", open_timeout=10) as ws:  # older clients: a query parameter
        assert [json.loads(m) for m in ws] == tail


def test_websocket_refuses_bad_key_and_other_users(server: LiveServer, tmp_path: Path) -> None:
    client = server.client(server.user_key("alice"))
    run = client.post("/v1/runs", json={"task": "t", "model": _model(tmp_path, 1)}).json()
    url = server.url.replace("http://", "ws://") + f"/v1/runs/{run['id']}/events"
    for token, code in (("wrong", 4401), (server.user_key("bob"), 4404)):
        with connect(f"{url}?token={token}", open_timeout=10) as ws:
            with pytest.raises(ConnectionClosedError):
                ws.recv(timeout=10)
            assert ws.close_code == code
        protocols = ["gofer.v1", f"gofer.key.{token}"]
        with connect(url, subprotocols=protocols, open_timeout=10) as ws:
            with pytest.raises(ConnectionClosedError):
                ws.recv(timeout=10)
            assert ws.close_code == code


def test_sse_sends_keepalives_while_a_run_waits(server: LiveServer, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("gofer.server.streaming.KEEPALIVE_SECONDS", 0.05)
    model = scripted_model(tmp_path / "ask.yaml", [
        {"tool_calls": [{"name": "ask_user", "arguments": {"question": "Which one?"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "that one"}}]},
    ])
    client = server.client(server.user_key("alice"))
    run = client.post("/v1/runs", json={"task": "choose", "model": model}).json()
    asked = wait_event(client, run["id"], "QuestionAsked")
    seen: list[str] = []
    with client.stream("GET", f"/v1/runs/{run['id']}/events", params={"after": asked["seq"]},
                       headers={"Accept": "text/event-stream"}) as response:
        for line in response.iter_lines():
            seen.append(line)
            if seen.count(": keepalive") == 2:
                client.post(f"/v1/runs/{run['id']}/answers/{asked['question_id']}", json={"answer": "A"})
            if line.startswith("data:") and '"RunFinished"' in line:
                break
    assert seen.count(": keepalive") >= 2
    assert any('"QuestionAnswered"' in line for line in seen)


def test_a_client_that_leaves_frees_its_stream(server: LiveServer, tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "ask.yaml", [
        {"tool_calls": [{"name": "ask_user", "arguments": {"question": "Which one?"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "that one"}}]},
    ])
    client = server.client(server.user_key("alice"))
    run = client.post("/v1/runs", json={"task": "choose", "model": model}).json()
    wait_event(client, run["id"], "QuestionAsked")  # the run now waits: its streams stay open until dropped

    def open_sse() -> float:
        text = client.get("/metrics").text
        line = next(x for x in text.splitlines() if x.startswith('gofer_open_streams{kind="sse"}'))
        return float(line.split()[-1])

    for _ in range(3):
        with client.stream("GET", f"/v1/runs/{run['id']}/events",
                           headers={"Accept": "text/event-stream"}) as response:
            next(read_sse(response.iter_lines()))
    deadline = time.monotonic() + 10
    while open_sse() > 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert open_sse() == 0
    client.post(f"/v1/runs/{run['id']}/cancel", json={"reason": "done"})


def test_a_key_in_the_websocket_query_string_never_reaches_the_server_log(server: LiveServer, tmp_path: Path) -> None:
    """Browsers pass the key as ``?token=`` (the web UI does, on every run it shows); uvicorn logs each WebSocket
    with its query string at info level, so the key would sit in the operator's log for anyone who reads it."""
    import logging

    key = server.user_key("alice")
    run = server.client(key).post("/v1/runs", json={"task": "t", "model": _model(tmp_path, 1)}).json()
    url = server.url.replace("http://", "ws://") + f"/v1/runs/{run['id']}/events"
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    uv = logging.getLogger("uvicorn.error")
    level = uv.level
    uv.addHandler(handler)
    uv.setLevel(logging.INFO)
    try:
        with connect(f"{url}?after=-1&token={key}", open_timeout=10) as ws:
            assert [json.loads(m) for m in ws][-1]["type"] == "RunFinished"
    finally:
        uv.removeHandler(handler)
        uv.setLevel(level)
    logged = [r.getMessage() for r in records]
    assert any("WebSocket" in m and "after=-1" in m for m in logged), logged
    assert not any(key in m or key[3:] in m for m in logged), logged


def test_revoking_a_key_ends_the_streams_opened_with_it(server: LiveServer, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A revoked key "stops working at once": an SSE or WebSocket stream it opened earlier (say, while the run
    waits on a question) sends nothing more of the run and ends; streams of the owner's other keys go on."""
    import threading

    monkeypatch.setattr("gofer.server.streaming.KEY_RECHECK_SECONDS", 0.0, raising=False)
    model = scripted_model(tmp_path / "ask.yaml", [
        {"tool_calls": [{"name": "ask_user", "arguments": {"question": "Which one?"}}]},
        {"text": "private plan", "tool_calls": [{"name": "finish", "arguments": {"answer": "private answer"}}]},
    ])
    alice = server.client(server.user_key("alice"))
    made = alice.post("/v1/keys").json()
    leaked = server.client(made["key"])
    run = alice.post("/v1/runs", json={"task": "t", "model": model}).json()
    question = wait_event(alice, run["id"], "QuestionAsked")
    url = server.url.replace("http://", "ws://") + f"/v1/runs/{run['id']}/events?after={question['seq']}"
    sse: list[str] = []
    opened = threading.Barrier(2, timeout=10)

    def read_sse_stream() -> None:
        with leaked.stream("GET", f"/v1/runs/{run['id']}/events", params={"after": question["seq"]},
                           headers={"Accept": "text/event-stream"}) as response:
            opened.wait()
            sse.extend(line for line in response.iter_lines() if line)

    reader = threading.Thread(target=read_sse_stream)
    reader.start()
    with connect(f"{url}&token={made['key']}", open_timeout=10) as ws:
        opened.wait()
        assert alice.delete(f"/v1/keys/{made['record']['id']}").status_code == 204
        assert alice.post(f"/v1/runs/{run['id']}/answers/{question['question_id']}",
                          json={"answer": "that one"}).status_code == 202
        with pytest.raises(ConnectionClosedError):
            ws.recv(timeout=10)
        assert ws.close_code == 4401
    reader.join(10)
    assert not reader.is_alive()
    assert "private" not in "".join(sse) and "QuestionAnswered" not in "".join(sse), sse
    assert any("revoked" in line for line in sse), sse
    assert wait_event(alice, run["id"], "RunFinished")["answer"] == "private answer"
