"""Charts with matplotlib (Agg, no global pyplot state): PNG or SVG with a title, labelled axes and units."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import matplotlib

matplotlib.use("Agg")
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from gofer.computer.workspace import Workspace
from gofer.documents._io import suffix, write_output
from gofer.documents.data import run_sql
from gofer.documents.specs import ChartSpec, SeriesSpec
from gofer.tools.base import ToolError

__all__ = ["PALETTE", "chart_series", "render_chart", "save_chart"]

PALETTE = ["#1F4E79", "#E07B39", "#3A9E6F", "#C0392B", "#7D5BA6", "#2E86C1", "#B7950B", "#5D6D7E"]


def _label(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m") if value.day == 1 else value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def chart_series(ws: Workspace, spec: ChartSpec) -> tuple[list[str], list[SeriesSpec]]:
    """The chart's categories and series, from the spec or from its data query."""
    if spec.data is None:
        return [_label(c) for c in spec.categories], spec.series
    result = run_sql(ws, spec.data.sql, max_rows=2000)
    if len(result.columns) < 2:
        raise ToolError("chart data needs at least two columns: the x values, then one or more series")
    if spec.pivot:
        if len(result.columns) != 3:
            raise ToolError("pivot charts need exactly three columns: x, group, value")
        cats: list[str] = []
        groups: dict[str, dict[str, float | None]] = {}
        for x, group, value in result.rows:
            key = _label(x)
            if key not in cats:
                cats.append(key)
            groups.setdefault(str(group), {})[key] = None if value is None else float(value)
        series = [SeriesSpec(name=g, values=[vals.get(c) for c in cats]) for g, vals in groups.items()]
        return cats, series
    cats = [_label(r[0]) for r in result.rows]
    series = []
    for i, name in enumerate(result.columns[1:], start=1):
        try:
            values = [None if r[i] is None else float(r[i]) for r in result.rows]
        except (TypeError, ValueError):
            raise ToolError(f"chart column {name!r} is not numeric") from None
        series.append(SeriesSpec(name=name, values=values))
    return cats, series


def _formatter(units: str) -> FuncFormatter:
    def fmt(value: float, _pos: int) -> str:
        if abs(value) >= 1e6:
            text = f"{value / 1e6:,.1f}M"
        elif abs(value) >= 1e4:
            text = f"{value / 1e3:,.0f}k"
        else:
            text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
        return f"{text}%" if units == "%" else text

    return FuncFormatter(fmt)


def render_chart(ws: Workspace, spec: ChartSpec, *, fmt: str = "png", dpi: int = 150) -> bytes:
    """Draw the chart and return its bytes in ``fmt`` ("png" or "svg")."""
    cats, series = chart_series(ws, spec)
    if not series or not any(v is not None for s in series for v in s.values):
        raise ToolError("the chart has no values to draw")
    fig = Figure(figsize=(spec.width_in, spec.height_in), dpi=dpi, layout="constrained")
    ax = fig.add_subplot()
    value_label = spec.y_label or "Value"
    if spec.units and spec.units not in value_label:
        value_label = f"{value_label} ({spec.units})"
    xs = list(range(len(cats)))
    vals = [[0.0 if v is None else v for v in s.values] for s in series]
    colors = PALETTE * (len(series) // len(PALETTE) + 1)
    if spec.type == "pie":
        pie = ax.pie(vals[0], labels=cats, colors=colors[: len(cats)], autopct="%1.0f%%", startangle=90,
                     counterclock=False, wedgeprops={"linewidth": 1, "edgecolor": "white"})
        if isinstance(pie, tuple):  # matplotlib < 3.11: (wedges, labels, percentages)
            percentages = pie[2] if len(pie) > 2 else []
        else:  # a PieContainer: texts holds the label and the percentage groups
            groups = list(getattr(pie, "texts", []))
            percentages = groups[-1] if len(groups) > 1 else []
        for label in percentages:
            label.set_color("white")
            label.set_fontweight("bold")
        ax.set_aspect("equal")
    elif spec.type in ("bar", "stacked_bar", "barh"):
        n = len(series)
        width = 0.8 / (1 if spec.type == "stacked_bar" else n)
        bottom = [0.0] * len(cats)
        for i, (s, v) in enumerate(zip(series, vals, strict=True)):
            if spec.type == "stacked_bar":
                ax.bar(xs, v, 0.8, bottom=bottom, label=s.name, color=colors[i])
                bottom = [b + x for b, x in zip(bottom, v, strict=True)]
            elif spec.type == "barh":
                ax.barh([x - 0.4 + width * (i + 0.5) for x in xs], v, width, label=s.name, color=colors[i])
            else:
                ax.bar([x - 0.4 + width * (i + 0.5) for x in xs], v, width, label=s.name, color=colors[i])
    elif spec.type == "scatter":
        for i, (s, v) in enumerate(zip(series, vals, strict=True)):
            ax.scatter(xs, v, label=s.name, color=colors[i])
    else:
        for i, s in enumerate(series):
            ys = [float("nan") if v is None else v for v in s.values]
            if spec.type == "area":
                ax.fill_between(xs, [0 if v is None else v for v in s.values], alpha=0.35, color=colors[i])
            ax.plot(xs, ys, label=s.name, color=colors[i], linewidth=2, marker="o" if len(xs) <= 30 else None,
                    markersize=3.5)
    ax.set_title(spec.title, fontsize=13, fontweight="bold", loc="left")
    if spec.type != "pie":
        cat_axis, val_axis = (ax.yaxis, ax.xaxis) if spec.type == "barh" else (ax.xaxis, ax.yaxis)
        ticks = xs if len(xs) <= 16 else xs[:: max(1, len(xs) // 12)]
        cat_axis.set_ticks(ticks, [cats[t] for t in ticks])
        if spec.type != "barh" and (len(ticks) > 8 or max((len(c) for c in cats), default=0) > 8):
            for label in ax.get_xticklabels():
                label.set_rotation(45)
                label.set_horizontalalignment("right")
        val_axis.set_major_formatter(_formatter(spec.units))
        cat_axis.set_label_text(spec.x_label)
        val_axis.set_label_text(value_label)
        ax.grid(axis="x" if spec.type == "barh" else "y", alpha=0.3)
        ax.spines[["top", "right"]].set_visible(False)
        if len(series) > 1:
            ax.legend(frameon=False)
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, dpi=dpi, facecolor="white")
    return buf.getvalue()


def save_chart(ws: Workspace, spec: ChartSpec, path: str) -> tuple[str, bytes]:
    """Render and save the chart at ``path`` (.png or .svg); returns its relative path and a PNG preview."""
    ext = suffix(path)
    if ext not in ("png", "svg"):
        raise ToolError(f"{path!r}: a chart is saved as .png or .svg")
    data = render_chart(ws, spec, fmt=ext)
    rel = write_output(ws, path, data, allowed=("png", "svg"))
    png = data if ext == "png" else render_chart(ws, spec, fmt="png", dpi=80)
    return rel, png
