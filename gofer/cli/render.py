"""Rendering a run's events on the terminal: a live Rich trace, or one JSON object per line."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
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
from gofer.safety.history import argument_strings

__all__ = ["JsonRenderer", "TraceRenderer", "confirmation_display", "cut_middle", "foreign_hosts", "json_line",
           "safe", "short_args", "visible"]

_PLAN_MARKS = {"pending": "[ ]", "in_progress": "[>]", "done": "[x]", "skipped": "[-]"}

_NOT_PLAIN = re.compile(r"[^\x20-\x7e\n]")
_UNSEEN = frozenset(("Cc", "Cf", "Cs", "Zl", "Zp"))
"""Unicode categories a terminal acts on or does not show: control characters (escape sequences, C1 controls such
as \\x9b, backspace, carriage return), format characters (bidi overrides, zero-width and tag characters), lone
surrogates, and line and paragraph separators."""


def _escape_char(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


_PICTOGRAPH = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
"""Emoji (their main blocks): a zero-width joiner between two of them only joins glyphs (a family, a profession),
so it is kept; anywhere else it is written out like every other zero-width character."""
_ZWJ = "\u200d"


def _joins_emoji(text: str, at: int) -> bool:
    before = text[at - 1] if at > 0 else ""
    if before == "\ufe0f" and at > 1:  # emoji presentation selector after the emoji
        before = text[at - 2]
    after = text[at + 1] if at + 1 < len(text) else ""
    return bool(_PICTOGRAPH.match(before) and _PICTOGRAPH.match(after))


def _shown(match: re.Match[str]) -> str:
    ch = match.group()
    if ch == "\t":
        return "    "
    if unicodedata.category(ch) not in _UNSEEN or (ch == _ZWJ and _joins_emoji(match.string, match.start())):
        return ch
    return _escape_char(ch)


def visible(text: str) -> str:
    """Untrusted text made safe to print on a terminal: every character a terminal would act on or not show is
    written out as an escape (``\\x1b``, ``\\x9b``, ``\\u202e``, ``\\u200b``), so nothing in it moves the cursor,
    erases or overprints a line, sets the title or the clipboard, or reads in another order than it runs. Newlines
    are kept, tabs become spaces."""
    return _NOT_PLAIN.sub(_shown, text)


def safe(text: str) -> str:
    """Untrusted text for a Rich markup string: :func:`visible`, and its markup escaped."""
    return escape(visible(text))


def cut_middle(text: str, limit: int) -> str:
    """``text`` in at most about ``limit`` characters: a long one keeps its start and its end (where a command's
    last part is) and says how much of the middle is not shown."""
    if len(text) <= limit:
        return text
    tail = max(limit // 3, 1)
    head = max(limit - tail - 1, 1)  # head + tail == limit - 1 characters shown
    return f"{text[:head]}…[{len(text) - head - tail} characters not shown]…{text[-tail:]}"


def _value(value: Any) -> str:
    return repr(value) if isinstance(value, str) else visible(json.dumps(value, ensure_ascii=False))


def short_args(arguments: dict[str, Any], limit: int = 140) -> str:
    """Tool arguments on one line, long values cut in the middle (made :func:`visible`, not markup-escaped)."""
    parts = [f"{visible(str(key))}={cut_middle(_value(value), 60)}" for key, value in arguments.items()]
    return cut_middle(", ".join(parts), limit)


CONFIRM_LINES = 40
"""At most this many lines of arguments in an approval prompt (a long one is cut in the middle, and says so)."""
CONFIRM_WIDTH = 400
"""At most this many characters of one line of an approval's arguments."""


def confirmation_display(arguments: dict[str, Any]) -> tuple[list[str], int]:
    """An approval's arguments for the person to judge, as plain lines (made :func:`visible`), and how many
    characters of them are not shown. Every argument is shown whole up to the bounds: a one-line string as a
    Python literal (quotes and escapes exact), a multi-line one line by line after a gutter, anything else as
    JSON; beyond the bounds the middle is cut (never the end) and counted."""
    lines: list[str] = []
    hidden = 0

    def add(line: str) -> None:
        nonlocal hidden
        if len(line) > CONFIRM_WIDTH:
            hidden += len(line) - (CONFIRM_WIDTH - 1)  # what cut_middle leaves out
        lines.append(cut_middle(line, CONFIRM_WIDTH))

    for key, value in arguments.items():
        name = visible(str(key))
        if isinstance(value, str) and "\n" in value.strip("\n"):
            body = value.split("\n")
            add(f"{name}: ({len(body)} lines)")
            for line in body:
                add(f"  │ {visible(line)}")
        else:
            add(f"{name}: {_value(value)}")
    if len(lines) > CONFIRM_LINES:
        tail = CONFIRM_LINES // 3
        head = CONFIRM_LINES - tail - 1
        dropped = lines[head:-tail]
        hidden += sum(len(line) for line in dropped)
        lines = [*lines[:head], f"  …[{len(dropped)} lines not shown]…", *lines[-tail:]]
    # after the cut, so that a long argument cannot push these notes out of sight
    return lines + [f"note: {note}" for note in foreign_hosts(arguments)], hidden


