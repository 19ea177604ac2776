"""The built-in tools: every tool module's ``TOOLS``, collected into one Toolset."""

from __future__ import annotations

import importlib

from gofer.tools.base import Tool, Toolset

__all__ = ["CONTROL_TOOLS", "builtin_tools"]

_MODULES = ("control", "files", "python", "shell", "browser", "documents", "search", "web")

CONTROL_TOOLS = ("update_plan", "ask_user", "finish")
"""Tools every run keeps, whatever ``--tools`` says: the loop cannot end or plan without them."""


def _module_tools(name: str) -> list[Tool]:
    try:
        module = importlib.import_module(f"gofer.tools.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"gofer.tools.{name}":
            return []  # a part of the product not installed in this build
        raise
    return list(getattr(module, "TOOLS", []))


def builtin_tools() -> Toolset:
    """All built-in tools, control tools first."""
    tools = Toolset()
    for name in _MODULES:
        for t in _module_tools(name):
            tools.add(t)
    return tools
