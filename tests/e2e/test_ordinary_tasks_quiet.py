"""Ordinary work never asks (false alarms): scripted runs of everyday tasks (a compliant model doing what a good
agent would) on the real runner, sandbox, kernel and files, with a local "open data" server; each must finish
without a confirmation or a refusal. And the one thing the run's own files must not cover: a user's file moved to
a new name is still the user's."""

from __future__ import annotations

import io
import sqlite3
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from agent_helpers import call, drive

from gofer.events import ConfirmationRequested, Observation, RunStatus
from gofer.testing import CannedResponse, ScriptedHTTPServer

pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).parents[1] / "fixtures" / "mcp" / "server.py"
CSV = "region,month,revenue\nnorth,1,120\nsouth,1,80\nnorth,2,140\nsouth,2,95\n"
PLOT = ("import pandas as pd\nimport matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n"
        "df = pd.read_csv('sales.csv')\ns = df.groupby('region').revenue.sum()\ns.to_csv('out/totals.csv')\n"
        "s.plot.bar()\nplt.savefig('out/chart.png')\nprint(s)")
CHART = {"type": "bar", "title": "Revenue by region", "categories": ["north", "south"],
         "series": [{"name": "revenue (EUR)", "values": [260, 175]}], "x_label": "region", "y_label": "EUR"}
REPORT = {"title": "Sales", "blocks": [{"type": "paragraph", "text": "North leads."},
                                       {"type": "image", "path": "out/revenue.png"}]}
TASKS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "analyse the user's CSV with pandas and plot it": ("Analyse sales.csv and plot revenue by region", [
        call("shell", command="head -5 sales.csv && wc -l sales.csv && mkdir -p out"),
        call("python", code=PLOT),
    ]),
    "re-run the analysis, overwriting and clearing its own outputs": ("Plot sales.csv, then redo it", [
        call("shell", command="mkdir -p out"),
        call("python", code=PLOT),
        call("shell", command="rm -f out/chart.png out/totals.csv"),
        call("python", code=PLOT),
        call("python", code="import os\nos.remove('out/chart.png')\n" + PLOT.split("\n", 4)[4]),
        call("python", code=PLOT),
    ]),
    "a chart and a report with create_document": ("Chart sales.csv and write a report", [
        call("create_chart", path="out/revenue.png", spec=CHART),
        call("create_document", path="out/report.docx", spec=REPORT),
        call("create_document", path="out/report.md", spec=REPORT),
        call("create_chart", path="out/revenue.png", spec=CHART),
        call("create_document", path="out/report.docx", spec=REPORT),
    ]),
    "query the user's CSV with SQL": ("Total revenue per region in sales.csv", [
        call("query_data", sql="SELECT region, SUM(revenue) AS revenue FROM 'sales.csv' GROUP BY region"),
        call("describe_data", path="sales.csv"),
    ]),
    "read the user's SQLite database (SELECT only)": ("How many orders are in shop.db?", [
        call("shell", command="sqlite3 shop.db '.tables' && sqlite3 -header shop.db 'SELECT count(*) FROM orders'"),
        call("python", code="import sqlite3\ncon = sqlite3.connect('shop.db')\n"
                            "print(con.execute('SELECT item, qty FROM orders ORDER BY qty DESC').fetchall())"),
    ]),
    "a database the run made (any SQL)": ("Load sales.csv into a new SQLite database and tidy it", [
        call("python", code="import sqlite3, pandas as pd\ncon = sqlite3.connect('work.db')\n"
                            "pd.read_csv('sales.csv').to_sql('sales', con)\ncon.commit()"),
        call("shell", command="sqlite3 work.db \"DELETE FROM sales WHERE revenue < 90; "
                              "UPDATE sales SET region = upper(region); DROP TABLE IF EXISTS tmp\""),
    ]),
    "extract the user's archive into a new folder": ("Unpack photos.zip and list what is in it", [
        call("shell", command="mkdir -p photos && unzip -o photos.zip -d photos && ls -R photos"),
        call("python", code="import zipfile\nzipfile.ZipFile('photos.zip').extractall('copy')"),
    ]),
    "a coding task: make, pytest with conftest, git": ("Fix the greeting in app.py and commit", [
        call("shell", command="git init -q && git add -A && git -c user.email=a@b -c user.name=a commit -qm init"),
        call("shell", command="make build && make test"),
        call("edit_file", path="app.py", old="'hi'", new="'hello'"),
        call("shell", command="python3 -m pytest -q tests && git status --short && git diff"),
        call("shell", command="git add app.py && git -c user.email=a@b -c user.name=a commit -qm 'Fix greeting'"),
        call("shell", command="python3 -m venv --without-pip .venv && .venv/bin/python app.py"),
    ]),
    "download open data and a PDF with http_request, then read them": ("Get the data set and the PDF at {url}", [
        call("http_request", url="{url}/open-data"),
        call("http_request", url="{url}/open-data/sales.csv", save_to="downloads/sales.csv"),
        call("http_request", url="{url}/open-data/notes.pdf", save_to="downloads/notes.pdf"),
        call("python", code="import pandas as pd\nprint(pd.read_csv('downloads/sales.csv').describe())"),
        call("shell", command="file downloads/notes.pdf"),
    ]),
    "post the summary to the channel the user named": ("Summarise sales.csv and post it to #team with fx", [
        call("query_data", sql="SELECT region, SUM(revenue) AS revenue FROM 'sales.csv' GROUP BY region"),
        call("fx_post_message", channel="#team", text="North 260, south 175 (sales.csv)."),
    ]),
}


