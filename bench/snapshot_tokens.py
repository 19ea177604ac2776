"""How compact gofer's page snapshot is: tokens of raw HTML, innerText and the snapshot, controls kept.

For each page in bench/pages/ (and a few MiniWoB++ task pages after START), served on 127.0.0.1:
- tokens (cl100k, via the ``bpe-openai`` package, which ships the cl100k table; ``tiktoken`` would download
  it) of the raw HTML, of ``document.body.innerText``, of gofer's snapshot as the model sees it (default
  budget) and of the full snapshot (no budget);
- interactive elements present (visible links, buttons, inputs, selects, textareas, ARIA widgets, onclick)
  and how many of them the snapshot gave a ref;
- side by side, the page state browser-use serialises for its model (its ``llm_representation``), when
  browser-use can run here: it is installed in a throwaway venv (``--browser-use-python``), never in
  gofer's. When it cannot run offline, the exact reason is printed.

Run: ``python bench/snapshot_tokens.py [--browser-use-python /tmp/bu-venv/bin/python]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from miniwob_harness import serve_miniwob

from gofer.computer.base import Computer
from gofer.computer.browser.part import get_browser
from gofer.computer.browser.snapshot import RefMap, take_snapshot
from gofer.computer.workspace import Workspace
from gofer.config import Settings
from gofer.tools.base import ToolContext
from gofer.tools.browser import TOOLS

PAGES = Path(__file__).resolve().parent / "pages"
MINIWOB_TASKS = ["login-user", "click-checkboxes", "search-engine", "email-inbox", "social-media"]

PRESENT_JS = """
() => {
  const sel = 'a[href],button,input:not([type=hidden]),select,textarea,summary,[role=button],[role=link],' +
    '[role=checkbox],[role=radio],[role=tab],[role=menuitem],[role=option],[onclick],[contenteditable=true]';
  return Array.from(document.querySelectorAll(sel)).filter((e) => {
    const r = e.getBoundingClientRect();
    const box = ['checkbox', 'radio'].includes(e.type);
    const shown = !e.checkVisibility || e.checkVisibility({visibilityProperty: true});
    return (r.width > 0 && r.height > 0 || box) && shown;
  }).length;
}
"""

BROWSER_USE_SCRIPT = r"""
import asyncio, json, sys
async def main(urls, chromium):
    from browser_use import BrowserSession, BrowserProfile
    profile = BrowserProfile(executable_path=chromium, headless=True, chromium_sandbox=False,
                             args=['--disable-background-networking', '--disable-component-update', '--disable-sync'])
    session = BrowserSession(browser_profile=profile)
    await session.start()
    out = {}
    try:
        for url in urls:
            await session.navigate_to(url)
            state = await session.get_browser_state_summary()
            out[url] = state.dom_state.llm_representation()
    finally:
        await session.kill()
    print(json.dumps(out))
asyncio.run(main(sys.argv[2:], sys.argv[1]))
"""


def _encoder() -> Any:
    import bpe_openai

    return bpe_openai.get_encoding("cl100k_base")


def browser_use_states(python: str | None, urls: list[str], chromium: str) -> tuple[dict[str, str], str]:
    """browser-use's serialised state per URL, or an empty dict and the exact reason it could not run."""
    if not python:
        return {}, "browser-use not run: pass --browser-use-python PATH (a throwaway venv with browser-use)"
    if not Path(python).exists():
        return {}, f"browser-use not run: {python} does not exist (pip install browser-use failed or not tried)"
    env = {"ANONYMIZED_TELEMETRY": "false", "BROWSER_USE_CLOUD_SYNC": "false", "PATH": "/usr/bin:/bin",
           "HOME": tempfile.mkdtemp(prefix="bu-home-")}
    try:
        proc = subprocess.run([python, "-c", BROWSER_USE_SCRIPT, chromium, *urls], capture_output=True, text=True,
                              timeout=300, env=env)
    except subprocess.TimeoutExpired:
        return {}, "browser-use did not finish within 300 s"
    if proc.returncode != 0:
        tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-6:])
        return {}, f"browser-use failed (exit {proc.returncode}):\n{tail}"
    try:
        return json.loads(proc.stdout.strip().splitlines()[-1]), ""
    except (ValueError, IndexError):
        return {}, f"browser-use printed no JSON: {proc.stdout[-500:]}"


