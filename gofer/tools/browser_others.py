"""The sections of a page that other people wrote (reviews, comments, marked user content), for the observation's
data (see :mod:`gofer.safety._others_words`): in a live page (a snapshot) and in fetched HTML (``browser_read``,
``http_request``), by the same markers; and the same in a JSON body an API returned (``http_request``), by its
keys."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import secrets
import time
from collections import OrderedDict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import httpx
from playwright.async_api import Browser, Page, Request, Route
from playwright.async_api import Error as PlaywrightError

from gofer.safety._others_words import (
    Shape,
    echoed_segment,
    echoed_slug,
    fold_words,
    others_say,
    same_route,
    slug_parts,
)
from gofer.tools._js_literal import UNWRAPPERS, js_literal, js_string, js_unwrap
from gofer.tools._listers import (
    HOST_KEY,
    OFFERS_KEY,
    RENTAL_KEY,
    SELLER_KEY,
    key_words,
    names_site,
    offered_by_others,
    person,
    site_names,
)
from gofer.tools._listing_html import LISTING_JS, listing_in_html, listing_sections

if TYPE_CHECKING:
    from gofer.computer.browser.policy import UrlPolicy

__all__ = ["embedded_sections", "others_in_html", "others_in_html_off_loop", "others_in_json", "others_on_page",
           "route_echo"]

_SCRIPT_CHARS = 1_000_000
"""Characters of a page's embedded JSON scripts read (together): a ``__NEXT_DATA__`` is often a few hundred KB."""
_STATE_JS = r"/\b(?:window|self|globalThis)\s*(?:\.\s*[A-Za-z_$][\w$]*|\[\s*[\"'][^\"']{1,80}[\"']\s*\])\s*=/"
"""An inline script that assigns to a global (``window.__INITIAL_STATE__ = {…}``); :data:`_STATE` in Python."""

_SECTIONS_JS = r"""
() => {
  const sel = '[itemprop~="review" i],[itemprop~="comment" i],[itemtype*="schema.org/Review" i],' +
    '[itemtype*="schema.org/Comment" i],[role="comment" i],ugc,[data-ugc],[class*="review" i],[class*="comment" i]';
  const cls = /^(?:user[-_]?)?(review|comment)s?(?:[-_](?:body|text|content|item|list|section|thread|card))?$/i;
  const kindOf = (el) => {
    const prop = (el.getAttribute('itemprop') || '').toLowerCase().split(/\s+/);
    if (prop.includes('review')) return 'review';
    if (prop.includes('comment')) return 'comment';
    const type = (el.getAttribute('itemtype') || '').toLowerCase();
    if (type.includes('schema.org/review')) return 'review';
    if (type.includes('schema.org/comment')) return 'comment';
    if ((el.getAttribute('role') || '').toLowerCase() === 'comment') return 'comment';
    if (el.localName === 'ugc' || el.hasAttribute('data-ugc')) return 'user content';
    for (const c of el.classList) { const m = cls.exec(c); if (m) return m[1].toLowerCase(); }
    return null;
  };
  const marked = new Map();
  for (const el of document.querySelectorAll(sel)) { const k = kindOf(el); if (k) marked.set(el, k); }
  const out = [];
  for (const [el, kind] of marked) {
    let up = el.parentElement, nested = false;
    while (up) { if (marked.has(up)) { nested = true; break; } up = up.parentElement; }
    if (nested) continue;
    out.push([kind, (el.innerText || el.textContent || '').slice(0, 4000)]);
    if (out.length >= 60) break;
  }
  const scripts = [];
  let room = ROOM;
  for (const s of document.querySelectorAll('script:not([src])')) {
    const type = (s.getAttribute('type') || '').trim().toLowerCase(), text = s.textContent || '';
    if (text.length > room || !(/json$/.test(type) ||
        (/^(?:|text\/javascript|application\/javascript|module)$/.test(type) && STATE.test(text)))) continue;
    room -= text.length;
    scripts.push([type, text]);
  }
  const nav = performance.getEntriesByType('navigation')[0];
  return {sections: out, scripts, status: nav ? nav.responseStatus || null : null, html: LISTING};
}
""".replace("ROOM", str(_SCRIPT_CHARS)).replace("STATE", _STATE_JS).replace("LISTING", LISTING_JS.strip())


