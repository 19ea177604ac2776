"""A quota hold does not outlive its holder: it lasts GOFER_QUOTA_HOLD_SECONDS by the database's clock, and the
runner holding it renews it while it lives. Before, a process that died mid-step left its hold on the run's row until
the run was resumed, paused or ended, and every other run of the user was refused for room nobody used. Real runs on a
real SQLite store, the holder a real process killed with SIGKILL; the model is scripted and kept at its door."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import textwrap
from pathlib import Path

from agent_helpers import StuckModel, call, gofer_env, script

from gofer.events import RunStatus
from gofer.runtime.assemble import build_runner
from gofer.store.base import usage_caps

QUOTAS = {"tokens_per_month": 25_000.0}
TASK = "Say done. " * 2_000  # the step holds about 17,700 tokens: this prompt, the tools and 4,096 output
SINCE = usage_caps(QUOTAS)[0].since

HOLDER = textwrap.dedent("""
    import asyncio, sys
    from gofer.config import Settings
    from gofer.runtime.assemble import build_runner
    from gofer.store.sql import open_store

    class Stuck:
        def __init__(self, inner):
            self.inner = inner
        @property
        def info(self):
            return self.inner.info
        async def complete(self, messages, tools, **kwargs):
            print("calling", flush=True)
            await asyncio.Event().wait()

    async def main(home, run_id):
        settings = Settings(home=home)
        store = await open_store(settings.db_url)
        runner = await build_runner(store, settings, (await store.read(run_id))[0])
        runner.model = Stuck(runner.model)
        await runner.run(run_id)

    asyncio.run(main(sys.argv[1], sys.argv[2]))
""")



async def test_a_killed_holders_hold_lapses_and_the_users_other_run_gets_the_room(tmp_path: Path) -> None:
    home = tmp_path / "home"
    spec = script(tmp_path, [{"tool_calls": [call("finish", answer="done")]}])
    (tmp_path / "holder.py").write_text(HOLDER)
    async with gofer_env(home=home) as env:
        user = await env.store.create_user("quinn")
        runs = [await env.service.create_run(TASK, spec, user_id=user.id, workspace=tmp_path, start=False,
                                             caps=usage_caps(QUOTAS)) for _ in range(2)]
        holder = await asyncio.create_subprocess_exec(
            sys.executable, str(tmp_path / "holder.py"), str(home), runs[0].id, stdout=asyncio.subprocess.PIPE,
            env={**os.environ, "GOFER_QUOTA_HOLD_SECONDS": "3"})
        try:
            assert holder.stdout is not None
            assert await asyncio.wait_for(holder.stdout.readline(), 120) == b"calling\n"
            held = (await env.store.run_usage(user.id, SINCE)).tokens
            assert held > 9_000  # the step's estimate is held while its call is in flight
            refused = await env.store.hold_step(runs[1].id, usage_caps(QUOTAS), 10_000, 0.0)
            assert refused is not None and refused.used == held  # the live holder's room is not given twice
        finally:
            holder.send_signal(signal.SIGKILL)
            await holder.wait()
        await asyncio.sleep(3.5)  # past the hold's life, which nobody renews now
        assert (await env.store.run_usage(user.id, SINCE)).tokens == 0
        assert await env.store.hold_step(runs[1].id, usage_caps(QUOTAS), 10_000, 0.0) is None
        assert (await env.store.get_run(runs[0].id)).status == RunStatus.RUNNING  # the log says nothing happened


async def test_a_live_runner_keeps_its_hold_through_a_call_longer_than_the_holds_life(tmp_path: Path) -> None:
    """The benign look-alike: a slow model call keeps its room, whatever the hold's life, while its runner lives."""
    spec = script(tmp_path, [{"tool_calls": [call("finish", answer="done")]}])
    async with gofer_env(home=tmp_path / "home", quota_hold_seconds=1.5) as env:
        user = await env.store.create_user("quinn")
        run = await env.service.create_run(TASK, spec, user_id=user.id, workspace=tmp_path, start=False,
                                           caps=usage_caps(QUOTAS))
        runner = await build_runner(env.store, env.settings, (await env.store.read(run.id))[0])  # type: ignore[arg-type]
        model = runner.model = StuckModel(runner.model)  # type: ignore[assignment]
        task = asyncio.create_task(runner.run(run.id))
        try:
            await asyncio.wait_for(model.called.wait(), 60)
            held = (await env.store.run_usage(user.id, SINCE)).tokens
            assert held > 9_000
            await asyncio.sleep(5.0)  # more than three lives of the hold
            assert (await env.store.run_usage(user.id, SINCE)).tokens == held
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        assert (await env.store.run_usage(user.id, SINCE)).tokens == 0  # paused: nothing in flight, nothing held


async def test_a_worker_that_lost_its_lease_does_not_renew_its_hold(tmp_path: Path) -> None:
    """A redis worker renews a hold only while it holds the run's lease: the hold of a worker that lost the run
    lapses as a dead worker's does (its runner stops renewing once the lease is gone)."""
    from gofer.runtime.redis_worker import _FencedStore

    leased = True

    async def lease(run_id: str) -> bool:
        return leased

    async with gofer_env(home=tmp_path / "home") as env:
        user = await env.store.create_user("quinn")
        run = await env.service.create_run("Say done.", script(tmp_path, []), user_id=user.id, workspace=tmp_path,
                                           start=False, caps=usage_caps(QUOTAS))
        fenced = _FencedStore(env.store, lease)
        assert await fenced.hold_step(run.id, usage_caps(QUOTAS), 5_000, 0.0, seconds=2.0) is None
        assert await fenced.renew_hold(run.id, 2.0)
        leased = False
        assert not await fenced.renew_hold(run.id, 2.0)
        assert (await env.store.run_usage(user.id, SINCE)).tokens == 5_000  # its last renewal still holds
        await asyncio.sleep(2.2)
        assert (await env.store.run_usage(user.id, SINCE)).tokens == 0
