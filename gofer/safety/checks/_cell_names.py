"""How a Python cell's code names things: parsing a cell (magics and shell escapes aside), names looked up by a
string or a computed key (``getattr``, ``globals()[...]``, ``vars(m)``), code run by ``exec``/``eval``, what a cell
imports, and what reads an address it writes out. The vocabulary the other cell readers share (:data:`KEEPS`,
:data:`LINKED`...) is defined here."""

from __future__ import annotations

import ast
import builtins
import re

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
CLOSES = "{}"
"""Appended to a function's name in :func:`net_names`: what it returns may share state with what else one call of it
returns: it defines a function, a lambda or a class (which may keep its locals, a closure), or returns an attribute
(an object's methods). So the names one call of it binds are each other's keepers (``add, get = make()``:
``add(post)`` keeps ``post`` where ``get(0)`` hands it back; ``m = make()``: ``m[0](post)``, then ``m[1](0)``)."""
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
    (:func:`_hidden_runners` reads them). A store under a key written out binds the attribute:
    ``vars(o)['p'] = v`` and ``o.__dict__['p'] = v`` as ``o.p = v``."""

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
        if isinstance(node.ctx, ast.Store):
            return self._attribute_store(node)
        if not isinstance(node.ctx, ast.Load):
            return node
        found = self._resolve(node.value, node.slice)
        return node if found is None else ast.copy_location(found, node)

    def _attribute_store(self, node: ast.Subscript) -> ast.expr:
        """A store under a key of an object's attributes as the attribute it binds: ``vars(o)['p'] = v`` and
        ``o.__dict__['p'] = v`` as ``o.p = v`` (a computed key as ``o.request``)."""
        space = node.value
        if isinstance(space, ast.Call) and _builtin(space.func, "vars") and len(space.args) == 1 \
                and not space.keywords and not isinstance(space.args[0], ast.Starred):
            owner = space.args[0]
        elif isinstance(space, ast.Attribute) and space.attr == "__dict__":
            owner = space.value
        else:
            return node
        key = _key(node.slice)
        if key in _RUNNERS:
            return node
        self.found = True
        return ast.copy_location(ast.Attribute(value=owner, attr=key or "request", ctx=ast.Store()), node)

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
    """The name an attribute chain or call starts from (``a`` of ``a.b.c()``; of ``vars(a).update(…)`` too,
    ``vars(a)`` being ``a``'s attributes)."""
    while isinstance(node, ast.Attribute | ast.Call | ast.Subscript):
        if isinstance(node, ast.Call) and _builtin(node.func, "vars") and len(node.args) == 1 and not node.keywords:
            node = node.args[0]
            continue
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
_FETCH_VERBS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "request", "stream", "urlopen",
                          "Request", "open"})
"""What a network module's functions (or a session's methods) that take an address are called."""


def _bound(node: ast.AST) -> tuple[ast.expr | None, list[ast.expr]]:
    """The value a binding binds and its targets (a loop's: what it iterates over), or (None, [])."""
    if isinstance(node, ast.Assign):
        return node.value, list(node.targets)
    if isinstance(node, ast.AnnAssign | ast.AugAssign | ast.NamedExpr):
        return node.value, [node.target]
    if isinstance(node, ast.For | ast.AsyncFor | ast.comprehension):
        return node.iter, [node.target]
    return None, []


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


_CONTENTS = frozenset({"items", "values", "copy", "pop", "popitem"})
"""A container's methods that hand back what it holds (not ``get``, a fetch's name too)."""


def _called(call: ast.Call) -> str:
    """The name a call calls (``get`` of ``rq.get(...)``)."""
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
_REBINDERS = frozenset({"globals", "locals", "vars", "setattr", "get_ipython"})
"""Calls through which a cell can rebind the kernel's names without an assignment."""


def _stored(target: ast.AST) -> set[str]:
    """The plain names an assignment target binds (``a, b``; not ``d['k']``)."""
    return {n.id for n in ast.walk(target) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
