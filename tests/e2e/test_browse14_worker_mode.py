"""A worker keeps its mode under the guard: the guard goes in front of every dedicated worker's code (see
``gofer/computer/browser/_worker_js.py``), and in front of ``"use strict"`` it would turn the directive into a plain
string, so a strict worker would run sloppy (``this`` the global object in a plain call, assignments to undeclared
names creating globals). Workers loaded from a URL (guarded by the router) and from a ``blob:`` or ``data:`` URL
(guarded in the page) report their mode, and still have no unrouted channel. Real Chromium, a page on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from harness import TOOL, page_eval
from recording_server import RecordingServer, recording_servers

from gofer.tools.base import ToolContext

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

_REPORT = ("postMessage(NAME + ': ' + ((function () { return this === undefined; })() ? 'strict' : 'sloppy')"
           " + (typeof RTCPeerConnection === 'undefined' ? ', guarded' : ', unguarded'));")
_STRICT = "'use strict';\n// the worker relies on strict mode\n" + _REPORT
_STRICT_ASI = '/* a header */\n"use strict"\nconst NAME2 = NAME;\n' + _REPORT
_SLOPPY = _REPORT

_PAGE = """<!doctype html><title>Workers</title><p id="out"></p><script>
const out = document.getElementById('out');
const start = (name, url) => { const w = new Worker(url); w.onmessage = e => { out.textContent += e.data + ' | '; }; };
start('url', '/w/strict.js'); start('url-asi', '/w/asi.js'); start('url-sloppy', '/w/sloppy.js');
const blob = code => URL.createObjectURL(new Blob([code], {type: 'text/javascript'}));
start('blob', blob("const NAME = 'blob';\\n" + %(strict)s));
start('blob-prologue', blob(%(strict)s.replace("'use strict';", "'use strict'; const NAME = 'blob-prologue';")));
start('data', 'data:text/javascript,' + encodeURIComponent(%(strict)s.replace("'use strict';",
  "'use strict'; const NAME = 'data';")));
</script>"""

SITE = RecordingServer({
    "/page": _PAGE % {"strict": repr(_STRICT)},
    "/w/strict.js": _STRICT.replace("'use strict';", "'use strict'; const NAME = 'url';"),
    "/w/asi.js": _STRICT_ASI.replace('"use strict"\n', '"use strict"\nconst NAME = \'url-asi\';\n'),
    "/w/sloppy.js": "const NAME = 'url-sloppy';\n" + _SLOPPY,
})


@pytest.fixture(scope="module", autouse=True)
def servers() -> Iterator[None]:
    with recording_servers(SITE):
        yield


async def test_a_guarded_worker_keeps_its_use_strict_directive(ctx: ToolContext) -> None:
    await TOOL["browser_open"](ctx, {"url": SITE.url + "/page"})
    await page_eval(ctx, "() => new Promise(done => { const t = setInterval(() => { if ("
                         "document.getElementById('out').textContent.split(' | ').length > 6) { clearInterval(t);"
                         " done(); } }, 50); setTimeout(done, 5000); })")
    seen = await page_eval(ctx, "() => document.getElementById('out').textContent")
    reports = dict(r.split(": ", 1) for r in seen.split(" | ") if r)
    assert reports == {
        "url": "strict, guarded", "url-asi": "strict, guarded", "url-sloppy": "sloppy, guarded",
        "blob": "sloppy, guarded", "blob-prologue": "strict, guarded", "data": "strict, guarded",
    }, seen
