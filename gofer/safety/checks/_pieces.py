"""What a run has sent each site so far, a piece at a time: the streams the data-flow rule judges whole, so a value
typed a keystroke at a time, or sent a few characters per request, counts as the value.

A stream is a site's (its registrable domain under the public suffix list's ICANN section, see :func:`site_key`:
``a.evil.example`` and ``b.evil.example`` are one): its pieces in the order they went, each with the field it went
in: text typed into the site's pages (``browser_type``, a prompt dialog, ``browser_press`` a key at a time), a URL's
query parameter, the last segment of a path under one folder, the labels in front of the site's name, a body's
field. The rule reads each field's pieces and the whole stream (data spread over fields), and the parts of pieces
between their punctuation (data wrapped in markers: ``x1-PIECE-y``, ``PIECE.jpg``; see :func:`spliced_value`). The
rule on the model's actions reads the streams from the log (the rule works the same after a resume): only actions
that started count, from the first untrusted content on; a person approving a data-flow confirmation for a site
starts its stream again (they saw what was going there). The browser keeps the streams of what pages send by
themselves in memory (:class:`Streams`). Either way a stream keeps characters, not a number of pieces (see
:func:`add_pieces`), so a long, slow leak of tiny pieces is still read whole.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from gofer.events import (
    ActionStarted,
    ConfirmationResolved,
    Event,
)
from gofer.safety.history import ActionTrail
from gofer.safety.urls import URL_KEYS, host_key, host_of, navigation_url, site_of

__all__ = ["SITE_CHARS", "Piece", "Sent", "SentLog", "Streams", "add_pieces", "cores", "is_ip", "key_text",
           "pieces_of", "sent_pieces", "site_key", "spliced_value"]

SITE_CHARS = 16384
"""Characters of a site's latest pieces a stream keeps, over all its fields: a passage of long words typed a key
at a time is still whole however many pieces it took, and a new field per piece does not grow it."""
Piece = tuple[str, str, str]
"""``(site, field, text)``: one piece of data an action sends."""
Sent = tuple[str, str]
"""``(field, text)``: a piece in a site's stream."""

_BODY_KEYS = ("body", "data", "json", "content", "payload", "form", "params", "headers", "files", "text",
              "message", "subject", "attachments")
_TYPED = {"browser_type": "text", "browser_fill": "text", "browser_dialog": "text"}


def is_ip(host: str) -> bool:
    """True for an IPv4 or IPv6 address."""
    return bool(re.fullmatch(r"[\d.]+|[\da-f:]+", host))


def site_key(destination: str) -> str:
    """The site a destination's pieces add up under (``host`` or ``host:port``; with a port, the host's site and the
    port; an IPv6 address stays whole): the host's site by the public suffix list's ICANN section (:func:`site_of`
    with ``private=False``), so pieces spread over names a hosting service hands out (``a.github.io``, a bucket per
    piece under ``s3.amazonaws.com``) still add up. Whether a destination is the page's own site, or one the user
    named, is read by the whole list (:func:`gofer.safety.urls.site_of`)."""
    m = re.fullmatch(r"([^:\[\]]+):(\d+)", destination)
    if m:
        return f"{site_of(m.group(1), private=False)}:{m.group(2)}"
    return destination if ":" in destination else site_of(destination, private=False)


def add_pieces(stream: list[Sent], pieces: Iterable[Sent]) -> None:
    """Append pieces to a site's stream, then drop its oldest pieces beyond its latest :data:`SITE_CHARS`
    characters (the last piece is always kept)."""
    stream.extend(pieces)
    total = sum(len(t) for _, t in stream)
    cut = 0
    while total > SITE_CHARS and cut < len(stream) - 1:
        total -= len(stream[cut][1])
        cut += 1
    del stream[:cut]


class Streams:
    """Streams kept in memory (the browser's, of what pages send by themselves): site -> pieces, oldest first,
    bounded as :func:`add_pieces` bounds them."""

    def __init__(self) -> None:
        self.sites: dict[str, list[Sent]] = defaultdict(list)
        """Each site's stream."""

    def add(self, site: str, pieces: Iterable[Sent]) -> list[Sent]:
        """Add the pieces to the site's stream; what it held before them (a copy)."""
        stream = self.sites[site]
        before = list(stream)
        add_pieces(stream, pieces)
        return before


_CORE_CUT = re.compile(r"[^a-z0-9]+")
_MIN_CORE = 3
"""Characters a part of a piece needs to count on its own (shorter pieces count only whole and in a row)."""
_MAX_CORED = 80
"""Longer pieces are not cut into parts: ten characters of a value in one of them is judged in the piece itself."""
_MAX_PARTIAL = 256
"""Partial values followed at once (the longest kept)."""


def cores(text: str) -> set[str]:
    """The parts of a piece that may be the data in it (lower case): the piece, and each stretch of it between
    punctuation of :data:`_MIN_CORE` characters or more (``x1-PIECE-y`` holds ``piece``, ``PIECE.jpg`` too)."""
    low = text.lower()
    if len(low) > _MAX_CORED:
        return {low}
    cuts = sorted({0, len(low), *(i for m in _CORE_CUT.finditer(low) for i in (m.start(), m.end()))})
    return {low} | {low[i:j] for a, i in enumerate(cuts) for j in cuts[a + 1:] if j - i >= _MIN_CORE}


