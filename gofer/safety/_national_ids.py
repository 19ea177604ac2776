"""National identity and tax numbers, each validated by its check digits (and, where the bare digits would be
mistaken for other numbers, by a word naming it close before): US SSN and ITIN, UK NI number, Spanish DNI and NIE,
French NIR, Italian codice fiscale, Brazilian CPF, Chinese resident identity number, Indian Aadhaar and PAN,
Canadian SIN, Dutch BSN and German tax ID."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

__all__ = ["luhn_ok", "national_ids"]

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _dni_ok(value: str) -> bool:
    v = re.sub(r"[\s-]", "", value.upper())
    digits = v[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return digits.isdigit() and _DNI_LETTERS[int(digits) % 23] == v[-1]


def _nir_ok(value: str) -> bool:
    v = re.sub(r"\s", "", value.upper())
    body, key = v[:13], v[13:]
    body = body.replace("2A", "19").replace("2B", "18")
    return body.isdigit() and key.isdigit() and 97 - int(body) % 97 == int(key)


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def _cf_ok(value: str) -> bool:
    v = value.upper()
    total = 0
    for i, ch in enumerate(v[:15]):
        if i % 2 == 0:
            total += _CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - ord("A")
    return chr(ord("A") + total % 26) == v[15]


def _cpf_ok(value: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", value)]
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        check = sum(d[i] * (n + 1 - i) for i in range(n)) * 10 % 11 % 10
        if check != d[n]:
            return False
    return True


def _cn_id_ok(value: str) -> bool:
    v = value.upper()
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(c) * w for c, w in zip(v[:17], weights, strict=True)) % 11]
    if check != v[17]:
        return False
    try:
        born = date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return 1900 <= born.year <= date.today().year


# Verhoeff's dihedral-group tables (Aadhaar's check digit).
_V_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_V_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def _verhoeff_ok(value: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(re.sub(r"\D", "", value))):
        c = _V_D[c][_V_P[i % 8][int(ch)]]
    return c == 0


def luhn_ok(digits: str) -> bool:
    """True when the digits of a string pass the Luhn checksum (payment cards and Canadian SINs do); anything
    that is not a digit is skipped."""
    total = 0
    for i, ch in enumerate(reversed(re.sub(r"\D", "", digits))):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _bsn_ok(value: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", value)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]) % 11 == 0


def _steuer_id_ok(value: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", value)]
    if len(d) != 11 or d[0] == 0:
        return False
    counts = sorted((d[:10].count(x) for x in set(d[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False  # one digit twice or three times, the others once
    product = 10
    for x in d[:10]:
        total = (x + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10 == d[10]


def _always(value: str) -> bool:
    return True


# (pattern, validator, words one of which must come within 40 characters before it or None, and strings one of
# which those words hold in lower case: an ASCII text without any of them is not searched for that kind)
_IDS: list[tuple[re.Pattern[str], Callable[[str], bool], re.Pattern[str] | None, tuple[str, ...]]] = [
    (re.compile(r"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b"), _always, None, ()),  # US SSN
    (re.compile(r"\b9\d{2}-(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])-\d{4}\b"), _always, None, ()),  # US ITIN
    (re.compile(r"\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b"), _always, None, ()),  # UK NI number
    (re.compile(r"\b\d{8}-?[A-HJ-NP-TV-Z]\b"), _dni_ok, None, ()),  # Spanish DNI
    (re.compile(r"\b[XYZ]-?\d{7}-?[A-HJ-NP-TV-Z]\b"), _dni_ok, None, ()),  # Spanish NIE
    (re.compile(r"\b[12]\s?\d{2}\s?(?:0[1-9]|1[0-2]|[2-9]\d)\s?(?:\d{2}|2[AB])\s?\d{3}\s?\d{3}\s?\d{2}\b"), _nir_ok,
     None, ()),  # French NIR (social security number)
    (re.compile(r"\b[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]\b"), _cf_ok, None, ()),  # Italian codice fiscale
    (re.compile(r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b"), _cpf_ok, None, ()),  # Brazilian CPF, written out
    (re.compile(r"\b\d{11}\b"), _cpf_ok, re.compile(r"(?i)\bcpf\b"), ("cpf",)),
    (re.compile(r"\b\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])\d{5}[\dXx]\b"), _cn_id_ok, None, ()),  # Chinese resident ID
    (re.compile(r"\b[2-9]\d{3} \d{4} \d{4}\b"), _verhoeff_ok, None, ()),  # Aadhaar, as printed
    (re.compile(r"\b[2-9]\d{11}\b"), _verhoeff_ok, re.compile(r"(?i)\b(?:aadhaa?r|uidai|uid)\b"), ("aadha", "uid")),
    (re.compile(r"\b[A-Z]{3}[PCHABGJLFTE][A-Z]\d{4}[A-Z]\b"), _always,
     re.compile(r"(?i)\b(?:pan|permanent account)\b"), ("pan", "permanent account")),  # Indian PAN
    (re.compile(r"\b\d{3}[ -]?\d{3}[ -]?\d{3}\b"), luhn_ok,
     re.compile(r"\b(?:SIN|NAS)\b|(?i:social insurance|assurance sociale)"),
     ("sin", "nas", "social insurance", "assurance sociale")),  # Canadian SIN ("sin" is Spanish too)
    (re.compile(r"\b\d{9}\b|\b\d{4}\.\d{2}\.\d{3}\b"), _bsn_ok, re.compile(r"(?i)\b(?:bsn|burgerservicenummer|sofi)"),
     ("bsn", "burgerservicenummer", "sofi")),
    (re.compile(r"\b\d{2} ?\d{3} ?\d{3} ?\d{3}\b"), _steuer_id_ok,
     re.compile(r"(?i)steuer-?id|steuerliche identifikationsnummer|identifikationsnummer|\bidnr\b|\btin\b"),
     ("steuer", "identifikationsnummer", "idnr", "tin")),
]


# Each kind's pattern without the assertions it starts with: the regex engine skips ahead to a digit or a capital
# letter at once, where before ``\b`` it tries every place. Every match of a kind is one of these where it starts.
_STARTS = [re.compile(rx.pattern.removeprefix(r"\b").removeprefix(r"(?!000|666|9\d\d)")) for rx, *_ in _IDS]


def national_ids(text: str) -> Iterator[tuple[int, int]]:
    """Where national identity and tax numbers are in the text (start, end), left to right per kind."""
    lower = text.lower() if text.isascii() else None  # outside ASCII, case folds further (ſ, K): no shortcut
    for (rx, valid, context, hints), starts in zip(_IDS, _STARTS, strict=True):
        if context is not None and lower is not None and not any(hint in lower for hint in hints):
            continue
        first = starts.search(text)
        if first is None:
            continue
        for m in rx.finditer(text, first.start()):
            if context is not None and not context.search(text, max(0, m.start() - 40), m.start()):
                continue
            if valid(m.group(0)):
                yield m.start(), m.end()
