"""URL and domain helpers shared by the checks: host extraction, wildcard matching, URLs named in text."""

from __future__ import annotations

import contextlib
import ipaddress
import re
from collections.abc import Iterable
from encodings.idna import nameprep
from fnmatch import fnmatchcase
from functools import cache, lru_cache
from urllib.parse import unquote, urlsplit

from publicsuffixlist import PublicSuffixList

__all__ = [
    "URL_KEYS",
    "URL_RE",
    "allow_entry_problem",
    "allow_matches",
    "canonical_host",
    "domain_matches",
    "extract_urls",
    "host_key",
    "host_of",
    "named_hosts",
    "navigation_url",
    "public_address",
    "same_site",
    "site_of",
]

URL_KEYS = ("url", "href", "link", "endpoint", "uri")
"""The argument names a tool call carries its address in (checks read a call's destination from these)."""

URL_RE = re.compile(r"""(?:https?://|www\.)[^\s"'<>`\\)\]}]+""", re.IGNORECASE)
_BARE_DOMAIN_RE = re.compile(
    r"(?<![\w@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?::(\d{1,5}))?(?![\w-])", re.IGNORECASE
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_TLD_HINT = re.compile(r"\.(?:com|org|net|io|dev|app|gov|edu|mil|co|uk|de|fr|eu|ai|me|info|biz|us|ca|au)$")


def navigation_url(url: str) -> str:
    """The URL a browser navigation to ``url`` loads: without a scheme, ``https://`` is put in front."""
    url = url.strip()
    if "://" not in url and not url.lower().startswith(("about:", "data:", "javascript:", "file:", "blob:")):
        return "https://" + url
    return url


def _ipv4_number(part: str) -> int | None:
    """One part of an IPv4 address as the URL standard reads it: decimal, octal (leading 0) or hex (0x)."""
    try:
        if part[:2] in ("0x", "0X"):
            return int(part[2:] or "0", 16)
        if len(part) > 1 and part.startswith("0"):
            return int(part[1:], 8)
        return int(part, 10) if part.isdigit() else None
    except ValueError:
        return None


def _whatwg_ipv4(host: str) -> str | None:
    parts = host.split(".")
    if len(parts) > 4 or not all(parts):
        return None
    numbers = [_ipv4_number(p) for p in parts]
    if any(n is None for n in numbers):
        return None
    values = [n for n in numbers if n is not None]
    if any(n > 255 for n in values[:-1]) or values[-1] >= 256 ** (5 - len(values)):
        return None
    total = values[-1]
    for i, n in enumerate(values[:-1]):
        total += n << (8 * (3 - i))
    return str(ipaddress.IPv4Address(total))


def canonical_host(host: str) -> str:
    """A host as a browser reaches it: lower case, percent-decoded, IDNA (``xn--``), no trailing dot; an IPv4
    address in any notation URLs accept (``2130706433``, ``0x7f.1``, ``127.1``) as dotted decimal; IPv6
    compressed, an IPv4-mapped one as its IPv4 address."""
    host = unquote(host.strip()).strip("[]").rstrip(".").lower()
    with contextlib.suppress(UnicodeError):  # a label too long for IDNA stays as it is
        host = host.encode("idna").decode("ascii").lower()
    ipv4 = _whatwg_ipv4(host)
    if ipv4 is not None:
        return ipv4
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return host
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    return str(ip)


def _split(url: str) -> tuple[str, str, int | None] | None:
    """(scheme, canonical host, port) of a web URL, read as a browser reads it (a backslash ends the host)."""
    url = url.strip()
    if url.lower().startswith("www."):
        url = "http://" + url
    scheme = url.partition(":")[0].lower()
    if scheme not in ("http", "https", "ws", "wss", "ftp"):
        return None
    try:
        parts = urlsplit(url.replace("\\", "/"))
    except ValueError:
        return None
    try:
        port = parts.port
    except ValueError:
        port = None
    host = canonical_host(parts.hostname or "")
    return (scheme, host, port) if host else None


def host_of(url: str) -> str | None:
    """The canonical host of a URL (``www.`` URLs without a scheme too), or None when it has none."""
    split = _split(url)
    return split[1] if split else None


def host_key(url: str) -> str | None:
    """Host plus a non-default port (``127.0.0.1:8000``): what "the same destination" means here."""
    split = _split(url)
    if split is None:
        return None
    scheme, host, port = split
    if port is None or port == _DEFAULT_PORTS.get(scheme):
        return host
    return f"{host}:{port}"


def domain_matches(host: str, pattern: str) -> bool:
    """True when ``host`` matches ``pattern``: ``example.com`` covers itself and its subdomains,
    ``*.example.com`` only subdomains, other wildcards (``*bank*``) match the whole host, and a pattern that
    starts with a plain label (``hsbc.*``) also a host's subdomains (``www.hsbc.co.uk``; never an IP's parts). A
    pattern in Unicode is read in IDNA label by label (:func:`_pattern_host`: ``*.bücher.de``)."""
    host = canonical_host(host)
    pattern = _pattern_host(pattern)
    if not pattern:
        return False
    if not pattern.isascii():  # a wildcard label in Unicode (``*bücher*``): the host's labels are read in Unicode
        host = ".".join(_unicode_label(label) for label in host.split("."))
    if pattern.startswith("*."):
        return host.endswith(pattern[1:]) or fnmatchcase(host, pattern)
    if any(c in pattern for c in "*?["):
        if fnmatchcase(host, pattern):
            return True
        if pattern[0] in "*?[" or _is_ip(host):
            return False
        # A pattern naming a site under any top-level domain (``hsbc.*``) covers the site's subdomains
        # (``www.hsbc.co.uk``), as ``hsbc.com`` covers ``www.hsbc.com``.
        labels = host.split(".")
        return any(fnmatchcase(".".join(labels[i:]), pattern) for i in range(1, len(labels)))
    pattern = canonical_host(pattern)
    if _is_ip(host):
        return host == pattern
    return host == pattern or host.endswith("." + pattern)


def allow_matches(host: str, pattern: str) -> bool:
    """:func:`domain_matches` as an allow list reads a pattern, so that no wildcard reaches into a site the pattern
    does not name. One naming a site under any top-level domain (``corp.*``, ``mail.corp.*``) covers that name
    under a public suffix only (``corp.com``, ``www.corp.co.uk``, by the public suffix list's ICANN section), not a
    host of another site that starts with it (``corp.attacker.com``, which whoever holds ``attacker.com`` can make),
    nor one under a top-level domain the list does not know (``corp.localhost``, ``corp.internal``: an allow-listed
    host may reach private addresses). An IP address is covered by a pattern that writes some of it out
    (``127.0.0.*``), never by wildcards alone (``*.*``).
    Other wildcards are read label by label (:func:`_labels_match`): ``*corp*.*`` covers ``mycorp.com`` and
    ``www.mycorp.com``, not ``evilcorp.attacker.com``. A plain domain, ``*.`` before one (``*.example.com``) and
    ``*`` alone read as :func:`domain_matches` reads them. An entry naming a public suffix itself (``com``,
    ``*.co.uk``, ``*.github.io``: :func:`allow_entry_problem`) allows nothing. Deny and watch lists keep the wider
    reading: there matching more is the safe side."""
    clean = _pattern_host(pattern)
    if _public_suffix_entry(clean) is not None:  # refused where lists are given; one that got past allows nothing
        return False
    if "://" in clean or clean == "*" or not any(c in clean for c in "*?["):
        return domain_matches(host, clean)
    if clean.startswith("*.") and not any(c in clean[2:] for c in "*?["):
        return domain_matches(host, clean)  # the subdomains of the domain it writes out
    host = canonical_host(host)
    if _is_ip(host):  # ``127.0.0.*``: an address's parts are no site; ``*.*`` writes none of them
        return _WILDCARDS.sub("", clean).strip(".:") != "" and domain_matches(host, clean)
    prefix = clean.removesuffix(".*")
    if prefix == clean or not prefix or any(c in prefix for c in "*?["):
        return _labels_match(host, clean)
    suffix = _suffixes(False).publicsuffix(host, accept_unknown=False) or ""
    return bool(suffix) and (host == f"{prefix}.{suffix}" or host.endswith(f".{prefix}.{suffix}"))


def allow_entry_problem(pattern: str) -> str | None:
    """Why an allow list may not hold ``pattern``, or None: an entry naming a public suffix itself (``com``,
    ``*.com``, ``*.co.uk``, ``*.github.io``, by the whole public suffix list) would allow every site under it,
    which no one means by an allow list. ``*`` alone (every host) and names the list does not know (``localhost``,
    an intranet's ``corp``) are entries like any other."""
    suffix = _public_suffix_entry(_pattern_host(pattern))
    if suffix is None:
        return None
    return (f"{pattern.strip()!r} names the public suffix {suffix!r}, so it would allow every site under it; "
            f"name the sites instead (e.g. example.{suffix})")


@lru_cache(maxsize=1024)
def _public_suffix_entry(clean: str) -> str | None:
    """The public suffix an allow entry (lower case, no trailing dot) names as a whole, bare or after ``*.`` or
    ``.``, or None."""
    bare = clean.removeprefix("*.").lstrip(".")
    if not bare or any(c in bare for c in "*?[") or _is_ip(bare):
        return None
    host = canonical_host(bare)
    return host if _suffixes(True).publicsuffix(host, accept_unknown=False) == host else None


_WILDCARDS = re.compile(r"\[[^\]]*\]|[*?]")


@lru_cache(maxsize=1024)
def _pattern_host(pattern: str) -> str:
    """A list entry as hosts are read (:func:`canonical_host`): lower case, no trailing dot, one written as a URL
    (``https://*corp*/``) read by its host, and converted to IDNA label by label, since a host's Unicode labels are
    (``*.bücher.de`` is ``*.xn--bcher-kva.de``, ``bücher.*`` is ``xn--bcher-kva.*``). A label with a wildcard in
    Unicode (``bü*``) has no IDNA form: it stays Unicode (nameprepped as IDNA does), and the host's labels are read
    in Unicode against it (:func:`_label_fits`)."""
    clean = pattern.strip().lower()
    if "://" in clean:
        with contextlib.suppress(ValueError):
            clean = urlsplit(clean.replace("\\", "/")).hostname or clean
    return ".".join(_pattern_label(label) for label in clean.rstrip(".").split("."))


def _pattern_label(label: str) -> str:
    """One label of a list entry as :func:`_pattern_host` writes it."""
    if label.isascii():
        return label
    with contextlib.suppress(UnicodeError):  # a label too long or empty for IDNA stays as written
        if _WILDCARDS.search(label):
            return nameprep(label)
        return label.encode("idna").decode("ascii").lower()
    return label


def _unicode_label(label: str) -> str:
    """A host's label in Unicode (``bücher`` of ``xn--bcher-kva``); itself when it is not IDNA."""
    if not label.startswith("xn--"):
        return label
    try:
        return label.encode("ascii").decode("idna")
    except UnicodeError:
        return label


def _label_fits(label: str, wanted: str) -> bool:
    """Whether a host's ``label`` matches a pattern's label (:func:`_pattern_host`), in Unicode when the pattern's
    is."""
    return fnmatchcase(label if wanted.isascii() else _unicode_label(label), wanted)


def _labels_match(host: str, pattern: str) -> bool:
    """An allow list's wildcard pattern read label by label: each ``*``, ``?`` or ``[...]`` stands for characters
    within one label (never a dot); the pattern's labels match the host's last ones, so it covers the hosts it
    matches and their subdomains (``shop-*.example.com`` covers ``a.shop-eu.example.com``); a leading ``*.`` stands
    for one subdomain label or more. The host's registered name (the label before its public suffix, by the whole
    list: ``evil`` in ``x.evil.github.io``) must fall to a pattern label that writes a character of it out, not to
    wildcards alone: ``corp.*.com`` does not cover ``corp.attacker.com``, nor ``*.*`` every host. So must a top-level
    domain the list does not know: ``*corp*.*`` does not cover ``mycorp.localhost`` (the loopback address) or
    ``corp.internal``, ``*corp*.internal`` does."""
    labels = host.split(".")
    wanted = pattern.split(".")
    subdomains = wanted[0] == "*" and len(wanted) > 1
    if subdomains:
        wanted = wanted[1:]
    if len(labels) < len(wanted) + subdomains:
        return False
    tail = labels[len(labels) - len(wanted):]
    if not all(_label_fits(label, want) for label, want in zip(tail, wanted, strict=True)):
        return False
    if _WILDCARDS.sub("", wanted[-1]) == "" and _suffixes(False).publicsuffix(host, accept_unknown=False) is None:
        return False
    registered = len(labels) - (site_of(host).count(".") + 1)
    at = registered - (len(labels) - len(wanted))  # the pattern's label that matched the registered name
    return at >= 0 and _WILDCARDS.sub("", wanted[at]) != ""


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


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


@cache
def _suffixes(private: bool) -> PublicSuffixList:
    """The public suffix list the ``publicsuffixlist`` wheel ships (no network), read once; ``private``: with its
    private section (``github.io``, ``s3.amazonaws.com``), else the ICANN section alone."""
    return PublicSuffixList(only_icann=not private)


@lru_cache(maxsize=8192)
def site_of(host: str, *, private: bool = True) -> str:
    """A host's site, by the public suffix list: the public suffix and the one label in front of it
    (``evil.co.uk`` of ``www.evil.co.uk``, ``victim.github.io`` of ``victim.github.io``). The host is read as
    :func:`canonical_host` reads it (IDNA, no trailing dot); an IP address is its own site, and so is a host that is
    itself a public suffix (``github.io``, ``localhost``). A top-level domain the list does not know (``.test``,
    ``.example``) is a public suffix of its own.

    With ``private`` (the default) the list's private section counts: ``a.github.io`` and ``b.github.io``,
    ``foo.s3.amazonaws.com`` and ``bar.s3.amazonaws.com``, are different sites, since different people control
    what each serves, and browsers scope cookies by the same list. This is the site wherever "the same site" lets
    something through (a page's own site, a form to another site, a named host's subdomains, a server's cookies).
    ``private=False`` (the ICANN section alone) is the wider grouping the data-flow rule adds a site's pieces up
    under: names a hosting service hands out for free (a bucket per piece) then still count as one site."""
    host = canonical_host(host)
    if not host or _is_ip(host):
        return host
    return _suffixes(private).privatesuffix(host) or host


def same_site(key: str, named: Iterable[str]) -> bool:
    """True when a destination (host or host:port) was named: the same host:port, or, when the named entry has no
    port, a subdomain of a named host that is not a public suffix (a person naming ``github.io`` or ``co.uk`` did
    not name every site under it: see :func:`site_of`)."""
    host, _, port = key.partition(":")
    for entry in named:
        e_host, _, e_port = entry.partition(":")
        if e_port:
            if port == e_port and host == e_host:
                return True
        elif not port and (host == e_host or (host.endswith("." + e_host) and _within_site(host, e_host))):
            return True
    return False


def _within_site(host: str, parent: str) -> bool:
    """Whether ``parent`` (a domain ``host`` is a subdomain of) is ``host``'s site or a subdomain of it."""
    site = site_of(host)
    return parent == site or parent.endswith("." + site)


_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NOT_PUBLIC = tuple(ipaddress.ip_network(n) for n in ("192.0.0.0/24", "100.64.0.0/10"))
"""Ranges that Python's ``is_global`` counts as public in some versions."""


def public_address(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether an address is on the public internet: not private, loopback, link-local, shared (100.64.0.0/10,
    where some clouds keep their metadata service and where tailnets live), reserved or multicast, and no such
    IPv4 address carried inside an IPv6 one (mapped, 6to4, Teredo, NAT64)."""
    if isinstance(addr, ipaddress.IPv6Address):
        inner = addr.ipv4_mapped or addr.sixtofour or (addr.teredo[1] if addr.teredo else None)
        if inner is None and addr in _NAT64:
            inner = ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
        if inner is not None and not public_address(inner):
            return False
    return addr.is_global and not addr.is_multicast and not any(addr in net for net in _NOT_PUBLIC)
