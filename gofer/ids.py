"""Identifiers: short, random, URL-safe, with a prefix that says what they name."""

from __future__ import annotations

import secrets

__all__ = ["new_id"]


def new_id(prefix: str) -> str:
    """A new id such as ``run_3fk2m9x0q1ab``: the prefix, an underscore and 12 random base-36 characters."""
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    return prefix + "_" + "".join(secrets.choice(alphabet) for _ in range(12))
