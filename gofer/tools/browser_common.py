"""Shared pieces of the browser tools: reaching the session, resolving refs, observations and risk judges."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from playwright.async_api import ElementHandle, Page
from playwright.async_api import Error as PlaywrightError

from gofer.computer.browser.labels import draw_refs
from gofer.computer.browser.part import PART_NAME, get_browser
from gofer.computer.browser.policy import display_url
from gofer.computer.browser.risk import (
    dialog_reasons,
    download_reason,
    drop_reasons,
    element_reasons,
    enter_reasons,
    is_payment_field,
    point_reasons,
    submit_reasons,
    type_reasons,
    url_reason,
)
from gofer.computer.browser.session import REFUSED, BrowserSession, DialogOpen, Unwatched
from gofer.computer.browser.snapshot import Element, Snapshot
from gofer.events import Risk
from gofer.safety.watch import WATCH_GATE, unwatched_refusal
from gofer.tools.base import RiskJudgement, ToolContext, ToolError, ToolImage, ToolResult

__all__ = [
    "click_reasons",
    "drag_reasons",
    "element",
    "judge_click",
    "judge_click_at",
    "judge_dialog",
    "judge_drag",
    "judge_open",
    "judge_press",
    "judge_type",
    "observe",
    "point_args_reasons",
    "press_reasons",
    "recheck",
    "run_action",
    "session",
    "type_submit_reasons",
    "unwatched_error",
]


async def session(ctx: ToolContext) -> BrowserSession:
    """The session's browser, started on first use, under the URL policy of the run using it."""
    browser = await get_browser(ctx.require_computer())
    browser.policy.for_run(ctx.extras.get("allow_domains") or (), ctx.extras.get("deny_domains") or (),
                           ctx.extras.get("page_requests"))
    browser.watch_gate = ctx.extras.get(WATCH_GATE)
    return browser


def unwatched_error(exc: Unwatched) -> ToolError:
    """The error of an action watch mode stopped; its data names the page, so the run turns watch mode on."""
    then = "Then look at the page again (browser_screenshot) before you act: it is not the page you last saw"
    return ToolError(unwatched_refusal(exc.reason, then), data={"url": display_url(exc.url)})


def _handover(snap: Snapshot) -> list[str]:
    notes = []
    if snap.has_captcha:
        notes.append(
            "This page shows a CAPTCHA. Do not try to solve it: ask the person with ask_user to solve it "
            "(they can take over the browser), then continue."
        )
    if snap.has_password:
        notes.append(
            "This page asks for a password. Only type credentials the person gave you for this task; otherwise "
            "ask them with ask_user to log in themselves (they can take over the browser)."
        )
    return notes


def _wants_screenshot(ctx: ToolContext) -> bool:
    return bool(ctx.extras.get("browser_screenshots") or getattr(ctx.settings, "browser_screenshots", False))


async def observe(
    ctx: ToolContext,
    browser: BrowserSession,
    snap: Snapshot | None,
    notes: list[str],
    effect: str,
    *,
    screenshot: bool | None = None,
    labels: bool = True,
) -> ToolResult:
    """The observation after an action: what it did, what happened around it, and the new snapshot."""
    lines = [effect] if effect else []
    lines += [f"Note: {n}" for n in notes]
    images: list[ToolImage] = []
    data: dict[str, Any] = {"tab": browser.active + 1, "tabs": len(browser.tabs)}
    if browser.dialog is not None:
        d = browser.dialog
        default = f' (default answer "{d.default_value}")' if d.type == "prompt" and d.default_value else ""
        lines.append(
            f'A JavaScript {d.type} dialog is open: "{d.message}"{default}. The page is blocked until you answer '
            "it with browser_dialog(accept, text=None)."
        )
        data["dialog"] = {"type": d.type, "message": d.message}
    if snap is not None:
        url = display_url(snap.url)
        tabs = f"Tab {browser.active + 1} of {len(browser.tabs)} | " if len(browser.tabs) > 1 else ""
        lines.append(f"{tabs}Page: {snap.title or '(untitled)'}\nURL: {url}")
        lines.append(snap.text or "(the page shows no text or controls)")
        lines += _handover(snap)
        data.update(url=url, title=snap.title, elements=len(snap.elements))
        if screenshot if screenshot is not None else _wants_screenshot(ctx):
            png = await browser.tab.page.screenshot(type="png")
            if labels:
                png = draw_refs(png, snap)
            images.append(ToolImage(data=png, caption=f"viewport of {url}" + (" with refs" if labels else "")))
    artifacts = list(browser.downloads)
    browser.downloads.clear()
    return ToolResult(text="\n".join(lines), images=images, artifacts=artifacts, data=data, untrusted=True)


def element(browser: BrowserSession, ref: int) -> Element:
    """The snapshot element behind a ref, or a ToolError the model can act on."""
    snap = browser.last_snapshot
    el = snap.element(ref) if snap is not None else None
    if el is None:
        raise ToolError(f"ref {ref} is not on the current page; use a ref from the latest snapshot")
    return el