async def others_on_page(page: Page, url: str, text: str, policy: UrlPolicy | None = None, run: str = ""
                         ) -> list[dict[str, Any]]:
    """Other people's text on the page (its marked sections, a listing by a seller other than the site or by a
    rental's host, :func:`~gofer.tools._listing_html.listing_sections`, the others' sections of the JSON it embeds,
    see :func:`embedded_sections`, and the link's query text it repeats; with a ``policy``, a slug a catch-all route
    echoes, :func:`route_echo`, probed as the browser shows it, for ``run``) that reads as an instruction; empty when
    there is none or the page cannot be asked."""
    try:  # a page busy in a script of its own must not hold the observation up
        raw = await asyncio.wait_for(page.evaluate(_SECTIONS_JS), 2.0)
    except (PlaywrightError, TimeoutError):
        raw = {}
    raw = raw if isinstance(raw, dict) else {}
    # the readers take seconds on a page of a few MB (1-2.5 s per MB of seller blocks): off the event loop, which
    # serves every other run and the server's heartbeats meanwhile
    found = await asyncio.to_thread(_others_in_answer, raw, url, text)
    status = raw.get("status") if isinstance(raw.get("status"), int) else None
    if policy is not None and echoed_slug(url, text, status) is not None:  # rare: the page's text repeats its slug
        try:
            html = await page.content()
        except PlaywrightError:
            return found
        found += await route_echo(url, html, status, policy, run, page.context.browser)
    return found[:_MAX_FOUND]


def _others_in_answer(raw: dict[str, Any], url: str, text: str) -> list[dict[str, Any]]:
    """:func:`others_on_page` of what :data:`_SECTIONS_JS` answered."""
    found, scripts = raw.get("sections"), raw.get("scripts")
    sections = [(str(k), t) for k, t in found if isinstance(t, str)] if isinstance(found, list) else []
    if isinstance(html := raw.get("html"), str):  # a seller or a host named in the page's text or markup
        sections += listing_in_html(html, url)
    if isinstance(scripts, list):
        sections += embedded_sections([(str(k), t) for k, t in scripts if isinstance(t, str)], url)
    status = raw.get("status")
    return list(others_say(sections[:_MAX_SECTIONS], url, text, status if isinstance(status, int) else None))


_CLASS = re.compile(r"^(?:user[-_]?)?(review|comment)s?(?:[-_](?:body|text|content|item|list|section|thread|card))?$",
                    re.IGNORECASE)
_MAX_SECTIONS = 60
_SECTION_CHARS = 4000


def _kind_of(attrib: Any, tag: str) -> str | None:
    """What kind of other people's text an element holds, by the markers :data:`_SECTIONS_JS` looks for."""
    prop = str(attrib.get("itemprop", "")).lower().split()
    if "review" in prop:
        return "review"
    if "comment" in prop:
        return "comment"
    kind = str(attrib.get("itemtype", "")).lower()
    if "schema.org/review" in kind:
        return "review"
    if "schema.org/comment" in kind:
        return "comment"
    if str(attrib.get("role", "")).lower() == "comment":
        return "comment"
    if tag.lower() == "ugc" or "data-ugc" in attrib:
        return "user content"
    for name in str(attrib.get("class", "")).split():
        if m := _CLASS.match(name):
            return m.group(1).lower()
    return None


async def others_in_html_off_loop(html: str, url: str, status: int | None = None,
                                  policy: UrlPolicy | None = None, run: str = "") -> list[dict[str, Any]]:
    """:func:`others_in_html`, read in a thread: a page of a few MB takes seconds, which the event loop (every other
    run, the server's heartbeats) must not wait through; with a ``policy``, a slug a catch-all route echoes too
    (:func:`route_echo`, probed for ``run``)."""
    found = await asyncio.to_thread(others_in_html, html, url, status)
    if policy is not None:
        found += await route_echo(url, html, status, policy, run)
    return found[:_MAX_FOUND]


_MAX_FOUND = 8
"""Sentences an observation lists (as :func:`~gofer.safety._others_words.others_say` does)."""
_PROBE_SECONDS = 5.0
_PROBE_BUDGET = 8.0
"""Seconds an observation waits on its probes together (up to three, each a GET and, for a page seen live, a
rendering): when they run out, the slug is judged the link's words, the safe side (one more question)."""
_PROBE_BYTES = 1_000_000
_PROBE_KEPT = 256
"""Probe answers kept, of all runs together (the oldest go first)."""
_PROBE_FOR = 300.0
"""Seconds a route's probe answer is kept for a run: a docs site whose titles are imperatives ("Install the app") is
probed once per folder, not at every observation."""
_SETTLE_MS = 1500
"""How long a rendered probe waits for the network to be quiet after the load (a script that fetches the title)."""
_probes: OrderedDict[tuple[str, str, bool], tuple[float, list[tuple[str, Shape]] | None]] = OrderedDict()
"""Probe answers by run, route and whether they were rendered: one run's probe never answers for another's (the
site may have changed between them, or answer each run differently)."""
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_MIRROR_TRIES = 64
"""Random slugs drawn for a probe until one shares no word with the slug, the page or itself (a slug of many
one-letter words may have no such one: the last drawn is taken)."""
_SKIPPED = ("script", "style", "noscript", "template", "head")


