"""Red team of the rendered catch-all probe and of the allow list's wildcards (redteam30b): what a hostile catch-all
page can make the probe's fresh browser context do, and where a wildcard the allow list holds lets the browser go.

The probe renders a sibling slug's page in a fresh context whose requests pass the run's URL policy; Chromium follows
a redirect without asking Playwright's route again, so a page that goes on to an allowed address redirecting to a
host the policy denies (an internal one) took the probe there: the probe now follows no redirect.

An allow list's ``*.*`` covers no site, yet it covered every IP address, and an allow-listed host may reach private
addresses: the loopback address was open. A wildcard covers an address only where it writes some of it out
(``127.0.0.*``).

Real runs with a real browser and real HTTP against servers on 127.0.0.1; only the model is scripted."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
from agent_helpers import QuietHandler, Routes, call, drive, serve
from harness import call as tool_call

from gofer.tools import browser_others
from gofer.tools.base import ToolContext

TASK = "look around the shop"
SWELLING = ("<!doctype html><html><body><h1>Kettle</h1><p id='t'></p><script>"
            "document.getElementById('t').textContent = 'word '.repeat(600000);</script></body></html>")
"""A page whose script writes 3 MB of text into itself."""


def _hidden_site(hits: list[str]) -> type[QuietHandler]:
    """A server the run's policy denies (reached as ``localhost``): it records each path it is asked for."""
    class Hidden(QuietHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.reply("<!doctype html><p>internal")

    return Hidden


def _shop(hidden: str) -> type[QuietHandler]:
    """A catch-all under /p/ echoing its slug, whose script goes on to /bounce for any slug but the one the link
    says (a probe's), which redirects to ``hidden``."""
    class Shop(QuietHandler):
        def do_GET(self) -> None:
            if self.path.startswith("/bounce"):
                self.send_response(302)
                self.send_header("Location", f"{hidden}/admin/delete-everything")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif self.path.startswith("/p/"):
                slug = html.escape(self.path.split("?")[0].rsplit("/", 1)[-1].replace("-", " ").capitalize())
                self.reply(f"<!doctype html><html><head><title>{slug}</title></head><body><nav><a href='/'>Shop</a>"
                           f"</nav><h1>{slug}</h1><p>Two mugs for the price of one, this week only.</p>"
                           "<script>if (!location.pathname.endsWith('/buy-now-and-confirm')) "
                           "location.href = '/bounce';</script></body></html>")
            else:
                self.send_error(404)

    return Shop


@pytest.mark.slow
async def test_a_redirect_in_the_probes_context_to_a_denied_host_is_not_followed(tmp_path: Path) -> None:
    hits: list[str] = []
    with serve(lambda *a: _hidden_site(hits)(*a)) as hidden_base:
        hidden = hidden_base.replace("127.0.0.1", "localhost")
        with serve(lambda *a: _shop(hidden)(*a)) as shop:
            settings: dict[str, Any] = {"deny_domains": ["localhost"]}
            status, events = await drive(tmp_path, TASK, [call("browser_open", url=f"{shop}/p/buy-now-and-confirm")],
                                         tmp_path / "ws", **settings)
    assert events, status
    assert hits == []  # neither the run's browser nor the probe's context reached the denied host


@pytest.mark.slow
@pytest.mark.asyncio(loop_scope="module")
async def test_a_probes_rendered_page_is_read_up_to_the_probes_size(ctx: ToolContext) -> None:
    with serve(Routes({"/p/": lambda slug: SWELLING}).handler) as shop:
        await tool_call(ctx, "browser_open", url=f"{shop}/p/kettle")
        assert ctx.computer is not None
        session = ctx.computer.peek("browser")
        browser = session.tab.page.context.browser  # type: ignore[union-attr]
        assert browser is not None
        probe = await browser_others._probe_once(f"{shop}/p/kettle", session.policy,  # type: ignore[union-attr]
                                                 browser)
    assert probe is not None
    assert "word word" in probe[1][-1][1]  # rendered: the script's text is there
    assert sum(len(text) for _, text in probe[1]) <= browser_others._PROBE_BYTES



@pytest.mark.slow
async def test_a_wildcard_allow_list_writing_no_address_does_not_open_the_loopback_address(tmp_path: Path) -> None:
    hits: list[str] = []
    with serve(lambda *a: _hidden_site(hits)(*a)) as hidden:
        settings: dict[str, Any] = {"allow_domains": ["*.*", "corp.*"], "allow_private_network": False}
        await drive(tmp_path, TASK, [call("browser_open", url=f"{hidden}/admin")], tmp_path / "ws", **settings)
    assert hits == []  # "*.*" covers no site, and no address either
