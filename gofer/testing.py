"""gofer's public testing kit: a scripted model, and a loopback HTTP server that plays canned responses.

Prefer ``ScriptedModel`` to a new mock: it is the same model ``--model scripted:FILE`` uses.
"""

from __future__ import annotations

import json
import operator
import re
import threading
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from gofer.events import ToolCall, Usage
from gofer.models._common import emit_delta, estimate_tokens, prompt_size, text_size
from gofer.models.base import Completion, DeltaHandler, Message, ModelError, ModelInfo, ToolSpec
from gofer.models.parsing import make_tool_call

__all__ = ["CannedResponse", "RecordedRequest", "ScriptedHTTPServer", "ScriptedModel", "Step"]

Step = Completion | Mapping[str, Any] | str
"""One scripted turn: a Completion, a mapping ``{text, tool_calls: [{name, arguments}], cut}``, or plain text
(``cut: true``: the reply stopped at its output bound, as a server's finish reason "length" says)."""

_TURN_KEYS = frozenset({"text", "tool_calls", "cut"})
_CALL_KEYS = frozenset({"name", "arguments", "id"})


def _turn(step: Step, index: int, source: str) -> Completion:
    where = f"{source}: turn {index + 1}"
    if isinstance(step, Completion):
        return step
    if isinstance(step, str):
        return Completion(text=step)
    if not isinstance(step, Mapping):
        raise ValueError(f"{where} must be a mapping with text and/or tool_calls, not {type(step).__name__}")
    unknown = set(step) - _TURN_KEYS
    if unknown:
        raise ValueError(f"{where} has unknown keys {sorted(unknown)}; a turn has only 'text', 'tool_calls' and "
                         "'cut'")
    cut = step.get("cut", False)
    if not isinstance(cut, bool):
        raise ValueError(f"{where}: 'cut' must be true or false")
    text = step.get("text") or ""
    if not isinstance(text, str):
        raise ValueError(f"{where}: 'text' must be a string")
    raw_calls = step.get("tool_calls") or []
    if not isinstance(raw_calls, list):
        raise ValueError(f"{where}: 'tool_calls' must be a list of {{name, arguments}}")
    calls: list[ToolCall] = []
    for position, raw in enumerate(raw_calls):
        if not isinstance(raw, Mapping) or not isinstance(raw.get("name"), str) or not raw["name"]:
            raise ValueError(f"{where}: tool_calls[{position}] needs a 'name' (a string)")
        extra = set(raw) - _CALL_KEYS
        if extra:
            raise ValueError(f"{where}: tool_calls[{position}] has unknown keys {sorted(extra)}")
        arguments = raw.get("arguments")
        if arguments is not None and not isinstance(arguments, Mapping | str):
            raise ValueError(f"{where}: tool_calls[{position}].arguments must be a mapping (or JSON text)")
        call_id = raw.get("id") or f"call_{index}_{position}"
        plain = dict(arguments) if isinstance(arguments, Mapping) else arguments
        calls.append(make_tool_call(raw["name"], plain, str(call_id)))
    return Completion(text=text, tool_calls=calls, cut=cut)


