"""The event union: the only vocabulary between gofer's parts.

A run is an append-only log of these events, numbered from 0 with no gaps. Each event is a frozen pydantic
model whose wire shape is one flat JSON object: ``run_id``, ``seq``, ``ts``, ``type`` and the payload's fields
beside them. The same classes are the store's payloads, the API's schema and the SDK's return values.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

__all__ = [
    "TERMINAL_TYPES",
    "ActionStarted",
    "Artifact",
    "BudgetExceeded",
    "ComputerReset",
    "ConfirmationRequested",
    "ConfirmationResolved",
    "ContextCondensed",
    "Event",
    "EventBase",
    "GuardDecision",
    "ModelResponded",
    "Observation",
    "PauseRequested",
    "PlanStep",
    "PlanUpdated",
    "QuestionAnswered",
    "QuestionAsked",
    "Risk",
    "RunCancelled",
    "RunFailed",
    "RunFinished",
    "RunPaused",
    "RunResumed",
    "RunStarted",
    "RunStatus",
    "TakeoverEnded",
    "TakeoverStarted",
    "ToolCall",
    "Usage",
    "UserMessage",
    "WatchModeChanged",
    "dump_event",
    "load_event",
    "next_status",
    "now",
    "status_of",
]


def now() -> datetime:
    """The current time in UTC, the clock every event is stamped with."""
    return datetime.now(UTC)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Risk(StrEnum):
    """How much an action can change the world outside the sandbox."""

    READ_ONLY = "read_only"
    REVERSIBLE = "reversible"
    CONSEQUENTIAL = "consequential"


class Usage(_Frozen):
    """Tokens a model call consumed."""

    input_tokens: int = 0
    output_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            input_tokens=self.input_tokens + other.input_tokens,
            output_tokens=self.output_tokens + other.output_tokens,
        )


class ToolCall(_Frozen):
    """One call the model asked for. ``error`` is set when its arguments could not be parsed."""

    id: str
    name: str
    arguments: dict[str, Any] = Field(default_factory=dict)
    error: str | None = None


class Artifact(_Frozen):
    """A file in the workspace that the agent made or changed."""

    path: str
    size: int
    mime: str
    sha256: str
    new: bool = False
    """The file did not exist before the action that made it (the run's own file, not a user's it changed)."""
    found: bool = False
    """Found changed in the workspace after the action, not named by the tool: a background job or a program the
    action started may have made it, so its name is data (a download or an archive chose it)."""
    moved_from: str | None = None
    """The path the file had before the action moved it (``mv notes.md n.md``), when the action moved it."""


class PlanStep(_Frozen):
    """One step of the agent's plan."""

    title: str
    status: Literal["pending", "in_progress", "done", "skipped"] = "pending"


class EventBase(_Frozen):
    """Fields every event carries. ``seq`` is assigned by the store when the event is appended."""

    run_id: str
    seq: int = -1
    ts: datetime = Field(default_factory=now)


class RunStarted(EventBase):
    """A run began: the task and everything the run was configured with."""

    type: Literal["RunStarted"] = "RunStarted"
    task: str
    model: str
    session_id: str
    workspace: str
    user_id: str | None = None
    tools: list[str] | None = None
    budgets: dict[str, float] = Field(default_factory=dict)
    options: dict[str, Any] = Field(default_factory=dict)


class PlanUpdated(EventBase):
    """The agent wrote or revised its plan."""

    type: Literal["PlanUpdated"] = "PlanUpdated"
    steps: list[PlanStep]


class ModelResponded(EventBase):
    """A model call and its full response; ``purpose`` says why the call was made."""

    type: Literal["ModelResponded"] = "ModelResponded"
    purpose: Literal["step", "condense", "monitor"] = "step"
    model: str
    text: str = ""
    tool_calls: list[ToolCall] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    cost: float | None = None
    duration_ms: float = 0.0
    raw: dict[str, Any] | None = None
    raw_blob: str | None = None
    max_output: int | None = None
    """The bound gofer put on the call's output (its ``max_tokens``, under a quota), if any."""
    cut: bool = False
    """The reply stopped at its output bound (finish reason ``length``): its end is missing."""


