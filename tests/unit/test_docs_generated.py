"""The generated docs match the code: docs/tools.md (the tool registry) and the README's settings table
(gofer.config.Settings). When this fails, run ``python scripts/gen_docs.py`` and commit the result."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from gofer.config import Settings
from gofer.tools.registry import builtin_tools

ROOT = Path(__file__).resolve().parents[2]


def _gen_docs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_docs"] = module
    spec.loader.exec_module(module)
    return module


def test_tools_md_is_generated_from_the_registry() -> None:
    gen = _gen_docs()
    committed = (ROOT / "docs" / "tools.md").read_text(encoding="utf-8")
    assert committed == gen.render_tools(), "docs/tools.md is out of date: run python scripts/gen_docs.py"
    for t in builtin_tools():
        assert f"### `{t.name}`" in committed
        assert f"| [`{t.name}`](#{t.name}) |" in committed


def test_readme_settings_table_matches_the_settings_class() -> None:
    gen = _gen_docs()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = gen.render_settings_table()
    assert gen.with_settings_table(readme, table) == readme, "README settings table is out of date: run gen_docs"
    body = readme.split(gen.START, 1)[1].split(gen.END, 1)[0]
    rows = [line for line in body.splitlines() if line.startswith("| `GOFER_")]
    assert [r.split("`")[1] for r in rows] == [f"GOFER_{n.upper()}" for n in Settings.model_fields]


def test_only_the_lines_between_the_markers_change() -> None:
    gen = _gen_docs()
    text = f"intro\n{gen.START}\nold table\n{gen.END}\noutro\n"
    out = gen.with_settings_table(text, "| new |\n")
    assert out == f"intro\n{gen.START}\n| new |\n{gen.END}\noutro\n"
    assert gen.with_settings_table(out, "| new |\n") == out
