"""Under a token or cost quota a condensing call (the summary of earlier steps) holds room for its own prompt and
output bound before it is made, is bounded at that output (its max_tokens), and is not made when the quota has no
room for it. Before, it ran on the room held for the step after it and sent no bound, so its summary could be as
long as the model liked. A real run on a real SQLite store; the model is the scripted one with a 2,000-token
window, so the run condenses after three steps."""

from __future__ import annotations

from pathlib import Path

from condense_helpers import condensing_run

from gofer.agent.context import estimate_tokens
from gofer.events import ModelResponded, RunFailed


async def test_a_condensing_call_holds_its_own_room_and_is_bounded(tmp_path: Path) -> None:
    run = await condensing_run(tmp_path, "probe", 1e9)
    log, model = run.log, run.model
    purposes = [e.purpose for e in log if isinstance(e, ModelResponded)]
    assert purposes == ["step", "step", "step", "condense", "step"] and log[-1].type == "RunFinished"
    prompt, bound, held = model.calls[3]
    assert bound == 4_096  # the assumed bound, as a step's
    assert held == estimate_tokens(prompt) + 4_096  # its own prompt and bound, not the step's hold
    condensed = [e for e in log if isinstance(e, ModelResponded)][3]
    assert condensed.max_output == 4_096


async def test_a_condensing_call_the_quota_has_no_room_for_is_not_made(tmp_path: Path) -> None:
    probe = await condensing_run(tmp_path, "probe", 1e9)
    spent = [e.usage.input_tokens + e.usage.output_tokens for e in probe.log if isinstance(e, ModelResponded)]
    limit = sum(spent[:3]) + probe.model.holds[3] - 1  # room for the three steps, not for the summary's hold
    log = (await condensing_run(tmp_path, "capped", limit)).log
    assert [e.purpose for e in log if isinstance(e, ModelResponded)] == ["step", "step", "step"]
    failed = log[-1]
    assert isinstance(failed, RunFailed) and failed.error == "quota_exceeded", failed
    assert "would be passed by the condensing call" in failed.reason, failed.reason


async def test_a_run_under_no_quota_condenses_unbounded(tmp_path: Path) -> None:
    """Ordinary use: without a quota the summary's call sends no bound and holds nothing, as before."""
    run = await condensing_run(tmp_path, "free", None)
    log, model = run.log, run.model
    assert [e.purpose for e in log if isinstance(e, ModelResponded)][3] == "condense"
    assert log[-1].type == "RunFinished" and [(bound, held) for _, bound, held in model.calls] == [(None, 0)] * 5
