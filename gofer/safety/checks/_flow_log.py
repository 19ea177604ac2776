"""What the data-flow rules read from a run's log, folded one event at a time.

The rules ask the same questions at every action: what the user said, what the workspace holds (files read,
command and code output), what pages showed, what the model already wrote into actions. Reading the whole log
for each action makes a run's thousandth step cost a thousand times its first (``bench/long_run.py``); a
:class:`FlowLog` keeps the answers and folds only the events logged since it was last asked. It lives in the
run's :class:`~gofer.safety.history.RunFacts` (``folds``), so the runner's facts carry it from action to action,
and a log read afresh (a resumed run, a test) folds from the start, with the same result.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cached_property

from gofer.events import (
    ActionProposed,
    ActionStarted,
    ComputerReset,
    ConfirmationResolved,
    Event,
    ModelResponded,
    Observation,
    RunStarted,
)
from gofer.safety.base import GuardContext
from gofer.safety.checks._cells import KernelState
from gofer.safety.checks._pieces import SentLog
from gofer.safety.checks._text_index import TextIndex, TextUnion
from gofer.safety.history import LogFold, argument_strings, fold_of, user_text
from gofer.safety.urls import URL_KEYS, named_hosts, navigation_url

__all__ = ["ID_TOKEN", "WEB_PREFIXES", "WORD", "FlowLog", "RunSet", "flow_log", "id_like"]

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
"""A word, as the rules compare texts (lower case)."""
WEB_PREFIXES = ("browser_", "web_", "http_", "search", "fetch", "mcp_")
ID_TOKEN = re.compile(r"[a-z0-9_-]{10,}")
"""A token (lower case) long enough to be an id, a key or a token when it mixes letters and digits."""
"""Tools whose output is what pages (or connectors) showed, not workspace data."""


MAX_MODULE = 200_000
"""The most of a workspace module's source read to judge a function imported from it."""


def id_like(text: str) -> bool:
    """Letters and digits both: an id or a token rather than a word or a number."""
    return bool(re.search(r"\d", text) and re.search(r"[a-z]", text))


def _run_hashes(text: str, n: int) -> set[int]:
    """The hashes of a text's runs of ``n`` words (a tenth of the memory of the runs themselves; within one process
    equal runs hash alike, and two different runs of a log sharing a 64-bit hash is not a case worth a byte)."""
    words = WORD.findall(text)
    return {hash(tuple(words[i:i + n])) for i in range(len(words) - n + 1)}


class RunSet:
    """The runs of ``n`` words in a row of texts added one at a time; ``run in runs`` asks whether one of the texts
    holds these words in a row (a set of runs answers the same question)."""

    def __init__(self, n: int) -> None:
        self.n = n
        self._hashes: set[int] = set()

    def add(self, text: str) -> None:
        """Add a (lower case) text's runs."""
        self._hashes |= _run_hashes(text, self.n)

    def __contains__(self, run: object) -> bool:
        return isinstance(run, tuple) and hash(run) in self._hashes


class _AnyOf:
    """Runs held by any of several run sets."""

    def __init__(self, *sets: RunSet) -> None:
        self.sets = sets

    def __contains__(self, run: object) -> bool:
        return any(run in s for s in self.sets)


