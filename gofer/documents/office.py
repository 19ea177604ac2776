"""LibreOffice headless, when installed: format conversion (docx/pptx/xlsx to pdf, xlsx recalculation).

The input is agent-controlled, so LibreOffice runs on a private copy in a temporary folder and, where
bubblewrap works, inside a throw-away sandbox: no network, an unprivileged uid, only ``/usr``, fonts and
the job folder visible.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

__all__ = ["OfficeError", "convert", "libreoffice_path", "pdf_to_png"]

_PASSWD = "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/tmp:/bin/sh\n"
_GROUP = "root:x:0:\nnogroup:x:65534:\n"


class OfficeError(Exception):
    """LibreOffice or poppler could not convert a file."""


@functools.cache
def libreoffice_path() -> str | None:
    """The ``soffice`` executable, or None when LibreOffice is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def _bwrap_prefix(job: Path) -> list[str]:
    etc = job.parent / "etc"
    etc.mkdir(exist_ok=True)
    (etc / "passwd").write_text(_PASSWD)
    (etc / "group").write_text(_GROUP)
    args = [
        "bwrap", "--unshare-all", "--unshare-user", "--uid", "65534", "--gid", "65534",
        "--die-with-parent", "--new-session", "--cap-drop", "ALL",
        "--ro-bind", "/usr", "/usr",
        "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
        "--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin",
        "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
        "--ro-bind", str(etc / "passwd"), "/etc/passwd", "--ro-bind", str(etc / "group"), "/etc/group",
    ]
    for extra in ("/etc/fonts", "/etc/libreoffice", "/etc/ld.so.cache", "/etc/alternatives"):
        if os.path.exists(extra):
            args += ["--ro-bind", extra, extra]
    args += ["--bind", str(job), "/job", "--setenv", "HOME", "/tmp", "--chdir", "/job"]
    return args


@functools.cache
def _bwrap_works() -> bool:
    if shutil.which("bwrap") is None:
        return False
    with tempfile.TemporaryDirectory(prefix="gofer-lo-") as tmp:
        job = Path(tmp) / "job"
        job.mkdir()
        job.chmod(0o777)
        try:
            done = subprocess.run([*_bwrap_prefix(job), "/bin/true"], capture_output=True, timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            return False
        return done.returncode == 0


def _run(
    job: Path, inside: list[str], outside: list[str], timeout: float, what: str
) -> subprocess.CompletedProcess[bytes]:
    """Run a converter over the job folder: in the sandbox (``/job``) when bubblewrap works, else directly."""
    if _bwrap_works():
        cmd = [*_bwrap_prefix(job), *inside]
        env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    else:
        home = job.parent / "home"
        home.mkdir(exist_ok=True)
        cmd = outside
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8"}
    try:
        return subprocess.run(cmd, capture_output=True, timeout=timeout, env=env, start_new_session=True)
    except subprocess.TimeoutExpired:
        raise OfficeError(f"{what} took longer than {timeout:.0f} s") from None


def _job(tmp: str, name: str, data: bytes) -> Path:
    job = Path(tmp) / "job"
    job.mkdir()
    (job / "out").mkdir()
    for folder in (job, job / "out"):
        folder.chmod(0o777)
    (job / name).write_bytes(data)
    return job


def convert(data: bytes, filename: str, target: str, *, timeout: float = 90.0) -> bytes:
    """Convert a document's bytes with LibreOffice headless (``target`` like "pdf" or "xlsx")."""
    soffice = libreoffice_path()
    if soffice is None:
        raise OfficeError("LibreOffice is not installed")
    name = Path(filename).name or "input"
    with tempfile.TemporaryDirectory(prefix="gofer-lo-") as tmp:
        job = _job(tmp, name, data)
        lo_args = ["--headless", "--norestore", "--nologo", "--convert-to", target, "--outdir"]
        done = _run(job, ["soffice", *lo_args, "/job/out", f"/job/{name}"],
                    [soffice, *lo_args, str(job / "out"), str(job / name)], timeout, f"LibreOffice converting {name}")
        ext = target.split(":", 1)[0]
        outs = [p for p in (job / "out").iterdir() if p.suffix.lower() == "." + ext and not p.is_symlink()]
        if not outs:
            tail = done.stderr.decode(errors="replace").strip().splitlines()[-1:]
            raise OfficeError(f"LibreOffice could not convert {name} to {ext}: {' '.join(tail) or 'no output'}")
        return outs[0].read_bytes()


def pdf_to_png(pdf: bytes, *, page: int = 1, dpi: int = 80, timeout: float = 60.0) -> bytes:
    """Render one page of a PDF to PNG with poppler's ``pdftoppm`` (sandboxed like LibreOffice)."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise OfficeError("pdftoppm (poppler-utils) is not installed")
    with tempfile.TemporaryDirectory(prefix="gofer-pdf-") as tmp:
        job = _job(tmp, "in.pdf", pdf)
        args = ["-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile"]
        done = _run(job, ["pdftoppm", *args, "/job/in.pdf", "/job/out/page"],
                    [exe, *args, str(job / "in.pdf"), str(job / "out" / "page")], timeout, "pdftoppm")
        out = job / "out" / "page.png"
        if done.returncode != 0 or not out.exists() or out.is_symlink():
            raise OfficeError(f"pdftoppm failed: {done.stderr.decode(errors='replace').strip()[:200]}")
        return out.read_bytes()
