"""What a Python cell takes from the kernel: the kernel keeps every earlier cell's variables, so a cell that fetches
an address it spells out can still carry data an earlier cell read (``t = open(...).read()`` one cell,
``requests.get(URL, params={'d': t})`` the next). A cell is read with :mod:`ast`; the names it uses without binding
them, other than builtins and what the run's earlier cells imported, come from the kernel's state."""

from __future__ import annotations

import ast
import builtins
import re
import symtable
import sys
from collections.abc import Callable, Iterator

__all__ = ["ANY_NAME", "ITERATES", "KEEPS", "LINKED", "KernelState", "called_aside", "called_names", "defines_only",
           "imported_names", "module_imports", "names_net", "net_names", "reader_names", "reads_data", "reads_url",
           "runs_computed_code", "sends_net", "uses_kernel_state", "uses_net", "with_attributes", "without_bodies"]

_NET_MODULES = frozenset({"requests", "httpx", "urllib", "urllib3", "http", "aiohttp", "socket", "ssl", "smtplib",
                          "ftplib", "poplib", "imaplib", "telnetlib", "xmlrpc", "websocket", "websockets", "pycurl",
                          "paramiko", "grpc"})
"""Modules that reach the network."""
_NET_MAKERS = frozenset({"Session", "session", "Client", "AsyncClient", "ClientSession", "PoolManager",
                         "ProxyManager", "HTTPConnection", "HTTPSConnection", "HTTPConnectionPool",
                         "HTTPSConnectionPool", "socket", "create_connection", "build_opener", "SMTP", "SMTP_SSL",
                         "FTP", "FTP_TLS", "ServerProxy", "connect", "Curl", "SSHClient"})
"""What a network module makes that sends later (``s = requests.Session()``; ``s.get(...)``)."""

_STAR_NAMES = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "request", "urlopen",
                         "Request", "urlretrieve", "create_connection", "socket", "Session", "session", "Client",
                         "AsyncClient", "PoolManager", "HTTPConnection", "HTTPSConnection", "SMTP", "SMTP_SSL",
                         "FTP", "FTP_TLS", "build_opener", "ServerProxy"})
"""What a ``from NET import *`` binds that reaches the network (the verbs and makers of the network modules)."""
_NET_GETTERS = frozenset({"getattr", "import_module", "__import__", "attrgetter", "methodcaller", "partial",
                          "partialmethod"})
"""Calls that hand back a module or one of its names (``getattr(requests, 'get')``,
``importlib.import_module('requests')``, ``functools.partial(requests.post, URL)``): what they hand back from a
network module is bound to the network."""
ITERATES = "[]"
"""Appended to a name in :func:`net_names`: iterating what it holds calls a sender (``r = map(post, urls)``, a
generator of posts): ``list(r)`` or ``for x in r`` sends."""
MAKES = "()"
"""Appended to a class's name in :func:`net_names`: what calling it makes (an instance) reaches the network."""
KEEPS = ">"
"""Between a function's name and a name outside it, in :func:`net_names`: the function may keep what it is handed
there (``def register(f): H.append(f)`` as ``register>H``; ``global G; G = f`` as ``register>G``), so a call that
hands it a sender makes that name hold one (see :func:`_kept_by`)."""
KEEPS_ARG = "*"
"""After :data:`KEEPS`: the function may keep what it is handed in another of its arguments (``def add(h, f):
h.append(f)``): a call that hands it a sender makes what it hands beside it hold one."""
LINKED = "="
"""Between two names, in :func:`net_names`: one was bound to the other's value, or to a part of it (``e = d``,
``e = d['k']``), so a sender put in one (``e['q'] = requests.post``, ``e.append(post)``) is held by both."""
_URL_READERS = re.compile(r"read_(?:csv|json|html|xml|excel|parquet|table|fwf|feather|pickle|orc|stata|sas|spss)"
                          r"|scan_(?:csv|parquet|ndjson)|urlretrieve|load_dataset|get_file")
"""Data-frame and data-set readers that fetch the address they are given (``pd.read_csv('https://…')``)."""

