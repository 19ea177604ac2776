"""A model call's hold is put down when the call's spend lands, whatever the call was for: a monitor's review and a
condensing call hold room as a step does. Before, only a step's ModelResponded put its hold down, so a review's
spend and its hold were both counted until the run's next step held afresh. Real SQLite store."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest
from agent_helpers import gofer_env, script

from gofer.events import ModelResponded, Usage
from gofer.store.base import usage_caps

QUOTAS = {"tokens_per_month": 100_000.0, "cost_per_month": 10.0}


@pytest.mark.parametrize("purpose", ["monitor", "condense", "step"])
async def test_a_calls_spend_replaces_its_hold(tmp_path: Path, purpose: Literal["step", "condense", "monitor"]) -> None:
    async with gofer_env(home=tmp_path / "home") as env:
        user = await env.store.create_user("quinn")
        run = await env.service.create_run("say done", script(tmp_path, []), user_id=user.id, workspace=tmp_path,
                                           start=False, caps=usage_caps(QUOTAS))
        since = usage_caps(QUOTAS)[0].since
        assert await env.store.hold_step(run.id, usage_caps(QUOTAS), 6_000, 0.5) is None
        held = await env.store.run_usage(user.id, since)
        assert (held.tokens, held.cost) == (6_000, 0.5)
        seq = len(await env.store.read(run.id))
        await env.store.append(run.id, [ModelResponded(run_id=run.id, purpose=purpose, model="m", cost=0.02,
                                                       usage=Usage(input_tokens=1_000, output_tokens=100))], seq)
        used = await env.store.run_usage(user.id, since)
        assert (used.tokens, used.cost) == (1_100, pytest.approx(0.02))  # the spend alone, not the spend and hold
        assert not await env.store.renew_hold(run.id)  # nothing left to renew
