"""Reading the reading worker's answers without letting them run code in gofer.

The worker parses files a run downloaded; a parser exploit could take it over and send any bytes as its answer.
A pickle names the callables that rebuild it (``__reduce__``), so ``pickle.loads`` of such an answer would run
the attacker's code in gofer. The answers are plain data (text, tables of values, file bytes, two small result
types), so they are unpickled with only those types allowed: a pickle naming anything else is refused, not
loaded.
"""

from __future__ import annotations

import io
import pickle
from typing import Any

__all__ = ["MAX_ANSWER_BYTES", "AnswerRefused", "load_answer"]

MAX_ANSWER_BYTES = 256 * 1024 * 1024
"""The largest answer read from a worker (an edited document is the largest ordinary answer, 50 MB or so)."""

_ALLOWED: dict[str, frozenset[str]] = {
    "builtins": frozenset({"bytearray", "complex", "frozenset", "set"}),
    "datetime": frozenset({"date", "datetime", "time", "timedelta", "timezone"}),
    "decimal": frozenset({"Decimal"}),
    "uuid": frozenset({"SafeUUID", "UUID"}),
    "gofer.documents.data": frozenset({"QueryResult"}),
    "gofer.documents.verify": frozenset({"Verification"}),
}
"""The only classes an answer may name: each rebuilds a value from plain data and runs nothing else."""


class AnswerRefused(Exception):
    """A worker's answer that is not plain data (it names a callable or type outside ``_ALLOWED``)."""


class _PlainUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if name in _ALLOWED.get(module, ()):
            return super().find_class(module, name)
        raise AnswerRefused(f"it names {module}.{name}, which is not plain data")

    def persistent_load(self, pid: Any) -> Any:
        raise AnswerRefused("it refers to an outside object")


def load_answer(data: bytes) -> tuple[str, Any]:
    """The worker's ("ok", result) or ("error", message) from its pickled bytes; AnswerRefused when the bytes
    name anything but plain data or are not such a pair."""
    try:
        answer = _PlainUnpickler(io.BytesIO(data)).load()
    except AnswerRefused:
        raise
    except Exception as exc:  # a malformed pickle raises many types
        raise AnswerRefused(f"it is not a readable answer ({type(exc).__name__})") from None
    if not (isinstance(answer, tuple) and len(answer) == 2 and answer[0] in ("ok", "error")):
        raise AnswerRefused("it is not an (\"ok\", result) or (\"error\", message) pair")
    if answer[0] == "error" and not isinstance(answer[1], str):
        raise AnswerRefused("its error message is not text")
    return answer[0], answer[1]
