"""The injection bench's statistics: thresholds from dev and intervals that respect clustered texts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "injection.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("injection_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["injection_bench"] = module
    spec.loader.exec_module(module)
    return module


def test_threshold_flags_at_most_the_allowed_share(bench: ModuleType) -> None:
    scores = [i / 100 for i in range(100)]
    t = bench.threshold_at(scores, 0.02)
    assert sum(s >= t for s in scores) == 2


def test_clustered_interval_is_wider_when_flags_come_in_clusters(bench: ModuleType) -> None:
    # Ten sources of fifty texts each; every text of one source is flagged: 10% of texts, but one source in ten.
    flags = [c == 0 for c in range(10) for _ in range(50)]
    clusters = [f"source-{c}" for c in range(10) for _ in range(50)]
    lo, hi = bench.wilson(sum(flags), len(flags))
    clo, chi = bench.clustered_interval(flags, clusters)
    assert clo < lo and chi > hi
    assert clo <= 0.1 <= chi
    assert (clo, chi) == bench.clustered_interval(flags, clusters)  # seeded: the same figures every run
    # Independent texts (each its own source) give an interval close to Wilson's.
    ilo, ihi = bench.clustered_interval(flags, [str(i) for i in range(len(flags))])
    assert abs(ilo - lo) < 0.02 and abs(ihi - hi) < 0.02
