"""The forms a known secret (a settings value) takes in text, and where its pieces are: encoded (base64, base32,
hex, URL, JSON, ROT13, reversed) and written with separators, case changes or other text between its parts."""

from __future__ import annotations

import base64
import codecs
import functools
import json
import re
from collections.abc import Container, Iterable
from urllib.parse import quote, quote_plus

__all__ = ["MIN_PIECE", "encodings", "looks_random", "pieces", "short_pieces"]

MIN_PIECE = 8
"""Fewest letters and digits of a secret that count as a piece of it when found apart from the rest."""
MIN_SHORT_PIECE = 4
"""Fewest letters and digits of a secret that count as a piece of it when other pieces of it stand near."""
_CHUNK = 6
_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]+")
_TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?")
_NEAR = 200


def encodings(secret: str) -> list[str]:
    """The forms a secret takes when a tool prints it encoded: base64 (standard and URL-safe) and base32, each at
    every alignment it can have inside a longer encoded text, hex, URL-encoded, JSON-escaped, ROT13 and reversed."""
    data = secret.encode()
    forms = [data.hex(), data.hex().upper(), quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1],
             secret[::-1], codecs.encode(secret, "rot13")]
    # With `shift` bytes before the secret, the first characters also encode those bytes, and the last ones the
    # bytes after it: keep only the characters that the secret alone determines.
    for shift in range(3):
        padded = b"\0" * shift + data
        whole = len(padded) // 3 * 4
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            forms.append(encode(padded).decode()[-(-8 * shift // 6):whole])
    for shift in range(5):
        padded = b"\0" * shift + data
        forms.append(base64.b32encode(padded).decode()[-(-8 * shift // 5):len(padded) // 5 * 8])
    out: list[str] = []
    for form in forms:
        if len(form) >= 8 and form != secret and form not in out:
            out.append(form)
    return out


def looks_random(text: str) -> bool:
    """Whether letters and digits read like a key rather than words: two digits or more, or case changing twice
    inside a word."""
    digits = sum(ch.isdigit() for ch in text)
    switches = len(re.findall(r"[a-z][A-Z]|[A-Z][a-z](?=[a-z]*[A-Z])", text))
    return (digits >= 2 and any(ch.isalpha() for ch in text)) or switches >= 2


def pieces(text: str, secrets: Iterable[str]) -> list[tuple[int, int, str]]:
    """Where pieces of the secrets stand in the text, compared on letters and digits only, so that separators or
    line breaks between the characters and other text between the parts do not hide them: (start, end, secret)
    per piece of ``MIN_PIECE`` characters or more that reads like a key (``looks_random``) or is the whole secret.
    A piece in another case than the secret's counts when it is the whole secret or twelve characters or more."""
    grams = _grams(tuple(secrets))
    if not grams:
        return []
    compact = _NOT_ALNUM.sub("", text)
    folded = compact.lower()
    found: dict[tuple[int, int], str] = {}
    # Every piece of MIN_PIECE characters holds a whole _CHUNK-gram starting at a multiple of 3.
    for at in range(0, len(folded) - _CHUNK + 1, 3):
        for secret, plain, offset in grams.get(folded[at:at + _CHUNK], ()):
            start, first = at, offset
            while start > 0 and first > 0 and folded[start - 1] == plain[first - 1]:
                start, first = start - 1, first - 1
            end, last = at + _CHUNK, offset + _CHUNK
            while end < len(folded) and last < len(plain) and folded[end] == plain[last]:
                end, last = end + 1, last + 1
            whole = end - start == len(plain)
            same_case = compact[start:end] == _NOT_ALNUM.sub("", secret)[first:last]
            if end - start >= MIN_PIECE and (whole or same_case or end - start >= 12):
                found.setdefault((start, end), secret)
    if not found:
        return []
    where = [m.start() for m in re.finditer(r"[A-Za-z0-9]", text)]
    out = []
    for (start, end), secret in found.items():
        a, b = where[start], where[end - 1] + 1
        if end - start == len(_NOT_ALNUM.sub("", secret)) or looks_random(text[a:b]):
            out.append((a, b, secret))
    return out


@functools.lru_cache(maxsize=8)
def _grams(secrets: tuple[str, ...]) -> dict[str, list[tuple[str, str, int]]]:
    """Each _CHUNK-gram of the secrets' letters and digits (lower case): the secret, its letters and digits, and
    where the gram starts in them."""
    grams: dict[str, list[tuple[str, str, int]]] = {}
    for secret in secrets:
        plain = _NOT_ALNUM.sub("", secret).lower()
        if len(plain) >= MIN_PIECE:
            for offset in range(len(plain) - _CHUNK + 1):
                grams.setdefault(plain[offset:offset + _CHUNK], []).append((secret, plain, offset))
    return grams


def short_pieces(text: str, secrets: Iterable[str]) -> list[tuple[int, int, str]]:
    """Where pieces of the secrets shorter than ``MIN_PIECE`` stand in the text, with other words between them
    ("first part: db-pass, second part: 9921-Z"): (start, end, secret) per word, or part of a word between ``-``,
    ``_`` and ``.``, whose letters and digits are, in the same case, a piece of a secret. A piece that is not a plain
    word (it mixes letters and digits or cases; or, from four characters, has six or more) is distinctive; from two
    characters, distinctive pieces of one secret within 200 characters of each other count when together they
    cover eight characters of it or more, in any order. One counts alone when it reads like a key: six characters
    that do (``looks_random``), five that mix letters and digits or change case inside (``kW3xR``, ``kWxRq``), or
    four such that are where one looks, the secret's start (also after a prefix of words such as ``sk-proj-``) or
    its end. A piece that reads like a word (three to five letters in one case, or three digits or more: "pass",
    "9921") never counts alone or with other such words; it joins a group when it is the part of the secret right
    before or after a piece of the group ("pass, 9921, Zq7kW"). Encoded forms of a secret (listed after it) are
    left to ``pieces``: their short pieces (years, hex digits) are too common.

    Pieces of letters in one case (``kx``, ``rqm``) count when, in the order they stand, each is the part of the
    secret right after the one before, together eight characters or more in three pieces or more, or in two when
    one has no vowel (``kx, rq, mz, pw``; "pass word" is two words). A piece of four or five such letters with no
    vowel (``kxrqm``, ``nvtc``) is distinctive, and four from anywhere in the secret count alone when they mix
    upper and lower case and digits (``9mZp``), or, standing alone as a word, letters of one case without a vowel
    on both sides of a digit or between two digits (``mz3k``, ``k3qm``, ``7kq2``; see ``_two_kind_four``)."""
    plains = _originals(tuple(secrets))
    if not plains:
        return []
    index = _short_index(tuple(secrets))
    hits: dict[str, list[_Hit]] = {}
    for start, end, piece in _words(text, index):
        places = index[piece]
        strong = _distinctive(piece) if len(piece) >= MIN_SHORT_PIECE else _mixed(piece)
        if len(piece) < _MIN_WEAK_PIECE and not strong and not _one_case_letters(piece):
            continue
        for secret, at in places:
            found = hits.setdefault(secret, [])
            if not (strong and found and found[-1][:2] == (start, end)):  # a distinctive piece: its first place
                found.append((start, end, at, at + len(piece), strong))
    edges = {secret: found for secret, _, found in plains}
    out: list[tuple[int, int, str]] = []
    for secret, found in hits.items():
        group: list[_Hit] = []
        for hit in [*found, (len(text) + _NEAR + 1, 0, 0, 0, False)]:
            if group and hit[0] - group[-1][1] > _NEAR:
                out += [(start, end, secret) for start, end in _counted(text, group, edges[secret])]
                group = []
            group.append(hit)
    return sorted(set(out))


def _words(text: str, pieces: Container[str]) -> Iterable[tuple[int, int, str]]:
    """The words of a text that are among ``pieces``, with their letters and digits: each token of letters,
    digits, ``_``, ``.`` and ``-`` shorter than ``MIN_PIECE``, and each part of a token between those marks
    (``sk-proj-Q7zX`` gives ``Q7zX``)."""
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        if token.isalnum():  # a token is ASCII: [A-Za-z0-9] only, no parts (most words)
            if len(token) < MIN_PIECE and token in pieces:
                yield m.start(), m.end(), token
            continue
        piece = _NOT_ALNUM.sub("", token)
        if 2 <= len(piece) < MIN_PIECE and piece in pieces:
            yield m.start(), m.end(), piece
        for part in _ALNUM_RUN.finditer(text, m.start(), m.end()):
            if 2 <= len(part.group(0)) < MIN_PIECE and part.group(0) != piece and part.group(0) in pieces:
                yield part.start(), part.end(), part.group(0)


_Hit = tuple[int, int, int, int, bool]
"""A piece of a secret in a text: where it stands (start, end), where it is in the secret's letters and digits,
and whether it is distinctive (not a plain word or number)."""
_MIN_WEAK_PIECE = 3
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")
_WORD_PREFIX = re.compile(r"(?:[A-Za-z]{1,8}[-_])+")


def _counted(text: str, group: list[_Hit], edges: frozenset[int]) -> list[tuple[int, int]]:
    """The pieces of one secret near each other that count (see ``short_pieces``): the distinctive ones, with the
    plain words next to them in the secret, when together they are eight characters or more, else the
    distinctive ones that read like a key alone (``edges``: where the secret's key-like part starts and ends)."""
    kept = [hit for hit in group if hit[4]]
    chained = _chain(text, group)
    if not kept:
        return sorted({(start, end) for start, end, _, _, _ in chained})
    # Words join only a piece of four or more that reads like a key: "summer" is no reason to take the "2024"
    # after it, nor "Zq" to take the "9921" before it.
    anchors = [hit for hit in kept if hit[3] - hit[2] >= MIN_SHORT_PIECE]
    weak = [hit for hit in group if not hit[4]] if any(_mixed(text[k[0]:k[1]]) for k in anchors) else []
    grown = True
    while grown:
        grown = False
        for hit in list(weak):
            if any(hit[3] == k[2] or hit[2] == k[3] for k in anchors):
                kept.append(hit)
                anchors.append(hit)
                weak.remove(hit)
                grown = True
    if _covered(kept) >= MIN_PIECE and len({(a, b) for _, _, a, b, _ in kept}) >= 2:
        return sorted({(start, end) for start, end, _, _, _ in kept + chained})
    return sorted({(start, end) for start, end, a, b, strong in kept
                   if strong and (_key_alone(text[start:end], b - a, a in edges or b in edges)
                                  or (_alone(text, start, end) and _two_kind_four(text[start:end])))}
                  | {(start, end) for start, end, _, _, _ in chained})


def _chain(text: str, group: list[_Hit]) -> list[_Hit]:
    """The longest run of one-case pieces of letters that, in the order they stand, each continue the secret where
    the one before ended, when it covers eight characters or more in three pieces or more (or two, one of them
    without a vowel); else none. One pass: the best run ending at each place in the secret."""
    runs: dict[int, list[_Hit]] = {}
    best: list[_Hit] = []
    for hit in group:
        start, end, a, b, _ = hit
        if not _one_case_letters(text[start:end]):
            continue
        before = runs.get(a, [])
        run = [*(before if before and before[-1][0] < start else []), hit]
        if len(run) > len(runs.get(b, [])):
            runs[b] = run
        if _covered(run) > _covered(best):
            best = run
    if _covered(best) >= MIN_PIECE and (len(best) >= 3 or any(
            not _VOWEL.search(text[s:e]) for s, e, _, _, _ in best)):
        return best
    return []


def _key_alone(word: str, length: int, at_edge: bool) -> bool:
    """A piece that reads like a key by itself: six characters that do (``looks_random``), five that mix letters
    and digits or change case inside a word, or four such at the start or end of the secret's key-like part."""
    if length >= 6:
        return looks_random(word)
    plain = _NOT_ALNUM.sub("", word)
    keylike = (any(c.isdigit() for c in plain) and any(c.isalpha() for c in plain)) or bool(
        re.search(r"[a-z][A-Z]", plain)) or _unvoiced(plain)
    if length == MIN_SHORT_PIECE and not at_edge:  # from the middle: upper, lower and digits (9mZp)
        return any(c.isdigit() for c in plain) and plain.lower() != plain != plain.upper()
    return keylike and (length == 5 or (length == MIN_SHORT_PIECE and at_edge))


# Letters and digits of one case, four of them, letters on both sides of the digits or digits on both sides of the
# letters, the letters without a vowel (mz3k, k3qm, 7kq2); not a plural of a code (mp3s).
_TWO_KIND_FOUR = re.compile(r"(?i)(?![a-z0-9]*[aeiou])(?:[a-z]{2}\d[a-z]|[a-z]\d[a-z]{2}|\d[a-z]{2}\d)(?<!\ds)")


def _two_kind_four(word: str) -> bool:
    """A piece of four from the middle of a secret that reads like a key standing alone: one case, letters and
    digits mixed so that no code, version or unit reads so (``mz3k``; not ``v2x4``, ``h264``, ``mp3s``, ``64gb``,
    ``l10n`` or ``3in1``)."""
    return word in (word.lower(), word.upper()) and _TWO_KIND_FOUR.fullmatch(word) is not None


def _alone(text: str, start: int, end: int) -> bool:
    """Whether a piece is a word by itself, not part of a longer token (``sk-proj-Q7zX``, an id's group)."""
    before = text[start - 1:start]
    after = text[end:end + 2]
    return not re.match(r"[A-Za-z0-9_.-]", before) and not re.match(r"[A-Za-z0-9_-]|\.[A-Za-z0-9]", after)


def _distinctive(piece: str) -> bool:
    return _mixed(piece) or (len(piece) >= 6 and any(ch.isalpha() for ch in piece)) or (
        len(piece) >= MIN_SHORT_PIECE and _unvoiced(piece))


_VOWEL = re.compile(r"[aeiouyAEIOUY]")


def _one_case_letters(piece: str) -> bool:
    """Two to five letters, all lower or all upper case."""
    return 2 <= len(piece) <= 5 and piece.isascii() and piece.isalpha() and piece in (piece.lower(), piece.upper())


def _unvoiced(piece: str) -> bool:
    """Letters in one case with no vowel (``y`` counts as one): not a word (``kxrqm``; ``sync`` is)."""
    return _one_case_letters(piece) and not _VOWEL.search(piece)


def _mixed(piece: str) -> bool:
    """Letters and digits, or upper and lower case letters."""
    has_digit = any(ch.isdigit() for ch in piece)
    has_letter = any(ch.isalpha() for ch in piece)
    return (has_digit and has_letter) or (piece != piece.lower() and piece != piece.upper())


def _covered(group: list[_Hit]) -> int:
    """How many characters of the secret the pieces cover."""
    return len({i for _, _, a, b, _ in group for i in range(a, b)})


@functools.lru_cache(maxsize=8)
def _short_index(secrets: tuple[str, ...]) -> dict[str, list[tuple[str, int]]]:
    """Each run of two to seven letters and digits of the secrets (``_originals``): the secrets it is in and
    where, in order."""
    index: dict[str, list[tuple[str, int]]] = {}
    for secret, plain, _ in _originals(secrets):
        for size in range(2, MIN_PIECE):
            for at in range(len(plain) - size + 1):
                index.setdefault(plain[at:at + size], []).append((secret, at))
    return index


@functools.lru_cache(maxsize=8)
def _originals(secrets: tuple[str, ...]) -> list[tuple[str, str, frozenset[int]]]:
    """Each secret that is not an encoded form of one listed before it, with its letters and digits and where
    its key-like part starts and ends in them (after a prefix of words such as ``sk-proj-`` or ``ghp_``)."""
    seen: set[str] = set()
    out: list[tuple[str, str, frozenset[int]]] = []
    for secret in secrets:
        plain = _NOT_ALNUM.sub("", secret)
        if secret not in seen and len(plain) >= MIN_PIECE:
            prefix = _WORD_PREFIX.match(secret)
            start = len(_NOT_ALNUM.sub("", prefix.group(0))) if prefix else 0
            out.append((secret, plain, frozenset({0, start, len(plain)})))
        seen.update(encodings(secret))
    return out
