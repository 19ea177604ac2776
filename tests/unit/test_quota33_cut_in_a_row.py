"""A model whose replies are cut at their output bound again and again (a long file it keeps trying to write in one
reply) is stopped after three such replies in a row, none of whose tool calls ran, and the run says why. Before,
each cut reply was only told to the model, and the run went on until a budget or the quota stopped it, with a
reason that did not name the cause. Real runs on a real SQLite store with the scripted model (``cut: true``)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from agent_helpers import call, gofer_env, script

from gofer.events import Event, ModelResponded, RunFailed, RunFinished
from gofer.store.base import usage_caps


def _cut_call(n: int) -> dict[str, Any]:
    """A write_file call cut mid-way, its text a little different each time (no loop a detector would see)."""
    content = f"Chapter {n}. Once upon a time there was a very long story that went on and"
    return {"tool_calls": [call("write_file", path="story.md", content=content)], "cut": True}


async def _run(tmp_path: Path, turns: list[dict[str, Any]], quota: float | None = None) -> list[Event]:
    """The log of a run of the scripted ``turns``, under a tokens quota of ``quota`` when given."""
    async with gofer_env(home=tmp_path / "home") as env:
        options: dict[str, Any] = {}
        if quota is not None:
            user = await env.store.create_user("quinn")
            options = {"user_id": user.id, "caps": usage_caps({"tokens_per_month": quota})}
        run = await env.service.create_run("write the story to story.md", script(tmp_path, turns),
                                           workspace=tmp_path, start=False, **options)
        await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60)
        return await env.store.read(run.id)


def _finish() -> dict[str, Any]:
    return {"tool_calls": [call("finish", answer="wrote story.md")]}


async def test_three_cut_replies_in_a_row_stop_the_run_saying_why(tmp_path: Path) -> None:
    cut_text = {"text": "Here is the whole story, chapter by chapter. Chapter 1: Once upon a", "cut": True}
    log = await _run(tmp_path, [_cut_call(1), cut_text, _cut_call(2), _cut_call(3), _cut_call(4), _finish()])
    failed = log[-1]
    assert isinstance(failed, RunFailed) and failed.error == "model_error", failed
    assert failed.reason == ("the model's replies were cut at the model's output limit 3 times in a row; raise "
                             "max_output or the quota"), failed.reason
    assert sum(isinstance(e, ModelResponded) and e.purpose == "step" for e in log) == 3
    assert not (tmp_path / "story.md").exists()


async def test_under_a_quota_the_reason_names_the_bound_the_replies_were_cut_at(tmp_path: Path) -> None:
    log = await _run(tmp_path, [_cut_call(1), _cut_call(2), _cut_call(3), _cut_call(4), _finish()], quota=1e6)
    failed = log[-1]
    assert isinstance(failed, RunFailed), failed
    assert failed.reason == ("the model's replies were cut at the bound (4,096 tokens) 3 times in a row; raise "
                             "max_output or the quota"), failed.reason


async def test_a_cut_reply_now_and_then_does_not_stop_the_run(tmp_path: Path) -> None:
    """Ordinary use: two cut replies, then a whole one whose call runs, then two cut again: the count starts over
    after the call that ran, and the run ends on its answer."""
    whole = {"tool_calls": [call("write_file", path="story.md", content="Once upon a time.\n")]}
    log = await _run(tmp_path, [_cut_call(1), _cut_call(2), whole, _cut_call(3), _cut_call(4), _finish()])
    assert isinstance(log[-1], RunFinished), log[-1]
    assert (tmp_path / "story.md").read_text() == "Once upon a time.\n"
