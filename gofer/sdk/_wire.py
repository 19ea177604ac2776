"""What the SDK's two clients share: request shapes, response parsing, SSE parsing and result types."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from gofer.events import (
    TERMINAL_TYPES,
    Artifact,
    ConfirmationRequested,
    Event,
    QuestionAsked,
    RunFailed,
    RunFinished,
    load_event,
)
from gofer.sdk._errors import RunEndedError
from gofer.store.base import RunRecord

__all__ = ["FileEntry", "Pending", "RunResult", "SseParser", "file_path", "result_of", "run_body", "seg"]


def seg(value: str) -> str:
    """An id as one URL path segment: ``/``, ``?``, ``#``, ``%`` and ``..`` cannot change the route called."""
    return quote(value, safe="") if value not in (".", "..") else value.replace(".", "%2E")


def file_path(path: str) -> str:
    """A workspace path in a URL: each part percent-encoded (``a#b.txt`` stays one name), ``/`` kept."""
    return "/".join(seg(part) for part in path.lstrip("/").split("/"))


@dataclass(frozen=True)
class Pending:
    """What a run waits on: open confirmations and questions."""

    confirmations: list[ConfirmationRequested]
    questions: list[QuestionAsked]

    @classmethod
    def parse(cls, data: dict[str, Any]) -> Pending:
        """From the API's JSON."""
        return cls(confirmations=[ConfirmationRequested.model_validate(c) for c in data["confirmations"]],
                   questions=[QuestionAsked.model_validate(q) for q in data["questions"]])


@dataclass(frozen=True)
class FileEntry:
    """A file or folder in a session's workspace (folders end with '/' and have no size)."""

    path: str
    size: int | None
    is_dir: bool


@dataclass(frozen=True)
class RunResult:
    """A finished run: the answer, the files it made, and its record and events."""

    run: RunRecord
    answer: str
    files: list[Artifact]
    events: list[Event] = field(default_factory=list)


def run_body(task: str, model: str | None, session_id: str | None, tools: list[str] | None,
             budgets: dict[str, float] | None, options: dict[str, Any] | None) -> dict[str, Any]:
    """The JSON body of POST /v1/runs (unset fields left out)."""
    body: dict[str, Any] = {"task": task}
    for key, value in (("model", model), ("session_id", session_id), ("tools", tools), ("budgets", budgets),
                       ("options", options)):
        if value is not None:
            body[key] = value
    return body


def result_of(run: RunRecord, events: list[Event]) -> RunResult:
    """The result of an ended run, or RunEndedError when it failed or was cancelled."""
    last = events[-1] if events else None
    if isinstance(last, RunFinished):
        return RunResult(run=run, answer=last.answer, files=list(last.files), events=events)
    if isinstance(last, RunFailed):
        raise RunEndedError(run.id, "failed", last.reason or last.error, last)
    reason = getattr(last, "reason", "") if last is not None else ""
    raise RunEndedError(run.id, run.status.value, reason or "the run did not finish", last)


def is_terminal(event: Event) -> bool:
    """Whether the event ends its run."""
    return event.type in TERMINAL_TYPES


class SseParser:
    """Turns SSE lines into events (ignoring comments, retry hints and non-event messages)."""

    def __init__(self) -> None:
        self._data: list[str] = []

    def feed(self, lines: Iterable[str]) -> list[Event]:
        """Events completed by these lines."""
        out: list[Event] = []
        for line in lines:
            event = self.line(line)
            if event is not None:
                out.append(event)
        return out

    def line(self, line: str) -> Event | None:
        """Feed one line; returns an event when a message ends."""
        if line == "":
            data, self._data = self._data, []
            if not data:
                return None
            try:
                payload = json.loads("\n".join(data))
            except ValueError:
                return None
            if not isinstance(payload, dict) or "type" not in payload or "seq" not in payload:
                return None
            return load_event(payload)
        if line.startswith("data:"):
            self._data.append(line[5:].lstrip())
        return None
