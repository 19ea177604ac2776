"""An allow-list entry naming a public suffix itself (``*.com``, ``co.uk``, ``*.github.io``) would allow every site
under it: the deployment's setting and a run's own list (the service the CLI and the API create runs through)
refuse it naming the entry and why; one that reaches a matcher anyway allows nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script
from pydantic import ValidationError

from gofer.config import Settings
from gofer.runtime.service import InvalidRunError
from gofer.safety.checks.domains import DomainPolicy
from gofer.safety.urls import allow_entry_problem

SUFFIX_ENTRIES = ["*.com", "com", "*.co.uk", "co.uk", "*.github.io", ".github.io", "https://*.co.uk/"]


@pytest.mark.parametrize("entry", SUFFIX_ENTRIES)
def test_the_deployment_setting_refuses_a_public_suffix_entry(entry: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Settings(allow_domains=["example.org", entry])
    message = str(caught.value)
    assert repr(entry) in message and "public suffix" in message and "every site under it" in message


def test_ordinary_entries_and_star_alone_stay_accepted() -> None:
    ok = ["example.com", "*.example.co.uk", "corp.*", "*corp*.*", "*", "localhost", "corp", "127.0.0.1",
          "victim.github.io"]
    assert Settings(allow_domains=ok).allow_domains == ok
    assert all(allow_entry_problem(entry) is None for entry in ok)


@pytest.mark.parametrize("entry", SUFFIX_ENTRIES)
def test_a_suffix_entry_that_reaches_the_matcher_allows_nothing(entry: str) -> None:
    policy = DomainPolicy([[entry]])
    for url in ("https://attacker.com/", "https://www.evil.co.uk/", "https://evil.github.io/x", "https://com/"):
        assert policy.check(url)[0] is False, (entry, url)
    assert DomainPolicy([["*"]]).check("https://attacker.com/")[0] is True


async def test_a_runs_own_allow_list_naming_a_suffix_is_refused_at_creation(tmp_path: Path) -> None:
    spec = script(tmp_path, [{"tool_calls": [call("finish", answer="ok")]}])
    async with gofer_env() as env:
        with pytest.raises(InvalidRunError) as caught:
            await env.service.create_run("t", spec, workspace=tmp_path / "ws", start=False,
                                         options={"allow_domains": ["shop.example", "*.github.io"]})
        message = str(caught.value)
        assert message.startswith("options: allow_domains: '*.github.io' names the public suffix 'github.io'")
        with pytest.raises(InvalidRunError, match="'com' names the public suffix"):
            await env.service.create_run("t", spec, workspace=tmp_path / "ws", start=False,
                                         options={"allow_domains": "shop.example, com"})
        assert await env.store.list_runs() == []
        await env.service.create_run("t", spec, workspace=tmp_path / "ws", start=False,
                                     options={"allow_domains": ["shop.example", "*.victim.github.io"]})