class ActionProposed(EventBase):
    """The model proposed one tool call; the guard decides on it next."""

    type: Literal["ActionProposed"] = "ActionProposed"
    action_id: str
    call_id: str
    tool: str
    arguments: dict[str, Any] = Field(default_factory=dict)
    risk: Risk = Risk.READ_ONLY
    risk_reasons: list[str] = Field(default_factory=list)


class GuardDecision(EventBase):
    """One check of the guard pipeline judged an input, observation, action or answer."""

    type: Literal["GuardDecision"] = "GuardDecision"
    stage: Literal["input", "observation", "action", "output"]
    check: str
    verdict: Literal["allow", "block", "confirm"]
    reason: str = ""
    scores: dict[str, float] = Field(default_factory=dict)
    action_id: str | None = None
    details: dict[str, Any] = Field(default_factory=dict)


class ConfirmationRequested(EventBase):
    """The run waits for a person to approve or deny an action."""

    type: Literal["ConfirmationRequested"] = "ConfirmationRequested"
    action_id: str
    tool: str
    arguments: dict[str, Any] = Field(default_factory=dict)
    reason: str = ""
    screenshot: str | None = None


class ConfirmationResolved(EventBase):
    """A person (or a policy standing in for one) approved or denied an action."""

    type: Literal["ConfirmationResolved"] = "ConfirmationResolved"
    action_id: str
    approved: bool
    note: str = ""
    decided_by: str = "user"
    remember: bool = False
    """Approve later calls of the same tool on the same domain for the rest of this run (never globally)."""


class ActionStarted(EventBase):
    """An action is about to run. Without a matching Observation its outcome is unknown."""

    type: Literal["ActionStarted"] = "ActionStarted"
    action_id: str
    tool: str


class Observation(EventBase):
    """What an action returned: text for the model, or an error it can correct."""

    type: Literal["Observation"] = "Observation"
    action_id: str
    call_id: str
    tool: str
    text: str = ""
    error: str | None = None
    images: list[str] = Field(default_factory=list)
    artifacts: list[Artifact] = Field(default_factory=list)
    data: dict[str, Any] | None = None
    duration_ms: float = 0.0
    untrusted: bool = False


class RunFinished(EventBase):
    """The agent finished with an answer and the files it made."""

    type: Literal["RunFinished"] = "RunFinished"
    answer: str
    files: list[Artifact] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    cost: float | None = None


class UserMessage(EventBase):
    """A message from the person: a follow-up or an interruption that redirects the run."""

    type: Literal["UserMessage"] = "UserMessage"
    text: str


class QuestionAsked(EventBase):
    """The agent asked the person a question; the run waits for the answer."""

    type: Literal["QuestionAsked"] = "QuestionAsked"
    question_id: str
    question: str
    action_id: str | None = None


class QuestionAnswered(EventBase):
    """The person answered a question."""

    type: Literal["QuestionAnswered"] = "QuestionAnswered"
    question_id: str
    answer: str


class WatchModeChanged(EventBase):
    """Watch mode turned on or off; while on and nobody watches, the run waits."""

    type: Literal["WatchModeChanged"] = "WatchModeChanged"
    active: bool
    watched: bool = False
    domain: str | None = None
    reason: str = ""


class TakeoverStarted(EventBase):
    """A person took over the browser; the run waits."""

    type: Literal["TakeoverStarted"] = "TakeoverStarted"
    reason: str = ""


class TakeoverEnded(EventBase):
    """The person handed the browser back; ``summary`` tells the model what changed."""

    type: Literal["TakeoverEnded"] = "TakeoverEnded"
    summary: str = ""


class RunPaused(EventBase):
    """The run stopped between steps and can be resumed."""

    type: Literal["RunPaused"] = "RunPaused"
    reason: str = ""


class PauseRequested(EventBase):
    """A person paused the run while it waited for their decision or answer (``withdrawn``: they took the pause
    back with a resume). The run stays waiting, so the answer routes still see what waits; once the answer is
    recorded the run pauses before anything runs, whichever process drives it then."""

    type: Literal["PauseRequested"] = "PauseRequested"
    reason: str = ""
    withdrawn: bool = False


