"""Judging Python code's risk from its text: the python tool's cells, ``python -c`` and scripts the shell runs.

Deleting, moving or overwriting the user's files, changing permissions, running a consequential shell command
(``os.system``, ``subprocess``, IPython's ``!cmd`` and ``%%bash``, judged by :mod:`command_risk`), installing
packages (``%pip install``), sending data (HTTP methods other than GET, mail, sockets, SSH), running code
built at run time (``exec`` of a computed string), extracting an archive over the user's files and SQL that
changes a database the run did not make are ``consequential``. Reading, computing and writing new files are not.

The judgement is a heuristic over the syntax tree: names are resolved through the cell's imports and
string constants through its assignments and ``for`` loops over constant lists (a name bound to several
constants stands for each). A write to a path computed at run time is not asked about (analysis code does it
all the time); a deletion, a command or a send always is, whatever the path. Code that does not parse is judged
by its words.
"""

from __future__ import annotations

import ast
import posixpath
import re
import shlex

from gofer.computer.archive_risk import Extraction, Members, judge_extraction, no_members
from gofer.computer.command_risk import MAX_DEPTH, Kind, Read, is_own, judge_command, runs_later
from gofer.computer.sql_risk import changes_data

__all__ = ["as_imported", "judge_python", "judge_run_module"]

_DELETE = {"os.remove", "os.unlink", "os.rmdir", "os.removedirs", "shutil.rmtree", "os.truncate"}
_DELETE_METHODS = {"unlink", "rmdir", "rmtree"}
_MOVE = {"os.rename", "os.replace", "os.renames", "shutil.move"}
_COPY = {"shutil.copy", "shutil.copy2", "shutil.copyfile"}
_PERMISSIONS = {"os.chmod", "os.chown", "os.lchown", "os.lchmod", "shutil.chown", "os.fchmod", "os.fchown"}
_COMMANDS = {"os.system", "os.popen", "subprocess.run", "subprocess.call", "subprocess.check_call",
             "subprocess.check_output", "subprocess.Popen", "subprocess.getoutput", "subprocess.getstatusoutput",
             "pty.spawn", "asyncio.create_subprocess_shell", "asyncio.create_subprocess_exec", "commands.getoutput",
             "get_ipython.system", "get_ipython.getoutput", "sh.Command", "pexpect.spawn", "pexpect.run"}
_SENDERS = ("smtplib.", "aiosmtplib.", "ftplib.", "paramiko.", "asyncssh.", "telnetlib.", "http.client.HTTP",
            "socket.socket", "socket.create_connection", "pysftp.", "fabric.", "yagmail.", "imaplib.")
_SEND_METHODS = {"post", "put", "patch", "sendmail", "send_message", "sendall", "sendto"}
_WRITERS = {"write_text", "write_bytes", "to_csv", "to_excel", "to_json", "to_parquet", "to_pickle", "to_html",
            "to_markdown", "to_feather", "to_stata", "to_latex", "savefig", "save", "to_file", "dump_file"}
_DYNAMIC = {"exec", "eval", "compile", "__import__", "importlib.import_module", "ctypes.CDLL", "ctypes.cdll",
            "runpy.run_path", "runpy.run_module"}
_UNPICKLE = {"pickle.load", "pickle.loads", "pickle.Unpickler", "_pickle.load", "_pickle.loads", "dill.load",
             "dill.loads", "cloudpickle.load", "cloudpickle.loads", "joblib.load", "shelve.open", "pandas.read_pickle",
             "pd.read_pickle", "jsonpickle.decode"}
"""Calls that unpickle: a pickle runs whatever code it holds when loaded (a downloaded one too)."""
_MAX_MODULES = 200
_WORKSPACE = "/workspace"
"""Where each cell starts, inside the sandbox."""
_SHELL_MAGICS = {"system", "sx", "sc", "bash", "sh", "script", "!"}
_CODE_MAGICS = {"time", "timeit", "capture", "prun", "debug"}
_ARCHIVES = {"tarfile.open", "tarfile.TarFile", "tarfile.TarFile.open", "zipfile.ZipFile", "TarFile", "ZipFile"}
_FILE_DATABASES = {"sqlite3.connect", "sqlite3.dbapi2.connect", "duckdb.connect", "aiosqlite.connect"}
_SERVER_DATABASES = ("psycopg2.connect", "psycopg.connect", "pymysql.connect", "mysql.connector.connect",
                     "MySQLdb.connect", "pyodbc.connect", "asyncpg.connect", "oracledb.connect", "pymssql.connect",
                     "cx_Oracle.connect", "mariadb.connect")
_SQL_METHODS = {"execute", "executemany", "executescript", "exec_driver_sql"}
_WORDS = re.compile(r"\b(remove|unlink|rmdir|rmtree|rename|replace|move|chmod|chown|system|popen|subprocess|"
                    r"spawn|exec|eval|post|put|patch|delete|smtplib|socket|paramiko|ftplib|get_ipython)\b|^\s*[!%]",
                    re.M)


