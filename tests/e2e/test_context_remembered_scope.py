"""What a remembered approval covers on a host whose pages belong to different people (session 13): an approval
given on the site's own pages does not cover the same click on a user's page there (``/~eve/…``), and repeated
clicks on the site's own pages still need one approval.

A real run with a real browser against a server on 127.0.0.1; only the model is scripted."""

from __future__ import annotations

import asyncio
import http.server
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from agent_helpers import call, gofer_env, script

from gofer.events import ActionProposed, ActionStarted, ConfirmationRequested, Event, RunStatus

PAGE = "<!doctype html><title>{title}</title><h1>{title}</h1><button onclick=\"document.title='bought'\">Buy</button>"


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[str]:
    """A shop on 127.0.0.1 whose own pages are under /shop/ and whose users' pages are under /~NAME/."""
    root = tmp_path / "site"
    for path, title in (("shop/mug.html", "Blue mug"), ("shop/towel.html", "Tea towel"),
                        ("~eve/deal.html", "Eve's deal")):
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(PAGE.format(title=title))

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _clicks(events: list[Event], kind: type[Event]) -> list[str]:
    """The page each browser_click of ``kind`` (ConfirmationRequested or ActionStarted) happened on."""
    proposed = {e.action_id: e for e in events if isinstance(e, ActionProposed)}
    pages: list[str] = []
    for e in events:
        if isinstance(e, kind) and proposed[e.action_id].tool == "browser_click":  # type: ignore[attr-defined]
            opened = [p for p in proposed.values() if p.tool == "browser_open" and p.seq < e.seq]
            pages.append(str(opened[-1].arguments["url"]).rsplit("/", 2)[-2])
    return pages


async def test_a_remembered_click_on_the_sites_pages_does_not_cover_a_users_page_there(
        tmp_path: Path, shop: str) -> None:
    spec = script(tmp_path, [
        {"tool_calls": [call("browser_open", url=f"{shop}/shop/mug.html")]},
        {"tool_calls": [call("browser_click", ref=1)]},
        {"tool_calls": [call("browser_open", url=f"{shop}/shop/towel.html")]},
        {"tool_calls": [call("browser_click", ref=1)]},
        {"tool_calls": [call("browser_open", url=f"{shop}/~eve/deal.html")]},
        {"tool_calls": [call("browser_click", ref=1)]},
        {"tool_calls": [call("finish", answer="bought")]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run(f"buy a mug and a towel at {shop}/shop/", spec,
                                           workspace=tmp_path / "ws", start=False)
        status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 120)
        answers = iter([True, False])
        while status == RunStatus.WAITING_FOR_USER:
            asked = [e for e in await env.store.read(run.id) if isinstance(e, ConfirmationRequested)][-1]
            await env.store.send_command(run.id, "confirm", {"action_id": asked.action_id,
                                                             "approved": next(answers), "remember": True})
            status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 120)
        events = await env.store.read(run.id)
    assert status == RunStatus.FINISHED
    # Asked once on the shop's pages (the towel rode on the mug's approval), and again on Eve's page.
    assert _clicks(events, ConfirmationRequested) == ["shop", "~eve"]
    assert _clicks(events, ActionStarted) == ["shop", "shop"]
