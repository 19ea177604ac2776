"""What a check or a typing blocked by its page says (confirm37). ``browser_check`` said "Checked [1]" when its page
keeps the box's state itself and Playwright's click did not change it (the page sets it once its server answered):
now it says it clicked once and what the box's state was right after. And when emptying a field raised a dialog that
the model or a person answered after typing gave up (10 s), nothing was typed and nothing said so: the answer's
observation now fails saying the field was emptied once and the text not typed, with the snapshot of what the page
left in it. A plain box still says "Checked". A real run with a real browser against a server on 127.0.0.1; only the
model is scripted."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import SignalSite, call, drive, serve
from test_confirm36_once import _ASKS, _TOGGLE

from gofer.events import Observation, RunStatus

_PLAIN = """<!doctype html><title>Mug</title><label><input type=checkbox id=c> Gift wrap</label>"""


def _of(events: list, tool: str) -> list[Observation]:
    return [e for e in events if isinstance(e, Observation) and e.tool == tool]


@pytest.mark.slow
async def test_a_check_its_page_keeps_itself_says_what_the_page_decided(tmp_path: Path) -> None:
    site = SignalSite({"/mug": _TOGGLE, "/plain": _PLAIN})
    with serve(site.handler) as url:
        status, events = await drive(tmp_path, f"wrap the mug at {url}/", [
            call("browser_open", url=f"{url}/mug.html"), call("browser_check", ref=1, checked=True),
            call("browser_open", url=f"{url}/plain.html"), call("browser_check", ref=1, checked=True)],
            tmp_path / "ws")
    assert status == RunStatus.FINISHED
    kept, plain = _of(events, "browser_check")
    assert not kept.error and "Checked [1]" not in kept.text, kept.text
    assert "keeps the box's state itself" in kept.text, kept.text
    assert [g for g in site.gets if g.startswith("/clicked")] == ["/clicked"], site.gets
    assert not plain.error and 'Checked [1] "Gift wrap".' in plain.text, plain.text


@pytest.mark.slow
async def test_a_fill_whose_dialog_is_answered_after_typing_gave_up_says_nothing_was_typed(tmp_path: Path) -> None:
    site = SignalSite({"/search": _ASKS})
    with serve(site.handler) as url:
        status, events = await drive(tmp_path, f"search for cups at {url}/", [
            call("browser_open", url=f"{url}/search.html"), call("browser_type", ref=1, text="cups"),
            call("shell", command="sleep 17"), call("browser_dialog", accept=False), call("shell", command="sleep 2"),
            call("browser_screenshot")], tmp_path / "ws", timeout=120)
    assert status == RunStatus.FINISHED
    assert [g for g in site.gets if g.startswith(("/cleared", "/clicked"))] == ["/cleared"], site.gets
    (answered,) = _of(events, "browser_dialog")
    assert answered.error and "nothing was typed into [1]" in answered.error, answered
    assert "Dismissed" in answered.error and "mugs" in answered.text, answered  # the person kept the search
    look = _of(events, "browser_screenshot")[-1]
    assert "dialog" not in look.text.lower() and "cups" not in look.text, look.text
