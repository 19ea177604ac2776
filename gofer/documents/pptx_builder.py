"""Slide decks from a :class:`PresentationSpec` with python-pptx: a clean 16:9 theme, text measured to fit.

Every title and bullet list is measured (see ``_textfit``) and set at the largest size that fits its box;
bullets that do not fit even at the smallest readable size continue on a "(cont.)" slide.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from lxml import etree
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PptxPresentation
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

from gofer.computer.workspace import Workspace
from gofer.documents._answers import office_check
from gofer.documents._common import files_named, load_image, query_rows, split_indent
from gofer.documents._deadline import READ_TIMEOUT, within_deadline
from gofer.documents._io import MAX_DOCUMENT_BYTES, check_zip, read_capped
from gofer.documents._textfit import fit_size
from gofer.documents.charts import PALETTE
from gofer.documents.specs import NativeChartSpec, PresentationSpec, SlideSpec
from gofer.tools.base import ToolError

__all__ = ["BODY_MAX_PT", "BODY_MIN_PT", "append_pptx", "build_pptx"]

BODY_MAX_PT, BODY_MIN_PT = 28.0, 14.0
TITLE_MAX_PT, TITLE_MIN_PT = 36.0, 20.0
INSET_X, INSET_Y = Inches(0.1), Inches(0.05)
BULLET_INDENT, LEVEL_INDENT = Inches(0.3), Inches(0.35)
_TEXT = RGBColor(0x33, 0x33, 0x33)
_CHART_TYPES = {
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
    "pie": XL_CHART_TYPE.PIE,
    "stacked_column": XL_CHART_TYPE.COLUMN_STACKED,
}


def _pt(emu: int) -> float:
    return float(emu) / 12700.0


@dataclass(frozen=True)
class _Box:
    left: int
    top: int
    width: int
    height: int


class _Geometry:
    """Where things go on a slide of the deck's size."""

    def __init__(self, prs: PptxPresentation) -> None:
        w, h = int(prs.slide_width or Inches(13.333)), int(prs.slide_height or Inches(7.5))
        self.w, self.h = w, h
        m = int(w * 0.045)
        self.title = _Box(m, int(h * 0.05), w - 2 * m, int(h * 0.14))
        self.bar = _Box(m, int(h * 0.195), int(w * 0.08), int(h * 0.008))
        body_top = int(h * 0.235)
        body_h = int(h * 0.69)
        self.body = _Box(m, body_top, w - 2 * m, body_h)
        split = int((w - 2 * m) * 0.4)
        self.body_left = _Box(m, body_top, split, body_h)
        self.visual_right = _Box(m + split + int(w * 0.02), body_top, w - 2 * m - split - int(w * 0.02), body_h)
        self.cover_title = _Box(m, int(h * 0.30), w - 2 * m, int(h * 0.26))
        self.cover_sub = _Box(m, int(h * 0.58), w - 2 * m, int(h * 0.16))


def _layout(prs: PptxPresentation, names: tuple[str, ...], fallback: int):
    for layout in prs.slide_layouts:
        if layout.name in names:
            return layout
    layouts = list(prs.slide_layouts)
    return layouts[min(fallback, len(layouts) - 1)]


def _place(shape, box: _Box) -> None:
    shape.left, shape.top, shape.width, shape.height = Emu(box.left), Emu(box.top), Emu(box.width), Emu(box.height)


def _frame(shape, anchor: MSO_ANCHOR) -> None:
    tf = shape.text_frame
    tf.word_wrap = True
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.vertical_anchor = anchor
    tf.margin_left = tf.margin_right = INSET_X
    tf.margin_top = tf.margin_bottom = INSET_Y


def _fit_title(text: str, box: _Box, max_pt: float, min_pt: float, where: str) -> float:
    size = fit_size([(text, 0)], _pt(box.width - 2 * INSET_X), _pt(box.height - 2 * INSET_Y), max_size=max_pt,
                    min_size=min_pt, indent_per_level=0, bullet_indent=0, bold=True)
    if size is None:
        raise ToolError(f"{where}: the title is too long to fit ({len(text)} characters); shorten it")
    return size


def _set_text(shape, text: str, size: float, color: RGBColor, bold: bool, align=PP_ALIGN.LEFT) -> None:
    tf = shape.text_frame
    tf.text = text
    for para in tf.paragraphs:
        para.alignment = align
        para.line_spacing = 1.0
        for run in para.runs:
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.color.rgb = color


