"""The files a command writes its output to, for the shell judge to tell an overwrite of the user's file from a
new one: decompressors and compressors with ``-f``, ``patch`` and ``git apply``/``git am`` (the files the patch
names), output options (``sort -o``, ``curl -o``/``-O``, ``wget -O``, ``iconv -o``, ``gpg -o``, ``openssl -out``,
``pandoc -o``), ``uniq IN OUT``, ``sponge``, ``ffmpeg -y``, ImageMagick (``convert``/``magick``'s last word and
``-write``, ``mogrify``'s inputs), ``split``'s pieces (or the command ``--filter`` runs), ``zip``'s archive and
the ``-t`` folder of ``cp``/``mv``/``install``/``ln``."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from typing import NamedTuple

__all__ = ["Outputs", "outputs", "target_folder", "with_file"]

Read = Callable[[str], str | None]


class Outputs(NamedTuple):
    """What a command writes: ``paths`` it may replace, and why others cannot be known before it runs."""

    paths: list[str]
    unknown: str = ""
    commands: tuple[str, ...] = ()
    """Command lines the program runs itself (``split --filter``), for the shell judge to judge."""
    pieces: tuple[str, ...] = ()
    """The names ``$FILE`` takes in those commands, one run each (``split --filter``'s pieces)."""


_NONE = Outputs([])

_COMPRESSORS: dict[str, tuple[str, ...]] = {  # the suffixes each tool adds (the first) and strips
    "gzip": (".gz", ".z", "-gz", ".tgz", ".taz"), "pigz": (".gz", ".z", ".tgz", ".zz"),
    "bzip2": (".bz2", ".bz", ".tbz2", ".tbz"), "pbzip2": (".bz2", ".bz", ".tbz2", ".tbz"),
    "xz": (".xz", ".txz"), "lzma": (".lzma", ".tlz"), "zstd": (".zst", ".tzst"), "zstdmt": (".zst", ".tzst"),
    "lz4": (".lz4",), "lzip": (".lz",), "brotli": (".br",),
}
_UNCOMPRESSORS = {"gunzip": "gzip", "unpigz": "pigz", "bunzip2": "bzip2", "unxz": "xz", "unlzma": "lzma",
                  "unzstd": "zstd", "unlz4": "lz4"}
_TAR_SUFFIXES = (".tgz", ".taz", ".tbz2", ".tbz", ".txz", ".tlz", ".tzst")
_OUTPUT_OPTIONS: dict[str, tuple[set[str], set[str]]] = {  # (short options, long options) naming an output file
    "sort": ({"o"}, {"--output"}), "shuf": ({"o"}, {"--output"}), "iconv": ({"o"}, {"--output"}),
    "curl": ({"o"}, {"--output"}), "wget": ({"O"}, {"--output-document"}), "gpg": ({"o"}, {"--output"}),
    "gpg2": ({"o"}, {"--output"}), "pandoc": ({"o"}, {"--output"}),
}
_PATCH_HEADER = re.compile(r"^(?:\+\+\+|---|\*\*\*) ([^\t\n]+)|^diff --git a/(\S+) b/(\S+)|^Index: (\S+)", re.M)


def outputs(name: str, args: list[str], command: str, read: Read) -> Outputs:
    """The files ``name args`` writes over (``command`` is the whole line: a patch may come from its heredoc or
    a ``<`` redirect); empty for a command this module does not know."""
    if name in _COMPRESSORS or name in _UNCOMPRESSORS:
        return _compressed(name, args)
    if name == "patch":
        return _patch(args, command, read)
    if name == "git":
        plain = [a for a in args if not a.startswith("-")]
        if plain[:1] in (["apply"], ["am"]):
            return _git_apply(plain[0], args[args.index(plain[0]) + 1 :], command, read)
        return _NONE
    if name in _OUTPUT_OPTIONS:
        found = _option_values(args, *_OUTPUT_OPTIONS[name])
        if name == "curl" and any(a in ("-O", "--remote-name", "--remote-name-all") or re.fullmatch(
                r"-[a-zA-Z]*O[a-zA-Z]*", a) for a in args):
            found += [_url_name(a) for a in args if re.match(r"^(https?|ftp)://", a) and _url_name(a)]
        return Outputs([f for f in found if f != "-"])
    if name == "openssl":
        return Outputs([args[i + 1] for i, a in enumerate(args[:-1]) if a == "-out"])
    if name == "uniq":
        plain = [a for a in args if not a.startswith("-") or a == "-"]
        return Outputs(plain[1:2] if len(plain) > 1 and plain[1] != "-" else [])
    if name == "sponge":
        plain = [a for a in args if not a.startswith("-")]
        return Outputs(plain[:1] if "-a" not in args else [])
    if name in ("ffmpeg", "avconv"):
        return _ffmpeg(args)
    if name in ("convert", "magick", "mogrify", "composite", "montage"):
        return _imagemagick(name, args)
    if name == "split":
        return _split(args)
    if name == "zip":
        return _zip(args)
    return _NONE


_FFMPEG_FLAGS = {"-y", "-n", "-an", "-vn", "-sn", "-dn", "-shortest", "-hide_banner", "-nostdin", "-stats",
                 "-nostats", "-re", "-copyts", "-start_at_zero", "-accurate_seek", "-noaccurate_seek", "-benchmark",
                 "-benchmark_all", "-dump", "-hex", "-xerror", "-ignore_unknown", "-copy_unknown", "-autorotate",
                 "-noautorotate", "-report", "-debug_ts"}


def _ffmpeg(args: list[str]) -> Outputs:
    """``ffmpeg -y``: its outputs are the words that are not an option's value (inputs come with ``-i``); without
    ``-y`` ffmpeg refuses to replace a file (it asks on its standard input, which says no)."""
    if "-y" not in args:
        return _NONE
    found: list[str] = []
    words = iter(args)
    for a in words:
        if a.startswith("-") and a != "-":
            if a not in _FFMPEG_FLAGS:
                next(words, "")
        elif a != "-" and "://" not in a and not a.startswith(("pipe:", "/dev/")):
            found.append(a)
    return Outputs(found)


_IM_FORMAT = re.compile(r"^[A-Za-z0-9]{2,8}:(?!//)")


def _imagemagick(name: str, args: list[str]) -> Outputs:
    """ImageMagick: the last word is the output (``png:out.png``: a format before it), ``-write FILE`` writes
    too; ``mogrify`` rewrites each input (in ``-path`` with a new ``-format``, when given)."""
    if name == "magick" and args[:1] and args[0] in ("convert", "composite", "montage", "mogrify", "compare"):
        name, args = args[0], args[1:]
    elif name == "magick" and args[:1] and args[0] in ("identify", "stream", "import", "display", "animate"):
        return _NONE
    writes = [args[i + 1] for i, a in enumerate(args[:-1]) if a == "-write"]
    plain = [a for i, a in enumerate(args) if not a.startswith(("-", "+")) and not (
        i and args[i - 1] in ("-write", "-path", "-format"))]
    if name == "mogrify":
        folder = next((args[i + 1] for i, a in enumerate(args[:-1]) if a == "-path"), "")
        fmt = next((args[i + 1] for i, a in enumerate(args[:-1]) if a == "-format"), "")
        found = []
        for f in plain:
            out = posixpath.splitext(f)[0] + f".{fmt}" if fmt else f
            found.append(posixpath.join(folder, posixpath.basename(out)) if folder else out)
        return Outputs([_IM_FORMAT.sub("", f) for f in found + writes])
    last = [plain[-1]] if len(plain) > 1 and not args[-1].startswith(("-", "+")) else []
    return Outputs([_IM_FORMAT.sub("", f) for f in last + writes if f != "-" and not f.endswith(":-")])


_SPLIT_VALUES = {"-a", "--suffix-length", "-b", "--bytes", "-C", "--line-bytes", "-l", "--lines", "-n", "--number",
                 "-t", "--separator", "--additional-suffix", "--filter"}
MAX_PIECES = 1000
"""The pieces of a ``split`` looked at (its first ones)."""


def _split(args: list[str]) -> Outputs:
    """``split [OPTION]... [FILE [PREFIX]]``: the pieces it writes (``xaa``, ``xab``, ...; ``-d`` digits, ``-x``
    hex, ``-a`` length, ``--additional-suffix``), the first ``MAX_PIECES`` of them unless ``-n`` says how many."""
    values: dict[str, str] = {}
    plain: list[str] = []
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    words = iter(args)
    for a in words:
        option, eq, value = a.partition("=")
        if option in _SPLIT_VALUES and option.startswith("--"):
            values[option] = value if eq else next(words, "")
        elif a[:2] in _SPLIT_VALUES and not a.startswith("--"):
            values[a[:2]] = a[2:] or next(words, "")
        elif option in ("-d", "--numeric-suffixes"):
            alphabet = "0123456789"
        elif option in ("-x", "--hex-suffixes"):
            alphabet = "0123456789abcdef"
        elif not a.startswith("-") or a == "-":
            plain.append(a)
    prefix = plain[1] if len(plain) > 1 else "x"
    length = _int(values.get("-a") or values.get("--suffix-length") or "2") or 2
    chunks = (values.get("-n") or values.get("--number") or "").rsplit("/", 1)[-1]
    count = min(_int(chunks) or MAX_PIECES, MAX_PIECES, len(alphabet) ** length)
    extra = values.get("--additional-suffix", "")
    paths = []
    for n in range(count):
        suffix = ""
        for _ in range(length):
            n, digit = divmod(n, len(alphabet))
            suffix = alphabet[digit] + suffix
        paths.append(f"{prefix}{suffix}{extra}")
    if "--filter" in values:  # each piece goes to the command (run by sh -c, the piece's name in $FILE)
        return Outputs([], commands=(values["--filter"],), pieces=tuple(paths))
    return Outputs(paths)


def with_file(command: str, name: str) -> str:
    """``command`` as ``split --filter`` runs it for the piece ``name`` (``$FILE``/``${FILE}`` set to it)."""
    return re.sub(r"\$\{FILE\}|\$FILE\b", lambda _: name, command)


_ZIP_VALUES = {"-b", "-n", "-t", "-tt", "-P", "-Z", "-s", "-sp", "-O", "--output-file", "-x", "-i", "--temp-path",
               "--suffixes", "--from-date", "--before-date", "--password", "--compression-method", "--split-size",
               "-ds", "-sb"}


def _zip(args: list[str]) -> Outputs:
    """``zip ARCHIVE FILES``: it updates an archive that exists (``.zip`` is added to a name without a suffix), or
    writes ``-O``'s file; ``-sf`` and ``-T`` alone only read it."""
    output = _option_values(args, set(), {"--output-file"}) + [
        args[i + 1] for i, a in enumerate(args[:-1]) if a == "-O"]
    plain: list[str] = []
    skip = False
    for a in args:
        if skip:
            skip = False
        elif a in _ZIP_VALUES:
            skip = a not in ("-x", "-i")  # a list of names follows; the archive came before it
            if a in ("-x", "-i"):
                break
        elif not a.startswith("-") or a == "-":
            plain.append(a)
    if output:
        return Outputs(output)
    if not plain or plain[0] == "-" or any(a in ("-sf", "--show-files") for a in args):
        return _NONE
    archive = plain[0]
    return Outputs([archive if "." in posixpath.basename(archive) else f"{archive}.zip"])


def target_folder(args: list[str]) -> tuple[str | None, list[str]]:
    """``cp -t DIR a b`` (``--target-directory=DIR``): the folder and the other operands; None without ``-t``."""
    folder: str | None = None
    rest: list[str] = []
    words = iter(args)
    for a in words:
        if a in ("-t", "--target-directory"):
            folder = next(words, "")
        elif a.startswith("--target-directory="):
            folder = a.split("=", 1)[1]
        elif re.fullmatch(r"-[a-zA-Z]*t.*", a) and not a.startswith("--"):
            cluster = a[1:]
            folder = cluster[cluster.index("t") + 1 :] or next(words, "")
        elif not a.startswith("-"):
            rest.append(a)
    return folder, rest


def _option_values(args: list[str], short: set[str], long: set[str]) -> list[str]:
    """The values of an option (``-o FILE``, ``-oFILE``, a cluster ``-sLo FILE``, ``--output FILE``/``=FILE``)."""
    values: list[str] = []
    for i, a in enumerate(args):
        value: str | None = None
        if a.startswith("--"):
            option, eq, rest = a.partition("=")
            if option in long:
                value = rest if eq else (args[i + 1] if i + 1 < len(args) else None)
        elif a.startswith("-") and len(a) > 1:
            for j, ch in enumerate(a[1:], start=1):
                if ch in short:
                    value = a[j + 1 :] or (args[i + 1] if i + 1 < len(args) else None)
                    break
                if not ch.isalpha():
                    break
        if value:
            values.append(value)
    return values


def _url_name(url: str) -> str:
    return url.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1] if "://" in url else ""


