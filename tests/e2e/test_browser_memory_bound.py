"""The shared Chromium in a memory cgroup: a page that takes too much memory loses its tab, not the host's memory,
and the browser goes on for every other page and session."""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from gofer.computer.browser import BrowserPool

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "site"))
from harness import call, make_ctx, settings_for

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

HOG = """<html><body><h1>Hog</h1><script>
const keep = [];
for (let i = 0; i < 60; i++) { const b = new Uint8Array(25 * 1024 * 1024); b.fill(i + 1); keep.push(b); }
document.body.append("allocated " + keep.length);
</script></body></html>"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("pages")
    (root / "hog.html").write_text(HOG)
    (root / "calm.html").write_text("<html><body><h1>Calm page</h1><p>Nothing to see.</p></body></html>")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def pool(home: Path) -> AsyncIterator[BrowserPool]:
    """A Chromium bounded to 400 MB with all its tabs."""
    p = BrowserPool(settings_for(home, browser_memory_mb=400))
    yield p
    await p.aclose()


async def test_a_page_that_takes_too_much_memory_loses_its_tab_and_the_browser_goes_on(
    pool: BrowserPool, home: Path, tmp_path: Path, site: str
) -> None:
    settings = settings_for(home, browser_memory_mb=400)
    calm = make_ctx(pool, tmp_path / "calm", settings, session_id="calm")
    assert "Calm page" in (await call(calm, "browser_open", url=f"{site}/calm.html")).text
    if pool.cgroup is None or "memory" not in pool.cgroup.dirs:
        pytest.skip("no memory cgroup can be made on this host")
    hog = make_ctx(pool, tmp_path / "hog", settings, session_id="hog")
    try:
        result = await call(hog, "browser_open", url=f"{site}/hog.html")
        assert "allocated 60" not in result.text
    except Exception as exc:  # the tab died under the call: an error the model sees is fine too
        assert "allocated 60" not in str(exc)
    assert pool.cgroup.oom_kills() >= 1
    assert pool.running
    # the other session's page and a new page of the hog's session still work
    assert "Calm page" in (await call(calm, "browser_open", url=f"{site}/calm.html")).text
    assert "Calm page" in (await call(hog, "browser_open", url=f"{site}/calm.html")).text
    for ctx in (calm, hog):
        assert ctx.computer is not None
        await ctx.computer.aclose()


async def test_the_cgroup_is_removed_with_the_pool(home: Path) -> None:
    p = BrowserPool(settings_for(home, browser_memory_mb=300))
    await p.browser()
    cgroup = p.cgroup
    if cgroup is None:
        pytest.skip("no cgroup can be made on this host")
    assert p.pid in cgroup.pids()
    await p.aclose()
    assert all(not d.exists() for d in cgroup.dirs.values())
