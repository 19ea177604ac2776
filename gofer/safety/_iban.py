"""IBANs as people write them: in upper or lower case, grouped by four, spaced out or joined with dashes or dots,
checked by their country's length, the mod-97 check digits and a mostly numeric account part."""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["ibans"]

_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
    "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20,
    "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25,
    "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "SO": 23, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}
# A country code and check digits, then letters and digits each after at most one separator; bounded, so linear.
_CANDIDATE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z][ .-]?[A-Za-z][ .-]?\d[ .-]?\d(?:\s?[A-Za-z0-9]|[ .-][A-Za-z0-9]){10,32}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


def _checksum_ok(compact: str) -> bool:
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def ibans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each IBAN in the text. One that runs on into more letters or digits without a separator
    is part of a longer code (a hash, an id) and is left."""
    pos = 0
    while (m := _CANDIDATE.search(text, pos)) is not None:
        pos = m.start() + 1  # a candidate that fails may have run over the start of a real one
        if _UUID.match(text, m.start()):
            continue
        where = [m.start() + i for i, ch in enumerate(m.group(0)) if ch.isalnum()]
        compact = "".join(text[i] for i in where).upper()
        length = _LENGTHS.get(compact[:2])
        if length is None or len(compact) < length:
            continue
        end = where[length - 1] + 1
        if end < len(text) and text[end].isalnum():
            continue
        iban = compact[:length]
        if sum(c.isdigit() for c in iban[4:]) * 2 >= length - 4 and _checksum_ok(iban):
            yield m.start(), end
            pos = end
