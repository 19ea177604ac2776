"""What a worker of an approved action's page sends (session 21, confirm33): a dedicated worker the approved Buy
starts, posting a changed amount with ``fetch`` or sending one over a WebSocket of its own, is stopped as the page's
own request or message would be, and the model is told; a shop whose worker posts, or sends over its socket, the
amount shown still runs on its approval. A real run with a real browser against servers on 127.0.0.1; only the
model is scripted (the run of test_confirm32_late)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_confirm29_sent import _STOP
from test_confirm32_late import _buy_then_look
from test_flow_page_channels import WsServer, loopback_websockets  # noqa: F401 (the fixture)

from gofer.events import Observation, RunStatus

_WORKER = _STOP + ("const W = (code) => new Worker(URL.createObjectURL(new Blob([code], {type: 'text/javascript'})));"
                   " W(%s);")
_FETCH = _WORKER % ("\"fetch('\" + location.origin + \"/order', {method: 'POST', body: new URLSearchParams("
                    "{amount: '%s', recipient: 'ann@shop.test'})});\"")
_SOCKET = _WORKER % ("\"const s = new WebSocket('%s/live'); s.onopen = () => s.send(JSON.stringify("
                     "{event: 'buy', order: {amount: %s, recipient: 'ann@shop.test'}}));\"")


_NESTED = _STOP + ("const inner = \"fetch('\" + location.origin + \"/order', {method: 'POST', body: new "
                   "URLSearchParams({amount: '%s', recipient: 'ann@shop.test'})});\"; "
                   "const outer = 'new Worker(URL.createObjectURL(new Blob([' + JSON.stringify(inner) + '], "
                   "{type: \"text/javascript\"})));'; "
                   "new Worker(URL.createObjectURL(new Blob([outer], {type: 'text/javascript'})));")
_FETCHES = pytest.mark.parametrize("page", [_FETCH, _NESTED], ids=["dedicated", "nested"])


@pytest.mark.slow
@_FETCHES
async def test_a_workers_fetch_of_a_changed_amount_is_stopped(tmp_path: Path, page: str) -> None:
    shop, (click, look), status = await _buy_then_look(tmp_path, page % "999")
    assert status == RunStatus.FINISHED
    assert shop.posts == [], shop.posts
    assert "not done" in (click.error or "") or "was stopped, not sent" in look.text, (click, look)


@pytest.mark.slow
@_FETCHES
async def test_a_workers_fetch_of_the_amount_shown_goes_out(tmp_path: Path, page: str) -> None:
    shop, (click, look), status = await _buy_then_look(tmp_path, page % "5")
    assert status == RunStatus.FINISHED
    assert not click.error and "was stopped" not in look.text, (click, look)
    assert shop.posts == [("/order", "amount=5&recipient=ann%40shop.test")], shop.posts


async def _socket_buy(tmp_path: Path, amount: str) -> tuple[list[str], Observation, Observation, RunStatus]:
    """Buy on a page whose worker sends ``amount`` over a WebSocket of its own; what the socket's server got."""
    server = WsServer()
    async with server.running():
        _shop, (click, look), status = await _buy_then_look(tmp_path, _SOCKET % (server.url, amount))
    return server.messages, click, look, status


@pytest.mark.slow
@pytest.mark.usefixtures("loopback_websockets")
async def test_a_workers_websocket_message_with_a_changed_amount_is_stopped(tmp_path: Path) -> None:
    messages, click, look, status = await _socket_buy(tmp_path, "999")
    assert status == RunStatus.FINISHED
    assert [m for m in messages if "999" in m] == [], messages
    assert "not done" in (click.error or "") or "was stopped, not sent" in look.text, (click, look)


@pytest.mark.slow
@pytest.mark.usefixtures("loopback_websockets")
async def test_a_workers_websocket_message_with_the_amount_shown_goes_out(tmp_path: Path) -> None:
    messages, click, look, status = await _socket_buy(tmp_path, "5")
    assert status == RunStatus.FINISHED
    assert not click.error and "was stopped" not in look.text, (click, look)
    assert [m for m in messages if '"amount":5' in m], messages
