"""Excel workbooks from a :class:`WorkbookSpec` with openpyxl: typed cells, formulas, formats, native charts."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, LineChart, PieChart, Reference, ScatterChart, Series
from openpyxl.chart._chart import ChartBase
from openpyxl.styles import Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import range_boundaries
from openpyxl.workbook.properties import CalcProperties
from openpyxl.worksheet.worksheet import Worksheet

from gofer.computer.workspace import Workspace
from gofer.documents._answers import office_check
from gofer.documents._common import files_named, query_rows
from gofer.documents._deadline import READ_TIMEOUT, within_deadline
from gofer.documents._io import MAX_DOCUMENT_BYTES, check_zip, read_capped
from gofer.documents.specs import CellSpec, SheetChartSpec, SheetSpec, WorkbookSpec
from gofer.tools.base import ToolError

__all__ = ["append_xlsx", "build_xlsx"]

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_TOTAL_BORDER = Border(top=Side(style="thin"), bottom=Side(style="double"))


def _typed(value: Any, kind: str, where: str) -> tuple[Any, str | None]:
    """A cell's stored value and its default number format."""
    if kind == "text":
        return ("" if value is None else str(value)), "@"
    if kind == "formula":
        text = str(value)
        return (text if text.startswith("=") else "=" + text), None
    if kind == "number":
        try:
            return float(str(value).replace(",", "")), None
        except ValueError:
            raise ToolError(f"{where}: {value!r} is not a number") from None
    if kind == "date":
        try:
            return dt.date.fromisoformat(str(value)), "yyyy-mm-dd"
        except ValueError:
            raise ToolError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from None
    if isinstance(value, dt.datetime):
        return value, "yyyy-mm-dd hh:mm"
    if isinstance(value, dt.date):
        return value, "yyyy-mm-dd"
    if isinstance(value, str):
        if _ISO_DATE.match(value):
            return _typed(value, "date", where)
        if _ISO_DATETIME.match(value):
            return dt.datetime.fromisoformat(value), "yyyy-mm-dd hh:mm"
    return value, None


def _as_text(cell: Cell) -> None:
    """Keep a string from data a string: openpyxl stores any string starting with = as a formula, and a file's
    cell "=WEBSERVICE(...)" must not become a live formula in the person's workbook."""
    if cell.data_type == "f" and isinstance(cell.value, str):
        cell.data_type = "s"


def _write_row(sheet: Worksheet, r: int, row: list[Any], spec: SheetSpec, where: str, *, data: bool = False) -> None:
    """Write one row; ``data`` marks a row from a query, whose strings stay text."""
    for c, raw in enumerate(row, start=1):
        if isinstance(raw, CellSpec):
            value, fmt = _typed(raw.value, raw.type, f"{where}[{c - 1}]")
            own_fmt, bold = raw.number_format, raw.bold
        else:
            value, fmt = _typed(raw, "auto", f"{where}[{c - 1}]")
            own_fmt, bold = None, False
        cell = sheet.cell(row=r, column=c, value=value)
        if data:
            _as_text(cell)
        column_fmt = spec.columns[c - 1].number_format if c <= len(spec.columns) else None
        chosen = own_fmt or column_fmt or fmt
        if chosen:
            cell.number_format = chosen
        if bold:
            cell.font = Font(bold=True)


def _chart(spec: SheetChartSpec, sheet: Worksheet, where: str) -> ChartBase:
    try:
        cmin_col, cmin_row, cmax_col, cmax_row = range_boundaries(spec.categories)
        refs = [range_boundaries(v) for v in spec.values]
    except (ValueError, TypeError):
        raise ToolError(f"{where}: ranges must look like A2:A9") from None
    categories = Reference(sheet, min_col=cmin_col, min_row=cmin_row, max_col=cmax_col, max_row=cmax_row)
    chart: ChartBase
    if spec.type == "scatter":
        chart = ScatterChart()
        for min_col, min_row, max_col, max_row in refs:
            values = Reference(sheet, min_col=min_col, min_row=min_row, max_col=max_col, max_row=max_row)
            chart.series.append(Series(values, categories, title_from_data=True))
    else:
        chart = {"bar": BarChart, "column": BarChart, "line": LineChart, "pie": PieChart}[spec.type]()
        if spec.type in ("bar", "column"):
            chart.type = "bar" if spec.type == "bar" else "col"
        for min_col, min_row, max_col, max_row in refs:
            values = Reference(sheet, min_col=min_col, min_row=min_row, max_col=max_col, max_row=max_row)
            chart.add_data(values, titles_from_data=True)
        chart.set_categories(categories)
    chart.title = spec.title or None
    if spec.type != "pie":
        chart.x_axis.title = spec.x_title or None
        chart.y_axis.title = spec.y_title or None
        chart.x_axis.delete = False
        chart.y_axis.delete = False
    chart.width, chart.height = spec.width_cm, spec.height_cm
    return chart


