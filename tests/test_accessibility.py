"""Accessibility of the built sample site: axe-core in Chromium on every page type, lang, keyboard.

axe-core comes from the npm registry: scripts/fetch_axe.sh installs it into build/axe/ when it is
missing (skipped with the reason when npm or chromium is absent). Each page type is checked at
desktop size and at 390x844 (phone). No `serious` or `critical` violation may remain; what axe
finds is printed as a summary at the end of the module (and saved to build/a11y/axe-summary.*).

Violations caused by the site's own look are listed in KNOWN_ISSUES with the fix to make in
site_templates/; the tests they break are strict xfails, so fixing the CSS turns them into failures
until the marker is removed, and `test_only_known_issues_remain` keeps anything new out meanwhile.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.test_site_crawl import sample_site

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (.ci/run installs it)")
PROJECT = Path(__file__).resolve().parent.parent
AXE = PROJECT / "build" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = PROJECT / "build" / "screenshots"
REPORT = PROJECT / "build" / "a11y"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
SIZES = {**VIEWPORTS, "dark": VIEWPORTS["desktop"]}  # "dark": desktop in the dark colour scheme
DARK_PAGES = ("entity",)
FULL_PAGE_SHOTS = ("home", "search", "entity", "about")  # the long tables get a first-screen shot only
BLOCKING = ("serious", "critical")
QUERY = "商贸"

# Serious violations caused by the site's look (mkdocs.yml palette + site_templates/assets/creditsite.css).
# All of them go away with this CSS in creditsite.css (checked with axe, light and dark, desktop and phone):
RECOMMENDED_CSS = """
[data-md-color-primary=red] { --md-primary-fg-color: #b71c1c; --md-primary-fg-color--light: #c62828;
  --md-primary-fg-color--dark: #8e0000; }
[data-md-color-accent=red] { --md-accent-fg-color: #b71c1c; }
[data-md-color-scheme=slate][data-md-color-primary=red] { --md-typeset-a-color: #ff8a80; }
[data-md-color-scheme=slate][data-md-color-accent=red] { --md-accent-fg-color: #ff8a80; }
.md-tabs__link { opacity: 1; }
.md-typeset a:not(.md-button) { text-decoration: underline; text-underline-offset: .15em; }
[data-md-color-scheme=slate] .cs-badge--tier { color: #ff8a80; }
[data-md-color-scheme=slate] .cs-badge--ok { color: #81c784; }
[data-md-color-scheme=slate] .cs-badge--off { color: #bdbdbd; }
.cs-header-search .cs-search__input:focus-visible { outline: .1rem solid var(--md-primary-bg-color);
  outline-offset: .1rem; }
"""
KNOWN_ISSUES = {
    "color-contrast": "palette primary red #ef5552: white header title/tabs on it 3.45:1, inactive tabs (opacity .7) "
                      "2.39:1, red links on white 3.45:1 (need 4.5:1); in dark mode also .cs-badge--tier #c62828 on "
                      "#1e2129 2.86:1. Fix: RECOMMENDED_CSS in tests/test_accessibility.py",
    "link-in-text-block": "the link to <code>.json in the grey .cs-asof paragraph differs from its text by colour only "
                          "(1.33:1); with a darker red every in-text link would. Fix: underline links in text "
                          "(RECOMMENDED_CSS)",
}
PAGE_ISSUES: dict[str, set[str]] = {  # page type -> known serious/critical rule ids (either viewport)
    "home": {"color-contrast"}, "search": {"color-contrast"}, "entity": {"color-contrast", "link-in-text-block"},
    "list": {"color-contrast"}, "downloads": {"color-contrast"}, "dictionary": {"color-contrast"},
    "changes": {"color-contrast"}, "about": {"color-contrast"},
}
LANG_ISSUES = {"about": "generator/render.py rewrites lang=\"zh\" to \"zh-CN\" only in the page shells, not in "
                        "mkdocs' own pages (content/*.md, 404.html)"}


def _entity_with_records(site: Path) -> str:
    for page in sorted(site.glob("entity/*/index.html")):
        if 'class="cs-record' in page.read_text(encoding="utf-8"):
            return page.parent.name
    raise AssertionError("the sample has no entity with published records")


def page_paths(site: Path) -> dict[str, str]:
    return {"home": "", "search": f"search/?q={quote(QUERY)}", "entity": f"entity/{_entity_with_records(site)}/",
            "list": "lists/penalties/", "downloads": "downloads/", "dictionary": "dictionary/",
            "changes": "changes/", "about": "about/"}


PAGES = ["home", "search", "entity", "list", "downloads", "dictionary", "changes", "about"]


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        if shutil.which("npm") is None:
            pytest.skip("npm is not installed: cannot fetch axe-core (scripts/fetch_axe.sh)")
        done = subprocess.run(["bash", str(PROJECT / "scripts" / "fetch_axe.sh")], capture_output=True, text=True,
                              timeout=300)
        if done.returncode != 0 or not AXE.is_file():
            reason = (done.stderr.strip().splitlines() or ["no output"])[-1]
            pytest.skip(f"axe-core could not be installed from npm: {reason}")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def site_url() -> Iterator[str]:
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(Quiet, directory=str(sample_site())))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


def _wait_for_search(page: Any) -> None:
    page.wait_for_function("""() => { const c = document.querySelector('#cs-search-results');
        return c && !c.hasAttribute('aria-busy') && c.querySelector('.cs-search-count')
            && !c.textContent.includes('正在搜索'); }""")


def _summary(results: dict[tuple[str, str], dict[str, Any]]) -> str:
    lines = ["axe-core accessibility results (sample site, as of 2026-11-27)",
             f"{'page':<11}{'viewport':<9}{'lang':<7}violations (rule impact x nodes)"]
    for (name, viewport), found in sorted(results.items(), key=lambda kv: (PAGES.index(kv[0][0]), kv[0][1])):
        rules = ", ".join(f"{v['id']} {v['impact']} x{v['nodes']}" for v in found["violations"]) or "none"
        lines.append(f"{name:<11}{viewport:<9}{found['lang']:<7}{rules}")
    counts: dict[str, int] = {}
    for found in results.values():
        for v in found["violations"]:
            counts[v["impact"]] = counts.get(v["impact"], 0) + v["nodes"]
    lines.append("nodes by impact: " + (", ".join(f"{k} {counts[k]}" for k in sorted(counts)) or "none"))
    return "\n".join(lines)


@pytest.fixture(scope="module")
def audits(browser: Any, site_url: str, axe_source: str, request: pytest.FixtureRequest
           ) -> Iterator[dict[tuple[str, str], dict[str, Any]]]:
    """Loads each page at each size once, lazily: lang, axe violations, a screenshot."""
    paths = page_paths(sample_site())
    results: dict[tuple[str, str], dict[str, Any]] = {}
    contexts = {name: browser.new_context(viewport=size, color_scheme="dark" if name == "dark" else "light")
                for name, size in SIZES.items()}

    def audit(name: str, viewport: str) -> dict[str, Any]:
        if (name, viewport) not in results:
            page = contexts[viewport].new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(site_url + paths[name])
            if name == "search":
                _wait_for_search(page)
            page.wait_for_load_state("load")
            page.add_script_tag(content=axe_source)
            violations = page.evaluate("""async () => {
                const r = await axe.run(document, {resultTypes: ['violations']});
                return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
                    targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))})); }""")
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SHOTS / f"{name}-{viewport}.png"), full_page=name in FULL_PAGE_SHOTS)
            results[name, viewport] = {"lang": page.evaluate("document.documentElement.lang"),
                                       "violations": violations, "errors": errors}
            page.close()
        return results[name, viewport]

    yield audit  # type: ignore[misc]
    for context in contexts.values():
        context.close()
    if results:
        text = _summary(results)
        REPORT.mkdir(parents=True, exist_ok=True)
        (REPORT / "axe-summary.txt").write_text(text + "\n", encoding="utf-8")
        (REPORT / "axe-summary.json").write_text(json.dumps(
            [{"page": k[0], "viewport": k[1], **v} for k, v in sorted(results.items())], ensure_ascii=False,
            indent=1), encoding="utf-8")
        reporter = request.config.pluginmanager.get_plugin("terminalreporter")
        capture = request.config.pluginmanager.get_plugin("capturemanager")
        if reporter is not None and capture is not None:
            with capture.global_and_fixture_disabled():
                reporter.write_line("")
                for line in text.splitlines():
                    reporter.write_line(line)


def _known(name: str) -> list[Any]:
    ids = sorted(PAGE_ISSUES[name])
    return [pytest.mark.xfail(strict=True, reason="; ".join(f"{i}: {KNOWN_ISSUES[i]}" for i in ids))] if ids else []


AUDITS = [(name, size) for name in PAGES for size in SIZES if size != "dark" or name in DARK_PAGES]
CASES = [pytest.param(name, size, marks=_known(name), id=f"{name}-{size}") for name, size in AUDITS]


@pytest.mark.parametrize(("name", "viewport"), CASES)
def test_no_serious_or_critical_violations(audits: Any, name: str, viewport: str) -> None:
    found = audits(name, viewport)
    blocking = [f"{v['id']} ({v['impact']}, {v['nodes']} nodes: {v['help']}; e.g. {v['targets'][:3]})"
                for v in found["violations"] if v["impact"] in BLOCKING]
    assert blocking == [], "\n".join(blocking)


@pytest.mark.parametrize(("name", "viewport"), [pytest.param(n, s, id=f"{n}-{s}") for n, s in AUDITS])
def test_only_known_issues_remain(audits: Any, name: str, viewport: str) -> None:
    """Until the known issues are fixed: nothing serious beyond them, and no script errors."""
    found = audits(name, viewport)
    new = {v["id"] for v in found["violations"] if v["impact"] in BLOCKING} - PAGE_ISSUES[name]
    assert new == set(), [v for v in found["violations"] if v["id"] in new]
    assert found["errors"] == []


@pytest.mark.parametrize("name", [pytest.param(n, marks=[pytest.mark.xfail(strict=True, reason=LANG_ISSUES[n])]
                                               if n in LANG_ISSUES else []) for n in PAGES])
def test_pages_declare_simplified_chinese(audits: Any, name: str) -> None:
    assert audits(name, "desktop")["lang"] == "zh-CN"


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_keyboard_reaches_the_header_search_and_searches(browser: Any, site_url: str, viewport: str) -> None:
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    page = context.new_page()
    page.goto(site_url + "lists/penalties/")
    page.locator("body").focus()
    path = []
    for _ in range(25):
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => { const e = document.activeElement;
            return e ? (e.id || e.getAttribute('href') || e.tagName) : null; }""")
        path.append(focused)
        if focused == "cs-header-q":
            break
    assert path[-1] == "cs-header-q", f"Tab order never reached the header search: {path}"
    page.keyboard.type(QUERY)
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=*")
    _wait_for_search(page)
    assert QUERY in page.inner_text("#cs-search-results")
    assert page.locator("#cs-search-results a").count() > 0
    # The first result is reachable from the keyboard too, and opens the entity page.
    page.locator("#cs-search-results a").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/entity/*/")
    assert page.locator("h1").count() == 1
    context.close()


@pytest.mark.xfail(strict=True, reason="the header search box shows no focus indicator: creditsite.css gives "
                   ".cs-header-search .cs-search__input border 0 and mkdocs-material removes the outline "
                   "(WCAG 2.4.7). Fix: the :focus-visible rule of RECOMMENDED_CSS")
def test_the_focused_header_search_is_visible(browser: Any, site_url: str) -> None:
    page = browser.new_page(viewport=VIEWPORTS["desktop"])
    page.goto(site_url)
    page.locator("body").focus()
    for _ in range(25):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "cs-header-q":
            break
    style = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
        return {outline: s.outlineStyle, width: s.outlineWidth, shadow: s.boxShadow}; }""")
    page.close()
    assert (style["outline"] != "none" and style["width"] != "0px") or style["shadow"] != "none", style