def judge_python(code: str, kind: Kind, read: Read | None = None, depth: int = 0,
                 members: Members = no_members, seen: set[str] | None = None, package: str = "") -> list[str]:
    """Reasons this Python code (IPython syntax allowed) is consequential; empty when it is not. The workspace
    modules it imports are judged too (``seen``: those judged already); ``package`` is the dotted name of the
    package the code is a module of, which its relative imports (``from . import x``) start from."""
    if depth > MAX_DEPTH:
        return ["nests code too deeply to be judged"]
    try:
        from IPython.core.inputtransformer2 import TransformerManager

        tree = ast.parse(TransformerManager().transform_cell(code))
    except (SyntaxError, ValueError):
        words = sorted({m.group(0).strip() for m in _WORDS.finditer(code)})
        return [f"cannot be parsed and mentions {', '.join(words)}"] if words else []
    return _Judge(kind, read, depth, members, set() if seen is None else seen, package).run(tree)


def judge_run_module(name: str, kind: Kind, read: Read, depth: int = 0,
                     members: Members = no_members) -> list[str] | None:
    """Reasons ``python -m name`` is consequential when ``name`` is a workspace module: the module (or its
    package's ``__main__.py``), the ``__init__.py`` of each package above it and what they import, relative
    imports included. None when it is not a workspace module."""
    path = name.replace(".", "/")
    if read(f"{path}.py") is None and read(f"{path}/__main__.py") is None:
        return None
    judge = _Judge(kind, read, depth, members, set())
    judge.module(name, main=True)
    return list(dict.fromkeys(judge.reasons))


def _ipython_forms(command: str) -> list[str]:
    """The commands ``!command`` may run: IPython fills each ``{expr}`` (a name it cannot know here, ``$V``), and
    runs the text unchanged when one of them fails, as ``{print > "out.txt"}`` (awk's braces) always does."""
    fields = re.findall(r"\{([^}]*)\}", command)
    if not fields:
        return [command]
    filled = re.sub(r"\{[^}]*\}", "$V", command)
    try:
        for field in fields:
            ast.parse(field.split("!", 1)[0].split(":", 1)[0] or "_", mode="eval")
    except SyntaxError:
        return [command]
    return [filled, command]


