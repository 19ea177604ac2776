"""MCP servers as tools: listing, schemas, risk levels, calls, errors and reconnection, against a real server."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from agent_helpers import mcp_connected, mcp_tool

from gofer.config import Settings
from gofer.events import Risk
from gofer.tools._mcp_results import STRUCTURED_KEY
from gofer.tools.base import ToolArgumentsError, ToolContext, ToolError, Toolset
from gofer.tools.mcp import McpConnector
from gofer.tools.mcp_config import McpServerConfig

FIXTURE = Path(__file__).parents[1] / "fixtures" / "mcp" / "server.py"

pytestmark = pytest.mark.asyncio(loop_scope="module")


def _fixture(name: str = "fx", **extra: object) -> McpServerConfig:
    return McpServerConfig.model_validate({"name": name, "command": sys.executable, "args": [str(FIXTURE)], **extra})


def _ctx(tmp_path: Path) -> ToolContext:
    return ToolContext(run_id="r", session_id="s", workspace=tmp_path)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def fx(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[McpConnector]:
    """One server for the tests that leave it running (starting one takes about a second)."""
    home = tmp_path_factory.mktemp("mcp-home")
    async with mcp_connected(Settings(home=home), _fixture(risk={"pid": "consequential"})) as connector:
        yield connector


@pytest_asyncio.fixture(loop_scope="module")
async def own_fx(tmp_path: Path) -> AsyncIterator[McpConnector]:
    """A server of the test's own, for tests that kill it."""
    async with mcp_connected(Settings(home=tmp_path / "home"), _fixture()) as connector:
        yield connector


async def test_lists_tools_with_server_schemas_descriptions_and_risks(fx: McpConnector) -> None:
    tools = await fx.toolset()
    assert tools.names == ["fx_lookup", "fx_delete_item", "fx_add", "fx_fail", "fx_pixel", "fx_crash", "fx_pid",
                           "fx_weather", "fx_post_message"]
    lookup = tools.get("fx_lookup")
    assert lookup is not None
    assert lookup.description == "Look up an item's description by its key."
    assert lookup.parameters == {"type": "object", "properties": {"key": {"type": "string"}}, "required": ["key"]}
    assert lookup.spec.parameters == lookup.parameters
    delete = tools.get("fx_delete_item")
    assert delete is not None and delete.parameters["properties"]["force"] == {"default": False, "type": "boolean"}
    risks = {t.name: t.risk for t in tools}
    assert risks["fx_lookup"] == Risk.READ_ONLY  # readOnlyHint
    assert risks["fx_delete_item"] == Risk.CONSEQUENTIAL  # destructiveHint
    assert risks["fx_add"] == Risk.REVERSIBLE  # neither destructive nor open-world
    assert risks["fx_pid"] == Risk.CONSEQUENTIAL  # the settings' override beats its readOnlyHint
    # A poisoned description and parameter description are withheld from the model; the tool is still there.
    weather = tools.get("fx_weather")
    assert weather is not None and "withheld" in weather.description and "id_rsa" not in weather.description
    assert "id_rsa" not in json.dumps(weather.parameters) and "withheld" in json.dumps(weather.parameters)
    # Listed once per process: a second toolset comes from the same connection.
    again = await fx.toolset()
    assert again.names == tools.names and again.get("fx_lookup") is lookup


