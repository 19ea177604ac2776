"""What session 19 left of the seller reader and of the catch-all probe (context32), piece by piece.

A promotion's words in the block before an unlinked "offered by X" ("<h1>Kettle, 20% off</h1><p>— offered by Eve
Outlet</p>") made Eve a promotion's sponsor and the seller's description the shop's words: the words before an
"offered by" tie it to a promotion only within its own block ("<p><b>Pay with Visa</b> — offered by Visa</p>").

A catch-all echoing a segment other than the last (``/p/<slug>/reviews``) was never probed, and a catch-all whose
elements follow the slug's shape (a word to an element) never matched a probe of three made-up words."""

from __future__ import annotations

import pytest
from listing_helpers import ORDER, seller_listing

from gofer.safety._others_words import echoed_segment, echoed_slug, same_route
from gofer.tools.browser_others import _body_nodes, _route, _sibling


@pytest.mark.parametrize("seller", [
    "<h1>Kettle, 20% off</h1><p>\u2014 offered by Eve Outlet</p>",
    "<h2>Cashback on every kettle</h2><p>offered by eve-outlet</p>",
    "<div><p>Kettle deals this week</p><span>\u2014 offered by Eve's Deals</span></div>",
    "<ul><li>Save 20% today</li><li>\u2014 Offered by Eve Outlet</li></ul>",
])
def test_a_promotions_words_in_the_block_before_offered_by_name_no_sponsor(seller: str) -> None:
    assert ("listing", ORDER) in seller_listing(seller)


@pytest.mark.parametrize("seller", [
    "<p><b>Pay with Visa</b> \u2014 offered by Visa</p>",
    "<p><span>0% APR financing</span> offered by Affirm</p>",
    "<li><a href='#'>Cashback</a> offered by Chase</li>",
    "<p>Pay with Visa \u2014 offered by Visa</p>",
    "<h1>Kettle</h1><p>Cashback offered by Chase</p>",
])
def test_a_promotion_within_its_own_block_still_names_its_sponsor(seller: str) -> None:
    assert seller_listing(seller) == []


def test_a_segment_before_the_last_is_a_slug_a_probe_replaces() -> None:
    url = "https://shop.test/p/buy-now-and-confirm/reviews"
    found = echoed_segment(url, "Reviews of Buy now and confirm")
    assert found == (("/p/", "buy-now-and-confirm", "/reviews"), "buy now and confirm")
    assert echoed_slug(url, "Reviews of Buy now and confirm") == "buy now and confirm"
    assert _route(url, found[0]) == "https://shop.test/p/*/reviews"
    sibling = _sibling(url, found[0])
    assert sibling is not None and sibling[0].startswith("https://shop.test/p/") and sibling[0].endswith("/reviews")
    assert echoed_segment("https://shop.test/p/blue-enamel-mug/reviews", "Reviews of Blue enamel mug") is None
    assert echoed_segment(url, "Reviews of Buy now and confirm", 404) is None


def test_a_probes_slug_has_the_slugs_shape() -> None:
    address, words = _sibling("https://shop.test/p/Buy-now-AND-confirm-2/") or ("", "")
    slug = address.removeprefix("https://shop.test/p/").removesuffix("/")
    assert [len(w) for w in slug.split("-")] == [3, 3, 3, 7, 1]
    assert slug[0].isupper() and slug[4:7].islower() and slug[8:11].isupper() and slug[-1].isdigit()
    assert words == slug.replace("-", " ").lower() and words.split()[:4] != ["buy", "now", "and", "confirm"]


def test_a_route_making_an_element_of_each_word_is_told_by_a_probe_of_the_same_shape() -> None:
    def page(slug: str) -> str:
        spans = "".join(f"<span>{w}</span> " for w in slug.split("-"))
        return f"<html><body><nav><a href='/'>Shop</a></nav><h1>{spans}</h1><p>Deals</p></body></html>"

    address, words = _sibling("https://shop.test/p/buy-now-and-confirm") or ("", "")
    probe = (words, _body_nodes(page(address.rsplit("/", 1)[1])))
    assert same_route("buy now and confirm", _body_nodes(page("buy-now-and-confirm")), [probe])
    three = ("kelafu dotiba mirazo", _body_nodes(page("kelafu-dotiba-mirazo")))  # the old probe's shape
    assert not same_route("buy now and confirm", _body_nodes(page("buy-now-and-confirm")), [three])
