"""Prometheus metrics of one app (its own registry, so several apps can live in one process)."""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["Metrics", "MetricsMiddleware"]


class Metrics:
    """Counters and histograms the server keeps."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("gofer_http_requests_total", "HTTP requests answered",
                                ["method", "route", "status"], registry=self.registry)
        self.latency = Histogram("gofer_http_request_seconds", "Time to answer HTTP requests (headers sent)",
                                 ["method", "route"], registry=self.registry)
        self.streams = Gauge("gofer_open_streams", "Open SSE and WebSocket event streams", ["kind"],
                             registry=self.registry)
        self.events_sent = Counter("gofer_stream_events_total", "Events sent to stream clients", ["kind"],
                                   registry=self.registry)
        self.runs_created = Counter("gofer_runs_created_total", "Runs created over the API",
                                    registry=self.registry)
        self.webhooks = Counter("gofer_webhook_deliveries_total", "Webhook deliveries", ["outcome"],
                                registry=self.registry)

    def render(self) -> bytes:
        """The text exposition format: these HTTP metrics, then the metrics of the runs driven in this process."""
        from gofer.observability import process_metrics

        return generate_latest(self.registry) + process_metrics().render()


class MetricsMiddleware:
    """Counts requests by route template and status, and times them to the response headers."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                route = scope.get("route")
                name = getattr(route, "path", None) or "unmatched"
                self.metrics.latency.labels(scope["method"], name).observe(time.perf_counter() - start)
                self.metrics.requests.labels(scope["method"], name, str(status)).inc()
            await send(message)

        await self.app(scope, receive, send_wrapper)
