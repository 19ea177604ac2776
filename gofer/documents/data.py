"""Data files as tables: a compact description (schema, sample, stats) and SQL over them with DuckDB.

Files are read through the workspace (never following links), copied to a private temporary folder and
loaded into an in-memory DuckDB; then DuckDB's external access is switched off and locked before the
model's SQL runs, so a query cannot read or write anything else on the host. Loading and querying run in a
worker process stopped at a deadline (``_deadline``), so a crafted file cannot keep its parser busy for minutes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import tempfile
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb

from gofer.computer.workspace import Workspace
from gofer.documents._answers import DESCRIBE_PER_BYTE, table_check, text_check
from gofer.documents._deadline import READ_TIMEOUT, within_deadline
from gofer.documents._io import MAX_DATA_BYTES, read_capped, suffix
from gofer.tools.base import ToolError

__all__ = ["DATA_SUFFIXES", "QueryResult", "describe_data", "format_table", "run_sql", "sql_files"]

DATA_SUFFIXES = ("csv", "tsv", "txt", "json", "jsonl", "ndjson", "parquet", "xlsx", "xlsm")
_PATH_LITERAL = re.compile(
    r"""(?P<q>['"])(?P<path>[^'"\n]+\.(?:{}))(?P=q)""".format("|".join(DATA_SUFFIXES)), re.IGNORECASE
)
QUERY_TIMEOUT = 60.0


class QueryResult:
    """Columns and rows of a query (plain Python values), and whether rows were cut at the limit."""

    def __init__(self, columns: list[str], rows: list[list[Any]], truncated: bool, total: int | None) -> None:
        self.columns = columns
        self.rows = rows
        self.truncated = truncated
        self.total = total


def _plain(value: Any) -> Any:
    """A query's value as plain data (what the reading worker's answers may hold, ``_answers``)."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None and not isinstance(value.tzinfo, dt.timezone):  # a ZoneInfo: a fixed offset
            value = value.astimezone(dt.timezone(value.utcoffset() or dt.timedelta(0)))
        if value.time() == dt.time(0):
            return value.date()
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


def _load(con: duckdb.DuckDBPyConnection, ws: Workspace, path: str, table: str, tmp: Path,
          sheet: str | None = None) -> None:
    ext = suffix(path)
    if ext not in DATA_SUFFIXES:
        raise ToolError(f"{path!r}: not a data file ({', '.join(DATA_SUFFIXES)})")
    data = read_capped(ws, path, MAX_DATA_BYTES)
    try:
        if ext in ("xlsx", "xlsm"):
            import pandas as pd

            from gofer.documents._io import check_zip

            check_zip(data, path)
            frame = pd.read_excel(io.BytesIO(data), sheet_name=sheet or 0, engine="openpyxl")
            con.register("_frame", frame)
            con.execute(f'CREATE TABLE "{table}" AS SELECT * FROM _frame')
            con.unregister("_frame")
            return
        local = tmp / f"{table}.{ext}"
        local.write_bytes(data)
        reader = {
            "parquet": "read_parquet(?)",
            "json": "read_json_auto(?)",
            "jsonl": "read_json_auto(?, format='newline_delimited')",
            "ndjson": "read_json_auto(?, format='newline_delimited')",
        }.get(ext, "read_csv_auto(?, sample_size=-1)")
        con.execute(f'CREATE TABLE "{table}" AS SELECT * FROM {reader}', [str(local)])
    except (duckdb.Error, ValueError, OSError) as exc:
        raise ToolError(f"could not read {path!r} as {ext}: {str(exc).splitlines()[0]}") from None


def _connect() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:")
    con.execute("SET threads=2; SET memory_limit='1GB'; SET autoinstall_known_extensions=false;"
                " SET autoload_known_extensions=false")
    return con


def _seal(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("SET enable_external_access=false; SET lock_configuration=true")


def _execute(con: duckdb.DuckDBPyConnection, sql: str) -> duckdb.DuckDBPyConnection:
    timer = threading.Timer(QUERY_TIMEOUT, con.interrupt)
    timer.start()
    try:
        return con.execute(sql)
    except duckdb.InterruptException:
        raise ToolError(f"the query ran longer than {QUERY_TIMEOUT:.0f} s and was stopped") from None
    except duckdb.Error as exc:
        raise ToolError(f"SQL error: {str(exc).strip()[:600]}") from None
    finally:
        timer.cancel()


def sql_files(sql: str) -> dict[str, int]:
    """The workspace files a query loads (those named in quotes), with the most bytes read of each."""
    return {m.group("path"): MAX_DATA_BYTES for m in _PATH_LITERAL.finditer(sql)}


def run_sql(ws: Workspace, sql: str, *, max_rows: int = 200, timeout: float = READ_TIMEOUT) -> QueryResult:
    """Run DuckDB SQL over workspace data files named in quotes (``FROM 'data/sales.csv'``); loading the files may
    take ``timeout`` seconds and the query ``QUERY_TIMEOUT`` more."""
    files = sql_files(sql)
    named = ", ".join(map(repr, files)) or "no files"
    return within_deadline(f"the query over {named}", timeout + QUERY_TIMEOUT, _run_sql_here, ws, sql, max_rows,
                           files=files, check=table_check(max_rows))


def _run_sql_here(ws: Workspace, sql: str, max_rows: int) -> QueryResult:
    paths: dict[str, str] = {}

    def swap(m: re.Match[str]) -> str:
        name = paths.setdefault(m.group("path"), f"file_{len(paths)}")
        return f'"{name}"'

    rewritten = _PATH_LITERAL.sub(swap, sql)
    with tempfile.TemporaryDirectory(prefix="gofer-data-") as tmp:
        con = _connect()
        try:
            for path, table in paths.items():
                _load(con, ws, path, table, Path(tmp))
            _seal(con)
            cur = _execute(con, rewritten)
            if cur.description is None:
                return QueryResult([], [], False, 0)
            columns = [d[0] for d in cur.description]
            fetched = cur.fetchmany(max_rows + 1)
        finally:
            con.close()
    rows = [[_plain(v) for v in row] for row in fetched[:max_rows]]
    return QueryResult(columns, rows, len(fetched) > max_rows, None if len(fetched) > max_rows else len(rows))


def _cell(value: Any, width: int = 40) -> str:
    if value is None:
        text = ""
    elif isinstance(value, float):
        text = f"{value:.4g}" if abs(value) < 1 else f"{value:.2f}".rstrip("0").rstrip(".")
    else:
        text = str(value)
    text = text.replace("\n", " ").replace("|", "/")
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(columns: list[str], rows: list[list[Any]]) -> str:
    """A compact pipe table for the model."""
    lines = ["| " + " | ".join(_cell(c) for c in columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def describe_data(ws: Workspace, path: str, *, sheet: str | None = None, sample_rows: int = 5,
                  timeout: float = READ_TIMEOUT) -> str:
    """Rows, columns with types, null share, distinct counts, ranges and means, and the first rows; a ToolError
    naming the file when reading it takes longer than ``timeout`` seconds."""
    return within_deadline(f"reading {path!r}", timeout, _describe_here, ws, path, sheet, sample_rows,
                           files={path: MAX_DATA_BYTES}, check=text_check(path, None, per_byte=DESCRIBE_PER_BYTE))


def _describe_here(ws: Workspace, path: str, sheet: str | None, sample_rows: int) -> str:
    with tempfile.TemporaryDirectory(prefix="gofer-data-") as tmp:
        con = _connect()
        try:
            _load(con, ws, path, "t", Path(tmp), sheet=sheet)
            _seal(con)
            count_row = con.execute('SELECT COUNT(*) FROM "t"').fetchone()
            n = int(count_row[0]) if count_row else 0
            summary = con.execute('SUMMARIZE "t"').fetchall()
            sample = con.execute(f'SELECT * FROM "t" LIMIT {int(sample_rows)}')
            sample_cols = [d[0] for d in sample.description or []]
            sample_rows_ = [[_plain(v) for v in r] for r in sample.fetchall()]
        finally:
            con.close()
    stats_rows = []
    for col in summary:
        name, ctype, lo, hi, approx_unique, avg, std = col[0], col[1], col[2], col[3], col[4], col[5], col[6]
        null_pct = col[-1]
        numeric = avg is not None and any(t in str(ctype) for t in ("INT", "DOUBLE", "DECIMAL", "FLOAT", "REAL"))
        stats_rows.append([
            name, ctype, f"{float(null_pct):.1f}%" if null_pct is not None else "", approx_unique,
            _cell(lo, 24), _cell(hi, 24), f"{float(avg):.2f}" if numeric else "",
            f"{float(std):.2f}" if numeric and std is not None else "",
        ])
    head = f"{path}: {n:,} rows x {len(summary)} columns" + (f" (sheet {sheet})" if sheet else "")
    return "\n".join([
        head,
        "",
        "Columns:",
        format_table(["column", "type", "nulls", "distinct≈", "min", "max", "mean", "std"], stats_rows),
        "",
        f"First {len(sample_rows_)} rows:",
        format_table(sample_cols, sample_rows_),
        "",
        f"Query it with query_data, e.g. SELECT * FROM '{path}' LIMIT 10.",
    ])
