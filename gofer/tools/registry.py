"""The built-in tools: every tool module's ``TOOLS``, collected into one Toolset."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable

from gofer.tools.base import Toolset

__all__ = ["BUILTIN_TOOLS", "CONTROL_TOOLS", "builtin_tool_names", "builtin_tools"]

CONTROL_TOOLS = ("update_plan", "ask_user", "finish")
"""Tools every run keeps, whatever ``--tools`` says: the loop cannot end or plan without them."""

BUILTIN_TOOLS: dict[str, tuple[str, ...]] = {
    "control": CONTROL_TOOLS,
    "files": ("read_file", "write_file", "edit_file", "list_files"),
    "python": ("python",),
    "shell": ("shell", "shell_status", "shell_kill"),
    "browser": ("browser_open", "browser_click", "browser_type", "browser_select", "browser_check", "browser_scroll",
                "browser_press", "browser_hover", "browser_drag", "browser_click_at", "browser_back", "browser_tabs",
                "browser_switch_tab", "browser_dialog", "browser_read", "browser_screenshot", "browser_upload"),
    "documents": ("create_document", "create_presentation", "create_spreadsheet", "create_pdf", "create_csv",
                  "create_chart", "read_document", "describe_data", "query_data", "preview_document"),
    "search": ("web_search",),
    "web": ("http_request",),
}
"""The modules (``gofer.tools.NAME``) whose ``TOOLS`` are built in, with their tools' names, in the order the model
sees them: a run naming its tools imports only the modules that hold them (some pull in heavy libraries). A test
holds this to the modules' ``TOOLS``."""

_IMPORTING = threading.Lock()
"""Held while the tool modules are imported: a server warming them in a thread and a request that needs them
never import the same modules side by side (a cycle between two half-imported modules would fail)."""


def builtin_tool_names() -> list[str]:
    """The names of all built-in tools, control tools first, without importing their modules."""
    return [name for names in BUILTIN_TOOLS.values() for name in names]


def builtin_tools(names: Iterable[str] | None = None) -> Toolset:
    """The built-in tools, control tools first: all of them, or (``names``) those of the modules holding a named
    tool or a control tool; the other modules are not imported."""
    wanted = None if names is None else set(names) | set(CONTROL_TOOLS)
    chosen = [module for module, held in BUILTIN_TOOLS.items() if wanted is None or wanted & set(held)]
    with _IMPORTING:
        modules = [importlib.import_module(f"gofer.tools.{module}") for module in chosen]
    tools = Toolset()
    for module in modules:
        for t in module.TOOLS:
            tools.add(t)
    return tools
