"""What a Python cell takes from the kernel: the kernel keeps every earlier cell's variables, so a cell that fetches
an address it spells out can still carry data an earlier cell read (``t = open(...).read()`` one cell,
``requests.get(URL, params={'d': t})`` the next). A cell is read with :mod:`ast`; the names it uses without binding
them, other than builtins and what the run's earlier cells imported, come from the kernel's state."""

from __future__ import annotations

import ast
import builtins
import re

__all__ = ["imported_names", "uses_kernel_state"]

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
