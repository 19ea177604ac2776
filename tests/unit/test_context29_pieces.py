"""The pieces of context29: a catch-all's echo told by its elements with the slug in the probes' place (the elements
two probes disagree on left free), a slug of one or two words probed, a promotion's sponsor that is no seller, and a
vendor named before a link to the vendor's own page."""

from __future__ import annotations

import pytest
from listing_helpers import ORDER, seller_listing

from gofer.safety._others_words import echoed_slug, same_route
from gofer.tools.browser_others import _body_nodes


def _page(title: str, pick: str = "") -> str:
    return f"<html><body><nav><a href='/'>Shop</a></nav><h1>{title}</h1><p>Today's pick: {pick}</p></body></html>"


@pytest.mark.parametrize("seller", [
    "<p>Vendor: <a href='/vendors/acme-outlet'>Acme Outlet</a></p>",
    "<dl><dt>Vendor</dt><dd><a href='https://shop.test/sellers/acme'>Acme Outlet</a></dd></dl>",
    "<p><span>Vendor:</span> <a href='/store/acme-outlet/'>acme outlet</a></p>",
    "<p>Offered by Acme Outlet</p>",
    "<p>Pay with Visa \u2014 offered by Visa.</p><p>Offered by Acme Outlet</p>",
])
def test_a_vendor_linked_to_its_own_page_or_a_seller_beside_a_promotion_makes_the_listing_theirs(seller: str) -> None:
    assert ("listing", ORDER) in seller_listing(seller, "<h1>Kettle</h1>")


@pytest.mark.parametrize("seller", [
    "<p>Pay with Visa \u2014 offered by Visa</p>",
    "<p><b>Pay with Visa</b> \u2014 offered by Visa</p>",
    "<p>0% APR financing offered by Affirm.</p>",
    "<p>Cashback offered by Chase</p>",
    "<p>Vendor: <a href='/collections/vendors?q=Acme'>Acme</a></p>",
    "<p>Vendor: Acme Outlet</p>",
    "<p>Brand: <a href='/vendors/acme'>Acme</a></p>",
])
def test_a_promotions_sponsor_and_the_shops_brand_stay_the_sites(seller: str) -> None:
    assert seller_listing(seller, "<h1>Kettle</h1>") == []


def test_a_short_slug_that_orders_is_probed_one_that_does_not_or_is_only_inside_a_word_is_not() -> None:
    assert echoed_slug("https://shop.test/p/buy", "Buy") == "buy"
    assert echoed_slug("https://shop.test/p/buy-hamper", "Shop Buy hamper") == "buy hamper"
    assert echoed_slug("https://shop.test/p/ok", "Ok") is None  # orders nothing
    assert echoed_slug("https://shop.test/p/buy", "Our buyers love it") is None  # not the word
    assert echoed_slug("https://shop.test/p/buy", "Buy", 404) is None  # a missing page: the 404 rule's


def test_same_route_compares_elements_with_the_slug_in_the_probes_place() -> None:
    words, a, b = "buy now and confirm", "zegomo fodezo gorupe", "kelafu dotiba mirazo"
    page = _body_nodes(_page("Buy now and confirm", "Walnut lamp"))
    first = (a, _body_nodes(_page("Zegomo fodezo gorupe", "Linen towel and jug")))
    second = (b, _body_nodes(_page("Kelafu dotiba mirazo", "Oak stool")))
    assert not same_route(words, page, [first])  # the pick differs: one probe cannot say why
    assert same_route(words, page, [first, second])  # the probes disagree on the pick: the route adds it
    assert same_route(words, page, [first, (b, _body_nodes(_page("Kelafu dotiba mirazo", "Walnut lamp")))])
    real = _body_nodes("<html><body><nav><a href='/'>Shop</a></nav><h1>Buy now and confirm</h1><p>Two mugs for "
                       "the price of one.</p></body></html>")
    assert not same_route(words, real, [first, second])  # other elements than the route's
    assert not same_route(words, page, [first, (b, _body_nodes(_page("Page not found", "Oak stool")))])
    # a button saying the slug's word is no echo of it: "Buy" at /p/buy is compared with the probe's button
    button = "<html><body><h1>{}</h1><button>Buy</button></body></html>"
    probe = [(a, _body_nodes(button.format("Zegomo fodezo gorupe")))]
    assert same_route("buy", _body_nodes(button.format("Buy")), probe)
    assert not same_route("buy", _body_nodes("<html><body><h1>Buy</h1><p>Our guide</p></body></html>"), probe)
