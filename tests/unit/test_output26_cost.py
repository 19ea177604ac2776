"""Session 18 (output26): the output filter's cost on long hostile answers. Its finders' findings were each tested
against every finding before them (quadratic: 1 MB of spelled addresses took 43 s); they are now held in sorted
spans (``gofer.safety._finding.Held``), and each finder reads 1 MB of text of its own kind in well under 5 s."""

from __future__ import annotations

import random
import time

import pytest

from gofer.safety._finding import Finding, Held
from gofer.safety._link_tokens import bare_tokens, link_values
from gofer.safety.pii import find_link_tokens, find_pii, find_secrets, named_at, redact

_MB = 1_000_000


def _filled(unit: str) -> str:
    return (unit * (_MB // len(unit) + 1))[:_MB]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return not (a[1] <= b[0] or a[0] >= b[1])


def test_held_spans_keep_what_testing_every_earlier_finding_kept() -> None:
    rng = random.Random(26)
    for _ in range(300):
        held_spans = [(a, a + rng.randint(1, 12)) for a in (rng.randint(0, 200) for _ in range(rng.randint(0, 15)))]
        held = Held(held_spans)
        taken_spans = list(held_spans)
        for _batch in range(3):
            # Left-to-right runs, as finders give them (national ids: one run per kind), overlapping each other.
            batch: list[Finding] = []
            for _run in range(rng.randint(1, 3)):
                starts = sorted(rng.randint(0, 200) for _ in range(rng.randint(0, 12)))
                batch += [Finding(a, a + rng.randint(1, 12), "x", "") for a in starts]
            outside = [f for f in batch if all(not _overlaps((f.start, f.end), s) for s in taken_spans)]
            assert held.outside(batch) == outside
            expected: list[Finding] = []
            for f in batch:
                if all(not _overlaps((f.start, f.end), s) for s in taken_spans):
                    expected.append(f)
                    taken_spans.append((f.start, f.end))
            assert held.take(batch) == expected


def test_findings_of_each_kind_next_to_each_other_are_all_found() -> None:
    text = ("mail jane.roe@example.org, card 4111 1111 1111 1111, iban GB82 WEST 1234 5698 7654 32, "
            "ssn 078-05-1120, call +1 415 555 0100, or jroe42 at example dot com. ") * 300
    found = find_pii(text)
    assert sorted({f.kind for f in found}) == ["card", "email", "iban", "national_id", "phone"]
    assert len(found) == 6 * 300
    assert "[redacted:" in redact(text, found) and "4111" not in redact(text, found)


_HOSTILE = {
    "spelled addresses": _filled("jane dot roe at example dot org "),
    "bracketed addresses": _filled("jane [at] example [dot] org "),
    "names at a domain": _filled("Will at example.org "),
    "plain at and dot": _filled("a at b dot c at d dot "),
    "emails": _filled("jane.roe@example.org "),
    "emails without spaces": _filled("a@b.co"),
    "phones": _filled("+1 415 555 0100 "),
    "phones run together": _filled("415-555-0100-"),
    "cards": _filled("4111 1111 1111 1111 "),
    "a digit run": _filled("1"),
    "spaced digits": _filled("1 "),
    "ibans": _filled("GB82 WEST 1234 5698 7654 32 "),
    "national ids": _filled("SSN 078-05-1120 "),
    "keys": _filled("sk-proj-Q7zX9aBcDeFgHiJkLmNoPqRsTu "),
    "tokens in links": _filled("https://x.example/s/9fK2mQx7LpR4vZ8wQzT3/ "),
    "passwords": _filled("password=hunter2xyz "),
    "one long word": _filled("x"),
    "one long mixed word": "".join(random.Random(1).choice("aB3") for _ in range(_MB)),
    "repeated separators": _filled("a - - - - . . . . @ @ "),
    "addresses outside ASCII": _filled("请联系张三@例子.公司谢谢"),
    "zero-width letters": _filled("a\u200b"),
}


@pytest.mark.slow  # timed (CPU time, so that a loaded machine counts less; 1 MB of spelled addresses took 43 s)
@pytest.mark.parametrize("kind", sorted(_HOSTILE))
def test_each_finder_reads_a_megabyte_of_its_own_kind_in_bounded_time(kind: str) -> None:
    text = _HOSTILE[kind]
    for finder in (find_pii, find_secrets, find_link_tokens, named_at, bare_tokens, link_values):
        started = time.process_time()
        finder(text)
        assert time.process_time() - started < 5, f"{finder.__name__} on {kind}"


def test_keys_one_after_another_are_each_found_and_a_key_in_groups_still_joins() -> None:
    keys = ["sk-proj-Q7zX9aBcDeFgHiJkLmNoPqRsTu", "ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z"]
    found = find_secrets(" ".join(keys * 50))
    assert {f.value for f in found} == set(keys) and len(found) == 100
    assert [f.value for f in find_secrets("the key: sk-proj-Q7zX9aBc DeFgHiJk LmNoPqRs thanks")] == [
        "sk-proj-Q7zX9aBcDeFgHiJkLmNoPqRs"]