_STATE_CALLS = frozenset({"globals", "locals", "vars", "eval", "exec", "compile", "__import__", "get_ipython"})
"""Builtins (and IPython's) that reach the kernel's variables by name."""
_STATE_ATTRS = frozenset({"modules", "user_ns", "__dict__", "__globals__", "f_globals", "f_locals", "__main__"})
"""Attributes that reach the kernel's variables (``sys.modules['__main__'].t``, ``get_ipython().user_ns``)."""
_STATE_MODULES = frozenset({"__main__", "builtins", "inspect", "gc"})
"""Modules that hand a cell the kernel's variables."""
_BUILTINS = frozenset(dir(builtins)) - _STATE_CALLS
_MAGIC = re.compile(r"^(\s*)(?:([\w.,\s]+?)\s*=\s*)?[!%].*$", re.M)
"""An IPython shell escape or magic line (``!cmd``, ``x = !cmd``, ``%time``): not Python."""


_RUNNERS = frozenset({"exec", "eval", "compile"})
"""Builtins that run (or make runnable) the code a string holds."""
_URL_START = ("http://", "https://", "ftp://")


def _without_magics(code: str) -> str:
    """The cell with its shell escapes and magics read as ``None``."""
    return _MAGIC.sub(lambda m: f"{m.group(1)}{m.group(2) + ' = ' if m.group(2) else ''}None", code)


def _parse(code: str, depth: int = 3) -> ast.Module | None:
    """The cell as Python, its shell escapes and magics read as ``None``, and the code that the string literals it
    hands to ``exec`` or ``eval`` hold added to its end (read as the cell's own: they run in the same
    namespace); None when it is not Python."""
    try:
        tree = _Namespaces().visit(_Lookups().visit(ast.parse(_without_magics(code))))
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    if depth:
        for node in list(ast.walk(tree)):
            # what ``compile`` makes runs when a later ``exec`` runs it, and is read then (KernelState.sources)
            compiles = isinstance(node, ast.Call) and _called(node) == "compile"
            text = None if compiles else _run_literal(node)
            inner = _parse(text, depth - 1) if text is not None else None
            if inner is not None:
                tree.body.extend(inner.body)
    return tree


ANY_GLOBAL = "__any_global__"
"""What a kernel name looked up by a computed key stands for (``globals()[name]``): any of the kernel's names, so
bound to the network when one of them is (see :func:`net_names`)."""
ANY_MODULE = "__any_module__"
"""What a module looked up by a computed name stands for (``sys.modules[name]``): any module, a network one too."""
_COMPUTED = frozenset({ANY_GLOBAL, ANY_MODULE})
ANY_NAME = "__any_name__"
"""In :func:`net_names`: a cell put a sender in the kernel's namespace (or the builtins') under a name it does not
spell (``globals().update(d)`` where ``d`` holds ``requests.post``): any name a later cell uses may be it, until a
cell binds that name again (:meth:`KernelState.net_for`)."""
_SCOPES = frozenset({"globals", "locals", "vars"})
"""Calls that hand back the kernel's namespace when called with no argument (``vars()`` is ``locals()``)."""


