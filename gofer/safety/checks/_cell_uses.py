"""What a Python cell does with the names it uses: reads an address or data (:func:`reads_url`, :func:`reads_data`),
imports a workspace module that fetches (:func:`workspace_net`), only defines (:func:`defines_only`), calls or sends
through a network name (:func:`uses_net`, :func:`sends_net`), or uses what earlier cells left in the kernel."""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Callable, Iterator, Mapping

from gofer.safety.checks._cell_names import (
    _BUILTINS,
    _COMPUTED,
    _FETCH_VERBS,
    _INSPECTS,
    _KEEPERS,
    _MAGIC,
    _NET_MAKERS,
    _NET_MODULES,
    _SEND_VERBS,
    _STATE_ATTRS,
    _STATE_CALLS,
    _STATE_MODULES,
    _URL_READERS,
    ANY_GLOBAL,
    CLOSES,
    ITERATES,
    KEEPS,
    LINKED,
    MAKES,
    _bound,
    _builtin,
    _by_name,
    _called,
    _dotted,
    _is_reader,
    _is_url,
    _parse,
    _reads_url,
    _root,
    _stored,
    _through_net_import,
)
from gofer.safety.checks._cell_senders import (
    _HISTORY,
    _STORE_METHODS,
    _binds_net,
    _flooded,
    _iterated,
    _net_names,
    net_names,
)


def reader_names(code: str, known: set[str]) -> set[str]:
    """``known`` plus the functions a cell defines (a ``def`` or a lambda bound to a name) that hand a parameter,
    or a value made from one, to a reader that fetches (``def load(p): return pd.read_csv(p)``) or to another such
    function: a call of one reads the address it is given, as the reader would (:func:`reads_url`,
    :func:`reads_data`). A function that fetches through a network module is already bound to it
    (:func:`net_names`)."""
    tree = _parse(code)
    out = set(known)
    if tree is None:
        return out
    for _ in range(3):  # a function handing its parameter to another that reads
        for node in ast.walk(tree):
            fn: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                fn, name = node, node.name
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda) and len(node.targets) == 1 \
                    and isinstance(node.targets[0], ast.Name):
                fn, name = node.value, node.targets[0].id
            else:
                continue
            if name not in out and _hands_on(fn, out):
                out.add(name)
    return out


def _hands_on(fn: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, readers: set[str]) -> bool:
    """Whether a function hands one of its parameters (or a name bound from one) to a reader as its address."""
    a = fn.args
    params = {x.arg for x in [*a.posonlyargs, *a.args, *a.kwonlyargs, *([a.vararg] if a.vararg else []),
                              *([a.kwarg] if a.kwarg else [])]}
    for _ in range(2):  # ``path = p.strip()``
        for node in ast.walk(fn):
            value, targets = _bound(node)
            if value is not None and _address_names(value) & params:
                params |= {n for t in targets for n in _stored(t)}
    return any(isinstance(c, ast.Call) and _is_reader(c, readers)
               and any(_address_names(x) & params for x in _addresses(c, readers)) for c in ast.walk(fn))


def url_built(node: ast.AST, urls: set[str]) -> bool:
    """Whether code holds an address written out or a name in ``urls`` (bound to one)."""
    return any(_is_url(n) or (isinstance(n, ast.Name) and n.id in urls) for n in ast.walk(node))