def _bullet_chunks(items: list[tuple[str, int]], box: _Box, where: str) -> list[tuple[list[tuple[str, int]], float]]:
    """Split (text, level) items into slides whose text fits the box, each with its font size."""
    width, height = _pt(box.width - 2 * INSET_X), _pt(box.height - 2 * INSET_Y)

    def fits(chunk: list[tuple[str, int]], max_pt: float = BODY_MAX_PT) -> float | None:
        return fit_size(chunk, width, height, max_size=max_pt, min_size=BODY_MIN_PT,
                        indent_per_level=_pt(LEVEL_INDENT), bullet_indent=_pt(BULLET_INDENT))

    whole = fits(items)
    if whole is not None and (whole >= 16 or len(items) <= 2):
        return [(items, whole)]
    chunks: list[tuple[list[tuple[str, int]], float]] = []
    rest = list(items)
    while rest:
        n = 1
        if fits(rest[:1], 20) is None:
            raise ToolError(f"{where}: bullet {rest[0][0][:40]!r}… is too long for a slide; shorten or split it")
        while n < len(rest) and fits(rest[: n + 1], 20) is not None:
            n += 1
        chunk = rest[:n]
        size = fits(chunk, 20)
        chunks.append((chunk, size or BODY_MIN_PT))
        rest = rest[n:]
    return chunks


def _bullets(shape, items: list[tuple[str, int]], size: float) -> None:
    tf = shape.text_frame
    tf.clear()
    for i, (text, level) in enumerate(items):
        para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        para.level = level
        para.line_spacing = 1.0
        para.space_before = Pt(size * 0.35) if i else Pt(0)
        ppr = para._p.get_or_add_pPr()
        ppr.set("marL", str(int(BULLET_INDENT + LEVEL_INDENT * level)))
        ppr.set("indent", str(-int(BULLET_INDENT)))
        for tag in ("a:buNone", "a:buChar", "a:buAutoNum", "a:buFont"):
            for old in ppr.findall(qn(tag)):
                ppr.remove(old)
        etree.SubElement(ppr, qn("a:buFont"), typeface="Arial")
        etree.SubElement(ppr, qn("a:buChar"), char="•" if level == 0 else "–")
        run = para.add_run()
        run.text = text
        run.font.size = Pt(size - 2 * min(level, 2))
        run.font.color.rgb = _TEXT


