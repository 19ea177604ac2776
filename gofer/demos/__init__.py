"""Demo scenarios that run the whole real system (browser, kernel, files, guard) with a scripted model.

``gofer demo`` lists them; ``gofer demo NAME`` runs one. Each demo serves its own pages on 127.0.0.1, starts in
a fresh workspace, and plays a script in place of a language model, so it needs no model key.
"""

from gofer.demos.catalog import DEMOS, Demo, get_demo
from gofer.demos.server import DemoSite, serve_folder
from gofer.demos.stage import StagedDemo, stage_demo

__all__ = ["DEMOS", "Demo", "DemoSite", "StagedDemo", "get_demo", "serve_folder", "stage_demo"]
