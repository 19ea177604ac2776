"""The domain policy inside real runs: the run's own allow/deny lists reach every hop, not only the URL the
model wrote; what the checks read from a URL argument is what the browser and http_request will reach."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script

from gofer.events import Observation, RunStatus


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        port = self.server.server_address[1]
        if self.path == "/bounce":
            self.send_response(302)
            self.send_header("Location", f"http://localhost:{port}/inside")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b"reached " + self.path.encode()
        if self.path == "/links":
            body = f"<title>Links</title><a href='http://localhost:{port}/inside'>inside link</a>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def port() -> Iterator[int]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd.server_address[1]
    httpd.shutdown()


async def _observations(
    tmp_path: Path, turns: list[dict[str, object]], options: dict[str, object]
) -> list[Observation]:
    spec = script(tmp_path, [*turns, {"tool_calls": [call("finish", answer="done")]}])
    async with gofer_env() as env:
        run = await env.service.create_run("fetch the page", spec, workspace=tmp_path / "ws", options=options,
                                           start=False)
        assert await env.runtime.drive(run.id) == RunStatus.FINISHED
        events = await env.store.read(run.id)
    return [e for e in events if isinstance(e, Observation) and e.tool != "finish"]


async def test_a_runs_deny_list_stops_an_http_request_redirect(tmp_path: Path, port: int) -> None:
    turns = [{"tool_calls": [call("http_request", url=f"http://127.0.0.1:{port}/bounce")]}]
    [obs] = await _observations(tmp_path, turns, {"deny_domains": ["localhost"]})
    assert "reached /inside" not in obs.text
    assert obs.error and "deny list" in obs.error


async def test_a_runs_allow_list_stops_an_http_request_redirect(tmp_path: Path, port: int) -> None:
    turns = [{"tool_calls": [call("http_request", url=f"http://127.0.0.1:{port}/bounce")]}]
    [obs] = await _observations(tmp_path, turns, {"allow_domains": ["127.0.0.1"]})
    assert "reached /inside" not in obs.text
    assert obs.error and "allow list" in obs.error


@pytest.mark.slow
async def test_a_runs_deny_list_stops_browser_redirects_and_clicks(tmp_path: Path, port: int) -> None:
    turns = [
        {"tool_calls": [call("browser_open", url=f"http://127.0.0.1:{port}/bounce")]},
        {"tool_calls": [call("browser_open", url=f"http://127.0.0.1:{port}/links")]},
        {"tool_calls": [call("browser_click", ref=1)]},
    ]
    bounced, links, clicked = await _observations(tmp_path, turns, {"deny_domains": ["localhost"]})
    # the refused address (a redirect's or a link's target) and the reason follow the error as data
    assert bounced.error and "URL policy" in bounced.error and "deny list" in bounced.text
    assert "reached /inside" not in bounced.text and bounced.untrusted
    assert "inside link" in links.text
    assert clicked.error and "URL policy" in clicked.error and "deny list" in clicked.text
    assert "reached /inside" not in clicked.text


@pytest.mark.slow
async def test_a_new_run_puts_the_sessions_open_browser_under_its_own_lists_at_once(
    tmp_path: Path, port: int
) -> None:
    first = script(tmp_path, [{"tool_calls": [call("browser_open", url=f"http://localhost:{port}/links")]},
                              {"tool_calls": [call("finish", answer="opened")]}])
    async with gofer_env() as env:
        run = await env.service.create_run("open it", first, workspace=tmp_path / "ws", start=False)
        assert await env.runtime.drive(run.id) == RunStatus.FINISHED
        browser = env.runtime.session_computer(run.session_id).peek("browser")  # type: ignore[union-attr]
        assert browser is not None and browser.policy.run_deny == []  # type: ignore[attr-defined]
        (tmp_path / "2").mkdir()
        second = script(tmp_path / "2", [{"tool_calls": [call("ask_user", question="go on?")]}])
        nxt = await env.service.create_run("wait", second, session_id=run.session_id,
                                           options={"deny_domains": ["localhost"]}, start=False)
        assert await env.runtime.drive(nxt.id, until_wait=True) == RunStatus.WAITING_FOR_USER
        # No browser call yet in this run, and the open page is already judged by its lists.
        assert browser.policy.run_deny == ["localhost"]  # type: ignore[attr-defined]
        assert not (await browser.policy.check(f"http://localhost:{port}/inside", "navigation")).allowed  # type: ignore[attr-defined]
