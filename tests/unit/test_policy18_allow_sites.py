"""An allow list's site pattern (``corp.*``) covers that name under a public suffix only (session 18): a host of
another site that merely starts with it (``corp.attacker.com``, which whoever holds ``attacker.com`` can make) is
not allowed, by the domain check nor by the browser's and ``http_request``'s URL policy; deny and watch lists keep
the wider reading, where matching more is the safe side."""

from __future__ import annotations

from pathlib import Path

import pytest

from gofer.computer.browser.policy import UrlPolicy
from gofer.computer.workspace import Workspace
from gofer.safety.checks.domains import DomainPolicy
from gofer.safety.urls import allow_matches, domain_matches
from gofer.safety.watch import watch_reason_for_host

ALLOWED = [("corp.com", "corp.*"), ("www.corp.co.uk", "corp.*"), ("corp.io", "corp.*"),
           ("mail.corp.com", "mail.corp.*"), ("x.mail.corp.de", "mail.corp.*"), ("a.example.com", "example.com"),
           ("x.y.com", "*.y.com"), ("127.0.0.1", "127.0.0.*"), ("CORP.COM.", "corp.*")]
REFUSED = [("corp.attacker.com", "corp.*"), ("corp.github.io", "corp.*"), ("mail.corp.attacker.io", "mail.corp.*"),
           ("notcorp.com", "corp.*"), ("corp", "corp.*"), ("evil.com", "example.com")]


@pytest.mark.parametrize(("host", "pattern"), ALLOWED)
def test_an_allow_lists_site_pattern_covers_the_name_under_a_public_suffix(host: str, pattern: str) -> None:
    assert allow_matches(host, pattern)


@pytest.mark.parametrize(("host", "pattern"), REFUSED)
def test_an_allow_lists_site_pattern_does_not_cover_another_sites_host(host: str, pattern: str) -> None:
    assert not allow_matches(host, pattern)


def test_deny_and_watch_lists_keep_the_wider_reading() -> None:
    assert domain_matches("corp.attacker.com", "corp.*")
    assert watch_reason_for_host("mail.attacker.com", [], ["mail.*"])
    allowed, why = DomainPolicy(deny=["corp.*"]).check("https://corp.attacker.com/x")
    assert not allowed and "deny list" in why


def test_the_domain_check_refuses_another_sites_host_under_an_allow_list() -> None:
    policy = DomainPolicy(allow=[["corp.*"]])
    assert policy.check("https://intranet.corp.co.uk/wiki")[0]
    allowed, why = policy.check("https://corp.attacker.com/wiki")
    assert not allowed and "not on the allow list" in why


async def test_the_browsers_url_policy_refuses_another_sites_host_under_an_allow_list(tmp_path: Path) -> None:
    policy = UrlPolicy(Workspace(tmp_path / "ws"), allow_domains=["corp.*"])
    assert not (await policy.check("https://corp.attacker.com/", "navigation")).allowed
    run = UrlPolicy(Workspace(tmp_path / "ws"))
    run.for_run(["corp.*"], ())  # a run's own list, as http_request and the browser get it
    assert (await run.check("https://wiki.corp.de/", "navigation")).allowed
    verdict = await run.check("https://corp.attacker.com/", "navigation")
    assert not verdict.allowed and "not on the allow list" in (verdict.reason or "")