def reads_url(code: str, urls: set[str] | None = None, readers: set[str] | None = None) -> bool:
    """True when a cell hands an address to a reader that fetches it (``pd.read_csv``, ``urlretrieve``,
    ``load_dataset``, a function that hands its parameter to one, the cell's or (``readers``) earlier cells', see
    :func:`reader_names`): one it writes out (``'https://…'``, perhaps joined to more), or a name bound to a value
    built from one, by the cell or (``urls``) by earlier cells (:attr:`KernelState.urls`)."""
    tree = _parse(code)
    if tree is None:
        return False
    known = set(urls or ())
    functions = reader_names(code, readers or set())
    for _ in range(2):  # ``base = 'https://…'``, then ``u = base + t``
        for node in ast.walk(tree):
            value: ast.expr | None
            if isinstance(node, ast.Assign):
                value, targets = node.value, list(node.targets)
            elif isinstance(node, ast.AnnAssign | ast.AugAssign | ast.NamedExpr):
                value, targets = node.value, [node.target]
            elif isinstance(node, ast.For | ast.AsyncFor | ast.comprehension):
                value, targets = node.iter, [node.target]
            else:
                continue
            if value is not None and url_built(value, known):
                known |= {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
    return any(_reads_url(n, known, functions) for n in ast.walk(tree))


_DATA_CALLS = frozenset({"read", "read_text", "read_bytes", "readline", "readlines", "json", "load", "loads",
                         "getenv", "input", "get_text", "getvalue", "recv", "check_output", "reader", "DictReader"})
"""Calls whose result is data the run read (a file's text, a response's JSON, the environment, a command's output,
a CSV file's rows: ``csv.reader(open(p))``, ``csv.DictReader(f)``)."""
_DATA_ATTRS = frozenset({"text", "content", "environ", "stdout"})
"""Attributes that hold data the run read (a response's ``.text``, ``os.environ``)."""
_ADDRESS_KEYS = frozenset({"url", "path", "filepath_or_buffer", "path_or_buf", "io", "source", "filename", "uri",
                           "fullurl", "path_or_paths"})
"""Keywords under which a reader or a fetch takes the address it reads."""


def _from_data(value: ast.AST, data: set[str]) -> bool:
    """Whether a value is made from data the run read (``open(p).read()``, ``r.text``, ``json.load(f)``, a data
    frame) or from a name in ``data`` (bound to such a value)."""
    for n in ast.walk(value):
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id in data:
            return True
        if isinstance(n, ast.Call) and (_called(n) in _DATA_CALLS or _URL_READERS.fullmatch(_called(n))):
            return True
        if isinstance(n, ast.Attribute) and n.attr in _DATA_ATTRS:
            return True
    return False


def _address_names(expr: ast.expr) -> set[str]:
    """The names an address is made of when it is the value itself, perhaps indexed, trimmed or joined (``u``,
    ``row['url']``, ``u.strip()``, ``base + u``, ``str(u)``); not a value wrapped in another object
    (``io.StringIO(t)`` is text to parse, not an address)."""
    if isinstance(expr, ast.Name):
        return {expr.id}
    if isinstance(expr, ast.Subscript | ast.Attribute | ast.Starred):
        return _address_names(expr.value)
    if isinstance(expr, ast.Call):
        if isinstance(expr.func, ast.Attribute):
            return _address_names(expr.func.value)
        if isinstance(expr.func, ast.Name) and expr.func.id == "str" and expr.args:
            return _address_names(expr.args[0])
        return set()
    if isinstance(expr, ast.BinOp):
        return _address_names(expr.left) | _address_names(expr.right)
    if isinstance(expr, ast.JoinedStr):
        return {n for v in expr.values if isinstance(v, ast.FormattedValue) for n in _address_names(v.value)}
    return set()


def _addresses(call: ast.Call, readers: frozenset[str] | set[str] = frozenset()) -> list[ast.expr]:
    """What a reader or a fetch is given as its address (``requests.request``'s method first; any argument of a
    function in ``readers``, see :func:`reader_names`)."""
    if _by_name(call) in readers:
        return [*call.args, *(k.value for k in call.keywords)]
    first = 2 if _called(call) == "request" else 1
    return [*call.args[:first], *(k.value for k in call.keywords if k.arg in _ADDRESS_KEYS)]


def reads_data(code: str, data: set[str], net: set[str], readers: set[str] | None = None) -> bool:
    """True when a cell hands a reader that fetches (``pd.read_csv``, or a function that hands its parameter to
    one, ``readers`` being earlier cells', see :func:`reader_names`), or a call through a name bound to the
    network (``net``, see :func:`net_names`), an address taken from data (``u = t`` where ``t`` came from a file
    or a page; ``data``: earlier cells' such names, :attr:`KernelState.data`): where it goes is not in the code. An
    address built from a written one (``'https://…/?d=' + t``) is judged as built (:func:`reads_url`)."""
    tree = _parse(code)
    if tree is None:
        return False
    known = set(data)
    names = _net_names(code, net)
    functions = reader_names(code, readers or set())
    for _ in range(2):
        for node in ast.walk(tree):
            value, targets = _bound(node)
            if value is not None and _from_data(value, known) and not url_built(value, set()):
                known |= {n for t in targets for n in _stored(t)}
    for n in ast.walk(tree):
        if not isinstance(n, ast.Call):
            continue
        fetches = _is_reader(n, functions) or (_called(n) in _FETCH_VERBS and (
            _through_net_import(n.func) or _root(n.func) in names or _dotted(n.func) in names))
        if fetches and any(_address_names(a) & known for a in _addresses(n, functions)):
            return True
    return False


_STDLIB = frozenset(getattr(sys, "stdlib_module_names", ()))


def module_imports(code: str) -> dict[str, tuple[str, str | None]]:
    """What a cell imports that may be a workspace module's (not the standard library's, not a network module):
    each name bound, with the module and the name imported from it (None for the module itself; ``m.*`` for
    ``from m import *``, with ``*``)."""
    tree = _parse(code)
    out: dict[str, tuple[str, str | None]] = {}
    if tree is None:
        return out
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            top = node.module.split(".")[0]
            if top not in _STDLIB and top not in _NET_MODULES:  # ``from m import *`` as ``m.*``
                out |= {a.asname or (a.name if a.name != "*" else f"{node.module}.*"): (node.module, a.name)
                        for a in node.names}
        elif isinstance(node, ast.Import):
            for a in node.names:
                top = a.name.split(".")[0]
                if top not in _STDLIB and top not in _NET_MODULES:  # ``import a.b``: ``a.b.up`` names ``up``
                    out[a.asname or a.name] = (a.name, None)
    return out


_MODULE_DEPTH = 3
"""How deep :func:`workspace_net` follows workspace modules importing workspace modules."""


def workspace_net(code: str, read: Callable[[str], str | None], depth: int = _MODULE_DEPTH
                  ) -> tuple[set[str], dict[str, str], set[str]]:
    """The names a cell binds to the network by importing them from workspace modules (``from helpers import up``
    where ``helpers.py`` defines a fetching ``up``, or one that calls a fetching function of another workspace
    module it imports; ``import helpers as h`` binds ``h.up`` and ``import a.b`` binds ``a.b.up``, dotted), each
    such name's module source (with the sources of the modules it reaches the network through), and the names it
    binds to a workspace module's function that hands its parameter to a reader that fetches (``from helpers
    import load`` where ``def load(p): return pd.read_csv(p)``; ``h.load``; see :func:`reader_names`). ``read``: a
    module's source by its dotted name, None when it is not the workspace's."""
    names: set[str] = set()
    sources: dict[str, str] = {}
    readers: set[str] = set()
    for name, (module, attr) in module_imports(code).items():
        source = read(module)
        if source is None:
            continue
        inner, through, inner_readers = workspace_net(source, read, depth - 1) if depth > 0 else (set(), {}, set())
        nets = net_names(source, inner)
        reads = reader_names(source, inner_readers)
        source = "\n".join([source, *(s for s in through.values() if s not in source)])
        if attr == "*":  # every name of the module, bare
            readers |= reads
            names |= nets
            sources |= dict.fromkeys(nets, source)
            continue
        readers |= ({name} if attr in reads else set()) if attr is not None else {f"{name}.{n}" for n in reads}
        if attr is not None and attr + CLOSES in nets:  # ``from helpers import make``: a maker of closures
            names.add(name + CLOSES)
        if attr is not None and attr not in nets:
            continue
        found = {name} if attr is not None else {f"{name}.{n}" for n in nets}
        if found:
            names |= found
            sources[name] = source
    return names, sources, readers


def _runs_now(node: ast.AST) -> Iterator[ast.AST]:
    """The nodes of a statement that run when it runs: not the bodies of the functions and lambdas it defines
    (their decorators, defaults and annotations run)."""
    yield node
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        parts: list[ast.AST] = [*node.decorator_list, node.args, *([node.returns] if node.returns else [])]
    elif isinstance(node, ast.Lambda):
        parts = [node.args]
    else:
        parts = list(ast.iter_child_nodes(node))
    for part in parts:
        yield from _runs_now(part)


_DEFINING = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Assign,
             ast.AnnAssign, ast.Expr, ast.Pass)


