"""What a server may cost gofer: a message over the size bound is a clear tool error (not all of gofer's memory),
and a user's server process that sat idle is stopped (and started again by the next call), never mid-call."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from agent_helpers import mcp_connected, mcp_tool

from gofer.config import Settings
from gofer.tools.base import ToolContext, ToolError
from gofer.tools.mcp import McpConnector
from gofer.tools.mcp_config import McpServerConfig

FLOOD = Path(__file__).parents[1] / "fixtures" / "mcp" / "flood_server.py"
ENDLESS = Path(__file__).parents[1] / "fixtures" / "mcp" / "endless_server.py"

pytestmark = pytest.mark.asyncio(loop_scope="module")


def _ctx(tmp_path: Path, user_id: str | None = None) -> ToolContext:
    return ToolContext(run_id="r", session_id="s", workspace=tmp_path, user_id=user_id)


def _stdio() -> McpServerConfig:
    return McpServerConfig(name="flood", command=sys.executable, args=[str(FLOOD)], timeout=30)


@pytest_asyncio.fixture(loop_scope="module")
async def flood(tmp_path: Path) -> AsyncIterator[McpConnector]:
    async with mcp_connected(Settings(home=tmp_path / "home", mcp_max_message_mb=1), _stdio()) as connector:
        yield connector


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is gone in all but name
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


async def _until(check: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out waiting"
        await asyncio.sleep(0.05)


# -- the size bound ----------------------------------------------------------------------------------------------


async def test_an_answer_over_the_bound_is_a_clear_error_and_the_next_call_works(flood: McpConnector,
                                                                                 tmp_path: Path) -> None:
    huge, echo = await mcp_tool(flood, "flood_huge"), await mcp_tool(flood, "flood_echo")
    # Under the bound (the answer carries the text twice: as text and as structured content): delivered whole.
    assert len((await huge(_ctx(tmp_path), {"mb": 0.4})).text) == int(0.4 * 1024 * 1024)
    with pytest.raises(ToolError) as err:
        await huge(_ctx(tmp_path), {"mb": 3})
    message = str(err.value)
    assert "more than 1 MB" in message and "GOFER_MCP_MAX_MESSAGE_MB" in message and "'flood'" in message
    assert (await echo(_ctx(tmp_path), {"text": "still here"})).text == "still here"


async def test_an_endless_line_is_cut_at_the_bound_and_the_server_restarted(tmp_path: Path) -> None:
    config = McpServerConfig(name="endless", command=sys.executable, args=[str(ENDLESS)], timeout=30)
    async with mcp_connected(Settings(home=tmp_path / "home", mcp_max_message_mb=1), config) as connector:
        endless, pid = await mcp_tool(connector, "endless_endless"), await mcp_tool(connector, "endless_pid")
        first = int((await pid(_ctx(tmp_path), {})).text)
        started = time.monotonic()
        with pytest.raises(ToolError) as err:
            await endless(_ctx(tmp_path), {})
        assert time.monotonic() - started < 20  # cut at 1 MB, not read until the call's timeout (or forever)
        assert "more than 1 MB" in str(err.value) and "started again on the next call" in str(err.value)
        await _until(lambda: not _alive(first))
        assert int((await pid(_ctx(tmp_path), {})).text) != first


@pytest.fixture(params=["--http", "--http-json"])
def http_flood(request: pytest.FixtureRequest) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, str(FLOOD), request.param, str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert time.monotonic() < deadline and proc.poll() is None, "the HTTP server did not start"
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        proc.terminate()
        proc.wait(10)


async def test_a_server_that_writes_without_end_on_stderr_cannot_fill_the_disk(tmp_path: Path) -> None:
    from gofer.tools import mcp_link

    config = McpServerConfig(name="endless", command=sys.executable, args=[str(ENDLESS)], timeout=30)
    async with mcp_connected(Settings(home=tmp_path / "home"), config) as connector:
        noisy = await mcp_tool(connector, "endless_noisy")
        assert (await noisy(_ctx(tmp_path), {})).text == "done"
        log = next((tmp_path / "home").rglob("mcp-endless*.log"))
        await _until(lambda: log.read_bytes().rstrip().endswith(b"last words"))
        assert log.stat().st_size <= mcp_link._LOG_CAP + 65536
        assert b"earlier output cut" in log.read_bytes()[:200]


async def test_an_http_answer_over_the_bound_is_a_clear_error(http_flood: str, tmp_path: Path) -> None:
    config = McpServerConfig(name="flood", url=http_flood, timeout=30)
    async with mcp_connected(Settings(home=tmp_path / "home", mcp_max_message_mb=1), config) as connector:
        huge, echo = await mcp_tool(connector, "flood_huge"), await mcp_tool(connector, "flood_echo")
        assert len((await huge(_ctx(tmp_path), {"mb": 0.4})).text) == int(0.4 * 1024 * 1024)
        with pytest.raises(ToolError) as err:
            await huge(_ctx(tmp_path), {"mb": 3})
        assert "more than 1 MB" in str(err.value) and "GOFER_MCP_MAX_MESSAGE_MB" in str(err.value)
        assert (await echo(_ctx(tmp_path), {"text": "still here"})).text == "still here"


async def test_the_bound_is_a_setting_with_a_default() -> None:
    assert Settings().mcp_max_message_mb == 32  # room for the largest image a model is shown (20 MB, base64)
    with pytest.raises(ValueError):
        Settings(mcp_max_message_mb=0)


# -- idle users' servers -----------------------------------------------------------------------------------------


async def test_a_users_idle_server_is_stopped_and_the_next_call_starts_it(tmp_path: Path) -> None:
    async with mcp_connected(Settings(home=tmp_path / "home", mcp_idle_timeout=0.5), _stdio()) as connector:
        pid = await mcp_tool(connector, "flood_pid")
        alice = int((await pid(_ctx(tmp_path, "alice"), {})).text)
        link = connector.link_for("flood", "alice")
        await _until(lambda: not link.connected and not _alive(alice))
        again = int((await pid(_ctx(tmp_path, "alice"), {})).text)
        assert again != alice and _alive(again)


async def test_a_server_is_never_stopped_during_a_call(tmp_path: Path) -> None:
    async with mcp_connected(Settings(home=tmp_path / "home", mcp_idle_timeout=0.3), _stdio()) as connector:
        pid, slow = await mcp_tool(connector, "flood_pid"), await mcp_tool(connector, "flood_slow")
        before = int((await pid(_ctx(tmp_path, "bob"), {})).text)
        assert (await slow(_ctx(tmp_path, "bob"), {"seconds": 1.5})).text == "slept 1.5 s"
        assert int((await pid(_ctx(tmp_path, "bob"), {})).text) == before  # the same process answered both


async def test_the_idle_time_is_a_setting_with_a_default() -> None:
    assert Settings().mcp_idle_timeout == 900.0
