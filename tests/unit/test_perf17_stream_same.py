"""The site stream's finders read as they did before perf17 (gofer.safety.checks._page_requests and ._pieces): the
token search that starts at the run reaching the new pieces, the parts of pieces cut once and asked about once per
judgement. The rule as it was is copied below as the reference and compared on random streams (long runs of token
characters across the new pieces, empty pieces, markers, letters whose lower case is longer) with a real fold."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Container

from gofer.events import Observation
from gofer.safety.checks._flow_log import ID_TOKEN, FlowLog, id_like
from gofer.safety.checks._page_requests import page_request_reason, pieces_reason, stream_reason
from gofer.safety.checks._payloads import new_log
from gofer.safety.checks._pieces import Sent, add_pieces, cores, spliced_value
from gofer.safety.checks._text_index import Searchable

TASK = "Compare the prices of garden chairs; my order is ord3r-x9k2mq77z1"
SECRETS = ["sk-test-Q7zX9kW3xR8Yp3Nc6Bd1Lm"]
VALUES = ["inv-2024-88ab31c9", "sess_9f8e7d6c5b4a", "acct77-zz91-qq03k", "jane.roe@example.org", "b7e2c9d4a1f0"]
NOISE = ["chair", "teak", "x1", "-", ".jpg", "42", "v2", "", " ", "q", "7", "a_b", "İstanbul", "ß", "abc123def4",
         "zz-99-yy-88", "0000000000"]
FIELDS = ["typed", "query q", "path /c", "body body.v"]


def _old_spliced(pieces: list[str], first_new: int, part: Callable[[str], bool], value: Callable[[str], bool]
                 ) -> str | None:
    partial: set[str] = set()
    for i, piece in enumerate(pieces):
        grown: set[str] = set()
        for core in cores(piece):
            if len(core) < 3:
                continue
            for start in (*partial, ""):
                text = start + core
                if i >= first_new and value(text):
                    return text
                if part(text):
                    grown.add(text)
        partial |= grown
        if len(partial) > 256:
            partial = set(sorted(partial, key=len)[-256:])
    return None


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


def _old_stream_reason(before: list[Sent], new: list[Sent], log: FlowLog) -> tuple[str, str] | None:
    workspace, runs, said = log.workspace, log.workspace.runs, log.said
    pieces = [*before, *new]
    fields = dict.fromkeys(f for f, _ in new)
    for field in fields:
        own = [t for f, t in before if f == field]
        added = [t for f, t in new if f == field]
        if not own and len(added) < 2:
            continue
        why = _old_pieces_reason([*own, *added], len(own), workspace, runs, said, SECRETS)
        if why:
            return why, f"{len(own) + len(added)} pieces ({field})"
    texts = [t for _, t in pieces]
    if len(fields) > 1 or any(f not in fields for f, _ in before):
        seen = Counter(pieces)
        fresh = [i for i, piece in enumerate(pieces) if seen[piece] == 1]
        joined = [texts[i] for i in fresh]
        first = sum(i < len(before) for i in fresh)
        why = _old_pieces_reason(joined, first, workspace, runs, said, SECRETS) if first < len(joined) else None
        if why:
            return why, f"{len(joined)} pieces in {len({f for f, _ in pieces})} fields"
    data = log.workspace_ids

    def value(text: str) -> bool:
        return len(text) >= 10 and id_like(text) and text in data and text not in said

    spliced = _old_spliced(texts, len(before), lambda text: text in data, value)
    if spliced is None:
        return None
    return ("it carries an id or token from the workspace that the user did not give, in parts of the pieces",
            f"parts of {len(texts)} pieces put together")


def _cut(rng: random.Random, text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        n = rng.randint(1, 6)
        piece = text[i:i + n]
        out.append(f"x{rng.randint(0, 9)}-{piece}-y" if rng.random() < 0.15 else piece)
        i += n
    return out


def _log(rng: random.Random) -> FlowLog:
    log = new_log(TASK)
    held = [v for v in VALUES if rng.random() < 0.6] + ["ord3r-x9k2mq77z1"]
    prose = " ".join(rng.choice(NOISE[:6]) for _ in range(100))
    for i, text in enumerate([prose, *held]):
        log.apply(Observation(run_id="r", action_id=f"a{i}", call_id=f"c{i}", tool="read_file", text=f"n: {text}\n"))
    return log


def test_stream_reasons_are_those_before_perf17() -> None:
    rng = random.Random(17)
    found: Counter[str] = Counter()
    for case in range(16):
        log = _log(rng)
        stream: list[Sent] = []
        for _ in range(rng.randint(10, 40)):
            roll = rng.random()
            if roll < 0.2:
                texts = _cut(rng, rng.choice(VALUES + SECRETS + ["ord3r-x9k2mq77z1"]))
            elif roll < 0.35:  # a long run of token characters reaching over the new pieces
                texts = ["".join(rng.choice("abc123-_") for _ in range(rng.randint(5, 40)))]
            else:
                texts = [rng.choice(NOISE)]
            field = rng.choice(FIELDS) if case % 3 else "typed"
            new = [(field, t) for t in texts]
            old = _old_stream_reason(stream, new, log)
            args = (log.workspace, log.workspace.runs, log.said, SECRETS)
            assert stream_reason(stream, new, *args, ids=log.workspace_ids) == old, (stream, new)
            found[old[0] if old else ""] += 1
            add_pieces(stream, new)
    assert len(found) >= 3 and found[""]


def test_tokens_across_the_new_pieces_are_those_before_perf17() -> None:
    rng = random.Random(171)
    log = _log(rng)
    args = (log.workspace, log.workspace.runs, log.said, SECRETS)
    hits = 0
    for _ in range(300):
        value = rng.choice(VALUES[:3])
        pieces = ["".join(rng.choice("ab1-_İ ") for _ in range(rng.randint(0, 30))), *_cut(rng, value)]
        pieces += ["".join(rng.choice("xy2") for _ in range(rng.randint(0, 12)))] if rng.random() < 0.5 else []
        first_new = rng.randint(0, len(pieces) - 1)
        old = _old_pieces_reason(pieces, first_new, *args)
        assert pieces_reason(pieces, first_new, *args) == old, (pieces, first_new)
        hits += old is not None
    assert hits > 20


def test_spliced_values_are_those_before_perf17() -> None:
    rng = random.Random(172)
    data = "\n".join(VALUES)
    for _ in range(300):
        pieces = [p for v in rng.sample(VALUES, 2) for p in _cut(rng, v)]
        pieces = [rng.choice(NOISE) if rng.random() < 0.2 else p for p in pieces]
        first_new = rng.randint(0, len(pieces))

        def value(text: str) -> bool:
            return len(text) >= 10 and id_like(text) and text in data

        def part(text: str) -> bool:
            return text in data

        assert spliced_value(pieces, first_new, part, value) == _old_spliced(pieces, first_new, part, value)
