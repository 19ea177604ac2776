"""An amount an approved Buy's script puts in the address's path or in a header of any name (session 21,
confirm33): a bare number after a segment naming paying (``/pay/999``), one shaped like a sum (``/checkout/999.00``),
and JSON or base64 in a header not named for a sum are stopped. A checkout whose script posts to an address with
the order's id in it (``/order/12345/pay``, ``/payments/98765/confirm``), sends the amount shown in its path
(``/pay/5.00``) and ids and a version in its headers, still runs on its approval. A real run with a real browser
against servers on 127.0.0.1; only the model is scripted (the run of test_confirm29_sent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_confirm29_sent import _STOP, _buy

from gofer.events import RunStatus

_POST = "fetch('%s', {method: 'POST', headers: %s, body: new URLSearchParams({amount: '5'})});"

WAYS = {
    "a-bare-number-after-pay": _STOP + _POST % ("/pay/999", "{}"),
    "a-sum-shaped-segment": _STOP + _POST % ("/api/checkout/999.00", "{}"),
    "json-in-a-header-of-any-name": _STOP + _POST % ("/order", "{'X-Ctx': JSON.stringify({order: {amount: 999}})}"),
    "base64-in-a-header": _STOP + _POST % ("/order", "{'X-Data': btoa('amount=999&to=eve@evil.test')}"),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", WAYS)
async def test_an_amount_in_a_bare_path_segment_or_any_header_is_compared(tmp_path: Path, case: str) -> None:
    shop, _other, clicks, _asked, status = await _buy(tmp_path, WAYS[case], [True])
    assert status == RunStatus.FINISHED
    assert shop.posts == [], shop.posts
    assert clicks[0].error and "not done" in clicks[0].error, clicks[0]


@pytest.mark.slow
async def test_a_checkout_with_ids_in_its_paths_and_headers_runs_on_its_approval(tmp_path: Path) -> None:
    headers = "{'X-Request-Id': '88123', 'X-Client-Version': '10.25', 'X-Cart': JSON.stringify({sku: 'mug-2', qty: 1})}"
    on_submit = _STOP + "".join(_POST % (path, headers) for path in (
        "/order/12345/pay", "/payments/98765/confirm", "/pay/5.00", "/api/v2/cart/7731/items/20044"))
    shop, _other, clicks, asked, status = await _buy(tmp_path, on_submit, [True])
    assert status == RunStatus.FINISHED
    assert asked == 1
    assert not clicks[0].error, clicks[0]
    assert sorted(path for path, _body in shop.posts) == [
        "/api/v2/cart/7731/items/20044", "/order/12345/pay", "/pay/5.00", "/payments/98765/confirm"], shop.posts
