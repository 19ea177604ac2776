"""What a run has sent each site so far, a piece at a time: the streams the data-flow rule judges whole, so a value
typed a keystroke at a time, or sent a few characters per request, counts as the value.

A stream is keyed by the site and the field the pieces went in: text typed into the site's pages (``browser_type``,
a prompt dialog, ``browser_press`` a key at a time) is one stream; a URL's query parameter, the last segment of a
path under one folder, the labels in front of the site's name and a body's field are one stream each, across the
actions that sent them. Everything is read from the log (the rule works the same after a resume): only actions
that started count, from the first untrusted content on; a person approving a data-flow confirmation for a site
starts its streams again (they saw what was going there).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from gofer.events import (
    ActionProposed,
    ActionStarted,
    ConfirmationResolved,
    Event,
    GuardDecision,
    Observation,
)
from gofer.safety.history import page_after
from gofer.safety.urls import host_key, host_of, navigation_url

__all__ = ["MAX_PIECES", "Piece", "is_ip", "key_text", "pieces_of", "sent_pieces", "site_key", "site_of"]

MAX_PIECES = 64
"""Pieces of one stream kept (the latest): enough for a key or an address a keystroke at a time."""
Piece = tuple[str, str, str]
"""``(site, field, text)``: one piece of data an action sends."""

_URL_KEYS = ("url", "href", "link", "endpoint", "uri")
_BODY_KEYS = ("body", "data", "json", "content", "payload", "form", "params", "headers", "files", "text",
              "message", "subject", "attachments")
_TYPED = {"browser_type": "text", "browser_fill": "text", "browser_dialog": "text"}
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "edu", "ac", "ne", "or", "go", "gob", "nic", "ltd", "plc"})


def is_ip(host: str) -> bool:
    """True for an IPv4 or IPv6 address."""
    return bool(re.fullmatch(r"[\d.]+|[\da-f:]+", host))


def site_of(host: str) -> str:
    """A host's site: its last two labels (three under ``co.uk``-like suffixes); an IP address is its own site."""
    if is_ip(host):
        return host
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def site_key(destination: str) -> str:
    """The site of a destination (``host`` or ``host:port``; with a port, the host and port stay whole)."""
    return destination if ":" in destination else site_of(destination)


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
    for key in _URL_KEYS:
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
        out += [(site, f"query {k}", unquote(v)) for k, v in parse_qsl(parts.query, keep_blank_values=True) if v]
        path = unquote(parts.path).strip("/")
        if path:
            folder, _, end = path.rpartition("/")
            stem, dot, ext = end.rpartition(".")
            if dot and stem and re.fullmatch(r"[A-Za-z0-9]{1,5}", ext):  # /c/PIECE.png: the piece is the stem
                out.append((site, f"path /{folder}/*.{ext}", stem))
            else:
                out.append((site, f"path /{folder}", end))
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


def sent_pieces(events: Iterable[Event]) -> dict[tuple[str, str], list[str]]:
    """The streams (``(site, field)`` -> pieces, oldest first, the latest :data:`MAX_PIECES` kept) the run's
    started actions sent since it first read untrusted content, each site's started again when a person approved
    a data-flow confirmation for it."""
    streams: dict[tuple[str, str], list[str]] = defaultdict(list)
    proposed: dict[str, tuple[ActionProposed, str | None]] = {}
    asked: dict[str, str] = {}
    page: str | None = None
    untrusted = False
    for event in events:
        if isinstance(event, ActionProposed):
            proposed[event.action_id] = (event, page)
        elif isinstance(event, Observation):
            untrusted = untrusted or event.untrusted
            if event.tool.startswith("browser_"):
                page = page_after(page, event, proposed.get(event.action_id, (None, None))[0])
        elif isinstance(event, GuardDecision):
            untrusted = untrusted or bool(event.details.get("taint"))
            dest = event.details.get("destination")
            if event.check == "dataflow" and event.verdict == "confirm" and event.action_id and isinstance(dest, str):
                asked[event.action_id] = site_key(dest.split(" ", 1)[0])
        elif isinstance(event, ConfirmationResolved) and event.approved and event.action_id in asked:
            site = asked[event.action_id]
            for key in [k for k in streams if k[0] == site]:
                del streams[key]
        elif isinstance(event, ActionStarted) and untrusted and event.action_id in proposed:
            action, at = proposed[event.action_id]
            for site, field, text in pieces_of(action.tool, action.arguments, at):
                stream = streams[(site, field)]
                stream.append(text)
                del stream[:-MAX_PIECES]
    return streams
