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
act with a query (``/orders/place?item=7``), as links are judged. Requests in neutral words are judged by what they
carry and what the action says it does: a body naming an order (``orderId``, ``order: "A-1001"``) or an amount in a
currency or for an id (``{"accountId": 12, "amount": 250}``) is the act on any site, analytics or not (not a basket's
quantity); and while an action that only shows (a "Show details" or "Read more" button, a tab, a disclosure, a
hover, a scroll, a key other than Enter) runs, any other request that changes something on the page's own site is
held: a POST of ``{"id": 7}`` to an opaque address, a GraphQL mutation, an opaque persisted operation. Ordinary
requests pass: loading pages, GETs of data, posts to a basket or a search, reads in RPC or GraphQL form (a query, a
cursor or page, an operation or path that gets, lists, loads or searches), analytics that name no order or payment.

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
_ORDER_NOUNS = frozenset({"order", "orders", "transaction", "invoice", "receipt"})
_ID_WORDS = frozenset({"id", "ids", "number", "no", "num", "ref", "reference", "code"})
_AMOUNT_WORDS = frozenset({"amount", "total", "subtotal", "fee", "tip"})
"""Field names of a sum of money being paid or moved (not "price", which product views carry, or "value")."""
_BASKET_WORDS = frozenset({"cart", "basket", "bag", "wishlist"})
"""Path words of a basket, whose "amount" is a quantity."""
_READ_WORDS = frozenset({
    "get", "fetch", "list", "load", "read", "find", "search", "query", "lookup", "view", "show", "details", "detail",
    "info", "preview", "summary", "describe", "suggest", "suggestions", "autocomplete", "feed", "more", "related",
    "recommendations",
})
"""Words of an address or operation name that reads (``/rpc/GetProductDetails``, ``/api/feed``)."""
_TELEMETRY_WORDS = frozenset({
    "analytics", "collect", "track", "tracking", "event", "events", "log", "logs", "metric", "metrics", "telemetry",
    "stats", "beacon", "pixel", "impression", "impressions", "rum", "vitals", "ping", "heartbeat", "errors",
})
"""Words of an address (or a body's field names) of analytics, logs and page views."""
_PAGING_FIELDS = frozenset({"cursor", "after", "before", "page", "pagesize", "perpage", "offset", "limit", "skip",
                            "take", "q", "search", "term", "keyword", "keywords", "filter", "filters", "sort",
                            "sortby", "orderby"})
"""Field names (whole) of a query for more of something: a request that carries one reads."""
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


@dataclass
class _Body:
    """What a request body says: its fields (name, value; nested ones too), the values of its command fields and,
    for GraphQL, what its operation is."""

    fields: list[tuple[str, object]]
    commands: list[str]
    graphql: str | None = None
    """ "query", "mutation" or "opaque" (a persisted operation: only its name and hash), None when not GraphQL."""

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.fields]


def _fields(body: str) -> _Body:
    """A body's fields and the values of its command fields (JSON, form-encoded or GraphQL)."""
    fields: list[tuple[str, object]] = []
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
                    fields.append((str(key), value))
                    if str(key).lower() in _COMMAND_FIELDS and isinstance(value, str):
                        commands.append(value)
                    stack.append(value)
            elif isinstance(item, list):
                stack.extend(item)
        return _Body(fields, commands, _graphql(data))
    if "=" in body and not body.lstrip().startswith("<"):
        for key, value in parse_qsl(body, keep_blank_values=True):
            fields.append((key, value))
            if key.lower() in _COMMAND_FIELDS:
                commands.append(value)
    return _Body(fields, commands)


def _graphql(data: object) -> str | None:
    """What a GraphQL request does: "query", "mutation", or "opaque" (a persisted operation without its text)."""
    ops = data if isinstance(data, list) else [data]
    kinds = set()
    for op in ops:
        if not isinstance(op, dict):
            return None
        text = op.get("query")
        if isinstance(text, str):
            kinds.add("mutation" if re.match(r"\s*(mutation|subscription)\b", text) else "query")
        elif "operationName" in op or "extensions" in op:
            kinds.add("opaque")
        else:
            return None
    return next((k for k in ("mutation", "opaque", "query") if k in kinds), None)


def _is_number(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and re.fullmatch(r"-?\d+(?:[.,]\d+)?", value.strip()) is not None


def _money_reason(body: _Body, path_words: list[str]) -> str | None:
    """Why a body is about an order or a payment: a field naming an order by its id, or an amount of money in a
    currency or for an account, a recipient or another id."""
    amount = currency = ided = None
    for name, value in body.fields:
        words = _words(name)
        if _ORDER_NOUNS & set(words) and (_ID_WORDS & set(words) or (
                len(words) == 1 and isinstance(value, str) and re.search(r"\d", value))):
            return f"its body names an order ({name})"
        if amount is None and _AMOUNT_WORDS & set(words) and _is_number(value):
            amount = name
        elif "currency" in words:
            currency = name
        elif ided is None and (words[-1:] in (["id"], ["ids"]) or words in (["account"], ["to"], ["recipient"])):
            ided = name
    if amount is None or _BASKET_WORDS & set(path_words):
        return None
    if currency is not None:
        return f"its body carries an amount of money ({amount}, {currency})"
    return f"its body carries an amount ({amount}) for an id ({ided})" if ided is not None else None


def _reads(path_words: list[str], body: _Body) -> bool:
    """Whether a request only reads or reports: a GraphQL query, a read or analytics address or operation name, a
    cursor, page or search in the body, or analytics event fields."""
    if body.graphql == "mutation":
        return False
    if body.graphql == "query":
        return True
    names = {n.lower() for n in body.names}
    operation = [w for c in body.commands for w in _words(c)]
    return bool((_READ_WORDS | _TELEMETRY_WORDS) & {*path_words, *operation} or names & _PAGING_FIELDS
                or (body.graphql is None and names & _TELEMETRY_WORDS))


def request_reason(method: str, url: str, body: str, page_url: str, navigation: bool,
                   looking: bool = False) -> str | None:
    """Why this request is a consequential act of its own (None for an ordinary one); ``looking``: the action that
    made it only shows (see :attr:`Effect.looks`)."""
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
    fields = _fields(body)
    if word := _first(fields.names, _FIELD_WORDS):
        return f"its body has a field for it ({word})"
    if word := _first(fields.commands, _ACT_WORDS):
        return f"its body names the act ({word})"
    elsewhere = other_site(url, page_url)
    if navigation and elsewhere:
        return f"it posts a form to {elsewhere}, another site than the page's"
    path_words = _words(parts.path)
    if reason := _money_reason(fields, path_words):
        return reason
    if looking and not elsewhere and not _reads(path_words, fields):
        what = "a GraphQL mutation" if fields.graphql == "mutation" else f"a {method} that is not a read, a " \
            "search or analytics"
        return f"the action only shows, and this is {what} on the page's site"
    return None


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
        self.looking = False
        """The current action only shows (:attr:`Effect.looks`) and has not settled yet."""
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
            self.action, self.allowed, self.looking = effect.action, effect.allowed, effect.looks
        return notes

    def settled(self) -> None:
        """The action's page has settled: what the page sends from now on (its timers, a keep-alive, polling) is
        judged without :attr:`Effect.looks`, which says what the action does, not what the page does later."""
        self.looking = False

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
        reason = request_reason(request.method, request.url, body, page, navigation, self.looking)
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
