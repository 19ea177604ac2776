"""``browser_read``: the main content of a URL or of the current page as markdown; a PDF gives its text.

A URL is fetched with the session's cookies (the context's request client) and every redirect hop passes the
URL policy, so reading cannot reach what browsing may not. HTML goes through trafilatura (readability-style
extraction); when it finds no article (a shop page, a form), the page's visible text is used instead.
"""

from __future__ import annotations

import asyncio
import io
from urllib.parse import unquote, urljoin, urlsplit

import trafilatura
from playwright.async_api import APIRequestContext
from playwright.async_api import Error as PlaywrightError

from gofer.computer.browser.policy import WORKSPACE_ORIGIN, UrlPolicy
from gofer.computer.workspace import Workspace, WorkspaceError

__all__ = ["ReadError", "extract_markdown", "fetch_document", "pdf_text"]

MAX_BYTES = 30 << 20
MAX_REDIRECTS = 8


class ReadError(Exception):
    """A URL that could not be read (refused, unreachable or not text)."""


def pdf_text(data: bytes, *, max_pages: int = 200) -> str:
    """The text of a PDF, page by page."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    pages = []
    for i, page in enumerate(reader.pages[:max_pages]):
        text = (page.extract_text() or "").strip()
        if text:
            pages.append(f"## Page {i + 1}\n\n{text}")
    if len(reader.pages) > max_pages:
        pages.append(f"[{len(reader.pages) - max_pages} more pages not read]")
    return "\n\n".join(pages)


def extract_markdown(html: str, url: str, mode: str = "article") -> str | None:
    """Main content (``article``) or all text (``full``) of an HTML page as markdown, None if nothing found."""
    return trafilatura.extract(
        html,
        url=url,
        output_format="markdown",
        include_links=True,
        include_tables=True,
        include_comments=mode == "full",
        favor_recall=mode == "full",
        with_metadata=False,
    )


async def fetch_document(
    request: APIRequestContext, policy: UrlPolicy, workspace: Workspace, url: str
) -> tuple[str, str, bytes, int | None]:
    """Fetch a URL (following policy-checked redirects): returns (final URL, content type, body, HTTP status). A
    client error (4xx) comes back with its page, which says why (not found, sign in first); a server error (5xx) is a
    ``ReadError``. The status is None for a workspace file."""
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        verdict = await policy.check(current, "read")
        if not verdict.allowed:
            raise ReadError(f"refused: {current}: {verdict.reason}")
        target = verdict.url or current
        if target.startswith(WORKSPACE_ORIGIN + "/"):
            rel = unquote(urlsplit(target).path).lstrip("/")
            try:
                body = await asyncio.to_thread(workspace.read_bytes, rel, limit=MAX_BYTES)
            except (WorkspaceError, OSError) as exc:
                raise ReadError(str(exc)) from None
            kind = "application/pdf" if rel.lower().endswith(".pdf") else "text/html"
            return target, kind, body, None
        try:
            response = await request.get(target, max_redirects=0, timeout=30_000, fail_on_status_code=False)
        except PlaywrightError as exc:
            raise ReadError(f"could not fetch {target}: {str(exc).splitlines()[0]}") from None
        if 300 <= response.status < 400 and "location" in response.headers:
            current = urljoin(target, response.headers["location"])
            continue
        if response.status >= 500:
            raise ReadError(f"{target} answered HTTP {response.status}")
        body = await response.body()
        return target, response.headers.get("content-type", ""), body[:MAX_BYTES], response.status
    raise ReadError(f"too many redirects from {url}")
