"""The built-in tools: every tool module's ``TOOLS``, collected into one Toolset."""

from __future__ import annotations

import importlib
import threading

from gofer.tools.base import Toolset

__all__ = ["CONTROL_TOOLS", "builtin_tools"]

CONTROL_TOOLS = ("update_plan", "ask_user", "finish")
"""Tools every run keeps, whatever ``--tools`` says: the loop cannot end or plan without them."""

_MODULES = ("control", "files", "python", "shell", "browser", "documents", "search", "web")
"""The modules whose ``TOOLS`` are built in, in the order the model sees them (imported on first use: some
pull in heavy libraries)."""

_IMPORTING = threading.Lock()
"""Held while the tool modules are imported: a server warming them in a thread and a request that needs them
never import the same modules side by side (a cycle between two half-imported modules would fail)."""


def builtin_tools() -> Toolset:
    """All built-in tools, control tools first."""
    with _IMPORTING:
        modules = [importlib.import_module(f"gofer.tools.{name}") for name in _MODULES]
    tools = Toolset()
    for module in modules:
        for t in module.TOOLS:
            tools.add(t)
    return tools
