"""Events: the wire shape, exact JSON round trips, and the status projection."""

from __future__ import annotations

import json
import typing

import pytest
from pydantic import ValidationError

from gofer import events as ev
from gofer.events import Event, RunStatus, dump_event, load_event, status_of


def _samples(run_id: str = "run_1") -> list[Event]:
    art = ev.Artifact(path="a.txt", size=3, mime="text/plain", sha256="0" * 64)
    call = ev.ToolCall(id="c1", name="read_file", arguments={"path": "a.txt"})
    return [
        ev.RunStarted(
            run_id=run_id, task="t", model="scripted:x", session_id="s", workspace="/w", budgets={"max_steps": 5}
        ),
        ev.PlanUpdated(run_id=run_id, steps=[ev.PlanStep(title="one", status="in_progress")]),
        ev.ModelResponded(run_id=run_id, model="m", text="hi", tool_calls=[call], usage=ev.Usage(input_tokens=3)),
        ev.ActionProposed(run_id=run_id, action_id="a1", call_id="c1", tool="read_file", arguments={"path": "a.txt"}),
        ev.GuardDecision(run_id=run_id, stage="action", check="risk", verdict="allow", action_id="a1"),
        ev.ConfirmationRequested(run_id=run_id, action_id="a1", tool="read_file", reason="why"),
        ev.ConfirmationResolved(run_id=run_id, action_id="a1", approved=False, note="no"),
        ev.ActionStarted(run_id=run_id, action_id="a1", tool="read_file"),
        ev.Observation(run_id=run_id, action_id="a1", call_id="c1", tool="read_file", text="abc", artifacts=[art]),
        ev.UserMessage(run_id=run_id, text="also this"),
        ev.QuestionAsked(run_id=run_id, question_id="q1", question="which?"),
        ev.QuestionAnswered(run_id=run_id, question_id="q1", answer="that"),
        ev.WatchModeChanged(run_id=run_id, active=True, domain="bank.example"),
        ev.TakeoverStarted(run_id=run_id),
        ev.TakeoverEnded(run_id=run_id, summary="logged in"),
        ev.RunPaused(run_id=run_id, reason="ctrl-c"),
        ev.RunResumed(run_id=run_id),
        ev.ContextCondensed(run_id=run_id, summary="so far", up_to_seq=3),
        ev.ComputerReset(run_id=run_id, reason="new process", parts=["kernel"]),
        ev.BudgetExceeded(run_id=run_id, budget="steps", limit=5, used=5),
        ev.RunFinished(run_id=run_id, answer="done", files=[art], sources=["https://x.test"]),
        ev.RunFailed(run_id=run_id, error="model_error", reason="boom"),
        ev.RunCancelled(run_id=run_id, reason="stop"),
        ev.PauseRequested(run_id=run_id, reason="let me look", withdrawn=True),
    ]


def test_every_event_type_has_a_sample_and_round_trips_exactly() -> None:
    samples = _samples()
    members = typing.get_args(typing.get_args(Event)[0])
    assert {m.model_fields["type"].default for m in members} == {e.type for e in samples}
    for event in samples:
        wire = dump_event(event)
        assert wire["type"] == type(event).__name__
        assert {"run_id", "seq", "ts", "type"} <= set(wire)
        assert load_event(json.dumps(wire)) == event
        assert load_event(wire) == event


def test_wire_shape_is_flat_with_payload_beside_the_envelope() -> None:
    wire = dump_event(_samples()[3])
    assert wire["action_id"] == "a1" and wire["tool"] == "read_file" and wire["arguments"] == {"path": "a.txt"}
    assert wire["risk"] == "read_only"


def test_events_are_frozen_and_reject_unknown_fields() -> None:
    event = _samples()[0]
    with pytest.raises(ValidationError):
        event.task = "changed"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        load_event({**dump_event(event), "surprise": 1})
    with pytest.raises(ValidationError):
        load_event({"type": "NoSuchEvent", "run_id": "r"})


def test_status_follows_the_log() -> None:
    s = _samples()
    assert status_of(s[:1]) == RunStatus.RUNNING
    assert status_of(s[:6]) == RunStatus.WAITING_FOR_USER
    assert status_of(s[:7]) == RunStatus.RUNNING
    assert status_of(s[:11]) == RunStatus.WAITING_FOR_USER
    assert status_of(s[:13]) == RunStatus.PAUSED  # watch mode on, nobody watching
    assert status_of(s[:16]) == RunStatus.PAUSED
    assert status_of(s[:17]) == RunStatus.RUNNING
    assert status_of(s[:21]) == RunStatus.FINISHED
    assert status_of(s) == RunStatus.FINISHED  # terminal is final
    assert RunStatus.FINISHED.terminal and not RunStatus.PAUSED.terminal
