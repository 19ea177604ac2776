"""What the model sees: one pure function from the log (plus the blobs it names) to messages, and a builder
that computes it incrementally as the log grows."""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from gofer.agent.loopcheck import LoopVerdict, detect_loop
from gofer.agent.prompts import system_prompt
from gofer.events import (
    Artifact,
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
from gofer.models._common import message_size
from gofer.models.base import ImageContent, Message
from gofer.safety.spotlight import image_markers

__all__ = [
    "SUMMARY_SOURCE",
    "ContextBuilder",
    "ContextOptions",
    "PriorTurn",
    "build_messages",
    "cut_reply_note",
    "estimate_tokens",
    "observation_text",
    "truncate",
]


SUMMARY_SOURCE = "summary-of-earlier-steps"
"""The source a condensed summary is scanned and marked as: data the model wrote from what tools brought back."""
CUT_SUMMARY_HEAD = ("[Summary of the earlier steps of this run: INCOMPLETE, it was cut at its output bound; what it "
                    "leaves out of those steps is not shown anywhere, so check again anything you need from them]")
"""What heads a condensed summary whose reply stopped at its output bound."""


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


def _image_messages(obs: Observation, images: list[ImageContent]) -> list[Message]:
    """The messages that show an observation's images: between data markers (a text part before them and one
    after) when the tool's result is untrusted, since text drawn in a screenshot can carry instructions too."""
    if not obs.untrusted:
        return [Message(role="user", content=f"[image from {obs.tool}]", images=images)]
    before, after = image_markers(obs.tool, " ".join(obs.images), len(images))
    return [Message(role="user", content=before, images=images), Message(role="user", content=after)]


def _wrap_untrusted(tool: str, text: str) -> str:
    try:
        from gofer.safety.spotlight import wrap_untrusted
    except ModuleNotFoundError:
        return f'<untrusted_data source="{tool}">\n{text}\n</untrusted_data>'
    return wrap_untrusted(tool, text)


def _file_list(artifacts: Sequence[Artifact]) -> str:
    return "[files: " + ", ".join(f"{a.path} ({a.size} bytes)" for a in artifacts) + "]" if artifacts else ""


def observation_text(obs: Observation, replacement: str | None, limit: int) -> str:
    """The text the model gets for one observation: sanitised if the guard said so, cut, marked as data."""
    body = replacement if replacement is not None else obs.text
    body = truncate(body, limit)
    files = found = ""
    if obs.artifacts and not obs.error:
        named = [a for a in obs.artifacts if obs.untrusted or not a.found]
        files = _file_list(named)
        found = _file_list([a for a in obs.artifacts if a not in named])
    if obs.untrusted:  # a sanitised or redacted copy is still data from outside
        # The names of files it made are data too: a download, an archive or a program chose them.
        body = _wrap_untrusted(obs.tool, "\n".join(x for x in (body, files) if x))
        files = ""
    if found:  # files a trusted tool did not name (a background job's, say): their names are data
        files = "\n".join(x for x in (files, _wrap_untrusted("workspace-changes", found)) if x)
    if obs.error:
        return f"ERROR: {obs.error}" + (f"\n{body}" if body else "")
    if files:
        body += "\n" + files
    return body or "(no output)"


def cut_reply_note(max_output: int | None, output_tokens: int) -> str:
    """What the model is told about a reply of its own that stopped at its output bound: ``max_output``, the
    bound gofer sent (under a quota), else the model's own limit (the reply took ``output_tokens``)."""
    if max_output is not None:
        where = f"at {max_output:,} tokens, the most one reply may take under this run's quota"
    else:
        where = f"at {output_tokens:,} tokens by the model's limit on one reply"
    return f"your reply was cut {where}; write less per step (a long file in parts, over several steps)"


def estimate_tokens(messages: Sequence[Message], size: int | None = None) -> int:
    """A rough token count (:func:`~gofer.models._common.text_size`, an upper-ish bound, and 10 a message) used
    to decide when to condense and what a quota holds; ``size``: the messages' size in quarter tokens when already
    known (:attr:`ContextBuilder.size`)."""
    if size is None:
        size = sum(message_size(m) for m in messages)
    return size // 4 + 10 * len(messages)


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
    return ContextBuilder(options, history).build(events, blobs=blobs, loop=loop)


@dataclass
class _Checkpoint:
    """Messages built from ``events[:done]``, ending at a step boundary (no open calls, no pending notes)."""

    done: int
    messages: list[Message]
    size: int
    start_seq: int


class ContextBuilder:
    """Builds the messages for a growing log, reusing the part it built last time.

    The result is exactly what a build from scratch gives (``build_messages``); only the work differs. The
    messages of completed steps never change while the log grows, except when the log is condensed (a new
    summary replaces them) or when an observation's image leaves the window of shown images, so the builder
    keeps the messages up to the last step boundary before the first image still shown, and starts again from
    scratch when handed a different log or a new summary.
    """

    def __init__(self, options: ContextOptions | None = None, history: Sequence[PriorTurn] = ()) -> None:
        self.options = options or ContextOptions()
        self.history = list(history)
        self.size = 0
        """The size of the messages built last in quarter tokens (:func:`~gofer.models._common.message_size`)."""
        self._reset()

    def _reset(self) -> None:
        self._indexed = 0
        self._first: Event | None = None
        self._condensed: ContextCondensed | None = None
        self._replacements: dict[str, str] = {}
        self._summary_replacements: dict[int, str] = {}  # by the seq of the ContextCondensed the guard judged
        self._image_obs: list[tuple[int, str]] = []  # (index in the log, action id) of observations with images
        self._checkpoint: _Checkpoint | None = None

    def _index(self, events: Sequence[Event]) -> None:
        if events and (self._first is not events[0] or self._indexed > len(events)):
            self._reset()
            self._first = events[0]
        for i in range(self._indexed, len(events)):
            event = events[i]
            if isinstance(event, ContextCondensed):
                self._condensed = event
                self._checkpoint = None
            elif isinstance(event, GuardDecision):
                if event.stage != "observation" or "replacement" not in event.details:
                    continue
                if event.action_id:
                    self._replacements[event.action_id] = str(event.details["replacement"])
                elif isinstance(event.details.get("summary_seq"), int):
                    self._summary_replacements[event.details["summary_seq"]] = str(event.details["replacement"])
                    self._checkpoint = None
            elif isinstance(event, Observation) and event.images:
                self._image_obs.append((i, event.action_id))
        self._indexed = len(events)

    def images_shown(self, events: Sequence[Event]) -> list[str]:
        """The blob hashes of the images the next build will show (fetch them for ``blobs``)."""
        if not self.options.vision or not events:
            return []
        self._index(events)
        start_seq = self._condensed.up_to_seq + 1 if self._condensed is not None else 1
        shown = [i for i, _ in self._image_obs if events[i].seq >= start_seq][-self.options.max_images :]
        hashes: list[str] = []
        for i in shown:
            event = events[i]
            assert isinstance(event, Observation)
            hashes += event.images
        return hashes

    def build(
        self,
        events: Sequence[Event],
        *,
        blobs: Mapping[str, bytes] | None = None,
        loop: LoopVerdict | None = None,
    ) -> list[Message]:
        """The messages for ``events`` (see :func:`build_messages`)."""
        opts = self.options
        blobs = blobs or {}
        if not events or not isinstance(events[0], RunStarted):
            raise ValueError("a run's log must begin with RunStarted")
        self._index(events)
        start_seq = self._condensed.up_to_seq + 1 if self._condensed is not None else 1
        shown = [(i, aid) for i, aid in self._image_obs if events[i].seq >= start_seq][-opts.max_images :]
        show_images = {aid for _, aid in shown} if opts.vision else set()
        # Work that may be kept ends before the first image still shown: its message changes when it leaves.
        keep_limit = shown[0][0] if show_images else len(events)

        point = self._checkpoint
        if point is not None and point.start_seq == start_seq and point.done <= keep_limit:
            messages = list(point.messages)
            size = point.size
            first = point.done
        else:
            messages, first = self._opening(events, start_seq), 0
            size = sum(message_size(m) for m in messages)
            self._checkpoint = None

        open_calls: set[str] = set()
        notes: list[str] = []
        pending_images: list[Message] = []
        boundary: tuple[int, int, int] | None = None  # (events done, messages, size) at the last step boundary

        def add(message: Message) -> None:
            nonlocal size
            messages.append(message)
            size += message_size(message)

        def flush_notes() -> None:
            for note in notes:
                add(Message(role="user", content=note))
            notes.clear()

        for index in range(first, len(events)):
            event = events[index]
            if event.seq < start_seq and event.seq >= 0:
                continue
            match event:
                case ModelResponded(purpose="step"):
                    flush_notes()
                    add(Message(role="assistant", content=event.text, tool_calls=list(event.tool_calls)))
                    open_calls = {c.id for c in event.tool_calls}
                    if event.cut and not event.tool_calls:  # not taken as a final answer: the model is told why
                        note = cut_reply_note(event.max_output, event.usage.output_tokens)
                        notes.append(f"[gofer] Not taken as your final answer: {note}.")
                case Observation() if event.call_id in open_calls:
                    open_calls.discard(event.call_id)
                    content = observation_text(
                        event, self._replacements.get(event.action_id), opts.max_observation_chars
                    )
                    images = []
                    if event.action_id in show_images:
                        images = [
                            ImageContent(data_b64=base64.b64encode(blobs[h]).decode())
                            for h in event.images
                            if h in blobs
                        ]
                    elif event.images:
                        content += f"\n[{len(event.images)} image(s) attached to this result, not shown]"
                    add(Message(role="tool", content=content, tool_call_id=event.call_id, name=event.tool))
                    if images:
                        # Tool messages must follow their call directly; images travel in a user message after them.
                        pending_images += _image_messages(event, images)
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
                for message in pending_images:
                    add(message)
                pending_images.clear()
                flush_notes()
                if index + 1 <= keep_limit:
                    boundary = (index + 1, len(messages), size)
        if boundary is not None:
            done, count, kept = boundary
            self._checkpoint = _Checkpoint(done, messages[:count], kept, start_seq)

        verdict = loop or detect_loop(events, opts.repeat_limit, opts.no_progress_steps)
        if verdict.level == "warn" and not open_calls:
            add(Message(role="user", content=f"[gofer] {verdict.reason}"))
        self.size = size
        return messages

    def _opening(self, events: Sequence[Event], start_seq: int) -> list[Message]:
        started = events[0]
        assert isinstance(started, RunStarted)
        messages: list[Message] = [Message(role="system", content=system_prompt(self.options.system_extra))]
        for turn in self.history:
            # An earlier answer may quote what a page or file said: it is shown as data, not as words to act on.
            messages.append(Message(role="user", content=turn.task))
            messages.append(Message(role="assistant", content=_wrap_untrusted("earlier-answer", turn.outcome)))
        messages.append(Message(role="user", content=started.task))
        if self._condensed is not None:
            # The summary was written from tool output, so it is data; the person's own messages it covers are
            # shown again as they were, so they keep their standing as the person's words.
            for event in events:
                if isinstance(event, UserMessage) and 0 <= event.seq < start_seq:
                    messages.append(Message(role="user", content=f"[Message from the person]\n{event.text}"))
            text = self._summary_replacements.get(self._condensed.seq, self._condensed.summary)
            summary = _wrap_untrusted(SUMMARY_SOURCE, text)
            head = CUT_SUMMARY_HEAD if self._condensed.cut else "[Summary of the earlier steps of this run]"
            messages.append(Message(role="user", content=f"{head}\n{summary}"))
        return messages