class _Judge(ast.NodeVisitor):
    def __init__(self, kind: Kind, read: Read | None, depth: int, members: Members, seen: set[str],
                 package: str = "") -> None:
        self.kind, self.read, self.depth, self.members, self.seen = kind, read, depth, members, seen
        self.package = package
        self.links: set[str] = set()
        """Links the code makes (``os.symlink``, ``Path.symlink_to``): a write through one may reach any file."""
        self.aliases: dict[str, str] = {}
        self.values: dict[str, list[str]] = {}
        """The string constants each name is bound to (by assignments and ``for`` over a constant list)."""
        self.archives: dict[str, ast.expr] = {}
        """Names bound to an opened archive (``z = zipfile.ZipFile(p)``, ``with tarfile.open(p) as t``): its path."""
        self.databases: list[str | None] = []
        """The databases the code connects to: a label for one that holds the user's data, None for its own."""
        self.moved_cwd = False
        self.cwds: list[str] | None = [_WORKSPACE]
        """The folders the cell's relative paths may start from: the workspace, and each folder a ``chdir`` in it
        changes to; None when one is computed at run time."""
        self.moves = False
        self.files: dict[str, list[str]] = {}
        """The workspace files of each module looked for (see :meth:`paths`)."""
        self.imported: set[str] = set()
        """The workspace modules the code's imports found (``a.b`` for ``import a.b`` of ``a/b.py``)."""
        self.reasons: list[str] = []

    def run(self, tree: ast.Module) -> list[str]:
        for node in ast.walk(tree):  # names and constants first, wherever they are bound
            if isinstance(node, ast.Import):
                for a in node.names:
                    self.aliases[(a.asname or a.name).split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
            elif isinstance(node, ast.ImportFrom) and node.module:
                for a in node.names:
                    self.aliases[a.asname or a.name] = f"{node.module}.{a.name}"
            elif isinstance(node, ast.Assign | ast.AnnAssign | ast.For | ast.withitem):
                self.bind(node)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and self.qualname(node.func) in ("os.symlink", "os.link") and len(
                    node.args) > 1:
                self.links.add(self.const(node.args[1]) or "")
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in (
                    "symlink_to", "hardlink_to"):
                self.links.add(self.const(node.func.value) or "")
        self.cwds = self.folders(sorted((n for n in ast.walk(tree) if isinstance(n, ast.Call) and self.chdir(n)),
                                        key=lambda n: (n.lineno, n.col_offset)))
        self.moved_cwd = self.cwds != [_WORKSPACE]
        self.databases = [self.database(n) for n in ast.walk(tree) if isinstance(n, ast.Call) and (
            self.qualname(n.func) in _FILE_DATABASES or self.qualname(n.func).startswith(_SERVER_DATABASES)
            or self.qualname(n.func).endswith("create_engine"))]
        self.moves = any(isinstance(n, ast.Call) and (self.qualname(n.func) in _MOVE | _COMMANDS or (
            isinstance(n.func, ast.Attribute) and n.func.attr in ("rename", "replace", "move", "system")))
            for n in ast.walk(tree))
        """A move in the cell (or a command, which may move) may put a user's file where the run's own was."""
        self.visit(tree)
        self.references(tree)
        return list(dict.fromkeys(self.reasons))

    def chdir(self, node: ast.Call) -> bool:
        """Whether the call changes the current folder (``os.chdir``, ``contextlib.chdir``, ``%cd``)."""
        name = self.qualname(node.func)
        if name == "get_ipython.run_line_magic":
            return bool(node.args) and self.const(node.args[0]) == "cd"
        return name in ("os.chdir", "os.fchdir", "contextlib.chdir")

    def folders(self, calls: list[ast.Call]) -> list[str] | None:
        """The folders (absolute, as inside the sandbox) relative paths may start from after these ``chdir``
        calls, in the order they appear; None when one is computed at run time."""
        cwds = [_WORKSPACE]
        for node in calls:
            magic = self.qualname(node.func) == "get_ipython.run_line_magic"
            arg = node.args[1 if magic else 0] if len(node.args) > (1 if magic else 0) else next(
                (k.value for k in node.keywords if k.arg == "path"), None)
            target = self.const(arg) if arg is not None and self.qualname(node.func) != "os.fchdir" else None
            if target is None or not target or target.startswith(("-", "~")):
                return None
            cwds += [posixpath.normpath(posixpath.join(cwd, target)) for cwd in cwds]
        return list(dict.fromkeys(cwds))

    def bind(self, node: ast.Assign | ast.AnnAssign | ast.For | ast.withitem) -> None:
        target: ast.expr | None
        value: ast.expr | None
        if isinstance(node, ast.withitem):
            target, value = node.optional_vars, node.context_expr
        elif isinstance(node, ast.Assign):
            target, value = (node.targets[0] if len(node.targets) == 1 else None), node.value
        else:
            target, value = node.target, node.iter if isinstance(node, ast.For) else node.value
        if not isinstance(target, ast.Name) or value is None:
            return
        if isinstance(node, ast.For):
            items = [self.const(e) for e in value.elts] if isinstance(value, ast.List | ast.Tuple | ast.Set) else []
            self.values.setdefault(target.id, []).extend(i for i in items if i is not None)
        elif isinstance(value, ast.Call) and self.qualname(value.func) in _ARCHIVES:
            self.archives[target.id] = value.args[0] if value.args else ast.Name("?")
        elif (text := self.const(value)) is not None:
            self.values.setdefault(target.id, []).append(text)

    def database(self, node: ast.Call) -> str | None:
        """A label for the database this connect call opens when it holds the user's data; None for a new file,
        an in-memory one or one the run made."""
        name = self.qualname(node.func)
        first = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "database"), None)
        path = self.const(first) if first is not None else (":memory:" if name == "duckdb.connect" else None)
        if name.endswith("create_engine"):
            if path is None or not path.startswith("sqlite"):
                return "a database server" if path is not None else "a database named at run time"
            path = path.split(":///", 1)[1] if ":///" in path else ":memory:"
        elif name not in _FILE_DATABASES:
            return "a database server"
        if path is None:
            return "a database file named at run time"
        if path in ("", ":memory:") or path.startswith("file::memory:"):
            return None
        return path if self.existing(ast.Constant(path)) else None

    def qualname(self, node: ast.expr) -> str:
        """``os.remove`` for ``os.remove``, ``o.remove`` after ``import os as o``, or ``remove`` from os."""
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id, node.id)
        if isinstance(node, ast.Attribute):
            return f"{self.qualname(node.value)}.{node.attr}"
        if isinstance(node, ast.Call):
            if self.qualname(node.func) in ("__import__", "importlib.import_module") and node.args:
                return self.const(node.args[0]) or "__import__"
            if isinstance(node.func, ast.Name) and node.func.id == "getattr" and len(node.args) >= 2:
                attr = self.const(node.args[1])
                return f"{self.qualname(node.args[0])}.{attr}" if attr else "getattr(computed)"
            return self.qualname(node.func)
        return "?"

    def const(self, node: ast.expr) -> str | None:
        """The string an expression always has (constants, names bound to them, Path('x'), 'a' + 'b')."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            values = set(self.values.get(node.id, ()))
            return values.pop() if len(values) == 1 else None
        if isinstance(node, ast.JoinedStr):
            parts = [self.const(v) for v in node.values]
            return "".join(p for p in parts if p is not None) if all(p is not None for p in parts) else None
        if isinstance(node, ast.FormattedValue):
            return self.const(node.value)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Div):
            left, right = self.const(node.left), self.const(node.right)
            if left is None or right is None:
                return None
            return f"{left}/{right}" if isinstance(node.op, ast.Div) else left + right
        if isinstance(node, ast.Call) and node.args and not node.keywords:
            name = self.qualname(node.func).rsplit(".", 1)[-1]
            if name in ("Path", "PurePath", "PosixPath", "join", "str", "abspath"):
                parts = [self.const(a) for a in node.args]
                return "/".join(p for p in parts if p is not None) if all(p is not None for p in parts) else None
        return None

    def existing(self, node: ast.expr | None) -> str | None:
        """The path, when this expression names a file that exists in the workspace (or may, after chdir); a
        name bound to several constants (``for p in ['a.csv', 'b.csv']``) names each of them."""
        if isinstance(node, ast.Name) and len(set(self.values.get(node.id, ()))) > 1:
            return next(filter(None, (self.existing(ast.Constant(v)) for v in self.values[node.id])), None)
        path = self.const(node) if node is not None else None
        if path is not None and path in self.links:
            return path
        if path is None or (path.startswith("/") and not path.startswith("/workspace")):
            return None
        if self.cwds is None:
            return path
        for cwd in self.cwds:
            full = posixpath.normpath(posixpath.join(cwd, path))
            if full.startswith(f"{_WORKSPACE}/") and self.kind(rel := full[len(_WORKSPACE) + 1 :]) == "file":
                return rel
        return None

    def removes_own(self, node: ast.Call, name: str, method: str, first: ast.expr | None) -> bool:
        """``os.remove("out/chart.png")`` or ``Path("x").unlink()`` of one file this run made itself (which exists
        now): re-running an analysis that clears its own outputs loses nothing of the user's. A
        folder, a variable, a path outside the workspace or with ``..``, or a changed cwd still asks."""
        if name in ("os.remove", "os.unlink"):
            target = first
        elif method == "unlink" and isinstance(node.func, ast.Attribute) and not node.args:
            target = node.func.value
        else:
            return False
        if target is None or any(isinstance(n, ast.Name) and n.id not in ("Path", "pathlib", "os") for n in ast.walk(
                target)):
            return False  # a variable may be bound elsewhere (another cell, a loop): only literal paths
        path = self.const(target)
        if path is None or self.moved_cwd or path in self.links or self.moves:
            return False
        rel = path[len("/workspace/"):] if path.startswith("/workspace/") else path
        if not rel or rel.startswith("/") or ".." in rel.split("/") or "~" in rel:
            return False
        return is_own(self.kind, rel)  # one that does not exist yet may be a user's file this cell moves there

    def shell(self, what: str, node: ast.expr | None, ipython: bool = False, cwd: ast.expr | None = None) -> None:
        """Judge the command a call runs; in the folder ``cwd`` names, or after the cell's ``chdir``, its relative
        paths may land anywhere (judged as after a ``cd``)."""
        command: str | None
        if isinstance(node, ast.List | ast.Tuple):
            words = [self.const(e) for e in node.elts]
            command = shlex.join(w for w in words if w is not None) if all(w is not None for w in words) else None
        else:
            command = self.const(node) if node is not None else None
        commands = [] if command is None else _ipython_forms(command) if ipython else [command]
        folder = (self.const(cwd) or "$CWD") if cwd is not None else "$CELL_FOLDER" if self.moved_cwd else None
        if folder is not None:
            commands = [f"cd {shlex.quote(folder)} && {c}" for c in commands]
        if command is None:
            self.reasons.append(f"{what} runs a command computed at run time")
        for line in commands:
            self.reasons += [f"{what} {r}" for r in judge_command(line, self.kind, self.read or _none,
                                                                self.depth + 1, self.members)]

    def visit_Import(self, node: ast.Import) -> None:
        for a in node.names:
            self.module(a.name)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = self.absolute(node)
        if module:
            self.module(module)
            for a in node.names:
                self.module(f"{module}.{a.name}", optional=True)

    def absolute(self, node: ast.ImportFrom) -> str:
        """The dotted name of the module a from-import imports from ("" when a relative one fails)."""
        module = node.module or ""
        if node.level:  # relative to this module's package; outside a package it fails, running nothing
            parts = self.package.split(".") if self.package else []
            if node.level - 1 >= len(parts):
                return ""
            module = ".".join(parts[: len(parts) - node.level + 1] + ([module] if module else []))
        return module

    def module(self, name: str, main: bool = False, optional: bool = False) -> None:
        """Judge the workspace files an import of ``name`` runs (``x.py``, ``x/__init__.py``): code the run
        wrote (or changed) runs as surely as a script does. An import runs a module's top level, not the bodies
        of the functions it only defines (see :func:`_running`); the module run as ``__main__`` is judged whole
        (an entry point calls one of its functions)."""
        if self.read is None:
            return
        parts = name.split(".")
        for i in range(len(parts) if optional else 1, len(parts) + 1):
            base = "/".join(parts[:i])
            last = [f"{base}/__main__.py"] if main and i == len(parts) else []
            for path in (f"{base}.py", f"{base}/__init__.py", *last):
                if path in self.seen:
                    self.imported.add(".".join(parts[:i]))
                if path in self.seen or (text := self.read(path)) is None:
                    continue
                self.imported.add(".".join(parts[:i]))
                if len(self.seen) >= _MAX_MODULES:
                    self.reasons.append(f"imports more workspace modules than can be judged ({path})")
                    return
                self.seen.add(path)
                package = ".".join(parts[: i - 1] if path == f"{base}.py" else parts[:i])
                runs = text if main and i == len(parts) else _running(text)
                self.reasons += [f"imports {path}, which {r}" for r in judge_python(
                    runs, self.kind, self.read, self.depth, self.members, self.seen, package)]

    def references(self, tree: ast.Module) -> None:
        """Judge the workspace modules' functions the code refers to (``h.up``, ``up`` after ``from h import
        up``; called or handed on), each with what of its module it runs: an import judges only what the import
        runs. A module used other than by one of its names written out (``g = h``, ``getattr(h, n)``, ``from h
        import *``) is judged whole."""
        if self.read is None:
            return
        imported: dict[str, str] = {}
        """Each name the code's imports bind, and the dotted name it stands for."""
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for a in node.names:
                    imported[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
            elif isinstance(node, ast.ImportFrom) and (module := self.absolute(node)):
                for a in node.names:
                    if a.name == "*":
                        self.follow(module, None)
                    else:
                        imported[a.asname or a.name] = f"{module}.{a.name}"
        if not imported or not self.imported:
            return
        parents = {id(c): n for n in ast.walk(tree) for c in ast.iter_child_nodes(n)}
        done: set[str] = set()
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in imported):
                continue
            parts: list[str] = [imported[node.id]]
            at: ast.expr = node
            while isinstance(up := parents.get(id(at)), ast.Attribute) and up.value is at:
                parts.append(up.attr)
                at = up
            dotted = ".".join(parts)
            names = dotted.split(".")
            prefixes = {".".join(names[:i]) for i in range(1, len(names) + 1)}
            if dotted not in done and prefixes & self.imported:  # not a library's name (``np.mean``)
                done.add(dotted)
                self.reference(dotted)

    def reference(self, dotted: str) -> None:
        """Judge what a reference to ``dotted`` runs when it names a workspace module (judged whole) or a name
        of one (``helpers.up``: that function, with what it uses of its module)."""
        parts = dotted.split(".")
        for i in range(len(parts), 0, -1):
            module = ".".join(parts[:i])
            if self.paths(module):  # ``h.__dict__``: any of its names
                attr = parts[i] if i < len(parts) and not parts[i].startswith("__") else None
                self.follow(module, attr)
                return

    def paths(self, name: str) -> list[str]:
        """The workspace files of the module ``name`` (``x.py``, ``x/__init__.py``)."""
        if self.read is None:
            return []
        if name not in self.files:
            base = name.replace(".", "/")
            self.files[name] = [p for p in (f"{base}.py", f"{base}/__init__.py") if self.read(p) is not None]
        return self.files[name]

    def follow(self, name: str, attr: str | None) -> None:
        """Judge what using ``attr`` of the workspace module ``name`` runs (all of the module for None)."""
        for path in self.paths(name):
            key = f"{path}:{attr or '*'}"
            if key in self.seen or (text := self.read(path) if self.read else None) is None:
                continue
            if len(self.seen) >= _MAX_MODULES:
                self.reasons.append(f"uses more workspace modules than can be judged ({path})")
                return
            self.seen.add(key)
            package = name if path.endswith("/__init__.py") else name.rpartition(".")[0]
            what = f"{name}.{attr}" if attr else name
            runs = as_imported(text) if attr is None else f"{_running(text, attr)}\n{attr}()"
            self.reasons += [f"uses {what} ({path}), which {r}" for r in judge_python(
                runs, self.kind, self.read, self.depth, self.members, self.seen, package)]

    def visit_Call(self, node: ast.Call) -> None:
        name = self.qualname(node.func)
        if isinstance(node.func, ast.Attribute):
            method = node.func.attr
        else:  # ``post(...)`` after ``from requests import post`` is ``requests.post(...)``
            method = name.rsplit(".", 1)[-1] if isinstance(node.func, ast.Name) and name != node.func.id else ""
        self.call(node, name, method)
        self.generic_visit(node)

    def call(self, node: ast.Call, name: str, method: str) -> None:
        first = node.args[0] if node.args else None
        kw = {k.arg: k.value for k in node.keywords if k.arg}
        url = (self.const(first) if first is not None else None) or ""
        if name in _DELETE or method in _DELETE_METHODS:
            if not self.removes_own(node, name, method, first):
                self.reasons.append(f"deletes files ({name})")
        elif name in _MOVE or (method == "rename" and len(node.args) == 1 and not node.keywords):
            self.reasons.append(f"moves or renames files, replacing any file of the new name ({name})")
        elif name in _COPY and len(node.args) >= 2 and self.existing(node.args[1]):
            self.reasons.append(f"{name} overwrites {self.const(node.args[1])}")
        elif name in _PERMISSIONS or method == "chmod":
            self.reasons.append(f"changes who may read, write or run files ({name})")
        elif name == "get_ipython.run_cell_magic" and len(node.args) >= 3:
            self.magic(self.const(node.args[0]) or "", node.args[1], node.args[2])
        elif name == "get_ipython.run_line_magic" and len(node.args) >= 2:
            self.magic(self.const(node.args[0]) or "", node.args[1], None)
        elif name in _COMMANDS or name.startswith(("os.exec", "os.spawn", "os.posix_spawn")):
            self.shell(f"{name}:", first if first is not None else kw.get("args"), ipython="get_ipython" in name,
                       cwd=kw.get("cwd"))
        elif name.startswith(_SENDERS) or method in _SEND_METHODS:
            self.reasons.append(f"can send data out of the machine ({name})")
        elif method == "delete" and (name.startswith(("requests.", "httpx.")) or url.startswith("http")):
            self.reasons.append(f"sends an HTTP DELETE ({name})")
        elif method == "request" and (url or "POST").upper() not in ("GET", "HEAD"):
            self.reasons.append(f"makes an HTTP request that is not a GET ({name})")
        elif method in ("urlopen", "Request") or name in ("urlopen", "Request"):
            verb = (self.const(kw["method"]) or "POST") if "method" in kw else "GET"
            if len(node.args) > 1 or "data" in kw or verb.upper() not in ("GET", "HEAD"):
                self.reasons.append(f"sends data with an HTTP request ({name})")
        elif method in _SQL_METHODS or (method == "to_sql" and kw.get("if_exists") is not None
                                        and self.const(kw["if_exists"]) != "append"):
            self.sql(node, method, first)
        elif method == "extractall" or name == "shutil.unpack_archive" or (
            method == "extract" and isinstance(node.func, ast.Attribute) and self.archive(node.func.value)):
            self.extraction(node, name, method, first, kw)
        elif name == "getattr" and len(node.args) >= 2 and self.const(node.args[1]) is None:
            self.reasons.append("looks up a name computed at run time, which cannot be judged (getattr)")
        elif name in ("runpy.run_path", "runpy.run_module") and first is not None and self.const(first):
            self.module(self.const(first) or "", main=True) if name == "runpy.run_module" else self.shell(
                f"{name}:", ast.Constant(f"python {self.const(first)}"))
        elif method in ("exec_module", "load_module", "load_source") or name in ("imp.load_source",):
            self.reasons.append(f"runs a module loaded from a file, which cannot be judged ({name})")
        elif name in _DYNAMIC or name == "getattr(computed)" or name.startswith("ctypes."):
            code = self.const(first) if first is not None else None
            if name in ("__import__", "importlib.import_module") and code is not None:
                self.module(code)
                self.follow(code, None)  # a module bound by a call is used by names no import shows
            elif name in ("exec", "eval", "compile") and code is not None:
                self.reasons += judge_python(code, self.kind, self.read, self.depth + 1, self.members)
            elif not (name in ("__import__", "importlib.import_module") and code is not None):
                self.reasons.append(f"runs code built at run time that cannot be judged ({name})")
        elif name in _UNPICKLE or method == "read_pickle" or (_flag(kw, "allow_pickle", True) and name in (
                "numpy.load", "np.load")) or (_flag(kw, "weights_only", False) and name == "torch.load"):
            self.reasons.append(f"loads a pickle, which runs whatever code it holds ({name})")
        else:
            self.write(node, name, method, first, kw)

    def write(self, node: ast.Call, name: str, method: str, first: ast.expr | None, kw: dict[str, ast.expr]) -> None:
        """An overwrite of an existing workspace file: open(path, "w"), Path.write_text, DataFrame.to_csv, ..."""
        target: ast.expr | None
        if name in ("open", "io.open", "codecs.open"):
            target, mode = first, node.args[1] if len(node.args) > 1 else kw.get("mode")
        elif method == "open" and isinstance(node.func, ast.Attribute):  # Path("x").open("w")
            target, mode = node.func.value, first if first is not None else kw.get("mode")
        elif method in ("write_text", "write_bytes") and isinstance(node.func, ast.Attribute):
            target, mode = node.func.value, ast.Constant("w")
        elif method in _WRITERS:
            target, mode = (first if first is not None else next(iter(kw.values()), None)), ast.Constant("w")
        else:
            return
        how = (self.const(mode) if mode is not None else None) or "r"
        if ("w" in how or "+" in how) and self.existing(target):
            self.reasons.append(f"overwrites {self.existing(target)} ({method or name})")
        elif any(c in how for c in "wax+") and runs_later(path := (self.const(target) if target else None) or ""):
            self.reasons.append(f"writes {path}, which sets something to run later ({method or name})")

    def archive(self, node: ast.expr) -> ast.expr | None:
        """The path expression of the archive ``node`` is (an opener's call or a name bound to one)."""
        if isinstance(node, ast.Call) and self.qualname(node.func) in _ARCHIVES:
            return node.args[0] if node.args else ast.Name("?")
        return self.archives.get(node.id) if isinstance(node, ast.Name) else None

    def extraction(self, node: ast.Call, name: str, method: str, first: ast.expr | None,
                   kw: dict[str, ast.expr]) -> None:
        """``extractall``/``extract`` of a tar or zip file, ``shutil.unpack_archive``: asks when a member would
        replace a user file (or when the archive or the folder cannot be known before it runs)."""
        only: str | None = None
        if name == "shutil.unpack_archive":
            archive, target = first, node.args[1] if len(node.args) > 1 else kw.get("extract_dir")
        else:
            archive = self.archive(node.func.value) if isinstance(node.func, ast.Attribute) else None
            if method == "extract":
                only = self.const(first) if first is not None else None
                target = node.args[1] if len(node.args) > 1 else kw.get("path")
            else:
                target = first if first is not None else kw.get("path")
        source = archive if archive is not None else node.func.value if isinstance(node.func, ast.Attribute) else node
        path = self.const(source)
        folder = self.const(target) if target is not None else "."
        extraction = Extraction(tool=method or name, archive=path if path is not None else f"$({ast.unparse(source)})",
                                target=folder if folder is not None else f"$({ast.unparse(target or node)})",
                                only=(only,) if only else ())
        self.reasons += judge_extraction(extraction, self.kind, self.members, self.moved_cwd)

    def sql(self, node: ast.Call, method: str, first: ast.expr | None) -> None:
        """SQL that deletes or changes data, or SQL computed at run time, run on a database that holds the
        user's data (one this cell opens, or one opened earlier when the cell opens none)."""
        if method == "to_sql":
            change: str | None = "REPLACE TABLE"
            text: str | None = ""
        else:
            text = self.skeleton(first) if first is not None else ""
            change = changes_data(text) if text is not None else None
        if text is not None and change is None:
            return
        users = [d for d in self.databases if d is not None]
        if self.databases and not users:
            return  # only the run's own databases
        if change is None and not users:
            return  # computed text on an object that may not be a database at all
        where = users[0] if users else "a database opened earlier"
        if change is None:
            self.reasons.append(f"runs SQL computed at run time on {where} ({method})")
        else:
            self.reasons.append(f"runs {change} on {where}, which changes or deletes its data ({method})")

    def skeleton(self, node: ast.expr) -> str | None:
        """The text of a SQL string with what is computed at run time left as ``?`` (f-strings, ``%``,
        ``.format``, ``text()``); "" for a query object that is not text; None when nothing of it is known."""
        if (text := self.const(node)) is not None:
            return text
        if isinstance(node, ast.JoinedStr):
            return "".join(self.const(v) or "?" for v in node.values)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
            left = self.skeleton(node.left)
            right = self.skeleton(node.right) if isinstance(node.op, ast.Add) else ""
            return None if left is None and right is None else f"{left or '?'}{right or '?'}"
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Attribute) and node.func.attr == "format":
                return self.skeleton(node.func.value)
            if self.qualname(node.func).rsplit(".", 1)[-1] == "text" and node.args:
                return self.skeleton(node.args[0])
            return ""
        return None

    def magic(self, name: str, line: ast.expr, body: ast.expr | None) -> None:
        text = self.const(body) if body is not None else self.const(line)
        if name in _SHELL_MAGICS:
            self.shell(f"%{name}", body if body is not None else line, ipython=True)
        elif name in ("pip", "conda", "mamba", "uv"):
            self.reasons += judge_command(f"{name} {text or ''}", self.kind, self.read or _none, self.depth + 1,
                                          self.members)
        elif name in _CODE_MAGICS and text is not None:
            self.reasons += judge_python(text, self.kind, self.read, self.depth + 1, self.members)
        elif name == "run" and text is not None:
            self.shell("%run", ast.Constant(f"python {text}"))
        elif name == "writefile":
            args = (self.const(line) or "").split()
            if "-a" not in args and args and self.existing(ast.Constant(args[-1])):
                self.reasons.append(f"%%writefile overwrites {args[-1]}")
        elif name in ("perl", "ruby", "python", "python3", "pypy", "js", "javascript") or text is None:
            self.reasons.append(f"the %{name} magic runs code that cannot be judged")