_DOTTED = re.compile(r"(?:[^\W_](?:[^\W_]|-)*[.\u3002\uff0e\uff61])+[^\W\d_]{2,}")


def _scripts(word: str) -> list[str]:
    names: list[str] = []
    for ch in word:
        if ch.isalpha():
            first = unicodedata.name(ch, "UNKNOWN").split()[0]
            script = first if len(first) <= 3 else first.title()
            if script not in names:
                names.append(script)
    return names


def foreign_hosts(arguments: Any) -> list[str]:
    """A note for each host name in the arguments written with letters outside ASCII: what it is in ASCII (the
    form the network uses) and which alphabets it mixes, so that ``pаypal.com`` with a Cyrillic ``а`` cannot pass
    for the real one in an approval."""
    notes: list[str] = []
    seen: set[str] = set()
    for text in argument_strings(arguments):
        for host in _DOTTED.findall(text):
            if host.isascii() or host in seen:
                continue
            seen.add(host)
            try:
                ascii_form = host.encode("idna").decode("ascii")
            except UnicodeError:
                ascii_form = "not a valid host name"
            scripts = _scripts(host)
            mixed = f"mixes {' and '.join(scripts)} letters" if len(scripts) > 1 else f"{scripts[0]} letters"
            notes.append(f"{visible(host)!r} is {ascii_form} ({mixed})")
    return notes


def _first_lines(text: str, lines: int = 3, width: int = 160) -> str:
    out = []
    for line in text.strip().splitlines()[:lines]:
        out.append(cut_middle(line, width))
    more = len(text.strip().splitlines()) - lines
    if more > 0:
        out.append(f"... ({more} more lines)")
    return "\n".join(out)


def _indented(text: str, prefix: str) -> str:
    """Continuation lines of untrusted text indented, so none of them can pass for a line of gofer's own."""
    return text.replace("\n", "\n" + prefix)


