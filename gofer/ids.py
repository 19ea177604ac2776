"""Identifiers: short, random, URL-safe, with a prefix that says what they name."""

from __future__ import annotations

import secrets

__all__ = ["new_id"]


_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"
_SPACE = 36**12


def new_id(prefix: str) -> str:
    """A new id such as ``run_3fk2m9x0q1ab``: the prefix, an underscore and 12 random base-36 characters."""
    n = secrets.randbelow(_SPACE)
    digits = []
    for _ in range(12):
        n, d = divmod(n, 36)
        digits.append(_ALPHABET[d])
    return prefix + "_" + "".join(digits)
