"""The built-in tools: every tool module's ``TOOLS``, collected into one Toolset."""

from __future__ import annotations

import importlib

from gofer.tools.base import Toolset

__all__ = ["CONTROL_TOOLS", "builtin_tools"]

CONTROL_TOOLS = ("update_plan", "ask_user", "finish")
"""Tools every run keeps, whatever ``--tools`` says: the loop cannot end or plan without them."""

_MODULES = ("control", "files", "python", "shell", "browser", "documents", "search", "web")
"""The modules whose ``TOOLS`` are built in, in the order the model sees them (imported on first use: some
pull in heavy libraries)."""


def builtin_tools() -> Toolset:
    """All built-in tools, control tools first."""
    tools = Toolset()
    for name in _MODULES:
        for t in importlib.import_module(f"gofer.tools.{name}").TOOLS:
            tools.add(t)
    return tools
