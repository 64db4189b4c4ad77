"""The 批量核查 page in a real browser (desktop and phone): the same rows as `creditsite check`.

Pasted and uploaded lists (text, GB18030 CSV with a header, XLSX with a number cell) with hits,
misses, ambiguous names and bad lines; the downloaded CSV must be byte for byte the command
line's (against the site, and against the data folder it was built from), the downloaded XLSX must hold the same cells, and nothing but index files is fetched.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.check import COLUMNS, OUTCOMES, check_entries, entries_of_text, read_list
from generator.cli import main
from tests.browsing import CHROMIUM, chromium, serve_directory
from tests.conftest import write_csv
from tests.test_check import AS_OF, HEIHE, HENGTONG, MIXED_LIST, REG_NO, build_check_site

playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (.ci/run installs it)")
HIDDEN = ("主体页面", "信息截至", "站点版本")  # shown above the table or as the name's link


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    root = tmp_path_factory.mktemp("check-browser")
    site = build_check_site(root)
    with serve_directory(site) as url:
        yield url, site, root


@pytest.fixture(scope="module")
def axe_js() -> str:
    """axe-core, installed by scripts/fetch_axe.sh as for tests/test_accessibility.py (skipped without npm)."""
    import shutil
    import subprocess

    from tests.test_accessibility import AXE, PROJECT

    if not AXE.is_file():
        if shutil.which("npm") is None:
            pytest.skip("npm is not installed: cannot fetch axe-core (scripts/fetch_axe.sh)")
        done = subprocess.run(["bash", str(PROJECT / "scripts" / "fetch_axe.sh")], capture_output=True, text=True,
                              timeout=300, check=False)
        if done.returncode != 0 or not AXE.is_file():
            pytest.skip("axe-core could not be installed from npm")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


@pytest.fixture(params=[{"width": 1280, "height": 900}, {"width": 390, "height": 844}], ids=["desktop", "phone"])
def page(browser, request):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport=request.param, accept_downloads=True)
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda m: page.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    yield page
    assert page.console_errors == []
    context.close()


def _open(page: Any, url: str) -> list[str]:
    page.goto(url + "check/")
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    return requests


def _finished(page: Any) -> None:
    page.wait_for_selector("#cs-check-tools:not([hidden])", timeout=60_000)


def _download(page: Any, button: str) -> bytes:
    with page.expect_download() as info:
        page.click(button)
    return Path(info.value.path()).read_bytes()


def _cli_csv(site: Path, listed: Path, out: Path) -> bytes:
    result = CliRunner().invoke(main, ["check", str(listed), "--site", str(site), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def _table(page: Any) -> list[list[str]]:
    return page.eval_on_selector_all("#cs-check-result tbody tr", """rows => rows.map(
        r => Array.from(r.querySelectorAll('td'), td => td.textContent))""")


def test_pasted_list_gives_the_command_lines_rows(page: Any, served: tuple[str, Path, Path], tmp_path: Path) -> None:
    url, site, _ = served
    requests = _open(page, url)
    assert "不会把您输入或打开的名单发送" in page.inner_text("article")
    page.fill("#cs-check-input", "\n".join(MIXED_LIST))
    page.click("#cs-check-run")
    _finished(page)
    listed = tmp_path / "名单.txt"
    listed.write_text("\n".join(MIXED_LIST), encoding="utf-8")
    downloaded = _download(page, "#cs-check-csv")
    assert downloaded == _cli_csv(site, listed, tmp_path / "cli.csv")
    # ... and the command line's without a site, from the data folder the site was built from.
    from_data = CliRunner().invoke(main, ["check", str(listed), "--data", str(site.parent / "data"),
                                          "--as-of", AS_OF, "--out", str(tmp_path / "data.csv")])
    assert from_data.exit_code == 0, from_data.output
    assert downloaded == (tmp_path / "data.csv").read_bytes()
    shown = [i for i, title in enumerate(COLUMNS) if title not in HIDDEN]
    expected = check_entries(site, entries_of_text("\n".join(MIXED_LIST)))  # a tab in a line: pasted columns
    assert _table(page) == [[row[i] for i in shown] for row in expected]
    href = page.get_attribute("#cs-check-result tbody tr:first-child a", "href")
    assert href == f"../entity/{HENGTONG}/"
    # Only the site's own index files (and theme assets) were fetched: the list itself went nowhere.
    assert any(r.startswith(url + "check/c/") for r in requests)
    assert all(r.startswith((url + "check/", url + "search/", url + "assets/")) and "?" not in r for r in requests)
    from python_calamine import CalamineWorkbook

    book = tmp_path / "page.xlsx"
    book.write_bytes(_download(page, "#cs-check-xlsx"))
    cells = CalamineWorkbook.from_path(str(book)).get_sheet_by_index(0).to_python()
    assert [[str(c) for c in row] for row in cells] == [list(COLUMNS), *expected]


def test_uploaded_csv_and_xlsx_lists(page: Any, served: tuple[str, Path, Path], tmp_path: Path) -> None:
    url, site, _ = served
    csv_list = write_csv(tmp_path / "投标人.csv", [
        {"序号": "1", "投标人名称": "张掖市丹霞商贸有限公司", "统一社会信用代码": ""},
        {"序号": "2", "投标人名称": "随便写的名称, 带逗号", "统一社会信用代码": HEIHE.lower()},
        {"序号": "3", "投标人名称": "丹霞", "统一社会信用代码": ""},
    ], encoding="gb18030")
    import xlsxwriter

    xlsx_list = tmp_path / "投标人.xlsx"
    book = xlsxwriter.Workbook(str(xlsx_list))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["单位名称", "注册号"])
    sheet.write_row(1, 0, ["甘州区同名商贸有限公司", ""])
    sheet.write_row(2, 0, ["", int(REG_NO)])
    sheet.write_row(4, 0, ["###"])
    book.close()
    for listed in (csv_list, xlsx_list):
        _open(page, url)
        page.set_input_files("#cs-check-file", str(listed))
        _finished(page)
        assert _download(page, "#cs-check-csv") == _cli_csv(site, listed, tmp_path / f"{listed.stem}-结果.csv")
        assert len(_table(page)) == len(read_list(listed))


def test_filters_show_findings_or_rows_to_resolve(page: Any, served: tuple[str, Path, Path]) -> None:
    url, site, _ = served
    _open(page, url)
    page.fill("#cs-check-input", "\n".join(MIXED_LIST))
    page.click("#cs-check-run")
    _finished(page)
    expected = check_entries(site, entries_of_text("\n".join(MIXED_LIST)))  # a tab in a line: pasted columns
    finding = COLUMNS.index("有无发现")
    page.check("#cs-check-findings")
    assert [r[0] for r in _table(page)] == [r[0] for r in expected if r[finding] == "有"]
    page.uncheck("#cs-check-findings")
    page.check("#cs-check-attention")
    assert [r[0] for r in _table(page)] == [r[0] for r in expected if r[2] != OUTCOMES["found"]]


def test_a_list_of_ten_thousand_shows_progress(browser: Any, served: tuple[str, Path, Path]) -> None:
    url, _, _ = served
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)  # desktop only
    page = context.new_page()
    _open(page, url)
    page.evaluate("""() => { window.seen = []; const bar = document.getElementById('cs-check-progress');
        new MutationObserver(() => { if (!bar.hidden) window.seen.push(bar.value); })
            .observe(bar, {attributes: true}); }""")
    lines = [HENGTONG, HEIHE.lower(), "张掖市丹霞商贸有限公司", "不存在的有限公司"] * 2500
    page.eval_on_selector("#cs-check-input", "(box, text) => { box.value = text; }", "\n".join(lines))
    page.click("#cs-check-run")
    _finished(page)
    seen = page.evaluate("window.seen")
    assert any(0 < v < 10_000 for v in seen)
    assert "10000 行" in page.inner_text("#cs-check-status")
    assert len(_table(page)) == 200  # drawn 200 at a time; the download holds every row
    page.click(".cs-check-more")
    assert len(_table(page)) == 400
    assert _download(page, "#cs-check-csv").count(b"\r\n") == 10_001
    context.close()


def test_no_serious_accessibility_violations_with_a_result(page: Any, served: tuple[str, Path, Path],
                                                          axe_js: str) -> None:
    url, _, _ = served
    _open(page, url)
    page.fill("#cs-check-input", "\n".join(MIXED_LIST))
    page.click("#cs-check-run")
    _finished(page)
    page.check("#cs-check-findings")
    page.add_script_tag(content=axe_js)
    violations = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')); }""")
    assert violations == []