class _Lookups(ast.NodeTransformer):
    """Reads a name looked up by a string as the name written out: a called ``getattr(x, 'post')`` (or
    ``getattr(x, 'post', None)``, ``x.__getattribute__('post')``) as ``x.post`` (``getattr(s, 'post')(u, data=t)``
    posts as ``s.post(u, data=t)`` does), ``globals()['post']``, ``locals()['post']``, ``vars()['post']`` and
    IPython's ``user_ns['post']`` as ``post``, ``vars(m)['post']`` and ``m.__dict__['post']`` as ``m.post``,
    ``sys.modules['requests']`` as ``importlib.import_module('requests')`` (``.get(key)`` of each alike),
    ``eval('post')`` as ``post``, ``operator.methodcaller('post', u)(m)`` as ``m.post(u)``. A name that is computed
    (``getattr(requests, m)``, ``vars(requests)[m]``) is read as ``x.request``, a call that may send; with
    ``computed``, one looked up in the kernel's namespace as :data:`ANY_GLOBAL` and a module as
    :data:`ANY_MODULE`. A ``getattr`` kept aside (``f = getattr(requests, 'get')``) is read where it is bound
    (:data:`_NET_GETTERS`); the names of ``exec``, ``eval`` and ``compile`` are left as written
    (:func:`_hidden_runners` reads them)."""

    def __init__(self, computed: bool = True) -> None:
        self.computed = computed
        self.found = False
        """Whether the tree visited had one."""

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        func = node.func
        if isinstance(func, ast.Call) and not func.keywords and not any(isinstance(a, ast.Starred) for a in func.args):
            got: tuple[ast.expr, ast.expr] | None = None
            if _builtin(func.func, "getattr") and len(func.args) in (2, 3):
                got = func.args[0], func.args[1]
            elif isinstance(func.func, ast.Attribute) and func.func.attr == "__getattribute__":
                # ``requests.__getattribute__('post')``, ``object.__getattribute__(requests, 'post')``
                got = (func.func.value, func.args[0]) if len(func.args) == 1 else \
                    (func.args[0], func.args[1]) if len(func.args) == 2 else None
            if got is not None:
                key = _key(got[1])
                node.func = ast.copy_location(ast.Attribute(value=got[0], attr=key or "request", ctx=ast.Load()),
                                              func)
                self.found = True
                return node
        if _builtin(func, "eval") and len(node.args) == 1 and not node.keywords \
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            try:  # ``eval('post')`` is ``post``
                inner = ast.parse(node.args[0].value.strip(), mode="eval").body
            except (SyntaxError, ValueError, MemoryError, RecursionError):
                return node
            self.found = True
            return ast.copy_location(self.visit(inner), node)
        if isinstance(func, ast.Call) and _called(func) in ("methodcaller", "attrgetter") and func.args \
                and len(node.args) == 1 and not node.keywords and not isinstance(node.args[0], ast.Starred):
            # ``methodcaller('post', u, data=t)(requests)`` is ``requests.post(u, data=t)``
            key = _key(func.args[0]) or "request"
            attr = ast.Attribute(value=node.args[0], attr=key, ctx=ast.Load())
            self.found = True
            if _called(func) == "attrgetter":
                return ast.copy_location(attr, node)
            return ast.copy_location(ast.Call(attr, func.args[1:], func.keywords), node)
        if self.computed and _called(node) in ("import_module", "__import__") and node.args \
                and not (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            self.found = True  # ``importlib.import_module(m)``: any module
            return ast.copy_location(ast.Name(ANY_MODULE, ast.Load()), node)
        if isinstance(func, ast.Attribute) and func.attr == "get" and len(node.args) in (1, 2) \
                and not node.keywords:  # ``globals().get('post')``
            found = self._resolve(func.value, node.args[0])
            if found is not None:
                return ast.copy_location(found, node)
        return node

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        self.generic_visit(node)
        if not isinstance(node.ctx, ast.Load):
            return node
        found = self._resolve(node.value, node.slice)
        return node if found is None else ast.copy_location(found, node)

    def _resolve(self, space: ast.expr, key_node: ast.expr) -> ast.expr | None:
        """What looking ``key_node`` up in ``space`` hands back, when ``space`` is a namespace; else None."""
        key = _key(key_node)
        if key in _RUNNERS:
            return None
        found: ast.expr | None = None
        if (isinstance(space, ast.Call) and isinstance(space.func, ast.Name) and space.func.id in _SCOPES
                and not space.args and not space.keywords) or (isinstance(space, ast.Attribute)
                                                               and space.attr == "user_ns"):
            found = ast.Name(key, ast.Load()) if key else ast.Name(ANY_GLOBAL, ast.Load()) if self.computed else None
        elif isinstance(space, ast.Call) and isinstance(space.func, ast.Name) and space.func.id == "vars" \
                and len(space.args) == 1 and not space.keywords:
            found = ast.Attribute(value=space.args[0], attr=key or "request", ctx=ast.Load())
        elif isinstance(space, ast.Attribute) and space.attr == "__dict__":
            found = ast.Attribute(value=space.value, attr=key or "request", ctx=ast.Load())
        elif isinstance(space, ast.Attribute) and space.attr == "modules" and isinstance(space.value, ast.Name):
            name = key_node.value if isinstance(key_node, ast.Constant) and isinstance(key_node.value, str) else None
            if name is not None and name.split(".")[0] in _STATE_MODULES:
                return None
            if name is not None:
                found = ast.Call(ast.Attribute(ast.Name("importlib", ast.Load()), "import_module", ast.Load()),
                                 [ast.Constant(name)], [])
            elif self.computed:
                found = ast.Name(ANY_MODULE, ast.Load())
        if found is not None:
            self.found = True
        return found


class _Namespaces(ast.NodeTransformer):
    """Reads what is left of the kernel's namespace after :class:`_Lookups` (``ns = globals()``, ``g = globals``,
    ``globals().items()``, ``dict(vars())``) as :data:`ANY_GLOBAL`: any of its names. A lookup of ``exec``,
    ``eval`` or ``compile`` is left as written (:func:`_hidden_runners` reads it)."""

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        if _key(node.slice) in _RUNNERS:
            return node
        self.generic_visit(node)
        return node

    def visit_Call(self, node: ast.Call) -> ast.AST:
        if isinstance(node.func, ast.Name) and node.func.id in _SCOPES and not node.args and not node.keywords:
            return ast.copy_location(ast.Name(ANY_GLOBAL, ast.Load()), node)
        if isinstance(node.func, ast.Name) and node.func.id in _SCOPES:  # ``vars(m)``: its arguments only
            node.args = [self.visit(a) for a in node.args]
            return node
        self.generic_visit(node)
        return node

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if node.attr == "user_ns" and isinstance(node.ctx, ast.Load):  # ``ns = get_ipython().user_ns``
            return ast.copy_location(ast.Name(ANY_GLOBAL, ast.Load()), node)
        self.generic_visit(node)
        return node

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in _SCOPES and isinstance(node.ctx, ast.Load):  # ``g = globals``, ``map(vars, xs)``
            return ast.copy_location(ast.Name(ANY_GLOBAL, ast.Load()), node)
        return node


def _builtin(func: ast.expr, name: str) -> bool:
    """Whether ``func`` is the builtin ``name``, bare or as ``builtins.name`` (``__builtins__.name``)."""
    return (isinstance(func, ast.Name) and func.id == name) or (
        isinstance(func, ast.Attribute) and func.attr == name and isinstance(func.value, ast.Name)
        and func.value.id in ("builtins", "__builtins__"))


def _key(node: ast.expr) -> str | None:
    """The name a string literal spells, or None when it is computed (or not a name)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.isidentifier():
        return node.value
    return None


def _runner(node: ast.AST) -> ast.Call | None:
    """The call when ``node`` calls ``exec``, ``eval`` or ``compile`` (bare or as ``builtins.X``; not
    ``re.compile`` or ``df.eval``) with something to run."""
    if not isinstance(node, ast.Call) or not (node.args or node.keywords):
        return None
    func = node.func
    if isinstance(func, ast.Name) and func.id in _RUNNERS:
        return node
    if isinstance(func, ast.Attribute) and func.attr in _RUNNERS and _root(func) in ("builtins", "__builtins__"):
        return node
    return None


def _run_literal(node: ast.AST) -> str | None:
    """The code a runner call is given as a string literal, or None."""
    call = _runner(node)
    if call is None:
        return None
    source = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg in ("source", "object")),
                                                 None)
    if isinstance(source, ast.Constant) and isinstance(source.value, str | bytes):
        value = source.value
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    return None


_NAMESPACES = frozenset({"vars", "globals", "locals"})
"""Calls that hand back a namespace (``vars(builtins)``), whose ``['exec']`` is the builtin."""


def _hidden_runners(tree: ast.AST) -> bool:
    """Whether code reaches ``exec``, ``eval`` or ``compile`` other than by calling it by name: through
    ``getattr(builtins, 'exec')``, a namespace's ``['exec']`` (``vars(builtins)``, ``__builtins__``, a
    ``__dict__``), or the name kept aside (``run = exec``, ``map(eval, xs)``). What it runs then cannot be read."""
    called = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in _RUNNERS and isinstance(node.ctx, ast.Load) \
                and id(node) not in called:
            return True
        if isinstance(node, ast.Call) and _called(node) == "getattr" and len(node.args) > 1 \
                and isinstance(node.args[1], ast.Constant) and node.args[1].value in _RUNNERS:
            return True
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and node.slice.value in _RUNNERS:
            value = node.value
            if (isinstance(value, ast.Call) and _called(value) in _NAMESPACES) \
                    or (isinstance(value, ast.Attribute) and value.attr == "__dict__") \
                    or (isinstance(value, ast.Name) and value.id in ("__builtins__", "builtins")):
                return True
    return False


def _runs_computed(tree: ast.AST) -> bool:
    """Whether code hands a runner code it computes, or reaches a runner other than by name."""
    return _hidden_runners(tree) or any(_runner(n) is not None and _run_literal(n) is None for n in ast.walk(tree))


def with_attributes(code: str) -> str | None:
    """The cell with each name looked up by a string written as the name (``getattr(x, 'post')(…)`` as
    ``x.post(…)``, ``globals()['post']`` as ``post``, ``sys.modules['requests']`` as an import of it; see
    :class:`_Lookups`), or None when it looks none up (or is not Python)."""
    if not _LOOKUP_WORDS.search(code):
        return None
    try:
        tree = ast.parse(_without_magics(code))
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    reader = _Lookups(computed=False)
    tree = reader.visit(tree)
    return ast.unparse(tree) if reader.found else None


_LOOKUP_WORDS = re.compile(r"\b(?:getattr|globals|locals|vars|modules|__dict__|methodcaller|attrgetter)\b")
"""Words without which a cell looks no name up by a string (:func:`with_attributes`)."""


def runs_computed_code(code: str) -> bool:
    """True when the cell hands ``exec``, ``eval`` or ``compile`` code it computes (a name, a decoded blob, a
    join), or reaches one of them other than by name (``getattr(builtins, 'exec')(s)``, ``vars(builtins)['exec']``,
    ``run = exec``): what that code does cannot be read, so a fetch in it cannot be ruled out."""
    tree = _parse(code)
    if tree is None:
        return False
    return _runs_computed(tree)


def called_names(code: str) -> set[str] | None:
    """The names code calls as written, dotted when they are attribute chains of a name (``requests.post`` of
    ``requests.post(u)``), leaving out the bodies of the functions nothing in it names (a workspace module's ``def
    upload`` that the cell importing it does not use; a decorated function's and a dunder method's count); None when
    it is not Python. Code that reaches names by a computed one (``getattr(m, name)``, ``globals()``) may call any
    of its functions."""
    try:
        tree = ast.parse(_without_magics(code))
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    every = bool(_BY_A_NAME.search(code))
    named: set[str] = set()
    defs: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
    calls: list[ast.Call] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            named.add(node.id)
        elif isinstance(node, ast.Attribute):
            named.add(node.attr)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            defs.append(node)
        elif isinstance(node, ast.Call):
            calls.append(node)
    unused = set() if every else {id(n) for d in defs if not d.decorator_list and d.name not in named
                                  and not d.name.startswith("__") for n in ast.walk(d)}
    return {_dotted(c.func) or _called(c) for c in calls if id(c) not in unused}


_BY_A_NAME = re.compile(r"\b(?:getattr|__getattribute__|globals|locals|vars|eval|exec|compile|__dict__|modules|"
                        r"__import__|import_module|methodcaller|attrgetter|user_ns)\b")
"""Words of code that may reach its functions by a name it computes (see :func:`called_names`)."""


def imported_names(code: str) -> set[str]:
    """The names a cell's imports bind (``import a.b`` binds ``a``; ``import x as y`` binds ``y``)."""
    tree = _parse(code)
    if tree is None:
        return set(re.findall(r"^\s*import\s+(\w+)", code, re.M))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            out |= {a.asname or a.name.split(".")[0] for a in node.names if a.name != "*"}
    return out


