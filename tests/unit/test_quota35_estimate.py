"""The quota's token estimate (``text_size``) for text it under-counted before: short base64 words (8 to 24
characters, under the 20 a run needs to count as base64: 0.86-0.87x of cl100k) and indented JSON (two spaces 0.96x,
tabs 0.84x). A capital next to a digit next to a lower-case letter marks random-case words (2 tokens more for each
such three); a quote after indentation marks an indented JSON key, where cl100k cuts the newline and the indentation
into pieces of their own. Han inside words of other scripts is measured too (it was counted enough). The texts and
their cl100k counts are bench/text_size.py's."""

from __future__ import annotations

import base64
import hashlib
import random
import uuid

import pytest
from test_quota33_estimate import BENCH

from gofer.agent.context import estimate_tokens
from gofer.models._common import text_size
from gofer.models.base import Message


@pytest.mark.parametrize("kind", ["base64_words", "base64_short", "jwts"])
def test_short_base64_words_are_estimated_at_least_at_their_count(kind: str) -> None:
    """Before: 16-character base64 nonces 0.87x, comma-separated base64 words of 8-24 characters 0.86x (a step
    reading a page of them held less than it took); JWTs (long parts) were and stay counted enough."""
    estimate, counted, ratio = BENCH.ratios()[kind]
    assert 1.0 <= ratio <= 1.6, (kind, estimate, counted)


@pytest.mark.parametrize("kind", ["json_indented", "json_tabs"])
def test_indented_json_is_estimated_at_least_at_its_count(kind: str) -> None:
    """Before: an API reply pretty-printed with two spaces 0.96x, with tabs 0.84x."""
    estimate, counted, ratio = BENCH.ratios()[kind]
    assert 1.0 <= ratio <= 1.6, (kind, estimate, counted)


def test_a_tool_reply_of_indented_json_is_held_at_least_at_its_count() -> None:
    """What a quota holds for a step is the estimate of its messages: a tool's tab-indented JSON reply among them
    (before: 3,200 tokens held for 3,834)."""
    reply = Message(role="tool", content=BENCH.JSON_TABS, name="http_get", tool_call_id="c1")
    assert estimate_tokens([reply]) - 10 >= BENCH.CL100K["json_tabs"]


@pytest.mark.parametrize("seed", range(6))
def test_base64_words_of_any_length_and_separator_are_estimated_at_least_at_their_count(seed: int) -> None:
    """Not only the bench's draw: 8-24 characters, joined by spaces, commas, newlines or as a JSON list (counts
    are cl100k's of these exact texts, bpe-openai 0.1.4)."""
    rng = random.Random(100 + seed)
    low, high = [(6, 9), (6, 19), (9, 15), (12, 19), (6, 19), (9, 15)][seed]
    separator = [" ", ", ", ",", "\n", '", "', " "][seed]
    text = separator.join(base64.b64encode(rng.randbytes(rng.randrange(low, high))).decode() for _ in range(300))
    counted = [2426, 4215, 3882, 4798, 4282, 3673][seed]
    assert counted <= text_size(text) / 4 <= 1.6 * counted  # before: 0.84-0.98x


@pytest.mark.parametrize("kind", ["han_in_words", "ko_han", "zh_en"])
def test_han_inside_words_of_other_scripts_stays_in_range(kind: str) -> None:
    """Han inside Latin words (``abc漢字def``, rare Han: 1.15x), Korean written with Han (1.24x) and Chinese with
    Latin words (1.38x): each script's characters cost about what they cost alone."""
    estimate, counted, ratio = BENCH.ratios()[kind]
    assert 1.0 <= ratio <= 1.6, (kind, estimate, counted)


@pytest.mark.parametrize("kind", ["english", "code", "json_dense", "api_reply", "log_lines", "uuids", "hexdump"])
def test_prose_code_and_compact_json_stay_where_they_were(kind: str) -> None:
    """Ordinary use: neither rule moves English or code (no capital next to a digit, no quote after indentation
    but a docstring's), compact JSON (no indentation) or log lines (``05T12``: no lower-case letter beside)."""
    estimate, counted, ratio = BENCH.ratios()[kind]
    assert 1.0 <= ratio <= 1.6, (kind, estimate, counted)
    if kind in ("english", "code"):
        assert text_size(BENCH.TEXTS[kind]) // 4 <= len(BENCH.TEXTS[kind]) // 4 + 4


def _upper_case_ids(kind: str) -> str:
    rng = random.Random(35)
    if kind == "hex":
        return "".join(hashlib.sha256(bytes([i])).hexdigest().upper() for i in range(24))
    if kind == "uuids":
        return "\n".join(str(uuid.UUID(int=rng.getrandbits(128))).upper() for _ in range(200))
    if kind == "formulas":
        names = ["H2O", "CO2", "C6H12O6", "H2SO4", "CH4", "NH3", "SHA256", "UTF8", "EC2"]
        return " ".join(rng.choice(names) for _ in range(500))
    cells = (f"=SUM(A{rng.randrange(1, 99)}:B{rng.randrange(1, 99)})+C{rng.randrange(1, 99)}" for _ in range(300))
    return " ".join(cells)


@pytest.mark.parametrize(("kind", "counted"), [("hex", 879), ("uuids", 4829), ("formulas", 1392), ("cells", 2700)])
def test_upper_case_ids_next_to_digits_are_not_counted_as_random_case(kind: str, counted: int) -> None:
    """The look-alike of base64: capitals next to digits with no lower-case letter beside (upper-case hex and UUIDs,
    formulas and names such as ``H2SO4`` and ``SHA256``, spreadsheet cells) stay where they were, 1.15-1.6x (counts
    are cl100k's, bpe-openai 0.1.4); counting every capital next to a digit had put them at 1.8-2.8x."""
    text = _upper_case_ids(kind)
    assert counted <= text_size(text) / 4 <= 1.6 * counted, text_size(text) / 4


def test_code_with_indented_string_lists_is_counted_in_range() -> None:
    """The look-alike of a JSON key: code whose lines start with a string (``__all__``, a list of names), which
    cl100k cuts as it cuts JSON: counted at least at its count (before: 0.96x) and not past 1.6x."""
    names = [f"name_{word}" for word in ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta")]
    code = "__all__ = [\n" + "".join(f'    "{name}",\n' for name in names * 20) + "]\n"
    counted = 826  # cl100k, bpe-openai 0.1.4
    assert counted <= text_size(code) / 4 <= 1.6 * counted, text_size(code) / 4
