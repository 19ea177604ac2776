"""Model specs to ModelClients: ``resolve_model("openai:gpt-4o", settings)``.

Providers are imported on demand, so a run with a scripted model never loads the vendor SDKs.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from gofer.config import Settings
from gofer.events import ModelResponded
from gofer.models._common import is_loopback_url
from gofer.models._retry import RetryPolicy
from gofer.models.base import ModelClient, ModelError, ModelInfo
from gofer.models.catalog import lookup, max_output_tokens, model_info

__all__ = ["ACCEPTED_FORMS", "resolve_model"]

OPENAI_URL = "https://api.openai.com/v1"
ANTHROPIC_URL = "https://api.anthropic.com"
OLLAMA_CONTEXT_WINDOW = 8_192

ACCEPTED_FORMS = (
    "openai:MODEL (e.g. openai:gpt-4o-mini; key OPENAI_API_KEY)\n"
    "openai-compat:BASE_URL#MODEL (vLLM, Ollama, llama.cpp server, LM Studio, OpenRouter; "
    "e.g. openai-compat:http://127.0.0.1:8000/v1#qwen2.5-7b)\n"
    "ollama:MODEL (Ollama at GOFER_OLLAMA_URL; e.g. ollama:llama3.1)\n"
    "anthropic:MODEL (e.g. anthropic:claude-sonnet-4-5; key ANTHROPIC_API_KEY)\n"
    "local:PATH.gguf (a GGUF model run in-process by llama-cpp-python: pip install 'gofer[local]')\n"
    "scripted:FILE (a YAML or JSON list of turns, for tests and demos)\n"
    "replay (a recorded run's model turns, used by gofer replay)"
)


def _invalid(spec: str, problem: str) -> ValueError:
    indented = "\n  ".join(ACCEPTED_FORMS.splitlines())
    return ValueError(f"invalid model spec {spec!r}: {problem}. Accepted forms:\n  {indented}")


def _key(configured: object, env: str, *, required_by: str | None) -> str | None:
    secret = getattr(configured, "get_secret_value", None)
    value = secret() if secret is not None else None
    value = value or os.environ.get(env)
    if not value and required_by is not None:
        raise ModelError(f"{required_by} needs an API key: set {env} (or GOFER_{env}) in the environment")
    return value or None


def _free(info: ModelInfo) -> ModelInfo:
    return info.model_copy(update={"input_price": 0.0, "output_price": 0.0})


def _check_url(spec: str, url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise _invalid(spec, f"{url!r} is not an http(s) URL")


def resolve_model(
    spec: str, settings: Settings, *, recorded: Sequence[ModelResponded] | None = None
) -> ModelClient:
    """The ModelClient a spec names; ValueError (listing the accepted forms) for an unknown or bad spec.

    ``recorded`` feeds the ``replay`` spec. A missing API key is a ModelError naming the variable.
    """
    spec = spec.strip()
    if spec == "replay":
        if recorded is None:
            raise _invalid(spec, "replay needs the recorded ModelResponded events (recorded=...)")
        from gofer.models.replay import ReplayModel

        return ReplayModel(recorded)
    scheme, colon, rest = spec.partition(":")
    rest = rest.strip()
    if not colon or not rest:
        raise _invalid(spec, "expected PROVIDER:MODEL")
    retry = RetryPolicy(retries=max(0, settings.model_retries))
    timeout = settings.model_timeout
    if scheme in ("openai", "openai-compat", "ollama"):
        from gofer.models.openai_compat import OpenAIChatModel

        if scheme == "openai":
            base_url = os.environ.get("OPENAI_BASE_URL") or OPENAI_URL
            key = _key(settings.openai_api_key, "OPENAI_API_KEY", required_by=spec)
            info = model_info(rest, "openai")
            tolerant = False
        elif scheme == "ollama":
            base_url, model = settings.ollama_url, rest
            _check_url(spec, base_url)
            key = "ollama"
            info = _free(model_info(model, "ollama", priced=False, context_window=OLLAMA_CONTEXT_WINDOW))
            rest, tolerant = model, True
        else:
            base_url, hash_sign, model = rest.rpartition("#")
            if not hash_sign or not base_url or not model:
                raise _invalid(spec, "openai-compat needs BASE_URL#MODEL")
            _check_url(spec, base_url)
            key = _key(settings.openai_api_key, "OPENAI_API_KEY", required_by=None) or "not-needed"
            info = model_info(model, "openai-compat")
            if is_loopback_url(base_url):
                info = _free(info)
            rest, tolerant = model, True
        if settings.model_max_output is not None:
            info = info.model_copy(update={"max_output": settings.model_max_output,
                                           "max_output_from": "GOFER_MODEL_MAX_OUTPUT"})
        return OpenAIChatModel(
            rest, base_url=base_url, api_key=key or "", info=info, timeout=timeout, retry=retry, tolerant=tolerant,
            bound_param="max_completion_tokens" if scheme == "openai" else "max_tokens",
        )
    if scheme == "anthropic":
        from gofer.models.anthropic_messages import AnthropicModel

        key = _key(settings.anthropic_api_key, "ANTHROPIC_API_KEY", required_by=spec)
        return AnthropicModel(
            rest,
            api_key=key or "",
            info=model_info(rest, "anthropic", vision=True).model_copy(update={
                "max_output": max_output_tokens(rest),
                "max_output_from": "the model's catalog entry" if lookup(rest) else "gofer's default for Anthropic"}),
            base_url=os.environ.get("ANTHROPIC_BASE_URL") or ANTHROPIC_URL,
            max_tokens=max_output_tokens(rest),
            timeout=timeout,
            retry=retry,
        )
    if scheme == "scripted":
        from gofer.models.scripted import scripted_model

        return scripted_model(Path(rest))
    if scheme == "local":
        if not rest.lower().endswith(".gguf"):
            raise _invalid(spec, "local needs the path of a .gguf file")
        from gofer.models.local import LocalModel

        return LocalModel(Path(rest))
    raise _invalid(spec, f"unknown provider {scheme!r}")
