"""A run stopped by its token quota while it runs, the events route a page at a time (and the SDK following the
pages), revoked keys purged: over real HTTP against a live server and its real SQLite store (the model is
scripted and reports its usage)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import update

from gofer.config import Settings
from gofer.events import Observation
from gofer.sdk import AsyncClient, Client
from gofer.server.auth import purge_revoked_keys
from gofer.server.testing import LiveServer, scripted_model, wait_event
from gofer.store import NotFoundError, open_store
from gofer.store.tables import api_keys


def _planning(steps: int) -> list[dict[str, Any]]:
    """``steps`` plan updates (each different, so no loop check stops them), then a finish."""
    turns: list[dict[str, Any]] = [
        {"tool_calls": [{"name": "update_plan", "arguments": {"steps": [f"look at part {i}", "answer"]}}]}
        for i in range(steps)]
    return [*turns, {"tool_calls": [{"name": "finish", "arguments": {"answer": "done"}}]}]


def _model_calls(client: httpx.Client, run_id: str) -> list[dict[str, Any]]:
    events = client.get(f"/v1/runs/{run_id}/events", params={"limit": 10_000}).json()["events"]
    return [e for e in events if e["type"] == "ModelResponded"]


def test_a_run_stops_before_its_next_step_would_pass_the_token_quota(tmp_path: Path) -> None:
    """Before: the quota was looked at only when the run was created, so a run started with room left spent on
    past it (here: all nine steps). Now the runner counts the user's usage this month before each model step
    and ends the run (RunFailed ``quota_exceeded``, naming the quota) when the next step (as big as its prompt or
    the run's last step) would pass it."""
    model = scripted_model(tmp_path / "m.yaml", _planning(8))
    with LiveServer(Settings(allow_scripted_models=True, model=model)) as server:
        free = server.client(server.user_key("una"))
        probe = free.post("/v1/runs", json={"task": "plan the parts"}).json()["id"]
        wait_event(free, probe, "RunFinished", timeout=120)
        steps = _model_calls(free, probe)
        assert len(steps) == 9
        first = steps[0]["usage"]["input_tokens"] + steps[0]["usage"]["output_tokens"]
        # room for the first step and most of a second: the second would pass the quota
        quota = int(first * 1.8)
        capped = server.client(server.user_key("vic", quotas={"tokens_per_month": quota}))
        run_id = capped.post("/v1/runs", json={"task": "plan the parts"}).json()["id"]
        failed = wait_event(capped, run_id, "RunFailed", timeout=120)
        assert failed["error"] == "quota_exceeded"
        assert f"tokens-per-month quota ({quota})" in failed["reason"] and "next step" in failed["reason"]
        spent = _model_calls(capped, run_id)
        assert len(spent) == 1
        used = sum(c["usage"]["input_tokens"] + c["usage"]["output_tokens"] for c in spent)
        assert used <= quota
        assert capped.get(f"/v1/runs/{run_id}").json()["status"] == "failed"
        # a run's first step is measured by its prompt: under a quota smaller than that, no model call at all
        tiny = server.client(server.user_key("wyn", quotas={"tokens_per_month": 50}))
        small = tiny.post("/v1/runs", json={"task": "plan the parts"})
        assert small.status_code == 201, small.text
        stopped = wait_event(tiny, small.json()["id"], "RunFailed", timeout=120)
        assert stopped["error"] == "quota_exceeded" and "tokens-per-month quota (50)" in stopped["reason"]
        assert _model_calls(tiny, small.json()["id"]) == []
        # the quota used up, the next run is refused when it is asked for (as before)
        spent_up = server.client(server.user_key("vic", quotas={"tokens_per_month": used}))
        assert spent_up.post("/v1/runs", json={"task": "again"}).status_code == 429


def test_events_come_a_page_at_a_time_and_the_sdk_follows_the_pages(tmp_path: Path) -> None:
    """Before: ``GET /v1/runs/{id}/events`` without a limit loaded and sent the whole log in one response. Now a
    page holds 1,000 events unless ``limit`` (at most 10,000) says otherwise, and ``next_after`` says where the
    next page starts; the SDK's ``events()`` (sync and async) follows the pages to the log's end."""
    model = scripted_model(tmp_path / "m.yaml", _planning(0))
    with LiveServer(Settings(allow_scripted_models=True, model=model)) as server:
        key = server.user_key("wes")
        client = server.client(key)
        run_id = client.post("/v1/runs", json={"task": "answer"}).json()["id"]
        wait_event(client, run_id, "RunFinished", timeout=120)
        head = client.get(f"/v1/runs/{run_id}").json()["last_seq"]
        filler = [Observation(run_id=run_id, action_id=f"a{i}", call_id=f"c{i}", tool="shell", text="x")
                  for i in range(2_500)]
        server.call(server.ctx.store.append(run_id, filler, head + 1), timeout=120)
        total = head + 1 + 2_500

        first = client.get(f"/v1/runs/{run_id}/events").json()
        assert len(first["events"]) == 1_000 and first["next_after"] == 999 and first["terminal"] is False
        last = client.get(f"/v1/runs/{run_id}/events", params={"after": 1_999}).json()
        assert len(last["events"]) == total - 2_000 and last["next_after"] is None and last["terminal"] is True
        small = client.get(f"/v1/runs/{run_id}/events", params={"after": 10, "limit": 5}).json()
        assert [e["seq"] for e in small["events"]] == [11, 12, 13, 14, 15] and small["next_after"] == 15
        too_big = client.get(f"/v1/runs/{run_id}/events", params={"limit": 10_001})
        assert too_big.status_code == 422 and "limit" in too_big.text

        with Client(server.url, key) as sdk:
            every = sdk.events(run_id)
            assert [e.seq for e in every] == list(range(total))
            assert [e.seq for e in sdk.events(run_id, after=total - 3)] == [total - 2, total - 1]
            assert len(sdk.events(run_id, limit=7)) == 7

        async def from_async() -> list[int]:
            async with AsyncClient(server.url, key) as sdk:
                return [e.seq for e in await sdk.events(run_id, after=500)]

        assert asyncio.run(from_async()) == list(range(501, total))


async def test_the_server_purges_keys_revoked_past_their_retention(tmp_path: Path) -> None:
    """Before: revoked keys were kept forever. Now the server deletes those revoked more than
    GOFER_REVOKED_KEY_RETENTION_DAYS ago (at start and then every hour); 0 keeps them."""
    store = await open_store(f"sqlite:///{tmp_path / 'gofer.db'}")
    try:
        user = await store.create_user("xia")
        old, _ = await store.create_api_key(user.id)
        kept, _ = await store.create_api_key(user.id)
        for key in (old, kept):
            await store.revoke_api_key(key.id)
        await store._write(lambda conn: conn.execute(
            update(api_keys).where(api_keys.c.id == old.id).values(revoked_at=datetime.now(UTC) - timedelta(days=31))))

        await asyncio.wait_for(purge_revoked_keys(store, 0, interval=0.01), 5)  # 0: returns at once, keeps all
        assert len(await store.list_api_keys(user.id)) == 2
        purging = asyncio.create_task(purge_revoked_keys(store, 30, interval=0.01))
        try:
            async with asyncio.timeout(30):
                while len(await store.list_api_keys(user.id)) != 1:
                    await asyncio.sleep(0.01)
        finally:
            purging.cancel()
        assert (await store.get_api_key(kept.id)).revoked_at is not None
        try:
            await store.get_api_key(old.id)
            raise AssertionError("the key revoked 31 days ago is still there")
        except NotFoundError:
            pass
    finally:
        await store.close()