class _Texts(TextIndex):
    """Texts added one at a time (lower case), searched as one (see :class:`TextIndex`), and their runs of ``n``
    words."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.runs = RunSet(n)

    def add(self, text: str) -> None:
        """Add a (lower case) text and its runs."""
        super().add(text)
        self.runs.add(text)


class FlowLog(LogFold):
    """The facts the data-flow rules read, for one run's log; :meth:`catch_up` folds what was logged since."""

    def __init__(self, task: str, *, corpus_run: int, workspace_run: int) -> None:
        super().__init__(task)
        self.user: list[str] = [task] if task else []
        """What the person wrote: the task, follow-up messages and answers (as :func:`user_texts` gives them)."""
        self._model = _Texts(corpus_run)
        self.workspace = _Texts(workspace_run)
        """Tool output and files read (not pages, not the user's or the model's words), lower case."""
        self._workspace_runs = RunSet(corpus_run)
        self._user_runs = RunSet(corpus_run)
        self._ids: set[str] = set()
        self.workspace_ids = TextIndex()
        """The ids and tokens (see :data:`ID_TOKEN`) of the workspace that the person did not say, one per line."""
        self._untrusted: list[str] = []
        self._files: dict[str, str] = {}
        self._writes: dict[str, tuple[str, str, str]] = {}
        """The ``write_file``/``edit_file`` calls proposed (tool, path, text by action) that have neither started
        nor been refused."""
        self.root: str | None = None
        """The run's workspace folder (from its start)."""
        self._kernel = KernelState()
        self._cell: tuple[str, str] | None = None
        """The Python cell proposed last (its action and code) while it has neither started nor been refused."""
        self.sent = SentLog()
        """What the run's started actions sent each site (see :func:`~gofer.safety.checks._pieces.sent_pieces`)."""
        self.web = TextIndex()
        """What pages, searches and connectors showed, as written."""
        self._web_lower = TextIndex()
        self.seen_runs = RunSet(workspace_run)
        """The runs of words (``workspace_run`` long) of what the person said and pages showed."""
        self.written = TextIndex()
        """Every string in the arguments of the actions proposed so far, one per line."""
        self.opened: set[str] = set()
        """URLs the model's actions named, without their fragment."""
        self.approved: set[str] = set()
        """Actions a person approved."""
        self.started: str | None = None
        """The action that started last."""
        for text in self.user:
            self._user_runs.add(text.lower())
            self.seen_runs.add(text.lower())

    def apply(self, event: Event) -> None:
        """Fold one event in."""
        self.sent.apply(event)
        if isinstance(event, RunStarted):
            self.root = event.workspace
        if (said := user_text(event, self.user)) is not None:
            self._add_user(said)
        elif isinstance(event, ModelResponded):
            if event.purpose == "step":
                self._model.add(event.text.lower())
        elif isinstance(event, Observation):
            if self._cell is not None and self._cell[0] == event.action_id:
                self._cell = None  # observed before it started: refused (blocked, declined) or invalid, never run
            self._writes.pop(event.action_id, None)  # likewise
            if event.untrusted:
                self._untrusted.append(event.text)
                self._forget("untrusted")
            lower = event.text.lower()
            if event.tool.startswith(WEB_PREFIXES):
                self.web.add(event.text)
                self._web_lower.add(lower)
                self.seen_runs.add(lower)
            else:
                self.workspace.add(lower)
                self._workspace_runs.add(lower)
                self._add_ids(lower)
        elif isinstance(event, ActionProposed):
            for argument in argument_strings(event.arguments):
                self.written.add(argument)
            if event.tool in ("write_file", "edit_file"):
                path, text = event.arguments.get("path"), event.arguments.get("content") or event.arguments.get("new")
                if isinstance(path, str) and isinstance(text, str):
                    self._writes[event.action_id] = (event.tool, path.strip().removeprefix("./"), text)
            code = event.arguments.get("code")
            if event.tool == "python" and isinstance(code, str):
                self._run_cell()
                self._cell = (event.action_id, code)
            for key in URL_KEYS:
                value = event.arguments.get(key)
                if isinstance(value, str):
                    self.opened.add(navigation_url(value).split("#", 1)[0])
        elif isinstance(event, ConfirmationResolved):
            if event.approved:
                self.approved.add(event.action_id)
        elif isinstance(event, ActionStarted):
            self.started = event.action_id
            if self._cell is not None and self._cell[0] == event.action_id:
                self._run_cell()
            if (write := self._writes.pop(event.action_id, None)) is not None:
                _write(self._files, *write)
        elif isinstance(event, ComputerReset) and (not event.parts or "kernel" in event.parts):
            self._kernel = KernelState()  # a cell proposed and not yet started stays: it runs in the new kernel

    @property
    def kernel(self) -> KernelState:
        """What the run's Python cells left in the kernel: names imported, bound to the network, to an address or
        a literal, and the code that bound each (see :class:`~._cells.KernelState`). Only cells that ran are
        folded in: a cell the guard blocked or the person declined left nothing (a later call of a function it
        defined is judged as a name the kernel does not hold). A cell neither started nor refused when this is
        asked (a log cut short) counts as run."""
        self._run_cell()
        return self._kernel

    @property
    def files(self) -> dict[str, str]:
        """What this run's ``write_file``/``edit_file`` calls put into each file they name (edits appended). Only
        writes that ran: one the guard blocked or the person declined left the file as it was. A write neither
        started nor refused when this is asked (a log cut short) counts as run."""
        if not self._writes:
            return self._files
        files = dict(self._files)
        for write in self._writes.values():
            _write(files, *write)
        return files

    def _run_cell(self) -> None:
        """Fold in the cell proposed last, as one that ran."""
        if self._cell is not None:
            code = self._cell[1]
            self._cell = None
            self._kernel.add(code, self.module_source)

    def module_source(self, module: str) -> str | None:
        """The source of the workspace module a dotted name imports (``a.b``: ``a/b.py`` or ``a/b/__init__.py``):
        what this run's writes put there, else the file as it is now (its first :data:`MAX_MODULE` characters);
        None when the workspace has no such file."""
        path = module.replace(".", "/")
        for name in (f"{path}.py", f"{path}/__init__.py"):
            if name in self.files:
                return self.files[name][:MAX_MODULE]
        if not self.root:
            return None
        from gofer.computer.workspace import Workspace, WorkspaceError

        workspace = Workspace(self.root)
        for name in (f"{path}.py", f"{path}/__init__.py"):
            try:
                data = workspace.read_bytes(name, limit=MAX_MODULE)
            except (WorkspaceError, OSError, ValueError):
                continue
            return data.decode("utf-8", errors="replace")
        return None

    def _add_user(self, text: str) -> None:
        self.user.append(text)
        self._forget("said", "named", "seen", "corpus")
        self._user_runs.add(text.lower())
        self.seen_runs.add(text.lower())
        if self._ids:  # ids the person has now said leave the workspace's
            said = self.said
            self.workspace_ids = TextIndex()
            for token in self._ids:
                if token not in said:
                    self.workspace_ids.add(token)

    def _add_ids(self, text: str) -> None:
        """Note the ids and tokens of a (lower case) workspace text."""
        said = self.said
        for token in dict.fromkeys(ID_TOKEN.findall(text)):
            if token not in self._ids and id_like(token):
                self._ids.add(token)
                if token not in said:
                    self.workspace_ids.add(token)

    def _forget(self, *names: str) -> None:
        """Drop derived texts that the event just folded changes (computed again when next asked)."""
        for name in names:
            self.__dict__.pop(name, None)

    @cached_property
    def said(self) -> str:
        """The person's words, one text per line, lower case."""
        return "\n".join(self.user).lower()

    @cached_property
    def named(self) -> set[str]:
        """Hosts the person named."""
        return named_hosts(self.user)

    @cached_property
    def corpus(self) -> TextUnion:
        """Workspace data and conversation, lower case: the person's words, the model's own words and tool
        output that is not a page's (searched with ``in``; ``str()`` joins them)."""
        return TextUnion(self.said, self.workspace, self._model)

    @property
    def corpus_runs(self) -> Container[tuple[str, ...]]:
        """The runs of words (``corpus_run`` long) of each text of :attr:`corpus`."""
        return _AnyOf(self._user_runs, self._workspace_runs, self._model.runs)

    @cached_property
    def untrusted(self) -> str:
        """What untrusted observations said (pages, files, tool output), lower case."""
        return "\n".join(self._untrusted).lower()

    @cached_property
    def seen(self) -> TextUnion:
        """What the person said and pages showed, lower case: what a lookup may repeat (searched with ``in``)."""
        return TextUnion(self.said, self._web_lower)


def _write(files: dict[str, str], tool: str, path: str, text: str) -> None:
    """Note a write's text in ``files`` (an edit's appended to what the file held)."""
    files[path] = (files.get(path, "") + "\n" + text) if tool == "edit_file" else text


def flow_log(ctx: GuardContext, *, corpus_run: int, workspace_run: int) -> FlowLog:
    """The run's :class:`FlowLog`, caught up with the context's log (kept in the run's facts between actions)."""
    return fold_of(ctx, "dataflow", FlowLog, lambda: FlowLog(ctx.task, corpus_run=corpus_run,
                                                              workspace_run=workspace_run))