class ScriptedModel:
    """A model that plays a fixed list of turns, one per call; the test model and ``scripted:FILE``.

    ``calls`` records the ``(messages, tools)`` of every call; ``assert_complete()`` fails if turns are left.
    Usage is a rough count (:func:`~gofer.models._common.text_size`) so budgets and cost display have something to
    show.
    """

    def __init__(self, steps: Sequence[Step], *, source: str = "scripted model", name: str = "scripted") -> None:
        self.source = source
        self.turns: list[Completion] = [_turn(step, i, source) for i, step in enumerate(steps)]
        self.calls: list[tuple[list[Message], list[ToolSpec]]] = []
        self._sizes: dict[int, int] = {}  # tool schema sizes by id(); ``calls`` keeps every spec named here alive
        self._prompt_total = 0
        self._offset = 0
        self._info = ModelInfo(
            name=name, provider="scripted", context_window=128_000, vision=True, input_price=0.0, output_price=0.0
        )

    @property
    def info(self) -> ModelInfo:
        """A 128k-token, vision-capable model that costs nothing."""
        return self._info

    @property
    def remaining(self) -> int:
        """How many turns have not been played yet."""
        return len(self.turns) - self._offset - len(self.calls)

    def resume_from(self, played: int) -> None:
        """Continue a script that an earlier process already played ``played`` turns of (a resumed run)."""
        if played > len(self.turns):
            raise ModelError(f"{self.source}: the log shows {played} model calls but the script has {len(self.turns)}")
        self._offset = played

    def assert_complete(self) -> None:
        """Raise AssertionError unless every scripted turn was played."""
        if self.remaining > 0:
            raise AssertionError(
                f"{self.source}: {self.remaining} of {len(self.turns)} scripted turns were not used"
            )

    def _prompt_size(self) -> int:
        """The size of the request just recorded; a prompt that extends the previous one (the same message
        objects first, as the runner's context builder gives them) costs only its new messages."""
        messages, tools = self.calls[-1]
        previous = self.calls[-2][0] if len(self.calls) > 1 else []
        known = len(previous)
        if known and len(messages) >= known and all(map(operator.is_, messages[:known], previous)):
            size = self._prompt_total + prompt_size(messages[known:], [])
        else:
            size = prompt_size(messages, [])
        self._prompt_total = size
        return size + prompt_size([], tools, self._sizes)

    async def complete(
        self,
        messages: list[Message],
        tools: list[ToolSpec],
        *,
        stream: bool = False,
        on_delta: DeltaHandler | None = None,
        max_output: int | None = None,
    ) -> Completion:
        """The next scripted turn; past the end, a ModelError naming the script and its number of turns."""
        index = self._offset + len(self.calls)
        if index >= len(self.turns):
            raise ModelError(
                f"{self.source}: the script has {len(self.turns)} turns and all were used; "
                f"model call {index + 1} has no scripted turn"
            )
        self.calls.append((list(messages), list(tools)))
        turn = self.turns[index]
        if stream:
            for piece in re.findall(r"\S+\s*|\s+", turn.text):
                await emit_delta(on_delta, piece)
        produced = text_size(turn.text)
        produced += sum(text_size(c.name) + text_size(json.dumps(c.arguments)) for c in turn.tool_calls)
        usage = turn.usage
        if usage == Usage():
            usage = Usage(input_tokens=estimate_tokens(self._prompt_size()), output_tokens=estimate_tokens(produced))
        raw = turn.raw or {"scripted": True, "source": self.source, "turn": index + 1}
        return turn.model_copy(update={"usage": usage, "raw": raw, "model": turn.model or self._info.name})


@dataclass(frozen=True)
class CannedResponse:
    """One HTTP answer: a status, headers and a body (bytes, text or JSON), or ``chunks`` sent one by one.

    With ``hold``, the server waits until the event is set before answering (a slow or hung server); with
    ``cut``, it drops the connection after the chunks instead of ending the body (a stream broken mid-way).
    """

    status: int = 200
    body: bytes | str | dict[str, Any] | list[Any] = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    chunks: Sequence[bytes | str] | None = None
    hold: threading.Event | None = None
    cut: bool = False


@dataclass(frozen=True)
class RecordedRequest:
    """A request the server received."""

    method: str
    path: str
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


class ScriptedHTTPServer:
    """An HTTP server on 127.0.0.1 (a free port) that answers each request with the next canned response.

    Use it as a context manager; ``url`` is its base URL and ``requests`` what it received. With no canned
    response left it answers 500.
    """

    def __init__(self, responses: Iterable[CannedResponse] = ()) -> None:
        self.requests: list[RecordedRequest] = []
        self._queue: deque[CannedResponse] = deque(responses)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def push(self, *responses: CannedResponse) -> None:
        """Queue more responses."""
        with self._lock:
            self._queue.extend(responses)

    def _next(self, request: RecordedRequest) -> CannedResponse:
        with self._lock:
            self.requests.append(request)
            if self._queue:
                return self._queue.popleft()
        return CannedResponse(500, {"error": {"message": "no scripted response left", "type": "server_error"}})

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                canned = owner._next(
                    RecordedRequest(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                )
                if canned.hold is not None:
                    canned.hold.wait()
                    self.close_connection = True
                try:
                    self._answer(canned)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

            def _answer(self, canned: CannedResponse) -> None:
                self.send_response(canned.status)
                for key, value in canned.headers.items():
                    self.send_header(key, value)
                if canned.chunks is not None:
                    self.send_header("transfer-encoding", "chunked")
                    self.end_headers()
                    for chunk in canned.chunks:
                        data = chunk.encode() if isinstance(chunk, str) else chunk
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
                        self.wfile.flush()
                    if canned.cut:
                        self.close_connection = True
                        return
                    self.wfile.write(b"0\r\n\r\n")
                    return
                payload = canned.body
                if isinstance(payload, dict | list):
                    payload = json.dumps(payload).encode()
                    if "content-type" not in {k.lower() for k in canned.headers}:
                        self.send_header("content-type", "application/json")
                elif isinstance(payload, str):
                    payload = payload.encode()
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = _serve

            def log_message(self, format: str, *args: Any) -> None:
                return

        return Handler

    def __enter__(self) -> ScriptedHTTPServer:
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join()
