"""Parts of links that read like a credential: path segments in any text (``gofer.safety.pii.find_link_tokens``,
for the output filter), and, looser, the tokens of links a run read from its workspace (``link_values``) and the
random tokens standing alone there (``bare_tokens``)."""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterator
from urllib.parse import unquote

from gofer.safety._finding import Finding
from gofer.safety._secret_patterns import PLACEHOLDER, URL

__all__ = ["bare_tokens", "find_link_tokens", "link_values"]

_SEGMENT = re.compile(r"[^/;?#]+")
_TOKEN_SEGMENT = re.compile(r"[A-Za-z0-9_-]{16,128}")
_SLUG_WORD = re.compile(r"(?:^|[-_])[a-z]{2,}(?=[-_]|$)")
_LOOSE_SEGMENT = re.compile(r"[A-Za-z0-9_-]{8,128}")
_HEX = re.compile(r"[0-9a-fA-F_-]+")
# A segment naming what the next one is: a share, an invitation, a download, a key (``/s/TOKEN``, ``/invite/TOKEN``).
_SHARE_SEGMENT = re.compile(
    r"(?i)s|share[ds]?|sharing|invite|invitation|i|t|d|dl|download|join|magic|reset|verify|confirm|access|l|link"
    r"|tokens?|keys?|secrets?|sig(?:nature)?|auth|credentials?|pass(?:word)?")
# A value standing alone after a word naming a credential: "access code: pz4k9wq2mx7h", "token = ...".
_NAMED_VALUE = re.compile(
    r"(?i)\b(?:code|token|key|password|passcode|passphrase|secret|pin)\b\s*(?:[:=]|is\b)\s*[\"'`]?"
    r"([A-Za-z0-9_-]{10,128})(?![A-Za-z0-9_-])")
_CREDENTIAL_PARAM = re.compile(r"(?i)token|key|secret|passw|auth|credential|session|sig(?:nature)?$|^code$|^sas$")


def _links(text: str) -> Iterator[tuple[re.Match[str], str, int]]:
    """The links in a text that have a path: each match, its URL and where the path starts."""
    if "://" not in text:
        return
    for m in URL.finditer(text):
        url = m.group(0)
        host_end = url.find("/", url.find("://") + 3)
        if host_end != -1:
            yield m, url, host_end


def find_link_tokens(text: str) -> list[Finding]:
    """Path segments of links that read like a credential: sixteen characters or more of letters, digits, ``-``
    and ``_``, with upper and lower case letters and digits, two or more of each, changing class often and
    spread over many different characters (``/s/9fK2mQx7LpR4vZ8wQzT3/``). Hex (commit hashes, ids), slugs of
    words, ids in short groups (``GHSA-grv7-fg5c-xmjg``), placeholders (``in_1OkP2aEXAMPLE``) and version numbers do
    not read so. For the output filter only: a tool's own observations need them."""
    found: list[Finding] = []
    for m, url, host_end in _links(text):
        path_end = min([i for i in (url.find("?", host_end), url.find("#", host_end)) if i != -1] or [len(url)])
        for seg in _SEGMENT.finditer(url, host_end, path_end):
            if _credential_like(seg.group(0)):
                found.append(Finding(m.start() + seg.start(), m.start() + seg.end(), "token", seg.group(0)))
    return found


def _credential_like(segment: str) -> bool:
    if not _TOKEN_SEGMENT.fullmatch(segment) or len(_SLUG_WORD.findall(segment)) >= 2 or PLACEHOLDER.search(segment):
        return False
    if max(len(run) for run in re.split(r"[-_]", segment)) < 12:  # GHSA-grv7-fg5c-xmjg, grouped ids
        return False
    upper = sum(ch.isupper() for ch in segment)
    lower = sum(ch.islower() for ch in segment)
    digits = sum(ch.isdigit() for ch in segment)
    if min(upper, lower, digits) < 2:
        return False
    classes = ["u" if ch.isupper() else "l" if ch.islower() else "d" if ch.isdigit() else "p" for ch in segment]
    changes = sum(a != b for a, b in itertools.pairwise(classes))
    counts = Counter(segment)
    entropy = -sum(n / len(segment) * math.log2(n / len(segment)) for n in counts.values())
    return changes * 3 >= len(segment) and entropy >= 3.5


