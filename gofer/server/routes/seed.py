"""The seed's API surface, as thin aliases over the same services: execute, sessions and chat."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import datetime
from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field

from gofer.events import (
    ActionProposed,
    ConfirmationRequested,
    Event,
    Observation,
    QuestionAsked,
    RunFailed,
    RunFinished,
    RunStatus,
)
from gofer.server.auth import Caller
from gofer.server.context import ServerContext, get_ctx
from gofer.server.errors import ERROR_RESPONSES
from gofer.server.routes._common import owned_run
from gofer.server.routes.runs import start_run
from gofer.server.schemas import RunCreate
from gofer.server.streaming import follow
from gofer.store.base import RunRecord

__all__ = ["router"]

router = APIRouter(prefix="/api/v1/agent", tags=["seed"], responses=ERROR_RESPONSES)


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ExecuteIn(_In):
    """A task to run (``context.model`` picks the model, ``context.session_id`` the session)."""

    task_description: str = Field(min_length=1, max_length=100_000)
    context: dict[str, Any] = Field(default_factory=dict)
    tools: list[str] | None = None


class ExecuteOut(BaseModel):
    """An execution (a run): its id, its status in the seed's words, and the result once completed."""

    execution_id: str
    status: Literal["initiated", "running", "completed", "failed"]
    result: Any = None


class SessionIn(_In):
    """Options for a new agent session."""

    context: dict[str, Any] = Field(default_factory=dict)


class SessionOut(BaseModel):
    """A new agent session."""

    session_id: str
    created_at: datetime


class ChatIn(_In):
    """A message to the agent in a session; the answer comes when the run ends or needs the person."""

    message: str = Field(min_length=1, max_length=100_000)
    session_id: str | None = Field(default=None, max_length=100)
    context: dict[str, Any] = Field(default_factory=dict)


class ChatOut(BaseModel):
    """The agent's reply: text, the actions it took, and what changed (run, status, files)."""

    content: str
    actions: list[dict[str, Any]]
    context_updates: dict[str, Any]


def _seed_status(run: RunRecord, fresh: bool = False) -> Literal["initiated", "running", "completed", "failed"]:
    if run.status == RunStatus.FINISHED:
        return "completed"
    if run.status in (RunStatus.FAILED, RunStatus.CANCELLED):
        return "failed"
    return "initiated" if fresh else "running"


def _run_create(ctx_in: dict[str, Any], task: str, tools: list[str] | None,
                session_id: str | None) -> RunCreate:
    model = ctx_in.get("model")
    return RunCreate(task=task, model=model if isinstance(model, str) else None, tools=tools,
                     session_id=session_id)


async def _result(ctx: ServerContext, run: RunRecord) -> Any:
    if run.status == RunStatus.FINISHED:
        finished = await ctx.store.last(run.id, ("RunFinished",))
        if isinstance(finished, RunFinished):
            return {"answer": finished.answer, "files": [f.model_dump() for f in finished.files]}
    if run.status in (RunStatus.FAILED, RunStatus.CANCELLED):
        failed = await ctx.store.last(run.id, ("RunFailed",))
        return {"error": failed.error if isinstance(failed, RunFailed) else run.status.value}
    return None


@router.post("/execute", response_model=ExecuteOut, status_code=201, summary="Execute a task (seed alias)")
async def execute(body: ExecuteIn, request: Request, who: Caller) -> ExecuteOut:
    """Start a run for ``task_description``; poll GET /api/v1/agent/execute/{execution_id}."""
    ctx = get_ctx(request)
    sid = body.context.get("session_id")
    run = await start_run(ctx, who, _run_create(body.context, body.task_description, body.tools,
                                                sid if isinstance(sid, str) else None))
    return ExecuteOut(execution_id=run.id, status=_seed_status(run, fresh=True), result=None)


@router.get("/execute/{execution_id}", response_model=ExecuteOut, summary="An execution's status (seed alias)")
async def execution(execution_id: str, request: Request, who: Caller) -> ExecuteOut:
    """The execution's status and, once completed, its result."""
    ctx = get_ctx(request)
    run = await owned_run(ctx, who, execution_id)
    return ExecuteOut(execution_id=run.id, status=_seed_status(run), result=await _result(ctx, run))


@router.post("/sessions", response_model=SessionOut, status_code=201, summary="Create an agent session (seed alias)")
async def create_agent_session(request: Request, who: Caller,
                               body: SessionIn | None = None) -> SessionOut:
    """A new session; chat messages in it share one workspace and history."""
    ctx = get_ctx(request)
    title = body.context.get("title", "") if body else ""
    record = await ctx.service.create_session(user_id=who.user_id, title=title if isinstance(title, str) else "")
    return SessionOut(session_id=record.id, created_at=record.created_at)


@router.post("/chat", response_model=ChatOut, summary="Send a chat message (seed alias)")
async def chat(body: ChatIn, request: Request, who: Caller) -> ChatOut:
    """Run the message as a task in the session and answer when it ends or asks the person something
    (``context.timeout`` seconds at most, default 300)."""
    ctx = get_ctx(request)
    run = await start_run(ctx, who, _run_create(body.context, body.message, None, body.session_id))
    raw_timeout = body.context.get("timeout", 300)
    timeout = float(raw_timeout) if isinstance(raw_timeout, int | float) and raw_timeout > 0 else 300.0
    events: list[Event] = []

    async def collect() -> None:
        async for event in follow(ctx, run.id, -1):
            events.append(event)
            if isinstance(event, QuestionAsked | ConfirmationRequested):
                return

    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(collect(), timeout)
    run = await owned_run(ctx, who, run.id)
    return ChatOut(content=_content(events), actions=_actions(events),
                   context_updates={"run_id": run.id, "session_id": run.session_id, "status": run.status.value,
                                    "files": _files(events)})


def _content(events: list[Event]) -> str:
    for e in reversed(events):
        if isinstance(e, RunFinished):
            return e.answer
        if isinstance(e, QuestionAsked):
            return e.question
        if isinstance(e, ConfirmationRequested):
            return f"Waiting for approval: {e.tool} ({e.reason})" if e.reason else f"Waiting for approval: {e.tool}"
        if isinstance(e, RunFailed):
            return f"The run failed: {e.error}"
    return "The run is still going."


def _actions(events: list[Event]) -> list[dict[str, Any]]:
    proposed = {e.action_id: e for e in events if isinstance(e, ActionProposed)}
    out: list[dict[str, Any]] = []
    for e in events:
        if isinstance(e, Observation):
            p = proposed.get(e.action_id)
            out.append({"tool": e.tool, "arguments": p.arguments if p else {}, "result": e.text[:2000],
                        "error": e.error})
    return out


def _files(events: list[Event]) -> list[str]:
    seen: dict[str, None] = {}
    for e in events:
        if isinstance(e, Observation):
            for a in e.artifacts:
                seen[a.path] = None
        if isinstance(e, RunFinished):
            for a in e.files:
                seen[a.path] = None
    return list(seen)