def _root(node: ast.expr) -> str | None:
    """The name an attribute chain or call starts from (``a`` of ``a.b.c()``)."""
    while isinstance(node, ast.Attribute | ast.Call | ast.Subscript):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


def _targets(node: ast.AST) -> list[ast.expr]:
    """What an assignment or a ``with ... as`` binds."""
    if isinstance(node, ast.Assign):
        return list(node.targets)
    if isinstance(node, ast.AnnAssign | ast.NamedExpr):
        return [node.target]
    if isinstance(node, ast.withitem) and node.optional_vars is not None:
        return [node.optional_vars]
    return []


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
    if out - _COMPUTED:
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
    out |= _links_of(tree)
    links = _linked(out)
    keeps = _keeps_of(out)
    before: set[str] = set()
    for _ in range(3):  # a name bound from another such name (``f = rq.get`` after ``rq = getattr(...)``)
        if out - _COMPUTED:
            out.add(ANY_GLOBAL)
        if out == before:
            break  # the last pass bound nothing more
        before = set(out)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.name not in out \
                    and id(node) not in methods and _reaches(node, out):
                out |= {node.name, node.name + MAKES} if isinstance(node, ast.ClassDef) else {node.name}
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and id(node) not in methods and any(
                    isinstance(r, ast.Return) and r.value is not None and _binds_net(r.value, out)
                    for r in ast.walk(node)):
                out.add(node.name + MAKES)  # ``def make(): return rq.post``: ``f = make()`` holds the sender
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
            for target, stored in [*(_stores(node, aliases) or _handed(node)), *_kept_in(node, keeps, links)]:
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


