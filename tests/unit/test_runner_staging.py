"""Staged events: what must be on disk first is, quick steps share transactions, nothing is lost or reordered."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from gofer.agent import runner as runner_module
from gofer.agent.runner import Runner
from gofer.computer.workspace import Workspace
from gofer.config import Settings
from gofer.events import ActionProposed, ActionStarted, Event, Observation, Risk, RunPaused, RunStarted, RunStatus
from gofer.safety.pipeline import build_guard
from gofer.store.sql import SqlEventStore, open_store
from gofer.testing import ScriptedModel
from gofer.tools.base import Tool, Toolset, tool
from gofer.tools.control import TOOLS as CONTROL


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlEventStore]:
    s = await open_store(f"sqlite:///{tmp_path / 'g.db'}")
    yield s
    await s.close()


async def _new_run(store: SqlEventStore) -> str:
    session = await store.create_session("/w")
    run = await store.create_run(session_id=session.id, task="t", model="scripted")
    await store.append(run.id, [RunStarted(run_id=run.id, task="t", model="scripted", session_id=session.id,
                                           workspace="")], 0)
    return run.id


def _runner(store: SqlEventStore, tmp_path: Path, turns: list[dict[str, Any]], tools: list[Tool],
            written: list[list[Event]] | None = None) -> Runner:
    settings = Settings(home=tmp_path, loop_repeat_limit=1000, no_progress_steps=1000)
    return Runner(
        store=store,
        model=ScriptedModel(turns),
        tools=Toolset([*CONTROL, *tools]),
        guard=build_guard(settings, {}),
        settings=settings,
        workspace=Workspace(tmp_path / "ws"),
        observers=[written.append] if written is not None else [],
    )


def _turn(name: str, **arguments: Any) -> dict[str, Any]:
    return {"tool_calls": [{"name": name, "arguments": arguments}]}


async def test_a_side_effect_starts_on_disk_and_its_result_is_written_at_once(
        store: SqlEventStore, tmp_path: Path) -> None:
    run_id = await _new_run(store)
    seen: list[str] = []

    @tool(risk=Risk.REVERSIBLE)
    async def change() -> str:
        """Change something outside."""
        log = await store.read(run_id)
        seen.extend(e.type for e in log)
        return "changed"

    turns = [_turn("change"), _turn("finish", answer="ok")]
    assert await _runner(store, tmp_path, turns, [change]).run(run_id) == RunStatus.FINISHED
    # When the tool ran, the model's answer, the proposal, the guard's verdict and the start were on disk.
    assert seen[-4:] == ["ModelResponded", "ActionProposed", "GuardDecision", "ActionStarted"]


async def test_a_long_read_only_action_shows_up_while_it_runs(store: SqlEventStore, tmp_path: Path) -> None:
    run_id = await _new_run(store)

    @tool
    async def look() -> str:
        """Look at something slowly."""
        async with asyncio.timeout(10):
            while not any(isinstance(e, ActionProposed) for e in await store.read(run_id)):
                await asyncio.sleep(0.01)
        return "seen while running"

    turns = [_turn("look"), _turn("finish", answer="ok")]
    assert await _runner(store, tmp_path, turns, [look]).run(run_id) == RunStatus.FINISHED
    log = await store.read(run_id)
    assert any(isinstance(e, Observation) and e.text == "seen while running" for e in log)


async def test_quick_read_only_steps_share_transactions(store: SqlEventStore, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner_module, "STAGE_DELAY", 10.0)  # only durable events write: the ends of the run
    run_id = await _new_run(store)

    @tool
    async def peek(n: int) -> str:
        """Peek.

        Args:
            n: which.
        """
        return f"peek {n}"

    written: list[list[Event]] = []
    turns = [*(_turn("peek", n=i) for i in range(30)), _turn("finish", answer="ok")]
    assert await _runner(store, tmp_path, turns, [peek], written).run(run_id) == RunStatus.FINISHED
    log = await store.read(run_id)
    assert [e.seq for e in log] == list(range(len(log)))
    assert sum(len(batch) for batch in written) == len(log) - 1  # everything but RunStarted, once each
    assert len(written) <= 2
    assert sum(isinstance(e, ActionStarted) for e in log) == 31


async def test_an_interrupted_run_writes_what_it_staged_then_pauses(store: SqlEventStore, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner_module, "STAGE_DELAY", 10.0)
    run_id = await _new_run(store)
    running = asyncio.Event()

    @tool
    async def wait_forever() -> str:
        """Wait."""
        running.set()
        await asyncio.Event().wait()
        return "never"

    runner = _runner(store, tmp_path, [_turn("wait_forever")], [wait_forever])
    task = asyncio.create_task(runner.run(run_id))
    await asyncio.wait_for(running.wait(), 10)
    assert [e.type for e in await store.read(run_id)] == ["RunStarted"]  # the rest is still staged
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    log = await store.read(run_id)
    assert [e.type for e in log][1:] == ["GuardDecision", "ModelResponded", "ActionProposed", "GuardDecision",
                                         "RunPaused"]
    assert isinstance(log[-1], RunPaused) and [e.seq for e in log] == list(range(len(log)))
