"""One typed text clears its field once, and one check clicks its box once (confirm36). ``browser_type`` clears the
field with Playwright's ``fill("")`` and, when that fails, clicks the field and clears it by keys. A field whose input
handler asks ``confirm()`` when it is emptied (a search box starting over, putting the search back when the person
says no) blocked the fill on the dialog; when the model or a person took longer than the fill's timeout to answer,
the fallback ran once it was answered: a click on the field (its click handler went off, which a fill never sets
off) and the keys' clearing, which emptied the field the person had just kept and set the handler off a second time
(a second request, a second dialog; on main the run then hung past the test's 90 s). ``browser_check`` likewise
clicked a box by script after Playwright had clicked it: when its page sets the box itself once its server answered
(Playwright: "did not change its state"), or when its dialog was declined after the timeout. Now a fill or a check
that went out is not followed by the fallback; a field Playwright cannot fill (a widget reading keys) is still
clicked and typed into. A real run with a real browser against a server on 127.0.0.1; only the model is scripted."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import SignalSite, call, drive, serve

from gofer.events import Observation, RunStatus

# a person who says no keeps the search: the page puts it back
_ASKS = """<!doctype html><title>Search</title><input id=q aria-label="Search" value="mugs"><script>
const q = document.getElementById('q');
q.addEventListener('click', () => fetch('/clicked'));
q.addEventListener('input', () => {
  if (q.value === '') { fetch('/cleared'); if (!confirm('Start a new search?')) q.value = 'mugs'; } });
</script>"""

_KEYS = """<!doctype html><title>Search</title><div id=q role=textbox tabindex=0 aria-label="Search"
style="width:20em;height:1.5em;border:1px solid"></div><script>
const q = document.getElementById('q');
q.addEventListener('keydown', (e) => {
  if (e.key.length === 1 && !e.ctrlKey) { q.textContent += e.key; fetch('/key'); } });
</script>"""


@pytest.mark.slow
async def test_a_field_whose_dialog_stays_open_long_is_cleared_once(tmp_path: Path) -> None:
    site = SignalSite({"/search": _ASKS})
    with serve(site.handler) as url:
        status, events = await drive(tmp_path, f"search for cups at {url}/", [
            call("browser_open", url=f"{url}/search.html"), call("browser_type", ref=1, text="cups"),
            call("shell", command="sleep 6"), call("browser_dialog", accept=False), call("shell", command="sleep 2"),
            call("browser_screenshot")], tmp_path / "ws")
    assert status == RunStatus.FINISHED
    assert [g for g in site.gets if g.startswith(("/cleared", "/clicked"))] == ["/cleared"], site.gets
    answered = [e for e in events if isinstance(e, Observation) and e.tool == "browser_dialog"]
    look = [e for e in events if isinstance(e, Observation) and e.tool == "browser_screenshot"][-1]
    assert len(answered) == 1 and not answered[0].error, answered
    assert "dialog" not in look.text.lower(), look.text


@pytest.mark.slow
async def test_a_widget_playwright_cannot_fill_is_still_typed_into(tmp_path: Path) -> None:
    site = SignalSite({"/search": _KEYS})
    with serve(site.handler) as url:
        status, events = await drive(tmp_path, f"search for cups at {url}/", [
            call("browser_open", url=f"{url}/search.html"), call("browser_type", ref=1, text="cups")],
            tmp_path / "ws")
    assert status == RunStatus.FINISHED
    typed = [e for e in events if isinstance(e, Observation) and e.tool == "browser_type"][-1]
    assert not typed.error, typed.text
    assert [g for g in site.gets if g.startswith("/key")] == ["/key"] * 4, site.gets
    assert "cups" in typed.text, typed.text


# the page sets the box itself once its server answered (a toggle kept on the server)
_TOGGLE = """<!doctype html><title>Mug</title><label><input type=checkbox id=c> Gift wrap</label><script>
const c = document.getElementById('c');
c.addEventListener('click', (e) => {
  const want = c.checked; e.preventDefault();
  fetch('/clicked').then(() => setTimeout(() => { c.checked = want; }, 300)); });
</script>"""

_ASK_BOX = """<!doctype html><title>Mug</title><label><input type=checkbox id=c> Gift wrap</label><script>
document.getElementById('c').addEventListener('click', (e) => {
  fetch('/clicked'); if (!confirm('Wrap it?')) e.preventDefault(); });
</script>"""


@pytest.mark.slow
async def test_a_checkbox_its_page_sets_itself_is_clicked_once(tmp_path: Path) -> None:
    site = SignalSite({"/mug": _TOGGLE})
    with serve(site.handler) as url:
        status, events = await drive(tmp_path, f"wrap the mug at {url}/", [
            call("browser_open", url=f"{url}/mug.html"), call("browser_check", ref=1, checked=True),
            call("shell", command="sleep 1"), call("browser_screenshot")], tmp_path / "ws")
    assert status == RunStatus.FINISHED
    assert [g for g in site.gets if g.startswith("/clicked")] == ["/clicked"], site.gets
    look = [e for e in events if isinstance(e, Observation) and e.tool == "browser_screenshot"][-1]
    assert "checked" in look.text, look.text  # the page set it once its server answered


@pytest.mark.slow
async def test_a_checkbox_whose_dialog_is_declined_late_is_clicked_once(tmp_path: Path) -> None:
    site = SignalSite({"/mug": _ASK_BOX})
    with serve(site.handler) as url:
        status, events = await drive(tmp_path, f"wrap the mug at {url}/", [
            call("browser_open", url=f"{url}/mug.html"), call("browser_check", ref=1, checked=True),
            call("shell", command="sleep 6"), call("browser_dialog", accept=False), call("shell", command="sleep 2"),
            call("browser_screenshot")], tmp_path / "ws")
    assert status == RunStatus.FINISHED
    assert [g for g in site.gets if g.startswith("/clicked")] == ["/clicked"], site.gets
    answered = [e for e in events if isinstance(e, Observation) and e.tool == "browser_dialog"]
    assert len(answered) == 1 and not answered[0].error, answered
