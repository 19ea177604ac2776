"""Deterministic loop detection over the log: the same action and result again and again, or no progress.

It is a function of the log alone, so the note the model sees and the decision to stop are both reproducible.
:class:`LoopTracker` reads the log one event at a time (the run's state keeps one up to date, so a step costs
O(1)); :func:`detect_loop` runs one over a whole log.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from gofer.events import ActionProposed, Event, ModelResponded, Observation

__all__ = ["LoopTracker", "LoopVerdict", "detect_loop"]


@dataclass(frozen=True)
class LoopVerdict:
    """``warn``: tell the model; ``stop``: end the run. ``reason`` says what repeats."""

    level: Literal["none", "warn", "stop"]
    reason: str = ""


@dataclass
class LoopTracker:
    """Counts identical (tool, arguments, result) triples and steps without progress, event by event."""

    proposed: dict[str, tuple[str, str]] = field(default_factory=dict)
    counts: dict[tuple[str, str, str], int] = field(default_factory=dict)
    worst: int = 0
    worst_tool: str = ""
    streak: int = 0
    step_progress: bool | None = None

    def feed(self, event: Event) -> None:
        """Take one more event of the log into account."""
        if isinstance(event, ModelResponded) and event.purpose == "step":
            if self.step_progress is not None:
                self.streak = 0 if self.step_progress else self.streak + 1
            self.step_progress = False
        elif isinstance(event, ActionProposed):
            self.proposed[event.action_id] = (event.tool, json.dumps(event.arguments, sort_keys=True, default=str))
        elif isinstance(event, Observation) and event.action_id in self.proposed:
            tool, args = self.proposed[event.action_id]
            sig = (tool, args, (event.error or "") + "\x00" + event.text)
            count = self.counts[sig] = self.counts.get(sig, 0) + 1
            if count == 1 and not event.error:
                self.step_progress = True
            if count > self.worst:
                self.worst, self.worst_tool = count, tool

    def verdict(self, repeat_limit: int = 3, no_progress_steps: int = 8) -> LoopVerdict:
        """Whether the run is stuck, from what was fed so far."""
        streak = self.streak
        if self.step_progress is not None:
            streak = 0 if self.step_progress else streak + 1
        count, tool = self.worst, self.worst_tool
        if count > repeat_limit:
            return LoopVerdict("stop", f"the same {tool} call returned the same result {count} times")
        if streak >= no_progress_steps + 2:
            return LoopVerdict("stop", f"no progress in the last {streak} steps (only errors or repeated results)")
        if count == repeat_limit:
            return LoopVerdict(
                "warn",
                f"You have called {tool} with the same arguments {count} times and got the same result. "
                "Do something different, or finish with what you have. Repeating it again ends the run.",
            )
        if streak >= no_progress_steps:
            return LoopVerdict(
                "warn",
                f"Your last {streak} steps made no progress (only errors or repeated results). Change approach, "
                "ask the user, or finish with what you have; otherwise the run will be stopped.",
            )
        return LoopVerdict("none")


def detect_loop(events: Iterable[Event], repeat_limit: int = 3, no_progress_steps: int = 8) -> LoopVerdict:
    """Judge whether the run is stuck, from its events alone."""
    tracker = LoopTracker()
    for event in events:
        tracker.feed(event)
    return tracker.verdict(repeat_limit, no_progress_steps)
