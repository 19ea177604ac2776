"""After an approved act settled, round 4 (confirm39): the act's own request sent again spelling a value otherwise
(``amount=5.00``, ``5,00``), leaving out a field that says nothing of the order (a ``note``), or with an order id
none of the act's responses named (``order_id=777``) is a second act (a number after a currency's code segment,
``/x/usd/999``, stays an id). A step carrying an id the act's response named, one that leaves out the item, and a
different amount are still judged as before."""

from __future__ import annotations

from gofer.computer.browser.snapshot import Snapshot
from gofer.tools.browser_sent import PATH_SUM, Shown, _path_sums

_URL = "http://shop.test/order"
_BUY = [("POST", _URL, b"amount=5&item=mug", ())]
_NOTED = [("POST", _URL, b"amount=5&item=mug&note=x", ())]
_SHOWN = Shown.of(Snapshot(url="http://shop.test/mug", title="Mug", text="Blue mug, $5", elements={}))
_SAID = '<p>Order <b id="o">A-1001</b> placed</p>'
"""What the Buy's response said: the order it made."""


def test_the_acts_request_spelt_otherwise_is_the_act_again() -> None:
    for body in (b"amount=5.00&item=mug", b"amount=5,00&item=mug", b"amount=%245&item=MUG",
                 b'{"amount": 5.0, "item": "mug"}', b"item=mug&amount=5.00&_=1"):
        assert _SHOWN._beside("POST", _URL, body, _BUY, made=_SAID) is not None, body
        assert not _SHOWN._no_act_of_its_own("POST", _URL, body, _BUY, made=_SAID), body
    assert not _SHOWN._no_act_of_its_own("GET", _URL + "?amount=5.00&item=mug", b"", _BUY)


def test_the_acts_request_without_a_field_that_says_nothing_of_the_order_is_the_act_again() -> None:
    for body in (b"amount=5&item=mug", b"amount=5.00&item=mug&_=1", b"amount=5&item=mug&note=y"):
        assert not _SHOWN._no_act_of_its_own("POST", _URL, body, _NOTED, made=_SAID), body
    # a form's token, shown in its hidden field, rotated since: the same order
    form = Shown.of(Snapshot(url="http://shop.test/mug", title="Mug", text="Blue mug, $5", elements={},
                             hidden_fields=[("/order", "csrf_token", "Zq81bX0aa7Yt3kP2")]))
    sent = [("POST", _URL, b"amount=5&item=mug&csrf_token=Zq81bX0aa7Yt3kP2", ())]
    assert not form._no_act_of_its_own("POST", _URL, b"amount=5&item=mug&csrf_token=Pm2", sent, made=_SAID)


def test_an_order_id_no_response_of_the_act_named_does_not_continue_it() -> None:
    for body in (b"amount=5&item=mug&order_id=777", b"amount=5&item=mug&orderId=A-100",
                 b"amount=5&item=mug&payment_intent=pi_9", b"amount=5&item=mug&step=2&orderId=1001"):
        assert not _SHOWN._no_act_of_its_own("POST", _URL, body, _BUY, made=_SAID), body
    assert not _SHOWN._no_act_of_its_own("POST", _URL, b"amount=5&item=mug&orderId=A-1001", _BUY)  # nothing said


def test_a_continuation_a_step_without_the_item_and_another_amount_are_judged_as_before() -> None:
    for body in (b"amount=5&item=mug&orderId=A-1001", b"amount=5.00&item=mug&step=2&order_id=A-1001",
                 b"amount=5&item=mug&PaRes=eJzVWNuOo0gS&MD=77", b"amount=5&step=2", b"amount=5&note=x"):
        assert _SHOWN._no_act_of_its_own("POST", _URL, body, _NOTED, made=_SAID), body
    # not the act again (another amount is no replay; the effect gate then finds it carries nothing shown)
    assert _SHOWN._beside("POST", _URL, b"amount=6&item=mug", _BUY, made=_SAID) is None
    assert _SHOWN._no_act_of_its_own("GET", _URL + "/status?orderId=A-1001", b"", _BUY, made=_SAID)


def test_a_number_after_a_currency_code_segment_stays_an_id() -> None:
    # a shop's store for a currency names its products under its code (/usd/999: test_confirm35_paths); a sum is
    # read before a code segment (/x/999/usd), with cents or a sign (/x/usd/999.00)
    assert _path_sums("http://shop.test/x/usd/999") == []
    assert (PATH_SUM, "999") in _path_sums("http://shop.test/x/999/usd")
    assert (PATH_SUM, "999.00") in _path_sums("http://shop.test/x/usd/999.00")
