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
    element_reasons,
    form_reasons,
    is_payment_field,
    point_reasons,
    submit_reasons,
    type_reasons,
)
from gofer.computer.browser.session import REFUSED, BrowserSession, DialogOpen
from gofer.computer.browser.snapshot import Element, Snapshot
from gofer.events import Risk
from gofer.tools.base import RiskJudgement, ToolContext, ToolError, ToolImage, ToolResult

__all__ = [
    "element",
    "judge_click",
    "judge_click_at",
    "judge_dialog",
    "judge_open",
    "judge_press",
    "judge_type",
    "observe",
    "run_action",
    "session",
]


async def session(ctx: ToolContext) -> BrowserSession:
    """The session's browser, started on first use, under the URL policy of the run using it."""
    browser = await get_browser(ctx.require_computer())
    browser.policy.for_run(ctx.extras.get("allow_domains") or (), ctx.extras.get("deny_domains") or ())
    return browser


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
    refused = [n for n in notes if n.startswith(REFUSED)]
    if refused:
        raise ToolError("navigation refused by the URL policy: " + "; ".join(n[len(REFUSED):] for n in refused))
    text = effect() if callable(effect) else effect
    return await observe(ctx, browser, snap, notes, text, screenshot=screenshot, labels=labels)


def _peek(ctx: ToolContext) -> Snapshot | None:
    computer = ctx.computer
    part = computer.peek(PART_NAME) if computer is not None else None
    return part.last_snapshot if isinstance(part, BrowserSession) else None


def _element_arg(
    ctx: ToolContext, arguments: dict[str, Any], key: str = "ref"
) -> tuple[Snapshot | None, Element | None]:
    snap = _peek(ctx)
    try:
        ref = int(arguments.get(key))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return snap, None
    return snap, snap.element(ref) if snap is not None else None


def _verdict(reasons: list[str]) -> RiskJudgement | None:
    return RiskJudgement(risk=Risk.CONSEQUENTIAL, reasons=reasons) if reasons else None


def judge_click(arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement | None:
    """Clicking a consequential submit button or an executable download link."""
    snap, el = _element_arg(ctx, arguments)
    return _verdict(element_reasons(el, snap)) if el is not None else None


def judge_type(arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement | None:
    """Typing into password or payment fields, or submitting a consequential form with Enter."""
    snap, el = _element_arg(ctx, arguments)
    if el is None:
        return None
    reasons = type_reasons(el)
    if arguments.get("submit") and el.form is not None:
        reasons += form_reasons(el.form, snap)
    if not reasons:
        return None
    # What goes into a password or card field is masked in the log like the field's value is in snapshots.
    hidden = ["text"] if el.type == "password" or is_payment_field(el) else []
    return RiskJudgement(risk=Risk.CONSEQUENTIAL, reasons=reasons, secret_args=hidden)


def judge_press(arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement | None:
    """Enter (or Space) in or on an element whose activation is consequential."""
    snap = _peek(ctx)
    key = str(arguments.get("key", "")).lower()
    if snap is None or not any(k in key for k in ("enter", "space", " ")):
        return None
    for el in snap.elements.values():
        if el.raw.get("focused"):
            reasons = submit_reasons(el, snap)
            if not reasons and "enter" in key and el.form is not None and el.role in ("textbox", "searchbox"):
                reasons = form_reasons(el.form, snap)
            return _verdict(reasons)
    return None


def judge_click_at(arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement | None:
    """A click by coordinates is judged by what is under the point: a consequential control, or a frame from
    another site that the snapshot cannot read (a payment or sign-in widget)."""
    snap = _peek(ctx)
    try:
        x, y = float(arguments.get("x")), float(arguments.get("y"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return _verdict(point_reasons(snap, x, y)) if snap is not None else None


def judge_dialog(arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement | None:
    """Accepting a confirm or prompt that asks to pay, send, delete, publish…"""
    computer = ctx.computer
    part = computer.peek(PART_NAME) if computer is not None else None
    dialog = part.dialog if isinstance(part, BrowserSession) else None
    if dialog is None or not arguments.get("accept"):
        return None
    return _verdict(dialog_reasons(dialog.type, dialog.message))


def judge_open(arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement | None:
    """Opening a URL that downloads an executable."""
    reason = download_reason(str(arguments.get("url", "")))
    return _verdict([reason] if reason else [])
