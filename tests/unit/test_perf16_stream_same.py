"""The site stream's reasons read each joined text once per call (gofer.safety.checks._page_requests): the answers
are those of the rule as it was (copied below as the reference), on random streams built from workspace values,
settings secrets and noise, split into pieces over fields, judged with a real fold of the log."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Container

from gofer.events import Observation
from gofer.safety.checks._flow_log import ID_TOKEN, FlowLog, id_like
from gofer.safety.checks._page_requests import page_request_reason, stream_reason
from gofer.safety.checks._payloads import new_log
from gofer.safety.checks._pieces import Sent, add_pieces, spliced_value
from gofer.safety.checks._text_index import Searchable

TASK = "Compare the prices of garden chairs and write a summary; my number is 555 0100"
SECRETS = ["sk-test-Q7zX9kW3xR8Yp3Nc6Bd1Lm", "hunter2-Zq7kW-9921"]
VALUES = [
    "ord3r-x9k2mq77z1", "inv-2024-88ab31c9", "jane.roe@example.org", "+44 20 7946 0958", "4111 1111 1111 1111",
    "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "sess_9f8e7d6c5b4a",
    "the delivery of weatherproof teak chairs takes about three working days in spring",
]
NOISE = ["chair", "teak", "define", "x1", "-", ".jpg", "42", "oak", "v2", "id", "ok", "the", " ", "q", "7", "a_b"]
FIELDS = ["typed", "query q", "query t", "path /c", "body body.v"]


def _old_pieces_reason(pieces: list[str], first_new: int, workspace: Searchable, runs: Container[tuple[str, ...]],
                       said: str, secrets: list[str]) -> str | None:
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


def _old_stream_reason(before: list[Sent], new: list[Sent], workspace: Searchable, runs: Container[tuple[str, ...]],
                       said: str, secrets: list[str], *, ids: Searchable | None = None) -> tuple[str, str] | None:
    pieces = [*before, *new]
    fields = dict.fromkeys(f for f, _ in new)
    for field in fields:
        own = [t for f, t in before if f == field]
        added = [t for f, t in new if f == field]
        if not own and len(added) < 2:
            continue
        why = _old_pieces_reason([*own, *added], len(own), workspace, runs, said, secrets)
        if why:
            return why, f"{len(own) + len(added)} pieces ({field})"
    texts = [t for _, t in pieces]
    if len(fields) > 1 or any(f not in fields for f, _ in before):
        seen = Counter(pieces)
        fresh = [i for i, piece in enumerate(pieces) if seen[piece] == 1]
        joined = [texts[i] for i in fresh]
        first = sum(i < len(before) for i in fresh)
        why = _old_pieces_reason(joined, first, workspace, runs, said, secrets) if first < len(joined) else None
        if why:
            return why, f"{len(joined)} pieces in {len({f for f, _ in pieces})} fields"
    data = ids if ids is not None else "\n".join(
        t for t in set(ID_TOKEN.findall(str(workspace))) if id_like(t) and t not in said)
    if not str(data):
        return None

    def value(text: str) -> bool:
        return len(text) >= 10 and id_like(text) and text in data and text not in said

    spliced = spliced_value(texts, len(before), lambda text: text in data, value)
    if spliced is None:
        return None
    return ("it carries an id or token from the workspace that the user did not give, in parts of the pieces",
            f"parts of {len(texts)} pieces put together")


def _cut(rng: random.Random, text: str) -> list[str]:
    """The text in pieces of one to seven characters, some wrapped in markers."""
    out, i = [], 0
    while i < len(text):
        n = rng.randint(1, 7)
        piece = text[i:i + n]
        out.append(f"x{rng.randint(0, 9)}-{piece}-y" if rng.random() < 0.15 else piece)
        i += n
    return out


def _stream(rng: random.Random) -> list[Sent]:
    """A site's pieces: noise, with a value or a secret cut into pieces among it now and then."""
    pieces: list[Sent] = []
    while len(pieces) < rng.randint(4, 60):
        roll = rng.random()
        if roll < 0.25:
            source = rng.choice(VALUES + SECRETS)
            texts = _cut(rng, source) if rng.random() < 0.8 else [source]
        else:
            texts = [rng.choice(NOISE) + (str(rng.randint(0, 99)) if rng.random() < 0.3 else "")]
        spread = rng.random() < 0.5
        field = rng.choice(FIELDS)
        pieces += [(rng.choice(FIELDS) if spread else field, t) for t in texts]
    return pieces


def _log(rng: random.Random) -> FlowLog:
    """A fold of a log whose workspace holds prose and some of the values (and a secret)."""
    log = new_log(TASK)
    prose = " ".join(rng.choice(NOISE[:9]) for _ in range(200))
    held = [v for v in VALUES + SECRETS[:1] if rng.random() < 0.6]
    for i, text in enumerate([prose, *held]):
        log.apply(Observation(run_id="r", action_id=f"a{i}", call_id=f"c{i}", tool="read_file",
                              text=f"notes: {text}\n"))
    return log


def test_stream_reasons_are_those_of_the_rule_as_it_was() -> None:
    rng = random.Random(16)
    found: Counter[str] = Counter()
    for case in range(60):
        log = _log(rng)
        stream: list[Sent] = []
        for sent in _stream(rng) if case % 2 else [(f, t) for f, t in _stream(rng) if f == "typed"]:
            new = [sent] if rng.random() < 0.7 else [sent, (rng.choice(FIELDS), rng.choice(NOISE))]
            args = (log.workspace, log.workspace.runs, log.said, SECRETS)
            ids = log.workspace_ids if rng.random() < 0.8 else None
            old = _old_stream_reason(stream, new, *args, ids=ids)
            assert stream_reason(stream, new, *args, ids=ids) == old, (stream, new)
            found[old[0] if old else ""] += 1
            add_pieces(stream, new)
    assert len(found) >= 4 and found[""]  # quiet pieces and several kinds of reason are compared
