"""Screenshots of the web UI's main screens, saved to docs/screenshots/ui-*.png.

Starts a live server (scripted model, SQLite in a temporary home), serves a small shop page on 127.0.0.1 for the
agent's browser, and drives the UI with Playwright in Debian's Chromium through one run: sign-in, the run in
progress with its plan and steps, an approval, the computer panel (browser screenshot, takeover) and the files.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from playwright.sync_api import Page, expect, sync_playwright

CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

SHOP_BODY = """<b>Stovetop kettle, 1.7 l</b> · brushed steel · <b>€34.90</b><br>
Ships in 2 days from Lyon. 4.6 ★ (212 reviews). Delivery to Paris: free over €30."""

TASK = "Order the 1.7 l stovetop kettle from the shop if it costs under €40, and keep a note of the order."


def _turns(shop_url: str) -> list[dict[str, object]]:
    plan = ["Open the shop page", "Check the kettle's price", "Place the order", "Write the order note"]

    def marked(done: int) -> list[dict[str, str]]:
        return [{"title": t, "status": "done" if i < done else "in_progress" if i == done else "pending"}
                for i, t in enumerate(plan)]

    return [
        {"text": "I'll plan first, then open the shop.",
         "tool_calls": [{"name": "update_plan", "arguments": {"steps": marked(0)}}]},
        {"text": "Opening the shop page to find the kettle.",
         "tool_calls": [{"name": "browser_open", "arguments": {"url": shop_url}}]},
        {"tool_calls": [{"name": "update_plan", "arguments": {"steps": marked(2)}}]},
        {"text": "The kettle costs €34.90, under the €40 limit. Checking the total in Python before ordering.",
         "tool_calls": [{"name": "python", "arguments": {"code": "price = 34.90\nprint(f'total: {price:.2f} EUR',"
                                                                " 'OK' if price < 40 else 'too dear')"}}]},
        {"text": "Placing the order: this needs your approval.",
         "tool_calls": [{"name": "browser_click", "arguments": {"ref": 2}}]},
        {"tool_calls": [{"name": "write_file", "arguments": {
            "path": "order-note.md",
            "content": "# Kettle order\n\n- Stovetop kettle, 1.7 l: €34.90\n- Ships from Lyon in 2 days\n"}}]},
        {"tool_calls": [{"name": "update_plan", "arguments": {"steps": marked(4)}}]},
        {"tool_calls": [{"name": "finish", "arguments": {
            "answer": "Ordered the 1.7 l stovetop kettle for €34.90; the note is in order-note.md.",
            "files": ["order-note.md"]}}]},
    ]


def _shot(page: Page, out: Path, name: str) -> None:
    page.wait_for_timeout(150)  # let the last repaint land before capturing
    page.screenshot(path=str(out / f"ui-{name}.png"))
    print(f"wrote {out / f'ui-{name}.png'}")


def main() -> None:
    """Drive the UI through one run and save the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="demo-"))
    os.environ["GOFER_HOME"] = str(home)
    os.environ.setdefault("GOFER_NETWORK", "none")

    from gofer.config import Settings
    from gofer.server.testing import LiveServer, RecordingPage, scripted_model

    settings = Settings(allow_scripted_models=True, browser_screenshots=True)
    with RecordingPage("Acme kettles", SHOP_BODY, "Place order") as shop, LiveServer(settings) as server, \
            sync_playwright() as p:
        model = scripted_model(home / "kettle.yaml", _turns(shop.url))
        key = server.user_key("ada")
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(server.url + "/")
        expect(page.locator("#signin-form")).to_be_visible()
        page.fill("#key-input", key)
        _shot(page, args.out, "signin")
        page.click("#signin-form button")
        expect(page.locator("#who")).to_have_text("ada")

        page.fill("#task-input", TASK)
        page.fill("#model-input", model)
        page.click("#start-run")
        approve = page.locator("[data-testid=approve]")
        expect(approve).to_be_visible(timeout=60_000)
        expect(page.locator("#screen")).to_be_visible()
        expect(page.locator("#terminal")).to_be_visible()
        page.locator(".ev[data-type=ConfirmationRequested]").scroll_into_view_if_needed()
        _shot(page, args.out, "run")
        page.locator(".ev[data-type=ConfirmationRequested] input").fill("fine, under budget")
        _shot(page, args.out, "approval")
        approve.click()
        expect(page.locator(".ev.answer")).to_be_visible(timeout=60_000)
        expect(page.locator("#files li[data-path='order-note.md']")).to_be_visible()
        page.locator("#files").scroll_into_view_if_needed()
        _shot(page, args.out, "files")

        # The computer panel during a takeover: a second run in the same session waits on a question.
        ask = scripted_model(home / "name.yaml", [
            {"text": "The shop wants a delivery name; I'll ask you to fill it in.",
             "tool_calls": [{"name": "browser_open", "arguments": {"url": shop.url}}]},
            {"tool_calls": [{"name": "ask_user", "arguments": {"question": "Could you type the delivery name?"}}]},
            {"tool_calls": [{"name": "finish", "arguments": {"answer": "Thanks, done."}}]},
        ])
        page.fill("#task-input", "Fill in the delivery name on the shop page")
        page.fill("#model-input", ask)
        page.click("#start-run")
        expect(page.locator(".ev[data-type=QuestionAsked]")).to_be_visible(timeout=60_000)
        page.click("#takeover")
        expect(page.locator("#takeover-hint")).to_be_visible()
        page.wait_for_function("() => document.getElementById('screen').naturalWidth > 0")
        screen = page.locator("#screen")
        screen.press("Tab")  # focus the page's name field
        for letter in "Ada Lovelace":
            screen.press(letter if letter != " " else "Space")
        shop.wait_for("input", value="Ada Lovelace")
        page.wait_for_timeout(300)
        _shot(page, args.out, "computer")
        page.click("#handback")
        expect(page.locator(".ev[data-type=TakeoverEnded]")).to_be_visible()
        browser.close()


if __name__ == "__main__":
    main()
