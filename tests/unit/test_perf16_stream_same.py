"""The site stream's reasons read each joined text once per call (gofer.safety.checks._page_requests): the answers
are those of the rule as it was (kept as the reference in tests/stream_reference.py), on random streams built from
workspace values, settings secrets and noise, split into pieces over fields, judged with a real fold of the log."""

from __future__ import annotations

import random
from collections import Counter

from stream_reference import cut, old_stream_reason, workspace_ids

from gofer.events import Observation
from gofer.safety.checks._flow_log import FlowLog
from gofer.safety.checks._page_requests import stream_reason
from gofer.safety.checks._payloads import new_log
from gofer.safety.checks._pieces import Sent, add_pieces, spliced_value

TASK = "Compare the prices of garden chairs and write a summary; my number is 555 0100"
SECRETS = ["sk-test-Q7zX9kW3xR8Yp3Nc6Bd1Lm", "hunter2-Zq7kW-9921"]
VALUES = [
    "ord3r-x9k2mq77z1", "inv-2024-88ab31c9", "jane.roe@example.org", "+44 20 7946 0958", "4111 1111 1111 1111",
    "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "sess_9f8e7d6c5b4a",
    "the delivery of weatherproof teak chairs takes about three working days in spring",
]
NOISE = ["chair", "teak", "define", "x1", "-", ".jpg", "42", "oak", "v2", "id", "ok", "the", " ", "q", "7", "a_b"]
FIELDS = ["typed", "query q", "query t", "path /c", "body body.v"]


def _stream(rng: random.Random) -> list[Sent]:
    """A site's pieces: noise, with a value or a secret cut into pieces among it now and then."""
    pieces: list[Sent] = []
    while len(pieces) < rng.randint(4, 60):
        roll = rng.random()
        if roll < 0.25:
            source = rng.choice(VALUES + SECRETS)
            texts = cut(rng, source, 7) if rng.random() < 0.8 else [source]
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
            data = ids if ids is not None else workspace_ids(log.workspace, log.said)
            old = old_stream_reason(stream, new, *args, data, spliced_value)
            assert stream_reason(stream, new, *args, ids=ids) == old, (stream, new)
            found[old[0] if old else ""] += 1
            add_pieces(stream, new)
    assert len(found) >= 4 and found[""]  # quiet pieces and several kinds of reason are compared
