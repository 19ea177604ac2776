"""Session 16's red team on the domain and watch lists (real Chromium, real ``http_request``, a real server on
127.0.0.1, scripted model): a pattern whose wildcard stands for the top-level domain (``hsbc.*``, ``ing.*``,
``gmx.*`` in the default watch list; ``evil.*`` in a deny list) covers the site's subdomains, as a plain
``hsbc.com`` pattern does, so ``www.hsbc.co.uk`` and ``mijn.ing.nl`` are watched and ``www.evil.com`` denied.

This machine resolves no name under ``localhost``, so the subdomain hosts are judged before any connection: the
tests read why each request was refused (the list, not the resolver) and that none reached the server."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script
from recording_server import RecordingServer

from gofer.events import Observation, RunStatus, WatchModeChanged

pytestmark = pytest.mark.slow


async def test_a_subdomain_of_a_wildcard_tld_watch_pattern_waits_for_a_watcher(tmp_path: Path) -> None:
    server = RecordingServer()
    port = server.url.rsplit(":", 1)[1]
    spec = script(tmp_path, [
        {"tool_calls": [call("http_request", url=f"http://www.bank17.localhost:{port}/accounts")]},
        {"tool_calls": [call("finish", answer="done")]},
    ])
    with server.running():
        async with gofer_env() as env:
            run = await env.service.create_run("check my accounts", spec, workspace=tmp_path / "ws",
                                               options={"watch_domains": ["bank17.*"]}, start=False)
            status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 90)
            events = await env.store.read(run.id)
    asked = next(e for e in events if isinstance(e, Observation) and e.tool == "http_request")
    assert asked.error is not None and "watching" in asked.error, (asked.error, asked.text)
    assert status == RunStatus.PAUSED, [e.type for e in events]
    watch = [e for e in events if isinstance(e, WatchModeChanged)]
    assert watch and watch[0].active and not watch[0].watched and "bank17.*" in watch[0].reason, watch


async def test_a_subdomain_of_a_wildcard_tld_deny_pattern_is_refused_in_the_browser_and_http_request(
        tmp_path: Path) -> None:
    server = RecordingServer()
    port = server.url.rsplit(":", 1)[1]
    spec = script(tmp_path, [
        {"tool_calls": [call("browser_open", url=f"http://www.evil17.localhost:{port}/direct")]},
        {"tool_calls": [call("browser_open", url=f"{server.url}/redirect?to=http://www.evil17.localhost:{port}/hop")]},
        {"tool_calls": [call("http_request", url=f"http://www.evil17.localhost:{port}/fetched")]},
        {"tool_calls": [call("http_request", url=f"{server.url}/redirect?to=http://www.evil17.localhost:{port}/h2")]},
        {"tool_calls": [call("finish", answer="done")]},
    ])
    with server.running():
        async with gofer_env() as env:
            run = await env.service.create_run("look around", spec, workspace=tmp_path / "ws",
                                               options={"deny_domains": ["evil17.*"]}, start=False)
            status = await asyncio.wait_for(env.runtime.drive(run.id), 90)
            events = await env.store.read(run.id)
    assert status == RunStatus.FINISHED, [e.type for e in events]
    seen = [e for e in events if isinstance(e, Observation) and e.tool in ("browser_open", "http_request")]
    assert len(seen) == 4
    for obs in seen:
        said = f"{obs.error or ''}\n{obs.text}"
        assert "deny list" in said and "evil17.*" in said, said
        assert "not_resolved" not in said.replace(" ", "_").lower() and "namenotresolved" not in said, said
    reached = [r for r in server.requests if not r.startswith("GET /redirect?")]
    assert not reached, server.requests
