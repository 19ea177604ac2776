"""Tracing, metrics and structured logs for runs, derived from their events as the runner appends them.

The runner calls the observers :func:`run_observers` returns after each append (``Runner(observers=...)``).
One :class:`Telemetry` per process holds the tracer (OTLP export when ``GOFER_OTLP_ENDPOINT`` is set, the
process's global OpenTelemetry provider otherwise, a no-op unless something installed one), the Prometheus
run metrics, and the JSON log handler (``GOFER_LOG_LEVEL``, ``GOFER_LOG_FORMAT``).
"""

from __future__ import annotations

import atexit
import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

from opentelemetry import trace
from opentelemetry.trace import Tracer, TracerProvider

from gofer.config import Settings
from gofer.events import Event, RunStarted
from gofer.observability.logs import EVENT_LOGGER, JsonFormatter, configure_logging, event_fields
from gofer.observability.metrics import RunMetrics
from gofer.observability.observer import RunObserver, model_labels

__all__ = [
    "EVENT_LOGGER",
    "JsonFormatter",
    "RunMetrics",
    "RunObserver",
    "Telemetry",
    "configure_logging",
    "event_fields",
    "install",
    "model_labels",
    "otlp_provider",
    "process_metrics",
    "run_observers",
    "telemetry",
]

_TRACER_NAME = "gofer"

_PROCESS_METRICS = RunMetrics()


def process_metrics() -> RunMetrics:
    """The run metrics of this process (what ``gofer serve`` exposes at ``/metrics`` beside its HTTP metrics)."""
    current = _current
    return current.metrics if current is not None else _PROCESS_METRICS


class Telemetry:
    """The process's tracer provider, run metrics and event logger."""

    def __init__(
        self,
        *,
        tracer_provider: TracerProvider | None = None,
        metrics: RunMetrics | None = None,
        logger: logging.Logger | None = None,
    ) -> None:
        self.tracer_provider = tracer_provider
        self.metrics = metrics or _PROCESS_METRICS
        self.logger = logger or logging.getLogger(EVENT_LOGGER)

    @property
    def tracer(self) -> Tracer:
        """gofer's tracer from the configured provider (or the global one)."""
        provider = self.tracer_provider or trace.get_tracer_provider()
        return provider.get_tracer(_TRACER_NAME)

    def observer(self, started: RunStarted) -> RunObserver:
        """A new observer for one runner's life on the run that ``started`` began."""
        return RunObserver(started, tracer=self.tracer, metrics=self.metrics, logger=self.logger)


def otlp_provider(endpoint: str, service_name: str = "gofer") -> Any:
    """An SDK tracer provider exporting spans in batches to an OTLP/HTTP endpoint (``/v1/traces`` added)."""
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider as SdkTracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    url = endpoint.rstrip("/")
    if not url.endswith("/v1/traces"):
        url += "/v1/traces"
    provider = SdkTracerProvider(resource=Resource.create({"service.name": service_name}))
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=url)))
    atexit.register(provider.shutdown)
    return provider


_lock = threading.Lock()
_current: Telemetry | None = None


def install(value: Telemetry | None) -> Telemetry | None:
    """Make ``value`` the process's telemetry (None: set up from settings on next use); returns the old one."""
    global _current
    with _lock:
        old, _current = _current, value
    return old


def telemetry(settings: Settings) -> Telemetry:
    """The process's telemetry, set up from ``settings`` on first use (logging, and OTLP when configured)."""
    global _current
    with _lock:
        if _current is None:
            configure_logging(settings.log_level, settings.log_format)
            provider = otlp_provider(settings.otlp_endpoint) if settings.otlp_endpoint else None
            _current = Telemetry(tracer_provider=provider)
        return _current


def run_observers(settings: Settings, started: RunStarted) -> list[Callable[[Sequence[Event]], None]]:
    """The event observers for one runner: spans, metrics and logs of its run."""
    return [telemetry(settings).observer(started)]