def _body_text(html: str) -> str:
    """The text of an HTML page's body (scripts, styles and the head's title left out), each text node apart."""
    return " ".join(text for _, text in _body_nodes(html))


def _body_nodes(html: str) -> Shape:
    """The text nodes of an HTML page's body (scripts, styles and the head left out), each with the path of the
    element it is in (see :data:`~gofer.safety._others_words.Shape`); blank ones left out."""
    import lxml.etree
    import lxml.html

    try:
        doc = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return []
    nodes: Shape = []
    # one string a path: a page 250 elements deep with 100,000 elements at the bottom would hold a copy each
    paths: dict[tuple[str, str], str] = {}

    def walk(el: Any, path: str) -> None:
        if (el.text or "").strip():
            nodes.append((path, el.text))
        for child in el:
            if isinstance(child.tag, str) and child.tag not in _SKIPPED:
                key = (path, child.tag)
                walk(child, paths.get(key) or paths.setdefault(key, f"{path}/{child.tag}"))
            if (child.tail or "").strip():
                nodes.append((path, child.tail))

    walk(doc, str(doc.tag))
    return nodes


Slug = tuple[str, str, str]
"""A path as a catch-all route reads it: ``(folder, slug, what follows the slug)``
(:func:`~gofer.safety._others_words.segment_parts`)."""


def _route(url: str, slug: Slug | None = None) -> str:
    """``url``'s route: the address with ``*`` in its slug's place (by default the last named segment,
    :func:`~gofer.safety._others_words.slug_parts`: ``/p/*/`` of ``/p/buy-now/``; ``/p/*/reviews`` of
    ``/p/buy-now/reviews`` read so), query and fragment dropped."""
    parts = urlsplit(url)
    folder, _, after = slug or slug_parts(parts.path)
    return urlunsplit((parts.scheme, parts.netloc, f"{folder}*{after}", "", ""))


def _mirror(segment: str) -> str:
    """A random segment of ``segment``'s shape: each letter a random letter of the same case, each digit a random
    digit, the rest (separators, spaces) kept; a route that makes an element of each word, or picks its elements by
    the slug's length, makes the same elements of it."""
    def random_of(c: str) -> str:
        if c.isdigit():
            return secrets.choice("0123456789")
        if c.isalpha():
            return secrets.choice(_LETTERS.upper() if c.isupper() else _LETTERS)
        return c

    return "".join(random_of(c) for c in unquote(segment))


def _sibling(url: str, slug: Slug | None = None, avoid: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """A sibling of ``url``: the address with a random slug of the slug's shape (:func:`_mirror`) in its place (by
    default the last named segment's; what the route writes after it, a slash, ``.html`` or ``/reviews``, kept;
    query and fragment dropped: nothing of the run's goes with it), and the random slug's words; None for what is
    not http(s). The random words are told apart from each other, from the slug's and from the words in ``avoid``
    (the page's, lower case) as far as the slug's shape allows: :func:`~gofer.safety._others_words.same_route` reads
    each probe word as the slug's word in its place, so a random "buy" where the slug has "now" would make a catch-all
    look like a real page."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or "/" not in parts.path:
        return None
    folder, segment, after = slug or slug_parts(parts.path)
    taken = avoid | set(fold_words(unquote(segment)).split())
    mirrored = _mirror(segment)
    for _ in range(_MIRROR_TRIES):
        drawn = fold_words(mirrored).split()
        if len(set(drawn)) == len(drawn) and not taken & set(drawn):
            break
        mirrored = _mirror(segment)
    words = fold_words(mirrored)
    return urlunsplit((parts.scheme, parts.netloc, f"{folder}{quote(mirrored, safe='-_.~+')}{after}", "", "")), words


class _ProbeUntold(Exception):
    """A probe of a catch-all route that came back with nothing to compare: the route did not answer in time or at
    all (a connection refused or dropped), or the browser failed to show its page. The slug then counts as the
    link's words (the safe side)."""


async def _fetched(address: str, policy: UrlPolicy) -> str | None:
    """The HTML ``address`` answers a GET the URL policy allows, with no cookie, no header and nothing else of the
    run's, no redirect followed; None when it answers anything but an HTML page (a 404, a redirect);
    :class:`_ProbeUntold` when it does not answer (a connection refused or dropped: no real page's 404 either) or
    not within :data:`_PROBE_SECONDS` (a slow route)."""
    if not (await policy.check(address, "read")).allowed:
        return None
    try:
        async with httpx.AsyncClient(follow_redirects=False, timeout=_PROBE_SECONDS) as client, \
                asyncio.timeout(_PROBE_SECONDS), client.stream("GET", address) as response:
            if response.status_code != 200 or "html" not in response.headers.get("content-type", "").lower():
                return None
            body = b""
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) >= _PROBE_BYTES:
                    break
            return body[:_PROBE_BYTES].decode(response.encoding or "utf-8", errors="replace")
    except httpx.TransportError as unanswered:
        raise _ProbeUntold(f"{type(unanswered).__name__}: {unanswered}") from unanswered
    except httpx.HTTPError:
        return None