def _handed(node: ast.AST) -> list[tuple[ast.expr, ast.expr]]:
    """What a method call may keep in the object it is called on (``reg.register(post)``, whose ``register`` may
    do ``self.f = f``), as (object, value): each value it is handed, unless the method is one known to call what
    it is handed rather than keep it (:data:`_CALLS_IT`) or a keeper or an inspector by its name."""
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute) \
            or node.func.attr in _CALLS_IT | _KEEPERS | _INSPECTS | _BINDING_CALLS:
        return []
    return [(node.func.value, v) for v in [*node.args, *(k.value for k in node.keywords)]
            if not isinstance(v, ast.Starred)]


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
    called = {_called(node), *(a.id for a in handed if isinstance(a, ast.Name))}
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
    if isinstance(value, ast.Call) and _called(value) in _KEEPERS:
        return {n for a in [*value.args, *(k.value for k in value.keywords)] for n in _held(a)}
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr in _CONTENTS:
        return _held(value.func.value)  # ``for k, v in d.items()``: ``v`` is in ``d``
    return set()


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


def _net_import(node: ast.AST) -> bool:
    """Whether ``node`` imports a network module named in a string (``importlib.import_module('requests')``,
    ``__import__('urllib.request')``)."""
    return isinstance(node, ast.Call) and _called(node) in ("import_module", "__import__") and bool(node.args) \
        and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str) \
        and node.args[0].value.split(".")[0] in _NET_MODULES


