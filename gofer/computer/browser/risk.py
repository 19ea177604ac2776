"""Per-call risk of browser actions, judged from the session's last snapshot.

Typing into password or payment fields, submitting (by click, Enter or ``submit=True``) a form that pays,
buys, sends, deletes or publishes or that sends what it holds to another site than the page's, and downloading
executables are consequential. The judgement uses the
element's text, its form's fields and action URL, and the page's title and URL; the reasons are returned so
they can be recorded. The functions are synchronous: the guard calls them before the action runs.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from gofer.computer.browser.snapshot import Element, FormInfo, Snapshot
from gofer.safety.urls import host_of, site_of

__all__ = [
    "EXECUTABLE_SUFFIXES",
    "dialog_reasons",
    "download_reason",
    "drop_reasons",
    "element_at",
    "element_reasons",
    "enter_reasons",
    "form_reasons",
    "is_payment_field",
    "other_site",
    "point_reasons",
    "says_nothing",
    "shows_only",
    "submit_reasons",
    "type_reasons",
    "url_reason",
]

EXECUTABLE_SUFFIXES = (
    ".exe", ".msi", ".bat", ".cmd", ".com", ".scr", ".ps1", ".vbs", ".jar", ".sh", ".run", ".bin", ".appimage",
    ".deb", ".rpm", ".dmg", ".pkg", ".apk", ".app", ".elf", ".so", ".dll",
)
"""File names the browser treats as executables (downloads of them are consequential)."""

_CONSEQUENTIAL_WORDS = re.compile(
    r"\b(place (?:your )?order|order now|buy|purchase|pay|payment|confirm (?:order|purchase|"
    r"payment)|complete (?:order|purchase)|subscribe|donate|transfer|send|delete|remove account|erase|"
    r"destroy|publish|(?<!\w )post|tweet|submit (?:order|payment)|book now|reserve)\b",
    re.I,
)
"""Words of a consequential action ("post" only as a verb: not the one in "Blog post" or "Next post")."""
_ACTION_URL = re.compile(
    r"(?:/|[?&](?:action|do|op|cmd|task)=)(?:delete|destroy|erase|unsubscribe|publish|send|pay|purchase|transfer|place[-_]?order|"
    r"orders?/(?:place|confirm|submit)|checkout/(?:place|confirm|complete))(?=$|[/?&#.=_-])",
    re.I,
)
"""A URL whose path or query names the act (/account/delete?id=, /orders/place?item=, ?action=send): following
it (with a query saying what to act on) is the act even as a GET."""
_PROCEED = re.compile(r"(continue|next|ok(ay)?|yes|confirm|proceed|done|submit|finish|complete|go)?\W*", re.I)
"""A label that only says "go on" (Continue, OK, →): on a pay/send/delete page it is the act."""
_ACTION_PATH = re.compile(r"(order|checkout|purchase|pay|payment|billing|send|mail|message|delete|remove|"
                          r"destroy|publish|post|transfer|subscribe|donate)", re.I)
_PAYMENT_NAME = re.compile(r"(card|cc[-_ ]?(num|number|csc|exp)|cvv|cvc|csc|expir|iban|routing|account.?num|"
                           r"sort.?code|bic|swift)", re.I)
_SEARCH = re.compile(r"\b(search|find|filter|look ?up|go)\b", re.I)


def is_payment_field(field: dict[str, str] | Element) -> bool:
    """Whether a form field (or element) takes card or bank details."""
    if isinstance(field, Element):
        raw = field.raw
        text = " ".join(str(raw.get(k, "")) for k in ("fname", "ac", "name"))
        return str(raw.get("ac", "")).startswith("cc-") or bool(_PAYMENT_NAME.search(text))
    text = " ".join(str(field.get(k, "")) for k in ("name", "ac", "label"))
    return str(field.get("ac", "")).startswith("cc-") or bool(_PAYMENT_NAME.search(text))


def type_reasons(el: Element) -> list[str]:
    """Why typing into this element is consequential (empty when it is not)."""
    if el.type == "password":
        return [f"types into a password field ({el.name or 'password'})"]
    if is_payment_field(el):
        return [f"types into a payment field ({el.name or el.raw.get('fname', 'card details')})"]
    return []


def form_reasons(form: FormInfo, page: Snapshot | None) -> list[str]:
    """Why submitting this form is consequential: payment fields, a consequential action URL or page."""
    reasons: list[str] = []
    if any(is_payment_field(f) for f in form.fields):
        reasons.append("the form has payment fields")
    if not isinstance(form.action, str):  # an <input name="action"> hides where the form goes
        return [*reasons, "the form's destination cannot be read"]
    other = other_site(form.action, page.url) if page is not None else None
    if other:
        reasons.append(f"the form sends what it holds to {other}, another site than the page's")
    path = urlsplit(form.action).path
    if form.method == "post" and _ACTION_PATH.search(path):
        reasons.append(f"the form posts to {path}")
    elif form.method != "post" and (reason := url_reason(form.action)):
        reasons.append(reason)
    if page is not None and form.method == "post" and _CONSEQUENTIAL_WORDS.search(f"{page.title} {page.url}"):
        reasons.append(f"the page ({page.title or page.url}) is a checkout/send/delete/publish page")
    return reasons


def _site(url: str) -> str | None:
    """Where a URL goes, as far as "the same site" goes: its host's site (:func:`site_of`: an address is its own,
    ``victim.github.io`` and ``attacker.github.io`` are two) with the port."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    host = host_of(url) if parts.scheme in ("http", "https") else None
    if not host:
        return None
    return f"{site_of(host)}:{port or (443 if parts.scheme == 'https' else 80)}"


