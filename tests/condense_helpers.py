"""A run that condenses its history: three steps reading a file, a condensing call, a last step, on a real SQLite
store with the scripted model given a 2,000-token window (so the fourth call is the summary's). Shared by the
quota tests of condensing calls (server29, quota32, quota33)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent_helpers import call, gofer_env, script
from sqlalchemy import select

from gofer.events import Event
from gofer.models.base import Completion, Message, ModelClient, ModelError, ModelInfo, ToolSpec
from gofer.runtime.assemble import build_runner
from gofer.store import SqlEventStore
from gofer.store._db import scalar
from gofer.store.base import usage_caps
from gofer.store.tables import runs

SUMMARY = {"text": "SUMMARY: read big.txt twice, listed the files"}
"""The condensing call's answer unless a test gives another."""


class WatchedModel:
    """The run's model with its info updated (a 2,000-token window by default), noting each call's prompt, its
    output bound and the run's held tokens while it is made; a call bounded above ``refuse_above`` is refused, as
    a server refuses a ``max_tokens`` past its model's most."""

    def __init__(self, inner: ModelClient, store: SqlEventStore, run_id: str, info: dict[str, Any],
                 refuse_above: int | None = None) -> None:
        self.inner, self.store, self.run_id, self.update = inner, store, run_id, info
        self.refuse_above = refuse_above
        self.calls: list[tuple[list[Message], int | None, int]] = []

    @property
    def info(self) -> ModelInfo:
        return self.inner.info.model_copy(update=self.update)

    @property
    def holds(self) -> list[int]:
        """The run's held tokens at each call."""
        return [held for _, _, held in self.calls]

    async def complete(self, messages: list[Message], tools: list[ToolSpec], **kwargs: Any) -> Completion:
        held = await self.store._read(scalar, select(runs.c.held_tokens).where(runs.c.id == self.run_id))
        bound = kwargs.get("max_output")
        self.calls.append((messages, bound, held))
        if self.refuse_above is not None and bound is not None and bound > self.refuse_above:
            raise ModelError(f"max_tokens is too large: {bound}; this model supports at most {self.refuse_above}")
        return await self.inner.complete(messages, tools, **kwargs)


@dataclass
class Condensed:
    """What a condensing run left: its log, the watched model, and the messages the model would be shown next."""

    log: list[Event]
    model: WatchedModel
    messages: list[Message]


async def condensing_run(tmp_path: Path, name: str, limit: float | None, *, summary: dict[str, Any] = SUMMARY,
                         info: dict[str, Any] | None = None, again: dict[str, Any] | None = None,
                         refuse_above: int | None = None) -> Condensed:
    """Run the condensing script in ``tmp_path / name`` under a tokens quota of ``limit`` (None: no quota), the
    summary's call answered with ``summary`` and, when given, the call made again after a cut one with ``again``,
    the model's info updated with ``info``, calls bounded above ``refuse_above`` refused (:class:`WatchedModel`)."""
    ws = tmp_path / name
    ws.mkdir()
    (ws / "big.txt").write_text("x" * 3000)
    spec = script(tmp_path, [{"tool_calls": [call("read_file", path="big.txt")]},
                             {"tool_calls": [call("read_file", path="big.txt")]},
                             {"tool_calls": [call("list_files")]},
                             summary,
                             *([again] if again is not None else []),
                             {"tool_calls": [call("finish", answer="done")]}], f"{name}.yaml")
    async with gofer_env(home=tmp_path / name / "home") as env:
        options: dict[str, Any] = {}
        if limit is not None:
            user = await env.store.create_user("quinn")
            options = {"user_id": user.id, "caps": usage_caps({"tokens_per_month": limit})}
        run = await env.service.create_run("t", spec, workspace=ws, start=False, **options)
        started = (await env.store.read(run.id))[0]
        runner = await build_runner(env.store, env.settings, started)  # type: ignore[arg-type]
        model = WatchedModel(runner.model, env.store, run.id, {"context_window": 2_000, **(info or {})}, refuse_above)
        runner.model = model  # type: ignore[assignment]
        await runner.run(run.id)
        return Condensed(await env.store.read(run.id), model, await runner.messages())
