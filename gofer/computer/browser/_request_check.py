"""The run's request check on what a session's pages send.

Each request (and each redirect hop of it) is judged alone (:meth:`RequestCheckMixin._judge`), and with what earlier
requests and messages sent its site (:meth:`RequestCheckMixin._judge_pieces`: a value sent a few characters at a
time). Its address, Referer, cookies and a script's headers are also judged as if they went to a host the user did
not name (:meth:`RequestCheckMixin._carries_anywhere`): a server can copy them into a redirect. A site that received
the run's data holds it (:meth:`RequestCheckMixin._holding`) and has its later requests fetched hop by hop. A refused
request is kept for the run's log and told to the model (:meth:`RequestCheckMixin._note_refusal`).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Request, Route

from gofer.computer.browser._header_pieces import HEADER_SITES, HeaderPiecesMixin
from gofer.computer.browser.policy import UrlKind, display_url
from gofer.safety.checks._pieces import Piece, pieces_of, site_key
from gofer.safety.urls import host_key

__all__ = ["BODY_JUDGED", "RequestCheckMixin"]

BODY_JUDGED = 1 << 20
"""Bytes of a request's body the run's request check reads (it is told the size of a longer one)."""
_ANYWHERE = "eventsource-redirect.invalid"
"""The host the address of a request left to Chromium is judged as going to: any host the user did not name (see
:meth:`RequestCheckMixin._carries_anywhere`)."""
_COOKIES_JUDGED = 64
"""Cookie headers (and sets of a script's headers) whose verdict a session remembers (the run's check is asked
again when it changes)."""


class RequestCheckMixin(HeaderPiecesMixin):
    """The run's request check on requests, redirect hops and messages, and the record of what it refused."""

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

    async def _withhold_partitioned(self, route: Route, request: Request, kind: UrlKind) -> bool:
        """Refuse a request whose partitioned (CHIPS) cookies carry the run's data (True), judged as the cookie
        header is (:meth:`_judge_once`, as if going anywhere). Chromium adds a partitioned cookie after the route has
        seen the request, so it is in no header the hook reads: a page's script writing the run's data into one
        (``document.cookie = 't=…; Secure; SameSite=None; Partitioned'``) had it ride unjudged on a plain image. The
        context's store lists them (those of other partitions too: judged as well, on the safe side)."""
        if self.context is None:
            return False
        try:
            store = await self.context.cookies(request.url)
        except PlaywrightError:
            return False
        text = "; ".join(f"{c.get('name', '')}={c.get('value', '')}" for c in store if c.get("partitionKey"))
        refusal = self._judge_once("cookie", text) if text else None
        if refusal is None:
            return False
        self._note_refusal(refusal, request.url, self._page_of(request),
                           f"{request.method} {self._what(request, kind)} (its partitioned cookies)")
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
        while len(self._holders) > HEADER_SITES:
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
        body: Any = raw[:BODY_JUDGED].decode("utf-8", errors="replace")
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
        longer than the check reads goes as its first :data:`BODY_JUDGED` bytes with its full size."""
        check = self.policy.run_requests
        if check is None:
            return None
        body = raw[:BODY_JUDGED].decode("utf-8", errors="replace")
        try:
            if len(raw) > BODY_JUDGED:
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
