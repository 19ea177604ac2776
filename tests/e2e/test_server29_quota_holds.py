"""Quotas held by the store for each model step: several runs of one user stepping at once, a cost quota's first
step, a step larger than its estimate. Real runs in one process on a real SQLite store; the model is scripted,
priced, and held at its door until every run is either calling it or ended (so runs really step at once)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterator
from pathlib import Path
from typing import Any

import pytest
from agent_helpers import call, gofer_env, script
from condense_helpers import Condensed, condensing_run

import gofer.runtime.spec as run_spec
from gofer.events import ModelResponded, RunFailed
from gofer.models.base import Completion, Message, ModelClient, ModelInfo, ToolSpec
from gofer.store import EventStore
from gofer.store.base import usage_caps

NOTES = "Summarise these garden notes in one line. " + "The weather was mild and the beans grew tall. " * 1_700
"""A task of about 80,000 characters: a first step of about 20,000 tokens, measured alike by the runner's estimate
and the scripted model's count."""
PRICE = 1_000.0
"""USD per million tokens, in and out: a 20,000-token step costs about 20 USD."""


class _Door:
    """Holds every model call until each of the runs is calling the model or has ended."""

    def __init__(self, store: EventStore) -> None:
        self.store = store
        self.run_ids: list[str] = []
        self.inside: set[str] = set()

    async def enter(self, run_id: str) -> None:
        self.inside.add(run_id)
        async with asyncio.timeout(60):
            while True:
                ended = {r for r in self.run_ids if (await self.store.get_run(r)).status.terminal}
                if set(self.run_ids) <= self.inside | ended:
                    return
                await asyncio.sleep(0.02)


class _Priced:
    """The scripted model, priced at PRICE, behind the door."""

    def __init__(self, inner: ModelClient, door: _Door, run_id: str) -> None:
        self.inner, self.door, self.run_id = inner, door, run_id

    @property
    def info(self) -> ModelInfo:
        return self.inner.info.model_copy(update={"input_price": PRICE, "output_price": PRICE})

    async def complete(self, messages: list[Message], tools: list[ToolSpec], **kwargs: Any) -> Completion:
        await self.door.enter(self.run_id)
        return await self.inner.complete(messages, tools, **kwargs)


@pytest.fixture
def door(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[_Door]]:
    """The runs' models come priced and behind a door (set ``doors[0]`` before driving)."""
    doors: list[_Door] = []
    made = run_spec.make_model

    async def priced(spec: str, settings: Any, store: EventStore, *, resume_run: str | None = None) -> Any:
        return _Priced(await made(spec, settings, store, resume_run=resume_run), doors[0], resume_run or "")

    monkeypatch.setattr(run_spec, "make_model", priced)
    yield doors


async def _runs(tmp_path: Path, doors: list[_Door], quotas: dict[str, float], scripts: list[list[dict[str, Any]]],
                ) -> tuple[list[list[Any]], float, float]:
    """Drive one run per script at once for one user under ``quotas``; their logs and the user's tokens and cost
    this month as the store counts them afterwards."""
    async with gofer_env(home=tmp_path / "home") as env:
        user = await env.store.create_user("quinn")
        doors.append(_Door(env.store))
        runs = []
        for i, turns in enumerate(scripts):
            (tmp_path / f"w{i}").mkdir()
            run = await env.service.create_run(NOTES, script(tmp_path, turns, f"s{i}.yaml"), user_id=user.id,
                                               workspace=tmp_path / f"w{i}", start=False, caps=usage_caps(quotas))
            runs.append(run.id)
        doors[0].run_ids = runs
        await asyncio.wait_for(asyncio.gather(*(env.runtime.drive(r) for r in runs)), 120)
        usage = await env.store.run_usage(user.id, usage_caps(quotas)[0].since)
        return [await env.store.read(r) for r in runs], float(usage.tokens), usage.cost


def _plan_then_finish() -> list[dict[str, Any]]:
    return [{"tool_calls": [call("update_plan", steps=["read the notes", "answer"])]},
            {"tool_calls": [call("finish", answer="mild weather, tall beans")]}]


