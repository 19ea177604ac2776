"""The guard in real runs (scripted model, real store and tools): the output filter on answers and questions,
custom checks from the deployment's settings, a check that fails, and secrets kept out of the log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script

from gofer.agent.context import build_messages
from gofer.events import Event, GuardDecision, PlanUpdated, QuestionAsked, RunFailed, RunFinished, RunStatus
from gofer.runtime.service import InvalidRunError
from gofer.safety.base import ActionRequest, Decision, GuardContext
from gofer.safety.pipeline import Check
from gofer.testing import CannedResponse, ScriptedHTTPServer

KEY = "sk-test-" + "Z9" * 16


class WithholdAnswers(Check):
    """Blocks every answer (a deployment that lets no answer out unreviewed)."""

    name = "withhold"

    def on_output(self, answer: str, ctx: GuardContext) -> Decision:
        return Decision(check=self.name, verdict="block", reason="answers are reviewed by hand here")


class BrokenActionCheck(Check):
    """A custom check with a bug."""

    name = "broken"

    def on_action(self, action: ActionRequest, ctx: GuardContext) -> Decision:
        raise RuntimeError("bug in a custom check")


class HideMenus(Check):
    """Blocks observations that show a menu, without giving a replacement."""

    name = "no_menus"

    def on_observation(self, tool: str, text: str, untrusted: bool, ctx: GuardContext) -> Decision | None:
        return Decision(check=self.name, verdict="block", reason="menus are private") if "menu" in text else None


def _dump(events: list[Event]) -> str:
    return "\n".join(json.dumps(e.model_dump(mode="json")) for e in events)


async def test_plan_steps_and_sources_pass_the_output_filter(tmp_path: Path) -> None:
    steps = [{"title": "Call Dana at +44 20 7946 0958"}, {"title": "Write the summary", "status": "in_progress"}]
    spec = script(tmp_path, [
        {"tool_calls": [call("update_plan", steps=steps)]},
        {"tool_calls": [call("finish", answer="done", sources=["https://crm.example/people?email=dana@corp.example",
                                                               "https://docs.example/guide"])]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run("summarise the guide", spec, workspace=tmp_path / "ws", start=False)
        assert await env.runtime.drive(run.id) == RunStatus.FINISHED
        events = await env.store.read(run.id)
    plan = next(e for e in events if isinstance(e, PlanUpdated))
    assert [(s.title, s.status) for s in plan.steps] == [
        ("Call Dana at [redacted:phone]", "pending"), ("Write the summary", "in_progress")]
    finished = events[-1]
    assert isinstance(finished, RunFinished)
    assert finished.sources == ["https://crm.example/people?email=[redacted:email]", "https://docs.example/guide"]


async def test_a_question_to_the_user_passes_the_output_filter(tmp_path: Path) -> None:
    question = "Pay with card 4111 1111 1111 1111 for SSN 123-45-6789, or with the one you gave (4242 4242 4242 4242)?"
    spec = script(tmp_path, [
        {"tool_calls": [call("ask_user", question=question)]},
        {"tool_calls": [call("finish", answer="paid")]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run("pay my bill with 4242 4242 4242 4242", spec, workspace=tmp_path / "ws",
                                           start=False)
        assert await env.runtime.drive(run.id, until_wait=True) == RunStatus.WAITING_FOR_USER
        events = await env.store.read(run.id)
        asked = [e for e in events if isinstance(e, QuestionAsked)]
        assert asked[0].question == (
            "Pay with card [redacted:card] for SSN [redacted:national_id], or with the one you gave "
            "(4242 4242 4242 4242)?"
        )
        filtered = [e for e in events if isinstance(e, GuardDecision) and e.stage == "output"]
        assert [(d.check, d.action_id) for d in filtered] == [("output_filter", asked[0].action_id)]
        # The filter's decision is not a verdict on the action: the answer still reaches the model.
        await env.store.send_command(run.id, "answer", {"question_id": asked[0].question_id, "answer": "the first"})
        assert await env.runtime.drive(run.id) == RunStatus.FINISHED


async def test_an_output_check_that_blocks_withholds_the_answer(tmp_path: Path) -> None:
    spec = script(tmp_path, [{"tool_calls": [call("finish", answer="the plan is in the drawer")]}])
    async with gofer_env(guard_checks=[f"{__name__}:WithholdAnswers"]) as env:
        run = await env.service.create_run("where is the plan?", spec, workspace=tmp_path / "ws", start=False)
        assert await env.runtime.drive(run.id) == RunStatus.FINISHED
        events = await env.store.read(run.id)
    final = events[-1]
    assert isinstance(final, RunFinished)
    assert final.answer == "[output withheld by the guard (withhold): answers are reviewed by hand here]"
    assert [e.check for e in events if isinstance(e, GuardDecision) and e.stage == "output"] == [
        "output_filter", "withhold"]


async def test_values_the_user_asked_for_are_kept_in_full_in_the_workspace_only(tmp_path: Path) -> None:
    answer = f"Your card is 4111 1111 1111 1111 and the API key in .env is api_key={KEY}."
    spec = script(tmp_path, [{"tool_calls": [call("finish", answer=answer)]}])
    async with gofer_env(openai_api_key="sk-configured-" + "Q7" * 12) as env:
        run = await env.service.create_run("look up my card number and the api key in .env", spec,
                                           workspace=tmp_path / "ws", start=False)
        assert await env.runtime.drive(run.id) == RunStatus.FINISHED
        events = await env.store.read(run.id)
    final = events[-1]
    assert isinstance(final, RunFinished)
    path = [f.path for f in final.files if f.path.startswith("unredacted/")]
    assert path and f"in full in {path[0]}, in your workspace only" in final.answer
    assert "4111 1111" not in final.answer and KEY not in final.answer
    assert (tmp_path / "ws" / path[0]).read_text() == answer + "\n"
    decision = next(e for e in events if isinstance(e, GuardDecision) and e.stage == "output")
    assert {"card", "secret"} <= set(decision.details["kept_in_workspace"]) and "4111" not in _dump([decision])


async def test_values_nobody_asked_for_are_not_written_anywhere(tmp_path: Path) -> None:
    spec = script(tmp_path, [{"tool_calls": [call("finish", answer="Found card 4111 1111 1111 1111 in the notes.")]}])
    async with gofer_env() as env:
        run = await env.service.create_run("summarise the notes", spec, workspace=tmp_path / "ws", start=False)
        assert await env.runtime.drive(run.id) == RunStatus.FINISHED
        events = await env.store.read(run.id)
    final = events[-1]
    assert isinstance(final, RunFinished) and "[redacted:card]" in final.answer and not final.files
    assert not (tmp_path / "ws" / "unredacted").exists()


async def test_a_check_that_raises_asks_a_person_instead_of_crashing_the_run(tmp_path: Path) -> None:
    spec = script(tmp_path, [
        {"tool_calls": [call("read_file", path="a.txt")]},
        {"tool_calls": [call("finish", answer="read it")]},
    ])
    (tmp_path / "ws").mkdir()
    (tmp_path / "ws" / "a.txt").write_text("A")
    async with gofer_env(guard_checks=[f"{__name__}:BrokenActionCheck"]) as env:
        run = await env.service.create_run("read a.txt", spec, workspace=tmp_path / "ws", start=False)
        assert await env.runtime.drive(run.id, until_wait=True) == RunStatus.WAITING_FOR_USER
        events = await env.store.read(run.id)
        broken = [e for e in events if isinstance(e, GuardDecision) and e.check == "broken"]
        assert broken[0].verdict == "confirm" and "RuntimeError: bug in a custom check" in broken[0].reason
        assert [e.type for e in events][-1] == "ConfirmationRequested"
        await env.store.send_command(run.id, "confirm", {"action_id": broken[0].action_id, "approved": True})
        assert await env.runtime.drive(run.id, until_wait=True) == RunStatus.WAITING_FOR_USER  # finish asks too


async def test_an_observation_blocked_without_a_replacement_is_withheld_from_the_model(tmp_path: Path) -> None:
    (tmp_path / "ws").mkdir()
    (tmp_path / "ws" / "menu.txt").write_text("menu: soup of the day")
    spec = script(tmp_path, [
        {"tool_calls": [call("read_file", path="menu.txt")]},
        {"tool_calls": [call("finish", answer="done")]},
    ])
    async with gofer_env(guard_checks=[f"{__name__}:HideMenus"]) as env:
        run = await env.service.create_run("read menu.txt", spec, workspace=tmp_path / "ws", start=False)
        assert await env.runtime.drive(run.id) == RunStatus.FINISHED
        events = await env.store.read(run.id)
    upto = next(i for i, e in enumerate(events) if isinstance(e, GuardDecision) and e.check == "no_menus")
    seen = "\n".join(m.content for m in build_messages(events[: upto + 1]))
    assert "soup of the day" not in seen
    assert "[observation withheld by the guard (no_menus): menus are private]" in seen


@pytest.mark.parametrize("via", ["settings", "environment"])
async def test_a_model_error_that_echoes_the_key_does_not_write_it_down(
    tmp_path: Path, via: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = {"error": {"message": f"bad request for key {KEY}", "type": "invalid_request_error"}}
    overrides: dict[str, object] = {"model_retries": 0}
    if via == "settings":
        overrides["openai_api_key"] = KEY
    else:
        monkeypatch.setenv("OPENAI_API_KEY", KEY)  # the documented fallback of openai-compat models
    with ScriptedHTTPServer([CannedResponse(400, body)]) as server:
        async with gofer_env(**overrides) as env:
            run = await env.service.create_run("t", f"openai-compat:{server.url}/v1#m", workspace=tmp_path / "ws",
                                               start=False)
            assert await env.runtime.drive(run.id) == RunStatus.FAILED
            events = await env.store.read(run.id)
    failed = events[-1]
    assert isinstance(failed, RunFailed) and "bad request for key [secret]" in failed.reason
    assert KEY not in _dump(events)


async def test_bad_guard_options_are_refused_when_the_run_is_created(tmp_path: Path) -> None:
    spec = script(tmp_path, [{"tool_calls": [call("finish", answer="ok")]}])
    async with gofer_env() as env:
        for options in ({"checks_disabled": ["nope"]}, {"taint_steps": "soon"}, {"confirmation": "sometimes"}):
            with pytest.raises(InvalidRunError, match=r"^options: "):
                await env.service.create_run("t", spec, workspace=tmp_path / "ws", options=options, start=False)
        assert await env.store.list_runs() == []
