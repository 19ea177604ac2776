"""The browser tools that act on the page through refs: open, click, type, select, check, scroll, press, …

Every tool returns the new snapshot (refs stable for elements already seen), marked untrusted.
"""

from __future__ import annotations

import contextlib
from typing import Literal

from playwright.async_api import ElementHandle, Page, Request, Route
from playwright.async_api import Error as PlaywrightError

from gofer.computer.browser.policy import display_url
from gofer.computer.browser.session import BrowserSession
from gofer.safety.urls import navigation_url
from gofer.tools.base import ToolContext, ToolError, ToolResult, tool
from gofer.tools.browser_common import element, handle, observe, run_action, session
from gofer.tools.browser_judges import (
    click_reasons,
    drag_reasons,
    judge_back,
    judge_check,
    judge_click,
    judge_click_at,
    judge_drag,
    judge_hover,
    judge_open,
    judge_press,
    judge_scroll,
    judge_select,
    judge_type,
    point_args_reasons,
    press_reasons,
    recheck,
    type_submit_reasons,
)

__all__ = [
    "browser_back",
    "browser_check",
    "browser_click",
    "browser_click_at",
    "browser_drag",
    "browser_hover",
    "browser_open",
    "browser_press",
    "browser_scroll",
    "browser_select",
    "browser_type",
]

_CLICK_TIMEOUT = 4000
_TYPE_TIMEOUT = 10_000
_CHECKED_JS = "e => e.checked ?? (e.getAttribute('aria-checked') === 'true')"
_MODIFIERS = {"Shift", "Control", "Alt", "Meta", "ControlOrMeta"}
_FILL_TYPES = {"date", "time", "datetime-local", "month", "week", "color", "range"}


async def _click(h: ElementHandle, browser: BrowserSession) -> None:
    """Click ``h``; when Playwright cannot (covered, not visible, never stable), a script's ``el.click()`` does."""
    try:
        await h.click(timeout=_CLICK_TIMEOUT)
    except PlaywrightError as exc:
        if "Timeout" not in str(exc) and "not visible" not in str(exc) and "intercepts" not in str(exc):
            raise
        if _went_out(exc, browser):
            return
        await h.evaluate("el => el.click()")


def _went_out(exc: PlaywrightError, browser: BrowserSession) -> bool:
    """Whether a click or a fill that failed went out all the same and is blocked on what it set off (a dialog it
    raised that the model or a person takes time to answer, a click's handler running long): a script's click, or
    clearing the field again by keys, would run after it, a second time."""
    steps = [line.strip(" -") for line in str(exc).splitlines() if line.strip(" -")]
    return browser.dialog is not None or bool(steps and steps[-1] == "performing click action")


@tool(risk="reversible", judge=judge_open)
async def browser_open(ctx: ToolContext, url: str) -> ToolResult:
    """Open a URL in the current tab and return the page's snapshot (text and numbered controls).

    Args:
        url: http(s) URL, or file:///workspace/PATH for a file in the workspace.
    """
    browser = await session(ctx)
    opening = judge_open.effect(ctx, {"url": url})
    url = navigation_url(url)
    verdict = await browser.policy.check(url, "navigation")
    if not verdict.allowed:
        raise ToolError(f"refused to open {url}: {verdict.reason}")
    target = verdict.url or url

    async def go(page: Page) -> None:
        redirects = browser.router.redirects
        for attempt in range(3):
            try:
                await page.goto(target, wait_until="domcontentloaded", timeout=30_000)
                return
            except PlaywrightError as exc:
                if "Download is starting" in str(exc) or browser.router.redirects > redirects:
                    return  # a download, or a redirect whose checked final page the browser is now loading
                if attempt == 2 or "interrupted by another navigation" not in str(exc):
                    raise
                # an earlier navigation (an error page after a refusal, say) was still committing
                with contextlib.suppress(PlaywrightError):
                    await page.wait_for_load_state("domcontentloaded", timeout=10_000)
                if page.url == target:
                    return

    def opened() -> str:
        snap = browser.last_snapshot
        if snap is not None and display_url(snap.url) == display_url(target):
            return "Opened."  # the URL line of the snapshot says where
        return f"Opened {display_url(target)}."

    return await run_action(ctx, go, opened, effect=opening)


@tool(risk="reversible", judge=judge_click)
async def browser_click(ctx: ToolContext, ref: int) -> ToolResult:
    """Click the element with this ref (link, button, checkbox, any clickable thing).

    Args:
        ref: The element's number from the latest snapshot.
    """
    browser = await session(ctx)
    el = element(browser, ref)

    async def click(_page: Page) -> None:
        await recheck(browser, click_reasons, {"ref": ref}, ctx)
        browser.expect_tab = bool(el.raw.get("target")) and bool(el.raw.get("href"))
        await _click(await handle(browser, ref), browser)

    return await run_action(ctx, click, f'Clicked [{ref}] {el.role} "{el.name}".',
                            effect=judge_click.effect(ctx, {"ref": ref}))


