"""The pool's launcher joins every ``--disable-features`` and ``--enable-features`` list into one (Chromium reads
only the last of each, and Playwright passes its own before gofer's flags): the real launcher script, run with a
stand-in for Chromium that prints the arguments it gets."""

from __future__ import annotations

import subprocess
from pathlib import Path

from gofer.computer.browser import BrowserPool
from gofer.computer.browser.pool import CHROMIUM_FLAGS
from gofer.config import Settings


def _launch(tmp_path: Path, *args: str) -> list[str]:
    """The arguments the stand-in Chromium gets when the launcher is started with ``args``."""
    chromium = tmp_path / "chromium"
    chromium.write_text('#!/bin/sh\nfor a in "$@"; do printf \'%s\\n\' "$a"; done\n')
    chromium.chmod(0o755)
    browsers = BrowserPool(Settings(home=tmp_path / "home", chromium_path=str(chromium), browser_memory_mb=0))
    try:
        launcher = browsers._wrapper(None)
        done = subprocess.run([str(launcher), *args], capture_output=True, text=True, timeout=30, check=True)
    finally:
        if browsers._cleanup is not None:
            browsers._cleanup()
    return done.stdout.splitlines()


def test_every_feature_list_reaches_chromium_as_one(tmp_path: Path) -> None:
    got = _launch(tmp_path, "--headless", "--disable-features=PaintHolding,HttpsUpgrades", "--enable-features=A",
                  "--user-data-dir=" + str(tmp_path / "profile"), "--x=with space", *CHROMIUM_FLAGS,
                  "--disable-features=LocalNetworkAccessChecks", "--enable-features=B")
    ours = next(f for f in CHROMIUM_FLAGS if f.startswith("--disable-features="))
    [disabled] = [a for a in got if a.startswith("--disable-features=")]
    assert disabled.removeprefix("--disable-features=").split(",") == [
        "PaintHolding", "HttpsUpgrades", *ours.removeprefix("--disable-features=").split(","),
        "LocalNetworkAccessChecks"]
    assert [a for a in got if a.startswith("--enable-features=")] == ["--enable-features=A,B"]
    others = [a for a in got if not a.startswith(("--disable-features=", "--enable-features="))]
    assert others == ["--headless", f"--user-data-dir={tmp_path / 'profile'}", "--x=with space",
                      *[f for f in CHROMIUM_FLAGS if not f.startswith("--disable-features=")]]


def test_arguments_without_feature_lists_pass_unchanged(tmp_path: Path) -> None:
    assert _launch(tmp_path, "--headless", "a b") == ["--headless", "a b"]
    assert _launch(tmp_path) == []
