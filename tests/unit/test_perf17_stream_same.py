"""The site stream's finders read as they did before perf17 (gofer.safety.checks._page_requests and ._pieces): the
token search that starts at the run reaching the new pieces, the parts of pieces cut once and asked about once per
judgement. The rule as it was (tests/stream_reference.py, and the splicing below) is compared on random streams
(long runs of token characters across the new pieces, empty pieces, markers, letters whose lower case is longer) with
a real fold."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable

from stream_reference import cut, old_pieces_reason, old_stream_reason

from gofer.events import Observation
from gofer.safety.checks._flow_log import FlowLog, id_like
from gofer.safety.checks._page_requests import pieces_reason, stream_reason
from gofer.safety.checks._payloads import new_log
from gofer.safety.checks._pieces import Sent, add_pieces, cores, spliced_value

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
                texts = cut(rng, rng.choice(VALUES + SECRETS + ["ord3r-x9k2mq77z1"]), 6)
            elif roll < 0.35:  # a long run of token characters reaching over the new pieces
                texts = ["".join(rng.choice("abc123-_") for _ in range(rng.randint(5, 40)))]
            else:
                texts = [rng.choice(NOISE)]
            field = rng.choice(FIELDS) if case % 3 else "typed"
            new = [(field, t) for t in texts]
            old = old_stream_reason(stream, new, log.workspace, log.workspace.runs, log.said, SECRETS,
                                    log.workspace_ids, _old_spliced)
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
        pieces = ["".join(rng.choice("ab1-_İ ") for _ in range(rng.randint(0, 30))), *cut(rng, value, 6)]
        pieces += ["".join(rng.choice("xy2") for _ in range(rng.randint(0, 12)))] if rng.random() < 0.5 else []
        first_new = rng.randint(0, len(pieces) - 1)
        old = old_pieces_reason(pieces, first_new, *args)
        assert pieces_reason(pieces, first_new, *args) == old, (pieces, first_new)
        hits += old is not None
    assert hits > 20


def test_spliced_values_are_those_before_perf17() -> None:
    rng = random.Random(172)
    data = "\n".join(VALUES)
    for _ in range(300):
        pieces = [p for v in rng.sample(VALUES, 2) for p in cut(rng, v, 6)]
        pieces = [rng.choice(NOISE) if rng.random() < 0.2 else p for p in pieces]
        first_new = rng.randint(0, len(pieces))

        def value(text: str) -> bool:
            return len(text) >= 10 and id_like(text) and text in data

        def part(text: str) -> bool:
            return text in data

        assert spliced_value(pieces, first_new, part, value) == _old_spliced(pieces, first_new, part, value)
