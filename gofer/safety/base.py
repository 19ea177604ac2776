"""The Guard protocol: every input, observation, proposed action and final answer passes it.

A check returns a :class:`Decision`: allow, block (with a reason the model sees) or confirm (a person
decides). The loop writes each decision as a GuardDecision event, so the audit trail is the log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from gofer.events import Event, Risk
from gofer.safety.history import RunFacts

__all__ = ["ActionRequest", "Decision", "Guard", "GuardContext", "Stage", "Verdict"]

Verdict = Literal["allow", "block", "confirm"]
Stage = Literal["input", "observation", "action", "output"]


class Decision(BaseModel):
    """One check's judgement. ``replacement`` (observations and answers) is the text to use instead."""

    model_config = ConfigDict(frozen=True)

    check: str
    verdict: Verdict = "allow"
    reason: str = ""
    scores: dict[str, float] = Field(default_factory=dict)
    details: dict[str, Any] = Field(default_factory=dict)
    replacement: str | None = None


class ActionRequest(BaseModel):
    """A proposed action as the guard sees it."""

    model_config = ConfigDict(frozen=True)

    action_id: str
    tool: str
    arguments: dict[str, Any]
    risk: Risk
    risk_reasons: list[str] = Field(default_factory=list)


@dataclass
class GuardContext:
    """What the guard may consider: the run's log so far, its task and per-run options. ``facts``: the log's
    :class:`RunFacts` when the caller keeps them up to date (checks read them through
    ``facts_of(ctx)``, which computes them when absent or stale)."""

    run_id: str
    task: str
    events: list[Event]
    options: dict[str, Any] = field(default_factory=dict)
    facts: RunFacts | None = None


class Guard(Protocol):
    """An ordered pipeline of checks over the four stages."""

    async def check_input(self, text: str, ctx: GuardContext) -> list[Decision]: ...

    async def check_observation(self, tool: str, text: str, untrusted: bool, ctx: GuardContext) -> list[Decision]: ...

    async def check_action(self, action: ActionRequest, ctx: GuardContext) -> list[Decision]: ...

    async def check_output(self, answer: str, ctx: GuardContext) -> list[Decision]: ...
