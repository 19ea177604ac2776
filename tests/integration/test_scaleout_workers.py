"""The distributed runtime on PostgreSQL and Redis: runs created through the service, driven by ``gofer worker``
processes; two workers share runs; a killed worker's run is resumed by another; a stopped one hands over.

Needs GOFER_TEST_POSTGRES_URL (a user that may CREATE DATABASE) and GOFER_TEST_REDIS_URL; .ci/run starts both.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from pg_databases import fresh_database

from gofer.config import Settings
from gofer.events import (
    ActionStarted,
    Event,
    Observation,
    QuestionAsked,
    RunFailed,
    RunFinished,
    RunPaused,
    RunResumed,
    UserMessage,
)
from gofer.runtime.commands import Answer
from gofer.runtime.redis import RedisRuntime
from gofer.runtime.redis_jobs import GROUP
from gofer.runtime.redis_worker import HANDOFF_REASON, MAX_DELIVERIES, Worker
from gofer.runtime.service import RunService
from gofer.store import SqlEventStore, open_store

pytestmark = pytest.mark.integration

_REDIS_ENV = "GOFER_TEST_REDIS_URL"
LEASE = 3.0
"""The lease of the test workers, seconds: how long a killed worker's run waits before another takes it."""

WorkerSpawner = Callable[..., subprocess.Popen[bytes]]


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    async with fresh_database("gofer_scale") as url:
        yield url


@pytest.fixture
async def redis_url() -> AsyncIterator[str]:
    """The test Redis; the keys of this test's prefix are deleted afterwards."""
    url = os.environ.get(_REDIS_ENV)
    if not url:
        pytest.skip(f"{_REDIS_ENV} is not set (a Redis URL, e.g. redis://127.0.0.1:6379/0)")
    yield url


@pytest.fixture
async def scale_env(pg_url: str, redis_url: str, gofer_env: Path,
                    monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[dict[str, str]]:
    """GOFER_* settings for this process and its worker and server processes: PostgreSQL, Redis, a short lease."""
    from redis.asyncio import Redis

    prefix = "gofer-test-" + secrets.token_hex(4)
    env = {
        "GOFER_DATABASE_URL": pg_url,
        "GOFER_RUNTIME": "redis",
        "GOFER_REDIS_URL": redis_url,
        "GOFER_REDIS_PREFIX": prefix,
        "GOFER_LEASE_SECONDS": str(LEASE),
        "GOFER_CONFIRMATION": "never",
        "GOFER_ALLOW_SCRIPTED_MODELS": "1",
        "GOFER_LOG_LEVEL": "info",
        "GOFER_LOG_FORMAT": "text",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    yield {**os.environ, **env}
    client = Redis.from_url(redis_url)
    try:
        keys = [key async for key in client.scan_iter(match=f"{prefix}:*")]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()


@pytest.fixture
def spawn_worker(scale_env: dict[str, str], tmp_path: Path) -> Iterator[WorkerSpawner]:
    """Start ``gofer worker --name NAME`` processes (stderr in tmp_path/NAME.log); all are killed at the end."""
    procs: list[subprocess.Popen[bytes]] = []

    def spawn(name: str, *extra: str) -> subprocess.Popen[bytes]:
        log = (tmp_path / f"{name}.log").open("wb")
        # a worker that hangs can be made to print every thread's stack (SIGABRT: see _exit_code)
        proc = subprocess.Popen([sys.executable, "-m", "gofer", "worker", "--name", name, *extra],
                                env={**scale_env, "PYTHONFAULTHANDLER": "1"}, stdout=log, stderr=subprocess.STDOUT)
        procs.append(proc)
        return proc

    yield spawn
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


@pytest.fixture
async def service(scale_env: dict[str, str]) -> AsyncIterator[RunService]:
    """A RunService on the test database whose runtime queues runs on Redis (as gofer serve does)."""
    settings = Settings()
    store = await open_store(settings.db_url)
    runtime = RedisRuntime(store, settings)
    yield RunService(store, settings, runtime)
    await runtime.aclose()
    await store.close()


def scripted(path: Path, turns: list[dict[str, Any]]) -> str:
    """Write a scripted model's turns and return its spec."""
    path.write_text(yaml.safe_dump(turns, sort_keys=False))
    return f"scripted:{path}"


async def until(store: SqlEventStore, run_id: str, predicate: Callable[[Event], bool],
                timeout: float = 60.0) -> list[Event]:
    """The run's events up to the first one matching ``predicate`` (AssertionError when the run ends first)."""
    seen: list[Event] = []

    async def follow() -> list[Event]:
        async for event in store.subscribe(run_id):
            seen.append(event)
            if predicate(event):
                return seen
        raise AssertionError(f"run {run_id} ended without the awaited event: {[e.type for e in seen]}")

    return await asyncio.wait_for(follow(), timeout)


def of_type(name: str) -> Callable[[Event], bool]:
    """A predicate: the event is of this type."""
    return lambda event: event.type == name


def terminal(event: Event) -> bool:
    """A predicate: the event ends the run."""
    return event.type in ("RunFinished", "RunFailed", "RunCancelled")


def assert_whole(events: list[Event]) -> None:
    """No event lost or repeated: seqs 0..n; one proposal, start and observation per action; one terminal."""
    assert [e.seq for e in events] == list(range(len(events)))
    for kind in ("ActionProposed", "ActionStarted", "Observation"):
        counts = Counter(getattr(e, "action_id", None) for e in events if e.type == kind)
        assert all(n == 1 for n in counts.values()), (kind, counts)
    assert sum(1 for e in events if terminal(e)) == 1


async def test_a_run_created_through_the_service_is_driven_by_a_worker(
        service: RunService, spawn_worker: WorkerSpawner, tmp_path: Path) -> None:
    spawn_worker("w1")
    model = scripted(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "write_file", "arguments": {"path": "note.txt", "content": "hello"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "wrote note.txt", "files": ["note.txt"]}}]},
    ])
    run = await service.create_run("write a note", model)
    store = service.store
    assert isinstance(store, SqlEventStore)
    events = await until(store, run.id, terminal)
    assert isinstance(events[-1], RunFinished) and events[-1].answer == "wrote note.txt"
    assert [e.type for e in events if e.type in ("ModelResponded", "Observation")] == [
        "ModelResponded", "Observation", "ModelResponded", "Observation"]
    assert_whole(await store.read(run.id))
    session = await store.get_session(run.session_id)
    assert (Path(session.workspace) / "note.txt").read_text() == "hello"
    assert (await store.get_run(run.id)).status.value == "finished"


