"""What gofer knows about common models: context window, vision, USD price per 1M tokens in and out.

A small hand-kept table. Names match by longest prefix at a ``-`` boundary, so dated snapshots
(``gpt-4o-2024-08-06``) and OpenRouter names (``openai/gpt-4.1``) find their family. Unknown models get
sensible defaults and no price.
"""

from __future__ import annotations

from typing import NamedTuple

from gofer.models.base import ModelInfo

__all__ = ["DEFAULT_CONTEXT_WINDOW", "lookup", "max_output_tokens", "model_info"]

DEFAULT_CONTEXT_WINDOW = 128_000


class _Entry(NamedTuple):
    context_window: int
    vision: bool
    input_price: float
    output_price: float
    max_output: int


_TABLE: dict[str, _Entry] = {
    # OpenAI
    "gpt-5": _Entry(400_000, True, 1.25, 10.00, 128_000),
    "gpt-5-mini": _Entry(400_000, True, 0.25, 2.00, 128_000),
    "gpt-5-nano": _Entry(400_000, True, 0.05, 0.40, 128_000),
    "gpt-4.1": _Entry(1_047_576, True, 2.00, 8.00, 32_768),
    "gpt-4.1-mini": _Entry(1_047_576, True, 0.40, 1.60, 32_768),
    "gpt-4.1-nano": _Entry(1_047_576, True, 0.10, 0.40, 32_768),
    "gpt-4o": _Entry(128_000, True, 2.50, 10.00, 16_384),
    "gpt-4o-mini": _Entry(128_000, True, 0.15, 0.60, 16_384),
    "gpt-4-turbo": _Entry(128_000, True, 10.00, 30.00, 4_096),
    "gpt-4": _Entry(8_192, False, 30.00, 60.00, 8_192),
    "gpt-3.5-turbo": _Entry(16_385, False, 0.50, 1.50, 4_096),
    "o1": _Entry(200_000, True, 15.00, 60.00, 100_000),
    "o3": _Entry(200_000, True, 2.00, 8.00, 100_000),
    "o3-mini": _Entry(200_000, False, 1.10, 4.40, 100_000),
    "o4-mini": _Entry(200_000, True, 1.10, 4.40, 100_000),
    # Anthropic
    "claude-opus-4-5": _Entry(200_000, True, 5.00, 25.00, 64_000),
    "claude-opus-4-1": _Entry(200_000, True, 15.00, 75.00, 32_000),
    "claude-opus-4": _Entry(200_000, True, 15.00, 75.00, 32_000),
    "claude-sonnet-4-5": _Entry(200_000, True, 3.00, 15.00, 64_000),
    "claude-sonnet-4": _Entry(200_000, True, 3.00, 15.00, 64_000),
    "claude-haiku-4-5": _Entry(200_000, True, 1.00, 5.00, 64_000),
    "claude-3-7-sonnet": _Entry(200_000, True, 3.00, 15.00, 64_000),
    "claude-3-5-sonnet": _Entry(200_000, True, 3.00, 15.00, 8_192),
    "claude-3-5-haiku": _Entry(200_000, True, 0.80, 4.00, 8_192),
    "claude-3-opus": _Entry(200_000, True, 15.00, 75.00, 4_096),
    "claude-3-haiku": _Entry(200_000, True, 0.25, 1.25, 4_096),
}


def _normal(name: str) -> str:
    return name.rsplit("/", 1)[-1].strip().lower().replace(".", "-").replace(":", "-")


_NORMAL_TABLE = {_normal(key): entry for key, entry in _TABLE.items()}


def lookup(name: str) -> tuple[str, _Entry] | None:
    """The table's key and entry for ``name`` (longest prefix at a ``-`` boundary), or None."""
    wanted = _normal(name)
    best: str | None = None
    for key in _NORMAL_TABLE:
        if (wanted == key or wanted.startswith(key + "-")) and (best is None or len(key) > len(best)):
            best = key
    return None if best is None else (best, _NORMAL_TABLE[best])


def model_info(
    name: str,
    provider: str,
    *,
    priced: bool = True,
    context_window: int = DEFAULT_CONTEXT_WINDOW,
    vision: bool = False,
) -> ModelInfo:
    """ModelInfo for ``name``: from the table when known, else the given defaults and no price.

    ``priced=False`` drops the table's price (a self-hosted server serving a model of the same name).
    """
    found = lookup(name)
    if found is None:
        return ModelInfo(name=name, provider=provider, context_window=context_window, vision=vision)
    _, entry = found
    return ModelInfo(
        name=name,
        provider=provider,
        context_window=entry.context_window,
        vision=entry.vision,
        input_price=entry.input_price if priced else None,
        output_price=entry.output_price if priced else None,
    )


def max_output_tokens(name: str, default: int = 8_192) -> int:
    """The largest answer ``name`` may produce (Anthropic requires a ``max_tokens``), capped at 16k."""
    found = lookup(name)
    return min(16_384, found[1].max_output) if found else default