_BY_NAME = frozenset({"globals", "vars", "locals", "eval", "exec", "__import__"})
"""Builtins through which code may reach a module's functions by a computed name."""


def _running(text: str, called: str | None = None) -> str:
    """The part of a module's code that importing it runs (and then calling its ``called``): its top level, its
    classes whole, and each function of it that this code refers to (called, handed on, in a table, a default),
    transitively, or that is decorated (a decorator may call it); the other functions' bodies left out, and the
    body of its ``if __name__ == '__main__':`` (it runs when the module is run as a script, not imported). Code
    that reaches the module's names by a computed one (``globals()[n]``, ``sys.modules[__name__]``) keeps all of
    its functions, and a module that is not Python is kept whole."""
    try:
        tree = _without_main(ast.parse(text))
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return text
    defs: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = {}
    names: list[str] = []
    dynamic = False

    def walk(node: ast.AST, top: bool) -> None:
        """Note the names that run of ``node`` and the module's functions (``top``: at its top level, compound
        statements' bodies too). A class is judged whole, its methods too (its body may call them)."""
        nonlocal dynamic
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and top:
            defs.setdefault(node.name, []).append(node)
            for part in [*node.decorator_list, node.args, *([node.returns] if node.returns else [])]:
                walk(part, False)
            return
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            names.append(node.id)
        dynamic = dynamic or _by_name(node)
        for child in ast.iter_child_nodes(node):
            walk(child, top and not isinstance(node, ast.ClassDef))

    try:
        for stmt in tree.body:
            walk(stmt, True)
    except RecursionError:
        return text
    whole = ast.unparse(tree)
    kept: set[str] = set()
    todo = [name for name, nodes in defs.items() if name == called or name.startswith("__")
            or any(n.decorator_list for n in nodes)] + names
    while todo and not dynamic:
        name = todo.pop()
        if name in kept or name not in defs:
            continue
        kept.add(name)
        for n in (n for node in defs[name] for n in ast.walk(node)):
            dynamic = dynamic or _by_name(n)
            if isinstance(n, ast.Name) and n.id in defs and n.id not in kept:
                todo.append(n.id)
    if dynamic:
        return whole
    for name, nodes in defs.items():
        for node in nodes if name not in kept else []:
            node.body = [ast.Pass()]
    return ast.unparse(tree)


