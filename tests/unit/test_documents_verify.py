"""The self-check: broken files, overflowing slides, formula errors, empty files; previews."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from pptx import Presentation
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.util import Inches, Pt
from reportlab.pdfgen import canvas

from gofer.computer.workspace import Workspace
from gofer.documents import render_preview, verify_details, verify_file
from gofer.documents.office import libreoffice_path

needs_libreoffice = pytest.mark.skipif(libreoffice_path() is None, reason="LibreOffice is not installed")


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "ws")


def _save(obj: object) -> bytes:
    buf = io.BytesIO()
    obj.save(buf)  # type: ignore[attr-defined]
    return buf.getvalue()


def test_broken_missing_and_empty_files(ws: Workspace) -> None:
    ws.write_bytes("broken.docx", b"PK\x03\x04 truncated")
    ws.write_bytes("broken.png", b"\x89PNG nothing")
    ws.write_bytes("empty.pdf", b"")
    ws.write_text("ragged.csv", "a,b\n1,2\n3\n")
    assert any("not a valid Office file" in p for p in verify_file(ws, "broken.docx"))
    assert any("cannot be opened as .png" in p for p in verify_file(ws, "broken.png"))
    assert verify_file(ws, "empty.pdf") == ["the file is empty"]
    assert any("different number of fields" in p for p in verify_file(ws, "ragged.csv"))
    assert any("does not exist" in p for p in verify_file(ws, "nope.xlsx"))


def test_good_files_pass(ws: Workspace) -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "hello")
    c.showPage()
    c.save()
    ws.write_bytes("ok.pdf", buf.getvalue())
    ws.write_text("ok.csv", "a,b\n1,2\n")
    ws.write_text("ok.json", '{"a": 1}')
    assert verify_file(ws, "ok.pdf") == [] and verify_file(ws, "ok.csv") == [] and verify_file(ws, "ok.json") == []


def test_overflowing_slide_is_caught(ws: Workspace) -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Everything we learned"
    body = slide.placeholders[1].text_frame
    body.text = "A long bullet that goes on to say a great many things about the quarter"
    for _ in range(14):
        body.add_paragraph().text = "Another long bullet that also says a great many things about it"
    ws.write_bytes("deck.pptx", _save(prs))
    problems = verify_file(ws, "deck.pptx")
    assert len(problems) == 1 and "slide 1" in problems[0] and "overflows its box" in problems[0]
    for para in body.paragraphs:
        for run in para.runs:
            run.font.size = Pt(8)
    ws.write_bytes("deck.pptx", _save(prs))
    assert verify_file(ws, "deck.pptx") == []


def test_fixed_box_overflow_and_empty_deck(ws: Workspace) -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(3), Inches(0.6))
    box.text_frame.word_wrap = True
    box.text_frame.auto_size = MSO_AUTO_SIZE.NONE
    box.text_frame.text = "Three lines of text will not fit into a box this short"
    ws.write_bytes("d.pptx", _save(prs))
    assert any("overflows" in p for p in verify_file(ws, "d.pptx"))
    ws.write_bytes("none.pptx", _save(Presentation()))
    assert verify_file(ws, "none.pptx") == ["the deck has no slides"]


def _book(formula: str) -> bytes:
    wb = openpyxl.Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = "S"
    sheet.append(["a", 1])
    sheet.append(["b", 0])
    sheet["B3"] = formula
    return _save(wb)


def test_formula_references_are_checked_without_evaluation(ws: Workspace) -> None:
    ws.write_bytes("ref.xlsx", _book("=SUM(Missing!A1:A2)"))
    assert any("missing sheet" in p for p in verify_file(ws, "ref.xlsx"))
    ws.write_bytes("paren.xlsx", _book("=SUM(B1:B2"))
    assert any("unbalanced" in p for p in verify_file(ws, "paren.xlsx"))


@needs_libreoffice
@pytest.mark.slow
def test_formula_errors_are_evaluated_with_libreoffice(ws: Workspace) -> None:
    ws.write_bytes("div.xlsx", _book("=B1/B2"))
    problems = verify_file(ws, "div.xlsx")
    assert problems == ["S!B3: =B1/B2 evaluates to #DIV/0!"]
    ws.write_bytes("ok.xlsx", _book("=SUM(B1:B2)"))
    details = verify_details(ws, "ok.xlsx")
    assert details.problems == [] and details.notes == []


def test_previews(ws: Workspace) -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "hello")
    c.showPage()
    c.save()
    ws.write_bytes("docs/a.pdf", buf.getvalue())
    target = render_preview(ws, "docs/a.pdf")
    assert target == ".gofer/previews/docs__a.pdf.png"
    assert ws.read_bytes(target)[:8] == b"\x89PNG\r\n\x1a\n"
    assert render_preview(ws, "missing.pdf") is None
    ws.write_text("a.txt", "plain")
    assert render_preview(ws, "a.txt") is None


@needs_libreoffice
@pytest.mark.slow
def test_office_preview_with_libreoffice(ws: Workspace) -> None:
    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[0]).shapes.title.text = "Hello"
    ws.write_bytes("deck.pptx", _save(prs))
    target = render_preview(ws, "deck.pptx")
    assert target is not None and ws.read_bytes(target)[:4] == b"\x89PNG"
