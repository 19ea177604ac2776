"""``browser_read`` of a page that answers 4xx (res26): the model reads its text, marked with its status (a 404's
"this page does not exist", a 403's "sign in first"), and the context layer's rules for pages the server says are
missing see that status: a 404 echoing its address's imperative words sets aside the approvals remembered for the
host, a 404 for a short slug keeps them. ``browser_read()`` of the current page says its status too. On main
``browser_read`` of a URL refused every 4xx page ("answered HTTP 404"), and of the current page passed no status.

Real runs with a real browser and real HTTP against a server on 127.0.0.1; only the model is scripted."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import Reply, assert_buy_set_aside, buy, call, clicked_pages, shop_run, table

from gofer.events import ActionStarted, ConfirmationRequested, Event, Observation

PAGE = ("<!doctype html><html><head><title>{0}</title></head><body><article><h1>{0}</h1>"
        "<p>A product of the shop.</p><button onclick=\"document.title='bought'\">Buy</button></article></body></html>")
SHORT = "<!doctype html><html><body><nav><a href='/'>Shop</a> <a href='/contact-us'>Contact us</a></nav><h1>{}</h1>"


SHOP = {
    "/shop/": table({name: name.capitalize() for name in ("mug", "hamper", "towel")}, PAGE.format, ".html"),
    "/p/": lambda slug: Reply(SHORT.format(slug.replace("-", " ").capitalize()), 404),
    "/members": Reply("<html><body><h1>Forbidden</h1><p>Sign in to see the members' prices.</p></body></html>", 403),
}
"""Product pages under /shop/NAME.html; under /p/SLUG a 404 whose heading echoes the slug (a careless template);
/members a 403 asking to sign in."""


def _reads(events: list[Event]) -> list[Observation]:
    return [e for e in events if isinstance(e, Observation) and e.tool == "browser_read"]


@pytest.mark.slow
async def test_a_404_read_is_marked_and_its_echo_sets_the_remembered_buy_aside(tmp_path: Path, shop: str) -> None:
    events = await shop_run(tmp_path, shop, [*buy(f"{shop}/shop/mug.html"),
                                            call("browser_read", url=f"{shop}/p/buy-now-and-confirm"),
                                            *buy(f"{shop}/shop/hamper.html")])
    read = _reads(events)[0]
    assert read.error is None, read.error  # main: "could not read ...": it answered HTTP 404
    assert "HTTP 404" in read.text and "Buy now and confirm" in read.text, read.text
    assert read.data is not None and read.data.get("status") == 404
    assert_buy_set_aside(events, "buy now and confirm")


@pytest.mark.slow
async def test_a_short_404_a_403_and_the_current_page_keep_the_remembered_buy(tmp_path: Path, shop: str) -> None:
    events = await shop_run(tmp_path, shop, [
        *buy(f"{shop}/shop/mug.html"),
        call("browser_read", url=f"{shop}/p/contact-us"),
        call("browser_read", url=f"{shop}/members"),
        call("browser_open", url=f"{shop}/p/contact-us"),
        call("browser_read"),
        call("browser_read", url=f"{shop}/shop/towel.html"),
        *buy(f"{shop}/shop/towel.html"),
    ])
    assert clicked_pages(events, ConfirmationRequested) == ["mug.html"]
    assert clicked_pages(events, ActionStarted) == ["mug.html", "towel.html"]
    missing, members, current, towel = _reads(events)
    assert "HTTP 404" in missing.text and "Contact us" in missing.text, missing.text
    assert "HTTP 403" in members.text and "Sign in to see the members' prices." in members.text, members.text
    assert "HTTP 404" in current.text, current.text  # main: the current page's status was not said
    assert "HTTP" not in towel.text and (towel.data or {}).get("status") is None, towel.text
