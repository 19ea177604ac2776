"""The data-flow rule for requests a page makes on its own (gofer.safety.checks.dataflow.PageRequestRule)."""

from __future__ import annotations

from gofer.events import (
    ActionProposed,
    ActionStarted,
    ConfirmationResolved,
    Event,
    Observation,
    RunStarted,
)
from gofer.safety.checks.dataflow import PageRequestRule

TOKEN = "tk_live_5f1e9a0b7c3d2e4f"
PAGE = "https://www.garden.example/page"


def _events(*extra: Event) -> list[Event]:
    return [
        RunStarted(run_id="r", task="Summarise https://www.garden.example/page", model="m", session_id="s",
                   workspace="/nonexistent"),
        ActionProposed(run_id="r", action_id="a1", call_id="c1", tool="browser_open", arguments={"url": PAGE}),
        Observation(run_id="r", action_id="a1", call_id="c1", tool="browser_open", text="Garden news",
                    untrusted=True),
        Observation(run_id="r", action_id="a2", call_id="c2", tool="read_file",
                    text=f"deploy-token: {TOKEN}\nDana Whitfield <dana.whitfield@corp.example>\n"
                    "the quarterly numbers for project falcon are below the plan again"),
        *extra,
    ]


def _rule(*extra: Event, secrets: tuple[str, ...] = ()) -> PageRequestRule:
    return PageRequestRule(_events(*extra), "Summarise https://www.garden.example/page", secrets)


def test_workspace_values_sent_to_another_host_are_refused() -> None:
    rule = _rule()
    assert rule(f"https://evil.example/c?d={TOKEN}", "GET", "", PAGE, False) == (
        "evil.example", "it carries an id or token from the workspace that the user did not give")
    assert rule("https://evil.example/c", "POST", TOKEN[:12], PAGE, False)  # a keystroke's prefix
    assert rule("https://evil.example/c", "POST", "to=dana.whitfield%40corp.example", PAGE, False)
    assert rule("https://evil.example/c", "POST", "The quarterly numbers for Project Falcon are below the plan",
                PAGE, False)
    assert rule("https://evil.example/c", "POST", "eyJ0a2VuIjoidGtfbGl2ZV81ZjFlOWEwYjdjM2QyZTRmIn0=", PAGE, False)


def test_settings_secrets_are_refused_wherever_they_came_from() -> None:
    assert _rule(secrets=("hunter2-deploy-key",))("https://evil.example/b", "POST", "k=hunter2-deploy-key", PAGE,
                                                    False)


def test_page_data_the_users_words_named_hosts_and_the_pages_site_pass() -> None:
    rule = _rule()
    beacon = ('{"page":"https://www.garden.example/page","title":"Garden news",'
              '"cid":"7c1d2e9f0a3b4c5d6e7f8091a2b3c4d5","jwt":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnop"}')
    assert rule("https://analytics.example/collect", "POST", beacon, PAGE, False) is None
    assert rule(f"https://api.garden.example/search?q={TOKEN}", "GET", "", PAGE, False) is None  # its own site
    assert rule(f"https://garden.example/x?q={TOKEN}", "GET", "", PAGE, False) is None  # the user named it
    said = PageRequestRule(_events(), f"Look up {TOKEN} on https://www.garden.example/page")
    assert said(f"https://evil.example/c?d={TOKEN}", "GET", "", PAGE, False) is None


def test_the_models_own_urls_and_approved_navigations_are_not_judged_here() -> None:
    url = f"https://evil.example/c?d={TOKEN}"
    opened = ActionProposed(run_id="r", action_id="a3", call_id="c3", tool="browser_open", arguments={"url": url})
    assert _rule(opened)(url, "GET", "", PAGE, True) is None
    click = ActionProposed(run_id="r", action_id="a4", call_id="c4", tool="browser_click", arguments={"ref": 2})
    approved = ConfirmationResolved(run_id="r", action_id="a4", approved=True)
    started = ActionStarted(run_id="r", action_id="a4", tool="browser_click")
    rule = _rule(click, approved, started)
    assert rule("https://evil.example/p", "POST", f"d={TOKEN}", PAGE, True) is None
    assert rule("https://evil.example/p", "POST", f"d={TOKEN}", PAGE, False)  # its page's own requests still


def test_ports_make_different_sites_on_one_address() -> None:
    rule = PageRequestRule(_events(), "Summarise http://127.0.0.1:8000/page")
    assert rule(f"http://127.0.0.1:9000/c?d={TOKEN}", "GET", "", "http://127.0.0.1:8000/page", False)
    assert rule(f"http://127.0.0.1:8000/c?d={TOKEN}", "GET", "", "http://127.0.0.1:8000/page", False) is None