def link_values(text: str) -> set[str]:
    """The credentials in links of a text the run read from its workspace, each as written and percent-decoded:
    path segments of eight letters and digits or more after one naming a share, an invitation or a key
    (``/s/x7kq2mzp9lw4/``), path segments of twenty or more that mix letters and digits at random (not hex, not
    a slug) or ten or more of lower-case letters and digits at random (``https://x.example/x7kq2mzp9lw4``), besides
    those ``find_link_tokens`` finds, the values of query and fragment parameters named like a credential
    (``sig=``, ``X-Amz-Signature=``, ``access_token=``) that read like one, and such random values standing alone
    after a word naming a credential ("access code: pz4k9wq2mx7h"). Looser than
    ``find_link_tokens``: the output filter redacts them only where the run read them, so they are known values."""
    found: set[str] = set()
    for _m, url, host_end in _links(text):
        before_fragment, _, fragment = url[host_end:].partition("#")
        path, _, query = before_fragment.partition("?")
        for before, segment in itertools.pairwise(path.split("/")):
            if _LOOSE_SEGMENT.fullmatch(segment) and (
                    _credential_like(segment) or _named_token(before, segment) or _random_enough(segment)):
                found.add(segment)
        for pair in re.split(r"[&;]", f"{query}&{fragment}"):
            key, eq, value = pair.partition("=")
            plain = unquote(value.replace("+", " ")) if "%" in value else value
            if eq and _CREDENTIAL_PARAM.search(unquote(key)) and len(plain) >= 8 and _reads_like_key(plain):
                found |= {value, plain}
    for m in _NAMED_VALUE.finditer(text):
        if _random_enough(m.group(1)):
            found.add(m.group(1))
    return {v for v in found if not PLACEHOLDER.search(v)}


def _named_token(before: str, segment: str) -> bool:
    """A segment after one naming a share or a key: letters and digits both (``/s/x7kq2mzp9lw4``)."""
    return bool(_SHARE_SEGMENT.fullmatch(before)) and any(c.isdigit() for c in segment) and any(
        c.isalpha() for c in segment) and len(_SLUG_WORD.findall(segment)) < 2


def _random_enough(segment: str) -> bool:
    """Letters and digits at random, not hex and not a slug of words: twenty or more, two letters and two digits
    at least, changing often; or ten or more in one run with three lower-case letters and three digits at least
    (``x7kq2mzp9lw4``; a video's ``dQw4w9WgXcQ``, an ASIN's ``B08N5WRWNW`` and an order's ``ORD-2024-00123`` are
    ordinary ids)."""
    if len(segment) < 10 or _HEX.fullmatch(segment) or len(_SLUG_WORD.findall(segment)) >= 2:
        return False
    longest = max(len(run) for run in re.split(r"[-_]", segment))
    lower = sum(ch.islower() for ch in segment)
    letters = sum(ch.isalpha() for ch in segment)
    digits = sum(ch.isdigit() for ch in segment)
    classes = ["a" if ch.isalpha() else "d" if ch.isdigit() else "p" for ch in segment]
    changes = sum(a != b for a, b in itertools.pairwise(classes))
    if not (changes * 3 >= len(segment) and len(set(segment)) * 10 >= len(segment) * 6):
        return False
    if len(segment) >= 20 and longest >= 12:
        return letters >= 2 and digits >= 2
    return longest >= 10 and lower >= 3 and digits >= 3


def _reads_like_key(value: str) -> bool:
    """A parameter's value that is not a word or a number: two digits and a letter, or case changing."""
    if " " in value.strip():
        return False
    digits = sum(ch.isdigit() for ch in value)
    return (digits >= 2 and any(ch.isalpha() for ch in value)) or len(re.findall(r"[a-z][A-Z]|[A-Z][a-z]", value)) >= 2


_CAMEL_WORD = re.compile(r"[A-Z]?[a-z]*[aeiouy][a-z]*(?=[A-Z0-9]|$)")
# A word of letters and digits standing alone: not part of a link, an address, a path, a parameter or a longer id.
_BARE = re.compile(r"(?<![\w/@.=%+:-])[A-Za-z0-9]{8,64}(?![\w/@=%+-]|[.:]\w)")


# The label of an identifier right before a value: "Order ID:", "Claim number", '"event_id": "', "queued as".
_ID_LABEL = re.compile(
    r"(?i)(?:\b(?:[a-z]*[_-]?ids?|(?:[a-z]+[_-])?(?:numbers?|cursor|no|nr|ref|reference|order|claim|booking"
    r"|invoice|ticket|case|tracking|asin|sku|isbn|serial|model|part|version|build|transaction|receipt|account"
    r"|customer|event))|#|\bqueued as)"
    r"[\"']?\s*[:=#.]?\s*[\"']?$")


