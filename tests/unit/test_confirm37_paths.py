"""Path amounts the rule missed (confirm37): a sum grouped with underscores (``/pay/1_000``), with a sign before it
(``/refund/-999``), before a currency's code as the next segment (``/x/999/usd``) or glued after it in small letters
(``/x/999rub``) is an amount, compared with what the page showed. Ids are not: ``/p/12345``, ``/item/SKU123``,
``/payments/98765``, a code's letters before digits in small letters (``/item/pen123``, ``/item/thb123``)."""

from __future__ import annotations

from gofer.computer.browser.snapshot import Snapshot
from gofer.tools.browser_sent import PATH_SUM, Shown, sent_fields


def _why(shown: Shown, path: str) -> list[str]:
    return [why for n, v in sent_fields(f"http://shop.test{path}", "", "") if (why := shown.differs(n, v))]


_FIVE = Shown.of(Snapshot(url="http://shop.test/p/12345", title="Mug", text="Blue mug, $5", elements={}))
_THOUSAND = Shown.of(Snapshot(url="http://shop.test/p/12345", title="Sofa", text="Blue sofa, $1,000", elements={}))


def test_a_sum_grouped_by_underscores_signed_or_beside_a_small_or_separate_code_is_an_amount() -> None:
    for path, values in (("/pay/1_000", ["1000"]), ("/pay/1_000_000", ["1000000"]), ("/refund/-999", ["999"]),
                         ("/x/-999.00", ["999.00"]), ("/x/999/usd", ["999"]), ("/x/999/RUB", ["999"]),
                         ("/x/1,000/eur", ["1000"]), ("/x/999rub", ["999"]), ("/x/999thb", ["999"]),
                         ("/pay/999/usd", ["999"]), ("/x/999_usd", ["999"])):
        assert sent_fields(f"http://shop.test{path}", "", "") == [(PATH_SUM, v) for v in values], path
        assert _why(_FIVE, path), path


def test_the_amount_shown_so_written_and_ids_pass() -> None:
    for path in ("/pay/1_000", "/x/1000/usd", "/x/1000rub", "/refund/-1000"):
        assert _why(_THOUSAND, path) == [], path
    for path in ("/refund/-5", "/x/5/usd", "/x/5rub"):
        assert _why(_FIVE, path) == [], path
    for path in ("/p/12345", "/payments/98765", "/item/SKU123", "/item/PEN123", "/item/pen123", "/item/thb123",
                 "/top10", "/p/1_000", "/x/999/php", "/x/999/mug", "/lib/3.4.1/app.js", "/img/640/480/mug.webp",
                 "/v/-1/x", "/x/USD/999x"):
        assert sent_fields(f"http://shop.test{path}", "", "") == [], path
