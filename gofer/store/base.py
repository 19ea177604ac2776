"""The EventStore protocol: the run logs, plus the rows around them (users, keys, sessions, runs, commands, blobs).

``append(run_id, events, expected_seq)`` is optimistic concurrency: ``expected_seq`` is the seq the first new
event must get (the current length of the log); a writer that is behind gets :class:`ConcurrencyError` and
nothing is written. The command inbox carries everything from outside a run (approvals, answers, messages,
cancel, takeover) to its single writer, the runner.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from gofer.events import Event, RunStatus

__all__ = [
    "AUDIT_TYPES",
    "HOLD_SECONDS",
    "QUOTA_MEASURES",
    "ApiKeyRecord",
    "CapReached",
    "Command",
    "ConcurrencyError",
    "EventStore",
    "NotFoundError",
    "QuotaExceeded",
    "RunRecord",
    "RunUsage",
    "SessionActive",
    "SessionRecord",
    "StepRefused",
    "StoreError",
    "UsageCap",
    "UserRecord",
    "usage_caps",
]


AUDIT_TYPES = ("GuardDecision", "ConfirmationRequested", "ConfirmationResolved")
"""The event types of a run's audit trail (what ``gofer.safety.history.audit_trail`` keeps), to read them alone
with ``EventStore.read(types=...)``: the pages, outputs and model replies around them can be most of a log."""

HOLD_SECONDS = 60.0
"""Seconds a quota hold (``EventStore.hold_step``) lasts unless its holder renews it: a runner renews its hold a
third of this apart while it lives, so the hold of a process that died mid-step is counted this long at most."""


class StoreError(Exception):
    """The store could not do what was asked."""


class ConcurrencyError(StoreError):
    """An append whose ``expected_seq`` is not the log's current length: another writer got there first."""

    def __init__(self, run_id: str, expected: int, actual: int) -> None:
        super().__init__(f"run {run_id}: append expected seq {expected} but the log is at {actual}")
        self.run_id = run_id
        self.expected = expected
        self.actual = actual


class NotFoundError(StoreError):
    """No such run, session, user or key (or it belongs to someone else)."""


class CapReached(StoreError):
    """A user already has as many of something (live API keys) as they may have."""

    def __init__(self, what: str, limit: int) -> None:
        super().__init__(f"at most {limit} {what} per user; revoke one first")
        self.what = what
        self.limit = limit


class SessionActive(StoreError):
    """A run was refused because its session already has one that has not ended (one at a time per session)."""

    def __init__(self, session_id: str, run_id: str) -> None:
        super().__init__(f"session {session_id} already has an active run ({run_id})")
        self.session_id = session_id
        self.run_id = run_id


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True)


class UsageCap(_Record):
    """One quota the store checks in the transaction that creates a run: what the user's runs created since
    ``since`` add up to (``measure``) must be below ``limit``, or the run is not created."""

    name: str
    measure: Literal["runs", "tokens", "cost"]
    since: datetime
    limit: float


QUOTA_MEASURES: dict[str, Literal["runs", "tokens", "cost"]] = {
    "runs_per_day": "runs", "tokens_per_month": "tokens", "cost_per_month": "cost"}
"""The quotas a key may carry, and what of the user's runs each counts."""


def usage_caps(quotas: Mapping[str, float], at: datetime | None = None) -> list[UsageCap]:
    """Quotas as the store checks them: runs since the start of this day (UTC), tokens and cost since the start
    of this month."""
    moment = at or datetime.now(UTC)
    day = moment.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    month = day.replace(day=1)
    return [UsageCap(name=name, measure=measure, since=day if measure == "runs" else month,
                     limit=float(quotas[name]))
            for name, measure in QUOTA_MEASURES.items() if name in quotas]


class StepRefused(_Record):
    """A model step the store would not hold room for: the cap it would pass, the usage counted (this run's and
    the owner's other runs', with what their steps in flight hold) and the step's estimate."""

    cap: UsageCap
    used: float
    step: float


class QuotaExceeded(StoreError):
    """A run was refused because one of its user's quotas (a :class:`UsageCap`) is used up."""

    def __init__(self, cap: UsageCap, used: float) -> None:
        super().__init__(f"the {cap.name} quota is used up ({used:g} of {cap.limit:g})")
        self.cap = cap
        self.used = used