async def _rendered(browser: Browser, address: str, html: str, policy: UrlPolicy) -> str:
    """What a browser shows of ``html`` (fetched from ``address``) once its scripts ran: in a fresh context of
    ``browser`` (no cookie, no storage, nothing of the run's), given that HTML for the address (no second request),
    its other requests only GETs the URL policy allows, none answered by a redirect where the policy checks more
    than schemes (Chromium would follow it unchecked), no WebSocket, no service worker; its first
    :data:`_PROBE_BYTES` characters; :class:`_ProbeUntold` when the browser fails it (the run's browser showed the
    page), TimeoutError when it does not load within :data:`_PROBE_SECONDS`."""
    async def route(handled: Route, request: Request) -> None:
        with contextlib.suppress(PlaywrightError):
            if request.is_navigation_request() and request.url == address:
                await handled.fulfill(status=200, content_type="text/html; charset=utf-8", body=html)
            elif request.method != "GET" or not (await policy.check(request.url, "subresource")).allowed:
                await handled.abort()
            elif not policy.restrictive:  # nothing but schemes is checked: wherever a redirect goes is allowed
                await handled.continue_()
            else:
                # Chromium follows a redirect without asking this route again: a probe follows none (as _fetched)
                answer = await handled.fetch(max_redirects=0, timeout=_PROBE_SECONDS * 1000)
                if 300 <= answer.status < 400:
                    await handled.abort()
                else:
                    await handled.fulfill(response=answer)

    context = None
    try:
        async with asyncio.timeout(_PROBE_SECONDS):
            context = await browser.new_context(service_workers="block")
            await context.route("**/*", route)
            await context.route_web_socket(re.compile(".*"), lambda socket: None)  # never connected
            page = await context.new_page()
            await page.goto(address, wait_until="load")
            with contextlib.suppress(PlaywrightError, TimeoutError):
                await page.wait_for_load_state("networkidle", timeout=_SETTLE_MS)
            # at most what _fetched reads: a page's script may write itself any size, which content() would carry
            # whole into this process
            shown = await page.evaluate("n => document.documentElement.outerHTML.slice(0, n)", _PROBE_BYTES)
            return str(shown)
    except PlaywrightError as failed:
        raise _ProbeUntold(str(failed).splitlines()[0] if str(failed) else type(failed).__name__) from failed
    finally:
        if context is not None:
            with contextlib.suppress(PlaywrightError):
                await context.close()


async def _probe_once(url: str, policy: UrlPolicy, browser: Browser | None, slug: Slug | None = None,
                      avoid: frozenset[str] = frozenset()) -> tuple[str, Shape] | None:
    """What ``url``'s route (its ``slug``, by default the last named segment) shows for a random slug
    (:func:`_sibling`, its words none of ``avoid``): the slug's words and the page's text nodes (:func:`_body_nodes`),
    rendered by ``browser`` when one is given (:func:`_rendered`, for a page seen live); None when the route answers
    with anything but an HTML page (:func:`_fetched`); :class:`_ProbeUntold` or TimeoutError when it does not answer
    (in time)."""
    sibling = _sibling(url, slug, avoid)
    if sibling is None or (html := await _fetched(sibling[0], policy)) is None:
        return None
    if browser is not None:
        html = await _rendered(browser, sibling[0], html, policy)
    return sibling[1], await asyncio.to_thread(_body_nodes, html)