def _picture(slide: Slide, ws: Workspace, path: str, box: _Box) -> None:
    data, w, h = load_image(ws, path)
    scale = min(box.width / w, box.height / h)
    pw, ph = int(w * scale), int(h * scale)
    slide.shapes.add_picture(io.BytesIO(data), Emu(box.left + (box.width - pw) // 2),
                             Emu(box.top + (box.height - ph) // 2), Emu(pw), Emu(ph))


def _chart(slide: Slide, ws: Workspace, spec: NativeChartSpec, box: _Box, accent: RGBColor) -> None:
    cats, series = list(spec.categories), [(s.name, s.values) for s in spec.series]
    if spec.data is not None:
        result = query_rows(ws, spec.data, max_rows=200)
        if len(result.columns) < 2:
            raise ToolError("chart data needs a category column and at least one value column")
        cats = [str(r[0]) for r in result.rows]
        series = [(name, [None if r[i] is None else float(r[i]) for r in result.rows])
                  for i, name in enumerate(result.columns[1:], start=1)]
    data = CategoryChartData(number_format=spec.number_format)
    data.categories = cats
    for name, values in series:
        if len(values) != len(cats):
            raise ToolError(f"chart series {name!r} has {len(values)} values for {len(cats)} categories")
        data.add_series(name, values)
    frame = slide.shapes.add_chart(_CHART_TYPES[spec.type], Emu(box.left), Emu(box.top), Emu(box.width),
                                   Emu(box.height), data)  # type: ignore[arg-type]
    chart = frame.chart  # type: ignore[attr-defined]
    chart.font.size = Pt(12)
    chart.font.color.rgb = _TEXT
    if spec.title:
        chart.has_title = True
        chart.chart_title.text_frame.text = spec.title
        chart.chart_title.text_frame.paragraphs[0].runs[0].font.size = Pt(14)
    else:
        chart.has_title = False
    chart.has_legend = len(series) > 1 or spec.type == "pie"
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    if spec.type != "pie":
        axis = chart.value_axis
        axis.tick_labels.number_format = spec.number_format
        axis.tick_labels.number_format_is_linked = False
        axis.has_major_gridlines = True
        axis.major_gridlines.format.line.color.rgb = RGBColor(0xDD, 0xDD, 0xDD)
        for i, plot_series in enumerate(chart.plots[0].series):
            fill = plot_series.format.fill if spec.type != "line" else None
            color = accent if i == 0 else RGBColor.from_string(PALETTE[i % len(PALETTE)].lstrip("#"))
            if fill is not None:
                fill.solid()
                fill.fore_color.rgb = color
            else:
                plot_series.format.line.color.rgb = color


def _accent_bar(slide: Slide, geo: _Geometry, accent: RGBColor) -> None:
    bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(geo.bar.left), Emu(geo.bar.top), Emu(geo.bar.width),
                                 Emu(geo.bar.height))
    bar.fill.solid()
    bar.fill.fore_color.rgb = accent
    bar.line.fill.background()


def _add_slide(prs: PptxPresentation, ws: Workspace, spec: SlideSpec, index: int, accent: RGBColor,
               first: bool) -> int:
    """Add one spec slide (possibly split over several); returns how many slides were added."""
    geo = _Geometry(prs)
    where = f"slides[{index}]"
    kind = spec.layout
    if kind == "auto":
        kind = "title" if first and not spec.bullets and not spec.image and not spec.chart else "content"
    if kind in ("title", "section"):
        if spec.bullets or spec.image or spec.chart:
            raise ToolError(f"{where}: a {kind} slide has a title and subtitle only; use layout content")
        slide = prs.slides.add_slide(_layout(prs, ("Title Slide",), 0))
        slide.background.fill.solid()
        slide.background.fill.fore_color.rgb = accent
        white = RGBColor(0xFF, 0xFF, 0xFF)
        title = slide.shapes.title
        if title is None:
            title = slide.shapes.add_textbox(0, 0, 1, 1)
        _place(title, geo.cover_title)
        _frame(title, MSO_ANCHOR.BOTTOM)
        size = _fit_title(spec.title, geo.cover_title, 44 if kind == "title" else 36, 24, where)
        _set_text(title, spec.title, size, white, True)
        subtitle = next((s for s in slide.placeholders if s.placeholder_format.idx == 1), None)
        if spec.subtitle:
            if subtitle is None:
                subtitle = slide.shapes.add_textbox(0, 0, 1, 1)
            _place(subtitle, geo.cover_sub)
            _frame(subtitle, MSO_ANCHOR.TOP)
            sub_size = _fit_title(spec.subtitle, geo.cover_sub, 22, 14, where + ".subtitle")
            _set_text(subtitle, spec.subtitle, sub_size, RGBColor(0xDD, 0xE6, 0xF0), False)
        elif subtitle is not None:
            subtitle._element.getparent().remove(subtitle._element)
        if spec.notes:
            slide.notes_slide.notes_text_frame.text = spec.notes
        return 1
    visual = spec.image or spec.chart
    text_box = geo.body_left if visual and spec.bullets else geo.body
    visual_box = geo.visual_right if spec.bullets else geo.body
    items = [split_indent(b) for b in spec.bullets]
    chunks = _bullet_chunks([(t, lvl) for lvl, t in items], text_box, where) if items else [([], 0.0)]
    title_size = _fit_title(spec.title + (" (cont.)" if len(chunks) > 1 else ""), geo.title, TITLE_MAX_PT,
                            TITLE_MIN_PT, where)
    for n, (chunk, size) in enumerate(chunks):
        slide = prs.slides.add_slide(_layout(prs, ("Title and Content",), 1))
        title = slide.shapes.title
        if title is None:
            title = slide.shapes.add_textbox(0, 0, 1, 1)
        _place(title, geo.title)
        _frame(title, MSO_ANCHOR.BOTTOM)
        _set_text(title, spec.title + (" (cont.)" if n else ""), title_size, accent, True)
        _accent_bar(slide, geo, accent)
        body = next((s for s in slide.placeholders if s.placeholder_format.idx == 1), None)
        if chunk:
            if body is None:
                body = slide.shapes.add_textbox(0, 0, 1, 1)
            _place(body, text_box)
            _frame(body, MSO_ANCHOR.TOP)
            _bullets(body, chunk, size)
        elif body is not None:
            body._element.getparent().remove(body._element)
        if n == 0 and spec.image:
            _picture(slide, ws, spec.image, visual_box)
        elif n == 0 and spec.chart:
            _chart(slide, ws, spec.chart, visual_box, accent)
        if spec.notes:
            slide.notes_slide.notes_text_frame.text = spec.notes
    return len(chunks)


def _add_all(prs: PptxPresentation, ws: Workspace, spec: PresentationSpec, first: bool) -> int:
    accent = RGBColor.from_string(spec.accent_color.upper())
    added = 0
    for i, slide in enumerate(spec.slides):
        added += _add_slide(prs, ws, slide, i, accent, first and i == 0)
    return added


def _to_bytes(prs: PptxPresentation) -> bytes:
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


def build_pptx(ws: Workspace, spec: PresentationSpec) -> tuple[bytes, int]:
    """A new deck's bytes and its slide count."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    count = _add_all(prs, ws, spec, first=True)
    return _to_bytes(prs), count


def append_pptx(ws: Workspace, path: str, spec: PresentationSpec, *,
                timeout: float = READ_TIMEOUT) -> tuple[bytes, int]:
    """An existing deck's bytes with the spec's slides appended, and its new slide count; the existing deck is
    parsed in the reading worker, stopped after ``timeout`` seconds."""
    return within_deadline(f"appending to {path!r}", timeout, _append_here, ws, path, spec,
                           files={path: MAX_DOCUMENT_BYTES, **files_named(spec)}, check=office_check("pptx"))


def _append_here(ws: Workspace, path: str, spec: PresentationSpec) -> tuple[bytes, int]:
    data = read_capped(ws, path)
    check_zip(data, path)
    try:
        prs = Presentation(io.BytesIO(data))
    except Exception as exc:  # python-pptx raises many types for a broken package
        raise ToolError(f"{path!r} is not a readable .pptx: {exc}") from None
    _add_all(prs, ws, spec, first=False)
    return _to_bytes(prs), len(prs.slides)
