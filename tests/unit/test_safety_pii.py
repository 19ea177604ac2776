"""Secrets and personal data found by the output filter and the data-flow rules: national ids by their check
digits, more kinds of API keys and tokens, passwords inside URLs."""

from __future__ import annotations

import pytest

from gofer.safety.pii import find_pii, find_secrets, redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SSN 123-45-6789 on file", "123-45-6789"),
        ("ITIN 912-70-1234", "912-70-1234"),
        ("NI number AB 12 34 56 C", "AB 12 34 56 C"),
        ("DNI 12345678Z", "12345678Z"),
        ("NIE X1234567L", "X1234567L"),
        ("numéro de sécurité sociale 1 84 12 76 451 089 46", "1 84 12 76 451 089 46"),
        ("codice fiscale RSSMRA80A01H501U", "RSSMRA80A01H501U"),
        ("CPF 529.982.247-25", "529.982.247-25"),
        ("CPF: 52998224725", "52998224725"),
        ("身份证 11010519491231002X", "11010519491231002X"),
        ("Aadhaar 2341 2341 2346", "2341 2341 2346"),
        ("PAN ABCPE1234F", "ABCPE1234F"),
        ("SIN 046 454 286", "046 454 286"),
        ("BSN 111222333", "111222333"),
        ("Steuer-ID 86095742719", "86095742719"),
    ],
)
def test_national_ids_are_found_by_their_check_digits(text: str, value: str) -> None:
    found = [f for f in find_pii(text) if f.kind == "national_id"]
    assert [f.value for f in found] == [value]
    assert value not in redact(text, found)


@pytest.mark.parametrize(
    "text",
    [
        "DNI 12345678A",  # wrong letter
        "CPF 529.982.247-26",  # wrong check digit
        "order 110105194912310021",  # a resident id's shape, not its check character
        "Aadhaar 2341 2341 2341",  # fails Verhoeff
        "invoice 111222333",  # a BSN's digits with no word naming it
        "ref 86095742719",  # a tax id's digits with no word naming it
        "SIN 046 454 287",  # fails Luhn
        "envío sin costo, pedido 046 454 286",  # Spanish "sin" (without) is not a Canadian SIN
        "call 212-555-0123 or 044 668 18 00",
    ],
)
def test_numbers_that_only_look_like_ids_are_left(text: str) -> None:
    assert [f for f in find_pii(text) if f.kind == "national_id"] == []


@pytest.mark.parametrize(
    "secret",
    [
        "SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ",
        "dop_v1_" + "a1" * 32,
        "shpat_" + "0f" * 16,
        "whsec_" + "A1b2C3d4" * 4,
        "gsk_" + "x" * 48,
        "https://hooks.slack.com/services/T0000AAAA/B0000BBBB/abcdefghijklmnopqrstuvwx",
        "123456789:AA" + "b" * 33,
    ],
)
def test_more_kinds_of_tokens_are_secrets(secret: str) -> None:
    text = f"config: {secret} (do not share)"
    assert any(f.value == secret for f in find_secrets(text)), secret


def test_passwords_inside_urls_and_named_secret_keys() -> None:
    found = find_secrets("DATABASE_URL=postgresql://app:Tr0ub4dor&3x@db.internal:5432/main")
    assert [f.value for f in found] == ["Tr0ub4dor&3x"]
    assert [f.value for f in find_secrets("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")] == [
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    ]
    # Documentation's placeholders are not secrets.
    for text in ("postgresql://user:password@localhost/db", "redis://:${REDIS_PASSWORD}@cache:6379",
                 "https://user:***@example.org/"):
        assert find_secrets(text) == [], text


def test_settings_secrets_cover_env_fallbacks_url_passwords_and_mcp_credentials(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gofer.config import Settings
    from gofer.safety.pii import settings_secrets

    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-from-the-environment")
    settings = Settings(
        brave_api_key="brave-key-123",
        database_url="postgresql://gofer:p%40ss-w0rd@db.internal/gofer",
        mcp_servers=[
            {"name": "gh", "url": "https://mcp.example/mcp",
             "headers": {"Authorization": "Bearer ghp_mcp_token_1234", "Accept": "application/json"}},
            {"name": "db", "command": "mcp-db", "env": {"DB_PASSWORD": "hunter2-long", "PATH": "/usr/local/bin"}},
        ],
    )
    found = settings_secrets(settings)
    for secret in ("sk-ant-from-the-environment", "brave-key-123", "p@ss-w0rd", "ghp_mcp_token_1234", "hunter2-long"):
        assert secret in found, secret
    assert "application/json" not in found and "/usr/local/bin" not in found