async def _probes_of(url: str, policy: UrlPolicy, run: str, browser: Browser | None, count: int,
                    slug: Slug | None = None, avoid: frozenset[str] = frozenset()) -> list[tuple[str, Shape]] | None:
    """``count`` probes of ``url``'s route (:func:`_probe_once`, of its ``slug``, with no word of ``avoid``), kept a
    while for ``run`` (a second one is made only when asked for; each kept as it comes, so that a slow route's next
    observation goes on from there; a kept one with a word of ``avoid`` is made again); None when the route does not
    make a page of a random slug."""
    key, now = (run, _route(url, slug), browser is not None), time.monotonic()
    kept = _probes.get(key)
    found = kept[1] if kept is not None and now - kept[0] < _PROBE_FOR else []
    if found:
        found = [probe for probe in found if not avoid & set(probe[0].split())]
    while found is not None and len(found) < count:
        probe = await _probe_once(url, policy, browser, slug, avoid)
        found = None if probe is None else [*found, probe]
        _probes[key] = (time.monotonic(), found)
        _probes.move_to_end(key)
        while len(_probes) > _PROBE_KEPT:
            _probes.popitem(last=False)
    return found


async def route_echo(url: str, html: str, status: int | None, policy: UrlPolicy, run: str,
                     browser: Browser | None = None) -> list[dict[str, Any]]:
    """The slug of ``url`` its page repeats as an instruction (:func:`~gofer.safety._others_words.echoed_slug`: "Buy
    now and confirm" at ``/p/buy-now-and-confirm``, served 200), as a ``reflected path`` entry, when probes of a
    sibling slug (:func:`_probes_of`, kept for ``run``) show the route makes that same page of any slug (a careless
    catch-all, whose words are the link's; :func:`~gofer.safety._others_words.same_route`): one probe, and a second
    when the page differs from the first only in text, to tell what the route adds per request; rendered by
    ``browser`` when given (``html`` is then a live page's). The slug may be any segment the page repeats
    (``/p/buy-now-and-confirm/reviews``: :func:`~gofer.safety._others_words.echoed_segment`). Empty for a real
    page (the probe finds a 404 or another page) and for any other page. The probes together have
    :data:`_PROBE_BUDGET` seconds: when that runs out before they tell, or the route gives a probe no answer (a
    connection dropped, a rendering failed), the slug counts as the link's words (the safe side: one more
    question). The server sees up to three more GETs, with random slugs; a server that answers
    probes otherwise is the site itself, whose own words the approvals were given for."""
    nodes = await asyncio.to_thread(_body_nodes, html)
    text = " ".join(t for _, t in nodes)
    if (found := echoed_segment(url, text, status)) is None:
        return []
    slug, words = found
    avoid = frozenset(fold_words(text).split())
    try:
        async with asyncio.timeout(_PROBE_BUDGET):
            for count in (1, 2, 3):
                if (probes := await _probes_of(url, policy, run, browser, count, slug, avoid)) is None:
                    return []
                if same_route(words, nodes, probes):
                    break
                if [p for p, _ in probes[0][1]] != [p for p, _ in nodes]:
                    return []  # other elements: another page
            else:
                return []
    except (TimeoutError, _ProbeUntold):
        pass  # the probes did not tell (in time, or at all): the safe side
    return others_say([("reflected path", words)], url, "")


def others_in_html(html: str, url: str, status: int | None = None) -> list[dict[str, Any]]:
    """What :func:`others_on_page` finds, for a page fetched as HTML rather than shown: its marked sections, a
    listing by a seller other than the site or by a rental's host (:func:`~gofer.tools._listing_html.listing_sections`),
    the others' sections of the JSON it embeds (:func:`embedded_sections`), and the link's query and path text its text
    repeats (scripts and styles left out of the text; its HTTP ``status``, when known, may say it is a "not found"
    page); empty for what does not parse."""
    import lxml.etree
    import lxml.html

    try:
        doc = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return []
    scripts: list[tuple[str, str]] = []
    room = _SCRIPT_CHARS
    for script in doc.xpath("//script[not(@src)]"):
        form, body = str(script.get("type") or "").strip().lower(), script.text or ""
        if len(body) <= room and (form.endswith("json") or (form in _SCRIPT_TYPES and _STATE.search(body))):
            room -= len(body)
            scripts.append((form, body))
    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    sections: list[tuple[str, str]] = []
    for el in doc.iter():
        if not isinstance(el.tag, str) or (kind := _kind_of(el.attrib, el.tag)) is None:
            continue
        if any(isinstance(up.tag, str) and _kind_of(up.attrib, up.tag) for up in el.iterancestors()):
            continue  # inside a section already taken whole
        lines = (" ".join(line.split()) for line in el.text_content().splitlines())
        sections.append((kind, "\n".join(line for line in lines if line)[:_SECTION_CHARS]))
        if len(sections) >= _MAX_SECTIONS:
            break
    sections += listing_sections(doc, url)
    sections += embedded_sections(scripts, url)
    # each text node apart: "<h1>Page not found</h1><p>buy now…" is not "foundbuy now…"
    return list(others_say(sections[:_MAX_SECTIONS], url, " ".join(doc.itertext()), status))


