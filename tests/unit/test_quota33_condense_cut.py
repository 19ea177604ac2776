"""A condensing call's reply cut at its output bound (under a quota the bound is what its hold counts): the summary
is kept, marked as cut in the log (``ContextCondensed.cut``), and the model reads that it is incomplete. Before, a
cut summary was kept as if whole and nothing said it was cut, so the model took it for all the earlier steps did.
A real run on a real SQLite store; the model is the scripted one with a 2,000-token window, so the run condenses
after three steps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agent_helpers import call, gofer_env, script

from gofer.events import ContextCondensed, Event, ModelResponded, RunStatus
from gofer.models.base import Message
from gofer.runtime.assemble import build_runner
from gofer.store.base import usage_caps
from gofer.testing import ScriptedModel


async def _condensing_run(tmp_path: Path, summary: dict[str, Any]) -> tuple[list[Event], list[Message]]:
    """Three steps, a condensing call answered with ``summary``, a last step, under a tokens quota: the log and
    the messages the model is shown next."""
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "big.txt").write_text("x" * 3000)
    spec = script(tmp_path, [{"tool_calls": [call("read_file", path="big.txt")]},
                             {"tool_calls": [call("read_file", path="big.txt")]},
                             {"tool_calls": [call("list_files")]},
                             summary,
                             {"tool_calls": [call("finish", answer="done")]}])
    async with gofer_env(home=tmp_path / "home") as env:
        user = await env.store.create_user("quinn")
        run = await env.service.create_run("t", spec, user_id=user.id, workspace=ws, start=False,
                                           caps=usage_caps({"tokens_per_month": 1e9}))
        started = (await env.store.read(run.id))[0]
        runner = await build_runner(env.store, env.settings, started)  # type: ignore[arg-type]
        assert isinstance(runner.model, ScriptedModel)
        runner.model._info = runner.model.info.model_copy(update={"context_window": 2000})
        assert await runner.run(run.id) == RunStatus.FINISHED
        return await env.store.read(run.id), await runner.messages()


def _summary_message(messages: list[Message]) -> str:
    return next(m.content for m in messages if "SUMMARY: read big.txt" in m.content)


async def test_a_summary_cut_at_its_bound_is_marked_cut_in_the_log_and_to_the_model(tmp_path: Path) -> None:
    log, messages = await _condensing_run(tmp_path, {"text": "SUMMARY: read big.txt twice, then", "cut": True})
    shown = _summary_message(messages)
    assert shown.startswith("[Summary of the earlier steps of this run: INCOMPLETE, it was cut at its output "
                            "bound;"), shown
    call_event = next(e for e in log if isinstance(e, ModelResponded) and e.purpose == "condense")
    assert call_event.cut and call_event.max_output == 4_096
    condensed = [e for e in log if isinstance(e, ContextCondensed)]
    assert len(condensed) == 1 and condensed[0].cut, condensed


async def test_a_whole_summary_is_shown_as_before(tmp_path: Path) -> None:
    """Ordinary use: a summary that ended on its own is not marked."""
    log, messages = await _condensing_run(tmp_path, {"text": "SUMMARY: read big.txt twice, listed the files"})
    condensed = [e for e in log if isinstance(e, ContextCondensed)]
    assert len(condensed) == 1 and not condensed[0].cut
    shown = _summary_message(messages)
    assert shown.startswith("[Summary of the earlier steps of this run]\n") and "INCOMPLETE" not in shown
