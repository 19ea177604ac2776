"""The command judge's judges of commands that write, delete or copy files: ``find -exec``/``-fprint``, a command a
program runs once per piece (``split --filter``), ``cp -r``/``rsync -r`` of a folder over one that exists, archives a
line makes before extracting them, and ``rm`` of files the run made itself."""

from __future__ import annotations

import posixpath
import re
import shlex
from typing import TYPE_CHECKING

from gofer.computer._command_paths import RUNS_LATER, files_under, is_own, runs_later
from gofer.computer._command_words import base_name, command_segments
from gofer.computer._program_judges import git_config_commands
from gofer.computer.archive_risk import parse_extraction
from gofer.computer.output_risk import with_file

if TYPE_CHECKING:
    from gofer.computer.command_risk import JudgeEnv

__all__ = ["archives_made", "deletes_only_own", "judge_find", "judge_run", "tree_overwrites"]

_FIND_RUNS = {"-exec", "-execdir", "-ok", "-okdir"}
_FIND_WRITES = {"-fprint", "-fprint0", "-fls", "-fprintf"}


def judge_find(args: list[str], env: JudgeEnv) -> list[str]:
    """``find -exec CMD {} ;`` (``+``, ``-execdir``, ``-ok``) is judged as the command it runs on each file
    found (``{}``: any of them, a name this judge cannot know; ``-execdir`` runs in each one's folder, as after a
    ``cd``), and ``-fprint FILE`` (``-fls``, ``-fprintf``) as a write to that file."""
    reasons: list[str] = []
    i = 0
    while i < len(args):
        a = args[i]
        if a in _FIND_WRITES and i + 1 < len(args) and env.overwrites(args[i + 1]):
            reasons.append(f"find {a} overwrites {args[i + 1]}")
        if a not in _FIND_RUNS:
            i += 1
            continue
        end = next((j for j in range(i + 1, len(args)) if args[j] in (";", "+")), len(args))
        words = args[i + 1 : end]
        if not words:
            reasons.append(f"find {a} runs a command that cannot be read")
        else:
            line = shlex.join(words)
            line = f"cd {{}} && {line}" if a.endswith("dir") else line
            reasons += [f"find {a} runs a command that {r}" for r in env.judge(line)]
        i = end + 1
    return reasons


def judge_run(command: str, pieces: tuple[str, ...], env: JudgeEnv) -> list[str]:
    """Reasons for a command a program runs once per piece, ``$FILE`` naming it (``split --filter``): judged
    as it runs for the first piece, and again for each other piece whose name makes a word of the command name
    a path that exists or runs later (``gzip > $FILE.gz``, ``tee $FILE.bak``, ``sort -o $FILE.s``, ``dd
    of=$FILE``): quiet when the pieces' files are new or the run's own, asking when one is a user's file."""
    if not pieces:
        return env.judge(command)
    reasons = env.judge(with_file(command, pieces[0]))
    if not re.search(r"\$\{FILE\}|\$FILE\b", command):
        return reasons
    marked = with_file(command, "\0")
    around = re.compile(r"[^\s;|&<>()'\"\\=]*\0[^\s;|&<>()'\"\\]*")
    for piece in pieces[1:]:
        words = [w.replace("\0", piece) for w in around.findall(marked)]
        if any(env.kind(w.removeprefix("/workspace/")) is not None or runs_later(w) for w in words):
            reasons += env.judge(with_file(command, piece))
    return list(dict.fromkeys(reasons))


_NO_CLOBBER = re.compile(r"^(-[a-zA-Z]*n[a-zA-Z]*|--no-clobber|--update=none|--ignore-existing)$")


