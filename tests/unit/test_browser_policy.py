"""The browser's URL policy and risk heuristics, without a browser."""

from __future__ import annotations

from pathlib import Path

from gofer.computer.browser.policy import WORKSPACE_ORIGIN, UrlPolicy, UrlVerdict, display_url, domain_matches
from gofer.computer.browser.pool import BrowserPool
from gofer.computer.browser.risk import download_reason, element_reasons, type_reasons
from gofer.computer.browser.snapshot import Element, FormInfo, Snapshot, render_element
from gofer.computer.workspace import Workspace
from gofer.config import Settings


def _policy(tmp_path: Path, **kw: object) -> UrlPolicy:
    return UrlPolicy(Workspace(tmp_path / "ws"), **kw)  # type: ignore[arg-type]


async def test_schemes_and_host_files_are_refused(tmp_path: Path) -> None:
    policy = _policy(tmp_path)
    for url in ["file:///etc/passwd", "file:///workspace/../etc/passwd", "javascript:alert(1)", "ftp://x.org/",
                "chrome://settings", "data:text/html,hi", "file://otherhost/workspace/a.html"]:
        verdict = await policy.check(url)
        assert not verdict.allowed and verdict.reason, url
    assert (await policy.check("https://example.org/")).allowed


async def test_workspace_files_are_rewritten_to_the_workspace_origin(tmp_path: Path) -> None:
    policy = _policy(tmp_path)
    ok = await policy.check("file:///workspace/reports/a%20b.html")
    assert ok.allowed and ok.url == f"{WORKSPACE_ORIGIN}/reports/a b.html"
    host_path = await policy.check(f"file://{(tmp_path / 'ws').resolve()}/x.html")
    assert host_path.allowed and host_path.url == f"{WORKSPACE_ORIGIN}/x.html"
    assert display_url(f"{WORKSPACE_ORIGIN}/x.html") == "file:///workspace/x.html"
    assert not (await policy.check("file:///workspace/")).allowed


async def test_private_addresses_are_refused_in_serve_mode_unless_allow_listed(tmp_path: Path) -> None:
    serve = _policy(tmp_path, allow_private_network=False)
    for url in ["http://127.0.0.1:8000/", "http://localhost/", "http://169.254.169.254/latest/meta-data",
                "http://10.1.2.3/", "http://[::1]/", "http://192.168.0.1/", "http://[::ffff:127.0.0.1]/"]:
        verdict = await serve.check(url)
        assert not verdict.allowed, url
    assert "link-local" in (await serve.check("http://169.254.169.254/")).reason
    listed = _policy(tmp_path, allow_private_network=False, allow_domains=["127.0.0.1"])
    assert (await listed.check("http://127.0.0.1:9/")).allowed
    local = _policy(tmp_path)
    assert (await local.check("http://127.0.0.1:8000/")).allowed


async def test_shared_and_embedded_private_addresses_are_refused_in_serve_mode(tmp_path: Path) -> None:
    # 100.64.0.0/10 (a cloud's metadata service at 100.100.100.200, tailnet peers) and a private IPv4 address inside
    # an IPv6 one (6to4, NAT64, Teredo) are not the public internet either
    serve = _policy(tmp_path, allow_private_network=False)
    for url in ["http://100.100.100.200/latest/meta-data", "http://100.64.0.1/", "http://192.0.0.8/",
                "http://[2002:a9fe:a9fe::1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:7f00:1::1]/"]:
        verdict = await serve.check(url)
        assert not verdict.allowed and verdict.reason, url
    assert "public internet" in (await serve.check("http://100.100.100.200/")).reason
    for url in ["http://93.184.215.14/", "http://[2606:4700::6810:85e5]/", "http://[2002:5db8:d70e::1]/"]:
        assert (await serve.check(url)).allowed, url
    assert (await _policy(tmp_path).check("http://100.100.100.200/")).allowed, "gofer run on a laptop: its network"


async def test_allow_and_deny_lists_with_wildcards(tmp_path: Path) -> None:
    policy = _policy(tmp_path, allow_domains=["example.org", "*.test"], deny_domains=["bad.example.org"])
    assert (await policy.check("https://www.example.org/")).allowed
    assert (await policy.check("https://shop.test/")).allowed
    assert not (await policy.check("https://bad.example.org/")).allowed
    assert "allow list" in (await policy.check("https://other.com/")).reason
    assert domain_matches("a.b.example.org", "example.org") and not domain_matches("notexample.org", "example.org")


