"""PDFs from markdown (reportlab) and from Office files, and CSV output."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from gofer.computer.workspace import Workspace
from gofer.documents.charts import save_chart
from gofer.documents.office import libreoffice_path
from gofer.documents.pdf_builder import markdown_to_pdf
from gofer.documents.specs import ChartSpec
from gofer.tools.base import ToolContext, ToolError
from gofer.tools.documents import create_csv, create_document, create_pdf

MARKDOWN = """# Trip report

Visited **three** customers in *two* days; costs: 1 200 € (ünïcödé ok).

## Costs

| Item | EUR |
|---|---|
| Train | 180 |
| Hotel | 420 |

- first point
  - nested point
1. numbered

![Figure 1: a chart](chart.png)

\\newpage

## Next

Second page text.
"""


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    w = Workspace(tmp_path / "ws")
    spec = {"title": "T", "categories": ["a"], "series": [{"name": "s", "values": [1]}]}
    save_chart(w, ChartSpec.model_validate(spec), "chart.png")
    return w


def test_markdown_to_pdf(ws: Workspace) -> None:
    reader = PdfReader(io.BytesIO(markdown_to_pdf(ws, MARKDOWN, title="Trip")))
    assert len(reader.pages) == 2
    first = reader.pages[0].extract_text() or ""
    assert "Trip report" in first and "Hotel" in first and "ünïcödé" in first and "nested point" in first
    assert "Second page text." in (reader.pages[1].extract_text() or "")
    assert reader.metadata is not None and reader.metadata.title == "Trip"
    with pytest.raises(ToolError, match="empty"):
        markdown_to_pdf(ws, "   \n")


async def test_create_pdf_tool(ws: Workspace) -> None:
    ctx = ToolContext(run_id="r", session_id="s", workspace=ws.root)
    result = await create_pdf(ctx, {"path": "out/trip.pdf", "markdown": MARKDOWN})
    assert "opens cleanly" in result.text and result.artifacts[0].mime == "application/pdf"
    with pytest.raises(ToolError, match="either markdown or source"):
        await create_pdf(ctx, {"path": "x.pdf"})


@pytest.mark.slow
async def test_create_pdf_from_docx(ws: Workspace) -> None:
    ctx = ToolContext(run_id="r", session_id="s", workspace=ws.root)
    await create_document(ctx, {"path": "r.docx", "spec": {"title": "Converted", "blocks": [
        {"type": "paragraph", "text": "Body text"}]}})
    converted = await create_pdf(ctx, {"path": "r.pdf", "source": "r.docx"})
    assert converted.artifacts
    text = PdfReader(io.BytesIO(ws.read_bytes("r.pdf"))).pages[0].extract_text() or ""
    assert "Converted" in text and "Body text" in text
    if libreoffice_path() is None:
        assert "LibreOffice is not installed" in converted.text


async def test_create_csv(ws: Workspace) -> None:
    ctx = ToolContext(run_id="r", session_id="s", workspace=ws.root)
    result = await create_csv(ctx, {"path": "t.csv", "columns": ["a", "b"], "rows": [[1, "x,y"], [2, None]]})
    assert "2 rows" in result.text and ws.read_text("t.csv") == 'a,b\n1,"x,y"\n2,\n'
    with pytest.raises(ToolError, match="rows\\[0\\] has 1 values"):
        await create_csv(ctx, {"path": "t.csv", "columns": ["a", "b"], "rows": [[1]]})
