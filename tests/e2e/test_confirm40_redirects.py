"""A redirect the server chose after an approved Buy's POST (confirm40): a 307 or 308 re-sends the POST's body to
where the answer points, and only the first request was compared with what the person approved; re-posting the order
to another site the person was not shown is a new destination, now held and said. A 303 to the shop's own
confirmation page (a GET) still goes through. A real run with a real browser against servers on 127.0.0.1; only the
model is scripted."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import SignalSite, approved_run, call, serve
from test_confirm29_sent import FORM
from test_confirm36_after import _BUY

from gofer.events import Observation, RunStatus

SENDS = {"the-form": "", "a-script": _BUY}
"""How the Buy posts its order: the form itself (a navigation) or a script's fetch."""


async def _buy_redirected(tmp_path: Path, on_submit: str, status: int, where: str
                          ) -> tuple[SignalSite, SignalSite, list[Observation], RunStatus]:
    """Open the mug page, click Buy (approved); the shop answers the order's POST with ``status`` to ``where``
    (``{third}`` stands for another site). Returns the shop, the other site, the observations of the click and a look
    after it, and the run's status."""
    third = SignalSite({})
    with serve(third.handler) as third_url:
        shop = SignalSite({"/mug": FORM % {"other": third_url, "on_submit": on_submit}, "/thanks": "Thanks"},
                          post_redirects={"/order": (status, where.format(third=third_url))})
        with serve(shop.handler) as url:
            run, events = await approved_run(tmp_path, f"buy the blue mug at {url}/", [
                call("browser_open", url=f"{url}/mug.html"), call("browser_click", ref=1),
                call("shell", command="sleep 2"), call("browser_screenshot")], shop.signal, [True])
    seen = [e for e in events if isinstance(e, Observation) and e.tool in ("browser_click", "browser_screenshot")]
    return shop, third, seen, run


@pytest.mark.slow
@pytest.mark.parametrize("code", [307, 308])
@pytest.mark.parametrize("sends", SENDS)
async def test_a_post_the_server_sends_on_to_another_site_is_held(tmp_path: Path, sends: str, code: int) -> None:
    shop, third, (click, look), status = await _buy_redirected(tmp_path, SENDS[sends], code, "{third}/payment")
    assert status == RunStatus.FINISHED
    assert [path for path, _body in shop.posts] == ["/order"], shop.posts
    assert third.posts == [], third.posts
    assert "not done" in (click.error or "") or "was stopped, not sent" in look.text, (click, look)
    assert "/payment by a redirect, a site the person was not shown" in click.text + look.text, (click, look)


@pytest.mark.slow
@pytest.mark.parametrize("sends", SENDS)
async def test_a_303_to_the_shops_confirmation_page_goes_through(tmp_path: Path, sends: str) -> None:
    shop, _third, (click, look), status = await _buy_redirected(tmp_path, SENDS[sends], 303, "/thanks")
    assert status == RunStatus.FINISHED
    assert not click.error and "was held" not in look.text and "was stopped" not in look.text, (click, look)
    assert [path for path, _body in shop.posts] == ["/order"], shop.posts
    assert "/thanks" in shop.gets, shop.gets
