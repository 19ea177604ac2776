"""A quota's last unit and the live-key cap under simultaneous HTTP requests, with the server on PostgreSQL (where
writers do run at once, unlike SQLite's one writer): the user's row lock keeps both caps."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from pg_databases import fresh_database

from gofer.config import Settings
from gofer.server.testing import LiveServer, scripted_model, wait_event

pytestmark = pytest.mark.integration


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for one test (made and dropped on a loop of its own)."""
    loop = asyncio.new_event_loop()
    database = fresh_database("gofer_s20")
    try:
        yield loop.run_until_complete(database.__aenter__())
    finally:
        loop.run_until_complete(database.__aexit__(None, None, None))
        loop.close()


def _at_once(count: int, send: Callable[[], httpx.Response]) -> list[httpx.Response]:
    barrier = threading.Barrier(count)
    out: list[httpx.Response] = []

    def one() -> None:
        barrier.wait()
        out.append(send())

    threads = [threading.Thread(target=one) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert len(out) == count
    return out


def test_simultaneous_requests_keep_the_caps_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [{"tool_calls": [{"name": "finish", "arguments": {"answer": "x"}}]}])
    settings = Settings(database_url=pg_url, home=tmp_path / "home", allow_scripted_models=True, model=model,
                        max_keys_per_user=3)
    with LiveServer(settings) as server:
        key = server.user_key("pat", quotas={"runs_per_day": 2})
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key}"}, timeout=120) as client:
            answers = _at_once(8, lambda: client.post("/v1/runs", json={"task": "quick"}))
            assert sorted(r.status_code for r in answers) == [201, 201] + [429] * 6, [r.text for r in answers]
            for r in answers:
                if r.status_code == 201:
                    wait_event(client, r.json()["id"], "RunFinished", timeout=120)
            assert len(client.get("/v1/sessions").json()["sessions"]) == 2  # a refused run leaves no session

            keys = _at_once(6, lambda: client.post("/v1/keys"))
            assert sorted(r.status_code for r in keys) == [201, 201] + [409] * 4, [r.text for r in keys]
            assert len(client.get("/v1/keys").json()["keys"]) == 3

        asks = scripted_model(tmp_path / "asks.yaml", [
            {"tool_calls": [{"name": "ask_user", "arguments": {"question": "ok?"}}]}] * 6)
        other = server.client(server.user_key("quinn"), timeout=120)
        session = other.post("/v1/sessions", json={}).json()["id"]
        same = _at_once(6, lambda: other.post("/v1/runs", json={"task": "q", "session_id": session, "model": asks}))
        assert sorted(r.status_code for r in same) == [201] + [409] * 5, [r.text for r in same]
        started = next(r.json()["id"] for r in same if r.status_code == 201)
        other.post(f"/v1/runs/{started}/cancel")
        wait_event(other, started, "RunCancelled")
