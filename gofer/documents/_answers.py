"""Reading the reading worker's answers without letting them run code in gofer.

The worker parses files a run downloaded; a parser exploit could take it over and send any bytes as its answer.
A pickle names the callables that rebuild it (``__reduce__``), so ``pickle.loads`` of such an answer would run
the attacker's code in gofer. The answers are plain data (text, tables of values, file bytes, two small result
types), so they are unpickled with only those types allowed: a pickle naming anything else is refused, not
loaded.

Then each answer is checked where gofer can do it cheaply, without parsing the document again (``*_check``): a
text is no longer than its document allows (its size times a factor for its format, and the reader's own cut);
an edited Office file is a zip container that passes the zip-bomb checks and holds its format's required parts,
and a deck's slide count is the one its presentation part lists; a query's table has the shape it claims; a
self-check's lists are text. What a check cannot see is whether the content is the document's: the words of a
text, the cells of a table, what an edit added or changed, a self-check's verdict.
"""

from __future__ import annotations

import io
import pickle
import re
import zipfile
from collections.abc import Callable, Mapping
from typing import Any

from gofer.documents._io import check_zip, suffix
from gofer.tools.base import ToolError

__all__ = [
    "DESCRIBE_PER_BYTE",
    "MAX_ANSWER_BYTES",
    "AnswerRefused",
    "Check",
    "load_answer",
    "office_check",
    "table_check",
    "text_check",
    "verification_check",
]

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


Check = Callable[[Any, Mapping[str, int]], str | None]
"""An answer and the sizes of the files the worker was handed (workspace path: bytes) to why it is refused."""

_CHARS_PER_BYTE = {"txt": 1, "md": 1, "csv": 1, "tsv": 1, "json": 1, "html": 4, "htm": 4}
"""The most characters of text a byte of each format yields (a plain text is decoded, an HTML page shrinks);
zipped and compressed formats (Office files, PDF streams) get ``_PACKED_PER_BYTE``."""
_PACKED_PER_BYTE = 1000
DESCRIBE_PER_BYTE = 1000
"""The most characters of a data file's description per byte of the file (a column per byte at worst)."""
_TEXT_SLACK = 10_000
"""Characters a text may have beyond its size times its factor (headings, notes, a file with no text)."""
_MAX_VERIFICATION_CHARS = 16 * 1024 * 1024
_MAIN_PART = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml"}
_MAX_PRESENTATION_PART = 4 * 1024 * 1024
_SLIDE_ID = re.compile(rb"<(?:\w+:)?sldId\b")


def text_check(path: str, limit: int | None, *, per_byte: int | None = None) -> Check:
    """A text read from ``path``: at most ``limit`` characters (None: no bound of its own), and at most the
    file's size times what a byte of its format may yield (``per_byte`` instead when given)."""
    factor = per_byte or _CHARS_PER_BYTE.get(suffix(path), _PACKED_PER_BYTE)

    def check(value: Any, sizes: Mapping[str, int]) -> str | None:
        if not isinstance(value, str):
            return f"it is a {type(value).__name__}, not text"
        if limit is not None and len(value) > limit:
            return f"its text has {len(value):,} characters, more than the {limit:,} asked for"
        size = sizes.get(path)
        if size is not None and len(value) > size * factor + _TEXT_SLACK:
            return f"its text has {len(value):,} characters, more than a {size:,}-byte .{suffix(path)} file holds"
        return None

    return check


def table_check(max_rows: int) -> Check:
    """A query's result: columns of text, at most ``max_rows`` rows, each as wide as the columns."""

    def check(value: Any, sizes: Mapping[str, int]) -> str | None:
        from gofer.documents.data import QueryResult

        if not isinstance(value, QueryResult):
            return f"it is a {type(value).__name__}, not a query result"
        if not (isinstance(value.columns, list) and all(isinstance(c, str) for c in value.columns)):
            return "its columns are not names"
        if not isinstance(value.rows, list) or len(value.rows) > max_rows:
            return f"it has more than the {max_rows:,} rows asked for"
        if any(not isinstance(row, list) or len(row) != len(value.columns) for row in value.rows):
            return f"a row does not have its {len(value.columns)} columns"
        if not isinstance(value.truncated, bool) or not (
                value.total is None if value.truncated else value.total in (None, len(value.rows))):
            return "its row count does not agree with its rows"
        return None

    return check


def verification_check(value: Any, sizes: Mapping[str, int]) -> str | None:
    """A self-check's result: lists of text, bounded in size."""
    from gofer.documents.verify import Verification

    if not isinstance(value, Verification):
        return f"it is a {type(value).__name__}, not a check's result"
    lists = (value.problems, value.notes)
    if not all(isinstance(items, list) and all(isinstance(i, str) for i in items) for items in lists):
        return "its problems or notes are not text"
    if sum(len(i) for items in lists for i in items) > _MAX_VERIFICATION_CHARS:
        return "its problems and notes are too long"
    return None


def office_check(kind: str) -> Check:
    """An edited Office file of ``kind`` (docx, xlsx: its bytes; pptx: its bytes and slide count): a zip that
    passes the zip-bomb checks and holds ``[Content_Types].xml`` and the format's main part; a deck's count is
    the number of slides its presentation part lists."""

    def check(value: Any, sizes: Mapping[str, int]) -> str | None:
        count: Any = None
        if kind == "pptx":
            if not (isinstance(value, tuple) and len(value) == 2):
                return "it is not a deck and its slide count"
            value, count = value
            if not isinstance(count, int) or isinstance(count, bool):
                return "its slide count is not a number"
        if not isinstance(value, bytes):
            return f"it is a {type(value).__name__}, not a file's bytes"
        try:
            check_zip(value, f"the edited .{kind}")
            with zipfile.ZipFile(io.BytesIO(value)) as zf:
                names = set(zf.namelist())
                missing = [p for p in ("[Content_Types].xml", _MAIN_PART[kind]) if p not in names]
                if missing:
                    return f"the edited .{kind} has no {' or '.join(missing)}"
                if count is None:
                    return None
                info = zf.getinfo(_MAIN_PART[kind])
                if info.file_size > _MAX_PRESENTATION_PART:
                    return f"its {_MAIN_PART[kind]} is {info.file_size:,} bytes, too large to be one"
                listed = len(_SLIDE_ID.findall(zf.read(info)))
        except ToolError as exc:
            return str(exc)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:  # a damaged member
            return f"the edited .{kind} is damaged ({type(exc).__name__})"
        if listed != count:
            return f"it says the deck has {count} slides, and the deck lists {listed}"
        return None

    return check
