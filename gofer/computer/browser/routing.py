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
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import mimetypes
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any
from urllib.parse import parse_qsl, unquote, urldefrag, urljoin, urlsplit, urlunsplit

from playwright.async_api import APIResponse, BrowserContext, Frame, Page, Request, Route, WebSocketRoute
from playwright.async_api import Error as PlaywrightError

from gofer.computer.browser._worker_js import ASK_PATH, guard_prelude, guarded_script, module_prelude
from gofer.computer.browser.policy import WORKSPACE_ORIGIN, UrlKind, UrlPolicy, display_url
from gofer.computer.browser.snapshot import origin
from gofer.computer.workspace import Workspace, WorkspaceError
from gofer.safety.checks._pieces import Piece, Sent, Streams, pieces_of, site_key, site_of
from gofer.safety.urls import host_key, host_of

__all__ = ["MAX_HOPS", "Router"]

MAX_HOPS = 10
"""Redirects followed for one request before it is refused."""
_FETCH_TIMEOUT = 30_000
_NAV_TIMEOUT = 30_000
_BODY_HEADERS = ("content-type", "content-length", "content-encoding")
_CREDENTIAL_HEADERS = ("authorization", "proxy-authorization")
"""Headers a redirect to another origin does not carry on (the Fetch standard's rule, which Chromium follows)."""
_BODY_JUDGED = 1 << 20
"""Bytes of a request's body the run's request check reads (it is told the size of a longer one)."""


_WORKER_SCRIPTS = 1000
"""Worker script URLs a session remembers (a page announces each before it starts the worker)."""
_GUARD_ANSWER = {"access-control-allow-origin": "*", "cache-control": "no-store"}
"""A ``data:`` worker has an opaque origin: its guard's questions are cross-origin."""

_ANYWHERE = "eventsource-redirect.invalid"
"""The host the address of a request left to Chromium is judged as going to: any host the user did not name (see
:meth:`Router._carries_anywhere`)."""

_COOKIES_JUDGED = 64
"""Cookie headers (and sets of a script's headers) whose verdict a session remembers (the run's check is asked
again when it changes)."""

_BROWSER_HEADERS = frozenset({
    "accept-charset", "accept-encoding", "access-control-request-headers", "access-control-request-method",
    "connection", "content-length", "cookie", "date", "dnt", "expect", "host", "keep-alive", "origin", "referer",
    "te", "trailer", "transfer-encoding", "upgrade", "via", "user-agent", "priority", "upgrade-insecure-requests",
    "purpose", "service-worker", "attribution-reporting-eligible",
})
"""Request headers a page's script cannot set (the browser's own; ``sec-`` and ``proxy-`` ones too), or that are
judged apart (the cookies, the Referer): the others a script may fill (``fetch(url, {headers: {'X-Data': …}})``)."""
_USUAL_HEADERS = frozenset({
    "cache-control", "pragma", "range", "if-match", "if-none-match", "if-modified-since", "if-unmodified-since",
    "if-range",
})
"""Headers a script may set that the browser also sends with its own values (which change with the kind of
request): judged whole, not added to a site's stream of pieces."""
_SAFELISTED_HEADERS = frozenset({"accept", "accept-language", "content-type", "content-language"})
"""Headers the browser also sends with its own values, which a script may fill with anything (``text/plain;d=…``)
and send to any host without a preflight: each value joins the site's stream the first time it is sent (the
browser's few values of them, which change with the kind of request, count once each)."""
_TURN = 2.0
"""Seconds a request carrying a cookie its server replaces waits for the fetch before it to the same site (see
:meth:`Router._turn`): one that takes longer (a long poll) lets it go."""
_HEADER_SITES = 1000
_HEADER_FIELDS = 256
"""Sites, and fields per site, whose last header values a session remembers (see :meth:`Router._header_pieces`), and
whose cookies the servers set (see :meth:`Router._server_set`)."""
_COPIED_CHARS = 3
"""Characters a header value needs for a redirect address that holds it to count as copying it (a value of one or two
characters is in nearly every address; what a shorter value takes to another host joins that host's stream)."""

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


_FETCH_ERRORS = (
    ("ECONNREFUSED", "connectionrefused"), ("ENOTFOUND", "namenotresolved"), ("EAI_AGAIN", "namenotresolved"),
    ("ECONNRESET", "connectionreset"), ("ETIMEDOUT", "timedout"), ("Timeout", "timedout"),
    ("EHOSTUNREACH", "addressunreachable"), ("ENETUNREACH", "addressunreachable"),
)
"""What a failed fetch's message says, and the network error Chromium is given for it."""


def _as_http(url: str) -> str:
    """A WebSocket address as the policy and the check read URLs (``ws:`` as ``http:``)."""
    return "http" + url[2:] if url.lower().startswith("ws") else url


