"""What flow34 left of the data-flow rule's and the policy's reading of Python cells (fast;
tests/e2e/test_flow35_kernel_flows.py runs them for real): a sender kept in the container a function returns, stored by
a lambda handed to ``functools.reduce``, returned as a parameter's default or yielded, put in an object's ``vars()``,
and handed to an earlier cell's method that only keeps it (on a list its ``__init__`` made, a class based on ``object``,
a dataclass); what still asks (what may call it); and what stays quiet: the same with harmless values. The case tables
of the rules every session adds to (a sender kept where a later cell calls it sends; handing one to what only keeps it
is quiet; to what may call it asks) run in one parametrised test each in tests/unit/test_flow37_cells.py."""

from __future__ import annotations

from test_flow31_cells import KEEP, _flows, _policy

from gofer.events import Risk

A = "https://evil.test/c"
RQ = "import requests"

KEPT: dict[str, tuple[str, tuple[str, ...]]] = {
    "a dict a function fills and returns": ("m['p']", ("def make():\n    d = {}\n    d['p'] = requests.post\n"
                                                       "    return d", "m = make()")),
    "a list a closure fills, returned with it": ("h[0]", ("def make():\n    h = []\n\n    def add(f):\n"
                                                           "        h.append(f)\n    return h, add",
                                                           "h, add = make()", "add(requests.post)")),
    "reduce appending to a list": ("acc[0]", ("import functools", "acc = functools.reduce(lambda acc, f: acc + [f], "
                                                                  "[requests.post], [])")),
    "reduce building a dict": ("d['p']", ("from functools import reduce",
                                          "d = reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('p', requests.post)], {})")),
    "a function returning its parameter's default": ("g", ("def make(p=requests.post):\n    return p",
                                                           "g = make()")),
    "a generator yielding it": ("next(g)", ("def gen():\n    yield requests.post", "g = gen()")),
    "vars(o)['p']": ("o.p", ("class O:\n    pass\n\no = O()", "vars(o)['p'] = requests.post")),
    "o.__dict__['p']": ("o.p", ("class O:\n    pass\n\no = O()", "o.__dict__['p'] = requests.post")),
    "vars(o).update(p=…)": ("o.p", ("class O:\n    pass\n\no = O()", "vars(o).update(p=requests.post)")),
    "vars(o).setdefault('p', …)": ("o.p", ("class O:\n    pass\n\no = O()",
                                           "vars(o).setdefault('p', requests.post)")),
    "operator.setitem(vars(o), 'p', …)": ("o.p", ("import operator\n\nclass O:\n    pass\n\no = O()",
                                                  "operator.setitem(vars(o), 'p', requests.post)")),
    "v = vars(o); v['p'] = …": ("o.p", ("class O:\n    pass\n\no = O()", "v = vars(o)", "v['p'] = requests.post")),
}
"""Each keeps ``requests.post`` where a later cell calls it from."""


def test_the_same_keeping_harmless_values_stays_quiet() -> None:
    for cells, cell in [
            (("def make():\n    d = {}\n    d['p'] = len\n    return d", "m = make()"), "print(m['p'](t))"),
            (("def make():\n    h = []\n\n    def add(f):\n        h.append(f)\n    return h, add",
              "h, add = make()", "add(len)"), "print(h[0](t))"),
            (("import functools", "acc = functools.reduce(lambda acc, f: acc + [f], [len], [])"), "print(acc[0](t))"),
            (("import functools", "s = functools.reduce(lambda a, b: a + b, [1, 2, 3])"), "print(s, len(t))"),
            (("def fetch(u, get=requests.get):\n    return get(u).text", "r = fetch('https://example.com/a')"),
             "print(r.upper(), len(t))"),
            (("def make(p=len):\n    return p", "g = make()"), "print(g(t))"),
            (("def gen():\n    yield len", "g = gen()"), "print(next(g)(t))"),
            (("class O:\n    pass\n\no = O()", "vars(o)['p'] = len"), "print(o.p(t))"),
            (("class O:\n    pass\n\no = O()", "v = vars(o)", "v['p'] = len"), "print(o.p(t), vars(o))")]:
        earlier = (RQ, *cells, KEEP)
        assert _flows(cell, *earlier) == [], cells
        assert _policy(cell, None, *earlier) == (Risk.REVERSIBLE, []), cells


KEEPS_ONLY: dict[str, tuple[str, str, str]] = {
    "a method appending to self.hooks": ("class R:\n    def __init__(self):\n        self.hooks = []\n\n"
                                         "    def register(self, f):\n        self.hooks.append(f)\n\nreg = R()",
                                         "reg.register(requests.post)", "reg.hooks[0]"),
    "a class with object as its base": ("class R(object):\n    def register(self, f):\n        self.f = f\n\n"
                                        "reg = R()", "reg.register(requests.post)", "reg.f"),
    "a dataclass": ("from dataclasses import dataclass\n\n@dataclass\nclass R:\n    n: int = 0\n\n"
                    "    def register(self, f):\n        self.f = f\n\nreg = R()", "reg.register(requests.post)",
                    "reg.f"),
}
"""Each hands ``requests.post`` to an earlier cell's method that only keeps it."""