async def measure(urls: list[tuple[str, str, bool]]) -> list[dict[str, Any]]:
    """Tokens and controls per page, measured in one gofer browser."""
    enc = _encoder()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(home=Path(tmp) / "home")
        computer = Computer("bench", Workspace(Path(tmp) / "ws"), settings)
        ctx = ToolContext(run_id="bench", session_id="bench", workspace=computer.workspace.root, computer=computer,
                          settings=settings)
        tools = {t.name: t for t in TOOLS}
        try:
            for label, url, start in urls:
                result = await tools["browser_open"](ctx, {"url": url})
                browser = await get_browser(computer)
                page = browser.tab.page
                if start:
                    await page.evaluate("core.EPISODE_MAX_TIME = 600000")
                    snap0 = browser.last_snapshot
                    cover = next(r for r, e in snap0.elements.items() if e.name == "START")  # type: ignore[union-attr]
                    result = await tools["browser_click"](ctx, {"ref": cover})
                html = await page.content()
                inner = await page.evaluate("document.body.innerText")
                full = await take_snapshot(page, RefMap(), budget=10_000_000)
                present = await page.evaluate(PRESENT_JS)
                shown_refs = {int(x) for x in __import__("re").findall(r"\[(\d+)\]", result.text)}
                rows.append({
                    "page": label, "url": url, "html": len(enc.encode(html)), "text": len(enc.encode(inner)),
                    "snapshot": len(enc.encode(result.text)), "snapshot_full": len(enc.encode(full.text)),
                    "present": present, "refs_full": len(full.elements), "refs_shown": len(shown_refs),
                })
        finally:
            await computer.aclose()
    return rows


def main() -> None:
    """Serve the pages, measure, print a table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--browser-use-python", default=None, help="python of a venv where browser-use is installed")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    import http.server
    import threading
    from functools import partial

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *a: Any) -> None:
            return

    handler = partial(Quiet, directory=str(PAGES))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    with serve_miniwob() as mw:
        urls = [(p.stem, f"{base}/{p.name}", False) for p in sorted(PAGES.glob("*.html"))]
        urls += [(f"miniwob/{t}", f"{mw}/{t}.html", True) for t in MINIWOB_TASKS]
        rows = asyncio.run(measure(urls))
        bu, why = browser_use_states(args.browser_use_python, [u for _, u, s in urls if not s], args.chromium)
    server.shutdown()
    enc = _encoder()
    print(f"{'page':26s} {'html':>7s} {'text':>6s} {'snap':>6s} {'full':>6s} {'snap/html':>9s} "
          f"{'present':>7s} {'refs':>5s} {'shown':>5s} {'browser-use':>11s}")
    for r in rows:
        bu_tokens = len(enc.encode(bu[r["url"]])) if r["url"] in bu else None
        print(f"{r['page']:26s} {r['html']:7d} {r['text']:6d} {r['snapshot']:6d} {r['snapshot_full']:6d} "
              f"{r['snapshot'] / max(r['html'], 1):9.3f} {r['present']:7d} {r['refs_full']:5d} {r['refs_shown']:5d} "
              f"{bu_tokens if bu_tokens is not None else '-':>11}")
    print("\nhtml/text/snap/full: cl100k tokens of raw HTML, body innerText, gofer's observation (default budget) "
          "and the uncut snapshot; present: visible interactive elements by selector; refs: elements the "
          "snapshot gave a ref (also clickables found by listeners); shown: refs in the default observation.")
    if why:
        print(f"\nbrowser-use: {why}")


if __name__ == "__main__":
    main()
