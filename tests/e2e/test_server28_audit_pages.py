"""The audit trail a page at a time: the route, the SDK following the pages and ``gofer audit`` (local and
``--server``) printing all of it, over real HTTP against a live server and its real SQLite store (the model is
scripted; the long trail is appended to the run's log as a long run would have written it)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from gofer.config import Settings
from gofer.events import Event, GuardDecision, Observation, TakeoverEnded, TakeoverStarted
from gofer.sdk import AsyncClient, Client
from gofer.server.testing import LiveServer, scripted_model, wait_event

GOFER = [sys.executable, "-m", "gofer"]
DECISIONS = 2_300
"""Guard decisions appended to the run: more than two default pages of the trail."""


def _filler(run_id: str) -> list[Event]:
    """A long run's log: each action an observation (not part of the trail) and a guard decision."""
    out: list[Event] = []
    for i in range(DECISIONS):
        out.append(Observation(run_id=run_id, action_id=f"a{i}", call_id=f"c{i}", tool="shell", text="x" * 50))
        out.append(GuardDecision(run_id=run_id, stage="action", check="policy", verdict="allow",
                                 reason=f"decision {i}", action_id=f"a{i}"))
    return out


def _cli(home: Path, db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOFER_", "OPENAI", "ANTHROPIC"))}
    env.update(GOFER_HOME=str(home), GOFER_DATABASE_URL=db_url, GOFER_NETWORK="none", COLUMNS="200")
    return subprocess.run([*GOFER, "audit", *args], env=env, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, check=False)


@pytest.mark.timeout(400)  # four CLI processes, each importing gofer: 44 s at a load of 6, past 120 s at 10
def test_the_audit_trail_comes_a_page_at_a_time_and_every_reader_follows_the_pages(tmp_path: Path) -> None:
    """Before: ``GET /v1/runs/{id}/audit`` without a limit loaded and sent the whole trail in one response (a long
    run's is tens of thousands of decisions), and ``sdk.audit()`` relied on it. Now a page holds 1,000 events
    unless ``limit`` (at most 10,000) says otherwise and ``next_after`` says where the next page starts; the SDK
    (sync and async) and ``gofer audit`` (local, and ``--server`` through the SDK) follow the pages to the end."""
    db_url = f"sqlite:///{tmp_path / 'gofer.db'}"
    model = scripted_model(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "write_file", "arguments": {"path": "f.txt", "content": "x"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "done"}}]},
    ])
    with LiveServer(Settings(allow_scripted_models=True, model=model, database_url=db_url)) as server:
        key = server.user_key("ada")
        client = server.client(key)
        run_id = client.post("/v1/runs", json={"task": "write a file"}).json()["id"]
        wait_event(client, run_id, "RunFinished", timeout=120)
        head = client.get(f"/v1/runs/{run_id}").json()["last_seq"]
        own = [e["seq"] for e in client.get(f"/v1/runs/{run_id}/audit", params={"limit": 10_000}).json()["events"]]
        server.call(server.ctx.store.append(run_id, _filler(run_id), head + 1), timeout=120)
        trail = own + [head + 2 + 2 * i for i in range(DECISIONS)]

        first = client.get(f"/v1/runs/{run_id}/audit").json()
        assert len(first["events"]) == 1_000 and first["terminal"] is False
        assert first["next_after"] == trail[999]
        pages = [first]
        while pages[-1]["next_after"] is not None:
            pages.append(client.get(f"/v1/runs/{run_id}/audit", params={"after": pages[-1]["next_after"]}).json())
        assert [e["seq"] for p in pages for e in p["events"]] == trail
        assert pages[-1]["terminal"] is True and len(pages) == 3
        exact = client.get(f"/v1/runs/{run_id}/audit", params={"after": trail[-4], "limit": 3}).json()
        assert [e["seq"] for e in exact["events"]] == trail[-3:]
        assert exact["next_after"] is None and exact["terminal"] is True  # a full page that reaches the end
        too_big = client.get(f"/v1/runs/{run_id}/audit", params={"limit": 10_001})
        assert too_big.status_code == 422 and "limit" in too_big.text

        with Client(server.url, key) as sdk:
            assert [e.seq for e in sdk.audit(run_id)] == trail

        async def from_async() -> list[int]:
            async with AsyncClient(server.url, key) as sdk:
                return [e.seq for e in await sdk.audit(run_id)]

        assert asyncio.run(from_async()) == trail

        local = _cli(tmp_path / "home", db_url, run_id, "--json")
        assert local.returncode == 0, local.stderr
        assert [json.loads(line)["seq"] for line in local.stdout.splitlines()] == trail
        remote = _cli(tmp_path / "home", db_url, run_id, "--json", "--server", server.url, "--api-key", key)
        assert remote.returncode == 0, remote.stderr
        assert [json.loads(line)["seq"] for line in remote.stdout.splitlines()] == trail
        table = _cli(tmp_path / "home", db_url, run_id, "--server", server.url, "--api-key", key)
        assert table.returncode == 0 and f"decision {DECISIONS - 1}" in table.stdout
        refused = _cli(tmp_path / "home", db_url, run_id, "--server", server.url, "--api-key", "nope")
        assert refused.returncode != 0 and "key" in refused.stderr


