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
width, a client timestamp, a total in cents of the price shown, or a count or flag of 0 or 1, passes). In the
address's path only sums count (:func:`_path_sums`), not ids; an id the page's address, a form or a link showed counts
as shown. A header a script set is a field when its name names a sum, and what its value encodes is read whatever
its name.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import itertools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import parse_qsl, unquote, urldefrag, urlsplit

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Frame, Page, Request

from gofer.computer.browser._header_pieces import script_may_set
from gofer.computer.browser._request_acts import acting_fields, names_what_it_made
from gofer.computer.browser.effects import Address, address
from gofer.computer.browser.snapshot import Snapshot

__all__ = ["Shown", "sent_fields", "telling"]

TOKEN_NAME = re.compile(r"csrf|xsrf|token|nonce|authenticity|(?<![a-z])(?:state|sig|version)|hmac|hash|viewstate|"
                        r"eventvalidation|captcha|session|sid\b|time|\bts\b|_ts\b|stamp|build|cache|request_?id|trace",
                        re.I)
"""Names of fields a page fills or rotates on its own (a ``sig`` or a ``state`` that begins a word: a ``consignee``,
an ``estate`` or a ``conversion`` names no token)."""
_RANDOM = re.compile(r"[A-Za-z0-9+/=_\-.:]{20,}")
STAKES = re.compile(r"(?:^|[^a-z])(?:amount|amt|price|total|sum|cost|fee|qty|quantity|recipient|payee|beneficiary|"
                    r"receiver|to|dest|destination|account|acct|iban|bic|swift|wallet|address|email|phone|"
                    r"card)(?:$|[^a-z])|(?:amount|price|total|recipient|payee|account|iban|wallet)", re.I)
"""Names of fields that say how much or for whom."""
_SUM = re.compile(r"amount|amt\b|price|total|(?:^|[^a-z])(?:sum|cost|fee|qty|quantity)(?:$|[^a-z])", re.I)
"""Names that say how much: a request header or an address's path segment named so carries an amount as a field
does (``X-Amount: 999``, ``/pay/amount/999``)."""
_SUM_SEGMENT = re.compile(r"amount|amt|price|total|sum|qty|quantity", re.I)
"""A path segment that names a sum, whole (``/prices/2024`` names a collection and an id, not an amount)."""
_PAY_SEGMENT = re.compile(r"pay|payment|checkout|buy|purchase|transfer|send|charge|donate|donation|tip|withdraw|"
                          r"withdrawal|deposit|refund", re.I)
"""A path segment that names paying or sending, whole and in the singular: the bare number after it is the sum
(``/pay/999``). A plural names a collection, and the number after it is an id (``/payments/98765``); so does a
number before it (``/order/12345/pay``)."""
_CODES = ("USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|CNY|INR|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|ZAR|HKD|SGD|KRW|TRY|ILS|AED")
"""The common currencies' codes, read in any case (``/pay/usd999``)."""
_MORE_CODES = ("AFN|ANG|AOA|ARS|AWG|AZN|BBD|BDT|BGN|BHD|BIF|BMD|BND|BSD|BTN|BWP|BYN|BZD|CDF|CLP|COP|"
               "CRC|CVE|DJF|DOP|DZD|EGP|ERN|ETB|FJD|FKP|GHS|GIP|GMD|GNF|GTQ|GYD|HNL|HTG|IDR|IQD|IRR|ISK|JMD|"
               "JOD|KES|KGS|KHR|KMF|KPW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MDL|MGA|MKD|MMK|MNT|MRU|MUR|MVR|"
               "MWK|MYR|MZN|NAD|NGN|NIO|NPR|OMR|PAB|PGK|PHP|PKR|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SHP|SLE|"
               "SLL|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TTD|TWD|TZS|UAH|UGX|UYU|UZS|VES|VND|VUV|WST|XAF|"
               "XCD|XOF|XPF|YER|ZMW|ZWL|BTC|USDT|USDC")