_cores_of = lru_cache(maxsize=8192)(cores)
""":func:`cores`, kept for the pieces a site's stream holds (read again at each judgement; never changed)."""


def spliced_value(pieces: list[str], first_new: int, part: Callable[[str], bool], value: Callable[[str], bool]
                  ) -> str | None:
    """A value made of parts of pieces (see :func:`cores`) in the order they went, other pieces skipped (markers
    around each piece, or other fields' pieces between them), that ``value`` accepts and that a piece from
    ``first_new`` on completes; ``part``: whether a text may still grow into such a value (is part of the run's
    data). Parts shorter than :data:`_MIN_CORE` count only as whole pieces in a row (judged elsewhere)."""
    partial: set[str] = set()
    parts: dict[str, bool] = {}  # a stream repeats its pieces: each text is asked about once
    for i, piece in enumerate(pieces):
        grown: set[str] = set()
        for core in _cores_of(piece):
            if len(core) < _MIN_CORE:
                continue
            for start in (*partial, ""):
                text = start + core
                if i >= first_new and value(text):
                    return text
                is_part = parts.get(text)
                if is_part is None:
                    is_part = parts[text] = part(text)
                if is_part:
                    grown.add(text)
        partial |= grown
        if len(partial) > _MAX_PARTIAL:
            partial = set(sorted(partial, key=len)[-_MAX_PARTIAL:])
    return None


def key_text(key: str) -> str:
    """The character a ``browser_press`` key types ('' for keys that type none: Enter, Tab, chords)."""
    parts = key.split("+") if len(key) > 1 else [key]
    held, last = parts[:-1], parts[-1]
    if any(h not in ("Shift",) for h in held):
        return ""
    if len(last) == 1:
        return last.upper() if held else last
    if last == "Space":
        return " "
    m = re.fullmatch(r"Key([A-Z])|Digit(\d)", last)
    if m:
        return m.group(2) or (m.group(1) if held else m.group(1).lower())
    return ""


def pieces_of(tool: str, arguments: dict[str, Any], page: str | None) -> list[Piece]:
    """The pieces one action sends: its URLs' query values, path ends and host labels, its body's fields, and
    the text it types into the page at ``page``."""
    out: list[Piece] = []
    for key in URL_KEYS:
        url = arguments.get(key)
        if not isinstance(url, str):
            continue
        url = navigation_url(url)
        dest = host_key(url)
        if dest is None:
            continue
        site = site_key(dest)
        try:
            parts = urlsplit(url.replace("\\", "/"))
        except ValueError:
            continue
        host = host_of(url) or ""
        if not is_ip(host) and host != site and host.endswith("." + site):
            out.append((site, "host", host[: -len(site) - 1]))
        path = unquote(parts.path).strip("/")
        if path:
            folder, _, end = path.rpartition("/")
            stem, dot, ext = end.rpartition(".")
            if dot and stem and re.fullmatch(r"[A-Za-z0-9]{1,5}", ext):  # /c/PIECE.png: the piece is the stem
                out.append((site, f"path /{folder}/*.{ext}", stem))
            else:
                out.append((site, f"path /{folder}", end))
        out += [(site, f"query {k}", unquote(v)) for k, v in parse_qsl(parts.query, keep_blank_values=True) if v]
        if parts.fragment:
            out.append((site, "fragment", unquote(parts.fragment)))
        for name in _BODY_KEYS:
            body = arguments.get(name)
            if isinstance(body, dict):
                out += [(site, f"body {name}.{k}", str(v)) for k, v in body.items() if v not in (None, "")]
            elif isinstance(body, str | int | float) and str(body):
                out.append((site, f"body {name}", str(body)))
    if tool in _TYPED or tool == "browser_press":
        dest = host_key(page) if page else None
        if dest is not None and not (tool == "browser_dialog" and not arguments.get("accept")):
            text = key_text(str(arguments.get("key", ""))) if tool == "browser_press" \
                else arguments.get(_TYPED[tool]) or arguments.get("value")
            if isinstance(text, str) and text:
                out.append((site_key(dest), "typed", text))
    return out


class SentLog(ActionTrail):
    """The streams the run's started actions sent, folded one event at a time (see :func:`sent_pieces`)."""

    def __init__(self) -> None:
        super().__init__()
        self.streams: dict[str, list[Sent]] = defaultdict(list)
        """Site -> pieces, oldest first, bounded by :func:`add_pieces`."""

    def apply(self, event: Event) -> None:
        """Fold one more event in."""
        super().apply(event)
        if isinstance(event, ConfirmationResolved) and event.approved:
            asked = self.asked.get(event.action_id, {}).get("dataflow")
            if asked is not None:
                self.streams.pop(site_key(asked.split(" ", 1)[0]), None)
        elif isinstance(event, ActionStarted) and self.untrusted_seen and event.action_id in self.proposed:
            action, at = self.proposed[event.action_id]
            by_site: dict[str, list[Sent]] = defaultdict(list)
            for site, field, text in pieces_of(action.tool, action.arguments, at):
                by_site[site].append((field, text))
            for site, sent in by_site.items():
                add_pieces(self.streams[site], sent)


def sent_pieces(events: Iterable[Event]) -> dict[str, list[Sent]]:
    """The streams (site -> pieces, oldest first, bounded by :func:`add_pieces`) the run's started actions sent
    since it first read untrusted content, each site's started again when a person approved a data-flow
    confirmation for it."""
    log = SentLog()
    for event in events:
        log.apply(event)
    return log.streams