class _ReadSpy:
    """Wraps the live store's ``read`` (the real one still runs) and keeps how many events each call returned."""

    def __init__(self, server: LiveServer) -> None:
        self.store = server.ctx.store
        self.real = self.store.read
        self.sizes: list[int] = []

    async def read(self, run_id: str, after_seq: int = -1, limit: int | None = None, *,
                   types: Sequence[str] | None = None, mentioning: str | None = None) -> list[Event]:
        got = await self.real(run_id, after_seq, limit, types=types, mentioning=mentioning)
        self.sizes.append(len(got))
        return got

    def __enter__(self) -> _ReadSpy:
        self.store.read = self.read  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        del self.store.read


def test_takeover_input_reads_only_the_last_takeover_event(tmp_path: Path) -> None:
    """Before: every input forwarded during a takeover (each click, key and scroll) loaded all the run's
    TakeoverStarted and TakeoverEnded events to find the last one, so a person taking over often made each click
    cost more. Now the store answers the newest one alone: the same answers (take over first / no browser open)
    on a run that took over thousands of times, and no read returns more than the page of events around it."""
    model = scripted_model(tmp_path / "m.yaml", [{"tool_calls": [{"name": "finish", "arguments": {"answer": "x"}}]}])
    with LiveServer(Settings(allow_scripted_models=True, model=model)) as server:
        client = server.client(server.user_key("ben"))
        user = server.call(server.ctx.store.get_user_by_name("ben")).id
        run = server.call(server.ctx.service.create_run("long", model, user_id=user, start=False))
        head = server.call(server.ctx.store.get_run(run.id)).last_seq
        toggles: list[Event] = []
        for _ in range(3_000):
            toggles += [TakeoverStarted(run_id=run.id), TakeoverEnded(run_id=run.id)]
        server.call(server.ctx.store.append(run.id, toggles, head + 1), timeout=120)
        click = {"kind": "click", "x": 1, "y": 1}
        with _ReadSpy(server) as spy:
            ended = client.post(f"/v1/runs/{run.id}/takeover/input", json=click)
        assert ended.status_code == 409 and "take over the browser first" in ended.text
        assert max(spy.sizes, default=0) <= 1
        server.call(server.ctx.store.append(run.id, [TakeoverStarted(run_id=run.id)], head + 1 + len(toggles)))
        with _ReadSpy(server) as spy:
            taking = client.post(f"/v1/runs/{run.id}/takeover/input", json=click)
        assert taking.status_code == 409 and "no browser is open" in taking.text
        assert max(spy.sizes, default=0) <= 1
