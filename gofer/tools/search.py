"""The ``web_search`` tool: titles, URLs and snippets from the configured search provider."""

from __future__ import annotations

from gofer.config import Settings
from gofer.events import Risk
from gofer.search import NOT_CONFIGURED, SearchError, provider_from_settings
from gofer.tools.base import ToolContext, ToolError, ToolResult, tool

__all__ = ["TOOLS", "web_search"]


@tool(risk=Risk.READ_ONLY)
async def web_search(ctx: ToolContext, query: str, max_results: int = 8) -> ToolResult:
    """Search the web; returns titles, URLs and snippets (open a result with the browser to read it).

    Args:
        query: What to search for, as you would type it into a search engine.
        max_results: How many results (1 to 20).
    """
    if not query.strip():
        raise ToolError("the query is empty")
    provider = ctx.extras.get("search_provider") or provider_from_settings(ctx.settings or Settings())
    if provider is None:
        raise ToolError(NOT_CONFIGURED)
    try:
        results = await provider.search(query.strip(), max(1, min(max_results, 20)))
    except SearchError as exc:
        raise ToolError(f"web search failed: {exc}") from None
    if not results:
        return ToolResult(text=f"no results for {query!r} ({provider.name})", untrusted=True,
                          data={"provider": provider.name, "results": []})
    lines = [f"{n}. {r.title}\n   {r.url}\n   {r.snippet}".rstrip() for n, r in enumerate(results, start=1)]
    return ToolResult(
        text=f"Results for {query!r} ({provider.name}):\n" + "\n".join(lines),
        untrusted=True,
        data={"provider": provider.name, "results": [r.model_dump() for r in results]},
    )


TOOLS = [web_search]
