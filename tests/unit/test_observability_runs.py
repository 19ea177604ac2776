"""A run's spans, metrics and JSON logs, made by the runner's event observer (in-memory span exporter)."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from prometheus_client import CollectorRegistry

from gofer.cli.follow import Decider, follow_run
from gofer.events import Event
from gofer.observability import JsonFormatter, RunMetrics, Telemetry, install, model_labels


@pytest.fixture
def exporter() -> Iterator[tuple[InMemorySpanExporter, RunMetrics, io.StringIO]]:
    """Telemetry for this test: spans in memory, metrics in their own registry, logs as JSON in a buffer."""
    spans = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(spans))
    metrics = RunMetrics(CollectorRegistry())
    logs = io.StringIO()
    logger = logging.getLogger("gofer.run.test")
    handler = logging.StreamHandler(logs)
    handler.setFormatter(JsonFormatter())
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    old = install(Telemetry(tracer_provider=provider, metrics=metrics, logger=logger))
    try:
        yield spans, metrics, logs
    finally:
        install(old)
        logger.removeHandler(handler)


def _value(metrics: RunMetrics, name: str, **labels: str) -> float:
    found = metrics.registry.get_sample_value(name, labels)
    return 0.0 if found is None else found


async def test_a_run_makes_spans_metrics_and_logs(
    tmp_path: Path, exporter: tuple[InMemorySpanExporter, RunMetrics, io.StringIO]
) -> None:
    spans, metrics, logs = exporter
    model = script(tmp_path, [
        {"text": "Writing the note.", "tool_calls": [call("write_file", path="note.txt", content="hello")]},
        {"tool_calls": [call("read_file", path="note.txt")]},
        {"tool_calls": [call("finish", answer="done", files=["note.txt"])]},
    ])
    events: list[Event] = []
    async with gofer_env(confirmation="always") as env:
        record = await env.service.create_run("write a note", model, workspace=tmp_path / "ws", start=False)
        code = await follow_run(env, record.id, events.append, Decider(on_confirm="approve"))
    assert code == 0
    assert events[-1].type == "RunFinished"

    finished = spans.get_finished_spans()
    by_name: dict[str, list[object]] = {}
    for s in finished:
        by_name.setdefault(s.name, []).append(s)
    run = [s for s in finished if s.name == "invoke_agent gofer"]
    assert len(run) == 1
    run_span = run[0]
    assert run_span.attributes["gofer.run_id"] == record.id
    assert run_span.attributes["gofer.status"] == "finished"
    assert run_span.attributes["gen_ai.provider.name"] == "scripted"

    chats = [s for s in finished if s.name.startswith("chat ")]
    assert len(chats) == 3
    for s in chats:
        assert s.parent is not None and s.parent.span_id == run_span.context.span_id
        assert s.context.trace_id == run_span.context.trace_id
        assert s.attributes["gen_ai.operation.name"] == "chat"
        assert s.attributes["gen_ai.request.model"] == "scripted"
        assert s.attributes["gen_ai.usage.input_tokens"] > 0
        assert s.attributes["gen_ai.usage.output_tokens"] > 0
    total_in = sum(int(s.attributes["gen_ai.usage.input_tokens"]) for s in chats)
    assert run_span.attributes["gen_ai.usage.input_tokens"] == total_in

    tools = {s.attributes["gen_ai.tool.name"]: s for s in finished if s.name.startswith("execute_tool ")}
    assert set(tools) == {"write_file", "read_file", "finish"}
    write = tools["write_file"]
    assert write.attributes["gofer.confirmation"] == "approved" and write.attributes["gofer.executed"] is True
    assert write.status.is_ok
    assert write.start_time <= write.end_time

    guard = [s for s in finished if s.name.startswith("guard ")]
    verdicts = {(s.attributes["gofer.guard.check"], s.attributes["gofer.guard.verdict"]) for s in guard}
    assert ("confirmation", "confirm") in verdicts
    assert all(s.parent is not None and s.parent.span_id == run_span.context.span_id for s in guard)

    assert _value(metrics, "gofer_runs_total", status="finished") == 1
    assert _value(metrics, "gofer_model_seconds_count", provider="scripted", model="scripted", purpose="step") == 3
    tokens_in = _value(metrics, "gofer_model_tokens_total", provider="scripted", model="scripted", direction="input")
    assert tokens_in == total_in
    assert _value(metrics, "gofer_tool_seconds_count", tool="write_file", outcome="ok") == 1
    assert _value(metrics, "gofer_step_seconds_count") == 3
    assert _value(metrics, "gofer_guard_decisions_total", stage="action", check="confirmation", verdict="confirm") >= 1
    approvals = sum(1 for e in events if e.type == "ConfirmationResolved")
    assert approvals >= 1
    assert _value(metrics, "gofer_confirmations_total", outcome="approved") == approvals
    assert b"gofer_runs_total" in metrics.render()

    lines = [json.loads(line) for line in logs.getvalue().splitlines()]
    assert lines and all(line["run_id"] == record.id for line in lines)
    logged = [line["event"] for line in lines]
    assert logged[-1] == "RunFinished"
    assert "ConfirmationResolved" in logged
    assert all(line["trace_id"] == format(run_span.context.trace_id, "032x") for line in lines)
    # seq numbers are the log's own, in order, without gaps after the first one logged
    seqs = [line["seq"] for line in lines]
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))


async def test_a_failed_run_is_an_error_span_and_counted(
    tmp_path: Path, exporter: tuple[InMemorySpanExporter, RunMetrics, io.StringIO]
) -> None:
    spans, metrics, _ = exporter
    model = script(tmp_path, [{"tool_calls": [call("read_file", path="missing.txt")]}])
    async with gofer_env() as env:
        record = await env.service.create_run("read it", model, workspace=tmp_path / "ws", start=False)
        events: list[Event] = []
        await follow_run(env, record.id, events.append, Decider(on_confirm="deny"))
    assert events[-1].type == "RunFailed"
    run_span = next(s for s in spans.get_finished_spans() if s.name == "invoke_agent gofer")
    assert not run_span.status.is_ok
    assert run_span.attributes["gofer.status"] == "failed"
    read = next(s for s in spans.get_finished_spans() if s.name == "execute_tool read_file")
    assert not read.status.is_ok
    assert _value(metrics, "gofer_runs_total", status="failed") == 1
    assert _value(metrics, "gofer_tool_seconds_count", tool="read_file", outcome="error") == 1


def test_model_labels_keep_metric_labels_few() -> None:
    assert model_labels("openai:gpt-4o") == ("openai", "gpt-4o")
    assert model_labels("openai-compat:http://127.0.0.1:8000/v1#qwen2.5") == ("openai-compat", "qwen2.5")
    assert model_labels("scripted:/tmp/x/demo-shopping-1.yaml") == ("scripted", "scripted")
    assert model_labels("ollama:llama3.1", "llama3.1:latest") == ("ollama", "llama3.1:latest")