def _through_net_import(func: ast.expr) -> bool:
    """Whether a called attribute chain starts from a network module imported by a string
    (``importlib.import_module('requests').get``)."""
    node: ast.expr = func
    while isinstance(node, ast.Attribute | ast.Call | ast.Subscript):
        if _net_import(node):
            return True
        node = node.func if isinstance(node, ast.Call) else node.value
    return False


def _dotted(node: ast.expr) -> str | None:
    """``h.up`` for the attribute ``up`` of the name ``h``, ``a.b.up`` for a chain of attributes of a name (a
    workspace module's function, see :func:`workspace_net`)."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    return ".".join([node.id, *reversed(parts)]) if parts and isinstance(node, ast.Name) else None


def _reaches(node: ast.AST, names: set[str]) -> bool:
    """Whether code (a function's, a lambda's, a class's) uses a name bound to the network, imports a network
    module by a string, or hands a written address to a reader that fetches it."""
    return any((isinstance(n, ast.Name) and n.id in names) or (isinstance(n, ast.Attribute) and _dotted(n) in names)
               or _net_import(n) or _reads_url(n, set()) for n in ast.walk(node))


def _is_url(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.lstrip().startswith(_URL_START)


def _reads_url(node: ast.AST, urls: set[str], readers: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether ``node`` calls a reader that fetches (``pd.read_csv``, or a function in ``readers``, see
    :func:`reader_names`) with an address written out or held by a name in ``urls``."""
    return isinstance(node, ast.Call) and _is_reader(node, readers) and any(
        _is_url(c) or (isinstance(c, ast.Name) and c.id in urls)
        for a in [*node.args, *(k.value for k in node.keywords)] for c in ast.walk(a))


def _is_reader(call: ast.Call, readers: frozenset[str] | set[str]) -> bool:
    """Whether a call calls a reader that fetches the address it is given: a data-frame or data-set reader, or
    a function of the run's that hands its parameter to one (``readers``, called by its name, ``h.load`` for a
    workspace module's: ``json.load`` is not a ``def load``)."""
    return bool(_URL_READERS.fullmatch(_called(call))) or _by_name(call) in readers


def _by_name(call: ast.Call) -> str | None:
    """The name a call calls when it calls a bare name (``load`` of ``load(p)``), or an attribute of a name
    spelled out (``h.load`` of ``h.load(p)``, which is a workspace module's ``load`` only when ``h`` is that module,
    see :func:`workspace_net`; ``json.load`` is not a ``def load``)."""
    return call.func.id if isinstance(call.func, ast.Name) else _dotted(call.func)


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
_FETCH_VERBS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "request", "stream", "urlopen",
                          "Request", "open"})