MAY_CALL: dict[str, tuple[str, str]] = {
    "a container attribute another method rebinds": ("class R:\n    def __init__(self):\n        self.hooks = []\n\n"
                                                     "    def swap(self, h):\n        self.hooks = h\n\n"
                                                     "    def register(self, f):\n        self.hooks.append(f)\n\n"
                                                     "reg = R()", "reg.register(requests.post)"),
    "a container attribute bound to a class of the run's": ("class Hooks(list):\n    def append(self, f):\n"
                                                            "        f('x')\n\nclass R:\n    def __init__(self):\n"
                                                            "        self.hooks = Hooks()\n\n"
                                                            "    def register(self, f):\n        self.hooks.append(f)"
                                                            "\n\nreg = R()", "reg.register(requests.post)"),
    "a container attribute replaced from outside": ("class Hooks(list):\n    def append(self, f):\n        f('x')\n\n"
                                                    "class R:\n    def __init__(self):\n        self.hooks = []\n\n"
                                                    "    def register(self, f):\n        self.hooks.append(f)\n\n"
                                                    "reg = R()\nreg.hooks = Hooks()", "reg.register(requests.post)"),
    "replaced through vars()": ("class Hooks(list):\n    def append(self, f):\n        f('x')\n\n"
                                "class R:\n    def __init__(self):\n        self.hooks = []\n\n"
                                "    def register(self, f):\n        self.hooks.append(f)\n\n"
                                "reg = R()\nvars(reg)['hooks'] = Hooks()", "reg.register(requests.post)"),
    "a method rebinding it by setattr": ("class R:\n    def __init__(self):\n        self.hooks = []\n\n"
                                         "    def swap(self, h):\n        object.__setattr__(self, 'hooks', h)\n\n"
                                         "    def register(self, f):\n        self.hooks.append(f)\n\nreg = R()",
                                         "reg.register(requests.post)"),
    "a container attribute replaced through vars() kept aside": (
        "class Hooks(list):\n    def append(self, f):\n        f('x')\n\nclass R:\n    def __init__(self):\n"
        "        self.hooks = []\n\n    def register(self, f):\n        self.hooks.append(f)\n\nreg = R()\n"
        "v = vars(reg)\nv['hooks'] = Hooks()", "reg.register(requests.post)"),
    "a container attribute a function rebinds": (
        "class Hooks(list):\n    def append(self, f):\n        f('x')\n\nclass R:\n    def __init__(self):\n"
        "        self.hooks = []\n\n    def register(self, f):\n        self.hooks.append(f)\n\nreg = R()\n\n"
        "def swap(o):\n    o.hooks = Hooks()\n\nswap(reg)", "reg.register(requests.post)"),
    "a container attribute rebound by __setattr__ in a lambda": (
        "class Hooks(list):\n    def append(self, f):\n        f('x')\n\nclass R:\n    def __init__(self):\n"
        "        self.hooks = []\n\n    def register(self, f):\n        self.hooks.append(f)\n\nreg = R()\n"
        "list(map(lambda o: o.__setattr__('hooks', Hooks()), [reg]))", "reg.register(requests.post)"),
    "an object made by an older class of the name": ("class R:\n    def register(self, f):\n        f('x')\n\n"
                                                     "reg = R()\n\nclass R:\n    def register(self, f):\n"
                                                     "        self.f = f", "reg.register(requests.post)"),
    "a class with another base": ("class Base:\n    def __setattr__(self, k, v):\n        v('x')\n\nclass R(Base):\n"
                                  "    def register(self, f):\n        self.f = f\n\nreg = R()",
                                  "reg.register(requests.post)"),
    "object rebound": ("class object:\n    def __setattr__(self, k, v):\n        v('x')\n\nclass R(object):\n"
                       "    def register(self, f):\n        self.f = f\n\nreg = R()", "reg.register(requests.post)"),
    "a decorator named dataclass of the run's": ("def dataclass(c):\n    return c\n\n@dataclass\nclass R:\n"
                                                 "    def register(self, f):\n        self.f = f\n\nreg = R()",
                                                 "reg.register(requests.post)"),
    "a dataclass field defaulting to a call": ("from dataclasses import dataclass, field\n\n@dataclass\nclass R:\n"
                                               "    hooks: list = field(default_factory=list)\n\n"
                                               "    def register(self, f):\n        self.hooks.append(f)\n\n"
                                               "reg = R()", "reg.register(requests.post)"),
}
"""Each hands ``requests.post`` to a method that may call it: the widened keep-only reading must not take these."""


