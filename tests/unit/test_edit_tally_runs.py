"""Small edits that together rewrite a person's file (real runner, real workspace; only the model is scripted).

``edit_file`` asked only when one edit replaced four fifths of a file the run did not make, judged against the file
as it was then: five edits of a fifth each emptied a person's notes without a question. The run's log now keeps, for
each such file, what it held before the run's first unapproved edit and the bytes replaced since; the edit that
reaches four fifths asks, and a person's approval starts the count afresh."""

from __future__ import annotations

import asyncio
from pathlib import Path

from agent_helpers import asked_and_errors, call, drive, gofer_env, script

from gofer.agent.state import project
from gofer.events import ConfirmationRequested, Event, RunStatus

PARAGRAPHS = [f"Paragraph {i}: " + "the person's own words, kept for years. " * 4 + "\n" for i in range(5)]


def _notes(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "notes.md").write_text("".join(PARAGRAPHS))
    return ws


def _rewrite(i: int) -> dict[str, object]:
    return call("edit_file", path="notes.md", old=PARAGRAPHS[i], new=f"replaced {i}\n")


async def test_edits_that_together_replace_most_of_a_file_ask(tmp_path: Path) -> None:
    ws = _notes(tmp_path)
    status, events = await drive(tmp_path, "tidy my notes", [_rewrite(i) for i in range(5)], ws, finish=False)
    assert status == RunStatus.WAITING_FOR_USER
    asked = [e for e in events if isinstance(e, ConfirmationRequested)]
    assert len(asked) == 1 and "with this run's earlier edits, replaces most" in asked[0].reason, asked
    assert asked[0].arguments["old"] == PARAGRAPHS[3]  # four of five paragraphs: four fifths
    assert (ws / "notes.md").read_text().endswith(PARAGRAPHS[3] + PARAGRAPHS[4])
    assert project(events).edited == {"notes.md": (len("".join(PARAGRAPHS).encode()),
                                                   3 * len(PARAGRAPHS[0].encode()))}


async def test_a_few_small_edits_of_a_persons_file_stay_quiet(tmp_path: Path) -> None:
    ws = _notes(tmp_path)
    fixes = [call("edit_file", path="notes.md", old=f"Paragraph {i}:", new=f"Section {i}:") for i in range(5)]
    fixes.append(call("edit_file", path="notes.md", old="years. \nSection 1", new="years.\nSection 1"))
    assert asked_and_errors(*await drive(tmp_path, "rename the paragraphs", fixes, ws)) == (RunStatus.FINISHED, [], [])


async def test_edits_of_a_file_the_run_made_are_not_counted(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    calls = [call("write_file", path="draft.md", content="".join(PARAGRAPHS))]
    calls += [call("edit_file", path="draft.md", old=p, new="x\n") for p in PARAGRAPHS]
    status, events = await drive(tmp_path, "draft and rework", calls, ws)
    assert asked_and_errors(status, events) == (RunStatus.FINISHED, [], [])
    assert project(events).edited == {}


async def test_a_persons_approval_starts_the_count_afresh(tmp_path: Path) -> None:
    ws = _notes(tmp_path)
    small = call("edit_file", path="notes.md", old="Paragraph 4:", new="Section 4:")
    turns = [{"tool_calls": [c]} for c in [*map(_rewrite, range(4)), small, call("finish", answer="done")]]
    async with gofer_env() as env:
        run = await env.service.create_run("tidy my notes", script(tmp_path, turns), workspace=ws, start=False)
        status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60)
        events: list[Event] = await env.store.read(run.id)
        asked = [e for e in events if isinstance(e, ConfirmationRequested)]
        assert status == RunStatus.WAITING_FOR_USER and len(asked) == 1
        await env.store.send_command(run.id, "confirm", {"action_id": asked[0].action_id, "approved": True})
        status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60)
        events = await env.store.read(run.id)
    # Counted from before the first edit, the small one would reach four fifths; from the approved file it does not.
    assert status == RunStatus.FINISHED
    assert len([e for e in events if isinstance(e, ConfirmationRequested)]) == 1
    approved = "".join(f"replaced {i}\n" for i in range(4)) + PARAGRAPHS[4]
    assert (ws / "notes.md").read_text() == approved.replace("Paragraph 4:", "Section 4:")
    assert project(events).edited == {"notes.md": (len(approved), 12)}
