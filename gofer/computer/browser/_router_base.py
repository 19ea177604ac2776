"""What every part of the browser's router holds (:class:`RouterBase`), and the helpers they share.

:class:`~gofer.computer.browser.routing.Router` is made of parts, one a module: what a request's headers add to its
site's stream (:mod:`._header_pieces`), the run's request check on requests (:mod:`._request_check`), fetching hop by
hop (:mod:`._hops`) and WebSockets and workers (:mod:`._sockets`). Each reads and keeps the state declared here; the
router's constructor sets it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from playwright.async_api import APIResponse, BrowserContext, Page, Request, Route
from playwright.async_api import Error as PlaywrightError

from gofer.computer.browser.policy import UrlKind, UrlPolicy
from gofer.computer.workspace import Workspace
from gofer.safety.checks._pieces import Streams

__all__ = ["FETCH_TIMEOUT", "RouterBase"]

FETCH_TIMEOUT = 30_000
"""Milliseconds a fetch the router makes (a request, a redirect hop, a worker script) may take."""


class RouterBase:
    """The router's attributes and the helpers all its parts use."""

    policy: UrlPolicy
    workspace: Workspace
    refused: list[str]
    """Navigations refused since the session last reported (``url: reason``)."""
    notes: list[str]
    """Other things worth telling the model (a redirect that could not be followed)."""
    withheld: list[dict[str, Any]]
    """Requests the run's request check refused, for the run's log (see :meth:`take_withheld`)."""
    redirects: int
    """How many navigations were redirected so far (a navigation's caller sees its first URL aborted)."""
    hold: Callable[[Route, Request], Awaitable[bool]] | None
    """The last check of a request (the session's effect gate): True when it aborted the request."""
    hold_message: Callable[[Page | None, str, str], bool] | None
    """The last check of a WebSocket message a page sends (the session's effect gate; its page, the socket's
    address, the message): True when it must not be sent."""
    hold_hop: Callable[[Request, str, str], bool] | None
    """The check of a redirect hop that sends a request's body again (the session's effect gate; the request, the
    hop's method and address): True when it must not be fetched."""
    hops_held: Callable[[Request], bool] | None
    """Whether the effect gate must see a request's redirect hops (the router then fetches it hop by hop)."""
    context: BrowserContext | None
    """The session's browser context (its cookie store: see :meth:`_latest_cookies`), once it is open."""
    _ready: dict[str, APIResponse]
    _follows: set[asyncio.Task[None]]
    _closing: set[asyncio.Task[None]]
    _streams: Streams
    """What pages sent each site (registrable domain) so far, piece by piece (query values, bodies, host labels,
    WebSocket messages): a value sent a character per request is judged whole (:meth:`_judge_pieces`), by the same
    streams and judgement as the model's own actions."""
    _collecting: dict[str, str]
    """Sites caught receiving the run's data in pieces, with the destination the check named."""
    _worker_scripts: dict[str, bool]
    """Worker script URLs pages announced, each True when some page loads it as a module."""
    _cookies_judged: tuple[object, dict[str, tuple[str, str] | None]]
    """The run's check and its verdicts on the cookie headers (and script headers) it judged as going anywhere (see
    :meth:`_judge_once`)."""
    _header_values: dict[str, dict[str, str]]
    """Per site, the last value of each cookie, Referer piece and script header its requests carried: a value sent
    again unchanged (a cookie on every request) is not a new piece (:meth:`_header_pieces`)."""
    _server_cookies: dict[str, dict[tuple[str, int], None]]
    """Per site (its host's, whatever the port: cookies ignore ports), the latest cookies its servers set (name and
    the hash of the value), from the ``Set-Cookie`` headers of the responses the router fetched: a request carrying
    one carries nothing of the page's (a rotating session cookie is not a new piece each time, even on a request sent
    before the response that set the next value arrived)."""
    _left: dict[Request, None]
    """Requests left to Chromium while the run's check is in force, whose answers' ``Set-Cookie`` headers are read
    (see :meth:`on_response`)."""
    _reading: dict[str, set[asyncio.Task[None]]]
    """Per site (its host's, whatever the port), the ``Set-Cookie`` headers of such answers being read: a later
    request to it that carries cookies waits for them (:meth:`_cookies_read`)."""
    _rotating: dict[str, None]
    """Sites (their hosts', whatever the port) whose servers replaced the value of a cookie they had set (a rotating
    session token): the requests to them that carry cookies are fetched one at a time (:meth:`_turn`)."""
    _turns: dict[str, asyncio.Future[None]]
    """Per such site, the fetch that holds its turn (done when its response arrived)."""
    _redirect_streams: Streams
    """Per site, the pieces its requests' headers carried (cookies, Referer, a script's headers), which its server
    could copy into a redirect to any host: judged as if they went to a host the user did not name."""
    _holders: dict[str, bool]
    """Sites (oldest first) a request of which carried the run's data, as judged going anywhere: their server may
    keep it (a session) and copy it into a later redirect, so their requests are fetched hop by hop. Each is True
    when the check also refused that data going to the site itself from no page (a site the user did not name): an
    EventSource to it, whose redirects Chromium follows unseen, is refused."""
    _no_cors: dict[str, str]
    """Addresses of the ``no-cors`` fetches a page's guard announced and the router has not seen yet, each with its
    credentials mode (``include``, ``same-origin`` or ``omit``): such a request cannot carry the guard's mark."""
    _redirected: dict[str, tuple[str, str]]
    """Sites whose requests' headers, added up, carried the run's data (with the check's verdict): a redirect of
    theirs that copies a header's value to a host the check judges is refused (:meth:`_fetch_hops`)."""

    @staticmethod
    def _what(request: Request, kind: UrlKind) -> str:
        return "navigation" if kind == "navigation" else request.resource_type

    @staticmethod
    def _page_of(request: Request) -> str:
        try:
            return request.frame.page.url
        except PlaywrightError:  # a service worker's request: no page
            return ""
