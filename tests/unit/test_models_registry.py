"""Model specs, keys, replay, the catalog and the retry policy."""

from __future__ import annotations

import pytest

from gofer.config import Settings
from gofer.events import ModelResponded, ToolCall, Usage
from gofer.models._common import is_loopback_url
from gofer.models._retry import RetryPolicy, parse_retry_after
from gofer.models.base import Message, ModelError
from gofer.models.catalog import model_info
from gofer.models.openai_compat import OpenAIChatModel
from gofer.models.registry import resolve_model

ASK = [Message(role="user", content="again")]


@pytest.mark.parametrize(
    "spec", ["gpt-4o", "openai:", "nope:model", "openai-compat:http://127.0.0.1:8000/v1", "openai-compat:#m",
             "openai-compat:ftp://host/v1#m", "replay", ""],
)
def test_bad_specs_list_the_accepted_forms(spec: str) -> None:
    with pytest.raises(ValueError, match="Accepted forms") as caught:
        resolve_model(spec, Settings())
    assert "openai-compat:BASE_URL#MODEL" in str(caught.value)
    assert "scripted:FILE" in str(caught.value)


def test_openai_needs_a_key_named_in_the_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ModelError, match="set OPENAI_API_KEY"):
        resolve_model("openai:gpt-4o", Settings())
    monkeypatch.setenv("GOFER_OPENAI_API_KEY", "sk-from-settings")
    model = resolve_model("openai:gpt-4o-2024-08-06", Settings())
    assert isinstance(model, OpenAIChatModel)
    assert model.info.provider == "openai" and model.info.vision and model.info.input_price == 2.5
    assert not model.tolerant


def test_ollama_uses_the_configured_url_and_costs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOFER_OLLAMA_URL", "http://127.0.0.1:9999/v1")
    model = resolve_model("ollama:llama3.1:8b", Settings(model_retries=1))
    assert isinstance(model, OpenAIChatModel)
    assert (model.base_url, model.model, model.retry.retries) == ("http://127.0.0.1:9999/v1", "llama3.1:8b", 1)
    assert model.info.cost(Usage(input_tokens=1000, output_tokens=1000)) == 0.0
    assert model.tolerant


async def test_replay_serves_recorded_turns_then_fails() -> None:
    recorded = [
        ModelResponded(run_id="run_1", model="gpt-4o", text="thinking",
                       tool_calls=[ToolCall(id="c1", name="finish", arguments={"answer": "x"})],
                       usage=Usage(input_tokens=10, output_tokens=4), raw={"id": "chatcmpl-r"}),
        ModelResponded(run_id="run_1", model="gpt-4o", text="second"),
    ]
    model = resolve_model("replay", Settings(), recorded=recorded)
    assert model.info.context_window == 128_000 and model.info.input_price == 2.5
    first = await model.complete(ASK, [])
    assert (first.text, first.tool_calls, first.usage, first.raw) == (
        "thinking", recorded[0].tool_calls, Usage(input_tokens=10, output_tokens=4), {"id": "chatcmpl-r"}
    )
    pieces: list[str] = []
    assert (await model.complete(ASK, [], stream=True, on_delta=pieces.append)).text == "second"
    assert pieces == ["second"]
    with pytest.raises(ModelError, match="has 2 model turns and all were used"):
        await model.complete(ASK, [])


def test_catalog_matches_families_and_defaults_unknown_models() -> None:
    assert model_info("gpt-4o-mini-2024-07-18", "openai").input_price == 0.15
    assert model_info("openai/gpt-4.1", "openai-compat").context_window == 1_047_576
    assert model_info("anthropic/claude-3.5-sonnet", "openai-compat").output_price == 15.0
    assert model_info("claude-sonnet-4-5-20250929", "anthropic").input_price == 3.0
    unknown = model_info("qwen2.5-7b-instruct", "openai-compat")
    assert (unknown.context_window, unknown.vision, unknown.input_price) == (128_000, False, None)
    assert unknown.cost(Usage(input_tokens=5)) is None


def test_loopback_detection() -> None:
    for url in ("http://127.0.0.1:1/v1", "http://127.8.9.1/v1", "http://[::1]:8/v1", "http://localhost:3/v1"):
        assert is_loopback_url(url), url
    for url in ("https://api.openai.com/v1", "http://10.0.0.1/v1", "http://[::ffff:8.8.8.8]/", "not a url",
                "http://localhost.evil.com/v1"):
        assert not is_loopback_url(url), url


def test_retry_policy_caps_and_honours_retry_after() -> None:
    policy = RetryPolicy(retries=5, base_delay=1.0, max_delay=4.0)
    assert all(0.5 <= policy.delay(0) <= 1.0 for _ in range(20))
    assert all(2.0 <= policy.delay(6) <= 4.0 for _ in range(20))
    assert policy.delay(0, retry_after=3.0) == 3.0
    assert policy.delay(0, retry_after=600.0) == 4.0
    assert parse_retry_after({"Retry-After": "7"}) == 7.0
    assert parse_retry_after({"retry-after-ms": "250", "retry-after": "9"}) == 0.25
    assert parse_retry_after({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}) == 0.0
    assert parse_retry_after({"Retry-After": "soon"}) is None
    assert parse_retry_after({}) is None
