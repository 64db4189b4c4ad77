"""Accessibility of the built sample site: axe-core in Chromium on every page type, lang, keyboard.

axe-core comes from the npm registry: scripts/fetch_axe.sh installs it into build/axe/ when it is
missing (skipped with the reason when npm or chromium is absent). Each page type is checked at
desktop size and at 390x844 (phone), the entity page also in dark mode. No `serious` or `critical`
violation may remain; what axe finds is printed as a summary at the end of the module (and saved to
build/a11y/axe-summary.txt and .json); screenshots of each page go to build/screenshots/.
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

from tests.browsing import CHROMIUM, chromium, serve_directory, wait_for_search
from tests.test_site_crawl import sample_site

playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (.ci/run installs it)")
PROJECT = Path(__file__).resolve().parent.parent
AXE = PROJECT / "build" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = PROJECT / "build" / "screenshots"
REPORT = PROJECT / "build" / "a11y"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
SIZES = {**VIEWPORTS, "dark": VIEWPORTS["desktop"]}  # "dark": desktop in the dark colour scheme
DARK_PAGES = ("entity",)
FULL_PAGE_SHOTS = ("home", "search", "entity", "stats", "about")  # the long tables get a first-screen shot only
BLOCKING = ("serious", "critical")
QUERY = "商贸"


def _entity_with_records(site: Path) -> str:
    for page in sorted(site.glob("entity/*/index.html")):
        if 'class="cs-record' in page.read_text(encoding="utf-8"):
            return page.parent.name
    raise AssertionError("the sample has no entity with published records")


def _year_list(site: Path) -> str:
    """A list of one issuing body and year (issue 20)."""
    folders = sorted(site.glob("lists/penalties/o-*-y*/index.html"))
    assert folders, "the sample has no list per issuing body and year"
    return folders[0].parent.relative_to(site).as_posix() + "/"


def page_paths(site: Path) -> dict[str, str]:
    return {"home": "", "search": f"search/?q={quote(QUERY)}", "entity": f"entity/{_entity_with_records(site)}/",
            "list": "lists/penalties/", "list-year": _year_list(site), "downloads": "downloads/",
            "dictionary": "dictionary/", "changes": "changes/", "stats": "stats/", "about": "about/",
            "contact": "contact/", "repair": "repair/"}


PAGES = ["home", "search", "entity", "list", "list-year", "downloads", "dictionary", "changes", "stats", "about",
         "contact", "repair"]


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
    with serve_directory(sample_site()) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


def _wait_for_search(page: Any) -> None:
    wait_for_search(page)


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
            page.screenshot(path=str(SHOTS / f"page-{name}-{viewport}.png"), full_page=name in FULL_PAGE_SHOTS)
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


AUDITS = [(name, size) for name in PAGES for size in SIZES if size != "dark" or name in DARK_PAGES]
CASES = [pytest.param(name, size, id=f"{name}-{size}") for name, size in AUDITS]


@pytest.mark.parametrize(("name", "viewport"), CASES)
def test_no_serious_or_critical_violations(audits: Any, name: str, viewport: str) -> None:
    found = audits(name, viewport)
    blocking = [f"{v['id']} ({v['impact']}, {v['nodes']} nodes: {v['help']}; e.g. {v['targets'][:3]})"
                for v in found["violations"] if v["impact"] in BLOCKING]
    assert blocking == [], "\n".join(blocking)
    assert found["errors"] == []


@pytest.mark.parametrize("name", PAGES)
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


def test_charts_have_text_alternatives(browser: Any, site_url: str) -> None:
    page = browser.new_page(viewport=VIEWPORTS["phone"])
    page.goto(site_url + "stats/")
    charts = page.evaluate("""() => [...document.querySelectorAll('svg[role=img], img, canvas, object')]
        .filter(e => !e.closest('.md-header, .md-tabs, .md-sidebar, .md-footer, label, button, a'))
        .map(e => { const ids = (e.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
            const named = ids.map(i => (document.getElementById(i) || {}).textContent || '').join(' ').trim();
            let table = null;
            for (let n = e.closest('figure') || e; n && !table; n = n.nextElementSibling) {
                if (n !== (e.closest('figure') || e) && /^H[1-3]$/.test(n.tagName)) break;
                table = n.matches('table') ? n : n.querySelector('table'); }
            return {tag: e.tagName.toLowerCase(), id: e.id,
                    name: named || e.getAttribute('aria-label') || e.getAttribute('alt') || '',
                    table: table ? table.rows.length : 0}; })""")
    page.close()
    assert charts, "the statistics page shows no chart"
    assert [c for c in charts if len(c["name"]) < 4] == [], "charts without a text alternative"
    # The numbers of each chart are also given as a table right after it.
    assert [c for c in charts if c["table"] < 2] == [], "charts without a data table"
