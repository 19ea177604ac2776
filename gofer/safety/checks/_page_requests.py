"""The data-flow rule for requests a page makes on its own (its scripts' fetch, XHR, beacons, images, form posts
and navigations), which the browser's route hook asks before each request leaves (:class:`PageRequestRule`), and
the reasons it reads: a request's payload (:func:`page_request_reason`), pieces sent one after another to one site
(:func:`pieces_reason`) and a site's whole stream of pieces (:func:`stream_reason`), which the rule on the model's
own actions reads too."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Container, Iterable

from gofer.events import Event
from gofer.safety.checks._flow_log import ID_TOKEN, WORD, FlowLog, id_like
from gofer.safety.checks._flows import unquote_all, url_flow
from gofer.safety.checks._payloads import QUERY_RUN, decode_blobs, new_log, shingles
from gofer.safety.checks._pieces import Sent, spliced_value
from gofer.safety.checks._text_index import Searchable
from gofer.safety.pii import find_pii, find_secrets
from gofer.safety.urls import host_key, same_site, site_of

__all__ = ["PageRequestRule", "page_request_reason", "pieces_reason", "stream_reason"]


def page_request_reason(payload: str, workspace: Searchable, runs: Container[tuple[str, ...]], said: str,
                        secrets: list[str]) -> str | None:
    """Why a request a page made on its own carries the run's data, or None: a secret from settings; or a value
    the run has from the workspace (files, command and code output) that the user did not say: a key, token or
    password, personal data, an id or token of ten characters or more (a part of one too: a page can send a field
    at each keystroke), or a passage of eight words or more. ``workspace``: the workspace text and ``runs`` its
    runs of eight words (``workspace`` a text, or the log's :class:`~._text_index.TextIndex` of it), ``said``: the
    user's words (all lower case). What pages show passes: an analytics beacon
    carries the page's address, title and ids."""
    text = decode_blobs(payload)

    def from_workspace(value: str) -> bool:
        value = value.lower()
        return value in workspace and value not in said

    for found in find_secrets(text, secrets):
        if found.value in secrets:
            return "it carries a secret (key, token or password)"
        if from_workspace(found.value):
            return "it carries a secret (key, token or password) from the workspace"
    for found in find_pii(text):
        if from_workspace(found.value):
            return f"it carries personal data ({found.kind}) from the workspace that the user did not give"
    lower = text.lower()
    for token in set(_PAGE_TOKEN.findall(lower)):
        if re.search(r"\d", token) and re.search(r"[a-z]", token) and from_workspace(token):
            return "it carries an id or token from the workspace that the user did not give"
    said_words = f" {' '.join(WORD.findall(said))} "
    for run in shingles(WORD.findall(lower), QUERY_RUN):
        if run in runs and f" {' '.join(run)} " not in said_words:
            return f"it carries a passage of workspace data ({QUERY_RUN}+ words) that the user did not give"
    return None


_PAGE_TOKEN = ID_TOKEN
_TOKEN_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_-"
"""The characters of :data:`_PAGE_TOKEN`."""
_CUTS = 24
"""Piece boundaries inside one token tried as the ends of a value (the latest ones)."""
_STARTS = 8
"""Pieces before the new ones tried as the start of what is joined."""


def pieces_reason(pieces: list[str], first_new: int, workspace: Searchable, runs: Container[tuple[str, ...]], said: str,
                  secrets: list[str], *, memo: dict[str, str | None] | None = None) -> str | None:
    """Why pieces sent one after another to one destination carry the run's data once joined (with spaces, or
    with nothing between them), when the pieces before ``first_new`` did not: :func:`page_request_reason` on the
    joined text, or a value from the workspace of ten characters or more whose end lies in the new pieces and
    whose start is at the start of a piece (a value typed after other text a keystroke at a time). ``memo``: the
    reasons of texts already read with the same ``workspace``, ``runs``, ``said`` and ``secrets`` (filled in)."""
    known = memo if memo is not None else {}

    def reason(text: str) -> str | None:
        if text not in known:
            known[text] = page_request_reason(text, workspace, runs, said, secrets)
        return known[text]

    def joined(parts: list[str]) -> str | None:
        for text in (" ".join(parts), "".join(parts)):
            why = reason(text) if text else None
            if why:
                return why
        return None

    # from the first piece, and from each of the latest pieces before the new ones (other data before a value)
    for start in [0, *range(max(1, first_new - _STARTS), first_new)]:
        why = joined(pieces[start:])
        if why:
            if joined(pieces[start:first_new]) is None:
                return why
            break  # it was there before these pieces
    tight = "".join(pieces).lower()
    bounds = list(itertools.accumulate(map(len, pieces), initial=0))
    new = bounds[first_new]
    # Only tokens that end past ``new`` count: they start in the run of token characters that reaches ``new``, or
    # later (a token is a whole run of them, so the search finds the same ones from that run's start on).
    begin = len(tight[:new].rstrip(_TOKEN_CHARS))
    for m in _PAGE_TOKEN.finditer(tight, begin):
        if m.end() <= new:
            continue
        inner = bounds[bisect_right(bounds, m.start()):bisect_left(bounds, m.end())]
        cuts = sorted({m.start(), m.end(), *inner})[-_CUTS:]
        for j in (c for c in cuts if c > new):
            for i in (c for c in cuts if c <= j - 10):
                value = tight[i:j]
                if re.search(r"\d", value) and re.search(r"[a-z]", value) and value in workspace \
                        and value not in said:
                    return "it carries an id or token from the workspace that the user did not give"
    return None


def stream_reason(before: list[Sent], new: list[Sent], workspace: Searchable, runs: Container[tuple[str, ...]],
                  said: str, secrets: list[str], *, ids: Searchable | None = None) -> tuple[str, str] | None:
    """Why the pieces ``new`` sent a site after ``before`` (its stream, see :mod:`._pieces`) carry the run's data
    when ``before`` did not: ``(why, how it went)``. Read are each field's pieces, the site's pieces of all fields in
    the order they went (see :func:`pieces_reason`), and a value of the workspace made of parts of the pieces
    (markers around them stripped where punctuation sets them apart, other pieces between them skipped: see
    :func:`spliced_value`). ``workspace``, ``runs``, ``said``: as for :func:`page_request_reason`; ``ids``: the
    workspace's ids and tokens the user did not say, one per line, when known (else read from ``workspace``)."""
    pieces = [*before, *new]
    fields = dict.fromkeys(f for f, _ in new)
    # A field's pieces and the stream's fresh ones are often the same list (one field carries what changes, the
    # others repeat): each joined text is read once per call.
    memo: dict[str, str | None] = {}
    for field in fields:
        own = [t for f, t in before if f == field]
        added = [t for f, t in new if f == field]
        if not own and len(added) < 2:
            continue
        why = pieces_reason([*own, *added], len(own), workspace, runs, said, secrets, memo=memo)
        if why:
            return why, f"{len(own) + len(added)} pieces ({field})"
    texts = [t for _, t in pieces]
    if len(fields) > 1 or any(f not in fields for f, _ in before):
        # a piece its field repeats (a constant path, host or version) carries nothing new: left out
        seen = Counter(pieces)
        fresh = [i for i, piece in enumerate(pieces) if seen[piece] == 1]
        joined = [texts[i] for i in fresh]
        first = sum(i < len(before) for i in fresh)
        why = pieces_reason(joined, first, workspace, runs, said, secrets, memo=memo) if first < len(joined) else None
        if why:
            return why, f"{len(joined)} pieces in {len({f for f, _ in pieces})} fields"
    data = ids if ids is not None else "\n".join(
        t for t in set(_PAGE_TOKEN.findall(str(workspace))) if id_like(t) and t not in said)
    if not str(data):
        return None

    def value(text: str) -> bool:
        return len(text) >= 10 and id_like(text) and text in data and text not in said

    spliced = spliced_value(texts, len(before), lambda text: text in data, value)
    if spliced is None:
        return None
    return ("it carries an id or token from the workspace that the user did not give, in parts of the pieces",
            f"parts of {len(texts)} pieces put together")


class PageRequestRule:
    """The data-flow rule for the requests a page makes by itself (its scripts' fetch, XHR, beacons, images, form
    posts and navigations), which the browser's route hook asks before each request leaves. Once untrusted content
    was read in the run, a request to a host the user did not name, outside the page's own site, is refused when
    its URL or body carries a settings secret or a value the run has from the workspace (see
    :func:`page_request_reason`). A person cannot be asked in the middle of a request, so it is refused, and the
    refusal is reported and logged. Not judged: URLs the model itself opened (the rule on its actions judged them)
    and, while an action a person approved runs, the page's navigations (the form it submits)."""

    def __init__(self, events: list[Event], task: str, secrets: Iterable[str] = (),
                 trusted: Iterable[str] = (), *, log: FlowLog | None = None) -> None:
        log = log if log is not None else new_log(task).catch_up(events)
        self.secrets = list(secrets)
        self.named = log.named | set(trusted)
        self.said = log.said
        self.opened = set(log.opened)
        """URLs the model's actions named (judged when proposed)."""
        self.approved_now = log.started in log.approved
        """The action running now was approved by a person: the navigations it makes are its own."""
        self._log = log

    @staticmethod
    def _own_site(dest: str, page: str) -> bool:
        """The page's own site: the same site by the public suffix list (``www.shop.example`` and
        ``api.shop.example``, not ``victim.github.io`` and ``attacker.github.io``: see :func:`site_of`), or with a
        port, the same host and port."""
        own = host_key(page)
        if own is None:
            return False
        if ":" in dest or ":" in own:
            return dest == own
        return site_of(dest) == site_of(own)

    def _judged(self, url: str, page: str, navigation: bool) -> str | None:
        """The destination of a request the rule judges (None: the user named it, it is the page's own site, the
        model opened the URL, or a person approved the navigating action)."""
        dest = host_key(url)
        if dest is None or (navigation and self.approved_now) or url.split("#", 1)[0] in self.opened:
            return None
        if same_site(dest, self.named) or self._own_site(dest, page):
            return None
        return dest

    def pieces(self, url: str, before: list[Sent], new: list[Sent], page: str) -> tuple[str, str] | None:
        """``(destination, reason)`` when the pieces ``new`` a page sends with a request (or a WebSocket message)
        to ``url`` carry the run's data after what the page sent that site before (its stream, see
        :func:`stream_reason`), else None."""
        dest = self._judged(url, page, False)
        if dest is None:
            return None
        log = self._log
        found = stream_reason(before, new, log.workspace, log.workspace.runs, self.said, self.secrets,
                              ids=log.workspace_ids)
        return (dest, f"{found[0]}, sent a few characters per request ({found[1]})") if found else None

    def __call__(self, url: str, method: str, body: str, page: str, navigation: bool, *, size: int | None = None
                 ) -> tuple[str, str] | None:
        """``(destination, reason)`` when the request must be refused, else None. ``size``: the body's full length
        when ``body`` is only its head; such a body is refused whole, since what it carries cannot be read."""
        dest = self._judged(url, page, navigation)
        if dest is None:
            return None
        if size is not None:
            return dest, (f"its body ({size / (1 << 20):.1f} MB) is larger than the rule reads, so what it carries "
                          "cannot be judged")
        flow = url_flow(url, "page request")
        payload = "\n".join(p for p in (flow.payload if flow else "", unquote_all(body)) if p)
        if not payload:
            return None
        workspace, runs = self._log.workspace, self._log.workspace.runs
        why = page_request_reason(payload, workspace, runs, self.said, self.secrets)
        return (dest, why) if why else None
