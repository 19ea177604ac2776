"""Every request of a session's browser passes here: the URL policy, workspace files, redirects hop by hop.

Chromium does not route the hops of a redirect through Playwright (a 3xx answer, or a 3xx a route fulfils,
is followed inside the browser, unchecked). So requests the policy must see whole are fetched here with
redirects off, and each hop's target is checked before it is fetched, once. The final answer then reaches
the page without a second request:

- a subresource gets the final response as the answer to its request;
- a navigation cannot (the document would carry the first URL), so the route is aborted and the frame is
  navigated to the final URL, and that new navigation (which Playwright does route) is answered from the
  response already fetched. :meth:`Router.settle` waits for such navigations.

Each request (its first hop) also passes the run's :data:`~gofer.computer.browser.policy.RequestCheck`, when the
run gave one: a request it refuses (a page's script sending the run's data to another host) is aborted, told to
the model in the next observation and kept in :attr:`Router.withheld` for the run's log.
"""

from __future__ import annotations

import asyncio
import contextlib
import mimetypes
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from playwright.async_api import APIResponse, Frame, Request, Route
from playwright.async_api import Error as PlaywrightError

from gofer.computer.browser.policy import WORKSPACE_ORIGIN, UrlKind, UrlPolicy, display_url
from gofer.computer.workspace import Workspace, WorkspaceError

__all__ = ["MAX_HOPS", "Router"]

MAX_HOPS = 10
"""Redirects followed for one request before it is refused."""
_FETCH_TIMEOUT = 30_000
_NAV_TIMEOUT = 30_000
_BODY_HEADERS = ("content-type", "content-length", "content-encoding")
_BODY_JUDGED = 1 << 20
"""Bytes of a request's body the run's request check reads."""


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
        self._ready: dict[str, APIResponse] = {}
        self._follows: set[asyncio.Task[None]] = set()

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
        if self.policy.run_requests is not None and await self._withhold(route, request, kind):
            return
        if self.hold is not None and await self.hold(route, request):
            return
        if kind == "subresource" and not self.policy.restrictive:
            with contextlib.suppress(PlaywrightError):
                await route.fallback()
            return
        with contextlib.suppress(PlaywrightError):
            await self._fetch_hops(route, request, kind)

    async def _refuse(self, route: Route, url: str, kind: UrlKind, reason: str) -> None:
        """Abort the request; a refused navigation leaves the frame on the page it was on (no error page)."""
        if kind == "navigation":
            self.refused.append(f"{url}: {reason}")
        with contextlib.suppress(PlaywrightError):
            await route.abort("aborted" if kind == "navigation" else "blockedbyclient")

    async def _withhold(self, route: Route, request: Request, kind: UrlKind) -> bool:
        """Ask the run's request check; abort a request it refuses (True), noting it for the model and the log."""
        check = self.policy.run_requests
        url = request.url
        if check is None or not url.startswith(("http:", "https:")):
            return False
        try:
            page = request.frame.page.url
        except PlaywrightError:  # a service worker's request: no page
            page = ""
        raw = request.post_data_buffer or b""
        body = raw[:_BODY_JUDGED].decode("utf-8", errors="replace")
        try:
            refusal = check(url, request.method, body, page, kind == "navigation")
        except Exception as exc:  # a check that fails must not let the data through (nor hang the request)
            refusal = (urlsplit(url).netloc, f"the request check failed ({type(exc).__name__}: {exc})")
        if refusal is None:
            return False
        destination, reason = refusal
        parts = urlsplit(url)
        what = "navigation" if kind == "navigation" else request.resource_type
        same = next((w for w in self.withheld if (w["destination"], w["reason"]) == (destination, reason)), None)
        if same is None:  # one entry (and one note) per destination and reason, however many requests
            self.withheld.append({
                "destination": destination, "url": f"{parts.scheme}://{parts.netloc}/", "page": display_url(page),
                "reason": reason, "requests": 1, "kinds": [f"{request.method} {what}"],
            })
            self.notes.append(
                f"Refused a request the page made itself ({request.method} {what}) to {destination}, which the user "
                f"did not name: {reason}. Untrusted content was read in this run; the data was not sent."
            )
        else:
            same["requests"] += 1
            if f"{request.method} {what}" not in same["kinds"]:
                same["kinds"].append(f"{request.method} {what}")
        with contextlib.suppress(PlaywrightError):
            await route.abort("aborted" if kind == "navigation" else "blockedbyclient")
        return True

    def take_withheld(self) -> list[dict[str, Any]]:
        """The refused requests not yet logged (and forget them)."""
        out, self.withheld = self.withheld, []
        return out

    async def _fetch_hops(self, route: Route, request: Request, kind: UrlKind) -> None:
        """Fetch the request hop by hop (each hop once), checking every redirect target against the policy."""
        current, method = request.url, request.method
        response = await route.fetch(max_redirects=0, timeout=_FETCH_TIMEOUT)
        hops = 0
        body_kept = True
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
            hops += 1
            current = verdict.url or target
            if current.startswith(WORKSPACE_ORIGIN + "/"):
                break
            headers = None if body_kept else {
                k: v for k, v in request.headers.items() if k.lower() not in _BODY_HEADERS
            }
            response = await route.fetch(
                url=current, method=method, headers=headers, post_data=None if body_kept else b"",
                max_redirects=0, timeout=_FETCH_TIMEOUT,
            )
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