async def test_two_workers_share_runs_and_take_answers_through_the_inbox(
        service: RunService, spawn_worker: WorkerSpawner, tmp_path: Path) -> None:
    # Each worker drives one run at a time, and each run waits for an answer: both runs can reach their
    # question only if the two workers took one each.
    spawn_worker("w1", "--concurrency", "1")
    spawn_worker("w2", "--concurrency", "1")
    model = scripted(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "ask_user", "arguments": {"question": "which colour?"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "noted"}}]},
    ])
    store = service.store
    assert isinstance(store, SqlEventStore)
    runs = [await service.create_run(f"task {i}", model) for i in range(2)]
    questions = [(await until(store, run.id, of_type("QuestionAsked")))[-1] for run in runs]
    assert isinstance(questions[0], QuestionAsked)
    runtime = service.runtime
    assert isinstance(runtime, RedisRuntime)
    owners = {await runtime.queue.owner(run.id) for run in runs}
    assert owners == {"w1", "w2"}

    await service.command(runs[0].id, Answer(question_id=questions[0].question_id, answer="blue"))
    await service.cancel(runs[1].id, reason="not needed")
    first = await until(store, runs[0].id, terminal)
    second = await until(store, runs[1].id, terminal)
    assert first[-1].type == "RunFinished"
    assert [e.type for e in first if e.type == "QuestionAnswered"] == ["QuestionAnswered"]
    assert second[-1].type == "RunCancelled"
    for run in runs:
        assert_whole(await store.read(run.id))
    # Both leases are given back once the runs end.
    for _ in range(100):
        if {await runtime.queue.owner(run.id) for run in runs} == {None}:
            break
        await asyncio.sleep(0.05)
    assert {await runtime.queue.owner(run.id) for run in runs} == {None}


