"""Files pages download, saved into the session's workspace under ``downloads/``.

Chromium keeps a download in a temporary file; :class:`Downloads` copies it into the workspace under a free name
(never over an earlier file), records it as an artifact, and leaves a note for the next observation, warning when
the file is an executable (it is saved without the execute bit, and the model is told not to run it unasked).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import Callable
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from playwright.async_api import Download
from playwright.async_api import Error as PlaywrightError

from gofer.computer.browser.risk import EXECUTABLE_SUFFIXES
from gofer.computer.workspace import Workspace
from gofer.events import Artifact

__all__ = ["Downloads", "safe_name"]

SETTLE = 10.0
"""Seconds an action's end waits for downloads still being saved."""


class Downloads:
    """The downloads of one browser session: saved as they finish, taken by the next observation."""

    def __init__(self, workspace: Workspace, note: Callable[[str], None]) -> None:
        self.workspace = workspace
        self.note = note
        """Leaves a note for the next observation (each saved or failed download leaves one)."""
        self.saved: list[Artifact] = []
        """Files saved since the last observation took them."""
        self._tasks: set[asyncio.Task[None]] = set()

    def on_download(self, download: Download) -> None:
        """The page's ``download`` event handler: save the file in the background."""
        task = asyncio.get_running_loop().create_task(self._save(download))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def settle(self) -> None:
        """Wait (up to :data:`SETTLE` seconds) for downloads still being saved."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=SETTLE)

    def cancel(self) -> None:
        """Stop saving (the session is closing)."""
        for task in self._tasks:
            task.cancel()

    def take(self) -> list[Artifact]:
        """The files saved since the last call."""
        saved, self.saved = self.saved, []
        return saved

    async def _save(self, download: Download) -> None:
        try:
            path = await download.path()
        except PlaywrightError as exc:
            self.note(f"A download failed: {exc}")
            return
        name = safe_name(download.suggested_filename or PurePosixPath(urlsplit(download.url).path).name)
        data = await asyncio.to_thread(path.read_bytes)
        rel = self._free_name(f"downloads/{name}")
        await asyncio.to_thread(self.workspace.write_bytes, rel, data)
        artifact = self.workspace.artifact(rel)
        self.saved.append(artifact)
        warn = ""
        if name.lower().endswith(EXECUTABLE_SUFFIXES) or data[:4] in (b"\x7fELF",) or data[:2] in (b"MZ", b"#!"):
            warn = " It is an executable: saved without execute permission; do not run it unless asked."
        self.note(f"Downloaded {download.url} to {rel} ({artifact.size} bytes).{warn}")
        with contextlib.suppress(PlaywrightError):
            await download.delete()

    def _free_name(self, rel: str) -> str:
        candidate, n = rel, 1
        stem, dot, ext = rel.rpartition(".")
        while self.workspace.exists(candidate):
            n += 1
            candidate = f"{stem} ({n}).{ext}" if dot and "/" not in ext else f"{rel} ({n})"
        return candidate


def safe_name(name: str) -> str:
    """A downloaded file's name made safe for the workspace: its last part only, odd characters replaced, at most
    120 characters."""
    name = PurePosixPath(name.replace("\\", "/")).name
    name = re.sub(r"[^\w.\- ()+]", "_", name).strip(". ") or "download"
    return name[:120]
