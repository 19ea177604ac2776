"""A run's events turned into OpenTelemetry spans, Prometheus metrics and JSON log lines, as they are appended.

Spans follow the OpenTelemetry GenAI semantic conventions: the run is an ``invoke_agent gofer`` span; each
model call a ``chat MODEL`` child (``gen_ai.request.model``, ``gen_ai.usage.input_tokens`` /
``output_tokens``); each tool call an ``execute_tool TOOL`` child; each guard decision a ``guard STAGE``
child. Times come from the events themselves (a model call's span starts ``duration_ms`` before its event),
so the spans are the same whether they are made live or from a stored log.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.trace import Span, SpanKind, Status, StatusCode, Tracer

from gofer.events import (
    ActionProposed,
    ActionStarted,
    ConfirmationResolved,
    Event,
    GuardDecision,
    ModelResponded,
    Observation,
    RunCancelled,
    RunFailed,
    RunFinished,
    RunPaused,
    RunResumed,
    RunStarted,
    Usage,
)
from gofer.observability.logs import EVENT_LOGGER, event_fields
from gofer.observability.metrics import RunMetrics

__all__ = ["RunObserver", "model_labels"]

_NS = 1_000_000_000


def _ns(ts: datetime) -> int:
    return int(ts.timestamp() * _NS)


def model_labels(spec: str, reported: str = "") -> tuple[str, str]:
    """(provider, model) for a model spec such as ``openai:gpt-4o`` or ``openai-compat:URL#MODEL``.

    Scripted and replayed models are labelled ``scripted``/``replay`` without their file or run, so metric
    labels stay few.
    """
    scheme, _, rest = spec.partition(":")
    if scheme in ("scripted", "replay"):
        return scheme, scheme
    if scheme == "openai-compat":
        rest = rest.rpartition("#")[2]
    return scheme or "unknown", reported or rest or spec


@dataclass
class _Action:
    tool: str
    call_id: str
    proposed_ns: int
    risk: str
    started_ns: int | None = None
    confirmation: str = "none"


@dataclass
class _Step:
    start_ns: int
    waiting: set[str] = field(default_factory=set)


class RunObserver:
    """Follows one run's events in one process (a runner's life): call it with each batch appended."""

    def __init__(
        self, started: RunStarted, *, tracer: Tracer, metrics: RunMetrics, logger: logging.Logger | None = None
    ) -> None:
        self.started = started
        self.tracer = tracer
        self.metrics = metrics
        self.log = logger or logging.getLogger(EVENT_LOGGER)
        self.provider, self.model = model_labels(started.model)
        self.usage = Usage()
        self._actions: dict[str, _Action] = {}
        self._step: _Step | None = None
        self.run_span: Span | None = None
        self._ctx = otel_context.get_current()
        self._open_run()

    def _open_run(self, start_ns: int | None = None) -> None:
        """Start the run's span: when the runner starts, and again when a paused run resumes."""
        started = self.started
        self.run_span = self.tracer.start_span(
            "invoke_agent gofer",
            kind=SpanKind.INTERNAL,
            start_time=start_ns,
            attributes={
                "gen_ai.operation.name": "invoke_agent",
                "gen_ai.agent.name": "gofer",
                "gen_ai.conversation.id": started.session_id,
                "gen_ai.provider.name": self.provider,
                "gen_ai.request.model": self.model,
                "gofer.run_id": started.run_id,
                "gofer.session_id": started.session_id,
            },
        )
        self._ctx = trace.set_span_in_context(self.run_span)

    # -- the entry point ----------------------------------------------------------------------------------------

    def __call__(self, events: Sequence[Event]) -> None:
        """Record a batch of stored events."""
        for event in events:
            self._log(event)
            self._on(event)

    @property
    def trace_id(self) -> str | None:
        """The run span's trace id (hex), for correlating logs with traces; None when tracing is off."""
        if self.run_span is None:
            return None
        ctx = self.run_span.get_span_context()
        return format(ctx.trace_id, "032x") if ctx.is_valid else None

    def _log(self, event: Event) -> None:
        fields = event_fields(event)
        if self.trace_id:
            fields["trace_id"] = self.trace_id
        level = logging.WARNING if isinstance(event, RunFailed) else logging.INFO
        self.log.log(level, "%s %s", event.type, event.run_id, extra={"fields": fields})

    def _child(self, name: str, start_ns: int, attributes: dict[str, str | int | float | bool]) -> Span:
        return self.tracer.start_span(name, context=self._ctx, start_time=start_ns, attributes=attributes)

    # -- events -------------------------------------------------------------------------------------------------

    def _on(self, event: Event) -> None:
        match event:
            case ModelResponded():
                self._model(event)
            case ActionProposed():
                self._actions[event.action_id] = _Action(event.tool, event.call_id, _ns(event.ts), event.risk.value)
            case GuardDecision():
                self._guard(event)
            case ConfirmationResolved():
                outcome = "approved" if event.approved else "declined"
                self.metrics.confirmations.labels(outcome).inc()
                if event.action_id in self._actions:
                    self._actions[event.action_id].confirmation = outcome
            case ActionStarted():
                if event.action_id in self._actions:
                    self._actions[event.action_id].started_ns = _ns(event.ts)
            case Observation():
                self._observation(event)
            case RunFinished() | RunFailed() | RunCancelled() | RunPaused():
                self._end(event)
            case RunResumed() if self.run_span is None:
                self._open_run(_ns(event.ts))
            case _:
                pass

    def _model(self, event: ModelResponded) -> None:
        end = _ns(event.ts)
        start = end - int(event.duration_ms * 1_000_000)
        provider, model = model_labels(self.started.model, event.model)
        label_model = self.model if provider in ("scripted", "replay") else model
        span = self._child(
            f"chat {model}",
            start,
            {
                "gen_ai.operation.name": "chat",
                "gen_ai.provider.name": provider,
                "gen_ai.request.model": self.model,
                "gen_ai.response.model": event.model,
                "gen_ai.usage.input_tokens": event.usage.input_tokens,
                "gen_ai.usage.output_tokens": event.usage.output_tokens,
                "gofer.purpose": event.purpose,
                "gofer.tool_calls": len(event.tool_calls),
                "gofer.run_id": event.run_id,
            },
        )
        if event.cost is not None:
            span.set_attribute("gofer.cost_usd", event.cost)
        span.end(end_time=end)
        self.usage = self.usage + event.usage
        m = self.metrics
        m.model_latency.labels(provider, label_model, event.purpose).observe(event.duration_ms / 1000)
        m.tokens.labels(provider, label_model, "input").inc(event.usage.input_tokens)
        m.tokens.labels(provider, label_model, "output").inc(event.usage.output_tokens)
        if event.purpose != "step":
            return
        self._close_step(start)
        self._step = _Step(start, {c.id for c in event.tool_calls})
        if not event.tool_calls:
            self._close_step(end)

    def _close_step(self, end_ns: int) -> None:
        if self._step is not None:
            self.metrics.steps.observe(max(0, end_ns - self._step.start_ns) / _NS)
            self._step = None

    def _guard(self, event: GuardDecision) -> None:
        at = _ns(event.ts)
        span = self._child(
            f"guard {event.stage}",
            at,
            {
                "gofer.guard.stage": event.stage,
                "gofer.guard.check": event.check,
                "gofer.guard.verdict": event.verdict,
                "gofer.guard.reason": event.reason[:500],
                "gofer.action_id": event.action_id or "",
                "gofer.run_id": event.run_id,
            },
        )
        span.end(end_time=at)
        self.metrics.guard.labels(event.stage, event.check, event.verdict).inc()

    def _observation(self, event: Observation) -> None:
        end = _ns(event.ts)
        action = self._actions.pop(event.action_id, None)
        if action is not None and action.started_ns is not None:
            start = action.started_ns
        else:
            start = end - int(event.duration_ms * 1_000_000)
        span = self._child(
            f"execute_tool {event.tool}",
            start,
            {
                "gen_ai.operation.name": "execute_tool",
                "gen_ai.tool.name": event.tool,
                "gen_ai.tool.call.id": event.call_id,
                "gofer.action_id": event.action_id,
                "gofer.risk": action.risk if action else "",
                "gofer.confirmation": action.confirmation if action else "none",
                "gofer.executed": bool(action and action.started_ns is not None),
                "gofer.run_id": event.run_id,
            },
        )
        if event.error:
            span.set_status(Status(StatusCode.ERROR, event.error.splitlines()[0][:300]))
        span.end(end_time=max(start, end))
        outcome = "error" if event.error else "ok"
        self.metrics.tool_latency.labels(event.tool, outcome).observe(event.duration_ms / 1000)
        if self._step is not None:
            self._step.waiting.discard(event.call_id)
            if not self._step.waiting:
                self._close_step(end)

    def _end(self, event: Event) -> None:
        status = {"RunFinished": "finished", "RunFailed": "failed", "RunCancelled": "cancelled"}.get(
            event.type, "paused"
        )
        self.metrics.runs.labels(status).inc()
        self._close_step(_ns(event.ts))
        span = self.run_span
        if span is None:
            return
        span.set_attribute("gofer.status", status)
        span.set_attribute("gen_ai.usage.input_tokens", self.usage.input_tokens)
        span.set_attribute("gen_ai.usage.output_tokens", self.usage.output_tokens)
        if isinstance(event, RunFailed):
            span.set_status(Status(StatusCode.ERROR, f"{event.error}: {event.reason}"[:300]))
        span.end(end_time=_ns(event.ts))
        self.run_span = None
        self._ctx = otel_context.get_current()