"""What a network module's functions (or a session's methods) that take an address are called."""
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


def _bound(node: ast.AST) -> tuple[ast.expr | None, list[ast.expr]]:
    """The value a binding binds and its targets (a loop's: what it iterates over), or (None, [])."""
    if isinstance(node, ast.Assign):
        return node.value, list(node.targets)
    if isinstance(node, ast.AnnAssign | ast.AugAssign | ast.NamedExpr):
        return node.value, [node.target]
    if isinstance(node, ast.For | ast.AsyncFor | ast.comprehension):
        return node.iter, [node.target]
    return None, []


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
    words = {n.split(".")[0].removesuffix(MAKES) for n in known - _COMPUTED if KEEPS not in n and LINKED not in n} \
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


_INSPECTS = frozenset({"isinstance", "issubclass", "type", "repr", "str", "id", "callable", "hasattr", "getattr",
                       "help", "dir", "len", "display", "print"})
"""Calls that look at what they are handed without calling it."""
_KEEPERS = frozenset({"SimpleNamespace", "dict", "list", "tuple", "set", "frozenset", "OrderedDict", "defaultdict",
                      "deque", "ChainMap", "MappingProxyType", "namedtuple", "partial", "partialmethod",
                      "staticmethod", "classmethod", "property", "Thread", "Process", "Timer", "iter", "next",
                      "zip", "enumerate", "reversed", "copy", "deepcopy"})
"""Calls that keep what they are handed without calling it (what they make holds it: :func:`_binds_net`)."""
_SEND_VERBS = frozenset({"post", "put", "patch", "request", "send", "sendall", "sendto", "sendmail",
                         "send_message", "sendfile", "upload", "upload_file", "storbinary", "storlines", "write"})
"""What a network module's functions, or what one makes (a session, a client, a socket), send data by."""


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


_CONTENTS = frozenset({"items", "values", "copy", "pop", "popitem"})
"""A container's methods that hand back what it holds (not ``get``, a fetch's name too)."""
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


