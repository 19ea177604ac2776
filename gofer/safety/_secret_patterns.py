# ruff: noqa: E501
"""Secrets found by their form (for ``gofer.safety.pii.find_secrets``): the patterns of API keys, tokens, private
keys, ``password=`` pairs and passwords in URLs (:func:`pattern_secrets`), and keys of a known format written so
that the patterns miss them: split, spaced out, concatenated, reversed, percent-encoded, after a path segment naming
them, or given in parts with words between them (:func:`hidden_keys`)."""

from __future__ import annotations

import itertools
import re

from gofer.safety._finding import Finding
from gofer.safety._secret_forms import looks_random

__all__ = ["PLACEHOLDER", "URL", "hidden_keys", "pattern_secrets"]

# (kind, pattern, strings one of which each match holds: a text without any of them is not searched)
_SECRET_PATTERNS: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    ("private_key", re.compile(
        r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)"
    ), ("-----BEGIN ",)),
    ("api_key", re.compile(r"\bsk-(?:ant-|proj-|live-|test-)?[A-Za-z0-9_-]{20,}"), ("sk-",)),
    ("api_key", re.compile(r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b"), ("AKIA", "ASIA")),
    ("api_key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b"), ("AIza",)),
    ("api_key", re.compile(r"\b(?:rk|pk|sk)_(?:live|test)_[A-Za-z0-9]{16,}\b"), ("k_live_", "k_test_")),
    ("token", re.compile(r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}\b|\bgithub_pat_[A-Za-z0-9_]{40,}\b"), ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_")),
    ("token", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}\b"), ("xox",)),
    ("token", re.compile(r"\bglpat-[A-Za-z0-9_-]{20,}\b|\bhf_[A-Za-z0-9]{30,}\b|\bnpm_[A-Za-z0-9]{36}\b"), ("glpat-", "hf_", "npm_")),
    ("token", re.compile(r"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b"), ("eyJ",)),
    ("token", re.compile(r"\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b"), ("SG.",)),  # SendGrid
    ("token", re.compile(r"\b(?:dop|doo|dor)_v1_[a-f0-9]{64}\b|\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}\b"), ("_v1_", "shp")),  # DigitalOcean, Shopify
    ("token", re.compile(r"\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}|\bwhsec_[A-Za-z0-9]{24,}\b|\bya29\.[A-Za-z0-9_-]{20,}"), ("pypi-AgEIcHlwaS5vcmc", "whsec_", "ya29.")),
    ("api_key", re.compile(r"\bsk-or-v1-[a-f0-9]{64}\b|\bgsk_[A-Za-z0-9]{40,}\b|\br8_[A-Za-z0-9]{37}\b|\bdapi[a-f0-9]{32}\b"), ("sk-or-v1-", "gsk_", "r8_", "dapi")),
    ("api_key", re.compile(r"\bkey-[a-f0-9]{32}\b|\bSK[0-9a-f]{32}\b|\blin_api_[A-Za-z0-9]{40}\b|\b(?:secret|ntn)_[A-Za-z0-9]{43,46}\b"), ("key-", "SK", "lin_api_", "secret_", "ntn_")),
    ("token", re.compile(r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,}"), ("https://hooks.slack.com/services/",)),
    ("token", re.compile(r"(?<![0-9])\d{8,10}:AA[A-Za-z0-9_-]{33}\b"), (":AA",)),  # Telegram bot, also in /bot<token>/
    ("secret", re.compile(r"AccountKey=([A-Za-z0-9+/=]{60,})"), ("AccountKey=",)),  # Azure storage connection strings
    ("secret", re.compile(
        r"(?i)(?:\b|_)(?:api[_-]?key|secret(?:[_-]?(?:access[_-]?)?key)?|access[_-]?token|auth[_-]?token|password|passwd"
        r"|client[_-]?secret)\b\s*[:=]\s*[\"']?([A-Za-z0-9_\-+/=.]{12,})(?![A-Za-z0-9_\-+/=.]*[(\[])"
    ), (":", "=")),
    # A password inside a URL: scheme://user:PASSWORD@host (placeholders such as "password" or "***" are left).
    ("secret", re.compile(
        r"\b[a-z][a-z0-9+.-]{1,20}://[^\s/:@]{1,64}:(?!(?:password|passwd|pass|pwd|secret|tiger|changeme|mysecretpassword|example"
        r"|\*+|x+|<[^>]*>|\$\{?\w+\}?|\{\{?[^}]*\}?\})@)"
        r"([^\s/@]{3,128})@[\w.-]+"
    ), ("://",)),
]


