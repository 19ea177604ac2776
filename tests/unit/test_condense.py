"""Condensing: near the context window, older steps are summarised by a recorded model call."""

from __future__ import annotations

from pathlib import Path

from agent_helpers import call, gofer_env, script

from gofer.agent.condense import cut_point
from gofer.events import ContextCondensed, ModelResponded, RunStatus
from gofer.runtime.assemble import build_runner
from gofer.testing import ScriptedModel


async def test_history_near_the_window_is_condensed_into_an_event(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "big.txt").write_text("x" * 3000)
    spec = script(tmp_path, [
        {"tool_calls": [call("read_file", path="big.txt")]},
        {"tool_calls": [call("read_file", path="big.txt")]},
        {"tool_calls": [call("list_files")]},
        {"text": "SUMMARY: read big.txt twice, listed the files"},
        {"tool_calls": [call("finish", answer="done")]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run("t", spec, workspace=ws, start=False)
        started = (await env.store.read(run.id))[0]
        runner = await build_runner(env.store, env.settings, started)  # type: ignore[arg-type]
        assert isinstance(runner.model, ScriptedModel)
        runner.model._info = runner.model.info.model_copy(update={"context_window": 2000})
        assert await runner.run(run.id) == RunStatus.FINISHED
        events = await env.store.read(run.id)
        messages = await runner.messages()
    condensed = [e for e in events if isinstance(e, ContextCondensed)]
    assert len(condensed) == 1 and condensed[0].summary.startswith("SUMMARY")
    purposes = [e.purpose for e in events if isinstance(e, ModelResponded)]
    assert purposes == ["step", "step", "step", "condense", "step"]
    # The summary replaces whole steps; the newest steps stay in full.
    assert condensed[0].up_to_seq == cut_point(events[: condensed[0].seq])
    assert any("SUMMARY" in m.content for m in messages)
    assert sum(1 for m in messages if m.role == "tool") == 3  # step one is in the summary; three steps in full
