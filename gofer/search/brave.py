"""The Brave Search API (``/res/v1/web/search`` with an ``X-Subscription-Token``)."""

from __future__ import annotations

import re

import httpx

from gofer.search.base import SearchError, SearchResult, clean_results, http_client

__all__ = ["BraveProvider"]

_TAGS = re.compile(r"<[^>]+>")


class BraveProvider:
    """Search with a Brave Search API key."""

    name = "brave"

    def __init__(self, api_key: str, *, base_url: str = "https://api.search.brave.com", timeout: float = 15.0) -> None:
        self.api_key = api_key
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    async def search(self, query: str, max_results: int = 8) -> list[SearchResult]:
        """Web results for ``query``."""
        headers = {"X-Subscription-Token": self.api_key, "Accept": "application/json"}
        params: dict[str, str | int] = {"q": query, "count": max(1, min(max_results, 20))}
        async with http_client(self.timeout) as client:
            try:
                resp = await client.get(f"{self.base_url}/res/v1/web/search", params=params, headers=headers)
            except httpx.HTTPError as exc:
                raise SearchError(f"the Brave Search API is unreachable: {exc}") from None
        if resp.status_code in (401, 403):
            raise SearchError("the Brave Search API refused the key (check GOFER_BRAVE_API_KEY)")
        if resp.status_code == 429:
            raise SearchError("the Brave Search API rate limit was hit; try again later")
        if resp.status_code != 200:
            raise SearchError(f"the Brave Search API answered HTTP {resp.status_code}")
        try:
            items = (resp.json().get("web") or {}).get("results", [])
        except ValueError:
            raise SearchError("the Brave Search API's answer is not JSON") from None
        results = [
            SearchResult(title=_TAGS.sub("", str(i.get("title") or "")), url=str(i.get("url") or ""),
                         snippet=_TAGS.sub("", str(i.get("description") or "")))
            for i in items if isinstance(i, dict)
        ]
        return clean_results(results, max_results)
