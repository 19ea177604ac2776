"""How snapshots are written for the model: compact element syntax, runs, label de-duplication, the cut."""

from __future__ import annotations

import sys
from pathlib import Path

from gofer.computer.browser.render import Element, FormInfo, Line, compact, render_body, render_element

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from miniwob_policy import parse_elements


def _el(ref: int, role: str, name: str, form: FormInfo | None = None, **raw: object) -> Element:
    return Element(ref=ref, role=role, name=name, raw={"role": role, "name": name, **raw}, form=form)


def _render(lines: list[Line], top: float = 0, bottom: float = 800) -> list[str]:
    return [x.text for x in compact(lines, top, bottom)]


def test_elements_render_compactly_with_every_state() -> None:
    form = FormInfo(action="http://shop/order", method="post", name="", fields=[])
    assert render_element(_el(1, "link", "Harbour News", href="http://x/")) == "[1] Harbour News"
    assert render_element(_el(2, "link", "")) == "[2] link"
    submit = _el(3, "button", "Pay now", form, tag="button", type="submit")
    assert render_element(submit) == "[3] button Pay now (submit)"
    off = _el(4, "checkbox", "Offers", tag="input", type="checkbox", checked=False)
    assert render_element(off) == "[4] checkbox Offers"
    assert render_element(_el(5, "radio", "Express", tag="input", type="radio", checked=True)) == (
        "[5] radio Express (checked)")
    assert render_element(_el(6, "textbox", "Search", tag="input", type="text", value="tide tables")) == (
        '[6] textbox Search: "tide tables"')
    assert render_element(_el(7, "textbox", "Phone", tag="input", type="tel", value="", placeholder="+44",
                              required=True)) == '[7] textbox Phone (tel, placeholder "+44", required)'
    assert render_element(_el(8, "combobox", "Country:", tag="select", value="Japan", options=["Chile", "Japan"],
                              more=3)) == '[8] select Country: "Japan" (options: Chile | Japan | …3 more)'
    assert render_element(_el(9, "textbox", "Notes", tag="textarea", type="textarea", value="")) == (
        "[9] textbox Notes (multiline)")
    assert render_element(_el(10, "button", "Menu", tag="div", expanded="false", pressed="true")) == (
        "[10] button Menu (collapsed, pressed)")
    assert render_element(_el(11, "checkbox", "Mixed", tag="div", checked="false")) == "[11] checkbox Mixed"


def test_names_are_quoted_only_where_ambiguous() -> None:
    assert render_element(_el(1, "link", "Cart (2)")) == '[1] "Cart (2)"'
    assert render_element(_el(2, "link", "button styles")) == '[2] "button styles"'
    assert render_element(_el(3, "button", "button styles")) == "[3] button button styles"
    assert render_element(_el(4, "link", "M. Oyelaran"), quote=True) == '[4] "M. Oyelaran"'
    line = Line(0, 0, ["By ", _el(5, "link", "M. Oyelaran"), ", 3 May"])
    assert _render([line]) == ['By [5] "M. Oyelaran", 3 May']
    tail = Line(0, 0, ["Written by ", _el(6, "link", "M. Oyelaran")])
    assert _render([tail]) == ["Written by [6] M. Oyelaran"]


def test_secret_values_never_render() -> None:
    pw = _el(1, "textbox", "PIN", tag="input", type="password", secret=True, filled=True, value="hunter2")
    assert render_element(pw) == "[1] textbox PIN (password, filled, value hidden)"
    assert "hunter2" not in _render([Line(0, 0, [pw])])[0]


