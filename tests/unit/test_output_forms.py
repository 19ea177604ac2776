"""The output filter against values written in another form than the plain one: a secret split into pieces,
spaced out, reversed or re-encoded; a secret in a URL's path; lookalike letters from other scripts; addresses
spelled out in words; IBANs in lower case or spaced irregularly. And ordinary answers it must leave alone."""

from __future__ import annotations

import base64
import codecs
import json
from pathlib import Path

import pytest
from agent_helpers import answered_run, filtered, guard_context, mcp_secrets

from gofer.config import Settings
from gofer.events import RunFinished, dump_event
from gofer.safety.checks import SecretMaskCheck
from gofer.safety.pii import find_pii, find_secrets, settings_secrets

SECRET = "db-pass-9921-Zq7kW3xR"
KEY = "sk-proj-Q7zX9kLm2Wv4Rt8Yp3Nc6Bd1"


def _secrets() -> list[str]:
    return mcp_secrets({"DB_PASSWORD": SECRET})


@pytest.mark.parametrize("printed", [
    f"The password starts with {SECRET[:10]}\nand, on the next line, ends with {SECRET[10:]}.",
    " ".join(SECRET),
    "-".join(SECRET),
    f'pw = "{SECRET[:8]}" + "{SECRET[8:]}"',
    base64.b32encode(SECRET.encode()).decode(),
    codecs.encode(SECRET, "rot13"),
    " ".join(SECRET[::-1]),
    SECRET.upper(),
    base64.b64encode(SECRET.encode()).decode()[:16] + "\n" + base64.b64encode(SECRET.encode()).decode()[16:],
])
def test_a_settings_secret_in_pieces_or_another_form_is_redacted(printed: str) -> None:
    answer = filtered(f"Here it is: {printed}", _secrets())
    assert "[redacted:secret]" in answer, answer
    compact = "".join(ch for ch in answer if ch.isalnum()).lower()
    for piece in (SECRET[2:12], SECRET[-10:]):
        plain = "".join(ch for ch in piece if ch.isalnum()).lower()
        assert plain not in compact and plain[::-1] not in compact, answer


def test_a_settings_secret_split_in_an_observation_is_masked_before_the_model_sees_it() -> None:
    text = f"part one: {SECRET[:11]}\n(some log lines)\npart two: {SECRET[11:]}\n"
    decision = SecretMaskCheck(_secrets()).on_observation("shell", text, True, guard_context())
    assert decision is not None and decision.replacement is not None
    assert SECRET[:11] not in decision.replacement and SECRET[11:] not in decision.replacement


@pytest.mark.parametrize("printed", [
    f"{KEY[:14]}\n{KEY[14:]}",
    " ".join(KEY[i:i + 4] for i in range(0, len(KEY), 4)),
    " ".join(KEY),
    f'"{KEY[:12]}" + "{KEY[12:]}"',
    KEY[::-1],
])
def test_a_key_of_a_known_format_split_spaced_or_reversed_is_redacted(printed: str) -> None:
    answer = filtered(f"The key is {printed} (from the .env file).")
    assert "[redacted:api_key]" in answer, answer
    assert "Q7zX9" not in answer.replace(" ", "").replace("\n", "") and "9XZ7Q" not in answer.replace(" ", "")


@pytest.mark.parametrize(("url", "hidden"), [
    ("https://api.telegram.org/bot123456789:AA" + "b7" * 16 + "c/sendMessage", "AAb7b7b7"),
    ("https://mcp.example/v1/token/Zk29fQ81mLx7Pq4wRt/stream", "Zk29fQ81mLx7Pq4wRt"),
    ("https://mcp.example/v1;api_key=Zk29fQ81mLx7Pq4wRt/stream", "Zk29fQ81mLx7Pq4wRt"),
    ("https://host.example/%73k-live-Q7zX9kLm2Wv4Rt8Yp3Nc/x", "Q7zX9kLm2Wv4"),
])
def test_a_secret_in_a_url_path_is_redacted(url: str, hidden: str) -> None:
    answer = filtered(f"It calls {url} every minute.")
    assert hidden not in answer and "[redacted:" in answer, answer


def test_a_secret_in_the_path_of_a_configured_url_is_a_settings_secret() -> None:
    settings = Settings(mcp_servers=[
        {"name": "zap", "url": "https://mcp.zapier.example/api/mcp/s/NmQ4ZjE2YjktN2Q0Zi00Yz/mcp"},
        {"name": "hook", "url": "https://hooks.example/services/T0AAA/B0BBB/x7Kq2mZp9Lw4Rt8Yv3Nc"},
        {"name": "docs", "url": "https://docs.example/v1/mcp/stream"},
    ])
    found = settings_secrets(settings)
    assert "NmQ4ZjE2YjktN2Q0Zi00Yz" in found and "x7Kq2mZp9Lw4Rt8Yv3Nc" in found
    for plain in ("v1", "mcp", "stream", "services", "api", "T0AAA"):
        assert plain not in found, plain


