"""Watch mode judges where the browser is when an action runs, not where the log last saw it: a page that sends
itself to a sensitive site after the model looked at it gets no action unwatched."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script
from recording_server import RecordingServer

from gofer.events import ModelResponded, Observation, QuestionAsked, RunStatus, WatchModeChanged

BANK = """<html><body style="height:6000px"><h1>Your accounts</h1>
<script>addEventListener('scroll', () => fetch('/scrolled'), {once: true});</script></body></html>"""


def _moving_start(bank_url: str) -> str:
    return f"""<html><body><h1>Deals</h1><a href="/other">other</a>
<script>setTimeout(() => {{ location.href = "{bank_url}"; }}, 1500);</script></body></html>"""


async def _until(predicate: object, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.05)


@pytest.mark.slow
async def test_a_page_that_moves_itself_to_a_sensitive_site_gets_no_unwatched_action(tmp_path: Path) -> None:
    server = RecordingServer({"/bank": BANK})
    port = server.url.rsplit(":", 1)[1]
    # The start page is on "localhost", the bank on "127.0.0.1" (the watch list names only the latter).
    server.pages["/start"] = _moving_start(f"http://127.0.0.1:{port}/bank")
    spec = script(tmp_path, [
        {"tool_calls": [call("browser_open", url=f"http://localhost:{port}/start")]},
        {"tool_calls": [call("ask_user", question="shall I go on?")]},
        {"tool_calls": [call("browser_scroll", direction="down")]},
        {"tool_calls": [call("finish", answer="done")]},
    ])
    with server.running():
        async with gofer_env() as env:
            run = await env.service.create_run("look at the deals", spec, workspace=tmp_path / "ws",
                                               options={"watch_domains": ["127.0.0.1"]}, start=False)
            status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60)
            assert status == RunStatus.WAITING_FOR_USER
            events = await env.store.read(run.id)
            first = next(e for e in events if isinstance(e, Observation) and e.tool == "browser_open")
            assert "localhost" in (first.data or {}).get("url", "")
            assert not any(isinstance(e, WatchModeChanged) for e in events)
            # While the run waits for the answer, the page sends itself to the bank.
            computer = env.runtime.session_computer(run.session_id)
            assert computer is not None
            page = computer.peek("browser").tab.page  # type: ignore[union-attr]
            await _until(lambda: page.url.startswith(f"http://127.0.0.1:{port}/bank"))
            question = next(e for e in events if isinstance(e, QuestionAsked))
            await env.store.send_command(run.id, "answer", {"question_id": question.question_id, "answer": "yes"})
            status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60)
            assert status == RunStatus.PAUSED
            events = await env.store.read(run.id)
            scroll = next(e for e in events if isinstance(e, Observation) and e.tool == "browser_scroll")
            assert scroll.error is not None and "watching" in scroll.error, scroll
            watch = [e for e in events if isinstance(e, WatchModeChanged)]
            assert [(w.active, w.watched, w.domain) for w in watch] == [(True, False, "127.0.0.1")]
            assert events.index(watch[0]) == events.index(scroll) + 1
            assert not server.leaked("/scrolled"), "the bank's page was scrolled with nobody watching"
            assert not any(isinstance(e, ModelResponded) for e in events[events.index(watch[0]):])
            # A person watching: the run goes on (the model sees why its scroll did not happen).
            await env.store.send_command(run.id, "heartbeat", {"watched": True})
            assert await asyncio.wait_for(env.runtime.drive(run.id), 60) == RunStatus.FINISHED
