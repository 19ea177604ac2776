"""What the guard derives from a run's log. The guard holds no state: everything comes from these functions.

Taint: an observation (or user input) that a check judged to carry injected instructions is marked by a
GuardDecision whose ``details["taint"]`` is true. The run stays tainted from that event on (or, with a
``taint_steps`` window, for that many model steps).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Self, TypeVar

from gofer.events import (
    ActionProposed,
    ConfirmationRequested,
    ConfirmationResolved,
    Event,
    GuardDecision,
    ModelResponded,
    Observation,
    QuestionAnswered,
    RunStarted,
    UserMessage,
)
from gofer.safety._others_words import OTHERS_KEY
from gofer.safety._owners import owner_prefix
from gofer.safety.urls import URL_KEYS, extract_urls, host_key, host_of, named_hosts

if TYPE_CHECKING:
    from gofer.safety.base import GuardContext

__all__ = [
    "CONNECTOR_TARGET_KEYS",
    "ActionTrail",
    "LogFold",
    "RememberedApproval",
    "RunFacts",
    "action_destination",
    "argument_strings",
    "audit_trail",
    "connector_destination",
    "connector_of",
    "connector_targets",
    "current_page_url",
    "facts_of",
    "fetched_aside",
    "fold_of",
    "page_after",
    "remember_floor",
    "remember_key",
    "remembered",
    "taint_marks",
    "tainted",
    "untrusted_seen",
    "user_hosts",
    "user_text",
    "user_texts",
]

F = TypeVar("F", bound="LogFold")


def audit_trail(events: Iterable[Event]) -> list[GuardDecision | ConfirmationRequested | ConfirmationResolved]:
    """A run's audit trail: every guard decision and every confirmation asked and resolved, in log order."""
    return [e for e in events if isinstance(e, GuardDecision | ConfirmationRequested | ConfirmationResolved)]


_URL_LINE = re.compile(r"^\s*(?:url|page|location)\s*[:=]\s*(\S+)", re.IGNORECASE | re.MULTILINE)


def user_text(event: Event, said: list[str]) -> str | None:
    """What the person wrote in this event (their task, a follow-up message, an answer), or None; ``said``: their
    texts so far (a task already among them is not new)."""
    if isinstance(event, RunStarted):
        return event.task if event.task not in said else None
    if isinstance(event, UserMessage):
        return event.text
    if isinstance(event, QuestionAnswered):
        return event.answer
    return None


def user_texts(events: Iterable[Event], task: str = "") -> list[str]:
    """What the person wrote: the task, follow-up messages and answers to questions."""
    texts = [task] if task else []
    for event in events:
        if (text := user_text(event, texts)) is not None:
            texts.append(text)
    return texts


def user_hosts(events: Iterable[Event], task: str = "") -> set[str]:
    """Destinations the person named in the task or in their messages."""
    return named_hosts(user_texts(events, task))


class ActionTrail:
    """Where a run's actions happened, folded one event at a time: each proposed action with the browser's page it
    was proposed on, the page now, whether untrusted content was read yet, and what each check asked about. The
    folds that need these (:class:`RunFacts`, the data-flow rules' streams) build on it, so each reads them at the
    event it is folding, as a fresh reading of the log would."""

    def __init__(self) -> None:
        self.untrusted_seen = False
        """True once any untrusted observation (web page, file, tool output) or tainted input is in the log."""
        self.page_url: str | None = None
        """The browser's page as the log last showed it (see :func:`current_page_url`)."""
        self.proposed: dict[str, tuple[ActionProposed, str | None]] = {}
        """Action id -> the proposed action and the page it was proposed on."""
        self.asked: dict[str, dict[str, str]] = {}
        """Action id -> check -> the destination a confirmation the check asked for named."""

    def apply(self, event: Event) -> None:
        """Fold one more event in."""
        if isinstance(event, ActionProposed):
            self.proposed[event.action_id] = (event, self.page_url)
        elif isinstance(event, Observation):
            self.untrusted_seen = self.untrusted_seen or event.untrusted
            if event.tool.startswith("browser_"):
                found = self.proposed.get(event.action_id)
                self.page_url = page_after(self.page_url, event, found[0] if found else None)
        elif isinstance(event, GuardDecision):
            self.untrusted_seen = self.untrusted_seen or bool(event.details.get("taint"))
            destination = event.details.get("destination")
            if event.verdict == "confirm" and event.action_id and isinstance(destination, str):
                self.asked.setdefault(event.action_id, {})[event.check] = destination