@tool(risk="reversible", judge=judge_type)
async def browser_type(ctx: ToolContext, ref: int, text: str, submit: bool = False) -> ToolResult:
    """Replace the text in a field with `text`; with submit=True press Enter afterwards.

    Args:
        ref: The field's number from the latest snapshot.
        text: The text to put in the field.
        submit: Press Enter after typing (submits most forms and search boxes).
    """
    browser = await session(ctx)
    el = element(browser, ref)
    shown = f"{len(text)} characters (hidden)" if el.secret else f'"{text}"'

    async def type_in(page: Page) -> None:
        await recheck(browser, type_submit_reasons, {"ref": ref, "submit": submit}, ctx)
        h = await handle(browser, ref)
        kind = el.type
        if el.role not in ("textbox", "searchbox", "spinbutton", "combobox", "clickable") and el.tag not in (
            "input", "textarea"
        ):
            raise ToolError(f"[{ref}] is a {el.role}, not a text field")
        if kind in _FILL_TYPES or len(text) > 200:
            await h.fill(text, timeout=_CLICK_TIMEOUT)
        else:
            blocked = False
            try:
                await h.fill("", timeout=_CLICK_TIMEOUT)
            except PlaywrightError as exc:
                # a fill that cleared the field and is blocked on the dialog its input handler raised went out:
                # clearing it again by keys once that is answered would set the handler off a second time
                blocked = _went_out(exc, browser)
                if not blocked:
                    await h.click(timeout=_CLICK_TIMEOUT)
                    await page.keyboard.press("Control+A")
                    await page.keyboard.press("Delete")
            try:
                await h.type(text, timeout=_TYPE_TIMEOUT)
            except PlaywrightError as exc:
                if not blocked:
                    raise
                raise ToolError(
                    f"nothing was typed into [{ref}]: emptying it raised a dialog that stayed open longer than "
                    f"typing waits ({_TYPE_TIMEOUT // 1000} s), so the field was emptied once and {shown} was not "
                    "typed; it holds what the page left in it after the dialog (see the snapshot). Type again if the "
                    "task still needs it.") from exc
        if submit:
            await h.press("Enter")

    after = " and pressed Enter" if submit else ""
    return await run_action(ctx, type_in, f'Typed {shown} into [{ref}] {el.role} "{el.name}"{after}.',
                            effect=judge_type.effect(ctx, {"ref": ref, "submit": submit}))


@tool(risk="reversible", judge=judge_select)
async def browser_select(ctx: ToolContext, ref: int, option: str) -> ToolResult:
    """Choose an option of a dropdown (select) by its visible text or value.

    Args:
        ref: The dropdown's number from the latest snapshot.
        option: The option's text as shown in the snapshot (or its value).
    """
    browser = await session(ctx)
    el = element(browser, ref)
    if el.tag != "select":
        raise ToolError(f"[{ref}] is a {el.role}, not a dropdown; click it and then click the option instead")

    async def select(_page: Page) -> None:
        await recheck(browser, click_reasons, {"ref": ref}, ctx)
        h = await handle(browser, ref)
        labels: list[str] = await h.evaluate("s => Array.from(s.options).map(o => (o.label || o.text).trim())")
        values: list[str] = await h.evaluate("s => Array.from(s.options).map(o => o.value)")
        wanted = option.strip()
        for i, (label, value) in enumerate(zip(labels, values, strict=False)):
            if wanted in (label, value):
                await h.select_option(index=i, timeout=_CLICK_TIMEOUT)
                return
        for i, label in enumerate(labels):
            if label.lower() == wanted.lower():
                await h.select_option(index=i, timeout=_CLICK_TIMEOUT)
                return
        raise ToolError(f"[{ref}] has no option {option!r}; its options follow as data",
                        output="options: " + " | ".join(labels[:30]))

    return await run_action(ctx, select, f'Selected "{option}" in [{ref}] "{el.name}".',
                            effect=judge_select.effect(ctx, {"ref": ref}))


