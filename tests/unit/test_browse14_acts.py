"""Which requests the effect gate holds when the control says nothing of what it does ("Next", "Continue", "OK"),
and requests dressed as reads or analytics (``gofer.computer.browser._request_acts``; the browser's side is in
``tests/e2e/test_browse14_neutral.py``)."""

from __future__ import annotations

import json

import pytest

from gofer.computer.browser._request_acts import request_reason
from gofer.computer.browser.risk import says_nothing
from gofer.computer.browser.snapshot import Element

PAGE = "http://shop.example/mug"


def _reason(method: str, path: str, body: object = None, *, looking: bool = False, neutral: bool = False,
            navigation: bool = False) -> str | None:
    text = "" if body is None else json.dumps(body)
    return request_reason(method, "http://shop.example" + path, text, PAGE, navigation, looking, neutral)


@pytest.mark.parametrize(("path", "body"), [
    ("/api/v1/x", {"id": 7}),
    ("/api/v1/items/confirm", {"itemId": 7, "confirm": True}),
    ("/api/v1/x", {"ids": [7, 8]}),
])
def test_a_neutral_click_that_acts_on_ids_alone_is_held(path: str, body: object) -> None:
    reason = _reason("POST", path, body, neutral=True)
    assert reason is not None and "ids alone" in reason
    assert _reason("POST", path, body) is None  # a click whose label says what it does is not held for an id


@pytest.mark.parametrize(("path", "body"), [
    ("/api/products", {"categoryId": 5, "pageIndex": 2}),  # pagination
    ("/api/feed/more", {"lastId": 120}),  # keyset pagination
    ("/api/wizard", {"wizardId": "w1", "step": 2}),  # a wizard's step
    ("/api/signup/step", {"formId": 3, "name": "Ann Lee", "plan": "basic"}),  # the step the user filled in
    ("/api/cart", {"itemId": 7, "qty": 1}),  # a basket
    ("/api/session/keepalive", {"sessionId": 12}),  # a keep-alive
    ("/collect", {"event": "page_view", "id": 7}),  # analytics of an ordinary page
])
def test_a_neutral_click_that_pages_steps_or_reports_is_not_held(path: str, body: object) -> None:
    assert _reason("POST", path, body, neutral=True) is None


def test_a_neutral_form_post_is_left_to_the_forms_own_judgement() -> None:
    assert _reason("POST", "/api/v1/x", None, neutral=True, navigation=True) is None


def test_analytics_that_report_an_act_are_not_reads_for_a_showing_action() -> None:
    assert _reason("POST", "/collect", {"event": "delete", "id": 7}, looking=True) is not None
    assert _reason("POST", "/collect", {"eventName": "view_item", "id": 7}, looking=True) is None
    assert _reason("POST", "/collect", {"event": "delete", "id": 7}) is None  # an ordinary click's report


def test_an_amount_for_an_event_of_money_moving_is_held_on_any_click() -> None:
    reason = _reason("POST", "/collect", {"event": "purchase", "amount": 30})
    assert reason is not None and "purchase" in reason
    assert _reason("POST", "/collect", {"event": "purchase"}) is None  # no sum: a report
    assert _reason("POST", "/collect", {"event": "add_to_cart", "value": 30, "currency": "EUR"}) is None


def test_a_get_dressed_as_tracking_that_names_the_act_is_held() -> None:
    reason = _reason("GET", "/track?action=delete&id=7")
    assert reason is not None and "action=delete" in reason
    assert _reason("GET", "/track?event=page_view&id=7") is None


@pytest.mark.parametrize(("name", "neutral"), [
    ("Next", True), ("Continue", True), ("OK", True), ("→", True), ("Next ›", True), ("« Go", True),
    ("Submit", False), ("Confirm", False), ("×", False), ("", False), ("Show details", False), ("Next post", False),
    ("Add to basket", False),
])
def test_which_labels_say_nothing_of_what_they_do(name: str, neutral: bool) -> None:
    assert says_nothing(Element(ref=1, role="button", name=name, raw={"tag": "button"})) is neutral
