"""Fetching a request hop by hop, and loading a checked redirect's final page into its frame.

Chromium does not route the hops of a redirect through Playwright, so a request the policy or the run's check must
see whole is fetched here with redirects off (:meth:`HopsMixin._fetch_hops`), and each hop's target is checked before
it is fetched, once. A subresource gets the final response as the answer to its request; a navigation is aborted and
its frame navigated to the final URL (:meth:`HopsMixin._navigate_instead`), which the router answers from the
response already fetched. A hop to the workspace origin is answered with the workspace file
(:meth:`HopsMixin.serve_workspace`).
"""

from __future__ import annotations

import asyncio
import contextlib
import mimetypes
from typing import cast
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from playwright.async_api import APIResponse, Cookie, Frame, Request, Route
from playwright.async_api import Error as PlaywrightError

from gofer.computer.browser._request_check import RequestCheckMixin
from gofer.computer.browser._router_base import FETCH_TIMEOUT
from gofer.computer.browser._worker_js import CREDENTIALS_MARK
from gofer.computer.browser.policy import WORKSPACE_ORIGIN, UrlKind, display_url
from gofer.computer.browser.snapshot import origin
from gofer.computer.workspace import WorkspaceError
from gofer.safety.urls import site_of

__all__ = ["MAX_HOPS", "HopsMixin"]

MAX_HOPS = 10
"""Redirects followed for one request before it is refused."""
_NAV_TIMEOUT = 30_000
_BODY_HEADERS = ("content-type", "content-length", "content-encoding")
_CREDENTIAL_HEADERS = ("authorization", "proxy-authorization")
"""Headers a redirect to another origin does not carry on (the Fetch standard's rule, which Chromium follows)."""
_FETCH_ERRORS = (
    ("ECONNREFUSED", "connectionrefused"), ("ENOTFOUND", "namenotresolved"), ("EAI_AGAIN", "namenotresolved"),
    ("ECONNRESET", "connectionreset"), ("ETIMEDOUT", "timedout"), ("Timeout", "timedout"),
    ("EHOSTUNREACH", "addressunreachable"), ("ENETUNREACH", "addressunreachable"),
)
"""What a failed fetch's message says, and the network error Chromium is given for it."""
_SCRIPT_REQUESTS = frozenset({"fetch", "xhr"})
"""Requests a page's script makes with ``fetch`` or ``XMLHttpRequest``, whose credentials mode is ``same-origin``
unless the script says otherwise (``credentials: 'include'``, ``withCredentials``: the guard marks those, see
:data:`~gofer.computer.browser._worker_js.CREDENTIALS_MARK`)."""
_HOP_DROPPED = frozenset({"authorization", "proxy-authorization", "content-type", "content-language",
                          "content-location", "content-encoding"})
"""Headers Chromium drops from a redirect hop (to another origin; after a change to GET), which Playwright puts back
on every hop Chromium follows when a route falls back with headers of its own."""


def includes(request: Request) -> bool:
    """Whether a page's script made ``request`` with credentials ``include`` (the guard's mark)."""
    return request.headers.get(CREDENTIALS_MARK) == "include"


def unmarked(headers: dict[str, str]) -> dict[str, str]:
    """``headers`` without the guard's mark (which never leaves the browser)."""
    return {k: v for k, v in headers.items() if k.lower() != CREDENTIALS_MARK}


def fallback_headers(request: Request) -> tuple[bool, dict[str, str] | None]:
    """Whether a request may be left to Chromium, and the headers it then goes with (None: its own). A request
    with the guard's mark goes without it; one that also has a header Chromium drops from a redirect hop may not
    (the headers a route falls back with are put on every hop Chromium follows: see :data:`_HOP_DROPPED`)."""
    if CREDENTIALS_MARK not in request.headers:
        return True, None
    headers = unmarked(request.headers)
    return not any(k.lower() in _HOP_DROPPED for k in headers), headers


