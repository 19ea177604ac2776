"""The session workspace as host-side code sees it: safe path resolution, reads, writes and artifacts.

Everything in the workspace is agent-controlled and so hostile to the host. Paths are resolved beneath the
workspace root, and every component is opened with ``O_NOFOLLOW`` relative to its parent directory, so a
symlink planted in the workspace can never lead host-side code outside it, even if it is swapped in between
the check and the open.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import mimetypes
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from gofer.events import Artifact

__all__ = ["WORKSPACE_MOUNT", "Workspace", "WorkspaceError", "tree_usage"]

WORKSPACE_MOUNT = "/workspace"
"""Where the workspace appears inside the sandbox; paths starting with it are accepted too."""

_SKIP_DIRS = {".gofer", "__pycache__", ".ipynb_checkpoints", ".git", ".venv", "node_modules"}


class WorkspaceError(Exception):
    """A path that is not inside the workspace, or that cannot be used as asked."""


class Workspace:
    """A directory owned by one session; the only place host-side file tools read and write."""

    def __init__(self, root: Path | str) -> None:
        root = Path(root).expanduser()
        root.mkdir(parents=True, exist_ok=True)
        self.root = root.resolve()

    def __repr__(self) -> str:
        return f"Workspace({str(self.root)!r})"

    def relative(self, path: str) -> PurePosixPath:
        """Normalise a path given by the model to a relative path inside the workspace, or raise."""
        if "\x00" in path:
            raise WorkspaceError("path contains a NUL byte")
        p = path.strip()
        if p == WORKSPACE_MOUNT or p.startswith(WORKSPACE_MOUNT + "/"):
            p = p[len(WORKSPACE_MOUNT) :].lstrip("/")
        elif p.startswith("/"):
            root = str(self.root)
            if p == root or p.startswith(root + "/"):
                p = p[len(root) :].lstrip("/")
            else:
                raise WorkspaceError(f"{path!r} is outside the workspace (use a path relative to it)")
        parts: list[str] = []
        for part in PurePosixPath(p or ".").parts:
            if part in ("", "."):
                continue
            if part == "..":
                if not parts:
                    raise WorkspaceError(f"{path!r} leads outside the workspace")
                parts.pop()
                continue
            parts.append(part)
        return PurePosixPath(*parts) if parts else PurePosixPath(".")

    def host_path(self, path: str) -> Path:
        """The host path for a workspace path (lexically checked; use the open helpers to touch it)."""
        rel = self.relative(path)
        return self.root if str(rel) == "." else self.root / rel

    @contextmanager
    def _parent_fd(self, rel: PurePosixPath, *, create: bool = False) -> Iterator[int]:
        """A directory fd for the parent of ``rel``, reached without following any symlink."""
        with self._folder_fd(rel.parts[:-1], rel, create=create) as fd:
            yield fd

    @contextmanager
    def _folder_fd(self, parts: tuple[str, ...], rel: PurePosixPath, *, create: bool = False) -> Iterator[int]:
        """A directory fd for the folder ``parts`` below the root, reached without following any symlink."""
        fd = os.open(self.root, os.O_RDONLY | os.O_DIRECTORY)
        try:
            for part in parts:
                try:
                    nfd = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
                except FileNotFoundError:
                    if not create:
                        raise
                    os.mkdir(part, 0o755, dir_fd=fd)
                    nfd = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
                except OSError as exc:
                    if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                        raise WorkspaceError(f"{part!r} in {str(rel)!r} is a symlink or not a folder") from None
                    raise
                os.close(fd)
                fd = nfd
            yield fd
        finally:
            os.close(fd)

    def _open(self, path: str, flags: int, *, create_parents: bool = False) -> tuple[int, PurePosixPath]:
        rel = self.relative(path)
        if str(rel) == ".":
            raise WorkspaceError("the workspace root is a folder, not a file")
        with self._parent_fd(rel, create=create_parents) as dfd:
            try:
                # O_NONBLOCK: opening a FIFO planted in the workspace would otherwise wait for a peer forever
                fd = os.open(rel.name, flags | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK, 0o644, dir_fd=dfd)
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    raise WorkspaceError(f"{path!r} is a symlink; host-side tools do not follow links") from None
                if exc.errno == errno.ENOENT:
                    raise WorkspaceError(f"{path!r} does not exist") from None
                if exc.errno == errno.EISDIR:
                    raise WorkspaceError(f"{path!r} is a folder, not a file") from None
                if exc.errno == errno.ENXIO:  # a FIFO with no reader, or a socket
                    raise WorkspaceError(f"{path!r} is not a regular file") from None
                raise
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            os.close(fd)
            raise WorkspaceError(f"{path!r} is not a regular file")
        os.set_blocking(fd, True)
        return fd, rel

    def read_bytes(self, path: str, *, limit: int | None = None) -> bytes:
        """Read a file inside the workspace (at most ``limit`` bytes)."""
        fd, _ = self._open(path, os.O_RDONLY)
        with os.fdopen(fd, "rb") as f:
            return f.read(limit) if limit is not None else f.read()

    def read_text(self, path: str, *, limit: int | None = None) -> str:
        """Read a text file inside the workspace, replacing undecodable bytes."""
        return self.read_bytes(path, limit=limit).decode("utf-8", errors="replace")

    def open_binary(self, path: str) -> BinaryIO:
        """Open a regular file inside the workspace for reading in binary (the caller closes it)."""
        fd, _ = self._open(path, os.O_RDONLY)
        return os.fdopen(fd, "rb")

    def write_bytes(self, path: str, data: bytes) -> PurePosixPath:
        """Write a file inside the workspace, creating parent folders; returns its relative path. A file that has
        other names too (a hard link, which code in the sandbox can make between the guard's judgement and this
        write) is replaced by a new file under this name, so the content under its other names stays."""
        fd, rel = self._open(path, os.O_WRONLY | os.O_CREAT, create_parents=True)
        if os.fstat(fd).st_nlink > 1:
            os.close(fd)
            self._replace(rel, data)
            return rel
        with os.fdopen(fd, "wb") as f:
            f.truncate(0)
            f.write(data)
        return rel

    def _replace(self, rel: PurePosixPath, data: bytes) -> None:
        """Write ``data`` to a new file and rename it over ``rel``."""
        with self._parent_fd(rel) as dfd:
            temp = f".{rel.name}.gofer-{os.getpid()}-{secrets.token_hex(4)}"
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644, dir_fd=dfd)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                os.rename(temp, rel.name, src_dir_fd=dfd, dst_dir_fd=dfd)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp, dir_fd=dfd)
                raise

    def write_text(self, path: str, text: str) -> PurePosixPath:
        """Write a UTF-8 text file inside the workspace, creating parent folders."""
        return self.write_bytes(path, text.encode("utf-8"))

    def exists(self, path: str) -> bool:
        """Whether a regular file exists at this workspace path (without following links)."""
        try:
            fd, _ = self._open(path, os.O_RDONLY)
        except (WorkspaceError, OSError):
            return False
        os.close(fd)
        return True

    def artifact(self, path: str) -> Artifact:
        """Describe a workspace file: relative path, size, MIME type and sha256 (never following links)."""
        fd, rel = self._open(path, os.O_RDONLY)
        digest = hashlib.sha256()
        size = 0
        with os.fdopen(fd, "rb") as f:
            while chunk := f.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
        mime = mimetypes.guess_type(rel.name)[0] or "application/octet-stream"
        return Artifact(path=str(rel), size=size, mime=mime, sha256=digest.hexdigest())

    def _dir_fd(self, rel: PurePosixPath) -> int:
        """A directory fd for ``rel``, reached without following any symlink (the caller closes it)."""
        if str(rel) == ".":
            return os.open(self.root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        with self._parent_fd(rel) as dfd:
            return os.open(rel.name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=dfd)

    def listing(self, path: str = ".", *, max_entries: int = 500) -> list[tuple[str, int | None]]:
        """Entries below a workspace folder as (relative path, size or None for folders), links skipped.

        The folder is reached and walked by directory fds without following a symlink, so a link planted
        anywhere on the way (``ln -s / host``, then listing ``host/etc``) never lists the host's files."""
        rel = self.relative(path)
        try:
            top = self._dir_fd(rel)
        except (WorkspaceError, OSError):
            raise WorkspaceError(f"{path!r} is not a folder in the workspace") from None
        prefix = "" if str(rel) == "." else f"{rel}/"
        out: list[tuple[str, int | None]] = []
        try:
            for dirpath, dirnames, filenames, dfd in os.fwalk(".", dir_fd=top, follow_symlinks=False):
                sub = os.path.normpath(dirpath)
                here = prefix if sub == "." else f"{prefix}{sub}/"
                folders: list[str] = []
                for d in sorted(dirnames):
                    with contextlib.suppress(OSError):
                        if d not in _SKIP_DIRS and stat.S_ISDIR(os.stat(d, dir_fd=dfd, follow_symlinks=False).st_mode):
                            folders.append(d)
                            out.append((f"{here}{d}/", None))
                dirnames[:] = folders
                for name in sorted(filenames):
                    try:
                        st = os.stat(name, dir_fd=dfd, follow_symlinks=False)
                    except OSError:
                        continue
                    if stat.S_ISREG(st.st_mode):
                        out.append((f"{here}{name}", st.st_size))
                if len(out) >= max_entries:
                    break
        finally:
            os.close(top)
        return sorted(out)[:max_entries]

    def fingerprint(self) -> dict[str, tuple[int, int, int]]:
        """(mtime_ns, size, inode) of every regular file, to tell which files an action made, changed or moved (a
        moved file keeps its inode, whatever the command did to it after the move)."""
        marks: dict[str, tuple[int, int, int]] = {}
        for dirpath, dirnames, filenames in os.walk(self.root, followlinks=False):
            dirnames[:] = [d for d in dirnames if d not in _SKIP_DIRS]
            for name in filenames:
                p = os.path.join(dirpath, name)
                try:
                    st = os.lstat(p)
                except OSError:
                    continue
                if stat.S_ISREG(st.st_mode):
                    marks[os.path.relpath(p, self.root)] = (st.st_mtime_ns, st.st_size, st.st_ino)
        return marks

    def usage(self, sparse: dict[tuple[int, int], int] | None = None, holes: int | None = 1024 * 1024) -> int:
        """Bytes the workspace takes: each file and folder (every one, .git and .venv included; links not
        followed) counted at the larger of its size and the blocks it holds. The size, not the blocks, for a
        sparse file (``truncate -s``, a seek past the end): that is what RLIMIT_FSIZE bounds, what its holes
        take once written, and blocks a file system allocates late, after the write returned, would make a
        finished write look like one still going on. The blocks for small files and folders, which take a
        whole block each (4 kB for a 1-byte file), so many of them cannot fill the disk unseen. Files with more
        than ``holes`` bytes of holes (every file for None) are noted in ``sparse`` when given (see ``tree_usage``)."""
        return tree_usage(self.root, sparse, holes)

    def changed_since(self, before: dict[str, tuple[int, int, int]]) -> list[Artifact]:
        """Artifacts for files created or modified since ``before`` was taken."""
        out: list[Artifact] = []
        for rel, mark in sorted(self.fingerprint().items()):
            if before.get(rel) != mark:
                try:
                    out.append(self.artifact(rel))
                except (WorkspaceError, OSError):
                    continue
        return out


def tree_usage(root: str | os.PathLike[str], sparse: dict[tuple[int, int], int] | None = None,
               holes: int | None = 1024 * 1024) -> int:
    """Bytes a folder takes, counted as ``Workspace.usage`` counts them; each file with more than ``holes`` bytes of
    holes (every regular file for None) is noted in ``sparse`` (by device and inode) with its size, when given."""
    total = 0
    for dirpath, _dirnames, filenames in os.walk(root, followlinks=False):
        for path in (dirpath, *(os.path.join(dirpath, name) for name in filenames)):
            try:
                st = os.lstat(path)
            except OSError:
                continue
            total += max(st.st_size, st.st_blocks * 512)
            noted = stat.S_ISREG(st.st_mode) if holes is None else st.st_size - st.st_blocks * 512 > holes
            if sparse is not None and noted:
                sparse[(st.st_dev, st.st_ino)] = st.st_size
    return total
