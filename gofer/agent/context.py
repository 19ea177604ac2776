"""What the model sees: one pure function from the log (plus the blobs it names) to messages."""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from gofer.agent.loopcheck import LoopVerdict, detect_loop
from gofer.agent.prompts import system_prompt
from gofer.events import (
    ComputerReset,
    ContextCondensed,
    Event,
    GuardDecision,
    ModelResponded,
    Observation,
    RunStarted,
    TakeoverEnded,
    UserMessage,
)
from gofer.models.base import ImageContent, Message

__all__ = ["ContextOptions", "PriorTurn", "build_messages", "estimate_tokens", "observation_text", "truncate"]


@dataclass(frozen=True)
class ContextOptions:
    """Knobs of the context builder."""

    max_observation_chars: int = 12_000
    vision: bool = False
    max_images: int = 1
    repeat_limit: int = 3
    no_progress_steps: int = 8
    system_extra: str = ""


@dataclass(frozen=True)
class PriorTurn:
    """An earlier run of the same session: its task and how it ended."""

    task: str
    outcome: str


def truncate(text: str, limit: int) -> str:
    """Cut a long text in the middle, keeping its head and tail, and say how much was cut."""
    if len(text) <= limit:
        return text
    head = limit * 2 // 3
    tail = limit - head
    cut = len(text) - head - tail
    return f"{text[:head]}\n[... {cut} characters cut from the middle of this output ...]\n{text[-tail:]}"


def _wrap_untrusted(tool: str, text: str) -> str:
    try:
        from gofer.safety.spotlight import wrap_untrusted
    except ModuleNotFoundError:
        return f'<untrusted_data source="{tool}">\n{text}\n</untrusted_data>'
    return wrap_untrusted(tool, text)


def observation_text(obs: Observation, replacement: str | None, limit: int) -> str:
    """The text the model gets for one observation: sanitised if the guard said so, cut, marked as data."""
    body = replacement if replacement is not None else obs.text
    body = truncate(body, limit)
    if obs.untrusted and replacement is None:
        body = _wrap_untrusted(obs.tool, body)
    if obs.error:
        return f"ERROR: {obs.error}" + (f"\n{body}" if body else "")
    if obs.artifacts:
        body += "\n[files: " + ", ".join(f"{a.path} ({a.size} bytes)" for a in obs.artifacts) + "]"
    return body or "(no output)"


def estimate_tokens(messages: Sequence[Message]) -> int:
    """A rough token count (4 characters a token) used to decide when to condense."""
    chars = 0
    for m in messages:
        chars += len(m.content) + sum(len(str(c.arguments)) + len(c.name) for c in m.tool_calls)
        chars += 1000 * len(m.images)
    return chars // 4 + 10 * len(messages)


def build_messages(
    events: Sequence[Event],
    *,
    options: ContextOptions | None = None,
    history: Sequence[PriorTurn] = (),
    blobs: Mapping[str, bytes] | None = None,
    loop: LoopVerdict | None = None,
) -> list[Message]:
    """Turn a run's log into the conversation the model sees next (``loop``: the log's loop verdict, when the
    caller already knows it)."""
    opts = options or ContextOptions()
    blobs = blobs or {}
    if not events or not isinstance(events[0], RunStarted):
        raise ValueError("a run's log must begin with RunStarted")
    started = events[0]
    messages: list[Message] = [Message(role="system", content=system_prompt(opts.system_extra))]
    for turn in history:
        messages.append(Message(role="user", content=turn.task))
        messages.append(Message(role="assistant", content=turn.outcome))
    messages.append(Message(role="user", content=started.task))

    condensed = next((e for e in reversed(events) if isinstance(e, ContextCondensed)), None)
    start_seq = 1
    if condensed is not None:
        messages.append(
            Message(role="user", content=f"[Summary of the earlier steps of this run]\n{condensed.summary}")
        )
        start_seq = condensed.up_to_seq + 1

    replacements = {
        e.action_id: str(e.details["replacement"])
        for e in events
        if isinstance(e, GuardDecision) and e.action_id and e.stage == "observation" and "replacement" in e.details
    }
    image_obs = [e for e in events if isinstance(e, Observation) and e.images and e.seq >= start_seq]
    show_images = {e.action_id for e in image_obs[-opts.max_images :]} if opts.vision else set()

    open_calls: set[str] = set()
    notes: list[str] = []
    pending_images: list[Message] = []

    def flush_notes() -> None:
        for note in notes:
            messages.append(Message(role="user", content=note))
        notes.clear()

    for event in events:
        if event.seq < start_seq and event.seq >= 0:
            continue
        match event:
            case ModelResponded(purpose="step"):
                flush_notes()
                messages.append(Message(role="assistant", content=event.text, tool_calls=list(event.tool_calls)))
                open_calls = {c.id for c in event.tool_calls}
            case Observation() if event.call_id in open_calls:
                open_calls.discard(event.call_id)
                content = observation_text(event, replacements.get(event.action_id), opts.max_observation_chars)
                images = []
                if event.action_id in show_images:
                    images = [
                        ImageContent(data_b64=base64.b64encode(blobs[h]).decode()) for h in event.images if h in blobs
                    ]
                elif event.images:
                    content += f"\n[{len(event.images)} image(s) attached to this result, not shown]"
                messages.append(Message(role="tool", content=content, tool_call_id=event.call_id, name=event.tool))
                if images:
                    # Tool messages must follow their call directly; images travel in a user message after them.
                    pending_images.append(Message(role="user", content=f"[image from {event.tool}]", images=images))
            case UserMessage():
                notes.append(f"[Message from the person]\n{event.text}")
            case ComputerReset():
                notes.append(
                    f"[gofer] Your computer was reset ({event.reason}): "
                    f"{', '.join(event.parts) or 'kernel and browser'} state from before is gone; "
                    "files in the workspace are kept."
                )
            case TakeoverEnded():
                notes.append(
                    "[gofer] The person took over the browser and has handed it back. "
                    + (event.summary or "Look at the page again before you go on.")
                )
            case _:
                pass
        if not open_calls:
            messages.extend(pending_images)
            pending_images.clear()
            flush_notes()

    verdict = loop or detect_loop(events, opts.repeat_limit, opts.no_progress_steps)
    if verdict.level == "warn" and not open_calls:
        messages.append(Message(role="user", content=f"[gofer] {verdict.reason}"))
    return messages
