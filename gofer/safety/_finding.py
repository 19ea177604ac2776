"""What every finder of secrets and personal data returns (re-exported by ``gofer.safety.pii``), and the spans of
a text that findings already hold."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate

__all__ = ["Finding", "Held"]


@dataclass(frozen=True)
class Finding:
    """One sensitive value: where it is and what kind it is (``email``, ``api_key``, ...)."""

    start: int
    end: int
    kind: str
    value: str


class Held:
    """Spans of a text that findings hold, which a later finding must not overlap: testing one costs O(log n),
    taking a finder's findings O(n) for each run of them that goes left to right (so testing each new finding
    against every held span, quadratic, is not needed: 1 MB of spelled addresses took 43 s that way)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._reach: list[int] = []
        """The largest end among the spans up to each one (sorted by start): the spans may overlap each other."""
        self._add(list(spans))

    def _add(self, spans: list[tuple[int, int]]) -> None:
        if not spans:
            return
        self._spans = sorted(self._spans + spans)  # two sorted runs when ``spans`` is sorted: linear
        self._starts = [a for a, _ in self._spans]
        self._reach = list(accumulate((b for _, b in self._spans), max))

    def free(self, start: int, end: int) -> bool:
        """Whether the span ``start``-``end`` overlaps none of the held ones."""
        i = bisect_left(self._starts, end)  # the spans that start before it ends
        return i == 0 or self._reach[i - 1] <= start

    def outside(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings that overlap no held span (they are not held themselves)."""
        return [f for f in findings if self.free(f.start, f.end)]

    def take(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings that overlap no held span nor one taken before them, in their order; those are held from
        now on."""
        taken: list[Finding] = []
        run: list[tuple[int, int]] = []
        last = reach = -1
        for f in findings:
            if f.start < last:  # a new left-to-right run: hold the last one's findings, then test against them
                self._add(run)
                run, reach = [], -1
            last = f.start
            # Each earlier finding of the run starts at or before this one: it overlaps when it reaches past its start.
            if reach <= f.start and self.free(f.start, f.end):
                taken.append(f)
                run.append((f.start, f.end))
                reach = max(reach, f.end)
        self._add(run)
        return taken
