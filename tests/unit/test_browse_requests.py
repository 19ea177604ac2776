"""Which requests a page makes are acts of their own (held while an action judged harmless runs): the rule alone."""

from __future__ import annotations

import json

import pytest

from gofer.computer.browser.effects import Effect, EffectGate, Held, held_before, request_reason

PAGE = "https://shop.example/mug"

ACTS = {
    "a POST to orders": ("POST", "https://shop.example/api/orders", "", False),
    "camelCase in the path": ("POST", "https://shop.example/api/placeOrder", "", False),
    "any DELETE": ("DELETE", "https://shop.example/api/items/3", "", False),
    "a PUT that transfers": ("PUT", "https://bank.example/v1/transfer/9", "", False),
    "a command field in the query": ("POST", "https://shop.example/api?action=send", "", False),
    "a GraphQL mutation": ("POST", "https://shop.example/graphql",
                           json.dumps({"query": "mutation PlaceOrder($id: ID!) { placeOrder(id: $id) { id } }"}),
                           False),
    "an operation name": ("POST", "https://shop.example/graphql", json.dumps({"operationName": "deleteAccount"}),
                          False),
    "a form body's command": ("POST", "https://shop.example/api/basket", "op=purchase&item=7", False),
    "a payment field in a JSON body": ("POST", "https://shop.example/v1/x", json.dumps({"paymentId": 5, "to": "x"}),
                                       False),
    "a nested recipient": ("POST", "https://mail.example/v1/x", json.dumps({"m": [{"recipients": ["a@b.c"]}]}), False),
    "a form posted to another site": ("POST", "https://elsewhere.example/p", "a=1", True),
    "a GET whose address names the act": ("GET", "https://shop.example/orders/place?item=7", "", False),
    "a beacon to an unsubscribe URL": ("POST", "https://news.example/unsubscribe", "", False),
}

ORDINARY = {
    "a GET of data": ("GET", "https://shop.example/api/items?page=2", "", False),
    "a GET of an orders page": ("GET", "https://shop.example/orders?page=1", "", False),
    "a POST to the basket": ("POST", "https://shop.example/api/cart", "item=7", False),
    "a search whose words name an act": ("POST", "https://shop.example/api/search",
                                         json.dumps({"q": "order history and payments"}), False),
    "analytics to another site": ("POST", "https://stats.example/collect", json.dumps({"page": PAGE}), False),
    "an analytics event name": ("POST", "https://stats.example/v1/t", json.dumps({"event": "Checkout Started"}), False),
    "a draft saved": ("PUT", "https://mail.example/api/drafts/3", "body=hello", False),
    "a sign-in form on the same site": ("POST", "https://shop.example/login", "user=a&password=b", True),
    "a preflight": ("OPTIONS", "https://shop.example/api/orders", "", False),
    "a workspace file": ("POST", "http://workspace.gofer.invalid/pay.html", "", True),
    "a sign-in by fetch": ("POST", "https://shop.example/api/session",
                           json.dumps({"email": "a@b.example", "password": "pw"}), False),
    "a sort order": ("POST", "https://shop.example/api/list", json.dumps({"order": "asc", "amount": 2}), False),
    "an error report": ("POST", "https://shop.example/api/log", json.dumps({"message": "TypeError"}), False),
    "removing from the basket": ("POST", "https://shop.example/cart/remove", "item=7", False),
    "free text that says send": ("POST", "https://shop.example/api/notes", "Please send the invoice", False),
}


@pytest.mark.parametrize("case", list(ACTS))
def test_an_act_of_its_own_is_named(case: str) -> None:
    method, url, body, navigation = ACTS[case]
    assert request_reason(method, url, body, PAGE, navigation), case


@pytest.mark.parametrize("case", list(ORDINARY))
def test_ordinary_requests_are_not(case: str) -> None:
    method, url, body, navigation = ORDINARY[case]
    assert request_reason(method, url, body, PAGE, navigation) is None, case


def test_the_gate_charges_held_requests_to_their_action_and_remembers_them() -> None:
    gate = EffectGate()
    click = 'clicking button "Show details" on https://shop.example/mug'
    assert gate.begin(Effect(click, allowed=False)) == []
    gate.held.append(Held("POST", "https://shop.example/api/orders", "its address names the act (orders)", click))
    [held] = gate.take(click)
    assert held.describe().startswith("POST https://shop.example/api/orders")
    assert gate.learned(click) == [held.describe()] and gate.learned("pressing b on x") == []
    # One held after the action ended (a timer) is reported at the next action and remembered against the first.
    gate.held.append(Held("POST", "https://shop.example/api/messages", "its method is DELETE", click))
    assert gate.take("pressing b on x") == []
    [note] = gate.begin(None)
    assert "after clicking button" in note and "held, not sent" in note
    assert len(gate.learned(click)) == 2
    assert gate.action == click  # only looking at the page changes nothing
    gate.begin(Effect("pressing b on x", allowed=True))
    assert gate.allowed and gate.action == "pressing b on x"


