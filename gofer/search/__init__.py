"""Web search providers (SearXNG, Brave Search API, DuckDuckGo) and the choice among them from settings."""

from __future__ import annotations

from typing import Any

from gofer.search.base import SearchError, SearchProvider, SearchResult
from gofer.search.brave import BraveProvider
from gofer.search.duckduckgo import DuckDuckGoProvider
from gofer.search.searxng import SearxngProvider

__all__ = [
    "NOT_CONFIGURED",
    "BraveProvider",
    "DuckDuckGoProvider",
    "SearchError",
    "SearchProvider",
    "SearchResult",
    "SearxngProvider",
    "provider_from_settings",
]

NOT_CONFIGURED = (
    "web search is not configured: set GOFER_SEARXNG_URL (a SearXNG instance with the JSON format on), "
    "GOFER_BRAVE_API_KEY, or GOFER_SEARCH_PROVIDER=duckduckgo; meanwhile open a search engine in the browser"
)


def provider_from_settings(settings: Any) -> SearchProvider | None:
    """The provider the settings ask for, or None when web search is off or not configured."""
    choice = getattr(settings, "search_provider", "auto") or "auto"
    url = getattr(settings, "searxng_url", None)
    key_secret = getattr(settings, "brave_api_key", None)
    key = key_secret.get_secret_value() if key_secret is not None else None
    if choice == "auto":
        choice = "searxng" if url else "brave" if key else "none"
    if choice == "searxng":
        return SearxngProvider(url) if url else None
    if choice == "brave":
        return BraveProvider(key) if key else None
    if choice == "duckduckgo":
        return DuckDuckGoProvider()
    return None