async def test_runs_stepping_at_once_cannot_all_take_the_same_room(tmp_path: Path, door: list[_Door]) -> None:
    """Before: each of three runs of one user looked at the same remaining 40,000 tokens, each found room for its
    20,000-token step, and all three spent (about 63,000 tokens). Now the store holds each step's estimate under
    the user's lock: the first run's step takes the room, the other two are stopped before calling the model."""
    logs, tokens, _ = await _runs(tmp_path, door, {"tokens_per_month": 40_000}, [_plan_then_finish()] * 3)
    calls = [e for log in logs for e in log if isinstance(e, ModelResponded)]
    assert len(calls) == 1, [len([e for e in log if isinstance(e, ModelResponded)]) for log in logs]
    assert tokens <= 40_000  # what was spent, the holds put down when the runs ended
    for log in logs:
        failed = log[-1]
        assert isinstance(failed, RunFailed) and failed.error == "quota_exceeded", failed
        assert "tokens-per-month quota (40000)" in failed.reason


async def test_a_cost_quotas_first_step_is_priced_from_its_prompt(tmp_path: Path, door: list[_Door]) -> None:
    """Before: a run's first step had no cost estimate (no step before it), so a 5 USD quota let a 20 USD step
    run. Now the first step is priced from its prompt's size at the model's price and refused before the call."""
    logs, _, cost = await _runs(tmp_path, door, {"cost_per_month": 5}, [_plan_then_finish()])
    assert [e for e in logs[0] if isinstance(e, ModelResponded)] == []
    failed = logs[0][-1]
    assert isinstance(failed, RunFailed) and failed.error == "quota_exceeded"
    assert "cost-per-month quota (5)" in failed.reason
    assert cost == 0.0


async def test_a_step_larger_than_its_estimate_passes_by_that_step_and_says_so(tmp_path: Path,
                                                                               door: list[_Door]) -> None:
    """A step's answer cannot be measured before the call: a first step estimated at about 33 USD (its prompt,
    the tools' schemas and STEP_OUTPUT_ESTIMATE) that answers with 10,000 tokens passes a 35 USD quota. The run
    stops at the next look, having passed it by that one step, and its RunFailed says how much more than its
    estimate the step took."""
    long_plan = [{"tool_calls": [call("update_plan", steps=["x" * 40_000, "answer"])]},
                 {"tool_calls": [call("finish", answer="done")]}]
    logs, _, cost = await _runs(tmp_path, door, {"cost_per_month": 35}, [long_plan])
    calls = [e for e in logs[0] if isinstance(e, ModelResponded)]
    assert len(calls) == 1 and calls[0].cost is not None and calls[0].cost > 35
    assert cost == pytest.approx(calls[0].cost)
    failed = logs[0][-1]
    assert isinstance(failed, RunFailed) and failed.error == "quota_exceeded"
    assert "more than it was estimated at" in failed.reason, failed.reason


def _condensing_run(tmp_path: Path, name: str, limit: float) -> Awaitable[Condensed]:
    """The condensing run with a 16-token bound on the model's answers (so a step's hold is about its prompt: its
    short answers fit)."""
    return condensing_run(tmp_path, name, limit, info={"max_output": 16})


async def test_a_condensing_call_does_not_spend_the_steps_hold_too(tmp_path: Path) -> None:
    """A condensing call and the step after it each hold room of their own (the summary's call first, bounded at
    what its hold counts; quota32). Before server29 the step ran on one hold made for the whole prompt, so a
    step and its condensing call together passed a quota that had room for one."""
    probe = await _condensing_run(tmp_path, "probe", 1e9)
    holds = probe.model.holds
    calls = [e for e in probe.log if isinstance(e, ModelResponded)]
    assert [c.purpose for c in calls] == ["step", "step", "step", "condense", "step"]
    spent = [c.usage.input_tokens + c.usage.output_tokens for c in calls]
    # the summary and the last step spent more than was held for them: room for the hold, not for both
    over = spent[3] + spent[4] - holds[3]
    assert over > 0, (spent, holds)
    limit = sum(spent[:3]) + holds[3] + over // 2
    capped = (await _condensing_run(tmp_path, "capped", limit)).log
    purposes = [e.purpose for e in capped if isinstance(e, ModelResponded)]
    assert purposes == ["step", "step", "step", "condense"], purposes
    failed = capped[-1]
    assert isinstance(failed, RunFailed) and failed.error == "quota_exceeded", failed