def test_a_check_after_a_rebuild_reads_the_new_index_not_a_cached_one(browser: Any, served: tuple[str, Path, Path]) -> None:
    """The page must not reuse index files the browser kept: a plain server sends no cache headers,
    and a browser then treats a file last changed a month ago as fresh for days."""
    import json
    import os
    import time

    url, site, _ = served
    meta_file = site / "check" / "meta.json"
    original = meta_file.read_bytes()
    month_ago = time.time() - 30 * 86400
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        os.utime(meta_file, (month_ago, month_ago))
        page = context.new_page()
        _open(page, url)
        page.fill("#cs-check-input", HENGTONG)
        page.click("#cs-check-run")
        _finished(page)
        assert f"信息截至 {AS_OF}" in page.inner_text("#cs-check-result")
        # A rebuild the next day (only its date and version matter here), its file as old as before.
        meta = json.loads(original)
        meta.update(asOf="2026-11-28", build="20261128-rebuilt")
        meta_file.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        os.utime(meta_file, (month_ago, month_ago))
        page.click("#cs-check-run")  # the same page, not reloaded
        page.wait_for_function("document.querySelector('#cs-check-result').textContent.includes('2026-11-28')",
                               timeout=30_000)
        assert "20261128-rebuilt" in page.inner_text("#cs-check-result")
    finally:
        meta_file.write_bytes(original)
        context.close()


