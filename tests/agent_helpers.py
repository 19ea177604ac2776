"""Helpers for tests that drive real runs in-process: a store, a local runtime and scripted models; runs that answer
their questions, a monitor stand-in, small web servers on 127.0.0.1, and the local judges on a real workspace."""

from __future__ import annotations

import asyncio
import http.server
import itertools
import json
import shutil
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, asynccontextmanager, contextmanager
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import yaml
from recording_server import RecordingServer, recording_servers

from gofer.cli._common import Env
from gofer.computer.workspace import Workspace
from gofer.config import Settings
from gofer.documents.charts import save_chart
from gofer.documents.specs import ChartSpec
from gofer.events import (
    ActionProposed,
    ActionStarted,
    ConfirmationRequested,
    Event,
    GuardDecision,
    Observation,
    Risk,
    RunStatus,
)
from gofer.models.base import Completion, Message, ModelClient, ModelInfo, ToolSpec
from gofer.runtime.local import LocalRuntime
from gofer.runtime.service import RunService
from gofer.safety.base import GuardContext
from gofer.safety.checks import OutputFilterCheck
from gofer.safety.monitor import MONITOR_PROMPT
from gofer.safety.pii import settings_secrets
from gofer.safety.spotlight import UNTRUSTED_OPEN
from gofer.store.sql import open_store
from gofer.testing import ScriptedModel
from gofer.tools.base import ToolContext
from gofer.tools.mcp import McpConnector, McpTool
from gofer.tools.mcp_config import McpServerConfig
from gofer.tools.python import python
from gofer.tools.shell import OWN_FILES, shell

EXAMPLE_DATA = Path(__file__).parents[1] / "examples" / "data"
"""The example data files (sales.csv, ...)."""
MONITOR_CLEAN = '{"injection": false, "confidence": 0.9, "reason": "ordinary text"}'


def script(folder: Path, turns: list[dict[str, Any]], name: str = "script.yaml") -> str:
    """Write a scripted model's turns to a YAML file; returns the model spec."""
    path = folder / name
    path.write_text(yaml.safe_dump(turns, sort_keys=False))
    return f"scripted:{path}"


def call(name: str, **arguments: Any) -> dict[str, Any]:
    """One tool call of a scripted turn."""
    return {"name": name, "arguments": arguments}


@asynccontextmanager
async def gofer_env(**overrides: Any) -> AsyncIterator[Env]:
    """A store (SQLite in the test's GOFER_HOME), a local runtime and the run service."""
    settings = Settings(**overrides)
    store = await open_store(settings.db_url)
    runtime = LocalRuntime(store, settings)
    try:
        yield Env(settings, store, runtime, RunService(store, settings, runtime))
    finally:
        await runtime.aclose()
        await store.close()


class StuckModel:
    """A model whose call never comes back (``called`` is set once it is made): a step kept at its door."""

    def __init__(self, inner: ModelClient) -> None:
        self.inner = inner
        self.called = asyncio.Event()

    @property
    def info(self) -> ModelInfo:
        return self.inner.info

    async def complete(self, messages: list[Message], tools: list[ToolSpec], **kwargs: Any) -> Completion:
        self.called.set()
        await asyncio.Event().wait()
        raise AssertionError("unreachable")


def types(events: list[Event]) -> list[str]:
    """The event types of a log, in order."""
    return [e.type for e in events]


async def drive(tmp_path: Path, task: str, calls: list[dict[str, Any]], workspace: Path, timeout: float = 90,
                finish: bool = True, answer: str = "done", **settings: Any) -> tuple[RunStatus, list[Event]]:
    """Run ``calls`` (one a turn, then finish with ``answer`` unless ``finish`` is false) on ``workspace`` until the
    run ends or waits for the person; returns its status and log."""
    turns = [{"tool_calls": [c]} for c in calls] + ([{"tool_calls": [call("finish", answer=answer)]}] if finish else [])
    async with gofer_env(**settings) as env:
        run = await env.service.create_run(task, script(tmp_path, turns), workspace=workspace, start=False)
        status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), timeout)
        return status, await env.store.read(run.id)


