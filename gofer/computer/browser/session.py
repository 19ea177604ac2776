"""A session's browser: one BrowserContext from the pool, its tabs, dialogs, downloads and URL policy.

:class:`BrowserSession` is the Computer part named ``"browser"``. Tools run each action through
:meth:`BrowserSession.act`, which restarts a crashed browser or tab first, races the action against a JS
dialog (a dialog blocks the page until ``browser_dialog`` answers it), waits for the page to settle
(navigation, then a quiet network with a cap), collects what happened on the side (new tabs followed, downloads
saved into the workspace, refused navigations) and takes the new snapshot.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from playwright.async_api import BrowserContext, Dialog, Frame, Page, Request
from playwright.async_api import Error as PlaywrightError

from gofer.computer.browser._snapshot_js import LISTENER_JS
from gofer.computer.browser._worker_js import END_WORKERS, WORKER_GUARD_JS
from gofer.computer.browser.downloads import Downloads
from gofer.computer.browser.effects import Effect, EffectGate, Held
from gofer.computer.browser.policy import UrlPolicy
from gofer.computer.browser.pool import BrowserPool
from gofer.computer.browser.risk import EXECUTABLE_SUFFIXES
from gofer.computer.browser.routing import Router
from gofer.computer.browser.snapshot import RefMap, Snapshot, take_snapshot
from gofer.computer.workspace import Workspace

__all__ = ["EXECUTABLE_SUFFIXES", "REFUSED", "BrowserSession", "DialogOpen", "Tab", "Unwatched"]

REFUSED = "Refused navigation to "
"""How notes about navigations the URL policy refused begin."""
NETWORK_QUIET = 0.15
NETWORK_CAP = 3.0
ACTION_TIMEOUT = 15.0


def _every_url(_url: str) -> bool:
    """The URL pattern that routes every WebSocket."""
    return True


@dataclass
class Tab:
    """One open page with its refs and its latest snapshot."""

    page: Page
    refs: RefMap = field(default_factory=RefMap)
    snapshot: Snapshot | None = None
    last_url: str = "about:blank"
    crashed: bool = False


class BrowserSession:
    """The browser part of one session's Computer."""

    def __init__(
        self,
        pool: BrowserPool,
        session_id: str,
        workspace: Workspace,
        settings: Any,
        policy: UrlPolicy,
        *,
        owns_pool: bool = False,
    ) -> None:
        self.pool = pool
        self.session_id = session_id
        self.workspace = workspace
        self.settings = settings
        self.policy = policy
        self.owns_pool = owns_pool
        self.context: BrowserContext | None = None
        self.tabs: list[Tab] = []
        self.active = 0
        self.dialog: Dialog | None = None
        self.pending: asyncio.Task[Any] | None = None
        self.unfinished: Exception | None = None
        """Why the action a dialog blocked failed, found when the dialog was answered (a fill whose typing gave up
        while the dialog stayed open): the answer reports it."""
        self.notes: list[str] = []
        """What happened since the last observation (new tabs, downloads, refusals, restarts)."""
        self.effects = EffectGate()
        """What actions judged harmless make pages send: requests that are acts of their own are held."""
        self.router = Router(policy, workspace)
        """The URL policy, workspace files and redirects for every request of the context."""
        self.router.hold = self.effects.hold
        self.router.hold_message = self.effects.hold_message
        self.router.hold_hop, self.router.hops_held = self.effects.hold_hop, self.effects.hops_held
        self.downloads = Downloads(workspace, self._note)
        """Files pages downloaded, saved into the workspace."""
        self._routing: set[asyncio.Task[None]] = set()
        self._dialog_seen = asyncio.Event()
        self._generation = -1
        self._opening = False
        self.expect_tab = False
        """Set by a tool before an action that should open a tab (a link with a target): wait for it."""
        self._tab_opened = asyncio.Event()
        self.inflight: set[Request] = set()
        """Requests of any tab still running (for waiting until the network is quiet)."""
        self.activity = 0.0
        self._lock = asyncio.Lock()
        self.watch_gate: Callable[[str], str | None] | None = None
        """The run's watch-mode gate (``gofer.safety.watch.WatchGate``), set by the tools for the run using the
        session: asked about the live address right before an action acts on the page."""

    @property
    def refused(self) -> list[str]:
        """Navigations the URL policy refused since the last observation (``url: reason``)."""
        return self.router.refused

    @refused.setter
    def refused(self, value: list[str]) -> None:
        self.router.refused = value

    def _note(self, text: str) -> None:
        self.notes.append(text)

    def __repr__(self) -> str:
        return f"BrowserSession({self.session_id!r}, tabs={len(self.tabs)})"

    # -- the part's lifecycle --------------------------------------------------------------------------

    async def start(self) -> None:
        """Open the context (with saved cookies and storage) and one blank tab."""
        self.context = await self.pool.new_context(self.session_id)
        self._generation = self.pool.generation
        self.router.context = self.context
        await self.context.add_init_script(LISTENER_JS)
        # before the page's scripts: workers start guarded, no SharedWorker or service worker (see _worker_js)
        await self.context.add_init_script(WORKER_GUARD_JS)
        await self.context.route("**/*", self.router.handle)
        # a page's WebSockets: the context's route catches those a page opens before its own route is in place
        await self.context.route_web_socket(_every_url, self.router.handle_web_socket)
        self.context.on("page", self._on_page)
        self.context.on("response", self.router.on_response)
        self._add_tab(await self._new_page())

    async def aclose(self) -> None:
        """Save cookies and storage, close the context (and the pool when this part owns it)."""
        if self.context is not None and self._alive():
            await self.pool.save_state(self.session_id, self.context)
            await self._end_workers()
            with contextlib.suppress(PlaywrightError):
                await self.context.close()
        self.context = None
        self.router.cancel()
        self.downloads.cancel()
        if self.owns_pool:
            await self.pool.aclose()

    async def _end_workers(self) -> None:
        """End the dedicated workers of every frame before the pages close: a closed page gets no ``beforeunload``,
        and what a worker sends while its page is torn down can leave past the routes (see ``END_WORKERS``). At
        most a second (a frame showing a JavaScript dialog runs no script)."""
        assert self.context is not None
        frames = [f for page in self.context.pages for f in page.frames]
        script = f"() => {{ const end = globalThis.{END_WORKERS}; if (typeof end === 'function') end(); }}"

        async def end(frame: Frame) -> None:
            with contextlib.suppress(PlaywrightError):
                await frame.evaluate(script)

        if frames:
            _done, late = await asyncio.wait([asyncio.ensure_future(end(f)) for f in frames], timeout=1)
            for task in late:
                task.cancel()

    def _alive(self) -> bool:
        return (
            self.context is not None and self._generation == self.pool.generation and self.pool.check_alive()
        )

    async def ensure(self) -> None:
        """Restart after a browser crash (context rebuilt from the saved state) or a tab crash."""
        if not self._alive():
            urls = [t.last_url for t in self.tabs] or ["about:blank"]
            active = self.active
            self.tabs, self.active, self.dialog, self.pending = [], 0, None, None
            self.context = None
            await self.start()
            first = True
            for url in urls:
                tab = self.tabs[0] if first else self._add_tab(await self._new_page())
                first = False
                if url != "about:blank":
                    with contextlib.suppress(PlaywrightError):
                        await tab.page.goto(url, wait_until="domcontentloaded", timeout=ACTION_TIMEOUT * 1000)
            self.active = min(active, len(self.tabs) - 1)
            reopened = ", ".join(u for u in urls if u != "about:blank") or "nothing"
            self.notes.append(
                "The browser had stopped and was restarted: cookies and storage restored from the last save, "
                f"pages reopened ({reopened}); anything typed but not submitted was lost."
            )
            return
        tab = self.tab
        if tab.crashed or tab.page.is_closed():
            url = tab.last_url
            with contextlib.suppress(PlaywrightError):
                await tab.page.close()
            fresh = Tab(page=await self._new_page())
            self._watch(fresh)
            self.tabs[self.active] = fresh
            if url != "about:blank":
                with contextlib.suppress(PlaywrightError):
                    await fresh.page.goto(url, wait_until="domcontentloaded", timeout=ACTION_TIMEOUT * 1000)
            self.notes.append(f"The tab had crashed and was reloaded at {url}.")

    async def _new_page(self) -> Page:
        assert self.context is not None
        self._opening = True
        try:
            page = await self.context.new_page()
        finally:
            self._opening = False
        await self._route_web_sockets(page)
        return page

    async def _route_web_sockets(self, page: Page) -> None:
        """Judge the page's WebSockets knowing their page (its own site may take what is typed into it)."""
        with contextlib.suppress(PlaywrightError):
            await page.route_web_socket(_every_url, functools.partial(self.router.handle_web_socket, page=page))

    # -- tabs ------------------------------------------------------------------------------------------

    @property
    def tab(self) -> Tab:
        """The active tab."""
        return self.tabs[self.active]

    async def screenshot_png(self) -> bytes | None:
        """The active tab's visible screen as PNG (what a person approving a browser action sees), or None."""
        if not self.tabs or self.tab.page.is_closed():
            return None
        return await self.tab.page.screenshot(type="png")

    @property
    def last_snapshot(self) -> Snapshot | None:
        """The active tab's latest snapshot (what the risk judge reads)."""
        return self.tabs[self.active].snapshot if self.tabs else None

    def _add_tab(self, page: Page) -> Tab:
        tab = Tab(page=page)
        self._watch(tab)
        self.tabs.append(tab)
        return tab

    def _watch(self, tab: Tab) -> None:
        page = tab.page
        loop = asyncio.get_running_loop()

        def started(req: Request) -> None:
            if req.resource_type not in ("eventsource", "websocket") and not req.url.endswith("/favicon.ico"):
                self.inflight.add(req)
                self.activity = loop.time()

        def ended(req: Request) -> None:
            self.inflight.discard(req)
            self.activity = loop.time()

        def crashed(_p: Page) -> None:
            tab.crashed = True

        def closed(_p: Page) -> None:
            if tab in self.tabs and len(self.tabs) > 1:
                index = self.tabs.index(tab)
                self.tabs.remove(tab)
                if self.active >= index and self.active > 0:
                    self.active -= 1
                self.notes.append(f"A tab was closed; now on tab {self.active + 1}.")

        page.on("request", started)
        page.on("requestfinished", ended)
        page.on("requestfailed", ended)
        page.on("crash", crashed)
        page.on("close", closed)
        page.on("dialog", self._on_dialog)
        page.on("download", self.downloads.on_download)
        watching = loop.create_task(self.router.watch_blocked(page))  # cookies set on answers Chromium blocks
        self._routing.add(watching)
        watching.add_done_callback(self._routing.discard)

    def _on_page(self, page: Page) -> None:
        if any(t.page is page for t in self.tabs) or self._opening:
            return
        self._add_tab(page)
        task = asyncio.get_running_loop().create_task(self._route_web_sockets(page))
        self._routing.add(task)
        task.add_done_callback(self._routing.discard)
        self._tab_opened.set()
        self.activity = asyncio.get_running_loop().time()
        self.active = len(self.tabs) - 1
        self.notes.append(f"The page opened a new tab (tab {self.active + 1} of {len(self.tabs)}); now on it.")

    async def switch(self, n: int) -> None:
        """Make tab ``n`` (1-based) the active one."""
        self.active = n - 1
        with contextlib.suppress(PlaywrightError):
            await self.tab.page.bring_to_front()

    # -- dialogs and downloads ---------------------------------------------------------------------------

    def _on_dialog(self, dialog: Dialog) -> None:
        self.dialog = dialog
        self._dialog_seen.set()

    # -- running an action -------------------------------------------------------------------------------

    async def act(
        self, action: Callable[[Page], Awaitable[Any]] | None, *, snapshot: bool = True, effect: Effect | None = None
    ) -> tuple[Snapshot | None, list[str]]:
        """Run one action on the active tab, wait for the page to settle, and snapshot it.

        ``effect`` says what the action is and whether it was judged consequential (see :class:`EffectGate`).
        Returns the snapshot (None while a dialog blocks the page) and the notes of what happened.
        """
        async with self._lock:
            await self.ensure()
            if self.dialog is not None and action is not None:
                raise DialogOpen(self.dialog)
            if action is not None:
                self._check_watched()
            self.notes += self.effects.begin(effect)
            self.refused.clear()
            self._tab_opened.clear()
            loop = asyncio.get_running_loop()
            started = loop.time()
            if action is not None:
                self._dialog_seen.clear()
                task = asyncio.ensure_future(self._attempt(action))
                waiter = asyncio.ensure_future(self._dialog_seen.wait())
                done, _ = await asyncio.wait({task, waiter}, timeout=ACTION_TIMEOUT, return_when="FIRST_COMPLETED")
                waiter.cancel()
                if task in done:
                    task.result()
                elif self.dialog is not None:
                    self.pending = task
                    return None, self._take_notes()
                else:
                    task.cancel()
                    raise TimeoutError(f"the action did not finish within {ACTION_TIMEOUT:.0f} s")
            return await self._finish(started, snapshot=snapshot)

    def _check_watched(self) -> None:
        """Watch mode on the page as it is now: a page may have sent itself to a sensitive site (a script, a meta
        refresh, a timer) after the model last saw it, and the log's last address would then be out of date. Its
        frames count too: a sensitive site in a frame of another site's page is acted on through that page."""
        if self.watch_gate is None or not self.tabs or self.tab.page.is_closed():
            return
        page = self.tab.page
        for url in dict.fromkeys([page.url, *(f.url for f in page.frames)]):
            reason = self.watch_gate(url)
            if reason:
                raise Unwatched(url, reason)

    async def _attempt(self, action: Callable[[Page], Awaitable[Any]]) -> Any:
        """Run the action; when the browser turns out to be gone, restart it and try once more."""
        try:
            return await action(self.tab.page)
        except PlaywrightError as exc:
            if "closed" not in str(exc) or self._alive():
                raise
        await self.ensure()
        return await action(self.tab.page)

    async def _finish(self, started: float, *, snapshot: bool = True) -> tuple[Snapshot | None, list[str]]:
        tab = self.tab
        await self.router.settle(ACTION_TIMEOUT)
        await self._settle(tab, started)
        if self.expect_tab and self.tab is tab:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._tab_opened.wait(), 3.0)
        self.expect_tab = False
        if self.tab is not tab:
            await self._settle(self.tab, started)
        await self.downloads.settle()
        snap = await self.refresh() if snapshot else None
        if snapshot and self.tab is not tab and (snap is None or snap is not self.tab.snapshot):
            await self._settle(self.tab, started)
            snap = await self.refresh()
        # after a window the action opened late has settled too: what it sends on loading is the action's
        self.effects.settled()
        if self.context is not None:
            await self.pool.save_state(self.session_id, self.context)
        return snap, self._take_notes()

    async def answer_dialog(
        self, accept: bool, text: str | None, effect: Effect | None = None
    ) -> tuple[str, Snapshot | None, list[str]]:
        """Accept or dismiss the open JS dialog, let the blocked action finish, and snapshot."""
        async with self._lock:
            dialog = self.dialog
            if dialog is None:
                raise LookupError("no dialog is open")
            self._check_watched()
            # the current action raised it when it is blocked on it, or when its page (the tab it left the model on)
            # raised it before any other action began (a confirm on a timer after the click)
            raised = self.pending is not None or (dialog.page is not None and dialog.page is self.tab.page)
            self.notes += self.effects.begin(effect, raised=raised)
            desc = f'{dialog.type} "{dialog.message}"'
            self.dialog = None
            self._dialog_seen.clear()
            with contextlib.suppress(PlaywrightError):
                if accept:
                    await dialog.accept(text) if text is not None else await dialog.accept()
                else:
                    await dialog.dismiss()
            started = asyncio.get_running_loop().time()
            pending, self.pending = self.pending, None
            if pending is not None:
                waiter = asyncio.ensure_future(self._dialog_seen.wait())
                done, _ = await asyncio.wait({pending, waiter}, timeout=ACTION_TIMEOUT, return_when="FIRST_COMPLETED")
                waiter.cancel()
                if pending in done:
                    try:
                        pending.result()
                    except (TimeoutError, PlaywrightError):
                        pass
                    except Exception as exc:  # the action's own account of what it left undone
                        self.unfinished = exc
                elif self.dialog is not None:  # the action raised another dialog: it is still the action's
                    self.pending = pending
                else:
                    pending.cancel()
            if self.dialog is not None:
                return desc, None, self._take_notes()
            snap, notes = await self._finish(started)
            return desc, snap, notes

    async def _settle(self, tab: Tab, started: float) -> None:
        page = tab.page
        with contextlib.suppress(PlaywrightError):
            await page.wait_for_load_state("domcontentloaded", timeout=ACTION_TIMEOUT * 1000)
        with contextlib.suppress(PlaywrightError):
            if self.dialog is None:
                await page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)))")
        loop = asyncio.get_running_loop()
        deadline = started + NETWORK_CAP + 1.0
        if self.activity >= started or self.inflight:
            while loop.time() < deadline and self.dialog is None:
                if not self.inflight and loop.time() - self.activity >= NETWORK_QUIET:
                    break
                await asyncio.sleep(0.05)
        with contextlib.suppress(PlaywrightError):
            if self.dialog is None:
                await page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)))")

    async def refresh(self) -> Snapshot:
        """Snapshot the active tab now (refs stay stable for elements already seen)."""
        tab = self.tab
        page = tab.page
        if page.url.startswith("file:"):
            self.refused.append(f"{page.url}: file:// pages are never read directly")
            with contextlib.suppress(PlaywrightError):
                await page.goto("about:blank")
        budget = int(getattr(self.settings, "browser_snapshot_chars", 0) or 7000)
        for attempt in range(3):
            try:
                snap = await take_snapshot(page, tab.refs, budget=budget)
                break
            except PlaywrightError as exc:
                if attempt == 2 or "context was destroyed" not in str(exc).lower():
                    raise
                with contextlib.suppress(PlaywrightError):
                    await page.wait_for_load_state("domcontentloaded", timeout=5000)
        tab.snapshot = snap
        if not page.url.startswith("about:"):
            tab.last_url = page.url
        return snap

    def take_withheld(self) -> list[dict[str, Any]]:
        """The requests of pages that the run's request check refused since the last call (for the run's log)."""
        return self.router.take_withheld()

    def take_held(self) -> list[Held]:
        """The requests of pages that the effect gate held since the last call (for the run's log)."""
        return self.effects.take_unlogged()

    def take_notes(self) -> list[str]:
        """What the browser noted since the last action's observation (refusals first, marked with
        :data:`REFUSED`), and forget it."""
        return self._take_notes()

    def _take_notes(self) -> list[str]:
        notes = [f"{REFUSED}{r}" for r in self.refused]
        notes += self.router.notes + self.notes
        self.notes, self.refused, self.router.notes = [], [], []
        return notes

    async def log_out(self) -> None:
        """Forget this session's cookies and storage, live and saved."""
        if self.context is not None and self._alive():
            await self.context.clear_cookies()
            for tab in self.tabs:
                with contextlib.suppress(PlaywrightError):
                    await tab.page.evaluate("() => { try { localStorage.clear(); sessionStorage.clear(); } catch {} }")
        self.pool.wipe_state(self.session_id)


class DialogOpen(Exception):
    """An action was asked for while a JS dialog blocks the page."""

    def __init__(self, dialog: Dialog) -> None:
        super().__init__(dialog.message)
        self.dialog = dialog


class Unwatched(Exception):
    """An action was asked for on a page that needs a person watching while nobody is (see ``watch_gate``)."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(reason)
        self.url = url
        self.reason = reason