def _letters(args: list[str]) -> set[str]:
    return {ch for a in args if a.startswith("-") and not a.startswith("--") for ch in a[1:]}


def _compressed(name: str, args: list[str]) -> Outputs:
    """gzip-like tools replace an existing output only with ``-f``: the file they make from each operand."""
    tool = _UNCOMPRESSORS.get(name, name)
    letters, long = _letters(args), {a.split("=", 1)[0] for a in args if a.startswith("--")}
    if letters & set("ctl") or long & {"--stdout", "--to-stdout", "--test", "--list"} or not (
            "f" in letters or "--force" in long):
        return _NONE
    decompress = name in _UNCOMPRESSORS or "d" in letters or long & {"--decompress", "--uncompress"}
    suffixes = _COMPRESSORS[tool]
    custom = _option_values(args, {"S"}, {"--suffix"})
    if custom:
        suffixes = (custom[-1], *suffixes)
    explicit = _option_values(args, {"o"} if tool in ("zstd", "zstdmt", "lz4", "brotli") else set(), {"--output"})
    if explicit:
        return Outputs(explicit)
    takes = {"-S", "--suffix", "-o", "--output", "-D", "-T", "-b"}
    files = [a for i, a in enumerate(args) if not a.startswith("-") and not (i and args[i - 1] in takes)]
    if "r" in letters or "--recursive" in long:
        return Outputs([], f"{name} -rf replaces existing files anywhere under {' '.join(files)[:60]}")
    paths = []
    for f in files:
        if not decompress:
            paths.append(f + suffixes[0])
            continue
        suffix = next((s for s in suffixes if f.lower().endswith(s) and len(f) > len(s)), None)
        if suffix is not None:
            paths.append(f[: -len(suffix)] + (".tar" if suffix in _TAR_SUFFIXES else ""))
        elif tool in ("bzip2", "pbzip2"):
            paths.append(f + ".out")
    return Outputs(paths)


