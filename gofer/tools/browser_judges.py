"""The browser tools' risk judges: what a call would do as the snapshot the model saw shows it (a pay button, a
payment field, Enter in an order form, a confirm dialog that deletes), what the same action made the page try to
send before (held by the session's effect gate, see ``gofer.computer.browser.effects``), and the same judgement
again on a fresh snapshot right before the action runs (:func:`recheck`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urldefrag
from weakref import WeakKeyDictionary

from playwright.async_api import Dialog

from gofer.computer.browser.effects import HELD_BEFORE, Effect, held_before
from gofer.computer.browser.part import PART_NAME
from gofer.computer.browser.policy import display_url
from gofer.computer.browser.risk import (
    dialog_reasons,
    download_reason,
    drop_reasons,
    element_at,
    element_reasons,
    enter_reasons,
    is_payment_field,
    point_reasons,
    says_nothing,
    shows_only,
    submit_reasons,
    type_reasons,
    url_reason,
)
from gofer.computer.browser.session import BrowserSession
from gofer.computer.browser.snapshot import Element, Snapshot
from gofer.events import Risk
from gofer.tools.base import RiskJudgement, ToolContext, ToolError
from gofer.tools.browser_sent import Shown, telling

__all__ = [
    "APPROVED",
    "BrowserJudge",
    "click_reasons",
    "dialog_effect",
    "dialog_shown",
    "drag_reasons",
    "judge_back",
    "judge_check",
    "judge_click",
    "judge_click_at",
    "judge_dialog",
    "judge_drag",
    "judge_hover",
    "judge_open",
    "judge_press",
    "judge_scroll",
    "judge_select",
    "judge_type",
    "no_reasons",
    "point_args_reasons",
    "press_reasons",
    "recheck",
    "recheck_dialog",
    "type_submit_reasons",
]


def _part(ctx: ToolContext) -> BrowserSession | None:
    computer = ctx.computer
    part = computer.peek(PART_NAME) if computer is not None else None
    return part if isinstance(part, BrowserSession) else None


def _peek(ctx: ToolContext) -> Snapshot | None:
    part = _part(ctx)
    return part.last_snapshot if part is not None else None


def _ref_arg(arguments: dict[str, Any], key: str = "ref") -> int | None:
    try:
        return int(arguments.get(key))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _element_arg(
    snap: Snapshot | None, arguments: dict[str, Any], key: str = "ref"
) -> Element | None:
    ref = _ref_arg(arguments, key)
    return snap.element(ref) if snap is not None and ref is not None else None


def _verdict(reasons: list[str]) -> RiskJudgement | None:
    return RiskJudgement(risk=Risk.CONSEQUENTIAL, reasons=reasons) if reasons else None


def click_reasons(snap: Snapshot | None, arguments: dict[str, Any]) -> list[str]:
    """Clicking, ticking or choosing in a control whose activation is consequential (a pay, send or delete
    button or its form, a link whose address names the act, a choice that runs code in such a form on change), or
    an executable download link."""
    el = _element_arg(snap, arguments)
    return element_reasons(el, snap) if el is not None else []


def type_submit_reasons(snap: Snapshot | None, arguments: dict[str, Any]) -> list[str]:
    """Typing into password or payment fields, or submitting a consequential form with Enter."""
    el = _element_arg(snap, arguments)
    if el is None:
        return []
    reasons = type_reasons(el)
    if arguments.get("submit") and el.form is not None:
        reasons += enter_reasons(el.form, snap)
    return reasons


def press_reasons(snap: Snapshot | None, arguments: dict[str, Any]) -> list[str]:
    """Enter (or Space) in or on the focused element when its activation is consequential (Enter in a field:
    as submitting its form with its default button)."""
    key = str(arguments.get("key", "")).lower()
    if snap is None or not any(k in key for k in ("enter", "space", " ")):
        return []
    for el in snap.elements.values():
        if el.raw.get("focused"):
            reasons = submit_reasons(el, snap)
            if not reasons and "enter" in key and el.form is not None and el.role in ("textbox", "searchbox"):
                reasons = enter_reasons(el.form, snap)
            return reasons
    return []


def point_args_reasons(snap: Snapshot | None, arguments: dict[str, Any]) -> list[str]:
    """A click by coordinates is judged by what is on top under the point: a consequential control, or a frame
    from another site that the snapshot cannot read (a payment or sign-in widget)."""
    try:
        x, y = float(arguments.get("x")), float(arguments.get("y"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return []
    return point_reasons(snap, x, y) if snap is not None else []


def drag_reasons(snap: Snapshot | None, arguments: dict[str, Any]) -> list[str]:
    """Dropping onto a zone that says it buys, sends, deletes…"""
    target = _element_arg(snap, arguments, "to_ref")
    return drop_reasons(target) if target is not None else []


_LEARNED_DOC = ("Also the same action on the same page once it has made the page try to send a request that is an act "
                "of its own (a purchase, a deletion, a message: held, not sent).")
Reasons = Callable[[Snapshot | None, dict[str, Any]], list[str]]
Key = Callable[[Snapshot | None, dict[str, Any]], str | None]
Looks = Callable[[Snapshot | None, dict[str, Any]], bool]
"""Whether the call only shows or reveals something (see :attr:`Effect.looks`)."""


class BrowserJudge:
    """A browser tool's judge of one call: what the snapshot shows it would do (``reasons``), and what the same
    action (``key``: the action on this page) made the page try to send before, which the session's effect gate
    held (then a person is asked first)."""

    def __init__(self, reasons: Reasons, key: Key, secret: Callable[[Snapshot | None, dict[str, Any]], list[str]]
                 | None = None, looks: Looks | None = None, neutral: Looks | None = None) -> None:
        self.reasons = reasons
        self.key = key
        self.secret = secret
        self.looks = looks
        self.neutral = neutral
        self.__doc__ = " ".join(filter(None, [reasons.__doc__, _LEARNED_DOC]))

    def __call__(self, arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement | None:
        snap = _peek(ctx)
        reasons = self.reasons(snap, arguments)
        action = self.key(snap, arguments)
        if action is not None:
            reasons += _learned(ctx, action)
        if not reasons:
            return None
        hidden = self.secret(snap, arguments) if self.secret is not None else []
        return RiskJudgement(risk=Risk.CONSEQUENTIAL, reasons=reasons, secret_args=hidden)

    def effect(self, ctx: ToolContext, arguments: dict[str, Any]) -> Effect | None:
        """The call as the effect gate sees it (None when it names no action): judged consequential or not."""
        snap = _peek(ctx)
        action = self.key(snap, arguments)
        if action is None:
            return None
        return Effect(action, self(arguments, ctx) is not None, self.looks is not None and self.looks(snap, arguments),
                      self.neutral is not None and self.neutral(snap, arguments))


def _on(snap: Snapshot | None, what: str) -> str:
    return f"{what} on {display_url(urldefrag(snap.url)[0])}" if snap is not None else what


def _element_key(verb: str, key: str = "ref") -> Key:
    def action(snap: Snapshot | None, arguments: dict[str, Any]) -> str | None:
        el = _element_arg(snap, arguments, key)
        return _on(snap, f'{verb} {el.role} "{el.name[:60]}"') if el is not None else None

    return action


def _point_key(snap: Snapshot | None, arguments: dict[str, Any]) -> str | None:
    try:
        x, y = float(arguments.get("x")), float(arguments.get("y"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    el = element_at(snap, x, y) if snap is not None else None
    return _on(snap, f'clicking {el.role} "{el.name[:60]}"' if el is not None else f"clicking at ({x:g}, {y:g})")


def _press_key(snap: Snapshot | None, arguments: dict[str, Any]) -> str | None:
    return _on(snap, f"pressing {arguments.get('key', '')}")


def _type_key(snap: Snapshot | None, arguments: dict[str, Any]) -> str | None:
    action = _element_key("typing into")(snap, arguments)
    return f"{action}, then Enter" if action is not None and arguments.get("submit") else action


def _drag_key(snap: Snapshot | None, arguments: dict[str, Any]) -> str | None:
    target = _element_arg(snap, arguments, "to_ref")
    return _on(snap, f'dropping onto {target.role} "{target.name[:60]}"') if target is not None else None


def _open_key(_snap: Snapshot | None, arguments: dict[str, Any]) -> str | None:
    return f"opening {arguments.get('url', '')}"


def _page_key(verb: str) -> Key:
    def action(snap: Snapshot | None, _arguments: dict[str, Any]) -> str | None:
        return _on(snap, verb)

    return action


def no_reasons(_snap: Snapshot | None, _arguments: dict[str, Any]) -> list[str]:
    """No reason read from the page (an action asked about whatever the page shows, such as an upload, is rechecked
    for the page changing while the person decided alone)."""
    return []


def _none(_snap: Snapshot | None, _arguments: dict[str, Any]) -> list[str]:
    return []  # an action that reads no reason from the page (its docs say nothing of one)


def _typed_secret(snap: Snapshot | None, arguments: dict[str, Any]) -> list[str]:
    # What goes into a password or card field is masked in the log like the field's value is in snapshots.
    el = _element_arg(snap, arguments)
    return ["text"] if el is not None and (el.type == "password" or is_payment_field(el)) else []


def _element_is(test: Callable[[Element], bool]) -> Looks:
    def judged(snap: Snapshot | None, arguments: dict[str, Any]) -> bool:
        el = _element_arg(snap, arguments)
        return el is not None and test(el)

    return judged


def _point_is(test: Callable[[Element], bool]) -> Looks:
    def judged(snap: Snapshot | None, arguments: dict[str, Any]) -> bool:
        try:
            x, y = float(arguments.get("x")), float(arguments.get("y"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return False
        el = element_at(snap, x, y) if snap is not None else None
        return el is not None and test(el)

    return judged


def _always(_snap: Snapshot | None, _arguments: dict[str, Any]) -> bool:
    return True


def _key_shows(_snap: Snapshot | None, arguments: dict[str, Any]) -> bool:
    key = str(arguments.get("key", "")).lower()
    return not any(k in key for k in ("enter", "space", " "))


judge_click = BrowserJudge(click_reasons, _element_key("clicking"), looks=_element_is(shows_only),
                           neutral=_element_is(says_nothing))
judge_select = BrowserJudge(click_reasons, _element_key("choosing in"))
judge_check = BrowserJudge(click_reasons, _element_key("ticking"))
judge_press = BrowserJudge(press_reasons, _press_key, looks=_key_shows)
judge_click_at = BrowserJudge(point_args_reasons, _point_key, looks=_point_is(shows_only),
                              neutral=_point_is(says_nothing))
judge_drag = BrowserJudge(drag_reasons, _drag_key)
judge_type = BrowserJudge(type_submit_reasons, _type_key, _typed_secret)
judge_hover = BrowserJudge(_none, _element_key("hovering over"), looks=_always)
judge_scroll = BrowserJudge(_none, _page_key("scrolling"), looks=_always)
judge_back = BrowserJudge(_none, _page_key("going back from"))


_TICKING = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d+\s*(?:seconds?|secs?|minutes?|mins?)\b(?:\s+ago)?", re.I)
"""What a page changes on its own every second and that says nothing about what an action does: a clock, a
countdown ("reserved for 09:59"), "updated 5 seconds ago"."""


def _changed_terms(judged: str, fresh: str) -> list[str]:
    """The lines of a page's text that changed between two snapshots and hold a number (an amount, a quantity, a
    date), clocks and countdowns aside (see :data:`_TICKING`): what an approval was given for. A line of words
    alone that changed (a rotating banner, "Free delivery" becoming "New arrivals") says nothing of what a click
    buys."""
    before = {line.strip() for line in _TICKING.sub("#", judged).splitlines()}
    after = {line.strip() for line in _TICKING.sub("#", fresh).splitlines()}
    return [line for line in before ^ after if any(ch.isdigit() for ch in line)]


def _changed_hidden(judged: Snapshot, fresh: Snapshot) -> list[str]:
    """The hidden inputs of the page (in its forms or not) that say what a submit does (see :func:`telling`) and
    changed between two snapshots, by name."""
    before = {f for f in judged.hidden_fields if telling(f[1], f[2])}
    after = {f for f in fresh.hidden_fields if telling(f[1], f[2])}
    return sorted({name for _action, name, _value in before ^ after})


APPROVED = "approved"
"""The ToolContext extra the runner sets (True) on a call a person approved after being shown it and its page: the
page must still show what it showed when the action was judged (see :func:`recheck`)."""


async def recheck(
    browser: BrowserSession, reasons: Callable[[Snapshot | None, dict[str, Any]], list[str]], arguments: dict[str, Any],
    ctx: ToolContext | None = None,
) -> None:
    """Judge the action again on a fresh snapshot right before it runs (inside the action, under the session's
    lock). The risk judge read the snapshot the model last saw; the page may have changed since (a label or a
    form's action rewritten by a timer, a button moved under the point, another document loaded). A reason
    the judge did not see stops the action with an error; the next call is judged on the fresh snapshot. A call a
    person approved (``ctx`` has :data:`APPROVED`) also stops when a line of the page's text holding a number changed
    while they decided (a total raised from $5 to $500 beside the same button; a clock or a countdown ticking, or
    a banner of words rotating, aside), or a hidden field of a form that says what a submit does (an amount, an
    account or an address; see :func:`~gofer.tools.browser_sent.telling`): they approved the page they were shown.
    While such an approved action runs, a request of its page that sends an amount or a party other than what the
    page showed (a submit listener raising the amount) is stopped (:class:`~gofer.tools.browser_sent.Shown`)."""
    judged = browser.last_snapshot
    token = browser.tab.refs.main_token
    before = reasons(judged, arguments)
    fresh = await browser.refresh()
    if judged is not None and browser.tab.refs.main_token != token:
        raise ToolError("the tab shows another page than the last snapshot did (it changed on its own); take the "
                        "refs from a fresh look at it (browser_screenshot) and act again")
    if ctx is not None and ctx.extras.get(APPROVED) and judged is not None and (
            _changed_terms(judged.text, fresh.text) or _changed_hidden(judged, fresh)):
        raise ToolError("not done: the page changed while the person was deciding whether to approve this action, "
                        "and they approved the page as it was; look at it again (browser_screenshot) and repeat the "
                        "action if it is still what the task needs (the person is asked again)")
    if ctx is not None and ctx.extras.get(APPROVED) and judged is not None:
        target = _element_arg(judged, arguments)
        shown = Shown.of(judged, arguments.values(), browser.tab.page,
                         target.form.action if target is not None and target.form is not None else "")
        browser.effects.approved, browser.effects.approved_message = shown.check, shown.message
        browser.effects.approved_carries, browser.effects.approved_settled = shown.carries, shown.settled
    added = [r for r in reasons(fresh, arguments) if r not in before]
    if added:
        raise ToolError("the page changed since the last snapshot and this action would now be consequential ("
                        + "; ".join(added) + "); look at it again (browser_screenshot) and repeat the action if "
                        "it is still what the task needs")


def _dialog_reasons(browser: BrowserSession | None, arguments: dict[str, Any]) -> list[str]:
    dialog = browser.dialog if browser is not None else None
    if dialog is None or not arguments.get("accept"):
        return []
    return dialog_reasons(dialog.type, dialog.message)


def _dialog_key(browser: BrowserSession | None, arguments: dict[str, Any]) -> str | None:
    dialog = browser.dialog if browser is not None else None
    if browser is None or dialog is None:
        return None
    verb = "accepting" if arguments.get("accept") else "dismissing"
    return _on(browser.last_snapshot, f'{verb} the {dialog.type} "{dialog.message[:60]}"')


_SHOWN_DIALOG: WeakKeyDictionary[BrowserSession, Dialog | None] = WeakKeyDictionary()
"""The dialog each session's last observation showed the model (the one its answer is meant for), for
:func:`recheck_dialog`."""


def dialog_shown(browser: BrowserSession, dialog: Dialog | None) -> None:
    """Note the dialog an observation shows the model (None: none), which its next answer is meant for."""
    _SHOWN_DIALOG[browser] = dialog


def judge_dialog(arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement | None:
    """Accepting a confirm or prompt that asks to pay, send, delete, publish…"""
    return _judge_dialog(_part(ctx), arguments, ctx)


def _judge_dialog(browser: BrowserSession | None, arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement | None:
    reasons = _dialog_reasons(browser, arguments)
    action = _dialog_key(browser, arguments)
    if action is not None:
        reasons += _learned(ctx, action)
    return _verdict(reasons)


def _learned(ctx: ToolContext, action: str) -> list[str]:
    """What the action made the page try to send before: held by this session's gate, or, as the run's log shows,
    by the gate of a process that ran the run before this one."""
    part = _part(ctx)
    here = part.effects.learned(action) if part is not None else []
    sent = dict.fromkeys([*here, *held_before(action, ctx.extras.get(HELD_BEFORE) or ())])
    return [f"{action} made the page try to send {what} before (held)" for what in sent]


def dialog_effect(ctx: ToolContext, arguments: dict[str, Any]) -> Effect | None:
    """Answering the dialog as the effect gate sees it."""
    browser = _part(ctx)
    action = _dialog_key(browser, arguments)
    return Effect(action, _judge_dialog(browser, arguments, ctx) is not None) if action is not None else None


def recheck_dialog(browser: BrowserSession, arguments: dict[str, Any], ctx: ToolContext) -> None:
    """The dialog open now is judged again right before it is answered, as :func:`recheck` does for the page: a
    frame of another site or another tab may have opened a dialog of its own since the model was shown one (the
    session answers the latest). A reason the shown one did not have stops the answer; so does any other dialog
    when a person approved the answer (they were shown the call on the model's dialog)."""
    judged, now = _SHOWN_DIALOG.get(browser), browser.dialog
    if now is None or now is judged:
        return
    before = _dialog_reasons_of(judged, arguments)
    added = [r for r in _dialog_reasons_of(now, arguments) if r not in before]
    if added or ctx.extras.get(APPROVED):
        _SHOWN_DIALOG[browser] = now  # the error shows it: an answer repeated is judged, and asked about, on it
        raise ToolError(f"not done: another {now.type} dialog is open than the one judged (what it says follows as "
                        "data); answer again with browser_dialog if it is still what the task needs (it is judged, "
                        "and a person asked, again)", output=now.message)


def _dialog_reasons_of(dialog: Dialog | None, arguments: dict[str, Any]) -> list[str]:
    return dialog_reasons(dialog.type, dialog.message) if dialog is not None and arguments.get("accept") else []


def _open_reasons(_snap: Snapshot | None, arguments: dict[str, Any]) -> list[str]:
    """Opening a URL that downloads an executable or whose address names the act (/account/delete?id=…)."""
    url = str(arguments.get("url", ""))
    reason = download_reason(url) or url_reason(url)
    return [reason] if reason else []


judge_open = BrowserJudge(_open_reasons, _open_key)
