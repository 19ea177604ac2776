"""What an action makes the page send: consequential requests of an action judged harmless are held.

The risk judges read what a control says; a script behind an innocently named one ("Show details", a page's "b"
shortcut, a hover card) can still buy, delete or send with fetch, XHR or ``form.submit()``. So every request a page
makes passes :meth:`EffectGate.hold` (the router's last check): unless the action now running (or the last one)
was judged consequential, a request that looks like the act itself is aborted before it leaves, charged to the
action, and remembered, so the same action is judged consequential from then on and a person is asked before it
runs again (:meth:`EffectGate.learned`).

A request looks like the act (:func:`request_reason`) when it is not a GET and its method deletes, its address or
the command fields of its body name a purchase, payment, order, transfer, message, deletion, subscription or
publication, or it is a form posted to another site than the page's; or when it is a GET whose address names the
act with a query (``/orders/place?item=7``), as links are judged. Ordinary requests (loading pages, GETs of data,
posts to a basket or a search) and a page's analytics to other sites pass.

What the gate held is in the run's log (a GuardDecision ``check="effects"`` per request, its details naming the
action it was charged to); the runner hands those details to the browser tools (ToolContext extra
:data:`HELD_BEFORE`), so a run resumed by another process (a restart, another worker), whose gate starts empty,
asks before the same action as the process that held it would (:func:`held_before`).
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Request, Route

from gofer.computer.browser.policy import WORKSPACE_ORIGIN, display_url
from gofer.computer.browser.risk import other_site, url_reason

__all__ = ["HELD_BEFORE", "Effect", "EffectGate", "Held", "held_before", "request_reason"]

HELD_BEFORE = "held_before"
"""ToolContext extra: the details of the run's GuardDecisions ``check="effects"``, what the gate held earlier in the
run (perhaps in another process)."""

_ACT_WORDS = frozenset({
    "pay", "pays", "payment", "payments", "payout", "charge", "purchase", "purchases", "buy", "checkout", "order",
    "orders", "placeorder", "transfer", "transfers", "wire", "withdraw", "refund", "donate", "donation", "send",
    "message", "messages", "mail", "sms", "tweet", "post", "posts", "publish", "comment", "comments", "reply",
    "invite", "share", "delete", "destroy", "erase", "cancel", "unsubscribe", "subscribe",
})
"""Words of an address or command field that name a consequential act (matched as whole words)."""
_FIELD_WORDS = frozenset({
    "pay", "payment", "payments", "purchase", "checkout", "transfer", "withdraw", "refund", "donate", "donation",
    "recipient", "recipients", "iban", "unsubscribe", "subscribe",
})
"""Field names of a body that only payments, transfers, messages and subscriptions carry (not "email", which a
sign-in sends, "order", which sorts, or "message", which error reports carry)."""
_COMMAND_FIELDS = frozenset({"action", "op", "operation", "operationname", "cmd", "command", "intent", "do", "task",
                             "mutation"})
"""Fields whose value says what a request does (their values are read; other values are data, not commands)."""
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_MUTATION = re.compile(r"\bmutation\s+([A-Za-z_]\w*)")
_BODY_READ = 64 << 10
_SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def _words(text: str) -> list[str]:
    """The words of an identifier or path, camelCase and snake_case split (``placeOrder`` → place, order)."""
    return [w.lower() for w in _WORD.findall(text)]


def _first(texts: list[str], words: frozenset[str]) -> str | None:
    """The first of ``words`` that any of ``texts`` holds as a whole word."""
    return next((w for text in texts for w in _words(text) if w in words), None)


def _fields(body: str) -> tuple[list[str], list[str]]:
    """A body's field names and the values of its command fields (JSON, form-encoded or GraphQL)."""
    names: list[str] = []
    commands: list[str] = list(_MUTATION.findall(body))
    try:
        data = json.loads(body)
    except ValueError:
        data = None
    if data is not None:
        stack, seen = [data], 0
        while stack and seen < 2000:
            item = stack.pop()
            seen += 1
            if isinstance(item, dict):
                for key, value in item.items():
                    names.append(str(key))
                    if str(key).lower() in _COMMAND_FIELDS and isinstance(value, str):
                        commands.append(value)
                    stack.append(value)
            elif isinstance(item, list):
                stack.extend(item)
        return names, commands
    if "=" in body and not body.lstrip().startswith("<"):
        for key, value in parse_qsl(body, keep_blank_values=True):
            names.append(key)
            if key.lower() in _COMMAND_FIELDS:
                commands.append(value)
    return names, commands