_JSON_SECTION = re.compile(
    r"^(?:(?:user|customer|product|guest|visitor|buyer|top|recent|latest|all)_)?"
    r"(review|comment|replie|testimonial)s?(?:_(?:body|text|content|items?|list|thread|data|section|html))?$"
    r"|^(?:ugc|user_content|user_generated(?:_content)?|user_posts?)$"
)
"""A JSON key whose value other people wrote (``reviews``, ``userComments``, ``review_body``, ``replies``,
``user_content``), normalised by :func:`key_words`; a count or a score (``reviews_count``) is not. The singular
``reply`` is left out: a chat API's own answer comes under it."""
_AUTHOR_KEYS = frozenset({
    "author", "author_name", "user", "username", "user_name", "reviewer", "commenter", "poster", "posted_by", "by",
    "display_name", "nickname", "handle", "from",
})
_TEXT_KEYS = frozenset({
    "text", "body", "comment", "message", "content", "review", "review_body", "review_text", "comment_text", "title",
})
"""An object with an author (one of :data:`_AUTHOR_KEYS`) and one of these is a person's post (``{"author": …,
"text": …}``), wherever it is."""
_AUTHOR_KEY = re.compile(
    r"^(?:sender|writer|submitter|nick|screen_name|login|(?:customer|reviewer|commenter|poster)_name|"
    r"(?:submitted|written|posted|created|sent|asked|answered|reviewed)_by|\w+_(?:author|username|handle))$"
)
"""Author-like keys beyond :data:`_AUTHOR_KEYS`: an object with one and a free text is a person's post whatever its
text is called (``{"user": "x", "said": "…"}``). ``owner`` is none: in a shop's or a service's data it names who
holds the record (the shop, its staff, the user); on a host where anyone publishes, the owner's path prefix scopes
approvals already (:mod:`gofer.safety._owners`)."""
_AVATAR_KEY = re.compile(r"(?:^|_)(?:avatar|gravatar|profile_(?:image|pic|picture|photo))(?:_|$)")
"""A picture of a person: next to one, ``name`` names an author (a product has an ``image``, not an avatar)."""
_SITE_KEY = re.compile(
    r"^(?:\w+_)?(?:description|desc|title|subtitle|name|summary|headline|tagline|label|slug|url|href|link|"
    r"category|brand|sku|meta|seo\w*)$"
)
"""A field in which a site describes its own thing: a product's ``description`` and ``title`` stay the site's, even
in an object with an author-like field."""
_FREE_TEXT = re.compile(r"^(?!https?:)\S+(?:\s+\S+){2,}")
"""A free text: three words or more (an id, a status word, a link are not)."""