class Router:
    """The context-wide route handler of one browser session."""

    def __init__(self, policy: UrlPolicy, workspace: Workspace) -> None:
        self.policy = policy
        self.workspace = workspace
        self.refused: list[str] = []
        """Navigations refused since the session last reported (``url: reason``)."""
        self.notes: list[str] = []
        """Other things worth telling the model (a redirect that could not be followed)."""
        self.withheld: list[dict[str, Any]] = []
        """Requests the run's request check refused, for the run's log (see :meth:`take_withheld`)."""
        self.redirects = 0
        """How many navigations were redirected so far (a navigation's caller sees its first URL aborted)."""
        self.hold: Callable[[Route, Request], Awaitable[bool]] | None = None
        """The last check of a request (the session's effect gate): True when it aborted the request."""
        self.context: BrowserContext | None = None
        """The session's browser context (its cookie store: see :meth:`_latest_cookies`), once it is open."""
        self._ready: dict[str, APIResponse] = {}
        self._follows: set[asyncio.Task[None]] = set()
        self._closing: set[asyncio.Task[None]] = set()
        self._streams = Streams()
        """What pages sent each site (registrable domain) so far, piece by piece (query values, bodies, host
        labels, WebSocket messages): a value sent a character per request is judged whole (:meth:`_judge_pieces`),
        by the same streams and judgement as the model's own actions."""
        self._collecting: dict[str, str] = {}
        """Sites caught receiving the run's data in pieces, with the destination the check named."""
        self._worker_scripts: dict[str, bool] = {}
        """Worker script URLs pages announced, each True when some page loads it as a module."""
        self._cookies_judged: tuple[object, dict[str, tuple[str, str] | None]] = (None, {})
        """The run's check and its verdicts on the cookie headers (and script headers) it judged as going anywhere
        (see :meth:`_judge_once`)."""
        self._header_values: dict[str, dict[str, str]] = {}
        """Per site, the last value of each cookie, Referer piece and script header its requests carried: a value
        sent again unchanged (a cookie on every request) is not a new piece (:meth:`_header_pieces`)."""
        self._server_cookies: dict[str, dict[tuple[str, int], None]] = {}
        """Per site (its host's, whatever the port: cookies ignore ports), the latest cookies its servers set (name
        and the hash of the value), from the ``Set-Cookie`` headers of the responses the router fetched: a request
        carrying one carries nothing of the page's (a rotating session cookie is not a new piece each time, even
        on a request sent before the response that set the next value arrived)."""
        self._rotating: dict[str, None] = {}
        """Sites (their hosts', whatever the port) whose servers replaced the value of a cookie they had set (a
        rotating session token): the requests to them that carry cookies are fetched one at a time (:meth:`_turn`)."""
        self._turns: dict[str, asyncio.Future[None]] = {}
        """Per such site, the fetch that holds its turn (done when its response arrived)."""
        self._redirect_streams = Streams()
        """Per site, the pieces its requests' headers carried (cookies, Referer, a script's headers), which its
        server could copy into a redirect to any host: judged as if they went to a host the user did not name."""
        self._holders: dict[str, bool] = {}
        """Sites (oldest first) a request of which carried the run's data, as judged going anywhere: their server
        may keep it (a session) and copy it into a later redirect, so their requests are fetched hop by hop. Each
        is True when the check also refused that data going to the site itself from no page (a site the user did
        not name): an EventSource to it, whose redirects Chromium follows unseen, is refused."""
        self._redirected: dict[str, tuple[str, str]] = {}
        """Sites whose requests' headers, added up, carried the run's data (with the check's verdict): a redirect of
        theirs that copies a header's value to a host the check judges is refused (:meth:`_fetch_hops`)."""

    @property
    def redirecting(self) -> bool:
        """True while a checked redirect's final page is being loaded into its frame."""
        return bool(self._follows)

    async def settle(self, timeout: float) -> None:
        """Wait (up to ``timeout`` seconds) until redirected navigations have reached their final page."""
        if self._follows:
            await asyncio.wait(set(self._follows), timeout=timeout)

    async def handle(self, route: Route, request: Request) -> None:
        """The handler for ``context.route("**/*", ...)``."""
        url = request.url
        if url.startswith(WORKSPACE_ORIGIN + "/"):
            await self.serve_workspace(route, url)
            return
        if urlsplit(url).path == ASK_PATH and request.method == "POST":
            await self.answer_guard(route, request)
            return
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
            fresh = self._header_pieces(request)
            if await self._withhold(route, request, kind, fresh):
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
                self.policy.run_requests is None or stream or not _may_carry(request)):
            if stream and (carries is not None or self._holds_unnamed(request)):
                self._note_stream_refusal(request, carries)
                with contextlib.suppress(PlaywrightError):
                    await route.abort("blockedbyclient")
                return
            if carries is None and (stream or not holding):
                with contextlib.suppress(PlaywrightError):
                    await route.fallback()
                return
        with contextlib.suppress(PlaywrightError):
            await self._fetch_hops(route, request, kind, carried is not None)

    async def _refuse(self, route: Route, url: str, kind: UrlKind, reason: str) -> None:
        """Abort the request; a refused navigation leaves the frame on the page it was on (no error page)."""
        if kind == "navigation":
            self.refused.append(f"{url}: {reason}")
        with contextlib.suppress(PlaywrightError):
            await route.abort("aborted" if kind == "navigation" else "blockedbyclient")

    @staticmethod
    def _what(request: Request, kind: UrlKind) -> str:
        return "navigation" if kind == "navigation" else request.resource_type

    @staticmethod
    def _page_of(request: Request) -> str:
        try:
            return request.frame.page.url
        except PlaywrightError:  # a service worker's request: no page
            return ""

    async def _withhold(self, route: Route, request: Request, kind: UrlKind, fresh: list[Piece]) -> bool:
        """Ask the run's request check; abort a request it refuses (True), noting it for the model and the log.
        ``fresh``: the pieces its headers add to its site's stream (:meth:`_header_pieces`)."""
        url = request.url
        page = self._page_of(request)
        raw = request.post_data_buffer or b""
        refusal = self._judge(url, request.method, raw, page, kind == "navigation")
        if refusal is None:
            refusal = self._judge_with_earlier(url, raw, page, fresh)
        what = f"{request.method} {self._what(request, kind)}"
        if refusal is None and (refusal := self._judge_referer(request, url, page)) is not None:
            what += " (its Referer)"
        headers = self._script_headers(request) if refusal is None else ""
        if headers and (refusal := self._judge(url, request.method, headers.encode(), page, False)) is not None:
            what += " (its headers)"
        if refusal is None:
            return False
        self._note_refusal(refusal, url, page, what)
        with contextlib.suppress(PlaywrightError):
            await route.abort("aborted" if kind == "navigation" else "blockedbyclient")
        return True

    def _carries_anywhere(self, request: Request) -> tuple[str, str] | None:
        """The run's check on a request's address, Referer and cookies as if they went to a host the user did not
        name (None when the check is off or finds nothing): a request left to Chromium has its redirects followed
        unseen, and the page's own site, or a named one, could redirect it on to any host with what its address
        carries (a query, an escaped URL, or a plain path: ``/out/TOKEN`` to ``https://elsewhere/?d=TOKEN``) or
        what its headers do (a ``return_to`` cookie a script set, the Referer)."""
        if self.policy.run_requests is None:
            return None
        anywhere = urlunsplit(urlsplit(request.url)._replace(netloc=_ANYWHERE))
        headers = self._script_headers(request)
        return self._judge(anywhere, "GET", b"", "", False) or self._judge_referer(request, anywhere, "") or (
            self._judge_once("cookie", self._page_cookies(request))) or self._judge_once("headers", headers)

    def _judge_referer(self, request: Request, url: str, page: str) -> tuple[str, str] | None:
        """The run's check on what a request's Referer carries (its path and query), as if it were in the address
        of ``url``, where the request goes: a script chooses its fetch's Referer (``referrer: '/x?d=…'`` with
        ``referrerPolicy: 'unsafe-url'``) or puts the data in the page's own address before it sends, and a server
        may copy the Referer into a redirect."""
        referer = urlsplit(request.headers.get("referer", ""))
        if not referer.query and len(referer.path) <= 1:
            return None
        return self._judge(urlunsplit(urlsplit(url)._replace(path=referer.path, query=referer.query, fragment="")),
                           "GET", b"", page, False)

    def _judge_once(self, what: str, text: str) -> tuple[str, str] | None:
        """The run's check on a request's cookie header (``what`` "cookie", as if its pairs were the query of an
        address going anywhere: a script sets a cookie of its own site, whose server copies it into a redirect, a
        ``return_to``) or on the headers a script set (``what`` "headers", judged like a body going anywhere: a
        server may copy an ``X-Data`` into a redirect). Judged once per text and check: a page's requests carry the
        same cookies and headers."""
        check = self.policy.run_requests
        if not text or check is None:
            return None
        if self._cookies_judged[0] is not check:
            self._cookies_judged = (check, {})
        judged = self._cookies_judged[1]
        key = f"{what}\n{text}"
        if key not in judged:
            while len(judged) >= _COOKIES_JUDGED:
                del judged[next(iter(judged))]
            if what == "cookie":
                query = "&".join(pair.strip() for pair in text.split(";"))
                judged[key] = self._judge(f"http://{_ANYWHERE}/?{query}", "GET", b"", "", False)
            else:
                judged[key] = self._judge(f"http://{_ANYWHERE}/", "GET", text.encode(), "", False)
        return judged[key]

    @staticmethod
    def _script_headers(request: Request) -> str:
        """The headers of a request a page's script may have set (``name: value`` lines; empty when none)."""
        return "\n".join(f"{k}: {v}" for k, v in request.headers.items()
                         if (low := k.lower()) not in _BROWSER_HEADERS and not low.startswith(("sec-", "proxy-")))

    @staticmethod
    def _cookie_site(url: str) -> str:
        """The site whose cookies a request to ``url`` carries: its host's, whatever the port."""
        return site_of(host_of(url) or "")

    def _server_set(self, url: str, response: APIResponse) -> None:
        """Remember the cookies a response's ``Set-Cookie`` headers set (see :attr:`_server_cookies`)."""
        for header in response.headers_array:
            if header["name"].lower() != "set-cookie":
                continue
            name, eq, value = header["value"].split(";", 1)[0].strip().partition("=")
            if not eq:
                continue
            site = self._cookie_site(url)
            set_here = self._server_cookies.pop(site, {})
            self._server_cookies[site] = set_here  # the latest site last, the oldest dropped first
            if (name, hash(value)) not in set_here and any(n == name for n, _hash in set_here):
                self._rotating.pop(site, None)
                self._rotating[site] = None
                while len(self._rotating) > _HEADER_SITES:
                    del self._rotating[next(iter(self._rotating))]
            set_here.pop((name, hash(value)), None)
            set_here[(name, hash(value))] = None
            while len(set_here) > _HEADER_FIELDS:
                del set_here[next(iter(set_here))]
            while len(self._server_cookies) > _HEADER_SITES:
                del self._server_cookies[next(iter(self._server_cookies))]

    @contextlib.asynccontextmanager
    async def _turn(self, request: Request) -> AsyncIterator[None]:
        """Hold the request's fetch until the one before it to the same site got its response (up to :data:`_TURN`
        seconds) when it carries cookies and the site's server replaces a cookie's value: requests sent at once
        would all carry the value the first one's answer replaces (a server may take an old session token's reuse
        as theft and end the session). Then :meth:`_latest_cookies` reads the value that answer set."""
        site = self._cookie_site(request.url)
        if site not in self._rotating or not request.headers.get("cookie"):
            yield
            return
        before = self._turns.get(site)
        mine: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._turns[site] = mine
        try:
            if before is not None and not before.done():
                await asyncio.wait({before}, timeout=_TURN)
            yield
        finally:
            mine.set_result(None)
            if self._turns.get(site) is mine:
                del self._turns[site]

    async def _latest_cookies(self, request: Request) -> dict[str, str] | None:
        """The request's headers with each cookie whose value its server set carrying the latest value its server
        set, from the context's cookie store (None when nothing changes). A request the hook held keeps the cookie
        header it was created with, and in a burst of overlapping requests it would reach the server after later ones
        with a value the server had already replaced (a server may take an old session token's reuse as theft).
        Only values are replaced, never cookies added (a request without credentials stays without), and a cookie
        whose value a script chose, or whose new value a script may have chosen, goes as sent."""
        text = request.headers.get("cookie", "")
        server = self._server_cookies.get(self._cookie_site(request.url))
        if not text or not server or self.context is None:
            return None
        pairs = [pair.strip() for pair in text.split(";") if pair.strip()]
        names = [pair.partition("=")[0] for pair in pairs]
        if not any((name, hash(pair.partition("=")[2])) in server for name, pair in zip(names, pairs, strict=True)):
            return None
        try:
            store = await self.context.cookies(request.url)
        except PlaywrightError:
            return None
        kept = [*pairs]
        for i, (name, pair) in enumerate(zip(names, pairs, strict=True)):
            value = pair.partition("=")[2]
            latest = [c for c in store if c.get("name") == name]
            if names.count(name) != 1 or len(latest) != 1 or (name, hash(value)) not in server:
                continue
            new = latest[0].get("value", value)
            if new != value and ((name, hash(new)) in server or latest[0].get("httpOnly")):
                kept[i] = f"{name}={new}"
        if kept == pairs:
            return None
        return {**request.headers, "cookie": "; ".join(kept)}

    def _page_cookies(self, request: Request) -> str:
        """A request's cookie header without the cookies whose value their server set (``a=1; b=2``)."""
        server = self._server_cookies.get(self._cookie_site(request.url))
        text = request.headers.get("cookie", "")
        if not server:
            return text
        kept = []
        for pair in text.split(";"):
            name, eq, value = pair.strip().partition("=")
            if not eq or (name, hash(value)) not in server:
                kept.append(pair.strip())
        return "; ".join(kept)

    def _header_pieces(self, request: Request) -> list[Piece]:
        """The pieces a request's headers add to its site's stream: each cookie's value, the Referer's query values
        and path end, and the value of each header a script set (not those the browser also sends, such as
        ``Range``, but ``Accept`` and ``Content-Type``, whose every value counts once: see
        :data:`_SAFELISTED_HEADERS`), each only when it differs from what the site's last request carried in that
        field (a cookie sent again unchanged on every request is one piece)."""
        dest = host_key(request.url)
        if dest is None:
            return []
        site = site_key(dest)
        headers = request.headers
        fields: list[Sent] = []
        server = self._server_cookies.get(self._cookie_site(request.url), {})
        server_set: set[str] = set()
        for pair in headers.get("cookie", "").split(";"):
            name, eq, value = pair.strip().partition("=")
            if eq and value:
                fields.append((f"cookie {name}", unquote(value)))
                if (name, hash(value)) in server:
                    server_set.add(f"cookie {name}")
        referer = headers.get("referer", "")
        if referer:
            fields += [(f"referer {field}", text) for _site, field, text in pieces_of("http_request", {"url": referer},
                                                                                     None)
                       if field.startswith(("path", "query"))]
        fields += [(f"header {k.lower()}", v) for k, v in headers.items()
                   if (low := k.lower()) not in _BROWSER_HEADERS and low not in _USUAL_HEADERS
                   and not low.startswith(("sec-", "proxy-"))]
        last = self._header_values.pop(site, {})
        self._header_values[site] = last  # the latest site last, the oldest dropped first
        while len(self._header_values) > _HEADER_SITES:
            del self._header_values[next(iter(self._header_values))]
        fresh: list[Piece] = []
        for field, text in fields:
            # a safelisted header's values are kept apart: the browser's own alternate with the kind of request
            key = f"{field}: {text}" if field[7:] in _SAFELISTED_HEADERS else field
            if field in server_set:  # a value its server set carries nothing of the page's
                last.pop(field, None)
            elif text and last.get(key) != text:
                last.pop(key, None)
                last[key] = text
                fresh.append((site, field, text))
        while len(last) > _HEADER_FIELDS:
            del last[next(iter(last))]
        return fresh

    def _holding(self, request: Request, carries: tuple[str, str] | None) -> bool:
        """Whether the request's site holds the run's data: this request (``carries``: the verdict on its address,
        cookies, Referer and headers as if they went anywhere; and its body) or an earlier one carried it there. Its
        server may keep it in a session and copy it into the redirect of a later request that carries nothing, so
        the site's requests are then fetched hop by hop and each redirect's target judged."""
        dest = host_key(request.url)
        if self.policy.run_requests is None or dest is None:
            return False
        site = site_key(dest)
        if site in self._holders:
            return True
        raw = request.post_data_buffer or b""
        anywhere = urlunsplit(urlsplit(request.url)._replace(netloc=_ANYWHERE, query=""))
        if carries is None and (not raw or self._judge(anywhere, request.method, raw, "", False) is None):
            return False
        self._holders[site] = self._refused_at_home(request, site)
        while len(self._holders) > _HEADER_SITES:
            del self._holders[next(iter(self._holders))]
        return True

    def _refused_at_home(self, request: Request, site: str) -> bool:
        """Whether the run's check refuses what a request carried (its address, body, Referer, cookies, a script's
        headers, or what the headers of the site's requests added up to) going to the request's own host from no
        page: the site is not one the user named (nor the address one the model opened). Asked once per site, as
        it starts to hold the run's data."""
        check = self.policy.run_requests
        if check is None:
            return False
        url = request.url
        home = urlunsplit(urlsplit(url)._replace(path="/", query="", fragment=""))
        cookies = "&".join(pair.strip() for pair in self._page_cookies(request).split(";") if pair.strip())
        headers = self._script_headers(request)
        if (self._judge(url, request.method, request.post_data_buffer or b"", "", False)
                or self._judge_referer(request, url, "")
                or (cookies and self._judge(f"{home}?{cookies}", "GET", b"", "", False))
                or (headers and self._judge(home, "GET", headers.encode(), "", False))):
            return True
        stream = list(self._redirect_streams.sites.get(site, []))
        try:
            return bool(stream) and check.pieces(home, [], stream, "") is not None
        except Exception:  # a check that fails must not let the data through
            return True

    def _holds_unnamed(self, request: Request) -> bool:
        """Whether the request's site holds the run's data and is not one the user named (see :attr:`_holders`)."""
        dest = host_key(request.url)
        return dest is not None and self._holders.get(site_key(dest), False)

    def _carried(self, request: Request, fresh: list[Piece]) -> tuple[str, str] | None:
        """The check's verdict when what the headers of the requests to this request's site carried, added up
        (``fresh``: this request's new pieces), holds the run's data: the site's server could copy it into a
        redirect to any host (cookies set a few characters at a time, a Referer, a script's header). None when it
        does not (or the check is off)."""
        check = self.policy.run_requests
        dest = host_key(request.url)
        if check is None or dest is None:
            return None
        site = site_key(dest)
        new = [(field, text) for _site, field, text in fresh]
        if site in self._redirected or not new:
            if new:
                self._redirect_streams.add(site, new)
            return self._redirected.get(site)
        before = self._redirect_streams.add(site, new)
        try:
            refusal = check.pieces(f"http://{_ANYWHERE}/", before, new, "")
        except Exception as exc:  # a check that fails must not let the data through
            refusal = _ANYWHERE, f"the request check failed ({type(exc).__name__}: {exc})"
        if refusal is not None:
            self._redirected[site] = (urlsplit(request.url).netloc, refusal[1])
        return refusal

    def _judge_redirected(self, request: Request, target: str, page: str) -> tuple[str, str] | None:
        """The check on what the headers of the requests to ``request``'s site carried, added up, as if they went
        to ``target`` (a redirect of that site that copies one of their values): None for a host the user named or
        the page's own site."""
        check = self.policy.run_requests
        dest = host_key(request.url)
        if check is None or dest is None:
            return None
        stream = self._redirect_streams.sites.get(site_key(dest), [])
        try:
            return check.pieces(target, [], list(stream), page)
        except Exception as exc:  # a check that fails must not let the data through
            return urlsplit(target).netloc, f"the request check failed ({type(exc).__name__}: {exc})"

    def _copies_headers(self, request: Request, target: str) -> bool:
        """Whether a redirect ``target`` holds the value of a cookie, a Referer piece or a script's header the
        request carried (what its server could have copied there), of :data:`_COPIED_CHARS` characters or more: a
        site that received the run's data a character at a time keeps its other redirects (what the target address
        carries itself, the run's data a server put together, is judged apart, see :meth:`_fetch_hops`)."""
        dest = host_key(request.url)
        values = self._header_values.get(site_key(dest), {}) if dest else {}
        text = unquote(unquote(target))
        return any(len(v.strip()) >= _COPIED_CHARS and v in text for v in values.values())

    def _note_stream_refusal(self, request: Request, refusal: tuple[str, str] | None) -> None:
        """Note a refused EventSource for the model and the log: it cannot be fetched hop by hop (it would never
        end). ``refusal``: the verdict of :meth:`_carries_anywhere` on it; None when what it goes to is a site the
        user did not name that received the run's data earlier."""
        url = request.url
        if refusal is not None:
            reason = (f"{refusal[1]}; an EventSource's redirects are followed by the browser unseen, so its "
                      "address, cookies and Referer may not carry the run's data to any host")
        else:
            reason = ("its site, which the user did not name, received the run's data earlier; an EventSource's "
                      "redirects are followed by the browser unseen, so its server could copy the data it kept "
                      "into one")
        page = self._page_of(request)
        self._note_refusal((host_key(url) or urlsplit(url).netloc, reason), url, page, "GET eventsource")

    def _judge_with_earlier(self, url: str, raw: bytes, page: str, extra: Sequence[Piece] = ()
                            ) -> tuple[str, str] | None:
        """A value sent a few characters per request (a script sending each key the model types as a beacon of
        its own): this request's query values, host labels and body fields (and ``extra``, what its headers add,
        see :meth:`_header_pieces`) after what earlier requests sent the same site (:meth:`_judge_pieces`)."""
        body: Any = raw[:_BODY_JUDGED].decode("utf-8", errors="replace")
        with contextlib.suppress(ValueError):
            parsed = json.loads(body) if body.lstrip().startswith("{") else dict(parse_qsl(body, strict_parsing=True))
            if isinstance(parsed, dict) and parsed:
                body = parsed
        pieces = [(site, field, text) for site, field, text in pieces_of("http_request", {"url": url, "body": body},
                                                                          None) if not field.startswith("path")]
        return self._judge_pieces(url, [*pieces, *extra], page)

    def _judge_pieces(self, url: str, pieces: list[Piece], page: str) -> tuple[str, str] | None:
        """The run's check on the pieces a request or message adds to its site's stream (the stream keeps them
        either way); once a site is caught receiving the run's data in pieces, it gets no more pieces, else it
        would miss only one."""
        check = self.policy.run_requests
        if check is None or not pieces:
            return None
        site = pieces[0][0]
        if site in self._collecting:
            return self._collecting[site], ("it goes on sending the site pieces of a value an earlier request was "
                                            "refused for (the run's data sent a few characters at a time)")
        new = [(field, text) for _site, field, text in pieces]
        before = self._streams.add(site, new)
        try:
            refusal = check.pieces(url, before, new, page)
        except Exception as exc:  # a check that fails must not let the data through
            refusal = urlsplit(url).netloc, f"the request check failed ({type(exc).__name__}: {exc})"
        if refusal is not None:
            self._collecting[site] = refusal[0]
        return refusal

    def _judge(self, url: str, method: str, raw: bytes, page: str, navigation: bool) -> tuple[str, str] | None:
        """The run's request check on one request (or redirect hop): ``(destination, reason)`` to refuse it. A body
        longer than the check reads goes as its first :data:`_BODY_JUDGED` bytes with its full size."""
        check = self.policy.run_requests
        if check is None:
            return None
        body = raw[:_BODY_JUDGED].decode("utf-8", errors="replace")
        try:
            if len(raw) > _BODY_JUDGED:
                return check(url, method, body, page, navigation, size=len(raw))
            return check(url, method, body, page, navigation)
        except Exception as exc:  # a check that fails must not let the data through (nor hang the request)
            return urlsplit(url).netloc, f"the request check failed ({type(exc).__name__}: {exc})"

    def _note_refusal(self, refusal: tuple[str, str], url: str, page: str, what: str) -> None:
        """Keep a refused request for the run's log and tell the model: one entry (and one note) per destination
        and reason, however many requests."""
        destination, reason = refusal
        parts = urlsplit(url)
        same = next((w for w in self.withheld if (w["destination"], w["reason"]) == (destination, reason)), None)
        if same is None:
            self.withheld.append({
                "destination": destination, "url": f"{parts.scheme}://{parts.netloc}/", "page": display_url(page),
                "reason": reason, "requests": 1, "kinds": [what],
            })
            self.notes.append(
                f"Refused a request the page made itself ({what}) to {destination}, which the user did not name: "
                f"{reason}. Untrusted content was read in this run; the data was not sent."
            )
        else:
            same["requests"] += 1
            if what not in same["kinds"]:
                same["kinds"].append(what)

    async def handle_web_socket(self, ws: WebSocketRoute, page: Page | None = None) -> None:
        """The handler for ``route_web_socket`` (of the context, and of each page, which then knows its page): the
        URL policy on the address, then the run's request check on the address and on every message the page
        sends, alone and after the messages before it on the connection (a value sent a keystroke at a time). A
        refused message is not sent and the connection is closed on both sides; the server's messages pass."""
        http = _as_http(ws.url)
        where = page.url if page is not None and not page.is_closed() else ""
        refused = await self._socket_refused(http, where)
        if refused is not None:
            with contextlib.suppress(PlaywrightError):
                await ws.close(code=1008, reason=refused)
            return
        server = ws.connect_to_server()
        closed = False

        def from_page(message: str | bytes) -> None:
            nonlocal closed
            if closed:
                return
            text = message if isinstance(message, str) else message.decode("utf-8", errors="replace")
            now = page.url if page is not None and not page.is_closed() else where
            if self._message_refused(http, text, now, "WebSocket message"):
                closed = True
                for side in (ws, server):
                    task = asyncio.get_running_loop().create_task(side.close(code=1008, reason="refused"))
                    self._closing.add(task)
                    task.add_done_callback(self._closing.discard)
                return
            server.send(message)

        ws.on_message(from_page)

    async def _socket_refused(self, http: str, page: str) -> str | None:
        """Why a WebSocket to ``http`` (its address as an http URL) may not connect, or None: the URL policy, then
        the run's request check on the address (logged like a refused request)."""
        verdict = await self.policy.check(http, "subresource")
        if not verdict.allowed:
            return "refused by the URL policy"
        opening = self._judge(http, "GET", b"", page, False)
        if opening is not None:
            self._note_refusal(opening, http, page, "WebSocket connection")
            return "refused: it would carry the run's data"
        return None

    def _message_refused(self, http: str, text: str, page: str, what: str) -> bool:
        """Whether the run's request check refuses a WebSocket message, alone and after what the site was sent
        before (a value sent a keystroke at a time); a refusal is noted for the model and the log."""
        refusal = self._judge(http, "WebSocket", text.encode(), page, False)
        dest = host_key(http)
        if refusal is None and dest:
            path = urlsplit(http).path or "/"
            refusal = self._judge_pieces(http, [(site_key(dest), f"WebSocket {path}", text[:_BODY_JUDGED])], page)
        if refusal is None:
            return False
        self._note_refusal(refusal, http, page, what)
        return True

    async def answer_guard(self, route: Route, request: Request) -> None:
        """Answer a worker guard's question (``ok`` or ``refused``): may this worker socket connect, may it send
        this message (the request's body), and the announcement of a worker script to guard."""
        query = dict(parse_qsl(urlsplit(request.url).query))
        op, target = query.get("op", ""), query.get("url", "")
        page = self._page_of(request)
        ok = False
        if op in ("worker", "module") and urlsplit(target).scheme in ("http", "https"):
            key = urldefrag(target)[0]
            module = op == "module" or self._worker_scripts.pop(key, False)
            self._worker_scripts[key] = module  # a script loaded both ways gets the module form (a classic load fails)
            while len(self._worker_scripts) > _WORKER_SCRIPTS:
                del self._worker_scripts[next(iter(self._worker_scripts))]
            ok = True
        elif op == "open" and urlsplit(target).scheme in ("ws", "wss"):
            ok = await self._socket_refused(_as_http(target), page) is None
        elif op == "send" and urlsplit(target).scheme in ("ws", "wss"):
            text = (request.post_data_buffer or b"")[:_BODY_JUDGED].decode("utf-8", errors="replace")
            ok = not self._message_refused(_as_http(target), text, page, "worker WebSocket message")
        with contextlib.suppress(PlaywrightError):
            await route.fulfill(status=200, body="ok" if ok else "refused", content_type="text/plain",
                                headers=_GUARD_ANSWER)

    async def serve_worker_script(self, route: Route, request: Request) -> None:
        """Answer a worker script a page announced with the guard in front of it (a module's as its first import).
        A worker script that redirects is refused (its worker would start unguarded at the target)."""
        url = request.url
        response = await route.fetch(max_redirects=0, timeout=_FETCH_TIMEOUT)
        if 300 <= response.status < 400:
            self.notes.append(f"A worker script at {display_url(url)} redirected; the worker was not started.")
            await route.abort("blockedbyclient")
            return
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        module = self._worker_scripts.get(urldefrag(url)[0], False)
        script = await response.body()
        if module:
            body = module_prelude(origin).encode() + script
        else:  # a worker's script is UTF-8 whatever its headers say; bytes that are not pass through unchanged
            body = guarded_script(script.decode("utf-8", "surrogateescape"), guard_prelude(origin)).encode(
                "utf-8", "surrogateescape")
        headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-encoding")}
        await route.fulfill(status=response.status, headers=headers, body=body)

    def take_withheld(self) -> list[dict[str, Any]]:
        """The refused requests not yet logged (and forget them)."""
        out, self.withheld = self.withheld, []
        return out

    async def _fetch_hops(self, route: Route, request: Request, kind: UrlKind, carried: bool = False) -> None:
        """Fetch the request hop by hop (each hop once), checking every redirect target against the policy and the
        run's check: its address, what it adds to its site's stream, and (``carried``: the headers of the requests
        to this request's site carried the run's data, added up) whether it copies one of the values they hold."""
        current, method = request.url, request.method
        try:
            async with self._turn(request):
                response = await route.fetch(headers=await self._latest_cookies(request), max_redirects=0,
                                             timeout=_FETCH_TIMEOUT)
        except PlaywrightError as exc:
            await self._unreachable(route, current, exc)
            return
        self._server_set(current, response)
        hops = 0
        body_kept = True
        credentials_kept = True  # dropped for good at the first hop to another origin, as Chromium does
        while 300 <= response.status < 400 and "location" in response.headers:
            target = urljoin(current, response.headers["location"])
            if hops >= MAX_HOPS:
                await self._refuse(route, target, kind, f"more than {MAX_HOPS} redirects")
                return
            verdict = await self.policy.check(target, kind)
            if not verdict.allowed:
                await self._refuse(route, target, kind, verdict.reason)
                return
            if response.status == 303 or (response.status in (301, 302) and method == "POST"):
                if method != "HEAD":
                    method = "GET"
                body_kept = False
            page = self._page_of(request)
            refusal = self._judge(target, method, (request.post_data_buffer or b"") if body_kept else b"", page,
                                  kind == "navigation")
            if refusal is None:
                refusal = self._judge_with_earlier(target, (request.post_data_buffer or b"") if body_kept else b"",
                                                   page)
            if refusal is None and carried and self._copies_headers(request, target):
                refusal = self._judge_redirected(request, target, page)
            if refusal is not None:  # a hop carrying the run's data on to another host
                self._note_refusal(refusal, target, page, f"{method} {self._what(request, kind)} (a redirect)")
                await route.abort("aborted" if kind == "navigation" else "blockedbyclient")
                return
            hops += 1
            credentials_kept = credentials_kept and origin(target) == origin(current)
            current = verdict.url or target
            if current.startswith(WORKSPACE_ORIGIN + "/"):
                break
            # without a cookie header Playwright sends the hop the context's cookies for the hop's own URL, as
            # Chromium does; the first request's would go to the redirect's host (an HttpOnly session included)
            # (and a script's Authorization stays with its origin)
            headers = {k: v for k, v in request.headers.items()
                       if (low := k.lower()) != "cookie" and (body_kept or low not in _BODY_HEADERS)
                       and (credentials_kept or low not in _CREDENTIAL_HEADERS)}
            try:
                response = await route.fetch(
                    url=current, method=method, headers=headers, post_data=None if body_kept else b"",
                    max_redirects=0, timeout=_FETCH_TIMEOUT,
                )
            except PlaywrightError as exc:
                await self._unreachable(route, current, exc)
                return
            self._server_set(current, response)
        workspace = current.startswith(WORKSPACE_ORIGIN + "/")
        if hops == 0:
            await route.fulfill(response=response)
        elif kind == "subresource":
            if workspace:
                await self.serve_workspace(route, current)
            else:
                await route.fulfill(response=response)
        else:
            if not workspace:
                self._ready[urldefrag(current)[0]] = response
            await self._navigate_instead(route, request.frame, current)

    async def _unreachable(self, route: Route, url: str, exc: PlaywrightError) -> None:
        """Fail a request whose fetch (or a redirect hop's) failed, as Chromium would have: the frame shows its
        error and the action that loaded it fails at once, rather than waiting on a request nobody answers. The
        address that failed may be one a server chose: it is told to the model with the browser's notes."""
        message = str(exc)
        code = next((code for tell, code in _FETCH_ERRORS if tell in message), "failed")
        self.notes.append(f"{display_url(url)} could not be reached ({code}).")
        with contextlib.suppress(PlaywrightError):
            await route.abort(code)

    async def _navigate_instead(self, route: Route, frame: Frame, url: str) -> None:
        """Abort the first navigation and load ``url`` into its frame (answered from the fetched response)."""
        self.redirects += 1
        loop = asyncio.get_running_loop()
        aborted: asyncio.Future[None] = loop.create_future()
        task = loop.create_task(self._follow(frame, url, aborted))
        self._follows.add(task)
        task.add_done_callback(self._follows.discard)
        try:
            await route.abort("aborted")
        finally:
            aborted.set_result(None)

    async def _follow(self, frame: Frame, url: str, aborted: asyncio.Future[None]) -> None:
        await aborted
        try:
            await frame.goto(url, wait_until="commit", timeout=_NAV_TIMEOUT)
        except PlaywrightError as exc:
            if "Download is starting" not in str(exc) and "interrupted by another navigation" not in str(exc):
                self.notes.append(f"A redirect to {url} could not be followed: {str(exc).splitlines()[0]}")
        finally:
            left = self._ready.pop(urldefrag(url)[0], None)
            if left is not None:
                with contextlib.suppress(PlaywrightError):
                    await left.dispose()

    async def serve_workspace(self, route: Route, url: str) -> None:
        """Answer a request for the workspace origin with the workspace file (404 when it is not there)."""
        rel = unquote(urlsplit(url).path).lstrip("/")
        try:
            body = await asyncio.to_thread(self.workspace.read_bytes, rel, limit=200 << 20)
        except (WorkspaceError, OSError) as exc:
            with contextlib.suppress(PlaywrightError):
                await route.fulfill(status=404, body=f"not found in the workspace: {exc}", content_type="text/plain")
            return
        mime = mimetypes.guess_type(rel)[0] or "application/octet-stream"
        with contextlib.suppress(PlaywrightError):
            await route.fulfill(status=200, body=body, content_type=mime)

    def cancel(self) -> None:
        """Stop redirected navigations still under way (the context is closing)."""
        for task in list(self._follows):
            task.cancel()
        self._ready.clear()

