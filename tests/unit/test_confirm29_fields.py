"""What a request sends, with what its values encode (confirm29): base64 and percent-encoded JSON read inside a
value, while a long number (an account, a card) is taken as itself, never decoded into noise
that would look like a changed party."""

from __future__ import annotations

import base64
import json
from urllib.parse import quote

from gofer.tools.browser_sent import sent_fields


def test_a_value_encoding_json_is_read_inside() -> None:
    packed = base64.urlsafe_b64encode(json.dumps({"amt": 999, "to": "eve"}).encode()).decode()
    assert ("amt", "999") in sent_fields(f"https://shop.test/pay?d={packed}", "", "")
    twice = quote(quote(json.dumps({"amount": "999.00"})))
    assert ("amount", "999.00") in sent_fields("https://shop.test/pay", f"state={twice}",
                                               "application/x-www-form-urlencoded")


def test_a_long_number_is_taken_as_itself() -> None:
    # both decode as base64 to printable text (Cyrillic letters and symbols), which would read as a changed party
    fields = [("account", "0407061847682794"), ("card", "0558244735593657"), ("note", "analytics")]
    body = "&".join(f"{name}={value}" for name, value in fields)
    assert sent_fields("https://shop.test/pay", body, "application/x-www-form-urlencoded") == fields
