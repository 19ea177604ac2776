"""Every request of a session's browser passes here: the URL policy, workspace files, redirects hop by hop.

Chromium does not route the hops of a redirect through Playwright (a 3xx answer, or a 3xx a route fulfils,
is followed inside the browser, unchecked). So requests the policy must see whole are fetched here with
redirects off, and each hop's target is checked before it is fetched, once. The final answer then reaches
the page without a second request:

- a subresource gets the final response as the answer to its request;
- a navigation cannot (the document would carry the first URL), so the route is aborted and the frame is
  navigated to the final URL, and that new navigation (which Playwright does route) is answered from the
  response already fetched. :meth:`Router.settle` waits for such navigations.

Each request, and each redirect hop of it, also passes the run's
:class:`~gofer.computer.browser.policy.RequestCheck` when the run gave one (then requests that could carry data
through a redirect, in their address, body, cookies or Referer, are fetched hop by hop whatever the domain policy):
a request it refuses (a page's script sending the run's data to another host, in its address, body or Referer) is
aborted, told to the model in the next observation and kept in :attr:`Router.withheld` for the run's log. What a
request's cookies, Referer and a script's own headers carry is added to its site's stream of pieces (a value sent
again unchanged counts once), and to a stream of what the site's server could copy into a redirect; a site that
received the run's data has its later requests fetched hop by hop (its server may keep the data). A page's
WebSockets pass the same check, message by message (:meth:`Router.handle_web_socket`), and so do a worker's, which
Playwright does not route: the guard of :mod:`gofer.computer.browser._worker_js` asks the router
(:meth:`Router.answer_guard`) before a worker's socket connects or sends, and the router puts the guard in front
of every worker script a page announced (:meth:`Router.serve_worker_script`).

The router is made of parts, one a module, over the state :class:`~gofer.computer.browser._router_base.RouterBase`
declares: :mod:`~gofer.computer.browser._header_pieces` (what a request's cookies, Referer and a script's headers add
to its site's stream; the cookies servers set, and one fetch at a time to a site that rotates one),
:mod:`~gofer.computer.browser._request_check` (the run's request check on requests and the record of what it refused),
:mod:`~gofer.computer.browser._hops` (fetching hop by hop, redirected navigations, workspace files) and
:mod:`~gofer.computer.browser._sockets` (WebSockets and workers). This module decides, request by request, which of
them answers.
"""

from __future__ import annotations

import contextlib
from typing import Any
from urllib.parse import urldefrag, urlsplit

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Request, Route

from gofer.computer.browser._hops import MAX_HOPS, HopsMixin, fallback_headers
from gofer.computer.browser._sockets import SocketsMixin
from gofer.computer.browser._worker_js import ASK_PATH
from gofer.computer.browser.policy import WORKSPACE_ORIGIN, UrlKind, UrlPolicy
from gofer.computer.workspace import Workspace
from gofer.safety.checks._pieces import Piece, Streams

__all__ = ["MAX_HOPS", "Router"]

_PLAIN_PATH = 100
"""A subresource whose URL has no query, no escapes and a path shorter than this, and no body, has Chromium follow its
redirects itself (fetching every image and script through the router made pages with many of them load about twice
as slowly) unless the run's data is in its path (:meth:`Router._carries_anywhere`)."""


def _may_carry(request: Request) -> bool:
    """Whether a request could carry data on to another host through a redirect (its URL or body holds more than a
    plain path): a page sending the run's data through an open redirect on a site the user named puts it in a
    query, an escaped URL in the path, or a body."""
    if request.post_data_buffer:
        return True
    parts = urlsplit(request.url)
    return bool(parts.query) or "%" in parts.path or "//" in parts.path or len(parts.path) >= _PLAIN_PATH