async def test_calls_return_untrusted_text_data_and_images(fx: McpConnector, tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    found = await (await mcp_tool(fx, "fx_lookup"))(ctx, {"key": "alpha"})
    assert found.text == "the first letter" and found.untrusted
    assert found.data == {STRUCTURED_KEY: {"result": "the first letter"}}
    added = await (await mcp_tool(fx, "fx_add"))(ctx, {"a": 2, "b": 40})
    assert added.data == {STRUCTURED_KEY: {"total": 42}} and '"total": 42' in added.text
    pixel = await (await mcp_tool(fx, "fx_pixel"))(ctx, {})
    assert pixel.text == "a red square"
    assert len(pixel.images) == 1 and pixel.images[0].media_type == "image/png"
    assert pixel.images[0].data.startswith(b"\x89PNG\r\n\x1a\n")


async def test_tool_errors_and_bad_arguments_are_tool_errors(fx: McpConnector, tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    with pytest.raises(ToolError, match="reported an error") as failed:
        await (await mcp_tool(fx, "fx_fail"))(ctx, {"message": "boom at the server"})
    assert failed.value.output is not None and "boom at the server" in failed.value.output
    lookup = await mcp_tool(fx, "fx_lookup")
    with pytest.raises(ToolArgumentsError, match=r"invalid arguments for fx_lookup: key: 3 is not of type 'string'"):
        lookup.validate({"key": 3})
    with pytest.raises(ToolArgumentsError, match="'key' is a required property"):
        await lookup(ctx, {})
    # The connection survives the errors.
    starts = fx.links["fx"].starts
    assert (await lookup(ctx, {"key": "beta"})).text == "the second letter"
    assert fx.links["fx"].starts == starts


async def test_a_server_that_dies_is_started_again_on_the_next_call(own_fx: McpConnector, tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    link = own_fx.links["fx"]
    pid_tool = await mcp_tool(own_fx, "fx_pid")
    first_pid = int((await pid_tool(ctx, {})).text)
    os.kill(first_pid, signal.SIGKILL)
    await asyncio.wait_for(link.wait_ended(), 10)
    assert not link.connected
    second_pid = int((await pid_tool(ctx, {})).text)
    assert second_pid != first_pid and link.starts == 2


async def test_a_server_that_dies_during_a_call_is_an_unknown_outcome(own_fx: McpConnector, tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    with pytest.raises(ToolError, match="closed the connection during the call, so its outcome is unknown"):
        await (await mcp_tool(own_fx, "fx_crash"))(ctx, {})
    assert (await (await mcp_tool(own_fx, "fx_lookup"))(ctx, {"key": "alpha"})).text == "the first letter"
    assert own_fx.links["fx"].starts == 2


async def test_a_server_that_cannot_start_is_an_error_not_a_crash(tmp_path: Path) -> None:
    exits = McpServerConfig(
        name="exits",
        command=sys.executable,
        args=["-c", "import sys; print('missing API token', file=sys.stderr); sys.exit(2)"],
        tools=["search"],
    )
    missing = McpServerConfig(name="missing", command=str(tmp_path / "no-such-server"))
    async with mcp_connected(Settings(home=tmp_path / "home"), exits, missing) as connector:
        tools = await connector.toolset()
        # The missing server offers nothing; the allow-listed tool of the other stays callable.
        assert tools.names == ["exits_search"]
        assert "No such file or directory" in connector.errors["missing"]
        search = tools.get("exits_search")
        assert search is not None and search.risk == Risk.CONSEQUENTIAL
        assert search.parameters["type"] == "object"
        with pytest.raises(ToolError) as caught:
            await search(_ctx(tmp_path), {"q": "x"})
        # The server's stderr comes with the error as untrusted data (the model sees it marked as such).
        assert "MCP server 'exits' could not start" in str(caught.value)
        assert "missing API token" in (caught.value.output or "")


async def test_make_tools_adds_mcp_tools_and_filters_by_their_names(fx: McpConnector) -> None:
    from gofer.runtime.spec import make_tools

    extra = await fx.toolset()
    everything = make_tools(None, extra)
    assert {"fx_lookup", "fx_delete_item", "read_file", "finish"} <= set(everything.names)
    only = make_tools(["fx_lookup"], extra)
    assert "fx_lookup" in only and "fx_delete_item" not in only and "finish" in only
    with pytest.raises(ValueError, match="unknown tools: fx_nope"):
        make_tools(["fx_nope"], extra)
    assert isinstance(make_tools(None, Toolset()), Toolset)
