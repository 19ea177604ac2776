"""Requests dressed as reads, acknowledgements or answers that also do something: a flag that confirms, deletes or
buys (``{"read": true, "itemId": 7, "confirm": 1}``), or a short answer naming an act (``{"answer": "buy"}``), behind
a control whose label says nothing ("Next", "OK") or that only shows. Held; the quiet acknowledgements, consents
and survey answers of session 14 still pass (``tests/unit/test_browse_quiet_acts.py``)."""

from __future__ import annotations

import json

import pytest

from gofer.computer.browser._request_acts import request_reason

PAGE = "http://shop.example/account"


def _reason(path: str, body: object, *, looking: bool = False, neutral: bool = False) -> str | None:
    text = body if isinstance(body, str) else json.dumps(body)
    return request_reason("POST", "http://shop.example" + path, text, PAGE, False, looking, neutral)


HELD = {
    "marked read, and confirmed": ("/api/x", {"read": True, "itemId": 17, "confirm": 1}),
    "marked read, and confirmed, form-encoded": ("/api/x", "read=1&itemId=17&confirm=1"),
    "a read address with a confirm flag": ("/api/details", {"id": 17, "confirm": 1}),
    "a consent that deletes the account": ("/api/consent", {"consent": True, "accountId": 17, "deleteAccount": True}),
    "an answer that buys an item": ("/api/surveys/3/answers", {"answer": "buy", "itemId": 17}),
    "an answer that buys, alone": ("/api/x", {"answer": "buy"}),
    "a seen slide that approves": ("/api/carousel/viewed", {"slideId": 3, "approved": "yes"}),
}


@pytest.mark.parametrize("case", list(HELD))
def test_a_dressed_request_that_acts_is_held_behind_next_or_ok(case: str) -> None:
    path, body = HELD[case]
    assert _reason(path, body, neutral=True) is not None
    assert _reason(path, body, looking=True) is not None
    assert _reason(path, body) is None  # a click judged for what its label says is not held for it


QUIET = {
    "a survey's free text that mentions paying": ("/api/surveys/3/answers", {"questionId": 3,
                                                                             "answer": "I like to pay by card"}),
    "a survey's answer": ("/api/surveys/3/answers", {"questionId": 3, "answer": "Often"}),
    "a cookie banner's accept": ("/api/privacy/banner", {"consentId": 9, "accepted": True}),
    "a notification marked read": ("/api/notifications/41/read", {"ids": [41], "read": True}),
    "a wizard's step that submits": ("/api/signup/step", {"step": 2, "submit": True, "name": "Ann Lee"}),
    "a flag turned off": ("/api/notifications/41/read", {"id": 41, "confirm": False}),
}


@pytest.mark.parametrize("case", list(QUIET))
def test_acknowledgements_and_answers_that_do_nothing_more_still_pass(case: str) -> None:
    path, body = QUIET[case]
    assert _reason(path, body, neutral=True) is None
