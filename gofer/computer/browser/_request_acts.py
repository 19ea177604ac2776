"""Which requests of a page are acts of their own (a purchase, a deletion, a message), whatever the control that
made the page send them said: what the effect gate (``gofer.computer.browser.effects``) holds.

A request looks like the act (:func:`request_reason`) when it is not a GET and its method deletes, its address or
the command fields of its body name a purchase, payment, order, transfer, message, deletion, subscription or
publication, or it is a form posted to another site than the page's; or when it is a GET whose address names the
act with a query (``/orders/place?item=7``), as links are judged. Requests in neutral words are judged by what they
carry and what the action says it does: a body naming an order (``orderId``, ``order: "A-1001"``) or an amount in a
currency or for an id (``{"accountId": 12, "amount": 250}``) is the act on any site, analytics or not (not a basket's
quantity); and while an action that only shows (a "Show details" or "Read more" button, a tab, a disclosure, a
hover, a scroll, a key other than Enter) runs, any other request that changes something on the page's own site is
held: a POST of ``{"id": 7}`` to an opaque address, a GraphQL mutation, an opaque persisted operation. While an
action whose label says nothing ("Next", "OK") runs, a request to the page's site that acts on ids alone or changes a
setting is held. Ordinary requests pass: loading pages, GETs of data, posts to a basket or a search, reads in RPC or
GraphQL form (a query, a cursor or page, an operation or path that gets, lists, loads or searches), analytics that
name no order or payment, and acknowledgements (a notification read or dismissed, a slide seen, a cookie consent: an
act's noun before ``/read`` or ``/dismiss`` names what was read), a survey's answer, a step. A body that also sets a
flag that does something (``confirm: 1``, ``deleteAccount: true``) or gives a short answer naming an act
(``answer: "buy"``) is not read as a read, an acknowledgement or an answer, whatever else its address or fields say:
behind "Next" or "OK" it is held.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from gofer.computer.browser.policy import WORKSPACE_ORIGIN
from gofer.computer.browser.risk import other_site, url_reason

__all__ = ["acting_fields", "names_what_it_made", "request_reason"]

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
    "stats", "beacon", "pixel", "impression", "impressions", "rum", "vitals", "ping", "heartbeat", "keepalive",
    "errors",
})
"""Words of an address (or a body's field names) of analytics, logs and page views."""
_PAGING_FIELDS = frozenset({"cursor", "after", "before", "page", "pagesize", "perpage", "offset", "limit", "skip",
                            "take", "q", "search", "term", "keyword", "keywords", "filter", "filters", "sort",
                            "sortby", "orderby"})
"""Field names (whole) of a query for more of something: a request that carries one reads."""
_PAID_EVENTS = frozenset({"pay", "payment", "purchase", "buy", "checkout", "order", "charge", "transfer", "withdraw",
                          "refund", "donate", "donation", "tip"})
"""Words of an analytics event that is money moving (``{"event": "purchase", "amount": 30}``)."""
_ONWARD_WORDS = frozenset({"page", "cursor", "after", "before", "since", "last", "from", "start", "next", "prev",
                           "previous", "offset", "limit", "step", "stage", "index"})
"""Words of a field (``pageIndex``, ``afterId``, ``step``) that say a request goes on through something: a "Next"
that carries one pages or steps, it does not act on an id."""
_ANSWER_WORDS = frozenset({"answer", "answers", "choice", "choices", "option", "options", "selection", "selected",
                           "rating", "score", "response", "responses"})
"""Words of a field (``choice``, ``optionId``) that carry what the user picked on the page: a survey's "Next" that
posts one records an answer, it does not act on an id."""
_SEEN_WORDS = frozenset({"read", "unread", "seen", "unseen", "viewed", "dismiss", "dismissed", "ack", "acknowledge",
                         "acknowledged"})
"""Words of an address or field that say a request marks what the page showed as seen: a notification dismissed or
read, a slide viewed (``/api/notifications/41/dismiss``, ``{"ids": [41], "read": true}``)."""
_ACK_WORDS = _SEEN_WORDS | {"consent", "consents", "cookie", "cookies"}
"""What :data:`_SEEN_WORDS` say, and a cookie banner's consent (``{"consentIds": [1, 2]}``): the request acknowledges
what the page showed."""
_DOING_WORDS = frozenset({
    "confirm", "confirmed", "approve", "approved", "execute", "commit", "authorize", "authorise", "finalize",
    "finalise", "pay", "buy", "purchase", "checkout", "delete", "destroy", "erase",
    "cancel", "transfer", "withdraw", "refund", "send", "publish", "unsubscribe", "subscribe", "donate",
})
"""Words of a flag field (``confirm: 1``, ``deleteAccount: true``) or of an answer (``answer: "buy"``) that say the
request does something: a body that marks something read, records a consent or an answer and carries one of them
is not only an acknowledgement or an answer (not "accept", which a cookie banner's consent carries, nor "submit"
or "proceed", which a wizard's steps carry)."""
_KIND_WORDS = frozenset({"type", "kind", "mode", "verb", "act", "method", "status", "state", "reason"})
"""Last words of a field's or header's name that say what kind of request it is or what it makes of something
(``type``, ``requestKind``, ``orderStatus``, ``reason``): its value, when a short acting verb or the state such a
verb leaves (``type=refund``, ``status=cancelled``), says what the request does as a command's does."""
_UNDOING_WORDS = frozenset({
    "cancelled", "canceled", "deleted", "destroyed", "erased", "removed", "refunded", "transferred", "withdrawn",
    "sent", "published", "unsubscribed", "subscribed", "donated", "terminated", "revoked", "void", "voided",
    "reversal", "reversed", "chargeback", "chargebacks", "dispute", "disputed",
})
"""Values of a kind or state field that act beside :data:`_DOING_WORDS`: the state an acting verb leaves
(``status=cancelled``, ``state=deleted``) and what undoes or disputes a payment (``type=void``, ``type=chargeback``).
Not the states a purchase ends in (``paid``, ``completed``) or an ordinary one (``open``), which a status carries."""
_SETTING_WORDS = frozenset({"settings", "setting", "preferences", "prefs", "security", "privacy", "password",
                            "permissions", "mfa"})
"""Words of an address of the user's settings: a neutral click's request there changes one, whatever it carries."""
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_MUTATION = re.compile(r"\bmutation\s+([A-Za-z_]\w*)")
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
    if paid := next((w for w in _events(body) if w in _PAID_EVENTS), None):
        return f"its body carries an amount ({amount}) for an event of money moving ({paid})"
    if currency is not None:
        return f"its body carries an amount of money ({amount}, {currency})"
    return f"its body carries an amount ({amount}) for an id ({ided})" if ided is not None else None


def _events(body: _Body) -> list[str]:
    """The words of the values of a body's event fields (``event``, ``eventName``, ``event_type``)."""
    return [w for name, value in body.fields if "event" in _words(name) and isinstance(value, str)
            for w in _words(value)]


def _only_ids(body: _Body) -> bool:
    """Whether a body names something by its id and carries nothing else (numbers and flags aside): no text, no
    paging or step (``{"id": 7}``, ``{"itemId": 7, "confirm": true}``)."""
    ided = False
    for name, value in body.fields:
        words = _words(name)
        if (_ONWARD_WORDS | _ANSWER_WORDS) & set(words):
            return False
        if words[-1:] in (["id"], ["ids"]):
            ided = ided or value is not None
        elif not (value is None or isinstance(value, bool) or _is_number(value)):
            return False
    return ided


def _flag_on(value: object) -> bool:
    """Whether a field's value sets a flag (``true``, ``1``, ``"yes"``)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    return isinstance(value, str) and value.strip().lower() in ("1", "true", "yes", "on", "y")


def _doing(body: _Body) -> str | None:
    """The word of a flag the body sets that says it does something (``{"read": true, "itemId": 7, "confirm": 1}``),
    or of a short answer (three words at most) that names an act (``{"answer": "buy"}``), None when there is none
    (a survey's free text that mentions paying is an answer)."""
    for name, value in body.fields:
        words = _words(name)
        if _flag_on(value) and (word := next((w for w in words if w in _DOING_WORDS), None)):
            return word
        said = _words(value) if isinstance(value, str) else []
        if _ANSWER_WORDS & set(words) and len(said) <= 3 and (
                word := next((w for w in said if w in _DOING_WORDS), None)):
            return word
    return None


def acting_fields(url: str, body: str, more: Iterable[tuple[str, object]] = ()) -> set[tuple[str, str]]:
    """The fields of a request's query and body (and ``more``: those its values encode, the headers a script set)
    that say it does something, as (name, value) pairs: a command field naming an act (``op=delete``, ``{"action":
    "refund"}``, a form's ``_method=delete``, an ``X-Action: delete`` header), a field saying what kind of request it
    is or what it makes of something whose short value is an acting verb or the state one leaves (``type=refund``,
    ``kind=cancel``, ``type=void``, ``status=cancelled``, ``reason=refund``: not ``type=card``, ``status=paid``,
    ``state=open`` or ``reason=gift``), a method override
    that is neither a read nor a POST (``X-HTTP-Method-Override: DELETE``, ``_method=put``) or a flag set whose name
    does (``cancel=1``, ``{"deleteAccount": true}``). Data (an amount, an item, a step) is none of them."""
    out = set()
    for name, value in [*parse_qsl(urlsplit(url).query, keep_blank_values=True), *_fields(body).fields, *more]:
        words = _words(name)
        if isinstance(value, str) and ("method" in words or "override" in words) and value.strip().upper() in (
                "DELETE", "PUT", "PATCH"):
            acts = True
        elif isinstance(value, str) and (name.lower() in _COMMAND_FIELDS | {"_method"}
                                         or set(words[-1:]) & _COMMAND_FIELDS):
            acts = bool(_first([value], _ACT_WORDS | _DOING_WORDS))
        elif isinstance(value, str) and set(words[-1:]) & _KIND_WORDS:
            said = _words(value)
            acts = len(said) <= 3 and bool(set(said) & (_DOING_WORDS | _UNDOING_WORDS))
        else:
            acts = _flag_on(value) and bool(_first([name], _ACT_WORDS | _DOING_WORDS | _FIELD_WORDS))
        if acts:
            out.add((name, value if isinstance(value, str) else json.dumps(value)))
    return out


_MADE_NOUNS = _ORDER_NOUNS | {"payment", "intent", "charge", "booking", "reservation"}
"""Nouns of a field naming, by its id, what an act made (``orderId``, ``payment_intent``, ``transactionRef``)."""
_SECURE_FIELDS = frozenset({"pares", "md", "cres", "threedssessiondata", "transstatus", "authenticationresult"})
"""Fields (whole, lower-cased) a card issuer's 3-D Secure step returns to the shop with."""


def names_what_it_made(name: str, value: str, made: str | None = None) -> bool:
    """Whether a field refers to what an act made, as a request continuing it carries (a status poll's
    ``orderId=A-1001``, a confirmation's ``payment_intent=pi_3``, a 3-D Secure return's ``PaRes``): an order,
    payment, transaction or booking named by its id (or an order noun alone holding a digit), or a 3-D Secure
    result, with a value. ``made``: what the act's responses said; an id must be one of its words (an id they never
    named, ``order_id=777``, refers to nothing the act made). A 3-D Secure result comes from the card's issuer, who
    signs it, not from the act's responses."""
    words = set(_words(name))
    if not value.strip():
        return False
    if name.lower() in _SECURE_FIELDS:
        return True
    names = bool(words & _MADE_NOUNS) and (bool(words & (_ID_WORDS | {"intent"})) or (
        len(words) == 1 and re.search(r"\d", value) is not None))
    return names and (made is None or re.search(rf"(?<![\w-]){re.escape(value.strip())}(?![\w-])", made) is not None)


def _reads(path_words: list[str], body: _Body) -> bool:
    """Whether a request only reads, reports or acknowledges: a GraphQL query, a read, analytics or acknowledging
    address or operation name, a cursor, page or search in the body, analytics event fields, or a field that marks
    something read or seen or records a consent. A body that also sets a flag or gives an answer that does something
    (:func:`_doing`) is none of these, whatever its address or other fields say."""
    if body.graphql == "mutation":
        return False
    if body.graphql == "query":
        return True
    if _doing(body) is not None:
        return False
    names = {n.lower() for n in body.names}
    operation = [w for c in body.commands for w in _words(c)]
    if _ACT_WORDS & set(_events(body)):  # analytics that reports an act ({"event": "delete", "id": 7}) is not a read
        return False
    name_words = {w for n in body.names for w in _words(n)}
    return bool((_READ_WORDS | _TELEMETRY_WORDS | _ACK_WORDS) & {*path_words, *operation} or names & _PAGING_FIELDS
                or (body.graphql is None and names & _TELEMETRY_WORDS) or _ACK_WORDS & name_words)


def _acted_on(path: str) -> str:
    """The part of a path that may name the act: none of it when its last word marks something seen (the act's noun
    then names what was read or dismissed: ``/api/messages/41/read``)."""
    words = _words(path)
    return "" if words[-1:] and words[-1] in _SEEN_WORDS else path


def request_reason(method: str, url: str, body: str, page_url: str, navigation: bool,
                   looking: bool = False, neutral: bool = False) -> str | None:
    """Why this request is a consequential act of its own (None for an ordinary one); ``looking``: the action that
    made it only shows, ``neutral``: its label says nothing of what it does (see ``Effect.looks`` and
    ``Effect.neutral`` in ``gofer.computer.browser.effects``)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or url.startswith(WORKSPACE_ORIGIN + "/"):
        return None
    method = method.upper()
    if method in _SAFE_METHODS:
        return url_reason(url) if method == "GET" else None
    if method == "DELETE":
        return "its method is DELETE"
    query_commands = [v for k, v in parse_qsl(parts.query) if k.lower() in _COMMAND_FIELDS]
    if word := _first([_acted_on(parts.path), *query_commands], _ACT_WORDS):
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
    if not neutral or navigation or elsewhere or _BASKET_WORDS & set(path_words) or _reads(path_words, fields):
        return None
    if word := next((w for w in path_words if w in _SETTING_WORDS), None):
        return f"the control's label says nothing of what it does, and this {method} changes a setting ({word}) on " \
            "the page's site"
    if _only_ids(fields):
        return f"the control's label says nothing of what it does, and this {method} acts on the page's site on ids " \
            "alone"
    if word := _doing(fields):
        return f"the control's label says nothing of what it does, and this {method} to the page's site sets a " \
            f"flag or gives an answer that acts ({word})"
    return None