@tool(risk="reversible", judge=judge_check)
async def browser_check(ctx: ToolContext, ref: int, checked: bool) -> ToolResult:
    """Tick (checked=True) or untick a checkbox, or pick a radio button.

    Args:
        ref: The checkbox's or radio button's number from the latest snapshot.
        checked: The state it should end up in.
    """
    browser = await session(ctx)
    el = element(browser, ref)
    kept: list[bool] = []  # the box's state right after the click when its page keeps it itself

    async def check(_page: Page) -> None:
        await recheck(browser, click_reasons, {"ref": ref}, ctx)
        h = await handle(browser, ref)
        try:
            await h.set_checked(checked, timeout=_CLICK_TIMEOUT)
        except PlaywrightError as exc:
            # Playwright clicked it, and the page's script keeps its state (it sets it once its server answered) or
            # is blocked on a dialog it raised: a script's click would be a second one
            if "did not change its state" in str(exc):
                kept.append(bool(await h.evaluate(_CHECKED_JS)))
                return
            if _went_out(exc, browser):
                return
            state = await h.evaluate(_CHECKED_JS)
            if bool(state) != checked:
                await h.evaluate("e => e.click()")

    def done() -> str:
        if not kept:
            return f'{"Checked" if checked else "Unchecked"} [{ref}] "{el.name}".'
        return (f'Clicked [{ref}] "{el.name}" once; its page keeps the box\'s state itself, and it was still '
                f'{"checked" if kept[0] else "unchecked"} right after the click (the page may set it once its server '
                "answers: the snapshot shows what it decided).")

    return await run_action(ctx, check, done, effect=judge_check.effect(ctx, {"ref": ref}))


_SCROLL_JS = """
([el, dir]) => {
  const target = el || document.scrollingElement || document.documentElement;
  const pageY = el ? el.clientHeight : window.innerHeight, pageX = el ? el.clientWidth : window.innerWidth;
  const scrollable = !el || el.scrollHeight > el.clientHeight + 2 || el.scrollWidth > el.clientWidth + 2;
  if (!scrollable) { el.scrollIntoView({block: 'center'}); return 'into view'; }
  const s = (x, y) => el ? el.scrollBy(x, y) : window.scrollBy(x, y);
  if (dir === 'down') s(0, pageY * 0.8);
  else if (dir === 'up') s(0, -pageY * 0.8);
  else if (dir === 'right') s(pageX * 0.8, 0);
  else if (dir === 'left') s(-pageX * 0.8, 0);
  else if (dir === 'top') target.scrollTo(0, 0);
  else if (dir === 'bottom') target.scrollTo(0, target.scrollHeight);
  return 'scrolled';
}
"""


@tool(risk="read_only", judge=judge_scroll)
async def browser_scroll(
    ctx: ToolContext, direction: Literal["down", "up", "left", "right", "top", "bottom"] = "down",
    ref: int | None = None,
) -> ToolResult:
    """Scroll the page (or a scrollable element) by most of a screen, or to the top/bottom.

    Args:
        direction: down, up, left, right, top or bottom.
        ref: A scrollable element to scroll instead of the page (an unscrollable one is scrolled into view).
    """
    browser = await session(ctx)
    if ref is not None:
        element(browser, ref)
    outcome: list[str] = []

    async def scroll(page: Page) -> None:
        h = await handle(browser, ref) if ref is not None else None
        outcome.append(str(await page.evaluate(_SCROLL_JS, [h, direction])))

    def said() -> str:
        what = f"[{ref}]" if ref is not None else "the page"
        return f"Scrolled {what} into view." if outcome == ["into view"] else f"Scrolled {what} {direction}."

    return await run_action(ctx, scroll, said, effect=judge_scroll.effect(ctx, {}))


@tool(risk="reversible", judge=judge_press)
async def browser_press(ctx: ToolContext, key: str) -> ToolResult:
    """Press a key or chord on the focused element: Enter, Tab, Escape, ArrowDown, Control+A, …

    Args:
        key: Playwright key name, e.g. "Enter", "Escape", "ArrowDown", "Control+A".
    """

    held = key.split("+")[:-1] if len(key) > 1 else []
    if any(part not in _MODIFIERS for part in held):
        raise ToolError(f"{key!r} holds a key that is not a modifier; press the keys one at a time (e.g. \"Tab\", "
                        "then \"Enter\"); only Shift, Control, Alt and Meta combine with a key")
    browser = await session(ctx)

    async def press(page: Page) -> None:
        await recheck(browser, press_reasons, {"key": key}, ctx)
        try:
            await page.keyboard.press(key)
        except PlaywrightError as exc:
            if "Unknown key" in str(exc):
                raise ToolError(f"unknown key {key!r}; use names like Enter, Tab, Escape, ArrowDown") from None
            raise

    return await run_action(ctx, press, f"Pressed {key}.", effect=judge_press.effect(ctx, {"key": key}))