def test_what_the_log_shows_held_is_named_as_the_gate_names_it() -> None:
    click = 'clicking button "Show details" on https://shop.example/mug'
    logged = [{"page_request": True, "method": "POST", "url": "https://shop.example/api/orders",
               "why": "its address names the act (orders)", "during": click},
              {"page_request": True, "method": "DELETE", "url": "https://shop.example/api/items/3",
               "why": "its method is DELETE", "during": "pressing b on x"}]
    expected = Held("POST", "https://shop.example/api/orders", "its address names the act (orders)", click)
    assert held_before(click, logged) == [expected.describe()]
    assert held_before("hovering over x", logged) == []


NEUTRAL_ACTS = {
    "an order named by its id, to analytics elsewhere": (
        "POST", "https://collect.other.example/", json.dumps({"event": "click", "orderId": "A-1001"}), False),
    "an order number in a form body": ("POST", "https://shop.example/api/v1/x", "order=A-1001&x=1", False),
    "an amount in a currency": (
        "POST", "https://collect.other.example/t", json.dumps({"amount": 129, "currency": "EUR"}), False),
    "an amount for an account": (
        "POST", "https://bank.example/api/v1/x", json.dumps({"accountId": 12, "amount": "250"}), False),
    "an id posted by Show details": ("POST", "https://shop.example/api/v1/x", json.dumps({"id": 7}), True),
    "an empty PUT by Show details": ("PUT", "https://shop.example/api/v1/x/7", "", True),
    "a GraphQL mutation by Show details": (
        "POST", "https://shop.example/graphql", json.dumps({"query": "mutation M1 { m1(id: 7) { ok } }"}), True),
    "an opaque persisted operation by Show details": (
        "PUT", "https://shop.example/graphql",
        json.dumps({"operationName": "Op7", "variables": {"id": 7}, "extensions": {"persistedQuery": {}}}), True),
}

NEUTRAL_ORDINARY = {
    "a sort order with an amount": ("POST", "https://shop.example/api/list", json.dumps({"order": "asc", "amount": 2}),
                                    False),
    "a basket's amount": ("POST", "https://shop.example/api/cart", json.dumps({"productId": 7, "amount": 1}), False),
    "a product view to analytics elsewhere": (
        "POST", "https://collect.other.example/", json.dumps({"event": "view", "product_id": "p7", "price": 12,
                                                              "currency": "EUR"}), True),
    "a click's analytics on the page's site": (
        "POST", "https://shop.example/api/events", json.dumps({"event": "expand", "id": "p7"}), True),
    "a GraphQL query": ("POST", "https://shop.example/graphql",
                        json.dumps({"query": "query Feed($after: String) { feed(after: $after) { id } }"}), True),
    "a persisted read": ("POST", "https://shop.example/graphql",
                         json.dumps({"operationName": "ProductDetails", "variables": {"id": 7}}), True),
    "a cursor": ("POST", "https://shop.example/api/v1/x", json.dumps({"cursor": "c2", "limit": 20}), True),
    "an RPC read": ("POST", "https://shop.example/rpc/GetProductDetails", json.dumps({"id": 7}), True),
    "a search": ("POST", "https://shop.example/api/v1/search", json.dumps({"id": 7}), True),
    "an id posted by a click that says what it does": (
        "POST", "https://shop.example/api/v1/follow", json.dumps({"id": 7}), False),
    "an analytics post elsewhere by Show details": (
        "POST", "https://collect.other.example/", json.dumps({"user_id": 7, "event": "expand"}), True),
}


@pytest.mark.parametrize("case", list(NEUTRAL_ACTS))
def test_an_act_in_neutral_words_is_named(case: str) -> None:
    method, url, body, looking = NEUTRAL_ACTS[case]
    assert request_reason(method, url, body, PAGE, False, looking), case


@pytest.mark.parametrize("case", list(NEUTRAL_ORDINARY))
def test_ordinary_requests_in_neutral_words_are_not(case: str) -> None:
    method, url, body, looking = NEUTRAL_ORDINARY[case]
    assert request_reason(method, url, body, PAGE, False, looking) is None, case
