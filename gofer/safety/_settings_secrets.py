"""The secret values of a deployment's settings, and the raw secret finder they use: what masking the model spec
in a run's log needs, without the rest of ``gofer.safety.pii`` (its personal-data patterns load with the guard)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from pydantic import SecretStr

from gofer.safety._finding import Finding, Held
from gofer.safety._secret_forms import encodings, looks_random, pieces, short_pieces
from gofer.safety._secret_patterns import URL, hidden_keys, pattern_secrets

__all__ = ["secrets_in", "settings_secrets"]


def secrets_in(text: str, extra: Iterable[str] = ()) -> list[Finding]:
    """The secrets in a text as it stands (no folding: ``gofer.safety.pii.find_secrets`` folds first): the
    ``extra`` values, also in pieces, and the values of known key formats."""
    found: list[Finding] = []
    extra = [value for value in extra if len(value) >= 6]
    for value in extra:
        start = text.find(value)
        while start != -1:
            found.append(Finding(start, start + len(value), "secret", value))
            start = text.find(value, start + len(value))
    literal = {(f.start, f.end) for f in found}
    found += [Finding(a, b, "secret", value) for a, b, value in pieces(text, extra) if (a, b) not in literal]
    found += Held((f.start, f.end) for f in found).outside(
        Finding(a, b, "secret", value) for a, b, value in short_pieces(text, extra))
    found += pattern_secrets(text)
    found += Held((f.start, f.end) for f in found).outside(hidden_keys(text))
    return found


_SECRET_NAME = re.compile(r"(?i)token|key|secret|passw|auth|credential|cookie|session|pat$|sig(?:nature)?$")
_PATH = re.compile(r"(?:~|\.{0,2})/[\w.@/-]*\.?[\w-]*")


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
            values += _url_secrets(arg) + [f.value for f in secrets_in(arg)]
        for key, value in named:
            if _SECRET_NAME.search(key) and not _PATH.fullmatch(value):  # not --key-file /etc/key.pem
                values += [value, value.partition(" ")[2]]  # "Bearer TOKEN": the token alone too
            values += _url_secrets(value) + [f.value for f in secrets_in(value)]
    out: list[str] = []
    for v in values:
        v = v.strip()
        if len(v) >= 6 and v not in out:
            out.append(v)
    return out + [e for v in list(out) for e in encodings(v) if e not in out]



def _is_secret_field(cls: Any, name: str) -> bool:
    field = cls.model_fields[name]
    return "SecretStr" in str(field.annotation)


def _url_secrets(text: str) -> list[str]:
    """The password, the secret-named query parameters (``?api_key=...``) and the path segments that read like a
    key (``/s/NmQ4ZjE2YjktN2Q0Zi00Yz/``, ``/token/VALUE``) of each URL in a text."""
    out: list[str] = []
    for m in URL.finditer(text):
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
