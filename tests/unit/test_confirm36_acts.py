"""What makes a request to where an approved act went an act of its own once the act settled (confirm36): a command
field naming an act (``op=delete``), a flag set whose name does (``cancel=1``, ``{"deleteAccount": true}``), or a
method the act's requests there did not use (a DELETE after the Buy's POST) that is not a read; data beside the
amount shown (a step, an item) is not, nor a command the approved requests or the page's form sent themselves."""

from __future__ import annotations

from gofer.computer.browser._request_acts import acting_fields
from gofer.computer.browser.snapshot import Snapshot
from gofer.tools.browser_sent import Shown

_URL = "http://shop.test/order"
_BUY = [("POST", _URL, b"amount=5&item=mug&op=purchase", ())]
_SHOWN = Shown.of(Snapshot(url="http://shop.test/mug", title="Mug", text="Blue mug, $5", elements={},
                           hidden_fields=[("/order", "action", "checkout")]))


def test_a_command_or_a_flag_that_acts_is_an_acting_field_and_data_is_not() -> None:
    assert acting_fields(_URL + "?op=delete", "amount=5") == {("op", "delete")}
    assert acting_fields(_URL, "amount=5&cancel=1") == {("cancel", "1")}
    assert acting_fields(_URL, '{"amount": 5, "deleteAccount": true, "action": "placeOrder"}') == {
        ("deleteAccount", "true"), ("action", "placeOrder")}
    assert acting_fields(_URL, "amount=1&qty=1&item=mug&step=2&order=desc&cancel=0") == set()


def test_an_act_of_its_own_beside_what_the_buy_sent_is_not_the_buys() -> None:
    for method, url, body in (("POST", _URL, b"amount=5&op=delete"), ("POST", _URL + "?cancel=1", b"amount=5"),
                              ("POST", _URL, b"amount=5&item=mug&op=refund"), ("DELETE", _URL, b"amount=5"),
                              ("PUT", _URL, b"amount=5&item=mug")):
        assert not _SHOWN._no_act_of_its_own(method, url, body, _BUY), (method, url, body)


def test_what_the_buy_or_its_form_sent_again_with_data_is_the_buys() -> None:
    for method, url, body in (("POST", _URL, b"amount=5&item=mug&step=2"), ("GET", _URL + "?amount=5", b""),
                              ("POST", _URL, b"amount=5&op=purchase"), ("POST", _URL, b"amount=5&action=checkout")):
        assert _SHOWN._no_act_of_its_own(method, url, body, _BUY), (method, url, body)
    assert _SHOWN._no_act_of_its_own("POST", _URL, b"amount=5&action=checkout", [])  # the form's action, unused
    assert not _SHOWN._no_act_of_its_own("POST", _URL, b"amount=5&action=cancel", [])


def test_an_act_encoded_in_a_value_or_a_forms_method_is_an_act_of_its_own() -> None:
    for body in (b"amount=5&d=eyJvcCI6ICJkZWxldGUifQ", b"amount=5&_method=delete"):  # base64 of {"op": "delete"}
        assert not _SHOWN._no_act_of_its_own("POST", _URL, body, _BUY), body
