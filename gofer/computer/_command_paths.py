"""What the shell and Python judges know of the workspace's paths: a path's kind and a file's text (:data:`Kind`,
:data:`Read`), the files the run made or changed, the files under a folder, and the paths whose content a program
runs later (a git hook, a ``.pth`` file, a shell start-up file)."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

__all__ = ["RUNS_LATER", "Kind", "Read", "files_under", "is_own", "is_touched", "runs_later"]

Kind = Callable[[str], str | None]
"""``kind(path)``: ``"file"``, ``"dir"`` or None for a path in the workspace (relative to /workspace)."""
Read = Callable[[str], str | None]
"""``read(path)``: the text of a workspace file (a script a command runs), or None when it cannot be read."""


_RUNS_LATER = re.compile(
    r"(^|/)(\.git/(hooks/|config$)|[^/]*\.pth$|(site|user)customize\.py$|\.(bash_profile|bash_login|"
    r"bash_logout|bashrc|profile|zshrc|zprofile|zshenv|zlogin|kshrc|cshrc|tcshrc|envrc|npmrc|pythonrc)$|"
    r"\.config/(autostart|systemd|fish|environment\.d)/|\.local/share/systemd/|\.ssh/(authorized_keys|rc|config)$|"
    r"\.vscode/tasks\.json$|cron\.(d|daily|hourly|weekly|monthly)/|crontabs?(/|$))"
)
"""Files whose content a program runs later, outside any judged step: git hooks and config, ``.pth`` and
``sitecustomize`` files Python runs at start, shell start-up files, autostart and systemd units, crontabs."""


RUNS_LATER = "which sets something to run later (a git hook or setting, a .pth file, a shell start-up file, ...)"


def is_own(kind: Kind, path: str) -> bool:
    """Whether ``path`` is an existing file the current run made itself (``kind`` knows the run's files)."""
    own = getattr(kind, "own", None)
    return bool(own is not None and own(path))


def is_touched(kind: Kind, path: str) -> bool:
    """Whether ``path`` is a file the current run made or changed (a user's file it wrote or edited)."""
    touched = getattr(kind, "touched", None)
    return bool(touched is not None and touched(path)) or is_own(kind, path)


def files_under(kind: Kind, folder: str, hidden: bool = False) -> list[str] | None:
    """The workspace files under ``folder`` (none when ``kind`` cannot list a workspace; None when there are more
    than can be judged); ``hidden`` lists hidden folders and virtualenvs too, which test collectors skip."""
    files = getattr(kind, "files", None)
    if files is None:
        return []
    return files(folder, hidden=True) if hidden else files(folder)


def runs_later(path: str) -> bool:
    """Whether writing ``path`` sets something to run later (a git hook, a ``.pth`` file, a shell rc file), however
    the path is spelled (``.git//hooks/x``, ``.git/./hooks/x``, ``lib/x.pth/``); git's sample hooks
    (``pre-commit.sample``) never run."""
    path = path.replace("\\", "/")
    normal = posixpath.normpath(path) if path else path
    return any(bool(_RUNS_LATER.search(p)) and not re.search(r"\.git/hooks/[^/]*\.sample$", p) for p in (path, normal))
