"""The browser tools. ``TOOLS`` lists all of them; the ref-based actions live in ``browser_actions``.

The session's browser is the Computer part ``"browser"`` (see :mod:`gofer.computer.browser.part`). Every
observation is the page's snapshot, marked untrusted; JS dialogs, new tabs, downloads (saved into the
workspace under ``downloads/``) and refused navigations are reported in it.
"""

from __future__ import annotations

import asyncio
import mimetypes
from typing import Any, Literal

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from gofer.computer.browser.effects import Effect
from gofer.computer.browser.policy import display_url
from gofer.computer.browser.reader import ReadError, extract_markdown, fetch_document, pdf_text
from gofer.computer.browser.session import Unwatched
from gofer.computer.workspace import WorkspaceError
from gofer.events import Risk
from gofer.safety._others_words import OTHERS_KEY
from gofer.tools.base import RiskJudgement, Tool, ToolContext, ToolError, ToolResult, tool
from gofer.tools.browser_actions import (
    browser_back,
    browser_check,
    browser_click,
    browser_click_at,
    browser_drag,
    browser_hover,
    browser_open,
    browser_press,
    browser_scroll,
    browser_select,
    browser_type,
    observe_now,
)
from gofer.tools.browser_common import (
    altered_message,
    element,
    handle,
    held_message,
    observe,
    run_action,
    session,
    unwatched_error,
)
from gofer.tools.browser_judges import dialog_effect, judge_dialog, no_reasons, recheck, recheck_dialog
from gofer.tools.browser_others import others_in_html_off_loop

__all__ = ["TOOLS"]

_READ_LIMIT = 60_000


@tool(risk="read_only")
async def browser_tabs(ctx: ToolContext) -> ToolResult:
    """List the open tabs (number, title, URL); the current one is marked."""
    browser = await session(ctx)
    await browser.ensure()
    rows = []
    for i, tab in enumerate(browser.tabs):
        title = ""
        try:
            title = await tab.page.title()
        except PlaywrightError:
            title = "(not responding)"
        mark = " (current)" if i == browser.active else ""
        rows.append(f"{i + 1}. {title or '(untitled)'} — {display_url(tab.page.url)}{mark}")
    return ToolResult(text="Open tabs:\n" + "\n".join(rows), untrusted=True, data={"tabs": len(rows)})


@tool(risk="read_only")
async def browser_switch_tab(ctx: ToolContext, n: int) -> ToolResult:
    """Switch to tab number n (as listed by browser_tabs) and show its snapshot.

    Args:
        n: The tab's number, starting at 1.
    """
    browser = await session(ctx)
    await browser.ensure()
    if not 1 <= n <= len(browser.tabs):
        raise ToolError(f"there is no tab {n}; open tabs are 1 to {len(browser.tabs)}")
    await browser.switch(n)
    return await observe_now(ctx, f"Switched to tab {n}.")


@tool(risk="reversible", judge=judge_dialog)
async def browser_dialog(ctx: ToolContext, accept: bool, text: str | None = None) -> ToolResult:
    """Answer the open JavaScript dialog (alert, confirm, prompt): accept (OK) or dismiss (Cancel).

    Args:
        accept: True for OK, False for Cancel.
        text: For a prompt dialog, the text to enter before accepting.
    """
    browser = await session(ctx)
    recheck_dialog(browser, {"accept": accept}, ctx)
    effect = dialog_effect(ctx, {"accept": accept})
    try:
        desc, snap, notes = await browser.answer_dialog(accept, text, effect)
    except LookupError:
        raise ToolError("no JavaScript dialog is open") from None
    except Unwatched as exc:
        raise unwatched_error(exc) from None
    verb = "Accepted" if accept else "Dismissed"
    entered = f' with "{text}"' if text is not None and accept else ""
    result = await observe(ctx, browser, snap, notes, f"{verb} the {desc}{entered}.")
    if (unfinished := browser.unfinished) is not None:
        browser.unfinished = None
        raise ToolError(f"{verb} the {desc}{entered}; the action it blocked did not finish: {unfinished}",
                        output=result.text)
    if altered := browser.effects.take_altered():
        raise ToolError(altered_message(altered), output="\n".join([*dict.fromkeys(altered), "", result.text]))
    if effect is not None and (held := browser.effects.take(effect.action)):
        raise ToolError(held_message(effect.action, held), output=result.text)
    return result


