"""The structured specs the model writes to make documents: pydantic models, so a mistake names its field.

One spec per format: :class:`DocumentSpec` (docx), :class:`PresentationSpec` (pptx), :class:`WorkbookSpec`
(xlsx), :class:`ChartSpec` (matplotlib PNG/SVG). Tables, sheets and charts can take their numbers from a data
file through :class:`DataQuery` (SQL over workspace files), so a weak model need not copy numbers by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "Block",
    "BulletsBlock",
    "CellSpec",
    "ChartSpec",
    "ColumnSpec",
    "DataQuery",
    "DocumentSpec",
    "HeadingBlock",
    "ImageBlock",
    "NativeChartSpec",
    "PageBreakBlock",
    "ParagraphBlock",
    "PresentationSpec",
    "SeriesSpec",
    "SheetChartSpec",
    "SheetSpec",
    "SlideSpec",
    "TableBlock",
    "WorkbookSpec",
]

Scalar = str | int | float | bool | None


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DataQuery(_Spec):
    """Rows from SQL over workspace data files, e.g. ``SELECT region, SUM(revenue) FROM 'data/sales.csv' ...``."""

    sql: str = Field(description="DuckDB SQL; refer to files by their workspace path in single quotes.")


class SeriesSpec(_Spec):
    """One named series of numbers."""

    name: str
    values: list[float | None]


# ---- Word documents ------------------------------------------------------------------------------------


class HeadingBlock(_Spec):
    """A heading; level 1 is a section, 2 a subsection, 3 below that."""

    type: Literal["heading"] = "heading"
    text: str
    level: int = Field(default=1, ge=1, le=4)


class ParagraphBlock(_Spec):
    """A paragraph; ``**bold**`` and ``*italic*`` are honoured."""

    type: Literal["paragraph"] = "paragraph"
    text: str
    align: Literal["left", "center", "right", "justify"] = "left"


class BulletsBlock(_Spec):
    """A bullet (or numbered) list; indent an item with leading two spaces per level."""

    type: Literal["bullets"] = "bullets"
    items: list[str] = Field(min_length=1)
    numbered: bool = False


class TableBlock(_Spec):
    """A table with a header row: given rows, or rows from a data query."""

    type: Literal["table"] = "table"
    columns: list[str] = Field(default_factory=list, description="Header cells; taken from the query when empty.")
    rows: list[list[Scalar]] = Field(default_factory=list)
    data: DataQuery | None = None
    number_format: str = Field(default="{:,.2f}", description="Python format for non-integer numbers.")
    caption: str = ""

    @model_validator(mode="after")
    def _rows_or_data(self) -> TableBlock:
        if not self.rows and self.data is None:
            raise ValueError("a table needs rows or data")
        return self


class ImageBlock(_Spec):
    """An image from the workspace (PNG or JPEG), scaled to ``width_in`` inches."""

    type: Literal["image"] = "image"
    path: str
    width_in: float = Field(default=6.0, gt=0.5, le=7.5)
    caption: str = ""


class PageBreakBlock(_Spec):
    """Start a new page."""

    type: Literal["page_break"] = "page_break"


Block = Annotated[
    HeadingBlock | ParagraphBlock | BulletsBlock | TableBlock | ImageBlock | PageBreakBlock,
    Field(discriminator="type"),
]


class DocumentSpec(_Spec):
    """A Word document: an optional title and subtitle, then blocks in order."""

    title: str = ""
    subtitle: str = ""
    author: str = ""
    blocks: list[Block] = Field(default_factory=list)


# ---- Slide decks ---------------------------------------------------------------------------------------


class NativeChartSpec(_Spec):
    """A chart drawn natively in PowerPoint (editable there)."""

    type: Literal["bar", "column", "line", "pie", "stacked_column"] = "column"
    title: str = ""
    categories: list[str] = Field(default_factory=list)
    series: list[SeriesSpec] = Field(default_factory=list)
    data: DataQuery | None = Field(default=None, description="First column = categories, the others = series.")
    number_format: str = "#,##0"

    @model_validator(mode="after")
    def _series_or_data(self) -> NativeChartSpec:
        if not self.series and self.data is None:
            raise ValueError("a chart needs series or data")
        return self


class SlideSpec(_Spec):
    """One slide: a title, bullets (two spaces of indent per sub-level), an image or chart, speaker notes."""

    title: str
    subtitle: str = Field(default="", description="Only on title slides.")
    layout: Literal["auto", "title", "section", "content"] = "auto"
    bullets: list[str] = Field(default_factory=list)
    image: str | None = Field(default=None, description="Workspace path of a PNG/JPEG (e.g. a chart made earlier).")
    chart: NativeChartSpec | None = None
    notes: str = ""

    @model_validator(mode="after")
    def _one_visual(self) -> SlideSpec:
        if self.image and self.chart:
            raise ValueError("a slide takes an image or a chart, not both")
        return self


class PresentationSpec(_Spec):
    """A slide deck (16:9, clean default theme)."""

    slides: list[SlideSpec] = Field(min_length=1)
    accent_color: str = Field(default="1F4E79", pattern=r"^[0-9A-Fa-f]{6}$", description="Hex RGB of the theme accent.")


# ---- Spreadsheets --------------------------------------------------------------------------------------


class CellSpec(_Spec):
    """A cell with explicit type or style; plain values are fine too (a string starting with = is a formula)."""

    value: Scalar
    type: Literal["auto", "text", "number", "date", "formula"] = "auto"
    number_format: str | None = None
    bold: bool = False


class ColumnSpec(_Spec):
    """A column's header, width (characters) and number format (e.g. ``#,##0.00``, ``0.0%``, ``yyyy-mm-dd``)."""

    header: str
    width: float | None = Field(default=None, gt=0, le=255)
    number_format: str | None = None


