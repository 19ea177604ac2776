"""Judging the extraction of an archive (``tar x``, ``bsdtar``, ``unzip``, ``7z x``, Python's ``extractall`` and
``unpack_archive``): it is consequential when a member would land on a file the user already has.

The member list is read on the host without extracting anything: the file is opened with the workspace's
no-follow opens, and the work is bounded (members counted, decompressed bytes capped). An archive that cannot be
listed (piped in, not yet written, too large, a format only its own tools read, members or links that leave
its folder) asks whenever its target folder already exists.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import re
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import IO, cast

from gofer.computer.workspace import Workspace, WorkspaceError

__all__ = ["ArchiveReader", "Extraction", "Members", "collisions", "destinations", "judge_extraction", "list_members",
           "member_text", "no_members", "parse_extraction", "python_extraction"]

MAX_MEMBERS = 20_000
MAX_SCAN = 128 * 2**20
"""Decompressed bytes read at most to list a compressed tar (its headers sit between the members' data)."""
MAX_INDEX = 16 * 2**20
"""The largest zip central directory read."""
MAX_TEXT = 64 * 2**10
"""The largest member whose text is read (a ``.git/config`` an extraction adds)."""

Members = Callable[[str], list[str] | str]
"""``members(path)``: the files a workspace archive extracts (paths inside it), or why they cannot be listed. A
``members`` with a ``text(path, member)`` attribute (:class:`ArchiveReader`) also gives a member's text."""
Kind = Callable[[str], str | None]


def no_members(path: str) -> list[str] | str:
    return "its members cannot be listed here"


class _Unlisted(Exception):
    """Why an archive's members are not listed."""


def list_members(root: Path, path: str) -> list[str] | str:
    """The non-folder members of a workspace archive (tar, compressed tar or zip), or the reason they are
    not listed; never extracts, never follows a link, reads a bounded amount."""
    try:
        f = Workspace(root).open_binary(path)
    except (WorkspaceError, OSError):
        return "it cannot be read before it runs (missing, a link or not a regular file)"
    with f:
        try:
            head = f.read(512)
            f.seek(0)
            if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
                return _normalise(_zip_entries(f))
            return _normalise(_tar_entries(f, head))
        except _Unlisted as exc:
            return str(exc)
        except (tarfile.TarError, zipfile.BadZipFile, OSError, EOFError, lzma.LZMAError, zlib.error, ValueError):
            return "it cannot be read as a tar or zip archive"


class ArchiveReader:
    """The :data:`Members` of a workspace's archives (:func:`list_members`) that also reads a member's text
    (:func:`member_text`): an extraction's inert ``.git/config`` is told from one that sets a command."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def __call__(self, path: str) -> list[str] | str:
        return list_members(self.root, path)

    def text(self, path: str, member: str) -> str | None:
        """The text of the member of ``path`` that extracts to ``member``, or None (:func:`member_text`)."""
        return member_text(self.root, path, member)


def member_text(root: Path, path: str, member: str) -> str | None:
    """The UTF-8 text of the one regular file of a workspace archive that extracts to ``member`` (a name as
    :func:`list_members` gives it); None when the archive cannot be read, the member is missing, a link, larger than
    ``MAX_TEXT``, not text, or held more than once (the last copy would win)."""
    try:
        f = Workspace(root).open_binary(path)
    except (WorkspaceError, OSError):
        return None
    with f:
        try:
            head = f.read(512)
            f.seek(0)
            found = _zip_text(f, member) if head.startswith((b"PK\x03\x04", b"PK\x05\x06")) else _tar_text(
                f, head, member)
            return found.decode("utf-8") if found is not None else None
        except (_Unlisted, tarfile.TarError, zipfile.BadZipFile, OSError, EOFError, lzma.LZMAError, zlib.error,
                ValueError, RuntimeError, NotImplementedError):  # RuntimeError: an encrypted zip member
            return None


def _extracted_name(name: str) -> str:
    return "/".join(p for p in name.split("/") if p not in ("", "."))


def _zip_text(f: IO[bytes], member: str) -> bytes | None:
    _zip_entries(f)  # the same bounds as listing
    f.seek(0)
    with zipfile.ZipFile(f) as z:
        infos = [i for i in z.infolist() if _extracted_name(i.filename) == member]
        if len(infos) != 1 or infos[0].is_dir() or stat.S_ISLNK(infos[0].external_attr >> 16):
            return None
        if infos[0].file_size > MAX_TEXT:
            return None
        with z.open(infos[0]) as body:
            data = body.read(MAX_TEXT + 1)
    return data if len(data) <= MAX_TEXT else None


def _tar_text(f: IO[bytes], head: bytes, member: str) -> bytes | None:
    found: list[bytes | None] = []
    with _open_tar(f, head) as tar:
        for n, info in enumerate(tar):
            if n >= MAX_MEMBERS:
                return None
            if _extracted_name(info.name) != member:
                continue
            body = tar.extractfile(info) if info.isreg() and info.size <= MAX_TEXT else None
            found.append(body.read(MAX_TEXT + 1) if body is not None else None)
    return found[0] if len(found) == 1 else None


def _zip_entries(f: IO[bytes]) -> list[tuple[str, str, str]]:
    size = f.seek(0, 2)
    f.seek(max(0, size - 65_557))
    tail = f.read()
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or len(tail) < end + 22:
        raise zipfile.BadZipFile
    count, index = int.from_bytes(tail[end + 10 : end + 12], "little"), int.from_bytes(tail[end + 12 : end + 16],
                                                                                        "little")
    if count > MAX_MEMBERS or index > MAX_INDEX:  # 0xFFFF / 0xFFFFFFFF mark a ZIP64 archive, larger still
        raise _Unlisted(f"it has too many members to list (more than {MAX_MEMBERS})")
    f.seek(0)
    entries = []
    with zipfile.ZipFile(f) as z:
        for info in z.infolist():
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                target = z.read(info).decode("utf-8", "replace") if info.file_size <= 4096 else "/"
                entries.append((info.filename, "l", target))
            else:
                entries.append((info.filename, "d" if info.is_dir() else "f", ""))
    return entries


_COMPRESSED: dict[bytes, Callable[[IO[bytes]], io.BufferedIOBase]] = {  # the caller closes the file below
    b"\x1f\x8b": lambda f: gzip.GzipFile(fileobj=f),
    b"BZh": lambda f: bz2.BZ2File(f),
    b"\xfd7zXZ\x00": lambda f: lzma.LZMAFile(f),  # noqa: SIM115
}
_OTHER_FORMATS = (b"\x28\xb5\x2f\xfd", b"7z\xbc\xaf\x27\x1c", b"Rar!")


def _open_tar(f: IO[bytes], head: bytes) -> tarfile.TarFile:
    opener = next((o for magic, o in _COMPRESSED.items() if head.startswith(magic)), None)
    if head.startswith(_OTHER_FORMATS):
        raise _Unlisted("it is in a format (zstd, 7z or rar) that is not listed here")
    if opener is None:  # seeks over the members' data
        return tarfile.open(fileobj=cast(IO[bytes], _Bounded(f)), mode="r:")
    return tarfile.open(fileobj=cast(IO[bytes], _Bounded(opener(f))), mode="r|")  # reads through: MAX_SCAN bounds it


def _tar_entries(f: IO[bytes], head: bytes) -> list[tuple[str, str, str]]:
    entries = []
    with _open_tar(f, head) as tar:
        for n, info in enumerate(tar):
            if n >= MAX_MEMBERS:
                raise _Unlisted(f"it has too many members to list (more than {MAX_MEMBERS})")
            kind = "d" if info.isdir() else "l" if info.issym() else "h" if info.islnk() else "f"
            entries.append((info.name, kind, info.linkname))
    return entries


class _Bounded:
    """A reader that gives up once ``MAX_SCAN`` bytes have been read (seeking costs nothing)."""

    def __init__(self, raw: IO[bytes] | io.BufferedIOBase) -> None:
        self.raw, self.used = raw, 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size if size >= 0 else MAX_SCAN + 1 - self.used)
        self.used += len(data)
        if self.used > MAX_SCAN:
            raise _Unlisted(f"listing it would read more than {MAX_SCAN >> 20} MiB")
        return data

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.raw.seek(offset, whence)

    def tell(self) -> int:
        return self.raw.tell()


def _normalise(entries: list[tuple[str, str, str]]) -> list[str]:
    """Member paths as extraction writes them (leading ``/`` and ``./`` dropped), folders left out; raises for
    a member or link that leaves the archive's folder, or a member written through a link the archive makes."""
    files: list[str] = []
    links: set[str] = set()
    for name, kind, target in entries:
        rel = _extracted_name(name)
        parts = rel.split("/")
        if ".." in parts:
            raise _Unlisted(f"it has a member outside its folder ({name[:60]})")
        if any("/".join(parts[:i]) in links for i in range(1, len(parts))):
            raise _Unlisted(f"it writes {rel[:60]} through a link it makes")
        if kind in "lh" and (target.startswith("/") or ".." in target.split("/")):
            raise _Unlisted(f"it has a link out of its folder ({rel[:40]} -> {target[:40]})")
        if kind == "l":
            links.add(rel)
        if rel and kind != "d":
            files.append(rel)
    return files


def collisions(files: list[str], target: str, kind: Kind, strip: int = 0, only: tuple[str, ...] = ()) -> list[str]:
    """The existing workspace files that extracting these members into the folder ``target`` replaces."""
    known: dict[str, str | None] = {}

    def kind_of(path: str) -> str | None:
        if path not in known:
            known[path] = kind(path)
        return known[path]

    base = target.rstrip("/")
    hits = []
    for name in files:
        parts = name.split("/")[strip:]
        if not parts or (only and not any(_selects(o, "/".join(parts)) for o in only)):
            continue
        paths = ["/".join([base, *parts[:i]]) if base not in ("", ".") else "/".join(parts[:i])
                 for i in range(1, len(parts) + 1)]
        if all(kind_of(p) == "dir" for p in paths[:-1]) and kind_of(paths[-1]) == "file":
            hits.append(paths[-1])
    return hits


def destinations(files: list[str], target: str, strip: int = 0, only: tuple[str, ...] = (),
                 flat: bool = False) -> list[str]:
    """Where extracting these members into the folder ``target`` puts each of them."""
    return [landing for _, landing in _landings(files, target, strip, only, flat)]


def _landings(files: list[str], target: str, strip: int = 0, only: tuple[str, ...] = (),
              flat: bool = False) -> list[tuple[str, str]]:
    """Each member extracted, with where it lands."""
    base = target.rstrip("/")
    found = []
    for name in files:
        parts = name.split("/")[strip:]
        if not parts or (only and not any(_selects(o, "/".join(parts)) for o in only)):
            continue
        rel = parts[-1] if flat else "/".join(parts)
        found.append((name, rel if base in ("", ".") else f"{base}/{rel}"))
    return found


def _selects(pattern: str, name: str) -> bool:
    pattern = pattern.strip("/").removeprefix("./")
    return name == pattern or name.startswith(pattern + "/") or fnmatch(name, pattern)


@dataclass
class Extraction:
    """What an archive command does with the files it names."""

    tool: str
    archive: str = "-"
    """The archive's path; ``-`` for standard input."""
    target: str = "."
    """The folder it extracts into."""
    extracts: bool = True
    """False for a command that writes the archive itself (``tar c``, ``tar r``, ``7z a``)."""
    keeps: bool = False
    """Existing files are kept, never replaced (``tar -k``, ``unzip -n``, ``7z -aos``)."""
    flat: bool = False
    """Members land by their base name (``unzip -j``, ``7z e``)."""
    strip: int = 0
    only: tuple[str, ...] = ()
    renames: str = ""
    """An option that renames members as they are extracted (their names cannot be known)."""
    commands: list[str] = field(default_factory=list)
    """Commands the tool runs itself (``tar --to-command``, ``-I``, ``--checkpoint-action=exec``)."""


_TAR_VALUE = set("fCTXbHKLNVgIF")  # short options that take a value (and bsdtar's -s rename pattern)
_TAR_LONG: dict[str, str] = {"--file": "f", "--directory": "C", "--files-from": "T", "--exclude-from": "X",
                             "--use-compress-program": "I", "--to-command": "cmd", "--info-script": "cmd",
                             "--new-volume-script": "cmd", "--rsh-command": "cmd", "--strip-components": "strip",
                             "--transform": "s", "--xform": "s", "--exclude": "", "--format": "H",
                             "--checkpoint-action": "action", "--blocking-factor": "b", "--label": "V"}


def parse_extraction(name: str, args: list[str]) -> Extraction | None:
    """The archive, target folder and options of a tar, bsdtar, unzip or 7z command; None for anything else
    (listing, testing, extracting to standard output)."""
    if name in ("tar", "gtar", "bsdtar"):
        return _parse_tar(name, args, _TAR_VALUE | ({"s"} if name == "bsdtar" else set()))
    if name == "unzip":
        return _parse_unzip(args)
    if name in ("7z", "7za", "7zr", "7zz"):
        return _parse_7z(name, args)
    return None


def _parse_tar(name: str, args: list[str], takes_value: set[str]) -> Extraction | None:
    ex = Extraction(tool=name)
    letters: set[str] = set()
    values: dict[str, list[str]] = {}
    pending: list[str] = []
    operands: list[str] = []
    words = [f"-{args[0]}", *args[1:]] if args and not args[0].startswith("-") else list(args)
    old_style = bool(args) and not args[0].startswith("-")
    for i, word in enumerate(words):
        if pending:
            values.setdefault(pending.pop(0), []).append(word)
        elif word == "--":
            operands += words[i + 1 :]
            break
        elif word.startswith("--"):
            option, eq, value = word.partition("=")
            letters.add(option)
            key = _TAR_LONG.get(option)
            if key is not None and eq:
                values.setdefault(key, []).append(value)
            elif key is not None:
                pending.append(key)
        elif word.startswith("-") and len(word) > 1:
            cluster = word[1:]
            for j, ch in enumerate(cluster):
                letters.add(ch)
                if ch in takes_value:
                    if cluster[j + 1 :] and not (old_style and i == 0):
                        values.setdefault(ch, []).append(cluster[j + 1 :])
                        break
                    pending.append(ch)
        else:
            operands.append(word)
    ex.commands = values.get("cmd", []) + values.get("I", []) + [
        a.split("=", 1)[1] for a in values.get("action", []) if a.startswith("exec=")]
    ex.archive = values.get("f", ["-"])[-1]
    if "c" in letters or "--create" in letters or letters & {"r", "u", "A", "--append", "--update",
                                                               "--catenate", "--concatenate", "--delete"}:
        ex.extracts = False
        return ex
    if not letters & {"x", "--extract", "--get"} or letters & {"O", "--to-stdout", "t", "--list"}:
        return ex if ex.commands else None
    ex.target = values.get("C", ["."])[-1]
    ex.keeps = bool(letters & {"k", "--keep-old-files", "--skip-old-files"})
    strip = values.get("strip", ["0"])[-1]
    ex.strip = int(strip) if strip.isdigit() else 0
    ex.renames = "--transform" if values.get("s") else ""
    ex.only = tuple(operands)
    return ex


def _parse_unzip(args: list[str]) -> Extraction | None:
    ex = Extraction(tool="unzip", archive="")
    letters: set[str] = set()
    excluding = False
    words = iter(args)
    names: list[str] = []
    for word in words:
        if word.startswith("-") and len(word) > 1:
            excluding = word == "-x"
            for j, ch in enumerate(word[1:]):
                if ch in "dP":
                    value = word[j + 2 :] or next(words, "")
                    ex.target = value if ch == "d" else ex.target
                    break
                letters.add(ch)
        elif excluding:
            continue
        elif not ex.archive:
            ex.archive = word
        else:
            names.append(word)
    if letters & set("lvtzZpc") or not ex.archive:
        return None
    ex.keeps, ex.flat, ex.only = "n" in letters, "j" in letters, tuple(names)
    return ex


def _parse_7z(name: str, args: list[str]) -> Extraction | None:
    plain = [a for a in args if not a.startswith("-")]
    switches = [a for a in args if a.startswith("-")]
    command = plain[0] if plain else ""
    ex = Extraction(tool=name, archive=plain[1] if len(plain) > 1 else "-")
    if command in ("a", "u", "d", "rn"):
        ex.extracts = False
        return ex
    if command not in ("x", "e") or "-so" in switches:
        return None
    ex.target = next((s[2:] for s in switches if s.startswith("-o") and len(s) > 2), ".")
    ex.keeps = any(s in ("-aos", "-aou", "-aot") for s in switches)
    ex.flat, ex.only = command == "e", tuple(plain[2:])
    if not re.search(r"\.(zip|tar)$", ex.archive, re.I):  # 7z itself reads the rest (and a .tgz gives a .tar)
        ex.archive = "-"
    return ex


def judge_extraction(ex: Extraction, kind: Kind, members: Members, uncertain_cwd: bool = False,
                     written: frozenset[str] | set[str] = frozenset(),
                     made: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Reasons extracting ``ex`` replaces the user's files or adds something that runs later (a git hook, a
    ``.pth`` file, a shell start-up file: :func:`command_risk.runs_later`), wherever it extracts to; empty when it
    does neither. An archive that cannot be listed asks in a new folder too (it may hold a git hook), unless the
    same command made it from the workspace's files (``made``) or it extracts only members it names, none of which
    runs later."""
    from gofer.computer.command_risk import runs_later

    what = f"{ex.tool} extracts {'an archive from standard input' if ex.archive == '-' else ex.archive}"
    listed: list[str] | str
    if ex.archive == "-" or ex.archive in written or any(c in ex.archive for c in "$`*?[{~"):
        listed = "its members cannot be listed before it runs"
    elif ex.renames:
        listed = f"it renames members ({ex.renames})"
    else:
        listed = members(ex.archive)
    target = ex.target
    if not isinstance(listed, str):  # a member's own path says what it is, wherever it lands
        later = [d for m, d in _landings(listed, target, ex.strip, ex.only, ex.flat)
                 if runs_later(d) and not _inert_git_config(members, ex.archive, m, d)]
        if later:
            return [f"{what}, which adds {', '.join(later[:3])}: something that runs later (a git hook or "
                    "setting, a .pth file, a shell start-up file, ...)"]
    if ex.keeps:
        return []
    if any(c in target for c in "$`*?[{~") or uncertain_cwd:
        return [f"{what} into a folder that cannot be known before it runs ({target})"]
    if target.startswith("/") and not target.startswith("/workspace"):
        return []  # the sandbox's own /tmp and home
    if kind(target.rstrip("/") or ".") != "dir":  # a new folder: nothing to replace, but something may run later
        if isinstance(listed, str) and ex.archive not in made and not _names_harmless(ex):
            return [f"{what} into the new folder {target}, and {listed}: it may add something that runs later (a "
                    "git hook, a .pth file, a shell start-up file, ...)"]
        return []
    if isinstance(listed, str):
        return [f"{what} into {target}, which holds files, and {listed}"]
    if ex.flat:
        listed = [m.rsplit("/", 1)[-1] for m in listed]
    hits = collisions(listed, target, kind, ex.strip, ex.only)
    if not hits:
        return []
    more = f" and {len(hits) - 3} more" if len(hits) > 3 else ""
    return [f"{what} over existing files ({', '.join(hits[:3])}{more})"]


def _inert_git_config(members: Members, archive: str, member: str, landing: str) -> bool:
    """Whether ``member`` lands as a repository's ``.git/config`` that sets nothing git runs (a snapshot of a
    clone: its remote, branches and core settings); a config that cannot be read counts as one that does."""
    from gofer.computer._program_judges import git_config_commands

    text = getattr(members, "text", None)
    if not landing.endswith(".git/config") or text is None or (found := text(archive, member)) is None:
        return False
    return not git_config_commands(found)


def _names_harmless(ex: Extraction) -> bool:
    """Whether the extraction takes only members it names literally, none of which sets something to run later."""
    from gofer.computer.command_risk import runs_later

    return bool(ex.only) and not ex.renames and not any(
        any(c in name for c in "*?[") or runs_later(name) for name in ex.only)


def python_extraction(archive: str | None, target: str | None, only: str | None) -> Extraction:
    """The extraction a Python call (``extractall``, ``extract``, ``shutil.unpack_archive``) makes."""
    return Extraction(tool="Python", archive=archive if archive is not None else "$computed",
                      target=target if target is not None else "$computed", only=(only,) if only else ())