_PAGE_READERS = frozenset({"http_request"})
"""Tools besides the browser's whose observation may show a site's page (and so other people's words on it)."""


class RunFacts(ActionTrail):
    """What the checks on every action need from the log, folded one event at a time: a check then costs the
    same on the thousandth step as on the first. The functions below that take a log compute the same facts."""

    def __init__(self) -> None:
        super().__init__()
        self.events = 0
        """How many events were folded in."""
        self.last_taint: GuardDecision | None = None
        """The latest GuardDecision that marked the run tainted."""
        self.steps_after_taint = 0
        """Model steps (ModelResponded purpose="step") logged after ``last_taint``."""
        self.remembered: list[RememberedApproval] = []
        """Approvals a person asked to remember, given after the latest taint mark (see :func:`remember_floor`) and
        after the latest page on their host where other people's words read as an instruction."""
        self.set_aside: dict[str, str] = {}
        """Per host, why approvals remembered for it were set aside: a taint mark, or other people's words read
        there after them (a review or comment, a query the page repeats) that told the reader what to do."""
        self.folds: dict[str, Any] = {}
        """Folds a check keeps of this run's log (by the check's key), which catch up with the log themselves when
        asked (the data-flow rules' :class:`~gofer.safety.checks._flow_log.FlowLog`)."""
        self._others_seen: dict[str, set[str]] = {}

    @classmethod
    def of(cls, events: Iterable[Event]) -> RunFacts:
        """The facts of a whole log."""
        facts = cls()
        for event in events:
            facts.apply(event)
        return facts

    def apply(self, event: Event) -> None:
        """Fold one more event in."""
        super().apply(event)
        self.events += 1
        if isinstance(event, Observation) and (event.tool.startswith("browser_") or event.tool in _PAGE_READERS):
            self._others_said(event)
        elif isinstance(event, GuardDecision) and event.details.get("taint"):
            self.last_taint = event
            self.steps_after_taint = 0
            for approval in self.remembered:
                if host := approval.host():
                    self.set_aside[host] = f"{event.check} found a possible prompt injection (event {event.seq})"
            self.remembered.clear()
        elif isinstance(event, ConfirmationResolved):
            found = self.proposed.get(event.action_id)
            if event.approved and event.remember and found is not None:
                action, page = found
                approval = RememberedApproval(
                    tool=action.tool, arguments=action.arguments, reasons=tuple(action.risk_reasons), page_url=page,
                    asked=dict(self.asked.get(event.action_id, {})),
                )
                host = approval.host()
                known = frozenset(self._others_seen.get(host, ())) if host else frozenset()
                self.remembered.append(replace(approval, others_known=known) if known else approval)
        elif isinstance(event, ModelResponded) and event.purpose == "step" and self.last_taint is not None:
            self.steps_after_taint += 1

    def _others_said(self, event: Observation) -> None:
        """Set aside the approvals remembered for the observed page's host when other people's words on it (see
        :mod:`gofer.safety._others_words`) tell the reader what to do: the model may act on them next, and the
        person approved the site's offer, not its visitors' requests."""
        data = event.data if isinstance(event.data, dict) else {}
        said, url = data.get(OTHERS_KEY), data.get("url")
        if not said or not isinstance(said, list) or not isinstance(url, str) or not (host := host_key(url)):
            return
        texts = {str(s.get("text", "")) for s in said if isinstance(s, dict)}
        self._others_seen.setdefault(host, set()).update(texts)
        # An approval given while these words were already on the host stands: the person approved with them there.
        kept = [r for r in self.remembered if r.host() != host or texts <= r.others_known]
        if len(kept) == len(self.remembered):
            return
        self.remembered = kept
        first = said[0] if isinstance(said[0], dict) else {}
        self.set_aside[host] = (f"a {first.get('kind', 'section')} by someone else on {url} (event {event.seq}) "
                                f"reads as an instruction: «{str(first.get('text', ''))[:120]}»")

    def set_aside_note(self, tool: str, arguments: dict[str, Any], connectors: Iterable[str] = ()) -> str | None:
        """Why approvals remembered for this call's host were set aside (see :attr:`set_aside`), if they were."""
        if not self.set_aside:
            return None
        connector, url = _target(tool, arguments, lambda: self.page_url, connectors)
        host = host_key(url) if url and connector is None else None
        return self.set_aside.get(host) if host else None

    def covering(
        self, tool: str, arguments: dict[str, Any], reasons: Iterable[str] = (), connectors: Iterable[str] = ()
    ) -> str | None:
        """The remember-key of this call (on the browser's current page) when a remembered approval covers it
        (see :func:`remembered`)."""
        if not self.remembered:
            return None
        connectors = list(connectors)
        key = _key(tool, arguments, lambda: self.page_url, reasons, connectors)
        return key if any(r.key(connectors) == key for r in self.remembered) else None

    def tainted(self, window_steps: int | None = None) -> GuardDecision | None:
        """The latest taint mark still in force (see :func:`tainted`)."""
        if self.last_taint is None or (window_steps is not None and self.steps_after_taint > window_steps):
            return None
        return self.last_taint


