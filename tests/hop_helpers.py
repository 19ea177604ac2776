"""The set-up of the redirect-hop tests (browse26, browse29, browse30, browse32): two servers, a run that opens one
page and then the site's page, whose script makes its request when the model types, and the wait for that request's
last hop to land."""

from __future__ import annotations

import asyncio
from pathlib import Path

from agent_helpers import call, drive
from recording_server import RecordingServer, recording_servers
from test_flow_page_channels import TOKEN

from gofer.events import Event, RunStatus

__all__ = ["hop_run", "hops_landed", "two_hosts", "until_landed"]


def two_hosts(other: str = "localhost") -> tuple[RecordingServer, RecordingServer]:
    """The page's site (127.0.0.1) and a second server reached as ``other``: ``localhost`` is another site,
    ``127.0.0.1`` another origin (port) of the same site."""
    return RecordingServer(), RecordingServer(host=other)


async def until_landed(got: list[str], seconds: float = 3.0) -> None:
    """Wait until ``got`` (what a server recorded) holds something, or ``seconds`` passed: a page's request made as
    the model types can reach its last hop after the run ended."""
    for _ in range(int(seconds * 10)):
        if got:
            return
        await asyncio.sleep(0.1)


async def hop_run(tmp_path: Path, first: str, site: RecordingServer) -> tuple[RunStatus, list[Event]]:
    """A run that opens ``first`` (a page that sets a session), then the site's page, reads a workspace token (the
    run's rule is then in force) and types into the page, whose script then makes its request."""
    ws = tmp_path / "ws"
    (ws / "data").mkdir(parents=True, exist_ok=True)
    (ws / "data" / "token.txt").write_text(f"deploy-token: {TOKEN}\n")
    calls = [call("browser_open", url=first), call("browser_open", url=f"{site.url}/page"),
             call("read_file", path="data/token.txt"), call("browser_type", ref=1, text="tom"),
             call("browser_snapshot")]
    return await drive(tmp_path, f"Summarise the page at {site.url}/page", calls, ws,
                       timeout=120, answer="Tomatoes like sun.")


async def hops_landed(tmp_path: Path, first: str, page: str, got: list[str],
                      *servers: RecordingServer) -> tuple[RunStatus, list[Event]]:
    """Serve ``servers`` (the first is the site, whose ``/page`` is ``page``), run :func:`hop_run` opening ``first``
    first, and wait until ``got`` holds what the request's last hop carried (:func:`until_landed`)."""
    site = servers[0]
    with recording_servers(*servers):
        site.pages["/page"] = page
        outcome = await hop_run(tmp_path, first, site)
        await until_landed(got)
    return outcome