def pattern_secrets(text: str, keys_only: bool = False) -> list[Finding]:
    found: list[Finding] = []
    for kind, rx, hints in _SECRET_PATTERNS:
        if (keys_only and kind in ("secret", "private_key")) or not any(hint in text for hint in hints):
            continue
        for m in rx.finditer(text):
            if kind == "secret":
                found.append(Finding(m.start(1), m.end(1), kind, m.group(1)))
            else:
                found.append(Finding(m.start(), m.end(), kind, m.group(0)))
    return found


_KEY_START = re.compile(r"(?<![A-Za-z0-9_])(?:sk[-_]|[rp]k_|gh[pousr]_|github_pat_|xox[abposr]-|glpat-|hf_|npm_|A[KS]IA"
                        r"|AIza|eyJ|SG\.|do[por]_v1_|shp|pypi-|whsec_|ya29\.|gsk_|r8_|lin_api_|ntn_|dapi)")
_KEY_PART = re.compile(r"[A-Za-z0-9_\-.]+")
_KEY_GAP = re.compile(r"""[ \t]*\n[ \t]*|[ \t]+|["'`]\s*\+?\s*["'`]""")
_SPACED_OUT = re.compile(r"(?<!\S)(?:\S[ \t]){11,}\S(?!\S)")
_LONG_WORD = re.compile(r"[A-Za-z0-9_\-.:]{20,}")
_KEY_HEAD = re.compile(  # a known format's prefix and the start of a key after it
    r"(?<![A-Za-z0-9_])(?:sk-(?:ant-(?:api\d\d-)?|proj-|live-|test-|or-v1-)?|[srp]k_(?:live|test)_|gh[pousr]_|github_pat_"
    r"|xox[abposr]-|glpat-|hf_|npm_|A[KS]IA|AIza|SG\.|do[por]_v1_|shp(?:at|ss|ca|pa)_|whsec_|ya29\.|gsk_|r8_|lin_api_"
    r"|ntn_)([A-Za-z0-9][A-Za-z0-9_-]{3,})")
_TOKEN_HEAD = re.compile(r"gh|github|xox|glpat|hf_|npm_|SG\.|do[por]_|shp|whsec|ya29")
_KEY_REST = re.compile(r"(?:\.{3}|\u2026)?[A-Za-z0-9_-]{6,}")
_HEX_ID = re.compile(r"[0-9a-fA-F-]+")
PLACEHOLDER = re.compile(r"(?i)x{3}|your|example|here|dummy|fake|redacted|key|token|secret")
"""Words of a placeholder key or token (``your-key``, ``sk_test_EXAMPLE``, ``xxxx``)."""
_PATH_KEY = re.compile(r"(?i)/(?:api[_-]?keys?|keys?|tokens?|secrets?|passwords?|credentials?|auth)/([A-Za-z0-9_\-.~]{12,})")
URL = re.compile(r"[a-z][a-z0-9+.-]*://[^\s\"'<>]+", re.IGNORECASE)
"""A URL with any scheme, up to a space or a quote."""


