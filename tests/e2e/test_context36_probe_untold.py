"""A catch-all probe that gets no answer is judged on the safe side (context36).

The probe of a sibling slug took a dropped or refused connection, or a browser that failed to show the probe's page,
for a route that makes no page of a random slug: the catch-all's echo ("Buy now and confirm" at
``/p/buy-now-and-confirm``) was judged a real page's title and the remembered approval stayed. Only an answer (a 404,
a redirect, another page) tells a real page now; no answer counts as the link's words, as a slow one did.

Real HTTP against a server on 127.0.0.1 and a real Chromium."""

from __future__ import annotations

import pytest
from agent_helpers import QuietHandler, serve
from playwright.async_api import async_playwright

from gofer.computer.browser.policy import UrlPolicy
from gofer.tools import browser_others

pytestmark = pytest.mark.slow

CATCH_ALL = "<!doctype html><html><body><nav><a href='/'>Shop</a></nav><h1>{}</h1></body></html>"
ECHOED = [{"kind": "reflected path", "text": "buy now and confirm"}]


class _HangingUp(QuietHandler):
    """A catch-all under /p/ that answers the one slug the test links to and drops the connection of any other."""

    def do_GET(self) -> None:
        slug = self.path.rsplit("/", 1)[-1]
        if slug != "buy-now-and-confirm":
            self.close_connection = True
            return
        self.reply(CATCH_ALL.format(slug.replace("-", " ").capitalize()))


async def test_a_probe_whose_connection_is_dropped_counts_the_slug_as_the_links_words() -> None:
    with serve(_HangingUp) as site:
        url = f"{site}/p/buy-now-and-confirm"
        page = CATCH_ALL.format("Buy now and confirm")
        assert await browser_others.route_echo(url, page, 200, UrlPolicy(None), "hang-up") == ECHOED


async def test_a_probe_the_browser_fails_to_show_counts_the_slug_as_the_links_words() -> None:
    served = "<!doctype html><html><body><h1>{}</h1></body></html>"

    class _Echo(QuietHandler):
        def do_GET(self) -> None:
            self.reply(served.format(self.path.rsplit("/", 1)[-1].replace("-", " ").capitalize()))

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--headless"])
        await browser.close()  # gone before the probe: its page cannot be shown
        with serve(_Echo) as site:
            url = f"{site}/p/buy-now-and-confirm"
            found = await browser_others.route_echo(url, served.format("Buy now and confirm"), 200, UrlPolicy(None),
                                                    "failed-render", browser)
    assert found == ECHOED
