"""What every finder of secrets and personal data returns (re-exported by ``gofer.safety.pii``)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Finding"]


@dataclass(frozen=True)
class Finding:
    """One sensitive value: where it is and what kind it is (``email``, ``api_key``, ...)."""

    start: int
    end: int
    kind: str
    value: str
