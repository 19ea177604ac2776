"""Texts that grow as a run reads, searched for a value in time that does not grow with them.

The data-flow rules ask, for each value an action (or a page's request) would send, whether the run's workspace
text holds it. A plain ``value in text`` reads the whole text, so in a long run each step costs more than the last
(``bench/long_run.py``). A :class:`TextIndex` keeps, as texts are appended, the hash of the ``GRAM`` characters at
every ``STEP``-th position of the text; a value of ``GRAM + STEP - 1`` characters or more that occurs in the text
covers one of those positions, so it is found by looking up ``STEP`` grams in a row of it (its last ones, else its
first) and confirming each candidate with one comparison. Shorter values, and values whose grams are too common to
be worth it, are searched the plain way: every answer is the one ``value in text`` gives.
"""

from __future__ import annotations

from array import array
from typing import Protocol

__all__ = ["GRAM", "STEP", "Searchable", "TextIndex", "TextUnion"]

GRAM = 7
"""Characters hashed at each sampled position."""
STEP = 4
"""A position in every ``STEP`` is sampled; values of ``GRAM + STEP - 1`` (ten) characters or more use the index."""
_FIRST_TABLE = 1024
"""Buckets of the first hash table."""
_CANDIDATES = 32
"""Places holding one of a value's grams but not the value, tried before a search falls back to the plain way
(grams that repeat all over the text: a line of dashes, a run of zeros)."""


class Searchable(Protocol):
    """A text the rules search with ``value in text``: a ``str``, a :class:`TextIndex` or a :class:`TextUnion`."""

    def __contains__(self, value: str, /) -> bool: ...


class TextIndex:
    """Texts appended one at a time, one per line (``"\\n".join`` of them); ``value in index`` answers as
    ``value in index.text`` does. The index takes up to two bytes per character of text (see :attr:`index_bytes`)."""

    def __init__(self) -> None:
        self.text = ""
        """The texts so far, one per line."""
        self._count = 0
        self._tables: list[array[int]] = []
        """Hash bucket -> the latest sample in it (-1: none), one table per run of samples, each table twice the
        size of the one before (a full table is never rehashed: a step would pay for the whole text)."""
        self._room = 0
        """Samples the latest table still takes (two a bucket on average)."""
        self._next = array("i")
        """Sample -> the sample before it in its bucket (-1: none); sample ``i`` is at position ``i * STEP``."""

    def add(self, text: str) -> None:
        """Append a text (on a line of its own)."""
        joined, self.text = self.text, ""
        # the only reference to the text, so CPython appends in place rather than copying the whole text (the
        # attribute is empty meanwhile: the fold is read and written on the run loop's thread only)
        joined += f"\n{text}" if self._count else text
        self.text = joined
        self._count += 1
        self._link((len(joined) - GRAM) // STEP + 1)

    def _link(self, samples: int) -> None:
        """Hash and link the samples not linked yet, up to ``samples`` of them."""
        text, nexts = self.text, self._next
        i = len(nexts)
        while i < samples:
            if not self._room:
                size = 2 * len(self._tables[-1]) if self._tables else _FIRST_TABLE
                self._tables.append(array("i", [-1]) * size)
                self._room = 2 * size
            heads = self._tables[-1]
            mask = len(heads) - 1
            stop = min(samples, i + self._room)
            self._room -= stop - i
            for bucket in [hash(text[p:p + GRAM]) & mask for p in range(i * STEP, stop * STEP, STEP)]:
                nexts.append(heads[bucket])
                heads[bucket] = i
                i += 1

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, str):
            return False
        last = len(value) - GRAM - STEP + 1
        if last < 0:
            return value in self.text
        for first in dict.fromkeys((last, 0)):  # a value's end is often rarer than its start ("https://")
            found = self._search(value, first)
            if found is not None:
                return found
        return value in self.text

    def _search(self, value: str, first: int) -> bool | None:
        """Whether the text holds ``value``, found through its grams at ``first`` to ``first + STEP - 1`` (one of
        them is at a sampled position wherever the value occurs); None when they are too common to be worth it."""
        text, nexts = self.text, self._next
        budget = _CANDIDATES
        for j in range(first, first + STEP):
            gram = value[j:j + GRAM]
            key = hash(gram)
            for heads in self._tables:
                i = heads[key & (len(heads) - 1)]
                while i >= 0:
                    at = i * STEP
                    if text.startswith(gram, at):  # not another gram of the same bucket
                        if at >= j and text.startswith(value, at - j):
                            return True
                        budget -= 1
                        if not budget:
                            return None
                    i = nexts[i]
        return False

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    @property
    def index_bytes(self) -> int:
        """The memory the index takes besides the text (its two arrays)."""
        return self._next.itemsize * (len(self._next) + sum(len(heads) for heads in self._tables))


class TextUnion:
    """Several texts read as one, one per line (``"\\n".join`` of them), without joining them for a search."""

    def __init__(self, *parts: str | TextIndex) -> None:
        self.parts = parts

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, str):
            return False
        if "\n" in value or not self.parts:  # it may span two of the texts
            return value in str(self)
        return any(value in part for part in self.parts)

    def __str__(self) -> str:
        return "\n".join(str(part) for part in self.parts)