@tool(risk="read_only")
async def browser_read(
    ctx: ToolContext, url: str | None = None, mode: Literal["article", "full"] = "article"
) -> ToolResult:
    """Read a page's main content as markdown (cheaper than snapshots for long pages); a PDF gives its text. A page
    the server answered with an error status (404, 403, ...) is read too, and its status said first.

    Args:
        url: The URL to read; omit it to read the current page.
        mode: "article" for the main content only, "full" for all the text.
    """
    browser = await session(ctx)
    html: str | None = None  # what other people's words on it are looked for in (a PDF has no sections)
    status: int | None = None
    if url:
        if browser.context is None:
            raise ToolError("the browser is not running")
        await browser.ensure()
        assert browser.context is not None
        try:
            final, kind, body, status = await fetch_document(
                browser.context.request, browser.policy, browser.workspace, url
            )
        except ReadError as exc:  # it may name where a server redirected to
            raise ToolError(f"could not read {url} (why follows as data)", output=str(exc)) from None
        if "pdf" in kind or body[:5] == b"%PDF-":
            try:
                text = await asyncio.to_thread(pdf_text, body)
            except Exception as exc:  # a broken PDF is the page's fault, not ours; the parser may quote it
                raise ToolError(f"could not read the PDF at {url} (the reader's message follows as data)",
                                output=str(exc)) from None
            title = final.rsplit("/", 1)[-1]
        else:
            html = body.decode("utf-8", errors="replace")
            text = await asyncio.to_thread(_page_text, html, final, mode)
            title = ""
    else:
        await browser.ensure()
        page = browser.tab.page
        final = page.url
        try:
            html = await page.content()
            title = await page.title()
            status = await page.evaluate(_NAVIGATION_STATUS)
        except PlaywrightError as exc:
            raise ToolError("the page cannot be read now (the browser's message follows as data)",
                            output=str(exc).splitlines()[0]) from None
        markdown = await asyncio.to_thread(extract_markdown, html, final, mode)
        text = markdown or ""
        if not text.strip():
            text = await page.inner_text("body")
    if len(text) > _READ_LIMIT:
        text = text[:_READ_LIMIT] + f"\n[... cut: {len(text) - _READ_LIMIT:,} more characters]"
    head = f"# {title}\n" if title else ""
    data: dict[str, Any] = {"url": display_url(final), "chars": len(text)}
    error = isinstance(status, int) and status >= 400
    if error:
        data["status"] = status
        head += f"HTTP {status}: the server answered with an error; the text below is its error page.\n"
    if html is not None and (others := await others_in_html_off_loop(html, final, status if error else None,
                                                                             browser.policy, ctx.run_id)):
        data[OTHERS_KEY] = others
    return ToolResult(
        text=f"{head}URL: {display_url(final)}\n\n{text.strip() or '(no readable text)'}",
        untrusted=True,
        data=data,
    )


_NAVIGATION_STATUS = "() => { const nav = performance.getEntriesByType('navigation')[0]; " \
    "return nav && nav.responseStatus ? nav.responseStatus : null; }"
"""The HTTP status the current page was served with (null when the browser does not say: a page made by script)."""


def _page_text(html: str, url: str, mode: str) -> str:
    """A fetched page's markdown, or its plain text when no article is found (run in a thread: a 2 MB page takes
    seconds, which the event loop, serving every run, must not wait)."""
    text = extract_markdown(html, url, mode) or ""
    return text if text.strip() else _plain_text(html)


def _plain_text(html: str) -> str:
    import lxml.html

    try:
        doc = lxml.html.fromstring(html)
    except Exception:  # not HTML after all
        return html[:_READ_LIMIT]
    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    lines = [" ".join(t.split()) for t in doc.text_content().splitlines()]
    return "\n".join(t for t in lines if t)


@tool(risk="read_only")
async def browser_screenshot(ctx: ToolContext, labels: bool = True) -> ToolResult:
    """A screenshot of the visible screen, with each element's ref drawn on it as a numbered box.

    Args:
        labels: Draw the refs' numbered boxes on the image (False for a clean picture).
    """
    return await observe_now(ctx, "Screenshot of the visible screen attached.", screenshot=True, labels=labels)


def _judge_upload(arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement:
    """Attaching a file gives it to the page, which can send it at once (many upload on selection)."""
    path = arguments.get("path", "")
    reason = f"gives the workspace file {path} to the page, which can send it"
    return RiskJudgement(risk=Risk.CONSEQUENTIAL, reasons=[reason])


@tool(risk="reversible", judge=_judge_upload)
async def browser_upload(ctx: ToolContext, ref: int, path: str) -> ToolResult:
    """Put a workspace file into a file-upload field (or the file chooser a button opens).

    Args:
        ref: The file input (or upload button) from the latest snapshot.
        path: The file's path in the workspace.
    """
    browser = await session(ctx)
    el = element(browser, ref)
    try:
        data = browser.workspace.read_bytes(path, limit=100 << 20)
        rel = browser.workspace.relative(path)
    except (WorkspaceError, OSError) as exc:
        raise ToolError(str(exc)) from None
    payload = {"name": rel.name, "mimeType": mimetypes.guess_type(rel.name)[0] or "application/octet-stream",
               "buffer": data}

    async def upload(page: Page) -> None:
        await recheck(browser, no_reasons, {"ref": ref}, ctx)  # the page the person was shown, still
        h = await handle(browser, ref)
        if el.type == "file":
            await h.set_input_files(payload, timeout=5000)  # type: ignore[arg-type]
            return
        async with page.expect_file_chooser(timeout=5000) as chooser:
            await h.click(timeout=5000)
        await (await chooser.value).set_files(payload)  # type: ignore[arg-type]

    # Always asked about (see _judge_upload): what the page then sends is what the person approved.
    attach = Effect(f'attaching {rel} to [{ref}] "{el.name[:60]}"', allowed=True)
    return await run_action(ctx, upload, f"Attached {rel} ({len(data)} bytes) to [{ref}].", effect=attach)


TOOLS: list[Tool] = [
    browser_open,
    browser_click,
    browser_type,
    browser_select,
    browser_check,
    browser_scroll,
    browser_press,
    browser_hover,
    browser_drag,
    browser_click_at,
    browser_back,
    browser_tabs,
    browser_switch_tab,
    browser_dialog,
    browser_read,
    browser_screenshot,
    browser_upload,
]
"""All browser tools, for the registry."""
