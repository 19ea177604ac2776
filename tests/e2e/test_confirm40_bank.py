"""A payment window's hop to its bank after an approved Buy settled (confirm40): the window the Buy opened on the
payment site goes (a GET, no acting field) to the bank's page on a third site: a read, it goes out. What the bank's
page then posts stays held on the safe side: its result posted back to the payment site (a 3-D Secure style
``PaRes``, nothing the person was shown, from a site they were not shown) and, the hole the window's binding to its
site closes, the amount shown posted to the bank's own site. A real run with a real browser against servers on
127.0.0.1; only the model is scripted."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import SignalSite, approved_run, call, serve
from test_confirm29_sent import FORM
from test_confirm36_after import _BUY

from gofer.events import Observation, RunStatus

_PAY = """<!doctype html><title>Pay</title><p>Paying $5</p>
<script>setTimeout(() => { location.href = '%s/acs.html?md=1'; }, 2500);</script>"""
"""The payment site's window: once the Buy settled it sends itself to the bank's page (``%s``: the bank)."""

BANKS = {
    "returns-the-result": """<!doctype html><title>Bank</title><form method=post action="%s/3ds/return" id=r>
<input type=hidden name=PaRes value=eJzT0yMAAGTvBe8><input type=hidden name=MD value=1></form>
<script>document.getElementById('r').submit();</script>""",
    "charges-the-amount": """<!doctype html><title>Bank</title><form method=post action="/payment" id=r>
<input type=hidden name=amount value=5><input type=hidden name=ref value=%s></form>
<script>document.getElementById('r').submit();</script>""",
}
"""The bank's page (``%s``: the payment site): it posts the result back to the payment site, or the amount to itself."""


async def _via_bank(tmp_path: Path, bank_page: str) -> tuple[SignalSite, SignalSite, list[Observation], RunStatus]:
    """Click Buy (approved), which opens the payment site's window; it hops to the bank. Returns the payment site, the
    bank, the observations of the click and a look after it, and the run's status."""
    pay, bank = SignalSite({}), SignalSite({})
    with serve(pay.handler) as pay_url, serve(bank.handler) as bank_url:
        pay.pages["/pay"] = _PAY % bank_url
        bank.pages["/acs"] = bank_page % pay_url
        shop = SignalSite({"/mug": FORM % {"other": pay_url, "on_submit": _BUY + "window.open(OTHER + '/pay.html');"}})
        with serve(shop.handler) as url:
            status, events = await approved_run(tmp_path, f"buy the blue mug at {url}/", [
                call("browser_open", url=f"{url}/mug.html"), call("browser_click", ref=1),
                call("shell", command="sleep 6"), call("browser_screenshot")], shop.signal, [True])
    seen = [e for e in events if isinstance(e, Observation) and e.tool in ("browser_click", "browser_screenshot")]
    return pay, bank, seen[-2:], status


@pytest.mark.slow
async def test_the_payment_windows_hop_to_its_bank_goes_out_and_its_post_back_is_held(tmp_path: Path) -> None:
    pay, bank, (click, look), status = await _via_bank(tmp_path, BANKS["returns-the-result"])
    assert status == RunStatus.FINISHED
    assert not click.error, click
    assert "/acs.html?md=1" in bank.gets, bank.gets
    assert pay.posts == [], pay.posts
    assert "/3ds/return" in look.text and "it was not part of what the person approved" in look.text, look.text


@pytest.mark.slow
async def test_the_bank_page_posting_the_amount_to_its_own_site_is_held(tmp_path: Path) -> None:
    _pay, bank, (click, look), status = await _via_bank(tmp_path, BANKS["charges-the-amount"])
    assert status == RunStatus.FINISHED
    assert not click.error, click
    assert bank.posts == [], bank.posts
    assert "it was not part of what the person approved" in look.text, look.text
