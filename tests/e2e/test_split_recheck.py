"""The two checks right before a browser action acts are different checks: the watch gate asks whether the live
address needs a person watching (``BrowserSession._check_watched``); the re-judgement (``recheck`` in
``gofer.tools.browser_judges``) asks whether the page the model saw is still the page, and whether the action would
now be consequential on it. A page that changes on its own into something harmless to watch mode still gets no
action the model did not see, and no request is involved for the effect gate to hold."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from harness import TOOL, call, page_eval, ref
from playwright.async_api import Page
from recording_server import RecordingServer

from gofer.events import Risk
from gofer.safety.watch import WATCH_GATE
from gofer.tools.base import ToolContext, ToolError

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

PAGES = {
    # A note field that turns into a password field after the snapshot.
    "/note": '<title>Notes</title><h1>Notes</h1><input id="f" aria-label="Note"><script>'
             'setTimeout(() => { document.getElementById("f").type = "password"; }, 500);</script>',
    # A page that sends itself to another (ordinary) page after the snapshot.
    "/moving": '<title>Deals</title><h1>Deals</h1><script>'
               'setTimeout(() => { location.href = "/other"; }, 500);</script>',
    "/other": '<title>Other</title><button id="b" style="position:absolute;left:20px;top:200px;width:120px;'
              'height:40px" onclick="document.title = \'clicked\'">Go</button>',
}


def _page(ctx: ToolContext) -> Page:
    """The live page of the session's active tab."""
    assert ctx.computer is not None
    return ctx.computer.peek("browser").tab.page  # type: ignore[union-attr]


def _gate(asked: list[str]) -> Callable[[str], str | None]:
    """A watch gate that records each address it is asked about and finds none sensitive."""
    def gate(url: str) -> str | None:
        asked.append(url)
        return None

    return gate


async def test_typing_into_a_field_that_became_a_password_field_is_stopped(ctx: ToolContext) -> None:
    asked: list[str] = []
    ctx.extras[WATCH_GATE] = _gate(asked)
    with RecordingServer(PAGES).running() as server:
        await call(ctx, "browser_open", url=f"{server.url}/note")
        field = ref(ctx, "Note")
        args = {"ref": field, "text": "hunter2"}
        assert TOOL["browser_type"].judge_risk(args, ctx).risk is not Risk.CONSEQUENTIAL
        await _page(ctx).wait_for_function("document.getElementById('f').type === 'password'", timeout=10_000)
        with pytest.raises(ToolError, match=r"would now be consequential \(types into a password field"):
            await TOOL["browser_type"](ctx, args)
        assert await page_eval(ctx, "document.getElementById('f').value") == ""
    assert asked and asked[-1].endswith("/note"), "the watch gate was asked about the live page and let it pass"


async def test_a_click_on_a_page_that_moved_itself_elsewhere_is_stopped(ctx: ToolContext) -> None:
    asked: list[str] = []
    ctx.extras[WATCH_GATE] = _gate(asked)
    with RecordingServer(PAGES).running() as server:
        await call(ctx, "browser_open", url=f"{server.url}/moving")
        await _page(ctx).wait_for_url("**/other", timeout=10_000)
        await _page(ctx).wait_for_selector("#b", timeout=10_000)
        with pytest.raises(ToolError, match="another page than the last snapshot"):
            await TOOL["browser_click_at"](ctx, {"x": 60, "y": 220})
        assert await page_eval(ctx, "document.title") == "Other", "the unseen page's button was clicked"
    assert asked and asked[-1].endswith("/other"), "the watch gate was asked about the live page and let it pass"