def _patch(args: list[str], command: str, read: Read) -> Outputs:
    """``patch [options] [original [patchfile]]``: the original, or the files the patch names."""
    strip: int | None = None
    folder, patchfile, output = "", None, None
    plain: list[str] = []
    words = iter(args)
    for a in words:
        if a in ("--dry-run", "--check") or a.startswith("--dry-run"):
            return _NONE
        if a in ("-p", "--strip"):
            strip = _int(next(words, ""))
        elif a.startswith("--strip="):
            strip = _int(a.split("=", 1)[1])
        elif re.fullmatch(r"-p\d+", a):
            strip = int(a[2:])
        elif a in ("-d", "--directory"):
            folder = next(words, "")
        elif a.startswith("--directory="):
            folder = a.split("=", 1)[1]
        elif a in ("-i", "--input"):
            patchfile = next(words, "")
        elif a.startswith("--input="):
            patchfile = a.split("=", 1)[1]
        elif a in ("-o", "--output"):
            output = next(words, "")
        elif a.startswith("--output="):
            output = a.split("=", 1)[1]
        elif a in ("-B", "--prefix", "-D", "--ifdef", "-F", "--fuzz", "-r", "--reject-file", "-V", "-Y", "-z"):
            next(words, "")
        elif not a.startswith("-"):
            plain.append(a)
    if output is not None:
        return Outputs([] if output == "-" else [output])
    if patchfile is None and len(plain) > 1:
        patchfile = plain[1]
    if plain:
        return Outputs([_join(folder, plain[0])])
    return _patched(patchfile, strip, folder, command, read, "patch")


