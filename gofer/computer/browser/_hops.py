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
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from playwright.async_api import APIResponse, Frame, Request, Route
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

    async def _fetch_hops(self, route: Route, request: Request, kind: UrlKind, carried: bool = False) -> None:
        """Fetch the request hop by hop (each hop once), checking every redirect target against the policy and the
        run's check: its address, what it adds to its site's stream, and (``carried``: the headers of the requests
        to this request's site carried the run's data, added up) whether it copies one of the values they hold."""
        current, method = request.url, request.method
        bare = kind == "subresource" and await self._without_credentials(request)
        initiator = self._initiator(request)
        include = includes(request)
        try:
            async with self._turn(request):
                first = {**request.headers, "cookie": ""} if bare else await self._latest_cookies(request)
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
            cookies = not bare and (kind == "navigation" or self._hop_credentials(request, initiator, current))
            if not cookies:
                headers["cookie"] = ""  # an empty Cookie header keeps Playwright from adding the context's
            elif kind == "subresource" and _cross_site(current, self._page_of(request)):
                # Playwright's fetch adds the hop's cookies whatever their SameSite; Chromium sends a cross-site
                # subresource only those marked SameSite=None (no attribute counts as Lax)
                headers["cookie"] = await self._cross_site_cookies(current)
                cookies = bool(headers["cookie"])
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

    async def _without_credentials(self, request: Request) -> bool:
        """Whether a page's request was made without credentials (``fetch(url, {credentials: 'omit'})``, an
        anonymous ``<img crossorigin>``, or cookies Chromium withheld for their ``SameSite``): it carries no Cookie
        header although the context holds cookies for its address. Playwright's fetch adds the context's cookies to
        a request without one, so the router's fetch, and each redirect hop of it, must be told to send none."""
        if request.headers.get("cookie") or self.context is None:
            return False
        try:
            return bool(await self.context.cookies(request.url))
        except PlaywrightError:
            return True

    async def _cross_site_cookies(self, url: str) -> str:
        """The Cookie header Chromium sends with a cross-site subresource request to ``url``: the context's cookies
        for it marked ``SameSite=None`` (empty when there are none, or the store cannot be read)."""
        if self.context is None:
            return ""
        try:
            store = await self.context.cookies(url)
        except PlaywrightError:
            return ""
        return "; ".join(f"{c.get('name', '')}={c.get('value', '')}" for c in store if c.get("sameSite") == "None")

    @staticmethod
    def _initiator(request: Request) -> str:
        """The origin of the frame that made a request (empty when it is not known: a service worker's)."""
        try:
            return origin(request.frame.url)
        except PlaywrightError:
            return ""

    @staticmethod
    def _hop_credentials(request: Request, initiator: str, hop: str) -> bool:
        """Whether a subresource's redirect hop to ``hop`` goes with the context's cookies for its address, as
        Chromium sends it. A script's request with credentials ``include`` (the guard's mark) has every hop go with
        its own host's, also when its first host holds none. Playwright does not tell other requests' credentials
        mode, so it is read from what the first request carried: none (made without credentials, or to a host
        holding none) keeps every hop without; a
        Cookie header to another origin than the page's means ``include``, so every hop has its own host's; one to
        the page's own origin is ``same-origin`` (the default of ``fetch`` and ``XMLHttpRequest``) for a script's
        request, whose hops to another origin then go without, and ``include`` for an image, a script or a style
        (a ``no-cors`` load)."""
        if includes(request):
            return True
        if not request.headers.get("cookie"):
            return False
        if not initiator or origin(request.url) != initiator or origin(hop) == initiator:
            return True
        return request.resource_type not in _SCRIPT_REQUESTS

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