def test_a_site_past_its_due_date_is_not_checked_and_search_shows_no_counts(browser: Any,
                                                                              served: tuple[str, Path, Path]) -> None:
    """On and after the due date in assets/due.js (the site not rebuilt), the page refuses to check, as
    `creditsite check --site` does, and search results drop their counts ("1 条行政处罚"), which may
    include a record the pages already hide (stale.js); the day before, both answer as always."""
    import datetime as dt
    import json

    from tests.browsing import wait_for_search

    url, site, _ = served
    script = (site / "assets" / "due.js").read_text(encoding="utf-8")
    due = dt.date.fromisoformat(json.loads(script[script.index("{"):script.rindex("}") + 1])["due"])
    for day, overdue in ((due - dt.timedelta(days=1), False), (due, True)):
        context = browser.new_context(viewport={"width": 390, "height": 844})
        context.clock.set_fixed_time(dt.datetime(day.year, day.month, day.day, 9, 0,
                                                 tzinfo=dt.timezone(dt.timedelta(hours=8))))
        try:
            page = context.new_page()
            _open(page, url)
            page.fill("#cs-check-input", HENGTONG)
            page.click("#cs-check-run")
            if overdue:
                page.wait_for_function("document.querySelector('#cs-check-status').textContent.includes('无法核查')")
                assert f"应于 {due.isoformat()} 重新发布" in page.inner_text("#cs-check-status")
                assert _table(page) == []
            else:
                _finished(page)
                assert _table(page)[0][COLUMNS.index("核查结果")] == OUTCOMES["found"]
            page.goto(url + "search/?q=" + "恒通餐饮")
            wait_for_search(page)
            assert "张掖市恒通餐饮服务有限公司" in page.inner_text("#cs-search-results")
            summaries = page.locator("#cs-search-results .cs-search-summary").count()
            assert (summaries == 0) == overdue
            assert (page.locator(".cs-search-stale").count() == 1) == overdue
            # A decision number may be a record's past its stop date: overdue, it finds nothing; the code still does.
            for query, found in (("甘州市监罚〔2026〕11号", not overdue), (HENGTONG, True)):
                page.goto(url + "search/?q=" + query)
                wait_for_search(page)
                assert ("张掖市恒通餐饮服务有限公司" in page.inner_text("#cs-search-results")) == found, (day, query)
        finally:
            context.close()


def test_clerks_lists_give_the_command_lines_rows(page: Any, served: tuple[str, Path, Path], tmp_path: Path) -> None:
    """check.js reads the list shapes of h20s's attack as check.py does (/work/notes/h20s.md): a first sheet of
    instructions, a title row above the header in clerks' words, the list's 序号, a row with empty cells,
    an organisation code, near and masked names, bare numbers; and columns pasted with their 序号."""
    import xlsxwriter

    from tests.test_check import SHOP

    url, site, _ = served
    workbook = tmp_path / "采购名单.xlsx"
    book = xlsxwriter.Workbook(str(workbook))
    book.add_worksheet("填表说明").write_row(0, 0, ["请在“名单”工作表中填写供应商名称和统一社会信用代码"])
    sheet = book.add_worksheet("名单")
    for r, row in enumerate([["2026年第三批供应商信用核查名单"], [], ["序号", "供应商", "社会统一信用代码（必填）"],
                             [11, "张掖市丹霞商贸有限责任公司", ""], [12, "", ""], [13, "", HENGTONG[8:17]],
                             [14, "甘州区李建国烧烤店", ""], [15, "", "91620702"], [16, "不存在的有限公司", ""],
                             [17, "张掖市黑河食品有限公司", HEIHE.lower()]]):
        sheet.write_row(r, 0, row)
    book.close()
    _open(page, url)
    page.set_input_files("#cs-check-file", str(workbook))
    _finished(page)
    assert "核查的是“名单”" in page.inner_text("#cs-check-status")
    downloaded = _download(page, "#cs-check-csv")
    assert downloaded == _cli_csv(site, workbook, tmp_path / "结果.csv")
    rows = [line.split(",") for line in downloaded.decode("utf-8-sig").splitlines()[1:]]
    assert [r[0] for r in rows] == [str(n) for n in range(11, 18)]
    assert [r[2] for r in rows] == [OUTCOMES["candidates"], OUTCOMES["empty"], OUTCOMES["found"], OUTCOMES["candidates"],
                                    OUTCOMES["bad-code"], OUTCOMES["not-found"], OUTCOMES["found"]]
    assert SHOP in rows[3][COLUMNS.index("候选主体（请确认）")]
    pasted = f"序号\t单位名称\t统一社会信用代码\n1\t张掖市丹霞商贸有限公司\t\n2\t\t{HEIHE}\n3\n"
    (tmp_path / "粘贴.txt").write_text(pasted, encoding="utf-8")
    _open(page, url)
    page.fill("#cs-check-input", pasted)
    page.click("#cs-check-run")
    _finished(page)
    assert _download(page, "#cs-check-csv") == _cli_csv(site, tmp_path / "粘贴.txt", tmp_path / "粘贴结果.csv")
