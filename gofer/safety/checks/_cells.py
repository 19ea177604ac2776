"""What a Python cell takes from the kernel: the kernel keeps every earlier cell's variables, so a cell that fetches
an address it spells out can still carry data an earlier cell read (``t = open(...).read()`` one cell,
``requests.get(URL, params={'d': t})`` the next). A cell is read with :mod:`ast`; the names it uses without binding
them, other than builtins and what the run's earlier cells imported, come from the kernel's state."""

from __future__ import annotations

import ast
import builtins
import re

__all__ = ["imported_names", "net_names", "reads_url", "uses_kernel_state", "uses_net"]

_NET_MODULES = frozenset({"requests", "httpx", "urllib", "urllib3", "http", "aiohttp", "socket", "ssl", "smtplib",
                          "ftplib", "poplib", "imaplib", "telnetlib", "xmlrpc", "websocket", "websockets", "pycurl",
                          "paramiko", "grpc"})
"""Modules that reach the network."""
_NET_MAKERS = frozenset({"Session", "session", "Client", "AsyncClient", "ClientSession", "PoolManager",
                         "ProxyManager", "HTTPConnection", "HTTPSConnection", "HTTPConnectionPool",
                         "HTTPSConnectionPool", "socket", "create_connection", "build_opener", "SMTP", "SMTP_SSL",
                         "FTP", "FTP_TLS", "ServerProxy", "connect", "Curl", "SSHClient"})
"""What a network module makes that sends later (``s = requests.Session()``; ``s.get(...)``)."""

_NET_GETTERS = frozenset({"getattr", "import_module", "__import__", "attrgetter", "methodcaller"})
"""Calls that hand back a module or one of its names (``getattr(requests, 'get')``,
``importlib.import_module('requests')``): what they hand back from a network module is bound to the network."""
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


def _parse(code: str) -> ast.Module | None:
    """The cell as Python, its shell escapes and magics read as ``None``; None when it is not Python."""
    plain = _MAGIC.sub(lambda m: f"{m.group(1)}{m.group(2) + ' = ' if m.group(2) else ''}None", code)
    try:
        return ast.parse(plain)
    except (SyntaxError, ValueError):
        return None


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


def net_names(code: str, known: set[str]) -> set[str]:
    """``known`` plus the names a cell binds to the network: an import of a network module or of a name from one
    (``import requests as rq``, ``from requests import get``), and what such a name makes
    (``s = rq.Session()``)."""
    tree = _parse(code)
    out = set(known)
    if tree is None:
        return out
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.asname or a.name.split(".")[0] for a in node.names if a.name.split(".")[0] in _NET_MODULES}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in _NET_MODULES:
            out |= {a.asname or a.name for a in node.names if a.name != "*"}
    for _ in range(2):  # a name bound from another such name (``f = rq.get`` after ``rq = getattr(...)``)
        for node in ast.walk(tree):
            value = node.value if isinstance(node, ast.Assign | ast.AnnAssign | ast.NamedExpr) else None
            if isinstance(node, ast.withitem):
                value = node.context_expr
            if isinstance(node, ast.For | ast.AsyncFor | ast.comprehension):
                value = node.iter
            if value is not None and _binds_net(value, out):
                targets = [node.target] if isinstance(node, ast.For | ast.AsyncFor | ast.comprehension) else \
                    _targets(node)
                out |= {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
    return out


def _binds_net(value: ast.expr, names: set[str]) -> bool:
    """Whether a bound value is (or holds) a network module, one of its names or what it makes: a maker's call
    (``rq.Session()``), a getter's (``getattr(requests, 'get')``, ``importlib.import_module('requests')``), or
    the name itself kept aside (``fn = requests.get``, ``[requests.get]``); not what a fetch returns."""
    if isinstance(value, ast.Call):
        if _root(value) in names and _called(value) in _NET_MAKERS:
            return True
        if _called(value) not in _NET_GETTERS:
            return False
        return any((isinstance(n, ast.Name) and n.id in names)
                   or (isinstance(n, ast.Constant) and isinstance(n.value, str)
                   and n.value.split(".")[0] in _NET_MODULES) for a in value.args for n in ast.walk(a))
    calls = {id(c) for n in ast.walk(value) if isinstance(n, ast.Call) for c in ast.walk(n) if c is not n}
    return any(isinstance(n, ast.Name) and n.id in names and id(n) not in calls for n in ast.walk(value))


def reads_url(code: str) -> bool:
    """True when a cell hands an address it writes out (``'https://…'``, perhaps joined to more) to a reader that
    fetches it (``pd.read_csv``, ``urlretrieve``, ``load_dataset``)."""
    tree = _parse(code)
    if tree is None:
        return False
    return any(isinstance(n, ast.Call) and _URL_READERS.fullmatch(_called(n))
               and any(isinstance(c, ast.Constant) and isinstance(c.value, str)
                       and c.value.lstrip().startswith(("http://", "https://", "ftp://"))
                       for a in [*n.args, *(k.value for k in n.keywords)] for c in ast.walk(a))
               for n in ast.walk(tree))


def uses_net(code: str, known: set[str]) -> bool:
    """True when a cell calls through a name bound to the network (see :func:`net_names`; ``known``: earlier
    cells'), making a session or a connection aside (that sends nothing yet)."""
    tree = _parse(code)
    if tree is None:
        return False
    names = net_names(code, known)
    return any(isinstance(n, ast.Call) and _root(n.func) in names and _called(n) not in _NET_MAKERS
               for n in ast.walk(tree))


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
    if loaded & _STATE_CALLS:
        return True
    return bool(loaded - bound - _BUILTINS - modules)
