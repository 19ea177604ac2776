"""Red team, without a browser: the browser judgements that close the channels found with real Chromium in
tests/e2e/test_redteam_browser.py, and the ordinary browsing they must leave quiet."""

from __future__ import annotations

from gofer.computer.browser.risk import drop_reasons, element_reasons, enter_reasons, point_reasons, url_reason
from gofer.computer.browser.snapshot import Element, FormInfo, Snapshot
from gofer.tools.browser_judges import press_reasons


def _el(ref: int, role: str, name: str, form: FormInfo | None = None, **raw: object) -> Element:
    box = raw.pop("box", None)
    return Element(ref=ref, role=role, name=name, raw={"role": role, "name": name, **raw}, form=form,
                   box=box)  # type: ignore[arg-type]


SHOP = Snapshot(title="Harbor Books", url="http://shop/", text="")
PAYMENT = Snapshot(title="Confirm payment", url="http://shop/checkout", text="")


def test_a_get_that_names_the_act_with_what_to_act_on_asks() -> None:
    for url in ["http://shop/orders/place?item=7", "http://shop/account/delete?confirm=yes",
                "http://mail/unsubscribe?token=abc", "http://shop/cart?action=send&id=3",
                "http://bank/transfer?to=DE89&amount=500", "http://shop/checkout/confirm?o=9"]:
        assert url_reason(url), url
        assert element_reasons(_el(1, "link", "Continue", href=url), SHOP), url
    for url in ["http://shop/orders", "http://shop/orders?page=2", "http://blog/posts/12", "http://shop/pay",
                "http://blog/how-to-delete-your-account?ref=x", "http://shop/search?q=delete",
                "http://shop/paypal-help?x=1", "http://shop/cart/remove?item=3", "file:///workspace/delete?x=1"]:
        assert not url_reason(url), url


def test_post_counts_as_a_verb_only() -> None:
    assert element_reasons(_el(1, "button", "Post comment", tag="button", type="button"), SHOP)
    assert element_reasons(_el(2, "button", "Post", tag="button", type="button"), SHOP)
    for name in ["Blog post", "Next post", "Previous post"]:
        assert not element_reasons(_el(3, "link", name, href="http://blog/posts/12"), SHOP), name


def test_go_on_buttons_on_a_payment_page_ask_and_elsewhere_do_not() -> None:
    for name in ["Continue", "OK", "→", "", "Next »"]:
        assert element_reasons(_el(1, "button", name, tag="div"), PAYMENT), name
        assert not element_reasons(_el(1, "button", name, tag="div"), SHOP), name
    assert not element_reasons(_el(2, "button", "Apply coupon", tag="button", type="button"), PAYMENT)
    assert not element_reasons(_el(3, "link", "Continue", href="http://shop/help"), PAYMENT)


def test_a_choice_that_acts_on_change_is_as_consequential_as_its_form() -> None:
    billing = FormInfo(action="http://shop/billing/plan", method="post", name="", fields=[])
    sort = FormInfo(action="http://shop/list", method="get", name="", fields=[])
    assert element_reasons(_el(1, "combobox", "Plan", billing, tag="select", onchange=True), SHOP)
    assert element_reasons(_el(2, "checkbox", "I agree", billing, tag="input", type="checkbox", onchange=True), SHOP)
    assert not element_reasons(_el(3, "combobox", "Plan", billing, tag="select"), SHOP)  # no code runs on change
    assert not element_reasons(_el(4, "combobox", "Sort", sort, tag="select", onchange=True), SHOP)


def test_enter_in_a_field_is_judged_like_the_forms_default_button() -> None:
    compose = FormInfo(action="http://mail/m/out", method="post", name="", fields=[
        {"tag": "textarea", "type": "textarea", "name": "body", "label": "Body"},
        {"tag": "button", "type": "submit", "name": "", "label": "Send"},
        {"tag": "button", "type": "submit", "name": "", "label": "Save draft"}])
    search = FormInfo(action="http://shop/find", method="get", name="", fields=[
        {"tag": "input", "type": "text", "name": "q", "label": "Search"},
        {"tag": "button", "type": "submit", "name": "", "label": "Go"}])
    mail = Snapshot(title="Compose", url="http://mail/new", text="")
    assert enter_reasons(compose, mail) == ['the form\'s default button says "Send"']
    assert not enter_reasons(search, SHOP)
    snap = Snapshot(title="Compose", url="http://mail/new", text="", elements={
        1: _el(1, "textbox", "Body", compose, tag="textarea", focused=True)})
    assert press_reasons(snap, {"key": "Control+Enter"}) and not press_reasons(snap, {"key": "ArrowDown"})


def test_a_drop_zone_that_says_it_acts_asks() -> None:
    assert drop_reasons(_el(1, "drop-target", "Drop here to buy now"))
    assert drop_reasons(_el(2, "drop-target", "Drag here to delete"))
    assert not drop_reasons(_el(3, "drop-target", "Drop files to attach"))


def test_a_click_at_a_point_is_judged_by_the_element_on_top() -> None:
    order = FormInfo(action="http://shop/checkout/confirm", method="post", name="", fields=[])
    under = _el(1, "button", "Next page", tag="button", type="button", covered=True, box=(20, 200, 120, 40))
    pay = _el(2, "button", "Pay €49", order, tag="button", type="submit", box=(20, 200, 120, 40))
    snap = Snapshot(title="Shop", url="http://shop/", text="", elements={1: under, 2: pay})
    assert point_reasons(snap, 60, 220)
    pay.raw["covered"] = True
    del under.raw["covered"]
    assert not point_reasons(snap, 60, 220)
