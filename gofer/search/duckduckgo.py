"""A DuckDuckGo-based provider: the no-JavaScript HTML endpoint, parsed (no API key; best effort)."""

from __future__ import annotations

from urllib.parse import parse_qs, urljoin, urlparse

import httpx
from bs4 import BeautifulSoup

from gofer.search.base import SearchError, SearchResult, clean_results, http_client

__all__ = ["DuckDuckGoProvider"]


def _target(href: str, base: str) -> str:
    """The real URL behind DuckDuckGo's ``/l/?uddg=`` redirect links."""
    url = urljoin(base, href)
    parsed = urlparse(url)
    if parsed.path.startswith("/l/"):
        target = parse_qs(parsed.query).get("uddg")
        if target:
            return target[0]
    return url


class DuckDuckGoProvider:
    """Search DuckDuckGo's HTML results page. Unofficial: it may rate-limit or change its markup."""

    name = "duckduckgo"

    def __init__(self, *, base_url: str = "https://html.duckduckgo.com", timeout: float = 15.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    async def search(self, query: str, max_results: int = 8) -> list[SearchResult]:
        """Results for ``query`` parsed from the HTML page."""
        async with http_client(self.timeout) as client:
            try:
                resp = await client.post(f"{self.base_url}/html/", data={"q": query, "kl": "wt-wt"})
            except httpx.HTTPError as exc:
                raise SearchError(f"DuckDuckGo is unreachable: {exc}") from None
        if resp.status_code in (202, 403, 429):
            raise SearchError("DuckDuckGo is rate-limiting these searches; try again later or configure SearXNG")
        if resp.status_code != 200:
            raise SearchError(f"DuckDuckGo answered HTTP {resp.status_code}")
        soup = BeautifulSoup(resp.text, "html.parser")
        results: list[SearchResult] = []
        for block in soup.select(".result"):
            if "result--ad" in (block.get("class") or []):
                continue
            link = block.select_one("a.result__a")
            if link is None or not link.get("href"):
                continue
            snippet = block.select_one(".result__snippet")
            results.append(SearchResult(
                title=link.get_text(" ", strip=True),
                url=_target(str(link["href"]), self.base_url + "/"),
                snippet=snippet.get_text(" ", strip=True) if snippet is not None else "",
            ))
        return clean_results(results, max_results)