def asked_and_errors(status: RunStatus, events: list[Event]) -> tuple[RunStatus, list[Any], list[Any]]:
    """A run's status, the (tool, reason) of each question it asked and the (tool, error) of each failed call:
    ``(RunStatus.FINISHED, [], [])`` for a run that did its work quietly."""
    asked = [(e.tool, e.reason) for e in events if isinstance(e, ConfirmationRequested)]
    errors = [(e.tool, e.error) for e in events if isinstance(e, Observation) and e.error]
    return status, asked, errors


async def run_confirming(tmp_path: Path, task: str, calls: list[dict[str, Any]],
                         approvals: Iterable[bool] = itertools.repeat(True), **settings: Any) -> list[Event]:
    """Run ``calls`` (one a turn, then finish) on ``tmp_path/ws``, answering each question with the next of
    ``approvals`` and remember; asserts the run finished and returns its log."""
    turns = [{"tool_calls": [c]} for c in calls]
    spec = script(tmp_path, [*turns, {"tool_calls": [call("finish", answer="bought")]}])
    answers = iter(approvals)
    async with gofer_env(**settings) as env:
        run = await env.service.create_run(task, spec, workspace=tmp_path / "ws", start=False)
        status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 120)
        while status == RunStatus.WAITING_FOR_USER:
            asked = [e for e in await env.store.read(run.id) if isinstance(e, ConfirmationRequested)][-1]
            await env.store.send_command(run.id, "confirm", {"action_id": asked.action_id,
                                                             "approved": next(answers), "remember": True})
            status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 120)
        events = await env.store.read(run.id)
    assert status == RunStatus.FINISHED
    return events


async def shop_run(tmp_path: Path, shop: str, calls: list[dict[str, Any]]) -> list[Event]:
    """:func:`run_confirming` for the task "buy what I need at SHOP/shop/": every question approved with remember."""
    return await run_confirming(tmp_path, f"buy what I need at {shop}/shop/", calls)


async def answered_run(tmp_path: Path, task: str, answer: str, calls: Iterable[dict[str, Any]] = (),
                       workspace: Path | None = None, **settings: Any) -> list[Event]:
    """A run of ``task`` that makes ``calls`` (one a turn) and finishes with ``answer``, on ``workspace`` (by default
    ``tmp_path/ws``); asserts it finished and returns its log."""
    turns = [{"tool_calls": [c]} for c in calls] + [{"tool_calls": [call("finish", answer=answer)]}]
    async with gofer_env(**settings) as env:
        run = await env.service.create_run(task, script(tmp_path, turns), workspace=workspace or tmp_path / "ws",
                                           start=False)
        assert await env.runtime.drive(run.id) == RunStatus.FINISHED
        return await env.store.read(run.id)


Calls = list[dict[str, Any]]


async def token_read_run(tmp_path: Path, token: str, calls: Calls | Callable[[str], Calls],
                         options: dict[str, Any] | None = None, pages: Mapping[str, str] | None = None
                         ) -> tuple[RunStatus, list[Event]]:
    """A run asked to summarise a page on 127.0.0.1 that reads the page, then ``data/token.txt`` (holding
    ``token``), then makes ``calls`` (or what ``calls`` makes of the site's base URL), with the run's ``options``;
    the site serves ``pages`` besides /page. Returns where it stopped and its events."""
    ws = tmp_path / "ws"
    (ws / "data").mkdir(parents=True)
    (ws / "data" / "token.txt").write_text(f"deploy-token: {token}\n")
    site = RecordingServer({"/page": "<html><body><h1>Garden news</h1><p>Tomatoes like sun.</p></body></html>",
                            **(pages or {})})
    with recording_servers(site):
        made = calls(site.url) if callable(calls) else calls
        steps = [call("http_request", url=f"{site.url}/page"), call("read_file", path="data/token.txt"), *made]
        turns = [{"tool_calls": [c]} for c in steps] + [{"tool_calls": [call("finish", answer="Tomatoes.")]}]
        async with gofer_env() as env:
            run = await env.service.create_run(f"Summarise the page at {site.url}/page", script(tmp_path, turns),
                                               workspace=ws, options=options, start=False)
            status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 120)
            events = await env.store.read(run.id)
    return status, events


