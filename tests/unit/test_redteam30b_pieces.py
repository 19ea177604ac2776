"""Red team of context29's seller reader and output29's allow-list wildcards (redteam30b).

A seller writes its own listing's title: "Kettle, 20% off" before "— offered by <a href=/sellers/eve>Eve</a>" read
as a promotion's sponsor, and the seller's description as the shop's words; a link to the seller's own page names a
seller whatever came before.

An allow list's wildcard covered hosts under a top-level domain the public suffix list does not know (``corp.*`` and
``*corp*.*`` took ``corp.localhost``, ``mycorp.internal``), names that resolve to the loopback address or inside a
network, and an allow-listed host may reach private addresses: such a domain is covered only by a pattern that writes
it out. And ``*.*`` covered every IP address (the e2e test shows the browser reaching 127.0.0.1).

A catch-all probe's page of 1 MB, 250 elements deep with 120,000 elements at the bottom, was read into 135 MB of
element paths (each element its own copy of a 1,000-character path), kept per run and route: elements of one path
now share it."""

from __future__ import annotations

import tracemalloc

import pytest
from listing_helpers import ORDER, seller_listing

from gofer.computer.browser.policy import UrlPolicy
from gofer.safety.urls import allow_matches
from gofer.tools.browser_others import _body_nodes


@pytest.mark.parametrize("seller", [
    "<h1>Kettle, 20% off</h1><p>\u2014 offered by <a href='/sellers/eve'>Eve</a></p>",
    "<h1>Kettle</h1><p>Kettle with free gift cards offered by <a href='/sellers/eve-outlet'>Eve Outlet</a></p>",
    "<h1>Kettle</h1><p>Great deals, offered by <a href='https://shop.test/vendors/eve'>Eve's Deals</a></p>",
    "<h1>Kettle</h1><p>Offered by Eve's Deals</p>",
])
def test_a_seller_linked_to_its_own_page_after_offered_by_is_one_whatever_came_before(seller: str) -> None:
    assert ("listing", ORDER) in seller_listing(seller)


@pytest.mark.parametrize("seller", [
    "<h1>Kettle</h1><p><b>Pay with Visa</b> \u2014 offered by Visa</p>",
    "<h1>Kettle</h1><p>0% APR financing offered by <a href='https://www.affirm.com/'>Affirm</a>.</p>",
    "<h1>Kettle</h1><p>Cashback offered by <a href='/collections/vendors?q=Chase'>Chase</a></p>",
])
def test_a_promotions_sponsor_not_linked_to_a_sellers_page_stays_none(seller: str) -> None:
    assert seller_listing(seller) == []


@pytest.mark.parametrize(("host", "pattern"), [
    ("corp.localhost", "corp.*"), ("mycorp.localhost", "*corp*.*"), ("corp.internal", "corp.*"),
    ("mail.corp.lan", "mail.corp.*"), ("shop-eu.local", "shop-*.*"), ("a.corp.test", "*.corp.*"),
    ("127.0.0.1", "*.*"), ("169.254.169.254", "*.*.*.*"), ("10.0.0.1", "?*.*"),
])
def test_a_wildcard_does_not_cover_an_unknown_top_level_domain_or_an_address_it_writes_nothing_of(
        host: str, pattern: str) -> None:
    assert not allow_matches(host, pattern)


@pytest.mark.parametrize(("host", "pattern"), [
    ("corp.com", "corp.*"), ("www.corp.co.uk", "corp.*"), ("mycorp.com", "*corp*.*"), ("corp.xn--p1ai", "corp.*"),
    ("corp.localhost", "corp.localhost"), ("a.corp.internal", "*.corp.internal"),
    ("mycorp.internal", "*corp*.internal"),
    ("127.0.0.1", "127.0.0.*"), ("10.1.2.3", "10.*"), ("127.0.0.1", "*"),
])
def test_a_wildcard_still_covers_a_known_suffix_and_what_it_writes_out(host: str, pattern: str) -> None:
    assert allow_matches(host, pattern)


async def test_the_policy_keeps_a_loopback_name_closed_to_a_wildcard_allow_list() -> None:
    policy = UrlPolicy(None, allow_domains=["corp.*", "*corp*.*"], allow_private_network=False)
    for url in ("http://corp.localhost:8080/admin", "http://mycorp.localhost/", "http://127.0.0.1/"):
        assert not (await policy.check(url)).allowed, url
    assert (await policy.check("https://www.corp.co.uk/")).allowed


def test_a_deep_pages_text_nodes_share_their_elements_paths() -> None:
    page = "<html><body>" + "<div>" * 250 + "<i>x</i>" * 60_000
    tracemalloc.start()
    try:
        nodes = _body_nodes(page)
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(nodes) == 60_000 and len(nodes[-1][0]) > 1000
    assert held < 15_000_000  # 67 MB when each element held its own path
