"""A live gofer server in a background thread, for tests and demos (uvicorn on a free port of 127.0.0.1)."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import uvicorn
import yaml

from gofer.config import Settings
from gofer.server.app import create_app
from gofer.server.context import ServerContext

__all__ = ["LiveServer", "RecordingPage", "read_sse", "scripted_model", "wait_event"]

T = TypeVar("T")


class LiveServer:
    """``with LiveServer(settings) as server:`` serves the app at ``server.url`` until the block ends."""

    def __init__(self, settings: Settings | None = None, *, start_timeout: float = 20.0, opened: bool = True) -> None:
        """``opened``: the block starts once the store is open (it opens after the socket); False: once the
        server listens."""
        self.settings = settings or Settings()
        self.opened = opened
        self.app = create_app(self.settings)
        self._server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=0, log_level="warning",
                                                     lifespan="on", timeout_graceful_shutdown=3))
        self._thread = threading.Thread(target=self._server.run, name="gofer-live-server", daemon=True)
        self.start_timeout = start_timeout
        self.url = ""

    def __enter__(self) -> LiveServer:
        self._thread.start()
        deadline = time.monotonic() + self.start_timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the live server did not start")
            time.sleep(0.01)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        if self.opened:
            self.call(self.ctx.opened(), timeout=self.start_timeout)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=15)

    @property
    def ctx(self) -> ServerContext:
        """The running app's context (store, service, runtime)."""
        ctx: ServerContext = self.app.state.gofer
        return ctx

    def call(self, coro: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        """Run a coroutine on the server's loop (to use its store) and return its result."""
        return asyncio.run_coroutine_threadsafe(coro, self.ctx.extras["loop"]).result(timeout)

    def client(self, key: str | None = None, timeout: float = 30.0) -> httpx.Client:
        """An httpx client for the server, authenticated with ``key`` when given."""
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=timeout)

    def user_key(self, name: str, quotas: dict[str, float] | None = None) -> str:
        """Create a user (or reuse one of that name) and return a new API key for them."""

        async def go() -> str:
            store = self.ctx.store
            try:
                user = await store.get_user_by_name(name)
            except Exception:
                user = await store.create_user(name)
            _, secret = await store.create_api_key(user.id, quotas=quotas)
            return secret

        return self.call(go())


def scripted_model(path: Path, turns: list[dict[str, Any]]) -> str:
    """Write a scripted model's turns to ``path`` (YAML) and return its spec, ``scripted:PATH``."""
    path.write_text(yaml.safe_dump(turns, sort_keys=False))
    return f"scripted:{path}"


def read_sse(lines: Iterator[str]) -> Iterator[tuple[str | None, dict[str, Any]]]:
    """Parse SSE lines into (id, event dict) pairs, skipping comments and the retry hint."""
    event_id: str | None = None
    data: list[str] = []
    for line in lines:
        if line == "":
            if data:
                yield event_id, json.loads("\n".join(data))
            event_id, data = None, []
        elif line.startswith("id:"):
            event_id = line[3:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].strip())


def wait_event(client: httpx.Client, run_id: str, type_: str, *, after: int = -1,
               timeout: float = 30.0) -> dict[str, Any]:
    """Follow the run's SSE stream until an event of ``type_`` arrives; return it (AssertionError if the
    stream ends first)."""
    with client.stream("GET", f"/v1/runs/{run_id}/events", params={"after": after},
                       headers={"Accept": "text/event-stream"}, timeout=timeout) as response:
        assert response.status_code == 200, response.read()
        for _, event in read_sse(response.iter_lines()):
            if event["type"] == type_:
                return event
    raise AssertionError(f"run {run_id} ended without a {type_} event")


_RECORDING_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font:22px system-ui,sans-serif;margin:0;padding:40px;background:#f4f6fb;color:#1d2430}}
h1{{margin:0 0 16px}}.box{{background:#fff;border:1px solid #d8dde6;border-radius:12px;padding:32px;max-width:900px}}
input{{font:inherit;padding:8px;width:100%;box-sizing:border-box;margin:12px 0}}
button{{font:inherit;padding:10px 18px;border:0;border-radius:6px;background:#2f6fed;color:#fff}}</style></head>
<body><div class="box"><h1>{title}</h1><p>{body}</p>
<input id="name" placeholder="Your name" aria-label="Your name"><button id="go">{button}</button>
<p id="log"></p></div>
<script>
const say = (kind, detail) => fetch("/record?" + new URLSearchParams(Object.assign({{kind}}, detail)));
document.addEventListener("click", (e) => say("click", {{x: e.clientX, y: e.clientY,
  target: e.target.id || e.target.tagName}}));
document.getElementById("name").addEventListener("input", (e) => say("input", {{value: e.target.value}}));
</script></body></html>"""


class RecordingPage:
    """``with RecordingPage() as page:`` serves a small page on 127.0.0.1 that reports every click (viewport
    coordinates and target) and every change of its text field to ``page.records``; for takeover tests and
    screenshots."""

    def __init__(self, title: str = "Order desk", body: str = "A local test page.", button: str = "Send") -> None:
        self.title = title
        self.body = body
        """HTML shown above the text field."""
        self.button = button
        self.records: list[dict[str, str]] = []
        self._changed = threading.Condition()
        self._server: Any = None
        self.url = ""

    def __enter__(self) -> RecordingPage:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from urllib.parse import parse_qsl, urlsplit

        outer = self
        html = _RECORDING_HTML.format(title=self.title, body=self.body, button=self.button).encode()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path == "/record":
                    with outer._changed:
                        outer.records.append(dict(parse_qsl(parts.query)))
                        outer._changed.notify_all()
                    body, kind = b"ok", "text/plain"
                else:
                    body, kind = html, "text/html; charset=utf-8"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/"
        threading.Thread(target=self._server.serve_forever, name="recording-page", daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def wait_for(self, kind: str, timeout: float = 15.0, **fields: str) -> dict[str, str]:
        """The first record of ``kind`` whose fields match (waits for it; AssertionError on timeout)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for record in self.records:
                    if record.get("kind") == kind and all(record.get(k) == v for k, v in fields.items()):
                        return record
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"no {kind} {fields} recorded; got {self.records}")
                self._changed.wait(remaining)