"""The other currencies' codes (ISO 4217, and the common coins), read only in capitals: written small, many are
words or an id's letters (``/top10``, ``/item/thb123``). Those that are words or a product's letters in capitals too
(ALL, AMD, CUP, PEN, TOP, ...) are left out: ``/item/PEN123`` is an id."""
_SIGNS = "".join(ch for ch in map(chr, range(0x10000)) if unicodedata.category(ch) == "Sc")
"""Every currency sign (``$``, ``€``, ``₹``, ``₽``, ``฿``, …)."""
_CURRENCY = rf"[{re.escape(_SIGNS)}]|(?:{_CODES})(?![a-z])|(?-i:(?:{_MORE_CODES})(?![A-Za-z]))"
_GROUP = "[,.' _\u00a0\u202f\u2009]"
"""What writes a number's thousands apart (``1,000``, ``1.000``, ``1 000``, ``1'000``, ``1_000``)."""
_WRITTEN = (rf"\d+(?:\.\d+)?e[+-]?\d{{1,2}}|\d{{1,3}}(?:{_GROUP}\d{{3}})+(?:[.,]\d{{1,2}})?|\d+(?:[.,]\d{{1,2}})?")
"""A number as a sum is written: plain, with cents, with its thousands grouped, or with an exponent (``9.99e2``)."""
_SUM_SHAPE = re.compile(rf"(?P<n>(?:\d{{1,3}}(?:{_GROUP}\d{{3}})+|\d+)[.,]\d\d)|(?P<cur>{_CURRENCY})[ _-]?"
                        rf"(?P<n2>{_WRITTEN})|(?P<n3>{_WRITTEN})[ _-]?(?P<cur3>{_CURRENCY}|"
                        rf"(?:{_MORE_CODES})(?![a-z]))", re.I)
"""A bare path segment shaped like a sum of money, wherever it is: with cents (``/checkout/999.00``, ``999,00``,
``1.000,00``) or a currency's sign or code before or after it (``/pay/USD999``, ``/x/999EUR``, ``/x/₹1,000``; after
it, any code in any case: ``/x/999rub``, while ``/item/pen123`` is an id). An id seldom carries either."""
_CODE_SEGMENT = re.compile(rf"(?i:{_CODES})|{_MORE_CODES}")
"""A path segment that is a currency's code (as :data:`_CURRENCY` reads one): the number before it is a sum
(``/x/999/usd``)."""
_SIGN = "-+\u2212"
"""A sign before a sum (``/refund/-999``): the sum is read without it."""
_EXPONENT = re.compile(r"\d+(?:\.\d+)?e[+-]?\d{1,2}", re.I)
_GROUPED_TEXT = re.compile(r"(?<![\d.,])\d{1,3}(?:[,.']\d{3})+(?:[.,]\d{1,2})?(?![\d])")
"""A number of a page's text written with its thousands grouped."""
_GROUPED = re.compile(rf"(?P<whole>\d{{1,3}}(?:(?P<g>{_GROUP})\d{{3}})(?:(?P=g)\d{{3}})*|\d+)"
                      r"(?:(?P<point>[.,])(?P<frac>\d{1,2}))?")
