"""The command inbox's vocabulary: what the outside world may ask of a running run.

The runner (the run's single writer) drains the inbox between steps and while waiting, and turns each command
into events. Commands are stored with ``kind`` and a JSON ``payload``; these models validate both ends.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

__all__ = [
    "Answer",
    "Cancel",
    "CommandBody",
    "Confirm",
    "Heartbeat",
    "Pause",
    "Resume",
    "SendMessage",
    "TakeoverEnd",
    "TakeoverStart",
    "parse_command",
]


class _Cmd(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Confirm(_Cmd):
    """Approve or deny a pending action."""

    kind: Literal["confirm"] = "confirm"
    action_id: str
    approved: bool
    note: str = ""
    decided_by: str = "user"
    remember: bool = False


class Answer(_Cmd):
    """Answer a pending question."""

    kind: Literal["answer"] = "answer"
    question_id: str
    answer: str


class SendMessage(_Cmd):
    """A follow-up or an interruption; the model sees it before its next step."""

    kind: Literal["message"] = "message"
    text: str


class Cancel(_Cmd):
    """End the run for good."""

    kind: Literal["cancel"] = "cancel"
    reason: str = "cancelled by the user"


class Pause(_Cmd):
    """Stop between steps; the run can be resumed."""

    kind: Literal["pause"] = "pause"
    reason: str = "paused by the user"


class Resume(_Cmd):
    """Carry on a paused run."""

    kind: Literal["resume"] = "resume"
    reason: str = "resumed by the user"


class TakeoverStart(_Cmd):
    """A person takes over the browser; the run waits."""

    kind: Literal["takeover_start"] = "takeover_start"
    reason: str = ""


class TakeoverEnd(_Cmd):
    """The person hands the browser back; ``summary`` says what they did (never what they typed)."""

    kind: Literal["takeover_end"] = "takeover_end"
    summary: str = ""


class Heartbeat(_Cmd):
    """A person is (or stopped) watching the run, for watch mode."""

    kind: Literal["heartbeat"] = "heartbeat"
    watched: bool = True


CommandBody = Annotated[
    Confirm | Answer | SendMessage | Cancel | Pause | Resume | TakeoverStart | TakeoverEnd | Heartbeat,
    Field(discriminator="kind"),
]

_ADAPTER: TypeAdapter[CommandBody] = TypeAdapter(CommandBody)


def parse_command(kind: str, payload: dict[str, Any]) -> CommandBody:
    """Validate a stored command."""
    return _ADAPTER.validate_python({**payload, "kind": kind})