def test_runs_of_one_kind_are_joined_and_named_once() -> None:
    links = [Line(10 * i, 0, [_el(i, "link", f"Section {i}")]) for i in range(1, 5)]
    assert _render(links) == ["[1] Section 1 [2] Section 2 [3] Section 3 [4] Section 4"]
    boxes = [Line(i, 0, [_el(i, "checkbox", n, tag="input", type="checkbox", checked=n == "Blue")])
             for i, n in enumerate(["Red", "Blue"], start=1)]
    assert _render(boxes) == ["checkboxes: [1] Red [2] Blue (checked)"]
    mixed = [Line(1, 0, [_el(1, "textbox", "Name", tag="input", type="text", value="")]),
             Line(2, 0, [_el(2, "button", "Go", tag="button", type="button")])]
    assert _render(mixed) == ["[1] textbox Name", "[2] button Go"]
    listed = [Line(i, 0, ["- ", _el(i, "link", f"Item {i}")]) for i in (1, 2)]
    assert _render(listed) == ["- [1] Item 1 [2] Item 2"]
    heading = [Line(1, 0, ["### ", _el(1, "link", "Blue mug")]), Line(2, 0, [_el(2, "link", "Red mug")])]
    assert _render(heading) == ["### [1] Blue mug", "[2] Red mug"]


def test_runs_stop_at_the_screen_edge_and_at_the_length_cap() -> None:
    links = [Line(y, 0, [_el(i, "link", f"L{i}")]) for i, y in enumerate([700, 790, 810, 900], start=1)]
    assert _render(links, 0, 800) == ["[1] L1 [2] L2", "[3] L3 [4] L4"]
    many = [Line(i, 0, [_el(i, "link", "a fairly long link name " * 2)]) for i in range(1, 30)]
    rendered = _render(many)
    assert len(rendered) > 1 and all(len(t) <= 400 for t in rendered)
    assert sum(t.count("[") for t in rendered) == 29


def test_labels_that_repeat_the_control_name_are_dropped() -> None:
    lines = [Line(1, 1, ["Email"]), Line(2, 1, [_el(1, "textbox", "Email", tag="input", type="email", value="")]),
             Line(3, 1, ["We never share it"]),
             Line(4, 1, ["Max price: ", _el(2, "slider", "Max price", tag="input", type="range", value="250")])]
    assert _render(lines) == ["[1] textbox Email", "We never share it", '[2] slider Max price: "250"']
    heading = [Line(1, 0, ["## Filters"], heading=True), Line(2, 0, [_el(1, "button", "Filters")])]
    assert _render(heading) == ["## Filters", "[1] button Filters"]


def test_long_pages_show_the_screen_and_a_little_below_then_summarise() -> None:
    lines = compact([Line(40.0 * i, 0, [f"Paragraph {i} " + "word " * 30]) for i in range(200)], 0, 800)
    text = render_body(lines, {"sy": 0, "h": 800, "dh": 8000}, budget=7000)
    assert "Paragraph 19 " in text  # the whole screen
    assert "Paragraph 199 " not in text and "more characters of text" in text and "browser_scroll" in text
    below = [x for x in text.splitlines() if x.startswith("Paragraph") and int(x.split()[1]) >= 20]
    assert 0 < sum(len(x) + 1 for x in below) <= 7000 * 0.3


def test_the_policy_parser_reads_every_form_back() -> None:
    text = "\n".join([
        "[1] Home [2] \"Cart (2)\" [3] link",
        "checkboxes: [4] Red [5] Blue (checked)",
        '[6] select Country: "Japan" (options: Chile | Japan)',
        'By [7] "M. Oyelaran", 3 May',
        "[8] button Pay now (submit)",
    ])
    got = [(e.ref, e.role, e.name, e.state) for e in parse_elements(text)]
    assert got == [
        (1, "link", "Home", ""), (2, "link", "Cart (2)", ""), (3, "link", "", ""),
        (4, "checkbox", "Red", ""), (5, "checkbox", "Blue", "(checked)"),
        (6, "select", "Country", ': "Japan" (options: Chile | Japan)'),
        (7, "link", "M. Oyelaran", ", 3 May"), (8, "button", "Pay now", "(submit)"),
    ]
