"""Path amounts the rule missed (confirm36): a sum after a segment naming paying written with an exponent
(``/pay/9.99e2``), with its thousands grouped by a space, a comma, a point or an apostrophe (``/pay/1%20000``,
``/pay/1,000``, ``/pay/1.000,00``), and a sum beside a currency's code outside the common list or any currency's sign
(``/x/999RUB``, ``/x/THB999``, ``/x/₹1,000``), are amounts, compared with what the page showed; ``/pay/1.000`` is
compared as both a thousand and one. Ids are not: ``/p/12345``, ``/payments/98765``, ``/item/SKU123``, a code's
letters written small (``/top10``) or a word's in capitals (``/item/PEN123``)."""

from __future__ import annotations

from gofer.computer.browser.snapshot import Snapshot
from gofer.tools.browser_sent import PATH_SUM, Shown, sent_fields


def _why(shown: Shown, path: str) -> list[str]:
    return [why for n, v in sent_fields(f"http://shop.test{path}", "", "") if (why := shown.differs(n, v))]


_FIVE = Shown.of(Snapshot(url="http://shop.test/p/12345", title="Mug", text="Blue mug, $5", elements={}))
_THOUSAND = Shown.of(Snapshot(url="http://shop.test/p/12345", title="Sofa", text="Blue sofa, 1.000,00 €",
                              elements={}))


def test_a_sum_written_with_an_exponent_grouped_or_in_another_currency_is_an_amount() -> None:
    for path, values in (("/pay/9.99e2", ["999"]), ("/pay/1e3", ["1000"]), ("/pay/1%20000", ["1000"]),
                         ("/pay/1,000", ["1000"]), ("/pay/1.000,00", ["1000.00"]), ("/pay/1'000", ["1000"]),
                         ("/checkout/1,000.00", ["1000.00"]), ("/x/1.000,00/go", ["1000.00"]),
                         ("/pay/1.000", ["1000", "1.000"]), ("/x/999RUB", ["999"]), ("/x/THB999", ["999"]),
                         ("/x/₹1,000", ["1000"]), ("/x/₽999", ["999"])):
        assert sent_fields(f"http://shop.test{path}", "", "") == [(PATH_SUM, v) for v in values], path
        assert _why(_FIVE, path), path


def test_the_amount_shown_so_written_and_ids_pass() -> None:
    for path in ("/pay/1e3", "/pay/1%20000", "/pay/1,000", "/pay/1.000,00", "/pay/1.000", "/pay/1'000.00",
                 "/x/1000RUB", "/x/€1.000", "/pay/1000"):
        assert _why(_THOUSAND, path) == [], path
    for path in ("/pay/5e0", "/pay/5,00", "/x/5RUB", "/x/₹5"):
        assert _why(_FIVE, path) == [], path
    for path in ("/p/12345", "/payments/98765", "/item/SKU123", "/item/PEN123", "/top10", "/p/1,000",
                 "/v/1.000", "/lib/3.4.1/app.js", "/img/640/480/mug.webp"):
        assert sent_fields(f"http://shop.test{path}", "", "") == [], path