PATH_SUM = "amount in the address's path"
"""The name a bare number of a path read as a sum is compared under (it names a sum, and no form's field)."""
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_BLANK = ("", "about:blank", "about:srcdoc")
_BODY_READ = 8 << 20
"""Bytes of a body whose acting fields are read (as the effect gate reads them)."""
_MESSAGE_READ = 64 << 10
"""Characters of a WebSocket message compared (it is read on the event loop)."""
_MADE_READ = 1 << 20
"""Bytes of a response to the approved action read for the ids it made (see :meth:`Shown._made`)."""
_AGAIN = "it sends the approved action's own request again (a second act, not the one approved)"
_POPUP_DEPTH = 4
"""Windows opened by windows the approved page opened, followed back this far."""


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
    page: Page | None = None
    """The page the action was approved on (its frames' requests are read whatever their address: a script can change
    the address first, or send the form into a frame)."""
    fields: dict[str, set[str]] = field(default_factory=dict)
    values: set[str] = field(default_factory=set)
    numbers: set[Decimal] = field(default_factory=set)
    typed: set[str] = field(default_factory=set)
    text: str = ""
    _openers: dict[Page, bool] = field(default_factory=dict, repr=False)
    """Pages whose requests were read, and whether the approved page opened them (see :meth:`_opened_by_it`)."""
    _before: frozenset[Page] = frozenset()
    """The windows open when the action was approved."""
    _spawned: set[Page] = field(default_factory=set, repr=False)
    """The windows the approved page opened since the approval, and those they opened, as each was made (with or
    without ``noopener``: Chromium names the opener all the same; one whose opener closed since is still here)."""
    _frames_before: frozenset[Frame] = frozenset()
    """The approved page's frames when the action was approved (one made since is the action's)."""
    form_action: str = ""
    """The address the approved control's form posts to (empty: the control is in no form)."""
    _during: frozenset[Page] = frozenset()
    """The windows the approved page opened since the approval (:attr:`_spawned`) that were open when the action last
    settled (see :meth:`settled`)."""
    _frames_during: frozenset[Frame] = frozenset()
    """The approved page's frames made since the approval that were there when the action last settled."""
    _what: dict[tuple[str, str], bool] = field(default_factory=dict, repr=False)
    """Whether each field of the approved act's requests says what the act is (see :meth:`_says_what`)."""
    _said: dict[Request, str] = field(default_factory=dict, repr=False)
    """What the response to each finished request of the approved action said (see :meth:`_made`)."""
    _where: dict[Page | Frame, tuple[str, str] | None] = field(default_factory=dict, repr=False)
    """The site (scheme and host) each window and frame of :attr:`_during` and :attr:`_frames_during` showed when the
    action settled (None: blank then, bound to the first it shows)."""

    @classmethod
    def of(cls, snap: Snapshot, arguments: Iterable[Any] = (), page: Page | None = None, form_action: str = ""
           ) -> Shown:
        """What ``snap`` of ``page`` showed, with the call's argument values (``form_action``: where the approved
        control's form posts)."""
        shown = cls(url=urldefrag(snap.url)[0], page=page, text=snap.text, form_action=form_action,
                    _before=frozenset(page.context.pages) if page is not None else frozenset(),
                    _frames_before=frozenset(page.frames) if page is not None else frozenset())
        if page is not None:
            page.on("popup", shown._born)
        pairs = [(name, value) for _action, name, value in snap.hidden_fields]
        for el in snap.elements.values():
            kind = el.raw.get("type", "text")
            if el.tag in ("input", "textarea") and "value" in el.raw and kind not in ("checkbox", "radio", "file"):
                pairs.append((str(el.raw.get("fname", "")), str(el.raw["value"])))
        for name, value in pairs:
            shown.fields.setdefault(name, set()).add(value)
        shown.typed = {str(a) for a in arguments if isinstance(a, str | int | float) and not isinstance(a, bool)}
        # the page's own address was shown too (analytics send it whole, its query read as fields), and so were the
        # ids in its path, its forms' and its links' (an order's id in ``/pay/12345`` that a Pay link goes to)
        addresses = [snap.url, *(f.action for f in snap.forms),
                     *(str(el.raw["href"]) for el in snap.elements.values() if el.raw.get("href"))]
        ids = {s for a in addresses for s in urlsplit(a).path.split("/") if _number(s) is not None}
        shown.values = {v for _n, v in pairs} | shown.typed | {v for _n, v in parse_qsl(urlsplit(snap.url).query)} | ids
        for text in [snap.text, *shown.values]:
            shown.numbers |= {n for m in _NUMBER.findall(text) if (n := _number(m)) is not None}
            # a sum shown grouped ("1.000,00 €") stands for what a path writes plainly or otherwise grouped
            shown.numbers |= {Decimal(r) for m in _GROUPED_TEXT.findall(text) for r in _readings(m)}
        return shown

    def _born(self, popup: Page) -> None:
        """A window the approved page (or one it opened since) opened: the action's, and so are the ones it opens."""
        self._spawned.add(popup)
        popup.on("popup", self._born)

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

    async def check(self, request: Request) -> str | None:
        """Why a request the approved action's page makes sends what the person was not shown (None: it does not,
        or it is not that page's: another site's document's request).

        A request is the page's when its frame is a frame of the approved page, or of a window it opened (a popup,
        and the popups that one opened), showing the page's site (its main frame after ``history.replaceState``, a
        frame it made, a blank popup its script wrote into) or posted to by it (a form sent into a frame; another
        site's frame loading a page by GET, an advertisement, is left alone), or a window or frame with no document
        yet (a form sent to a new window, a frame given another site's address); without the page, when its frame
        shows the address approved. A window opened while the action runs is its, whether or not it knows its
        opener (an anchor with ``target=_blank`` opens one without); a navigation of a frame of it is read whatever
        the site the frame shows (a form sent by GET into a frame of another site, or the frame given another
        address, carries the amount in its address). Every request of it is read, a GET too (a fetch, an XHR, a
        beacon, an image carry an amount in their address as a form does in its body): its address's query and its
        whole body, in a thread (a megabyte of fields takes a second or two)."""
        navigation = request.is_navigation_request()
        try:
            frame = request.frame
            frame_url = urldefrag(frame.url)[0]
            ours = await self._opened_by_it(frame.page) if self.page is not None else frame_url == self.url
        except PlaywrightError:  # a service worker's request, or a new window's first navigation: no frame yet
            if not navigation:
                return None
            frame_url, ours = "", False
        if frame_url not in _BLANK and not (
                ours and (self.page is None or navigation or _origin(frame_url) == _origin(self.url))):
            return None
        return await asyncio.to_thread(self._sends, *_read(request))

    def settled(self) -> None:
        """The approved action's page settled (again, after a dialog it raised was answered): the windows and frames
        opened since the approval are the action's (:meth:`_from_opened`), each for the site it showed then (a blank
        one: the first it shows); one its page opens later on a timer is not."""
        if self.page is not None:
            self._during = frozenset(p for p in self.page.context.pages if p in self._spawned)
            self._frames_during = frozenset(self.page.frames) - self._frames_before
            for page in self._during:
                self._where.setdefault(page, _bound(page.url))
            for frame in self._frames_during:
                self._where.setdefault(frame, _bound(frame.url))

    async def carries(self, request: Request, used: Mapping[Address, Sequence[Request]]) -> bool | str:
        """What a request made after the approved action settled is (the effect gate's one judgement of it): True
        when it is still the approved act's own: it carries a value the person was shown that says what a submit
        does (an amount, a quantity, an account, an address: :func:`telling`), and it goes where the act went: an
        address (origin and path) the action's own requests used while it ran (``used``: those requests) or the
        approved form's action, from the approved page or a window it opened (:meth:`_its_page`: another tab's
        request there is not the act's), with nothing of its own beside what those requests or the form sent
        (:meth:`_beside`: ``amount=5&cancel=1`` to the ``/order`` the Buy posted ``amount=5`` to does something
        more); or, from a window or frame opened while the action ran, the site it showed when the action settled,
        another than the approved page's (a payment provider's window posting the amount shown). Why it is one of
        the act's own requests sent again (:func:`_repeats`: a second act, held even where it would otherwise pass
        as a read). False when it is neither: a request of the page's own timer carrying the amount shown beside an
        act of its own (``amount=5&delete=1`` to ``/account/delete``), from a window its timer opened later, or from
        the action's window once it went to another site, is judged as any act of the page is."""
        target = address(request.url)
        if target in used or target == address(self.form_action):
            if not await self._its_page(request):
                return False
            earlier = [(r.method, r.url, r.post_data_buffer or b"", _script_headers(r)) for r in used.get(target, ())]
            made = await self._made(used)
            why = await asyncio.to_thread(self._beside, request.method, request.url, request.post_data_buffer or b"",
                                          earlier, _script_headers(request), made)
            if why is not None:
                return why if why == _AGAIN else False
        elif not (_origin(request.url) != _origin(self.url) and await self._from_opened(request)):
            return False
        return await asyncio.to_thread(self._carries, *_read(request))

    def _no_act_of_its_own(self, method: str, url: str, body: bytes, earlier: Sequence[Sent],
                           headers: Sequence[tuple[str, str]] = (), made: str = "") -> bool:
        """Whether a request to where the approved act went does nothing more than the act's own requests there
        (``earlier``) or its form did (:meth:`_beside` finds nothing)."""
        return self._beside(method, url, body, earlier, headers, made) is None

    def _beside(self, method: str, url: str, body: bytes, earlier: Sequence[Sent],
                headers: Sequence[tuple[str, str]] = (), made: str = "") -> str | None:
        """What a request to where the approved act went does beside what the act's own requests there (``earlier``:
        method, address, body and the headers a script set) or its form did, None when nothing: :data:`_AGAIN` when
        it is one of them sent again (:func:`_repeats`: a second identical order is a second order, and so is one
        spelt otherwise, with a cache-buster, a step or a made-up order id more, or the POSTed order's fields in a
        GET; a read may repeat; ``made``: what the act's responses said, where an id it continues must be), another
        reason when its method is not theirs (and does not only read), or a field or header that says it does
        something (``op=delete``, ``cancel=1``, ``type=refund``, ``X-Action: delete``:
        :func:`~gofer.computer.browser._request_acts.acting_fields`) was neither sent by them with that value nor
        shown in the approved page's fields (a form's hidden ``op=purchase``)."""
        methods = {m for m, _u, _b, _h in earlier} or {"POST"}
        if method not in methods and method not in ("GET", "HEAD"):
            return f"its method ({method}) is not the approved act's"
        try:
            sent = {pair for m, u, b, h in earlier for pair in _acting(u, b, h)}
            acting = _acting(url, body, headers)
            if _repeats(method, url, body, bool(acting), earlier, self._says_what, made):
                return _AGAIN
        except RecursionError:
            return "it sent JSON nested too deep to read"
        sent |= {(name, value) for name, values in self.fields.items() for value in values}
        return None if acting <= sent else "it does something the approved act did not"

    def _says_what(self, name: str, value: str) -> bool:
        """Whether a field of the act's request says what the act is, so that a request leaving it out or changing
        it is not the act again: it acts, or it says how much or for whom (:func:`telling`), or its name is one of
        the approved page's fields, or its value was shown (as a word of the page's text: the ``item=mug`` of a
        "Blue mug"), and it is no token the page rotates (:data:`TOKEN_NAME`: a form's ``csrf_token``). Another (a
        ``note``, a ``_`` cache-buster, a fresh token) may differ or be left out in a replay."""
        said = self._what.get((name, value))
        if said is None:  # each of the act's fields is asked again for every later request to its address
            worded = len(value) >= 3 and re.search(rf"(?<!\w){re.escape(value)}(?!\w)", self.text, re.I) is not None
            said = telling(name, value) or (not TOKEN_NAME.search(name) and (
                name in self.fields or value in self.values or worded))
            self._what[name, value] = said
        return said

    async def _made(self, used: Mapping[Address, Sequence[Request]]) -> str:
        """What the responses to the approved action's requests said (their bodies, the first megabyte of each, and
        their headers: a ``Location`` to ``/thanks?order=A-1``): an id a request continuing the act carries must be
        in it (:func:`_repeats`). Read once a request has finished (a request that never ends is not waited for)."""
        for request in itertools.chain.from_iterable(used.values()):
            if request in self._said or request.timing.get("responseEnd", -1) < 0 or request.resource_type not in (
                    "document", "fetch", "xhr"):
                continue
            text = ""
            with contextlib.suppress(PlaywrightError):
                response = await request.response()
                if response is not None:
                    text = " ".join((await response.all_headers()).values())
                    text += " " + (await response.body())[:_MADE_READ].decode("utf-8", "replace")
            self._said[request] = text
        return "\n".join(self._said.values())

    async def _its_page(self, request: Request) -> bool:
        """Whether a request comes from the approved page or a window it opened (:meth:`_opened_by_it`: a payment
        popup its script opens late too): another tab's, open before the approval and not opened by the approved
        page, is judged as if nothing were approved."""
        try:
            page = request.frame.page
        except PlaywrightError:  # a service worker's request, or a new window's first navigation
            return False
        return self.page is None or await self._opened_by_it(page)

    async def _from_opened(self, request: Request) -> bool:
        """Whether a request comes from a window opened while the approved action ran (one open when it settled, or
        a window such a window opened since) or a frame the approved page made while it ran, and it stays on the
        site that window or frame showed when the action settled (:meth:`settled`): both the document that sends it
        and where it goes (a payment window that later sends itself elsewhere on its own timer is judged as if
        nothing were approved). A window's first navigation, which has no frame yet, is from none: every window the
        action opened had made it by then."""
        try:
            frame = request.frame
            page = frame.page
        except PlaywrightError:  # a new window's first navigation: no frame yet
            return False
        if page == self.page:
            return frame in self._frames_during and self._stays(frame, frame.url, request.url)
        at: Page | None = page
        for _ in range(_POPUP_DEPTH):
            if at is None or at == self.page:
                return False
            if at in self._during:
                return self._stays(at, frame.url, request.url)
            at = await at.opener()
        return False

    def _stays(self, opened: Page | Frame, document: str, target: str) -> bool:
        """Whether a request of ``document`` to ``target`` stays on the site ``opened`` showed when the action
        settled (a window blank then is bound to the first site it shows)."""
        where = self._where.get(opened)
        if where is None:
            where = self._where[opened] = _bound(document) or _bound(target)
        return where is not None and _origin(target) == where and _bound(document) in (where, None)

    def _carries(self, url: str, body: bytes, kind: str, headers: Iterable[tuple[str, str]]) -> bool:
        try:
            fields = sent_fields(url, body.decode("utf-8", errors="replace"), kind, headers)
        except RecursionError:
            return False
        return any(telling(name, value) and value not in ("0", "1") and self._seen(value) for name, value in fields)

    def message(self, page: Page | None, url: str, text: str) -> str | None:
        """Why a WebSocket message sends what the person was not shown (None: it does not, or it is not the
        approved page's: its page is neither the approved page nor a window opened since, or a window found to be
        the page's popup). Its text is read as a request's body is (JSON, or form fields), the first 64 kB."""
        if page is None or self.page is None or not (
                page == self.page or page in self._spawned or self._openers.get(page)):
            return None
        return self._sends(url, text[:_MESSAGE_READ].encode(), "")

    async def _opened_by_it(self, page: Page) -> bool:
        """Whether ``page`` is the approved page or a window it opened (a popup, a popup's popup: any deep since the
        approval, a few deep before it). A window another tab (or its popup) opened, during the action or after it,
        is not: its requests are judged as if nothing were approved."""
        if page in self._spawned:
            return True
        if page not in self._openers:
            found, at = False, page
            for _ in range(_POPUP_DEPTH):
                if at == self.page:
                    found = True
                    break
                opener = await at.opener()
                if opener is None:
                    break
                at = opener
            self._openers[page] = found
        return self._openers[page]

    def _sends(self, url: str, body: bytes, kind: str, headers: Iterable[tuple[str, str]] = ()) -> str | None:
        try:
            fields = sent_fields(url, body.decode("utf-8", errors="replace"), kind, headers)
        except RecursionError:
            return "it sent JSON nested too deep to read"
        for name, value in dict.fromkeys(fields):
            why = self.differs(name, value)
            if why is not None:
                return why
        return None


