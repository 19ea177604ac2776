"""Structured logs: one JSON object per line, with the run id and event fields when a record has them."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

from gofer.events import Event

__all__ = ["EVENT_LOGGER", "JsonFormatter", "configure_logging", "event_fields"]

EVENT_LOGGER = "gofer.run"
"""The logger that writes one record per run event (at INFO; errors and failures at WARNING)."""

_HANDLER_NAME = "gofer-stderr"
_KEYS = ("tool", "action_id", "call_id", "stage", "check", "verdict", "approved", "decided_by", "purpose", "model",
         "error", "reason", "budget")


class JsonFormatter(logging.Formatter):
    """Formats a record as a JSON line: time, level, logger, message, and the record's ``fields``."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON."""
        out: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            out.update(fields)
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


def event_fields(event: Event) -> dict[str, Any]:
    """The fields of an event worth a log line: ids, type, and the short payload fields (never big text)."""
    fields: dict[str, Any] = {"run_id": event.run_id, "seq": event.seq, "event": event.type}
    for key in _KEYS:
        value = getattr(event, key, None)
        if value is None or value == "":
            continue
        if isinstance(value, str) and len(value) > 300:
            value = value[:297] + "..."
        fields[key] = value
    usage = getattr(event, "usage", None)
    if usage is not None:
        fields["input_tokens"] = usage.input_tokens
        fields["output_tokens"] = usage.output_tokens
    duration = getattr(event, "duration_ms", None)
    if duration:
        fields["duration_ms"] = round(float(duration), 1)
    return fields


def configure_logging(level: str = "warning", fmt: str = "json", stream: Any = None) -> logging.Handler:
    """Send the ``gofer`` loggers to stderr (or ``stream``) at ``level``, as JSON lines or plain text.

    Calling it again replaces the handler it installed before, so it is safe to call once per command.
    """
    logger = logging.getLogger("gofer")
    for old in [h for h in logger.handlers if h.get_name() == _HANDLER_NAME]:
        logger.removeHandler(old)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.set_name(_HANDLER_NAME)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level.upper())
    return handler
