"""An entity page prints as a clean A4 "公共信用信息报告" (site_templates/assets/print.css).

Chromium renders the page to PDF; the text is read back with pdftotext (Debian poppler-utils) or
pypdf, whichever is there (skipped if neither). The printout must carry the report line, the as-of
date, the build id and the SHA-256 of entity/<code>.json shown on the page (and that hash must be
the file's), leave out the site chrome, and never split a record across two pages.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.browsing import CHROMIUM, chromium, serve_directory
from tests.conftest import license_, party, penalty, write_folder
from tests.helpers import build_args

PDFTOTEXT = shutil.which("pdftotext")
HAS_PYPDF = importlib.util.find_spec("pypdf") is not None
ARTIFACTS = Path(__file__).resolve().parent.parent / "build" / "screenshots"
CODE = party(serial=21)["统一社会信用代码"]
FACTS = ("当事人在经营场所销售超过保质期的预包装食品，执法人员现场查获过期饮料、饼干等食品若干，"
         "当事人未能提供进货查验记录。上述行为违反了《中华人民共和国食品安全法》第三十四条的规定。") * 3


@dataclass
class Site:
    root: Path
    url: str


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    root = tmp_path_factory.mktemp("print")
    name = "张掖市丹霞印刷测试有限公司"
    rows = [penalty(f"甘州市监罚〔2026〕{n}号", f"2026-0{1 + n % 8}-1{n}", name=name, serial=21, 违法事实=FACTS)
            for n in range(1, 7)]
    write_folder(root / "data", {"penalties": rows, "licenses": [license_("甘州市监许〔2026〕3号", name=name,
                                                                          serial=21)]})
    result = CliRunner().invoke(main, build_args(root / "data", root / "site", root / "report", state=root / "state",
                                                 as_of="2026-11-27"))
    assert result.exit_code == 0, result.output

    with serve_directory(root / "site") as url:
        yield Site(root / "site", url)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Chromium under Playwright; the tests that print skip (with the reason) where it cannot run.

    The stylesheet's wiring is checked without a browser (the last test), so removing print.css
    fails the suite everywhere.
    """
    pytest.importorskip("playwright.sync_api")
    if CHROMIUM is None:
        pytest.skip("Debian chromium is not installed (.ci/run installs it)")
    if PDFTOTEXT is None and not HAS_PYPDF:
        pytest.skip("no PDF text extractor: install Debian poppler-utils (pdftotext) or pypdf")
    with chromium() as b:
        yield b


