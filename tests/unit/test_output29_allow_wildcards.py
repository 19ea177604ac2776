"""An allow list's wildcards other than a leading site name (session 19): ``*corp*``, ``shop-*.example.com``,
``corp.*.com``, ``*.corp*`` matched the whole host with ``*`` running over dots, so they took hosts of other sites
(``evilcorp.attacker.com``, ``shop-x.evil.github.io``, ``corp.attacker.com``). In an allow list a wildcard now
stands for characters within one label, the pattern covers the hosts it matches and their subdomains, a leading
``*.`` stands for subdomain labels only, and the host's registered name (the label before its public suffix) must
be matched by a pattern label that writes part of it out. Deny and watch lists keep the wider reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from gofer.computer.browser.policy import UrlPolicy
from gofer.computer.workspace import Workspace
from gofer.safety.checks.domains import DomainPolicy
from gofer.safety.urls import allow_matches, domain_matches
from gofer.safety.watch import watch_reason_for_host

ALLOWED = [
    ("mycorp.com", "*corp*.*"), ("www.mycorp.com", "*corp*.*"), ("corp-intranet.net", "*corp*.*"),
    ("intracorp", "*corp*"),  # a one-label intranet name
    ("evilcorp.com", "*corp.com"), ("mail.evilcorp.com", "*corp.com"),
    ("shop-eu.example.com", "shop-*.example.com"), ("a.shop-eu.example.com", "shop-*.example.com"),
    ("shop-1.example.com", "shop-?.example.com"), ("shop-b.example.com", "shop-[ab].example.com"),
    ("wiki.mycorp.io", "*.*corp.io"), ("x.mycorp.github.io", "*.*corp.github.io"),
    ("shop-eu.github.io", "https://shop-*.github.io/"), ("www.corp.de", "https://corp.*"),
    ("a.b.corp", "*.corp"), ("x.y.com", "*.y.com"), ("anything.example", "*"), ("127.0.0.9", "127.0.0.*"),
]
REFUSED = [
    ("evilcorp.attacker.com", "*corp*"), ("evilcorp.attacker.com", "*corp*.*"), ("corp.attacker.com", "*corp*.*"),
    ("mycorp.com", "*corp*"),  # two labels: write *corp*.* for a site under any top-level domain
    ("corp.com.attacker.net", "*corp*.*"), ("corp.attacker.com", "corp.*.com"),
    ("shop-x.evil.github.io", "shop-*.github.io"), ("shop-x.example.com.attacker.com", "shop-*.example.com"),
    ("evil.corporate-attacker.com.x.corp", "*.corp*.x.corp"),
    ("x.corp.attacker.com", "*.corp*"), ("www.example.com", "*.*"), ("attacker.com", "*.*"),
    ("evilcorp.attacker.com", "*corp.*.com"),
    # written as URLs: the host is the pattern, read the same way
    ("evilcorp.attacker.com", "https://*corp*/"), ("shop-x.evil.github.io", "https://shop-*.github.io/x"),
    ("corp.attacker.com", "http://corp.*"),
]


@pytest.mark.parametrize(("host", "pattern"), ALLOWED)
def test_an_allow_lists_wildcard_covers_what_it_names(host: str, pattern: str) -> None:
    assert allow_matches(host, pattern)


@pytest.mark.parametrize(("host", "pattern"), REFUSED)
def test_an_allow_lists_wildcard_does_not_run_into_another_site(host: str, pattern: str) -> None:
    assert not allow_matches(host, pattern)


@pytest.mark.parametrize(("host", "pattern"), [
    ("evilcorp.attacker.com", "*corp*"), ("shop-x.evil.github.io", "shop-*.github.io"),
    ("corp.attacker.com", "corp.*.com"), ("x.corp.attacker.com", "*.corp*")])
def test_deny_and_watch_lists_keep_the_wider_reading(host: str, pattern: str) -> None:
    assert domain_matches(host, pattern)
    assert watch_reason_for_host(host, [], [pattern])
    allowed, why = DomainPolicy(deny=[pattern]).check(f"https://{host}/x")
    assert not allowed and "deny list" in why


async def test_the_domain_check_and_the_browsers_policy_refuse_another_sites_host(tmp_path: Path) -> None:
    policy = DomainPolicy(allow=[["*corp*.*", "shop-*.example.com"]])
    assert policy.check("https://intranet.mycorp.de/wiki")[0]
    assert policy.check("https://shop-eu.example.com/")[0]
    allowed, why = policy.check("https://evilcorp.attacker.com/wiki")
    assert not allowed and "not on the allow list" in why
    browser = UrlPolicy(Workspace(tmp_path / "ws"), allow_domains=["*corp*"])
    assert not (await browser.check("https://evilcorp.attacker.com/", "navigation")).allowed
    run = UrlPolicy(Workspace(tmp_path / "ws"))
    run.for_run(["shop-*.github.io"], ())  # a run's own list, as http_request and the browser get it
    assert (await run.check("https://shop-eu.github.io/", "navigation")).allowed
    verdict = await run.check("https://shop-x.evil.github.io/", "navigation")
    assert not verdict.allowed and "not on the allow list" in (verdict.reason or "")