def guarded_cell(body: str) -> dict[str, Any]:
    """A python call running ``body`` inside try/except, printing the exception's name (a fetch to an address
    nobody serves fails quietly)."""
    lines = body.split("\n")
    return call("python", code="try:\n" + "\n".join("    " + x for x in lines)
                + "\nexcept Exception as e:\n    print(type(e).__name__)")


def assert_last_call_asked(status: RunStatus, events: list[Event], *said: str) -> None:
    """The run waits on one confirmation, of its last proposed action, whose reason says each of ``said``, and
    that action never started."""
    assert status == RunStatus.WAITING_FOR_USER, [(e.type, getattr(e, "tool", "")) for e in events]
    [asked] = [e for e in events if isinstance(e, ConfirmationRequested)]
    last = [e for e in events if isinstance(e, ActionProposed)][-1]
    assert asked.action_id == last.action_id
    assert all(words in asked.reason for words in said), asked.reason
    assert not [e for e in events if isinstance(e, ActionStarted) and e.action_id == asked.action_id]


def buy(url: str) -> list[dict[str, Any]]:
    """Open a page and click its first button (ref 1): a shop page's Buy."""
    return [call("browser_open", url=url), call("browser_click", ref=1)]


def _page_name(url: str) -> str:
    return url.rsplit("/", 1)[-1].split("?")[0]


def clicked_pages(events: list[Event], kind: type[ConfirmationRequested | ActionStarted],
                  name: Callable[[str], str] = _page_name) -> list[str]:
    """The page each browser_click of ``kind`` (ConfirmationRequested, ActionStarted) happened on: ``name`` of the
    URL last opened before it (by default its file name, without the query)."""
    proposed = {e.action_id: e for e in events if isinstance(e, ActionProposed)}
    pages: list[str] = []
    for e in events:
        if isinstance(e, kind) and proposed[e.action_id].tool == "browser_click":
            opened = [p for p in proposed.values() if p.tool == "browser_open" and p.seq < e.seq]
            pages.append(name(str(opened[-1].arguments["url"])))
    return pages


def assert_buy_set_aside(events: list[Event], said: str = "") -> None:
    """The run bought mug.html with a remembered approval, read something, then clicked Buy on hamper.html: the
    approval did not cover the second buy (both asked, both bought), and the second question says it was set aside,
    quoting ``said``."""
    assert clicked_pages(events, ConfirmationRequested) == ["mug.html", "hamper.html"]
    assert clicked_pages(events, ActionStarted) == ["mug.html", "hamper.html"]
    asked = [e for e in events if isinstance(e, GuardDecision) and e.check == "confirmation" and e.verdict == "confirm"]
    assert "set aside" in asked[-1].reason and said in asked[-1].reason


class QuietHandler(http.server.BaseHTTPRequestHandler):
    """A request handler that logs nothing and answers with :meth:`reply`."""

    def reply(self, body: str, status: int = 200, kind: str = "text/html; charset=utf-8") -> None:
        """Send ``body`` with its length."""
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        return


class Reply(NamedTuple):
    """An answer of a :class:`Routes` site: a body, its status and its media type."""

    body: str
    status: int = 200
    kind: str = "text/html; charset=utf-8"


Route = str | Reply | Callable[[str], "str | Reply | None"]


class Routes:
    """A small site for tests that browse: ``routes`` maps a path to its answer. A key ending in ``/`` is a prefix
    whose callable is given the rest of the path (no query) and answers ``None`` for "not here": the next shorter
    prefix is tried, and a bare 404 sent when none answers. An exact path wins over a prefix. An answer is a page's
    HTML (200) or a :class:`Reply`."""

    def __init__(self, routes: Mapping[str, Route]) -> None:
        self.routes = dict(routes)
        self.prefixes = sorted((key for key in routes if key.endswith("/")), key=len, reverse=True)

    def answer(self, path: str) -> Reply | None:
        """What the site answers for ``path`` (its query already cut), ``None`` when nothing is there."""
        if path in self.routes:
            candidates = [(self.routes[path], "")]
        else:
            candidates = [(self.routes[key], path[len(key):]) for key in self.prefixes if path.startswith(key)]
        for route, rest in candidates:
            found = route(rest) if callable(route) else route
            if found is not None:
                return Reply(found) if isinstance(found, str) else found
        return None

    def handler(self, *args: Any) -> http.server.BaseHTTPRequestHandler:
        """A request handler bound to this site (pass the method to :func:`serve`)."""
        site = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:
                found = site.answer(self.path.split("?", 1)[0])
                if found is None:
                    self.send_error(404)
                else:
                    self.reply(*found)

        return Handler(*args)