def _keeps_only(fn: ast.FunctionDef | ast.AsyncFunctionDef, plain: Callable[[str], bool], method: bool) -> bool:
    """Whether a function does nothing but store what it is handed, as it is, in a global bound to a plain
    container (``H.append(f)``, ``H[k] = f``; ``plain``: whether a global is one, whose ``append`` and ``[k] =`` run
    no code of the run's), a global (``global G; G = f``) or, for a ``method``, its own object's attribute
    (``self.f = f``): it calls nothing, so none of what it is handed."""
    a = fn.args
    params = {x.arg for x in [*a.posonlyargs, *a.args, *a.kwonlyargs, *([a.vararg] if a.vararg else []),
                              *([a.kwarg] if a.kwarg else [])]}
    declared = {n for node in ast.walk(fn) if isinstance(node, ast.Global) for n in node.names}
    own = a.args[0].arg if method and a.args else None
    if fn.decorator_list or any(d is not None for d in [*a.defaults, *a.kw_defaults]):
        return False

    def into(target: ast.expr) -> bool:
        if isinstance(target, ast.Name):
            return target.id in declared
        if isinstance(target, ast.Attribute):
            return isinstance(target.value, ast.Name) and target.value.id == own
        return isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) \
            and target.value.id not in params and plain(target.value.id)

    for stmt in ast.walk(fn):
        if stmt is fn or isinstance(stmt, ast.arguments | ast.arg | ast.Global | ast.Pass | ast.expr_context):
            continue
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Name | ast.Constant) \
                and all(into(t) for t in stmt.targets):
            continue
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and not stmt.value.keywords \
                and isinstance(stmt.value.func, ast.Attribute) and stmt.value.func.attr in _STORE_METHODS \
                and isinstance(stmt.value.func.value, ast.Name) and stmt.value.func.value.id not in params \
                and plain(stmt.value.func.value.id) \
                and all(isinstance(v, ast.Name | ast.Constant) for v in stmt.value.args):
            continue
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):  # a docstring
            continue
        if isinstance(stmt, ast.stmt):
            return False
    return True


_CONTAINERS = frozenset({"list", "dict", "set"})


def _plain_container(value: ast.expr) -> bool:
    """Whether a value is a new plain container: ``[]``, ``{}``, ``set()``, ``dict()``, ``list()``."""
    if isinstance(value, ast.List | ast.Dict | ast.Set):
        return True
    return isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in _CONTAINERS \
        and not value.args and not value.keywords


def _called(call: ast.Call) -> str:
    """The name a call calls (``get`` of ``rq.get(...)``)."""
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


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


_MAX_SOURCE = 20_000
"""The most of one binding's code a :class:`KernelState` keeps (a name bound over and over keeps its latest)."""
_MAX_SOURCES = 32
"""The most earlier cells' bindings :meth:`KernelState.sources` adds to one cell."""
_REBINDERS = frozenset({"globals", "locals", "vars", "setattr", "get_ipython"})
"""Calls through which a cell can rebind the kernel's names without an assignment."""
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
            net -= stale - _links_of(tree) - {f"{n.name}{KEEPS}{t}" for n in ast.walk(tree)
                                              if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
                                              for t in _kept_by(n)}
        floods = ANY_NAME in net
        self.net = net | (self.net & {ANY_NAME})
        self.readers = reader_names(code, self.readers)
        if tree is None:
            self._loaded.add(ANY_GLOBAL)
            if floods:
                self._settled = set()
            return
        rebinds = _rebinds_by_name(tree)
        if rebinds:
            self.literals.clear()
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
                    and not cls.bases and not cls.keywords and not cls.decorator_list \
                    and all(isinstance(f, ast.FunctionDef) and not f.decorator_list
                            and (f.name == "__init__" or not f.name.startswith("__")) for f in cls.body):
                # a class of its own methods only: no property, no ``__setattr__``, nothing bound on the class
                defs = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
                assigned = {t.attr for n in ast.walk(cls) if isinstance(n, ast.Assign | ast.AugAssign | ast.AnnAssign)
                            for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
                            if isinstance(t, ast.Attribute)}
                fn = defs.get(parts[1]) if parts[1] not in assigned else None
                method = cls
            if isinstance(fn, ast.FunctionDef) and _keeps_only(fn, self._plain, method is not None) and not (
                    changed & {n.id for n in ast.walk(method or fn) if isinstance(n, ast.Name)}
                    or (method is not None and method.name in changed)):
                out.add(callee)
        return out

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


def _stored(target: ast.AST) -> set[str]:
    """The plain names an assignment target binds (``a, b``; not ``d['k']``)."""
    return {n.id for n in ast.walk(target) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}


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
