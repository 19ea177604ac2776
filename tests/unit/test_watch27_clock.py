"""A watch-mode heartbeat's age is measured by one clock, the database's: the store stamps a command when it is sent
and says how old it is when it is taken, so neither the sending process's clock (the server's) nor the worker's
moves the window in which a heartbeat counts. tests/integration/test_watch27_pg_clock.py runs the store tests
here against PostgreSQL."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from agent_helpers import call, gofer_env, script
from recording_server import RecordingServer
from sqlalchemy import make_url

from gofer.agent import _commands
from gofer.events import RunStatus, WatchModeChanged
from gofer.store import SqlEventStore, open_store
from gofer.store import sql as store_sql

SKEW = 120.0
"""Seconds a clock is off by: a machine two minutes ahead or behind."""


class SkewedClock:
    """The ``time`` module as a process whose wall clock is ``skew`` seconds off sees it."""

    def __init__(self, skew: float) -> None:
        self.skew = skew

    def time(self) -> float:
        """The wall clock, off by the skew."""
        return time.time() + self.skew

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


# The store (also run against PostgreSQL)


@pytest.fixture
def store_url(tmp_path: Path) -> str:
    """A fresh SQLite database (the PostgreSQL module overrides this)."""
    return f"sqlite:///{tmp_path / 'gofer.db'}"


@pytest.fixture
async def store(store_url: str) -> AsyncIterator[SqlEventStore]:
    """The store under test, migrated."""
    opened = await open_store(store_url)
    yield opened
    await opened.close()


async def _new_run(store: SqlEventStore) -> str:
    session = await store.create_session("/tmp/ws")
    return (await store.create_run(session_id=session.id, task="task", model="scripted:x")).id


@pytest.mark.parametrize("skew", [-SKEW, SKEW])
async def test_the_store_stamps_and_ages_a_command_by_its_own_clock(
        store: SqlEventStore, skew: float, monkeypatch: pytest.MonkeyPatch) -> None:
    run_id = await _new_run(store)
    # The process sending the heartbeat (the API server) has a clock two minutes off.
    monkeypatch.setattr(store_sql, "now", lambda: datetime.now(UTC) + timedelta(seconds=skew))
    sent = await store.send_command(run_id, "heartbeat", {"watched": True})
    # Stamped by the database (whose clock is this machine's here), not by the sending process.
    assert abs(sent.created_at - datetime.now(UTC)) < timedelta(seconds=10), sent.created_at
    assert sent.age is None
    (queued,) = await store.queued_commands(run_id)
    assert queued == sent
    await asyncio.sleep(0.3)
    (taken,) = await store.take_commands(run_id)
    assert taken.created_at == sent.created_at and taken.kind == "heartbeat"
    assert taken.age is not None and 0.25 <= taken.age < 10, taken.age


# The runner: a worker whose clock is off


WATCHED = {"watch_domains": ["127.0.0.1"]}
"""The bank is 127.0.0.1."""


def _backdate_commands(db_url: str, seconds: int) -> None:
    """Make the run's pending commands look ``seconds`` old to the database (as if the UI beat then and died)."""
    path = make_url(db_url).database
    assert path
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE commands SET created_at = strftime('%Y-%m-%d %H:%M:%f000', 'now', ?) WHERE taken = 0",
                     (f"-{seconds} seconds",))


async def _paused_on_the_bank(env: Any, tmp_path: Path, port: str) -> str:
    bank = f"http://127.0.0.1:{port}/accounts"
    spec = script(tmp_path, [
        {"tool_calls": [call("http_request", url=bank)]},
        {"tool_calls": [call("http_request", url=bank)]},  # again, once someone watches
        {"tool_calls": [call("finish", answer="balance 12")]},
    ])
    run = await env.service.create_run("check my balance", spec, workspace=tmp_path / "ws", options=WATCHED,
                                       start=False)
    assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.PAUSED
    return str(run.id)


def _states(events: list[object]) -> list[tuple[bool, bool]]:
    return [(e.active, e.watched) for e in events if isinstance(e, WatchModeChanged)]


async def test_a_worker_whose_clock_is_ahead_sees_a_live_watcher(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server = RecordingServer({"/accounts": "<p>balance 12</p>"})
    with server.running():
        async with gofer_env() as env:
            run_id = await _paused_on_the_bank(env, tmp_path, server.url.rsplit(":", 1)[1])
            monkeypatch.setattr(_commands, "time", SkewedClock(SKEW))
            await env.store.send_command(run_id, "heartbeat", {"watched": True})
            status = await asyncio.wait_for(env.runtime.drive(run_id, until_wait=True), 60)
            events = await env.store.read(run_id)
    assert status == RunStatus.FINISHED, _states(events)
    assert _states(events) == [(True, False), (True, True)]
    assert len(server.leaked("/accounts")) == 1


async def test_a_worker_whose_clock_is_behind_sees_no_dead_watcher(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server = RecordingServer({"/accounts": "<p>balance 12</p>"})
    with server.running():
        async with gofer_env() as env:
            run_id = await _paused_on_the_bank(env, tmp_path, server.url.rsplit(":", 1)[1])
            monkeypatch.setattr(_commands, "time", SkewedClock(-SKEW))
            await env.store.send_command(run_id, "heartbeat", {"watched": True})
            _backdate_commands(env.settings.db_url, 60)  # the UI beat a minute ago and went away
            status = await asyncio.wait_for(env.runtime.drive(run_id, until_wait=True), 60)
            events = await env.store.read(run_id)
    assert status == RunStatus.PAUSED, _states(events)
    assert _states(events) == [(True, False)]
    assert not server.leaked("/accounts"), "the bank was asked while nobody watched"
