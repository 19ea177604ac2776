"""``local:PATH.gguf``: a GGUF model run in this process by llama-cpp-python (``pip install 'gofer[local]'``).

Small models cannot be trusted to write a valid tool call, so every turn is decoded under a grammar built from
the tools' JSON schemas: the output is one JSON object ``{"thought": ..., "tool": NAME, "arguments": {...}}``
whose arguments match that tool's schema. The loop ends when the model calls ``finish``.
"""

from __future__ import annotations

import asyncio
import atexit
import copy
import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gofer.events import Usage
from gofer.models._common import emit_delta, estimate_tokens, prompt_size, text_size
from gofer.models.base import Completion, DeltaHandler, Message, ModelError, ModelInfo, ToolSpec
from gofer.models.parsing import make_tool_call

__all__ = ["LocalModel", "call_schema", "grammar_for", "to_chat"]

INSTALL_HINT = "local: models need llama-cpp-python: pip install 'gofer[local]' (it builds from source, ~10 min)"

THOUGHT_CHARS = 160
"""The longest thought the grammar allows: "one short sentence". A small model can fall into repeating itself
inside a free string (Gemma 3 270M copies the tool list there until the token limit); bounded, it must go on to
the call."""

FORMAT_PROMPT = (
    "Answer every turn with exactly one JSON object and nothing else. Its keys: thought (one short sentence "
    "on what you do next and why), tool (the name of one tool below) and arguments (an object with that "
    "tool's arguments, filled in with real values). Call the finish tool with your answer when the task is "
    "done. The tools:\n"
)


_ANY: dict[str, Any] = {"type": ["string", "number", "boolean", "object", "array", "null"]}
_SHAPE_KEYS = ("type", "$ref", "anyOf", "oneOf", "allOf", "enum", "const", "properties", "items", "prefixItems")


def _loosen(node: Any) -> Any:
    """Make a schema something the grammar builder accepts: an untyped node admits any JSON value, and an
    array without item schema any items."""
    if not isinstance(node, dict):
        return node
    if not any(k in node for k in _SHAPE_KEYS):
        node.update(copy.deepcopy(_ANY))
    if node.get("type") == "array" and not node.get("items") and "prefixItems" not in node:
        node["items"] = copy.deepcopy(_ANY)
    for key in ("properties", "$defs"):
        for value in (node.get(key) or {}).values():
            _loosen(value)
    for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
        for value in node.get(key) or []:
            _loosen(value)
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), dict):
            _loosen(node[key])
    return node


