"""describe_data and query_data over CSV, JSON, Parquet and XLSX files, sealed off from the host."""

from __future__ import annotations

from pathlib import Path

import duckdb
import openpyxl
import pandas as pd
import pytest
from agent_helpers import EXAMPLE_DATA, data_workspace

from gofer.computer.workspace import Workspace
from gofer.documents.data import describe_data, run_sql
from gofer.tools.base import ToolContext, ToolError
from gofer.tools.documents import describe_data as describe_tool
from gofer.tools.documents import query_data


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return data_workspace(tmp_path)


def test_describe_csv_is_compact(ws: Workspace) -> None:
    text = describe_data(ws, "data/sales.csv")
    assert text.startswith("data/sales.csv: 384 rows x 6 columns")
    assert "| month | DATE |" in text and "| revenue | DOUBLE |" in text
    assert "First 5 rows:" in text
    assert len(text.splitlines()) < 30


def test_query_matches_pandas(ws: Workspace) -> None:
    frame = pd.read_csv(EXAMPLE_DATA / "sales.csv")
    expected = frame.groupby("region")["revenue"].sum().round(2).to_dict()
    result = run_sql(ws, "SELECT region, ROUND(SUM(revenue), 2) FROM 'data/sales.csv' GROUP BY 1 ORDER BY 1")
    assert result.columns[0] == "region"
    assert {r[0]: r[1] for r in result.rows} == pytest.approx(expected)


def test_json_parquet_and_xlsx(ws: Workspace) -> None:
    ws.write_text("t.json", '[{"a": 1, "b": "x"}, {"a": 2, "b": "y"}]')
    con = duckdb.connect()
    parquet = ws.root / "t.parquet"
    con.execute(f"COPY (SELECT range AS n FROM range(10)) TO '{parquet}' (FORMAT parquet)")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Q1"
    sheet.append(["k", "v"])
    sheet.append(["a", 3])
    book.save(ws.root / "t.xlsx")
    assert run_sql(ws, "SELECT SUM(a) FROM 't.json'").rows == [[3]]
    assert run_sql(ws, "SELECT SUM(n) FROM 't.parquet'").rows == [[45]]
    assert run_sql(ws, "SELECT v FROM 't.xlsx'").rows == [[3]]
    assert "1 rows x 2 columns (sheet Q1)" in describe_data(ws, "t.xlsx", sheet="Q1")


def test_host_files_are_out_of_reach(ws: Workspace) -> None:
    with pytest.raises(ToolError, match=r"disabled|Permission"):
        run_sql(ws, "SELECT * FROM read_csv('/etc/passwd')")
    with pytest.raises(ToolError, match="outside"):
        run_sql(ws, "SELECT * FROM '/etc/hosts.csv'")
    with pytest.raises(ToolError):
        run_sql(ws, "COPY (SELECT 1) TO '/tmp/gofer-escape.csv'")
    assert not Path("/tmp/gofer-escape.csv").exists()


def test_sql_errors_and_truncation(ws: Workspace) -> None:
    with pytest.raises(ToolError, match="SQL error"):
        run_sql(ws, "SELEC nonsense")
    result = run_sql(ws, "SELECT * FROM 'data/sales.csv'", max_rows=10)
    assert result.truncated and len(result.rows) == 10


async def test_tools(ws: Workspace) -> None:
    ctx = ToolContext(run_id="r", session_id="s", workspace=ws.root)
    out = await query_data(ctx, {"sql": "SELECT DISTINCT product FROM 'data/sales.csv' ORDER BY 1", "max_rows": 2})
    assert out.untrusted and "more exist" in out.text and out.data == {
        "columns": ["product"], "rows": 2, "truncated": True}
    described = await describe_tool(ctx, {"path": "data/sales.csv"})
    assert "384 rows" in described.text
    assert query_data.risk.value == "read_only" and describe_tool.risk.value == "read_only"