@tool(risk="read_only", judge=judge_hover)
async def browser_hover(ctx: ToolContext, ref: int) -> ToolResult:
    """Move the mouse over an element (opens hover menus and tooltips).

    Args:
        ref: The element's number from the latest snapshot.
    """
    browser = await session(ctx)
    el = element(browser, ref)

    async def hover(page: Page) -> None:
        h = await handle(browser, ref)
        await page.mouse.move(0, 0)  # from outside, so hovering again (a menu that closed) enters it again
        await h.hover(timeout=_CLICK_TIMEOUT)

    return await run_action(ctx, hover, f'Hovered over [{ref}] "{el.name}".',
                            effect=judge_hover.effect(ctx, {"ref": ref}))


@tool(risk="reversible", judge=judge_drag)
async def browser_drag(ctx: ToolContext, from_ref: int, to_ref: int) -> ToolResult:
    """Drag one element onto another (drag and drop, sliders, sortable lists).

    Args:
        from_ref: The element to pick up.
        to_ref: The element to drop it on.
    """
    browser = await session(ctx)
    src, dst = element(browser, from_ref), element(browser, to_ref)

    async def drag(page: Page) -> None:
        await recheck(browser, drag_reasons, {"from_ref": from_ref, "to_ref": to_ref}, ctx)
        a, b = await handle(browser, from_ref), await handle(browser, to_ref)
        await a.scroll_into_view_if_needed(timeout=_CLICK_TIMEOUT)
        box_a = await a.bounding_box()
        box_b = await b.bounding_box()
        if box_a is None or box_b is None:
            raise ToolError("one of the elements is not visible, so it cannot be dragged")
        await page.mouse.move(box_a["x"] + box_a["width"] / 2, box_a["y"] + box_a["height"] / 2)
        await page.mouse.down()
        await page.mouse.move(box_b["x"] + box_b["width"] / 2, box_b["y"] + box_b["height"] / 2, steps=12)
        await page.mouse.up()

    return await run_action(ctx, drag, f'Dragged [{from_ref}] "{src.name}" onto [{to_ref}] "{dst.name}".',
                            effect=judge_drag.effect(ctx, {"from_ref": from_ref, "to_ref": to_ref}))


@tool(risk="reversible", judge=judge_click_at)
async def browser_click_at(ctx: ToolContext, x: int, y: int) -> ToolResult:
    """Click at viewport coordinates (for canvases and other-site frames); returns a screenshot too.

    Args:
        x: Pixels from the left edge of the visible screen.
        y: Pixels from the top edge of the visible screen.
    """

    browser = await session(ctx)

    async def click(page: Page) -> None:
        size = page.viewport_size or {"width": 1280, "height": 800}
        if not (0 <= x < size["width"] and 0 <= y < size["height"]):
            raise ToolError(f"({x}, {y}) is outside the visible screen ({size['width']}x{size['height']})")
        await recheck(browser, point_args_reasons, {"x": x, "y": y}, ctx)
        await page.mouse.click(x, y)

    return await run_action(ctx, click, f"Clicked at ({x}, {y}).", screenshot=True, labels=False,
                            effect=judge_click_at.effect(ctx, {"x": x, "y": y}))


@tool(risk="reversible", judge=judge_back)
async def browser_back(ctx: ToolContext) -> ToolResult:
    """Go back to the previous page in this tab."""
    went: list[bool] = []
    resent: list[str] = []

    async def no_resubmit(route: Route, request: Request) -> None:
        # Going back to the answer of a form re-sends the form (an order placed twice): never without asking.
        if request.is_navigation_request() and request.method == "POST":
            resent.append(request.url)
            await route.abort("aborted")
            return
        await route.fallback()

    async def back(page: Page) -> None:
        response = None
        await page.route("**/*", no_resubmit)
        try:
            with contextlib.suppress(PlaywrightError):
                before = page.url
                response = await page.go_back(wait_until="domcontentloaded", timeout=15_000)
                went.append(response is not None or page.url != before)
        finally:
            with contextlib.suppress(PlaywrightError):
                await page.unroute("**/*", no_resubmit)
        if resent:
            raise ToolError(f"going back would send the form that led to {display_url(resent[0])} again; not done. "
                            "Open the page you want with browser_open (or submit the form again knowingly)")

    result = await run_action(ctx, back, lambda: "Went back." if went and went[0] else "",
                              effect=judge_back.effect(ctx, {}))
    if not (went and went[0]):
        raise ToolError("there is no previous page in this tab")
    return result


async def observe_now(ctx: ToolContext, effect: str, *, screenshot: bool = False, labels: bool = False) -> ToolResult:
    """A fresh snapshot without acting (tab switches, screenshots)."""
    browser = await session(ctx)
    snap, notes = await browser.act(None)
    return await observe(ctx, browser, snap, notes, effect, screenshot=screenshot, labels=labels)
