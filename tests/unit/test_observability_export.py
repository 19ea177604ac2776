"""OTLP export when configured (to a receiver on 127.0.0.1), nothing when not, and observers never stop a run."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from agent_helpers import call, gofer_env, script
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

from gofer.cli.follow import Decider, follow_run
from gofer.config import Settings
from gofer.events import Event, RunStarted
from gofer.observability import Telemetry, install, otlp_provider, run_observers, telemetry


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[bytes]]]:
    """An OTLP/HTTP trace receiver on a free port of 127.0.0.1: (base URL, bodies posted to /v1/traces)."""
    bodies: list[bytes] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            data = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.path == "/v1/traces":
                bodies.append(data)
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", bodies
    finally:
        server.shutdown()
        server.server_close()


async def test_spans_go_to_the_otlp_endpoint(tmp_path: Path, receiver: tuple[str, list[bytes]]) -> None:
    url, bodies = receiver
    provider = otlp_provider(url)
    old = install(Telemetry(tracer_provider=provider))
    try:
        model = script(tmp_path, [{"tool_calls": [call("finish", answer="done")]}])
        async with gofer_env() as env:
            record = await env.service.create_run("say done", model, workspace=tmp_path / "ws", start=False)
            assert await follow_run(env, record.id, lambda _e: None, Decider()) == 0
        assert provider.force_flush(10_000)
    finally:
        install(old)
        provider.shutdown()
    names = []
    for body in bodies:
        request = ExportTraceServiceRequest.FromString(body)
        for resource in request.resource_spans:
            service = {a.key: a.value.string_value for a in resource.resource.attributes}["service.name"]
            assert service == "gofer"
            for scope in resource.scope_spans:
                names += [s.name for s in scope.spans]
    assert "invoke_agent gofer" in names and "chat scripted" in names and "execute_tool finish" in names


def test_without_an_endpoint_nothing_is_exported() -> None:
    old = install(None)
    try:
        current = telemetry(Settings())
        assert current.tracer_provider is None
        started = RunStarted(run_id="run_x", task="t", model="scripted:x.yaml", session_id="ses_x", workspace="/w")
        observers = run_observers(Settings(), started)
        assert len(observers) == 1
    finally:
        install(old)


async def test_an_observer_that_raises_does_not_stop_the_run(tmp_path: Path) -> None:
    seen: list[str] = []

    def broken(events: Sequence[Event]) -> None:
        seen.extend(e.type for e in events)
        raise RuntimeError("telemetry is down")

    class Broken(Telemetry):
        def observer(self, started: RunStarted) -> Any:
            return broken

    old = install(Broken())
    try:
        model = script(tmp_path, [{"tool_calls": [call("write_file", path="a.txt", content="x")]},
                                  {"tool_calls": [call("finish", answer="done", files=["a.txt"])]}])
        async with gofer_env() as env:
            record = await env.service.create_run("write a", model, workspace=tmp_path / "ws", start=False)
            assert await follow_run(env, record.id, lambda _e: None, Decider()) == 0
            stored = [e.type for e in await env.store.read(record.id)]
    finally:
        install(old)
    assert stored[-1] == "RunFinished"
    assert seen == stored[1:]
