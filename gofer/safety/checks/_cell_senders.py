"""Which names a Python cell binds to the network, and where it keeps a sender aside: aliases, containers, objects,
the kernel's namespace, functions that store what they are handed (:func:`_kept_by`) and names linked to one
container (:func:`_links_of`). :class:`~._kernel_state.KernelState` folds these over the run's cells."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from gofer.safety.checks._cell_names import (
    _COMPUTED,
    _CONTENTS,
    _FETCH_VERBS,
    _INSPECTS,
    _KEEPERS,
    _NET_GETTERS,
    _NET_MAKERS,
    _NET_MODULES,
    _REBINDERS,
    _SEND_VERBS,
    _STAR_NAMES,
    ANY_GLOBAL,
    ANY_MODULE,
    ANY_NAME,
    CLOSES,
    ITERATES,
    KEEPS,
    KEEPS_ARG,
    LINKED,
    MAKES,
    _bound,
    _builtin,
    _called,
    _dotted,
    _key,
    _parse,
    _reaches,
    _root,
    _stored,
    _targets,
    _without_magics,
)


def net_names(code: str, known: set[str], aliases: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """``known`` plus the names a cell binds to the network (see :func:`_net_names`)."""
    return _net_names(code, known, aliases) - _COMPUTED


def _net_names(code: str, known: set[str], aliases: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """``known`` plus the names a cell binds to the network: an import of a network module or of a name from one
    (``import requests as rq``, ``from requests import get``), what such a name makes (``s = rq.Session()``), and
    a function, lambda or class whose code reaches one (``def up(x): rq.get(URL, params=x)``; a class's name also
    as ``Up()``, see :data:`MAKES`, so that ``u = Up()`` binds ``u``). A module looked up by a computed name
    (:data:`ANY_MODULE`) is one; a kernel name looked up by one (:data:`ANY_GLOBAL`) is once any name is. A sender
    kept aside is kept by what holds it: an object's attribute or a container's item (``ns = SimpleNamespace(p=f)``,
    ``setattr(o, 'p', f)``, ``d.update(p=f)``), a name of ``builtins`` or ``__main__`` (``builtins.p = f``;
    ``aliases``: earlier cells' other names for them), IPython's output history (``f`` as a cell's last line),
    what a function returning one returns (``f = make()``), a global a function keeps what it is handed in
    (``register(post)`` after ``def register(f): H.append(f)``; the function's :data:`KEEPS` entries say where), and
    every name for a container a sender is put in (``e['q'] = post`` after ``e = d``; :data:`LINKED` entries say
    which names are one's)."""
    tree = _parse(code)
    out = set(known) | {ANY_MODULE}
    if _any_sender(out):
        out.add(ANY_GLOBAL)
    if tree is None:
        return out
    aliases = set(aliases)
    methods: set[int] = set()  # not bare names
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.asname or a.name.split(".")[0] for a in node.names if a.name.split(".")[0] in _NET_MODULES}
            aliases |= {a.asname for a in node.names if a.name in _SPACE_MODULES and a.asname}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in _NET_MODULES:
            out |= {a.asname or a.name for a in node.names if a.name != "*"}
            if any(a.name == "*" for a in node.names):  # ``from requests import *``: its verbs and makers
                out |= _STAR_NAMES
        elif isinstance(node, ast.ClassDef):
            methods |= {id(f) for f in node.body}
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):  # a method's too, by its name
            out |= {f"{node.name}{KEEPS}{t}" for t in _kept_by(node)}
            if _closes(node):
                out.add(node.name + CLOSES)
    out |= _closers(tree, out)
    out |= _links_of(tree) | _shares_of(tree, out)
    links = _linked(out)
    keeps = _keeps_of(out)
    before: set[str] = set()
    for _ in range(3):  # a name bound from another such name (``f = rq.get`` after ``rq = getattr(...)``)
        if _any_sender(out):
            out.add(ANY_GLOBAL)
        if out == before:
            break  # the last pass bound nothing more
        before = set(out)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.name not in out \
                    and id(node) not in methods and _reaches(node, out):
                out |= {node.name, node.name + MAKES} if isinstance(node, ast.ClassDef) else {node.name}
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and id(node) not in methods and any(
                    isinstance(r, ast.Return | ast.Yield | ast.YieldFrom) and r.value is not None
                    and _binds_net(r.value, out | _net_defaults(node.args, out)) for r in ast.walk(node)):
                # ``def make(): return rq.post`` (or ``yield rq.post``, or ``def make(p=rq.post): return p``):
                # ``f = make()`` holds the sender
                out.add(node.name + MAKES)
            if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            value = node.value if isinstance(node, ast.Assign | ast.AnnAssign | ast.NamedExpr) else None
            if isinstance(node, ast.withitem):
                value = node.context_expr
            if isinstance(node, ast.For | ast.AsyncFor | ast.comprehension):
                value = node.iter
            if isinstance(value, ast.GeneratorExp) and _reaches(value, out):  # ``g = (rq.post(u) for u in us)``
                out |= {n.id + s for t in _targets(node) for n in ast.walk(t) if isinstance(n, ast.Name)
                        for s in ("", ITERATES)}
            if value is not None and _binds_net(value, out):
                targets = [node.target] if isinstance(node, ast.For | ast.AsyncFor | ast.comprehension) else \
                    _targets(node)
                out |= {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
                out |= {k for t in targets for k in _kernel_names(t, aliases)}
                if any(_floods(t, aliases) for t in targets):
                    out.add(ANY_NAME)
                if isinstance(value, ast.Lambda) and _binds_net(value.body, out):  # ``make = lambda: rq.post``
                    out |= {n.id + MAKES for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
                if isinstance(value, ast.Call) and _called(value) in _LAZY:  # ``r = map(post, urls)``
                    out |= {n.id + ITERATES for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
                out |= _through_links(targets, links)  # ``e['q'] = rq.post`` after ``e = d``: ``d`` holds it
            for target, stored in [*(_stores(node, aliases) or _handed(node, links)), *_kept_in(node, keeps, links)]:
                if _binds_net(stored, out):
                    out |= _kernel_names(target, aliases) or {n.id for n in ast.walk(target)
                                                              if isinstance(n, ast.Name)}
                    out |= _through_links([target], links, assigned=False)
                    if _floods(target, aliases):
                        out.add(ANY_NAME)
    if _displays(tree, out):
        out |= _HISTORY
    if _HISTORY & out:  # ``_3``: the output of the third cell
        out |= {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and _OUTPUT.fullmatch(n.id)}
    return out


def _any_sender(names: set[str]) -> bool:
    """Whether ``names`` (see :func:`_net_names`) has an entry other than a computed name's or a :data:`CLOSES` one
    (which says how a function returns, not that anything reaches the network)."""
    return any(n not in _COMPUTED and not n.endswith(CLOSES) and KEEPS not in n and LINKED not in n for n in names)


def _closes(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether what a function returns may share state with what else one call of it returns (see :data:`CLOSES`):
    it defines a function, a lambda or a class, or returns an attribute it does not call (``return o.add, o.get``;
    not ``return d.sum()``)."""
    if any(n is not fn and isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef)
           for n in ast.walk(fn)):
        return True
    for r in ast.walk(fn):
        if isinstance(r, ast.Return) and r.value is not None:
            called = {id(c.func) for c in ast.walk(r.value) if isinstance(c, ast.Call)}
            if any(isinstance(a, ast.Attribute) and id(a) not in called for a in ast.walk(r.value)):
                return True
    return False


def _makes_closures(value: ast.expr, names: set[str]) -> bool:
    """Whether a value holds what a function whose results may share state returns (``names``' :data:`CLOSES`
    entries): a call of it anywhere in the value (``make()``, ``outer()()``, ``dict(zip(ks, make()))``)."""
    return any(isinstance(c, ast.Call) and _called(c) and (_called(c) + CLOSES in names or (
        isinstance(c.func, ast.Attribute) and f"{_dotted(c.func)}{CLOSES}" in names)) for c in ast.walk(value))


def _closers(tree: ast.AST, names: set[str]) -> set[str]:
    """The :data:`CLOSES` entries of the other names for a function whose results may share state (``mk = make``),
    of a function returning one (``def outer(): return make``) and of what one call of it binds (``mk = outer()``:
    what a maker returns may be a maker), so that their calls' results share state too."""
    out: set[str] = set()
    if not any(n.endswith(CLOSES) for n in names):
        return out
    for _ in range(3):  # ``mk = outer()``, then ``mk2 = mk``
        known = names | out
        added: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
                    isinstance(r, ast.Return) and isinstance(r.value, ast.Name) and r.value.id + CLOSES in known
                    for r in ast.walk(node)):
                added.add(node.name + CLOSES)
            value, targets = _bound(node) if isinstance(node, ast.Assign | ast.AnnAssign | ast.NamedExpr) \
                else (None, [])
            if value is not None and ((isinstance(value, ast.Name) and value.id + CLOSES in known)
                                      or _makes_closures(value, known)):
                added |= {n + CLOSES for t in targets for n in _stored(t)}
        if added <= out:
            break
        out |= added
    return out


def _shares_of(tree: ast.AST, names: set[str]) -> set[str]:
    """The :data:`KEEPS` and :data:`LINKED` entries of the names code binds together from one call of a function
    whose results may share state (``names``' :data:`CLOSES` entries; see :func:`_makes_closures`): each keeps what
    any is handed, in each and in what each returns (``add, get = make()``: ``add>get``, ``add>get()``,
    ``add=get``; ``m = make()``: ``m>m()``). A loop over its results binds its target and what the loop's body binds
    or stores the target in (``for f in make(): fs.append(f)``: ``f`` and ``fs``)."""
    if not any(n.endswith(CLOSES) for n in names):
        return set()
    out: set[str] = set()
    for node in ast.walk(tree):
        value, targets = _bound(node)
        if value is None or not _makes_closures(value, names):
            continue
        bound = {n for t in targets for n in _stored(t)}
        if isinstance(node, ast.For | ast.AsyncFor):
            for inner in ast.walk(ast.Module(body=[*node.body, *node.orelse], type_ignores=[])):
                if isinstance(inner, ast.Name) and isinstance(inner.ctx, ast.Store):
                    bound.add(inner.id)  # ``add = f``
                elif isinstance(inner, ast.Subscript | ast.Attribute) and isinstance(inner.ctx, ast.Store) \
                        and (root := _root(inner)) is not None:
                    bound.add(root)  # ``d[f.__name__] = f``
                elif isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) \
                        and (root := _root(inner.func.value)) is not None:
                    bound.add(root)  # ``fs.append(f)``
        ordered = sorted(bound)
        out |= {f"{a}{KEEPS}{b}{s}" for a in ordered for b in ordered for s in ("", MAKES)}
        out |= {f"{a}{LINKED}{b}" for i, a in enumerate(ordered) for b in ordered[i + 1:]}
    return out


def _iterated(tree: ast.AST) -> Iterator[ast.expr]:
    """What code iterates over, or hands to a call that may (``list(r)``, ``next(r)``, ``for x in r``)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.For | ast.AsyncFor | ast.comprehension):
            yield node.iter
        elif isinstance(node, ast.Call):
            yield from (a.value if isinstance(a, ast.Starred) else a for a in node.args)
        elif isinstance(node, ast.Starred | ast.YieldFrom):
            yield node.value


def _flooded(tree: ast.AST, names: set[str], known: set[str]) -> set[str]:
    """``names`` (a cell's, see :func:`_net_names`) and, when the cell itself puts senders in the kernel's namespace
    under names it does not spell (:data:`ANY_NAME`), every name it uses: any may be one of them."""
    if ANY_NAME not in names or ANY_NAME in known:
        return names
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    imported = {a.asname or a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)
                for a in n.names}
    # ``import builtins``, ``vars(builtins).update(d)``: how it reaches the namespace is not what it puts there
    return names | (used - _REBINDERS - _BUILTIN_SPACES - imported)


def _handed(node: ast.AST, links: dict[str, set[str]] | None = None) -> list[tuple[ast.expr, ast.expr]]:
    """What a method call may keep in the object it is called on (``reg.register(post)``, whose ``register`` may
    do ``self.f = f``), as (object, value): each value it is handed, unless the method is one known to call what
    it is handed rather than keep it (:data:`_CALLS_IT`) or a keeper or an inspector by its name. With ``links``
    (see :func:`_linked`): a call of a name bound to a part of others (``add = b.add``) may keep it in each."""
    if not isinstance(node, ast.Call):
        return []
    values = [v for v in [*node.args, *(k.value for k in node.keywords)] if not isinstance(v, ast.Starred)]
    if isinstance(node.func, ast.Name) and links and node.func.id in links:
        return [(ast.Name(n, ast.Load()), v) for n in sorted(links[node.func.id]) for v in values]
    if not isinstance(node.func, ast.Attribute) or node.func.attr in _CALLS_IT | _KEEPERS | _INSPECTS | _BINDING_CALLS:
        return []
    return [(node.func.value, v) for v in values]


def _keeps_of(names: set[str]) -> dict[str, set[str]]:
    """Each function's name with where it may keep what it is handed, from ``names``' :data:`KEEPS` entries."""
    out: dict[str, set[str]] = {}
    for n in names:
        if KEEPS in n:
            fn, where = n.split(KEEPS, 1)
            out.setdefault(fn, set()).add(where)
    return out


def _kept_in(node: ast.AST, keeps: dict[str, set[str]], links: dict[str, set[str]] | None = None
             ) -> list[tuple[ast.expr, ast.expr]]:
    """What a call of a function that keeps what it is handed (``keeps``, see :func:`_keeps_of`; by another name
    for it too, ``links``: see :func:`_linked`) may keep, and where, as (holder, value): ``register(post)`` after
    ``def register(f): H.append(f)`` keeps ``post`` in ``H``; ``add(h, post)`` after ``def add(h, f):
    h.append(f)`` in ``h``. The function handed to a call may be called with the rest (``map(register, [post])``,
    ``functools.partial(register)(post)``)."""
    if not keeps or not isinstance(node, ast.Call) or not (node.args or node.keywords):
        return []
    handed = [*node.args, *(node.func.args if isinstance(node.func, ast.Call) else [])]
    # ``m[0](post)`` after ``m = make()``: a part of what keeps it (see :data:`CLOSES`)
    called = {_called(node), _root(node.func) or "", *(a.id for a in handed if isinstance(a, ast.Name))}
    called |= {n for c in list(called) for n in (links or {}).get(c, ())}
    kept = {w for c in called for w in keeps.get(c, ())}
    if not kept:
        return []
    values = [a.value if isinstance(a, ast.Starred) else a for a in [*node.args, *(k.value for k in node.keywords)]]
    holders: list[ast.expr] = [ast.Name(t, ast.Load()) for t in kept - {KEEPS_ARG}]
    if KEEPS_ARG in kept:
        holders += values
    return [(h, v) for h in holders for v in values if v is not h]


def _kept_by(fn: ast.FunctionDef | ast.AsyncFunctionDef, names: set[str] | None = None) -> set[str]:
    """The names outside a function that it may keep what it is handed in, its parameters or what a local name
    holds of them (``H.append(f)``, ``H[k] = f``, ``H.add(f)``, ``global G; G = f``, ``h = H; h.append(f)``), and
    :data:`KEEPS_ARG` when it may keep it in another parameter (``h.append(f)``, ``h`` a parameter). With
    ``names`` (bound to the network, see :func:`net_names`): the names outside it that it changes or binds,
    whatever it stores there (``def fill(): D['p'] = post``), or hands a method of one of them that may keep it
    (``reg.register(post)``)."""
    every = names is not None
    a = fn.args
    params = {x.arg for x in [*a.posonlyargs, *a.args, *a.kwonlyargs, *([a.vararg] if a.vararg else []),
                              *([a.kwarg] if a.kwarg else [])]}
    declared = {n for node in ast.walk(fn) if isinstance(node, ast.Global | ast.Nonlocal) for n in node.names}
    local = (params | {n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}) \
        - declared
    positional = [*a.posonlyargs, *a.args]
    defaults = {x.arg: d for x, d in [*zip(positional[len(positional) - len(a.defaults):], a.defaults, strict=True),
                                      *zip(a.kwonlyargs, a.kw_defaults, strict=True)] if d is not None}
    handed, outer = set(params), {}
    for _ in range(2):  # ``g = f``, then ``h = g``
        for node in ast.walk(fn):
            value, targets = _bound(node)
            if value is None:
                continue
            for name in (n for t in targets for n in _stored(t) if n in local):
                if _binds_net(value, handed):
                    handed.add(name)
                root = _root(value) if isinstance(value, ast.Name | ast.Attribute | ast.Subscript) else None
                if root is not None and root not in local:  # ``h = H``: a change to ``h`` is one to ``H``
                    outer[name] = root
    out: set[str] = set()
    for node in ast.walk(fn):
        pairs = _stores(node) or [(t, v) for t, v in _handed(node)  # ``H.append(f)``: a change to ``H``
                                  if names is None or _binds_net(v, names)]
        assigned = isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign)
        if isinstance(node, ast.Assign):  # ``H = f``: ``H`` bound anew, a local unless declared global
            pairs = [(t, node.value) for t in node.targets]
        elif isinstance(node, ast.AnnAssign | ast.AugAssign):
            pairs = [(node.target, node.value)] if node.value is not None else []
        for target, value in pairs:
            if not every and not _binds_net(value, handed):
                continue
            for part in target.elts if isinstance(target, ast.Tuple | ast.List) else [target]:
                if isinstance(part, ast.Name) and assigned:
                    out |= {part.id} & declared
                    continue
                root = _root(part)
                if root in params:  # ``def register(f, into=H): into.append(f)``: ``H`` too
                    out |= {KEEPS_ARG, *(_held(defaults[root]) if root in defaults else set())}
                elif root in local:
                    out |= {outer[root]} if root in outer else set()
                elif root is not None:
                    out.add(root)
    return out - {"self", "cls"} if every else out


def _links_of(tree: ast.AST) -> set[str]:
    """The :data:`LINKED` pairs of the names code binds to another name's value, a part of
    it or a container holding it (``e = d``, ``e = d['k']``, ``L = [d]``, ``e = ChainMap(d)``, ``for e in [d]``,
    ``e, x = d, 1``): what is put in one is in the other."""
    out: set[str] = set()
    for node in ast.walk(tree):  # a function's own names too: a link too many asks more, never less
        if not isinstance(node, ast.Assign | ast.AnnAssign | ast.NamedExpr | ast.For | ast.AsyncFor
                          | ast.comprehension):
            continue
        value, targets = _bound(node)
        if value is None:
            continue
        pairs = [(t, value) for t in targets]
        for target in targets:  # ``e, x = d, 1``
            if isinstance(target, ast.Tuple | ast.List) and isinstance(value, ast.Tuple | ast.List) \
                    and len(target.elts) == len(value.elts):
                pairs += list(zip(target.elts, value.elts, strict=True))
        out |= {LINKED.join(sorted((name, held))) for t, v in pairs if isinstance(t, ast.Name)
                or (isinstance(t, ast.Tuple | ast.List) and not isinstance(v, ast.Tuple | ast.List))
                for name in _stored(t) for held in _held(v) if held != name}
    return out


def _held(value: ast.expr) -> set[str]:
    """The names whose values a value is, is part of, or holds (``d`` of ``d``, ``d['k']``, ``[d, 1]``, ``{'x': d}``,
    ``ChainMap(d)``, ``dict(d)``); not what a call made of them (``len(d)``, ``d['n'] + 1``)."""
    if isinstance(value, ast.Name):
        return {value.id}
    if isinstance(value, ast.Attribute | ast.Subscript | ast.Starred):
        return _held(value.value)
    if isinstance(value, ast.List | ast.Tuple | ast.Set):
        return {n for e in value.elts for n in _held(e)}
    if isinstance(value, ast.Dict):
        return {n for v in value.values for n in _held(v)}
    if isinstance(value, ast.IfExp):
        return _held(value.body) | _held(value.orelse)
    if isinstance(value, ast.Call) and _builtin(value.func, "vars") and len(value.args) == 1:
        return _held(value.args[0])  # ``v = vars(o)``: ``o``'s attributes
    if isinstance(value, ast.Call) and _called(value) in _KEEPERS:
        return {n for a in [*value.args, *(k.value for k in value.keywords)] for n in _held(a)}
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr in _CONTENTS:
        return _held(value.func.value)  # ``for k, v in d.items()``: ``v`` is in ``d``
    return set()


def _net_defaults(args: ast.arguments, names: set[str]) -> set[str]:
    """The parameters whose default is a sender (``p`` of ``def make(p=rq.post)``)."""
    plain = [*args.posonlyargs, *args.args]
    pairs = [*zip(plain[len(plain) - len(args.defaults):], args.defaults, strict=True),
             *zip(args.kwonlyargs, args.kw_defaults, strict=True)]
    return {a.arg for a, d in pairs if d is not None and _binds_net(d, names)}


def _linked(names: set[str]) -> dict[str, set[str]]:
    """Each name that a :data:`LINKED` pair in ``names`` links, with every name linked to it, however far."""
    pairs = [n.split(LINKED) for n in names if LINKED in n]
    if not pairs:
        return {}
    groups: dict[str, set[str]] = {}
    for a, b in pairs:
        group = groups.get(a, {a}) | groups.get(b, {b})
        for member in group:
            groups[member] = group
    return groups


def _through_links(targets: list[ast.expr], links: dict[str, set[str]], *, assigned: bool = True) -> set[str]:
    """The names linked (:func:`_linked`) to the names a store changes (``e`` of ``e['q'] = …``, of a call's
    ``e.append(…)`` when not ``assigned``); not a name an assignment binds anew (``e = …`` binds ``e`` to another
    value)."""
    if not links:
        return set()
    roots = {_root(p) for t in targets for p in (t.elts if isinstance(t, ast.Tuple | ast.List) else [t])
             if not (assigned and isinstance(p, ast.Name))}
    return {n for r in roots if r in links for n in links[r]}


_CALLS_IT = frozenset({"apply", "applymap", "map", "agg", "aggregate", "transform", "pipe", "submit", "starmap",
                       "imap", "imap_unordered", "map_async", "apply_async", "starmap_async", "run_in_executor",
                       "call_soon", "call_soon_threadsafe", "call_later", "sort", "filter", "reduce", "run",
                       "invoke", "__call__"})
"""Methods that call what they are handed and keep nothing of it (``df.url.apply(requests.get)``,
``pool.submit(post, u)``, ``functools.reduce(f, xs)``)."""
_LAZY = frozenset({"map", "filter", "starmap", "imap", "imap_unordered"})
"""Of :data:`_CALLS_IT`, those whose result calls it later, when it is iterated (``r = map(post, urls)``)."""
_HISTORY = frozenset({"Out", "_oh", "_", "__", "___"})
_LAST = ("_", "__", "___")
"""IPython's names for the last three outputs, newest first."""
"""IPython's output history: what a cell's last expression evaluates to is kept in ``Out[n]`` (``_oh``), ``_``,
``__``, ``___`` and ``_n``."""
_OUTPUT = re.compile(r"_\d+")
"""IPython's name for one cell's output (``_3``)."""
_SPACE_MODULES = frozenset({"builtins", "__main__"})
"""Modules whose attributes are the kernel's names: ``builtins.p`` and ``__main__.p`` are seen by later cells as
``p``."""
_BUILTIN_SPACES = _SPACE_MODULES | {"__builtins__"}
_STORE_METHODS = frozenset({"append", "appendleft", "extend", "insert", "update", "setdefault", "add",
                            "__setitem__", "__setattr__", "push"})
"""Methods that keep what they are handed in the object they are called on (``d.update(p=requests.post)``;
IPython's ``get_ipython().push({'p': f})`` in the kernel's namespace)."""


def _not_none(value: ast.expr) -> bool:
    """Whether an expression surely evaluates to something other than None (a literal, an f-string, a display)."""
    if isinstance(value, ast.Constant):
        return value.value is not None
    return isinstance(value, ast.JoinedStr | ast.List | ast.Tuple | ast.Dict | ast.Set | ast.ListComp | ast.SetComp
                      | ast.DictComp | ast.GeneratorExp | ast.Lambda)


def _displays(tree: ast.Module, names: set[str]) -> bool:
    """Whether a cell's last statement is an expression that is (or holds) a name bound to the network
    (``requests.post`` as the last line): IPython keeps it in its output history (:data:`_HISTORY`)."""
    last = tree.body[-1] if tree.body else None
    return isinstance(last, ast.Expr) and _binds_net(last.value, names)


def space_aliases(tree: ast.AST) -> set[str]:
    """The names a cell binds to ``builtins`` or ``__main__`` (``import builtins as B``), besides their own."""
    return {a.asname for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
            if a.name in _SPACE_MODULES and a.asname}


def _is_space(node: ast.expr, aliases: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether ``node`` is a namespace whose keys or attributes are the kernel's names: the kernel's
    (:data:`ANY_GLOBAL`, what ``globals()`` is read as), ``builtins``' or ``__main__``'s (``aliases``: other names
    bound to them), their ``__dict__``, ``vars(builtins)``, ``sys.modules['builtins']``."""
    if isinstance(node, ast.Name):
        return node.id in _BUILTIN_SPACES | {ANY_GLOBAL} | set(aliases)
    if isinstance(node, ast.Attribute) and node.attr == "__dict__":
        return _is_space(node.value, aliases) and node.value.id != ANY_GLOBAL \
            if isinstance(node.value, ast.Name) else _is_space(node.value, aliases)
    if isinstance(node, ast.Call) and _called(node) == "vars" and len(node.args) == 1:
        return isinstance(node.args[0], ast.Name) and node.args[0].id in _BUILTIN_SPACES | set(aliases)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "modules":
        return _key(node.slice) in _SPACE_MODULES
    return False


def _kernel_names(target: ast.AST, aliases: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """The kernel's bare names a store to ``target`` binds that no plain name in it shows: an attribute of
    ``builtins`` or ``__main__`` (``builtins.p = …``, which every later cell sees as ``p``; ``aliases``: other names
    bound to them) and a key written out in the kernel's namespace or the builtins' (``globals()['p'] = …``,
    ``builtins.__dict__['p']``, ``vars(builtins)['p']``)."""
    if isinstance(target, ast.Tuple | ast.List):
        return {k for e in target.elts for k in _kernel_names(e, aliases)}
    if isinstance(target, ast.Starred):
        return _kernel_names(target.value, aliases)
    if isinstance(target, ast.Attribute) and _is_space(target.value, aliases):
        return {target.attr}
    if isinstance(target, ast.Subscript) and (key := _key(target.slice)) is not None \
            and _is_space(target.value, aliases) and not isinstance(target.value, ast.Subscript):
        return {key}
    return set()


def _stores(node: ast.AST, aliases: frozenset[str] | set[str] = frozenset()) -> list[tuple[ast.expr, ast.expr]]:
    """What a call stores and where, as an assignment would (target, value): ``setattr(o, 'p', v)`` stores ``v``
    in ``o.p``, ``d.update(p=v)`` or ``xs.append(v)`` in ``d`` or ``xs``, and ``globals().update(p=v)``,
    ``globals().setdefault('p', v)`` or ``get_ipython().push({'p': v})`` in the kernel's name ``p``."""
    if not isinstance(node, ast.Call):
        return []
    values = [*node.args, *(k.value for k in node.keywords)]
    if _builtin(node.func, "setattr") and len(node.args) == 3:
        key = _key(node.args[1])
        target = ast.Attribute(value=node.args[0], attr=key, ctx=ast.Store()) if key else node.args[0]
        return [(target, node.args[2])]
    if _called(node) == "setitem" and len(node.args) == 3 and not node.keywords:  # ``operator.setitem(d, k, v)``
        return [(ast.Subscript(value=node.args[0], slice=node.args[1], ctx=ast.Store()), node.args[2])]
    if not isinstance(node.func, ast.Attribute) or node.func.attr not in _STORE_METHODS:
        return []
    space = node.func.value
    if node.func.attr == "push" or _is_space(space, aliases):  # the kernel's names, by key
        into: ast.expr = ast.Name(ANY_GLOBAL, ast.Load())
        keyed: list[tuple[ast.expr, ast.expr]] = [(ast.Subscript(into, ast.Constant(k.arg), ast.Store()), k.value)
                                                  for k in node.keywords if k.arg]
        for arg in node.args:
            if isinstance(arg, ast.Dict):
                keyed += [(ast.Subscript(into, k, ast.Store()), v) for k, v in zip(arg.keys, arg.values, strict=True)
                          if k is not None]
        if node.func.attr == "setdefault" and len(node.args) == 2:
            return [(ast.Subscript(into, node.args[0], ast.Store()), node.args[1])]
        # ``globals().update(d)``, ``push(d)``, ``update(**d)``: names the code does not spell
        keyed += [(into, v) for v in [*(a for a in node.args if not isinstance(a, ast.Dict)),
                                      *(k.value for k in node.keywords if k.arg is None)]]
        return keyed
    return [(space, v) for v in values]


def _floods(target: ast.AST, aliases: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a store to ``target`` binds names of the kernel's namespace (or the builtins') that it does not spell:
    the namespace itself updated (``globals().update(d)``, ``setattr(builtins, k, v)``) or a computed key
    (``globals()[k] = v``)."""
    if isinstance(target, ast.Tuple | ast.List):
        return any(_floods(e, aliases) for e in target.elts)
    if isinstance(target, ast.Starred):
        return _floods(target.value, aliases)
    if isinstance(target, ast.Subscript) and _key(target.slice) is None:
        return _is_space(target.value, aliases)
    return isinstance(target, ast.expr) and _is_space(target, aliases)


def _binds_net(value: ast.expr, names: set[str]) -> bool:
    """Whether a bound value is (or holds) a network module, one of its names or what it makes: a maker's call
    (``rq.Session()``), a getter's (``getattr(requests, 'get')``, ``importlib.import_module('requests')``), or
    the name itself kept aside (``fn = requests.get``, ``[requests.get]``); not what a fetch returns."""
    if not _may_bind(value, names):
        return False
    if isinstance(value, ast.Lambda):
        return _reaches(value, names)
    if any((isinstance(n, ast.Lambda) and _reaches(n, names))
           or (isinstance(n, ast.Name) and n.id in _COMPUTED and n.id in names) for n in ast.walk(value)):
        return True  # ``{'p': lambda u: rq.post(u)}``, ``ns = globals()``
    if isinstance(value, ast.Call) and _called(value) in ("methodcaller", "attrgetter") and value.args \
            and isinstance(value.args[0], ast.Constant) and value.args[0].value in _SEND_VERBS | _FETCH_VERBS:
        return True  # ``m = operator.methodcaller('post', u, data=t)``: ``m(requests)`` posts
    if isinstance(value, ast.Call):
        if _root(value) in names and _called(value) in _NET_MAKERS:
            return True
        if isinstance(value.func, ast.Attribute) and value.func.attr in _CONTENTS \
                and _binds_net(value.func.value, names):
            return True  # ``d.items()`` of a dict holding a sender: ``for k, v in d.items()`` binds ``v``
        if isinstance(value.func, ast.Name) and value.func.id + MAKES in names:
            return True
        part = value.func  # ``m[1](0)``, ``m.get(0)`` after ``m = make()`` kept a sender (see :data:`CLOSES`)
        while isinstance(part, ast.Attribute | ast.Subscript):
            part = part.value
        if part is not value.func and isinstance(part, ast.Name) and part.id + MAKES in names:
            return True
        if _called(value) in _CALLS_IT - _LAZY - {"reduce"}:  # ``df.u.apply(requests.get)``: what the calls returned
            return False
        if _called(value) not in _NET_GETTERS:  # ``SimpleNamespace(p=rq.post)``, ``staticmethod(rq.post)``
            return any(_binds_net(a, names) for a in [*value.args, *(k.value for k in value.keywords)]
                       if not isinstance(a, ast.Starred))
        return any((isinstance(n, ast.Name) and n.id in names)
                   or (isinstance(n, ast.Constant) and isinstance(n.value, str)
                   and n.value.split(".")[0] in _NET_MODULES) for a in value.args for n in ast.walk(a))
    calls = {id(c) for n in ast.walk(value) if isinstance(n, ast.Call) for c in ast.walk(n) if c is not n}
    return any(((isinstance(n, ast.Name) and n.id in names) or (isinstance(n, ast.Attribute) and _dotted(n) in names)
                or (isinstance(n, ast.Call) and _binds_net(n, names)))  # ``{'f': partial(rq.post, u)}``
               and id(n) not in calls for n in ast.walk(value))


class _CallAside(ast.NodeTransformer):
    """Writes each name bound to the network that code keeps aside, not calling it, as called
    (``obj.p = requests.post`` as ``obj.p = requests.post()``): see :func:`called_aside`."""

    def __init__(self, names: set[str]) -> None:
        self.names = names

    def visit_Call(self, node: ast.Call) -> ast.AST:
        func = node.func  # what a call's callee is made of may be kept aside (``(lambda: rq.post)()``)
        if isinstance(func, ast.Attribute):
            if not isinstance(func.value, ast.Name | ast.Attribute):
                func.value = self.visit(func.value)
        elif not isinstance(func, ast.Name):
            node.func = self.visit(func)
        node.args = [self.visit(a) for a in node.args]
        node.keywords = [self.visit(k) for k in node.keywords]
        return node

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if isinstance(node.ctx, ast.Load) and (_root(node) in self.names or _dotted(node) in self.names):
            return ast.copy_location(ast.Call(node, [], []), node)
        return node

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if isinstance(node.ctx, ast.Load) and node.id in self.names:
            return ast.copy_location(ast.Call(node, [], []), node)
        return node


def called_aside(code: str, known: set[str]) -> str:
    """The code with each function bound to the network (``known``: earlier cells' names, see :func:`net_names`)
    that it keeps aside written as called: where a later cell calls it through what kept it (``p(u)`` after
    ``builtins.p = requests.post``, ``ns.p(u)`` after ``ns = SimpleNamespace(p=requests.post)``, ``Out[3](u)``),
    the code that kept it is judged as calling it. The code as it is when it is not Python."""
    try:
        tree = ast.parse(_without_magics(code))
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return code
    names = net_names(code, known)
    return ast.unparse(ast.fix_missing_locations(_CallAside(names).visit(tree)))


_BINDING_CALLS = _NET_GETTERS | {"methodcaller", "attrgetter"}


def _may_bind(value: ast.expr, names: set[str]) -> bool:
    """Whether a value has anything :func:`_binds_net` looks for (a name in ``names``, a call of one that makes, a
    lambda, a getter): most values have none, and are told apart in one walk."""
    for n in ast.walk(value):
        if isinstance(n, ast.Name) and (n.id in names or n.id + MAKES in names):
            return True
        if isinstance(n, ast.Lambda) or (isinstance(n, ast.Call) and _called(n) in _BINDING_CALLS):
            return True
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name | ast.Attribute) and _dotted(n) in names:
            return True
    return False