class Router(HopsMixin, SocketsMixin):
    """The context-wide route handler of one browser session."""

    def __init__(self, policy: UrlPolicy, workspace: Workspace) -> None:
        self.policy = policy
        self.workspace = workspace
        self.refused = []
        self.notes = []
        self.withheld = []
        self.redirects = 0
        self.hold = None
        self.hold_message = None
        self.hold_hop = None
        self.hops_held = None
        self.context = None
        self._ready = {}
        self._follows = set()
        self._closing = set()
        self._streams = Streams()
        self._collecting = {}
        self._worker_scripts = {}
        self._cookies_judged = (None, {})
        self._header_values = {}
        self._server_cookies = {}
        self._left = {}
        self._reading = {}
        self._rotating = {}
        self._turns = {}
        self._redirect_streams = Streams()
        self._holders = {}
        self._redirected = {}
        self._no_cors = {}

    async def handle(self, route: Route, request: Request) -> None:
        """The handler for ``context.route("**/*", ...)``."""
        url = request.url
        if url.startswith(WORKSPACE_ORIGIN + "/"):
            await self.serve_workspace(route, url)
            return
        if urlsplit(url).path == ASK_PATH and request.method == "POST":
            await self.answer_guard(route, request)
            return
        no_cors = self._announced(request)
        ready = self._ready.pop(urldefrag(url)[0], None) if request.is_navigation_request() else None
        if ready is not None:
            with contextlib.suppress(PlaywrightError):
                await route.fulfill(response=ready)
            return
        kind: UrlKind = "navigation" if request.is_navigation_request() else "subresource"
        verdict = await self.policy.check(url, kind)
        if not verdict.allowed:
            await self._refuse(route, url, kind, verdict.reason)
            return
        fresh: list[Piece] = []
        if self.policy.run_requests is not None and url.startswith(("http:", "https:")):
            await self._cookies_read(request)
            fresh = self._header_pieces(request)
            withheld = await self._withhold(route, request, kind, fresh)
            if withheld or await self._withhold_partitioned(route, request, kind):
                return
        carried = self._carried(request, fresh)
        carries = self._carries_anywhere(request) or carried
        holding = self._holding(request, carries)
        if self.hold is not None and await self.hold(route, request):
            return
        if kind == "subresource" and request.resource_type == "script" and urldefrag(url)[0] in self._worker_scripts:
            with contextlib.suppress(PlaywrightError):
                await self.serve_worker_script(route, request)
            return
        # with the run's request check in force each hop of a request that could carry data is judged, so the
        # router follows its redirects itself; a stream (EventSource) cannot be fetched whole and is left to
        # Chromium unless a domain policy needs it (so its address is judged as if it went anywhere, and it may not
        # go to a site the user did not name that holds the run's data), and so is a plain path unless the run's
        # data is in it (a redirect of the path would take it on) or its site holds the run's data (its server
        # could copy what an earlier request left in its session into the redirect)
        stream = request.resource_type == "eventsource"
        if kind == "subresource" and not self.policy.restrictive and (
                self.policy.run_requests is None or stream or not _may_carry(request)) and not (
                self.hops_held is not None and self.hops_held(request)):
            if stream and (carries is not None or self._holds_unnamed(request)):
                self._note_stream_refusal(request, carries)
                with contextlib.suppress(PlaywrightError):
                    await route.abort("blockedbyclient")
                return
            may, headers = fallback_headers(request)  # a script's include mark never leaves
            if carries is None and (stream or not holding) and may:
                if self.policy.run_requests is not None and not stream:
                    self._leave(request)
                with contextlib.suppress(PlaywrightError):
                    await route.fallback(headers=headers)
                return
        with contextlib.suppress(PlaywrightError):
            await self._fetch_hops(route, request, kind, carried is not None, no_cors)

    def _announced(self, request: Request) -> str | None:
        """The credentials mode of a script's ``no-cors`` fetch the guard announced for this request's address (None:
        none was), forgotten once a fetch to it is seen."""
        if request.resource_type != "fetch" or not self._no_cors:
            return None
        return self._no_cors.pop(urldefrag(request.url)[0], None)

    def take_withheld(self) -> list[dict[str, Any]]:
        """The refused requests not yet logged (and forget them)."""
        out, self.withheld = self.withheld, []
        return out
