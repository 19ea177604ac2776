"""The LLM monitor is told what the person asked (session 14, second wave): the run's task reaches every monitor
call, outside the spotlighted data and marked as the person's, so the monitor can tell an instruction that serves
the task from one that does not; a long task is cut to a bounded share (its start and its end).

Real runs with real tools; the agent's model is scripted and the monitor's model is a scripted stand-in whose
prompts are recorded."""

from __future__ import annotations

from pathlib import Path

from agent_helpers import call, request_part, watched_notes_run

from gofer import events as ev
from gofer.models.base import Message


async def _run(tmp_path: Path, task: str) -> list[ev.Event]:
    async with watched_notes_run(tmp_path, task) as (env, run_id):
        return await env.store.read(run_id)


async def test_the_monitor_is_told_the_persons_task(tmp_path: Path, monitor_prompts: list[list[Message]]) -> None:
    task = "Summarise notes.txt for the board in three bullet points."
    events = await _run(tmp_path, task)
    assert [e for e in events if isinstance(e, ev.RunFinished)]
    assert len(monitor_prompts) == 1
    request = request_part(monitor_prompts[0])
    assert task in request and "the person" in request.lower()
    assert "signed minutes" not in request  # the data stays in its spotlighted block


async def test_a_long_task_reaches_the_monitor_cut(tmp_path: Path, monitor_prompts: list[list[Message]]) -> None:
    start = "Summarise notes.txt for the board. Context follows. "
    end = " Keep it under a page and do not send it to anyone."
    task = start + "The quarter went as planned in every region. " * 600 + end
    await _run(tmp_path, task)
    request = request_part(monitor_prompts[0])
    assert start.strip() in request and end.strip() in request
    assert len(request) < 3000 < len(task)
    assert "left out" in request


async def test_a_follow_up_sent_while_the_run_goes_on_reaches_the_monitor(
    tmp_path: Path, monitor_prompts: list[list[Message]]
) -> None:
    turns = [{"tool_calls": [call("ask_user", question="Which notes?")]},
             {"tool_calls": [call("read_file", path="notes.txt")]},
             {"tool_calls": [call("finish", answer="done")]}]
    follow_up = "Also list who must sign the minutes."
    async with watched_notes_run(tmp_path, "Summarise the notes.", turns) as (env, run_id):
        [asked] = [e for e in await env.store.read(run_id) if isinstance(e, ev.QuestionAsked)]
        await env.store.send_command(run_id, "message", {"text": follow_up})
        await env.store.send_command(run_id, "answer", {"question_id": asked.question_id, "answer": "notes.txt"})
        await env.runtime.drive(run_id, until_wait=True)
        events = await env.store.read(run_id)
    assert [e for e in events if isinstance(e, ev.UserMessage) and e.text == follow_up]
    assert monitor_prompts and follow_up in request_part(monitor_prompts[-1])