def hidden_keys(text: str) -> list[Finding]:
    """Keys of a known format written so that the patterns miss them: split across lines, in groups, spaced out
    or concatenated (``"sk-ab" + "cd..."``), reversed, percent-encoded in a URL or in a URL's path after a segment
    naming a key (``/token/VALUE``). Joined pieces must read like a key (``looks_random``), not like words."""
    found: list[Finding] = []
    for m in _KEY_START.finditer(text):
        first = _KEY_PART.match(text, m.start())
        if first is None:
            continue
        joined, where, end, last = first.group(0), list(range(m.start(), first.end())), first.end(), first.group(0)
        while (gap := _KEY_GAP.match(text, end)) and (part := _KEY_PART.match(text, gap.end())):
            word = part.group(0)
            if _KEY_START.match(text, part.start()) or not (looks_random(word) or len(word) == len(last) <= 5):
                break  # the next key starts (keys one after another were each joined to all the rest: quadratic)
            joined, end, last = joined + word, part.end(), word
            where += range(part.start(), part.end())
        if len(joined) > len(first.group(0)):
            found += _mapped([f for f in pattern_secrets(joined, keys_only=True)
                              if f.end > len(first.group(0)) and looks_random(f.value)], where)
    found += _keys_in_parts(text)
    for m in _SPACED_OUT.finditer(text):
        where = [m.start() + i for i, ch in enumerate(m.group(0)) if not ch.isspace()]
        found += _mapped(pattern_secrets("".join(text[i] for i in where), keys_only=True), where)
    for m in _LONG_WORD.finditer(text):
        if _KEY_START.search(m.group(0)[::-1]) is None:
            continue
        for f in pattern_secrets(m.group(0)[::-1], keys_only=True):
            if looks_random(f.value):
                found.append(Finding(m.start(), m.end(), f.kind, f.value))
    for m in URL.finditer(text) if "://" in text else ():
        for key in _PATH_KEY.finditer(m.group(0)):
            if looks_random(key.group(1)):
                found.append(Finding(m.start() + key.start(1), m.start() + key.end(1), "secret", key.group(1)))
        if "%" in m.group(0):
            decoded, where = _percent_decoded(m.group(0))
            found += _mapped(pattern_secrets(decoded, keys_only=True), [m.start() + i for i in where])
    return found


def _keys_in_parts(text: str) -> list[Finding]:
    """A key of a known format given in parts with words between them ("it starts sk-proj-Q7zX9 and ends
    ...8Yp3Nc6Bd1", "first part: ..., second part: ..."): the start of a key that is no whole key, whose characters
    after the prefix are not a placeholder ("abc123", "xxxx", "your-key") nor a plain word, and the words within
    the next 160 characters (up to a blank line or the next key) that read like a key (``looks_random``) or follow
    an ellipsis, six characters or more and not hex (a request id, a hash). A key shown as dashboards show it,
    ``pk_test_51Mz...f3Aa``, reveals too little to count."""
    found: list[Finding] = []
    for m in _KEY_HEAD.finditer(text):
        head = m.group(1)
        if pattern_secrets(text[m.start():m.end() + 64], keys_only=True) or _is_placeholder(head):
            continue
        if head == head.lower() and not any(ch.isdigit() for ch in head) and not m.group(0).startswith(("AKIA", "ASIA")):
            continue
        window = text[m.end():m.end() + 160].split("\n\n")[0]
        if (after := _KEY_START.search(window)) is not None:
            window = window[:after.start()]
        rest = [(m.end() + r.start(), m.end() + r.end()) for r in _KEY_REST.finditer(window)
                if (r.group(0)[0] in ".\u2026" or looks_random(r.group(0))) and not _is_placeholder(r.group(0))
                and not _HEX_ID.fullmatch(r.group(0).lstrip(".\u2026"))
                and len(r.group(0).lstrip(".\u2026")) >= 6]
        if not rest:
            continue
        kind = "token" if _TOKEN_HEAD.match(m.group(0)) else "api_key"
        value = m.group(0) + "".join(text[a:b].lstrip(".\u2026") for a, b in rest)
        found += [Finding(a, b, kind, value) for a, b in [(m.start(), m.end()), *rest]]
    return found


def _is_placeholder(text: str) -> bool:
    """Whether a key's characters read as a placeholder: named so, or runs of one letter or counting up."""
    low = text.lower().lstrip(".\u2026")
    if PLACEHOLDER.search(low):
        return True
    runs = 1 + sum(1 for a, b in itertools.pairwise(low) if ord(b) - ord(a) not in (0, 1))
    return runs <= 2


def _percent_decoded(url: str) -> tuple[str, list[int]]:
    """The URL with its ASCII ``%XX`` escapes decoded, and per character where it starts in the URL."""
    out: list[str] = []
    where: list[int] = []
    i = 0
    while i < len(url):
        code = url[i + 1:i + 3]
        if url[i] == "%" and len(code) == 2 and all(c in "0123456789abcdefABCDEF" for c in code) and code < "80":
            out.append(chr(int(code, 16)))
            where.append(i)
            i += 3
        else:
            out.append(url[i])
            where.append(i)
            i += 1
    where.append(len(url))
    return "".join(out), where


def _mapped(found: list[Finding], where: list[int]) -> list[Finding]:
    """Findings in a rewritten text pointed back at the original: ``where[i]`` is where character i came from."""
    return [Finding(where[f.start], where[f.end - 1] + 1, f.kind, f.value) for f in found]
