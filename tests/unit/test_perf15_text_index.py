"""The workspace text's index (gofer.safety.checks._text_index) gives the answers a plain ``value in text`` gives, for
random texts and values (small alphabets, so grams repeat and hash buckets fill) and for real texts (this
repository's source and docs), and takes at most about twice the text's size."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from gofer.events import ActionProposed, ModelResponded, Observation, UserMessage
from gofer.safety.checks._flow_log import ID_TOKEN, FlowLog, id_like
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
        adds = rng.randrange(1, 30)
        for n in range(adds):
            part = "".join(rng.choice(alphabet) for _ in range(rng.choice([0, 1, 5, 40, 700, 3000])))
            index.add(part)
            parts.append(part)
            if n == adds - 1 or rng.random() < 0.3:
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


def test_the_data_flow_fold_searches_the_texts_a_fresh_join_of_the_log_gives() -> None:
    """FlowLog keeps its texts indexed as events come; each answers as the join of the log's texts it stands for."""
    rng = random.Random(11)
    task = "Compare teak chairs on shop.example"
    log = FlowLog(task, corpus_run=5, workspace_run=8)
    said, workspace, model, web, written, ids = [task], [], [], [], [], set()
    words = ["teak", "chair", "Price", "order-7731ab92cd", "tk_live_5f1e9a0b7c", "https://shop.example/c/1", "ok"]
    for n in range(120):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 40)))
        kind = rng.choice(["read_file", "web_fetch", "step", "user", "action"])
        if kind == "user":
            log.apply(UserMessage(run_id="r", text=text))
            said.append(text)
        elif kind == "step":
            log.apply(ModelResponded(run_id="r", model="m", text=text, purpose="step"))
            model.append(text.lower())
        elif kind == "action":
            log.apply(ActionProposed(run_id="r", action_id=f"a{n}", call_id=f"c{n}", tool="http_request",
                                     arguments={"url": f"https://x.example/{n}", "body": text}))
            written += [f"https://x.example/{n}", text]
        else:
            log.apply(Observation(run_id="r", action_id=f"a{n}", call_id=f"c{n}", tool=kind, text=text,
                                  untrusted=True))
            (web if kind == "web_fetch" else workspace).append(text)
            if kind == "read_file":
                ids |= {t for t in ID_TOKEN.findall(text.lower()) if id_like(t)}
        joined_said = "\n".join(said).lower()
        fresh = {
            "corpus": (log.corpus, "\n".join([joined_said, "\n".join(workspace).lower(), "\n".join(model)])),
            "seen": (log.seen, joined_said + "\n" + "\n".join(web).lower()),
            "web": (log.web, "\n".join(web)),
            "written": (log.written, "\n".join(written)),
            "workspace": (log.workspace, "\n".join(workspace).lower()),
        }
        for name, (searchable, text) in fresh.items():
            assert str(searchable) == text, name
            for value in _values(rng, text or "x", "".join(words)):
                assert (value in searchable) == (value in text), (name, value)
        unsaid = {t for t in ids if t not in joined_said}
        assert set(str(log.workspace_ids).split("\n")) - {""} == unsaid


@pytest.mark.slow  # a timing ratio: run in its own CI step, never among the fast tests
def test_a_lookup_in_a_long_runs_workspace_does_not_read_the_whole_text() -> None:
    """Ids and tokens a page's request or an action would send, looked up in 3.5 MB of files read: through the fold's
    index at least ten times faster than a plain search (about a hundred on an idle machine)."""
    rng = random.Random(2)
    log = FlowLog("", corpus_run=5, workspace_run=8)
    words = ["chair", "garden", "price", "delivery", "teak", "oak", "order", "week"]
    texts = [" ".join(rng.choice(words) for _ in range(600)) for _ in range(20)]
    for n in range(1000):
        text = f"{texts[n % 20]} ref-{n:06d}x"
        log.apply(Observation(run_id="r", action_id=f"a{n}", call_id=f"c{n}", tool="read_file", text=text))
    assert len(log.workspace.text) > 3_500_000
    values = [f"ref-{rng.randrange(10**6):06d}yz" for _ in range(200)] + ["ref-000999x", log.workspace.text[5000:5030]]

    def best(search: Callable[[str], bool]) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            answers = [search(v) for v in values]
            times.append(time.perf_counter() - start)
        assert answers[-2:] == [True, True] and not any(answers[:-2])
        return min(times)

    indexed, plain = best(log.workspace.__contains__), best(log.workspace.text.__contains__)
    assert indexed * 10 < plain, (indexed, plain)
