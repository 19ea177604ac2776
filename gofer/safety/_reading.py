"""Text as a person reads it, for the secret and personal-data finders: invisible characters dropped, full-width,
mathematical, circled and other compatibility forms and non-ASCII digits read as ASCII, and, inside a word that
also has ASCII letters or digits, Cyrillic, Greek, Armenian, Cherokee and Lisu letters that look like Latin letters or
digits read as those (Cyrillic ``б`` as ``6``, ``З`` as ``3``); in a word of digits, letters that look like digits
read as digits (``4O4``, ``ббб``).
Each character of the reading keeps the index of the character it came from, so a finding maps back."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["reading"]

_INVISIBLE = frozenset(
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\ufeff")

# Letters that render like digits (after Unicode's confusables list).
_DIGIT_SHAPES = dict(zip("\u0431\u0417\u0437\u01b7\u021c\u01a7\u01bc\u13ce", "63332254", strict=True))
# In a word of digits, also the letters that render like 0 and 1.
_AS_DIGITS = str.maketrans({
    **_DIGIT_SHAPES,
    **dict(zip("\u041e\u043e\u039f\u03bf\u0555\u0585\ua4f3\u0406\u0456\u0399\u04c0\ua4f2", "000000011111",
               strict=True)),
})
_DIGIT_WORD = re.compile(r"[0-9\-.()+/" + "".join(chr(c) for c in _AS_DIGITS) + "]+")

# Letters that render like Latin ones (after Unicode's confusables list, letters a reader cannot tell apart).
_LOOKALIKES = str.maketrans({
    **dict(zip("\u0430\u0435\u0456\u0458\u043a\u043e\u0440\u0441\u0443\u0445\u0455\u04bb\u0501\u051b\u051d\u04cf\u04af\u0475",
               "aeijkopcyxshdqwlyv", strict=True)),  # Cyrillic lower case
    **dict(zip("\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0423\u0425\u0406\u0408\u0405\u04ae\u051a\u051c\u04c0",
               "ABEKMHOPCTYXIJSYQWI", strict=True)),  # Cyrillic upper case
    **dict(zip("\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7"
               "\u03b1\u03b9\u03ba\u03bd\u03bf\u03c1\u03c5\u03f2\u03f3\u03f9\u037f",
               "ABEZHIKMNOPTYXaikvopucjCJ", strict=True)),  # Greek
    **dict(zip("\u0585\u057d\u0570\u0578\u0555", "ouhnO", strict=True)),  # Armenian
    **dict(zip("\u0131\u0237\u0251\u0261", "ijag", strict=True)),  # Latin letters of another shape
    **dict(zip("\u13aa\u13f4\u13df\u13ac\u13c0\u13bb\u13ab\u13e6\u13de\u13b7\u13e2\u13da\u13a2\u13d9\u13d4\u13c3\u13cf\u13a0",
               "ABCEGHJKLMPSTVWZbD", strict=True)),  # Cherokee
    **dict(zip("\ua4d0\ua4d1\ua4d2\ua4d3\ua4d4\ua4d6\ua4d7\ua4d9\ua4da\ua4dc\ua4dd\ua4df\ua4e0\ua4e1\ua4e2\ua4e3"
               "\ua4e6\ua4e7\ua4ea\ua4eb\ua4ec\ua4ee\ua4f0\ua4f2\ua4f3\ua4f4",
               "BPdDTGKJCZFMNLSRVHWXYAEIOU", strict=True)),  # Lisu
    **_DIGIT_SHAPES,
})
_LOOKALIKE = re.compile("[" + "".join(chr(c) for c in _LOOKALIKES) + "]")
_WORD = re.compile(r"\S+")
_ASCII_WORD_PART = re.compile(r"[A-Za-z0-9@]")


class _Fold(dict[int, "int | None"]):
    """``str.translate`` table filled on first use: each code point's ASCII reading, None to drop it."""

    def __missing__(self, point: int) -> int | None:
        ch = chr(point)
        value: int | None = point
        if ch in _INVISIBLE:
            value = None
        elif point >= 0x80:
            compat = unicodedata.normalize("NFKC", ch)
            digit = unicodedata.decimal(ch, None)
            if len(compat) == 1 and "!" <= compat <= "~":
                value = ord(compat)
            elif digit is not None:
                value = ord(str(digit))
        self[point] = value
        return value


_FOLD = _Fold()


def _lookalikes_read(m: re.Match[str]) -> str:
    word = m.group(0)
    if _DIGIT_WORD.fullmatch(word) and (len(word) >= 3 or any(ch.isascii() and ch.isdigit() for ch in word)):
        return word.translate(_AS_DIGITS)
    return word.translate(_LOOKALIKES) if _ASCII_WORD_PART.search(word) else word


def reading(text: str) -> tuple[str, list[int]] | None:
    """The text as it reads and, per character of it, the index in ``text`` it came from; None when the text
    already reads as it is written (all ASCII, the common case, costs one scan)."""
    if text.isascii():
        return None
    read = text.translate(_FOLD)
    if _LOOKALIKE.search(read):
        read = _WORD.sub(_lookalikes_read, read)
    if read == text:
        return None
    if len(read) == len(text):
        return read, list(range(len(text)))
    return read, [i for i, ch in enumerate(text) if _FOLD[ord(ch)] is not None]