def defines_only(code: str, net: set[str]) -> bool:
    """True when code only defines (imports, functions, lambdas, classes, values written out) and calls nothing
    while it runs: what its functions send is judged when a later cell calls them (:meth:`KernelState.sources`).
    Shell escapes and magics run, and so does what a name bound to the network (``net``, earlier cells'; see
    :func:`net_names`) does as a decorator, a base class, a metaclass or an operand: a cell with one is not."""
    if _MAGIC.search(code):
        return False
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return False
    names = net_names(code, net)
    for stmt in tree.body:
        if not isinstance(stmt, _DEFINING) or (isinstance(stmt, ast.Expr) and not isinstance(stmt.value, ast.Constant)):
            return False
        if any(isinstance(n, ast.Call | ast.Await | ast.Yield | ast.YieldFrom)
               or (isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id in names)
               for n in _runs_now(stmt)):
            return False
    return True


def without_bodies(code: str) -> str | None:
    """The code with the bodies of the functions and lambdas it defines left out (what runs when it is defined:
    decorators, defaults, class bodies), or None when it is not Python."""
    tree = _parse(code, depth=0)
    if tree is None:
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            node.body = [ast.Pass()]
        elif isinstance(node, ast.Lambda):
            node.body = ast.Constant(None)
    return ast.unparse(tree)


