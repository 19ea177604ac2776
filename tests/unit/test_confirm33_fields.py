"""What an approved action's request sends, read further (session 21, confirm33): a bare number in the path after a
segment naming paying or sending (``/pay/999``), or shaped like a sum of money (``/checkout/999.00``), is an amount;
so is what a script-set header's value encodes (JSON, a query, base64), whatever the header's name. Ids in a path
(``/order/12345/pay``, ``/payments/98765``), versions, and a header's bare number or id are not; an id the page's
address, a form or a link showed passes after a pay segment."""

from __future__ import annotations

import base64
import json

from gofer.computer.browser.render import Element, FormInfo
from gofer.computer.browser.snapshot import Snapshot
from gofer.tools.browser_sent import PATH_SUM, Shown, sent_fields


def _why(shown: Shown, url: str, headers: list[tuple[str, str]] | None = None) -> list[str]:
    return [why for n, v in sent_fields(url, "", "", headers or []) if (why := shown.differs(n, v))]


def test_a_bare_number_after_a_pay_segment_or_shaped_like_a_sum_is_an_amount() -> None:
    assert sent_fields("http://shop.test/pay/999", "", "") == [(PATH_SUM, "999")]
    assert sent_fields("http://shop.test/api/checkout/999.00", "", "") == [(PATH_SUM, "999.00")]
    assert sent_fields("http://shop.test/x/999.00/go", "", "") == [(PATH_SUM, "999.00")]
    assert sent_fields("http://shop.test/order/amount/999", "", "") == [("amount", "999")]  # named once, not twice


def test_ids_and_versions_in_a_path_are_not_amounts() -> None:
    for url in ("http://shop.test/order/12345/pay", "http://shop.test/payments/98765/confirm",
                "http://shop.test/account/88123/orders", "http://cdn.test/lib/3.4.1/app.js",
                "http://cdn.test/img/640/480/mug.webp", "http://shop.test/pay/now"):
        assert sent_fields(url, "", "") == [], url


def test_a_path_amount_is_compared_with_what_the_page_showed() -> None:
    snap = Snapshot(url="http://shop.test/checkout/77001", title="Mug", text="Blue mug, $5", elements={
        1: Element(ref=1, role="link", name="Pay order", raw={"tag": "a", "href": "http://shop.test/pay/12345"})},
                    forms=[FormInfo(action="http://shop.test/send/555/confirm", method="post", name="", fields=[])])
    shown = Shown.of(snap)
    for url in ("http://shop.test/pay/5", "http://shop.test/checkout/5.00", "http://shop.test/pay/500",
                "http://shop.test/order/12345/pay", "http://shop.test/pay/12345", "http://shop.test/checkout/77001",
                "http://shop.test/send/555"):
        assert _why(shown, url) == [], url  # the price, in cents; ids the page's address, a link and a form showed
    assert _why(shown, "http://shop.test/pay/999") == [f"{PATH_SUM} was not on the page, sent as '999'"]
    assert _why(shown, "http://shop.test/api/checkout/999.00") == [
        f"{PATH_SUM} was not on the page, sent as '999.00'"]


def test_what_a_headers_value_encodes_is_compared_whatever_its_name() -> None:
    shown = Shown.of(Snapshot(url="http://shop.test/mug", title="Mug", text="Blue mug, $5", elements={}))
    order = json.dumps({"order": {"amount": 999}})
    for header in (("X-Order", order), ("X-Data", base64.b64encode(b"amount=999").decode()),
                   ("X-Ctx", "amount%3D999%26to%3Deve%40evil.test")):
        assert _why(shown, "http://shop.test/api/cart", [header]) != [], header
    benign = [("X-Order", json.dumps({"order": {"amount": 5, "sku": "mug-2"}})), ("X-Request-Id", "88123"),
              ("X-Client-Version", "10.25"), ("Accept-Language", "en-US,en;q=0.9"), ("X-N", "999"),
              ("Content-Type", "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW")]
    assert _why(shown, "http://shop.test/api/cart", benign) == []
