"""The output filter against what session 13 found it let through: addresses in other scripts or spelled with
other words, a secret in short pieces with words between them, letters and digits that look like digits, and a
credential-like token in a link's path. And ordinary answers it must leave alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from agent_helpers import answered_run, filtered, guard_context, mcp_secrets

from gofer.events import RunFinished, dump_event
from gofer.safety.checks import SecretMaskCheck
from gofer.safety.pii import find_pii, find_secrets

SECRET = "db-pass-9921-Zq7kW3xR"
KEY = "sk-proj-Q7zX9kLm2Wv4Rt8Yp3Nc6Bd1"
LINK_TOKEN = "9fK2mQx7LpR4vZ8wQzT3"


def _secrets() -> list[str]:
    return mcp_secrets({"DB_PASSWORD": SECRET})


@pytest.mark.parametrize("address", [
    "jürgen@例え.jp", "имя@пример.рф", "jürgen.müller@müller-bau.de", "山田.太郎@example.co.jp", "josé@correo.es",
    "θεόδωρος@παράδειγμα.ελ",
])
def test_addresses_with_letters_outside_ascii_are_redacted(address: str) -> None:
    answer = filtered(f"Write to {address} before Friday.")
    assert answer == "Write to [redacted:email] before Friday.", answer


@pytest.mark.parametrize("text", [
    "Her address: jane at the domain example.org",
    "Write to jane (at) example [dot] org",
    "Write to jane at example period com",
    "Write to jane.roe at example period co period uk",
    "Write to jane {at} example (period) org",
])
def test_addresses_spelled_with_other_words_are_redacted(text: str) -> None:
    answer = filtered(text)
    assert answer.endswith("[redacted:email]") and "jane" not in answer, answer


def test_a_non_ascii_address_the_user_gave_is_kept() -> None:
    text = "I wrote to jürgen@例え.jp as you asked."
    assert filtered(text, task="send a note to jürgen@例え.jp") == text


@pytest.mark.parametrize("printed", [
    f"first part: {SECRET[:7]}, second part: {SECRET[7:14]}, third part: {SECRET[14:]}",
    f"It starts with {SECRET[:6]} and ends with {SECRET[-7:]}.",
    f"The tail is {SECRET[-7:]}.",
    f"Ends {SECRET[-5:]}; the middle is {SECRET[8:14]}.",
])
def test_short_pieces_of_a_settings_secret_with_words_between_are_redacted(printed: str) -> None:
    answer = filtered(printed, _secrets())
    assert "[redacted:secret]" in answer, answer
    for piece in ("Zq7kW", "9921-Z", "7kW3xR"):
        assert piece not in answer, answer


def test_short_pieces_of_a_settings_secret_are_masked_in_observations() -> None:
    text = f"config: user=admin, pass starts {SECRET[:7]} ... ends {SECRET[-6:]}\n"
    decision = SecretMaskCheck(_secrets()).on_observation("shell", text, True, guard_context())
    assert decision is not None and decision.replacement is not None
    assert SECRET[-6:] not in decision.replacement, decision.replacement


@pytest.mark.parametrize("printed", [
    f"The key starts {KEY[:13]}... and ends ...{KEY[-10:]}",
    f"first part: {KEY[:14]}, second part: {KEY[14:]}",
    f"It begins with {KEY[:12]} (the rest is {KEY[12:]})",
])
def test_a_key_of_a_known_format_split_with_words_between_is_redacted(printed: str) -> None:
    answer = filtered(printed)
    assert "[redacted:api_key]" in answer, answer
    for piece in (KEY[8:13], KEY[-10:]):
        assert piece not in answer, answer


@pytest.mark.parametrize(("text", "kind"), [
    ("Card: 4539 1488 0343 б4б7", "card"),  # Cyrillic be for 6
    ("Card: 4539 1488 0З43 6467", "card"),  # Cyrillic Ze for 3
    ("Card: \u13ce539 1488 0343 6467", "card"),  # Cherokee letter se for 4
    ("Card: 4539 1488 \u041e343 6467", "card"),  # Cyrillic O among digits
    ("Call +1 555 8б7 5309 now", "phone"),
    ("Call +1 555 ббб 5309 now", "phone"),
    ("Card: \uff14\uff15\uff13\uff19 1488 0343 6467", "card"),  # full-width digits
    ("Card: \U0001d7d2\U0001d7d3\U0001d7d1\U0001d7d7 1488 0343 6467", "card"),  # mathematical digits
    ("Card: ٤٥٣٩ ١٤٨٨ ٠٣٤٣ ٦٤٦٧", "card"),  # Arabic-Indic digits
    ("Key: sk-proj-Q7zX9kLm\u13b7Wv4Rt8Yp3Nc6Bd1", "api_key"),  # Cherokee letter lu for M
    ("Key: sk-proj-Q7zX9kLm\ua4d3Wv4Rt8Yp3Nc6Bd1", "api_key"),  # Lisu letter da
])
def test_letters_that_look_like_digits_and_other_scripts_lookalikes_are_read(text: str, kind: str) -> None:
    answer = filtered(text)
    assert f"[redacted:{kind}]" in answer, answer


@pytest.mark.parametrize("link", [
    f"https://share.example.com/s/{LINK_TOKEN}/view",
    f"https://files.example.net/d/{LINK_TOKEN}",
    f"https://app.example.io/invite/{LINK_TOKEN}?ref=mail",
])
def test_a_credential_like_token_in_a_quoted_link_is_redacted(link: str) -> None:
    answer = filtered(f"The shared folder is at {link} (open it in a browser).")
    assert LINK_TOKEN not in answer and "[redacted:token]" in answer, answer
    assert "https://" in answer


def test_a_link_token_the_user_gave_is_kept() -> None:
    link = f"https://share.example.com/s/{LINK_TOKEN}/view"
    text = f"I opened {link} and summarised it."
    assert filtered(text, task=f"summarise {link}") == text


ORDINARY = [
    "Mail at the domain level is handled by MX records; look at the domain example.org for details.",
    "Contact us at support.example.com or reach them at help.example.org.",
    "The meeting ends at noon period. Then lunch.",
    "Привет! Ваш заказ № 12345 отправлен, трек-номер RA644000001RU. Спасибо, Ольга.",
    "Цена: 3 500 руб., дата 12.05.2024, тел. не указан; б/у, з/п.",
    "東京の天気は晴れ、最高気温は25度です。詳細はexample.jpを参照。",
    "See https://docs.python.org/3/library/re.html and https://github.com/psf/requests/blob/main/setup.py",
    "commit https://github.com/psf/requests/commit/3f786850e387550fdab836ed7e6dc881de23001b",
    "Watch https://www.youtube.com/watch?v=dQw4w9WgXcQ and https://youtu.be/dQw4w9WgXcQ",
    "Docs: https://developer.mozilla.org/en-US/docs/Web/API/WebSocket and https://pkg.go.dev/golang.org/x/net",
    "Paper: https://arxiv.org/abs/2310.06825v2 and https://doi.org/10.1145/3442188.3445922",
    "Issue https://github.com/org/repo/issues/12345#issuecomment-1789456123 and PR /pull/4567",
    "Page https://en.wikipedia.org/wiki/Unicode_equivalence and https://example.com/2024/05/01/release-notes-v2",
    "Blog https://medium.com/@someone/how-we-scaled-postgres-to-10TB-4f9e2c1b7a3d",
    "The pass test ran 9921 cases for db users in Zq zone; kW3 is a label.",
    "Keys look like sk-proj-... and the docs show sk-proj-abc123 as a placeholder.",
    "The token sk-ant-... expired; see the log from 2024-05-01T10:00Z.",
    "Publishable key pk_test_51Mz...f3Aa, created 2 Jan; secret key sk_test_51Mz...kDq8, created just now.",
    "Authorization: Bearer sk_test_51Hq...\nIdempotency-Key: 7f1c2c1e-8a43-4c1b-9d55-0a6d3f3a0b12",
    "Advisory https://advisories.example.test/GHSA-grv7-fg5c-xmjg; ping https://hc.example/ping/6b1e0c9a-EXAMPLE",
    "Invoice at https://pay.example.test/i/in_1OkP2aEXAMPLE and https://cdn.example.com/assets/app-4f9e2c1b7a3d.js",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_answers_are_left_alone(text: str) -> None:
    assert find_pii(text) == []
    assert find_secrets(text, _secrets()) == []
    assert filtered(text, _secrets()) == text


async def test_a_settings_secret_in_short_pieces_in_the_final_answer_of_a_run_is_redacted(tmp_path: Path) -> None:
    answer = (f"The password starts with {SECRET[:6]}, then comes {SECRET[8:14]}, and it ends with {SECRET[-7:]}. "
              f"Mail the admin at jürgen@例え.jp.")
    events = await answered_run(tmp_path, "what is the db password?", answer,
                                mcp_servers=[{"name": "db", "command": "x", "env": {"DB_PASSWORD": SECRET}}])
    finished = next(e for e in events if isinstance(e, RunFinished))
    for piece in (SECRET[8:14], SECRET[-7:], "jürgen"):
        assert piece not in finished.answer, finished.answer
    assert "[redacted:secret]" in finished.answer and "[redacted:email]" in finished.answer
    assert json.dumps([dump_event(e) for e in events]).count("[redacted:secret]") >= 1
