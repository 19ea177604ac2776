"""WebSockets, a page's and a worker's, message by message, and the guard put in front of worker scripts.

A page's WebSocket passes the URL policy and the run's request check on its address, then the check on every
message the page sends, alone and after the messages before it (:meth:`SocketsMixin.handle_web_socket`). Playwright
does not route a worker's: the guard of :mod:`gofer.computer.browser._worker_js` asks the router
(:meth:`SocketsMixin.answer_guard`) before a worker's socket connects or sends, and the router puts the guard in
front of every worker script a page announced (:meth:`SocketsMixin.serve_worker_script`).
"""

from __future__ import annotations

import asyncio
import contextlib
from urllib.parse import parse_qsl, urldefrag, urlsplit

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page, Request, Route, WebSocketRoute

from gofer.computer.browser._request_check import BODY_JUDGED, RequestCheckMixin
from gofer.computer.browser._router_base import FETCH_TIMEOUT
from gofer.computer.browser._worker_js import guard_prelude, guarded_script, module_prelude
from gofer.computer.browser.policy import display_url
from gofer.safety.checks._pieces import site_key
from gofer.safety.urls import host_key

__all__ = ["SocketsMixin"]

_WORKER_SCRIPTS = 1000
"""Worker script URLs a session remembers (a page announces each before it starts the worker)."""
_GUARD_ANSWER = {"access-control-allow-origin": "*", "cache-control": "no-store"}
"""A ``data:`` worker has an opaque origin: its guard's questions are cross-origin."""


def _as_http(url: str) -> str:
    """A WebSocket address as the policy and the check read URLs (``ws:`` as ``http:``)."""
    return "http" + url[2:] if url.lower().startswith("ws") else url


def _owner(request: Request) -> Page | None:
    """The page whose worker made ``request`` (Playwright names a dedicated worker's requests by the frame that
    started it; None when it names none)."""
    try:
        return request.frame.page
    except PlaywrightError:
        return None


class SocketsMixin(RequestCheckMixin):
    """The WebSockets of pages and workers, and the guard of workers."""

    async def handle_web_socket(self, ws: WebSocketRoute, page: Page | None = None) -> None:
        """The handler for ``route_web_socket`` (of the context, and of each page, which then knows its page): the
        URL policy on the address, then the run's request check on the address and on every message the page
        sends, alone and after the messages before it on the connection (a value sent a keystroke at a time), and
        the effect gate's check (:attr:`hold_message`: a message of an approved action's page that sends what the
        person was not shown). A refused message is not sent and the connection is closed on both sides; the
        server's messages pass."""
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
            if self._message_refused(http, text, now, "WebSocket message") or (
                    self.hold_message is not None and self.hold_message(page, http, text)):
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
            refusal = self._judge_pieces(http, [(site_key(dest), f"WebSocket {path}", text[:BODY_JUDGED])], page)
        if refusal is None:
            return False
        self._note_refusal(refusal, http, page, what)
        return True

    async def answer_guard(self, route: Route, request: Request) -> None:
        """Answer a worker guard's question (``ok`` or ``refused``): may this worker socket connect, may it send
        this message (the request's body: the run's check, then the effect gate's as for its page's own messages),
        and the announcement of a worker script to guard, or of a script's
        ``no-cors`` fetch about to be made (its credentials mode the body: see :meth:`_announced`)."""
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
        elif op == "nocors" and urlsplit(target).scheme in ("http", "https"):
            mode = (request.post_data_buffer or b"").decode("ascii", errors="replace")
            self._no_cors[urldefrag(target)[0]] = mode if mode in ("include", "omit") else "same-origin"
            while len(self._no_cors) > _WORKER_SCRIPTS:
                del self._no_cors[next(iter(self._no_cors))]
            ok = True
        elif op == "open" and urlsplit(target).scheme in ("ws", "wss"):
            ok = await self._socket_refused(_as_http(target), page) is None
        elif op == "send" and urlsplit(target).scheme in ("ws", "wss"):
            text = (request.post_data_buffer or b"")[:BODY_JUDGED].decode("utf-8", errors="replace")
            http = _as_http(target)
            ok = not self._message_refused(http, text, page, "worker WebSocket message") and not (
                self.hold_message is not None and self.hold_message(_owner(request), http, text))
        with contextlib.suppress(PlaywrightError):
            await route.fulfill(status=200, body="ok" if ok else "refused", content_type="text/plain",
                                headers=_GUARD_ANSWER)

    async def serve_worker_script(self, route: Route, request: Request) -> None:
        """Answer a worker script a page announced with the guard in front of it (a module's as its first import).
        A worker script that redirects is refused (its worker would start unguarded at the target)."""
        url = request.url
        response = await route.fetch(max_redirects=0, timeout=FETCH_TIMEOUT)
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
