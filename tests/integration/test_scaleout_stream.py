"""Events across processes over Redis: the Redis notifier wakes another store's subscribers and inbox waiters at
once, and a ``gofer serve`` process with GOFER_RUNTIME=redis streams (SSE) a run that a ``gofer worker`` drives.

Needs GOFER_TEST_POSTGRES_URL and GOFER_TEST_REDIS_URL (see test_scaleout_workers.py).
"""

from __future__ import annotations

import asyncio
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import test_scaleout_workers as workers

from gofer.events import RunStarted, UserMessage
from gofer.server.testing import read_sse
from gofer.store import open_store
from gofer.store.redis_notify import RedisNotifier

pg_url = workers.pg_url
redis_url = workers.redis_url
scale_env = workers.scale_env
spawn_worker = workers.spawn_worker

pytestmark = pytest.mark.integration

SLOW_POLL = 30.0
"""A poll interval no test waits out: whatever arrives sooner came through Redis."""


async def test_the_redis_notifier_wakes_another_processes_subscribers_and_waiters(pg_url: str,
                                                                                   redis_url: str) -> None:
    prefix = "gofer-test-" + secrets.token_hex(4)
    writer_notifier = await RedisNotifier.connect(redis_url, prefix)
    reader_notifier = await RedisNotifier.connect(redis_url, prefix)
    writer = await open_store(pg_url, notifier=writer_notifier, poll_interval=SLOW_POLL)
    reader = await open_store(pg_url, notifier=reader_notifier, poll_interval=SLOW_POLL)
    try:
        session = await writer.create_session("/tmp/ws")
        run = await writer.create_run(session_id=session.id, task="t", model="scripted:x")
        start = RunStarted(run_id=run.id, task="t", model="scripted:x", session_id=session.id, workspace="/tmp/ws")
        await writer.append(run.id, [start], 0)

        seen: asyncio.Queue[str] = asyncio.Queue()

        async def follow() -> None:
            async for event in reader.subscribe(run.id):
                await seen.put(event.type)

        following = asyncio.create_task(follow())
        try:
            assert await asyncio.wait_for(seen.get(), 10) == "RunStarted"
            # The first append may reach the reader by its first look at the log; the second can only come
            # through Redis in time.
            await writer.append(run.id, [UserMessage(run_id=run.id, text="one")], 1)
            assert await asyncio.wait_for(seen.get(), 10) == "UserMessage"
            began = time.monotonic()
            await writer.append(run.id, [UserMessage(run_id=run.id, text="two")], 2)
            assert await asyncio.wait_for(seen.get(), 10) == "UserMessage"
            assert time.monotonic() - began < SLOW_POLL / 3
        finally:
            following.cancel()

        waiting = asyncio.create_task(reader.wait_commands(run.id, SLOW_POLL))
        await asyncio.sleep(0.2)
        began = time.monotonic()
        await writer.send_command(run.id, "message", {"text": "more"})
        await asyncio.wait_for(waiting, 10)
        assert time.monotonic() - began < SLOW_POLL / 3
        assert [c.kind for c in await reader.take_commands(run.id)] == ["message"]
    finally:
        await writer.close()
        await reader.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


async def test_an_api_server_streams_a_run_that_a_worker_drives(
        scale_env: dict[str, str], spawn_worker: workers.WorkerSpawner, tmp_path: Path) -> None:
    store = await open_store(scale_env["GOFER_DATABASE_URL"])
    try:
        user = await store.create_user("alice")
        _, key = await store.create_api_key(user.id)
    finally:
        await store.close()
    port = _free_port()
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen([sys.executable, "-m", "gofer", "serve", "--port", str(port)],
                              env=scale_env, stdout=log, stderr=subprocess.STDOUT)
    try:
        spawn_worker("w1")
        client = httpx.Client(base_url=f"http://127.0.0.1:{port}", headers={"Authorization": f"Bearer {key}"},
                              timeout=30)
        deadline = time.monotonic() + 90  # a loaded 2-core machine starts gofer serve slowly
        while True:
            try:
                if client.get("/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
            await asyncio.sleep(0.1)
        turns = [{"tool_calls": [{"name": "write_file", "arguments": {"path": f"f{i}.txt", "content": str(i)}}]}
                 for i in range(4)]
        turns.append({"tool_calls": [{"name": "finish", "arguments": {"answer": "all written"}}]})
        model = workers.scripted(tmp_path / "m.yaml", turns)
        response = client.post("/v1/runs", json={"task": "write files", "model": model})
        assert response.status_code in (200, 201), response.text
        run_id = response.json()["id"]

        def follow() -> list[dict[str, object]]:
            with client.stream("GET", f"/v1/runs/{run_id}/events", headers={"Accept": "text/event-stream"},
                               timeout=60) as stream:
                assert stream.status_code == 200
                return [event for _, event in read_sse(stream.iter_lines())]

        events = await asyncio.to_thread(follow)
        assert [e["seq"] for e in events] == list(range(len(events)))
        assert events[-1]["type"] == "RunFinished" and events[-1]["answer"] == "all written"
        assert sum(1 for e in events if e["type"] == "Observation") == 5
        assert client.get(f"/v1/runs/{run_id}").json()["status"] == "finished"
    finally:
        server.terminate()
        server.wait(timeout=20)
