"""The workspace files perl and ruby load beside the code they run: modules a command names (perl ``-MMod``/``-mMod``,
ruby ``-rlib``/``-r ./file``), those the code ``use``s or ``require``s, files it runs with perl's ``do FILE``/
``require FILE`` or ruby's ``load``/``require_relative``. A module is looked for in the folders the command or the
code names (``-I``, ``PERL5LIB``, ``RUBYLIB``, ``-Mlib=``, ``use lib``) and in the workspace's ``.`` and ``lib``
(an earlier command may have exported a load path). Each file found is judged by its words as a script run is, and
the files it loads in turn; a file loaded by a name computed at run time, one this command writes or one in a folder
outside the workspace asks."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from typing import NamedTuple, Protocol

__all__ = ["judge_loads"]

MAX_LOADS = 50
"""The workspace files followed from one command (a judge stops there, as for pytest's plugins)."""
_SYSTEM = ("/usr/", "/etc/", "/opt/", "/var/lib/")
_STRINGS = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|#[^\n]*")
_PERL_USE = re.compile(r"(?:^|[;{}\n])\s*(?:use|no|require)\s+(?P<name>[A-Za-z_]\w*(?:::\w+)*)\s*(?P<rest>[^;]*)")
_PERL_FILE = re.compile(r"(?<![\w$@%&>-])(?:do|require)\s*\(?\s*(?P<q>['\"])(?P<path>[^'\"\n]+)(?P=q)")
_PERL_COMPUTED = re.compile(r"(?<![\w$@%&>-])(?:do|require)\s*\(?\s*[$@&]")
_RUBY_FILE = re.compile(r"(?<![\w.:$@])(?:(?:Kernel\s*\.\s*)?(?P<how>load|require_relative|require))\s*\(?\s*"
                        r"(?P<q>['\"])(?P<path>[^'\"\n#]+)(?P=q)")
_RUBY_COMPUTED = re.compile(
    r"(?<![\w.:$@])(?<!def\s)(?:Kernel\s*\.\s*)?(?:load|require_relative|require)\s*\(?\s*[\w$@:]")
_QUOTED = re.compile(r"(?P<q>['\"])(?P<text>[^'\"]*)(?P=q)|qw\s*[(\[{/](?P<words>[^)\]}/]*)")


class LoadEnv(Protocol):
    """What judging loaded files needs from the shell judge."""

    @property
    def read(self) -> Callable[[str], str | None]: ...

    @property
    def command(self) -> str: ...

    @property
    def written(self) -> set[str]: ...


class _Load(NamedTuple):
    name: str
    """The module or file as the code names it."""
    paths: list[str]
    """Where it may be found (workspace paths, or absolute ones outside it); empty when its name is computed."""


def judge_loads(language: str, args: list[str], code: str | None, where: str, env: LoadEnv,
                words: Callable[[str], str | None]) -> list[str]:
    """Reasons for the workspace files ``language`` (perl or ruby) loads when it runs ``code`` (found at
    ``where``, a workspace path, or inline) with the options ``args``: each is judged by ``words`` (the line of its
    text that may delete, write, run or send, or None), and the files it loads in turn."""
    if language not in ("perl", "ruby"):
        return []
    dirs = _dirs(language, args, env.command)
    reasons = [f"{language} loads modules from {d}, outside the workspace, which cannot be judged"
               for d in dirs if d.startswith("/") and not d.startswith(_SYSTEM)]
    loads = _arg_loads(language, args, dirs)
    pending: list[tuple[str, str]] = [(where, code or "")]
    seen: set[str] = set()
    while pending or loads:
        if pending:
            here, text = pending.pop()
            dirs = list(dict.fromkeys(dirs + _code_dirs(language, text)))
            loads += _code_loads(language, text, here, dirs)
            continue
        load = loads.pop(0)
        if not load.paths:
            reasons.append(f"{language} loads a file whose name is computed at run time ({load.name[:40]})")
            continue
        for path in load.paths:
            if path in seen or len(seen) >= MAX_LOADS:
                continue
            if path in env.written:
                reasons.append(f"{language} loads {path}, which this command writes before it runs")
                seen.add(path)
                continue
            found = None if path.startswith("/") else env.read(path)
            if found is None:
                continue  # not there: a standard or installed module
            seen.add(path)
            risky = words(found)
            if risky:
                reasons.append(f"{language} loads {path}, whose code may delete, write, run or send ({risky})")
            pending.append((path, found))
    if len(seen) >= MAX_LOADS:
        reasons.append(f"{language} loads more workspace files than can be judged")
    return list(dict.fromkeys(reasons))


def _dirs(language: str, args: list[str], command: str) -> list[str]:
    """The folders the command names for modules, then the workspace's ``.`` and ``lib``."""
    found: list[str] = []
    for i, a in enumerate(args):
        if a == "-I" and i + 1 < len(args):
            found.append(args[i + 1])
        elif a.startswith("-I") and len(a) > 2:
            found.append(a[2:])
        elif language == "perl" and a.startswith("-Mlib="):
            found += a.split("=", 1)[1].split(",")
    names = ("PERL5LIB", "PERLLIB") if language == "perl" else ("RUBYLIB",)
    for m in re.finditer(rf"\b(?:{'|'.join(names)})=(?P<q>['\"]?)(?P<value>[^\s'\";|&]*)(?P=q)", command):
        found += m.group("value").split(":")
    return [_norm(d) for d in dict.fromkeys([*found, ".", "lib"]) if d]


def _norm(folder: str) -> str:
    if folder.startswith("/workspace/") or folder == "/workspace":
        folder = folder.removeprefix("/workspace").lstrip("/") or "."
    return folder if folder.startswith("/") else (posixpath.normpath(folder) if folder else ".")


def _in(folder: str, name: str) -> str:
    path = posixpath.normpath(posixpath.join(folder, name))
    return path if path.startswith("/") or not path.startswith("../") else "/" + path  # outside: never read


def _arg_loads(language: str, args: list[str], dirs: list[str]) -> list[_Load]:
    loads: list[_Load] = []
    for i, a in enumerate(args):
        if language == "perl" and re.match(r"-[Mm]-?[A-Za-z_]", a):
            module = re.match(r"[\w:]+", a[2:].lstrip("-"))
            if module and module.group(0) != "lib":
                loads.append(_module(module.group(0), dirs))
        elif language == "ruby" and (a == "-r" or (a.startswith("-r") and len(a) > 2)):
            name = a[2:] if len(a) > 2 else (args[i + 1] if i + 1 < len(args) else "")
            if name:
                loads.append(_ruby_lib(name, "", dirs))
    return loads


def _module(name: str, dirs: list[str]) -> _Load:
    rel = name.replace("::", "/") + ".pm"
    return _Load(name, [_in(d, rel) for d in dirs])


def _ruby_lib(name: str, here: str, dirs: list[str]) -> _Load:
    rel = name if name.endswith((".rb", ".so")) else f"{name}.rb"
    if rel.startswith(("./", "../", "/")):
        return _Load(name, [_norm(rel) if rel.startswith("/") else _in(here, rel)])
    return _Load(name, [_in(d, rel) for d in dirs])


def _code_dirs(language: str, text: str) -> list[str]:
    """The folders ``use lib`` adds (perl)."""
    if language != "perl":
        return []
    found: list[str] = []
    for m in _PERL_USE.finditer(text):
        if m.group("name") == "lib":
            for q in _QUOTED.finditer(m.group("rest")):
                found += (q.group("words") or "").split() if q.group("words") is not None else [q.group("text")]
    return [_norm(d) for d in found if d]


def _code_loads(language: str, text: str, here: str, dirs: list[str]) -> list[_Load]:
    """The modules and files ``text`` (a workspace file at ``here``, or inline code) loads."""
    folder = posixpath.dirname(here)
    bare = _STRINGS.sub(lambda m: m.group(0)[:1] + " " * (len(m.group(0)) - 2) + m.group(0)[-1:]
                        if m.group(0)[:1] in "'\"" else " " * len(m.group(0)), text)
    loads: list[_Load] = []
    if language == "perl":
        loads += [_module(m.group("name"), dirs) for m in _PERL_USE.finditer(bare) if m.group("name") != "lib"]
        for m in _PERL_FILE.finditer(text):
            path = m.group("path")
            near = path.startswith(("./", "../", "/"))
            loads.append(_Load(path, [_in(".", path) if not path.startswith("/") else _norm(path)] if near else
                               [_in(d, path) for d in dirs]))
        loads += [_Load(m.group(0).strip(), []) for m in _PERL_COMPUTED.finditer(bare)]
    else:
        for m in _RUBY_FILE.finditer(text):
            path = m.group("path")
            if m.group("how") == "require_relative":
                loads.append(_Load(path, [_in(folder or ".", path if path.endswith(".rb") else f"{path}.rb")]))
            elif m.group("how") == "load":
                loads.append(_Load(path, [_norm(path) if path.startswith("/") else _in(".", path)]))
            else:
                loads.append(_ruby_lib(path, ".", dirs))
        loads += [_Load(m.group(0).strip(), []) for m in _RUBY_COMPUTED.finditer(bare)]
    return loads
