"""Whose content a page is on a host that serves many people's: the path prefix that names the owner.

A remembered approval is given for one destination; on a host where anyone can publish (a code forge, a blog
platform, a shared-documents service, a user's ``/~name/`` folder), the same host is not the same author, so the
approval is scoped to the owner's prefix as well (:func:`owner_prefix`).
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

__all__ = ["owner_prefix"]

_HOSTS: dict[str, int] = {
    "github.com": 1, "gist.github.com": 1, "raw.githubusercontent.com": 1, "gitlab.com": 1, "bitbucket.org": 1,
    "codeberg.org": 1, "huggingface.co": 1, "medium.com": 1, "dev.to": 1, "notion.so": 1, "pastebin.com": 1,
    "x.com": 1, "twitter.com": 1, "facebook.com": 1, "instagram.com": 1, "tiktok.com": 1, "reddit.com": 2,
    "old.reddit.com": 2, "linkedin.com": 2, "youtube.com": 1, "docs.google.com": 3, "drive.google.com": 3,
    "sites.google.com": 2, "npmjs.com": 2, "pypi.org": 2, "hub.docker.com": 2, "stackoverflow.com": 2,
}
"""Hosts where anyone publishes, and how many path segments name the owner (``docs.google.com/document/d/ID``)."""

_KIND_HEADS = frozenset({
    "u", "user", "users", "profile", "profiles", "people", "members", "author", "authors", "spaces", "datasets",
    "models", "in", "company", "channel", "c", "r", "package", "project", "questions",
})
"""On a host above, a first path segment that only says what kind of owner follows (``/user/NAME``,
``/spaces/OWNER``, ``/r/SUBREDDIT``)."""

_ANY_HOST_HEADS = frozenset({
    "u", "user", "users", "profile", "profiles", "people", "members", "author", "authors", "seller", "sellers",
    "vendor", "vendors", "uploads", "upload", "usercontent", "user-content", "ugc",
})
"""On any host, a first path segment that says a person's pages or files follow (a marketplace's sellers, files
its users uploaded; not ``/c/``: shops name categories so)."""


def owner_prefix(url: str) -> str:
    """The path prefix naming whose content ``url`` is (``/eve`` on github.com, ``/~eve`` or ``/@eve`` on any
    host, ``/user/eve`` where the first segment says so), or "" for the site's own pages."""
    try:
        split = urlsplit(url)
    except ValueError:
        return ""
    host = (split.hostname or "").lower().rstrip(".").removeprefix("www.").removeprefix("m.")
    segments = [unquote(s) for s in split.path.split("/") if s]
    if not segments:
        return ""
    head = segments[0].lower()
    count = _HOSTS.get(host, 0)
    if head.startswith(("~", "@")):
        count = 1
    elif head in (_KIND_HEADS if count else _ANY_HOST_HEADS):
        count = max(count, 2)
    if count == 0 or len(segments) < count:
        return ""
    return "/" + "/".join(s.lower() for s in segments[:count])