class UserRecord(_Record):
    """A person who uses gofer."""

    id: str
    name: str
    created_at: datetime


class ApiKeyRecord(_Record):
    """An API key; only its hash is stored, the secret is shown once at creation."""

    id: str
    user_id: str
    prefix: str
    created_at: datetime
    revoked_at: datetime | None = None
    quotas: dict[str, float] = Field(default_factory=dict)


class SessionRecord(_Record):
    """A conversation: several runs sharing one workspace, one computer and their history."""

    id: str
    user_id: str | None
    workspace: str
    title: str = ""
    created_at: datetime


class RunRecord(_Record):
    """One task's run; ``status`` and ``last_seq`` mirror its log."""

    id: str
    session_id: str
    user_id: str | None
    task: str
    model: str
    status: RunStatus
    created_at: datetime
    updated_at: datetime
    last_seq: int = -1
    input_tokens: int = 0
    output_tokens: int = 0
    cost: float | None = None


class RunUsage(_Record):
    """What a user's runs created since some time add up to (for quotas): how many, their model tokens (input
    and output) and their cost in USD, each with what the runs' model steps in flight hold (``hold_step``)."""

    runs: int = 0
    tokens: int = 0
    cost: float = 0.0


class Command(_Record):
    """Something from outside for a run's writer: approve, answer, message, cancel, pause, takeover."""

    id: int
    run_id: str
    kind: str
    payload: dict[str, Any] = Field(default_factory=dict)
    created_at: datetime
    """When it was sent, by the database's clock."""
    age: float | None = None
    """Seconds it had been waiting when it was taken, by the database's clock (the same clock that stamped
    ``created_at``, so a sender's or taker's skewed clock does not change it); None until taken."""


