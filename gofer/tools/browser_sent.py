"""What an approved browser action's page sends, against what the person was shown.

A person approves a page: its text and the values its form holds. A page's script can still change what the submit
sends at the moment it is sent (a ``submit`` listener raising the hidden amount, adding a hidden recipient), which no
snapshot taken before the click sees. So while an approved action runs, the effect gate reads each request the page
it was approved on makes (a form's navigation, a script's POST) and stops one whose form data carries an amount, a
quantity, an account or an address that differs from what the person was shown (:class:`Shown`).

Which fields count (:func:`telling`) is what keeps ordinary approvals working: a value with no digit and no @ says
nothing of what is bought or for whom; a field named like a token a page rotates on its own (a CSRF token, a nonce, a
timestamp) is left alone; so is a long random-looking value unless the field's name names a party or a sum (an
``account`` id, a ``recipient``). A field the page did not show at all is stopped only when its name names a sum or a
party or its value is an address, and its value is nowhere in what the page showed (a script adding the screen's
width, a client timestamp, a total in cents of the price shown, or a count or flag of 0 or 1, passes).
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from itertools import islice
from typing import Any
from urllib.parse import parse_qsl, urldefrag, urlsplit

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Request

from gofer.computer.browser.snapshot import Snapshot

__all__ = ["Shown", "sent_fields", "telling"]

TOKEN_NAME = re.compile(r"csrf|xsrf|token|nonce|authenticity|state|sig|hmac|hash|viewstate|eventvalidation|captcha|"
                        r"session|sid\b|time|\bts\b|_ts\b|stamp|build|version|cache|request_?id|trace", re.I)
"""Names of fields a page fills or rotates on its own."""
_RANDOM = re.compile(r"[A-Za-z0-9+/=_\-.:]{20,}")
STAKES = re.compile(r"(?:^|[^a-z])(?:amount|amt|price|total|sum|cost|fee|qty|quantity|recipient|payee|beneficiary|"
                    r"receiver|to|dest|destination|account|acct|iban|bic|swift|wallet|address|email|phone|"
                    r"card)(?:$|[^a-z])|(?:amount|price|total|recipient|payee|account|iban|wallet)", re.I)
"""Names of fields that say how much or for whom."""
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_BODY_READ = 64 << 10
_JSON_FIELDS = 400


def telling(name: str, value: str) -> bool:
    """Whether a field says what a submit does: its value holds a digit or an @ (an amount, a quantity, an account,
    an address), its name does not look like a token a page rotates on its own (a CSRF token, a nonce, a
    timestamp), and its value is not a long random-looking run of letters and digits unless its name names a sum or
    a party (an ``account`` id is compared, a ``form_key`` is not)."""
    if not any(ch.isdigit() or ch == "@" for ch in value) or TOKEN_NAME.search(name):
        return False
    random = bool(_RANDOM.fullmatch(value)) and "@" not in value and any(ch.isalpha() for ch in value)
    return not random or bool(STAKES.search(name))


def _number(value: str) -> Decimal | None:
    text = value.strip().lstrip("$€£¥").replace(",", "")
    try:
        return Decimal(text) if _NUMBER.fullmatch(text) else None
    except InvalidOperation:
        return None


@dataclass
class Shown:
    """What the person was shown when they approved an action: the page's address, its fields' values by name (hidden
    inputs, in forms or not, and the text fields), every value shown, the numbers of its text, and the call's own
    arguments (the text it types goes out too)."""

    url: str
    fields: dict[str, set[str]] = field(default_factory=dict)
    values: set[str] = field(default_factory=set)
    numbers: set[Decimal] = field(default_factory=set)
    typed: set[str] = field(default_factory=set)
    text: str = ""

    @classmethod
    def of(cls, snap: Snapshot, arguments: Iterable[Any] = ()) -> Shown:
        """What ``snap`` showed, with the call's argument values."""
        shown = cls(url=urldefrag(snap.url)[0], text=snap.text)
        pairs = [(name, value) for _action, name, value in snap.hidden_fields]
        for el in snap.elements.values():
            kind = el.raw.get("type", "text")
            if el.tag in ("input", "textarea") and "value" in el.raw and kind not in ("checkbox", "radio", "file"):
                pairs.append((str(el.raw.get("fname", "")), str(el.raw["value"])))
        for name, value in pairs:
            shown.fields.setdefault(name, set()).add(value)
        shown.typed = {str(a) for a in arguments if isinstance(a, str | int | float) and not isinstance(a, bool)}
        shown.values = {v for _n, v in pairs} | shown.typed
        for text in [snap.text, *shown.values]:
            shown.numbers |= {n for m in _NUMBER.findall(text) if (n := _number(m)) is not None}
        return shown

    def _seen(self, value: str) -> bool:
        if value in self.values or value in ("0", "1") or (("@" in value or len(value) >= 4) and value in self.text):
            return True
        number = _number(value)
        return number is not None and (number in self.numbers or number / 100 in self.numbers)

    def differs(self, name: str, value: str) -> str | None:
        """Why sending ``name=value`` is not what the person was shown (None when it is, or says nothing)."""
        if not telling(name, value):
            return None
        if name in self.fields:
            if value in self.fields[name] or value in self.typed:
                return None
            number = _number(value)
            if number is not None and number in {_number(v) for v in self.fields[name]}:
                return None
            return f"{name} was shown as {' or '.join(sorted(self.fields[name]))[:80]!r}, sent as {value[:80]!r}"
        if (STAKES.search(name) or "@" in value) and not self._seen(value):
            return f"{name} was not on the page, sent as {value[:80]!r}"
        return None

    def check(self, request: Request) -> str | None:
        """Why a request the approved action's page makes sends what the person was not shown (None: it does not,
        or it is not a submit of that page: a GET that is not a navigation, another document's request)."""
        try:
            frame_url = urldefrag(request.frame.url)[0]
        except PlaywrightError:  # a service worker's request: no frame
            return None
        navigation = request.is_navigation_request()
        if frame_url != self.url or (request.method == "GET" and not navigation):
            return None
        body = (request.post_data_buffer or b"")[:_BODY_READ].decode("utf-8", errors="replace")
        kind = (request.headers.get("content-type") or "").lower()
        for name, value in sent_fields(request.url if request.method == "GET" else "", body, kind):
            why = self.differs(name, value)
            if why is not None:
                return why
        return None


def sent_fields(url: str, body: str, content_type: str) -> list[tuple[str, str]]:
    """The (name, value) pairs a request sends: its address's query (a GET form), and its body as form data, a
    multipart form or JSON (each scalar under the key that holds it)."""
    out = parse_qsl(urlsplit(url).query, keep_blank_values=True) if url else []
    if not body:
        return out
    if "multipart/" in content_type:
        out += re.findall(r'name="([^"]*)"(?:; filename="[^"]*")?\r?\n(?:[^\r\n]+\r?\n)*\r?\n([^\r\n]*)', body)
    elif "json" in content_type or body.lstrip()[:1] in ("{", "["):
        with contextlib.suppress(ValueError):
            out += list(islice(_json_fields(json.loads(body), ""), _JSON_FIELDS))
    else:
        out += parse_qsl(body, keep_blank_values=True)
    return out


def _json_fields(value: Any, key: str, depth: int = 0) -> Iterator[tuple[str, str]]:
    if depth > 8:
        return
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _json_fields(v, str(k), depth + 1)
    elif isinstance(value, list):
        for v in value:
            yield from _json_fields(v, key, depth + 1)
    elif isinstance(value, str | int | float) and not isinstance(value, bool):
        yield key, str(value)
