"""The browser tools against real Chromium and the local test site: every action, asserting on page state."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from gofer.computer.browser import BrowserPool
from gofer.events import Risk
from gofer.tools.base import ToolContext, ToolError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "site"))
from harness import TOOL, call, make_ctx, page_eval, ref, settings_for, snapshot_of
from site_server import serve_site

pytestmark = pytest.mark.asyncio(loop_scope="module")

ACCEPTANCE = Path("/work/shared/acceptance/data/site/index.html")


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with serve_site() as base:
        yield base


async def test_acceptance_page_snapshot_holds_text_and_every_control(ctx: ToolContext, tmp_path: Path) -> None:
    (tmp_path / "ws").mkdir(exist_ok=True)
    (tmp_path / "ws" / "index.html").write_text(ACCEPTANCE.read_text())
    result = await call(ctx, "browser_open", url="file:///workspace/index.html")
    text = result.text
    assert result.untrusted
    for want in ["Harbor Books", "The Tide Tables", "Catalog", "About us", "Quantity", "Paperback", "Gift wrap",
                 "Place order", "Show reviews"]:
        assert want in text
    assert "invisible text" not in text
    assert "<" not in text.replace("<hidden", "")
    snap = snapshot_of(ctx)
    roles = sorted(e.role for e in snap.elements.values())
    assert roles == sorted(["link", "link", "spinbutton", "combobox", "checkbox", "button", "button"])
    place = ref(ctx, "Place order")
    verdict = TOOL["browser_click"].judge_risk({"ref": place}, ctx)
    assert verdict.risk is Risk.CONSEQUENTIAL and verdict.reasons
    assert TOOL["browser_click"].judge_risk({"ref": ref(ctx, "Catalog")}, ctx).risk is Risk.REVERSIBLE
    shown = await call(ctx, "browser_click", ref=ref(ctx, "Show reviews"))
    assert "clicked" in shown.text


@pytest.mark.slow
async def test_shop_cart_and_checkout(ctx: ToolContext, site: str) -> None:
    await call(ctx, "browser_open", url=f"{site}/shop.html")
    first_add = ref(ctx, "Add to cart")
    after = await call(ctx, "browser_click", ref=first_add)
    assert "Cart: 1 items" in after.text
    assert await page_eval(ctx, "localStorage.getItem('cart')") == '["Blue mug"]'
    await call(ctx, "browser_click", ref=ref(ctx, "Go to checkout"))
    snap = snapshot_of(ctx)
    assert snap.title.startswith("Checkout") and "Blue mug" in snap.text
    await call(ctx, "browser_type", ref=ref(ctx, "Full name"), text="Ada Lovelace")
    card = ref(ctx, "Card number")
    assert TOOL["browser_type"].judge_risk({"ref": card, "text": "4111"}, ctx).risk is Risk.CONSEQUENTIAL
    typed = await call(ctx, "browser_type", ref=card, text="4111111111111111")
    assert "4111" not in typed.text and "Card number (filled, value hidden" in typed.text
    assert await page_eval(ctx, "document.getElementById('card').value") == "4111111111111111"
    await call(ctx, "browser_check", ref=ref(ctx, "Express shipping"), checked=True)
    assert await page_eval(ctx, "document.querySelector('input[value=express]').checked") is True
    search = ref(ctx, "Search", role="button")
    assert TOOL["browser_click"].judge_risk({"ref": search}, ctx).risk is Risk.REVERSIBLE
    order = ref(ctx, "Place order")
    judged = TOOL["browser_click"].judge_risk({"ref": order}, ctx)
    assert judged.risk is Risk.CONSEQUENTIAL and any("payment" in r for r in judged.reasons)
    done = await call(ctx, "browser_click", ref=order)
    assert "Thank you, Ada Lovelace" in done.text and "express" in done.text
    back = await call(ctx, "browser_back")
    assert "Checkout" in back.text


@pytest.mark.slow
async def test_login_masks_password_and_survives_a_new_context(
    pool: BrowserPool, home: Path, tmp_path: Path, site: str
) -> None:
    ctx = make_ctx(pool, tmp_path / "ws", settings_for(home), session_id="login-user")
    await call(ctx, "browser_open", url=f"{site}/login.html")
    pw = ref(ctx, "Password")
    judged = TOOL["browser_type"].judge_risk({"ref": pw, "text": "x"}, ctx)
    assert judged.risk is Risk.CONSEQUENTIAL and "password" in judged.reasons[0]
    assert "This page asks for a password" in (await call(ctx, "browser_type", ref=ref(ctx, "Username"),
                                                          text="alice")).text
    typed = await call(ctx, "browser_type", ref=pw, text="secret", submit=True)
    assert "secret" not in typed.text
    assert "Welcome back, alice" in typed.text
    assert ctx.computer is not None
    await ctx.computer.aclose()
    state = pool.state_path("login-user")
    assert state.stat().st_mode & 0o777 == 0o600
    assert "alice-ok" in state.read_text()
    again = make_ctx(pool, tmp_path / "ws", settings_for(home), session_id="login-user")
    result = await call(again, "browser_open", url=f"{site}/account")
    assert "Welcome back, alice" in result.text
    assert again.computer is not None
    part = again.computer.peek("browser")
    await part.log_out()  # type: ignore[union-attr]
    assert not state.exists()
    result = await call(again, "browser_open", url=f"{site}/account")
    assert "Please log in" in result.text
    await again.computer.aclose()


async def test_same_origin_iframe_is_in_the_snapshot_and_clickable(ctx: ToolContext, site: str) -> None:
    result = await call(ctx, "browser_open", url=f"{site}/frame.html")
    assert "Inner text waiting" in result.text and "After the frame." in result.text
    pressed = await call(ctx, "browser_click", ref=ref(ctx, "Press inside"))
    assert "Inner button pressed" in pressed.text


@pytest.mark.slow
async def test_new_tabs_and_popups_are_followed(ctx: ToolContext, site: str) -> None:
    await call(ctx, "browser_open", url=f"{site}/newtab.html")
    result = await call(ctx, "browser_click", ref=ref(ctx, "Open shop in new tab"))
    assert "new tab" in result.text and "Corner Shop" in result.text
    tabs = await call(ctx, "browser_tabs")
    assert "1. Opener" in tabs.text and "2. Corner Shop" in tabs.text and "(current)" in tabs.text
    back = await call(ctx, "browser_switch_tab", n=1)
    assert "Page: Opener" in back.text
    popup = await call(ctx, "browser_click", ref=ref(ctx, "Open article popup"))
    assert "Tab 3 of 3" in popup.text and "The Tides of Harbor Bay" in popup.text
    with pytest.raises(ToolError):
        await call(ctx, "browser_switch_tab", n=9)


async def test_downloads_land_in_the_workspace(ctx: ToolContext, site: str, tmp_path: Path) -> None:
    await call(ctx, "browser_open", url=f"{site}/downloads.html")
    installer = ref(ctx, "installer")
    judged = TOOL["browser_click"].judge_risk({"ref": installer}, ctx)
    assert judged.risk is Risk.CONSEQUENTIAL and "executable" in judged.reasons[-1]
    result = await call(ctx, "browser_click", ref=ref(ctx, "report"))
    assert "downloads/report.csv" in result.text
    assert (tmp_path / "ws" / "downloads" / "report.csv").read_text() == "month,tides\njan,58\n"
    assert [a.path for a in result.artifacts] == ["downloads/report.csv"]
    exe = await call(ctx, "browser_click", ref=installer)
    assert "executable" in exe.text
    saved = tmp_path / "ws" / "downloads" / "setup.sh"
    assert saved.exists() and not saved.stat().st_mode & 0o111


async def test_dialogs_are_reported_and_answered(ctx: ToolContext, site: str) -> None:
    await call(ctx, "browser_open", url=f"{site}/controls.html")
    opened = await call(ctx, "browser_click", ref=ref(ctx, "Confirm me"))
    assert 'confirm dialog is open: "Really?"' in opened.text
    with pytest.raises(ToolError, match="dialog"):
        await call(ctx, "browser_click", ref=ref(ctx, "Alert me"))
    answered = await call(ctx, "browser_dialog", accept=False)
    assert "Confirm: no" in answered.text
    await call(ctx, "browser_click", ref=ref(ctx, "Prompt me"))
    answered = await call(ctx, "browser_dialog", accept=True, text="Grace")
    assert "prompt: Grace" in answered.text
    with pytest.raises(ToolError):
        await call(ctx, "browser_dialog", accept=True)


@pytest.mark.slow
async def test_select_check_hover_press_drag_click_at_scroll(ctx: ToolContext, site: str) -> None:
    await call(ctx, "browser_open", url=f"{site}/controls.html")
    sel = await call(ctx, "browser_select", ref=ref(ctx, "Country"), option="Japan")
    assert 'Country: "Japan"' in sel.text
    assert await page_eval(ctx, "document.getElementById('country').value") == "jp"
    with pytest.raises(ToolError, match="no option"):
        await call(ctx, "browser_select", ref=ref(ctx, "Country"), option="Atlantis")
    await call(ctx, "browser_check", ref=ref(ctx, "Cheese"), checked=True)
    off = await call(ctx, "browser_check", ref=ref(ctx, "Olives"), checked=False)
    assert await page_eval(ctx, "[cheese.checked, olives.checked]") == [True, False]
    assert "Cheese (checked)" in off.text and "Olives" in off.text and "Olives (checked)" not in off.text
    assert "Hidden article link" not in off.text
    await call(ctx, "browser_click", ref=ref(ctx, "Key box"))
    pressed = await call(ctx, "browser_press", key="ArrowDown")
    assert "Key: ArrowDown" in pressed.text
    with pytest.raises(ToolError, match="unknown key"):
        await call(ctx, "browser_press", key="NoSuchKey")
    dropped = await call(ctx, "browser_drag", from_ref=ref(ctx, "Drag me"), to_ref=ref(ctx, "Drop here"))
    assert "Dropped!" in dropped.text
    box = await page_eval(ctx, "(() => { const r = cv.getBoundingClientRect(); return [r.left, r.top]; })()")
    clicked = await call(ctx, "browser_click_at", x=int(box[0]) + 50, y=int(box[1]) + 20)
    assert "canvas clicked at 50,20" in clicked.text and clicked.images
    assert clicked.images[0].data[:4] == b"\x89PNG"


async def test_hover_reveals_a_menu(ctx: ToolContext, site: str) -> None:
    await call(ctx, "browser_open", url=f"{site}/controls.html")
    assert "Hidden article link" not in snapshot_of(ctx).text
    shown = await call(ctx, "browser_hover", ref=ref(ctx, "Menu (hover me)"))
    assert "Hidden article link" in shown.text


async def test_long_article_is_summarised_scrolled_and_read(ctx: ToolContext, site: str) -> None:
    opened = await call(ctx, "browser_open", url=f"{site}/article.html")
    assert "Paragraph 1." in opened.text and "The end of the article." not in opened.text
    assert "browser_scroll" in opened.text and "Part 5: the tides" in opened.text
    assert len(opened.text) < 12_000
    scrolled = await call(ctx, "browser_scroll", direction="bottom")
    assert "The end of the article." in scrolled.text
    assert await page_eval(ctx, "window.scrollY") > 1000
    up = await call(ctx, "browser_scroll", direction="up")
    assert await page_eval(ctx, "window.scrollY") > 0 and up.text
    read = await call(ctx, "browser_read")
    assert "Paragraph 40." in read.text and "The end of the article." in read.text
    fetched = await call(ctx, "browser_read", url=f"{site}/article.html", mode="full")
    assert "Paragraph 17." in fetched.text
    pdf = await call(ctx, "browser_read", url=f"{site}/doc.pdf")
    assert "high water at 06:12" in pdf.text


async def test_upload_and_element_scroll(ctx: ToolContext, site: str, tmp_path: Path) -> None:
    (tmp_path / "ws").mkdir(exist_ok=True)
    (tmp_path / "ws" / "notes.txt").write_text("hello upload")
    await call(ctx, "browser_open", url=f"{site}/controls.html")
    up = await call(ctx, "browser_upload", ref=ref(ctx, "Attachment"), path="notes.txt")
    assert "notes.txt 12" in up.text
    with pytest.raises(ToolError):
        await call(ctx, "browser_upload", ref=ref(ctx, "Attachment"), path="../../etc/passwd")
    assert await page_eval(ctx, "document.getElementById('long').scrollTop") == 0
    area = next(r for r, e in snapshot_of(ctx).elements.items() if e.role == "scrollable")
    await call(ctx, "browser_scroll", direction="down", ref=area)
    assert await page_eval(ctx, "document.getElementById('long').scrollTop") > 0


async def test_screenshot_has_labelled_refs(ctx: ToolContext, site: str) -> None:
    await call(ctx, "browser_open", url=f"{site}/shop.html")
    shot = await call(ctx, "browser_screenshot")
    plain = await call(ctx, "browser_screenshot", labels=False)
    assert shot.images and plain.images
    assert shot.images[0].data[:4] == b"\x89PNG" and shot.images[0].data != plain.images[0].data
    assert "[1]" in shot.text


async def test_captcha_is_handed_to_the_person(ctx: ToolContext, site: str) -> None:
    result = await call(ctx, "browser_open", url=f"{site}/captcha.html")
    assert "CAPTCHA" in result.text and "ask_user" in result.text


async def test_stale_refs_are_model_errors(ctx: ToolContext, site: str) -> None:
    await call(ctx, "browser_open", url=f"{site}/index.html")
    with pytest.raises(ToolError, match="ref 999"):
        await call(ctx, "browser_click", ref=999)


async def test_a_click_by_coordinates_or_an_accepted_dialog_is_judged_by_what_it_does(
    ctx: ToolContext, tmp_path: Path, site: str
) -> None:
    ws = tmp_path / "ws"
    ws.mkdir(exist_ok=True)
    at = "position:absolute;left:40px;width:200px;height:50px"
    (ws / "risky.html").write_text(
        "<!doctype html><title>Files</title>"
        f"<button style='{at};top:40px' onclick=\"document.title=confirm('Delete all your files?')?'gone':'kept'\">"
        "Continue</button>"
        f"<button style='{at};top:140px'>Place order</button>"
        f"<iframe src='{site}/inner.html' style='position:absolute;left:300px;top:40px;width:300px;height:200px'>"
        "</iframe>"
    )
    await call(ctx, "browser_open", url="file:///workspace/risky.html")
    click_at = TOOL["browser_click_at"]
    assert click_at.judge_risk({"x": 140, "y": 65}, ctx).risk is Risk.REVERSIBLE  # "Continue" says nothing
    placed = click_at.judge_risk({"x": 140, "y": 165}, ctx)
    assert placed.risk is Risk.CONSEQUENTIAL and "Place order" in placed.reasons[0]
    framed = click_at.judge_risk({"x": 400, "y": 100}, ctx)
    assert framed.risk is Risk.CONSEQUENTIAL and "frame from 127.0.0.1" in framed.reasons[0]
    assert click_at.judge_risk({"x": 700, "y": 400}, ctx).risk is Risk.REVERSIBLE  # nothing there
    opened = await call(ctx, "browser_click", ref=ref(ctx, "Continue"))
    assert "Delete all your files?" in opened.text
    dialog = TOOL["browser_dialog"]
    accepted = dialog.judge_risk({"accept": True}, ctx)
    assert accepted.risk is Risk.CONSEQUENTIAL and "Delete all your files?" in accepted.reasons[0]
    assert dialog.judge_risk({"accept": False}, ctx).risk is Risk.REVERSIBLE
    await call(ctx, "browser_dialog", accept=False)
