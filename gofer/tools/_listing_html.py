"""A listing told only in HTML in someone else's words: a product a seller other than the site offers ("Sold by Acme
Outlet", ``itemprop="seller"``, a ``seller-info`` block) and a room a person lets ("Hosted by Maria", "Meet your
host"). The JSON a page or an API holds is read by its keys (:mod:`gofer.tools._listers`); this reads the page's
text and markup, for :func:`gofer.tools.browser_others.others_in_html`."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from typing import Any

from gofer.tools._listers import names_site, site_names

__all__ = ["LISTING_JS", "listing_in_html", "listing_sections"]

_HTML_CHARS = 2_000_000
LISTING_JS = r"""
(() => {
  const hint =
    /(?:(?:sold(?:\s+and\s+\w+)?|offered|hosted)\s+by|(?:seller|merchant)\s*:|(?:about|meet)\s+(?:the|your)\s+host)/i;
  const marked = document.querySelector('[itemprop~="seller" i],[class*="seller" i],[id*="seller" i],' +
    '[class*="sold-by" i],[class*="sold_by" i]');
  const text = document.body ? document.body.textContent || '' : '';
  const vendor = /vendor/i.test(text) && document.querySelector('a[href*="/vendor" i],a[href*="/seller" i],' +
    'a[href*="/store" i],a[href*="/shop" i],a[href*="/merchant" i]');
  return marked || vendor || hint.test(text) ?
    document.documentElement.outerHTML.slice(0, CHARS) : null;
})()
""".replace("CHARS", str(_HTML_CHARS))
"""A JavaScript expression for a live page: its HTML (at most :data:`_HTML_CHARS` characters) when it may name a
seller or a host (a vendor with a link to a store's page too), else null; :func:`listing_in_html` reads it. Its
hint has no word boundaries: ``textContent`` runs
blocks together ("per nightMeet your hostMaria")."""

_SOLD_BY = re.compile(
    r"\b(?:(?:ships\s+from\s+and\s+)?sold(?:\s+and\s+(?:shipped|dispatched|fulfilled))?\s+by|offered\s+by|seller"
    r"|merchant(?=\s*:))\s*:?\s*",
    re.IGNORECASE,
)
"""What names a listing's seller on a marketplace: "Sold by", "Ships from and sold by", "Sold and shipped by",
"Offered by", "Seller:", "Merchant:" ("Fulfilled by X, sold by Y" names Y). "Vendor:" is left out: a shop's own
product page names its brand so (Shopify's themes); it names a seller only before a link to the vendor's own page
(:func:`_vendor_names`)."""
_NOT_A_NAME = frozenset({
    "the", "a", "an", "per", "each", "weight", "volume", "length", "unit", "units", "piece", "pieces", "item",
    "items", "pack", "kilo", "kg", "pound", "lb", "dozen", "pair", "metre", "meter", "foot", "yard", "bulk", "us",
    "appointment", "auction", "request", "invitation", "mail", "post", "phone", "email",
})
"""What follows "sold by" in a shop's own words ("sold by weight", "sold by the dozen", "sold by appointment"): a
measure or a way of selling, never a seller's name in lower case."""
_NAME_END = re.compile(
    r"\s*(?:[|\u00b7\u2022,;()\[\]]|\s[-\u2013\u2014]\s|\.(?:\s|$)|\b(?:and|&)\s+(?:fulfill|ship|dispatch|deliver)"
    r"|\b(?:fulfilled|ships?|shipped|dispatched|delivered|sent|from)\b)",
    re.IGNORECASE,
)
_SELLER_CLASS = re.compile(
    r"^(?:seller|sold[-_]?by|third[-_]?party[-_]?seller)(?:[-_]?(?:info|information|profile|details|about|card|box|"
    r"block|section|description|bio|notes?|name|link|message))?$",
    re.IGNORECASE,
)
"""A block a seller is shown in (``seller-info``, ``sellerProfile``, ``sold-by``); ``merchant`` and ``vendor`` are
left out: a shop names itself or its brands so."""
_DESCRIPTION_CLASS = re.compile(
    r"^(?:(?:product|item|listing|offer|room|property)[-_]?)?desc(?:ription)?(?:[-_]?(?:text|body|content|section|"
    r"block))?$",
    re.IGNORECASE,
)
"""An element a listing is told in (``product-description``, ``listingDescription``), besides
``itemprop=description``."""
_RENTAL = re.compile(
    r"\bper\s+night\b|/\s*night\b|\bnightly\b|\b\d+\s+(?:bedrooms?|beds?|bathrooms?|baths?)\b|\bcheck-in\b",
    re.IGNORECASE,
)
"""What a page letting a room says: a price per night, its bedrooms and baths, a check-in."""
_HOST_HEAD = re.compile(r"^(?:about|meet)\s+(?:the|your)\s+hosts?\b", re.IGNORECASE)
_HOSTED_BY = re.compile(r"\bhosted\s+by\s+(.+)$", re.IGNORECASE)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = frozenset({"p", "div", "li", "br", "section", "article", "aside", "td", "th", "tr", "dd", "dt", "blockquote",
                     "ul", "ol", "table", *_HEADINGS})
_CHROME = frozenset({"nav", "footer", "header", "form", "button", "select", "option", "label", "input", "textarea"})
"""The site's own controls and frame: a host's section ends at a ``footer`` and never takes a button's label."""
_SECTION_CHARS = 4000
_NAME_WINDOW = 100
"""How much of what follows "Sold by" a seller's name is looked for in (a name is at most 60 characters)."""
_NAMES_A_NODE = 20
"""How many "Sold by" of one text node are read (a page of one node saying it 130,000 times took minutes)."""
_LABEL_CHARS = 80


def _text(el: Any, skip: frozenset[str] = frozenset()) -> str:
    """``el``'s text with a line for each block (a paragraph, a list item, a heading), spaces folded; the text of
    elements named in ``skip`` left out."""
    parts: list[str] = []
    kept = 0  # the text gathered, spaces folded: once it reaches the cut, the rest would be cut off

    def add(text: str) -> None:
        nonlocal kept
        parts.append(text)
        kept += len("".join(text.split()))

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in skip or kept >= _SECTION_CHARS:
            return
        if tag in _BLOCKS:
            parts.append("\n")
        add(node.text or "")
        for child in node:
            walk(child)
            add(child.tail or "")
        if tag in _BLOCKS:
            parts.append("\n")

    walk(el)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)[:_SECTION_CHARS]


def _text_nodes(doc: Any) -> list[tuple[str, int]]:
    """``doc``'s text nodes in document order (as ``itertext`` gives them, one for one), spaces folded, blank ones
    left out, each with the number of the block it is in: the number grows at each block element's start and end,
    so two nodes share one only with no block boundary between them (``<p><b>Pay with Visa</b> \u2014 offered by
    Visa</p>``)."""
    nodes: list[tuple[str, int]] = []
    block = 0

    def add(text: str | None) -> None:
        if folded := " ".join((text or "").split()):
            nodes.append((folded, block))

    stack: list[tuple[Any, bool]] = [(doc, False)]  # a loop, not recursion: a page may nest deep
    while stack:
        node, closing = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else None
        if tag in _BLOCKS:
            block += 1
        if closing:
            if node is not doc:
                add(node.tail)
            continue
        if tag is not None:  # a comment's own text is no text of the page
            add(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return nodes


def _tokens(el: Any) -> list[str]:
    """``el``'s class names and id."""
    return [*str(el.get("class") or "").split(), str(el.get("id") or "")]


def _props(el: Any) -> list[str]:
    """``el``'s microdata properties."""
    return str(el.get("itemprop") or "").lower().split()


def _seller_name(rest: str, lower: bool = False) -> str | None:
    """The seller's name at the start of ``rest`` (what follows "Sold by"), or None when it reads as no name: it
    starts in lowercase ("sold by the dozen") unless it is one handle-like word (``eve-shop``) or ``lower`` says a
    name in lowercase is one (after a label, "Seller: acme outlet", or alone in its element) and it is no measure
    or way of selling (:data:`_NOT_A_NAME`)."""
    name = _NAME_END.split(rest.strip(), maxsplit=1)[0].strip(" .:")
    if not name or len(name) > 60 or len(name.split()) > 5:
        return None
    if name[0].isupper() or name[0].isdigit() or re.fullmatch(r"\w+(?:[-_.]\w+)+", name):
        return name
    if lower and name[0].isalpha() and name.split()[0].lower() not in _NOT_A_NAME:
        return name
    return None


_PROMO = re.compile(
    r"\b(?:pay(?:ing|ment)?|financ\w*|credit|loans?|instal+ments?|cash\s*-?back|discounts?|deals?|promo\w*|"
    r"offers?|coupons?|vouchers?|rewards?|points|rebates?|savings?|save|apr|interest|trial|gift\s+cards?)\b"
    r"|\d\s*%",
    re.IGNORECASE,
)
"""What a promotion says before its sponsor ("Pay with Visa \u2014 offered by Visa", "0% APR financing offered by
Affirm", "Cashback offered by Chase"): the one it names is no seller of the listing."""
_SENTENCE_END = re.compile(r"[.!?;|\u00b7\u2022]")


def _promotion(texts: list[str], i: int, start: int, blocks: Callable[[], list[int]] | None) -> bool:
    """Whether the "offered by" at ``start`` of ``texts[i]`` ends a promotion's sentence (:data:`_PROMO` before it
    in its sentence, or in the node before when it goes on from there within the same block, ``blocks`` numbering
    each node's: "<b>Pay with Visa</b> \u2014 offered by Visa"); a seller's line opens with it ("Offered by Acme
    Outlet"), and so does one whose block follows another block's promotion words ("<h1>Kettle, 20% off</h1><p>\u2014
    offered by Eve</p>": the seller's title, not what Eve offers)."""
    before = _SENTENCE_END.split(texts[i][:start])[-1]
    if i > 0 and blocks is not None and not before.strip(" \u2014\u2013-:,(") \
            and (before.strip() or texts[i][start].islower()) and blocks()[i - 1] == blocks()[i]:
        before = _SENTENCE_END.split(texts[i - 1])[-1] + " " + before
    return bool(_PROMO.search(before))


def _sold_by_names(texts: list[str], blocks: Callable[[], list[int]] | None = None) -> Iterator[str]:
    """The sellers ``texts`` (a page's text nodes, in order, each in the block ``blocks()`` numbers; each its own
    block when not given) name after "Sold by", "Ships from and sold by", "Seller:": in the same node or, when the
    phrase ends it, in the next one (``<span>Sold by</span> <a>X</a>``); a promotion's sponsor ("Pay with Visa
    \u2014 offered by Visa", :func:`_promotion`) is none."""
    for i, text in enumerate(texts):
        # a name is at most 60 characters: a window, not the rest of a long node; the site's own markup names a
        # listing's seller once or twice in a node, so past the first few the node is someone's repetition
        for m in itertools.islice(_SOLD_BY.finditer(text), _NAMES_A_NODE):
            if m.group(0).lower().startswith("offered") and _promotion(texts, i, m.start(), blocks):
                continue
            rest = text[m.end():m.end() + _NAME_WINDOW].strip()
            labelled = m.group(0).rstrip().endswith(":")  # "Seller: acme outlet"
            if not rest:  # the name in an element of its own: <span>Sold by</span> <a>acme outlet</a>
                rest, labelled = next((t[:_NAME_WINDOW] for t in texts[i + 1:i + 3] if t), ""), True
            if (name := _seller_name(rest, labelled)) is not None:
                yield name


_VENDOR_PAGE = re.compile(r"/(?:vendors?|sellers?|stores?|shops?|merchants?)/[^/?#]+/?$", re.IGNORECASE)
"""The address of a vendor's own page on a marketplace (``/vendors/acme-outlet``); a shop's list of its products by
brand (Shopify's ``/collections/vendors?q=Acme``) is not one."""
_VENDOR_LABEL = re.compile(r"\b(?:vendor\s*:?|offered\s+by)\s*$", re.IGNORECASE)
"""What names the vendor a link to its own page follows: "Vendor:", and "offered by" whatever came before it (a
seller writes its listing's title: "Kettle, 20% off \u2014 offered by <a href=/sellers/eve>Eve</a>" is no
promotion's sponsor, :func:`_promotion`)."""


def _label_before(el: Any) -> str:
    """The text just before ``el``: the tail of the element before it, or its parent's own text, or (when that is
    blank) the element before it or before its parent (``<dt>Vendor</dt><dd><a>…</a></dd>``)."""
    before, parent = el.getprevious(), el.getparent()
    text = (before.tail if before is not None else parent.text if parent is not None else "") or ""
    if not text.strip():
        if before is None and parent is not None and (parent.text or "").strip() == "":
            before = parent.getprevious()
        text = before.text_content() if before is not None else text
    return text[-_LABEL_CHARS:]


def _vendor_names(doc: Any) -> list[str]:
    """The vendors a page names as marketplaces do: "Vendor:" or "offered by" before a link to the vendor's own page
    (:data:`_VENDOR_PAGE`, :data:`_VENDOR_LABEL`). "Vendor: Acme" alone, or linking to the shop's products by brand,
    is the shop's own brand (Shopify's themes)."""
    from urllib.parse import urlsplit

    names = []
    for link in doc.iter("a"):
        try:
            path = urlsplit(str(link.get("href") or "")).path
        except ValueError:
            continue
        if _VENDOR_PAGE.search(path) and _VENDOR_LABEL.search(_label_before(link)):
            names.append(" ".join(link.text_content().split()))
    return names


def _microdata_name(el: Any) -> str:
    """The name an ``itemprop=seller`` element gives: its ``itemprop=name`` (text or ``content``), its own
    ``content``, or its first line."""
    for named in el.iter():
        if isinstance(named.tag, str) and "name" in _props(named) and named is not el:
            return " ".join(str(named.get("content") or named.text_content()).split())
    if el.get("content"):
        return " ".join(str(el.get("content")).split())
    return next(iter(_text(el).splitlines()), "")


def _outermost(found: list[Any]) -> list[Any]:
    """The elements of ``found`` not inside another of them."""
    chosen = set(found)
    return [el for el in found if not any(up in chosen for up in el.iterancestors())]


def _seller_sections(doc: Any, site: frozenset[str], texts: list[str]) -> tuple[bool, list[str]]:
    """Whether ``doc`` (its text nodes ``texts``) names a seller other than the site, and the blocks that seller is
    shown in."""
    # each node's block (:func:`_text_nodes`) is read only when a promotion's words may run on into an "offered by"
    # (a page of 3 MB takes a second more to walk)
    numbers = functools.cache(lambda: [number for _, number in _text_nodes(doc)])
    names = [*_sold_by_names(texts, numbers), *_vendor_names(doc)]
    blocks = _outermost([el for el in doc.iter() if isinstance(el.tag, str) and (
        "seller" in _props(el) or any(_SELLER_CLASS.match(t) for t in _tokens(el)))])
    names += [_microdata_name(el) for el in blocks if "seller" in _props(el)]
    other = any(name and not names_site(name, site) for name in names)
    theirs: list[str] = []
    for block in blocks:
        lines = _text(block).splitlines()
        own = [*lines, *_sold_by_names(lines)]
        if "seller" in _props(block):
            own.append(_microdata_name(block))
        if not any(len(line) <= 100 and names_site(line, site) for line in own):
            other = True
            theirs.append(_text(block))
    return other, theirs if other else []


def _host_section(label: Any, seen: set[Any]) -> str:
    """What follows ``label`` (a heading or a line naming the host) in document order up to the next heading of its
    rank or higher, the page's footer or :data:`_SECTION_CHARS`: the host's section. The elements it takes in
    are added to ``seen``."""
    rank = _HEADINGS.get(label.tag, 7)
    lines = [_text(label)]
    size = len(lines[0])
    node = label
    while node is not None and node.tag not in ("body", "html") and size < _SECTION_CHARS:
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            if sib.tag == "footer" or any(_HEADINGS.get(h.tag, 7) <= rank for h in sib.iter(*_HEADINGS)):
                return "\n".join(lines)[:_SECTION_CHARS]
            seen.add(sib)
            text = _text(sib, _CHROME)
            lines.append(text)
            size += len(text)
        node = node.getparent()
    return "\n".join(lines)[:_SECTION_CHARS]


def _host_sections(doc: Any, site: frozenset[str]) -> tuple[bool, list[str]]:
    """Whether ``doc`` lets a room a person hosts (a rental page that says "Hosted by Maria" or has an "About the
    host" section), and the host's sections."""
    labels = []
    for el in doc.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body") or el.tag in _CHROME \
                or "host" not in (el.text or "").lower():
            continue
        text = " ".join(el.text_content().split())
        if not text or len(text) > _LABEL_CHARS:
            continue
        hosted = _HOSTED_BY.search(text)
        if (_HOST_HEAD.match(text) or (hosted and (name := _seller_name(hosted.group(1))) is not None
                                       and name == hosted.group(1).strip(" .") and not names_site(name, site))):
            labels.append(el)
    found = set(labels)
    labels = [el for el in labels if not any(d in found for d in el.iterdescendants())]  # the smallest
    seen: set[Any] = set()  # a label inside an earlier one's section adds only the end of that section again
    sections = [_host_section(label, seen) for label in labels
                if label not in seen and not any(up in seen for up in label.iterancestors())]
    return bool(labels), sections


def listing_sections(doc: Any, url: str) -> list[tuple[str, str]]:
    """The sections of a page (a parsed ``lxml.html`` document, scripts and styles dropped) that a seller other
    than the site or a rental's host wrote, as ``("listing", text)``: when the page names a seller that is not the
    site (:func:`~gofer.tools._listers.names_site`: "Sold by Acme Outlet", an ``itemprop=seller``, a
    ``seller-info`` block naming no one of the site) or a rental page names a host ("Hosted by Maria", "Meet your
    host"), the blocks they are shown in and the listing's descriptions (``itemprop=description``,
    ``product-description``…). A page that names neither, or only the site, has none."""
    texts = [t for t in (" ".join(t.split()) for t in doc.itertext()) if t]
    site = site_names(url)
    seller, sections = _seller_sections(doc, site, texts)
    host = False
    if _RENTAL.search(" ".join(texts)):
        host, found = _host_sections(doc, site)
        sections += found
    if seller or host:
        described = _outermost([el for el in doc.iter() if isinstance(el.tag, str) and (
            "description" in _props(el) or any(_DESCRIPTION_CLASS.match(t) for t in _tokens(el)))])
        sections += [_text(el) for el in described]
    return [("listing", text) for text in dict.fromkeys(sections) if text]


def listing_in_html(html: str, url: str) -> list[tuple[str, str]]:
    """:func:`listing_sections` of a page's HTML (a live page's, from :data:`LISTING_JS`); empty for what does not
    parse."""
    import lxml.etree
    import lxml.html

    try:
        doc = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return []
    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    return listing_sections(doc, url)
