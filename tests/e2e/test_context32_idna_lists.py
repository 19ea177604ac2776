"""Allow and deny entries written in Unicode with a wildcard (``*.bücher32.localhost``) in a real run (real
Chromium, real ``http_request``, a server on 127.0.0.1, scripted model): they were matched as written against hosts
read in IDNA, so a deny entry let its site through and an allow entry refused the site it named. This machine
resolves no name under ``localhost``, so the tests read why each request stopped: at the list, before any
connection, or (let through) at the resolver."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from agent_helpers import call, drive
from recording_server import RecordingServer

from gofer.events import Observation

pytestmark = pytest.mark.slow


def _host(server: RecordingServer) -> str:
    return f"http://www.bücher32.localhost:{server.url.rsplit(':', 1)[1]}"


async def test_a_unicode_deny_entry_refuses_its_site_in_the_browser_and_http_request(tmp_path: Path) -> None:
    server = RecordingServer()
    calls = [call("browser_open", url=f"{_host(server)}/opened"), call("http_request", url=f"{_host(server)}/got")]
    with server.running():
        _, events = await drive(tmp_path, "look around", calls, tmp_path / "ws", deny_domains=["*.bücher32.localhost"])
    seen = [e for e in events if isinstance(e, Observation) and e.tool in ("browser_open", "http_request")]
    assert len(seen) == 2
    for obs in seen:
        said = f"{obs.error or ''}\n{obs.text}"
        assert "deny list" in said and "*.bücher32.localhost" in said, said
    assert server.requests == []


async def test_a_unicode_allow_entry_lets_its_site_past_the_lists_in_the_browser_and_http_request(
        tmp_path: Path) -> None:
    server = RecordingServer()
    calls = [call("browser_open", url=f"{_host(server)}/opened"), call("http_request", url=f"{_host(server)}/got"),
             call("http_request", url="http://bücher32.attacker.localhost/x")]
    settings: dict[str, Any] = {"allow_domains": ["*.bücher32.localhost"]}
    with server.running():
        _, events = await drive(tmp_path, "look around", calls, tmp_path / "ws", **settings)
    seen = [f"{e.error or ''}\n{e.text}" for e in events if isinstance(e, Observation) and e.tool != "finish"]
    assert len(seen) == 3
    for said in seen[:2]:  # past the lists, stopped by the resolver
        assert "allow list" not in said and any(
            why in said.lower() for why in ("name_not_resolved", "name or service not known")), said
    assert "not on the allow list" in seen[2], seen[2]  # another site starting with the name
