"""What an action makes the page send: consequential requests of an action judged harmless are held.

The risk judges read what a control says; a script behind an innocently named one ("Show details", a page's "b"
shortcut, a hover card) can still buy, delete or send with fetch, XHR or ``form.submit()``. So every request a page
makes passes :meth:`EffectGate.hold` (the router's last check): unless the action now running (or the last one)
was judged consequential, a request that looks like the act itself is aborted before it leaves, charged to the
action, and remembered, so the same action is judged consequential from then on and a person is asked before it
runs again (:meth:`EffectGate.learned`).

A request looks like the act when :func:`request_reason` (``gofer.computer.browser._request_acts``, which says how it
reads requests) finds a reason.

What the gate held is in the run's log (a GuardDecision ``check="effects"`` per request, its details naming the
action it was charged to); the runner hands those details to the browser tools (ToolContext extra
:data:`HELD_BEFORE`), so a run resumed by another process (a restart, another worker), whose gate starts empty,
asks before the same action as the process that held it would (:func:`held_before`).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page, Request, Route

from gofer.computer.browser._request_acts import request_reason
from gofer.computer.browser.policy import display_url

__all__ = ["HELD_BEFORE", "Address", "Effect", "EffectGate", "Held", "address", "held_before", "request_reason"]

HELD_BEFORE = "held_before"
"""ToolContext extra: the details of the run's GuardDecisions ``check="effects"``, what the gate held earlier in the
run (perhaps in another process)."""

_BODY_READ = 64 << 10
"""Bytes of a body read on the event loop; a longer one is read in a thread (padding must not hide the act)."""
_BODY_MAX = 8 << 20
"""Bytes of a body read at all (an upload's tens of MB are not parsed as fields)."""
_USED_KEPT = 32
"""Requests of the approved action kept per address it used (a page polling while it runs sends many alike)."""


@dataclass(frozen=True)
class Effect:
    """An action about to run, as the gate sees it."""

    action: str
    """What it is, on which page (``clicking button "Show details" on http://shop.example/mug``): the key its
    held requests are remembered by."""
    allowed: bool
    """It was judged consequential (so a person was asked, or the policy lets it run): its requests go out."""
    looks: bool = False
    """Its control only shows or reveals ("Show details", "Read more", a tab, a hover, a scroll): a request of it
    that changes something on the page's site is held too."""
    neutral: bool = False
    """Its control's label says neither what it does nor that it only shows ("Next", "Continue", "OK", "→"): a
    script's request of it that changes something on the page's site with nothing but ids is held too."""


@dataclass(frozen=True)
class Held:
    """A request the gate held: what it was, why, and the action it is charged to."""

    method: str
    url: str
    reason: str
    action: str | None
    """The key of the action that was running (or last ran) when the page made it; None when there was none."""
    outside: bool = False
    """Held after an action a person approved had settled: an act that carried nothing of what they were shown."""

    def describe(self) -> str:
        """``POST http://shop.example/api/orders (its address names the act (orders))``."""
        return f"{self.method} {self.url} ({self.reason})"


Address = tuple[str, str, str]
"""Where a request goes: its scheme, host and path."""


def address(url: str) -> Address:
    """Where ``url`` goes (its query and fragment aside)."""
    parts = urlsplit(url)
    return parts.scheme, parts.netloc, parts.path


def held_before(action: str, logged: Iterable[Mapping[str, object]]) -> list[str]:
    """What the run's log shows ``action`` made the page try to send (``logged``: see :data:`HELD_BEFORE`), as
    :meth:`Held.describe` says it."""
    return [Held(str(d.get("method", "")), str(d.get("url", "")), str(d.get("why", "")), action).describe()
            for d in logged if d.get("during") == action]


class EffectGate:
    """The session's gate for requests that are acts of their own (see the module's docs)."""

    def __init__(self) -> None:
        self.action: str | None = None
        """The key of the action whose requests the page is making now (the one running, or the last one)."""
        self.allowed = False
        """The current action was judged consequential (a person was asked, or the policy lets it be): its
        requests go out."""
        self.looking = False
        """The current action only shows (:attr:`Effect.looks`) and has not settled yet."""
        self.neutral = False
        """The current action's label says nothing of what it does (:attr:`Effect.neutral`) and it has not settled."""
        self.held: list[Held] = []
        """Requests held and not yet reported."""
        self.unlogged: list[Held] = []
        """Requests held and not yet in the run's log (see :meth:`take_unlogged`)."""
        self._learned: dict[str, list[str]] = {}
        self.approved: Callable[[Request], Awaitable[str | None]] | None = None
        """From the moment an action a person approved runs (set by its recheck) until the next action begins (a
        look at the page is no action): why a request of it sends what the person was not shown (None: it does
        not). Such a request is aborted and kept in :attr:`altered`. It outlives the action's settling: a window
        the action opened may load and submit after that, and the page's timers run on."""
        self.approved_message: Callable[[Page | None, str, str], str | None] | None = None
        """Alongside :attr:`approved`, the same comparison for a WebSocket message (its page, the socket's address,
        the message)."""
        self.altered: list[str] = []
        """Why requests of an approved action were stopped, not yet reported (see :meth:`take_altered`)."""
        self.approved_carries: Callable[[Request, Mapping[Address, Sequence[Request]]], Awaitable[bool | str]] | None \
            = None
        """Alongside :attr:`approved`: what a request made once the action settled is, in one judgement: True when
        it is the approved act's own (it carries a value the person was shown, an amount, an account, and goes where
        the act went: an address its requests used while it ran, the second argument, with nothing of its own beside
        what they sent; its form's action; another site, from a window or frame opened while the action ran); why,
        when it sends one of the act's requests again (its fields in a GET, or with a field more), which holds it
        even where it would otherwise pass as a read; False when neither (it is judged as any act of the page is)."""
        self.approved_used: dict[Address, list[Request]] = {}
        """The addresses (origin and path) the approved action's requests went to until it settled, and those
        requests (the first few to each)."""
        self.approved_settled: Callable[[], None] | None = None
        """Alongside :attr:`approved`: told each time the approved action's page settles (what it opened by then
        is the action's; what its page opens later is not)."""
        self.after_approved = False
        """The approved action's page has settled: the approval covers only what carries what the person was shown
        to where the act went (:attr:`approved_carries`); any other act of the page (a timer's ``POST
        /account/delete``, with the amount shown or not) is judged as if nothing were approved."""

    def begin(self, effect: Effect | None, *, raised: bool = False) -> list[str]:
        """An action starts (None: the page is only looked at, which changes nothing here): its requests are
        charged to it from now on. ``raised``: it answers a dialog the current action raised (the action is blocked
        on it, or its page raised it later); when a person approved that action, the dialog is part of it, and its
        requests are still the approved action's, compared with what the person was shown (a consequential dialog
        is asked about first all the same). Returns notes about requests held since the last action's observation
        (the page acting on a timer after it), and about those of an approved action stopped since (a window it
        opened submitting late), for the observation."""
        late, self.held = self.held, []
        notes = []
        for held in late:
            after = f"after {held.action}" if held.action else "on its own"
            why = ("it was not part of what the person approved" if held.outside
                   else "that was judged harmless")
            notes.append(f"The page tried to send {held.describe()} {after}; it was held, not sent, because {why}. "
                         "If the task needs it, repeat that action: a person will be asked first.")
            self._learn(held)
        notes += [f"After {self.action}, which a person approved, the page tried to send what they were not shown "
                  f"({why}); it was stopped, not sent. Look at the page again before going on: what it shows may "
                  "not be what was approved." for why in dict.fromkeys(self.take_altered())]
        if effect is not None and not (raised and self.approved is not None):
            self.approved = self.approved_message = self.approved_carries = self.approved_settled = None
            self.after_approved = False
            self.approved_used = {}
            self.action, self.allowed, self.looking = effect.action, effect.allowed, effect.looks
            self.neutral = effect.neutral
        return notes

    def settled(self) -> None:
        """The action's page has settled: what the page sends from now on (its timers, a keep-alive, polling) is
        judged without :attr:`Effect.looks` and :attr:`Effect.neutral`, which say what the action does, not what the
        page does later. An approved action's requests are still compared with what the person was shown
        (:attr:`approved`) until the next action begins, and from now on only what carries what they were shown to where
        the act went is the approved act's (:attr:`after_approved`)."""
        self.looking = self.neutral = False
        self.after_approved = self.allowed and self.approved_carries is not None
        if self.after_approved and self.approved_settled is not None:
            self.approved_settled()

    def take(self, action: str | None) -> list[Held]:
        """The requests held while ``action`` ran (now remembered against it)."""
        mine = [h for h in self.held if action is not None and h.action == action]
        self.held = [h for h in self.held if h not in mine]
        for held in mine:
            self._learn(held)
        return mine

    def take_unlogged(self) -> list[Held]:
        """The requests held since the last call, each once (for the run's log: the audit shows what the gate
        stopped, as it shows what the data-flow rule refused)."""
        out, self.unlogged = self.unlogged, []
        return out

    def take_altered(self) -> list[str]:
        """Why requests of the approved action were stopped (and forget them)."""
        out, self.altered = self.altered, []
        return out

    def learned(self, action: str | None) -> list[str]:
        """What this action made the page try to send before (empty when nothing was held for it)."""
        return list(self._learned.get(action, [])) if action is not None else []

    def _learn(self, held: Held) -> None:
        if held.action is not None:
            known = self._learned.setdefault(held.action, [])
            if held.describe() not in known:
                known.append(held.describe())

    def hold_message(self, page: Page | None, url: str, text: str) -> bool:
        """The router's last check of a WebSocket message a page sends: stop it (True) when it is of an approved
        action's page and sends what the person was not shown (:attr:`approved_message`)."""
        if not self.allowed or self.approved_message is None:
            return False
        why = self.approved_message(page, url, text)
        if why is not None:
            self.altered.append(why)
        return why is not None

    def hops_held(self, request: Request) -> bool:
        """Whether the router must show this request's redirect hops to :meth:`hold_hop` (fetch it hop by hop, not
        let Chromium follow them unseen): one that may send a body while an approved action's approval lasts."""
        return self.allowed and self.approved is not None and request.method not in ("GET", "HEAD")

    def hold_hop(self, request: Request, method: str, target: str) -> bool:
        """A redirect hop that sends the request's body again (a 307 or 308 keeps the method and the body) while an
        approved action's approval lasts: stop it (True) when it goes to another site than the request did. The
        server chose that destination and the person was shown none (a 303 or a 302 to a GET, the body dropped, is
        judged as any navigation is)."""
        if not self.hops_held(request) or method in ("GET", "HEAD"):
            return False
        if urlsplit(target).netloc == urlsplit(request.url).netloc:  # the same site (http to https too)
            return False
        parts = urlsplit(display_url(target))
        self.altered.append(f"the server sent its {method} on to {parts.scheme}://{parts.netloc}{parts.path} by a "
                            "redirect, a site the person was not shown")
        return True

    async def hold(self, route: Route, request: Request) -> bool:
        """The router's last check of a request: abort it (True) when it is an act the current action was not
        judged to do, or that sends what the person who approved the action was not shown (:attr:`approved`)."""
        repeated: str | None = None
        if self.allowed:
            why = await self.approved(request) if self.approved is not None else None
            if why is not None:
                self.altered.append(why)
                with contextlib.suppress(PlaywrightError):
                    await route.abort("aborted" if request.is_navigation_request() else "blockedbyclient")
                return True
            if not self.after_approved:
                used = self.approved_used.setdefault(address(request.url), [])
                if len(used) < _USED_KEPT:
                    used.append(request)
                return False
            judged = True if self.approved_carries is None else await self.approved_carries(request,
                                                                                            self.approved_used)
            if judged is True:
                return False
            # the approved action settled and this is not its act's own: its act again (held), or judged as any act
            repeated = judged if isinstance(judged, str) else None
        try:
            page = request.frame.page.url
        except PlaywrightError:  # a service worker's request: no page
            page = ""
        raw = request.post_data_buffer or b""
        navigation = request.is_navigation_request()
        judge = (request.method, request.url, raw[:_BODY_MAX].decode("utf-8", errors="replace"), page, navigation,
                 self.looking, self.neutral)
        # a long body is read whole (an act after 64 kB of padding), in a thread: a megabyte of fields takes seconds
        if repeated is not None:
            reason: str | None = repeated
        elif len(raw) <= _BODY_READ:
            reason = request_reason(*judge)
        else:
            reason = await asyncio.to_thread(request_reason, *judge)
        if reason is None:
            return False
        parts = urlsplit(display_url(request.url))
        shown = f"{parts.scheme}://{parts.netloc}{parts.path}" if parts.scheme != "file" else display_url(request.url)
        held = Held(request.method, shown, reason, self.action, outside=self.allowed)
        if held not in self.held:  # a script on a timer or on every keystroke: once
            self.held.append(held)
        if held not in self.unlogged:
            self.unlogged.append(held)
        with contextlib.suppress(PlaywrightError):
            await route.abort("aborted" if navigation else "blockedbyclient")
        return True