def print_css_linked(page: Any) -> bool:
    return bool(page.evaluate("""() => [...document.querySelectorAll('link[rel=stylesheet]')]
        .some(l => l.getAttribute('href').endsWith('assets/print.css'))"""))


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF."""
    if PDFTOTEXT:
        out = subprocess.run([PDFTOTEXT, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True).stdout
        pages = out.decode("utf-8").split("\f")
        return pages[:-1] if pages and not pages[-1].strip() else pages
    import pypdf

    return [page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages]


def squeeze(text: str) -> str:
    """Text without white space: PDF extraction breaks lines wherever the layout did."""
    return re.sub(r"\s+", "", text)


@dataclass
class Printout:
    pages: list[str]
    as_of: str
    build_id: str
    sha256: str
    records: int
    size: tuple[float, float] | None
    updated: str
    page1_fill: float | None = None  # where page 1's last text line ends, as a share of the page height
    qr: str | None = None  # the address the page's QR code encodes
    qr_modules: int = 0  # its dark modules


@pytest.fixture(scope="module")
def printout(site: Site, browser: Any) -> Printout:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{site.url}entity/{CODE}/")
    # The printout is the page as the site links it: no stylesheet is added here.
    assert print_css_linked(page), "the entity page does not link assets/print.css (mkdocs.yml extra_css)"
    # The QR code of the page address is drawn once the page is idle (assets/print-qr.js).
    page.wait_for_function("document.querySelector('[data-cs-qr] svg path') !== null")
    qr = page.get_attribute("[data-cs-qr]", "data-cs-qr")
    modules = page.evaluate("document.querySelector('[data-cs-qr] svg path').getAttribute('d').split('M').length - 1")
    head = page.inner_text(".cs-verify")
    # The page names the date its own content last changed; the site's as-of date and version
    # come from assets/build-info.js, so unchanged pages stay byte-identical between builds.
    match = re.search(r"本页信息更新于 (\d{4}-\d{2}-\d{2}).*全站信息截至 (\d{4}-\d{2}-\d{2})（版本 ([^）]+)）", head, re.S)
    assert match, head
    sha256 = page.inner_text(".cs-hash").strip()
    # Mark where each record starts and ends, to see on which pages its two ends land.
    records = page.evaluate("""() => { const all = document.querySelectorAll('.cs-record');
        all.forEach((r, i) => { const n = String(i).padStart(2, '0');
            r.insertAdjacentHTML('afterbegin', `<span>RECSTART${n}</span>`);
            r.querySelector('.cs-fields dd').insertAdjacentHTML('beforeend', `<span>RECBODY${n}</span>`);
            r.insertAdjacentHTML('beforeend', `<span>RECEND${n}</span>`); });
        return all.length; }""")
    path = ARTIFACTS / "entity-report.pdf"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.pdf(path=str(path), format="A4")
    context.close()
    size = None
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
        found = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
        size = (float(found.group(1)), float(found.group(2))) if found else None
    fill = None
    if PDFTOTEXT:  # how far down page 1 its text reaches (pdftotext -bbox: one <word> per word)
        boxes = subprocess.run([PDFTOTEXT, "-bbox", "-f", "1", "-l", "1", str(path), "-"], check=True,
                               capture_output=True, text=True).stdout
        height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', boxes).group(1))  # type: ignore[union-attr]
        fill = max(float(y) for y in re.findall(r'yMax="([\d.]+)"', boxes)) / height
    return Printout(pdf_pages(path), match.group(2), match.group(3), sha256, records, size, match.group(1), fill,
                    qr, modules)


def test_the_printout_is_a_checkable_credit_report(printout: Printout, site: Site) -> None:
    text = squeeze("".join(printout.pages))
    assert "公共信用信息报告" in text
    assert printout.as_of == "2026-11-27" and printout.as_of in text
    assert printout.updated == "2026-11-27" and f"本页信息更新于{printout.updated}" in text
    assert printout.build_id and printout.build_id in text
    assert re.fullmatch(r"[0-9a-f]{64}", printout.sha256) and printout.sha256 in text
    assert printout.sha256 == hashlib.sha256((site.root / "entity" / f"{CODE}.json").read_bytes()).hexdigest()
    assert "张掖市丹霞印刷测试有限公司" in text and "甘州市监罚〔2026〕6号" in text
    # The report box comes first, right under the name.
    first = squeeze(printout.pages[0])
    assert first.index("公共信用信息报告") < first.index("统一社会信用代码")


def test_the_printout_is_a4_without_the_site_chrome(printout: Printout) -> None:
    if printout.size is not None:  # A4 is 595 x 842 pt
        assert abs(printout.size[0] - 595.3) < 2 and abs(printout.size[1] - 841.9) < 2
    text = squeeze("".join(printout.pages))
    for chrome in ("数据以CCBY4.0开放",  # footer
                   "跳转至",  # skip link
                   "切换到深色模式",  # palette toggle
                   "自愿注册信息",  # navigation tabs and sidebar
                   "回到页面顶部"):  # back-to-top
        assert chrome not in text, chrome


def test_records_keep_their_heading_with_their_content_and_page_1_is_full(printout: Printout) -> None:
    """Issue 20: a long record may continue on the next page (kept whole, it left page 1 40% blank),
    but its heading is never the last thing on a page; the report takes as few pages as it needs."""
    assert printout.records == 7
    for n in range(printout.records):
        start = [i for i, p in enumerate(printout.pages) if f"RECSTART{n:02d}" in p]
        body = [i for i, p in enumerate(printout.pages) if f"RECBODY{n:02d}" in p]
        assert len(start) == 1 and start == body, f"record {n}: heading on page {start}, first field on {body}"
    assert len(printout.pages) <= 4  # seven penalties, three of them with long facts
    if printout.page1_fill is not None:
        assert printout.page1_fill > 0.8


def test_the_printout_names_the_page_address_and_the_print_date(printout: Printout) -> None:
    text = squeeze(printout.pages[-1])
    assert re.search(r"本页网址：http://127\.0\.0\.1:\d+/entity/" + CODE + "/", text)
    assert re.search(r"打印日期：\d{4}-\d{2}-\d{2}", text)
    assert printout.qr is not None and printout.qr.endswith(f"/entity/{CODE}/") and printout.qr_modules > 200


def test_every_entity_page_links_the_print_stylesheet(site: Site) -> None:
    """Without a browser: each entity page links assets/print.css, and that file is in the site
    and holds the A4 print rules. Removing the stylesheet, its file or its link fails here."""
    pages = sorted((site.root / "entity").glob("*/index.html"))
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        links = re.findall(r'<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]*assets/print\.css)"', html)
        assert links, f"{page.relative_to(site.root)} does not link assets/print.css"
        target = (page.parent / links[0]).resolve()
        assert target == (site.root / "assets" / "print.css").resolve(), links[0]
    css = (site.root / "assets" / "print.css").read_text(encoding="utf-8")
    assert "@media print" in css and re.search(r"@page\s*\{[^}]*A4", css)