def json_line(data: Any) -> str:
    """One JSON object on one line, valid whatever the text in it and safe on a terminal: non-ASCII letters stay
    readable, every character :func:`visible` would escape (C1 controls, bidi and zero-width characters, lone
    surrogates, line separators) is written as a JSON ``\\u`` escape."""
    text = json.dumps(data, ensure_ascii=False)
    return _NOT_PLAIN.sub(_json_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    ch = match.group()
    if unicodedata.category(ch) not in _UNSEEN:
        return ch
    return json.dumps(ch)[1:-1] if ord(ch) > 0xFFFF else f"\\u{ord(ch):04x}"


class JsonRenderer:
    """Prints each event as one JSON object per line (for scripts)."""

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream or sys.stdout

    def __call__(self, event: Event) -> None:
        self.stream.write(json_line(dump_event(event)) + "\n")
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
                c.print(f"[bold]▶ {safe(event.task)}[/]")
                source = "a script (no language model)" if self.scripted else event.model
                where = safe(str(event.workspace))
                c.print(f"  [dim]run {event.run_id} · model: {safe(source)} · workspace: {where}[/]")
            case PlanUpdated():
                c.print("[bold cyan]Plan[/]")
                for i, step in enumerate(event.steps, 1):
                    c.print(f"  {_PLAN_MARKS.get(step.status, '[ ]')} {i}. {safe(step.title)}")
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
                    c.print(f"[italic]💭 {safe(_first_lines(event.text, 4))}[/] {meta}")
                elif event.text.strip():  # a reply without tool calls is the answer: shown once filtered
                    c.print(f"[italic]💭 (the answer; shown below once it has passed the output filter)[/] {meta}")
                else:
                    c.print(meta)
            case ModelResponded():
                c.print(f"[dim]({safe(event.purpose)} model call · {event.usage.input_tokens} tokens in)[/]")
            case ActionProposed(tool="finish" | "ask_user"):
                # Their text is shown once it has passed the output filter (the answer panel, the question).
                c.print(f"  [bold]→ {safe(event.tool)}[/]")
            case ActionProposed():
                risk = "" if event.risk == "read_only" else f" [yellow]\\[{event.risk.value}][/]"
                c.print(f"  [bold]→ {safe(event.tool)}[/]({escape(short_args(event.arguments))}){risk}")
            case GuardDecision() if event.verdict != "allow":
                color = "red" if event.verdict == "block" else "yellow"
                c.print(f"  [{color}]⚠ guard {safe(event.check)}: {event.verdict} — {safe(event.reason)}[/]")
            case ConfirmationRequested():
                self._confirmation(event)
            case ConfirmationResolved():
                verdict = "[green]approved[/]" if event.approved else "[red]declined[/]"
                note = f": {safe(event.note)}" if event.note else ""
                c.print(f"  {verdict} by {safe(event.decided_by)}{note}")
            case Observation():
                took = f"[dim]{event.duration_ms:.0f} ms[/]"
                if event.error:
                    c.print(f"  [red]✗ {safe(_first_lines(event.error, 3))}[/] {took}")
                else:
                    c.print(f"  [green]←[/] {safe(_first_lines(event.text, 3))} {took}")
                for art in event.artifacts:
                    c.print(f"    [dim]file {safe(art.path)} ({art.size} bytes)[/]")
                if event.images:
                    c.print(f"    [dim]{len(event.images)} image(s)[/]")
            case QuestionAsked():
                c.print(f"[bold magenta]? {_indented(safe(event.question), '  ')}[/]")
            case QuestionAnswered():
                c.print(f"  [magenta]answer: {safe(event.answer)}[/]")
            case UserMessage():
                c.print(f"[bold]✉ {safe(event.text)}[/]")
            case ContextCondensed():
                cut = " (the summary was cut at its output bound: incomplete)" if event.cut else ""
                c.print(f"[dim]… history condensed up to event {event.up_to_seq}{cut}[/]")
            case ComputerReset():
                c.print(f"[yellow]computer reset: {safe(event.reason)} ({safe(', '.join(event.parts))})[/]")
            case WatchModeChanged():
                state = "watched" if event.watched else "waiting for someone to watch"
                c.print(f"[yellow]watch mode {'on' if event.active else 'off'} ({state}): {safe(event.reason)}[/]")
            case TakeoverStarted():
                c.print("[yellow]a person took over the browser[/]")
            case TakeoverEnded():
                c.print(f"[yellow]browser handed back: {safe(event.summary)}[/]")
            case RunPaused():
                c.print(f"[yellow]⏸ paused: {safe(event.reason)}[/]")
            case RunResumed():
                c.print(f"[dim]▶ resumed: {safe(event.reason)}[/]")
            case BudgetExceeded():
                c.print(f"[red]budget {event.budget} exceeded: {event.used:g} of {event.limit:g}[/]")
            case RunFinished():
                self._finished(event)
            case RunFailed():
                c.print(f"[bold red]✗ failed ({safe(event.error)}): {safe(event.reason)}[/]")
            case RunCancelled():
                c.print(f"[bold red]■ cancelled: {safe(event.reason)}[/]")
            case _:
                pass

    def _confirmation(self, event: ConfirmationRequested) -> None:
        """What the person approves, shown exactly and bounded; the essentials last, next to the prompt."""
        c = self.console
        lines, hidden = confirmation_display(event.arguments)
        reason = _indented(safe(cut_middle(event.reason, 600)), "    ")
        c.print(f"  [bold yellow]? approval needed for {safe(event.tool)}: {reason}[/]")
        for line in lines:
            c.print(f"    {escape(line)}", soft_wrap=True)  # the terminal wraps it: no line break added
        if hidden:
            c.print(f"  [bold red]{hidden} characters of these arguments are not shown; answer n unless you know "
                    f"them (in full: gofer runs show {safe(event.run_id)} --json)[/]")

    def _finished(self, event: RunFinished) -> None:
        c = self.console
        c.print(Panel(safe(event.answer), title="Answer", border_style="green"))
        if event.files:
            table = Table(title="Files", show_edge=False)
            for col in ("path", "size", "type", "sha256"):
                table.add_column(col)
            for f in event.files:
                table.add_row(safe(f.path), str(f.size), safe(f.mime), safe(f.sha256[:12]))
            c.print(table)
        if event.sources:
            c.print("[bold]Sources[/]")
            for s in event.sources:
                c.print(f"  - {safe(s)}")
        cost = f" · ${event.cost:.4f}" if event.cost is not None else ""
        c.print(f"[dim]{event.usage.input_tokens} tokens in · {event.usage.output_tokens} out{cost}[/]")
