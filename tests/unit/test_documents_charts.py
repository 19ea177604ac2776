"""Charts: PNG and SVG with titles and labelled axes, from series or from SQL, as a tool with an image."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from agent_helpers import data_workspace
from PIL import Image

from gofer.computer.workspace import Workspace
from gofer.documents.charts import chart_series, render_chart
from gofer.documents.specs import ChartSpec
from gofer.tools.base import ToolContext, ToolError
from gofer.tools.documents import create_chart


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return data_workspace(tmp_path)


@pytest.mark.parametrize("kind", ["bar", "barh", "line", "area", "pie", "scatter", "stacked_bar"])
def test_every_kind_renders(ws: Workspace, kind: str) -> None:
    spec = ChartSpec.model_validate({"type": kind, "title": "T", "y_label": "Revenue", "units": "EUR",
                                     "categories": ["a", "b", "c"],
                                     "series": [{"name": "x", "values": [1, 2, 3]},
                                                {"name": "y", "values": [2, None, 1]}]})
    png = render_chart(ws, spec, dpi=40)
    with Image.open(io.BytesIO(png)) as im:
        assert im.format == "PNG" and im.size == (320, 180)


def test_svg_has_title_and_axis_labels(ws: Workspace) -> None:
    spec = ChartSpec.model_validate({"title": "Revenue by region", "x_label": "Region", "y_label": "Revenue",
                                     "units": "EUR", "categories": ["East"], "series": [{"name": "r", "values": [5]}]})
    svg = render_chart(ws, spec, fmt="svg").decode()
    assert "Revenue by region" in svg and "Revenue (EUR)" in svg and "Region" in svg


def test_series_from_sql_and_pivot(ws: Workspace) -> None:
    spec = ChartSpec.model_validate({"title": "t", "pivot": True, "data": {
        "sql": "SELECT month, region, SUM(revenue) FROM 'data/sales.csv' GROUP BY 1, 2 ORDER BY 1, 2"}})
    cats, series = chart_series(ws, spec)
    assert len(cats) == 24 and cats[0] == "2023-01"
    assert [s.name for s in series] == ["East", "North", "South", "West"]
    with pytest.raises(ToolError, match="three columns"):
        chart_series(ws, ChartSpec.model_validate({"title": "t", "pivot": True,
                                                    "data": {"sql": "SELECT 1 AS a, 2 AS b"}}))
    with pytest.raises(ToolError, match="not numeric"):
        chart_series(ws, ChartSpec.model_validate({"title": "t", "data": {"sql": "SELECT 'a' AS a, 'b' AS b"}}))


async def test_tool_returns_image_and_artifact(ws: Workspace) -> None:
    ctx = ToolContext(run_id="r", session_id="s", workspace=ws.root)
    spec = {"title": "T", "categories": ["a", "b"], "series": [{"name": "s", "values": [1, 2]}]}
    result = await create_chart(ctx, {"path": "charts/t.png", "spec": spec})
    assert result.images and result.images[0].data[:4] == b"\x89PNG"
    assert result.artifacts[0].path == "charts/t.png" and result.artifacts[0].mime == "image/png"
    svg = await create_chart(ctx, {"path": "charts/t.svg", "spec": spec})
    assert svg.images and ws.read_text("charts/t.svg").lstrip().startswith("<?xml")
    with pytest.raises(ToolError, match=r"\.png or \.svg"):
        await create_chart(ctx, {"path": "t.gif", "spec": spec})
    with pytest.raises(ToolError, match="2 categories"):
        create_chart.validate({"path": "t.png", "spec": {**spec, "series": [{"name": "s", "values": [1]}]}})