def tree_overwrites(name: str, sources: list[str], target: str, flags: list[str], env: JudgeEnv) -> str | None:
    """``cp -r``/``rsync -r`` of a folder into a folder that exists replaces the files of the same names there
    (``rsync src/`` and ``cp src/.`` or ``cp -T`` copy the folder's content, not the folder) and adds what its
    hidden folders hold (a git hook, ``.vscode/tasks.json``: :func:`runs_later`, as for an archive): why, or None.
    Into a new folder only such files this run made or changed ask (the user's own repository copied stays quiet).
    The source folder's files are listed; one that cannot be listed (outside the workspace, too many files) asks
    unless the copy keeps existing files (``-n``, ``--ignore-existing``), as an extraction that keeps them does."""
    if not any(re.fullmatch(r"-[a-zA-Z]*[rRa][a-zA-Z]*", f) or f in ("--recursive", "--archive") for f in flags) or (
            any(f in ("--dry-run", "--list-only") or (name == "rsync" and re.fullmatch(r"-[a-zA-Z]*n[a-zA-Z]*", f))
                for f in flags)):
        return None
    keeps = any(_NO_CLOBBER.match(f) for f in flags)
    contents = name == "cp" and any(f == "--no-target-directory" or re.fullmatch(r"-[a-zA-Z]*T[a-zA-Z]*", f)
                                    for f in flags)
    for source in sources:
        if re.match(r"^[\w.@-]+:", source) or source.startswith("rsync://"):
            continue  # a remote host: judged as sending
        inside = source.startswith("/workspace/") or source == "/workspace" or not (
            source.startswith("/") or _run_writable(source))
        folder = posixpath.normpath(source.removeprefix("/workspace/") if source != "/workspace" else ".")
        if inside and env.kind(folder) != "dir":
            continue  # a file: judged as one
        whole = contents or source.rstrip("/").endswith("/.") or source in (".", "./") or (
            name == "rsync" and source.endswith("/"))
        if whole:
            base = target
        elif name == "cp" and env.kind(posixpath.normpath(target)) != "dir":
            base = target  # cp makes the target as a copy of the folder: a new folder
        else:
            base = f"{target.rstrip('/')}/{posixpath.basename(folder)}"
        base = posixpath.normpath(base)
        files = files_under(env.kind, folder, hidden=True) if inside else None
        prefix = "" if folder == "." else folder + "/"
        if not env.overwrites(base) and env.kind(base) != "dir":
            # A new folder: a git hook there runs once the user works in the copy. A copy of the user's own
            # repository stays quiet; one of what this run brought (a clone, an extraction, an edit) asks, and so
            # does one from where the run writes outside the workspace (its /tmp, its home), which gofer cannot list.
            if files is None and _run_writable(source):
                return (f"{name} copies {source} into {base}; files there outside the workspace cannot be listed "
                        f"and may include one that runs later (a git hook or setting)")
            brought = [f for f in files or [] if env.touched(f) and runs_later(
                posixpath.normpath(f"{base}/{f.removeprefix(prefix)}")) and not _inert_git_config(f, env)]
            if brought:
                landing = [posixpath.normpath(f"{base}/{f.removeprefix(prefix)}") for f in brought]
                return f"{name} copies {source} into {base}, adding {', '.join(landing[:3])}, {RUNS_LATER}"
            continue
        if files is None and keeps:
            continue
        if files is None:
            return f"{name} copies {source}, whose files cannot be listed, into {base}, which exists"
        landing = [posixpath.normpath(f"{base}/{f.removeprefix(prefix)}") for f in files]
        if later := [d for d in landing if runs_later(d)]:
            return f"{name} copies {source} into {base}, adding {', '.join(later[:3])}, {RUNS_LATER}"
        if hits := [] if keeps else [d for d in landing if env.overwrites(d)]:
            return f"{name} copies {source} over existing files ({', '.join(hits[:3])})"
    return None


_RUN_WRITABLE = re.compile(r"^(/tmp|/var/tmp|/dev/shm|/root|/home|/run/user|~|\$\{?(HOME|TMPDIR|TMP|TEMP|XDG_\w+)\b)")
"""Sources outside the workspace the run can write (the sandbox's private /tmp and home), which the host cannot
list; the rest of the sandbox's file system is the host's, read-only."""


def _run_writable(source: str) -> bool:
    return bool(_RUN_WRITABLE.search(source)) or ".." in source.split("/")


def _inert_git_config(path: str, env: JudgeEnv) -> bool:
    """Whether ``path`` is a repository's ``.git/config`` that sets nothing git runs (what a clone writes: its
    remote, branches and core settings); a key whose value is a command, an alias running one, an include or
    a file that cannot be read makes it count as something that runs later."""
    if not path.endswith(".git/config") or (text := env.read(path)) is None:
        return False
    return not git_config_commands(text)


def archives_made(command: str) -> set[str]:
    """The archives a command line writes (``tar c``, ``7z a``, ``zip``): extracting one later in the line
    extracts files the workspace already had."""
    made: set[str] = set()
    for words in command_segments(command):
        name, args = base_name(words[0]), words[1:]
        ex = parse_extraction(name, args)
        if ex is not None and not ex.extracts:
            made.add(ex.archive)
        elif name == "zip" and (plain := [a for a in args if not a.startswith("-")]):
            made |= {plain[0], f"{plain[0]}.zip"}
    return made


_MOVERS = {"mv", "rename", "prename", "file-rename", "mmv", "busybox", "install", "rsync"}
_RM_OPTIONS = re.compile(r"^(-[rRfvd]+|--(force|recursive|verbose|dir))$")


def deletes_only_own(name: str, args: list[str], env: JudgeEnv) -> bool:
    """``rm`` (or ``unlink``) of files this run made itself (which exist now): nothing of the user's is lost
    (re-running an analysis that clears its own outputs). A folder, a pattern, a path outside the workspace or
    with ``..``, a link made in this command, a move in the line or any doubt about the current folder asks."""
    if name not in ("rm", "unlink") or env.uncertain_cwd:
        return False
    if any(base_name(w[0]) in _MOVERS or (base_name(w[0]) == "git" and "mv" in w)
           for w in command_segments(env.command)):
        return False  # a move in the line may put a user's file where the run's own was
    targets: list[str] = []
    for i, a in enumerate(args):
        if a == "--":
            targets += args[i + 1 :]
            break
        if a.startswith("-"):
            if not _RM_OPTIONS.match(a):
                return False
        else:
            targets.append(a)
    for t in targets:
        rel = t[len("/workspace/") :] if t.startswith("/workspace/") else t
        if not rel or rel.startswith(("/", "-")) or ".." in rel.split("/") or any(c in rel for c in "$`*?[{~"):
            return False
        if env.overwrites(t) or not is_own(env.kind, rel):
            return False  # a user's file, a folder, a link made by this command, or a path that does not exist yet
            # (a move earlier in the line may put a user's file there)
    return bool(targets)