async def test_lists_judge_the_host_a_browser_or_http_client_would_reach(tmp_path: Path) -> None:
    policy = _policy(tmp_path, deny_domains=["127.0.0.1", "evil.test"])
    for url in ["http://2130706433/", "http://127.1/", "http://0x7f.0.0.1/", "http://0177.0.0.1/",
                "http://[::ffff:127.0.0.1]/", "https://EVIL.test./", "https://\uff45\uff56\uff49\uff4c.test/",
                "https://%65vil.test/"]:
        verdict = await policy.check(url)
        assert not verdict.allowed and "deny list" in verdict.reason, url
    ambiguous = await policy.check("https://evil.test\\@ok.test/")
    assert not ambiguous.allowed and "backslash" in ambiguous.reason
    assert (await policy.check("https://ok.test/a\\b")).allowed
    assert not domain_matches("127.0.0.1", "0.0.1") and domain_matches("www.ok.test", "OK.test.")


async def test_extra_checks_extend_the_policy(tmp_path: Path) -> None:
    seen: list[tuple[str, str]] = []

    async def no_wiki(url: str, kind: str) -> UrlVerdict | None:
        seen.append((url, kind))
        return UrlVerdict(False, "wikis are off today") if "wiki" in url else None

    policy = UrlPolicy.from_settings(Settings(), Workspace(tmp_path / "ws"), [no_wiki])
    policy.add(lambda url, kind: None)
    assert (await policy.check("https://wiki.org/", "read")).reason == "wikis are off today"
    assert (await policy.check("https://ok.org/")).allowed
    assert seen == [("https://wiki.org/", "read"), ("https://ok.org/", "navigation")]


def _el(ref: int, role: str, name: str, form: FormInfo | None = None, **raw: object) -> Element:
    return Element(ref=ref, role=role, name=name, raw={"role": role, "name": name, **raw}, form=form)


def test_risk_of_submits_payments_passwords_and_executables() -> None:
    order = FormInfo(action="http://shop/order", method="post", name="", fields=[{"name": "qty", "type": "number"}])
    search = FormInfo(action="http://shop/search", method="get", name="", fields=[{"name": "q", "type": "text"}])
    pay = FormInfo(action="http://shop/next", method="post", name="", fields=[{"name": "x", "ac": "cc-number"}])
    page = Snapshot(title="Harbor Books", url="http://shop/", text="")
    assert element_reasons(_el(1, "button", "Place order", order, tag="button", type="submit"), page)
    assert not element_reasons(_el(2, "button", "Search", search, tag="button", type="submit"), page)
    assert "the form has payment fields" in element_reasons(
        _el(3, "button", "Continue", pay, tag="button", type="submit"), page)
    assert element_reasons(_el(4, "button", "Delete account", tag="button", type="button"), page)
    assert not element_reasons(_el(5, "link", "About us", href="http://shop/about"), page)
    assert element_reasons(_el(6, "link", "Download", href="http://x/setup.exe"), page)
    assert type_reasons(_el(7, "textbox", "Password", tag="input", type="password"))
    assert type_reasons(_el(8, "textbox", "Card", tag="input", type="text", fname="cardnumber"))
    assert not type_reasons(_el(9, "textbox", "Name", tag="input", type="text", fname="name"))
    assert download_reason("http://x/tool.AppImage") and not download_reason("http://x/report.csv")


def test_password_values_never_render() -> None:
    text = render_element(_el(3, "textbox", "Password", tag="input", type="password", secret=True, filled=True))
    assert text == "[3] textbox Password (filled, value hidden)"
    empty = render_element(_el(4, "textbox", "Card", tag="input", type="text", secret=True, filled=False))
    assert empty == "[4] textbox Card (empty)"


def test_state_files_are_private_and_wipeable(tmp_path: Path) -> None:
    pool = BrowserPool(Settings(home=tmp_path))
    path = pool.state_path("../../evil session")
    assert path.parent == tmp_path / "browser-state" and ".." not in path.name
    path.write_text("{}")
    pool.state_path("other").write_text("{}")
    assert pool.wipe_state("../../evil session") == 1
    assert pool.wipe_state() == 1 and not list((tmp_path / "browser-state").iterdir())


def test_attaching_a_workspace_file_to_a_page_asks() -> None:
    """A page can send an attached file at once (many upload on selection), so browser_upload is consequential."""
    from gofer.events import Risk
    from gofer.tools.base import ToolContext
    from gofer.tools.browser import browser_upload

    ctx = ToolContext(run_id="r", session_id="s", workspace=Path("/nonexistent-ws"))
    judged = browser_upload.judge_risk({"ref": 3, "path": "contracts/signed.pdf"}, ctx)
    assert judged.risk == Risk.CONSEQUENTIAL and "contracts/signed.pdf" in judged.reasons[0]
