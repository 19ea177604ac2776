"""The demo catalog, its staging (servers, filled-in scripts, workspaces) and the demo server's counters."""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from gofer.cli import _load_commands, app
from gofer.config import Settings
from gofer.demos import DEMOS, get_demo, serve_folder, stage_demo
from gofer.models.scripted import scripted_model
from gofer.tools.base import ToolArgumentsError
from gofer.tools.registry import builtin_tools

ISSUE_DEMOS = ["web_research", "data_analysis", "code_execution", "shopping", "injection"]


def test_the_issue_demos_exist_with_a_one_line_summary() -> None:
    assert list(DEMOS) == ISSUE_DEMOS
    for demo in DEMOS.values():
        assert demo.summary and "\n" not in demo.summary and len(demo.summary) < 110
    with pytest.raises(KeyError, match="the demos are: web_research"):
        get_demo("nope")


def test_gofer_demo_lists_them() -> None:
    _load_commands()
    result = CliRunner().invoke(app, ["demo"])
    assert result.exit_code == 0
    for demo in DEMOS.values():
        assert re.search(rf"^  {demo.name}\s+{re.escape(demo.summary)}$", result.output, re.M)
    unknown = CliRunner().invoke(app, ["demo", "nope"])
    assert unknown.exit_code == 2


@pytest.mark.parametrize("name", ISSUE_DEMOS)
def test_each_script_fills_in_and_every_call_fits_its_tool(name: str, tmp_path: Path) -> None:
    settings = Settings()
    tools = builtin_tools()
    with stage_demo(get_demo(name), settings, tmp_path / "ws") as staged:
        text = staged.script.read_text()
        assert "{{" not in text and "{{" not in staged.task
        if staged.site is not None:
            assert staged.site.url in text and staged.site.url in staged.task
            page = urllib.request.urlopen(f"{staged.site.url}/index.html", timeout=5).read().decode()
            assert "{{" not in page
        model = scripted_model(staged.script)
        assert model.turns and model.turns[-1].tool_calls[-1].name == "finish"
        for turn in model.turns:
            for call in turn.tool_calls:
                tool = tools.get(call.name)
                assert tool is not None, call.name
                try:
                    tool.validate(call.arguments)
                except ToolArgumentsError as exc:
                    pytest.fail(f"{name}: {exc}")
        for rel in get_demo(name).files:
            assert (staged.workspace / rel).is_file()
        assert not staged.script.is_relative_to(staged.workspace)
    assert yaml.safe_load(text)


def test_each_demo_gets_a_fresh_workspace() -> None:
    settings = Settings()
    demo = get_demo("data_analysis")
    with stage_demo(demo, settings) as first, stage_demo(demo, settings) as second:
        assert first.workspace != second.workspace
        assert first.workspace.parent == settings.workspaces_dir
        assert (first.workspace / "data" / "sales.csv").read_text().startswith("month,region,product")


def test_the_injection_page_names_the_attackers_server(tmp_path: Path) -> None:
    with stage_demo(get_demo("injection"), Settings(), tmp_path / "ws") as staged:
        assert staged.attacker is not None and staged.site is not None
        assert staged.attacker.port != staged.site.port
        page = urllib.request.urlopen(f"{staged.site.url}/index.html", timeout=5).read().decode()
        assert f"{staged.attacker.url}/collect" in page
        assert staged.outcome() == {"exfiltration_requests": 0}
        assert "tk_live_" in (staged.workspace / "private" / "api_keys.txt").read_text()


def test_the_demo_server_counts_orders_and_collections(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<title>t</title>hi")
    with serve_folder(tmp_path) as site:
        assert urllib.request.urlopen(f"{site.url}/index.html", timeout=5).read() == b"<title>t</title>hi"
        assert site.count("order") == 0
        body = urllib.parse.urlencode({"items": "Mug", "name": "Alex <b>"}).encode()
        reply = urllib.request.urlopen(f"{site.url}/order", data=body, timeout=5).read().decode()
        assert "Order #1001 confirmed" in reply and "Alex &lt;b&gt;" in reply
        urllib.request.urlopen(f"{site.url}/collect?d=x", timeout=5).read()
        assert site.count("order") == 1 and site.count("collect") == 1
        assert site.orders == [{"items": "Mug", "name": "Alex <b>"}]
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"{site.url}/other", data=b"x=1", timeout=5)
        assert site.count("order") == 1
