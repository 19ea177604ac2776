"""The live computer: takeover (start, forward input, end), the current screen, and watch-mode heartbeats.

During a takeover the run waits (TakeoverStarted); the person's clicks and keys go straight to the session's
browser page and are never written to the log; TakeoverEnded tells the model what changed.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from gofer.runtime.commands import Heartbeat, TakeoverEnd, TakeoverStart
from gofer.safety.spotlight import wrap_untrusted
from gofer.server.auth import Caller, Principal
from gofer.server.context import ServerContext, get_ctx
from gofer.server.errors import ERROR_RESPONSES, ApiError
from gofer.server.routes._common import owned_run
from gofer.server.schemas import Accepted, ReasonIn, TakeoverEndIn, TakeoverInput, WatchIn
from gofer.store.base import RunRecord

__all__ = ["find_page", "router"]

router = APIRouter(prefix="/v1/runs", tags=["computer"], responses=ERROR_RESPONSES)


async def _live(ctx: ServerContext, who: Principal, run_id: str) -> RunRecord:
    run = await owned_run(ctx, who, run_id)
    if run.status.terminal:
        raise ApiError(409, "conflict", f"run {run_id} has ended ({run.status.value})")
    return run


@router.post("/{run_id}/takeover", status_code=202, response_model=Accepted, summary="Take over the browser")
async def takeover_start(run_id: str, request: Request, who: Caller,
                         body: ReasonIn | None = None) -> Accepted:
    """The run pauses (TakeoverStarted) while the person drives the browser."""
    ctx = get_ctx(request)
    await _live(ctx, who, run_id)
    await ctx.service.command(run_id, TakeoverStart(reason=body.reason if body else ""), user_id=who.user_id)
    return Accepted(run_id=run_id, kind="takeover_start")


@router.post("/{run_id}/takeover/end", status_code=202, response_model=Accepted, summary="Hand the browser back")
async def takeover_end(run_id: str, request: Request, who: Caller,
                       body: TakeoverEndIn | None = None) -> Accepted:
    """The run carries on (TakeoverEnded) and the model is told what changed."""
    ctx = get_ctx(request)
    await _live(ctx, who, run_id)
    summary = body.summary if body else ""
    page = await find_page(ctx, (await owned_run(ctx, who, run_id)).session_id)
    if page is not None and not summary:
        try:
            # The page's address and title are the page's words, and this note reaches the model in gofer's
            # voice: they go in a data block.
            where = wrap_untrusted("browser-page", f"{page.url} ({await page.title()})")
            summary = f"The person handed the browser back on this page:\n{where}"
        except Exception:
            summary = "The person handed the browser back."
    await ctx.service.command(run_id, TakeoverEnd(summary=summary), user_id=who.user_id)
    return Accepted(run_id=run_id, kind="takeover_end")


@router.post("/{run_id}/heartbeat", status_code=202, response_model=Accepted, summary="Watch-mode heartbeat")
async def heartbeat(run_id: str, body: WatchIn, request: Request, who: Caller) -> Accepted:
    """Say a person is (or stopped) watching; runs on sensitive sites pause while nobody watches."""
    ctx = get_ctx(request)
    await _live(ctx, who, run_id)
    await ctx.service.command(run_id, Heartbeat(watched=body.watched), user_id=who.user_id)
    return Accepted(run_id=run_id, kind="heartbeat")


async def find_page(ctx: ServerContext, session_id: str) -> Any | None:
    """The session's active browser page (a Playwright Page) if its computer has a browser running."""
    computer = ctx.session_computer(session_id)
    if computer is None or not hasattr(computer, "peek"):
        return None
    browser = computer.peek("browser")
    if browser is None:
        return None
    from gofer.computer.browser.session import BrowserSession  # loaded with the browser part that exists

    if not isinstance(browser, BrowserSession):
        return None
    await browser.ensure()  # reopen a crashed tab or browser first
    if not browser.tabs:
        return None
    page = browser.tab.page
    return None if page.is_closed() else page


_PNG: dict[int | str, dict[str, Any]] = {200: {"content": {"image/png": {}}, "description": "A PNG screenshot"}}


@router.get("/{run_id}/screen", response_class=Response, responses=_PNG, summary="The browser's screen now")
async def screen(run_id: str, request: Request, who: Caller) -> Response:
    """A screenshot of the session's browser page as it is now; 409 when no browser is open."""
    ctx = get_ctx(request)
    run = await owned_run(ctx, who, run_id)
    page = await find_page(ctx, run.session_id)
    if page is None:
        raise ApiError(409, "conflict", "no browser is open in this run's session")
    png = await page.screenshot(type="png")
    return Response(png, media_type="image/png", headers={"Cache-Control": "no-store"})


@router.post("/{run_id}/takeover/input", response_class=Response, responses=_PNG, summary="Forward input")
async def takeover_input(run_id: str, body: TakeoverInput, request: Request,
                         who: Caller) -> Response:
    """Forward one click, key, text or scroll to the page during a takeover; answers the new screen."""
    ctx = get_ctx(request)
    run = await _live(ctx, who, run_id)
    newest = await ctx.store.last(run_id, ("TakeoverStarted", "TakeoverEnded"))  # at each click: not all of them
    if newest is None or newest.type != "TakeoverStarted":
        raise ApiError(409, "conflict", "take over the browser first (POST /v1/runs/{id}/takeover)")
    page = await find_page(ctx, run.session_id)
    if page is None:
        raise ApiError(409, "conflict", "no browser is open in this run's session")
    try:
        await _forward(page, body)
    except ApiError:
        raise
    except Exception as exc:
        raise ApiError(422, "invalid_request", f"{body.kind}: the page refused the input ({type(exc).__name__})",
                       [{"field": "kind", "message": str(exc)[:200]}]) from None
    png = await page.screenshot(type="png")
    return Response(png, media_type="image/png", headers={"Cache-Control": "no-store"})


async def _forward(page: Any, body: TakeoverInput) -> None:
    if body.kind == "click":
        if body.x is None or body.y is None:
            raise ApiError(422, "invalid_request", "x, y: a click needs both", [{"field": "x", "message": "required"}])
        await page.mouse.click(body.x, body.y)
    elif body.kind == "key":
        if not body.key:
            raise ApiError(422, "invalid_request", "key: required", [{"field": "key", "message": "required"}])
        await page.keyboard.press(body.key)
    elif body.kind == "type":
        await page.keyboard.type(body.text or "")
    else:
        await page.mouse.wheel(body.dx, body.dy)
