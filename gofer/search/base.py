"""The web search contract: a provider takes a query and returns titles, URLs and snippets."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import httpx
from pydantic import BaseModel, ConfigDict

__all__ = ["SearchError", "SearchProvider", "SearchResult", "clean_results", "http_client"]

USER_AGENT = "gofer/0.1 (+https://github.com/gofer-agent/gofer)"


class SearchResult(BaseModel):
    """One search hit."""

    model_config = ConfigDict(frozen=True)

    title: str
    url: str
    snippet: str = ""


class SearchError(Exception):
    """The search backend failed (unreachable, refused, malformed answer)."""


@runtime_checkable
class SearchProvider(Protocol):
    """A web search backend."""

    name: str

    async def search(self, query: str, max_results: int = 8) -> list[SearchResult]:
        """Up to ``max_results`` results for ``query``, best first."""
        ...


def http_client(timeout: float = 15.0) -> httpx.AsyncClient:
    """The HTTP client providers use: a timeout, a user agent, redirects followed."""
    return httpx.AsyncClient(timeout=timeout, headers={"User-Agent": USER_AGENT}, follow_redirects=True)


def clean_results(results: list[SearchResult], max_results: int) -> list[SearchResult]:
    """Drop results without an http(s) URL and duplicates, keep the first ``max_results``."""
    seen: set[str] = set()
    out: list[SearchResult] = []
    for r in results:
        if not r.url.startswith(("http://", "https://")) or r.url in seen:
            continue
        seen.add(r.url)
        out.append(SearchResult(title=" ".join(r.title.split())[:300] or r.url, url=r.url,
                                snippet=" ".join(r.snippet.split())[:500]))
        if len(out) >= max_results:
            break
    return out