def bare_tokens(text: str) -> set[str]:
    """Words standing alone in a text the run read from its workspace that read like a random token (a backup
    code ``K7QX9PLM2R``, ``7Kp2Qx9M``; see ``_reads_random``), unless labelled as an identifier ("Order ID:
    MQ7K2ZT9P1", ``"id": "Q1XK8FZ2"``, "queued as 4Xk9Lq1Vz"). Links are left to ``link_values``."""
    found: set[str] = set()
    for m in _BARE.finditer(text):
        if _reads_random(m.group(0)) and not _ID_LABEL.search(text, max(0, m.start() - 40), m.start()):
            found.add(m.group(0))
    return found


def _reads_random(word: str) -> bool:
    """Eight to sixty-four letters and digits at random: not hex, a digit and two letters at least, the class
    (upper, lower, digit) changing at every other character or more often, and nearly as many different
    characters as a random draw gives (Shannon entropy within half a bit of ``log2(len)``, at most 4.5 bits); not
    mostly words in camel case. An ASIN's ``B08N5WRWNW``, ``ORDER12345``, ``ubuntu2204lts``, ``getElementById``,
    ``MD5OfBody``, ``40x30x25`` and ``0x8C1A77E3`` do not. Letters alone: see ``_random_letters``."""
    if _HEX.fullmatch(word.removeprefix("0x")):
        return False
    if word.isalpha():
        return _random_letters(word)
    digits = sum(ch.isdigit() for ch in word)
    letters = len(word) - digits
    if digits < 1 or letters < 3 or digits * 5 > len(word) * 3 or len(set(word) - set("0123456789")) < 3:
        return False  # 40x30x25, 18d4h12m
    classes = ["u" if ch.isupper() else "l" if ch.islower() else "d" for ch in word]
    if sum(a != b for a, b in itertools.pairwise(classes)) * 2 <= len(word):
        return False
    if sum(len(w) for w in _CAMEL_WORD.findall(word)) * 2 >= letters:
        return False  # words in camel case: MD5OfBody, WebView2
    counts = Counter(word)
    entropy = -sum(n / len(word) * math.log2(n / len(word)) for n in counts.values())
    return entropy >= min(math.log2(len(word)) - 0.5, 4.5)


_CONSONANTS = re.compile(r"[^aeiouy]+")


def _random_letters(word: str) -> bool:
    """Letters of both cases at random (``QwZkTrPLmxBv``, ``xkQzRvTpLmWn``): the case changing at every third
    character or more often, not mostly words in camel case, nearly as many different letters as a random draw
    gives (as ``_reads_random``), and not pronounceable once in one case: four consonants in a row or fewer than
    one vowel in five. ``getUserName``, ``XMLHttpRequest``, ``IpcMainImpl`` and mocking "sArCaStIc" case do not;
    letters of one case: see ``_random_one_case``."""
    if word in (word.lower(), word.upper()):
        return _random_one_case(word)
    if sum(a.isupper() != b.isupper() for a, b in itertools.pairwise(word)) * 3 < len(word):
        return False
    if sum(len(w) for w in _CAMEL_WORD.findall(word)) * 2 >= len(word):
        return False
    counts = Counter(word)
    entropy = -sum(n / len(word) * math.log2(n / len(word)) for n in counts.values())
    if entropy < min(math.log2(len(word)) - 0.5, 4.5):
        return False
    low = word.lower()
    vowels = len(low) - sum(len(run) for run in _CONSONANTS.findall(low))
    return max((len(run) for run in _CONSONANTS.findall(low)), default=0) >= 4 or vowels * 5 < len(low)


def _random_one_case(word: str) -> bool:
    """Letters of one case at random (``xkqzrvtplmwn``): ten or more, five consonants in a row, fewer than one vowel
    in five (``y`` a vowel) and nearly as many different letters as a random draw gives. Words (``durchschnittlich``),
    tool names (``plinthctl``, ``quickcsvreader``) and bank codes (``FICTCZPP``, ``NRDMDEFFXXX``) do not: none of
    the bench's 8,326 benign texts holds one (with eight letters or more, five do)."""
    low = word.lower()
    if len(low) < 10 or max((len(run) for run in _CONSONANTS.findall(low)), default=0) < 5:
        return False
    vowels = len(low) - sum(len(run) for run in _CONSONANTS.findall(low))
    counts = Counter(low)
    entropy = -sum(n / len(low) * math.log2(n / len(low)) for n in counts.values())
    return vowels * 5 < len(low) and entropy >= min(math.log2(len(low)) - 0.5, 4.5)
