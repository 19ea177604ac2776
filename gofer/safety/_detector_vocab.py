"""A text's vocabulary for the injection detector: which trigger words occur in it, answered without a search of
the whole text per word."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

_LETTERS = re.compile(r"[a-z]+")
_SHORT = 2000
_Trie = dict[str, "_Trie"]


class TriggerIndex:
    """The detector's known trigger words compiled into one regex shaped like a trie, so that a short text is read
    once to learn which of them it contains (each starting position yields the longest known word there; the words
    that are its prefixes occur there too)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(w for w in words if w)
        self._regex = re.compile("(?=(" + _trie_pattern(self.words) + "))")
        self._prefixes = {w: tuple(p for p in self.words if w.startswith(p)) for w in self.words}

    def present(self, text: str) -> set[str]:
        """The known words that occur anywhere in ``text``."""
        found: set[str] = set()
        seen: set[str] = set()
        for m in self._regex.finditer(text):
            longest = m.group(1)
            if longest not in seen:
                seen.add(longest)
                found.update(self._prefixes[longest])
        return found


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching the longest of ``words`` that starts at a position (alternatives branch by character)."""
    trie: _Trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        alternatives = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


class Vocabulary:
    """Answers ``word in vocabulary``: whether a run of letters occurs in the text (at the start of one of its
    words, or anywhere inside one for the few words in ``inside``; anything else is looked for in the text).
    Long texts keep their sorted distinct words (a binary search per question); short ones are searched
    directly, or read once with ``index`` for the words it knows."""

    def __init__(self, text: str, inside: frozenset[str] = frozenset(), index: TriggerIndex | None = None) -> None:
        self._text = text
        self._inside = inside
        self._words: list[str] | None = None
        self._joined: str | None = None
        self._ascii = text.isascii()
        self._index = index
        self._present: set[str] | None = None
        if len(text) > _SHORT:
            self._words = sorted(set(_LETTERS.findall(text)))

    def known_present(self) -> set[str] | None:
        """For a short text read with an index: the index's words that occur in it (what ``in`` answers for them);
        ``None`` otherwise."""
        if self._words is not None or self._index is None:
            return None
        if self._present is None:
            self._present = self._index.present(self._text)
        return self._present

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        words = self._words
        if words is None and self._index is not None and word in self._index.words:
            # (For a short text the answer is "occurs anywhere", which the index gives for all its words at once.)
            if self._present is None:
                self._present = self._index.present(self._text)
            return word in self._present
        if self._ascii and not word.isascii():
            return False  # a word of another script (or with accents) cannot occur in an ASCII text
        if words is None:
            return word in self._text
        i = bisect.bisect_left(words, word)
        if i < len(words) and words[i].startswith(word):
            return True
        if not word.isalpha() or not word.isascii():
            # Words of other scripts are not among the sorted words (runs of a-z): search the text.
            return word in self._text
        if word in self._inside:
            if self._joined is None:
                self._joined = " ".join(words)
            return word in self._joined
        return False