class LogFold:
    """A check's own fold of a run's log, kept in the run's :attr:`RunFacts.folds` between actions (see
    :func:`fold_of`): :meth:`catch_up` folds only the events logged since it was last asked, so what the check
    reads costs the same on the thousandth step as on the first, and a log read afresh (a resumed run, a test)
    folds from the start with the same result."""

    def __init__(self, task: str) -> None:
        self.task = task
        """The run's task (a fold made for another run is not reused)."""
        self.folded = 0
        """How many of the log's events are folded in."""

    def apply(self, event: Event) -> None:
        """Fold one event in."""

    def catch_up(self, events: Sequence[Event]) -> Self:
        """Fold the events after the ones already folded (the log only grows)."""
        for event in events[self.folded:]:
            self.apply(event)
        self.folded = len(events)
        return self


def fold_of(ctx: GuardContext, key: str, kind: type[F], make: Callable[[], F]) -> F:
    """The run's fold under ``key`` (made by ``make`` when there is none of ``kind`` for this run and log),
    caught up with the context's log."""
    facts = facts_of(ctx)
    fold = facts.folds.get(key)
    if not isinstance(fold, kind) or fold.task != ctx.task or fold.folded > len(ctx.events):
        fold = make()
        facts.folds[key] = fold
    return fold.catch_up(ctx.events)


def facts_of(ctx: GuardContext) -> RunFacts:
    """The context's facts: those the runner keeps up to date when they cover its log, else computed."""
    facts = ctx.facts
    if facts is not None and facts.events == len(ctx.events):
        return facts
    return RunFacts.of(ctx.events)


def untrusted_seen(events: Iterable[Event]) -> bool:
    """True once any untrusted observation (web page, file, tool output) or tainted input is in the log."""
    return RunFacts.of(events).untrusted_seen


def taint_marks(events: Iterable[Event]) -> list[GuardDecision]:
    """The GuardDecision events that marked the run tainted, oldest first."""
    return [e for e in events if isinstance(e, GuardDecision) and e.details.get("taint")]


def tainted(events: list[Event], window_steps: int | None = None) -> GuardDecision | None:
    """The latest taint mark still in force, or None. With ``window_steps``, a mark lapses after that many
    model steps (ModelResponded purpose="step") have followed it."""
    return RunFacts.of(events).tainted(window_steps)


def fetched_aside(tool: str, arguments: dict[str, Any]) -> bool:
    """True for a browser call that fetches a URL without moving the page (``browser_read`` with a ``url``): its
    observation names that URL, while the browser stays on the page it was on."""
    return tool == "browser_read" and bool(arguments.get("url"))


def current_page_url(events: Iterable[Event]) -> str | None:
    """The browser's page as the log last showed it (an observation's data/text, or the URL last opened); a
    document read aside (:func:`fetched_aside`) does not move it. A failed action counts only when its data names
    the page (an action watch mode held names the page the browser was on)."""
    return RunFacts.of(events).page_url


