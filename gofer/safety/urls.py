"""URL and domain helpers shared by the checks: host extraction, wildcard matching, URLs named in text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from fnmatch import fnmatchcase
from urllib.parse import urlsplit

__all__ = [
    "URL_RE",
    "domain_matches",
    "extract_urls",
    "host_key",
    "host_of",
    "named_hosts",
    "same_site",
]

URL_RE = re.compile(r"""(?:https?://|www\.)[^\s"'<>`\\)\]}]+""", re.IGNORECASE)
_BARE_DOMAIN_RE = re.compile(
    r"(?<![\w@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?::(\d{1,5}))?(?![\w-])", re.IGNORECASE
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_TLD_HINT = re.compile(r"\.(?:com|org|net|io|dev|app|gov|edu|mil|co|uk|de|fr|eu|ai|me|info|biz|us|ca|au)$")


def host_of(url: str) -> str | None:
    """The lower-cased host of a URL (``www.`` URLs without a scheme too), or None when it has none."""
    url = url.strip()
    if url.lower().startswith("www."):
        url = "http://" + url
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https", "ws", "wss", "ftp"):
        return None
    return (parts.hostname or "").lower().rstrip(".") or None


def host_key(url: str) -> str | None:
    """Host plus a non-default port (``127.0.0.1:8000``): what "the same destination" means here."""
    host = host_of(url)
    if host is None:
        return None
    if url.lower().startswith("www."):
        url = "http://" + url
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return host
    if port is None or port == _DEFAULT_PORTS.get(parts.scheme.lower()):
        return host
    return f"{host}:{port}"


def domain_matches(host: str, pattern: str) -> bool:
    """True when ``host`` matches ``pattern``: ``example.com`` covers itself and its subdomains,
    ``*.example.com`` only subdomains, other wildcards (``*bank*``) match the whole host."""
    host = host.lower().rstrip(".")
    pattern = pattern.strip().lower().rstrip(".")
    if not pattern:
        return False
    if "://" in pattern:
        pattern = host_of(pattern) or pattern
    if pattern.startswith("*."):
        return host.endswith(pattern[1:]) or fnmatchcase(host, pattern)
    if any(c in pattern for c in "*?["):
        return fnmatchcase(host, pattern)
    return host == pattern or host.endswith("." + pattern)


def extract_urls(text: str) -> list[str]:
    """Every http(s)/``www.`` URL in a text, trailing punctuation trimmed."""
    return [m.group(0).rstrip(".,;:!?") for m in URL_RE.finditer(text)]


def named_hosts(texts: Iterable[str]) -> set[str]:
    """Destinations a person named: hosts (with non-default ports) of URLs and bare domains in their texts."""
    named: set[str] = set()
    for text in texts:
        for url in extract_urls(text):
            key = host_key(url)
            if key:
                named.add(key)
        for m in _BARE_DOMAIN_RE.finditer(text):
            domain = m.group(1).lower()
            if _TLD_HINT.search(domain) or m.group(2):
                named.add(domain)
    return named


def same_site(key: str, named: Iterable[str]) -> bool:
    """True when a destination (host or host:port) was named: the same host:port, or a subdomain of a named
    host when the named entry has no port."""
    host, _, port = key.partition(":")
    for entry in named:
        e_host, _, e_port = entry.partition(":")
        if e_port:
            if port == e_port and host == e_host:
                return True
        elif not port and (host == e_host or host.endswith("." + e_host)):
            return True
    return False
