"""A quota step's first estimate counts an output bound, not zero output tokens: the model's most output tokens per
call when it states one, else STEP_OUTPUT_ESTIMATE. Real runs on a real SQLite store; the model is scripted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from agent_helpers import call, gofer_env, script

import gofer.runtime.spec as run_spec
from gofer.agent.runner import STEP_OUTPUT_ESTIMATE
from gofer.events import ModelResponded, RunFailed
from gofer.models.base import Completion, Message, ModelClient, ModelInfo, ToolSpec
from gofer.store.base import usage_caps

TURNS = [{"tool_calls": [call("finish", answer="done")]}]


class _Bounded:
    """The scripted model, stating a bound on each call's output."""

    def __init__(self, inner: ModelClient, bound: int) -> None:
        self.inner, self.bound = inner, bound

    @property
    def info(self) -> ModelInfo:
        return self.inner.info.model_copy(update={"max_output": self.bound})

    async def complete(self, messages: list[Message], tools: list[ToolSpec], **kwargs: Any) -> Completion:
        return await self.inner.complete(messages, tools, **kwargs)


async def _first_step(tmp_path: Path, extra: float) -> tuple[int, list[Any]]:
    """The first step's prompt tokens (a run under no quota), then the log of the same task's run under a tokens
    quota of that prompt plus ``extra``."""
    async with gofer_env(home=tmp_path / "home") as env:
        logs, prompt = [], 0
        for i, quota in enumerate((None, extra)):
            user = await env.store.create_user(f"u{i}")
            caps = usage_caps({"tokens_per_month": prompt + quota}) if quota is not None else ()
            (tmp_path / f"w{i}").mkdir()
            run = await env.service.create_run("say done", script(tmp_path, TURNS, f"s{i}.yaml"), user_id=user.id,
                                               workspace=tmp_path / f"w{i}", start=False, caps=caps)
            await env.runtime.drive(run.id)
            logs.append(await env.store.read(run.id))
            if quota is None:
                prompt = next(e for e in logs[0] if isinstance(e, ModelResponded)).usage.input_tokens
        return prompt, logs[1]


def _refused_step(log: list[Any]) -> float:
    """The estimate the run's refused first step was given (asserting it was refused before any model call)."""
    assert [e for e in log if isinstance(e, ModelResponded)] == []
    failed = log[-1]
    assert isinstance(failed, RunFailed) and failed.error == "quota_exceeded", failed
    return float(failed.reason.split("the next step about ")[1].split(";")[0])


async def test_a_first_step_counts_the_default_output_bound(tmp_path: Path) -> None:
    """Before: the first step was estimated at its prompt alone, so a quota with room for the prompt and a short
    answer let it run whatever it answered. Now it counts STEP_OUTPUT_ESTIMATE output tokens and is refused."""
    prompt, log = await _first_step(tmp_path, STEP_OUTPUT_ESTIMATE / 2)
    assert _refused_step(log) >= prompt + STEP_OUTPUT_ESTIMATE


async def test_a_first_step_counts_the_models_stated_output_bound(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    made = run_spec.make_model

    async def bounded(spec: str, settings: Any, store: Any, *, resume_run: str | None = None) -> Any:
        return _Bounded(await made(spec, settings, store, resume_run=resume_run), 16_384)

    monkeypatch.setattr(run_spec, "make_model", bounded)
    prompt, log = await _first_step(tmp_path, STEP_OUTPUT_ESTIMATE * 2)  # room for the default, not the bound
    assert _refused_step(log) >= prompt + 16_384
