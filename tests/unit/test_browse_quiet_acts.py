"""Ordinary clicks whose page posts ids to its own site stay quiet, and the ones that change something the user
cares about are still held (``gofer.computer.browser._request_acts``; real pages and runs in
``tests/e2e/test_browse_quiet_pages.py``). A dismissed notification, a cookie banner's consent, "Mark as read", a
survey's answer, a carousel's view of a slide, a step of a wizard and "Load more" pass; an order, a deletion, a
message, a payment or a setting behind "OK" or "Next" is held."""

from __future__ import annotations

import json

import pytest

from gofer.computer.browser._request_acts import request_reason
from gofer.computer.browser.risk import says_nothing, shows_only
from gofer.computer.browser.snapshot import Element

PAGE = "http://mail.example/inbox"


def _reason(path: str, body: object, *, looking: bool = False, neutral: bool = False) -> str | None:
    return request_reason("POST", "http://mail.example" + path, json.dumps(body), PAGE, False, looking, neutral)


QUIET = {
    "an OK that dismisses a notification": ("/api/notifications/41/dismiss", {"id": 41}),
    "an OK that marks a notification read": ("/api/notifications/41/read", {"id": 41}),
    "a cookie banner's OK that posts the consent ids": ("/api/consent", {"consentIds": [1, 2, 3]}),
    "a cookie banner's OK that posts a consent record": ("/api/privacy/banner", {"consentId": 9, "accepted": True}),
    "a survey's Next that posts the answer": ("/api/surveys/12/answers", {"questionId": 3, "choice": 2}),
    "a survey's Next that posts the option": ("/api/surveys/12/answers", {"questionId": 3, "optionId": 8}),
    "a carousel's Next that reports the slide viewed": ("/api/carousel/viewed", {"slideId": 3}),
    "a carousel's Next that marks a promotion seen": ("/api/promos/3/seen", {"promoId": 3}),
    "a wizard's Continue with the step and the basket": ("/api/flow", {"step": 2, "cartId": "c-77"}),
}


@pytest.mark.parametrize("case", list(QUIET))
def test_a_neutral_click_that_acknowledges_answers_or_steps_is_not_held(case: str) -> None:
    path, body = QUIET[case]
    assert _reason(path, body, neutral=True) is None


def test_mark_as_read_on_a_message_is_not_the_act_of_messaging() -> None:
    assert _reason("/api/messages/41/read", {"id": 41}) is None
    assert _reason("/api/messages/41/read", {"id": 41}, looking=True) is None
    assert _reason("/api/inbox/mark", {"ids": [41], "read": True}, looking=True) is None
    reason = _reason("/api/messages", {"to": 4, "id": 41})  # sending one still is
    assert reason is not None and "messages" in reason
    reason = _reason("/api/messages/41/read", {"action": "delete", "id": 41})
    assert reason is not None and "delete" in reason


def test_load_more_with_an_offset_is_a_read() -> None:
    assert _reason("/api/items", {"offset": 20, "limit": 20}, looking=True) is None


HELD = {
    "a Next that acts on an id": ("/api/v1/x", {"id": 7}),
    "an OK that turns a security setting off": ("/api/account/security", {"twoFactor": False}),
    "an OK that changes a setting by ids": ("/api/settings", {"userId": 5, "forwardingId": 9}),
    "an OK that changes a notification setting": ("/api/notifications/settings", {"email": False}),
    "an OK that cancels an order": ("/api/orders/41/cancel", {"id": 41}),
    "an OK that acknowledges with a payment field": ("/api/notices/ack", {"id": 41, "payment": 30}),
}


@pytest.mark.parametrize("case", list(HELD))
def test_a_neutral_click_that_changes_what_the_user_cares_about_is_held(case: str) -> None:
    path, body = HELD[case]
    assert _reason(path, body, neutral=True) is not None


@pytest.mark.parametrize(("name", "shows", "neutral"), [
    ("Mark as read", False, False), ("Mark all as read", False, False), ("Read more", True, False),
    ("OK", False, True), ("Next", False, True), ("Load more", True, False), ("Accept all", False, False),
])
def test_which_labels_show_and_which_say_nothing(name: str, shows: bool, neutral: bool) -> None:
    el = Element(ref=1, role="button", name=name, raw={"tag": "button"})
    assert (shows_only(el), says_nothing(el)) == (shows, neutral)
