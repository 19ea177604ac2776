"""Keys and isolation over real HTTP: 401 without a live key, 404 on every route for another user's things."""

from __future__ import annotations

from pathlib import Path

import pytest

from gofer.config import Settings
from gofer.server.testing import LiveServer, scripted_model, wait_event


@pytest.fixture
def server() -> LiveServer:
    """A live server allowing scripted models."""
    with LiveServer(Settings(allow_scripted_models=True)) as live:
        yield live  # type: ignore[misc]


def test_user_b_gets_404_for_everything_of_user_a(server: LiveServer, tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "write_file", "arguments": {"path": "secret.txt", "content": "a's"}}]},
        {"tool_calls": [{"name": "ask_user", "arguments": {"question": "q?"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "ok"}}]},
    ])
    alice = server.client(server.user_key("alice"))
    bob = server.client(server.user_key("bob"))
    run = alice.post("/v1/runs", json={"task": "t", "model": model}).json()
    question = wait_event(alice, run["id"], "QuestionAsked")
    rid, sid = run["id"], run["session_id"]
    calls = [
        ("GET", f"/v1/runs/{rid}", None), ("GET", f"/v1/runs/{rid}/events", None),
        ("GET", f"/v1/runs/{rid}/pending", None), ("POST", f"/v1/runs/{rid}/cancel", {}),
        ("POST", f"/v1/runs/{rid}/resume", None), ("POST", f"/v1/runs/{rid}/pause", {}),
        ("POST", f"/v1/runs/{rid}/messages", {"text": "hi"}),
        ("POST", f"/v1/runs/{rid}/answers/{question['question_id']}", {"answer": "b"}),
        ("POST", f"/v1/runs/{rid}/confirmations/x", {"approved": True}),
        ("POST", f"/v1/runs/{rid}/takeover", {}), ("POST", f"/v1/runs/{rid}/takeover/end", {}),
        ("POST", f"/v1/runs/{rid}/heartbeat", {"watched": True}), ("GET", f"/v1/runs/{rid}/screen", None),
        ("GET", f"/v1/runs/{rid}/blobs/{'0' * 64}", None),
        ("GET", f"/v1/sessions/{sid}", None), ("GET", f"/v1/sessions/{sid}/files", None),
        ("GET", f"/v1/sessions/{sid}/files/secret.txt", None), ("DELETE", f"/v1/sessions/{sid}", None),
        ("GET", f"/api/v1/agent/execute/{rid}", None),
    ]
    for method, path, body in calls:
        r = bob.request(method, path, json=body)
        assert r.status_code == 404, (method, path, r.status_code, r.text)
        assert r.json()["error"]["code"] == "not_found"
    r = bob.put(f"/v1/sessions/{sid}/files/evil.txt", content=b"x")
    assert r.status_code == 404
    r = bob.post("/v1/runs", json={"task": "t", "model": model, "session_id": sid})
    assert r.status_code == 404
    assert bob.get("/v1/runs").json()["runs"] == []
    assert bob.get("/v1/sessions").json()["sessions"] == []
    # Alice still sees and steers her run.
    assert [r["id"] for r in alice.get("/v1/runs").json()["runs"]] == [rid]
    assert alice.post(f"/v1/runs/{rid}/answers/{question['question_id']}", json={"answer": "a"}).status_code == 202
    assert wait_event(alice, rid, "RunFinished")["answer"] == "ok"
    assert not (Path(run["session_id"]) / "evil.txt").exists()


