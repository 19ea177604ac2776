"""`--tools NAME` imports only the tool modules that hold the named tools: the registry of names is held to the
modules' own TOOLS, and an unknown name is refused as before, listing every known tool."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from agent_helpers import loaded_modules

import gofer.tools
from gofer.runtime.spec import make_tools
from gofer.tools.registry import BUILTIN_TOOLS, CONTROL_TOOLS, builtin_tool_names, builtin_tools

_UNNEEDED = [f"gofer.tools.{m}" for m in ("python", "browser", "documents", "search", "web")]
"""Tool modules that neither read_file's module (files) nor those it needs (shell) import."""


def test_the_registry_names_every_tool_modules_tools() -> None:
    with_tools = {}
    for info in pkgutil.iter_modules(gofer.tools.__path__):
        module = importlib.import_module(f"gofer.tools.{info.name}")
        if hasattr(module, "TOOLS"):
            with_tools[info.name] = tuple(t.name for t in module.TOOLS)
    assert with_tools == BUILTIN_TOOLS
    assert builtin_tool_names() == builtin_tools().names


def test_an_unknown_tool_is_refused_listing_every_known_tool() -> None:
    with pytest.raises(ValueError) as before:  # the message from the whole set, as it was made before
        builtin_tools().filtered(["shell", "teleport"], keep=CONTROL_TOOLS)
    with pytest.raises(ValueError) as now:
        make_tools(["shell", "teleport"])
    assert str(now.value) == str(before.value)
    assert "unknown tools: teleport; known: update_plan, ask_user, finish, read_file" in str(now.value)
    assert "browser_open" in str(now.value) and "http_request" in str(now.value)


def test_named_tools_keep_the_control_tools_in_order() -> None:
    assert make_tools(["list_files", "read_file"]).names == [*CONTROL_TOOLS, "read_file", "list_files"]
    assert make_tools(None).names == builtin_tool_names()


def test_naming_a_tool_imports_only_its_module() -> None:
    statement = "from gofer.runtime.spec import make_tools\nmake_tools(['read_file'])"
    assert loaded_modules(statement, ["gofer.tools.control", "gofer.tools.files", *_UNNEEDED]) == [
        "gofer.tools.control", "gofer.tools.files"]
