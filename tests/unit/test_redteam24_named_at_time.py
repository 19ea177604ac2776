"""Red team (session 17, redteam24): the output filter's "NAME at DOMAIN" reader looked for a determiner in all the
text before each match ("the docs at ..."), so an answer holding "Will at example.org" 4,000 times (80 kB) took
20 s and 1 MB hours; the spelled-address reader did the same for its cues. Both now look a few words back."""

from __future__ import annotations

import time

import pytest

from gofer.safety.pii import _spelled_emails, find_pii, named_at

pytestmark = pytest.mark.slow  # timed (a generous bound: 80 kB took 20 s before)


def test_many_names_at_a_domain_are_read_in_a_bounded_time() -> None:
    for text in ["Will at example.org " * 20_000, "write to jane at example dot com " * 10_000]:
        started = time.perf_counter()
        named_at(text)
        _spelled_emails(text)
        assert time.perf_counter() - started < 8, text[:40]


def test_determiners_and_cues_right_before_still_count() -> None:
    assert named_at("see the docs at example.org") == []
    assert [f.value for f in named_at("x " * 5000 + "ask Rose at example.org")] == ["Rose@example.org"]
    assert [f.value for f in find_pii("y " * 5000 + "her e-mail is jroe42 at example dot com")] == [
        "jroe42@example.com"]
