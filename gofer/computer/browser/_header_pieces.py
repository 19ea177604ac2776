"""What a request's headers add to its site's stream, and the cookies a site's servers set.

A request's cookies, Referer and the headers a page's script set are pieces of its site's stream
(:meth:`HeaderPiecesMixin._header_pieces`), each only when it differs from what the site's last request carried in
that field (a cookie sent unchanged on every request is one piece). A cookie whose value the site's server set
(:meth:`HeaderPiecesMixin._server_set`, from the ``Set-Cookie`` headers of the responses the router fetched, and of
those it left to Chromium: :meth:`HeaderPiecesMixin.on_response`, and of those Chromium blocked itself:
:meth:`HeaderPiecesMixin.watch_blocked`) carries nothing of the page's: it is no piece,
and a request carrying a value its server has since replaced goes with the latest
(:meth:`HeaderPiecesMixin._latest_cookies`), one fetch at a time to a site whose server rotates a cookie
(:meth:`HeaderPiecesMixin._turn`).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import unquote

from playwright.async_api import APIResponse, Cookie, Page, Request, Response
from playwright.async_api import Error as PlaywrightError

from gofer.computer.browser._router_base import RouterBase
from gofer.computer.browser._worker_js import CREDENTIALS_MARK
from gofer.safety.checks._pieces import Piece, Sent, pieces_of, site_key
from gofer.safety.urls import host_key, host_of, site_of

__all__ = ["HEADER_SITES", "HeaderPiecesMixin", "script_may_set"]

_BROWSER_HEADERS = frozenset({
    "accept-charset", "accept-encoding", "access-control-request-headers", "access-control-request-method",
    "connection", "content-length", "cookie", "date", "dnt", "expect", "host", "keep-alive", "origin", "referer",
    "te", "trailer", "transfer-encoding", "upgrade", "via", "user-agent", "priority", "upgrade-insecure-requests",
    "purpose", "service-worker", "attribution-reporting-eligible", CREDENTIALS_MARK,
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
_READ = 2.0
"""Seconds a request waits for the ``Set-Cookie`` headers of the answers left to Chromium before it to be read (see
:meth:`HeaderPiecesMixin._cookies_read`): they normally take one message to the driver."""
_LEFT = 1000
"""Requests left to Chromium whose answers a session waits for (a request that never gets one is forgotten)."""
_TURN = 2.0
"""Seconds a request carrying a cookie its server replaces waits for the fetch before it to the same site (see
:meth:`HeaderPiecesMixin._turn`): one that takes longer (a long poll) lets it go."""
HEADER_SITES = 1000
_HEADER_FIELDS = 256
"""Sites, and fields per site, whose last header values a session remembers (see
:meth:`HeaderPiecesMixin._header_pieces`), and whose cookies the servers set (see
:meth:`HeaderPiecesMixin._server_set`)."""
_COPIED_CHARS = 3
"""Characters a header value needs for a redirect address that holds it to count as copying it (a value of one or two
characters is in nearly every address; what a shorter value takes to another host joins that host's stream)."""


def script_may_set(name: str) -> bool:
    """Whether a request header named ``name`` may have been set by a page's script (not the browser's own, nor the
    cookies and the Referer: :data:`_BROWSER_HEADERS`)."""
    low = name.lower()
    return low not in _BROWSER_HEADERS and not low.startswith(("sec-", "proxy-"))


class HeaderPiecesMixin(RouterBase):
    """The pieces a request's headers carry, and the cookies servers set."""

    @staticmethod
    def _script_headers(request: Request) -> str:
        """The headers of a request a page's script may have set (``name: value`` lines; empty when none)."""
        return "\n".join(f"{k}: {v}" for k, v in request.headers.items() if script_may_set(k))

    @staticmethod
    def _cookie_site(url: str) -> str:
        """The site whose cookies a request to ``url`` carries: its host's (by the public suffix list, as browsers
        scope cookies: :func:`site_of`), whatever the port."""
        return site_of(host_of(url) or "")

    def _leave(self, request: Request) -> None:
        """Note a request the router leaves to Chromium: the cookies its answer sets are read (:meth:`on_response`)."""
        self._left[request] = None
        while len(self._left) > _LEFT:
            del self._left[next(iter(self._left))]

    def on_response(self, response: Response) -> None:
        """The handler for the context's ``response`` event: the cookies an answer to a request the router left to
        Chromium (a plain-path image or script) sets are its server's, not the page's pieces, as with the answers the
        router fetched. Without this, a server setting big new cookies on such answers would push a script's
        earlier pieces out of its site's stream. The event comes before the route of any request the page makes
        after the answer, so the reading starts before such a request is judged, and that request waits for it."""
        request = response.request
        if request not in self._left:
            return
        del self._left[request]
        if self.policy.run_requests is None:
            return
        url = response.url
        site = self._cookie_site(url)

        async def read() -> None:
            with contextlib.suppress(PlaywrightError):
                self._server_set(url, await response.header_values("set-cookie"))

        task = asyncio.get_running_loop().create_task(read())
        reading = self._reading.setdefault(site, set())
        reading.add(task)

        def done(_task: asyncio.Task[None]) -> None:
            reading.discard(task)
            if not reading and self._reading.get(site) is reading:
                del self._reading[site]

        task.add_done_callback(done)

    async def watch_blocked(self, page: Page) -> None:
        """Read the ``Set-Cookie`` of every answer the page's frames get from Chromium's own network events (a CDP
        session of the page's): an answer Chromium blocks itself (opaque response blocking: a page answering a
        cross-origin image) fires no ``response`` event, yet its cookies are set, and they are its server's, not the
        page's pieces (:meth:`on_response` reads the others). The events come before the route of any request the
        page makes after the answer. Frames of another process (a cross-site iframe) and workers are not read."""
        if self.context is None:
            return
        try:
            cdp = await self.context.new_cdp_session(page)
        except PlaywrightError:
            return
        urls: dict[str, str] = {}
        early: dict[str, list[str]] = {}  # Set-Cookie values whose request was not announced yet

        def sent(event: dict[str, Any]) -> None:
            request_id, url = event.get("requestId"), event.get("request", {}).get("url")
            if not isinstance(request_id, str) or not isinstance(url, str):
                return
            if request_id in early:
                self._server_set(url, early.pop(request_id))
            urls[request_id] = url
            while len(urls) > _LEFT:
                del urls[next(iter(urls))]

        def answered(event: dict[str, Any]) -> None:
            request_id, headers = event.get("requestId"), event.get("headers")
            if not isinstance(request_id, str) or not isinstance(headers, dict) or self.policy.run_requests is None:
                return
            values = [line for k, v in headers.items() if k.lower() == "set-cookie" and isinstance(v, str)
                      for line in v.split("\n") if line.strip()]
            if not values:
                return
            if request_id in urls:
                self._server_set(urls[request_id], values)
            else:
                early[request_id] = values
                while len(early) > _LEFT:
                    del early[next(iter(early))]

        cdp.on("Network.requestWillBeSent", sent)
        cdp.on("Network.responseReceivedExtraInfo", answered)
        with contextlib.suppress(PlaywrightError):
            await cdp.send("Network.enable")

    async def _cookies_read(self, request: Request) -> None:
        """Wait (up to :data:`_READ` seconds) until the cookies set by the answers left to Chromium to the request's
        site are read, when the request carries cookies (they may be among them)."""
        reading = self._reading.get(self._cookie_site(request.url))
        if reading and request.headers.get("cookie"):
            await asyncio.wait(set(reading), timeout=_READ)

    def _server_set(self, url: str, response: APIResponse | list[str]) -> None:
        """Remember the cookies a response's ``Set-Cookie`` headers (or their values) set (see
        :attr:`_server_cookies`)."""
        values = response if isinstance(response, list) else [
            h["value"] for h in response.headers_array if h["name"].lower() == "set-cookie"]
        for header in values:
            name, eq, value = header.split(";", 1)[0].strip().partition("=")
            if not eq:
                continue
            site = self._cookie_site(url)
            set_here = self._server_cookies.pop(site, {})
            self._server_cookies[site] = set_here  # the latest site last, the oldest dropped first
            if (name, hash(value)) not in set_here and any(n == name for n, _hash in set_here):
                self._rotating.pop(site, None)
                self._rotating[site] = None
                while len(self._rotating) > HEADER_SITES:
                    del self._rotating[next(iter(self._rotating))]
            set_here.pop((name, hash(value)), None)
            set_here[(name, hash(value))] = None
            while len(set_here) > _HEADER_FIELDS:
                del set_here[next(iter(set_here))]
            while len(self._server_cookies) > HEADER_SITES:
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

    async def _latest_cookies(self, request: Request, store: list[Cookie] | None = None) -> dict[str, str] | None:
        """The request's headers with each cookie whose value its server set carrying the latest value its server
        set, from the context's cookie store (None when nothing changes). A request the hook held keeps the cookie
        header it was created with, and in a burst of overlapping requests it would reach the server after later ones
        with a value the server had already replaced (a server may take an old session token's reuse as theft).
        Only values are replaced, never cookies added (a request without credentials stays without), and a cookie
        whose value a script chose, or whose new value a script may have chosen, goes as sent. ``store``: the
        context's cookies for the request's address, when the caller read them already."""
        text = request.headers.get("cookie", "")
        server = self._server_cookies.get(self._cookie_site(request.url))
        if not text or not server or self.context is None:
            return None
        pairs = [pair.strip() for pair in text.split(";") if pair.strip()]
        names = [pair.partition("=")[0] for pair in pairs]
        if not any((name, hash(pair.partition("=")[2])) in server for name, pair in zip(names, pairs, strict=True)):
            return None
        if store is None:
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
        fields, server_set = self._header_fields(request)
        last = self._header_values.pop(site, {})
        self._header_values[site] = last  # the latest site last, the oldest dropped first
        while len(self._header_values) > HEADER_SITES:
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

    def _header_fields(self, request: Request) -> tuple[list[Sent], set[str]]:
        """What a request's headers carry, as ``(field, value)``: each cookie's value, the Referer's query values and
        path end, the value of each header a script set; and the cookie fields whose value its server set."""
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
        return fields, server_set

    def _copies_headers(self, request: Request, target: str) -> bool:
        """Whether a redirect ``target`` holds the value of a cookie, a Referer piece or a script's header the
        request carried (what its server could have copied there), of :data:`_COPIED_CHARS` characters or more: a
        site that received the run's data a character at a time keeps its other redirects (what the target address
        carries itself, the run's data a server put together, is judged apart, see :meth:`_fetch_hops`)."""
        dest = host_key(request.url)
        latest = self._header_values.get(site_key(dest), {}) if dest else {}
        # what this request carried too: a later request of the page may have changed the site's latest values
        # (a cookie set again) while this one's redirect was on its way back
        carried, server_set = self._header_fields(request)
        values = {*latest.values(), *(v for field, v in carried if field not in server_set)}
        text = unquote(unquote(target))
        return any(len(v.strip()) >= _COPIED_CHARS and v in text for v in values)
