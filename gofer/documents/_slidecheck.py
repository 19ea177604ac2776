"""Find slide text that overflows its box, in any .pptx (not only the ones gofer made)."""

from __future__ import annotations

from typing import Any

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Length

from gofer.documents._textfit import Para, needed_height, text_width

__all__ = ["slide_problems"]

_TITLE_TYPES = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}
_BODY_SIZES = [32.0, 28.0, 24.0, 20.0, 20.0]


def _inches(emu: float) -> str:
    return f"{emu / 914400:.1f} in"


def _placeholder_kind(shape: Any) -> str:
    if not shape.is_placeholder:
        return "text"
    kind = shape.placeholder_format.type
    if kind in _TITLE_TYPES:
        return "title"
    if kind == PP_PLACEHOLDER.SUBTITLE:
        return "subtitle"
    return "body"


def _scale(tf: Any) -> tuple[float, float]:
    """(font scale, line spacing reduction) from a normAutofit, as PowerPoint last applied it."""
    body = tf._txBody.find(qn("a:bodyPr"))
    fit = body.find(qn("a:normAutofit")) if body is not None else None
    if fit is None:
        return 1.0, 0.0
    scale = int(fit.get("fontScale", "100000")) / 100000
    reduction = int(fit.get("lnSpcReduction", "0")) / 100000
    return scale, reduction


def _paragraphs(shape: Any, kind: str) -> list[Para]:
    tf = shape.text_frame
    scale, reduction = _scale(tf)
    paras: list[Para] = []
    for para in tf.paragraphs:
        text = "".join(r.text for r in para.runs)
        sizes = [r.font.size.pt for r in para.runs if r.font.size is not None]
        bold = any(r.font.bold for r in para.runs)
        level = para.level
        if sizes:
            size = max(sizes)
        elif kind == "title":
            size = 44.0
        elif kind == "subtitle":
            size = 32.0
        elif kind == "body":
            size = _BODY_SIZES[min(level, 4)]
        else:
            size = 18.0
        size *= scale
        ppr = para._p.pPr
        if ppr is not None and ppr.get("marL") is not None:
            indent = int(ppr.get("marL")) / 12700
        elif kind == "body":
            indent = (Inches(0.375) + Inches(0.4) * level) / 12700
        else:
            indent = 0.0
        spacing = para.line_spacing
        factor = (spacing if isinstance(spacing, float) else 1.0) * (1 - reduction)
        if isinstance(spacing, Length):
            factor = spacing.pt / size / 1.2 if size else 1.0
        before = para.space_before.pt if para.space_before is not None else (0.2 * size if kind == "body" else 0)
        paras.append(Para(text, size * factor, indent, bold or kind == "title", before))
    return paras


def slide_problems(prs: Any) -> list[str]:
    """Overflowing text boxes and shapes off the slide, one message per problem."""
    problems: list[str] = []
    slide_w, slide_h = int(prs.slide_width), int(prs.slide_height)
    for n, slide in enumerate(prs.slides, start=1):
        for shape in slide.shapes:
            left, top = int(shape.left or 0), int(shape.top or 0)
            width, height = int(shape.width or 0), int(shape.height or 0)
            if width and height and (left + width > slide_w * 1.01 or top + height > slide_h * 1.01 or left < -slide_w
                                     * 0.01 or top < -slide_h * 0.01):
                problems.append(f"slide {n}: {shape.name!r} extends beyond the slide's edge")
            if not shape.has_text_frame or not shape.text_frame.text.strip() or not width:
                continue
            tf = shape.text_frame
            kind = _placeholder_kind(shape)
            paras = _paragraphs(shape, kind)
            inner_w = (width - int(tf.margin_left) - int(tf.margin_right)) / 12700
            inner_h = (height - int(tf.margin_top) - int(tf.margin_bottom)) / 12700
            body = tf._txBody.find(qn("a:bodyPr"))
            grows = body is not None and body.find(qn("a:spAutoFit")) is not None
            if tf.word_wrap is False or (body is not None and body.get("wrap") == "none"):
                widest = max((text_width(p.text, p.size, p.bold) + p.indent for p in paras), default=0.0)
                if widest > inner_w * 1.05 + 2:
                    problems.append(f"slide {n}: text in {shape.name!r} runs past its box's right edge "
                                    f"(needs {_inches(widest * 12700)}, has {_inches(inner_w * 12700)})")
                continue
            need = needed_height(paras, inner_w)
            if grows:
                if top / 12700 + need > slide_h / 12700 * 1.02:
                    problems.append(f"slide {n}: text in {shape.name!r} runs off the bottom of the slide; "
                                    "shorten it or split the slide")
            elif need > inner_h * 1.05 + 2:
                problems.append(
                    f"slide {n}: text in {shape.name!r} overflows its box (needs {_inches(Emu(int(need * 12700)))}"
                    f", has {_inches(inner_h * 12700)}); shorten it, split the slide or use a smaller font")
    return problems
