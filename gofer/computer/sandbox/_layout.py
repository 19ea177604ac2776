"""What a bubblewrap sandbox sees: the read-only system, gofer's Python relocated, a few generated /etc files.

gofer's virtual environment (so the kernel has pandas, numpy, matplotlib and the rest) and the Python it was
made from are bound read-only under ``/opt/gofer`` rather than at their host paths, which often lie in a home
folder (``/root/.pyenv``) that must stay invisible. A generated ``pyvenv.cfg`` makes the relocated venv
work; it enables "system site packages" only so that pip may install into the session's own user site,
``/workspace/.gofer/python``.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["INSIDE_PYTHON", "SESSION_PY", "Layout", "python_layout"]

OPT = "/opt/gofer"
INSIDE_PYTHON = f"{OPT}/venv/bin/python3"
"""The Python interpreter processes inside use (gofer's venv, relocated)."""
SESSION_PY = ".gofer/python"
"""The session's own pip install folder (PYTHONUSERBASE), relative to the workspace."""

_SYSTEM_DIRS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
_ETC_FILES = (
    "ld.so.cache",
    "ld.so.conf",
    "ld.so.conf.d",
    "ssl",
    "ca-certificates",
    "fonts",
    "alternatives",
    "localtime",
    "mime.types",
    "protocols",
    "services",
    "os-release",
    "debian_version",
    "magic",
    "magic.mime",
)
"""The only host /etc entries bound inside (no shadow, no passwd, no secrets)."""


@dataclass
class Layout:
    """bwrap arguments for the read-only system and the data of generated files (bound from fds)."""

    args: list[str] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    """Inside path -> content, for ``--ro-bind-data``."""
    env: dict[str, str] = field(default_factory=dict)


def python_version() -> str:
    """This interpreter's major.minor version (``3.13``)."""
    return f"{sys.version_info.major}.{sys.version_info.minor}"


def python_layout(layout: Layout) -> None:
    """Bind gofer's venv and its base Python under /opt/gofer and point the interpreter at them."""
    base = Path(sys.base_prefix).resolve()
    venv = Path(sys.prefix).resolve()
    ver = python_version()
    if str(base) in ("/usr", "/usr/local"):
        base_inside = str(base)  # a system Python is already visible read-only
    else:
        base_inside = f"{OPT}/python"
        layout.args += ["--ro-bind", str(base), base_inside]
        layout.env["LD_LIBRARY_PATH"] = f"{base_inside}/lib"
    exe = Path(sys.executable).resolve()
    try:
        exe_inside = f"{base_inside}/{exe.relative_to(base)}"
    except ValueError:
        exe_inside = f"{base_inside}/bin/python{ver}"
    if venv != base:
        layout.args += ["--ro-bind", str(venv / "lib"), f"{OPT}/venv/lib"]
    layout.args += ["--symlink", exe_inside, f"{OPT}/venv/bin/python3"]
    layout.args += ["--symlink", "python3", f"{OPT}/venv/bin/python"]
    layout.files[f"{OPT}/venv/pyvenv.cfg"] = (
        f"home = {Path(exe_inside).parent}\ninclude-system-site-packages = true\n"
        f"version = {sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}\n"
    ).encode()
    pip = f'#!/bin/sh\nexec {INSIDE_PYTHON} -m pip "$@"\n'.encode()
    for name in ("pip", "pip3", f"pip{ver}"):
        layout.files[f"{OPT}/venv/bin/{name}"] = pip
    layout.args += ["--symlink", "python3", f"{OPT}/venv/bin/python{ver}"]


def system_layout(uid: int, hostname: str, *, resolv: str | None) -> Layout:
    """The read-only system, /etc with only the needed files, and generated passwd/group/hosts."""
    layout = Layout()
    for d in _SYSTEM_DIRS:
        p = Path(d)
        if p.is_symlink():
            layout.args += ["--symlink", os.readlink(p), d]
        elif p.is_dir():
            layout.args += ["--ro-bind", d, d]
    for name in _ETC_FILES:
        p = Path("/etc") / name
        if p.exists():
            layout.args += ["--ro-bind", str(p), str(p)]
    layout.files["/etc/passwd"] = (
        f"root:x:0:0:root:/nonexistent:/usr/sbin/nologin\nuser:x:{uid}:{uid}:gofer:/home/user:/bin/bash\n"
        "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
    ).encode()
    layout.files["/etc/group"] = f"root:x:0:\nuser:x:{uid}:\nnogroup:x:65534:\n".encode()
    layout.files["/etc/hosts"] = f"127.0.0.1 localhost {hostname}\n::1 localhost\n".encode()
    layout.files["/etc/hostname"] = f"{hostname}\n".encode()
    layout.files["/etc/nsswitch.conf"] = b"passwd: files\ngroup: files\nhosts: files dns\n"
    if resolv is not None:
        layout.files["/etc/resolv.conf"] = resolv.encode()
    python_layout(layout)
    return layout
