"""A catch-all probe's random words never stand for a word of the page (context36).

``same_route`` reads each random word of a probe as the slug's word in its place. A random draw that happened to
hold one of the slug's words elsewhere ("xux ygo buy rqsdsoe" for "buy now and confirm"), or a word the page shows
("and", "tea"), swapped the wrong words and judged a careless catch-all a real page: the remembered approval stayed
(about one probe in 3,600 for "buy-now-and-confirm"; seen once in CI). Now the probe's slug is drawn again until its
words differ from each other, from the slug's and from the page's."""

from __future__ import annotations

import itertools

import pytest

from gofer.safety._others_words import echoed_segment, fold_words, same_route
from gofer.tools import browser_others
from gofer.tools.browser_others import _body_nodes, _sibling

CATCH_ALL = "<!doctype html><html><body><h1>{0}</h1><p>{1}</p></body></html>"
SHORT_WORDS = " ".join("".join(w) for w in itertools.islice(itertools.product("abcdefgh", repeat=3), 300))
"""Three hundred three-letter words on the page beside the echo: a random three-letter word is one of them about
once in 60 draws."""


def _page(slug: str) -> str:
    return CATCH_ALL.format(slug.replace("-", " ").capitalize(), f"Tags: {SHORT_WORDS} and tea")


def test_every_probe_of_a_catch_all_showing_many_short_words_is_its_route() -> None:
    url = "https://shop.test/p/buy-now-and-confirm"
    page = _body_nodes(_page("buy-now-and-confirm"))
    text = " ".join(t for _, t in page)
    found = echoed_segment(url, text, 200)
    assert found is not None
    slug, words = found
    avoid = frozenset(fold_words(text).split())
    missed = []
    for _ in range(2000):
        sibling = _sibling(url, slug, avoid)
        assert sibling is not None
        address, probe_words = sibling
        drawn = probe_words.split()
        assert len(set(drawn)) == 4 and not set(drawn) & (avoid | {"buy", "now", "and", "confirm"})
        if not same_route(words, page, [(probe_words, _body_nodes(_page(address.rsplit("/", 1)[1])))]):
            missed.append(probe_words)
    assert missed == []


def test_a_draw_sharing_a_word_with_the_slug_is_drawn_again(monkeypatch: pytest.MonkeyPatch) -> None:
    draws = iter(["xux-ygo-buy-rqsdsoe", "qqq-qqq-zyx-wvutsrq", "kep-tea-lom-jadiwop", "kep-rin-lom-jadiwop"])
    monkeypatch.setattr(browser_others, "_mirror", lambda segment: next(draws))
    sibling = _sibling("https://shop.test/p/buy-now-and-confirm", avoid=frozenset({"tea"}))
    assert sibling == ("https://shop.test/p/kep-rin-lom-jadiwop", "kep rin lom jadiwop")


def test_a_slug_with_no_draw_apart_takes_the_last_drawn() -> None:
    sibling = _sibling("https://shop.test/p/a-b", avoid=frozenset("abcdefghijklmnopqrstuvwxyz"))
    assert sibling is not None and len(sibling[1].split()) == 2
