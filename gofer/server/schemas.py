"""Request and response bodies of the /v1 API. Events and store records are reused as they are."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from gofer.events import ConfirmationRequested, Event, QuestionAsked
from gofer.runtime.options import RUN_OPTIONS
from gofer.store.base import ApiKeyRecord, RunRecord, SessionRecord, UserRecord

__all__ = [
    "Accepted",
    "AnswerIn",
    "Budgets",
    "ConfirmationIn",
    "EventList",
    "FileEntry",
    "FileList",
    "Health",
    "KeyCreated",
    "KeyList",
    "Me",
    "MessageIn",
    "ModelList",
    "Pending",
    "ReasonIn",
    "RunCreate",
    "RunList",
    "SessionCreate",
    "SessionList",
    "TakeoverEndIn",
    "TakeoverInput",
    "ToolInfo",
    "ToolList",
    "UploadResult",
    "WatchIn",
    "WebhookCreate",
    "WebhookInfo",
    "WebhookList",
    "WebhookOut",
]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


ShortText = Annotated[str, Field(max_length=20_000)]
Id = Annotated[str, Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.-]+$")]


class Budgets(_In):
    """Limits for one run; unset fields use the server's settings."""

    max_steps: int | None = Field(default=None, ge=1, le=10_000)
    max_tokens: int | None = Field(default=None, ge=1)
    max_cost: float | None = Field(default=None, ge=0)
    max_wall_time: float | None = Field(default=None, gt=0)

    def as_dict(self) -> dict[str, float]:
        """The budgets that are set, as the RunStarted event stores them."""
        return {k: float(v) for k, v in self.model_dump().items() if v is not None}


class RunCreate(_In):
    """Start a run: the task, the model (one the server offers), allowed tools, budgets, an optional session."""

    task: str = Field(min_length=1, max_length=100_000)
    model: str | None = Field(default=None, max_length=1000, description="Model spec; default: the server's.")
    session_id: Id | None = None
    tools: list[Annotated[str, Field(max_length=200)]] | None = Field(default=None, max_length=200)
    budgets: Budgets | None = None
    options: dict[str, Any] | None = Field(
        default=None, description="Run options (an unknown name is refused): "
        + "; ".join(f"{name}: {what}" for name, what in RUN_OPTIONS.items()))


class RunList(BaseModel):
    """Runs, newest first."""

    runs: list[RunRecord]


class EventList(BaseModel):
    """Events of a run in order; ``terminal`` says whether the run has ended and this page reaches its end."""

    events: list[Event]
    terminal: bool
    next_after: int | None = None
    """Where the next page starts (pass it as ``after``) when the log held more than this page; None at its end."""


class Pending(BaseModel):
    """What a run waits on: open confirmations and questions."""

    confirmations: list[ConfirmationRequested]
    questions: list[QuestionAsked]


class ConfirmationIn(_In):
    """Approve or deny a pending action, with an optional note."""

    approved: bool
    note: ShortText = ""
    remember: bool = False
    """With an approval: approve the same tool on the same destination (or, without one, the exact same call)
    for the rest of this run, never beyond it."""


class AnswerIn(_In):
    """The answer to a pending question."""

    answer: str = Field(max_length=100_000)


class MessageIn(_In):
    """A follow-up or an interruption that redirects the run between steps."""

    text: str = Field(min_length=1, max_length=100_000)


class ReasonIn(_In):
    """An optional reason for a cancel, pause or resume."""

    reason: ShortText = ""


class TakeoverEndIn(_In):
    """Hand the browser back, saying what was done (never what was typed)."""

    summary: ShortText = ""


class TakeoverInput(_In):
    """One input the person gives the browser during a takeover."""

    kind: Literal["click", "key", "type", "scroll"]
    x: float | None = Field(default=None, ge=0, le=100_000)
    y: float | None = Field(default=None, ge=0, le=100_000)
    key: str | None = Field(default=None, max_length=50)
    text: str | None = Field(default=None, max_length=10_000)
    dx: float = Field(default=0, ge=-100_000, le=100_000)
    dy: float = Field(default=0, ge=-100_000, le=100_000)


class WatchIn(_In):
    """Watch-mode heartbeat: whether a person is watching the run right now."""

    watched: bool = True


class Accepted(BaseModel):
    """A command was put in the run's inbox; its effect shows in the run's events."""

    run_id: str
    kind: str


class SessionCreate(_In):
    """Create a session (a conversation sharing one workspace and computer)."""

    title: ShortText = ""


class SessionList(BaseModel):
    """The caller's sessions."""

    sessions: list[SessionRecord]


class FileEntry(BaseModel):
    """A file or folder in a session's workspace; folders end with '/' and have no size."""

    path: str
    size: int | None
    is_dir: bool


class FileList(BaseModel):
    """Entries of a workspace folder."""

    files: list[FileEntry]


class UploadResult(BaseModel):
    """Where an uploaded file landed in the workspace."""

    path: str
    size: int
    sha256: str


class ToolInfo(BaseModel):
    """A tool runs may use."""

    name: str
    description: str
    risk: str
    parameters: dict[str, Any]


class ToolList(BaseModel):
    """The built-in tools."""

    tools: list[ToolInfo]


class ModelList(BaseModel):
    """Model specs this server offers; ``default`` is used when a run names none."""

    default: str | None
    models: list[str]
    scripted_allowed: bool


class Health(BaseModel):
    """Liveness or readiness."""

    status: str


class KeyCreated(BaseModel):
    """A new API key: the secret is shown this once."""

    key: str
    record: ApiKeyRecord


class KeyList(BaseModel):
    """The caller's API keys (without secrets)."""

    keys: list[ApiKeyRecord]


class Me(BaseModel):
    """The caller: user and the key in use."""

    user: UserRecord
    key: ApiKeyRecord


WebhookKind = Literal["confirmation", "question", "end"]
_ALL_KINDS: tuple[WebhookKind, ...] = ("confirmation", "question", "end")


class WebhookCreate(_In):
    """Register a webhook: signed POSTs when a run asks for confirmation, asks a question, or ends."""

    url: str = Field(min_length=8, max_length=2000, pattern=r"^https?://")
    events: list[WebhookKind] = Field(default_factory=lambda: list(_ALL_KINDS), max_length=3)


class WebhookInfo(BaseModel):
    """A registered webhook, as listed (without its secret)."""

    id: str
    url: str
    events: list[str]
    created_at: datetime


class WebhookOut(WebhookInfo):
    """A webhook just registered. ``secret`` signs deliveries (HMAC-SHA256 of the body, header
    X-Gofer-Signature); it is shown in this answer only, never in a listing."""

    secret: str


class WebhookList(BaseModel):
    """The caller's webhooks (secrets are shown once, at registration)."""

    webhooks: list[WebhookInfo]
