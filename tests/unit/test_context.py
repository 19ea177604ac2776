"""What the model sees is a pure function of the log: ordering, truncation, data marking, condensing."""

from __future__ import annotations

from gofer import events as ev
from gofer.agent.context import ContextOptions, PriorTurn, build_messages, truncate
from gofer.agent.loopcheck import detect_loop

R = "run_x"


def _log() -> list[ev.Event]:
    calls = [ev.ToolCall(id="c1", name="read_file", arguments={"path": "a"}), ev.ToolCall(id="c2", name="browser_open")]
    out: list[ev.Event] = [
        ev.RunStarted(run_id=R, task="do it", model="m", session_id="s", workspace="/w"),
        ev.ModelResponded(run_id=R, model="m", text="thinking", tool_calls=calls),
        ev.ActionProposed(run_id=R, action_id="a1", call_id="c1", tool="read_file"),
        ev.Observation(run_id=R, action_id="a1", call_id="c1", tool="read_file", text="file text"),
        ev.UserMessage(run_id=R, text="stop and summarise"),
        ev.ActionProposed(run_id=R, action_id="a2", call_id="c2", tool="browser_open"),
        ev.Observation(run_id=R, action_id="a2", call_id="c2", tool="browser_open", text="page", untrusted=True),
    ]
    return [e.model_copy(update={"seq": i}) for i, e in enumerate(out)]


def test_messages_follow_the_log() -> None:
    msgs = build_messages(_log(), history=[PriorTurn(task="earlier", outcome="answered")])
    roles = [m.role for m in msgs]
    assert roles == ["system", "user", "assistant", "user", "assistant", "tool", "tool", "user"]
    assert msgs[1].content == "earlier" and msgs[3].content == "do it"
    assert [m.tool_call_id for m in msgs if m.role == "tool"] == ["c1", "c2"]
    # The person's message arrived mid-step; it comes after the step's tool results.
    assert "stop and summarise" in msgs[-1].content
    # Untrusted output is marked as data.
    assert "untrusted" in msgs[6].content and "page" in msgs[6].content
    assert "untrusted" not in msgs[5].content


def test_it_is_pure() -> None:
    log = _log()
    assert build_messages(log) == build_messages(list(log))


def test_guard_replacement_is_what_the_model_sees() -> None:
    log = _log()
    log.append(
        ev.GuardDecision(
            run_id=R, seq=len(log), stage="observation", check="injection", verdict="allow", action_id="a2",
            details={"replacement": "[flagged content removed]"},
        )
    )
    tool_msgs = [m for m in build_messages(log) if m.role == "tool"]
    assert "[flagged content removed]" in tool_msgs[1].content and "page" not in tool_msgs[1].content
    assert "untrusted" in tool_msgs[1].content  # the sanitised copy is still marked as data


def test_long_observations_are_cut_with_a_note() -> None:
    text = "a" * 5000 + "MIDDLE" + "z" * 5000
    cut = truncate(text, 1200)
    assert cut.startswith("a" * 100) and cut.endswith("z" * 100) and "MIDDLE" not in cut
    assert "characters cut" in cut
    log = _log()
    log[3] = log[3].model_copy(update={"text": text})
    tool_msg = [m for m in build_messages(log, options=ContextOptions(max_observation_chars=1200)) if m.role == "tool"]
    assert "characters cut" in tool_msg[0].content


def test_condensed_steps_are_replaced_by_their_summary() -> None:
    log = _log()
    log.append(ev.ContextCondensed(run_id=R, seq=len(log), summary="SUMMARY OF STEP ONE", up_to_seq=6))
    msgs = build_messages(log)
    assert any("SUMMARY OF STEP ONE" in m.content for m in msgs)
    assert not any(m.role == "tool" for m in msgs)


def test_loop_detection_warns_then_stops() -> None:
    log: list[ev.Event] = [ev.RunStarted(run_id=R, task="t", model="m", session_id="s", workspace="/w")]
    for i in range(4):
        log.append(ev.ModelResponded(run_id=R, model="m", tool_calls=[ev.ToolCall(id=f"c{i}", name="list_files")]))
        log.append(ev.ActionProposed(run_id=R, action_id=f"a{i}", call_id=f"c{i}", tool="list_files"))
        log.append(ev.Observation(run_id=R, action_id=f"a{i}", call_id=f"c{i}", tool="list_files", text="same"))
        verdict = detect_loop(log, repeat_limit=3)
        assert verdict.level == ["none", "none", "warn", "stop"][i]
    assert "list_files" in detect_loop(log).reason


def test_no_progress_is_caught() -> None:
    log: list[ev.Event] = [ev.RunStarted(run_id=R, task="t", model="m", session_id="s", workspace="/w")]
    for i in range(6):
        log.append(ev.ModelResponded(run_id=R, model="m", tool_calls=[ev.ToolCall(id=f"c{i}", name="read_file")]))
        args = {"path": str(i)}
        log.append(ev.ActionProposed(run_id=R, action_id=f"a{i}", call_id=f"c{i}", tool="read_file", arguments=args))
        log.append(ev.Observation(run_id=R, action_id=f"a{i}", call_id=f"c{i}", tool="read_file", error=f"missing {i}"))
    assert detect_loop(log, no_progress_steps=4).level == "stop"
    assert detect_loop(log[:13], no_progress_steps=4).level == "warn"