class RunResumed(EventBase):
    """A paused or interrupted run carries on."""

    type: Literal["RunResumed"] = "RunResumed"
    reason: str = ""


class ContextCondensed(EventBase):
    """Older steps were summarised so the history fits the model's context window."""

    type: Literal["ContextCondensed"] = "ContextCondensed"
    summary: str
    up_to_seq: int
    cut: bool = False
    """The summary's reply stopped at its output bound: it is incomplete, and the model is told so."""


class ComputerReset(EventBase):
    """The session's computer (kernel, browser) lost its state; the model is told."""

    type: Literal["ComputerReset"] = "ComputerReset"
    reason: str
    parts: list[str] = Field(default_factory=list)


class BudgetExceeded(EventBase):
    """A budget (steps, tokens, cost, time) ran out."""

    type: Literal["BudgetExceeded"] = "BudgetExceeded"
    budget: str
    limit: float
    used: float


class RunCancelled(EventBase):
    """The run was ended for good by a person."""

    type: Literal["RunCancelled"] = "RunCancelled"
    reason: str = ""


class RunFailed(EventBase):
    """The run ended without an answer."""

    type: Literal["RunFailed"] = "RunFailed"
    error: str
    reason: str = ""


Event = Annotated[
    RunStarted
    | PlanUpdated
    | ModelResponded
    | ActionProposed
    | GuardDecision
    | ConfirmationRequested
    | ConfirmationResolved
    | ActionStarted
    | Observation
    | RunFinished
    | UserMessage
    | QuestionAsked
    | QuestionAnswered
    | WatchModeChanged
    | TakeoverStarted
    | TakeoverEnded
    | RunPaused
    | PauseRequested
    | RunResumed
    | ContextCondensed
    | ComputerReset
    | BudgetExceeded
    | RunCancelled
    | RunFailed,
    Field(discriminator="type"),
]

EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)

TERMINAL_TYPES = frozenset({"RunFinished", "RunFailed", "RunCancelled"})


class RunStatus(StrEnum):
    """Where a run stands, derived from its log alone."""

    RUNNING = "running"
    WAITING_FOR_USER = "waiting_for_user"
    PAUSED = "paused"
    FINISHED = "finished"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def terminal(self) -> bool:
        """True for finished, failed and cancelled."""
        return self in (RunStatus.FINISHED, RunStatus.FAILED, RunStatus.CANCELLED)


_STATUS_AFTER: dict[str, RunStatus] = {
    "RunStarted": RunStatus.RUNNING,
    "RunResumed": RunStatus.RUNNING,
    "ConfirmationRequested": RunStatus.WAITING_FOR_USER,
    "QuestionAsked": RunStatus.WAITING_FOR_USER,
    "ConfirmationResolved": RunStatus.RUNNING,
    "QuestionAnswered": RunStatus.RUNNING,
    "RunPaused": RunStatus.PAUSED,
    "TakeoverStarted": RunStatus.PAUSED,
    "TakeoverEnded": RunStatus.RUNNING,
    "RunFinished": RunStatus.FINISHED,
    "RunFailed": RunStatus.FAILED,
    "RunCancelled": RunStatus.CANCELLED,
}


def next_status(status: RunStatus, event: Event) -> RunStatus:
    """The run's status after one more event."""
    if status.terminal:
        return status
    if isinstance(event, WatchModeChanged):
        return RunStatus.PAUSED if event.active and not event.watched else RunStatus.RUNNING
    return _STATUS_AFTER.get(event.type, status)


def status_of(events: list[Event]) -> RunStatus:
    """The status a log leaves its run in."""
    status = RunStatus.RUNNING
    for event in events:
        status = next_status(status, event)
    return status


def load_event(data: dict[str, Any] | str | bytes) -> Event:
    """Parse one event from its wire form (a dict or JSON text)."""
    if isinstance(data, str | bytes):
        return EVENT_ADAPTER.validate_json(data)
    return EVENT_ADAPTER.validate_python(data)


def dump_event(event: Event) -> dict[str, Any]:
    """The flat JSON-ready dict of an event."""
    return event.model_dump(mode="json")
