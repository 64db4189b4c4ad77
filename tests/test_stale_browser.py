"""Issue 22, defence in depth: a page opened after a record's stop date (the site was not rebuilt)
hides the record and says the page is out of date and as of when it was built; without a script
the record shows with its stop date. Playwright's clock sets the browser's date (Debian's chromium;
skipped where it is absent)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.browsing import CHROMIUM, chromium, serve_directory
from tests.conftest import penalty, run_pipeline, write_folder
from tests.helpers import build_args

playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (.ci/run installs it)")

D = "2026-12-06"  # built as of
ENDING = "甘州市监罚〔2026〕401号"  # 公示截止期 D+3 = 2026-12-09
STAYING = "甘州市监罚〔2026〕402号"  # same entity, public until 2027-06-01
ALONE = "甘州市监罚〔2026〕403号"  # another entity's only record, also ending on D+3
BEIJING = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    """The site built on D, served; and the entity page codes by record."""
    root = tmp_path_factory.mktemp("stale")
    write_folder(root / "data", {"penalties": [
        penalty(ENDING, "2026-06-01", serial=411, 公示截止期="2026-12-09"),
        penalty(STAYING, "2026-06-02", serial=411),
        penalty(ALONE, "2026-06-03", serial=412, 公示截止期="2026-12-09")]})
    result = CliRunner().invoke(main, build_args(root / "data", root / "site", root / "report", state=root / "state", as_of=D))
    assert result.exit_code == 0, result.output
    run = run_pipeline(root / "data", D)
    codes = {key: run.row("penalties", key)["_entity"] for key in (ENDING, ALONE)}
    with serve_directory(Path(root / "site")) as url:
        yield url, codes


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


def _open(browser: Any, url: str, beijing: str, script: bool = True) -> Any:
    """A page opened at a Beijing wall-clock time 'YYYY-MM-DD HH:MM'."""
    context = browser.new_context(java_script_enabled=script)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    moment = dt.datetime.fromisoformat(beijing).replace(tzinfo=BEIJING)
    page.clock.set_fixed_time(moment)
    page.goto(url)
    page.wait_for_load_state("load")
    return page


def _card(page: Any, key: str) -> Any:
    return page.locator("article.cs-record", has_text=key)


def test_after_the_stop_date_the_record_is_hidden_and_the_page_says_it_is_out_of_date(
        site: tuple[str, dict[str, str]], browser: Any) -> None:
    url, codes = site
    page = _open(browser, f"{url}entity/{codes[ENDING]}/", "2026-12-10 09:00")  # D+4
    notice = page.locator(".cs-stale-notice")
    notice.wait_for()
    assert "本页信息已过期" in notice.inner_text() and D in notice.inner_text() and "1 条" in notice.inner_text()
    assert _card(page, ENDING).is_hidden()
    assert _card(page, STAYING).is_visible()
    assert page.errors == []
    page.context.close()


def test_a_list_row_and_a_section_go_too(site: tuple[str, dict[str, str]], browser: Any) -> None:
    url, codes = site
    page = _open(browser, f"{url}lists/penalties/", "2026-12-10 09:00")
    page.locator(".cs-stale-notice").wait_for()
    assert page.locator("tr", has_text=ENDING).is_hidden() and page.locator("tr", has_text=ALONE).is_hidden()
    assert page.locator("tr", has_text=STAYING).is_visible()
    page.context.close()
    page = _open(browser, f"{url}entity/{codes[ALONE]}/", "2026-12-10 09:00")
    page.locator(".cs-stale-notice").wait_for()
    assert page.locator("section.cs-group", has_text=ALONE).is_hidden()
    page.context.close()


def test_the_day_is_counted_in_china(site: tuple[str, dict[str, str]], browser: Any) -> None:
    url, codes = site
    page = _open(browser, f"{url}entity/{codes[ENDING]}/", "2026-12-09 00:30")  # 2026-12-08 16:30 UTC
    page.locator(".cs-stale-notice").wait_for()
    assert _card(page, ENDING).is_hidden()
    page.context.close()


def test_before_the_stop_date_nothing_is_hidden(site: tuple[str, dict[str, str]], browser: Any) -> None:
    url, codes = site
    page = _open(browser, f"{url}entity/{codes[ENDING]}/", "2026-12-08 23:50")  # D+2
    page.wait_for_function("() => window.CS_DUE !== undefined")
    assert _card(page, ENDING).is_visible() and page.locator(".cs-stale-notice").count() == 0
    assert page.errors == []
    page.context.close()


def test_a_page_without_records_says_the_site_is_overdue(site: tuple[str, dict[str, str]], browser: Any) -> None:
    url, _ = site
    page = _open(browser, f"{url}about/", "2026-12-10 09:00")
    notice = page.locator(".cs-stale-notice")
    notice.wait_for()
    assert "应于 2026-12-09 重新发布" in notice.inner_text() and D in notice.inner_text()
    page.context.close()


def test_without_a_script_the_record_shows_with_its_stop_date(site: tuple[str, dict[str, str]], browser: Any) -> None:
    url, codes = site
    page = _open(browser, f"{url}entity/{codes[ENDING]}/", "2026-12-10 09:00", script=False)
    card = _card(page, ENDING)
    assert card.is_visible() and "2026-12-09" in card.inner_text()
    assert page.locator(".cs-stale-notice").count() == 0
    page.context.close()


def test_the_404_page_loads_the_script_from_this_site(site: tuple[str, dict[str, str]], browser: Any) -> None:
    """mkdocs gives the 404 page base_url "/": the script must not become "//assets/…" (another host)."""
    url, _ = site
    context = browser.new_context()
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.clock.set_fixed_time(dt.datetime(2026, 12, 10, 9, 0, tzinfo=BEIJING))
    page.goto(f"{url}404.html")
    notice = page.locator(".cs-stale-notice")
    notice.wait_for()
    assert "应于 2026-12-09 重新发布" in notice.inner_text()
    assert f"{url}assets/stale.js" in requested and f"{url}assets/due.js" in requested
    assert all(r.startswith(url) for r in requested if r.startswith("http")), requested
    context.close()