_BUYER_KEY = re.compile(r"^(?:customer|buyer)(?:_name)?$")
"""A customer writing on a shop's pages (a testimonial, a question): an author, except in an order or account record
(:data:`_RECORD_KEY`), where the customer is whoever bought (the person the agent works for)."""
_RECORD_KEY = re.compile(
    r"^(?:order|invoice|receipt|cart|checkout|shipment|delivery|shipping|billing|payment|account)(?:_\w+)?$"
    r"|^(?:booking|reservation)_\w+$|^(?:status|total|subtotal|amount|currency|line_items|tracking\w*)$"
)
_DESCRIBING_KEY = re.compile(r"^(?:\w+_)?(?:description|desc|title|subtitle|summary|headline|tagline)$")
"""The fields a listing is told in: the site's own in its products, the seller's in a seller's listing."""
def _free_texts(keys: dict[str, Any], site: frozenset[str] = frozenset()) -> dict[str, str]:
    """An object's free texts, when it is someone's post by an author-like field: a key of :data:`_AUTHOR_KEYS` or
    :data:`_AUTHOR_KEY` with a name or a person's object, a customer outside an order or account record
    (:data:`_BUYER_KEY`), or ``name`` next to an avatar; the texts are the strings of three words or more in its
    other fields but those the site describes its own things in (:data:`_SITE_KEY`). A seller other than the site
    (:data:`SELLER_KEY`, named in ``site``'s names: :func:`site_names`) makes it a listing by that seller: its
    title and description count as well. Empty for anything else."""
    def named(value: Any) -> bool:
        return isinstance(value, dict) or (isinstance(value, str) and 0 < len(value.strip()) <= 100)

    record = any(_RECORD_KEY.match(k) for k in keys)
    authors = {k for k, v in keys.items() if named(v) and (
        k in _AUTHOR_KEYS or (_BUYER_KEY.match(k) and not record) or (_AUTHOR_KEY.match(k) and not (
            record and k.startswith(("customer", "buyer")))))}
    sellers = {k for k, v in keys.items() if SELLER_KEY.match(k) and named(v) and not names_site(v, site)}
    sellers |= {k for k, v in keys.items() if OFFERS_KEY.match(k) and offered_by_others(v, site)}
    rental = not record and any(RENTAL_KEY.match(k) for k in keys)
    sellers |= {k for k, v in keys.items() if HOST_KEY.match(k) and not record and person(v, rental, site)}
    if not authors and isinstance(keys.get("name"), str) and any(_AVATAR_KEY.search(k) for k in keys):
        authors = {"name"}
    if not authors and not sellers:
        return {}
    texts = {k: v for k, v in keys.items() if k not in authors | sellers and isinstance(v, str)
             and (not _SITE_KEY.match(k) or (sellers and _DESCRIBING_KEY.match(k)))}
    for k in sellers & {k for k, v in keys.items() if HOST_KEY.match(k) and isinstance(v, dict)}:
        texts.update({f"{k}.{sub}": v for sub, v in keys[k].items()
                      if isinstance(v, str) and not _SITE_KEY.match(key_words(str(sub)))})  # "about": the host's
    return {k: v for k, v in texts.items() if len(v) >= 15 and _FREE_TEXT.match(v.strip())}


_TYPED = {"review": "review", "userreview": "review", "comment": "comment", "usercomments": "comment",
          "answer": "comment", "customerreview": "review", "productreview": "review"}
"""An object's schema.org ``@type`` (or GraphQL ``__typename``) that says others wrote it: it is taken whole."""
_MAX_DEPTH = 40



