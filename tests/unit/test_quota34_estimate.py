"""The quota's token estimate (``text_size``) for machine text of short pieces and for rare Han it under-counted
before: dense JSON of short keys and small numbers (0.70x of cl100k), arrays of small objects (0.90x), hex dumps
(0.56x), log lines with timestamps (0.81x), rare Han whose first two UTF-8 bytes are one cl100k token (0.77x) and
emoji joined by zero-width joiners (0.96x). Each piece cl100k's pre-tokenizer cuts text into (a word, a run of up to
three digits, a run of marks) is at least one token, and such text is made of short pieces. The texts and their
cl100k counts are bench/text_size.py's."""

from __future__ import annotations

import pytest
from test_quota33_estimate import BENCH

from gofer.agent.context import estimate_tokens
from gofer.events import ToolCall
from gofer.models._common import text_size
from gofer.models.base import Message


@pytest.mark.parametrize("kind", ["json_dense", "json_rows", "api_reply", "hexdump", "log_lines", "rare_han_cheap",
                                  "emoji_zwj"])
def test_text_of_short_pieces_is_estimated_at_least_at_its_count(kind: str) -> None:
    """Before: dense JSON 0.70x, arrays of small objects 0.90x, hex dumps 0.56x, log lines 0.81x, rare Han of a
    one-token prefix 0.77x, joined emoji 0.96x: a step reading such a page held less than it took."""
    estimate, counted, ratio = BENCH.ratios()[kind]
    assert 1.0 <= ratio <= 1.6, (kind, estimate, counted)


@pytest.mark.parametrize("kind", ["uuids", "flags", "english", "code", "zh", "ja", "russian", "greek"])
def test_text_counted_enough_before_stays_in_range(kind: str) -> None:
    """UUID lists and flags were counted enough already; prose and code stay where they were (the Han of
    Chinese prose now counts by whether it is one token: 1.53x, was 1.60x)."""
    estimate, counted, ratio = BENCH.ratios()[kind]
    assert 1.0 <= ratio <= 1.6, (kind, estimate, counted)


def test_a_json_tool_result_in_a_prompt_is_held_at_least_at_its_count() -> None:
    """What a quota holds for a step is the estimate of its messages: a tool's minified JSON reply among them, and
    a model's call writing one, count at least what cl100k counts."""
    reply = Message(role="tool", content=BENCH.JSON_DENSE * 5, name="http_get", tool_call_id="c1")
    assert estimate_tokens([reply]) - 10 >= 5 * BENCH.CL100K["json_dense"]  # before: 0.70x
    rows = BENCH.JSON_ROWS
    call = ToolCall(id="c2", name="write_file", arguments={"path": "rows.json", "content": rows})
    assert estimate_tokens([Message(role="assistant", tool_calls=[call])]) - 10 >= BENCH.CL100K["json_rows"]


def test_json_beside_prose_and_code_is_counted_at_least_at_the_sum() -> None:
    """A tool's reply of JSON with some prose and code around it (before: 0.8x): the ASCII is counted by its pieces
    over the whole text, which is about 1.15 tokens a piece for each of them."""
    mixed = BENCH.ENGLISH * 3 + "\n" + BENCH.JSON_DENSE * 10 + "\n" + BENCH.CODE * 3
    counted = 3 * BENCH.CL100K["english"] + 10 * BENCH.CL100K["json_dense"] + 3 * BENCH.CL100K["code"]
    assert counted <= text_size(mixed) / 4 <= 1.6 * counted
