"""After an approved action settled, round 3 (confirm38): the approved Buy's ``amount=5&item=mug`` to ``/order`` sent
again by a timer with a cache-buster more (``_=1``), with ``?x=1`` on the address, or as a GET carrying its fields,
and an act written as the state it leaves (``status=cancelled``) or as a payment's undoing (``type=void``), all went
out as the Buy's own; each is now judged as any act of the page is, held, and said. A confirmation step carrying the
order's id, a 3-D Secure return and a neutral status (``status=paid``) still go out. A real run with a real browser
against servers on 127.0.0.1; only the model is scripted."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_confirm32_late import _LATE, _buy_then_look
from test_confirm36_after import _BUY, _PLACED, _POST
from test_confirm37_after import _told

from gofer.events import RunStatus

ACTS = {
    "a-cache-buster-more": _BUY + _LATE % (_POST % ("", "{amount: '5', item: 'mug', _: '1'}")),
    "a-query-more": _BUY + _LATE % (_POST % ("?x=1", "{amount: '5', item: 'mug'}")),
    "a-state-that-acts": _BUY + _LATE % (_POST % ("", "{amount: '5', status: 'cancelled'}")),
    "a-payments-undoing": _BUY + _LATE % (_POST % ("", "{amount: '5', type: 'void'}")),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", ACTS)
async def test_the_buy_again_with_a_field_more_or_an_act_as_a_state_after_it_settled_is_held(tmp_path: Path,
                                                                                           case: str) -> None:
    shop, (click, look), status = await _buy_then_look(tmp_path, ACTS[case])
    assert status == RunStatus.FINISHED
    assert shop.posts == [("/order", "amount=5&item=mug")], shop.posts  # the approved order, nothing after it
    assert _told(click, look), (click, look)


@pytest.mark.slow
async def test_the_buys_fields_in_a_get_after_it_settled_are_not_a_read(tmp_path: Path) -> None:
    shop, (click, look), status = await _buy_then_look(tmp_path, _BUY + _LATE % "fetch('/order?amount=5&item=mug');")
    assert status == RunStatus.FINISHED
    assert "/order?amount=5&item=mug" not in shop.gets, shop.gets
    assert _told(click, look), (click, look)


@pytest.mark.slow
async def test_a_step_with_the_orders_id_a_secure_return_and_a_neutral_status_go_out(tmp_path: Path) -> None:
    shop, (click, look), status = await _buy_then_look(tmp_path, _BUY + _LATE % (
        _POST % ("", "{amount: '5', item: 'mug', step: '2', orderId: 'A-1001'}")
        + _POST % ("", "{amount: '5', item: 'mug', PaRes: 'eJzVWNuOo0gS', MD: '77'}")
        + _POST % ("", "{amount: '5', status: 'paid'}")), _PLACED % "A-1001")
    assert status == RunStatus.FINISHED
    assert not click.error and "was held" not in look.text and "was stopped" not in look.text, (click, look)
    assert sorted(shop.posts) == [("/order", "amount=5&item=mug"),
                                  ("/order", "amount=5&item=mug&PaRes=eJzVWNuOo0gS&MD=77"),
                                  ("/order", "amount=5&item=mug&step=2&orderId=A-1001"),
                                  ("/order", "amount=5&status=paid")], shop.posts