Sent = tuple[str, str, bytes, Sequence[tuple[str, str]]]
"""A request as :meth:`Shown._no_act_of_its_own` compares it: its method, address, body and the headers a script
set."""


def _acting(url: str, body: bytes, headers: Iterable[tuple[str, str]] = ()) -> set[tuple[str, str]]:
    """The fields and script-set ``headers`` of a request that say it does something (:func:`acting_fields`), those
    its values encode too (``d=`` base64 of ``{"op": "delete"}``). Raises RecursionError for JSON nested past what
    Python reads."""
    text = body[:_BODY_READ].decode("utf-8", "replace")
    headers = list(headers)
    return acting_fields(url, text, [*sent_fields(url, text, "", headers), *headers])


def _repeats(method: str, url: str, body: bytes, acting: bool, earlier: Sequence[Sent],
             says_what: Callable[[str, str], bool] = telling, made: str = "") -> bool:
    """Whether a request sends one of ``earlier`` again: the same method, address and fields (a read, a GET or HEAD
    without an acting field, may repeat); or, with any method, the fields of one that was not a read that say what
    it is (its acting fields and those ``says_what`` names: the amount, the item; all of them when none does), each
    with the same value however spelt (``amount=5.00`` or ``5,00`` for ``5``), whatever the others
    (``amount=5&item=mug&_=1``, or ``amount=5&item=mug`` after ``amount=5&item=mug&note=x``, ``step=2``,
    ``GET /order?amount=5&item=mug`` after that POST). A request that also carries a reference to what the act
    made continues it (:func:`names_what_it_made`: an ``orderId`` one of the act's responses named, ``made``; a
    3-D Secure ``PaRes``; not an order id they never named, ``order_id=777``), and one that changes or leaves out
    a field that says what it is is another request (a step that sends the amount, not the item). Raises
    RecursionError for JSON nested past what Python reads."""
    this = _same(method, url, body)
    if this in {_same(m, u, b) for m, u, b, _h in earlier}:
        return acting or method not in ("GET", "HEAD")
    mine = this[2]
    if not isinstance(mine, tuple):
        return False
    spelt = {(name, reading) for name, value in mine for reading in _spellings(value)}
    for m, u, b, h in earlier:
        if m in ("GET", "HEAD") and not _acting(u, b, h):
            continue  # a read: sending its fields again, and more, reads again
        theirs = _same(m, u, b)[2]
        if not isinstance(theirs, tuple) or not theirs:
            continue
        acted = _acting(u, b, h)
        key = [(name, value) for name, value in theirs if (name, value) in acted or says_what(name, value)
               ] or list(theirs)
        if not all(spelt & {(name, reading) for reading in _spellings(value)} for name, value in key):
            continue
        if not any(names_what_it_made(name, value, made) for name, value in set(mine) - set(theirs)):
            return True
    return False


