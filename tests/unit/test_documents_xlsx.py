"""Workbooks from specs: typed cells, formulas, formats, widths, frozen header, totals, charts, appending."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from agent_helpers import EXAMPLE_DATA, data_workspace

from gofer.computer.workspace import Workspace
from gofer.documents.specs import WorkbookSpec
from gofer.documents.xlsx_builder import append_xlsx, build_xlsx
from gofer.tools.base import ToolContext, ToolError
from gofer.tools.documents import create_spreadsheet


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return data_workspace(tmp_path)


BOOK = {
    "sheets": [
        {
            "name": "Budget",
            "columns": [{"header": "Item", "width": 20}, {"header": "Amount", "number_format": "#,##0.00"},
                        {"header": "Due"}],
            "rows": [
                ["Rent", 1500, "2024-01-31"],
                ["Travel", {"value": "320.5", "type": "number"}, "2024-02-15"],
                [{"value": "Tax", "bold": True}, "=B2*0.2", {"value": "2024-03-01", "type": "text"}],
            ],
            "total_row": True,
            "charts": [{"type": "column", "title": "Amounts", "categories": "A2:A4", "values": ["B1:B4"]}],
        },
        {"name": "Regions", "data": {"sql": "SELECT region, SUM(units) AS units FROM 'data/sales.csv' "
                                            "GROUP BY 1 ORDER BY 1"}},
    ]
}


def _open(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def test_typed_cells_formats_and_layout(ws: Workspace) -> None:
    wb = _open(build_xlsx(ws, WorkbookSpec.model_validate(BOOK)))
    assert wb.sheetnames == ["Budget", "Regions"]
    sheet = wb["Budget"]
    assert [c.value for c in sheet[1]] == ["Item", "Amount", "Due"]
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    assert sheet["B2"].value == 1500 and sheet["B2"].number_format == "#,##0.00"
    assert sheet["B3"].value == 320.5
    assert sheet["C2"].value == dt.datetime(2024, 1, 31) and sheet["C2"].is_date
    assert sheet["C4"].value == "2024-03-01" and sheet["C4"].data_type == "s"
    assert sheet["B4"].data_type == "f" and sheet["A4"].font.bold
    assert sheet["A5"].value == "Total" and sheet["B5"].value == "=SUM(B2:B4)"
    assert sheet["C5"].value is None  # dates are not summed
    assert sheet.column_dimensions["A"].width == 20
    assert sheet.auto_filter.ref == "A1:C4"
    assert len(sheet._charts) == 1
    regions = wb["Regions"]
    expected = pd.read_csv(EXAMPLE_DATA / "sales.csv").groupby("region")["units"].sum()
    assert {r[0]: r[1] for r in regions.iter_rows(min_row=2, values_only=True)} == expected.to_dict()


def test_bad_cells_and_names(ws: Workspace) -> None:
    with pytest.raises(ToolError, match=r"sheets\[0\].rows\[0\]\[0\]: 'abc' is not a number"):
        build_xlsx(ws, WorkbookSpec.model_validate(
            {"sheets": [{"name": "S", "rows": [[{"value": "abc", "type": "number"}]]}]}))
    with pytest.raises(ToolError, match="used twice"):
        build_xlsx(ws, WorkbookSpec.model_validate({"sheets": [{"name": "A"}, {"name": "a"}]}))


def test_append_rows_and_sheets(ws: Workspace) -> None:
    plain = {"sheets": [{"name": "Log", "columns": [{"header": "When"}, {"header": "n"}], "rows": [["a", 1]]}]}
    ws.write_bytes("log.xlsx", build_xlsx(ws, WorkbookSpec.model_validate(plain)))
    more = {"sheets": [{"name": "Log", "rows": [["b", 2], ["c", 3]]}, {"name": "New", "rows": [["x"]]}]}
    wb = _open(append_xlsx(ws, "log.xlsx", WorkbookSpec.model_validate(more)))
    assert [r for r in wb["Log"].iter_rows(values_only=True)] == [("When", "n"), ("a", 1), ("b", 2), ("c", 3)]
    assert wb["New"]["A1"].value == "x"
    ws.write_bytes("charted.xlsx", build_xlsx(ws, WorkbookSpec.model_validate(BOOK)))
    with pytest.raises(ToolError, match="charts or images"):
        append_xlsx(ws, "charted.xlsx", WorkbookSpec.model_validate(more))


async def test_tool(ws: Workspace) -> None:
    ctx = ToolContext(run_id="r", session_id="s", workspace=ws.root)
    result = await create_spreadsheet(ctx, {"path": "b.xlsx", "spec": {"sheets": [
        {"name": "S", "rows": [[1], [2]], "columns": [{"header": "n"}], "total_row": True}]}})
    assert "opens cleanly" in result.text and result.data and result.data["problems"] == []
    with pytest.raises(ToolError, match=r"\.xlsx"):
        await create_spreadsheet(ctx, {"path": "b.csv", "spec": BOOK})
