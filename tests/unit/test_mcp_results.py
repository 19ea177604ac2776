"""MCP results and annotations as gofer sees them (no server needed) and the servers' settings."""

from __future__ import annotations

import base64
import io

import pytest
from mcp_types import (
    CallToolResult,
    EmbeddedResource,
    ImageContent,
    ResourceLink,
    TextContent,
    TextResourceContents,
    ToolAnnotations,
)
from PIL import Image
from pydantic import ValidationError

from gofer.config import Settings
from gofer.events import Risk
from gofer.tools._mcp_results import STRUCTURED_KEY
from gofer.tools.base import ToolError
from gofer.tools.mcp import risk_from_annotations, to_tool_result, tool_name


def test_risk_follows_the_annotations_and_the_specs_defaults() -> None:
    assert risk_from_annotations(ToolAnnotations(read_only_hint=True)) == Risk.READ_ONLY
    assert risk_from_annotations(ToolAnnotations(read_only_hint=True, open_world_hint=True)) == Risk.READ_ONLY
    assert risk_from_annotations(ToolAnnotations(destructive_hint=True, open_world_hint=False)) == Risk.CONSEQUENTIAL
    assert risk_from_annotations(ToolAnnotations(destructive_hint=False, open_world_hint=True)) == Risk.CONSEQUENTIAL
    assert risk_from_annotations(ToolAnnotations(destructive_hint=False, open_world_hint=False)) == Risk.REVERSIBLE
    # Unsaid hints default to destructive and open-world (MCP specification): such a tool asks first.
    assert risk_from_annotations(ToolAnnotations()) == Risk.CONSEQUENTIAL
    assert risk_from_annotations(None) == Risk.CONSEQUENTIAL


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def test_results_join_text_decode_images_and_keep_structured_data() -> None:
    png = _png(2, 1)
    result = CallToolResult(
        content=[
            TextContent(type="text", text="first"),
            ImageContent(type="image", data=base64.b64encode(png).decode(), mime_type="image/png"),
            EmbeddedResource(
                type="resource", resource=TextResourceContents(uri="file:///notes.txt", text="embedded text")
            ),
            ResourceLink(type="resource_link", name="report", uri="file:///report.pdf"),
        ],
        structured_content=[1, 2],
    )
    out = to_tool_result(result)
    assert out.text == "first\nembedded text\n[resource report: file:///report.pdf]"
    assert [(i.data, i.media_type) for i in out.images] == [(png, "image/png")]
    assert out.data == {STRUCTURED_KEY: [1, 2]} and out.untrusted
    only_data = to_tool_result(CallToolResult(content=[], structured_content={"n": 1}))
    assert only_data.data == {STRUCTURED_KEY: {"n": 1}} and '"n": 1' in only_data.text


def test_error_results_are_tool_errors_with_the_servers_text() -> None:
    with pytest.raises(ToolError, match="reported an error") as failed:
        to_tool_result(CallToolResult(content=[TextContent(type="text", text="quota exceeded")], is_error=True))
    assert failed.value.output == "quota exceeded"  # the server's words are untrusted data, not our message
    with pytest.raises(ToolError, match="without a message"):
        to_tool_result(CallToolResult(content=[], is_error=True))


def test_tool_names_are_prefixed_and_safe_for_model_apis() -> None:
    assert tool_name("gh", "create_issue") == "gh_create_issue"
    assert tool_name("fs", "read.file/v2") == "fs_read_file_v2"
    assert len(tool_name("x", "y" * 100)) == 64


def test_settings_read_servers_from_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(
        "GOFER_MCP_SERVERS",
        '[{"name": "fs", "command": "mcp-fs", "args": ["/data"], "env": {"A": "1"}, "tools": ["read"],'
        ' "risk": {"read": "read_only", "*": "consequential"}},'
        ' {"name": "remote", "url": "http://127.0.0.1:9/mcp", "headers": {"Authorization": "Bearer t"},'
        ' "risk": "reversible"}]',
    )
    fs, remote = Settings().mcp_servers
    assert fs.command == "mcp-fs" and fs.args == ["/data"] and fs.env == {"A": "1"} and fs.tools == ["read"]
    assert fs.risk_for("read") == "read_only" and fs.risk_for("write") == "consequential"
    assert remote.url == "http://127.0.0.1:9/mcp" and remote.risk_for("anything") == "reversible"


@pytest.mark.parametrize(
    "servers",
    [
        '[{"name": "both", "command": "x", "url": "http://127.0.0.1/"}]',
        '[{"name": "neither"}]',
        '[{"name": "ftp", "url": "ftp://127.0.0.1/"}]',
        '[{"name": "bad name", "command": "x"}]',
        '[{"name": "twice", "command": "x"}, {"name": "twice", "command": "y"}]',
        '[{"name": "typo", "comand": "x"}]',
    ],
)
def test_bad_server_settings_are_refused(monkeypatch: pytest.MonkeyPatch, servers: str) -> None:
    monkeypatch.setenv("GOFER_MCP_SERVERS", servers)
    with pytest.raises(ValidationError):
        Settings()
