"""What the run's Python cells left in the kernel (:class:`KernelState`), folded one cell at a time, and the readers
of a cell's top-level bindings it folds with."""

from __future__ import annotations

import ast
import re
import symtable
from collections.abc import Callable

from gofer.safety.checks._cell_names import (
    _COMPUTED,
    _NET_MODULES,
    _REBINDERS,
    _STATE_ATTRS,
    _STATE_MODULES,
    ANY_GLOBAL,
    ANY_NAME,
    CLOSES,
    KEEPS,
    KEEPS_ARG,
    LINKED,
    _builtin,
    _called,
    _dotted,
    _key,
    _parse,
    _root,
    _runner,
    _runs_computed,
    _stored,
    imported_names,
)
from gofer.safety.checks._cell_senders import (
    _HISTORY,
    _LAST,
    _OUTPUT,
    _STORE_METHODS,
    _displays,
    _floods,
    _keeps_of,
    _kept_by,
    _kept_in,
    _kernel_names,
    _linked,
    _links_of,
    _not_none,
    _shares_of,
    _stores,
    _through_links,
    net_names,
    space_aliases,
)
from gofer.safety.checks._cell_uses import (
    _STDLIB,
    _callee,
    _from_data,
    _keeps_only,
    _plain_attributes,
    _plain_container,
    _runs_now,
    reader_names,
    url_built,
    workspace_net,
)

_MAX_SOURCE = 20_000
"""The most of one binding's code a :class:`KernelState` keeps (a name bound over and over keeps its latest)."""
_MAX_SOURCES = 32
"""The most earlier cells' bindings :meth:`KernelState.sources` adds to one cell."""
_COMPOUND = (ast.If, ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.Try, ast.TryStar)


