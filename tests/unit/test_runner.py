"""The loop, end to end in-process: scripted model, real store, real tools, checked through the log."""

from __future__ import annotations

from pathlib import Path

from agent_helpers import call, gofer_env, script, types

from gofer.events import ActionStarted, Observation, RunFailed, RunFinished, RunStatus


async def test_write_edit_read_finish(tmp_path: Path) -> None:
    spec = script(tmp_path, [
        {"text": "plan", "tool_calls": [call("update_plan", steps=["write", "edit", "finish"])]},
        {"text": "write", "tool_calls": [call("write_file", path="a.txt", content="hello\n")]},
        {"tool_calls": [call("edit_file", path="a.txt", old="hello", new="bye")]},
        {"tool_calls": [call("finish", answer="done", files=["a.txt"])]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run("t", spec, workspace=tmp_path / "ws", start=False)
        assert await env.runtime.drive(run.id) == RunStatus.FINISHED
        events = await env.store.read(run.id)
    assert types(events) == [
        "RunStarted", "GuardDecision",
        "ModelResponded", "ActionProposed", "GuardDecision", "ActionStarted", "GuardDecision", "PlanUpdated",
        "Observation",
        "ModelResponded", "ActionProposed", "GuardDecision", "ActionStarted", "Observation",
        "ModelResponded", "ActionProposed", "GuardDecision", "ActionStarted", "Observation",
        "ModelResponded", "ActionProposed", "GuardDecision", "ActionStarted", "GuardDecision", "Observation",
        "RunFinished",
    ]
    assert [e.seq for e in events] == list(range(len(events)))
    final = events[-1]
    assert isinstance(final, RunFinished) and final.answer == "done" and final.files[0].path == "a.txt"
    assert (tmp_path / "ws" / "a.txt").read_text() == "bye\n"
    assert final.usage.input_tokens > 0


async def test_read_only_calls_run_together_and_report_in_call_order(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "a.txt").write_text("A")
    (ws / "b.txt").write_text("B")
    spec = script(tmp_path, [
        {"tool_calls": [call("read_file", path="a.txt"), call("read_file", path="b.txt")]},
        {"tool_calls": [call("finish", answer="AB")]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run("t", spec, workspace=ws, start=False)
        await env.runtime.drive(run.id)
        events = await env.store.read(run.id)
    kinds = [e.type for e in events if e.type in ("ActionStarted", "Observation")][:4]
    assert kinds == ["ActionStarted", "ActionStarted", "Observation", "Observation"]
    texts = [e.text for e in events if isinstance(e, Observation)][:2]
    assert "A" in texts[0] and "B" in texts[1]


async def test_model_mistakes_become_observations_it_can_fix(tmp_path: Path) -> None:
    spec = script(tmp_path, [
        {"tool_calls": [call("no_such_tool", x=1)]},
        {"tool_calls": [call("write_file", path="a.txt")]},
        {"tool_calls": [call("read_file", path="missing.txt")]},
        {"tool_calls": [call("finish", answer="recovered")]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run("t", spec, workspace=tmp_path / "ws", start=False)
        assert await env.runtime.drive(run.id) == RunStatus.FINISHED
        errors = [e.error for e in await env.store.read(run.id) if isinstance(e, Observation) and e.error]
    assert "no tool named 'no_such_tool'" in errors[0]
    assert "content: Field required" in errors[1]
    assert "does not exist" in errors[2]


async def test_a_turn_runs_at_most_so_many_calls_and_the_rest_are_errors_it_can_act_on(tmp_path: Path) -> None:
    from gofer.agent._model_calls import MAX_CALLS_PER_TURN

    flood = [call("write_file", path=f"n{i}.txt", content=str(i)) for i in range(MAX_CALLS_PER_TURN + 8)]
    spec = script(tmp_path, [{"tool_calls": flood}, {"tool_calls": [call("finish", answer="ok")]}])
    async with gofer_env() as env:
        run = await env.service.create_run("t", spec, workspace=tmp_path / "ws", start=False)
        assert await env.runtime.drive(run.id) == RunStatus.FINISHED
        observations = [e for e in await env.store.read(run.id) if isinstance(e, Observation) and e.tool != "finish"]
    assert len(observations) == MAX_CALLS_PER_TURN + 8
    assert sum(1 for o in observations if o.error is None) == MAX_CALLS_PER_TURN
    assert all(f"at most {MAX_CALLS_PER_TURN} tools" in (o.error or "") for o in observations[MAX_CALLS_PER_TURN:])
    assert (tmp_path / "ws" / f"n{MAX_CALLS_PER_TURN - 1}.txt").exists()
    assert not (tmp_path / "ws" / f"n{MAX_CALLS_PER_TURN}.txt").exists()


async def test_text_reply_is_the_final_answer(tmp_path: Path) -> None:
    spec = script(tmp_path, [{"text": "The answer is 42."}])
    async with gofer_env() as env:
        run = await env.service.create_run("t", spec, workspace=tmp_path / "ws", start=False)
        await env.runtime.drive(run.id)
        final = (await env.store.read(run.id))[-1]
    assert isinstance(final, RunFinished) and final.answer == "The answer is 42."


async def test_running_past_the_script_fails_the_run_clearly(tmp_path: Path) -> None:
    spec = script(tmp_path, [{"tool_calls": [call("list_files")]}])
    async with gofer_env() as env:
        run = await env.service.create_run("t", spec, workspace=tmp_path / "ws", start=False)
        assert await env.runtime.drive(run.id) == RunStatus.FAILED
        final = (await env.store.read(run.id))[-1]
    assert isinstance(final, RunFailed) and final.error == "model_error" and "script.yaml" in final.reason


async def test_step_budget_ends_the_run(tmp_path: Path) -> None:
    spec = script(tmp_path, [{"tool_calls": [call("write_file", path=f"{i}.txt", content="x")]} for i in range(5)])
    async with gofer_env() as env:
        run = await env.service.create_run("t", spec, workspace=tmp_path / "ws", budgets={"max_steps": 2}, start=False)
        assert await env.runtime.drive(run.id) == RunStatus.FAILED
        events = await env.store.read(run.id)
    assert types(events)[-2:] == ["BudgetExceeded", "RunFailed"]
    assert sum(1 for e in events if e.type == "ModelResponded") == 2


async def test_a_loop_is_told_then_stopped(tmp_path: Path) -> None:
    spec = script(tmp_path, [{"tool_calls": [call("list_files")]} for _ in range(6)])
    async with gofer_env() as env:
        run = await env.service.create_run("t", spec, workspace=tmp_path / "ws", start=False)
        assert await env.runtime.drive(run.id) == RunStatus.FAILED
        final = (await env.store.read(run.id))[-1]
    assert isinstance(final, RunFailed) and final.error == "stuck" and "list_files" in final.reason


async def test_question_waits_for_an_answer_from_the_inbox(tmp_path: Path) -> None:
    spec = script(tmp_path, [
        {"tool_calls": [call("ask_user", question="Which colour?")]},
        {"tool_calls": [call("finish", answer="ok")]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run("t", spec, workspace=tmp_path / "ws", start=False)
        assert await env.runtime.drive(run.id, until_wait=True) == RunStatus.WAITING_FOR_USER
        pending = await env.service.pending(run.id)
        assert [p.type for p in pending] == ["QuestionAsked"]
        qid = pending[0].question_id  # type: ignore[union-attr]
        await env.store.send_command(run.id, "answer", {"question_id": qid, "answer": "blue"})
        assert await env.runtime.drive(run.id) == RunStatus.FINISHED
        events = await env.store.read(run.id)
    obs = [e for e in events if isinstance(e, Observation) and e.tool == "ask_user"]
    assert "blue" in obs[0].text
    assert "QuestionAnswered" in types(events)


async def test_confirmation_denied_means_the_action_never_starts(tmp_path: Path) -> None:
    spec = script(tmp_path, [
        {"tool_calls": [call("write_file", path="a.txt", content="x")]},
        {"tool_calls": [call("finish", answer="gave up")]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run(
            "t", spec, workspace=tmp_path / "ws", options={"confirmation": "always"}, start=False
        )
        assert await env.runtime.drive(run.id, until_wait=True) == RunStatus.WAITING_FOR_USER
        request = (await env.service.pending(run.id))[0]
        await env.store.send_command(
            run.id, "confirm", {"action_id": request.action_id, "approved": False, "note": "not now"}  # type: ignore[union-attr]
        )
        assert await env.runtime.drive(run.id) == RunStatus.FINISHED
        events = await env.store.read(run.id)
    denied = request.action_id  # type: ignore[union-attr]
    assert not [e for e in events if isinstance(e, ActionStarted) and e.action_id == denied]
    obs = next(e for e in events if isinstance(e, Observation) and e.action_id == denied)
    assert obs.error is not None and "declined" in obs.error and "not now" in obs.error
    assert not (tmp_path / "ws" / "a.txt").exists()


async def test_cancel_ends_the_run_for_good(tmp_path: Path) -> None:
    spec = script(tmp_path, [{"tool_calls": [call("ask_user", question="?")]}])
    async with gofer_env() as env:
        run = await env.service.create_run("t", spec, workspace=tmp_path / "ws", start=False)
        await env.runtime.drive(run.id, until_wait=True)
        await env.service.cancel(run.id)
        assert (await env.store.get_run(run.id)).status == RunStatus.CANCELLED
        assert (await env.store.read(run.id))[-1].type == "RunCancelled"


async def test_resume_reports_an_interrupted_action_as_unknown_and_never_reruns_it(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    spec = script(tmp_path, [
        {"tool_calls": [call("write_file", path="a.txt", content="first")]},
        {"tool_calls": [call("finish", answer="ok")]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run("t", spec, workspace=ws, start=False)
        await env.runtime.drive(run.id)
        full = await env.store.read(run.id)
    # Rebuild the log as a crash would have left it: cut right after ActionStarted.
    cut = next(i for i, e in enumerate(full) if e.type == "ActionStarted")
    (ws / "a.txt").write_text("changed by hand")
    async with gofer_env() as env:
        run2 = await env.service.create_run("t", spec, workspace=ws, start=False)
        await env.store.append(run2.id, [e.model_copy(update={"run_id": run2.id}) for e in full[1 : cut + 1]], 1)
        assert await env.runtime.drive(run2.id, resumed=True) == RunStatus.FINISHED
        events = await env.store.read(run2.id)
    obs = next(e for e in events if isinstance(e, Observation))
    assert obs.error is not None and "outcome unknown" in obs.error
    assert (ws / "a.txt").read_text() == "changed by hand"
    assert "RunResumed" in types(events)


async def test_follow_up_runs_in_a_session_see_the_earlier_ones(tmp_path: Path) -> None:
    first = script(tmp_path, [{"tool_calls": [call("finish", answer="the capital is Paris")]}], "one.yaml")
    second = script(tmp_path, [{"tool_calls": [call("finish", answer="ok")]}], "two.yaml")
    async with gofer_env() as env:
        run1 = await env.service.create_run("capital of France?", first, workspace=tmp_path / "ws", start=False)
        await env.runtime.drive(run1.id)
        run2 = await env.service.create_run("and its population?", second, session_id=run1.session_id, start=False)
        await env.runtime.drive(run2.id)
        from gofer.runtime.assemble import session_history

        history = await session_history(env.store, run1.session_id, run2.id)
    assert [(t.task, t.outcome) for t in history] == [("capital of France?", "the capital is Paris")]
