"""Under a token or cost quota a condensing call (the summary of earlier steps) holds room for its own prompt and
output bound before it is made, is bounded at that output (its max_tokens), and is not made when the quota has no
room for it. Before, it ran on the room held for the step after it and sent no bound, so its summary could be as
long as the model liked. A real run on a real SQLite store; the model is the scripted one with a 2,000-token
window, so the run condenses after three steps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agent_helpers import call, gofer_env, script
from sqlalchemy import select

from gofer.agent.context import estimate_tokens
from gofer.events import ModelResponded, RunFailed
from gofer.models.base import Completion, Message, ModelClient, ModelInfo, ToolSpec
from gofer.runtime.assemble import build_runner
from gofer.store import SqlEventStore
from gofer.store._db import scalar
from gofer.store.base import usage_caps
from gofer.store.tables import runs


class _Watched:
    """The run's scripted model with a 2,000-token window, noting each call's prompt, its bound and the run's hold
    while it is made."""

    def __init__(self, inner: ModelClient, store: SqlEventStore, run_id: str) -> None:
        self.inner, self.store, self.run_id = inner, store, run_id
        self.calls: list[tuple[list[Message], int | None, int]] = []

    @property
    def info(self) -> ModelInfo:
        return self.inner.info.model_copy(update={"context_window": 2_000})

    async def complete(self, messages: list[Message], tools: list[ToolSpec], **kwargs: Any) -> Completion:
        held = await self.store._read(scalar, select(runs.c.held_tokens).where(runs.c.id == self.run_id))
        self.calls.append((messages, kwargs.get("max_output"), held))
        return await self.inner.complete(messages, tools, **kwargs)


async def _condensing_run(tmp_path: Path, name: str, limit: float) -> tuple[list[Any], _Watched]:
    """Three steps reading a file, a condensing call, a last step, under a tokens quota of ``limit``."""
    ws = tmp_path / name
    ws.mkdir()
    (ws / "big.txt").write_text("x" * 3000)
    spec = script(tmp_path, [{"tool_calls": [call("read_file", path="big.txt")]},
                             {"tool_calls": [call("read_file", path="big.txt")]},
                             {"tool_calls": [call("list_files")]},
                             {"text": "SUMMARY: read big.txt twice, listed the files"},
                             {"tool_calls": [call("finish", answer="done")]}], f"{name}.yaml")
    async with gofer_env(home=tmp_path / name / "home") as env:
        user = await env.store.create_user("quinn")
        run = await env.service.create_run("t", spec, user_id=user.id, workspace=ws, start=False,
                                           caps=usage_caps({"tokens_per_month": limit}))
        started = (await env.store.read(run.id))[0]
        runner = await build_runner(env.store, env.settings, started)
        model = runner.model = _Watched(runner.model, env.store, run.id)
        await runner.run(run.id)
        return await env.store.read(run.id), model


async def test_a_condensing_call_holds_its_own_room_and_is_bounded(tmp_path: Path) -> None:
    log, model = await _condensing_run(tmp_path, "probe", 1e9)
    purposes = [e.purpose for e in log if isinstance(e, ModelResponded)]
    assert purposes == ["step", "step", "step", "condense", "step"] and log[-1].type == "RunFinished"
    prompt, bound, held = model.calls[3]
    assert bound == 4_096  # the assumed bound, as a step's
    assert held == estimate_tokens(prompt) + 4_096  # its own prompt and bound, not the step's hold
    condensed = [e for e in log if isinstance(e, ModelResponded)][3]
    assert condensed.max_output == 4_096


async def test_a_condensing_call_the_quota_has_no_room_for_is_not_made(tmp_path: Path) -> None:
    probe, model = await _condensing_run(tmp_path, "probe", 1e9)
    spent = [e.usage.input_tokens + e.usage.output_tokens for e in probe if isinstance(e, ModelResponded)]
    limit = sum(spent[:3]) + model.calls[3][2] - 1  # room for the three steps, not for the summary's hold
    log, _ = await _condensing_run(tmp_path, "capped", limit)
    assert [e.purpose for e in log if isinstance(e, ModelResponded)] == ["step", "step", "step"]
    failed = log[-1]
    assert isinstance(failed, RunFailed) and failed.error == "quota_exceeded", failed
    assert "would be passed by the condensing call" in failed.reason, failed.reason


async def test_a_run_under_no_quota_condenses_unbounded(tmp_path: Path) -> None:
    """Ordinary use: without a quota the summary's call sends no bound and holds nothing, as before."""
    ws = tmp_path / "free"
    ws.mkdir()
    (ws / "big.txt").write_text("x" * 3000)
    spec = script(tmp_path, [{"tool_calls": [call("read_file", path="big.txt")]},
                             {"tool_calls": [call("read_file", path="big.txt")]},
                             {"tool_calls": [call("list_files")]},
                             {"text": "SUMMARY: read big.txt twice"},
                             {"tool_calls": [call("finish", answer="done")]}])
    async with gofer_env(home=tmp_path / "home") as env:
        run = await env.service.create_run("t", spec, workspace=ws, start=False)
        started = (await env.store.read(run.id))[0]
        runner = await build_runner(env.store, env.settings, started)
        model = runner.model = _Watched(runner.model, env.store, run.id)
        await runner.run(run.id)
        log = await env.store.read(run.id)
    assert [e.purpose for e in log if isinstance(e, ModelResponded)][3] == "condense"
    assert log[-1].type == "RunFinished" and [(bound, held) for _, bound, held in model.calls] == [(None, 0)] * 5