def _fill_sheet(sheet: Worksheet, ws: Workspace, spec: SheetSpec, where: str) -> None:
    headers = [c.header for c in spec.columns]
    rows: list[list[Any]] = [list(r) for r in spec.rows]
    given_rows = len(rows)
    if spec.data is not None:
        result = query_rows(ws, spec.data, max_rows=100_000)
        headers = headers or result.columns
        rows += result.rows
    start = sheet.max_row + 1 if sheet.max_row > 1 or sheet["A1"].value is not None else 1
    if start == 1 and headers:
        for c, text in enumerate(headers, start=1):
            cell = sheet.cell(row=1, column=c, value=text)
            _as_text(cell)
            cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        start = 2
    first_data = start
    for i, row in enumerate(rows):
        _write_row(sheet, start + i, row, spec, f"{where}.rows[{i}]", data=i >= given_rows)
    last_data = start + len(rows) - 1
    width = max([len(headers)] + [len(r) for r in rows] + [0])
    if spec.total_row and rows:
        total_r = last_data + 1
        for c in range(1, width + 1):
            values = [sheet.cell(row=r, column=c).value for r in range(first_data, last_data + 1)]
            present = [v for v in values if v is not None and not (isinstance(v, str) and v.startswith("="))]
            cell = sheet.cell(row=total_r, column=c)
            if c > 1 and present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
                letter = get_column_letter(c)
                cell.value = f"=SUM({letter}{first_data}:{letter}{last_data})"
                cell.number_format = sheet.cell(row=last_data, column=c).number_format
            elif c == 1:
                cell.value = "Total"
            cell.font = Font(bold=True)
            cell.border = _TOTAL_BORDER
    for c in range(1, width + 1):
        letter = get_column_letter(c)
        given = spec.columns[c - 1].width if c <= len(spec.columns) else None
        if given is None:
            sample = [sheet.cell(row=r, column=c).value for r in range(1, min(sheet.max_row, 500) + 1)]
            lengths = [len(f"{v:,.2f}") if isinstance(v, float) else len(str(v)) for v in sample
                       if v is not None and not str(v).startswith("=")]
            given = min(max([*lengths, 8]) + 2, 60)
        sheet.column_dimensions[letter].width = given
    if spec.freeze_header and headers:
        sheet.freeze_panes = "A2"
    if spec.autofilter and headers and rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(width)}{last_data}"
    for j, chart_spec in enumerate(spec.charts):
        sheet.add_chart(_chart(chart_spec, sheet, f"{where}.charts[{j}]"), chart_spec.anchor)


def _check_names(spec: WorkbookSpec) -> None:
    seen: set[str] = set()
    for i, s in enumerate(spec.sheets):
        if re.search(r"[\[\]:*?/\\]", s.name):
            raise ToolError(f"sheets[{i}].name: {s.name!r} may not contain []:*?/\\")
        if s.name.lower() in seen:
            raise ToolError(f"sheets[{i}].name: {s.name!r} is used twice")
        seen.add(s.name.lower())


def _to_bytes(wb: Workbook) -> bytes:
    if wb.calculation is None:  # a workbook written without calculation properties (openpyxl leaves it unset)
        wb.calculation = CalcProperties()
    wb.calculation.fullCalcOnLoad = True
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def build_xlsx(ws: Workspace, spec: WorkbookSpec) -> bytes:
    """A new workbook's bytes."""
    _check_names(spec)
    wb = Workbook()
    default = wb.active
    for i, sheet_spec in enumerate(spec.sheets):
        sheet = wb.create_sheet(sheet_spec.name)
        _fill_sheet(sheet, ws, sheet_spec, f"sheets[{i}]")
    if default is not None:
        wb.remove(default)
    return _to_bytes(wb)


def append_xlsx(ws: Workspace, path: str, spec: WorkbookSpec, *, timeout: float = READ_TIMEOUT) -> bytes:
    """An existing workbook's bytes with rows appended to named sheets (new sheets are created); the existing
    workbook is parsed in the reading worker, stopped after ``timeout`` seconds."""
    _check_names(spec)
    return within_deadline(f"appending to {path!r}", timeout, _append_here, ws, path, spec,
                           files={path: MAX_DOCUMENT_BYTES, **files_named(spec)}, check=office_check("xlsx"))


def _append_here(ws: Workspace, path: str, spec: WorkbookSpec) -> bytes:
    data = read_capped(ws, path)
    check_zip(data, path)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        drawings = [n for n in zf.namelist() if n.startswith(("xl/charts/", "xl/media/"))]
    if drawings:
        raise ToolError(f"{path!r} has charts or images, which editing would drop; make a new workbook with "
                        "create_spreadsheet instead (include the existing rows)")
    try:
        wb = load_workbook(io.BytesIO(data))
    except Exception as exc:  # openpyxl raises many types for a broken package
        raise ToolError(f"{path!r} is not a readable .xlsx: {exc}") from None
    for i, sheet_spec in enumerate(spec.sheets):
        sheet = wb[sheet_spec.name] if sheet_spec.name in wb.sheetnames else wb.create_sheet(sheet_spec.name)
        _fill_sheet(sheet, ws, sheet_spec, f"sheets[{i}]")
    return _to_bytes(wb)
