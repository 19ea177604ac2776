"""The site-stream rules of gofer.safety.checks._page_requests as they were before sessions 16 and 17 made them
faster, kept as the reference the faster code is compared with on random streams (tests/unit/test_perf16_stream_same.py,
test_perf17_stream_same.py)."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Container

from gofer.safety.checks._flow_log import ID_TOKEN, id_like
from gofer.safety.checks._page_requests import page_request_reason
from gofer.safety.checks._pieces import Sent
from gofer.safety.checks._text_index import Searchable

Spliced = Callable[[list[str], int, Callable[[str], bool], Callable[[str], bool]], str | None]
"""A finder of a value spliced from parts of pieces: (pieces, first new piece, is a part, is a value)."""


def old_pieces_reason(pieces: list[str], first_new: int, workspace: Searchable, runs: Container[tuple[str, ...]],
                      said: str, secrets: list[str]) -> str | None:
    """Why the pieces (the new ones from ``first_new``) carry workspace data or a secret, joining them every way."""
    def joined(parts: list[str]) -> str | None:
        for text in (" ".join(parts), "".join(parts)):
            why = page_request_reason(text, workspace, runs, said, secrets) if text else None
            if why:
                return why
        return None

    for start in [0, *range(max(1, first_new - 8), first_new)]:
        why = joined(pieces[start:])
        if why:
            if joined(pieces[start:first_new]) is None:
                return why
            break
    tight = "".join(pieces).lower()
    bounds = [0]
    for piece in pieces:
        bounds.append(bounds[-1] + len(piece))
    new = bounds[first_new]
    for m in ID_TOKEN.finditer(tight):
        if m.end() <= new:
            continue
        cuts = sorted({m.start(), m.end(), *(b for b in bounds if m.start() < b < m.end())})[-24:]
        for j in (c for c in cuts if c > new):
            for i in (c for c in cuts if c <= j - 10):
                value = tight[i:j]
                if re.search(r"\d", value) and re.search(r"[a-z]", value) and value in workspace \
                        and value not in said:
                    return "it carries an id or token from the workspace that the user did not give"
    return None


def old_stream_reason(before: list[Sent], new: list[Sent], workspace: Searchable, runs: Container[tuple[str, ...]],
                      said: str, secrets: list[str], ids: Searchable | str, spliced: Spliced
                      ) -> tuple[str, str] | None:
    """Why a site's stream with ``new`` pieces added carries the run's data, and how (field by field, across
    fields, then ids spliced from parts of pieces found by ``spliced`` among ``ids``)."""
    pieces = [*before, *new]
    fields = dict.fromkeys(f for f, _ in new)
    for field in fields:
        own = [t for f, t in before if f == field]
        added = [t for f, t in new if f == field]
        if not own and len(added) < 2:
            continue
        why = old_pieces_reason([*own, *added], len(own), workspace, runs, said, secrets)
        if why:
            return why, f"{len(own) + len(added)} pieces ({field})"
    texts = [t for _, t in pieces]
    if len(fields) > 1 or any(f not in fields for f, _ in before):
        seen = Counter(pieces)
        fresh = [i for i, piece in enumerate(pieces) if seen[piece] == 1]
        joined = [texts[i] for i in fresh]
        first = sum(i < len(before) for i in fresh)
        why = old_pieces_reason(joined, first, workspace, runs, said, secrets) if first < len(joined) else None
        if why:
            return why, f"{len(joined)} pieces in {len({f for f, _ in pieces})} fields"
    if not str(ids):
        return None

    def value(text: str) -> bool:
        return len(text) >= 10 and id_like(text) and text in ids and text not in said

    if spliced(texts, len(before), lambda text: text in ids, value) is None:
        return None
    return ("it carries an id or token from the workspace that the user did not give, in parts of the pieces",
            f"parts of {len(texts)} pieces put together")


def workspace_ids(workspace: Searchable, said: str) -> str:
    """The id-like tokens of the workspace the user did not say, one a line (what the fold keeps as its ids)."""
    return "\n".join(t for t in set(ID_TOKEN.findall(str(workspace))) if id_like(t) and t not in said)


def cut(rng: random.Random, text: str, longest: int) -> list[str]:
    """``text`` in pieces of one to ``longest`` characters, some wrapped in markers."""
    out, i = [], 0
    while i < len(text):
        n = rng.randint(1, longest)
        piece = text[i:i + n]
        out.append(f"x{rng.randint(0, 9)}-{piece}-y" if rng.random() < 0.15 else piece)
        i += n
    return out