@pytest.mark.parametrize(("text", "kind"), [
    ("Write to j\u0430ne.r\u043ee@ex\u0430mple.org", "email"),  # Cyrillic а, о
    ("Write to \U0001d423\U0001d41a\U0001d427\U0001d41e@\U0001d41e\U0001d431\U0001d41a\U0001d426\U0001d429"
     "\U0001d425\U0001d41e.org", "email"),  # mathematical bold letters
    ("Write to jane@\u0435x\u03b1mple.\u03bfrg", "email"),  # Cyrillic е, Greek α, ο
    ("Key: \u0455k-proj-Q7zX9kLm2Wv4Rt8Yp3Nc6Bd1", "api_key"),  # Cyrillic ѕ
    ("Token: gh\u0440_" + "R3dT3amT0kenForTheMcpServer0123456789", "token"),  # Cyrillic р
    ("IBAN: G\u0392\u0038\u0032 WEST 1234 5698 7654 32", "iban"),  # Greek Β
    ("Card: \u0664\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 1111 1111", "card"),  # Arabic-Indic digits
])
def test_lookalike_letters_and_digits_are_read_as_what_they_look_like(text: str, kind: str) -> None:
    answer = filtered(text)
    assert f"[redacted:{kind}]" in answer, answer


@pytest.mark.parametrize("text", [
    "Write to jane.roe at example dot org",
    "Write to jane.roe [at] example [dot] org",
    "Write to jane (at) example (dot) co (dot) uk",
    "Write to jane dot roe AT example DOT com",
    "Write to jane{at}example{dot}org",
    "Write to jane@example dot org",
    "Write to jane [at] example.org",
])
def test_spelled_out_addresses_are_redacted(text: str) -> None:
    answer = filtered(text)
    assert answer == "Write to [redacted:email]", answer


def test_a_spelled_out_address_the_user_gave_is_kept() -> None:
    text = "I wrote to jane.roe at example dot org as you asked."
    assert filtered(text, task="send a note to jane.roe@example.org") == text


@pytest.mark.parametrize("text", [
    "IBAN: gb82 west 1234 5698 7654 32",
    "IBAN: gb82west12345698765432",
    "IBAN: GB 82 WEST 123456 98765432",
    "IBAN: G B 8 2 W E S T 1 2 3 4 5 6 9 8 7 6 5 4 3 2",
    "IBAN: de89-3704-0044-0532-0130-00",
])
def test_lowercase_and_irregularly_spaced_ibans_are_redacted(text: str) -> None:
    assert filtered(text) == "IBAN: [redacted:iban]"


ORDINARY = [
    "Run `git log --oneline`: a1b2c3d4e5 fix the parser (#1234), 9f8e7d6c5b bump version to 2.14.1.",
    "commit 3f786850e387550fdab836ed7e6dc881de23001b\nAuthor: CI, Date: 2024-05-01",
    "The request id is de305d54-75b4-431b-adb2-eb6b9e546014; retry after 30 s.",
    "See https://docs.python.org/3/library/re.html and https://github.com/psf/requests/blob/main/setup.py",
    "Docs: https://developer.example.com/api/v2/tokens/refresh and /api/v2/keys/list-all",
    "Look at the docs at python dot org for details, and at the changelog.",
    "The docs are at docs.python.org and the API is at api.github.com/v3.",
    "The meeting is at 10 at the office; the dot product is at the end.",
    "Call `client.api_key` then `tokens/create`; the token looks like sk-proj-... (48 characters).",
    "Keys start with sk-proj- followed by 48 random characters; never paste them here.",
    "Versions: numpy 1.26.4, pandas 2.2.2, python 3.11.9; sha256 e3b0c44298fc1c149afbf4c8996fb924",
    "Привет! Ваш заказ № 12345 отправлен, трек-номер RA644000001RU. Спасибо, Ольга.",
    "Το πακέτο έφυγε στις 10:30 από την Αθήνα, κωδικός ΑΒ-1234.",
    "In 2023 at 14 locations we served 1250 customers in 34 countries over 12 months.",
    "It is at 12345 m in no 1234567890123 cases; be 12 or at 2024 versions abc1234def5678",
    "Use base64 -w 76 file | head; hex dump 48656c6c6f20776f726c64 reads Hello world.",
    "Spaced letters: A B C D E F G H I J K L M N O P (the alphabet), x y z.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_answers_are_left_alone(text: str) -> None:
    assert find_pii(text) == []
    assert find_secrets(text, _secrets()) == []


async def test_a_split_settings_secret_in_the_final_answer_of_a_run_is_redacted(tmp_path: Path) -> None:
    answer = f"The database password is {SECRET[:10]}\n... and the rest of it: {SECRET[10:]}"
    events = await answered_run(tmp_path, "what is the db password?", answer,
                                mcp_servers=[{"name": "db", "command": "x", "env": {"DB_PASSWORD": SECRET}}])
    finished = next(e for e in events if isinstance(e, RunFinished))
    assert SECRET[:10] not in finished.answer and SECRET[10:] not in finished.answer, finished.answer
    assert "[redacted:secret]" in finished.answer
    assert json.dumps([dump_event(e) for e in events]).count("[redacted:secret]") >= 1
