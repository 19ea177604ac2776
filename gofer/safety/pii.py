# ruff: noqa: E501
"""Finding secrets and personal data in text: API keys, tokens, private keys, emails, phones, cards, ids."""

from __future__ import annotations

import itertools
import math
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from pydantic import SecretStr

from gofer.safety._iban import ibans
from gofer.safety._national_ids import luhn_ok, national_ids
from gofer.safety._reading import reading
from gofer.safety._secret_forms import encodings, looks_random, pieces, short_pieces

__all__ = ["Finding", "find_link_tokens", "find_pii", "find_secrets", "luhn_ok", "redact", "settings_secrets"]


@dataclass(frozen=True)
class Finding:
    """One sensitive value: where it is and what kind it is (``email``, ``api_key``, ...)."""

    start: int
    end: int
    kind: str
    value: str


_SECRET_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("private_key", re.compile(
        r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)"
    )),
    ("api_key", re.compile(r"\bsk-(?:ant-|proj-|live-|test-)?[A-Za-z0-9_-]{20,}")),
    ("api_key", re.compile(r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b")),
    ("api_key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b")),
    ("api_key", re.compile(r"\b(?:rk|pk|sk)_(?:live|test)_[A-Za-z0-9]{16,}\b")),
    ("token", re.compile(r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}\b|\bgithub_pat_[A-Za-z0-9_]{40,}\b")),
    ("token", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}\b")),
    ("token", re.compile(r"\bglpat-[A-Za-z0-9_-]{20,}\b|\bhf_[A-Za-z0-9]{30,}\b|\bnpm_[A-Za-z0-9]{36}\b")),
    ("token", re.compile(r"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b")),
    ("token", re.compile(r"\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b")),  # SendGrid
    ("token", re.compile(r"\b(?:dop|doo|dor)_v1_[a-f0-9]{64}\b|\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}\b")),  # DigitalOcean, Shopify
    ("token", re.compile(r"\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}|\bwhsec_[A-Za-z0-9]{24,}\b|\bya29\.[A-Za-z0-9_-]{20,}")),
    ("api_key", re.compile(r"\bsk-or-v1-[a-f0-9]{64}\b|\bgsk_[A-Za-z0-9]{40,}\b|\br8_[A-Za-z0-9]{37}\b|\bdapi[a-f0-9]{32}\b")),
    ("api_key", re.compile(r"\bkey-[a-f0-9]{32}\b|\bSK[0-9a-f]{32}\b|\blin_api_[A-Za-z0-9]{40}\b|\b(?:secret|ntn)_[A-Za-z0-9]{43,46}\b")),
    ("token", re.compile(r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,}")),
    ("token", re.compile(r"(?<![0-9])\d{8,10}:AA[A-Za-z0-9_-]{33}\b")),  # Telegram bot, also in /bot<token>/
    ("secret", re.compile(r"AccountKey=([A-Za-z0-9+/=]{60,})")),  # Azure storage connection strings
    ("secret", re.compile(
        r"(?i)(?:\b|_)(?:api[_-]?key|secret(?:[_-]?(?:access[_-]?)?key)?|access[_-]?token|auth[_-]?token|password|passwd"
        r"|client[_-]?secret)\b\s*[:=]\s*[\"']?([A-Za-z0-9_\-+/=.]{12,})(?![A-Za-z0-9_\-+/=.]*[(\[])"
    )),
    # A password inside a URL: scheme://user:PASSWORD@host (placeholders such as "password" or "***" are left).
    ("secret", re.compile(
        r"\b[a-z][a-z0-9+.-]{1,20}://[^\s/:@]{1,64}:(?!(?:password|passwd|pass|pwd|secret|tiger|changeme|mysecretpassword|example"
        r"|\*+|x+|<[^>]*>|\$\{?\w+\}?|\{\{?[^}]*\}?\})@)"
        r"([^\s/@]{3,128})@[\w.-]+"
    )),
]
_EMAIL = re.compile(  # starts only where a run of address characters starts, and each part is bounded: linear
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}\b")
_CARD = re.compile(r"\b(?:\d[ -]?){12,18}\d\b|\b\d{4}(?:\.\d{4}){2}\.\d{1,7}\b|\b\d{4}\.\d{6}\.\d{5}\b")
_PHONE = re.compile(
    r"(?<![\w.+-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])"
    r"\d{2,4}[\s.-]?\d{2,4}(?:[\s.-]?\d{2,4})?(?![\w-])"
    r"|(?<![\w.+-])\+\d{1,3}[\s.-]?\d{1,5}(?:[\s.-]?\d{2,5}){1,4}(?![\w-])"  # +CC then groups of up to 5
)
# An address with letters outside ASCII (``jürgen@例え.jp``, ``имя@пример.рф``): the local part and the labels are
# letters, digits and the usual marks of any script, and the top-level domain letters of any script or IDNA.
_UNICODE_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.(?:[^\W\d_]{2,24}|xn--[a-z0-9-]{2,59})(?![\w-])")
_AT = r"(?:\s*[\[({<]\s*(?i:at)\s*[\])}>]\s*|\s+(?i:at)\s+(?i:(?:the\s+)?domain\s+)?|@)"
_DOT = r"(?:\s*[\[({<]\s*(?i:dot|period)\s*[\])}>]\s*|\s+(?i:dot|period)\s+|\.)"
_SPELLED_EMAIL = re.compile(  # "jane dot roe at example dot org", "jane [at] example [dot] org"; bounded: linear
    rf"(?<![A-Za-z0-9._%+-])[A-Za-z0-9_%+-]{{1,64}}(?:{_DOT}[A-Za-z0-9_%+-]{{1,64}}){{0,4}}{_AT}"
    rf"[A-Za-z0-9-]{{1,63}}(?:{_DOT}[A-Za-z0-9-]{{1,63}}){{0,4}}{_DOT}[A-Za-z]{{2,24}}\b")
_SPELLED = re.compile(r"\s*[\[({<]\s*(at|dot|period)\s*[\])}>]\s*|\s+(at(?:\s+(?:the\s+)?domain)?|dot|period)\s+",
                      re.IGNORECASE)
_SPELLED_HINT = re.compile(r"(?i)\s(?:dot|period)\s|[\[({<]\s*(?:at|dot|period)\s*[\])}>]|\sat\s+(?:the\s+)?domain\s")
# With "at" and "dot" as plain words, the address must end in a common top-level domain that is not an English
# word, and not follow a word that makes it a noun phrase ("the docs at python dot org"); or, written "at the
# domain", follow a word saying it is an address ("her e-mail: jane at the domain example.org").
_PLAIN_TLDS = frozenset({
    "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "uk", "de", "fr", "nl", "ch", "se",
    "dk", "fi", "pl", "ru", "jp", "cn", "br", "au", "ca", "es", "eu", "dev", "app", "ai", "ie", "nz", "za", "mx"})
_DETERMINER = re.compile(r"(?i)\b(?:the|a|an|this|that|these|those|our|your|my|their|his|her|its)\s+$")
_MAIL_CUE = re.compile(r"(?i)\b(?:e-?mail|mail(?:box)?|address|write|contact|reach|inbox)\b[^.;!?\n]{0,24}$")
_PRONOUN = frozenset({"me", "us", "him", "her", "them", "you", "it", "we", "they", "i", "one"})


def _spelled_emails(text: str) -> list[Finding]:
    """Addresses with "at" and "dot" spelled out; the value is the address as it would be written."""
    found: list[Finding] = []
    if _SPELLED_HINT.search(text) is None:
        return found
    for m in _SPELLED_EMAIL.finditer(text):
        separators = list(_SPELLED.finditer(m.group(0)))
        if not separators:
            continue
        address = _SPELLED.sub(lambda s: "@" if (s.group(1) or s.group(2)).lower().startswith("at") else ".",
                               m.group(0))
        if "@" not in m.group(0) and not any(s.group(1) for s in separators):  # "at" is a plain word
            plain_dot = any((s.group(2) or "").lower() in ("dot", "period") for s in separators)
            tld = address.rsplit(".", 1)[1].lower()
            local = address.partition("@")[0]
            domain_word = any("domain" in (s.group(2) or "").lower() for s in separators)
            cued = domain_word and _MAIL_CUE.search(text, 0, m.start()) is not None and local.lower() not in _PRONOUN
            if _DETERMINER.search(text, 0, m.start()) or not ((plain_dot and tld in _PLAIN_TLDS) or cued):
                continue  # "the docs are at docs.python.org"
        found.append(Finding(m.start(), m.end(), "email", address))
    return found


def _on_folded(text: str, find: Callable[[str], list[Finding]]) -> list[Finding]:
    """Run a finder on the text as it reads (``gofer.safety._reading``), then point its findings back at the
    original (value as it reads)."""
    read = reading(text)
    if read is None:
        return find(text)
    folded, where = read
    return [Finding(where[f.start], where[max(f.start, f.end - 1)] + 1, f.kind, f.value) for f in find(folded)]


def find_secrets(text: str, extra: Iterable[str] = ()) -> list[Finding]:
    """API keys, tokens, private keys, ``password=...`` pairs and the given secret values (from settings), also
    when written with lookalike, full-width or zero-width characters; keys of a known format also when split
    across lines or spaced out, given in parts with words between them, reversed, percent-encoded or in a URL's
    path after a segment naming them; the given values also in pieces, long or short
    (``gofer.safety._secret_forms.pieces`` and ``short_pieces``)."""
    extra = list(extra)
    return _on_folded(text, lambda t: _find_secrets(t, extra))


def find_pii(text: str) -> list[Finding]:
    """Emails (also with letters outside ASCII, and spelled out: "jane at example dot org"), payment cards (Luhn), IBANs (country length and
    mod 97, in any case and spacing), national identity and tax numbers (by their check digits; see
    ``gofer.safety._national_ids``) and phone numbers, also when written with lookalike letters from other
    scripts, mathematical, full-width or zero-width characters."""
    return _on_folded(text, _find_pii)


def _find_secrets(text: str, extra: Iterable[str] = ()) -> list[Finding]:
    found: list[Finding] = []
    extra = [value for value in extra if len(value) >= 6]
    for value in extra:
        start = text.find(value)
        while start != -1:
            found.append(Finding(start, start + len(value), "secret", value))
            start = text.find(value, start + len(value))
    literal = {(f.start, f.end) for f in found}
    found += [Finding(a, b, "secret", value) for a, b, value in pieces(text, extra) if (a, b) not in literal]
    taken = [(f.start, f.end) for f in found]
    found += [Finding(a, b, "secret", value) for a, b, value in short_pieces(text, extra)
              if all(b <= s or a >= e for s, e in taken)]
    found += _pattern_secrets(text)
    taken = [(f.start, f.end) for f in found]
    found += [f for f in _hidden_keys(text) if all(f.end <= a or f.start >= b for a, b in taken)]
    return found


def _pattern_secrets(text: str, keys_only: bool = False) -> list[Finding]:
    found: list[Finding] = []
    for kind, rx in _SECRET_PATTERNS:
        if keys_only and kind in ("secret", "private_key"):
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
_PLACEHOLDER = re.compile(r"(?i)x{3}|your|example|here|dummy|fake|redacted|key|token|secret")
_PATH_KEY = re.compile(r"(?i)/(?:api[_-]?keys?|keys?|tokens?|secrets?|passwords?|credentials?|auth)/([A-Za-z0-9_\-.~]{12,})")


def _hidden_keys(text: str) -> list[Finding]:
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
            if not (looks_random(word) or len(word) == len(last) <= 5):
                break
            joined, end, last = joined + word, part.end(), word
            where += range(part.start(), part.end())
        if len(joined) > len(first.group(0)):
            found += _mapped([f for f in _pattern_secrets(joined, keys_only=True)
                              if f.end > len(first.group(0)) and looks_random(f.value)], where)
    found += _keys_in_parts(text)
    for m in _SPACED_OUT.finditer(text):
        where = [m.start() + i for i, ch in enumerate(m.group(0)) if not ch.isspace()]
        found += _mapped(_pattern_secrets("".join(text[i] for i in where), keys_only=True), where)
    for m in _LONG_WORD.finditer(text):
        if _KEY_START.search(m.group(0)[::-1]) is None:
            continue
        for f in _pattern_secrets(m.group(0)[::-1], keys_only=True):
            if looks_random(f.value):
                found.append(Finding(m.start(), m.end(), f.kind, f.value))
    for m in _URL.finditer(text) if "://" in text else ():
        for key in _PATH_KEY.finditer(m.group(0)):
            if looks_random(key.group(1)):
                found.append(Finding(m.start() + key.start(1), m.start() + key.end(1), "secret", key.group(1)))
        if "%" in m.group(0):
            decoded, where = _percent_decoded(m.group(0))
            found += _mapped(_pattern_secrets(decoded, keys_only=True), [m.start() + i for i in where])
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
        if _pattern_secrets(text[m.start():m.end() + 64], keys_only=True) or _is_placeholder(head):
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
    if _PLACEHOLDER.search(low):
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


def _find_pii(text: str) -> list[Finding]:
    found: list[Finding] = [Finding(m.start(), m.end(), "email", m.group(0)) for m in _EMAIL.finditer(text)]
    if not text.isascii():
        found += [Finding(m.start(), m.end(), "email", m.group(0)) for m in _UNICODE_EMAIL.finditer(text)
                  if not m.group(0).isascii()]
    taken: list[tuple[int, int]] = [(f.start, f.end) for f in found]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn_ok(digits) and free(m.start(), m.end()):
            found.append(Finding(m.start(), m.end(), "card", m.group(0)))
            taken.append((m.start(), m.end()))
    for f in _spelled_emails(text):
        if free(f.start, f.end):
            found.append(f)
            taken.append((f.start, f.end))
    for a, b in ibans(text):
        if free(a, b):
            found.append(Finding(a, b, "iban", text[a:b]))
            taken.append((a, b))
    for a, b in national_ids(text):
        if free(a, b):
            found.append(Finding(a, b, "national_id", text[a:b]))
            taken.append((a, b))
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 8 <= len(digits) <= 15 and free(m.start(), m.end()) and not _looks_like_date_or_number(m.group(0)):
            found.append(Finding(m.start(), m.end(), "phone", m.group(0)))
            taken.append((m.start(), m.end()))
    return found


def _looks_like_date_or_number(value: str) -> bool:
    v = value.strip()
    if re.fullmatch(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}", v) or re.fullmatch(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}", v):
        return True
    return bool(re.fullmatch(r"\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?", v))


def redact(text: str, findings: list[Finding]) -> str:
    """The text with each finding replaced by ``[redacted:KIND]`` (overlaps merged, first kind wins)."""
    out: list[str] = []
    pos = 0
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if f.start < pos:
            continue
        out.append(text[pos:f.start])
        out.append(f"[redacted:{f.kind}]")
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


_SECRET_NAME = re.compile(r"(?i)token|key|secret|passw|auth|credential|cookie|session|pat$|sig(?:nature)?$")
_PATH = re.compile(r"(?:~|\.{0,2})/[\w.@/-]*\.?[\w-]*")
_URL = re.compile(r"[a-z][a-z0-9+.-]*://[^\s\"'<>]+", re.IGNORECASE)


def settings_secrets(settings: Any) -> list[str]:
    """The secret values of a deployment's settings, never to be shown to the model or logged: every SecretStr
    field (or, when unset, the plain environment variable of its name that model clients fall back to, such as
    OPENAI_API_KEY), the passwords and secret-named query parameters of URLs in settings (model specs included),
    and MCP servers' credentials: secret-looking headers, environment variables and command arguments
    (``--token VALUE``, ``--api-key=VALUE``, ``TOKEN=VALUE``), values of known key formats, and those of their URLs.
    Each value comes with the forms a tool may print it in (``gofer.safety._secret_forms.encodings``)."""
    values: list[str] = []
    if settings is None:
        return values
    for name in getattr(type(settings), "model_fields", {}):
        value = getattr(settings, name, None)
        if isinstance(value, SecretStr):
            values.append(value.get_secret_value())
        elif value is None and _is_secret_field(type(settings), name):
            values.append(os.environ.get(name.upper(), ""))
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str):
                values += _url_secrets(text)
    for server in getattr(settings, "mcp_servers", None) or ():
        values += _url_secrets(server.url or "")
        named = [(key, header) for key, header in server.headers.items()]
        named += list(server.env.items())
        args = list(server.args)
        for i, arg in enumerate(args):
            flag, eq, inline = arg.partition("=")
            if eq:
                named.append((flag, inline))
            elif arg.startswith("-") and i + 1 < len(args) and not args[i + 1].startswith("-"):
                named.append((arg, args[i + 1]))
            values += _url_secrets(arg) + [f.value for f in _find_secrets(arg)]
        for key, value in named:
            if _SECRET_NAME.search(key) and not _PATH.fullmatch(value):  # not --key-file /etc/key.pem
                values += [value, value.partition(" ")[2]]  # "Bearer TOKEN": the token alone too
            values += _url_secrets(value) + [f.value for f in _find_secrets(value)]
    out: list[str] = []
    for v in values:
        v = v.strip()
        if len(v) >= 6 and v not in out:
            out.append(v)
    return out + [e for v in list(out) for e in encodings(v) if e not in out]


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
    for m in _URL.finditer(text):
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
    if not _TOKEN_SEGMENT.fullmatch(segment) or len(_SLUG_WORD.findall(segment)) >= 2 or _PLACEHOLDER.search(segment):
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


def _is_secret_field(cls: Any, name: str) -> bool:
    field = cls.model_fields[name]
    return "SecretStr" in str(field.annotation)


def _url_secrets(text: str) -> list[str]:
    """The password, the secret-named query parameters (``?api_key=...``) and the path segments that read like a
    key (``/s/NmQ4ZjE2YjktN2Q0Zi00Yz/``, ``/token/VALUE``) of each URL in a text."""
    out: list[str] = []
    for m in _URL.finditer(text):
        try:
            parts = urlsplit(m.group(0))
            out.append(unquote(parts.password or ""))
        except ValueError:
            continue
        out += [value for key, value in parse_qsl(parts.query) if _SECRET_NAME.search(key)]
        segments = [unquote(segment) for segment in parts.path.split("/")]
        for before, segment in zip(["", *segments], segments, strict=False):
            long_enough = 8 if _SECRET_NAME.search(before) else 16
            if len(segment) >= long_enough and looks_random(segment):
                out.append(segment)
    return out
