"""What makes a payload worth asking about: a secret, personal data, a passage or a distinctive value of the
workspace data or the conversation, bulk or encoded data (:func:`sensitive_reason`); a lookup (a search query, a
read-only tool's arguments) is judged more narrowly (:func:`query_reason`). Encoded runs are read decoded
(:func:`decode_blobs`), and the run lengths these rules read are those the log's fold keeps (:func:`new_log`)."""

from __future__ import annotations

import base64
import binascii
import contextlib
import re
from collections.abc import Container
from typing import TYPE_CHECKING

from gofer.safety.checks._flow_log import WORD, FlowLog
from gofer.safety.checks._text_index import Searchable
from gofer.safety.pii import find_pii, find_secrets

if TYPE_CHECKING:
    from gofer.safety.checks._flows import Flow

__all__ = [
    "PASSAGE",
    "QUERY_RUN",
    "WORD",
    "decode_blobs",
    "new_log",
    "query_reason",
    "sensitive_reason",
    "shingles",
]

_BLOB = re.compile(r"[A-Za-z0-9+/_-]{32,}={0,2}")
_CODED = re.compile(r"[A-Za-z0-9+/_-]{12,}={0,6}")
_BASE32 = re.compile(r"[A-Za-z2-7]+")
QUERY_RUN = 8
"""Words of workspace data in a row that make a lookup ask."""
PASSAGE = 5
"""Words of workspace data or conversation in a row that make a payload sensitive."""
_QUERY_TOKEN = re.compile(r"[a-z0-9_-]{16,}")


def decode_blobs(text: str) -> str:
    """The text plus every base64, base32 or hex run in it decoded (short ones too: a key or a name fits in 12).
    Base32 is read in either case, without its padding: a host name's labels are lower case and have no ``=``."""
    out = [text]
    for m in _CODED.finditer(text):
        blob = m.group(0)
        try:
            raw = base64.b64decode(blob.replace("-", "+").replace("_", "/") + "=" * (-len(blob) % 4))
            out.append(raw.decode("utf-8"))
        except (binascii.Error, UnicodeDecodeError, ValueError):
            pass
        bare = blob.rstrip("=")
        if _BASE32.fullmatch(bare):
            with contextlib.suppress(binascii.Error, UnicodeDecodeError, ValueError):
                out.append(base64.b32decode(bare.upper() + "=" * (-len(bare) % 8)).decode("utf-8"))
        try:
            out.append(bytes.fromhex(blob).decode("utf-8"))
        except ValueError:
            continue
    return " ".join(out)


def shingles(words: list[str], n: int) -> set[tuple[str, ...]]:
    """The runs of ``n`` words in a row of ``words``."""
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def sensitive_reason(flow: Flow, corpus: Searchable, secrets: list[str], *,
                     runs: Container[tuple[str, ...]] | None = None) -> str | None:
    """Why a payload counts as sensitive, or None when it carries nothing worth asking about. ``corpus``: workspace
    data and the conversation (lower case: a text, or the log's :class:`~._text_index.TextUnion` of them); ``runs``:
    its runs of five words, when known (else read from it)."""
    if flow.direct_file:
        return "the action sends files, command output or data over the network"
    payload = decode_blobs(flow.payload)
    if find_secrets(payload, secrets):
        return "the payload contains a secret (key, token or password)"
    pii = find_pii(payload)
    if pii:
        return f"the payload contains personal data ({pii[0].kind})"
    lower = payload.lower()
    words = WORD.findall(lower)
    if len(words) >= PASSAGE:
        known = runs if runs is not None else shingles(WORD.findall(str(corpus)), PASSAGE)
        if any(run in known for run in shingles(words, PASSAGE)):
            return "the payload repeats workspace data or the conversation"
    for token in set(re.findall(r"[a-z0-9_-]{10,}", lower)):
        if re.search(r"\d", token) and re.search(r"[a-z]", token) and token in corpus:
            return "the payload repeats a distinctive value from the workspace or the conversation"
    if len(payload) >= 400:
        return "the payload carries bulk data"
    if _BLOB.search(flow.payload) and len(flow.payload) >= 48:
        return "the payload carries an encoded blob"
    return None


def query_reason(flow: Flow, workspace: Searchable, known: Searchable, secrets: list[str], *,
                 runs: Container[tuple[str, ...]] | None = None, known_runs: Container[tuple[str, ...]] | None = None
                 ) -> str | None:
    """Why a lookup (a search query, a read-only tool's arguments) counts as sending data, or None. ``workspace``:
    the tool output and files read so far; ``known``: what the user and the pages said, which a lookup may
    repeat freely (both lower case: texts, or the log's indexes of them); ``runs`` and ``known_runs``: their runs of
    eight words, when known (else read from them)."""
    payload = decode_blobs(flow.payload)
    if find_secrets(payload, secrets):
        return "the lookup contains a secret (key, token or password)"
    for found in find_pii(payload):
        if found.value.lower() not in known:
            return f"the lookup contains personal data ({found.kind}) that neither the user nor a page gave"
    words = WORD.findall(payload.lower())
    if len(words) >= QUERY_RUN:
        data = runs if runs is not None else shingles(WORD.findall(str(workspace)), QUERY_RUN)
        said = known_runs if known_runs is not None else shingles(WORD.findall(str(known)), QUERY_RUN)
        for run in shingles(words, QUERY_RUN):
            if run in data and run not in said:
                return (f"the lookup repeats a passage of workspace data ({QUERY_RUN}+ words) that neither the user "
                        "nor a page gave")
    for token in set(_QUERY_TOKEN.findall(payload.lower())):
        if re.search(r"\d", token) and re.search(r"[a-z]", token) and token in workspace and token not in known:
            return "the lookup carries a long id or token from the workspace that neither the user nor a page gave"
    return None


def new_log(task: str) -> FlowLog:
    """A fold of the run's log with the rules' run lengths (passages, lookups)."""
    return FlowLog(task, corpus_run=PASSAGE, workspace_run=QUERY_RUN)
