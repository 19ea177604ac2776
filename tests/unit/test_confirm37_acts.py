"""What else makes a request to where an approved act went an act of its own once the act settled (confirm37): the
act's own request sent again (the same method, address and fields, in any order: a second identical order is a
second order), and an act named in a field saying what kind of request it is (``type=refund``, ``kind=cancel``) or in
a header (``X-Action: delete``, ``X-HTTP-Method-Override: DELETE``). A read repeated, a confirmation step carrying
the order's id, and a kind the act's requests or its form sent, or a neutral one (``type=card``), are not."""

from __future__ import annotations

from gofer.computer.browser._request_acts import acting_fields
from gofer.computer.browser.snapshot import Snapshot
from gofer.tools.browser_sent import Shown

_URL = "http://shop.test/order"
_BUY = [("POST", _URL, b"amount=5&item=mug", ())]
_SHOWN = Shown.of(Snapshot(url="http://shop.test/mug", title="Mug", text="Blue mug, $5", elements={},
                           hidden_fields=[("/order", "type", "purchase")]))


def test_the_acts_own_request_sent_again_is_an_act_of_its_own() -> None:
    for method, url, body in (("POST", _URL, b"amount=5&item=mug"), ("POST", _URL, b"item=mug&amount=5")):
        assert not _SHOWN._no_act_of_its_own(method, url, body, _BUY), body
    assert not _SHOWN._no_act_of_its_own("POST", _URL, b'{"amount": 5}', [("POST", _URL, b'{"amount":5}', ())])
    get = [("GET", _URL + "?op=buy&amount=5", b"", ())]
    assert not _SHOWN._no_act_of_its_own("GET", _URL + "?amount=5&op=buy", b"", get)


def test_a_read_repeated_or_a_step_more_is_the_acts() -> None:
    # a step carrying the order made, as the Buy's response named it (a step with only a field more is the order
    # again: test_confirm38_acts; one with an id no response named: test_confirm39_acts)
    assert _SHOWN._no_act_of_its_own("POST", _URL, b"amount=5&item=mug&step=2&orderId=A-1", _BUY,
                                     made='{"orderId": "A-1"}')
    assert _SHOWN._no_act_of_its_own("GET", _URL + "?id=7", b"", [("GET", _URL + "?id=7", b"", ())])
    assert _SHOWN._no_act_of_its_own("GET", _URL + "/status?id=7", b"", [("POST", _URL, b"amount=5&item=mug", ())])


def test_an_act_named_in_a_kind_field_or_a_header_is_an_acting_field() -> None:
    assert acting_fields(_URL, "amount=5&type=refund") == {("type", "refund")}
    assert acting_fields(_URL, '{"amount": 5, "kind": "cancel"}') == {("kind", "cancel")}
    assert acting_fields(_URL, "amount=5", [("x-action", "delete")]) == {("x-action", "delete")}
    assert acting_fields(_URL, "amount=5", [("x-http-method-override", "DELETE")]) == {
        ("x-http-method-override", "DELETE")}
    assert acting_fields(_URL, "amount=5&_method=put") == {("_method", "put")}
    assert acting_fields(_URL, "amount=5&type=card&kind=gift&mode=fast&paymentMethod=card",
                         [("content-type", "application/x-www-form-urlencoded"), ("x-http-method-override", "POST"),
                          ("x-request-type", "ajax")]) == set()


def test_an_act_in_a_kind_field_or_header_beside_the_amount_shown_is_not_the_acts() -> None:
    for url, body, headers in ((_URL, b"amount=5&item=mug&type=refund", ()), (_URL, b"amount=5&kind=cancel", ()),
                               (_URL, b"amount=5&item=mug&step=2", (("x-action", "delete"),)),
                               (_URL, b"amount=5&step=2", (("x-http-method-override", "DELETE"),))):
        assert not _SHOWN._no_act_of_its_own("POST", url, body, _BUY, headers), (body, headers)
    for body, headers in ((b"amount=5&step=2&type=card", ()), (b"amount=5&step=2&type=purchase", ()),
                          (b"amount=5&kind=gift&step=2", (("x-action", "view"),))):
        assert _SHOWN._no_act_of_its_own("POST", _URL, body, _BUY, headers), (body, headers)
    sent = [("POST", _URL, b"amount=5&item=mug", (("x-action", "buy"),))]
    assert _SHOWN._no_act_of_its_own("POST", _URL, b"amount=5&step=2", sent, (("x-action", "buy"),))