def _exit_code(proc: subprocess.Popen[bytes], log: Path, timeout: float) -> int:
    """The worker's exit code within ``timeout`` seconds; else it is made to print its threads' stacks (SIGABRT, with
    PYTHONFAULTHANDLER) and the test fails with its log, to tell why it did not stop."""
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGABRT)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)
        raise AssertionError(f"the worker did not exit within {timeout:.0f} s; its log:\n"
                             + log.read_text(errors="replace")[-20_000:]) from None


def _sleeper(tmp_path: Path) -> str:
    return scripted(tmp_path / "m.yaml", [
        {"text": "working", "tool_calls": [{"name": "shell", "arguments": {"command": "sleep 60", "timeout": 120}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "the answer is 42"}}]},
    ])


async def test_a_killed_workers_run_is_resumed_by_another_with_nothing_lost(
        service: RunService, spawn_worker: WorkerSpawner, tmp_path: Path) -> None:
    first = spawn_worker("doomed")
    store = service.store
    assert isinstance(store, SqlEventStore)
    run = await service.create_run("think hard", _sleeper(tmp_path))
    before = await until(store, run.id, of_type("ActionStarted"))
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    spawn_worker("rescuer")

    events = await until(store, run.id, terminal, timeout=60 + LEASE)
    log = await store.read(run.id)
    assert log[: len(before)] == before
    assert isinstance(log[-1], RunFinished) and log[-1].answer == "the answer is 42"
    after = log[len(before):]
    assert isinstance(after[0], RunResumed) and after[0].reason == "recovered from the log"
    unknown = [e for e in after if isinstance(e, Observation) and e.tool == "shell"]
    assert len(unknown) == 1 and "outcome unknown" in (unknown[0].error or "")
    assert isinstance(before[-1], ActionStarted) and unknown[0].action_id == before[-1].action_id
    assert [e.type for e in log if e.type == "ModelResponded"] == ["ModelResponded"] * 2
    assert_whole(log)
    assert events == log


async def test_a_stopped_worker_pauses_its_run_and_another_carries_it_on(
        service: RunService, spawn_worker: WorkerSpawner, tmp_path: Path) -> None:
    leaving = spawn_worker("leaving")
    store = service.store
    assert isinstance(store, SqlEventStore)
    run = await service.create_run("think hard", _sleeper(tmp_path))
    before = await until(store, run.id, of_type("ActionStarted"))
    leaving.send_signal(signal.SIGTERM)
    assert _exit_code(leaving, tmp_path / "leaving.log", 30) == 0
    paused = (await store.read(run.id))[len(before):]
    assert len(paused) == 1 and isinstance(paused[0], RunPaused) and paused[0].reason == HANDOFF_REASON
    spawn_worker("staying")

    await until(store, run.id, terminal)
    log = await store.read(run.id)
    after = log[len(before) + 1:]
    assert after[0].type == "RunResumed"
    shell = [e for e in after if isinstance(e, Observation) and e.tool == "shell"]
    assert len(shell) == 1 and "outcome unknown" in (shell[0].error or "")
    assert isinstance(log[-1], RunFinished) and log[-1].answer == "the answer is 42"
    assert_whole(log)


async def test_a_run_that_keeps_killing_its_workers_is_failed(service: RunService, tmp_path: Path) -> None:
    store = service.store
    runtime = service.runtime
    assert isinstance(store, SqlEventStore) and isinstance(runtime, RedisRuntime)
    run = await service.create_run("crash", _sleeper(tmp_path), start=False)
    await store.append(run.id, [UserMessage(run_id=run.id, text="go on")], 1)  # it was running when it crashed
    queue = runtime.queue
    await queue.ensure_group()
    await queue.enqueue(run.id, "start")
    # A worker that took the job and died, four times over: the job was delivered five times.
    [job] = await queue.read("ghost", 1, block_ms=100)
    for _ in range(MAX_DELIVERIES - 1):
        await queue.client.xclaim(queue.stream, GROUP, "ghost", 0, [job.id])
    assert await queue.deliveries(job) == MAX_DELIVERIES

    worker = Worker(store, Settings(lease_seconds=1.0), name="survivor")
    working = asyncio.create_task(worker.run())
    try:
        events = await until(store, run.id, terminal, timeout=30)
    finally:
        worker.stop()
        await asyncio.wait_for(working, 30)
    assert isinstance(events[-1], RunFailed) and events[-1].reason == "worker failures"
    assert await queue.client.xlen(queue.stream) == 0
    assert await queue.owner(run.id) is None
