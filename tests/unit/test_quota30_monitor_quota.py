"""The LLM monitor's model calls count against the run's quota as a step does: each holds room first, and one that
would pass the quota is not made; the run stops with quota_exceeded before the model reads the unreviewed text.
Real run, real workspace file and store; the agent's and the monitor's models are scripted."""

from __future__ import annotations

from pathlib import Path

from agent_helpers import call, gofer_env, script

from gofer.events import GuardDecision, ModelResponded, RunFailed, RunStatus
from gofer.store.base import usage_caps

QUOTA = {"tokens_per_month": 20_000.0}
CLEAN = {"text": '{"injection": false, "confidence": 0.9, "reason": "plain notes"}'}


async def test_monitor_calls_hold_room_and_stop_the_run_at_the_quota(tmp_path: Path) -> None:
    """Before: the monitor reviewed the whole file, window after window (about 2,500 tokens each), with nothing
    held or checked, so the user's usage went past the quota before the next step's look stopped the run."""
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "notes.txt").write_text("The beans grew tall in the mild weather this spring. " * 1_100)  # ~58,000 chars
    (tmp_path / "m").mkdir()
    monitor = script(tmp_path / "m", [CLEAN] * 12)
    spec = script(tmp_path, [
        {"tool_calls": [call("read_file", path="notes.txt")]},
        {"tool_calls": [call("finish", answer="beans")]},
    ])
    async with gofer_env(monitor_model=monitor, home=tmp_path / "home") as env:
        user = await env.store.create_user("quinn")
        run = await env.service.create_run("summarise notes.txt", spec, user_id=user.id, workspace=ws, start=False,
                                           caps=usage_caps(QUOTA))
        assert await env.runtime.drive(run.id) == RunStatus.FAILED
        log = await env.store.read(run.id)
        used = await env.store.run_usage(user.id, usage_caps(QUOTA)[0].since)

    calls = [e for e in log if isinstance(e, ModelResponded)]
    assert calls[0].purpose == "step" and sum(c.purpose == "step" for c in calls) == 1
    assert 1 <= sum(c.purpose == "monitor" for c in calls) < 12
    assert used.tokens <= QUOTA["tokens_per_month"], used
    stopped = next(e for e in log if isinstance(e, GuardDecision) and e.details.get("quota"))
    assert stopped.check == "llm_monitor" and "not reviewed" in stopped.reason
    failed = log[-1]
    assert isinstance(failed, RunFailed) and failed.error == "quota_exceeded", failed
    assert "would be passed by the monitor's review" in failed.reason