def page_after(url: str | None, event: Observation, action: ActionProposed | None) -> str | None:
    """The browser's page after a browser observation of ``action`` when it was on ``url`` (the fold step of
    :func:`current_page_url`)."""
    if action is not None and fetched_aside(action.tool, action.arguments):
        return url
    data_url = (event.data or {}).get("url") if isinstance(event.data, dict) else None
    if isinstance(data_url, str) and data_url:
        return data_url
    if event.error:
        return url
    m = _URL_LINE.search(event.text[:800])
    if m and host_of(m.group(1)):
        return m.group(1)
    arg = action.arguments.get("url") if action else None
    return arg if isinstance(arg, str) and host_of(arg) else url


def _argument_url(arguments: dict[str, Any]) -> str | None:
    for key in URL_KEYS:
        value = arguments.get(key)
        if isinstance(value, str) and host_of(value):
            return value
    return None


CONNECTOR_TARGET_KEYS = frozenset({
    "channel", "chat", "conversation", "room", "thread", "recipient", "to", "cc", "bcc", "user", "username",
    "email", "address", "phone", "repo", "repository", "owner", "org", "organization", "project", "space",
    "board", "team", "group", "list", "page", "database", "folder", "calendar", "webhook",
})
"""Argument names (less a ``_id``/``_name`` suffix or a plural ``s``) that say where a connector delivers."""


def argument_strings(value: Any) -> list[str]:
    """Every string in an argument's value (nested objects and lists too)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in argument_strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in argument_strings(v)]
    return []


def _target_key(key: str) -> bool:
    name = key.lower().removesuffix("_id").removesuffix("_ids").removesuffix("_name")
    return name in CONNECTOR_TARGET_KEYS or name.removesuffix("s") in CONNECTOR_TARGET_KEYS


def connector_targets(arguments: dict[str, Any]) -> list[str]:
    """The channels, recipients, repositories … an MCP call's arguments name."""
    return [t.strip() for key, value in arguments.items() if _target_key(key) for t in argument_strings(value)
            if t.strip()]


def connector_of(tool: str, connectors: Iterable[str]) -> str | None:
    """The MCP server whose tool this is (MCP tools are named ``SERVER_TOOL``, the server's name in the
    characters model APIs accept, as ``gofer.tools.mcp.tool_name`` spells it), if any."""
    return next((c for c in connectors if tool.startswith(re.sub(r"[^A-Za-z0-9_-]", "_", f"{c}_"))), None)


def connector_destination(server: str, arguments: dict[str, Any]) -> str:
    """``mcp:SERVER``, with the targets the call names: where an MCP call delivers."""
    targets = connector_targets(arguments)
    shown = ", ".join(t if len(t) <= 60 else t[:60] + "…" for t in targets)
    return f"mcp:{server}" + (f" ({shown})" if targets else "")


_CODE_TOOLS = frozenset({"shell", "python", "bash", "terminal"})
"""Tools that run code: their destination is the first URL in the command or code."""


def action_destination(
    tool: str, arguments: dict[str, Any], events: Iterable[Event], connectors: Iterable[str] = ()
) -> str | None:
    """Where an action goes: the host (with a non-default port) of its URL argument, of the first URL in a
    shell command or code, or of the browser's current page for other browser actions; for an MCP tool
    (``connectors``: the servers' names) its server and the targets it names."""
    return _destination(tool, arguments, lambda: current_page_url(events), connectors)


def _destination(
    tool: str, arguments: dict[str, Any], page: Callable[[], str | None], connectors: Iterable[str] = ()
) -> str | None:
    """:func:`action_destination` with the browser's page given (``page``: asked only for a browser action
    without a URL of its own)."""
    connector, url = _target(tool, arguments, page, connectors)
    return connector or (host_key(url) if url else None)


def _target(
    tool: str, arguments: dict[str, Any], page: Callable[[], str | None], connectors: Iterable[str] = ()
) -> tuple[str | None, str | None]:
    """(an MCP call's destination, None) or (None, the URL the action goes to, if any)."""
    url = _argument_url(arguments)
    server = connector_of(tool, connectors) if url is None else None
    if server is not None:
        return connector_destination(server, arguments), None
    if url is None and tool in _CODE_TOOLS:
        code = arguments.get("command") or arguments.get("code") or ""
        urls = extract_urls(code) if isinstance(code, str) else []
        url = urls[0] if urls else None
    if url is None and tool.startswith("browser_"):
        url = page()
    return None, url