def test_missing_unknown_and_revoked_keys_get_401(server: LiveServer) -> None:
    anonymous = server.client()
    for path in ("/v1/runs", "/v1/sessions", "/v1/tools", "/v1/me"):
        r = anonymous.get(path)
        assert r.status_code == 401
        assert r.json()["error"]["code"] == "unauthorized"
        assert r.headers["www-authenticate"] == "Bearer"
    assert server.client("gk_nonsense").get("/v1/runs").status_code == 401
    assert anonymous.get("/v1/runs", headers={"Authorization": "Basic abc"}).status_code == 401
    for path in ("/healthz", "/readyz", "/metrics", "/openapi.json", "/"):
        assert anonymous.get(path).status_code == 200, path

    first = server.client(server.user_key("alice"))
    made = first.post("/v1/keys").json()
    second = server.client(made["key"])
    assert second.get("/v1/me").json()["user"]["name"] == "alice"
    assert first.delete(f"/v1/keys/{made['record']['id']}").status_code == 204
    assert second.get("/v1/me").status_code == 401
    assert first.get("/v1/me").status_code == 200
    listed = first.get("/v1/keys").json()["keys"]
    assert any(k["id"] == made["record"]["id"] and k["revoked_at"] for k in listed)
    bob = server.client(server.user_key("bob"))
    own_key = first.get("/v1/me").json()["key"]["id"]
    assert bob.delete(f"/v1/keys/{own_key}").status_code == 404


def test_a_symlink_in_my_workspace_does_not_list_other_users_files(server: LiveServer, tmp_path: Path) -> None:
    """A link the agent plants in its workspace (here with the sandboxed shell) must not let the file listing
    walk another user's workspace: the listing never passes through a symlink, whatever the path's depth."""
    alice = server.client(server.user_key("alice"))
    bob = server.client(server.user_key("bob"))
    a_model = scripted_model(tmp_path / "a.yaml", [
        {"tool_calls": [{"name": "write_file", "arguments": {"path": "alice-secret.txt", "content": "a's"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "ok"}}]},
    ])
    a_run = alice.post("/v1/runs", json={"task": "t", "model": a_model}).json()
    wait_event(alice, a_run["id"], "RunFinished")
    home = server.settings.workspaces_dir.resolve().parent
    b_model = scripted_model(tmp_path / "b.yaml", [
        {"tool_calls": [{"name": "shell", "arguments": {"command": f"ln -s {home} up && ln -s / root"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "ok"}}]},
    ])
    b_run = bob.post("/v1/runs", json={"task": "t", "model": b_model}).json()
    wait_event(bob, b_run["id"], "RunFinished")
    sid = b_run["session_id"]
    assert {f["path"] for f in bob.get(f"/v1/sessions/{sid}/files").json()["files"]} == set()
    for path in ("up/workspaces", "up/workspaces/.", "root/etc", "up"):
        r = bob.get(f"/v1/sessions/{sid}/files", params={"path": path})
        assert r.status_code == 404, (path, r.text)
        assert "alice-secret" not in r.text
    assert bob.get(f"/v1/sessions/{sid}/files/up/workspaces/{a_run['session_id']}/alice-secret.txt").status_code == 404


def test_replaying_another_users_run_is_refused_like_an_unknown_run(server: LiveServer, tmp_path: Path) -> None:
    """``replay:RUN_ID`` plays that run's recorded model turns: only the caller's own run may be replayed; another
    user's run id gets the same 422 as an id that does not exist (and nothing of it reaches the new run)."""
    alice = server.client(server.user_key("alice"))
    bob = server.client(server.user_key("bob"))
    model = scripted_model(tmp_path / "a.yaml", [
        {"text": "alice's private plan", "tool_calls": [{"name": "finish", "arguments": {"answer": "a's answer"}}]},
    ])
    a_run = alice.post("/v1/runs", json={"task": "t", "model": model}).json()
    wait_event(alice, a_run["id"], "RunFinished")
    stolen = bob.post("/v1/runs", json={"task": "t", "model": f"replay:{a_run['id']}"})
    unknown = bob.post("/v1/runs", json={"task": "t", "model": "replay:run_doesnotexist"})
    assert stolen.status_code == unknown.status_code == 422, (stolen.text, unknown.text)
    assert stolen.json()["error"]["message"].replace(a_run["id"], "X") == \
        unknown.json()["error"]["message"].replace("run_doesnotexist", "X")
    assert bob.get("/v1/runs").json()["runs"] == []
    mine = alice.post("/v1/runs", json={"task": "t", "model": f"replay:{a_run['id']}"})
    assert mine.status_code == 201, mine.text
    assert wait_event(alice, mine.json()["id"], "RunFinished")["answer"] == "a's answer"
