"""Deterministic loop detection over the log: the same action and result again and again, or no progress.

It is a pure function of the log, so the note the model sees and the decision to stop are both reproducible.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

from gofer.events import ActionProposed, Event, ModelResponded, Observation

__all__ = ["LoopVerdict", "detect_loop"]


@dataclass(frozen=True)
class LoopVerdict:
    """``warn``: tell the model; ``stop``: end the run. ``reason`` says what repeats."""

    level: Literal["none", "warn", "stop"]
    reason: str = ""


def _signature(proposed: ActionProposed, obs: Observation) -> tuple[str, str, str]:
    args = json.dumps(proposed.arguments, sort_keys=True, default=str)
    return proposed.tool, args, (obs.error or "") + "\x00" + obs.text


def detect_loop(events: list[Event], repeat_limit: int = 3, no_progress_steps: int = 8) -> LoopVerdict:
    """Judge whether the run is stuck, from its events alone."""
    proposed: dict[str, ActionProposed] = {}
    counts: dict[tuple[str, str, str], int] = {}
    worst: tuple[int, str] = (0, "")
    streak = 0
    step_progress: bool | None = None
    for event in events:
        if isinstance(event, ModelResponded) and event.purpose == "step":
            if step_progress is not None:
                streak = 0 if step_progress else streak + 1
            step_progress = False
        elif isinstance(event, ActionProposed):
            proposed[event.action_id] = event
        elif isinstance(event, Observation) and event.action_id in proposed:
            sig = _signature(proposed[event.action_id], event)
            counts[sig] = counts.get(sig, 0) + 1
            if counts[sig] == 1 and not event.error:
                step_progress = True
            if counts[sig] > worst[0]:
                worst = (counts[sig], sig[0])
    if step_progress is not None:
        streak = 0 if step_progress else streak + 1
    count, tool = worst
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