def _cross_site(url: str, page: str) -> bool:
    """Whether a request to ``url`` from ``page`` (the top-level page) is cross-site for cookies, as Chromium reads
    it: another scheme or another registrable domain (ports do not count). An unknown page counts as cross-site."""
    there, here = urlsplit(url), urlsplit(page)
    if not here.hostname or not there.hostname or there.scheme != here.scheme:
        return True
    return site_of(there.hostname) != site_of(here.hostname)


def _cross_site_ancestor(cookie: Cookie) -> bool:
    """Whether a partitioned cookie belongs to frames with a cross-site ancestor (Chromium's part of its partition
    key, which Playwright lists without declaring it)."""
    return bool(cast("dict[str, object]", cookie).get("_crHasCrossSiteAncestor"))


class HopsMixin(RequestCheckMixin):
    """Requests fetched hop by hop, redirected navigations followed, workspace files served."""

    @property
    def redirecting(self) -> bool:
        """True while a checked redirect's final page is being loaded into its frame."""
        return bool(self._follows)

    async def settle(self, timeout: float) -> None:
        """Wait (up to ``timeout`` seconds) until redirected navigations have reached their final page."""
        if self._follows:
            await asyncio.wait(set(self._follows), timeout=timeout)

    def cancel(self) -> None:
        """Stop redirected navigations still under way (the context is closing)."""
        for task in list(self._follows):
            task.cancel()
        self._ready.clear()

    async def _refuse(self, route: Route, url: str, kind: UrlKind, reason: str) -> None:
        """Abort the request; a refused navigation leaves the frame on the page it was on (no error page)."""
        if kind == "navigation":
            self.refused.append(f"{url}: {reason}")
        with contextlib.suppress(PlaywrightError):
            await route.abort("aborted" if kind == "navigation" else "blockedbyclient")

    async def _fetch_hops(self, route: Route, request: Request, kind: UrlKind, carried: bool = False,
                          no_cors: str | None = None) -> None:
        """Fetch the request hop by hop (each hop once), checking every redirect target against the policy and the
        run's check: its address, what it adds to its site's stream, and (``carried``: the headers of the requests
        to this request's site carried the run's data, added up) whether it copies one of the values they hold.
        ``no_cors``: the credentials mode of a script's ``no-cors`` fetch the guard announced (None: not one)."""
        current, method = request.url, request.method
        initiator = self._initiator(request)
        include = includes(request) or no_cors == "include"
        try:
            async with self._turn(request):
                store = await self._store(current)
                sent = kind == "navigation" or self._credentialed(request, initiator, store, include, no_cors)
                first = await self._first_headers(request, kind, store, sent)
                response = await route.fetch(headers=unmarked(first or request.headers), max_redirects=0,
                                             timeout=FETCH_TIMEOUT)
        except PlaywrightError as exc:
            await self._unreachable(route, current, exc)
            return
        self._server_set(current, response)
        hops = 0
        crossed = credentialed = False  # a hop left the page's origin; one such hop carried cookies
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
            if body_kept and self.hold_hop is not None and self.hold_hop(request, method, target):
                await route.abort("aborted" if kind == "navigation" else "blockedbyclient")
                return
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
                       if (low := k.lower()) not in ("cookie", CREDENTIALS_MARK)
                       and (body_kept or low not in _BODY_HEADERS)
                       and (credentials_kept or low not in _CREDENTIAL_HEADERS)}
            cookies = kind == "navigation" or self._hop_credentials(request, initiator, current, sent, include,
                                                                    no_cors is not None)
            header = await self._cookie_header(request, current, kind) if cookies else ""
            if header is not None:  # a Cookie header, empty too, keeps Playwright from adding the context's
                headers["cookie"] = header
                cookies = bool(header)
            if initiator and origin(current) != initiator:
                # include mode counts as credentialed for CORS whether cookies went or not, as in Chromium
                crossed, credentialed = True, credentialed or cookies or include
            try:
                response = await route.fetch(
                    url=current, method=method, headers=headers, post_data=None if body_kept else b"",
                    max_redirects=0, timeout=FETCH_TIMEOUT,
                )
            except PlaywrightError as exc:
                await self._unreachable(route, current, exc)
                return
            self._server_set(current, response)
        workspace = current.startswith(WORKSPACE_ORIGIN + "/")
        if (crossed and not workspace and kind == "subresource" and request.resource_type in _SCRIPT_REQUESTS
                and origin(request.url) == initiator and not self._shared(response, initiator, credentialed)):
            # the page's script would read the answer as its own origin's (the hook answers its first request):
            # Chromium fails a fetch whose redirect leads to an origin that does not share its answer (CORS)
            await route.abort("failed")
            return
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

    async def _store(self, url: str) -> list[Cookie] | None:
        """The context's cookies for ``url``, partitioned ones (of every partition) included (None: unknown)."""
        if self.context is None:
            return []
        try:
            return await self.context.cookies(url)
        except PlaywrightError:
            return None

    def _credentialed(self, request: Request, initiator: str, store: list[Cookie] | None, include: bool,
                      no_cors: str | None) -> bool:
        """Whether a subresource went with credentials to its first address, as Chromium decided it: Playwright does
        not tell a request's credentials mode, so it is read from the Cookie header Chromium put on it and, when
        there is none, from the kind of request. A header means yes; none while the context holds unpartitioned
        cookies for the address means the request was made without credentials (``credentials: 'omit'``, an
        anonymous ``<img crossorigin>``), unless ``SameSite`` withheld them all (a request to another site than the
        page's, none of the cookies marked ``SameSite=None``) from a request made with credentials ``include`` (the
        guard's mark, or a ``no-cors`` load: an image, a script, a style, a script's announced ``no-cors`` fetch).
        With no unpartitioned cookie to tell, a script's ``fetch`` and ``XMLHttpRequest`` and a ``cors`` load (one
        with an ``Origin`` header) go with credentials to their own origin (``same-origin``, their default), a
        ``no-cors`` load anywhere. A fetch the guard marked ``omit`` and an unreadable store count as no."""
        if request.headers.get("cookie"):
            return True
        if store is None or request.headers.get(CREDENTIALS_MARK) == "omit":
            return False
        cors = request.resource_type in _SCRIPT_REQUESTS or "origin" in request.headers
        loads = no_cors != "omit" if no_cors is not None else include or not cors  # include mode
        plain = [c for c in store if not c.get("partitionKey")]
        if plain:  # none went: SameSite withheld them all, or the request was made without credentials
            withheld = _cross_site(request.url, self._page_of(request)) and all(
                c.get("sameSite") != "None" for c in plain)
            return withheld and loads
        if include or (no_cors is None and not cors):
            return True
        return no_cors != "omit" and bool(initiator) and origin(request.url) == initiator

    async def _first_headers(self, request: Request, kind: UrlKind, store: list[Cookie] | None,
                             credentialed: bool) -> dict[str, str] | None:
        """The headers the router fetches a request's first address with (None: its own): its Cookie header holding
        the latest value of each cookie its server set (:meth:`_latest_cookies`), or, made without credentials, an
        empty one (Playwright's fetch adds the context's cookies to a request without one), and the page's
        partitioned (CHIPS) cookies for the address, which Chromium adds after the route has seen the request."""
        if not credentialed:
            return {**request.headers, "cookie": ""} if store is None or store else None
        headers = await self._latest_cookies(request, store) or request.headers
        own = self._partitioned(store or [], request, request.url, kind)
        if not own and (headers.get("cookie") or not store):
            return None if headers is request.headers else headers
        pairs = [pair for pair in (headers.get("cookie", ""), *own) if pair]
        return {**headers, "cookie": "; ".join(pairs)}

    async def _cookie_header(self, request: Request, url: str, kind: UrlKind) -> str | None:
        """The Cookie header Chromium sends with a credentialed redirect hop of ``request`` to ``url`` (None: the one
        Playwright's fetch adds, the context's unpartitioned cookies for the address). A subresource's hop to
        another site than the page's (scheme or registrable domain) carries only the cookies marked
        ``SameSite=None``: Playwright's fetch adds them whatever their ``SameSite`` (no attribute counts as ``Lax``).
        Each hop also carries the page's partitioned (CHIPS) cookies for its address, and no other partition's."""
        store = await self._store(url)
        cross = kind == "subresource" and _cross_site(url, self._page_of(request))
        if store is None:
            return "" if cross else None
        parted = any(c.get("partitionKey") for c in store)
        if not cross and not parted:
            return None
        plain = [c for c in store if not c.get("partitionKey") and (not cross or c.get("sameSite") == "None")]
        return "; ".join([*(f"{c.get('name', '')}={c.get('value', '')}" for c in plain),
                          *self._partitioned(store, request, url, kind)])

    def _partitioned(self, store: list[Cookie], request: Request, url: str, kind: UrlKind) -> list[str]:
        """The partitioned (CHIPS) cookies of ``store`` (``name=value``) that Chromium sends with ``request``'s hop to
        ``url``: those of the partition of the top-level page (the page ``url`` opens for a top frame's navigation),
        keyed by its scheme and registrable domain, and of frames with (or without) a cross-site ancestor as the
        request's frame has one."""
        try:
            frame = request.frame
            top = url if kind == "navigation" and frame.parent_frame is None else frame.page.url
            chain = frame.parent_frame if kind == "navigation" else frame
            ancestor = False
            while chain is not None and chain.parent_frame is not None:
                ancestor = ancestor or _cross_site(chain.url, top)
                chain = chain.parent_frame
        except PlaywrightError:  # a service worker's request: no page, no partition known
            return []
        parts = urlsplit(top)
        if not parts.hostname:
            return []
        key = f"{parts.scheme}://{site_of(parts.hostname)}"
        return [f"{c.get('name', '')}={c.get('value', '')}" for c in store
                if c.get("partitionKey") == key and _cross_site_ancestor(c) == ancestor]

    @staticmethod
    def _initiator(request: Request) -> str:
        """The origin of the frame that made a request (empty when it is not known: a service worker's)."""
        try:
            return origin(request.frame.url)
        except PlaywrightError:
            return ""

    @staticmethod
    def _hop_credentials(request: Request, initiator: str, hop: str, credentialed: bool, include: bool,
                         no_cors: bool) -> bool:
        """Whether a subresource's redirect hop to ``hop`` goes with credentials, as Chromium sends it. A request
        made with credentials ``include`` (the guard's mark, or announced) has every hop go with its own host's,
        also when its first address went without (its host held none, or ``SameSite`` withheld them). Otherwise one
        whose first address went without (``credentialed``, :meth:`_credentialed`) keeps every hop without; one to
        another origin than the page's has every hop go with; one to the page's own origin is ``same-origin`` (the
        default of ``fetch`` and ``XMLHttpRequest``) for a script's request in ``cors`` mode, whose hops to another
        origin then go without, and goes with on every hop for a ``no-cors`` load (an image, a script, a style, a
        script's ``no-cors`` fetch, whose hops Chromium sends cookies whatever its credentials mode)."""
        if include:
            return True
        if not credentialed:
            return False
        if not initiator or origin(request.url) != initiator or origin(hop) == initiator:
            return True
        return no_cors or request.resource_type not in _SCRIPT_REQUESTS

    @staticmethod
    def _shared(response: APIResponse, initiator: str, credentialed: bool) -> bool:
        """Whether an answer from another origin may be read by a script of ``initiator`` (CORS, as Chromium checks
        it after a redirect: ``*`` without credentials, else the origin itself, or ``null`` for a chain that left
        its origin, with ``Access-Control-Allow-Credentials: true`` when cookies went)."""
        allowed = response.headers.get("access-control-allow-origin", "").strip()
        if allowed == "*":
            return not credentialed
        with_credentials = response.headers.get("access-control-allow-credentials", "").strip() == "true"
        return allowed in (initiator, "null") and (with_credentials or not credentialed)

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
