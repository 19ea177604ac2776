"""Session 19 (output29): the whole output check's cost on a realistic long answer, and the shortcuts that cut it
(national id kinds searched from where their pattern can first start, and those that need a word before them only
when the text holds that word; key patterns only when a text holds a string each match holds; short pieces of a
settings secret looked up before they are judged). Each shortcut must find exactly what the plain search finds."""

from __future__ import annotations

import random
import re
import time

import pytest
from agent_helpers import guard_context

from gofer.events import Observation
from gofer.safety._national_ids import _IDS, national_ids
from gofer.safety._secret_patterns import _SECRET_PATTERNS, pattern_secrets
from gofer.safety.checks import OutputFilterCheck

_IDS_TEXT = (
    "SSN 078-05-1120, ITIN 912-70-1234, NI QQ 12 34 56 C, DNI 12345678Z, NIE X1234567L, NIR 1 85 05 78 006 084 36, "
    "CF RSSMRA85T10A562S, CPF 111.444.777-35; my Cpf: 11144477735, AADHAAR 2341 2341 2346 uid 234123412346, "
    "PAN: ABCPE1234F, Permanent Account ABCPE1234F, SIN 046 454 286, sin 046454286, Social Insurance 046-454-286, "
    "BSN 111222333, SoFi 1112.22.333, Steuer-ID 65 929 970 489, TIN 65929970489, IdNr 65929970489. ")


def _plain_national_ids(text: str) -> list[tuple[int, int]]:
    """National ids found the plain way: each kind's pattern over the whole text."""
    found = []
    for rx, valid, context, _ in _IDS:
        for m in rx.finditer(text):
            if context is not None and not context.search(text, max(0, m.start() - 40), m.start()):
                continue
            if valid(m.group(0)):
                found.append((m.start(), m.end()))
    return found


def _plain_pattern_secrets(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(1 if kind == "secret" else 0), m.end(1 if kind == "secret" else 0), kind)
            for kind, rx, _ in _SECRET_PATTERNS for m in rx.finditer(text)]


@pytest.mark.parametrize("text", [
    _IDS_TEXT, _IDS_TEXT.lower(), _IDS_TEXT.upper(), _IDS_TEXT.replace(" ", "\n"), "x" * 50 + _IDS_TEXT,
    _IDS_TEXT.replace("Cpf", "ﬀ cpf").replace("BSN", "bſn BSN"),  # outside ASCII: no word shortcut
    "no ids here, only 12 34 and 2024-01-01", ""])
def test_national_ids_find_what_the_plain_search_finds(text: str) -> None:
    assert list(national_ids(text)) == _plain_national_ids(text)
    assert len(list(national_ids(_IDS_TEXT))) >= 15


def test_key_patterns_find_what_the_plain_search_finds() -> None:
    rng = random.Random(29)
    keys = ["sk-proj-" + "Q7zX9aBcDeFgHiJkLmNoPqRsTu", "AKIA" + "ABCDEFGHIJKLMNOP", "AIza" + "B" * 35,
            "rk_live_" + "a1" * 10, "ghp_" + "aB3" * 12, "github_pat_" + "a_1" * 15, "xoxb-" + "12345-abcde",
            "glpat-" + "x" * 20, "hf_" + "A1" * 16, "npm_" + "a" * 36, "eyJ" + "a" * 12 + ".eyJ" + "b" * 12 + ".c" * 6,
            "SG." + "a" * 22 + "." + "b" * 43, "dop_v1_" + "a" * 64, "shpat_" + "A" * 32, "whsec_" + "a1" * 12,
            "ya29." + "x" * 20, "sk-or-v1-" + "a" * 64, "gsk_" + "A" * 40, "r8_" + "a" * 37, "dapi" + "a" * 32,
            "key-" + "a" * 32, "SK" + "0" * 32, "lin_api_" + "a" * 40, "secret_" + "a" * 44, "ntn_" + "a" * 44,
            "https://hooks.slack.com/services/T0/B0/" + "a" * 20, "123456789:AA" + "a" * 33,
            "AccountKey=" + "a" * 60, "API_KEY = abcdefghijklmnop", "postgres://u:hunter2x@db.example.com",
            "-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----"]
    words = ["the", "order", "shipped", "x", "=", ":", "sk", "-", "_", "SK", "key", "//", "\n"]
    for _ in range(200):
        text = " ".join(rng.choice([*words, *keys]) for _ in range(rng.randint(0, 12)))
        assert [(f.start, f.end, f.kind) for f in pattern_secrets(text)] == _plain_pattern_secrets(text)
    assert len(pattern_secrets(" ".join(keys))) >= len(keys)


def _answer(size: int = 1_000_000) -> str:
    """A long answer as a model writes one: prose, tables, contact details, keys, ids, links, dates and numbers."""
    rng = random.Random(19)
    words = ["the", "order", "shipped", "on", "Tuesday", "and", "invoice", "was", "paid", "in", "full", "by",
             "customer", "who", "asked", "about", "delivery", "times", "returns", "warranty", "pricing", "for", "new"]
    parts: list[str] = []
    for i in range(size // 60):
        k = i % 10
        if k < 5:
            parts.append(" ".join(rng.choice(words) for _ in range(rng.randint(20, 60))).capitalize() + ". ")
        elif k == 5:
            parts.append("| id | name | amount | date |\n|---|---|---|---|\n" + "".join(
                f"| {rng.randint(1000, 99999)} | item {rng.randint(1, 500)} | "
                f"{rng.randint(1, 9999)}.{rng.randint(0, 99):02d} | "
                f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} |\n" for _ in range(8)))
        elif k == 6:
            parts.append(f"Contact jane.roe{rng.randint(1, 99)}@example.org or call +1 415 555 "
                         f"{rng.randint(1000, 9999)}; ship to {rng.randint(1, 999)} Market Street, "
                         "San Francisco, CA 94103. ")
        elif k == 7:
            key = "".join(rng.choice("abcdefghijkLMNOP0123456789") for _ in range(32))
            parts.append(f"The API key is sk-proj-{key} and the token ghp_{key}abcd. ")
        elif k == 8:
            parts.append("Card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32, SSN 078-05-1120, "
                         "jroe at example dot com, Will at example.org. ")
        else:
            parts.append(f"See https://share.example.com/s/x7kq2mzp9lw4/ and version 3.{rng.randint(0, 20)}, "
                         f"released 12/{rng.randint(1, 28)}/2023 with 1,234,567 downloads.\n\n")
    return "".join(parts)[:size]


@pytest.mark.slow  # timed in CPU time, so that a loaded machine counts less (about 2.3 s on main, 1.5 s after)
def test_the_whole_output_check_reads_a_realistic_megabyte_in_bounded_time() -> None:
    answer = _answer()
    read = Observation(run_id="run_1", action_id="a1", call_id="c1", tool="read_file", untrusted=True,
                       text="share: https://share.example.com/s/x7kq2mzp9lw4/ contact will@example.org")
    check = OutputFilterCheck(["db-pass-9921-Zq7kW3xR"])
    ctx = guard_context("summarise the orders", [read])
    started = time.process_time()
    decision = check.on_output(answer, ctx)
    took = time.process_time() - started
    redacted = decision.replacement or ""
    for kind in ("api_key", "card", "email", "iban", "national_id", "phone", "token"):
        assert f"[redacted:{kind}]" in redacted
    assert not re.search(r"sk-proj-|4111 1111|x7kq2mzp9lw4|078-05-1120", redacted)
    assert took < 4, f"the output check took {took:.1f} s of CPU on 1 MB"
