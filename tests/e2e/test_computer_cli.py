"""End to end through the CLI: a scripted model computes in the kernel, plots a PNG, writes a CSV with the
shell, and finishes listing both files; the events show the artifacts with their sha256."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

TURNS = [
    {
        "text": "Compute.",
        "tool_calls": [{"name": "python", "arguments": {"code": "total = sum(range(1000))\nprint(total)"}}],
    },
    {
        "text": "Plot.",
        "tool_calls": [
            {
                "name": "python",
                "arguments": {
                    "code": "import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n"
                    "plt.bar(['a', 'b'], [total, total / 2])\nplt.savefig('chart.png')\nprint('saved', total)"
                },
            }
        ],
    },
    {
        "text": "CSV.",
        "tool_calls": [
            {"name": "shell", "arguments": {"command": "printf 'name,value\\na,499500\\n' > data.csv && cat data.csv"}}
        ],
    },
    {
        "tool_calls": [
            {"name": "finish", "arguments": {"answer": "total is 499500", "files": ["chart.png", "data.csv"]}}
        ]
    },
]


@pytest.mark.slow
def test_compute_plot_csv_and_finish(tmp_path: Path) -> None:
    script = tmp_path / "model.yaml"
    script.write_text(yaml.safe_dump(TURNS))
    ws = tmp_path / "ws"
    ws.mkdir()
    gofer = Path(sys.executable).with_name("gofer")
    env = {**os.environ, "GOFER_NETWORK": "none"}
    proc = subprocess.run(
        [str(gofer), "run", "compute and plot", "--model", f"scripted:{script}", "--workspace", str(ws), "--json"],
        capture_output=True,
        text=True,
        timeout=110,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    events = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    observations = [e for e in events if e["type"] == "Observation"]
    assert "499500" in json.dumps(observations[0])
    assert "saved 499500" in json.dumps(observations[1])  # state persisted between calls
    png = (ws / "chart.png").read_bytes()
    assert png.startswith(b"\x89PNG")
    assert (ws / "data.csv").read_text() == "name,value\na,499500\n"
    finished = events[-1]
    assert finished["type"] == "RunFinished"
    files = {f["path"]: f for f in finished["files"]}
    assert set(files) == {"chart.png", "data.csv"}
    assert files["chart.png"]["sha256"] == hashlib.sha256(png).hexdigest()
    assert files["chart.png"]["mime"] == "image/png"
    assert files["data.csv"]["size"] == len("name,value\na,499500\n")
