"""Per-request work that grew with a user's history, over real HTTP against a real store: the run quota, deleting
a session with many runs, listing sessions, paging the audit trail."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.engine import Connection

from gofer.config import Settings
from gofer.events import RunStatus, now
from gofer.server.testing import LiveServer, scripted_model, wait_event
from gofer.store.tables import runs


def _bulk_runs(server: LiveServer, user: str, session_id: str, count: int, *, status: RunStatus,
               tokens: int = 0, newer: bool = False) -> None:
    """``count`` runs rows of the user in the session, written in one statement (hours old, or, with ``newer``,
    a minute into the future so that they list before everything else)."""
    stamp = now() + (timedelta(minutes=1) if newer else -timedelta(hours=1))
    if stamp.day != now().day or stamp.month != now().month:  # keep them in this day and month
        stamp = now()
    rows = [{"id": f"run_bulk{i:07d}", "session_id": session_id, "user_id": user, "task": "t", "model": "m",
             "status": status.value, "last_seq": -1, "input_tokens": tokens, "output_tokens": 0, "cost": None,
             "created_at": stamp, "updated_at": stamp} for i in range(count)]

    def write(conn: Connection) -> None:
        conn.execute(insert(runs), rows)

    server.call(server.ctx.store._write(write), timeout=300)  # type: ignore[attr-defined]


def test_the_monthly_token_quota_counts_every_run_of_the_month(tmp_path: Path) -> None:
    """Before: the quota listed the user's newest 100,000 runs and summed those, so the 100,001st run's tokens
    (and any beyond) were never counted; the count is now the store's."""
    model = scripted_model(tmp_path / "m.yaml", [{"tool_calls": [{"name": "finish", "arguments": {"answer": "x"}}]}])
    with LiveServer(Settings(allow_scripted_models=True, model=model)) as server:
        client = server.client(server.user_key("carol", quotas={"tokens_per_month": 100_001}))
        user = server.call(server.ctx.store.get_user_by_name("carol")).id
        session = client.post("/v1/sessions", json={}).json()["id"]
        _bulk_runs(server, user, session, 100_001, status=RunStatus.FINISHED, tokens=1)
        r = client.post("/v1/runs", json={"task": "one more"})
        assert r.status_code == 429, r.text
        assert r.json()["error"]["details"] == {"quota": "tokens_per_month", "limit": 100_001, "used": 100_001}


def test_a_session_with_an_older_active_run_is_not_deleted(tmp_path: Path) -> None:
    """Before: deleting a session looked at its newest 1,000 runs only; an active run older than those was
    missed and its session deleted under it."""
    model = scripted_model(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "ask_user", "arguments": {"question": "ok?"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "x"}}]},
    ])
    with LiveServer(Settings(allow_scripted_models=True, model=model)) as server:
        client = server.client(server.user_key("dave"))
        user = server.call(server.ctx.store.get_user_by_name("dave")).id
        session = client.post("/v1/sessions", json={}).json()["id"]
        run_id = client.post("/v1/runs", json={"task": "wait", "session_id": session}).json()["id"]
        wait_event(client, run_id, "QuestionAsked")
        _bulk_runs(server, user, session, 1_000, status=RunStatus.FINISHED, newer=True)
        r = client.delete(f"/v1/sessions/{session}")
        assert r.status_code == 409, r.text
        assert client.get(f"/v1/runs/{run_id}").json()["status"] == "waiting_for_user"
        client.post(f"/v1/runs/{run_id}/cancel")
        wait_event(client, run_id, "RunCancelled")
        assert client.delete(f"/v1/sessions/{session}").status_code == 204


def test_sessions_and_the_audit_trail_come_a_page_at_a_time(tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "write_file", "arguments": {"path": f"f{i}.txt", "content": "x"}}]}
        for i in range(3)
    ] + [{"tool_calls": [{"name": "finish", "arguments": {"answer": "x"}}]}])
    with LiveServer(Settings(allow_scripted_models=True, model=model)) as server:
        client = server.client(server.user_key("erin"))
        for _ in range(3):
            client.post("/v1/sessions", json={})
        assert len(client.get("/v1/sessions").json()["sessions"]) == 3
        assert len(client.get("/v1/sessions", params={"limit": 2}).json()["sessions"]) == 2
        assert client.get("/v1/sessions", params={"limit": 501}).status_code == 422

        run_id = client.post("/v1/runs", json={"task": "write three files"}).json()["id"]
        wait_event(client, run_id, "RunFinished")
        whole = client.get(f"/v1/runs/{run_id}/audit").json()
        assert whole["terminal"] and len(whole["events"]) >= 3
        assert {e["type"] for e in whole["events"]} <= {"GuardDecision", "ConfirmationRequested",
                                                        "ConfirmationResolved"}
        first = client.get(f"/v1/runs/{run_id}/audit", params={"limit": 2}).json()
        assert first["events"] == whole["events"][:2] and not first["terminal"]
        rest = client.get(f"/v1/runs/{run_id}/audit", params={"after": first["events"][-1]["seq"]}).json()
        assert first["events"] + rest["events"] == whole["events"] and rest["terminal"]
