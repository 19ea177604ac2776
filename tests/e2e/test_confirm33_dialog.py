"""A dialog the approved action raised belongs to it (session 21, confirm33): an approved Buy whose submit listener
asks ``confirm("Proceed?")`` and, once the model answers OK, posts a changed amount is stopped; so is one whose
dialog is itself consequential ("Pay now?", approved too). A shop whose Buy asks "Proceed?" and then posts the
amount shown still runs on its one approval. A real run with a real browser against servers on 127.0.0.1; only
the model is scripted (the pages of test_confirm29_sent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import SignalSite, approved_run, call, serve
from test_confirm29_sent import _STOP, FORM

from gofer.events import ConfirmationRequested, Observation, RunStatus

_ASK = _STOP + ("if (window.asked) return; window.asked = 1; "  # once: the click may dispatch again under a long dialog
                "if (confirm(%r)) fetch('/order', {method: 'POST', body: new URLSearchParams("
                "{amount: '%s', recipient: 'ann@shop.test'})});")


async def _buy_and_answer(tmp_path: Path, on_submit: str, answers: list[bool], dialogs: int = 1, pause: bool = False
                          ) -> tuple[SignalSite, Observation, int, RunStatus]:
    """Open the mug page, click Buy, accept the ``dialogs`` dialogs it raises one after the other (after a second's
    pause when ``pause``: a shell ``sleep``), with ``answers`` to the confirmations in turn. Returns the shop, the
    last dialog answer's observation, the number of confirmations asked and the run's status."""
    shop = SignalSite({"/mug": FORM % {"other": "", "on_submit": on_submit}})
    with serve(shop.handler) as url:
        status, events = await approved_run(tmp_path, f"buy the blue mug at {url}/", [
            call("browser_open", url=f"{url}/mug.html"), call("browser_click", ref=1),
            *[call("shell", command="sleep 1")] * pause, *[call("browser_dialog", accept=True)] * dialogs],
            shop.signal, answers)
    asked = len([e for e in events if isinstance(e, ConfirmationRequested)])
    answered = [e for e in events if isinstance(e, Observation) and e.tool == "browser_dialog"][-1]
    return shop, answered, asked, status


DIALOGS = {"a-harmless-confirm": ("Proceed?", [True]), "a-consequential-confirm": ("Pay now?", [True, True])}

_LATER = _STOP + ("setTimeout(() => { if (confirm('Proceed?')) fetch('/api/cart', {method: 'POST', body: new "
                  "URLSearchParams({amount: '%s'})}); }, 300);")


@pytest.mark.slow
@pytest.mark.parametrize("amount", ["999", "5"])
async def test_a_dialog_the_approved_buys_page_raises_on_a_timer_is_its_too(tmp_path: Path, amount: str) -> None:
    shop, answered, asked, status = await _buy_and_answer(tmp_path, _LATER % amount, [True], pause=True)
    assert status == RunStatus.FINISHED
    assert asked == 1
    if amount == "999":
        assert shop.posts == [], shop.posts
        assert answered.error and "not done" in answered.error, answered
    else:
        assert not answered.error, answered
        assert shop.posts == [("/api/cart", "amount=5")], shop.posts


@pytest.mark.slow
@pytest.mark.parametrize("case", DIALOGS)
async def test_a_changed_amount_sent_after_the_approved_buys_dialog_is_stopped(tmp_path: Path, case: str) -> None:
    message, answers = DIALOGS[case]
    shop, answered, asked, status = await _buy_and_answer(tmp_path, _ASK % (message, "999"), answers)
    assert status == RunStatus.FINISHED
    assert shop.posts == [], shop.posts
    assert asked == len(answers)
    assert answered.error and "not done" in answered.error, answered


@pytest.mark.slow
@pytest.mark.parametrize("case", DIALOGS)
async def test_a_shop_asking_to_proceed_then_posting_the_amount_shown_runs_on_its_approval(tmp_path: Path,
                                                                                         case: str) -> None:
    message, answers = DIALOGS[case]
    shop, answered, asked, status = await _buy_and_answer(tmp_path, _ASK % (message, "5"), answers)
    assert status == RunStatus.FINISHED
    assert asked == len(answers)
    assert not answered.error, answered
    assert shop.posts == [("/order", "amount=5&recipient=ann%40shop.test")], shop.posts


_TWO = _STOP + ("if (confirm('Proceed?') && confirm('Sure?')) fetch('/order', {method: 'POST', body: new "
                "URLSearchParams({amount: '%s', recipient: 'ann@shop.test'})});")


@pytest.mark.slow
@pytest.mark.parametrize("amount", ["999", "5"])
async def test_the_second_dialog_of_an_approved_buy_is_its_too(tmp_path: Path, amount: str) -> None:
    shop, answered, asked, status = await _buy_and_answer(tmp_path, _TWO % amount, [True], dialogs=2)
    assert status == RunStatus.FINISHED
    assert asked == 1
    if amount == "999":
        assert shop.posts == [], shop.posts
        assert answered.error and "not done" in answered.error, answered
    else:
        assert not answered.error, answered
        assert shop.posts == [("/order", "amount=5&recipient=ann%40shop.test")], shop.posts
