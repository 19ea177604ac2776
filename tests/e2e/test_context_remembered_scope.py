"""What a remembered approval covers on a host whose pages belong to different people (session 13): an approval
given on the site's own pages does not cover the same click on a user's page there (``/~eve/…``), and repeated
clicks on the site's own pages still need one approval.

A real run with a real browser against a server on 127.0.0.1; only the model is scripted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from agent_helpers import buy, clicked_pages, run_confirming, serve_folder

from gofer.events import ActionStarted, ConfirmationRequested, Event

PAGE = "<!doctype html><title>{title}</title><h1>{title}</h1><button onclick=\"document.title='bought'\">Buy</button>"


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[str]:
    """A shop on 127.0.0.1 whose own pages are under /shop/ and whose users' pages are under /~NAME/."""
    root = tmp_path / "site"
    for path, title in (("shop/mug.html", "Blue mug"), ("shop/towel.html", "Tea towel"),
                        ("~eve/deal.html", "Eve's deal")):
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(PAGE.format(title=title))
    with serve_folder(root) as url:
        yield url


def _clicks(events: list[Event], kind: type[ConfirmationRequested | ActionStarted]) -> list[str]:
    """The page's folder each browser_click of ``kind`` (ConfirmationRequested or ActionStarted) happened on."""
    return clicked_pages(events, kind, lambda url: url.rsplit("/", 2)[-2])


async def test_a_remembered_click_on_the_sites_pages_does_not_cover_a_users_page_there(
        tmp_path: Path, shop: str) -> None:
    calls = [*buy(f"{shop}/shop/mug.html"), *buy(f"{shop}/shop/towel.html"), *buy(f"{shop}/~eve/deal.html")]
    events = await run_confirming(tmp_path, f"buy a mug and a towel at {shop}/shop/", calls, approvals=[True, False])
    # Asked once on the shop's pages (the towel rode on the mug's approval), and again on Eve's page.
    assert _clicks(events, ConfirmationRequested) == ["shop", "~eve"]
    assert _clicks(events, ActionStarted) == ["shop", "shop"]
