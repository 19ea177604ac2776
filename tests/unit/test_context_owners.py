"""Whose content a page is, for the scope of a remembered approval (session 13)."""

from __future__ import annotations

import pytest

from gofer.events import ActionProposed, ConfirmationResolved, Event, Observation, Risk, RunStarted
from gofer.safety._owners import owner_prefix
from gofer.safety.history import remembered


@pytest.mark.parametrize(("url", "prefix"), [
    ("https://github.com/Eve/repo/issues/1", "/eve"),
    ("https://huggingface.co/spaces/eve/app", "/spaces/eve"),
    ("https://docs.google.com/document/d/abc123/edit", "/document/d/abc123"),
    ("https://medium.com/@eve/a-post", "/@eve"),
    ("http://127.0.0.1:8000/~eve/deal.html", "/~eve"),
    ("https://forum.example/user/eve/posts", "/user/eve"),
    ("https://github.com/", ""),
    ("https://shop.example/c/kitchen/mug", ""),  # a shop's category, not a person's pages
    ("https://shop.example/products/mug?ref=~eve", ""),
    ("not a url", ""),
])
def test_owner_prefix(url: str, prefix: str) -> None:
    assert owner_prefix(url) == prefix


def _clicked_on(aid: str, url: str, remember: bool) -> list[Event]:
    opened = ActionProposed(run_id="r", action_id=f"{aid}o", call_id=f"{aid}o", tool="browser_open",
                            arguments={"url": url}, risk=Risk.REVERSIBLE)
    seen = Observation(run_id="r", action_id=f"{aid}o", call_id=f"{aid}o", tool="browser_open", text=url,
                       data={"url": url}, untrusted=True)
    click = ActionProposed(run_id="r", action_id=aid, call_id=aid, tool="browser_click", arguments={"ref": 1},
                           risk=Risk.CONSEQUENTIAL, risk_reasons=["button 'Publish'"])
    approval = [ConfirmationResolved(run_id="r", action_id=aid, approved=True, remember=True)] if remember else []
    return [opened, seen, click, *approval]


def test_a_remembered_click_in_one_owners_repository_covers_only_that_owners_pages() -> None:
    log: list[Event] = [RunStarted(run_id="r", task="publish the release of alice/tool", model="m",
                                   session_id="s", workspace="/w"),
                        *_clicked_on("a1", "https://github.com/alice/tool/releases/new", remember=True)]
    reasons = ["button 'Publish'"]
    again = [*log, *_clicked_on("a2", "https://github.com/alice/other/releases/new", remember=False)[:2]]
    assert remembered("browser_click", {"ref": 1}, again, reasons) == "browser_click[button 'Publish']@github.com/alice"
    elsewhere = [*log, *_clicked_on("a3", "https://github.com/eve/tool/releases/new", remember=False)[:2]]
    assert remembered("browser_click", {"ref": 1}, elsewhere, reasons) is None
