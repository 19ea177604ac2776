"""One user's MCP server state is not another's: each user's calls go to a server process (or HTTP session) of
their own, so what a stateful server keeps in memory for B (notes, an open page, a login) never answers A."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from agent_helpers import mcp_connected, mcp_tool

from gofer.config import Settings
from gofer.tools.base import ToolContext, ToolError
from gofer.tools.mcp import McpConnector
from gofer.tools.mcp_config import McpServerConfig
from gofer.tools.mcp_link import McpLink

NOTES = Path(__file__).parents[1] / "fixtures" / "mcp" / "notes_server.py"

pytestmark = pytest.mark.asyncio(loop_scope="module")


def _ctx(tmp_path: Path, user_id: str | None) -> ToolContext:
    return ToolContext(run_id="r", session_id="s", workspace=tmp_path, user_id=user_id)


@pytest_asyncio.fixture(loop_scope="module")
async def notes(tmp_path: Path) -> AsyncIterator[McpConnector]:
    config = McpServerConfig(name="notes", command=sys.executable, args=[str(NOTES)])
    async with mcp_connected(Settings(home=tmp_path / "home"), config) as connector:
        yield connector


async def test_a_users_calls_never_see_what_the_server_keeps_for_another(notes: McpConnector, tmp_path: Path) -> None:
    remember, recall = await mcp_tool(notes, "notes_remember"), await mcp_tool(notes, "notes_recall")
    await remember(_ctx(tmp_path, "bob"), {"note": "bob's door code is 4711"})
    assert (await recall(_ctx(tmp_path, "bob"), {})).text == "bob's door code is 4711"
    assert (await recall(_ctx(tmp_path, "alice"), {})).text == "no notes"
    await remember(_ctx(tmp_path, "alice"), {"note": "alice's note"})
    assert (await recall(_ctx(tmp_path, "bob"), {})).text == "bob's door code is 4711"
    # A run without a user (the CLI) has the server the tools were listed from, shared with nobody else.
    assert (await recall(_ctx(tmp_path, None), {})).text == "no notes"


async def test_a_users_error_hint_shows_only_their_own_servers_stderr(notes: McpConnector, tmp_path: Path) -> None:
    fail = await mcp_tool(notes, "notes_fail_loudly")
    await (await mcp_tool(notes, "notes_recall"))(_ctx(tmp_path, "alice"), {})  # alice's server runs first
    with pytest.raises(ToolError) as bob:
        await fail(_ctx(tmp_path, "bob"), {"line": "bob's token tok-bob-123"})
    said = f"{bob.value} {bob.value.output}"  # the server's stderr comes as untrusted output
    assert "tok-bob-123" in said
    with pytest.raises(ToolError) as alice:
        await fail(_ctx(tmp_path, "alice"), {"line": "alice's own line"})
    said = f"{alice.value} {alice.value.output}"
    assert "alice's own line" in said and "tok-bob-123" not in said


async def test_the_error_hint_waits_for_the_last_of_a_dead_servers_stderr(
        notes: McpConnector, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # On a loaded machine the thread copying the server's stderr into its log may not have run when the call's
    # failure is seen: the hint must still carry what the server wrote before it died.
    copy = McpLink._copy_log

    def late(self: McpLink, read_fd: int) -> None:
        held, relayed = os.pipe()

        def hold() -> None:  # each chunk reaches the copier a second late, as when its thread does not get to run
            with open(read_fd, "rb", buffering=0) as src, open(relayed, "wb", buffering=0) as out:
                while chunk := src.read(1 << 16):
                    time.sleep(1)
                    out.write(chunk)

        threading.Thread(target=hold, daemon=True).start()
        copy(self, held)

    monkeypatch.setattr(McpLink, "_copy_log", late)
    fail = await mcp_tool(notes, "notes_fail_loudly")
    with pytest.raises(ToolError) as carol:
        await fail(_ctx(tmp_path, "carol"), {"line": "carol's last words"})
    assert "carol's last words" in f"{carol.value} {carol.value.output}"


async def test_closing_the_connector_stops_every_users_server(notes: McpConnector, tmp_path: Path) -> None:
    recall = await mcp_tool(notes, "notes_recall")
    for user in ("alice", "bob"):
        await recall(_ctx(tmp_path, user), {})
    links = [notes.link_for("notes", u) for u in ("alice", "bob", None)]
    assert len({id(link) for link in links}) == 3 and all(link.connected for link in links)
    await notes.aclose()
    assert not any(link.connected for link in links)
