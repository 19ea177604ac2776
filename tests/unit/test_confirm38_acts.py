"""After an approved act settled, round 3 (confirm38): the act's own request sent again with a field more (a
cache-buster ``_=1``, a ``?x=1`` on the address, a ``step=2``) or as a GET carrying all the fields it POSTed is a
second act, and so is an act written as the state it leaves (``status=cancelled``) or with a payment's undoing verb
(``type=void``, ``reason=refund``). A request that continues the act (its order's id, a 3-D Secure return), one
that changes or leaves out a field, a read repeated, and neutral states (``status=paid``) are still the act's."""

from __future__ import annotations

from gofer.computer.browser._request_acts import acting_fields
from gofer.computer.browser.snapshot import Snapshot
from gofer.tools.browser_sent import Shown

_URL = "http://shop.test/order"
_BUY = [("POST", _URL, b"amount=5&item=mug", ())]
_SHOWN = Shown.of(Snapshot(url="http://shop.test/mug", title="Mug", text="Blue mug, $5", elements={}))


def test_the_acts_request_again_with_a_field_more_or_as_a_get_is_an_act_of_its_own() -> None:
    for method, url, body in (("POST", _URL, b"amount=5&item=mug&_=1"), ("POST", _URL + "?x=1", b"amount=5&item=mug"),
                              ("POST", _URL, b"item=mug&ts=1700000000&amount=5&step=2"),
                              ("GET", _URL + "?amount=5&item=mug", b""), ("HEAD", _URL + "?item=mug&amount=5&_=9", b""),
                              ("POST", _URL, b'{"amount": "5", "item": "mug", "cb": 1}')):
        assert not _SHOWN._no_act_of_its_own(method, url, body, _BUY), (method, url, body)
    json_buy = [("POST", _URL, b'{"amount": 5, "item": "mug"}', ())]
    assert not _SHOWN._no_act_of_its_own("POST", _URL, b'{"item": "mug", "amount": 5, "nonce": "q1"}', json_buy)
    assert not _SHOWN._no_act_of_its_own("GET", _URL + "?amount=5&item=mug", b"", json_buy)


def test_a_continuation_a_changed_step_and_a_read_again_are_the_acts() -> None:
    for method, url, body in (("POST", _URL, b"amount=5&item=mug&orderId=A-1001"),  # carries the order made
                              ("POST", _URL, b"amount=5&item=mug&PaRes=eJzVWNuOo0gS&MD=77"),  # a 3-D Secure return
                              ("POST", _URL, b"amount=5&step=2&payment_intent=pi_3"),
                              ("POST", _URL, b"amount=5&step=2"), ("GET", _URL + "?order=1001&amount=5", b""),
                              ("GET", _URL + "/status?id=7&amount=5", b"")):
        assert _SHOWN._no_act_of_its_own(method, url, body, _BUY, made="Order A-1001 placed"), (method, url, body)
    read = [("GET", _URL + "?amount=5&item=mug", b"", ())]  # the action itself read it: reading again is a read
    assert _SHOWN._no_act_of_its_own("GET", _URL + "?amount=5&item=mug", b"", [*_BUY, *read])
    assert _SHOWN._no_act_of_its_own("GET", _URL + "?amount=5&item=mug&_=2", b"", read)
    empty = [("POST", _URL, b"", ())]  # a POST with no fields: only itself again is a replay
    assert _SHOWN._no_act_of_its_own("POST", _URL, b"amount=5", empty)
    assert not _SHOWN._no_act_of_its_own("POST", _URL, b"", empty)


def test_an_act_as_a_state_or_a_payments_undoing_is_an_acting_field() -> None:
    assert acting_fields(_URL, "amount=5&status=cancelled") == {("status", "cancelled")}
    assert acting_fields(_URL, '{"amount": 5, "state": "deleted"}') == {("state", "deleted")}
    assert acting_fields(_URL, '{"orderStatus": "refunded"}') == {("orderStatus", "refunded")}
    for kind in ("void", "reversal", "chargeback", "voided"):
        assert acting_fields(_URL, f"amount=5&type={kind}") == {("type", kind)}, kind
    assert acting_fields(_URL, "amount=5&reason=refund") == {("reason", "refund")}
    assert acting_fields(_URL, "amount=5&status=paid&state=open&reason=gift&orderStatus=completed&type=card"
                               "&status=pending&state=CA&reason=birthday%20present") == set()


def test_a_state_that_acts_beside_the_amount_shown_is_not_the_acts() -> None:
    for body in (b"amount=5&status=cancelled", b"amount=5&type=void", b"amount=5&reason=refund&step=2"):
        assert not _SHOWN._no_act_of_its_own("POST", _URL, body, _BUY), body
    for body in (b"amount=5&status=paid&step=2", b"amount=5&state=open", b"amount=5&reason=gift"):
        assert _SHOWN._no_act_of_its_own("POST", _URL, body, _BUY), body
