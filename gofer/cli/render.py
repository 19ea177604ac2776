"""Rendering a run's events on the terminal: a live Rich trace, or one JSON object per line."""

from __future__ import annotations

import json
import sys
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from gofer.events import (
    ActionProposed,
    BudgetExceeded,
    ComputerReset,
    ConfirmationRequested,
    ConfirmationResolved,
    ContextCondensed,
    Event,
    GuardDecision,
    ModelResponded,
    Observation,
    PlanUpdated,
    QuestionAnswered,
    QuestionAsked,
    RunCancelled,
    RunFailed,
    RunFinished,
    RunPaused,
    RunResumed,
    RunStarted,
    TakeoverEnded,
    TakeoverStarted,
    UserMessage,
    WatchModeChanged,
    dump_event,
)

__all__ = ["JsonRenderer", "TraceRenderer", "short_args"]

_PLAN_MARKS = {"pending": "[ ]", "in_progress": "[>]", "done": "[x]", "skipped": "[-]"}


def short_args(arguments: dict[str, Any], limit: int = 140) -> str:
    """Tool arguments on one line, long values cut."""
    parts = []
    for key, value in arguments.items():
        text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
        if len(text) > 60:
            text = text[:57] + "..."
        parts.append(f"{key}={text}")
    line = ", ".join(parts)
    return line if len(line) <= limit else line[: limit - 3] + "..."


def _first_lines(text: str, lines: int = 3, width: int = 160) -> str:
    out = []
    for line in text.strip().splitlines()[:lines]:
        out.append(line if len(line) <= width else line[: width - 3] + "...")
    more = len(text.strip().splitlines()) - lines
    if more > 0:
        out.append(f"... ({more} more lines)")
    return "\n".join(out)


class JsonRenderer:
    """Prints each event as one JSON object per line (for scripts)."""

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream or sys.stdout

    def __call__(self, event: Event) -> None:
        self.stream.write(json.dumps(dump_event(event), ensure_ascii=False) + "\n")
        self.stream.flush()


