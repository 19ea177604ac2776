"""Per-user limits that must hold under concurrent requests, and per-request reads that must not grow with a run's
log or a user's history; over real HTTP against a live server and its real SQLite store (the model is scripted)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path

import httpx
from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection

from gofer.config import Settings
from gofer.events import (
    ConfirmationRequested,
    ConfirmationResolved,
    Event,
    Observation,
    QuestionAnswered,
    QuestionAsked,
    RunStatus,
    now,
)
from gofer.runtime.service import pending_requests
from gofer.server.testing import LiveServer, scripted_model, wait_event
from gofer.store.tables import runs, sessions

_FINISH = [{"tool_calls": [{"name": "finish", "arguments": {"answer": "done"}}]}]


def _at_once(count: int, send: Callable[[], httpx.Response]) -> list[httpx.Response]:
    """``count`` requests sent together from as many threads (each waits at a barrier before sending)."""
    barrier = threading.Barrier(count)
    out: list[httpx.Response] = []
    lock = threading.Lock()

    def one() -> None:
        barrier.wait()
        response = send()
        with lock:
            out.append(response)

    threads = [threading.Thread(target=one) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert len(out) == count
    return out


def test_a_user_holds_at_most_the_configured_number_of_live_keys(tmp_path: Path) -> None:
    """Before: POST /v1/keys had no cap, so a user could make keys without end (and GET /v1/keys grew with
    them). Now the live keys are capped, counted in the transaction that adds one, so simultaneous requests do
    not pass it either; a revoked key makes room, and the listing is paged with the live keys first."""
    with LiveServer(Settings(max_keys_per_user=4)) as server:
        first = server.user_key("kim")
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {first}"}, timeout=60) as kim:
            made = _at_once(8, lambda: kim.post("/v1/keys"))
            assert sorted(r.status_code for r in made) == [201] * 3 + [409] * 5, [r.text for r in made]
            refused = next(r for r in made if r.status_code == 409).json()["error"]
            assert refused["code"] == "too_many_keys" and refused["details"] == {"limit": 4}
            assert "at most 4 live API keys" in refused["message"] and "GOFER_MAX_KEYS_PER_USER" in refused["message"]

            created = [r.json()["record"]["id"] for r in made if r.status_code == 201]
            assert kim.delete(f"/v1/keys/{created[0]}").status_code == 204
            again = kim.post("/v1/keys")
            assert again.status_code == 201, again.text
            assert kim.post("/v1/keys").status_code == 409

            listed = kim.get("/v1/keys").json()["keys"]
            assert len(listed) == 5 and [k["revoked_at"] is None for k in listed] == [True] * 4 + [False]
            assert listed[0]["id"] == again.json()["record"]["id"]  # newest live key first
            assert [k["id"] for k in kim.get("/v1/keys", params={"limit": 2}).json()["keys"]] == \
                [k["id"] for k in listed[:2]]
            assert kim.get("/v1/keys", params={"limit": 501}).status_code == 422
        other = server.client(server.user_key("lee"))
        assert other.delete(f"/v1/keys/{created[1]}").status_code == 404  # another user's key is not theirs
        assert other.post("/v1/keys").status_code == 201  # the cap is per user


def test_simultaneous_runs_cannot_both_take_the_last_unit_of_a_quota(tmp_path: Path) -> None:
    """Before: the quota was counted, then the run created several awaits later, so requests sent together all
    passed the count. Now the store counts again in the transaction that inserts the run (SQLite runs one
    writer at a time), and a refused request leaves no session behind."""
    model = scripted_model(tmp_path / "m.yaml", _FINISH * 20)
    with LiveServer(Settings(allow_scripted_models=True, model=model)) as server:
        key = server.user_key("max", quotas={"runs_per_day": 2})
        user = server.call(server.ctx.store.get_user_by_name("max")).id
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key}"}, timeout=120) as client:
            answers = _at_once(8, lambda: client.post("/v1/runs", json={"task": "quick"}))
            codes = sorted(r.status_code for r in answers)
            assert codes == [201, 201] + [429] * 6, [r.text for r in answers]
            for r in answers:
                if r.status_code == 429:
                    assert r.json()["error"]["details"] == {"quota": "runs_per_day", "limit": 2}
                else:
                    wait_event(client, r.json()["id"], "RunFinished", timeout=120)
            assert client.post("/v1/runs", json={"task": "one more"}).status_code == 429

        def count(conn: Connection) -> tuple[int, int]:
            made = conn.scalar(select(func.count()).select_from(runs).where(runs.c.user_id == user))
            kept = conn.scalar(select(func.count()).select_from(sessions).where(sessions.c.user_id == user))
            return int(made or 0), int(kept or 0)

        assert server.call(server.ctx.store._read(count)) == (2, 2)  # type: ignore[attr-defined]


def test_a_session_whose_older_run_is_still_going_takes_no_second_run(tmp_path: Path) -> None:
    """Before: the one-run-per-session check looked at the session's newest 1,000 runs, so an active run older
    than those was missed and a second run started beside it in the same workspace."""
    model = scripted_model(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "ask_user", "arguments": {"question": "ok?"}}]}, *_FINISH])
    with LiveServer(Settings(allow_scripted_models=True, model=model)) as server:
        client = server.client(server.user_key("ned"))
        user = server.call(server.ctx.store.get_user_by_name("ned")).id
        session = client.post("/v1/sessions", json={}).json()["id"]
        run_id = client.post("/v1/runs", json={"task": "wait", "session_id": session}).json()["id"]
        wait_event(client, run_id, "QuestionAsked")
        stamp = now() + timedelta(minutes=1)
        rows = [{"id": f"run_done{i:05d}", "session_id": session, "user_id": user, "task": "t", "model": "m",
                 "status": RunStatus.FINISHED.value, "last_seq": -1, "input_tokens": 0, "output_tokens": 0,
                 "cost": None, "created_at": stamp, "updated_at": stamp} for i in range(1_000)]

        def write(conn: Connection) -> None:
            conn.execute(insert(runs), rows)

        server.call(server.ctx.store._write(write), timeout=120)  # type: ignore[attr-defined]
        r = client.post("/v1/runs", json={"task": "second", "session_id": session})
        assert r.status_code == 409, r.text
        assert run_id in r.json()["error"]["message"]
        client.post(f"/v1/runs/{run_id}/cancel")
        wait_event(client, run_id, "RunCancelled")


class _ReadSpy:
    """Wraps the live store's ``read`` (the real one still runs) and keeps, per call, its filters and how many
    events it returned."""

    def __init__(self, server: LiveServer) -> None:
        self.store = server.ctx.store
        self.real = self.store.read
        self.calls: list[tuple[Sequence[str] | None, str | None, int]] = []

    async def read(self, run_id: str, after_seq: int = -1, limit: int | None = None, *,
                   types: Sequence[str] | None = None, mentioning: str | None = None) -> list[Event]:
        got = await self.real(run_id, after_seq, limit, types=types, mentioning=mentioning)
        self.calls.append((types, mentioning, len(got)))
        return got

    def __enter__(self) -> _ReadSpy:
        self.store.read = self.read  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        del self.store.read


def test_pending_reads_only_the_requests_of_a_long_log(tmp_path: Path) -> None:
    """Before: /pending, and every confirmation and answer, loaded the run's whole log. Now they read only the
    requests and their answers: the same answer on a log of thousands of events, from a handful of rows."""
    model = scripted_model(tmp_path / "m.yaml", _FINISH)
    with LiveServer(Settings(allow_scripted_models=True, model=model)) as server:
        client = server.client(server.user_key("ola"))
        user = server.call(server.ctx.store.get_user_by_name("ola")).id
        run = server.call(server.ctx.service.create_run("long", model, user_id=user, start=False))
        filler = [Observation(run_id=run.id, action_id=f"a{i}", call_id=f"c{i}", tool="shell", text="x" * 200)
                  for i in range(4_000)]
        asks: list[Event] = [
            ConfirmationRequested(run_id=run.id, action_id="act_done", tool="shell", arguments={"command": "ls"}),
            ConfirmationResolved(run_id=run.id, action_id="act_done", approved=True, decided_by="ola"),
            QuestionAsked(run_id=run.id, question_id="q_done", question="first?"),
            QuestionAnswered(run_id=run.id, question_id="q_done", answer="yes"),
            ConfirmationRequested(run_id=run.id, action_id="act_open", tool="shell", arguments={"command": "rm x"}),
            QuestionAsked(run_id=run.id, question_id="q_open", question="second?"),
        ]
        log = [*filler[:2_000], *asks[:4], *filler[2_000:], *asks[4:]]
        server.call(server.ctx.store.append(run.id, log, 1), timeout=120)
        expected = pending_requests(server.call(server.ctx.store.read(run.id), timeout=120))
        assert [e.type for e in expected] == ["ConfirmationRequested", "QuestionAsked"]

        with _ReadSpy(server) as spy:
            pending = client.get(f"/v1/runs/{run.id}/pending").json()
            assert [c["action_id"] for c in pending["confirmations"]] == ["act_open"]
            assert [q["question_id"] for q in pending["questions"]] == ["q_open"]
            assert pending["confirmations"][0]["arguments"] == {"command": "rm x"}
            assert client.post(f"/v1/runs/{run.id}/confirmations/act_done", json={"approved": True}).status_code \
                == 409
            assert client.post(f"/v1/runs/{run.id}/answers/q_done", json={"answer": "no"}).status_code == 409
            assert client.post(f"/v1/runs/{run.id}/answers/q_nope", json={"answer": "no"}).status_code == 404
            assert client.post(f"/v1/runs/{run.id}/confirmations/act_open",
                               json={"approved": False}).status_code == 202
            assert client.post(f"/v1/runs/{run.id}/answers/q_open", json={"answer": "fine"}).status_code == 202
        assert spy.calls, "the routes read nothing"
        for types, _mentioning, returned in spy.calls:
            assert types is not None and returned <= 6, spy.calls


def test_simultaneous_runs_in_one_session_start_one(tmp_path: Path) -> None:
    """Before: the one-run-per-session check was a look before the insert, so requests sent together all
    started a run in the same session (and workspace). Now the store checks in the insert's transaction."""
    model = scripted_model(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "ask_user", "arguments": {"question": "ok?"}}]}, *_FINISH] * 6)
    with LiveServer(Settings(allow_scripted_models=True, model=model)) as server:
        key = server.user_key("pia")
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key}"}, timeout=120) as client:
            session = client.post("/v1/sessions", json={}).json()["id"]
            answers = _at_once(6, lambda: client.post("/v1/runs", json={"task": "wait", "session_id": session}))
            assert sorted(r.status_code for r in answers) == [201] + [409] * 5, [r.text for r in answers]
            assert {r.json()["error"]["code"] for r in answers if r.status_code == 409} == {"session_busy"}
            started = next(r.json()["id"] for r in answers if r.status_code == 201)
            assert [r["id"] for r in client.get("/v1/runs", params={"session_id": session}).json()["runs"]] == \
                [started]
            client.post(f"/v1/runs/{started}/cancel")
            wait_event(client, started, "RunCancelled")
