"""The token estimate a quota holds and condensing decides by (``text_size``): an upper-ish bound for text that
takes more tokens per character than English (Chinese, Japanese, Korean, emoji, base64, hex), as English was
counted before. Before, it was characters / 4 for everything, which counted Chinese at a quarter of what a real
tokenizer does. The figures below are OpenAI's cl100k_base counts of these very texts (measured with the
bpe-openai package, which is not a dependency of gofer)."""

from __future__ import annotations

import pytest
from test_quota33_estimate import BENCH

from gofer.agent.context import estimate_tokens
from gofer.events import ToolCall
from gofer.models.base import Message

ZH, JA, KO, EMOJI, BASE64, HEX, ENGLISH, CODE = (BENCH.ZH, BENCH.JA, BENCH.KO, BENCH.EMOJI, BENCH.BASE64, BENCH.HEX,
                                                   BENCH.ENGLISH, BENCH.CODE)
"""The bench's texts (bench/text_size.py)."""
CL100K = {"zh": (ZH, 210), "ja": (JA, 146), "ko": (KO, 143), "emoji": (EMOJI, 300), "base64": (BASE64, 2_949),
          "hex": (HEX, 864)}
"""Texts and what cl100k_base counts them at."""


def _estimate(text: str) -> int:
    """The estimate of one message holding ``text``, less the 10 tokens a message is counted for."""
    return estimate_tokens([Message(role="user", content=text)]) - 10


@pytest.mark.parametrize("kind", sorted(CL100K))
def test_text_that_takes_more_tokens_a_character_is_estimated_at_least_at_its_count(kind: str) -> None:
    """Before: chars / 4 counted this Chinese at 51 tokens (cl100k: 210), the emoji at 58 (300), the base64 at
    1,024 (2,949), so a step's hold was a quarter of what the step took."""
    text, counted = CL100K[kind]
    assert counted <= _estimate(text) <= 2 * counted, (kind, _estimate(text), counted)


def test_a_tool_calls_arguments_are_estimated_alike() -> None:
    """A model writing a Chinese file puts its text in a tool call's arguments, which the next prompt carries."""
    call = ToolCall(id="c1", name="write_file", arguments={"path": "notes.md", "content": ZH * 4})
    message = Message(role="assistant", tool_calls=[call])
    assert estimate_tokens([message]) - 10 >= 4 * CL100K["zh"][1]


@pytest.mark.parametrize(("text", "counted"), [(ENGLISH, 141), (CODE, 194)], ids=["english", "code"])
def test_english_and_code_are_counted_as_before(text: str, counted: int) -> None:
    """Ordinary use: English prose and code cost what chars / 4 said (their holds and condensing do not move)."""
    assert _estimate(text) <= len(text) // 4 + 4
    assert counted <= _estimate(text) <= 1.25 * counted
