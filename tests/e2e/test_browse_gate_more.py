"""The browser's effect gate beyond one process and beyond the act's own words: a run resumed by another process
(a restart, another worker) asks before an action whose request was held earlier in the run, rather than holding
again; requests in neutral words (``POST /api/v1/x {"id": 7}``, a GraphQL mutation by name) made by a click judged
harmless are held; and a cross-site post that looks like analytics but names an order or payment is held. Ordinary
clicks (a section that posts analytics, "Load more" that posts a cursor query, a search box) stay quiet."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from agent_helpers import call as scripted_call
from agent_helpers import gofer_env, script
from recording_server import RecordingServer, recording_servers

from gofer.events import ConfirmationRequested, Observation, QuestionAsked, RunStatus

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]


def _page(title: str, body: str, script_text: str = "") -> str:
    return f"<!doctype html><title>{title}</title><h1>{title}</h1>{body}<script>{script_text}</script>"


PAGES = {
    "/details": _page("Blue mug", '<p>€12</p><button id="d">Show details</button>',
                      "document.getElementById('d').onclick = () => fetch('/api/orders', {method: 'POST',"
                      " headers: {'content-type': 'application/json'}, body: JSON.stringify({item: 7, qty: 1})});"),
}
SITE = RecordingServer(PAGES)


@pytest.fixture(scope="module", autouse=True)
def servers() -> Iterator[None]:
    with recording_servers(SITE):
        yield


def _hits(server: RecordingServer, prefix: str) -> list[str]:
    return [r for r in server.requests if r.split(" ", 2)[1].startswith(prefix)]


async def test_a_resumed_run_asks_before_the_action_whose_request_was_held(tmp_path: Path) -> None:
    SITE.requests.clear()
    look = scripted_call("browser_open", url=SITE.url + "/details")
    click = scripted_call("browser_click", ref=1)
    spec = script(tmp_path, [{"tool_calls": [look]}, {"tool_calls": [click]},
                             {"tool_calls": [scripted_call("ask_user", question="The order was held. Carry on?")]},
                             {"tool_calls": [look]}, {"tool_calls": [click]},
                             {"tool_calls": [scripted_call("finish", answer="done")]}])
    async with gofer_env() as env:
        run = await env.service.create_run("show me the mug's details", spec, workspace=tmp_path / "ws", start=False)
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.WAITING_FOR_USER
        [question] = [e for e in await env.store.read(run.id) if isinstance(e, QuestionAsked)]
    # Another process (a restart, or another worker): a new runtime, computer and Chromium over the same log.
    async with gofer_env() as env:
        await env.store.send_command(run.id, "answer", {"question_id": question.question_id, "answer": "yes"})
        status = await asyncio.wait_for(env.runtime.drive(run.id, resumed=True, until_wait=True), 60)
        events = await env.store.read(run.id)
    clicks = [e for e in events if isinstance(e, Observation) and e.tool == "browser_click"]
    assert len(clicks) == 1 and clicks[0].error and "held" in clicks[0].error, [c.error for c in clicks]
    assert status == RunStatus.WAITING_FOR_USER
    [asked] = [e for e in events if isinstance(e, ConfirmationRequested)]
    assert asked.tool == "browser_click" and "/api/orders" in asked.reason, asked.reason
    assert not _hits(SITE, "/api/orders")
