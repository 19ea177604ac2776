# ruff: noqa: E501
"""Finding secrets and personal data in text: API keys, tokens, private keys, emails, phones, cards, ids."""

from __future__ import annotations

import base64
import json
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urlsplit

from pydantic import SecretStr

from gofer.safety._national_ids import luhn_ok, national_ids

__all__ = ["Finding", "find_pii", "find_secrets", "luhn_ok", "redact", "settings_secrets"]


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
    ("token", re.compile(r"\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b")),  # Telegram bot
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
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")


def _iban_ok(value: str) -> bool:
    s = re.sub(r"\s", "", value)
    if not 15 <= len(s) <= 34:
        return False
    moved = s[4:] + s[:4]
    number = "".join(str(int(c, 36)) for c in moved)
    return int(number) % 97 == 1


_INVISIBLE = "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\ufeff"
_TO_FOLD = re.compile(f"[{_INVISIBLE}\uff01-\uff5e]")


def _folded(text: str) -> tuple[str, list[int]] | None:
    """The text as it reads (zero-width and other invisible characters dropped, full-width ``＠``, letters and
    digits as ASCII) and, per character of it, where it came from; None when it already reads as it is."""
    if _TO_FOLD.search(text) is None:
        return None
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        out.append(chr(ord(ch) - 0xFEE0) if "\uff01" <= ch <= "\uff5e" else ch)
        where.append(i)
    return "".join(out), where


def _on_folded(text: str, find: Callable[[str], list[Finding]]) -> list[Finding]:
    """Run a finder on the folded text, then point its findings back at the original (value as it reads)."""
    fold = _folded(text)
    if fold is None:
        return find(text)
    folded, where = fold
    return [Finding(where[f.start], where[max(f.start, f.end - 1)] + 1, f.kind, f.value) for f in find(folded)]


def find_secrets(text: str, extra: Iterable[str] = ()) -> list[Finding]:
    """API keys, tokens, private keys, ``password=...`` pairs and the given secret values (from settings), also
    when written with full-width characters or zero-width spaces inside."""
    extra = list(extra)
    return _on_folded(text, lambda t: _find_secrets(t, extra))


def find_pii(text: str) -> list[Finding]:
    """Emails, payment cards (Luhn), IBANs (mod 97), national identity and tax numbers (by their check digits;
    see ``gofer.safety._national_ids``) and phone numbers, also when written with full-width characters or
    zero-width spaces inside."""
    return _on_folded(text, _find_pii)


def _find_secrets(text: str, extra: Iterable[str] = ()) -> list[Finding]:
    found: list[Finding] = []
    for value in extra:
        if len(value) < 6:
            continue
        start = text.find(value)
        while start != -1:
            found.append(Finding(start, start + len(value), "secret", value))
            start = text.find(value, start + len(value))
    for kind, rx in _SECRET_PATTERNS:
        for m in rx.finditer(text):
            if kind == "secret":
                found.append(Finding(m.start(1), m.end(1), kind, m.group(1)))
            else:
                found.append(Finding(m.start(), m.end(), kind, m.group(0)))
    return found


def _find_pii(text: str) -> list[Finding]:
    found: list[Finding] = [Finding(m.start(), m.end(), "email", m.group(0)) for m in _EMAIL.finditer(text)]
    taken: list[tuple[int, int]] = [(f.start, f.end) for f in found]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn_ok(digits) and free(m.start(), m.end()):
            found.append(Finding(m.start(), m.end(), "card", m.group(0)))
            taken.append((m.start(), m.end()))
    for m in _IBAN.finditer(text):
        if _iban_ok(m.group(0)) and free(m.start(), m.end()):
            found.append(Finding(m.start(), m.end(), "iban", m.group(0)))
            taken.append((m.start(), m.end()))
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
    Each value comes with the forms a tool may print it in (base64, hex, URL-encoded, JSON-escaped, reversed)."""
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
    return out + [e for v in list(out) for e in _encodings(v) if e not in out]


def _encodings(secret: str) -> list[str]:
    """The forms a secret takes when a tool prints it encoded: base64 (standard and URL-safe, at each of the
    three alignments it can have inside a longer encoded text), hex, URL-encoded, JSON-escaped and reversed."""
    data = secret.encode()
    forms = [data.hex(), data.hex().upper(), quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1],
             secret[::-1]]
    for shift, drop in ((0, 0), (1, 2), (2, 3)):
        padded = b"\0" * shift + data
        whole = len(padded) // 3 * 4  # characters that no byte after the secret changes
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            forms.append(encode(padded).decode()[drop:whole])
    out: list[str] = []
    for form in forms:
        if len(form) >= 8 and form != secret and form not in out:
            out.append(form)
    return out


def _is_secret_field(cls: Any, name: str) -> bool:
    field = cls.model_fields[name]
    return "SecretStr" in str(field.annotation)


def _url_secrets(text: str) -> list[str]:
    """The password and the secret-named query parameters (``?api_key=...``) of each URL in a text."""
    out: list[str] = []
    for m in _URL.finditer(text):
        try:
            parts = urlsplit(m.group(0))
            out.append(unquote(parts.password or ""))
        except ValueError:
            continue
        out += [value for key, value in parse_qsl(parts.query) if _SECRET_NAME.search(key)]
    return out