def _spellings(value: str) -> set[str]:
    """The ways a value is compared with another of a replay: itself, case aside, and the plain numbers a sum
    written otherwise stands for (``5``, ``5.00``, ``5,00`` and ``$5`` are all 5)."""
    text = value.strip().casefold()
    numbers = _readings(text.lstrip("$€£¥").strip())
    return {text} | {format(Decimal(n).normalize(), "f") for n in numbers}


def _same(method: str, url: str, body: bytes) -> tuple[str, Address, tuple[tuple[str, str], ...] | bytes]:
    """What makes two requests the same act: method, address and the fields they send in any order (the body's bytes
    when it has no fields). Raises RecursionError for JSON nested past what Python reads."""
    text = body[:_BODY_READ].decode("utf-8", "replace")
    try:
        json.loads(text)
        kind = "application/json"  # its fields alone, not also its text read as a form's (spacing aside)
    except ValueError:
        kind = ""
    fields = tuple(sorted(sent_fields(url, text, kind)))
    return method, address(url), fields or body[:_BODY_READ]


def _script_headers(request: Request) -> list[tuple[str, str]]:
    """The headers of ``request`` its page's script may have set (``X-Action``, ``X-HTTP-Method-Override``)."""
    return [(name, value) for name, value in request.headers.items() if script_may_set(name)]