class EventStore(Protocol):
    """Where run logs and everything around them live (SQLite by default, PostgreSQL at scale)."""

    async def append(self, run_id: str, events: Sequence[Event], expected_seq: int) -> list[Event]:
        """Append events at ``expected_seq``; returns them with ``seq`` (and ``run_id``) filled in."""
        ...

    async def read(self, run_id: str, after_seq: int = -1, limit: int | None = None, *,
                   types: Sequence[str] | None = None, mentioning: str | None = None) -> list[Event]:
        """Events of a run with seq greater than ``after_seq``, in order; with ``types`` only events of those
        types, with ``mentioning`` only events whose stored JSON contains that text (both filtered by the
        store, so a route needing a few events of a long log does not load all of it)."""
        ...

    async def last(self, run_id: str, types: Sequence[str]) -> Event | None:
        """The run's newest event of one of ``types`` (None if it has none), found from the log's end: a route
        that needs the latest state (a takeover, a run's answer) reads that one event, not all those before it."""
        ...

    def subscribe(self, run_id: str, after_seq: int = -1) -> AsyncIterator[Event]:
        """Events after ``after_seq`` as they land; ends after the run's terminal event."""
        ...

    async def create_user(self, name: str) -> UserRecord: ...
    async def get_user(self, user_id: str) -> UserRecord: ...
    async def get_user_by_name(self, name: str) -> UserRecord: ...
    async def list_users(self) -> list[UserRecord]: ...

    async def create_api_key(self, user_id: str, quotas: dict[str, float] | None = None, *,
                             max_live: int | None = None) -> tuple[ApiKeyRecord, str]:
        """A new key for the user: its record and the secret, which is never stored. With ``max_live``,
        CapReached when the user already has that many live keys (counted in the transaction that adds it)."""
        ...

    async def get_api_key(self, key_id: str, user_id: str | None = None) -> ApiKeyRecord:
        """The key (live or revoked); with ``user_id``, NotFoundError unless it is that user's."""
        ...

    async def verify_api_key(self, secret: str) -> tuple[UserRecord, ApiKeyRecord] | None:
        """The key's user when the secret is a live key, else None."""
        ...

    async def revoke_api_key(self, key_id: str, user_id: str | None = None) -> None:
        """Revoke a key; with ``user_id``, NotFoundError unless it is that user's."""
        ...

    async def list_api_keys(self, user_id: str, limit: int | None = None) -> list[ApiKeyRecord]:
        """The user's keys: live ones first, then revoked ones, newest first within each; at most ``limit``."""
        ...

    async def create_session(self, workspace: str, user_id: str | None = None, title: str = "",
                             session_id: str | None = None) -> SessionRecord: ...
    async def get_session(self, session_id: str, user_id: str | None = None) -> SessionRecord: ...
    async def list_sessions(self, user_id: str | None = None, limit: int | None = None) -> list[SessionRecord]: ...
    async def delete_session(self, session_id: str, user_id: str | None = None) -> None: ...

    async def create_run(self, *, session_id: str, task: str, model: str, user_id: str | None = None,
                         run_id: str | None = None, caps: Sequence[UsageCap] = (),
                         sole: bool = False) -> RunRecord:
        """A new run row; with ``caps``, QuotaExceeded unless the owner's usage is below each, checked in the
        transaction that inserts the run with the owner's row locked (two runs at once cannot both take the last
        unit of a quota); with ``sole``, SessionActive when the session has a run that has not ended, checked
        the same way with the session's row locked."""
        ...
    async def get_run(self, run_id: str, user_id: str | None = None) -> RunRecord:
        """The run; with ``user_id``, NotFoundError unless it is that user's."""
        ...

    async def list_runs(self, *, user_id: str | None = None, session_id: str | None = None,
                        status: RunStatus | None = None, limit: int = 100, active: bool = False) -> list[RunRecord]:
        """Runs matching the filters, newest first (``active``: only runs that have not ended)."""
        ...

    async def run_usage(self, user_id: str, since: datetime) -> RunUsage:
        """How many runs the user created since ``since``, and their tokens and cost: counted by the store."""
        ...

    async def run_quotas(self, run_id: str) -> dict[str, float]:
        """The quotas (``tokens_per_month``, ``cost_per_month``, ...) the run was created under; empty for a run
        created without any (NotFoundError for an unknown run)."""
        ...

    async def hold_step(self, run_id: str, caps: Sequence[UsageCap], tokens: float, cost: float, *,
                        seconds: float = HOLD_SECONDS) -> StepRefused | None:
        """Hold ``tokens`` and ``cost`` of the run owner's quotas for the run's next model step, or say which cap
        it would pass. Counted and held in one transaction with the owner's row locked, against the owner's usage
        plus what their other runs hold, so runs stepping at once cannot all take the same room. The hold goes
        when a ModelResponded (the step's, or a monitor's or condensing call's), the run's end, or its pause or
        wait for a person is appended, or ``seconds`` after it was taken or last renewed (:meth:`renew_hold`), by
        the database's clock: a holder that died mid-step keeps no room."""
        ...

    async def renew_hold(self, run_id: str, seconds: float = HOLD_SECONDS) -> bool:
        """Make the run's hold last ``seconds`` from now (by the database's clock); False when the run holds
        nothing (none taken, put down, or already expired: an expired hold is not taken again unchecked)."""
        ...

    async def purge_revoked_keys(self, revoked_before: datetime) -> int:
        """Delete the API keys revoked before ``revoked_before``; returns how many."""
        ...

    async def send_command(self, run_id: str, kind: str, payload: dict[str, Any] | None = None) -> Command:
        """Put a command in the run's inbox."""
        ...

    async def take_commands(self, run_id: str) -> list[Command]:
        """Remove and return the run's pending commands, oldest first, each with its ``age``."""
        ...

    async def queued_commands(self, run_id: str) -> list[Command]:
        """The run's commands not taken yet, oldest first, left in the inbox (to refuse a second decision on
        what a first, still queued, already decides)."""
        ...

    async def wait_commands(self, run_id: str, timeout: float) -> None:
        """Return when a command may be waiting for the run, or after ``timeout`` seconds."""
        ...

    async def put_blob(self, data: bytes, media_type: str = "application/octet-stream") -> str:
        """Store bytes once by sha256; returns the hash."""
        ...

    async def get_blob(self, sha256: str) -> tuple[bytes, str]:
        """The bytes and media type stored under this hash."""
        ...

    async def names_blob(self, run_id: str, sha256: str) -> bool:
        """Whether one of the run's events names this blob (recorded when the event was appended)."""
        ...

    async def ping(self) -> None:
        """Return when the database answers (one trivial query, whatever the store holds)."""
        ...

    async def clock(self) -> datetime:
        """The database's current time (UTC): the one clock a confirmation's age is read by, whichever process
        (the worker that asked, the API server, another worker) reads it."""
        ...

    async def close(self) -> None: ...
