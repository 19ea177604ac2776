"""E-mail addresses in running text without spaces and addresses spelled with other words (session 14): only the
address is redacted, not the letters around it; ordinary phrases with "at" and a domain are left alone."""

from __future__ import annotations

import pytest
from agent_helpers import filtered

from gofer.safety.pii import find_pii


@pytest.mark.parametrize(("text", "redacted"), [
    ("请联系张三@例子.公司谢谢", "请联系[redacted:email]谢谢"),
    ("请发邮件给张三@例子.中国，谢谢", "请发邮件给[redacted:email]，谢谢"),
    ("请联系zhang.san@example.com谢谢", "请联系[redacted:email]谢谢"),
    ("请联系张三@example.com谢谢", "请联系[redacted:email]谢谢"),
    ("担当は山田太郎@例え.jpまでご連絡ください", "担当は[redacted:email]までご連絡ください"),
    ("担当は山田@例え.みんなへどうぞ", "担当は[redacted:email]へどうぞ"),
    ("문의는 김철수@예시.한국으로 연락하세요", "문의는 [redacted:email]으로 연락하세요"),
])
def test_a_non_ascii_address_in_text_without_spaces_is_redacted_alone(text: str, redacted: str) -> None:
    assert filtered(text) == redacted


@pytest.mark.parametrize("text", [
    "Write to jane at example.org before Friday.",
    "Write to jane (at) example.org before Friday.",
    "Write to jane [at] example.org before Friday.",
    "Write to jane {at} example.org before Friday.",
    "Write to jane @ example . org before Friday.",
    "Write to jane @ example.org before Friday.",
    "Her e-mail is jane at example.org, she said.",
])
def test_addresses_spelled_with_other_words_are_redacted(text: str) -> None:
    answer = filtered(text)
    assert answer.startswith(("Write to [redacted:email]", "Her e-mail is [redacted:email]")), answer
    assert "example" not in answer, answer


@pytest.mark.parametrize("text", [
    "Meet at example.org's office on Monday.",
    "The docs are at docs.python.org and the code at github.com.",
    "We looked at example.com and at python.org for this.",
    "Sign in at accounts.google.com with your account.",
    "Prices start at 9.99 and peak at 12.50 per unit.",
    "Look at the domain example.org for details.",
    "Arrive at noon at the station; leave at five.",
    "Clicks at mail.example.com rose; staff at example.org agreed.",
    "I work at example.com now.",
])
def test_ordinary_phrases_with_at_and_a_domain_are_left_alone(text: str) -> None:
    assert find_pii(text) == []
    assert filtered(text) == text


@pytest.mark.parametrize("text", [
    "The mail server at mail.example.com is down; contact support at help.example.com.",
    "Email support at help.example.com or reach them at help.example.org.",
    "Buy 3 @ shop.example.com for 9.99 each.",
    "Staff at example.org wrote to us about the address at maps.example.com.",
])
def test_phrases_near_mail_words_with_at_and_a_domain_are_left_alone(text: str) -> None:
    assert filtered(text) == text
