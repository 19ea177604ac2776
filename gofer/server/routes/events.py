"""A run's events (JSON, SSE, WebSocket), what it waits on, and the answers to it; blobs its events name."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Header, Query, Request, WebSocket
from fastapi.responses import Response

from gofer.events import ConfirmationRequested, Event, QuestionAsked
from gofer.runtime.commands import Answer, Confirm
from gofer.safety.history import audit_trail
from gofer.server.auth import STREAM_SUBPROTOCOL, Caller, Principal, websocket_principal
from gofer.server.context import get_ctx, get_ws_ctx
from gofer.server.errors import ERROR_RESPONSES, ApiError
from gofer.server.routes._common import invalid, owned_run
from gofer.server.schemas import Accepted, AnswerIn, ConfirmationIn, EventList, Pending
from gofer.server.streaming import EventStream, websocket_stream
from gofer.store.base import AUDIT_TYPES, NotFoundError

__all__ = ["router"]

router = APIRouter(prefix="/v1/runs", tags=["events"], responses=ERROR_RESPONSES)

EVENTS_PAGE = 1_000
"""Events a page holds when the client names no ``limit`` (a long run's log is tens of thousands of events)."""
EVENTS_PAGE_MAX = 10_000
"""The most events one page may hold."""

MAX_SEQ = 2**53
"""The largest stream position a client may give (a seq; the store keeps 64-bit integers)."""
_POSITION = re.compile(r"-?[0-9]{1,16}")

_SSE_DOC: dict[int | str, dict[str, Any]] = {
    200: {"description": "The events as JSON, or as Server-Sent Events with `Accept: text/event-stream` "
          "(`id` is the seq, `event` the type, `data` the JSON event; closes after the terminal event).",
          "content": {"text/event-stream": {"schema": {"type": "string"}}}},
}


@router.get("/{run_id}/events", response_model=EventList, responses=_SSE_DOC, summary="Read or stream events")
async def get_events(run_id: str, request: Request, who: Caller,
                     after: int = Query(default=-1, ge=-1, le=MAX_SEQ,
                                        description="Only events with a greater seq."),
                     limit: int = Query(default=EVENTS_PAGE, ge=1, le=EVENTS_PAGE_MAX,
                                        description="Events a page holds at most."),
                     last_event_id: str | None = Header(default=None, max_length=40)) -> Any:
    """Events after ``after`` (default: from the first), a page at a time: ``next_after`` is the ``after`` of
    the next page while the log holds more (None at its end). With ``Accept: text/event-stream`` a live stream
    that resumes after ``Last-Event-ID`` and closes after the run's terminal event."""
    ctx = get_ctx(request)
    await owned_run(ctx, who, run_id)
    if last_event_id is not None:
        after = max(after, _position(last_event_id, "last-event-id"))
    if "text/event-stream" in request.headers.get("accept", ""):
        return EventStream(ctx, run_id, after, who)
    events = await ctx.store.read(run_id, after, limit)
    run = await owned_run(ctx, who, run_id)
    reached = max(after, events[-1].seq if events else after)
    more = reached < run.last_seq
    return EventList(events=events, terminal=run.status.terminal and not more,
                     next_after=reached if more else None)


@router.get("/{run_id}/audit", response_model=EventList, summary="Guard decisions and confirmations")
async def get_audit(run_id: str, request: Request, who: Caller,
                    after: int = Query(default=-1, ge=-1, le=MAX_SEQ, description="Only events with a greater seq."),
                    limit: int = Query(default=EVENTS_PAGE, ge=1, le=EVENTS_PAGE_MAX,
                                       description="Events a page holds at most.")) -> EventList:
    """The run's audit trail, as ``gofer audit`` prints it: its GuardDecision, ConfirmationRequested and
    ConfirmationResolved events after ``after``, in order, a page at a time: ``next_after`` is the ``after`` of
    the next page while the trail holds more (None at its end); ``terminal``: the run has ended and this page
    reaches the trail's end."""
    ctx = get_ctx(request)
    run = await owned_run(ctx, who, run_id)  # before the read: a run that has ended has all its trail written
    # One more than the page says whether the trail goes on (the log's last seq counts events of every type).
    events = await ctx.store.read(run_id, after, limit + 1, types=AUDIT_TYPES)
    more = len(events) > limit
    page = list[Event](audit_trail(events[:limit]))
    return EventList(events=page, terminal=run.status.terminal and not more,
                     next_after=events[limit - 1].seq if more else None)


@router.websocket("/{run_id}/events")
async def events_socket(websocket: WebSocket, run_id: str) -> None:
    """The run's events as JSON text messages (``?after=N``; the key as a Bearer header, a ``gofer.key.KEY``
    subprotocol beside ``gofer.v1``, or ``?token=``)."""
    ctx = get_ws_ctx(websocket)
    offered = websocket.scope.get("subprotocols", [])
    await websocket.accept(subprotocol=STREAM_SUBPROTOCOL if STREAM_SUBPROTOCOL in offered else None)
    try:
        who = await websocket_principal(websocket, ctx)
        await owned_run(ctx, who, run_id)
    except ApiError as exc:
        await websocket.close(code=4000 + exc.status, reason=exc.message[:120])
        return
    except NotFoundError:
        await websocket.close(code=4404, reason="not found")
        return
    try:
        after = _position(websocket.query_params.get("after", "-1"), "after")
    except ApiError as exc:
        await websocket.close(code=4422, reason=exc.message[:120])
        return
    await websocket_stream(ctx, websocket, run_id, after, who)


def _position(raw: str, field: str) -> int:
    """A stream position from a header or query string: a whole number from -1 to MAX_SEQ in ASCII digits, or a
    422 naming ``field`` (``--1``, ``²`` or forty nines are not positions)."""
    text = raw.strip()
    if not _POSITION.fullmatch(text) or not -1 <= int(text) <= MAX_SEQ:
        raise invalid(field, f"must be a whole number from -1 to {MAX_SEQ} (an event's seq), not {text[:20]!r}")
    return int(text)


@router.get("/{run_id}/pending", response_model=Pending, summary="What the run waits on")
async def get_pending(run_id: str, request: Request, who: Caller) -> Pending:
    """Open confirmations and questions."""
    ctx = get_ctx(request)
    await owned_run(ctx, who, run_id)
    events = await ctx.pending(run_id)
    return Pending(confirmations=[e for e in events if isinstance(e, ConfirmationRequested)],
                   questions=[e for e in events if isinstance(e, QuestionAsked)])


@router.post("/{run_id}/confirmations/{action_id}", status_code=202, response_model=Accepted,
             summary="Approve or deny an action")
async def resolve_confirmation(run_id: str, action_id: str, body: ConfirmationIn, request: Request,
                               who: Caller) -> Accepted:
    """Approve or deny a pending confirmation; 404 if no such confirmation, 409 if already decided or if the
    confirmation timeout ran out before this answer (the run records that as a denial)."""
    ctx = get_ctx(request)
    await _live(ctx, who, run_id)
    pending = await ctx.pending(run_id)
    asked = next((e for e in pending if isinstance(e, ConfirmationRequested) and e.action_id == action_id), None)
    if asked is None:
        await _absent_or_done(ctx, run_id, "ConfirmationRequested", "action_id", action_id)
    else:
        await _in_time(ctx, asked, ctx.settings.confirmation_timeout)
    await _not_queued(ctx, run_id, "confirm", "action_id", action_id)
    await ctx.service.command(run_id, Confirm(action_id=action_id, approved=body.approved, note=body.note,
                                              decided_by=who.user.name, remember=body.remember and body.approved),
                              user_id=who.user_id)
    return Accepted(run_id=run_id, kind="confirm")


@router.post("/{run_id}/answers/{question_id}", status_code=202, response_model=Accepted,
             summary="Answer a question")
async def answer_question(run_id: str, question_id: str, body: AnswerIn, request: Request,
                          who: Caller) -> Accepted:
    """Answer a pending question; 404 if no such question, 409 if already answered."""
    ctx = get_ctx(request)
    await _live(ctx, who, run_id)
    pending = await ctx.pending(run_id)
    if not any(isinstance(e, QuestionAsked) and e.question_id == question_id for e in pending):
        await _absent_or_done(ctx, run_id, "QuestionAsked", "question_id", question_id)
    await _not_queued(ctx, run_id, "answer", "question_id", question_id)
    await ctx.service.command(run_id, Answer(question_id=question_id, answer=body.answer), user_id=who.user_id)
    return Accepted(run_id=run_id, kind="answer")


async def _in_time(ctx: Any, asked: ConfirmationRequested, timeout: float | None) -> None:
    """409 when the confirmation's time ran out: the runner denies it on its next look (it may not have looked
    yet: a restarted server, a run nobody drives), so a 202 would promise an approval that never counts. Read by
    the store's clock, which stamped the question (this server's clock may be off)."""
    if timeout is not None and (await ctx.store.clock() - asked.ts).total_seconds() >= timeout:
        raise ApiError(409, "conflict", f"{asked.action_id} was not decided within the confirmation timeout "
                       f"({timeout:g} s): it counts as denied")


async def _live(ctx: Any, who: Principal, run_id: str) -> None:
    run = await owned_run(ctx, who, run_id)
    if run.status.terminal:
        raise ApiError(409, "conflict", f"run {run_id} has ended ({run.status.value})")


async def _not_queued(ctx: Any, run_id: str, kind: str, field: str, value: str) -> None:
    """409 when a decision on the same request is already waiting in the run's inbox (two quick decisions from
    two places: the first one counts, the second is told so instead of a 202 that changes nothing)."""
    for command in await ctx.store.queued_commands(run_id):
        if command.kind == kind and command.payload.get(field) == value:
            raise ApiError(409, "conflict", f"{field} {value} was already decided; that decision is being applied")


async def _absent_or_done(ctx: Any, run_id: str, type_: str, field: str, value: str) -> None:
    events = await ctx.store.read(run_id, types=(type_,), mentioning=value)  # the few naming it, not all of them
    if any(getattr(e, field) == value for e in events):
        raise ApiError(409, "conflict", f"{value} is no longer pending")
    raise NotFoundError(f"no pending {field} {value} in run {run_id}")


_SHA = re.compile(r"^[0-9a-f]{64}$")


@router.get("/{run_id}/blobs/{sha256}", response_class=Response, summary="A blob the run's events name",
            responses={200: {"content": {"application/octet-stream": {}, "image/png": {}},
                             "description": "The bytes"}})
async def get_blob(run_id: str, sha256: str, request: Request, who: Caller) -> Response:
    """Bytes (a screenshot, say) that one of the run's events refers to by hash."""
    ctx = get_ctx(request)
    await owned_run(ctx, who, run_id)
    if not _SHA.match(sha256):
        raise NotFoundError("no such blob")
    if not await ctx.store.names_blob(run_id, sha256):  # recorded as the naming event was appended
        raise NotFoundError("no such blob in this run")
    data, media_type = await ctx.store.get_blob(sha256)
    headers = {"Cache-Control": "private, max-age=86400", "X-Content-Type-Options": "nosniff"}
    media_type = media_type.split(";")[0].strip().lower()
    if media_type not in _SAFE_TYPES:  # an MCP server names its images' types: SVG or HTML would run script
        media_type = "application/octet-stream"
        headers["Content-Disposition"] = "attachment"
    return Response(data, media_type=media_type, headers=headers)


_SAFE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp", "application/json"})
"""Blob types served as they are: raster images and JSON (the model's raw replies), which a browser never runs.
Anything else (image/svg+xml, text/html, ...) is served as bytes to save: the UI turns blobs into blob: URLs of
its own origin, where an SVG or HTML "image" opened in a tab would run its script beside the person's key."""