def _prefixed(schema: dict[str, Any], prefix: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The schema without its ``$defs``, and those definitions renamed ``prefix + name`` (refs rewritten)."""
    schema = copy.deepcopy(schema)
    defs = schema.pop("$defs", None) or schema.pop("definitions", None) or {}

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(("#/$defs/", "#/definitions/")):
                node["$ref"] = "#/$defs/" + prefix + ref.rsplit("/", 1)[1]
            for value in node.values():
                rewrite(value)
        elif isinstance(node, list):
            for value in node:
                rewrite(value)
        return node

    return rewrite(schema), {prefix + name: rewrite(body) for name, body in defs.items()}


def call_schema(tools: Sequence[ToolSpec]) -> dict[str, Any]:
    """The JSON schema of one turn: a thought and a call of one of ``tools`` with arguments matching its schema."""
    if not tools:
        raise ValueError("a constrained turn needs at least one tool")
    alternatives: list[dict[str, Any]] = []
    all_defs: dict[str, Any] = {}
    for i, spec in enumerate(tools):
        params, defs = _prefixed(spec.parameters or {"type": "object", "properties": {}}, f"t{i}_")
        all_defs.update(defs)
        if params.get("type") == "object" and not params.get("properties"):
            params = {"type": "object", "properties": {}, "additionalProperties": False}
        alternatives.append({
            "type": "object",
            "properties": {"thought": {"type": "string", "maxLength": THOUGHT_CHARS}, "tool": {"const": spec.name},
                           "arguments": params},
            "required": ["thought", "tool", "arguments"],
            "additionalProperties": False,
        })
    schema: dict[str, Any] = {"oneOf": alternatives}
    if all_defs:
        schema["$defs"] = all_defs
    return _loosen(schema)


def grammar_for(tools: Sequence[ToolSpec]) -> str:
    """The GBNF grammar (llama.cpp's) that only admits one valid call of one of ``tools``."""
    try:
        from llama_cpp.llama_grammar import json_schema_to_gbnf
    except ImportError as exc:
        raise ModelError(INSTALL_HINT) from exc
    return str(json_schema_to_gbnf(json.dumps(call_schema(tools)), prop_order=["thought", "tool", "arguments"]))


def _tool_list(tools: Sequence[ToolSpec]) -> str:
    lines = []
    for spec in tools:
        summary = spec.description.strip().splitlines()[0] if spec.description.strip() else ""
        args = ", ".join(sorted((spec.parameters or {}).get("properties", {})))
        lines.append(f"- {spec.name}({args}): {summary}")
    return "\n".join(lines)


def to_chat(messages: Sequence[Message], tools: Sequence[ToolSpec]) -> list[dict[str, str]]:
    """gofer's messages as plain chat turns any GGUF chat template accepts: one system turn, then user and
    assistant turns alternating (tool results become user turns; calls, the JSON the model wrote)."""
    system = [m.content for m in messages if m.role == "system" and m.content]
    system.append(FORMAT_PROMPT + _tool_list(tools))
    turns: list[dict[str, str]] = []

    def add(role: str, text: str) -> None:
        if turns and turns[-1]["role"] == role:
            turns[-1]["content"] += "\n\n" + text
        else:
            turns.append({"role": role, "content": text})

    for m in messages:
        if m.role == "system":
            continue
        if m.role == "assistant":
            calls = [
                json.dumps({"thought": m.content, "tool": c.name, "arguments": c.arguments}, ensure_ascii=False)
                for c in m.tool_calls
            ]
            add("assistant", "\n".join(calls) or m.content or "{}")
        elif m.role == "tool":
            add("user", f"Result of {m.name or 'the tool'}:\n{m.content}")
        else:
            add("user", m.content)
    if not turns or turns[0]["role"] != "user":
        turns.insert(0, {"role": "user", "content": "Begin."})
    if turns[-1]["role"] != "user":
        turns.append({"role": "user", "content": "Continue."})
    return [{"role": "system", "content": "\n\n".join(system)}, *turns]


_loaded: dict[tuple[str, int, int | None], Any] = {}
_load_lock = threading.Lock()
_run_lock = threading.Lock()
"""One generation at a time in the process: a shared llama.cpp model is not reentrant, and it uses every core."""


def _unload_all() -> None:
    """Free the loaded models while the interpreter is still whole (llama.cpp's own finaliser runs too late at
    exit, when the module globals it needs are already gone)."""
    with _load_lock:
        models = list(_loaded.values())
        _loaded.clear()
    for model in models:
        close = getattr(model, "close", None)
        if close is not None:
            close()


def _load(path: Path, context_window: int, threads: int | None) -> Any:
    """The llama.cpp model for a file, loaded once per process (a server's runs share it)."""
    try:
        from llama_cpp import Llama
    except ImportError as exc:
        raise ModelError(INSTALL_HINT) from exc
    if not path.is_file():
        raise ModelError(f"local model file not found: {path}")
    key = (str(path.resolve()), context_window, threads)
    with _load_lock:
        if key not in _loaded:
            if not _loaded:
                atexit.register(_unload_all)
            try:
                _loaded[key] = Llama(
                    model_path=str(path), n_ctx=context_window, n_threads=threads or max(1, os.cpu_count() or 1),
                    verbose=False,
                )
            except (ValueError, RuntimeError) as exc:
                raise ModelError(f"could not load {path}: {exc}") from exc
        return _loaded[key]


class LocalModel:
    """A GGUF model in this process. Calls run in a worker thread, one at a time in the process.

    ``llama`` stands in for the loaded model (anything with llama-cpp-python's ``create_chat_completion``).
    """

    def __init__(
        self,
        path: str | Path,
        *,
        context_window: int = 8192,
        max_tokens: int = 1024,
        temperature: float = 0.2,
        threads: int | None = None,
        llama: Any = None,
    ) -> None:
        self.path = Path(path).expanduser()
        self.max_tokens = max_tokens
        self.temperature = temperature
        self._grammars: dict[str, Any] = {}
        self._info = ModelInfo(
            name=f"local:{self.path.name}", provider="local", context_window=context_window,
            input_price=0.0, output_price=0.0,
        )
        self._llm = llama if llama is not None else _load(self.path, context_window, threads)

    @property
    def info(self) -> ModelInfo:
        """The file's name, the context window it was loaded with, and no price."""
        return self._info

    def _grammar(self, tools: Sequence[ToolSpec]) -> Any:
        key = json.dumps([t.model_dump() for t in tools], sort_keys=True)
        grammar = self._grammars.get(key)
        if grammar is None:
            from llama_cpp import LlamaGrammar

            grammar = LlamaGrammar.from_string(grammar_for(tools), verbose=False)
            self._grammars[key] = grammar
        return grammar

    def _generate(self, chat: list[dict[str, str]], tools: Sequence[ToolSpec], max_output: int | None = None
                  ) -> dict[str, Any]:
        bound = self.max_tokens if max_output is None else max(1, min(self.max_tokens, max_output))
        with _run_lock:
            kwargs: dict[str, Any] = {"max_tokens": bound, "temperature": self.temperature}
            if tools:
                kwargs["grammar"] = self._grammar(tools)
            result: dict[str, Any] = self._llm.create_chat_completion(messages=chat, **kwargs)
            return result

    async def complete(
        self,
        messages: list[Message],
        tools: list[ToolSpec],
        *,
        stream: bool = False,
        on_delta: DeltaHandler | None = None,
        max_output: int | None = None,
    ) -> Completion:
        """One turn: a tool call under the tools' grammar (plain text when there are no tools)."""
        chat = to_chat(messages, tools)
        try:
            raw = await asyncio.to_thread(self._generate, chat, tools, max_output)
        except (ValueError, RuntimeError) as exc:
            raise ModelError(f"{self._info.name}: generation failed: {exc}") from exc
        choice = (raw.get("choices") or [{}])[0]
        content = str((choice.get("message") or {}).get("content") or "")
        usage_raw = raw.get("usage") or {}
        usage = Usage(
            input_tokens=int(usage_raw.get("prompt_tokens") or estimate_tokens(prompt_size(messages, tools))),
            output_tokens=int(usage_raw.get("completion_tokens") or estimate_tokens(text_size(content))),
        )
        if stream:
            await emit_delta(on_delta, content)
        cut = choice.get("finish_reason") == "length"
        if not tools:
            return Completion(text=content, usage=usage, raw=raw, model=self._info.name, cut=cut)
        return self._parse(content, usage, raw, truncated=cut).model_copy(update={"cut": cut})

    def _parse(self, content: str, usage: Usage, raw: dict[str, Any], *, truncated: bool) -> Completion:
        try:
            # the grammar's strings (llama.cpp's JSON-schema grammar) admit raw line breaks and tabs, which strict
            # JSON does not: a file's content written over several lines is still the call the grammar allowed
            turn = json.loads(content, strict=False)
        except json.JSONDecodeError:
            why = "it hit the token limit" if truncated else "it was not valid JSON"
            call = make_tool_call("invalid_call", {}, None).model_copy(
                update={"error": f"the reply could not be used as a tool call ({why}); reply with one JSON call"}
            )
            return Completion(text=content, tool_calls=[call], usage=usage, raw=raw, model=self._info.name)
        call = make_tool_call(str(turn.get("tool") or ""), turn.get("arguments") or {})
        return Completion(
            text=str(turn.get("thought") or ""), tool_calls=[call], usage=usage, raw=raw, model=self._info.name
        )
