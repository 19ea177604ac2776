"""Slide decks from specs: layouts, images, native charts, notes, text that fits, splitting, appending."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from agent_helpers import data_workspace
from pptx import Presentation
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.presentation import Presentation as PptxPresentation
from pptx.util import Inches, Pt

from gofer.computer.workspace import Workspace
from gofer.documents._slidecheck import slide_problems
from gofer.documents.pptx_builder import append_pptx, build_pptx
from gofer.documents.specs import PresentationSpec
from gofer.tools.base import ToolContext, ToolError
from gofer.tools.documents import create_presentation


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return data_workspace(tmp_path, chart=True)


DECK = {
    "slides": [
        {"title": "Sales review", "subtitle": "2023–2024", "notes": "Welcome"},
        {"title": "Highlights", "bullets": ["Growth of 8%", "  East leads", "Docks grow fastest"],
         "image": "chart.png", "notes": "Numbers are revenue"},
        {"title": "By region", "chart": {"type": "column", "data": {
            "sql": "SELECT region, SUM(revenue) AS revenue FROM 'data/sales.csv' GROUP BY 1 ORDER BY 1"}}},
        {"title": "Pie", "chart": {"type": "pie", "categories": ["a", "b"],
                                   "series": [{"name": "share", "values": [60, 40]}]}},
    ]
}


def _open(data: bytes) -> PptxPresentation:
    return Presentation(io.BytesIO(data))


def _texts(slide: Any) -> list[str]:
    return [p.text for s in slide.shapes if s.has_text_frame for p in s.text_frame.paragraphs if p.text]


def test_deck_layouts_images_charts_notes(ws: Workspace) -> None:
    data, count = build_pptx(ws, PresentationSpec.model_validate(DECK))
    prs = _open(data)
    assert count == 4 and len(prs.slides) == 4
    assert prs.slide_width == Inches(13.333)
    titles = [s.shapes.title.text for s in prs.slides]
    assert titles == ["Sales review", "Highlights", "By region", "Pie"]
    cover, highlights, region, _ = prs.slides
    assert "2023–2024" in _texts(cover)
    assert cover.notes_slide.notes_text_frame.text == "Welcome"
    assert "East leads" in _texts(highlights)
    body = next(s for s in highlights.shapes if s.has_text_frame and "Growth of 8%" in s.text_frame.text)
    assert [p.level for p in body.text_frame.paragraphs] == [0, 1, 0]
    assert any(s.shape_type == 13 for s in highlights.shapes)  # a picture
    chart = next(s for s in region.shapes if s.has_chart).chart
    assert list(chart.plots[0].categories) == ["East", "North", "South", "West"]
    assert slide_problems(prs) == []


def test_long_text_shrinks_then_splits(ws: Workspace) -> None:
    medium = [f"Point {i}: a sentence of moderate length about the quarter" for i in range(8)]
    data, count = build_pptx(ws, PresentationSpec.model_validate({"slides": [{"title": "M", "bullets": medium}]}))
    prs = _open(data)
    sizes = [r.font.size for s in prs.slides[0].shapes if s.has_text_frame
             for p in s.text_frame.paragraphs for r in p.runs if "Point" in r.text]
    assert count == 1 and sizes and all(Pt(16) <= size <= Pt(28) for size in sizes)
    many = [f"Bullet {i}: " + "a rather long sentence that keeps going for a while " * 2 for i in range(20)]
    data, count = build_pptx(ws, PresentationSpec.model_validate({"slides": [{"title": "Many", "bullets": many}]}))
    prs = _open(data)
    assert count == len(prs.slides) > 1
    assert prs.slides[1].shapes.title.text == "Many (cont.)"
    joined = [t for s in prs.slides for t in _texts(s) if t.startswith("Bullet")]
    assert joined == [m.strip() for m in many] and slide_problems(prs) == []


def test_text_that_cannot_fit_is_an_error(ws: Workspace) -> None:
    with pytest.raises(ToolError, match=r"slides\[0\]: the title is too long"):
        build_pptx(ws, PresentationSpec.model_validate({"slides": [{"title": "word " * 80, "bullets": ["x"]}]}))
    with pytest.raises(ToolError, match="too long for a slide"):
        build_pptx(ws, PresentationSpec.model_validate({"slides": [{"title": "T", "bullets": ["w " * 3000]}]}))


def test_overflow_is_detected_in_foreign_decks() -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(1))
    box.text_frame.word_wrap = True
    box.text_frame.auto_size = MSO_AUTO_SIZE.NONE
    box.text_frame.text = "This text is far too long for a small box at this size. " * 6
    for p in box.text_frame.paragraphs:
        for r in p.runs:
            r.font.size = Pt(24)
    slide.shapes.add_textbox(Inches(9), Inches(1), Inches(3), Inches(1)).text_frame.text = "off"
    problems = slide_problems(prs)
    assert any("overflows its box" in p and "slide 1" in p for p in problems)
    assert any("beyond the slide" in p for p in problems)


def test_append_slides(ws: Workspace) -> None:
    data, _ = build_pptx(ws, PresentationSpec.model_validate(DECK))
    ws.write_bytes("deck.pptx", data)
    more = PresentationSpec.model_validate({"slides": [{"title": "Appendix", "bullets": ["Sources"]}]})
    data, count = append_pptx(ws, "deck.pptx", more)
    prs = _open(data)
    assert count == 5 and prs.slides[4].shapes.title.text == "Appendix"


async def test_tool(ws: Workspace) -> None:
    ctx = ToolContext(run_id="r", session_id="s", workspace=ws.root)
    result = await create_presentation(ctx, {"path": "deck.pptx", "spec": DECK})
    assert "4 slides" in result.text and "opens cleanly" in result.text
    assert result.artifacts[0].mime.endswith("presentationml.presentation")
    with pytest.raises(ToolError, match="image or a chart"):
        create_presentation.validate({"path": "d.pptx", "spec": {"slides": [
            {"title": "x", "image": "a.png", "chart": {"categories": ["a"], "series": [{"name": "s", "values": [1]}]}}
        ]}})
