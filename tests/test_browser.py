"""The site in a real browser (Playwright driving Debian's chromium; skipped where it is absent)."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.browsing import CHROMIUM, chromium, serve_directory, wait_for_search
from tests.conftest import license_, listing, party, penalty, write_folder
from tests.helpers import build_args

playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (.ci/run installs it)")
_SITE_DIRS: list[Path] = []  # the folder the site_url fixture serves
CONTACT_SETTINGS = """[contact]
phone = "0936-1234567"
address = "甘州区测试路 8 号"
hours = "工作日 9:00—12:00，14:30—17:30"
repair_working_days = 5
parent_site_name = "信用中国（甘肃张掖）"
parent_site_url = "https://credit.example.gov.cn/"
"""
SHOTS = Path(__file__).resolve().parent.parent / "build" / "screenshots"


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("browser")
    write_folder(root / "data", {
        "penalties": [penalty("甘州市监罚〔2026〕7号", "2026-06-01", name="张掖市丹霞商贸有限公司", serial=11),
                      penalty("甘州市监罚〔2026〕8号", "2026-06-02", name="张掖市祁连修复测试有限公司", serial=12),
                      penalty("甘州应急罚〔2026〕3号", "2026-07-15", name="张掖市黑河物流有限公司", serial=14,
                              处罚机关="张掖市甘州区应急管理局", 所属领域="安全生产"),
                      penalty("甘州市监罚〔2026〕5号", "2026-05-20", name="张掖市弱水建材有限公司", serial=15)],
        "licenses": [license_("甘州市监许〔2026〕9号", name="甘州区祁连饭店", category="个体工商户", serial=13),
                     license_("甘州市监许〔2025〕4号", "2025-09-10", name="张掖市弱水建材有限公司", serial=15)],
        "blacklist": [listing("blacklist", "甘州人社黑〔2026〕1号", "2026-05-01", name="张掖市丹霞商贸有限公司",
                              serial=11)],
        # An honour of a blacklisted company (withheld by default, issue 20) and one of a clean company.
        "redlist": [listing("redlist", "甘州税信〔2026〕2号", "2026-04-01", name="张掖市丹霞商贸有限公司", serial=11),
                    listing("redlist", "甘州税信〔2026〕3号", "2026-04-01", name="张掖市弱水建材有限公司", serial=15)],
        "repairs": [{"信息类别": "行政处罚", "原决定文书号": "甘州市监罚〔2026〕8号", "修复方式": "终止公示",
                     "修复决定日期": "2026-10-01", "修复决定机关": "甘州区发展和改革局"}],
    })
    (root / "data" / "site.toml").write_text(CONTACT_SETTINGS, encoding="utf-8")
    result = CliRunner().invoke(main, build_args(root / "data", root / "site", root / "report", state=root / "state",
                                                 as_of="2026-11-27"))
    assert result.exit_code == 0, result.output
    _SITE_DIRS.append(root / "site")
    with serve_directory(root / "site") as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with chromium() as b:
        yield b


@pytest.fixture(params=[{"width": 1280, "height": 900}, {"width": 390, "height": 844}], ids=["desktop", "phone"])
def page(browser, request):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport=request.param)
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda m: page.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    yield page
    assert page.console_errors == []
    context.close()


def _search(page, site_url: str, query: str) -> str:  # type: ignore[no-untyped-def]
    page.goto(site_url)
    page.fill("#cs-home-q", query)
    page.press("#cs-home-q", "Enter")
    wait_for_search(page)
    return str(page.inner_text("#cs-search-results"))


def test_search_by_name_fragment_code_and_decision_number(page, site_url: str, request) -> None:  # type: ignore[no-untyped-def]
    code = party(serial=11)["统一社会信用代码"]
    assert "张掖市丹霞商贸有限公司" in _search(page, site_url, "丹霞商贸")
    assert "甘州区祁连饭店" in _search(page, site_url, "祁连")
    assert "张掖市丹霞商贸有限公司" in _search(page, site_url, code)
    assert "张掖市丹霞商贸有限公司" in _search(page, site_url, code[-6:])
    assert "张掖市丹霞商贸有限公司" in _search(page, site_url, "甘州市监罚〔2026〕7号")
    page.click("#cs-search-results a >> nth=0")
    page.wait_for_load_state()
    assert f"/entity/{code}/" in page.url and "甘州市监罚〔2026〕7号" in page.content()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"entity-{request.node.callspec.id}.png"), full_page=True)


def test_an_entity_whose_only_record_was_repaired_is_not_found(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    text = _search(page, site_url, "修复测试")
    assert "没有找到" in text and "张掖市祁连修复测试有限公司" not in text
    assert "张掖市祁连修复测试有限公司" not in _search(page, site_url, "祁连")


def test_no_results_message_is_clear(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    assert "没有找到与“不存在的名字”相关的主体" in _search(page, site_url, "不存在的名字")


@pytest.mark.parametrize(("query", "says"), [("張掖市丹霞商貿", "按简体字“张掖市丹霞商贸”找到"), ("丹夏商贸", "您是不是要找"),
                                             ("丹霞公司", "您是不是要找"), ("监罚7号", "您是不是要找这些文书号的主体")])
def test_search_forgives_and_never_dead_ends(page, site_url: str, query: str, says: str, request) -> None:  # type: ignore[no-untyped-def]
    text = _search(page, site_url, query)
    assert says in text and "张掖市丹霞商贸有限公司" in text
    page.click(".cs-search-list a >> nth=0")
    page.wait_for_load_state()
    assert "/entity/" in page.url
    if query == "丹夏商贸":
        page.go_back()
        wait_for_search(page)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"search-forgiving-{request.node.callspec.id.split('-')[0]}.png"),
                        full_page=True)


def test_no_result_shows_tips_and_the_national_systems(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    _search(page, site_url, "完全不存在的名字")
    links = page.eval_on_selector_all(".cs-search-tips a", "els => els.map(e => e.href)")
    assert "https://www.creditchina.gov.cn/" in links and "https://www.gsxt.gov.cn/" in links


class _NotFoundHandler(http.server.SimpleHTTPRequestHandler):
    """Like a static host configured with the site's 404.html as its error page."""

    def log_message(self, *args: object) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(str(self.directory)) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_a_missing_page_answers_in_chinese_with_a_search_box(browser, site_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    site_dir = _SITE_DIRS[-1]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_NotFoundHandler,
                                                                                 directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        for viewport in ({"width": 1280, "height": 900}, {"width": 390, "height": 844}):
            context = browser.new_context(viewport=viewport)
            page = context.new_page()
            response = page.goto(base + "entity/91620702MA0000000X/")
            assert response is not None and response.status == 404
            text = page.inner_text("article")
            assert "找不到这个页面" in text and "Not found" not in page.content()
            assert "91620702MA0000000X" in text and "没有公示期内的信用信息" in text
            assert page.input_value("#cs-404-q") == "91620702MA0000000X"
            page.click("#cs-404-q ~ button, .cs-hero-search button")
            page.wait_for_url("**/search/?q=*")
            context.close()
    finally:
        server.shutdown()


def test_list_is_newest_first_and_filters_and_sorts_in_the_browser(page, site_url: str, request) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url + "lists/penalties/")
    visible = "() => [...document.querySelectorAll('.cs-list-table tbody tr')].filter(r => r.offsetParent)" \
              ".map(r => r.getAttribute('data-date'))"
    assert page.evaluate(visible) == ["2026-07-15", "2026-06-01", "2026-05-20"]
    page.select_option("select[name=authority]", "张掖市甘州区应急管理局")
    assert page.evaluate(visible) == ["2026-07-15"]
    assert "显示 1 条" in page.inner_text(".cs-filter__count")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"list-filtered-{request.node.callspec.id}.png"), full_page=True)
    page.select_option("select[name=authority]", "")
    page.fill("input[name=text]", "弱水")
    assert page.evaluate(visible) == ["2026-05-20"]
    page.fill("input[name=text]", "")
    page.fill("input[name=from]", "2026-06-01")
    assert page.evaluate(visible) == ["2026-07-15", "2026-06-01"]
    page.fill("input[name=from]", "")
    if request.node.callspec.id == "desktop":  # the phone shows rows as cards, without the headings
        page.click("th[data-sort=date] button")
        assert page.evaluate(visible) == ["2026-05-20", "2026-06-01", "2026-07-15"]
        table = page.eval_on_selector(".cs-list-table", "t => t.getBoundingClientRect().width")
        assert table > 900  # the desktop table uses the width (no empty rail beside it)
        tier = page.eval_on_selector("td[data-label=失信程度]", "td => td.getBoundingClientRect().height")
        date = page.eval_on_selector("td[data-label=日期]", "td => td.getBoundingClientRect().height")
        assert tier <= date + 1  # 失信程度 on one line, not a character per line