class KernelState:
    """What the run's Python cells left in the kernel, folded one cell at a time (each cell read once, so a later
    question costs what that cell costs, not what the run's cells do): the names imported (:attr:`modules`), bound
    to the network (:attr:`net`, see :func:`net_names`), bound to an address a cell wrote out or built
    (:attr:`urls`), bound to a plain literal (:attr:`literals`), and the code of each name's latest top-level
    binding, so that a cell calling ``up(t)`` is judged with ``def up(x): ...`` beside it."""

    def __init__(self) -> None:
        self.modules: set[str] = set()
        """The names the cells imported (a later cell uses them without importing them again)."""
        self.net: set[str] = set()
        """The names bound to the network (see :func:`net_names`)."""
        self.readers: set[str] = set()
        """The functions that hand a parameter to a reader that fetches (see :func:`reader_names`)."""
        self.urls: set[str] = set()
        """The names bound to a value built from an address written out (``u = 'https://x/?d=' + t``)."""
        self.data: set[str] = set()
        """The names bound to data the run read and not to an address written out (``t = open(p).read()``,
        ``u = t``): an address one of them holds comes from data (see :func:`reads_data`)."""
        self.literals: set[str] = set()
        """The names bound to a string or number written out (``URL = 'https://x/a.csv'``): the value they hold
        is the code that bound them, unless a cell rebinds names in ways no assignment shows (``globals()``,
        computed ``exec``; then this set starts over), or a function declares them ``global``."""
        self.imports: dict[str, str] = {}
        """The import that bound each name a cell imported (``post``: ``from requests import post``), until a cell
        binds the name otherwise."""
        self._defs: dict[str, tuple[str, frozenset[str]]] = {}
        self._global_writers: set[str] = set()
        self._settled: set[str] = set()
        self._bindings = 0
        self._order: dict[str, int] = {}
        """When each name was last bound (not changed), counted in statements folded: an object made before its
        class was defined anew is of the older class."""
        self._attribute_stores: dict[str, int] = {}
        """How many stores to an attribute of each name the cells hold, in functions too (``o.hooks = …``): one
        outside the class that made it a plain container may bind it to anything."""
        self._exposed = False
        """Whether a cell reached objects' attributes in a way no store shows (``v = vars(x)``, ``x.__dict__``,
        ``getattr``, ``setattr``, ``gc``, code that is not Python): then no attribute is taken to still hold the
        plain container its class's ``__init__`` made (see :func:`_plain_attributes`)."""
        self._keys: dict[str, frozenset[str]] = {}
        self._changes: dict[str, set[str]] = {}
        """The names outside each function (by its name) that it changes or binds (see :func:`_kept_by`)."""
        self._links: dict[str, set[str]] = {}
        """Each name bound to another's value or a part of it, with those names (see :data:`LINKED`)."""
        self._keeps: dict[str, set[str]] = {}
        """Where each function may keep what it is handed (see :data:`KEEPS`)."""
        self._loaded: set[str] = set()
        """The names the cells used (in a function's body too; :data:`ANY_GLOBAL` once one reached the kernel's
        names in a way no name shows): a dict one of them used may hold keys its code does not show."""
        """The names bound to a dict whose keys the code spells (``d = {'p': requests.post}``), and those keys."""
        """The names a cell bound since the latest one put senders in the kernel's namespace under names it did not
        spell (see :data:`ANY_NAME`)."""

    def add(self, code: str, read: Callable[[str], str | None] | None = None) -> None:
        """Fold in one cell (as proposed); ``read``: a workspace module's source by its dotted name (see
        :func:`workspace_net`)."""
        self.modules |= imported_names(code)
        aliases = self._space_aliases()
        shown = [n in self.net for n in _LAST]
        flooded = ANY_NAME in self.net
        net = net_names(code, self.net - {ANY_NAME}, aliases)
        tree = _parse(code)
        rebound = _rebound(tree) if tree is not None else set()
        stale = {n for n in self.net if (LINKED in n and set(n.split(LINKED)) & rebound)
                 or (KEEPS in n and n.split(KEEPS, 1)[0] in rebound)}
        if stale and tree is not None:  # ``e = {}`` after ``e = d``: no longer another's name, nor a keeper
            net -= stale - _links_of(tree) - _shares_of(tree, net) - {
                f"{n.name}{KEEPS}{t}" for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
                for t in _kept_by(n)}
        floods = ANY_NAME in net
        self.net = net | (self.net & {ANY_NAME})
        self.readers = reader_names(code, self.readers)
        if tree is None:
            self._loaded.add(ANY_GLOBAL)
            self._exposed = True
            if floods:
                self._settled = set()
            return
        rebinds = _rebinds_by_name(tree)
        if rebinds:
            self.literals.clear()
        self._exposed = self._exposed or rebinds or any(
            (isinstance(n, ast.Name) and n.id == "getattr") or (isinstance(n, ast.Attribute)
                                                               and n.attr in ("__getattribute__", "__setattr__"))
            for n in ast.walk(tree))
        for n in ast.walk(tree):
            if isinstance(n, ast.Attribute) and not isinstance(n.ctx, ast.Load):
                self._attribute_stores[n.attr] = self._attribute_stores.get(n.attr, 0) + 1
        aliases |= space_aliases(tree)
        self._links = _linked(self.net | stale)  # what the cell did before it bound a name anew used its links
        self._keeps = _keeps_of(self.net | stale)
        for stmt in tree.body:
            self._bind(stmt, aliases)
        keys = self._flood_keys(tree, aliases) if floods else None
        self._loaded |= {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        if rebinds:
            self._loaded.add(ANY_GLOBAL)
        if keys is not None:  # ``globals().update(d)`` after ``d = {'p': requests.post}``: ``p``
            self.net = (self.net - {ANY_NAME}) | keys | ({ANY_NAME} if flooded else set())
            for key in keys:
                self._set(key, tree, None, append=True)
        elif floods:  # what it put there is judged with a later cell that uses a name no cell bound since
            self._settled = set()
            self._set(ANY_NAME, tree, None, append=True)
        displayed = _displays(tree, self.net)
        if displayed:  # ``requests.post`` as the last line: ``Out[3]`` and ``_`` hold it
            for name in _HISTORY:
                self._set(name, tree.body[-1], None, append=True)
        self._shift_last(tree, shown, displayed)
        if read is not None:
            names, sources, readers = workspace_net(code, read)
            self.net |= names
            if any(n.endswith(CLOSES) for n in names):  # ``import helpers`` and ``add, get = helpers.make()``
                self.net = net_names(code, self.net, aliases)
            self.readers |= readers
            for name, source in sources.items():  # ``up(t)`` is judged with the module's code beside it
                top = name.split(".")[0]  # ``import a.b`` binds ``a``; ``import a.c`` adds to it
                before = self._defs[top][0] if "." in name and top in self._defs else ""
                if source not in before:
                    self._defs[top] = ("\n".join(filter(None, [before, source]))[-_MAX_SOURCE:], frozenset())

    def _flood_keys(self, tree: ast.Module, aliases: set[str]) -> set[str] | None:
        """The names a cell that puts senders in the kernel's namespace under names it does not spell binds, when it
        only imports and updates a namespace from dicts whose keys an earlier cell spelled and no cell reached in
        another way (``globals().update(d)`` after ``d = {'p': requests.post}``: ``p``); else None."""
        if ANY_GLOBAL in self._loaded:
            return None
        keys: set[str] = set()
        for stmt in tree.body:
            if isinstance(stmt, ast.Import | ast.ImportFrom):
                continue
            stores = _stores(stmt.value, aliases) if isinstance(stmt, ast.Expr) else []
            if not stores:
                return None
            for target, value in stores:
                if not _floods(target, aliases):
                    return None
                if not isinstance(value, ast.Name) or value.id not in self._keys or value.id in self._loaded:
                    return None
                keys |= self._keys[value.id]
        return keys

    def _shift_last(self, tree: ast.Module, shown: list[bool], displayed: bool) -> None:
        """Move ``_``, ``__`` and ``___`` on as IPython does when a cell shows a value (``shown``: whether each held a
        sender before the cell; ``displayed``: whether the cell shows one): a value that is surely not None (``1``,
        ``f'{x}'``, ``[...]``) pushes the earlier ones back; one that may be None (``f(x)``, which IPython does not
        keep when it is) may or may not. ``Out`` keeps every output."""
        last = tree.body[-1] if tree.body else None
        if not isinstance(last, ast.Expr):
            return
        bound = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}
        if displayed:
            now = [True, shown[0], shown[1]]
        elif _not_none(last.value):
            now = [False, shown[0], shown[1]]
        else:
            now = [shown[0], shown[0] or shown[1], shown[1] or shown[2]]
        for name, holds in zip(_LAST, now, strict=True):
            if name in bound:
                continue
            if holds:
                self.net.add(name)
            else:
                self.net.discard(name)

    def net_for(self, code: str) -> set[str]:
        """The names bound to the network that a cell may call (:attr:`net`) and, after a cell put senders in the
        kernel's namespace under names it did not spell (``globals().update(d)``, ``vars(builtins).update(d)``),
        every name the cell uses that no cell bound since: any of them may be one of those senders. Not a function's
        own names (``def f(x): return x``: ``x``), nor one the cell binds before it uses it (``u = 1`` then
        ``print(u)``); a builtin is one (the namespace updated may shadow ``print``)."""
        if ANY_NAME not in self.net:
            return self.net
        tree = _parse(code)
        if tree is None:
            return self.net
        used = _global_loads(tree) - _bound_first(tree)
        return self.net | (used - self._settled - _COMPUTED)

    def _space_aliases(self) -> set[str]:
        """The names earlier cells bound to ``builtins`` or ``__main__`` (``import builtins as B``)."""
        return {n for n, line in self.imports.items() if line in (f"import builtins as {n}", f"import __main__ as {n}")}

    def _bind(self, stmt: ast.stmt, aliases: set[str]) -> None:
        """Note what one top-level statement binds (compound statements' bodies run at the top level too;
        ``aliases``: the names bound to ``builtins`` or ``__main__``)."""
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            self._set(stmt.name, stmt, None)
            changed: set[str] = set()
            for node in ast.walk(stmt):
                if isinstance(node, ast.Global):
                    self._global_writers |= set(node.names)
                    changed |= set(node.names)
                elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):  # ``def fill(): D['p'] = post``
                    self._changes[node.name] = _kept_by(node, self.net) - {KEEPS_ARG}
                    changed |= self._changes[node.name]
            for name in sorted(changed - {stmt.name}):
                self._set(name, stmt, None, append=True)
            return
        if isinstance(stmt, ast.Import | ast.ImportFrom):
            for a in stmt.names:
                name = a.asname or a.name.split(".")[0]
                if a.name != "*":
                    one = ast.Import([a]) if isinstance(stmt, ast.Import) else \
                        ast.ImportFrom(stmt.module, [a], stmt.level)
                    self.imports[name] = ast.unparse(one)
                self._defs.pop(name, None)
                self._settled.add(name)
                self.literals.discard(name)
                self.urls.discard(name)
                self.data.discard(name)
            return
        if isinstance(stmt, _COMPOUND):
            header: list[tuple[ast.AST, ast.expr]] = []
            if isinstance(stmt, ast.For | ast.AsyncFor):
                header = [(stmt.target, stmt.iter)]
            elif isinstance(stmt, ast.With | ast.AsyncWith):
                header = [(i.optional_vars, i.context_expr) for i in stmt.items if i.optional_vars is not None]
            for target, source in header:
                for name in _stored(target):
                    self._set(name, stmt, None, data_from=source)
            for field in ("body", "orelse", "finalbody"):
                for inner in getattr(stmt, field, []):
                    self._bind(inner, aliases)
            for handler in getattr(stmt, "handlers", []):
                for inner in handler.body:
                    self._bind(inner, aliases)
            return
        if isinstance(stmt, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    self._set(target.id, stmt, stmt.value, append=isinstance(stmt, ast.AugAssign))
                else:  # ``d['k'] = t``, ``a, b = ...``, ``builtins.p = f``: the names bound or changed
                    root = _root(target)
                    for name in _stored(target) | _kernel_names(target, aliases) | ({root} if root else set()) \
                            | _through_links([target], self._links):
                        self._set(name, stmt, None, append=True)
        elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
            stores = _stores(stmt.value, aliases)
            if stores:  # ``setattr(o, 'p', f)``, ``d.update(p=f)``: a change to what ``o``, ``d`` hold
                for target, _ in stores:
                    root = _root(target)
                    for name in _kernel_names(target, aliases) or ({root} if root else set()) \
                            | _through_links([target], self._links, assigned=False):
                        self._set(name, stmt, None, append=True)
            elif isinstance(stmt.value.func, ast.Attribute):
                root = _root(stmt.value.func)
                if root is not None and root in self._defs:  # ``params.pop('d')``: a change to the value
                    for name in {root} | self._links.get(root, set()):
                        self._set(name, stmt, None, append=True)
        for node in ast.walk(stmt):
            if isinstance(node, ast.NamedExpr):  # ``(u := ...)``
                self._set(node.target.id, stmt, None, append=True)
            # ``register(t)`` after ``def register(f): H.append(f)``, ``fill()`` after ``def fill(): D['p'] = t``:
            # a change to what ``H``, ``D`` hold
            held = {n.id for holder, _ in _kept_in(node, self._keeps, self._links) for n in ast.walk(holder)
                    if isinstance(n, ast.Name)} - _COMPUTED
            if isinstance(node, ast.Call):
                held |= self._changes.get(_called(node), set())
                if isinstance(node.func, ast.Name) and (node.args or node.keywords):  # ``add(f)``, ``add = b.add``
                    held |= self._links.get(node.func.id, set())
            for name in sorted(held):
                self._set(name, stmt, None, append=True)

    def _set(self, name: str, stmt: ast.AST, value: ast.expr | None, *, append: bool = False,
             data_from: ast.expr | None = None) -> None:
        """Bind ``name`` to the code of ``stmt`` (``append``: as a change to what it held); ``value``: the value
        bound, when it is one expression's; ``data_from``: what a loop or ``with`` takes it from."""
        source = ast.unparse(stmt)
        loads = frozenset(n.id for n in ast.walk(stmt) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load))
        if append and name in self._defs:
            before, before_loads = self._defs[name]
            source, loads = f"{before}\n{source}", before_loads | loads
        self._defs[name] = (source[-_MAX_SOURCE:], loads)
        keys = _spelled_keys(value) if value is not None and not append else None
        if keys is not None:
            self._keys[name] = keys
        else:
            self._keys.pop(name, None)
        if not append:
            self.imports.pop(name, None)
            self._settled.add(name)
            self._bindings += 1
            self._order[name] = self._bindings
        if url_built(value if value is not None else stmt, self.urls) or (append and name in self.urls):
            self.urls.add(name)
        else:
            self.urls.discard(name)
        if value is not None and not append and name not in self._global_writers and _literal(value, self.literals):
            self.literals.add(name)
        else:
            self.literals.discard(name)
        made_of = data_from if data_from is not None else value if value is not None else stmt
        if name not in self.urls and name not in self.literals and (
                _from_data(made_of, self.data) or (append and name in self.data)):
            self.data.add(name)
        else:
            self.data.discard(name)

    def keeping(self, code: str) -> set[str]:
        """The calls of a cell (as :func:`_callee` writes them) that only keep what they are handed (see
        :func:`_keeps_only`): ``register(f)`` where the latest binding of ``register`` is an earlier cell's ``def``
        that does, ``reg.register(f)`` where that of ``reg`` is ``reg = Registry()``, ``Registry`` an earlier cell's
        class of its own (no base, no metaclass, no ``__getattr__``) whose ``def register`` does, and neither
        changed since. Handing such a call a sender sends nothing; what keeps it holds it (:func:`net_names`)."""
        tree = _parse(code)
        if tree is None or ANY_NAME in self.net or _rebinds_by_name(tree):
            return set()
        # what the cell itself binds or changes may be what the call runs (``reg.register = atexit.register``)
        changed = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)} | {
            r for n in ast.walk(tree) for t, _ in _stores(n) if (r := _root(t)) is not None} | {
            n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)} | {
            a.asname or a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)
            for a in n.names} | {r for n in ast.walk(tree) if isinstance(n, ast.Attribute | ast.Subscript)
                                 and not isinstance(n.ctx, ast.Load) and (r := _root(n)) is not None}
        out: set[str] = set()
        for node in ast.walk(tree):
            callee = _callee(node) if isinstance(node, ast.Call) else None
            if callee is None or callee in out or callee in self.imports or callee.split(".")[0] in changed:
                continue
            parts = callee.split(".")
            fn: ast.stmt | None = None
            method: ast.ClassDef | None = None  # the class whose method it is
            if len(parts) == 1:
                fn = self._only(parts[0], ast.FunctionDef)
            elif len(parts) == 2 and isinstance(made := self._only(parts[0], ast.Assign), ast.Assign) \
                    and isinstance(made.value, ast.Call) and isinstance(made.value.func, ast.Name) \
                    and isinstance(cls := self._only(made.value.func.id, ast.ClassDef), ast.ClassDef) \
                    and self._order.get(cls.name, 0) < self._order.get(parts[0], 0) and self._own_class(cls):
                # (the object made after the class's latest definition: one made before is of an older class)
                defs = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
                assigned = {t.attr for n in ast.walk(cls) if isinstance(n, ast.Assign | ast.AugAssign | ast.AnnAssign)
                            for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
                            if isinstance(t, ast.Attribute)}
                fn = defs.get(parts[1]) if parts[1] not in assigned else None
                method = cls
            if isinstance(fn, ast.FunctionDef) and _keeps_only(fn, self._plain, method is not None,
                                                               self._plain_attributes(method) if method
                                                               else frozenset(), self._plain_modules()) \
                    and not (
                    changed & {n.id for n in ast.walk(method or fn) if isinstance(n, ast.Name)}
                    or (method is not None and method.name in changed)):
                out.add(callee)
        return out

    def _plain_modules(self) -> dict[str, str]:
        """The names an earlier cell bound by ``import m`` (or ``import m as n``) to a module of the standard library
        or a network module, whose attributes run no code of the run's when read or set (a workspace module may
        define ``__getattr__``): not one that hands over the kernel's names (``builtins``, ``__main__``, ``sys``),
        and none once a cell reached attributes by name or set one named ``__class__`` (a module's class
        replaced may run code when its attributes are set); each with the module's name."""
        if self._exposed or self._attribute_stores.get("__class__"):
            return {}
        out: dict[str, str] = {}
        for name, line in self.imports.items():
            tree = _parse(line)
            node = tree.body[0] if tree is not None and len(tree.body) == 1 else None
            if isinstance(node, ast.Import) and len(node.names) == 1:
                top = node.names[0].name.split(".")[0]
                if (top in _STDLIB or top in _NET_MODULES) and top not in _STATE_MODULES | {"sys", "IPython"}:
                    out[name] = node.names[0].name
        return out

    def _own_class(self, cls: ast.ClassDef) -> bool:
        """Whether a class is one of its own methods only, whose instances run no code of the run's when an attribute
        is set or a method looked up: no base but ``object``, no metaclass, no decorator but ``dataclass`` (which adds
        ``__init__``, ``__repr__`` and ``__eq__``, calling no attribute's value; a frozen one's ``__setattr__``
        raises), no property, no ``__setattr__``, nothing bound on the class but fields with literal defaults."""
        if cls.keywords or not all(isinstance(b, ast.Name) and b.id == "object" and b.id not in self._defs
                                   for b in cls.bases):
            return False
        if len(cls.decorator_list) > 1 or not all(self._dataclass(d) for d in cls.decorator_list):
            return False
        for f in cls.body:
            if isinstance(f, ast.FunctionDef):
                if f.decorator_list or (f.name.startswith("__") and f.name != "__init__"):
                    return False
            elif isinstance(f, ast.AnnAssign):
                if not isinstance(f.target, ast.Name) or not (f.value is None or isinstance(f.value, ast.Constant)):
                    return False
            elif not (isinstance(f, ast.Expr) and isinstance(f.value, ast.Constant)):  # a docstring
                return False
        return True

    def _plain_attributes(self, cls: ast.ClassDef) -> frozenset[str]:
        """The attributes of ``cls``'s objects that hold the plain container its ``__init__`` made (see
        :func:`_plain_attributes`), when no other store of the run binds that attribute of anything (``def swap(o):
        o.hooks = Hooks()``) and no cell reached objects' attributes by name."""
        if self._exposed:
            return frozenset()
        own = [n.attr for n in ast.walk(cls) if isinstance(n, ast.Attribute) and not isinstance(n.ctx, ast.Load)]
        return frozenset(a for a in _plain_attributes(cls) if self._attribute_stores.get(a, 0) == own.count(a))

    def _dataclass(self, decorator: ast.expr) -> bool:
        """Whether a class decorator is ``dataclasses.dataclass`` as an earlier cell imported it, perhaps called with
        literal options (``@dataclass(frozen=True)``)."""
        if isinstance(decorator, ast.Call):
            if decorator.args or not all(k.arg and isinstance(k.value, ast.Constant) for k in decorator.keywords):
                return False
            decorator = decorator.func
        if isinstance(decorator, ast.Name):
            return self.imports.get(decorator.id) == "from dataclasses import dataclass"
        return isinstance(decorator, ast.Attribute) and decorator.attr == "dataclass" \
            and isinstance(decorator.value, ast.Name) and decorator.value.id == "dataclasses" \
            and self.imports.get("dataclasses") == "import dataclasses"

    def _plain(self, name: str) -> bool:
        """Whether a name is bound to a plain container (``H = []``), changed since only as one is
        (``H.append(f)``, ``H[k] = f``)."""
        if name not in self._defs or name not in self._settled:
            return False
        try:
            body = ast.parse(self._defs[name][0]).body
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            return False
        first = body[0] if body else None
        if not (isinstance(first, ast.Assign) and len(first.targets) == 1 and isinstance(first.targets[0], ast.Name)
                and first.targets[0].id == name and _plain_container(first.value)):
            return False
        for stmt in body[1:]:  # what changed it since: an item set, a store method, a function storing in it
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                if any(isinstance(n, ast.Global) and name in n.names for n in ast.walk(stmt)):
                    return False
            elif isinstance(stmt, ast.Assign):
                if not all(isinstance(t, ast.Subscript) for t in stmt.targets):
                    return False
            elif not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
                return False
            elif isinstance(stmt.value.func, ast.Name):  # ``register(f)``: a function of the run's not binding it
                fn = self._only(stmt.value.func.id, ast.FunctionDef)
                if fn is None or any(isinstance(n, ast.Global) and name in n.names for n in ast.walk(fn)):
                    return False
            elif not (isinstance(stmt.value.func, ast.Attribute) and stmt.value.func.attr in _STORE_METHODS):
                return False
        return True

    def _only(self, name: str, kind: type[ast.stmt]) -> ast.stmt | None:
        """The one statement of kind ``kind`` that bound ``name`` last, when nothing changed it since."""
        if name not in self._defs or name not in self._settled:
            return None
        try:
            body = ast.parse(self._defs[name][0]).body
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            return None
        if len(body) != 1 or not isinstance(body[0], kind):
            return None
        stmt = body[0]
        if isinstance(stmt, ast.Assign) and not (len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
            return None
        return stmt if getattr(stmt, "name", name) == name else None

    def sources(self, code: str) -> list[str]:
        """The code that bound the names a cell uses that reach the network, hold an address or a literal (and
        what that code uses in turn), latest binding each: what the cell runs or sends, besides its own text."""
        tree = _parse(code)
        if tree is None:
            return []
        modules = {n.split(".")[0] for n in self.net if "." in n}
        wanted = self.net | self.readers | self.urls | self.literals | modules
        run = {n.id for c in ast.walk(tree) if _runner(c) for n in ast.walk(c) if isinstance(n, ast.Name)}
        unused = modules - self._modules_used(tree)
        todo = [n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
                and n.id not in unused]
        flooded = self.net_for(code) - self.net
        seen: set[str] = set()
        out: list[str] = []
        while todo and len(out) < _MAX_SOURCES:
            name = todo.pop(0)
            name = "Out" if _OUTPUT.fullmatch(name) else name
            if name in flooded:  # ``p`` after ``globals().update(d)``: the cell that put it there
                todo.append(ANY_NAME)
            if name in seen or name not in self._defs or (name not in wanted and name not in run):
                continue
            seen.add(name)
            source, loads = self._defs[name]
            out.append(source)
            todo.extend(sorted(loads))
        return out


    def prelude(self, code: str, sources: list[str]) -> list[str]:
        """The imports earlier cells ran that bound names to the network that a cell (or the earlier code it runs,
        ``sources``) uses and does not bind itself: with them before it, ``post(u)`` after ``from requests import
        post`` reads as ``requests.post(u)``."""
        text = "\n".join([code, *sources])
        wanted = [n for n in self.imports if n in self.net]
        if not wanted or not re.search(rf"\b(?:{'|'.join(map(re.escape, wanted))})\b", text):
            return []
        tree = _parse(text)
        if tree is None:
            return []
        own = _parse(code)
        bound = {n.id for n in ast.walk(own) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)} \
            if own is not None else set()
        used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        return list(dict.fromkeys(self.imports[n] for n in sorted(used - bound) if n in wanted))

    def _modules_used(self, tree: ast.AST) -> set[str]:
        """The workspace modules (``import calc``) whose functions that reach the network a cell may call: one
        it names (``calc.report``), or any, when it uses the module other than by a name of it written out
        (``g = calc``, ``getattr(calc, name)``, ``calc.__dict__``). ``calc.area`` does not call ``calc.report``."""
        inner = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
        used: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and id(node) not in inner:
                used.add(node.id)  # not an attribute's value: the module itself
            elif isinstance(node, ast.Attribute) and (dotted := _dotted(node)) is not None and (
                    dotted in self.net or node.attr.startswith("__")):  # ``calc.__dict__['report']``
                used.add(dotted.split(".")[0])
        return used


