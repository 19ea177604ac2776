"""MCP server names that would make a server's tools pass for gofer's own: gofer tells its browser, kernel and shell
tools by how their names start (the page a run is on follows ``browser_*`` observations; a resumed run's lost parts
follow ``python*``/``browser*`` actions), so a server called ``browser`` (tools ``browser_status``…) or
``browserstack`` is refused when the settings are read, with the reason; other names stay."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from gofer.config import Settings
from gofer.tools.mcp_config import RESERVED_PREFIXES, McpServerConfig
from gofer.tools.registry import builtin_tools


@pytest.mark.parametrize("name", ["browser", "Browser", "browserstack", "python", "shell", "shell-tools"])
def test_a_server_named_like_gofers_own_tools_is_refused(name: str) -> None:
    with pytest.raises(ValidationError) as err:
        McpServerConfig(name=name, command="server")
    assert name in str(err.value) and "gofer's own tools" in str(err.value)


@pytest.mark.parametrize("name", ["web", "github", "docs", "mail", "shop", "pybrowser", "fs"])
def test_other_server_names_are_kept(name: str) -> None:
    assert McpServerConfig(name=name, command="server").name == name


def test_the_settings_refuse_a_reserved_server_name_with_the_reason() -> None:
    with pytest.raises(ValidationError) as err:
        Settings(mcp_servers=[{"name": "browser", "command": "server"}])
    assert "'browser'" in str(err.value) and "choose another name" in str(err.value)


def test_every_builtin_browser_kernel_and_shell_tool_starts_with_a_reserved_prefix() -> None:
    names = [t.name for t in builtin_tools()]
    for prefix in RESERVED_PREFIXES:
        assert any(n.startswith(prefix) for n in names), prefix