async def handle(browser: BrowserSession, ref: int) -> ElementHandle:
    """The live element behind a ref, or a ToolError when the page no longer has it."""
    h = await browser.tab.refs.resolve(ref)
    if h is None:
        raise ToolError(f"ref {ref} is gone from the page (it changed); take the refs from the latest snapshot")
    return h


async def run_action(
    ctx: ToolContext,
    action: Callable[[Page], Awaitable[Any]] | None,
    effect: str | Callable[[], str],
    *,
    screenshot: bool | None = None,
    labels: bool = True,
) -> ToolResult:
    """Run an action through the session (dialogs, waiting, snapshot) and build the observation."""
    browser = await session(ctx)
    try:
        snap, notes = await browser.act(action)
    except DialogOpen as exc:
        raise ToolError(  # the page wrote the dialog's message: it is data
            f"a JavaScript {exc.dialog.type} dialog is open (its message follows as data); answer it first with "
            "browser_dialog(accept, text=None)", output=exc.dialog.message,
        ) from None
    except PlaywrightError as exc:
        refused = browser.refused or []
        message = str(exc).splitlines()[0]
        if refused or "ERR_BLOCKED_BY_CLIENT" in message:
            reasons = "; ".join(refused) or message
            browser.refused = []
            raise ToolError(f"navigation refused by the URL policy: {reasons}") from None
        raise ToolError(message) from None
    except TimeoutError as exc:
        raise ToolError(str(exc)) from None
    except Unwatched as exc:
        raise unwatched_error(exc) from None
    refused = [n for n in notes if n.startswith(REFUSED)]
    if refused:
        raise ToolError("navigation refused by the URL policy: " + "; ".join(n[len(REFUSED):] for n in refused))
    text = effect() if callable(effect) else effect
    return await observe(ctx, browser, snap, notes, text, screenshot=screenshot, labels=labels)


def _peek(ctx: ToolContext) -> Snapshot | None:
    computer = ctx.computer
    part = computer.peek(PART_NAME) if computer is not None else None
    return part.last_snapshot if isinstance(part, BrowserSession) else None


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


def _judge(reasons: Callable[[Snapshot | None, dict[str, Any]], list[str]]) -> Callable[..., RiskJudgement | None]:
    def judge(arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement | None:
        return _verdict(reasons(_peek(ctx), arguments))

    judge.__doc__ = reasons.__doc__
    return judge


judge_click = _judge(click_reasons)
judge_press = _judge(press_reasons)
judge_click_at = _judge(point_args_reasons)
judge_drag = _judge(drag_reasons)


def judge_type(arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement | None:
    """Typing into password or payment fields, or submitting a consequential form with Enter."""
    snap = _peek(ctx)
    reasons = type_submit_reasons(snap, arguments)
    if not reasons:
        return None
    el = _element_arg(snap, arguments)
    # What goes into a password or card field is masked in the log like the field's value is in snapshots.
    hidden = ["text"] if el is not None and (el.type == "password" or is_payment_field(el)) else []
    return RiskJudgement(risk=Risk.CONSEQUENTIAL, reasons=reasons, secret_args=hidden)


async def recheck(
    browser: BrowserSession, reasons: Callable[[Snapshot | None, dict[str, Any]], list[str]], arguments: dict[str, Any]
) -> None:
    """Judge the action again on a fresh snapshot right before it runs (inside the action, under the session's
    lock). The risk judge read the snapshot the model last saw; the page may have changed since (a label or a
    form's action rewritten by a timer, a button moved under the point, another document loaded). A reason
    the judge did not see stops the action with an error; the next call is judged on the fresh snapshot."""
    judged = browser.last_snapshot
    token = browser.tab.refs.main_token
    before = reasons(judged, arguments)
    fresh = await browser.refresh()
    if judged is not None and browser.tab.refs.main_token != token:
        raise ToolError("the tab shows another page than the last snapshot did (it changed on its own); take the "
                        "refs from a fresh look at it (browser_screenshot) and act again")
    added = [r for r in reasons(fresh, arguments) if r not in before]
    if added:
        raise ToolError("the page changed since the last snapshot and this action would now be consequential ("
                        + "; ".join(added) + "); look at it again (browser_screenshot) and repeat the action if "
                        "it is still what the task needs")


def judge_dialog(arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement | None:
    """Accepting a confirm or prompt that asks to pay, send, delete, publish…"""
    computer = ctx.computer
    part = computer.peek(PART_NAME) if computer is not None else None
    dialog = part.dialog if isinstance(part, BrowserSession) else None
    if dialog is None or not arguments.get("accept"):
        return None
    return _verdict(dialog_reasons(dialog.type, dialog.message))


def judge_open(arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement | None:
    """Opening a URL that downloads an executable or whose address names the act (/account/delete?id=…)."""
    url = str(arguments.get("url", ""))
    reason = download_reason(url) or url_reason(url)
    return _verdict([reason] if reason else [])
