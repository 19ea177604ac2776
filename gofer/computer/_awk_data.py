"""Where an awk output name built from the data lands: ``print > ("out/" $1 ".csv")`` writes under ``out/`` only
if no value of the name climbs back out through a ``..``. The names are followed when the program builds them from
string literals, record numbers and fields (``$2``, ``$NF``, ``tolower($1)``) of data files the command names and the
judge can read, split as awk splits them (the default blanks, ``-F``/``FS`` of one character or a pattern), and the
program leaves its fields as read (no ``sub``, ``getline``, ``$1 = ...`` or ``NF = ...``); otherwise the name's
values cannot be known before it runs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple, Protocol

__all__ = ["AwkData", "climbs_out", "data_of", "folders_below"]


class _Token(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def text(self) -> str: ...


class AwkData(NamedTuple):
    """The data an awk command reads, as far as the judge can know it before it runs."""

    texts: list[str] | None
    """The text of each input file (None: standard input, a file that cannot be read, or none named)."""
    separator: str | None
    """``-F``/``-v FS=`` given on the command line (None when not given; ``"?"`` when it cannot be known)."""


class _Field(NamedTuple):
    """A field in a name: ``"1"`` for ``$1``, ``"NF"`` for any field (``$NF``, ``$i``), ``"0"`` for the record."""

    which: str


_FIELD_CHANGES = {"sub", "gsub", "getline", "split"}
"""Functions that may rewrite a record or its fields (``split`` only its array, but a ``$0`` split is rare)."""
_ASSIGN = {"=", "+=", "-=", "*=", "/=", "%=", "^=", "++", "--"}
_NUMBERS = {"NR", "FNR", "NF"}
_CASE = {"tolower", "toupper"}


def data_of(operands: list[str], separator: str | None, read: Callable[[str], str | None]) -> AwkData:
    """The data of an awk command whose operands (after its program) are ``operands``: each file's text, or None
    for all when one is standard input, an assignment to ``FS``/``RS`` or cannot be read."""
    texts: list[str] = []
    for operand in operands:
        if re.match(r"[A-Za-z_]\w*=", operand):
            if operand.split("=", 1)[0] in ("FS", "RS"):
                return AwkData(None, separator)
            continue
        text = None if operand in ("-", "/dev/stdin") or any(c in operand for c in "$`*?[{~") else read(operand)
        if text is None:
            return AwkData(None, separator)
        texts.append(text)
    return AwkData(texts or None, separator)


def climbs_out(tokens: Sequence[_Token], target: Sequence[_Token], prefix: str, data: AwkData | None) -> str | None:
    """Why the name ``target`` (after its literal ``prefix``, which names a folder) may climb out of that folder,
    or None when none of its values can: a ``..`` between slashes in a literal, in a field of the data or made by
    joining the two; also when the name or the data cannot be followed."""
    pieces = _pieces(target)
    if pieces is None:
        return "its name is computed by code whose values cannot be followed"
    values = _values(tokens, pieces, data)
    if isinstance(values, str):
        return values
    states = {""}
    for piece in [prefix, *_after_prefix(pieces, prefix)]:
        texts: Iterable[str] = [piece] if isinstance(piece, str) else values[piece.which]
        after: set[str] = set()
        for state in states:
            for text in texts:
                end = _walk(state, text)
                if end is None:
                    return f"a value of its name climbs out of {prefix.rsplit('/', 1)[0]}/ with '..' ({text[:40]})"
                after.add(end)
        states = after
    if ".." in states:
        return f"a value of its name ends in '..' outside {prefix.rsplit('/', 1)[0]}/"
    return None


def _values(tokens: Sequence[_Token], pieces: list[str | _Field], data: AwkData | None) -> dict[str, set[str]] | str:
    """Every value each field of the name takes in the data, or why they cannot be known."""
    fields = [p for p in pieces if not isinstance(p, str)]
    values: dict[str, set[str]] = {}
    if fields:
        if data is None or data.texts is None:
            return "its name takes fields of data that cannot be read before it runs (standard input, a missing file)"
        if _changes_fields(tokens):
            return "the program changes the fields its name takes"
        split = _splitter(tokens, data.separator)
        if split is None:
            return "the fields its name takes are split in a way that cannot be followed"
        for key in fields:
            values[key.which] = set()
        for text in data.texts:
            for line in text.split("\n"):
                parts = split(line)
                for which in values:
                    values[which] |= _field_values(which, line, parts)
    return values


MAX_NAMES = 2000
"""The names an awk output name is followed through, below its folder (a judge asks beyond)."""


def folders_below(tokens: Sequence[_Token], target: Sequence[_Token], prefix: str, data: AwkData | None
                  ) -> set[str] | None:
    """The folders below the folder ``prefix`` names that the values of the name ``target`` pass through
    (``a`` and ``a/b`` for ``out/a/b/x``, relative to that folder), as the shell would walk them; None when
    they cannot be known or are too many to follow."""
    pieces = _pieces(target)
    values = _values(tokens, pieces, data) if pieces is not None else "?"
    if pieces is None or isinstance(values, str):
        return None
    names = {prefix.rsplit("/", 1)[-1]}
    for piece in _after_prefix(pieces, prefix):
        texts = [piece] if isinstance(piece, str) else values[piece.which]
        names = {n + t for n in names for t in texts}
        if len(names) > MAX_NAMES:
            return None
    found: set[str] = set()
    for name in names:
        parts = name.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            below = "/".join(parts[:i])
            found |= {below, below.lower(), below.upper()}
    return found


def _after_prefix(pieces: list[str | _Field], prefix: str) -> list[str | _Field]:
    """The pieces after the leading literals that make up ``prefix``."""
    joined, i = "", 0
    while i < len(pieces) and isinstance(pieces[i], str) and joined != prefix:
        joined += str(pieces[i])
        i += 1
    return pieces[i:]


def _walk(state: str, text: str) -> str | None:
    """The segment so far (``""``, ``"."``, ``".."`` or ``"x"`` for any other) after ``text``; None when a
    ``..`` segment ends at a slash."""
    for c in text:
        if c == "/":
            if state == "..":
                return None
            state = ""
        elif state != "x":
            state = state + "." if c == "." and state in ("", ".") else "x"
    return state


def _pieces(target: Sequence[_Token]) -> list[str | _Field] | None:
    """The name as literal strings and fields; None when a part of it is neither (a variable, a function other
    than ``tolower``/``toupper``)."""
    words = list(target)
    out: list[str | _Field] = []
    i = 0
    while i < len(words):
        t = words[i]
        if t.kind == "op" and t.text in ("(", ")"):
            i += 1
        elif t.kind in ("str", "num"):
            out.append(t.text)
            i += 1
        elif t.kind == "name" and t.text in _NUMBERS:
            out.append("0")
            i += 1
        elif t.kind == "name" and t.text in _CASE and _is_op(words, i + 1, "(") and _is_op(words, i + 2, "$"):
            field = _field(words, i + 3)
            if field is None or not _is_op(words, field[1], ")"):
                return None
            out.append(field[0])
            i = field[1] + 1
        elif t.kind == "op" and t.text == "$":
            field = _field(words, i + 1)
            if field is None:
                return None
            out.append(field[0])
            i = field[1]
        else:
            return None
    return out


def _is_op(words: Sequence[_Token], i: int, text: str) -> bool:
    return i < len(words) and words[i].kind == "op" and words[i].text == text


def _field(words: Sequence[_Token], i: int) -> tuple[_Field, int] | None:
    """The field ``$`` names at ``words[i]`` (a number, or any field for a name or an expression) and the index
    after it."""
    if i >= len(words):
        return None
    if words[i].kind == "num" and words[i].text.isdigit():
        return _Field(str(int(words[i].text))), i + 1
    if words[i].kind == "name":
        return _Field("NF"), i + 1
    if _is_op(words, i, "("):
        depth, j = 0, i
        while j < len(words):
            if _is_op(words, j, "("):
                depth += 1
            elif _is_op(words, j, ")"):
                depth -= 1
                if depth == 0:
                    return _Field("NF"), j + 1
            elif words[j].kind not in ("num", "name") and words[j].text not in ("+", "-"):
                return None
            j += 1
    return None


def _field_values(which: str, line: str, parts: list[str]) -> set[str]:
    if which == "0":
        return {line}
    if which == "NF":
        return {*parts, line}
    n = int(which)
    return {parts[n - 1]} if 0 < n <= len(parts) else {""}


def _changes_fields(tokens: Sequence[_Token]) -> bool:
    """Whether the program may rewrite a record or its fields, or read other records into them, or changes how
    records are split (``RS``)."""
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if t.kind == "name" and (t.text in _FIELD_CHANGES or (
                t.text in ("NF", "RS") and nxt is not None and nxt.kind == "op" and nxt.text in _ASSIGN)):
            return True
        if t.kind == "op" and t.text == "$":
            after = _field(tokens, i + 1)
            j = after[1] if after is not None else i + 1
            if j < len(tokens) and tokens[j].kind == "op" and tokens[j].text in _ASSIGN:
                return True
        if t.kind == "op" and t.text in ("++", "--") and nxt is not None and nxt.kind == "op" and nxt.text == "$":
            return True
    return False


def _splitter(tokens: Sequence[_Token], given: str | None) -> Callable[[str], list[str]] | None:
    """How awk splits a record into fields under the program's ``FS`` (one literal assignment, or the command
    line's); None when it cannot be known."""
    assigned = {tokens[i + 2].text if tokens[i + 2].kind == "str" else "?"
                for i in range(len(tokens) - 2) if tokens[i].kind == "name" and tokens[i].text == "FS" and (
                    tokens[i + 1].kind == "op" and tokens[i + 1].text in _ASSIGN)}
    separators = assigned | ({given} if given is not None else set())
    if len(separators) > 1 or "?" in separators:
        return None
    fs = next(iter(separators), " ")
    if fs == " ":
        return str.split
    if len(fs) == 1 and fs != "\\":
        return lambda line: line.split(fs)
    try:
        pattern = re.compile(fs)
    except re.error:
        return None
    return pattern.split