def request_reason(method: str, url: str, body: str, page_url: str, navigation: bool) -> str | None:
    """Why this request is a consequential act of its own (None for an ordinary one)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or url.startswith(WORKSPACE_ORIGIN + "/"):
        return None
    method = method.upper()
    if method in _SAFE_METHODS:
        return url_reason(url) if method == "GET" else None
    if method == "DELETE":
        return "its method is DELETE"
    query_commands = [v for k, v in parse_qsl(parts.query) if k.lower() in _COMMAND_FIELDS]
    if word := _first([parts.path, *query_commands], _ACT_WORDS):
        return f"its address names the act ({word})"
    names, commands = _fields(body)
    if word := _first(names, _FIELD_WORDS):
        return f"its body has a field for it ({word})"
    if word := _first(commands, _ACT_WORDS):
        return f"its body names the act ({word})"
    if navigation and (host := other_site(url, page_url)):
        return f"it posts a form to {host}, another site than the page's"
    return None


@dataclass(frozen=True)
class Effect:
    """An action about to run, as the gate sees it."""

    action: str
    """What it is, on which page (``clicking button "Show details" on http://shop.example/mug``): the key its
    held requests are remembered by."""
    allowed: bool
    """It was judged consequential (so a person was asked, or the policy lets it run): its requests go out."""


@dataclass(frozen=True)
class Held:
    """A request the gate held: what it was, why, and the action it is charged to."""

    method: str
    url: str
    reason: str
    action: str | None
    """The key of the action that was running (or last ran) when the page made it; None when there was none."""

    def describe(self) -> str:
        """``POST http://shop.example/api/orders (its address names the act (orders))``."""
        return f"{self.method} {self.url} ({self.reason})"


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
        self.held: list[Held] = []
        """Requests held and not yet reported."""
        self.unlogged: list[Held] = []
        """Requests held and not yet in the run's log (see :meth:`take_unlogged`)."""
        self._learned: dict[str, list[str]] = {}

    def begin(self, effect: Effect | None) -> list[str]:
        """An action starts (None: the page is only looked at, which changes nothing here): its requests are
        charged to it from now on. Returns notes about requests held since the last action ended (the page
        acting on a timer after it), for the observation."""
        late, self.held = self.held, []
        notes = []
        for held in late:
            after = f"after {held.action}" if held.action else "on its own"
            notes.append(f"The page tried to send {held.describe()} {after}; it was held, not sent, because that "
                         "was judged harmless. If the task needs it, repeat that action: a person will be asked "
                         "first.")
            self._learn(held)
        if effect is not None:
            self.action, self.allowed = effect.action, effect.allowed
        return notes

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

    def learned(self, action: str | None) -> list[str]:
        """What this action made the page try to send before (empty when nothing was held for it)."""
        return list(self._learned.get(action, [])) if action is not None else []

    def _learn(self, held: Held) -> None:
        if held.action is not None:
            known = self._learned.setdefault(held.action, [])
            if held.describe() not in known:
                known.append(held.describe())

    async def hold(self, route: Route, request: Request) -> bool:
        """The router's last check of a request: abort it (True) when it is an act the current action was not
        judged to do."""
        if self.allowed:
            return False
        try:
            page = request.frame.page.url
        except PlaywrightError:  # a service worker's request: no page
            page = ""
        raw = request.post_data_buffer or b""
        body = raw[:_BODY_READ].decode("utf-8", errors="replace")
        navigation = request.is_navigation_request()
        reason = request_reason(request.method, request.url, body, page, navigation)
        if reason is None:
            return False
        parts = urlsplit(display_url(request.url))
        shown = f"{parts.scheme}://{parts.netloc}{parts.path}" if parts.scheme != "file" else display_url(request.url)
        held = Held(request.method, shown, reason, self.action)
        if held not in self.held:  # a script on a timer or on every keystroke: once
            self.held.append(held)
        if held not in self.unlogged:
            self.unlogged.append(held)
        with contextlib.suppress(PlaywrightError):
            await route.abort("aborted" if navigation else "blockedbyclient")
        return True