def _git_apply(verb: str, args: list[str], command: str, read: Read) -> Outputs:
    """``git apply``/``git am``: the files of the working tree the patches name (``-p1`` unless told)."""
    if any(a in ("--check", "--stat", "--numstat", "--summary", "--cached", "--abort", "--quit",
                 "--show-current-patch") or a.startswith("--show-current-patch") for a in args):
        return _NONE
    strip, folder = 1, ""
    files: list[str] = []
    words = iter(args)
    for a in words:
        if re.fullmatch(r"-p\d+", a):
            strip = int(a[2:])
        elif a.startswith("--directory="):
            folder = a.split("=", 1)[1]
        elif a in ("--directory", "--exclude", "--include", "-C", "--whitespace"):
            value = next(words, "")
            folder = value if a == "--directory" else folder
        elif not a.startswith("-"):
            files.append(a)
    if not files:
        return _patched(None, strip, folder, command, read, f"git {verb}")
    found = [_patched(f, strip, folder, command, read, f"git {verb}") for f in files]
    return Outputs([p for o in found for p in o.paths], next((o.unknown for o in found if o.unknown), ""))


def _patched(patchfile: str | None, strip: int | None, folder: str, command: str, read: Read,
             tool: str) -> Outputs:
    """The files a patch changes; read from ``patchfile``, or from standard input: a ``<`` redirect, ``cat x |``
    or a heredoc in the command line. Without ``-p`` every shorter form of a name counts."""
    texts: list[str] = []
    if patchfile and patchfile != "-":
        if any(c in patchfile for c in "$`*?[{~") or (text := read(patchfile)) is None:
            return Outputs([], f"{tool} applies {patchfile}, a patch that cannot be read before it runs")
        texts.append(text)
    else:
        for source in re.findall(r"(?:^|[\s;&|(])(?:<|cat\s+)\s*([^\s;|&<>()]+)", command):
            text = read(source) if not any(c in source for c in "$`*?[{~") else None
            if text is None:
                return Outputs([], f"{tool} applies {source}, a patch that cannot be read before it runs")
            texts.append(text)
        if "<<" in command:
            texts.append(command)
        if not texts:
            return Outputs([], f"{tool} applies a patch from standard input, which cannot be read before it runs")
    names: list[str] = []
    for text in texts:
        for m in _PATCH_HEADER.finditer(text):
            names += [n.strip() for n in m.groups() if n and n.strip() != "/dev/null"]
    paths: list[str] = []
    for name in dict.fromkeys(names):
        parts = [p for p in name.split("/") if p not in ("", ".")]
        cuts = [strip] if strip is not None else range(len(parts))
        paths += [_join(folder, "/".join(parts[n:])) for n in cuts if n < len(parts)]
    return Outputs(list(dict.fromkeys(paths)))


def _join(folder: str, path: str) -> str:
    return posixpath.join(folder, path) if folder and not path.startswith("/") else path


def _int(text: str) -> int | None:
    return int(text) if text.isdigit() else None