def remember_key(
    tool: str, arguments: dict[str, Any], events: Iterable[Event], reasons: Iterable[str] = (),
    connectors: Iterable[str] = (),
) -> str:
    """What a remembered approval covers: one exact kind of action (the tool, and what its per-call judgement
    found consequential: the button's label, the HTTP method, the kind of field) on one destination (a host, with
    the owner's path prefix on a page of someone's own there, ``/~eve`` or ``github.com/eve``; or an MCP server with
    the channel or recipient the call names, also when it names a link's host as well), or (without a destination)
    only the exact same
    call. A shell command or Python code is always only the exact same call: what it does is not one kind of
    action (a remembered ``curl -d`` to a shop's cart does not cover a ``curl -X DELETE`` of the account there,
    nor a second ``curl`` to another host in the same command)."""
    return _key(tool, arguments, lambda: current_page_url(events), reasons, connectors)


def _key(
    tool: str, arguments: dict[str, Any], page: Callable[[], str | None], reasons: Iterable[str] = (),
    connectors: Iterable[str] = (),
) -> str:
    """:func:`remember_key` with the browser's page given."""
    dest = None
    if tool not in _CODE_TOOLS:
        connector, url = _target(tool, arguments, page, connectors)
        host = host_key(url) if url else None
        # On a host where anyone publishes, the same host is not the same author: the owner's prefix counts too.
        dest = connector or (host + owner_prefix(url) if host and url else None)
        server = connector_of(tool, connectors) if connector is None and dest else None
        if server is not None and connector_targets(arguments):
            # A connector's call that names a link and a recipient delivers to the recipient: both count.
            dest = f"{connector_destination(server, arguments)} with {dest}"
    if dest:
        kind = "; ".join(sorted(set(reasons)))
        return f"{tool}[{kind}]@{dest}" if kind else f"{tool}@{dest}"
    return f"{tool}#{json.dumps(arguments, sort_keys=True, default=str)}"


def remember_floor(events: list[Event]) -> int:
    """Where remembered approvals start to count: just after the run's latest taint mark (0 when untainted). A
    person approved for the run as it was then; once an injection is in it, what the model proposes may be the
    attacker's, so approvals remembered earlier cover nothing after it (whatever ``taint_steps`` says), and the
    person is asked again."""
    for i in range(len(events) - 1, -1, -1):
        event = events[i]
        if isinstance(event, GuardDecision) and event.details.get("taint"):
            return i + 1
    return 0


def remembered(
    tool: str, arguments: dict[str, Any], events: list[Event], reasons: Iterable[str] = (),
    connectors: Iterable[str] = (),
) -> str | None:
    """The remember-key when an earlier approval in this run asked to be remembered and covers this call
    (``reasons``: the call's own risk reasons, which must be the same as the approved call's). Only approvals
    given after the latest taint mark count (:func:`remember_floor`)."""
    return RunFacts.of(events).covering(tool, arguments, reasons, connectors)


@dataclass(frozen=True)
class RememberedApproval:
    """An approval a person asked to remember for the run, as its action stood when proposed."""

    tool: str
    arguments: dict[str, Any]
    reasons: tuple[str, ...]
    """The action's risk reasons (what its per-call judgement found consequential)."""
    page_url: str | None
    """The browser's page when the action was proposed (a browser action without a URL acts there)."""
    asked: dict[str, str]
    """The destination each check that asked recorded (``details.destination`` of its confirm), by check name."""
    others_known: frozenset[str] = frozenset()
    """Other people's instructions already read on its host when it was given (see :attr:`RunFacts.set_aside`)."""

    def key(self, connectors: Iterable[str] = ()) -> str:
        """Its :func:`remember_key`."""
        return _key(self.tool, self.arguments, lambda: self.page_url, self.reasons, connectors)

    def host(self) -> str | None:
        """The host (with a non-default port) its action went to, if it went to a URL."""
        _, url = _target(self.tool, self.arguments, lambda: self.page_url)
        return host_key(url) if url else None
