"""A text's vocabulary for the injection detector: which trigger words occur in it, answered without a search of
the whole text per word."""

from __future__ import annotations

import bisect
import re

_LETTERS = re.compile(r"[a-z]+")
_SHORT = 2000


class Vocabulary:
    """Answers ``word in vocabulary``: whether a run of letters occurs in the text (at the start of one of its
    words, or anywhere inside one for the few words in ``inside``; anything else is looked for in the text).
    Long texts keep their sorted distinct words (a binary search per question); short ones are searched
    directly."""

    def __init__(self, text: str, inside: frozenset[str] = frozenset()) -> None:
        self._text = text
        self._inside = inside
        self._words: list[str] | None = None
        self._joined: str | None = None
        self._ascii = text.isascii()
        if len(text) > _SHORT:
            self._words = sorted(set(_LETTERS.findall(text)))

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if self._ascii and not word.isascii():
            return False  # a word of another script (or with accents) cannot occur in an ASCII text
        words = self._words
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