def _read(request: Request) -> tuple[str, bytes, str, list[tuple[str, str]]]:
    """What of a request the comparison reads: its address, its body, its content type and the headers a script may
    set."""
    kind = (request.headers.get("content-type") or "").lower()
    return request.url, request.post_data_buffer or b"", kind, _script_headers(request)


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


def _bound(url: str) -> tuple[str, str] | None:
    """The site a window or frame showing ``url`` is bound to (None while it is blank)."""
    return None if urldefrag(url)[0] in _BLANK or url.startswith(("about:", "data:")) else _origin(url)


def sent_fields(url: str, body: str, content_type: str, headers: Iterable[tuple[str, str]] = ()
                ) -> list[tuple[str, str]]:
    """The (name, value) pairs a request sends: its address's query and the sums in its path (:func:`_path_sums`),
    its whole body as form data, a multipart form (its parts that are not files) or JSON (each scalar under the key
    that holds it, at any depth), and those of the ``headers`` a script set whose name names a sum
    (``X-Amount: 999``); and what a value encodes, a header's value too, up to two layers deep (:func:`_decoded`:
    base64, percent-encoding, JSON in a string), as the fields it holds (JSON, a query string) or as itself under the
    value's name. Raises RecursionError for JSON nested past what Python reads."""
    out = parse_qsl(urlsplit(url).query, keep_blank_values=True) + _path_sums(url) if url else []
    headers = list(headers)
    out += [(name, value) for name, value in headers if _SUM.search(name)]
    body = body.removeprefix("\ufeff")  # a byte-order mark before JSON: servers skip it
    if body:
        if "multipart/" in content_type:
            out += _parts(body, content_type)
        else:
            if "json" in content_type or body.lstrip()[:1] in ("{", "["):
                with contextlib.suppress(ValueError):
                    out += _json_fields(json.loads(body))
            if "json" not in content_type:  # a form's server reads it as fields even when it begins with a bracket
                out += parse_qsl(body, keep_blank_values=True)
    layer = out + [(name, value) for name, value in headers if not _SUM.search(name)]
    for _ in range(_LAYERS):
        layer = [inner for name, value in layer if (text := _decoded(value)) is not None
                 for inner in _inner_fields(name, text)]
        out += layer
    return out


