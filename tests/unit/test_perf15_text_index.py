"""The workspace text's index (gofer.safety.checks._text_index) gives the answers a plain ``value in text`` gives, for
random texts and values (small alphabets, so grams repeat and hash buckets fill) and for real texts (this
repository's source and docs), and takes at most about twice the text's size."""

from __future__ import annotations

import random
from pathlib import Path

from gofer.safety.checks._text_index import GRAM, STEP, TextIndex, TextUnion

ROOT = Path(__file__).resolve().parents[2]


def _values(rng: random.Random, text: str, alphabet: str) -> list[str]:
    """Values to look up: slices of the text (present, some across lines), slices changed in one place (mostly
    absent), random strings, and every length around the index's threshold."""
    out = []
    for _ in range(60):
        length = rng.choice([1, 3, GRAM, GRAM + STEP - 2, GRAM + STEP - 1, GRAM + STEP, 12, 16, 24, 40, 90])
        start = rng.randrange(max(1, len(text) - length + 1))
        piece = text[start:start + length]
        out.append(piece)
        if piece:
            k = rng.randrange(len(piece))
            out.append(piece[:k] + rng.choice(alphabet) + piece[k + 1:])
            out.append(piece[:k] + piece[k + 1:])
        out.append("".join(rng.choice(alphabet) for _ in range(length)))
    return [*out, "", "\n", text[-GRAM - STEP:], text[:GRAM + STEP]]


def _check(index: TextIndex, parts: list[str], values: list[str]) -> None:
    assert index.text == "\n".join(parts)
    for value in values:
        assert (value in index) == (value in index.text), repr(value)


def test_the_index_answers_as_a_plain_search_over_random_texts() -> None:
    rng = random.Random(15)
    for case in range(40):
        alphabet = rng.choice(["ab", "abc\n", "abcdefgh -", "abcdefghijklmnopqrstuvwxyz0123456789 \n_-"])
        index, parts = TextIndex(), []
        for _ in range(rng.randrange(1, 30)):
            part = "".join(rng.choice(alphabet) for _ in range(rng.choice([0, 1, 5, 40, 700, 3000])))
            index.add(part)
            parts.append(part)
            _check(index, parts, _values(rng, index.text, alphabet))
        assert case is not None


def test_the_index_answers_as_a_plain_search_over_real_texts() -> None:
    rng = random.Random(7)
    files = sorted([*ROOT.glob("gofer/**/*.py"), *ROOT.glob("docs/*.md")])
    assert len(files) > 50
    index, parts = TextIndex(), []
    for path in rng.sample(files, 60):
        part = path.read_text(encoding="utf-8").lower()
        index.add(part)
        parts.append(part)
    _check(index, parts, _values(rng, index.text, "abcdefghijklmnopqrstuvwxyz0123456789_- ()\n"))
    words = index.text.split()
    for _ in range(500):  # runs of words, and names with a suffix no file has
        run = " ".join(words[(i := rng.randrange(len(words) - 8)):i + rng.randrange(1, 8)])
        for value in (run, f"{run}_zz9", f"x{run}"):
            assert (value in index) == (value in index.text), repr(value)


def test_grams_found_all_over_the_text_fall_back_to_a_plain_search() -> None:
    index = TextIndex()
    for _ in range(50):
        index.add("0" * 2000)
    assert ("0" * 40) in index
    assert ("0" * 40 + "1") not in index
    assert ("0" * 1999 + "\n" + "0" * 30) in index


def test_the_index_takes_at_most_twice_the_texts_size() -> None:
    rng = random.Random(3)
    index = TextIndex()
    for _ in range(400):
        index.add(" ".join(rng.choice(["chair", "teak", "price", "x1", "order"]) for _ in range(800)))
    assert len(index.text) > 1_500_000
    assert index.index_bytes <= 2 * len(index.text)


def test_a_union_answers_as_a_search_of_its_texts_joined() -> None:
    rng = random.Random(5)
    index = TextIndex()
    for _ in range(5):
        index.add("".join(rng.choice("abc de\n") for _ in range(500)))
    for texts in (("said it", index, "model words"), ("", index, ""), (index,), ()):
        union, joined = TextUnion(*texts), "\n".join(str(t) for t in texts)
        for value in [*_values(rng, joined or "x", "abc de\n"), "it\n", "words", "said it\nab"]:
            assert (value in union) == (value in joined), repr(value)