def _rebound(tree: ast.Module) -> set[str]:
    """The names a cell's top level binds anew for sure, not in a condition or a loop (an assignment to the name,
    an import, a ``def``, a ``class``): what they held before is gone."""
    out: set[str] = set()
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign):
            out |= {t.id for t in stmt.targets if isinstance(t, ast.Name)}
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None and isinstance(stmt.target, ast.Name):
            out.add(stmt.target.id)
        elif isinstance(stmt, ast.Import | ast.ImportFrom):
            out |= {a.asname or a.name.split(".")[0] for a in stmt.names if a.name != "*"}
        elif isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            out.add(stmt.name)
    return out


def _global_loads(tree: ast.Module) -> set[str]:
    """The names code looks up in the kernel's namespace: those its top level uses, and those its functions and
    classes use that are not their own (not a parameter, a local, a name of the function around them). All the
    names it uses when it cannot be read so."""
    try:
        top = symtable.symtable(ast.unparse(tree), "<cell>", "exec")
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    out: set[str] = set()
    tables = [top]
    while tables:
        table = tables.pop()
        tables += table.get_children()
        out |= {s.get_name() for s in table.get_symbols() if s.is_referenced()
                and (table.get_type() == "module" or s.is_global())}
    return out


def _bound_first(tree: ast.Module) -> set[str]:
    """The names a cell's top level binds for sure (an assignment, an import, a ``def`` or ``class`` not inside a
    condition or a loop) before anything in it uses them: what they hold there is what the cell bound."""
    out: set[str] = set()
    seen: set[str] = set()  # used so far, by what ran or may run (a function defined before may be called)
    for stmt in tree.body:
        binds: set[str] = set()
        if isinstance(stmt, ast.Assign):
            binds = {n for t in stmt.targets if isinstance(t, ast.Name | ast.Tuple | ast.List) for n in _stored(t)}
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None and isinstance(stmt.target, ast.Name):
            binds = {stmt.target.id}
        elif isinstance(stmt, ast.Import | ast.ImportFrom):
            binds = {a.asname or a.name.split(".")[0] for a in stmt.names if a.name != "*"}
        elif isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            binds = {stmt.name}
        now = {n.id for n in _runs_now(stmt) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        out |= binds - seen - now
        seen |= {n.id for n in ast.walk(stmt) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    return out


def _spelled_keys(value: ast.expr) -> frozenset[str] | None:
    """The keys of a dict written out with each key a name spelled (``{'p': f}``, ``dict(p=f)``), or None."""
    if isinstance(value, ast.Dict) and all(k is not None and _key(k) for k in value.keys):
        return frozenset(k.value for k in value.keys if isinstance(k, ast.Constant) and isinstance(k.value, str))
    if isinstance(value, ast.Call) and _builtin(value.func, "dict") and not value.args \
            and all(k.arg for k in value.keywords):
        return frozenset(k.arg for k in value.keywords if k.arg)
    return None


def _literal(value: ast.expr, literals: set[str]) -> bool:
    """Whether a value is a string or number written out, perhaps joined from others (or from names holding
    one): immutable, so the name it is bound to holds what the code says."""
    if isinstance(value, ast.Constant):
        return isinstance(value.value, str | bytes | int | float | bool) or value.value is None
    if isinstance(value, ast.Name):
        return value.id in literals
    if isinstance(value, ast.JoinedStr):
        return all(_literal(v.value if isinstance(v, ast.FormattedValue) else v, literals) for v in value.values)
    if isinstance(value, ast.BinOp):
        return _literal(value.left, literals) and _literal(value.right, literals)
    if isinstance(value, ast.Tuple):
        return all(_literal(e, literals) for e in value.elts)
    return False


def _rebinds_by_name(tree: ast.Module) -> bool:
    """Whether a cell can rebind the kernel's names in a way no assignment in it shows: through ``globals()``,
    ``vars()``, ``setattr``, IPython's namespace, ``sys.modules``, or code it computes and runs."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in _REBINDERS | {ANY_GLOBAL}:
            return True
        if isinstance(node, ast.Attribute) and node.attr in _STATE_ATTRS:
            return True
        if isinstance(node, ast.Import | ast.ImportFrom) and (
                {a.name for a in node.names} | {getattr(node, "module", None) or ""}) & _STATE_MODULES:
            return True
    return _runs_computed(tree)
