"""`gofer serve` listens before its store opens: requests that need the store (create a run, list runs, the caller's
account, /readyz) wait for it and then answer as usual while /healthz answers at once; a store that cannot open makes
/readyz and the API answer 503 with the reason, and says so in the log. The warm-up also readies the API routes, so
that no first request builds them on the loop."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any

import fastapi.routing
import pytest

from gofer.config import Settings
from gofer.server.testing import LiveServer, scripted_model, wait_event
from gofer.store import sql
from gofer.store.base import EventStore

_FINISH = [{"tool_calls": [{"name": "finish", "arguments": {"answer": "done"}}]}]


def _alice_key(settings: Settings) -> str:
    """A key for alice in the server's database, made before the server starts (so no request needs the server's
    store to make one)."""

    async def go() -> str:
        store = await sql.open_store(settings.db_url)
        try:
            user = await store.create_user("alice")
            return (await store.create_api_key(user.id))[1]
        finally:
            await store.close()

    return asyncio.run(go())


def test_requests_while_the_store_opens_wait_for_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings = Settings(allow_scripted_models=True)
    key = _alice_key(settings)
    released = threading.Event()
    real_open = sql.open_store

    async def slow_open(url: str) -> EventStore:
        await asyncio.to_thread(released.wait, 60)  # a migration on a big database, or a slow disk
        return await real_open(url)

    monkeypatch.setattr(sql, "open_store", slow_open)
    model = scripted_model(tmp_path / "m.yaml", _FINISH)
    try:
        with LiveServer(settings, start_timeout=30, opened=False) as server:
            client = server.client(key)
            with ThreadPoolExecutor(4) as pool:
                listed = pool.submit(client.get, "/v1/runs")
                created = pool.submit(client.post, "/v1/runs", json={"task": "say done", "model": model})
                me = pool.submit(client.get, "/v1/me")
                ready = pool.submit(client.get, "/readyz")
                with pytest.raises(FutureTimeout):
                    created.result(timeout=3)
                assert not (listed.done() or me.done() or ready.done())
                assert client.get("/healthz").status_code == 200
                anonymous = server.client().get("/v1/runs")  # no key: refused without waiting for the store
                assert anonymous.status_code == 401
                released.set()
                answers = {name: f.result(timeout=60) for name, f in
                           (("listed", listed), ("created", created), ("me", me), ("ready", ready))}
            assert answers["ready"].status_code == 200, answers["ready"].text
            assert answers["me"].status_code == 200 and answers["me"].json()["user"]["name"] == "alice"
            assert answers["created"].status_code == 201, answers["created"].text
            run_id = answers["created"].json()["id"]
            assert answers["listed"].status_code == 200
            assert wait_event(client, run_id, "RunFinished")["type"] == "RunFinished"
            assert [r["id"] for r in client.get("/v1/runs").json()["runs"]] == [run_id]
    finally:
        released.set()


def test_a_store_that_cannot_open_makes_readiness_and_the_api_503(caplog: pytest.LogCaptureFixture,
                                                                 tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database's folder should be")
    settings = Settings(database_url=f"sqlite:///{blocker / 'gofer.db'}")
    with caplog.at_level(logging.ERROR, logger="gofer.server"), LiveServer(settings, opened=False) as server:
        ready = server.client().get("/readyz")
        assert ready.status_code == 503
        assert ready.json()["error"]["code"] == "not_ready"
        assert ready.json()["error"]["message"].startswith("store unavailable: FileExistsError")
        listed = server.client("gofer_some-key").get("/v1/runs")
        assert listed.status_code == 503 and listed.json()["error"]["code"] == "not_ready"
        assert server.client().get("/healthz").status_code == 200
    said = [r.getMessage() for r in caplog.records if r.name == "gofer.server"]
    assert len(said) == 1 and said[0].startswith("gofer: the store did not open, so the server is not ready")


def test_a_store_that_opens_on_a_later_try_makes_the_server_ready(
        caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(allow_scripted_models=True)
    key = _alice_key(settings)
    tries: list[float] = []
    real_open = sql.open_store

    async def not_up_yet(url: str) -> EventStore:
        tries.append(time.monotonic())
        if len(tries) <= 2:  # a database started beside gofer, not accepting connections yet
            raise ConnectionRefusedError(111, "Connection refused")
        return await real_open(url)

    monkeypatch.setattr(sql, "open_store", not_up_yet)
    with caplog.at_level(logging.WARNING, logger="gofer.server"), \
            LiveServer(settings, opened=False) as server:
        client = server.client(key)
        early = client.get("/v1/me")
        assert early.status_code == 503, early.text
        assert early.json()["error"]["message"] == "store unavailable: ConnectionRefusedError: [Errno 111] " \
            "Connection refused"
        for _ in range(200):  # the second try comes a second after the first, the third two seconds later
            if client.get("/readyz").status_code == 200:
                break
            time.sleep(0.05)
        assert client.get("/readyz").status_code == 200
        assert client.get("/v1/me").json()["user"]["name"] == "alice"
    assert len(tries) == 3 and tries[2] - tries[1] >= 1.9
    said = [r.getMessage() for r in caplog.records if r.name == "gofer.server"]
    assert len(said) == 2 and "trying again" in said[0] and said[1] == "gofer: the store is open now", said


def test_the_first_api_requests_build_nothing_on_the_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    built_on: list[str] = []
    real_handler = fastapi.routing.get_request_handler

    def recording_handler(*args: Any, **kwargs: Any) -> Any:
        built_on.append(threading.current_thread().name)
        return real_handler(*args, **kwargs)

    monkeypatch.setattr(fastapi.routing, "get_request_handler", recording_handler)
    # endpoints' sources are cached per function for the whole process: start from none read
    monkeypatch.setattr(fastapi.routing, "_endpoint_context_cache", {})
    with LiveServer(Settings(allow_scripted_models=True)) as server:
        client = server.client(server.user_key("alice"))
        assert client.get("/readyz").status_code == 200  # the warm-up is done
        loop_thread = server._thread.name
        sources_read = len(fastapi.routing._endpoint_context_cache)
        for path in ("/v1/runs", "/v1/sessions", "/v1/me", "/v1/models"):
            assert client.get(path).status_code == 200, path
        assert len(fastapi.routing._endpoint_context_cache) == sources_read
    assert loop_thread not in built_on
