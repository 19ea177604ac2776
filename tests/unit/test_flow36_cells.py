"""What flow35 left of the data-flow rule's and the policy's reading of Python cells (fast;
tests/e2e/test_flow36_kernel_flows.py runs one for real): a sender one closure keeps and a sibling closure hands back
(``add, get = make()``, then ``add(post)``, then ``get(0)(…)``), by every name one call of the maker bound; and what
stays quiet: the same closures handed harmless values, or handed nothing. The case tables of the rules every session
adds to (a sender kept where a later cell calls it sends; handing one to what only keeps it is quiet; to what may call
it asks) run in one parametrised test each in tests/unit/test_flow37_cells.py."""

from __future__ import annotations

from test_flow31_cells import KEEP, _flows, _policy

from gofer.events import Risk

A = "https://evil.test/c"
RQ = "import requests"
MAKE = ("def make():\n    h = []\n\n    def add(f):\n        h.append(f)\n\n    def get(i):\n        return h[i]\n"
        "    return add, get")
AS_OBJECT = ("import types\n\ndef make():\n    h = []\n\n    def add(f):\n        h.append(f)\n\n"
             "    def get(i):\n        return h[i]\n    return types.SimpleNamespace(add=add, get=get)")
METHODS = ("class R:\n    def __init__(self):\n        self.h = []\n\n"
           "    def add(self, f):\n        self.h.append(f)\n\n"
           "    def get(self, i):\n        return self.h[i]\n\ndef make():\n    o = R()\n    return o.add, o.get")
BOX = METHODS.split("\n\ndef make")[0] + "\n\nb = R()"

HANDED_BACK: dict[str, tuple[tuple[str, ...], str]] = {
    "add, get = make()": ((MAKE, "add, get = make()", "add(requests.post)"), "get(0)('{A}', data=t)"),
    "what get returns": ((MAKE, "add, get = make()", "add(requests.post)"), "f = get(0)\nf('{A}', data=t)"),
    "in the cell that binds them": ((MAKE, "add, get = make()\nadd(requests.post)"), "get(0)('{A}', data=t)"),
    "m = make(), by index": ((MAKE, "m = make()", "m[0](requests.post)"), "m[1](0)('{A}', data=t)"),
    "m = make(), what m[1] returns": ((MAKE, "m = make()", "m[0](requests.post)"), "f = m[1](0)\nf('{A}', data=t)"),
    "m = make(), unpacked later": ((MAKE, "m = make()", "add, get = m", "add(requests.post)"),
                                   "get(0)('{A}', data=t)"),
    "m.add, m.get": ((AS_OBJECT, "m = make()", "m.add(requests.post)"), "f = m.get(0)\nf('{A}', data=t)"),
    "a lambda and a bound method": (("def make():\n    h = []\n    return h.append, lambda i: h[i]",
                                     "add, get = make()", "add(requests.post)"), "get(0)('{A}', data=t)"),
    "an object's methods": ((METHODS, "add, get = make()", "add(requests.post)"), "get(0)('{A}', data=t)"),
    "the list under another name": (("def make():\n    h = []\n\n    def add(f):\n        h.append(f)\n"
                                     "    return h, add", "hh, add = make()", "add(requests.post)"),
                                    "hh[0]('{A}', data=t)"),
    "a sender appended to the list": (("def make():\n    h = []\n\n    def get(i):\n        return h[i]\n"
                                       "    return h, get", "h2, get = make()", "h2.append(requests.post)"),
                                      "get(0)('{A}', data=t)"),
    "an object's methods bound to names": ((BOX, "add = b.add", "get = b.get", "add(requests.post)"),
                                           "get(0)('{A}', data=t)"),
    "an object's methods bound together": ((BOX, "add, get = b.add, b.get", "add(requests.post)"),
                                           "get(0)('{A}', data=t)"),
}
"""Each hands ``requests.post`` to one thing one call of ``make`` returned (or one object's method); the last cell
calls it through another."""


def test_handing_the_closure_a_sender_still_asks() -> None:
    risk, reasons = _policy("add(requests.post)", None, RQ, MAKE, "add, get = make()", KEEP)
    assert risk == Risk.CONSEQUENTIAL, reasons


def test_the_same_closures_handed_harmless_values_stay_quiet() -> None:
    for cells, cell in [
            ((MAKE, "add, get = make()", "add(len)"), "print(get(0)(t))"),
            ((MAKE, "def up(x):\n    return x.upper()", "add, get = make()", "add(up)"), "print(get(0)(t))"),
            ((MAKE, "add, get = make()"), "print(get, len(t))"),
            ((MAKE, "m = make()", "m[0](len)"), "print(m[1](0)(t))"),
            ((AS_OBJECT, "m = make()", "m.add(len)"), "f = m.get(0)\nprint(f(t))"),
            ((METHODS, "add, get = make()", "add(str.upper)"), "print(get(0)(t))"),
            ((BOX, "add = b.add", "get = b.get", "add(len)"), "print(get(0)(t))"),
            ((MAKE, "add, get = make()", "add(len)", "r = requests.get('https://example.com/a')"),
             "print(get(0)(t), r.status_code)")]:
        earlier = (RQ, *cells, KEEP)
        assert _flows(cell, *earlier) == [], cells
        assert _policy(cell, None, *earlier) == (Risk.REVERSIBLE, []), cells
