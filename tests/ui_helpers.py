"""Driving gofer's web UI from the web UI tests (Playwright, sync)."""

from __future__ import annotations

from playwright.sync_api import Page, expect

__all__ = ["start_run"]


def start_run(page: Page, task: str, model: str, confirm_all: bool = False) -> str:
    """Start a run from the UI's form (``confirm_all``: every action asks) and return its id once it shows."""
    page.fill("#task-input", task)
    page.fill("#model-input", model)
    if confirm_all:
        page.check("#confirm-all")
    page.click("#start-run")
    expect(page.locator("#run-task")).to_have_text(task)
    return str(page.evaluate("new URLSearchParams(location.hash.slice(1)).get('run')"))