def test_downloads_page_is_compact_on_a_phone(page, site_url: str, request) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url + "downloads/")
    datasets = page.locator(".cs-dataset")
    # The registry, nine kinds, the combined file, the removal ledger and the change file: one block each.
    assert datasets.count() == 13
    assert page.locator(".cs-dataset >> nth=0").locator(".cs-format").count() == 5
    assert not page.locator(".cs-checksums >> nth=0").evaluate("d => d.open")  # hashes folded away
    # Nothing wider than the screen, and the whole page a few screens long, not 13,000 px.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"]
    assert page.evaluate("document.documentElement.scrollHeight") < 6000
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"downloads-{request.node.callspec.id}.png"), full_page=True)


def test_statistics_are_readable_on_a_phone(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url + "stats/")
    widths = page.eval_on_selector_all(".cs-table caption", "cs => cs.map(c => c.getBoundingClientRect().width)")
    assert widths and min(widths) > 200  # not one character a line
    # Chart text is drawn at its own size (10-12 px), not shrunk to fit the screen; the chart scrolls instead.
    heights = page.eval_on_selector_all(".cs-chart svg text", "ts => ts.map(t => t.getBoundingClientRect().height)")
    assert heights and min(heights) >= 9
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def test_the_entity_page_gives_the_verdict_on_the_first_screen(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    code = party(serial=11)["统一社会信用代码"]
    text = _search(page, site_url, "丹霞商贸")
    assert "严重失信主体名单 · " in text  # the verdict leads the search result line too
    page.goto(f"{site_url}entity/{code}/")
    banner = page.locator(".cs-banner")
    assert "已列入严重失信主体名单" in banner.inner_text()
    assert banner.bounding_box()["y"] + banner.bounding_box()["height"] <= page.viewport_size["height"]
    sections = page.eval_on_selector_all(".cs-group h2", "hs => hs.map(h => h.id)")
    assert sections[:2] == ["k-blacklist", "k-penalties"]
    body = page.inner_text(".cs-entity")
    assert "2099-12-31" not in body and "长期" in body
    page.click(".cs-jump a[href='#k-penalties']")
    assert page.evaluate("location.hash") == "#k-penalties"
    # The version and the 64-character hash are in the quiet footer, not above the records.
    footer = page.locator(".cs-verify").bounding_box()["y"]
    records = page.locator(".cs-record >> nth=-1").bounding_box()["y"]
    assert footer > records


# --------------------------------------------------------------------------- issue 20, second round

def test_an_honour_of_a_blacklisted_company_is_not_shown(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    code = party(serial=11)["统一社会信用代码"]
    page.goto(f"{site_url}entity/{code}/")
    assert page.locator("#k-redlist").count() == 0 and "甘州税信〔2026〕2号" not in page.content()
    page.goto(site_url + "lists/redlist/")
    rows = page.inner_text(".cs-list-table tbody")
    assert "张掖市弱水建材有限公司" in rows and "张掖市丹霞商贸有限公司" not in rows
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def test_contact_and_repair_pages_show_the_settings(page, site_url: str, request) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url + "contact/")
    phone = page.locator(".cs-contact a[href^='tel:']")
    assert phone.inner_text() == "0936-1234567" and phone.get_attribute("href") == "tel:09361234567"
    assert phone.is_visible() and phone.bounding_box()["width"] > 0
    text = page.inner_text(".cs-contact")
    assert "甘州区测试路 8 号" in text and "工作日 9:00—12:00，14:30—17:30" in text
    links = page.eval_on_selector_all(".cs-official-links a", "els => els.map(e => [e.textContent, e.href])")
    assert links == [["“信用中国”网站", "https://www.creditchina.gov.cn/"],
                     ["国家企业信用信息公示系统", "https://www.gsxt.gov.cn/"],
                     ["信用中国（甘肃张掖）", "https://credit.example.gov.cn/"]]
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"contact-{request.node.callspec.id}.png"), full_page=True)
    page.goto(site_url + "repair/")
    assert "5 个工作日" in page.inner_text("[data-cs-repair-days]")
    where = page.eval_on_selector_all("[data-cs-repair-where] a", "els => els.map(e => e.href)")
    assert where == ["https://www.gsxt.gov.cn/", "https://www.creditchina.gov.cn/"]
    assert page.locator("a[href='tel:09361234567']").count() == 1


def test_a_list_per_issuing_body_and_year_is_reached_from_the_body_list_and_filters(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url + "lists/licenses/")
    page.click(".cs-bodies summary")
    page.click(".cs-bodies a >> text=张掖市甘州区市场监督管理局")
    page.wait_for_load_state()
    visible = "() => [...document.querySelectorAll('.cs-list-table tbody tr')].filter(r => r.offsetParent)" \
              ".map(r => r.getAttribute('data-date'))"
    assert page.evaluate(visible) == ["2026-06-01", "2025-09-10"]
    page.click(".cs-years a >> text=2025（1）")
    page.wait_for_load_state()
    assert "/lists/licenses/o-" in page.url and "-y2025/" in page.url
    assert "2025 年" in page.inner_text("h1") and page.evaluate(visible) == ["2025-09-10"]
    page.fill("input[name=text]", "不在这页的名字")  # the page's own filter works on a year list too
    assert page.evaluate(visible) == []
    page.fill("input[name=text]", "弱水")
    assert page.evaluate(visible) == ["2025-09-10"]
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    page.click(".cs-years a >> text=全部年份")
    page.wait_for_load_state()
    assert "-y" not in page.url.rstrip("/").rsplit("/", 1)[-1]