def _workspace(root: Path) -> Path:
    ws = root / "ws"
    (ws / "tests").mkdir(parents=True)
    (ws / "sales.csv").write_text(CSV)
    (ws / "app.py").write_text("def greet():\n    return 'hi'\n\nif __name__ == '__main__':\n    print(greet())\n")
    (ws / "conftest.py").write_text("import sys\nsys.path.insert(0, '.')\n")
    (ws / "tests" / "test_app.py").write_text("from app import greet\n\ndef test_greet():\n    assert greet()\n")
    (ws / "Makefile").write_text("build:\n\tpython3 -m py_compile app.py\ntest: build\n\tpython3 -m pytest -q tests\n")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("beach.txt", "sand")
        z.writestr("hills/view.txt", "green")
    (ws / "photos.zip").write_bytes(buf.getvalue())
    con = sqlite3.connect(ws / "shop.db")
    con.execute("CREATE TABLE orders (item, qty)")
    con.executemany("INSERT INTO orders VALUES (?, ?)", [("pen", 3), ("ink", 1)])
    con.commit()
    con.close()
    return ws


def _server() -> ScriptedHTTPServer:
    page = "<html><body><h1>Open data</h1><a href='/open-data/sales.csv'>Sales (CSV)</a></body></html>"
    return ScriptedHTTPServer([
        CannedResponse(body=page.encode(), headers={"content-type": "text/html"}),
        CannedResponse(body=CSV.encode(), headers={"content-type": "text/csv"}),
        CannedResponse(body=b"%PDF-1.4\n%%EOF\n", headers={"content-type": "application/pdf"}),
    ])


@pytest.mark.parametrize("name", list(TASKS))
async def test_ordinary_tasks_finish_without_asking(tmp_path: Path, name: str) -> None:
    ws = _workspace(tmp_path)
    task, calls = TASKS[name]
    server = {"name": "fx", "command": sys.executable, "args": [str(FIXTURE)],
              "env": {"MCP_FIXTURE_LOG": str(tmp_path / "posted.log")}}
    with _server() as site:
        calls = [{**c, "arguments": {k: v.replace("{url}", site.url) if isinstance(v, str) else v
                                     for k, v in c["arguments"].items()}} for c in calls]
        status, events = await drive(tmp_path, task.replace("{url}", site.url), calls, ws, timeout=120,
                                     mcp_servers=[server])
    asked = [(e.tool, e.reason) for e in events if isinstance(e, ConfirmationRequested)]
    errors = [(e.tool, e.error) for e in events if isinstance(e, Observation) and e.error]
    assert (status, asked, errors) == (RunStatus.FINISHED, [], []), name


async def test_a_users_file_moved_to_a_new_name_is_not_the_runs_own(tmp_path: Path) -> None:
    """mv to a new name does not ask (nothing is lost), but the moved file stays the user's: deleting or
    overwriting it later asks."""
    ws = _workspace(tmp_path)
    for step in ("rm moved.csv", "echo gone > moved.csv"):
        status, events = await drive(tmp_path, "tidy up", [call("shell", command="mv sales.csv moved.csv"),
                                                           call("shell", command=step)], ws, finish=False)
        assert status == RunStatus.WAITING_FOR_USER, step
        assert [e.tool for e in events if isinstance(e, ConfirmationRequested)] == ["shell"], step
        assert (ws / "moved.csv").read_text() == CSV
        (ws / "moved.csv").rename(ws / "sales.csv")
