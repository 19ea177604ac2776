"""The committed sales scenario: its tool calls run directly, and the whole run through ``gofer run``.

Each run must leave a chart PNG, a workbook whose totals equal pandas' totals, a five-slide deck with the
chart and a two-page report with the image.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import openpyxl
import pandas as pd
import pytest
import yaml
from pptx import Presentation
from pypdf import PdfReader

from gofer.computer.workspace import Workspace
from gofer.documents import verify_file
from gofer.documents.office import convert, libreoffice_path
from gofer.tools.base import ToolContext
from gofer.tools.documents import TOOLS

ROOT = Path(__file__).parents[2]
SCENARIO = ROOT / "examples" / "scenarios" / "sales_report.yaml"
FILES = ["output/revenue_by_region.png", "output/revenue_by_product.png", "output/sales_summary.xlsx",
         "output/sales_review.pptx", "output/sales_report.docx"]

pytestmark = pytest.mark.slow


def _workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    root.mkdir()
    shutil.copytree(ROOT / "examples" / "data", root / "data")
    return root


def _check_products(root: Path) -> None:
    ws = Workspace(root)
    for path in FILES:
        assert verify_file(ws, path) == [], path
    sales = pd.read_csv(root / "data" / "sales.csv")

    data = (root / "output" / "sales_summary.xlsx").read_bytes()
    summary = openpyxl.load_workbook(io.BytesIO(data))["Summary"]
    header = [c.value for c in summary[1]]
    assert header == ["Region", "Laptop", "Monitor", "Headset", "Dock", "Total"]
    assert summary["A6"].value == "Total" and summary["F6"].value == "=SUM(F2:F5)"
    pivot = sales.pivot_table(index="region", columns="product", values="revenue", aggfunc="sum")
    for row in summary.iter_rows(min_row=2, max_row=5, values_only=True):
        for product, value in zip(header[1:5], row[1:5], strict=True):
            assert value == pytest.approx(pivot.loc[row[0], product], abs=0.01)
    if libreoffice_path() is not None:
        values = openpyxl.load_workbook(io.BytesIO(convert(data, "s.xlsx", "xlsx")), data_only=True)["Summary"]
        assert values["F6"].value == pytest.approx(sales["revenue"].sum(), abs=0.05)
        assert values["B6"].value == pytest.approx(pivot["Laptop"].sum(), abs=0.05)
    by_month = openpyxl.load_workbook(io.BytesIO(data))["By month"]
    assert by_month.max_row == 26 and by_month["B26"].value == "=SUM(B2:B25)"

    deck = Presentation(str(root / "output" / "sales_review.pptx"))
    titles = [s.shapes.title.text for s in deck.slides]
    assert titles == ["Sales review 2023–2024", "Highlights", "Revenue by region", "Product mix", "Next steps"]
    assert any(shape.shape_type == 13 for shape in deck.slides[2].shapes)  # the chart image
    assert any(shape.has_chart for shape in deck.slides[3].shapes)

    report = docx.Document(str(root / "output" / "sales_report.docx"))
    assert len(report.inline_shapes) == 1
    assert report.paragraphs[0].text == "Sales report 2023–2024"
    assert report.tables[0].rows[1].cells[0].text == "East"
    if libreoffice_path() is not None:
        pdf = convert((root / "output" / "sales_report.docx").read_bytes(), "r.docx", "pdf")
        assert len(PdfReader(io.BytesIO(pdf)).pages) == 2


async def test_scenario_tool_calls_directly(tmp_path: Path) -> None:
    root = _workspace(tmp_path)
    tools = {t.name: t for t in TOOLS}
    ctx = ToolContext(run_id="r", session_id="s", workspace=root)
    finished = None
    for turn in yaml.safe_load(SCENARIO.read_text()):
        for call in turn["tool_calls"]:
            if call["name"] == "finish":
                finished = call["arguments"]
                continue
            result = await tools[call["name"]](ctx, call["arguments"])
            assert "problems" not in result.text, result.text
    assert finished is not None and finished["files"] == FILES
    _check_products(root)


def test_scenario_through_the_cli(tmp_path: Path) -> None:
    gofer = Path(sys.executable).with_name("gofer")
    if not gofer.exists():
        pytest.skip("the gofer command is not installed in this environment")
    root = _workspace(tmp_path)
    done = subprocess.run(
        [str(gofer), "run", "Analyse data/sales.csv", "--model", f"scripted:{SCENARIO}", "--workspace", str(root),
         "--json"],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL, env=os.environ.copy(),
    )
    assert done.returncode == 0, done.stderr[-2000:]
    events = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    errors = [e for e in events if e["type"] == "Observation" and e.get("error")]
    assert errors == []
    final = events[-1]
    assert final["type"] == "RunFinished"
    assert [f["path"] for f in final["files"]] == FILES
    _check_products(root)


async def test_brief_scenario_tool_calls_directly(tmp_path: Path) -> None:
    root = _workspace(tmp_path)
    tools = {t.name: t for t in TOOLS}
    ctx = ToolContext(run_id="r", session_id="s", workspace=root)
    script = yaml.safe_load((ROOT / "examples" / "scenarios" / "sales_brief.yaml").read_text())
    for turn in script:
        for call in turn["tool_calls"]:
            if call["name"] != "finish":
                result = await tools[call["name"]](ctx, call["arguments"])
                assert "problems" not in result.text, result.text
    files = script[-1]["tool_calls"][0]["arguments"]["files"]
    ws = Workspace(root)
    assert all(verify_file(ws, f) == [] for f in files)
    sales = pd.read_csv(root / "data" / "sales.csv")
    mix = pd.read_csv(root / "brief" / "product_mix.csv").set_index("product")
    expected = sales.groupby("product")["revenue"].sum()
    assert mix["revenue_eur"].to_dict() == pytest.approx(expected.to_dict(), abs=0.01)
    pdf = PdfReader(str(root / "brief" / "product_mix.pdf"))
    assert len(pdf.pages) == 1 and len(pdf.pages[0].images) == 1
    assert "13,337,270.28" in (pdf.pages[0].extract_text() or "")
