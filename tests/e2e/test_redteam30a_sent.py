"""Red team of session 19's approved-action check (redteam30a): an approved Buy whose submit listener sends a
changed amount by a way the check did not read is stopped: a popup opened without an opener (an anchor with
``target=_blank``, ``window.open`` with ``noopener``), a GET into a frame already showing another site (a form
with ``method=get`` and a ``target``, or the frame given a new address), an address inside a value (a redirect
endpoint taking the next hop's URL), and a form body whose first field's name begins with a bracket. A shop whose
submit sends its page's address and long base64 ids to analytics, loads a CDN image named by its hash and has an
advertisement frame of another site load its next advertisement still runs on its approval. A real run with a real
browser against servers on 127.0.0.1; only the model is scripted (the run loop and pages of test_confirm29_sent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_confirm29_sent import _STOP, _buy, _sent

_FRAME = ("const f = document.createElement('iframe'); f.name = 'ad'; f.src = OTHER + '/ad.html'; "
          "f.onload = () => { if (f.dataset.sent) return; f.dataset.sent = 1; %s }; document.body.appendChild(f);")

CASES = {
    "anchor-target-blank": _STOP + "const a = document.createElement('a'); a.href = '/pay2.html'; "
                           "a.target = '_blank'; document.body.appendChild(a); a.click();",
    "window-open-noopener": _STOP + "window.open('/pay2.html', '_blank', 'noopener');",
    "form-get-into-a-frame-of-another-site": _STOP + _FRAME % (
        "const g = document.createElement('form'); g.method = 'get'; g.action = OTHER + '/pay'; g.target = 'ad'; "
        "g.innerHTML = '<input name=amount value=999>'; document.body.appendChild(g); g.submit();"),
    "frame-of-another-site-given-an-address": _STOP + _FRAME % "f.src = OTHER + '/pay?amount=999';",
    "url-in-a-value": _STOP + "fetch('/go?u=' + encodeURIComponent(location.origin + '/order?amount=999'));",
    "form-body-starting-with-a-bracket": _STOP + "fetch('/order', {method: 'POST', headers: {'content-type': "
                                         "'application/x-www-form-urlencoded'}, body: '[x]=1&amount=999'});",
}


_WINDOWS = ("anchor-target-blank", "window-open-noopener")
"""A window's page may submit after the click's observation (a loaded machine): it is stopped then too, and the next
observation says so (test_confirm32_late); here only what was sent is asserted for them."""


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
async def test_an_approved_submit_sending_a_changed_amount_by_a_way_not_read_is_stopped(tmp_path: Path,
                                                                                        case: str) -> None:
    shop, other, clicks, _asked, _status = await _buy(tmp_path, CASES[case], [True, False])
    assert [s for s in _sent(shop, other) if "999" in s] == []
    assert case in _WINDOWS or (clicks[0].error and "not done" in clicks[0].error), clicks[0]


@pytest.mark.slow
async def test_a_shop_with_analytics_a_cdn_and_an_advertisement_frame_runs_on_its_approval(tmp_path: Path) -> None:
    on_submit = ("const ad = document.createElement('iframe'); ad.src = OTHER + '/ad.html?slot=300x250&adid=8823771'; "
                 "document.body.appendChild(ad); "
                 "ad.onload = () => { if (ad.dataset.n) return; ad.dataset.n = 1; "
                 "ad.src = OTHER + '/ad.html?slot=300x250&adid=9912734&cb=' + Date.now(); }; "
                 "fetch(OTHER + '/collect?v=2&tid=G-8JX4K2&cid=' + btoa('1716215533.98812345677') + "
                 "'&sid=MTcxNjIxNTUzMy45ODgxMjM0NTY3Nw&dl=' + encodeURIComponent(location.href + '?ref=mail2024') + "
                 "'&uid=eyJ1IjoiYTdmMzNkYzEyIiwidCI6MTcxNjIxNTUzM30'); "
                 "new Image().src = OTHER + '/cdn/img/7f3a9c0e2b8d4f61a5e3c9b7d2f1a0e8.webp?w=640&h=480&v=3';")
    shop, other, clicks, asked, _status = await _buy(tmp_path, on_submit, [True])
    assert asked == 1
    assert not clicks[0].error, clicks[0]
    assert shop.posts and all("amount=5" in body for body in shop.bodies()), shop.posts
    # the ad frame's first load is not refused; its reload may come after the run has ended (a loaded machine)
    assert any("adid=8823771" in g for g in other.gets), other.gets
