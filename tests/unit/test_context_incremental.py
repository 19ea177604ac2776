"""The incremental context builder gives exactly what a build from scratch gives, at every length of a log."""

from __future__ import annotations

from gofer import events as ev
from gofer.agent.context import ContextBuilder, ContextOptions, PriorTurn, build_messages
from gofer.safety.history import RunFacts, tainted, untrusted_seen

R = "run_x"


def _growing_log() -> list[ev.Event]:
    """A log with parallel calls, images, a guard replacement, messages, a reset and a condensation."""
    out: list[ev.Event] = [ev.RunStarted(run_id=R, task="do it", model="m", session_id="s", workspace="/w")]
    for step in range(12):
        calls = [ev.ToolCall(id=f"c{step}a", name="browser_snapshot"), ev.ToolCall(id=f"c{step}b", name="read_file")]
        out.append(ev.ModelResponded(run_id=R, model="m", text=f"step {step}", tool_calls=calls))
        for call in calls:
            aid = f"a-{call.id}"
            out.append(ev.ActionProposed(run_id=R, action_id=aid, call_id=call.id, tool=call.name))
            if step == 3 and call.name == "read_file":
                out.append(ev.UserMessage(run_id=R, text="mid-step note"))
            images = [f"sha{step}"] if call.name == "browser_snapshot" and step % 2 == 0 else []
            out.append(
                ev.Observation(
                    run_id=R, action_id=aid, call_id=call.id, tool=call.name, text=f"out {step} {call.name}",
                    images=images, untrusted=call.name.startswith("browser"),
                )
            )
            if step == 5 and call.name == "browser_snapshot":
                out.append(
                    ev.GuardDecision(
                        run_id=R, stage="observation", check="injection", verdict="allow", action_id=aid,
                        details={"replacement": "[flagged]", "taint": True},
                    )
                )
        if step == 7:
            out.append(ev.ComputerReset(run_id=R, reason="restart", parts=["kernel"]))
        if step == 8:
            out.append(ev.ContextCondensed(run_id=R, summary="SUMMARY", up_to_seq=20))
    return [e.model_copy(update={"seq": i}) for i, e in enumerate(out)]


def test_incremental_builds_equal_builds_from_scratch() -> None:
    log = _growing_log()
    blobs = {f"sha{i}": b"png" for i in range(12)}
    for options in (ContextOptions(), ContextOptions(vision=True, max_images=2)):
        builder = ContextBuilder(options, [PriorTurn(task="before", outcome="done")])
        for length in range(1, len(log) + 1):
            prefix = log[:length]
            expected = build_messages(prefix, options=options, history=[PriorTurn(task="before", outcome="done")],
                                      blobs=blobs)
            assert builder.build(prefix, blobs=blobs) == expected, f"differs at length {length}"
        assert any("SUMMARY" in m.content for m in expected)
        assert any("[flagged]" in m.content for m in expected)  # step 5 comes after the condensed part
        if options.vision:
            assert sum(len(m.images) for m in expected) == 2
            assert builder.images_shown(log) == ["sha8", "sha10"]


def test_a_different_log_starts_the_builder_over() -> None:
    log = _growing_log()
    builder = ContextBuilder()
    builder.build(log)
    other = [log[0].model_copy(update={"task": "another task"}), *log[1:4]]
    assert builder.build(other) == build_messages(other)


def test_run_facts_fold_matches_the_log_functions() -> None:
    log = _growing_log()
    facts = RunFacts()
    for length, event in enumerate(log, start=1):
        facts.apply(event)
        prefix = log[:length]
        assert facts.untrusted_seen == untrusted_seen(prefix)
        for window in (None, 0, 2, 5):
            assert facts.tainted(window) is tainted(prefix, window)
    assert facts.tainted() is not None and facts.tainted(0) is None