class SheetChartSpec(_Spec):
    """A native Excel chart over cell ranges of its sheet (e.g. categories ``A2:A9``, values ``B1:B9``)."""

    type: Literal["bar", "column", "line", "pie", "scatter"] = "column"
    title: str = ""
    categories: str = Field(description="Range of category labels, without header, e.g. A2:A9.")
    values: list[str] = Field(min_length=1, description="Ranges of each series, header cell first, e.g. B1:B9.")
    anchor: str = Field(default="H2", description="Top-left cell where the chart is placed.")
    x_title: str = ""
    y_title: str = ""
    width_cm: float = 16
    height_cm: float = 8


class SheetSpec(_Spec):
    """A worksheet: columns, rows (or rows from a query), totals, a frozen header, charts."""

    name: str = Field(min_length=1, max_length=31)
    columns: list[ColumnSpec] = Field(default_factory=list)
    rows: list[list[Scalar | CellSpec]] = Field(default_factory=list)
    data: DataQuery | None = Field(
        default=None, description="Rows from SQL; headers from the query unless columns given."
    )
    total_row: bool = Field(
        default=False, description="Add a bold Total row with =SUM() formulas under numeric columns."
    )
    freeze_header: bool = True
    autofilter: bool = True
    charts: list[SheetChartSpec] = Field(default_factory=list)


class WorkbookSpec(_Spec):
    """An Excel workbook."""

    sheets: list[SheetSpec] = Field(min_length=1)


# ---- Charts --------------------------------------------------------------------------------------------


class ChartSpec(_Spec):
    """A matplotlib chart: explicit categories and series, or rows from a query (x column, then series)."""

    type: Literal["bar", "barh", "line", "area", "pie", "scatter", "stacked_bar"] = "bar"
    title: str
    x_label: str = ""
    y_label: str = ""
    units: str = Field(default="", description="Unit of the values, shown on the value axis, e.g. EUR or %.")
    categories: list[str | float] = Field(default_factory=list)
    series: list[SeriesSpec] = Field(default_factory=list)
    data: DataQuery | None = None
    pivot: bool = Field(default=
        False, description="With data of 3 columns (x, group, value): one series per group."
    )
    width_in: float = Field(default=8, gt=2, le=20)
    height_in: float = Field(default=4.5, gt=2, le=20)

    @model_validator(mode="after")
    def _series_or_data(self) -> ChartSpec:
        if not self.series and self.data is None:
            raise ValueError("a chart needs series or data")
        for s in self.series:
            n, cats = len(s.values), len(self.categories)
            if cats and n != cats:
                raise ValueError(f"series {s.name!r} has {n} values for {cats} categories")
        return self