def names_net(code: str, known: set[str]) -> bool:
    """Whether a cell's text has a word that may reach the network: a network module's name or a name bound to the
    network (``known``, see :func:`net_names`), or a way to the kernel's names by a string. A cheap test before
    :func:`uses_net`: a cell without one calls through none."""
    words = {n.split(".")[0].removesuffix(MAKES) for n in known - _COMPUTED
             if KEEPS not in n and LINKED not in n and not n.endswith(CLOSES)} \
        | _NET_MODULES | _STATE_CALLS \
        | _HISTORY | {"modules", "__dict__", "user_ns", "import_module", "getattr", "__getattribute__"}
    return bool(re.search(rf"\b(?:{'|'.join(map(re.escape, sorted(words)))})\b|\b_\d+\b", code))


def uses_net(code: str, known: set[str], keeps: frozenset[str] | set[str] = frozenset()) -> bool:
    """True when a cell calls through a name bound to the network (see :func:`net_names`; ``known``: earlier
    cells'), making a session or a connection aside (that sends nothing yet), or has one called for it: as a
    decorator, a base class or a metaclass (``@up``, ``class Sub(Base)`` where ``Base.__init_subclass__``
    fetches), or by a function it is handed to (``map(post, urls)``, ``pool.submit(post, u)``,
    ``df.url.apply(requests.get)``; not by one that keeps it, ``ns = SimpleNamespace(p=post)``, see
    :data:`_KEEPERS`, nor by an earlier cell's function that only keeps it, ``keeps``: see
    :meth:`KernelState.keeping`)."""
    tree = _parse(code)
    if tree is None:
        return False
    names = _flooded(tree, _net_names(code, known), known)
    if any(isinstance(n, ast.Name) and n.id + ITERATES in names for n in _iterated(tree)):
        return True  # ``list(r)`` after ``r = map(post, urls)``
    plain = names - _COMPUTED  # the namespace handed on (``sorted(globals())``) is not a sender
    for n in ast.walk(tree):
        if not isinstance(n, ast.Call) or _called(n) in _NET_MAKERS or (
                isinstance(n.func, ast.Attribute) and n.func.attr in _STORE_METHODS) or _builtin(n.func, "setattr") \
                or _callee(n) in keeps:
            pass  # ``d.update(p=rq.post)``, ``reg.register(rq.post)`` keep a sender aside: they send nothing
        elif _called(n) not in _KEEPERS | _INSPECTS and any(
                _binds_net(a, plain) for a in [*n.args, *(k.value for k in n.keywords)]):
            return True  # ``list(map(post, urls, rows))``: ``map`` calls it
        elif _via_computed(n.func, names):
            if _carries(n):
                return True
        elif _root(n.func) not in _COMPUTED and (
                _root(n.func) in names or _dotted(n.func) in names or _through_net_import(n.func)):
            return True
        elif not isinstance(n.func, ast.Name) and _dotted(n.func) is None \
                and any(isinstance(x, ast.Name) and x.id in names for x in ast.walk(n.func)):
            return True  # ``(d.get(k) or rq.post)(…)``, ``dict(inspect.getmembers(rq))['post'](…)``
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            called = [*n.decorator_list, *(n.bases + [k.value for k in n.keywords]
                                           if isinstance(n, ast.ClassDef) else [])]
            if any(_root(c) in names or _dotted(c) in names for c in called):
                return True
    return False


