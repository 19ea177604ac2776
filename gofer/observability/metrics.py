"""Prometheus metrics of the runs driven in this process, derived from their events.

They live in their own registry (one per process by default), which ``gofer serve``'s ``/metrics`` exposes
beside the HTTP metrics of :mod:`gofer.server.metrics`.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

__all__ = ["RunMetrics"]

_SECONDS = (0.005, 0.025, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)


class RunMetrics:
    """Counters and histograms about runs, steps, model calls, tools and the guard."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        r = self.registry
        self.runs = Counter("gofer_runs_total", "Runs that ended (or paused), by status", ["status"], registry=r)
        self.steps = Histogram(
            "gofer_step_seconds", "Wall time of one agent step: the model call and the actions it asked for",
            buckets=_SECONDS, registry=r,
        )
        self.model_latency = Histogram(
            "gofer_model_seconds", "Model call latency", ["provider", "model", "purpose"], buckets=_SECONDS,
            registry=r,
        )
        self.tokens = Counter(
            "gofer_model_tokens_total", "Tokens used by model calls", ["provider", "model", "direction"], registry=r
        )
        self.tool_latency = Histogram(
            "gofer_tool_seconds", "Tool call latency, by tool and outcome (ok, error)", ["tool", "outcome"],
            buckets=_SECONDS, registry=r,
        )
        self.guard = Counter(
            "gofer_guard_decisions_total", "Guard decisions by stage, check and verdict", ["stage", "check", "verdict"],
            registry=r,
        )
        self.confirmations = Counter(
            "gofer_confirmations_total", "Approvals decided, by outcome (approved, declined)", ["outcome"], registry=r
        )

    def render(self) -> bytes:
        """The text exposition format."""
        return generate_latest(self.registry)
