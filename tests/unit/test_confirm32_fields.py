"""What an approved action's request sends, read further (session 20): an amount in a path segment after one
naming a sum or in a matrix parameter, a JSON body behind a byte-order mark, and hex-encoded text are fields as a
server reads them; a path's ids and a hash in hex are not."""

from __future__ import annotations

from gofer.computer.browser.snapshot import Snapshot
from gofer.tools.browser_sent import Shown, sent_fields

FORM = "application/x-www-form-urlencoded"


def test_an_amount_in_the_path_is_a_field() -> None:
    assert sent_fields("http://shop.test/order/amount/999", "", "") == [("amount", "999")]
    assert sent_fields("http://shop.test/pay;amount=999/confirm", "", "") == [("amount", "999")]
    assert sent_fields("http://shop.test/cart/qty/3?x=1", "", "") == [("x", "1"), ("qty", "3")]
    # a collection and an id, an account's id, a product's name: not amounts
    assert sent_fields("http://shop.test/prices/2024", "", "") == []
    assert sent_fields("http://shop.test/account/88123/orders", "", "") == []
    assert sent_fields("http://shop.test/amount/blue-mug", "", "") == []


def test_a_json_body_behind_a_byte_order_mark_is_read() -> None:
    assert ("amount", "999") in sent_fields("", '\ufeff{"order": {"amount": 999}}', "text/plain")
    assert ("amount", "999") in sent_fields("", 'd=%EF%BB%BF%7B%22amount%22%3A999%7D', FORM)


def test_hex_encoded_text_is_read_and_a_hex_hash_is_not() -> None:
    assert ("amount", "999") in sent_fields("", "d=" + b"amount=999".hex(), FORM)
    assert ("amount", "999") in sent_fields("", "d=" + '\ufeff{"amount": 999}'.encode().hex(), FORM)
    assert sent_fields("http://cdn.test/i.webp?h=7f3a9c0e2b8d4f61a5e3c9b7d2f1a0e8", "", "") == [
        ("h", "7f3a9c0e2b8d4f61a5e3c9b7d2f1a0e8")]


def test_a_path_amount_is_compared_with_the_one_shown() -> None:
    shown = Shown.of(Snapshot(url="http://shop.test/mug", title="Mug", text="Blue mug, $5", elements={}))
    assert [why for n, v in sent_fields("http://shop.test/order/amount/5", "", "") if (why := shown.differs(n, v))] \
        == []
    assert [why for n, v in sent_fields("http://shop.test/order/amount/999", "", "")
            if (why := shown.differs(n, v))] == ["amount was not on the page, sent as '999'"]
