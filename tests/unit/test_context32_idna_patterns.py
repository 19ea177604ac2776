"""Allow and deny entries written in Unicode with wildcards (session 19): ``*.bücher.de`` and ``bücher.*`` were
matched as written against hosts read in IDNA (``xn--bcher-kva.de``), so they matched nothing: an allow list
refused the site it named and a deny list let it through. Entries are now converted to IDNA label by label (a label
with a wildcard in Unicode, ``bü*``, is matched against the host's labels in Unicode); the allow list's rules stay:
wildcards read label by label, no wildcard covers an unwritten IP address or a top-level domain the public suffix
list does not know, and an entry naming a public suffix is refused naming it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from gofer.computer.browser.policy import UrlPolicy
from gofer.computer.workspace import Workspace
from gofer.config import Settings
from gofer.safety.checks.domains import DomainPolicy
from gofer.safety.urls import allow_entry_problem, allow_matches, domain_matches
from gofer.safety.watch import watch_reason_for_host

COVERED = [
    ("www.bücher.de", "*.bücher.de"), ("www.xn--bcher-kva.de", "*.bücher.de"), ("WWW.BÜCHER.DE", "*.bücher.de"),
    ("xn--bcher-kva.de", "bücher.*"), ("shop.bücher.co.uk", "bücher.*"), ("bücher.рф", "bücher.*"),
    ("bücherwelt.de", "bü*.de"), ("shop.bücherwelt.de", "*.bü*.de"), ("a.bücher.de", "https://*.bücher.de/"),
    ("münchen.de", "MÜNCHEN.*"), ("bücher.de", "bücher.de"),  # a plain entry, as before
]
NOT_COVERED = [
    ("bücher.de", "*.bücher.de"),  # ``*.`` is the subdomains
    ("bücher.attacker.com", "bücher.*"), ("www.bücher.de.attacker.com", "*.bücher.de"),
    ("bücher.localhost", "bücher.*"), ("bücher.internal", "bü*.*"),  # a top-level domain no list knows
    ("bücherwelt.attacker.com", "bü*"), ("x.bücher.evil.github.io", "bü*.github.io"),
    ("127.0.0.1", "*.*"), ("bücher.de", "buecher.*"),
]


@pytest.mark.parametrize(("host", "pattern"), COVERED)
def test_a_unicode_pattern_covers_the_hosts_it_names(host: str, pattern: str) -> None:
    assert allow_matches(host, pattern)
    assert domain_matches(host, pattern)


@pytest.mark.parametrize(("host", "pattern"), NOT_COVERED)
def test_a_unicode_allow_pattern_keeps_to_the_site_it_names(host: str, pattern: str) -> None:
    assert not allow_matches(host, pattern)


@pytest.mark.parametrize(("host", "pattern"), [("www.bücher.de", "*.bücher.de"), ("bücher.co.uk", "bücher.*"),
                                                ("bücherwelt.attacker.com", "bü*"), ("x.bücher.de", "*bücher*")])
def test_a_unicode_deny_or_watch_pattern_catches_the_host(host: str, pattern: str) -> None:
    allowed, why = DomainPolicy(deny=[pattern]).check(f"https://{host}/x")
    assert not allowed and pattern in why
    assert watch_reason_for_host(host, [], [pattern])


async def test_the_browsers_policy_and_the_domain_check_allow_a_unicode_site(tmp_path: Path) -> None:
    check = DomainPolicy(allow=[["*.bücher.de", "münchen.*"]])
    assert check.check("https://www.bücher.de/kasse")[0]
    assert check.check("https://www.xn--mnchen-3ya.de/")[0]
    assert not check.check("https://münchen.attacker.com/")[0]
    browser = UrlPolicy(Workspace(tmp_path / "ws"))
    browser.for_run(["*.bücher.de"], ["*.böse.de"])
    assert (await browser.check("https://www.bücher.de/", "navigation")).allowed
    assert not (await browser.check("https://evil.example/", "navigation")).allowed
    denied = UrlPolicy(Workspace(tmp_path / "ws2"), deny_domains=["böse.*"])
    verdict = await denied.check("https://www.xn--bse-sna.de/", "navigation")
    assert not verdict.allowed and "böse.*" in (verdict.reason or "")


@pytest.mark.parametrize(("entry", "suffix"), [("*.рф", "xn--p1ai"), ("рф", "xn--p1ai"),
                                               ("https://*.рф/", "xn--p1ai")])
def test_a_unicode_public_suffix_entry_is_refused_naming_it(entry: str, suffix: str) -> None:
    assert allow_entry_problem(entry) is not None
    with pytest.raises(ValidationError) as caught:
        Settings(allow_domains=["bücher.de", entry])
    assert repr(entry) in str(caught.value) and repr(suffix) in str(caught.value)
    assert not DomainPolicy([[entry]]).check("https://xn--bcher-kva.xn--p1ai/")[0]


def test_unicode_entries_of_sites_stay_accepted() -> None:
    ok = ["*.bücher.de", "bücher.*", "bü*.de", "https://münchen.de/"]
    assert Settings(allow_domains=ok).allow_domains == ok
