"""Shared test set-up: every test gets its own gofer home, no network in sandboxes, and no real model calls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def gofer_env(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Isolate each test: a fresh GOFER_HOME, sandbox network off, model keys gone, remote models refused."""
    home = tmp_path_factory.mktemp("gofer-home")
    monkeypatch.setenv("GOFER_HOME", str(home))
    monkeypatch.setenv("GOFER_NETWORK", "none")
    monkeypatch.setenv("GOFER_REFUSE_REMOTE_MODELS", "1")
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOFER_MODEL", "GOFER_DATABASE_URL", "OPENAI_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    yield home
