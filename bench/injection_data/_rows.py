"""The row shape shared by the hand-written bench sets (mail4 onwards, records, webpages)."""

from __future__ import annotations

from typing import Any


def labelled_rows(name: str, benign: list[tuple[str, str]], injected: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """A set's rows: benign texts (label 0), then injected ones (label 1), each ``{"text", "label", "source": name,
    "template": f"{name}:{kind}:{i}", "suite": name, "split": name}`` with ``i`` its position, so templates are
    unique."""
    labelled = [(kind, text, 0) for kind, text in benign] + [(kind, text, 1) for kind, text in injected]
    return [
        {"text": text, "label": label, "source": name, "template": f"{name}:{kind}:{i}", "suite": name, "split": name}
        for i, (kind, text, label) in enumerate(labelled)
    ]
