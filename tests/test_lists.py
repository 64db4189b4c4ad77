"""A list per issuing body and year (issue 20: "a page per issuing body and year", so that a list
of 10^6 records is read in pieces a browser filters at once): linked from the issuing body's list,
newest first, numbered pages, and the same filters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.render import PAGE_SIZE, SiteContext, body_slug, render_site, year_slug
from tests.conftest import penalty, run_pipeline, write_folder

CONTEXT = SiteContext("2026-11-27", "20261127-test", "信用甘州", "甘州区", "署名 4.0")
MARKET = "张掖市甘州区市场监督管理局"
FIRE = "张掖市甘州区消防救援大队"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("lists")
    rows = [penalty(f"甘州市监罚〔2026〕{i}号", f"2026-{1 + i % 10:02d}-{1 + i % 27:02d}", serial=400 + i)
            for i in range(PAGE_SIZE + 3)]  # 2026: two pages
    rows += [penalty(f"甘州市监罚〔2025〕{i}号", f"2025-12-{1 + i:02d}", serial=500 + i) for i in range(4)]
    rows += [penalty(f"甘州消罚〔2026〕{i}号", f"2026-03-{1 + i:02d}", serial=600 + i, 处罚机关=FIRE, 所属领域="消防")
             for i in range(3)]  # one year only: no year lists
    write_folder(root / "data", {"penalties": rows})
    run = run_pipeline(root / "data", "2026-11-27")
    render_site(run.decided, root / "site", CONTEXT, shell_cache=root / "shells" / "v1")
    return root / "site"


def _page(site: Path, folder: str) -> str:
    return (site / "lists" / "penalties" / folder / "index.html").read_text(encoding="utf-8")


def _dates(text: str) -> list[str]:
    return re.findall(r'<tr[^>]* data-date="([^"]*)"', text)


def test_the_body_list_links_each_year_with_its_count(site: Path) -> None:
    body = _page(site, body_slug(MARKET))
    years = re.search(r'<nav class="cs-years" aria-label="按年份查看">(.*?)</nav>', body, re.S)
    assert years
    links = re.findall(r'<a href="../../../lists/penalties/([^/]+)/">(\d{4})（(\d+)）</a>', years.group(1))
    assert links == [(year_slug(body_slug(MARKET), "2026"), "2026", str(PAGE_SIZE + 3)),
                     (year_slug(body_slug(MARKET), "2025"), "2025", "4")]  # newest year first
    assert '<span aria-current="page" class="cs-years__current">全部年份</span>' in years.group(1)


def test_a_year_list_holds_that_body_and_year_only_newest_first_with_numbered_pages(site: Path) -> None:
    folder = year_slug(body_slug(MARKET), "2026")
    first, second = _page(site, folder), _page(site, folder + "-2")
    assert f"行政处罚：{MARKET} 2026 年" in first and f"（{MARKET}，2026 年作出）" in first
    dates = _dates(first) + _dates(second)
    assert len(dates) == PAGE_SIZE + 3 and dates == sorted(dates, reverse=True)
    assert all(d.startswith("2026-") for d in dates)
    assert f'href="../../../lists/penalties/{folder}-2/" aria-label="第 2 页">2</a>' in first
    assert f'data-authority="{FIRE}"' not in first + second
    older = _page(site, year_slug(body_slug(MARKET), "2025"))
    assert _dates(older) == ["2025-12-04", "2025-12-03", "2025-12-02", "2025-12-01"]
    # back to all years, and the body marked in the list of bodies
    assert f'<a href="../../../lists/penalties/{body_slug(MARKET)}/">全部年份</a>' in older
    assert f'href="../../../lists/penalties/{body_slug(MARKET)}/" aria-current="true">{MARKET}</a>' in older


def test_the_filters_of_the_page_are_on_every_year_list(site: Path) -> None:
    text = _page(site, year_slug(body_slug(MARKET), "2025"))
    form = re.search(r'<form class="cs-filter" hidden aria-label="筛选本页">(.*?)</form>', text, re.S)
    assert form and all(f'name="{n}"' in form.group(1) for n in ("text", "authority", "tier", "domain", "from", "to"))
    assert 'assets/list.js" defer' in text


def test_a_body_with_one_year_has_no_year_lists(site: Path) -> None:
    assert 'class="cs-years"' not in _page(site, body_slug(FIRE))
    assert not list((site / "lists" / "penalties").glob(body_slug(FIRE) + "-y*"))
    folders = {p.name for p in (site / "lists" / "penalties").iterdir() if p.is_dir()}
    assert folders == {"2", body_slug(MARKET), body_slug(FIRE), *(year_slug(body_slug(MARKET), y) for y in
                                                                    ("2026", "2025")),
                       year_slug(body_slug(MARKET), "2026") + "-2", body_slug(MARKET) + "-2"}