class TraceRenderer:
    """A readable live trace: plan, thoughts, actions, observations, guard decisions, tokens and cost."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(highlight=False)
        self.scripted = False
        self.tokens = 0
        self.cost: float | None = None

    def begin(self, started: RunStarted) -> None:
        """Take the run's settings from its first event (when the trace starts later in the log)."""
        self.scripted = started.model.startswith(("scripted:", "replay"))

    def __call__(self, event: Event) -> None:
        c = self.console
        match event:
            case RunStarted():
                self.begin(event)
                c.print(f"[bold]▶ {escape(event.task)}[/]")
                source = "a script (no language model)" if self.scripted else event.model
                c.print(f"  [dim]run {event.run_id} · model: {escape(source)} · workspace: {event.workspace}[/]")
            case PlanUpdated():
                c.print("[bold cyan]Plan[/]")
                for i, step in enumerate(event.steps, 1):
                    c.print(f"  {_PLAN_MARKS.get(step.status, '[ ]')} {i}. {escape(step.title)}")
            case ModelResponded(purpose="step"):
                self.tokens += event.usage.input_tokens + event.usage.output_tokens
                if event.cost is not None:
                    self.cost = (self.cost or 0.0) + event.cost
                who = "script" if self.scripted else "model"
                cost = f" · ${self.cost:.4f}" if self.cost is not None else ""
                meta = (
                    f"[dim]({who} · {event.duration_ms:.0f} ms · {event.usage.input_tokens}+"
                    f"{event.usage.output_tokens} tokens · total {self.tokens}{cost})[/]"
                )
                if event.text.strip() and event.tool_calls:
                    c.print(f"[italic]💭 {escape(_first_lines(event.text, 4))}[/] {meta}")
                elif event.text.strip():  # a reply without tool calls is the answer: shown once filtered
                    c.print(f"[italic]💭 (the answer; shown below once it has passed the output filter)[/] {meta}")
                else:
                    c.print(meta)
            case ModelResponded():
                c.print(f"[dim]({event.purpose} model call · {event.usage.input_tokens} tokens in)[/]")
            case ActionProposed(tool="finish" | "ask_user"):
                # Their text is shown once it has passed the output filter (the answer panel, the question).
                c.print(f"  [bold]→ {event.tool}[/]")
            case ActionProposed():
                risk = "" if event.risk == "read_only" else f" [yellow]\\[{event.risk.value}][/]"
                c.print(f"  [bold]→ {event.tool}[/]({escape(short_args(event.arguments))}){risk}")
            case GuardDecision() if event.verdict != "allow":
                color = "red" if event.verdict == "block" else "yellow"
                c.print(f"  [{color}]⚠ guard {event.check}: {event.verdict} — {escape(event.reason)}[/]")
            case ConfirmationRequested():
                c.print(
                    f"  [bold yellow]? approval needed for {event.tool}: {escape(event.reason)}[/]\n"
                    f"    {escape(short_args(event.arguments, 300))}"
                )
            case ConfirmationResolved():
                verdict = "[green]approved[/]" if event.approved else "[red]declined[/]"
                note = f": {escape(event.note)}" if event.note else ""
                c.print(f"  {verdict} by {escape(event.decided_by)}{note}")
            case Observation():
                took = f"[dim]{event.duration_ms:.0f} ms[/]"
                if event.error:
                    c.print(f"  [red]✗ {escape(_first_lines(event.error, 3))}[/] {took}")
                else:
                    c.print(f"  [green]←[/] {escape(_first_lines(event.text, 3))} {took}")
                for art in event.artifacts:
                    c.print(f"    [dim]file {art.path} ({art.size} bytes)[/]")
                if event.images:
                    c.print(f"    [dim]{len(event.images)} image(s)[/]")
            case QuestionAsked():
                c.print(f"[bold magenta]? {escape(event.question)}[/]")
            case QuestionAnswered():
                c.print(f"  [magenta]answer: {escape(event.answer)}[/]")
            case UserMessage():
                c.print(f"[bold]✉ {escape(event.text)}[/]")
            case ContextCondensed():
                c.print(f"[dim]… history condensed up to event {event.up_to_seq}[/]")
            case ComputerReset():
                c.print(f"[yellow]computer reset: {escape(event.reason)} ({', '.join(event.parts)})[/]")
            case WatchModeChanged():
                state = "watched" if event.watched else "waiting for someone to watch"
                c.print(f"[yellow]watch mode {'on' if event.active else 'off'} ({state}): {escape(event.reason)}[/]")
            case TakeoverStarted():
                c.print("[yellow]a person took over the browser[/]")
            case TakeoverEnded():
                c.print(f"[yellow]browser handed back: {escape(event.summary)}[/]")
            case RunPaused():
                c.print(f"[yellow]⏸ paused: {escape(event.reason)}[/]")
            case RunResumed():
                c.print(f"[dim]▶ resumed: {escape(event.reason)}[/]")
            case BudgetExceeded():
                c.print(f"[red]budget {event.budget} exceeded: {event.used:g} of {event.limit:g}[/]")
            case RunFinished():
                self._finished(event)
            case RunFailed():
                c.print(f"[bold red]✗ failed ({event.error}): {escape(event.reason)}[/]")
            case RunCancelled():
                c.print(f"[bold red]■ cancelled: {escape(event.reason)}[/]")
            case _:
                pass

    def _finished(self, event: RunFinished) -> None:
        c = self.console
        c.print(Panel(escape(event.answer), title="Answer", border_style="green"))
        if event.files:
            table = Table(title="Files", show_edge=False)
            for col in ("path", "size", "type", "sha256"):
                table.add_column(col)
            for f in event.files:
                table.add_row(f.path, str(f.size), f.mime, f.sha256[:12])
            c.print(table)
        if event.sources:
            c.print("[bold]Sources[/]")
            for s in event.sources:
                c.print(f"  - {escape(s)}")
        cost = f" · ${event.cost:.4f}" if event.cost is not None else ""
        c.print(f"[dim]{event.usage.input_tokens} tokens in · {event.usage.output_tokens} out{cost}[/]")
