"""Watch mode covers ``http_request`` as it covers the browser: a request to a sensitive site (a bank's API,
webmail) is made only while a person watches, redirect hops included."""

from __future__ import annotations

import asyncio
from pathlib import Path

from agent_helpers import call, gofer_env, script
from recording_server import RecordingServer

from gofer.events import Observation, RunStatus, WatchModeChanged

WATCHED = {"watch_domains": ["127.0.0.1"]}
"""The bank is 127.0.0.1; the same server as "localhost" is an ordinary site."""


def _states(events: list[object]) -> list[tuple[bool, bool]]:
    return [(e.active, e.watched) for e in events if isinstance(e, WatchModeChanged)]


async def test_a_request_to_a_sensitive_site_waits_for_a_watcher(tmp_path: Path) -> None:
    server = RecordingServer({"/accounts": "<p>balance 12</p>"})
    port = server.url.rsplit(":", 1)[1]
    bank, plain = f"http://127.0.0.1:{port}/accounts", f"http://localhost:{port}/news"
    spec = script(tmp_path, [
        {"tool_calls": [call("http_request", url=bank)]},
        {"tool_calls": [call("http_request", url=bank)]},  # again, once someone watches
        {"tool_calls": [call("http_request", url=plain)]},
        {"tool_calls": [call("finish", answer="balance 12")]},
    ])
    with server.running():
        async with gofer_env() as env:
            run = await env.service.create_run("check my balance", spec, workspace=tmp_path / "ws",
                                               options=WATCHED, start=False)
            assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.PAUSED
            events = await env.store.read(run.id)
            first = next(e for e in events if isinstance(e, Observation) and e.tool == "http_request")
            assert first.error is not None and "watching" in first.error, first
            assert _states(events) == [(True, False)] and events[-1].type == "WatchModeChanged"
            assert not server.leaked("/accounts"), "the bank was asked with nobody watching"
            await env.store.send_command(run.id, "heartbeat", {"watched": True})
            assert await asyncio.wait_for(env.runtime.drive(run.id), 60) == RunStatus.FINISHED
            events = await env.store.read(run.id)
    done = [e for e in events if isinstance(e, Observation) and e.tool == "http_request"]
    assert [e.error is None for e in done] == [False, True, True]
    assert len(server.leaked("/accounts")) == 1
    # Watched while the bank was asked; the next request elsewhere ends watch mode (nothing sensitive in use).
    assert _states(events) == [(True, False), (True, True), (False, True)]


async def test_a_redirect_to_a_sensitive_site_waits_for_a_watcher(tmp_path: Path) -> None:
    server = RecordingServer({"/accounts": "<p>balance 12</p>"})
    port = server.url.rsplit(":", 1)[1]
    hop = f"http://localhost:{port}/redirect?to=http://127.0.0.1:{port}/accounts"
    spec = script(tmp_path, [
        {"tool_calls": [call("http_request", url=hop)]},
        {"tool_calls": [call("finish", answer="done")]},
    ])
    with server.running():
        async with gofer_env() as env:
            run = await env.service.create_run("follow the link", spec, workspace=tmp_path / "ws",
                                               options=WATCHED, start=False)
            assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.PAUSED
            events = await env.store.read(run.id)
    obs = next(e for e in events if isinstance(e, Observation) and e.tool == "http_request")
    assert obs.error is not None and "watching" in obs.error
    assert server.leaked("/redirect") and not server.leaked("GET /accounts")
    watch = [e for e in events if isinstance(e, WatchModeChanged)]
    assert [(w.active, w.watched, w.domain) for w in watch] == [(True, False, "127.0.0.1")]


async def test_ordinary_requests_are_not_held(tmp_path: Path) -> None:
    server = RecordingServer()
    port = server.url.rsplit(":", 1)[1]
    spec = script(tmp_path, [
        {"tool_calls": [call("http_request", url=f"http://localhost:{port}/data.json")]},
        {"tool_calls": [call("finish", answer="done")]},
    ])
    with server.running():
        async with gofer_env() as env:
            run = await env.service.create_run("fetch it", spec, workspace=tmp_path / "ws", options=WATCHED,
                                               start=False)
            assert await asyncio.wait_for(env.runtime.drive(run.id), 60) == RunStatus.FINISHED
            events = await env.store.read(run.id)
    assert not _states(events) and server.leaked("/data.json")
