"""What the CLI commands share: settings, opening the store and runtime, exits with one-line reasons."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from pydantic import ValidationError
from rich.console import Console

from gofer.cli.render import visible
from gofer.config import Settings

if TYPE_CHECKING:
    from gofer.runtime.local import LocalRuntime
    from gofer.runtime.service import RunService
    from gofer.store.base import EventStore

__all__ = ["EXIT_FAILED", "EXIT_USAGE", "EXIT_WAITING", "NO_MODEL_HELP", "Env", "fail", "load_settings", "open_env",
           "shared_network_problem"]

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_WAITING = 3
EXIT_CANCELLED = 4
EXIT_PAUSED = 130



class _Messages(Console):
    """Standard error's one-line messages, which quote untrusted text (a run's reasons, a server's errors): each
    string printed is made :func:`visible` first, so no escape sequence in it reaches the terminal."""

    def print(self, *objects: Any, **kwargs: Any) -> None:
        super().print(*(visible(o) if isinstance(o, str) else o for o in objects), **kwargs)


err = _Messages(stderr=True, highlight=False, soft_wrap=True)

NO_MODEL_HELP = """\
No model is configured. Gofer needs a language model to drive it; pick one:

  OpenAI            export OPENAI_API_KEY=sk-...      then  gofer run "..." --model openai:gpt-4o
  Any OpenAI-compatible server (vLLM, llama.cpp server, LM Studio, OpenRouter):
                    gofer run "..." --model openai-compat:http://127.0.0.1:8000/v1#MODEL
  Ollama            ollama pull qwen2.5:7b              then  gofer run "..." --model ollama:qwen2.5:7b
  Anthropic         export ANTHROPIC_API_KEY=...        then  gofer run "..." --model anthropic:claude-sonnet-4-5
  A local GGUF file pip install 'gofer[local]'          then  gofer run "..." --model local:/path/model.gguf

Set a default with GOFER_MODEL (for example: export GOFER_MODEL=openai:gpt-4o).
To see gofer work without any model, try a scripted demo:  gofer demo shopping
"""


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    """Exit with a one-line reason as the last line on stderr (any further detail is printed above it)."""
    first, _, detail = message.partition("\n")
    if detail.strip():
        err.print(detail.rstrip(), markup=False, highlight=False, soft_wrap=True)
    err.print(f"gofer: {first}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def shared_network_problem(settings: Settings) -> str | None:
    """Why these settings must not serve other people's runs: GOFER_NETWORK=all puts every sandbox on the host's
    own network (its loopback services: the database, Redis, gofer's API). Accepted only together with
    GOFER_ALLOW_PRIVATE_NETWORK=1, which says the operator means it."""
    if settings.network != "all" or settings.allow_private_network:
        return None
    return ("GOFER_NETWORK=all gives every sandbox this host's own network, its loopback services included (the "
            "database, Redis, this API); on a server other people use set GOFER_NETWORK=internet, or also set "
            "GOFER_ALLOW_PRIVATE_NETWORK=1 to accept that")


def load_settings() -> Settings:
    """The settings from the environment, or a clear exit naming the bad variable."""
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(f"GOFER_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}" for e in exc.errors())
        fail(f"bad configuration: {problems}", EXIT_USAGE)


@dataclass
class Env:
    """An opened store, runtime and service for one command."""

    settings: Settings
    store: EventStore
    runtime: LocalRuntime
    service: RunService


@asynccontextmanager
async def open_env(settings: Settings | None = None) -> AsyncIterator[Env]:
    """Open the store and a local runtime; close both (runs still driven are paused) on the way out."""
    # The runner, the guard and SQLAlchemy load here, when a command runs, not for every ``gofer ... --help``.
    from gofer.runtime.local import LocalRuntime
    from gofer.runtime.service import RunService
    from gofer.store.sql import open_store

    settings = settings or load_settings()
    store = await open_store(settings.db_url)
    runtime = LocalRuntime(store, settings)
    try:
        yield Env(settings, store, runtime, RunService(store, settings, runtime))
    finally:
        await runtime.aclose()
        await store.close()


def is_interactive() -> bool:
    """True when a person is at the terminal (stdin and stdout are TTYs)."""
    return sys.stdin.isatty() and sys.stdout.isatty()