def other_site(url: str, page_url: str) -> str | None:
    """The URL's host when it is another site than the page's (None for the same site or no URL)."""
    target, here = _site(url), _site(page_url)
    if target is None or here is None or target == here:
        return None
    return urlsplit(url).netloc


def url_reason(url: str) -> str | None:
    """A reason when following this URL (a GET) is itself the act: its path or query names it."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.query:
        return None  # without a query (what to delete, which order) it is most often the page that asks first
    where = f"{parts.path}?{parts.query}"
    match = _ACTION_URL.search(where)
    return f"the address {where[:80]} names the act ({match.group(0).strip('/?&=')})" if match else None


def _page_acts(page: Snapshot | None) -> bool:
    return page is not None and bool(_CONSEQUENTIAL_WORDS.search(f"{page.title} {page.url}"))


def submit_reasons(el: Element, page: Snapshot | None) -> list[str]:
    """Why activating this element (a click, or Enter in it) would do something consequential."""
    reasons: list[str] = []
    label = el.name.strip()
    words = _CONSEQUENTIAL_WORDS.search(label)
    is_submit = (el.tag == "button" and el.type in ("", "submit")) or (el.tag == "input" and el.type in (
        "submit", "image"))
    if words and el.role in ("button", "link", "clickable", "menuitem") and not _SEARCH.fullmatch(label):
        reasons.append(f'the element says "{label}"')
    elif el.role in ("button", "clickable") and _PROCEED.fullmatch(label) and _page_acts(page):
        where = page.title or page.url if page is not None else ""
        reasons.append(f'"{label or el.role}" goes on from a checkout/send/delete/publish page ({where})')
    if is_submit and el.form is not None:
        reasons += form_reasons(el.form, page)
    elif el.raw.get("onchange") and el.form is not None and el.role in _CHOICES and (
        behind := form_reasons(el.form, page)
    ):  # a choice whose change handler can submit its form at once: as consequential as the form
        reasons.append(f"changing it runs the page's code, in a form where {'; '.join(behind)}")
    if reasons and is_submit and el.form is not None:
        reasons.insert(0, "submits a form")
    return reasons


_CHOICES = ("checkbox", "radio", "switch", "combobox", "listbox", "slider", "spinbutton")


def enter_reasons(form: FormInfo, page: Snapshot | None) -> list[str]:
    """Why Enter in a field of this form is consequential: as submitting it, or clicking its default button."""
    reasons = form_reasons(form, page)
    default = next((f for f in form.fields if (f.get("tag"), f.get("type")) in _SUBMIT_FIELDS), None)
    label = str(default.get("label", "")).strip() if default else ""
    if label and _CONSEQUENTIAL_WORDS.search(label) and not _SEARCH.fullmatch(label):
        reasons.append(f'the form\'s default button says "{label}"')
    return reasons


_SUBMIT_FIELDS = {("button", "submit"), ("button", ""), ("input", "submit"), ("input", "image")}


def drop_reasons(target: Element) -> list[str]:
    """Why dropping something on this element is consequential: the drop zone says it buys, sends, deletes…"""
    if _CONSEQUENTIAL_WORDS.search(target.name):
        return [f'drops onto "{target.name[:80]}"']
    return []


def download_reason(url: str, suggested: str = "") -> str | None:
    """A reason when this URL or file name looks like an executable download."""
    name = (suggested or urlsplit(url).path).lower()
    if name.endswith(EXECUTABLE_SUFFIXES):
        return f"downloads an executable ({name.rsplit('/', 1)[-1]})"
    return None


def element_reasons(el: Element, page: Snapshot | None) -> list[str]:
    """Reasons a click on this element is consequential: submitting, or downloading an executable."""
    reasons = submit_reasons(el, page)
    href = str(el.raw.get("href") or "")
    download = el.raw.get("download")
    reason = download_reason(href, download if isinstance(download, str) else "") if href else None
    reason = reason or (url_reason(href) if href else None)
    if reason:
        reasons.append(reason)
    return reasons


_SHOWS = re.compile(r"\b(show|view|see|display|details?|more|less|expand|collapse|read|preview|info|information|"
                    r"specs?|specifications|description|overview|reviews|hide|zoom|gallery|photos?|images?|faq|"
                    r"learn|menu|categories)\b", re.I)
"""Words of a control that only shows or reveals something ("Show details", "Read more", "Specifications")."""
_MARKS = re.compile(r"\bmark\b", re.I)
"""A label that says it marks something ("Mark as read", "Mark all as seen"): it changes a state, it does not show."""


def shows_only(el: Element) -> bool:
    """Whether activating this element should only show or reveal something: a tab, a disclosure (``<summary>``,
    ``aria-expanded``), or a button or link whose label says it shows and names no act."""
    if el.role == "tab" or el.tag == "summary" or "expanded" in el.raw:
        return True
    return el.role in ("button", "link", "clickable", "menuitem") and bool(_SHOWS.search(el.name)) and not (
        _CONSEQUENTIAL_WORDS.search(el.name) or _MARKS.search(el.name))


_GO_ON = re.compile(r"\W*(?:(?:continue|next|ok(?:ay)?|yes|proceed|done|go)\b\W*|[→›»>]+\s*)", re.I)
"""A label that only says "go on" ("Next", "Continue", "OK", "→"), as :data:`_PROCEED` without the words that say
something is being done ("Submit", "Confirm", "Finish") and without an empty or "×" label (icons that close)."""


def says_nothing(el: Element) -> bool:
    """Whether this control's label says neither what it does nor that it only shows: "Next", "Continue", "OK",
    "→" (a pagination, a wizard's step, a dialog's answer)."""
    return el.role in ("button", "link", "clickable", "menuitem") and bool(_GO_ON.fullmatch(el.name.strip()))


def dialog_reasons(kind: str, message: str) -> list[str]:
    """Why accepting this JavaScript dialog is consequential: a confirm or prompt that asks to pay, send, delete,
    publish… ("Delete all your files?"); a page can hang the real decision on one behind a harmless button."""
    if kind in ("confirm", "prompt") and _CONSEQUENTIAL_WORDS.search(message):
        return [f'accepts the {kind} "{message[:120]}"']
    return []


def point_reasons(snap: Snapshot, x: float, y: float) -> list[str]:
    """Why a click at viewport coordinates is consequential: the element under the point is (as for a click on
    its ref), or the point is inside a frame from another site, whose controls the snapshot cannot see."""
    for url, (bx, by, bw, bh) in snap.other_site_boxes:
        if bx <= x < bx + bw and by <= y < by + bh:
            return [f"clicks inside a frame from {urlsplit(url).netloc or url} that gofer cannot read"]
    el = element_at(snap, x, y)
    return element_reasons(el, snap) if el is not None else []


def element_at(snap: Snapshot, x: float, y: float) -> Element | None:
    """The element on top at a viewport point (the smallest uncovered one whose box holds it), if any."""
    under: list[tuple[int, Element]] = []
    for el in snap.elements.values():
        if el.box is None:
            continue
        bx, by, bw, bh = el.box
        if bw > 0 and bh > 0 and bx <= x < bx + bw and by <= y < by + bh:
            under.append((bw * bh, el))
    if not under:
        return None
    on_top = [pair for pair in under if not pair[1].raw.get("covered")] or under
    return min(on_top, key=lambda pair: pair[0])[1]
