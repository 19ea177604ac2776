"""Who offers a listing a page or an API shows: the site itself or someone else (a marketplace's seller, a person
letting a room), by the fields that name them. A listing someone else offers is told in their words, which
:mod:`gofer.tools.browser_others` reads as others' words on the site's host."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from gofer.safety.urls import site_of

__all__ = ["HOST_KEY", "OFFERS_KEY", "RENTAL_KEY", "SELLER_KEY", "key_words", "names_site", "offered_by_others",
           "person", "site_names"]

SELLER_KEY = re.compile(r"^(?:seller|sold_by|(?:third_party|marketplace)_seller|seller_(?:name|username|handle))$")
"""Who sells a listing on a marketplace: its listing (title, description) is that seller's words on the site's host,
unless the seller names the site itself (:func:`names_site`). ``vendor`` and ``merchant`` are left out: a shop's
own product data names its brand so (Shopify's ``vendor``)."""

_OWN_NAME_KEY = re.compile(r"(?:^|_)(?:name|username|login|handle)$")
"""The fields of a seller's object that name it."""
OFFERS_KEY = re.compile(r"^offers?$")
"""Where a schema.org ``Product`` names its seller (``offers.seller``): a seller other than the site there makes the
product that seller's listing."""
HOST_KEY = re.compile(r"^(?:host|owner|landlord|lister|(?:hosted|owned|listed|let)_by)(?:_name)?$")
"""Who offers a listing on a site where people let their own things (a room, a flat, a car, a repository): a person
when their object shows one (:data:`_PROFILE_KEY`) or the listing is a rental (:data:`RENTAL_KEY`). Elsewhere
``owner`` names whoever holds a record (the shop, its staff) and ``host`` a machine."""
_PROFILE_KEY = re.compile(
    r"(?:^|_)(?:avatar|gravatar|picture|photo|profile_(?:image|pic|picture|photo|url))(?:_|$)"
    r"|^(?:is_)?superhost$|^(?:first|last|given|family)_name$|^(?:bio|about_me|login)$|^(?:member|host|user)_since$"
    r"|^joined(?:_\w+)?$|^response_(?:rate|time)$|^(?:is_)?(?:identity_)?verified$"
)
"""Fields of a person's profile: an ``owner`` or ``host`` object with one is a person (a company has a ``name``)."""
RENTAL_KEY = re.compile(
    r"^(?:bedrooms?|beds|bathrooms?|baths|guests|max_guests|guest_count|person_capacity|accommodates|sleeps|"
    r"price_per_night|(?:nightly|weekly|monthly)_(?:price|rate)|per_night|room_type|property_type|amenities|"
    r"house_rules|min(?:imum)?_nights|max(?:imum)?_nights)$"
)
"""Fields of a listing someone lets (a room, a flat): its ``host`` or ``owner`` named as a person lets it."""
_MACHINE = re.compile(r"^[\w-]+(?:\.[\w-]+)+(?::\d+)?$|^[\d.:]+$")
"""A host name or an address, not a person's name."""


def person(value: Any, rental: bool, site: frozenset[str]) -> bool:
    """Whether a :data:`HOST_KEY` field's ``value`` is a person other than the site: an object with a profile's
    fields, or (in a rental listing) any name that is not a machine's."""
    if names_site(value, site):
        return False
    if isinstance(value, dict):
        return rental or any(_PROFILE_KEY.search(key_words(str(k))) for k in value)
    return rental and isinstance(value, str) and 0 < len(value.strip()) <= 100 and not _MACHINE.match(value.strip())


def offered_by_others(value: Any, site: frozenset[str]) -> bool:
    """Whether an ``offers`` value (an offer or a list of them) names a seller other than the site."""
    offers = value if isinstance(value, list) else [value]
    return any(SELLER_KEY.match(key_words(str(k))) and (isinstance(v, dict) or (isinstance(v, str) and v.strip()))
               and not names_site(v, site) for offer in offers[:20] if isinstance(offer, dict)
               for k, v in offer.items())


def site_names(url: str) -> frozenset[str]:
    """The names a site goes by, from ``url``'s host: each label in front of its public suffix (``shop`` of
    ``www.shop.test``, not ``github`` of ``shop.github.io``, nor ``com`` of ``shop.com.au``: see :func:`site_of`)
    and the host without dots (``shoptest``); none for an IP address."""
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".").removeprefix("www.")
    except ValueError:
        return frozenset()
    if not host or re.fullmatch(r"[\d.]+|[0-9a-f:]*:[0-9a-f:]*", host):
        return frozenset()
    labels = host.split(".")
    own = len(labels) - site_of(host).count(".")  # the labels up to the site's own one
    return frozenset({*(label for label in labels[:own] if len(label) >= 3), host.replace(".", "")})


_LEGAL_FORM = re.compile(
    r"(?:[\s,.]+(?:inc|incorporated|ltd|limited|llc|llp|plc|corp|corporation|co|company|gmbh|ag|sa|sas|s\.?a\.?r\.?l|"
    r"bv|nv|pty|oy|ab|srl|spa|kk)\.?)+\s*$"
)


def _bare_name(name: str) -> str:
    """A seller's name as a site's name is written (:func:`site_names`): lowercase, letters and digits only, without
    a leading "the", a leading ``www.`` or a trailing legal form (``The Shop Co.`` and ``Shop, Inc.`` are ``shop``)."""
    name = re.sub(r"^(?:the\s+|www\.)", "", name.strip().lower())
    return re.sub(r"[^a-z0-9]", "", _LEGAL_FORM.sub("", name))


def names_site(value: Any, site: frozenset[str]) -> bool:
    """Whether a seller field's ``value`` (a name or an object with one) names the site itself (``"Shop"``, ``"Shop
    Inc"``, ``{"name": "shop.test"}`` on shop.test): the site selling its own things. Only the site's name itself
    does, give or take a legal form: a name that adds a word ("Shop Smart Deals", "Acme Outlet" on acme.example) is
    anyone's to choose on a marketplace, so it is a third party's."""
    names = [value] if isinstance(value, str) else \
        [v for k, v in value.items() if isinstance(v, str) and _OWN_NAME_KEY.search(key_words(str(k)))] \
        if isinstance(value, dict) else []
    return any(_bare_name(name) in site for name in names)


def key_words(key: str) -> str:
    """A JSON key in one spelling: ``userReviews``, ``user-reviews`` and ``User Reviews`` are ``user_reviews``."""
    return re.sub(r"[\s-]+", "_", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key.strip())).lower()
