"""A quota step's hold does not outlive the step: a run interrupted while its model call is in flight (a worker
handing the run over, Ctrl-C at the terminal) is paused, and what its step held is put down with the pause. Before,
the paused run kept the hold, counted as the user's usage this month until the run was resumed or cancelled: left
paused, it took that room from every other run of the user. Real run on a real SQLite store; the model is
scripted and kept at its door until the run is interrupted."""

from __future__ import annotations

import asyncio
from pathlib import Path

from agent_helpers import StuckModel, call, gofer_env, script

from gofer.events import RunStatus
from gofer.runtime.assemble import build_runner
from gofer.store.base import usage_caps

QUOTAS = {"tokens_per_month": 1_000_000.0}



async def test_a_run_interrupted_mid_step_holds_nothing_once_paused(tmp_path: Path) -> None:
    spec = script(tmp_path, [{"tool_calls": [call("finish", answer="done")]}])
    async with gofer_env(home=tmp_path / "home") as env:
        user = await env.store.create_user("quinn")
        run = await env.service.create_run("Say done. " * 2_000, spec, user_id=user.id, workspace=tmp_path,
                                           start=False, caps=usage_caps(QUOTAS))
        started = (await env.store.read(run.id))[0]
        runner = await build_runner(env.store, env.settings, started)  # type: ignore[arg-type]
        model = runner.model = StuckModel(runner.model)  # type: ignore[assignment]
        runner.interrupt_reason = "interrupted at the terminal (Ctrl-C)"
        task = asyncio.create_task(runner.run(run.id))
        await asyncio.wait_for(model.called.wait(), 60)
        since = usage_caps(QUOTAS)[0].since
        held = (await env.store.run_usage(user.id, since)).tokens
        assert held > 4_000  # the step's estimate is held while its call is in flight
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        assert (await env.store.get_run(run.id)).status == RunStatus.PAUSED
        assert (await env.store.run_usage(user.id, since)).tokens == 0  # nothing was spent, nothing is held


async def test_a_worker_that_lost_its_lease_takes_no_hold(tmp_path: Path) -> None:
    from gofer.runtime.redis_worker import LeaseLost, _FencedStore

    async def lost(run_id: str) -> bool:
        return False

    async with gofer_env(home=tmp_path / "home") as env:
        user = await env.store.create_user("quinn")
        run = await env.service.create_run("Say done.", script(tmp_path, []), user_id=user.id, workspace=tmp_path,
                                           start=False, caps=usage_caps(QUOTAS))
        fenced = _FencedStore(env.store, lost)
        try:
            await fenced.hold_step(run.id, usage_caps(QUOTAS), 5_000, 0.0)
        except LeaseLost:
            pass
        else:
            raise AssertionError("a worker without the lease held room")
        assert (await env.store.run_usage(user.id, usage_caps(QUOTAS)[0].since)).tokens == 0