def sends_net(code: str, known: set[str]) -> bool:
    """True when code sends data through a name bound to the network (``known``: earlier cells', see
    :func:`net_names`) as a module-level post would: ``s = requests.Session(); s.post(...)``,
    ``c = httpx.Client(); c.put(...)``, ``sock.sendall(...)``."""
    tree = _parse(code)
    if tree is None:
        return False
    names = _flooded(tree, _net_names(code, known), known)
    return any(isinstance(n, ast.Call) and (
        (isinstance(n.func, ast.Attribute) and n.func.attr in _SEND_VERBS
         and (_root(n.func) in names or _dotted(n.func.value) in names))
        or (_via_computed(n.func, names) and _carries(n))) for n in ast.walk(tree))
_DICT_METHODS = frozenset({"get", "items", "keys", "values", "update", "setdefault", "pop", "copy", "clear"})


def _via_computed(func: ast.expr, names: set[str]) -> bool:
    """Whether a called expression reaches a name by a computed key (:data:`ANY_GLOBAL`, :data:`ANY_MODULE`; bound
    to the network when it is in ``names``): ``globals()[name](…)``, ``dict(vars())['post'](…)``; not a namespace's
    own methods (``globals().update(d)``)."""
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == ANY_GLOBAL \
            and func.attr in _DICT_METHODS:
        return False
    return any(isinstance(n, ast.Name) and n.id in _COMPUTED and n.id in names for n in ast.walk(func))


def _carries(call: ast.Call) -> bool:
    """Whether a call is handed a value computed at run time (a name, a call, an item) or an address, not only
    other values written out: what a name looked up by a computed key (:data:`ANY_GLOBAL`) is handed may be data it
    sends, or where."""
    return any(isinstance(n, ast.Name | ast.Call | ast.Attribute | ast.Subscript) or _is_url(n)
               for a in [*call.args, *(k.value for k in call.keywords)] for n in ast.walk(a))


def _callee(call: ast.Call) -> str | None:
    """What a call calls, as written: a name (``register``) or an attribute chain of one (``reg.register``)."""
    return call.func.id if isinstance(call.func, ast.Name) else _dotted(call.func)


def _keeps_only(fn: ast.FunctionDef | ast.AsyncFunctionDef, plain: Callable[[str], bool], method: bool,
                attributes: frozenset[str] = frozenset(), modules: Mapping[str, str] | None = None) -> bool:
    """Whether a function does nothing but store what it is handed, as it is, in a global bound to a plain
    container (``H.append(f)``, ``H[k] = f``; ``plain``: whether a global is one, whose ``append`` and ``[k] =`` run
    no code of the run's), a global (``global G; G = f``) or, for a ``method``, its own object's attribute
    (``self.f = f``) or a plain container on it (``self.hooks.append(f)``; ``attributes``: those its class only
    binds to one, see :func:`_plain_attributes`): it calls nothing, so none of what it is handed. With ``modules``
    (names bound to modules whose attributes run no code of the run's when read or set, with each module's name; see
    :meth:`~._kernel_state.KernelState.keeping`): also a module's attribute, stored or stored in (``def fill():
    json.s = requests.post``), one the module (as this process loaded it) does not have: a library's own function
    bound anew (``json.dumps = f``) may be called by the library with data."""
    a = fn.args
    params = {x.arg for x in [*a.posonlyargs, *a.args, *a.kwonlyargs, *([a.vararg] if a.vararg else []),
                              *([a.kwarg] if a.kwarg else [])]}
    declared = {n for node in ast.walk(fn) if isinstance(node, ast.Global) for n in node.names}
    own = a.args[0].arg if method and a.args else None
    if fn.decorator_list or any(d is not None for d in [*a.defaults, *a.kw_defaults]):
        return False

    def container(node: ast.expr) -> bool:
        if isinstance(node, ast.Name):
            return node.id not in params and plain(node.id)
        return isinstance(node, ast.Attribute) and node.attr in attributes and isinstance(node.value, ast.Name) \
            and node.value.id == own

    known = modules or {}

    def module(node: ast.expr, stored: bool = False) -> bool:  # ``json.s``, ``json`` not a parameter
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in known
                and node.value.id not in params):
            return False
        loaded = sys.modules.get(known[node.value.id])
        return not stored or (loaded is not None and not hasattr(loaded, node.attr))

    def value(node: ast.expr) -> bool:
        return isinstance(node, ast.Name | ast.Constant) or module(node)

    def into(target: ast.expr) -> bool:
        if isinstance(target, ast.Name):
            return target.id in declared
        if isinstance(target, ast.Attribute):
            return (isinstance(target.value, ast.Name) and target.value.id == own) or module(target, stored=True)
        # the key is looked up too: ``H[f(u)] = 1`` calls what it is handed
        return isinstance(target, ast.Subscript) and container(target.value) and value(target.slice)

    for stmt in ast.walk(fn):
        if stmt is fn or isinstance(stmt, ast.arguments | ast.arg | ast.Global | ast.Pass | ast.expr_context):
            continue
        if isinstance(stmt, ast.Assign) and value(stmt.value) and all(into(t) for t in stmt.targets):
            continue
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and not stmt.value.keywords \
                and isinstance(stmt.value.func, ast.Attribute) and stmt.value.func.attr in _STORE_METHODS \
                and container(stmt.value.func.value) and all(value(v) for v in stmt.value.args):
            continue
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):  # a docstring
            continue
        if isinstance(stmt, ast.stmt):
            return False
    return True