def _strings(value: Any, depth: int = 0) -> Iterator[str]:
    """The strings in ``value``, in order, spaces folded."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, str):
        yield " ".join(value.split())
    elif isinstance(value, dict | list):
        for item in value.values() if isinstance(value, dict) else value:
            yield from _strings(item, depth + 1)


def _section(value: Any) -> str:
    """A section's text: its strings one a line (so that each is judged as its own sentence), at most
    :data:`_SECTION_CHARS` characters."""
    found: list[str] = []
    size = 0
    for text in _strings(value):
        if text:
            found.append(text)
            size += len(text) + 1
            if size >= _SECTION_CHARS:
                break
    return "\n".join(found)[:_SECTION_CHARS]


def _json_sections(value: Any, sections: list[tuple[str, str]], depth: int = 0,
                   site: frozenset[str] = frozenset()) -> None:
    """Other people's sections in a JSON value, into ``sections``: the value of a key such as ``reviews`` (one
    section an item of a list), an object with an author and a text, each taken whole, and the free texts of an
    object with an author-like field whatever they are called and a listing by a seller other than the site, whose
    names are ``site`` (:func:`_free_texts`)."""
    if depth > _MAX_DEPTH or len(sections) >= _MAX_SECTIONS:
        return
    if isinstance(value, list):
        for item in value:
            _json_sections(item, sections, depth + 1, site)
        return
    if not isinstance(value, dict):
        return
    keys = {key_words(str(k)): v for k, v in value.items()}
    typed = keys.get("@type", keys.get("__typename"))
    if (kind := _TYPED.get(str(typed[0] if isinstance(typed, list) and typed else typed).lower())) is not None:
        if text := _section(value):
            sections.append((kind, text))
        return
    if keys.keys() & _AUTHOR_KEYS and any(isinstance(keys.get(k), str) for k in _TEXT_KEYS):
        sections.append(("comment", _section({k: v for k, v in keys.items() if k in _TEXT_KEYS})))
    elif texts := _free_texts(keys, site):
        sections.append(("comment", _section(texts)))
    for key, item in keys.items():
        if len(sections) >= _MAX_SECTIONS:
            return
        if m := _JSON_SECTION.match(key):
            kind = {"replie": "comment", "testimonial": "review"}.get(m.group(1) or "", m.group(1) or "user content")
            items = item if isinstance(item, list) else [item]
            sections += [(kind, text) for part in items if (text := _section(part))][: _MAX_SECTIONS - len(sections)]
        elif isinstance(item, dict | list):
            _json_sections(item, sections, depth + 1, site)


_SCRIPT_TYPES = frozenset({"", "text/javascript", "application/javascript", "module"})
_UNWRAP = r"(?:(?:window|self|globalThis)\s*\.\s*)?(?:" + "|".join(UNWRAPPERS) + r")\s*\(\s*"
_STATE = re.compile(r"\b(?:window|self|globalThis)\s*(?:\.\s*[A-Za-z_$][\w$]*|\[\s*[\"'][^\"']{1,80}[\"']\s*\])\s*=\s*"
                    rf"(JSON\.parse\(\s*((?:{_UNWRAP}){{0,4}}))?")
"""A script's assignment of a page's state to a global: ``window.__INITIAL_STATE__ = {…}``, ``self["__DATA__"] =
JSON.parse('…')``, ``JSON.parse(decodeURIComponent(escape(atob('…'))))`` (the JSON, or the string holding it,
follows, and the built-ins it passes through first)."""
_UNWRAP_NAME = re.compile("|".join(UNWRAPPERS))


def _embedded_values(kind: str, script: str) -> Iterator[Any]:
    """The JSON values in a page's script of type ``kind``: the whole of a JSON script (``ld+json``,
    ``__NEXT_DATA__``), and each state a JavaScript one assigns to a global, strict JSON or a plain literal
    (:func:`~gofer.tools._js_literal.js_literal`), or the JSON of the string it gives ``JSON.parse`` (in any quotes,
    JavaScript escapes decoded: :func:`~gofer.tools._js_literal.js_string`); what does not parse is skipped."""
    decoder = json.JSONDecoder()
    if kind.endswith("json"):
        try:
            whole = json.loads(script)
        except (ValueError, RecursionError):
            whole = script.strip()  # a script of base64 or URI escapes alone
        if isinstance(whole, str):
            whole = _unwrapped_json(whole)
        if whole is not None:
            yield whole
        return
    for m in _STATE.finditer(script):
        if m.group(2):  # JSON.parse(atob('…')): the string, run through the built-ins
            wrappers = _UNWRAP_NAME.findall(m.group(2))
            text = js_string(script, m.end(), closing=len(wrappers) + 1)
            text = None if text is None else js_unwrap(wrappers, text, _SCRIPT_CHARS)
            value: Any = text
        else:
            try:
                value, _ = decoder.raw_decode(script, m.end())
            except (ValueError, RecursionError):
                # not JSON: {a: 'x',}, JSON.parse('…'); None for a function, a call, a `${}` template
                value = (js_string if m.group(1) else js_literal)(script, m.end())
        try:
            yield json.loads(value) if m.group(1) and isinstance(value, str) else value
        except (ValueError, RecursionError):
            continue


def _unwrapped_json(text: str) -> Any:
    """The JSON object or array a JSON script's string holds, as base64 or URI escapes (a page decodes it before
    ``JSON.parse``), or None."""
    for wrappers in (("decodeURIComponent", "escape", "atob"), ("atob",), ("decodeURIComponent",)):
        decoded = js_unwrap(wrappers, text, _SCRIPT_CHARS)
        if decoded is not None and decoded.lstrip()[:1] in ("{", "["):
            try:
                return json.loads(decoded)
            except (ValueError, RecursionError):
                continue
    return None


def embedded_sections(scripts: list[tuple[str, str]], url: str = "") -> list[tuple[str, str]]:
    """Other people's sections in the JSON a page embeds in its scripts (``(type, text)``; a schema.org
    ``ld+json`` with ``review[]``, a ``__NEXT_DATA__``, a ``window.__INITIAL_STATE__ = {…}``), found by the keys
    :func:`others_in_json` uses and by a schema.org type (``Review``, ``Comment``); a product's own
    ``description`` is the site's (a listing by a seller other than the site of ``url`` is not)."""
    sections: list[tuple[str, str]] = []
    site = site_names(url)
    for kind, script in scripts:
        for value in _embedded_values(kind, script):
            _json_sections(value, sections, site=site)
    return sections


def others_in_json(body: str, url: str, status: int | None = None) -> list[dict[str, Any]]:
    """What :func:`others_in_html` finds, for a JSON body an API returned: the values of keys that hold other
    people's text (``reviews[]``, ``comments[]``, ``user_content``) and objects with an author and a text, and the
    link's query and path text the body repeats; a site's own fields (a product's ``description``, an order list)
    are not others' words. Empty for what does not parse."""
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):
        return []
    sections: list[tuple[str, str]] = []
    _json_sections(value, sections, site=site_names(url))
    return list(others_say(sections, url, body, status))
