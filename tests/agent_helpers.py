"""Helpers for tests that drive real runs in-process: a store, a local runtime and scripted models."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import yaml

from gofer.cli._common import Env
from gofer.config import Settings
from gofer.events import Event
from gofer.runtime.local import LocalRuntime
from gofer.runtime.service import RunService
from gofer.store.sql import open_store


def script(folder: Path, turns: list[dict[str, Any]], name: str = "script.yaml") -> str:
    """Write a scripted model's turns to a YAML file; returns the model spec."""
    path = folder / name
    path.write_text(yaml.safe_dump(turns, sort_keys=False))
    return f"scripted:{path}"


def call(name: str, **arguments: Any) -> dict[str, Any]:
    """One tool call of a scripted turn."""
    return {"name": name, "arguments": arguments}


@asynccontextmanager
async def gofer_env(**overrides: Any) -> AsyncIterator[Env]:
    """A store (SQLite in the test's GOFER_HOME), a local runtime and the run service."""
    settings = Settings(**overrides)
    store = await open_store(settings.db_url)
    runtime = LocalRuntime(store, settings)
    try:
        yield Env(settings, store, runtime, RunService(store, settings, runtime))
    finally:
        await runtime.aclose()
        await store.close()


def types(events: list[Event]) -> list[str]:
    """The event types of a log, in order."""
    return [e.type for e in events]
