"""Condensing: when the history nears the model's context window, older steps are summarised by the model.

The summary is a model call (ModelResponded, purpose "condense") and a ContextCondensed event, so the prompt
stays a pure function of the log. Nothing is dropped silently: the summary replaces whole steps, never a part
of one, and the newest steps are always kept in full.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from gofer.agent._model_calls import step_output_bound
from gofer.agent.context import estimate_tokens, truncate
from gofer.agent.prompts import CONDENSE_PROMPT
from gofer.events import ContextCondensed, Event, ModelResponded, Observation
from gofer.models.base import Message, ModelError, ModelInfo

if TYPE_CHECKING:
    from gofer.agent.runner import Runner

__all__ = ["KEEP_STEPS", "THRESHOLD", "condense_if_needed", "cut_point", "larger_bound"]

log = logging.getLogger(__name__)

THRESHOLD = 0.7
"""Condense when the estimated prompt exceeds this share of the context window."""

KEEP_STEPS = 2
"""The newest steps always kept in full."""


def cut_point(events: list[Event], keep_steps: int = KEEP_STEPS) -> int | None:
    """The seq of the last event of the newest step that may be summarised, or None if too few steps."""
    step_starts = [e.seq for e in events if isinstance(e, ModelResponded) and e.purpose == "step"]
    if len(step_starts) <= keep_steps:
        return None
    boundary = step_starts[-keep_steps]
    return boundary - 1


def _transcript(messages: list[Message], limit: int = 4000) -> str:
    lines = []
    for m in messages[1:]:
        calls = "".join(f"\n  -> {c.name}({c.arguments})" for c in m.tool_calls)
        lines.append(f"[{m.role}{' ' + m.name if m.name else ''}] {truncate(m.content, limit)}{calls}")
    return "\n".join(lines)


async def condense_if_needed(runner: Runner, messages: list[Message]) -> bool:
    """Summarise older steps when the prompt (``messages``) nears the window; returns whether it did. Under a
    token or cost quota the summary's call holds room of its own first and is bounded at the output it counts, as
    a step is; one the quota has no room for is not made (``runner._quota_passed`` says why, and the run stops). A
    summary cut at its bound is asked for once more at twice that bound, within the model's and the quota's room
    (:func:`larger_bound`); the one kept is marked cut when that too was cut."""
    state = runner.state
    assert state is not None
    window = runner.model.info.context_window
    if estimate_tokens(messages, runner.context_size()) < THRESHOLD * window:
        return False
    cut = cut_point(state.events)
    if cut is None or (state.condensed is not None and state.condensed.up_to_seq >= cut):
        return False
    older = [e for e in state.events if e.seq <= cut]
    if not any(isinstance(e, Observation) for e in older):
        return False
    from gofer.agent.context import build_messages

    old_messages = build_messages(older, options=runner.context_options(), history=runner.history)
    prompt = [
        Message(role="system", content=CONDENSE_PROMPT),
        Message(role="user", content=_transcript(old_messages)),
    ]
    bound = None
    if await runner._quota_caps():
        passed = await runner._hold_call("the condensing call", runner.model.info, prompt)
        if passed is not None:
            runner._quota_passed = passed
            return False
        bound = step_output_bound(runner.model.info)[0]
    event = await _summarise(runner, prompt, bound)
    if event.cut:
        event = await _again_with_more_room(runner, prompt, event)
    # A summary cut at its bound is kept (the steps it covers are gone from the prompt either way), marked as cut:
    # the model reads that it is incomplete rather than taking it for all that happened.
    condensed = ContextCondensed(run_id=runner.run_id, summary=event.text.strip(), up_to_seq=cut, cut=event.cut)
    # The summary was written from pages and files: it is scanned like an observation, its verdicts right after it.
    await runner._append(condensed, *await runner.summary_decisions(condensed))
    return True


async def _summarise(runner: Runner, prompt: list[Message], bound: int | None) -> ModelResponded:
    """Make the condensing call, bounded at ``bound`` output tokens when given, and record it."""
    started = time.perf_counter()
    if bound is None:
        completion = await runner.model.complete(prompt, [])
    else:
        completion = await runner.model.complete(prompt, [], max_output=bound)
    return await runner.record_model_call("condense", completion, started, bound)


def larger_bound(info: ModelInfo, first: ModelResponded) -> int | None:
    """The output bound a summary cut at its bound (``first``) is asked for again at: twice the bound it was cut
    at (the tokens it wrote when none was sent), within the model's stated most; None when that is no more."""
    cut_at = first.max_output if first.max_output is not None else first.usage.output_tokens
    larger = 2 * cut_at if info.max_output is None else min(2 * cut_at, info.max_output)
    return larger if larger > cut_at > 0 else None


async def _again_with_more_room(runner: Runner, prompt: list[Message], first: ModelResponded) -> ModelResponded:
    """The condensing call made once more at a larger bound (:func:`larger_bound`) after its reply (``first``)
    was cut, holding room for it under the run's quotas as the first did; ``first`` when the model's bound or the
    quota leaves no room or the model refuses the larger bound (the cut summary is then kept, marked cut)."""
    info = runner.model.info
    larger = larger_bound(info, first)
    if larger is None:
        return first
    if await runner._hold_call("the condensing call", info, prompt, output=larger) is not None:
        return first  # no room for it: the next step's own hold says whether the run goes on
    try:
        return await _summarise(runner, prompt, larger)
    except ModelError as exc:  # a model stating no bound may have a lower one than asked: the first summary stands
        log.warning("run %s: the condensing call again at %d output tokens failed: %s", runner.run_id, larger, exc)
        return first
