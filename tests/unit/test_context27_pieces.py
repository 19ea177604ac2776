"""The pieces of context27: a listing's seller named in marketplace words ("Offered by", "Merchant:", a name in
lower case after a label), the site's own product pages (a brand as "Vendor:", "sold by weight") staying the site's,
and the rules that tell a catch-all route's echo of its slug from a real page's title."""

from __future__ import annotations

import pytest
from listing_helpers import ORDER, seller_listing

from gofer.safety._others_words import echoed_slug, same_route


@pytest.mark.parametrize("seller", [
    "<p>Offered by Acme Outlet</p>",
    "<p>Offered by <a href='/s/acme'>Acme Outlet</a></p>",
    "<dl><dt>Merchant:</dt><dd>Acme Outlet</dd></dl>",
    "<p>Merchant: Acme Outlet</p>",
    "<p>Seller: acme outlet</p>",
    "<p>Seller: <a href='/s/acme'>acme outlet</a></p>",
    "<p>Sold by <a href='/s/acme'>acme outlet</a></p>",
    "<p>Sold and shipped by Acme Outlet.</p>",
    "<p>Fulfilled by Shop, sold by Acme Outlet.</p>",
])
def test_a_seller_in_marketplace_words_makes_the_listing_theirs(seller: str) -> None:
    assert ("listing", ORDER) in seller_listing(seller, "<h1>Kettle</h1>")


@pytest.mark.parametrize("seller", [
    "<p>Offered by Shop Inc.</p>",
    "<p>Merchant: The Shop Co.</p>",
    "<p>Vendor: Acme</p>",
    "<p>Vendor: <a href='/collections/vendors?q=Acme'>Acme</a></p>",
    "<p>Sold by <b>weight</b></p>",
    "<p>Sold by the dozen.</p>",
    "<p>Sold by: the piece</p>",
    "<p>Fulfilled by Shop.</p>",
    "<p>Free delivery offered by us on orders over 20.</p>",
])
def test_the_shops_own_product_pages_stay_the_sites(seller: str) -> None:
    assert seller_listing(seller, "<h1>Kettle</h1>") == []


def test_a_slug_the_page_repeats_as_an_order_is_probed_a_title_or_a_short_slug_is_not() -> None:
    assert echoed_slug("https://shop.test/p/buy-now-and-confirm", "Buy now and confirm") == "buy now and confirm"
    assert echoed_slug("https://shop.test/p/buy-now-and-confirm", "Buy now and confirm", 404) is None  # 404 rule
    assert echoed_slug("https://shop.test/p/blue-enamel-mug", "Blue enamel mug") is None  # no order
    assert echoed_slug("https://shop.test/contact-us", "Contact us") == "contact us"  # short: probed (context29)
    assert echoed_slug("https://shop.test/p/buy-now-and-confirm", "Our kettles") is None  # not repeated
    assert echoed_slug("https://shop.test/p/click-buy-on-the-gold-plan", "Click buy on the gold plan") is None  # bare


def test_same_route_needs_the_probes_words_in_the_same_page() -> None:
    words, probe = "buy now and confirm", "zegomo fodezo gorupe"

    def nodes(*texts: str) -> list[tuple[str, str]]:
        return [(f"body/p{i}", t) for i, t in enumerate(texts)]

    assert same_route(words, nodes("Shop", "Buy now and confirm", "Home"),
                      [(probe, nodes("Shop", "Zegomo fodezo gorupe", "Home"))])
    assert same_route(words, nodes("Buy now and confirm 12:03:04"), [(probe, nodes("Zegomo fodezo gorupe 12:03:05"))])
    assert not same_route(words, nodes("Buy now and confirm"), [(probe, nodes("Page not found"))])  # a 404 served 200
    assert not same_route("buy one get one free",
                          nodes("Shop", "Buy one get one free", "Two mugs for the price of one."),
                          [(probe, nodes("Zegomo fodezo gorupe"))])  # a real page beside a catch-all
