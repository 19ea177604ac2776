"""SearXNG (self-hosted metasearch) through its JSON API: ``GET /search?q=…&format=json``."""

from __future__ import annotations

import httpx

from gofer.search.base import SearchError, SearchResult, clean_results, http_client

__all__ = ["SearxngProvider"]


class SearxngProvider:
    """Search a SearXNG instance; its settings must allow the ``json`` format."""

    name = "searxng"

    def __init__(self, base_url: str, *, timeout: float = 15.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    async def search(self, query: str, max_results: int = 8) -> list[SearchResult]:
        """Results for ``query`` from the instance."""
        async with http_client(self.timeout) as client:
            try:
                resp = await client.get(f"{self.base_url}/search", params={"q": query, "format": "json"})
            except httpx.HTTPError as exc:
                raise SearchError(f"SearXNG at {self.base_url} is unreachable: {exc}") from None
        if resp.status_code == 403:
            raise SearchError("SearXNG refused the JSON format; enable it under search.formats in settings.yml")
        if resp.status_code != 200:
            raise SearchError(f"SearXNG answered HTTP {resp.status_code}")
        try:
            items = resp.json().get("results", [])
        except ValueError:
            raise SearchError("SearXNG's answer is not JSON") from None
        results = [
            SearchResult(title=str(i.get("title") or ""), url=str(i.get("url") or ""),
                         snippet=str(i.get("content") or ""))
            for i in items if isinstance(i, dict)
        ]
        return clean_results(results, max_results)
