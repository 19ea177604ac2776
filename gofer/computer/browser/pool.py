"""One Chromium shared by every session, an isolated BrowserContext per session, and saved logins.

The pool starts Debian's Chromium through Playwright (``executable_path``; Playwright's own download does not
work offline). As root it starts Chromium as an unprivileged user (``setpriv`` to ``nobody``) so Chromium's
own sandbox stays on; ``--no-sandbox`` is used only when ``browser_no_sandbox`` is set or the unprivileged
start is impossible, and the reason is printed on stderr. A crash of the browser is noticed (Playwright's
``disconnected``) and the next use starts a fresh one; sessions rebuild their contexts from the cookies and
storage saved under ``HOME/browser-state/<session>.json`` (mode 0600), which also keep a login across
restarts of gofer. :meth:`BrowserPool.wipe_state` is "log out everywhere". Chromium's launcher, pid file, HOME,
temp dir and downloads live in a ``gofer-browser-*`` folder of the temp dir, removed however the pool ends
(see :mod:`gofer.computer.browser.runtime`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import pwd
import re
import shutil
import signal
import sys
import tempfile
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gofer.computer.browser.runtime import PROFILE_FILE, make_runtime_dir, remove_runtime_dir, sweep_stale_runtime_dirs
from gofer.computer.sandbox._cgroup import SandboxCgroup

if TYPE_CHECKING:
    from playwright.async_api import Browser, BrowserContext, Playwright

__all__ = ["CHROMIUM_FLAGS", "PREFERENCES", "BrowserPool"]

CHROMIUM_FLAGS = [
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--no-first-run",
    "--disable-dev-shm-usage",
    # a page's WebRTC (if a frame still had RTCPeerConnection) uses no UDP of its own: no STUN lookups, no peers
    "--webrtc-ip-handling-policy=disable_non_proxied_udp",
    # sent by Chromium's network process past every route: reports (CSP, deprecations, interventions, crashes) and
    # Network Error Logging to an endpoint a page's server names in a header, and fetchLater() once the page is gone;
    # and the ad APIs whose reports Chromium uploads later on its own: Attribution Reporting (its Blink feature is
    # ConversionMeasurement), Protected Audience (Fledge, AdInterestGroupAPI: auctions, interest groups and their
    # reports), fenced frames, Topics, Shared Storage and Private Aggregation (names checked against Chromium 156
    # by tests/e2e/test_browse15_ad_uploads.py; Chromium ignores a name it does not know)
    "--disable-features=Reporting,NetworkErrorLogging,FetchLaterAPI,ConversionMeasurement,AttributionReporting,"
    "Fledge,AdInterestGroupAPI,FencedFrames,BrowsingTopics,SharedStorageAPI,PrivateAggregation",
]
"""Flags every launch gets (without the networking ones Chromium floods a closed network with lookups)."""

PREFERENCES = {"net": {"network_prediction_options": 2}}
"""The profile's preferences, written before Chromium starts: no network prediction (2 is "never"), so a page's
speculation rules (prefetch, prerender), ``<link rel=preconnect>`` and ``dns-prefetch`` make no request or lookup
the routing does not see (Chromium sends them from its own process, past Playwright's routes)."""

_UNPRIVILEGED_USER = "nobody"
_VIEWPORT = {"width": 1280, "height": 800}

_SINGLETON_SOCKET = "org.chromium.Chromium.XXXXXX/SingletonSocket"
"""Where Chromium puts its profile lock socket, under its TMPDIR."""

_BROWSER_TASKS = 32768
"""The browser cgroup's pids.max: Chromium's threads count as tasks (a tab has a few dozen); this only stops a
runaway, the memory limit is the bound that matters."""

_WRAPPER = """#!/bin/sh
echo $$ > {pidfile}
{join}
for a in "$@"; do case "$a" in --user-data-dir=*) d="${{a#--user-data-dir=}}"; printf '%s\\n' "$d" > {profile}
  mkdir -p "$d/Default"; printf '%s' {preferences} > "$d/Default/Preferences";; esac; done
n=$#; off=; on=
for a in "$@"; do case "$a" in --disable-features=*) off="$off,${{a#*=}}";; --enable-features=*) on="$on,${{a#*=}}";;
  *) set -- "$@" "$a";; esac; done
shift "$n"
[ -z "$off" ] || set -- "$@" "--disable-features=${{off#,}}"
[ -z "$on" ] || set -- "$@" "--enable-features=${{on#,}}"
{drop}
"""
"""The launcher Playwright starts in place of Chromium. Chromium reads only the last ``--disable-features`` (and
``--enable-features``) it is given, and Playwright passes lists of its own before gofer's flags, so the launcher
joins every list into one: neither gofer's nor Playwright's (nor a test's) is lost."""


def _announce(message: str) -> None:
    print(f"gofer browser: {message}", file=sys.stderr, flush=True)


class BrowserPool:
    """The process-wide browser: ``new_context(session_id)`` gives each session its own context."""

    def __init__(self, settings: Any) -> None:
        self.settings = settings
        self._pw: Playwright | None = None
        self._browser: Browser | None = None
        self._lock = asyncio.Lock()
        self._closing = False
        self._runtime: Path | None = None
        self._cleanup: weakref.finalize[..., BrowserPool] | None = None
        self.generation = 0
        """Incremented on every (re)start; a context from an older generation is dead."""
        self.crashes = 0
        """How many times the browser went away without being closed."""
        self.sandboxed: bool | None = None
        """Whether Chromium's own sandbox is on (None until the first start)."""
        self.sandbox_note = ""
        self.cgroup: SandboxCgroup | None = None
        """The memory cgroup Chromium and all its processes run in (None: no bound, or none could be made)."""
        self._cgroup_tried = False

    # -- lifecycle -----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True while a browser is connected."""
        return self._browser is not None and self._browser.is_connected()

    @property
    def runtime_path(self) -> Path | None:
        """The pool's ``gofer-browser-*`` folder in the temp dir, once a browser was started."""
        return self._runtime

    @property
    def pid(self) -> int | None:
        """The Chromium main process id, when known."""
        if self._runtime is None:
            return None
        try:
            return int((self._runtime / "chromium.pid").read_text().strip())
        except (OSError, ValueError):
            return None

    def check_alive(self) -> bool:
        """Whether Chromium's process still runs; a dead one is marked crashed at once (not waiting for the
        driver to notice)."""
        pid = self.pid
        if not self.running:
            return False
        if pid is None:
            return True
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            state = "gone"
        if state in ("Z", "X", "gone"):
            assert self._browser is not None
            self._on_disconnect(self._browser)
            return False
        return True

    async def browser(self) -> Browser:
        """The running browser, started (or restarted after a crash) when needed."""
        if self.running:
            assert self._browser is not None
            return self._browser
        async with self._lock:
            if self.running:
                assert self._browser is not None
                return self._browser
            if self._closing:
                raise RuntimeError("the browser pool is closed")
            await asyncio.to_thread(self._runtime_dir)
            if self._pw is None:
                from playwright.async_api import async_playwright  # loaded with the first browser, not the pool

                self._pw = await async_playwright().start()
            self._browser = await self._launch(self._pw)
            self.generation += 1
            browser = self._browser
            browser.on("disconnected", lambda _b: self._on_disconnect(browser))
            return browser

    def _on_disconnect(self, browser: Browser) -> None:
        if self._browser is browser:
            self._browser = None
            if not self._closing:
                self.crashes += 1
                _announce("Chromium went away; it will be restarted on next use")

    def _runtime_dir(self) -> Path:
        """The runtime folder, made (after sweeping stale ones) when missing. It is removed by ``aclose``, or
        when the pool is collected or the interpreter exits without it."""
        if self._runtime is None or not self._runtime.is_dir():
            if self._cleanup is not None:
                self._cleanup.detach()
            sweep_stale_runtime_dirs()
            self._runtime = make_runtime_dir()
            self._cleanup = weakref.finalize(self, remove_runtime_dir, self._runtime, os.getpid())
        return self._runtime

    def _unprivileged(self) -> tuple[int, int] | str:
        """(uid, gid) to run Chromium as, or the reason it cannot be done."""
        if shutil.which("setpriv") is None:
            return "setpriv (util-linux) is not installed"
        try:
            entry = pwd.getpwnam(_UNPRIVILEGED_USER)
        except KeyError:
            return f"there is no {_UNPRIVILEGED_USER!r} user"
        return entry.pw_uid, entry.pw_gid

    def _memory_cgroup(self) -> SandboxCgroup | None:
        """The cgroup bounding Chromium's memory (made on first start; kept across restarts after a crash)."""
        memory_mb = int(getattr(self.settings, "browser_memory_mb", 0) or 0)
        if memory_mb and not self._cgroup_tried:
            self._cgroup_tried = True
            self.cgroup = SandboxCgroup.create(_BROWSER_TASKS, memory_mb * 1024 * 1024)
            if self.cgroup is None or "memory" not in self.cgroup.dirs:
                _announce(f"no memory cgroup can be made here, so Chromium's memory is not bounded to {memory_mb} MB "
                          "(GOFER_BROWSER_MEMORY_MB); bound the worker's memory instead")
        return self.cgroup

    def _wrapper(self, ids: tuple[int, int] | None) -> Path:
        """A launcher script: records Chromium's pid and, as root, drops to the unprivileged user."""
        runtime = self._runtime_dir()
        chromium = str(getattr(self.settings, "chromium_path", "/usr/bin/chromium"))
        home, downloads, tmp = runtime / "home", runtime / "downloads", runtime / "tmp"
        for d in (home, downloads, tmp):
            d.mkdir(exist_ok=True)
        env = f"export HOME={_sh(str(home))}"
        if len(str(tmp / _SINGLETON_SOCKET)) < 108:
            # Chromium's own temp files (its profile lock socket, left behind when it is killed) stay in the
            # folder, unless the socket's path would be too long for a unix socket (a long TMPDIR).
            env += f" TMPDIR={_sh(str(tmp))}"
        if ids is None:
            drop = f'{env}\nexec {_sh(chromium)} "$@"'
        else:
            uid, gid = ids
            for d in (home, downloads, tmp):
                os.chown(d, uid, gid)
            drop = (
                'for a in "$@"; do case "$a" in --user-data-dir=*) '
                f'chown -R {uid}:{gid} "${{a#--user-data-dir=}}";; esac; done\n'
                f"{env}\n"
                f'exec setpriv --reuid={uid} --regid={gid} --clear-groups {_sh(chromium)} "$@"'
            )
        script = runtime / ("launch-unprivileged.sh" if ids else "launch.sh")
        profile = _sh(str(runtime / PROFILE_FILE))
        cgroup = self._memory_cgroup()
        # joined before dropping privileges (the cgroup is root's); every process Chromium starts inherits it
        join = "".join(f"echo $$ > {_sh(str(d / 'cgroup.procs'))} 2>/dev/null\n"
                       for d in dict.fromkeys(cgroup.dirs.values())) if cgroup else ""
        script.write_text(_WRAPPER.format(pidfile=runtime / "chromium.pid", profile=profile, drop=drop, join=join,
                                          preferences=_sh(json.dumps(PREFERENCES))))
        script.chmod(0o755)
        return script

    async def _launch(self, pw: Playwright) -> Browser:
        from playwright.async_api import Error as PlaywrightError

        headless = bool(getattr(self.settings, "browser_headless", True))
        downloads = self._runtime_dir() / "downloads"
        kwargs: dict[str, Any] = {"headless": headless, "downloads_path": str(downloads)}
        if bool(getattr(self.settings, "browser_no_sandbox", False)):
            self.sandboxed = False
            self.sandbox_note = "--no-sandbox because GOFER_BROWSER_NO_SANDBOX is set"
            _announce(f"starting Chromium with {self.sandbox_note}")
            return await pw.chromium.launch(
                executable_path=str(self._wrapper(None)), args=[*CHROMIUM_FLAGS, "--no-sandbox"],
                chromium_sandbox=False, **kwargs,
            )
        if os.geteuid() != 0:
            self.sandboxed, self.sandbox_note = True, "Chromium sandbox on (not root)"
            return await pw.chromium.launch(
                executable_path=str(self._wrapper(None)), args=CHROMIUM_FLAGS, chromium_sandbox=True, **kwargs
            )
        ids = self._unprivileged()
        if isinstance(ids, tuple):
            try:
                browser = await pw.chromium.launch(
                    executable_path=str(self._wrapper(ids)), args=CHROMIUM_FLAGS, chromium_sandbox=True, **kwargs
                )
            except PlaywrightError as exc:
                reason = f"starting it as {_UNPRIVILEGED_USER!r} failed: {str(exc).splitlines()[0]}"
            else:
                self.sandboxed = True
                self.sandbox_note = f"Chromium sandbox on, running as {_UNPRIVILEGED_USER!r}"
                return browser
        else:
            reason = ids
        self.sandboxed = False
        self.sandbox_note = f"--no-sandbox fallback: running as root and {reason}"
        _announce(f"starting Chromium with {self.sandbox_note}")
        return await pw.chromium.launch(
            executable_path=str(self._wrapper(None)), args=[*CHROMIUM_FLAGS, "--no-sandbox"],
            chromium_sandbox=False, **kwargs,
        )

    async def kill(self) -> None:
        """Kill the Chromium process abruptly (tests and "reset the computer"); the next use restarts it."""
        pid = self.pid
        if pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    async def aclose(self) -> None:
        """Close the browser and Playwright (after a start under way) and remove the runtime folder."""
        self._closing = True
        async with self._lock:
            browser, self._browser = self._browser, None
            if browser is not None:
                with contextlib.suppress(Exception):
                    await browser.close()
            if self._pw is not None:
                with contextlib.suppress(Exception):
                    await self._pw.stop()
                self._pw = None
            if self._cleanup is not None:
                await asyncio.to_thread(self._cleanup)
            self._runtime = None
            if self.cgroup is not None:
                await asyncio.to_thread(self.cgroup.remove)
                self.cgroup = None

    # -- contexts and saved state ----------------------------------------------------------------------

    async def new_context(self, session_id: str, **options: Any) -> BrowserContext:
        """A fresh, isolated context for a session, with its saved cookies and storage loaded."""
        browser = await self.browser()
        state = self.load_state(session_id)
        kwargs: dict[str, Any] = {"viewport": _VIEWPORT, "accept_downloads": True, **options}
        if state is not None:
            kwargs["storage_state"] = state
        return await browser.new_context(**kwargs)

    def state_dir(self) -> Path:
        """Where sessions' cookies and storage are kept."""
        home = getattr(self.settings, "home_dir", None)
        base = Path(home) if home is not None else Path(tempfile.gettempdir()) / "gofer"
        d = base / "browser-state"
        d.mkdir(parents=True, exist_ok=True, mode=0o700)
        return d

    def state_path(self, session_id: str) -> Path:
        """The state file of one session."""
        safe = re.sub(r"[^A-Za-z0-9_-]", "_", session_id)[:120] or "session"
        return self.state_dir() / f"{safe}.json"

    def load_state(self, session_id: str) -> dict[str, Any] | None:
        """The saved storage state of a session, if any."""
        path = self.state_path(session_id)
        try:
            data = json.loads(path.read_text())
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    async def save_state(self, session_id: str, context: BrowserContext) -> bool:
        """Save a context's cookies and localStorage (file mode 0600); False when the context is gone."""
        from playwright.async_api import Error as PlaywrightError

        try:
            state = await context.storage_state()
        except PlaywrightError:
            return False
        path = self.state_path(session_id)
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            json.dump(state, f)
        os.replace(tmp, path)
        return True

    def wipe_state(self, session_id: str | None = None) -> int:
        """Forget saved logins: one session's, or every session's ("log out everywhere"). Returns files removed."""
        paths = [self.state_path(session_id)] if session_id else list(self.state_dir().glob("*.json"))
        removed = 0
        for p in paths:
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
                removed += 1
        return removed


def _sh(value: str) -> str:
    return "'" + value.replace("'", "'\\''") + "'"
