"""Comparing a replayed log with the original, ignoring what must differ: ids, times and durations."""

from __future__ import annotations

import json
from typing import Any

from gofer.events import Event, dump_event

__all__ = ["IGNORED_FIELDS", "diff_logs", "normalise"]

IGNORED_FIELDS = frozenset(
    {
        "run_id", "seq", "ts", "duration_ms", "action_id", "call_id", "question_id", "raw_blob", "raw",
        "session_id", "workspace", "model", "decided_by",
    }
)
"""Fields that differ between any two runs of the same steps."""


def normalise(event: Event) -> dict[str, Any]:
    """The event's wire form without the fields a replay cannot reproduce."""
    data = dump_event(event)
    for key in IGNORED_FIELDS:
        data.pop(key, None)
    if "tool_calls" in data:
        data["tool_calls"] = [{k: v for k, v in c.items() if k != "id"} for c in data["tool_calls"]]
    return data


def _short(data: dict[str, Any], limit: int = 220) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def diff_logs(original: list[Event], replayed: list[Event]) -> list[str]:
    """Human-readable differences, one per line; empty when the logs match."""
    out: list[str] = []
    for i in range(max(len(original), len(replayed))):
        a = normalise(original[i]) if i < len(original) else None
        b = normalise(replayed[i]) if i < len(replayed) else None
        if a == b:
            continue
        if a is None:
            out.append(f"#{i}: only in the replay: {_short(b or {})}")
        elif b is None:
            out.append(f"#{i}: only in the original: {_short(a)}")
        elif a.get("type") != b.get("type"):
            out.append(f"#{i}: {a.get('type')} in the original, {b.get('type')} in the replay")
        else:
            fields = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
            for key in fields:
                old, new = _short({"v": a.get(key)})[5:-1], _short({"v": b.get(key)})[5:-1]
                out.append(f"#{i} {a.get('type')}.{key}: {old} != {new}")
    return out