def table(entries: Mapping[str, Any], render: Callable[[Any], str | Reply], suffix: str = ""
          ) -> Callable[[str], str | Reply | None]:
    """A :class:`Routes` prefix route serving ``render(entries[NAME])`` at NAME + ``suffix`` (nothing elsewhere)."""
    def route(rest: str) -> str | Reply | None:
        name = rest.removesuffix(suffix)
        return render(entries[name]) if rest.endswith(suffix) and name in entries else None
    return route


class SignalSite:
    """A site for confirmation tests: it serves ``pages`` by path prefix ("ok" for any other path), sets
    :attr:`signal` when a request's path starts with ``signal_path`` (a page's script saying it changed something),
    records every POST as ``(path, body)`` in :attr:`posts`, answering ``post_reply`` (or, to a path starting with a
    key of ``post_redirects``, that redirect: its status and ``Location``), and every GET's path and query in
    :attr:`gets`."""

    def __init__(self, pages: Mapping[str, str | Callable[[], str]], signal_path: str = "/changed",
                 post_reply: str = "<!doctype html><title>Thanks</title><p>Order placed",
                 post_redirects: Mapping[str, tuple[int, str]] | None = None) -> None:
        self.pages = dict(pages)
        self.signal_path = signal_path
        self.post_reply = post_reply
        self.post_redirects = dict(post_redirects or {})
        self.signal = threading.Event()
        self.posts: list[tuple[str, str]] = []
        self.gets: list[str] = []

    def bodies(self) -> list[str]:
        """The bodies of the POSTs received so far."""
        return [body for _path, body in self.posts]

    def handler(self, *args: Any) -> http.server.BaseHTTPRequestHandler:
        """A request handler bound to this site (pass the method to :func:`serve`)."""
        site = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:
                site.gets.append(self.path)
                if self.path.startswith(site.signal_path):
                    site.signal.set()
                page = next((page for prefix, page in site.pages.items() if self.path.startswith(prefix)), "ok")
                self.reply(page() if callable(page) else page)

            def do_POST(self) -> None:
                site.posts.append((self.path, self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()))
                moved = next((to for prefix, to in site.post_redirects.items() if self.path.startswith(prefix)), None)
                if moved is None:
                    self.reply(site.post_reply)
                    return
                self.send_response(moved[0])
                self.send_header("Location", moved[1])
                self.send_header("Content-Length", "0")
                self.end_headers()

        return Handler(*args)


async def answer_after(env: Env, run_id: str, signal: threading.Event, answers: Iterable[bool],
                       timeout: float = 120) -> RunStatus:
    """Drive the run; at each confirmation, wait for ``signal`` (the page changed something while the person took
    their time) and a moment more, then give the next of ``answers``. Returns the status the run stops in."""
    status = await asyncio.wait_for(env.runtime.drive(run_id, until_wait=True), timeout)
    given = iter(answers)
    while status == RunStatus.WAITING_FOR_USER:
        assert await asyncio.to_thread(signal.wait, 30), "the page never signalled"
        await asyncio.sleep(0.3)
        asked = [e for e in await env.store.read(run_id) if isinstance(e, ConfirmationRequested)][-1]
        await env.store.send_command(run_id, "confirm", {"action_id": asked.action_id, "approved": next(given)})
        status = await asyncio.wait_for(env.runtime.drive(run_id, until_wait=True), timeout)
    return status


