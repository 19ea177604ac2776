"""The web UI shows a final answer only as the output filter left it, not the model's reply before it."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from gofer.config import Settings
from gofer.server.testing import LiveServer, scripted_model

pytestmark = pytest.mark.slow

CARD = "4111 1111 1111 1111"


def test_an_answer_given_as_plain_text_is_shown_only_redacted(browser: Browser, tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [
        {"text": "I will look at the page.", "tool_calls": [{"name": "list_files", "arguments": {}}]},
        {"text": f"The page lists the card {CARD}."},
    ])
    with LiveServer(Settings(allow_scripted_models=True)) as server:
        page = browser.new_page()
        page.goto(server.url + "/")
        page.fill("#key-input", server.user_key("alice"))
        page.click("#signin-form button")
        page.fill("#task-input", "what does the page list?")
        page.fill("#model-input", model)
        page.click("#start-run")
        expect(page.locator(".ev.answer")).to_contain_text("[redacted:card]")
        expect(page.locator(".ev.thought")).to_have_count(1)
        expect(page.locator(".ev.thought").first).to_contain_text("I will look at the page.")
        assert CARD not in page.locator("#timeline, body").first.inner_text()