def _is_main_guard(node: ast.stmt) -> bool:
    """Whether a statement is ``if __name__ == '__main__':`` (either way round)."""
    if not isinstance(node, ast.If) or not isinstance(node.test, ast.Compare) or len(node.test.ops) != 1 \
            or not isinstance(node.test.ops[0], ast.Eq):
        return False
    sides = [node.test.left, *node.test.comparators]
    return any(isinstance(n, ast.Name) and n.id == "__name__" for n in sides) and any(
        isinstance(n, ast.Constant) and n.value == "__main__" for n in sides)


def _without_main(tree: ast.Module) -> ast.Module:
    """The module with each top-level ``if __name__ == '__main__':`` left out: an import does not run its body
    (its ``else`` runs, and is kept in its place). A module that sets its own ``__name__`` (``__name__ =
    '__main__'``, ``globals()['__name__']``) is kept whole."""
    if any((isinstance(n, ast.Name) and n.id == "__name__" and not isinstance(n.ctx, ast.Load))
           or (isinstance(n, ast.Constant) and n.value == "__name__") for n in ast.walk(tree)):
        return tree
    tree.body = [stmt for node in tree.body
                 for stmt in (node.orelse if isinstance(node, ast.If) and _is_main_guard(node) else [node])]
    return tree


def as_imported(text: str) -> str:
    """A module's code as an import runs it and any of its functions may then be called: all of it but the
    body of its ``if __name__ == '__main__':``."""
    try:
        return ast.unparse(_without_main(ast.parse(text)))
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return text


def _by_name(node: ast.AST) -> bool:
    """Whether code reaches names by a computed one (``globals()``, ``vars(m)``, ``sys.modules``, ``__dict__``)."""
    return (isinstance(node, ast.Name) and node.id in _BY_NAME) or (
        isinstance(node, ast.Attribute) and node.attr in ("modules", "__dict__"))


def _none(path: str) -> str | None:
    return None


def _flag(kw: dict[str, ast.expr], name: str, value: bool) -> bool:
    """True when the keyword argument ``name`` is the constant ``value``."""
    node = kw.get(name)
    return isinstance(node, ast.Constant) and node.value is value
