"""Web search providers against local servers on 127.0.0.1, and the web_search tool."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from pydantic import SecretStr

from gofer.config import Settings
from gofer.search import (
    BraveProvider,
    DuckDuckGoProvider,
    SearchError,
    SearxngProvider,
    provider_from_settings,
)
from gofer.testing import CannedResponse, ScriptedHTTPServer
from gofer.tools.base import ToolContext, ToolError
from gofer.tools.search import web_search

SEARXNG = {
    "query": "gofer agent",
    "results": [
        {"title": "Gofer  docs", "url": "https://gofer.example/docs", "content": "How to run\n gofer."},
        {"title": "Dup", "url": "https://gofer.example/docs", "content": "same url again"},
        {"title": "Bad scheme", "url": "javascript:alert(1)", "content": "dropped"},
        {"title": "Blog", "url": "https://blog.example/post", "content": "A post."},
    ],
}

DDG_HTML = """<html><body>
<div class="result results_links result--ad"><a class="result__a" href="https://ads.example/">Ad</a></div>
<div class="result results_links"><h2><a class="result__a"
   href="//duckduckgo.com/l/?uddg=https%3A%2F%2Fpython.org%2Fdocs%2F&rut=x">Python <b>docs</b></a></h2>
   <a class="result__snippet">The official documentation.</a></div>
<div class="result results_links"><a class="result__a" href="https://pypi.org/">PyPI</a>
   <div class="result__snippet">Packages.</div></div>
</body></html>"""


async def test_searxng_json_api() -> None:
    with ScriptedHTTPServer([CannedResponse(200, SEARXNG)]) as server:
        results = await SearxngProvider(server.url + "/").search("gofer agent", max_results=5)
        query = parse_qs(urlparse(server.requests[0].path).query)
    assert query == {"q": ["gofer agent"], "format": ["json"]}
    assert [(r.title, r.url) for r in results] == [
        ("Gofer docs", "https://gofer.example/docs"), ("Blog", "https://blog.example/post")]
    assert results[0].snippet == "How to run gofer."


async def test_searxng_errors() -> None:
    with ScriptedHTTPServer([CannedResponse(403, "forbidden"), CannedResponse(200, "not json")]) as server:
        with pytest.raises(SearchError, match="JSON format"):
            await SearxngProvider(server.url).search("q")
        with pytest.raises(SearchError, match="not JSON"):
            await SearxngProvider(server.url).search("q")
    with pytest.raises(SearchError, match="unreachable"):
        await SearxngProvider("http://127.0.0.1:9", timeout=2).search("q")


async def test_brave_api() -> None:
    body = {"web": {"results": [{"title": "<strong>Brave</strong> result", "url": "https://b.example/",
                                 "description": "A <strong>good</strong> page"}]}}
    with ScriptedHTTPServer([CannedResponse(200, body), CannedResponse(401, {})]) as server:
        provider = BraveProvider("k-123", base_url=server.url)
        results = await provider.search("brave", max_results=3)
        sent = server.requests[0]
        with pytest.raises(SearchError, match="refused the key"):
            await provider.search("again")
    assert sent.path.startswith("/res/v1/web/search?") and "count=3" in sent.path
    assert sent.headers["x-subscription-token"] == "k-123"
    assert results[0].title == "Brave result" and results[0].snippet == "A good page"


async def test_duckduckgo_html() -> None:
    with ScriptedHTTPServer([CannedResponse(200, DDG_HTML, {"content-type": "text/html"}),
                             CannedResponse(202, "")]) as server:
        provider = DuckDuckGoProvider(base_url=server.url)
        results = await provider.search("python docs")
        form = parse_qs(server.requests[0].body.decode())
        with pytest.raises(SearchError, match="rate-limiting"):
            await provider.search("again")
    assert form["q"] == ["python docs"]
    assert [(r.title, r.url, r.snippet) for r in results] == [
        ("Python docs", "https://python.org/docs/", "The official documentation."),
        ("PyPI", "https://pypi.org/", "Packages."),
    ]


def test_provider_choice_from_settings() -> None:
    assert provider_from_settings(Settings()) is None
    assert isinstance(provider_from_settings(Settings(searxng_url="http://127.0.0.1:1")), SearxngProvider)
    assert isinstance(provider_from_settings(Settings(brave_api_key=SecretStr("k"))), BraveProvider)
    assert isinstance(provider_from_settings(Settings(search_provider="duckduckgo")), DuckDuckGoProvider)
    assert provider_from_settings(Settings(search_provider="none", searxng_url="http://127.0.0.1:1")) is None
    assert provider_from_settings(Settings(search_provider="brave")) is None


async def test_web_search_tool(tmp_path: Path) -> None:
    with pytest.raises(ToolError, match="web search is not configured"):
        await web_search(ToolContext("r", "s", tmp_path, settings=Settings()), {"query": "x"})
    with ScriptedHTTPServer([CannedResponse(200, SEARXNG), CannedResponse(500, "boom")]) as server:
        ctx = ToolContext("r", "s", tmp_path, settings=Settings(searxng_url=server.url))
        result = await web_search(ctx, {"query": "gofer agent", "max_results": 1})
        with pytest.raises(ToolError, match="web search failed: SearXNG answered HTTP 500"):
            await web_search(ctx, {"query": "gofer agent"})
    assert result.untrusted
    assert "1. Gofer docs\n   https://gofer.example/docs\n   How to run gofer." in result.text
    assert result.data == {"provider": "searxng", "results": [
        {"title": "Gofer docs", "url": "https://gofer.example/docs", "snippet": "How to run gofer."}]}
    assert web_search.risk.value == "read_only"
