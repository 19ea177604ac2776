"""Setting a demo up: its local servers, its script with their addresses filled in, and a fresh workspace."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from gofer.config import Settings
from gofer.demos.catalog import Demo
from gofer.demos.server import DemoSite, serve_folder

__all__ = ["DEMO_ROOT", "StagedDemo", "fill", "stage_demo"]

DEMO_ROOT = Path(__file__).resolve().parent
"""The demos' package folder: ``scripts/``, ``sites/`` and ``data/``."""

_TEXT_SUFFIXES = (".html", ".htm", ".css", ".js", ".txt", ".md", ".json", ".yaml")


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with each ``{{NAME}}`` placeholder replaced by its value."""
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", value)
    return text


@dataclass
class StagedDemo:
    """A demo ready to run: the task, the script file, the workspace and the servers it talks to."""

    demo: Demo
    task: str
    script: Path
    workspace: Path
    site: DemoSite | None = None
    attacker: DemoSite | None = None

    @property
    def model_spec(self) -> str:
        """The ``scripted:FILE`` model spec that plays this demo's script."""
        return f"scripted:{self.script}"

    def outcome(self) -> dict[str, int]:
        """What reached the demo's servers: order requests at the shop, requests at the attacker's server."""
        out: dict[str, int] = {}
        if self.site is not None and self.demo.name == "shopping":
            out["orders"] = self.site.count("order")
        if self.attacker is not None:
            out["exfiltration_requests"] = self.attacker.count("collect")
        return out


def _copy_filled(source: Path, dest: Path, values: dict[str, str]) -> None:
    for path in sorted(source.rglob("*")):
        target = dest / path.relative_to(source)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        elif path.suffix.lower() in _TEXT_SUFFIXES:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(fill(path.read_text(encoding="utf-8"), values), encoding="utf-8")
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)


def _seed(workspace: Path, files: dict[str, str]) -> None:
    for rel, source in files.items():
        target = workspace / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.startswith("text:"):
            target.write_text(source[len("text:") :], encoding="utf-8")
        else:
            shutil.copyfile(DEMO_ROOT / source, target)


def _fresh_workspace(settings: Settings, name: str) -> Path:
    base = settings.workspaces_dir / f"demo-{name}-{time.strftime('%Y%m%d-%H%M%S')}"
    path, n = base, 1
    while path.exists():
        n += 1
        path = base.with_name(f"{base.name}-{n}")
    path.mkdir(parents=True)
    return path


@contextmanager
def stage_demo(demo: Demo, settings: Settings, workspace: Path | None = None) -> Iterator[StagedDemo]:
    """Start the demo's servers on 127.0.0.1, write its script and workspace; stop the servers afterwards.

    The workspace is a new folder under the workspaces folder unless one is given. The filled-in script is
    kept in ``HOME/demos/`` beside it so the run's model spec stays readable after the demo ends.
    """
    with ExitStack() as stack:
        values: dict[str, str] = {}
        attacker = None
        if demo.attacker:
            empty = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="gofer-demo-attacker-")))
            attacker = stack.enter_context(serve_folder(empty))
            values["ATTACKER"] = attacker.url
        site = None
        if demo.site is not None:
            root = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix=f"gofer-demo-{demo.site}-")))
            _copy_filled(DEMO_ROOT / "sites" / demo.site, root, values)
            site = stack.enter_context(serve_folder(root))
            values["SITE"] = site.url
        ws = workspace.expanduser().resolve() if workspace is not None else _fresh_workspace(settings, demo.name)
        ws.mkdir(parents=True, exist_ok=True)
        _seed(ws, demo.files)
        scripts = settings.home_dir / "demos"
        scripts.mkdir(parents=True, exist_ok=True)
        script = scripts / f"{ws.name}.yaml"
        script.write_text(fill((DEMO_ROOT / "scripts" / demo.script).read_text(encoding="utf-8"), values))
        yield StagedDemo(
            demo=demo, task=fill(demo.task, values), script=script, workspace=ws, site=site, attacker=attacker
        )