async def approved_run(tmp_path: Path, task: str, calls: list[dict[str, Any]], signal: threading.Event,
                       answers: Iterable[bool], workspace: Path | None = None) -> tuple[RunStatus, list[Event]]:
    """Run ``calls`` (one a turn, then finish) on ``workspace`` (``tmp_path/ws``), answering each confirmation with
    the next of ``answers`` once ``signal`` is set (:func:`answer_after`). Returns where it stopped and its log."""
    spec = script(tmp_path, [*({"tool_calls": [c]} for c in calls), {"tool_calls": [call("finish", answer="done")]}])
    async with gofer_env() as env:
        run = await env.service.create_run(task, spec, workspace=workspace or tmp_path / "ws", start=False)
        status = await answer_after(env, run.id, signal, answers)
        return status, await env.store.read(run.id)


class _QuietFiles(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return


@contextmanager
def serve(handler: Callable[..., http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve ``handler`` on 127.0.0.1 in a thread for the length of the block; yields the base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


def serve_folder(root: Path) -> AbstractContextManager[str]:
    """Serve the files under ``root`` on 127.0.0.1 for the length of the block; yields the base URL."""
    return serve(partial(_QuietFiles, directory=str(root)))


def answer_monitor(monkeypatch: pytest.MonkeyPatch, verdict: Callable[[list[Message]], str]) -> None:
    """Make every LLM monitor call of a scripted model answer ``verdict(messages)``; the agent's calls run their
    script as before."""
    complete = ScriptedModel.complete

    async def answering(self: ScriptedModel, messages: list[Message], tools: list[ToolSpec], *args: Any,
                        **kwargs: Any) -> Completion:
        if messages and messages[0].content == MONITOR_PROMPT:
            return Completion(text=verdict(messages))
        return await complete(self, messages, tools, *args, **kwargs)

    monkeypatch.setattr(ScriptedModel, "complete", answering)


def record_messages(monkeypatch: pytest.MonkeyPatch) -> list[list[Message]]:
    """Record the messages of every call the scripted model receives, in order (the calls run their script as
    before); returns the list it fills."""
    calls: list[list[Message]] = []
    complete = ScriptedModel.complete

    async def recording(self: ScriptedModel, messages: list[Message], *args: Any, **kwargs: Any) -> Any:
        calls.append(list(messages))
        return await complete(self, messages, *args, **kwargs)

    monkeypatch.setattr(ScriptedModel, "complete", recording)
    return calls


NOTES = "The board meets on Tuesday. Please bring the signed minutes."


@asynccontextmanager
async def watched_notes_run(tmp_path: Path, task: str, turns: list[dict[str, Any]] | None = None,
                            notes: str = NOTES) -> AsyncIterator[tuple[Env, str]]:
    """A run of ``task`` on a workspace holding ``notes.txt``, with a scripted LLM monitor, driven until it ends or
    waits: by default the agent reads the notes, then finishes. Yields the env and the run's id."""
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "notes.txt").write_text(notes)
    (tmp_path / "m").mkdir()
    monitor = script(tmp_path / "m", [{"text": MONITOR_CLEAN}])
    spec = script(tmp_path, turns or [{"tool_calls": [call("read_file", path="notes.txt")]},
                                      {"tool_calls": [call("finish", answer="done")]}])
    async with gofer_env(monitor_model=monitor) as env:
        run = await env.service.create_run(task, spec, workspace=ws, start=False)
        await env.runtime.drive(run.id, until_wait=True)
        yield env, run.id


def request_part(messages: list[Message]) -> str:
    """What a monitor call was told outside the spotlighted data."""
    return "\n".join(str(m.content) for m in messages[1:]).split(UNTRUSTED_OPEN, 1)[0]


def judge(tool: str, ws: Path, own: frozenset[str] | set[str] = frozenset(), extras: Mapping[str, object] | None = None,
          **arguments: object) -> list[str]:
    """The reasons the real ``shell`` or ``python`` judge gives for asking about ``arguments`` on ``ws`` (none when it
    would not ask), with ``own`` the run's own files and ``extras`` more of the tool context's extras."""
    ctx = ToolContext(run_id="r", session_id="s", workspace=ws, extras={OWN_FILES: frozenset(own), **(extras or {})})
    judgement = {"shell": shell, "python": python}[tool].judge_risk(dict(arguments), ctx)
    return judgement.reasons if judgement.risk == Risk.CONSEQUENTIAL else []


def guard_context(task: str = "summarise the page", events: list[Event] | None = None) -> GuardContext:
    """A guard context of run ``run_1`` for ``task`` whose log so far is ``events``."""
    return GuardContext(run_id="run_1", task=task, events=events or [], options={}, facts=None)


def filtered(text: str, secrets: list[str] | None = None, task: str = "summarise the page",
             events: list[Event] | None = None) -> str:
    """What the output filter makes of a final answer ``text`` (it must let it through) in a run of ``task`` that
    knows ``secrets`` and logged ``events``."""
    decision = OutputFilterCheck(secrets or []).on_output(text, guard_context(task, events))
    assert decision.verdict == "allow"
    return decision.replacement if decision.replacement is not None else text


def mcp_secrets(env: dict[str, str]) -> list[str]:
    """The secrets the settings find in an MCP server's environment ``env``."""
    return settings_secrets(Settings(mcp_servers=[McpServerConfig(name="db", command="x", env=env)]))


@asynccontextmanager
async def mcp_connected(settings: Settings, *servers: McpServerConfig) -> AsyncIterator[McpConnector]:
    """A connector to ``servers`` for the length of the block, closed (its servers stopped) at its end."""
    connector = McpConnector(settings, servers=list(servers))
    try:
        yield connector
    finally:
        await connector.aclose()


async def mcp_tool(connector: McpConnector, name: str) -> McpTool:
    """The connector's MCP tool ``name`` (it must offer one)."""
    found = (await connector.toolset()).get(name)
    assert isinstance(found, McpTool), name
    return found


def data_workspace(tmp_path: Path, chart: bool = False) -> Workspace:
    """A workspace at ``tmp_path/ws`` holding a copy of the example data under ``data/`` (and, with ``chart``, a
    small bar chart as ``chart.png``)."""
    root = tmp_path / "ws"
    shutil.copytree(EXAMPLE_DATA, root / "data")
    w = Workspace(root)
    if chart:
        spec = {"title": "T", "categories": ["a", "b"], "series": [{"name": "s", "values": [1, 2]}]}
        save_chart(w, ChartSpec.model_validate(spec), "chart.png")
    return w


class TakenPath(str):
    """A path that, once unpickled in a reading worker, is replaced by what ``code`` evaluates to there (while the
    read runs): a parser taken over by the file it reads."""

    code: str

    def __new__(cls, path: str, code: str) -> TakenPath:
        made = super().__new__(cls, path)
        made.code = code
        return made

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return eval, (self.code,)


def loaded_modules(statement: str, names: list[str]) -> list[str]:
    """Which of ``names`` are in sys.modules after ``statement`` runs in a fresh interpreter."""
    code = f"import json, sys\n{statement}\nprint(json.dumps([n for n in {names!r} if n in sys.modules]))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    return list(json.loads(out.stdout.splitlines()[-1]))


# In the child, the import of each held module waits (up to 60 s, then fails) for the file named by its first
# argument, and notes on stderr that it was asked for ("NAME asked for").
_HELD_IMPORTS = """
import importlib.abc, os, sys, time

class Hold(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in HELD:
            print(name, "asked for", file=sys.stderr, flush=True)
            deadline = time.monotonic() + 60
            while not os.path.exists(GO):
                if time.monotonic() > deadline:
                    raise ImportError(f"the first event was not shown while {name} was held")
                time.sleep(0.05)
        return None

GO, HELD = sys.argv.pop(1), set(sys.argv.pop(1).split(","))
sys.meta_path.insert(0, Hold())
from gofer.cli import main
sys.argv[0] = "gofer"
main()
"""


def held_gofer(go: Path, held: Iterable[str], *args: str) -> subprocess.Popen[str]:
    """``gofer ARGS`` in a fresh process whose imports of the ``held`` modules wait until the file ``go`` exists
    (the test makes it once it has seen what must come first); stdin closed, stdout and stderr piped."""
    return subprocess.Popen([sys.executable, "-c", _HELD_IMPORTS, str(go), ",".join(held), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
