"""What is particular to SQLite (WAL, locks shared between connections, URLs) and the in-process notifier."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

from sqlalchemy import text

from gofer.config import Settings
from gofer.events import Event, RunCancelled, RunStarted, UserMessage
from gofer.store import open_store
from gofer.store._engine import WRITE_OPTION, make_sync_engine, normalize_url
from gofer.store.notify import LocalNotifier


async def _types(events: AsyncIterator[Event]) -> list[str]:
    return [event.type async for event in events]


def _start() -> RunStarted:
    return RunStarted(run_id="", task="t", model="m", session_id="ses_a", workspace="/w")


def test_urls_get_the_store_drivers() -> None:
    assert normalize_url("sqlite:////tmp/x.db").drivername == "sqlite+pysqlite"
    assert normalize_url("sqlite+aiosqlite:////tmp/x.db").database == "/tmp/x.db"
    assert normalize_url("sqlite+aiosqlite:////tmp/x.db").drivername == "sqlite+pysqlite"
    assert normalize_url("postgres://u:p@127.0.0.1/db").drivername == "postgresql+asyncpg"
    assert normalize_url("postgresql://u@127.0.0.1/db").drivername == "postgresql+asyncpg"
    assert normalize_url("postgresql+asyncpg://u@127.0.0.1/db").drivername == "postgresql+asyncpg"


async def test_the_default_settings_open_a_wal_file_in_gofer_home(gofer_env: Path) -> None:
    store = await open_store(Settings().db_url)
    try:
        assert (gofer_env / "gofer.db").is_file()
        pragmas = await store.db.read(
            lambda conn: [conn.scalar(text(f"PRAGMA {n}")) for n in ("journal_mode", "foreign_keys", "busy_timeout")]
        )
        assert pragmas[0] == "wal" and pragmas[1] == 1 and pragmas[2] >= 5000
    finally:
        await store.close()


async def test_a_reader_does_not_block_a_writer(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'g.db'}"
    writer, reader = await open_store(url), await open_store(url)
    try:
        await writer.append("run_a", [_start()], 0)
        with make_sync_engine(url).connect() as conn:  # an open read transaction holding a snapshot
            assert conn.scalar(text("SELECT count(*) FROM events")) == 1
            await writer.append("run_a", [UserMessage(run_id="", text="x")], 1)
            assert conn.scalar(text("SELECT count(*) FROM events")) == 1
        assert len(await reader.read("run_a")) == 2
    finally:
        await writer.close()
        await reader.close()


async def test_a_writer_waits_for_another_connections_lock(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'g.db'}"
    first, second = await open_store(url), await open_store(url)
    try:
        await first.append("run_a", [_start()], 0)
        locking = make_sync_engine(url).execution_options(**{WRITE_OPTION: True})
        with locking.begin() as conn:  # BEGIN IMMEDIATE: like another process in the middle of a write
            assert conn.scalar(text("SELECT count(*) FROM events")) == 1
            appending = asyncio.create_task(second.append("run_a", [UserMessage(run_id="", text="x")], 1))
            done, _ = await asyncio.wait([appending], timeout=0.3)
            assert not done
        assert [e.seq for e in await asyncio.wait_for(appending, 10)] == [1]
    finally:
        await first.close()
        await second.close()


async def test_an_in_memory_database_works() -> None:
    store = await open_store("sqlite://")
    try:
        await store.append("run_a", [_start()], 0)
        assert [e.type for e in await store.read("run_a")] == ["RunStarted"]
        watching = asyncio.create_task(_types(store.subscribe("run_a")))
        waiting = asyncio.create_task(store.wait_commands("run_a", 30))
        await asyncio.gather(*(store.append("run_a", [UserMessage(run_id="", text=str(i))], i) for i in range(1, 6)),
                             store.send_command("run_a", "cancel"), return_exceptions=True)
        await asyncio.wait_for(waiting, 10)
        log = await store.read("run_a")
        await store.append("run_a", [RunCancelled(run_id="")], len(log))
        assert await asyncio.wait_for(watching, 10) == [e.type for e in log] + ["RunCancelled"]
    finally:
        await store.close()


async def test_notifier_tickets() -> None:
    notifier = LocalNotifier()
    early = notifier.ticket("c")
    assert notifier.ticket("c") is early
    other = notifier.ticket("d")
    await notifier.publish("c")
    assert early.fired and not other.fired
    assert await early.wait(0)
    late = notifier.ticket("c")
    assert not late.fired and late is not early
    assert not await late.wait(0.01)
    await notifier.aclose()
    assert late.fired and other.fired
