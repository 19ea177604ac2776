"""Word documents from specs: every block type, appending, markdown and PDF from the same spec."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from agent_helpers import data_workspace
from docx.enum.text import WD_BREAK
from pypdf import PdfReader

from gofer.computer.workspace import Workspace
from gofer.documents.docx_builder import append_docx, build_docx
from gofer.documents.specs import DocumentSpec
from gofer.tools.base import ToolArgumentsError, ToolContext, ToolError
from gofer.tools.documents import create_document


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return data_workspace(tmp_path, chart=True)


SPEC = {
    "title": "Quarterly report",
    "subtitle": "Draft",
    "blocks": [
        {"type": "heading", "text": "Summary"},
        {"type": "paragraph", "text": "Sales were **strong** and *steady*."},
        {"type": "bullets", "items": ["first", "  nested", "second"]},
        {"type": "bullets", "items": ["one", "two"], "numbered": True},
        {"type": "table", "columns": ["Region", "Revenue"], "rows": [["East", 1234.5], ["West", 99]],
         "caption": "Revenue"},
        {"type": "table", "data": {"sql": "SELECT region, COUNT(*) AS n FROM 'data/sales.csv' GROUP BY 1 ORDER BY 1"}},
        {"type": "page_break"},
        {"type": "heading", "text": "Chart", "level": 2},
        {"type": "image", "path": "chart.png", "caption": "Figure 1"},
    ],
}


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def test_every_block_type(ws: Workspace) -> None:
    doc = _open(build_docx(ws, DocumentSpec.model_validate(SPEC)))
    styles = [(getattr(p.style, "name", ""), p.text) for p in doc.paragraphs if p.text]
    assert ("Title", "Quarterly report") in styles
    assert ("Heading 1", "Summary") in styles and ("Heading 2", "Chart") in styles
    assert ("List Bullet", "first") in styles and ("List Bullet 2", "nested") in styles
    assert ("List Number", "one") in styles
    bold = [r.text for p in doc.paragraphs for r in p.runs if r.bold]
    assert "strong" in bold
    assert [c.text for c in doc.tables[0].rows[1].cells] == ["East", "1,234.50"]
    assert [c.text for c in doc.tables[1].rows[0].cells] == ["region", "n"]
    assert [c.text for c in doc.tables[1].rows[1].cells] == ["East", "96"]
    assert len(doc.inline_shapes) == 1
    breaks = [br for p in doc.paragraphs for r in p.runs for br in r._r.findall(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}br")]
    assert any(br.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}type") == "page"
               for br in breaks)
    assert WD_BREAK.PAGE is not None


def test_append_keeps_old_content(ws: Workspace) -> None:
    ws.write_bytes("r.docx", build_docx(ws, DocumentSpec.model_validate(SPEC)))
    more = DocumentSpec.model_validate({"title": "Annex", "blocks": [{"type": "paragraph", "text": "Extra"}]})
    doc = _open(append_docx(ws, "r.docx", more))
    texts = [p.text for p in doc.paragraphs]
    assert texts.index("Summary") < texts.index("Annex") < texts.index("Extra")


def test_errors_name_the_block(ws: Workspace) -> None:
    bad = DocumentSpec.model_validate({"blocks": [{"type": "paragraph", "text": "x"},
                                                  {"type": "image", "path": "missing.png"}]})
    with pytest.raises(ToolError, match=r"blocks\[1\] \(image\).*does not exist"):
        build_docx(ws, bad)
    with pytest.raises(ToolArgumentsError, match=r"spec\.blocks\.0"):
        create_document.validate({"path": "a.docx", "spec": {"blocks": [{"type": "heading"}]}})


async def test_tool_writes_docx_md_and_pdf(ws: Workspace) -> None:
    ctx = ToolContext(run_id="r", session_id="s", workspace=ws.root)
    result = await create_document(ctx, {"path": "out/report.docx", "spec": SPEC})
    assert "opens cleanly" in result.text and result.artifacts[0].path == "out/report.docx"
    assert create_document.risk.value == "reversible"
    md = await create_document(ctx, {"path": "out/report.md", "spec": SPEC})
    text = ws.read_text("out/report.md")
    assert md.artifacts and "# Quarterly report" in text and "![Figure 1](../chart.png)" in text
    assert "| East | 1,234.50 |" in text
    await create_document(ctx, {"path": "out/report.pdf", "spec": SPEC})
    reader = PdfReader(io.BytesIO(ws.read_bytes("out/report.pdf")))
    assert len(reader.pages) == 2 and "Quarterly report" in (reader.pages[0].extract_text() or "")
    appended = await create_document(ctx, {"path": "out/report.docx", "append": True,
                                           "spec": {"blocks": [{"type": "paragraph", "text": "PS"}]}})
    assert "appended" in appended.text
    with pytest.raises(ToolError, match="does not exist"):
        await create_document(ctx, {"path": "none.docx", "append": True, "spec": SPEC})
    with pytest.raises(ToolError, match=r"\.docx, \.md or \.pdf"):
        await create_document(ctx, {"path": "x.odt", "spec": SPEC})