_LAYERS = 2
"""Layers of encoding read inside a value (base64 of JSON percent-encoded, say); more is not tried."""
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]{8,}={0,2}")
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
_HEX = re.compile(r"(?:[0-9A-Fa-f]{2}){4,}")
_URL = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*:)?/[^?#\s]*\?([^#\s]+)(?:#\S*)?")
"""An address, absolute or a path, with a query (what a redirect endpoint given it sends on)."""
_QUERY = re.compile(r"[^=&\s]+=[^&\s]*(?:&[^=&\s]+=[^&\s]*)*")


def _path_sums(url: str) -> list[tuple[str, str]]:
    """An address's path segments that follow one naming a sum, and its matrix parameters naming one, as fields
    (``/order/amount/999``, ``/pay;amount=999``): a server's route reads them as a form's field. A bare number after
    a segment naming paying or sending (``/pay/999``, ``/refund/-999``: :data:`_PAY_SEGMENT`), or shaped like a sum
    of money anywhere (``/checkout/999.00``, ``/pay/999,00``, ``/pay/USD999``: :func:`_sum_in`), or before a
    currency's code (``/x/999/usd``), is a sum too, under :data:`PATH_SUM`. Other segments are ids and names, not
    compared (one after a code: a shop's store for a currency, ``/usd/999``, names its products so)."""
    segments = [unquote(s) for s in urlsplit(url).path.split("/")]
    pairs = list(itertools.pairwise(segments))
    sums = [(PATH_SUM, value) for name, segment in pairs if not _SUM_SEGMENT.fullmatch(name)
            for value in _sum_in(segment, after_pay=bool(_PAY_SEGMENT.fullmatch(name)))]
    sums += [(PATH_SUM, value) for segment, code in pairs if _CODE_SEGMENT.fullmatch(code)
             and not _SUM_SHAPE.fullmatch(segment.lstrip(_SIGN)) for value in _readings(segment)]
    pairs += [(name, value) for segment in segments for param in segment.split(";")[1:]
              for name, _, value in [param.partition("=")]]
    return [(name, value) for name, value in pairs if _SUM_SEGMENT.fullmatch(name) and _number(value) is not None
            ] + list(dict.fromkeys(sums))


def _sum_in(segment: str, *, after_pay: bool) -> list[str]:
    """The sum a path segment holds, as the plain numbers it may stand for (``999,00`` as ``999.00``, ``USD999`` as
    ``999``, ``1.000,00`` as ``1000.00``, ``9.99e2`` as ``999``: :func:`_readings`): a bare number after a segment
    naming paying (``after_pay``), or one shaped like a sum (:data:`_SUM_SHAPE`); empty when it holds none."""
    shaped = _SUM_SHAPE.fullmatch(segment.lstrip(_SIGN))
    if shaped is None:
        return _readings(segment) if after_pay else []
    return _readings(shaped["n"] or shaped["n2"] or shaped["n3"])


def _readings(written: str) -> list[str]:
    """The plain numbers (``1000.00``) a sum written in an address stands for: its thousands' separators dropped,
    its decimal comma a point, its exponent applied; both readings of ``1.000`` (a thousand in Europe, one with
    three decimals elsewhere), each compared. Empty when it is no number."""
    written = written.lstrip(_SIGN)
    if _EXPONENT.fullmatch(written):
        return [format(Decimal(written), "f")]
    number = _GROUPED.fullmatch(written)
    if number is None or (number["g"] is not None and number["g"] == number["point"]):
        return []
    plain = number["whole"].replace(number["g"] or ",", "") + ("." + number["frac"] if number["frac"] else "")
    if number["g"] == "." and number["point"] is None and number["whole"].count(".") == 1:
        return [plain, number["whole"]]
    return [plain]


def _decoded(value: str) -> str | None:
    """The text a value carries encoded: percent-encoded, base64 (standard or URL-safe) or hex of printable text,
    JSON in a string (a byte-order mark before it skipped), or the query of an address (a redirect endpoint's next
    hop); None when it is none of these."""
    bare = value.lstrip().lstrip("\ufeff").lstrip()
    if bare[:1] in ("{", "["):
        return bare
    if (url := _URL.fullmatch(value.strip())) is not None:
        return url.group(1)
    if _PERCENT.search(value):
        return unquote(value)
    if not _BASE64.fullmatch(value) or value.isdigit():  # digits are a number (an account, a card), not base64
        return None
    raw = None
    if _HEX.fullmatch(value):
        with contextlib.suppress(ValueError):
            raw = bytes.fromhex(value)
    try:
        if raw is None or not _printable(raw):
            raw = base64.b64decode(value.replace("-", "+").replace("_", "/").rstrip("=") + "=" * (-len(value.rstrip(
                "=")) % 4), validate=True)
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return text if text and all(ch.isprintable() or ch in "\t\r\n" for ch in text) else None


def _printable(raw: bytes) -> bool:
    try:
        return all(ch.isprintable() or ch in "\t\r\n" for ch in raw.decode("utf-8").removeprefix("\ufeff"))
    except UnicodeDecodeError:
        return False


def _inner_fields(name: str, text: str) -> list[tuple[str, str]]:
    """The fields a decoded value holds: JSON's scalars by key, a query string's pairs, or else the text itself
    under ``name``."""
    if text.lstrip()[:1] in ("{", "["):
        try:
            return _json_fields(json.loads(text))
        except ValueError:
            pass
    if _QUERY.fullmatch(text):
        return parse_qsl(text, keep_blank_values=True)
    return [(name, text)]


def _parts(body: str, content_type: str) -> list[tuple[str, str]]:
    boundary = re.search(r'boundary="?([^";]+)', content_type, re.I)
    if boundary is None:
        return []
    out = []
    for part in body.split("--" + boundary.group(1)):
        head, _, value = part.lstrip("\r\n").partition("\r\n\r\n")
        name = re.search(r'(?im)^content-disposition:.*?\bname="([^"]*)"', head)
        if name is not None and not re.search(r'(?im)^content-disposition:.*\bfilename=', head):
            out.append((name.group(1), value.removesuffix("\r\n")))
    return out


def _json_fields(value: Any) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        key, item = stack.pop()
        if isinstance(item, dict):
            stack += [(str(k), v) for k, v in reversed(item.items())]
        elif isinstance(item, list):
            stack += [(key, v) for v in reversed(item)]
        elif isinstance(item, str | int | float) and not isinstance(item, bool):
            out.append((key, str(item)))
    return out