_SETTERS = frozenset({"setattr", "vars", "exec", "eval"})


def _plain_attributes(cls: ast.ClassDef) -> frozenset[str]:
    """The attributes a class binds only to a new plain container, each in its ``__init__`` (``self.hooks = []``),
    and binds no other way (no other method's store to it, no dataclass field of its name)."""
    fields = {f.target.id for f in cls.body if isinstance(f, ast.AnnAssign) and isinstance(f.target, ast.Name)}
    plain: set[str] = set()
    other: set[str] = set(fields)
    for f in cls.body:
        if not isinstance(f, ast.FunctionDef):
            continue
        own = f.args.args[0].arg if f.args.args else None
        for n in ast.walk(f):
            if (isinstance(n, ast.Name) and n.id in _SETTERS) or (isinstance(n, ast.Attribute)
                                                                  and n.attr in ("__dict__", "__setattr__")):
                return frozenset()  # an attribute bound by a name no target shows
            targets = n.targets if isinstance(n, ast.Assign) else \
                [n.target] if isinstance(n, ast.AnnAssign | ast.AugAssign) else []
            for t in targets:
                for a in ast.walk(t):
                    if not (isinstance(a, ast.Attribute) and not isinstance(a.ctx, ast.Load)):
                        continue
                    if f.name == "__init__" and a is t and isinstance(a.value, ast.Name) and a.value.id == own \
                            and isinstance(n, ast.Assign) and len(n.targets) == 1 and _plain_container(n.value):
                        plain.add(a.attr)
                    else:
                        other.add(a.attr)
    return frozenset(plain - other)


_CONTAINERS = frozenset({"list", "dict", "set"})


def _plain_container(value: ast.expr) -> bool:
    """Whether a value is a new plain container: ``[]``, ``{}``, ``set()``, ``dict()``, ``list()``."""
    if isinstance(value, ast.List | ast.Dict | ast.Set):
        return True
    return isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in _CONTAINERS \
        and not value.args and not value.keywords


def uses_kernel_state(code: str, modules: set[str]) -> bool:
    """True when the cell may use a value an earlier cell left in the kernel: a name it loads but neither binds nor
    imports (``modules``: what earlier cells imported; builtins aside), or a way to the kernel's variables by name
    (``globals()``, ``sys.modules``, IPython's ``In``/``Out``/``_``). A cell that is not Python counts."""
    tree = _parse(code)
    if tree is None:
        return True
    bound: set[str] = set()
    loaded: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (loaded if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names = {a.name for a in node.names} | {getattr(node, "module", None) or ""}
            if names & _STATE_MODULES or "*" in names:
                return True
            bound |= {a.asname or a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
        elif isinstance(node, ast.Attribute) and node.attr in _STATE_ATTRS:
            return True
        elif isinstance(node, ast.MatchAs | ast.MatchStar) and node.name:
            bound.add(node.name)
        elif isinstance(node, ast.Global | ast.Nonlocal):
            loaded |= set(node.names)
    if loaded & (_STATE_CALLS | _COMPUTED):
        return True
    return bool(loaded - bound - _BUILTINS - modules)
