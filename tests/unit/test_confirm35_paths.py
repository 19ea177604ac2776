"""Path amounts the rule missed (confirm35): a bare number after a singular ``payment`` or ``donation``
(``/payment/999``), and a segment shaped like a sum with a decimal comma (``/pay/999,00``) or a currency's code or
sign before or after it (``/pay/999USD``, ``/pay/USD999``), wherever it is, are amounts, compared with what the page
showed. Ids are not: a plural's (``/payments/98765``), a product's after a neutral segment (``/p/12345``), a code of
letters and digits (``/item/SKU123``)."""

from __future__ import annotations

from gofer.computer.browser.render import Element
from gofer.computer.browser.snapshot import Snapshot
from gofer.tools.browser_sent import PATH_SUM, Shown, sent_fields

_SHOWN = Shown.of(Snapshot(url="http://shop.test/p/12345", title="Mug", text="Blue mug, $5", elements={
    1: Element(ref=1, role="link", name="Pay", raw={"tag": "a", "href": "http://shop.test/payment/77001"})}))


def _why(url: str) -> list[str]:
    return [why for n, v in sent_fields(url, "", "") if (why := _SHOWN.differs(n, v))]


def test_a_sum_with_cents_a_currency_or_after_a_singular_payment_is_an_amount() -> None:
    for path, value in (("/payment/999", "999"), ("/donation/999", "999"), ("/pay/999USD", "999"),
                        ("/pay/USD999", "999"), ("/pay/999,00", "999.00"), ("/x/eur-999/go", "999"),
                        ("/api/order/€999", "999")):
        assert sent_fields(f"http://shop.test{path}", "", "") == [(PATH_SUM, value)], path
        assert _why(f"http://shop.test{path}") == [f"{PATH_SUM} was not on the page, sent as {value!r}"], path


def test_the_amount_shown_so_written_and_ids_pass() -> None:
    for path in ("/pay/5,00", "/pay/USD5", "/pay/5EUR", "/payment/500", "/payment/77001", "/p/12345", "/p/999",
                 "/payments/98765", "/item/SKU123/add", "/usd/999", "/lib/3.4.1/app.js", "/img/640/480/mug.webp"):
        assert _why(f"http://shop.test{path}") == [], path
