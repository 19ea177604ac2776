"""Path segments of links that read like a credential (``gofer.safety.pii.find_link_tokens``, for the output
filter)."""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter

from gofer.safety._finding import Finding
from gofer.safety._secret_patterns import PLACEHOLDER, URL

__all__ = ["find_link_tokens"]

_SEGMENT = re.compile(r"[^/;?#]+")
_TOKEN_SEGMENT = re.compile(r"[A-Za-z0-9_-]{16,128}")
_SLUG_WORD = re.compile(r"(?:^|[-_])[a-z]{2,}(?=[-_]|$)")


def find_link_tokens(text: str) -> list[Finding]:
    """Path segments of links that read like a credential: sixteen characters or more of letters, digits, ``-``
    and ``_``, with upper and lower case letters and digits, two or more of each, changing class often and
    spread over many different characters (``/s/9fK2mQx7LpR4vZ8wQzT3/``). Hex (commit hashes, ids), slugs of
    words, ids in short groups (``GHSA-grv7-fg5c-xmjg``), placeholders (``in_1OkP2aEXAMPLE``) and version numbers do
    not read so. For the output filter only: a tool's own observations need them."""
    found: list[Finding] = []
    if "://" not in text:
        return found
    for m in URL.finditer(text):
        url = m.group(0)
        host_end = url.find("/", url.find("://") + 3)
        if host_end == -1:
            continue
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
