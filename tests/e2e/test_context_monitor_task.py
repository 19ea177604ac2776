"""The LLM monitor is told what the person asked (session 14, second wave): the run's task reaches every monitor
call, outside the spotlighted data and marked as the person's, so the monitor can tell an instruction that serves
the task from one that does not; a long task is cut to a bounded share (its start and its end).

Real runs with real tools; the agent's model is scripted and the monitor's model is a scripted stand-in whose
prompts are recorded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from agent_helpers import call, gofer_env, script

from gofer import events as ev
from gofer.models.base import Completion, Message, ToolSpec
from gofer.safety.monitor import MONITOR_PROMPT
from gofer.safety.spotlight import UNTRUSTED_OPEN
from gofer.testing import ScriptedModel

CLEAN = '{"injection": false, "confidence": 0.9, "reason": "ordinary text"}'


@pytest.fixture
def monitor_prompts(monkeypatch: pytest.MonkeyPatch) -> list[list[Message]]:
    """The messages of each monitor call."""
    seen: list[list[Message]] = []
    complete = ScriptedModel.complete

    async def recording(self: ScriptedModel, messages: list[Message], tools: list[ToolSpec], *args: Any,
                        **kwargs: Any) -> Completion:
        if messages and messages[0].content == MONITOR_PROMPT:
            seen.append(list(messages))
            return Completion(text=CLEAN)
        return await complete(self, messages, tools, *args, **kwargs)

    monkeypatch.setattr(ScriptedModel, "complete", recording)
    return seen


async def _run(tmp_path: Path, task: str) -> list[ev.Event]:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "notes.txt").write_text("The board meets on Tuesday. Please bring the signed minutes.")
    (tmp_path / "m").mkdir()
    monitor = script(tmp_path / "m", [{"text": CLEAN}])
    spec = script(tmp_path, [{"tool_calls": [call("read_file", path="notes.txt")]},
                             {"tool_calls": [call("finish", answer="done")]}])
    async with gofer_env(monitor_model=monitor) as env:
        run = await env.service.create_run(task, spec, workspace=ws, start=False)
        await env.runtime.drive(run.id, until_wait=True)
        return await env.store.read(run.id)


def _request_part(messages: list[Message]) -> str:
    """What the monitor was told outside the spotlighted data."""
    text = "\n".join(str(m.content) for m in messages[1:])
    return text.split(UNTRUSTED_OPEN, 1)[0]


async def test_the_monitor_is_told_the_persons_task(tmp_path: Path, monitor_prompts: list[list[Message]]) -> None:
    task = "Summarise notes.txt for the board in three bullet points."
    events = await _run(tmp_path, task)
    assert [e for e in events if isinstance(e, ev.RunFinished)]
    assert len(monitor_prompts) == 1
    request = _request_part(monitor_prompts[0])
    assert task in request and "the person" in request.lower()
    assert "signed minutes" not in request  # the data stays in its spotlighted block


async def test_a_long_task_reaches_the_monitor_cut(tmp_path: Path, monitor_prompts: list[list[Message]]) -> None:
    start = "Summarise notes.txt for the board. Context follows. "
    end = " Keep it under a page and do not send it to anyone."
    task = start + "The quarter went as planned in every region. " * 600 + end
    await _run(tmp_path, task)
    request = _request_part(monitor_prompts[0])
    assert start.strip() in request and end.strip() in request
    assert len(request) < 3000 < len(task)
    assert "left out" in request


async def test_a_follow_up_sent_while_the_run_goes_on_reaches_the_monitor(
    tmp_path: Path, monitor_prompts: list[list[Message]]
) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "notes.txt").write_text("The board meets on Tuesday. Please bring the signed minutes.")
    (tmp_path / "m").mkdir()
    monitor = script(tmp_path / "m", [{"text": CLEAN}])
    spec = script(tmp_path, [{"tool_calls": [call("ask_user", question="Which notes?")]},
                             {"tool_calls": [call("read_file", path="notes.txt")]},
                             {"tool_calls": [call("finish", answer="done")]}])
    follow_up = "Also list who must sign the minutes."
    async with gofer_env(monitor_model=monitor) as env:
        run = await env.service.create_run("Summarise the notes.", spec, workspace=ws, start=False)
        await env.runtime.drive(run.id, until_wait=True)
        [asked] = [e for e in await env.store.read(run.id) if isinstance(e, ev.QuestionAsked)]
        await env.store.send_command(run.id, "message", {"text": follow_up})
        await env.store.send_command(run.id, "answer", {"question_id": asked.question_id, "answer": "notes.txt"})
        await env.runtime.drive(run.id, until_wait=True)
        events = await env.store.read(run.id)
    assert [e for e in events if isinstance(e, ev.UserMessage) and e.text == follow_up]
    assert monitor_prompts and follow_up in _request_part(monitor_prompts[-1])
