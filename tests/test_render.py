"""Rendering: generated pages share the theme's look, escape all data, paginate, keep people out."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.render import PAGE_SIZE, SiteContext, render_site
from tests.conftest import license_, listing, make_ric, make_uscc, party, penalty, run_pipeline, write_folder

CONTEXT = SiteContext("2026-11-27", "20261127-test", "信用甘州", "甘州区", "署名 4.0")


@pytest.fixture(scope="module")
def shell_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mkdocs run for the module's sites (render_site keeps the shells there)."""
    return tmp_path_factory.mktemp("shells") / "v1"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, shell_cache: Path) -> Path:
    root = tmp_path_factory.mktemp("render")
    rows = [penalty(f"甘州市监罚〔2026〕{i}号", f"2026-06-{1 + i % 28:02d}", serial=200 + i)
            for i in range(2 * PAGE_SIZE + 5)]
    rows.append(penalty("甘州市监罚〔2026〕999号", "2026-01-02", name="赵钱孙", category="自然人", 证件类型="身份证",
                        证件号码=make_ric(), 违法行为类型="<b>粗体</b> & {% raw %}"))
    rows.append(penalty("甘州市监罚〔2026〕888号", "2026-01-03", serial=777, 违法事实="<img src=x onerror=alert(1)>",
                        处罚类别="吊销许可证件"))
    write_folder(root / "data", {"penalties": rows})
    run = run_pipeline(root / "data", "2026-11-27")
    render_site(run.decided, root / "site", CONTEXT, shell_cache=shell_cache)
    return root / "site"


def test_every_generated_page_has_the_theme_header_search_and_footer(site: Path) -> None:
    entity = site / "entity" / party(serial=201)["统一社会信用代码"] / "index.html"
    for page in (site / "index.html", entity, site / "lists" / "penalties" / "index.html",
                 site / "lists" / "penalties" / "2" / "index.html", site / "search" / "index.html"):
        text = page.read_text()
        assert '<html lang="zh-CN"' in text
        assert 'class="md-header"' in text and 'class="md-footer' in text
        assert 'class="cs-search cs-header-search"' in text
        assert "CSTITLEMARK" not in text and "CSBODYMARK" not in text


def test_relative_links_resolve_from_every_depth(site: Path) -> None:
    for page in site.rglob("index.html"):
        text = page.read_text()
        for href in re.findall(r'(?:href|src)="([^"#?]+)"', text):
            if href.startswith(("http:", "https:", "mailto:", "data:")):
                continue
            target = (page.parent / href).resolve()
            if href.endswith("/"):
                target = target / "index.html"
            if "/data/" in href or "/feeds/" in href or href.endswith((".json", ".csv")):
                continue  # datasets and feeds are written by other stages (the crawl test checks the whole site)
            assert target.exists(), f"{page.relative_to(site)} links to missing {href}"


def test_list_pages_are_paginated(site: Path) -> None:
    first = (site / "lists" / "penalties" / "index.html").read_text()
    second = (site / "lists" / "penalties" / "2" / "index.html").read_text()
    assert 'rel="next" href="../../lists/penalties/2/"' in first
    assert 'rel="prev" href="../../../lists/penalties/"' in second
    assert len(re.findall(r"<tr[ >]", first)) - 1 == PAGE_SIZE  # header row excluded (rows carry data-stop)
    third = (site / "lists" / "penalties" / "3" / "index.html").read_text()
    assert 'rel="prev" href="../../../lists/penalties/2/"' in third and 'rel="next"' not in third


def test_list_pages_with_natural_persons_are_not_indexed(site: Path) -> None:
    pages = [p.read_text() for p in (site / "lists" / "penalties").rglob("index.html")]
    with_person = [p for p in pages if "赵**" in p]
    without = [p for p in pages if "赵**" not in p]
    assert with_person and all('<meta name="robots" content="noindex">' in p for p in with_person)
    assert without and all('content="noindex"' not in p for p in without)


def test_natural_persons_get_no_page_and_are_masked(site: Path) -> None:
    text = "".join(p.read_text() for p in site.rglob("*.html"))
    assert "赵钱孙" not in text and "赵**" in text


def test_data_is_escaped(site: Path) -> None:
    text = "".join(p.read_text() for p in site.rglob("*.html"))
    assert "<img src=x onerror" not in text and "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "<b>粗体</b>" not in text and "{% raw %}" in text


def test_dishonesty_records_show_their_lifecycle(site: Path) -> None:
    page = (site / "entity" / party(serial=777)["统一社会信用代码"] / "index.html").read_text()
    assert "严重失信" in page
    assert "可申请信用修复：</strong>2027-01-03" in page
    assert "公示截止：</strong>2029-01-03" in page
    assert "国家企业信用信息公示系统" in page  # a market-regulation penalty


def test_entity_and_list_pages_rendered_in_parallel_are_the_same(tmp_path: Path, tune) -> None:
    """The renderer processes cut the work as the build's process does (they get its thresholds)."""
    write_folder(tmp_path / "data", {"penalties": [penalty(f"P{i}", "2026-06-01", serial=300 + i) for i in range(106)]})
    run = run_pipeline(tmp_path / "data", "2026-11-27")
    render_site(run.decided, tmp_path / "serial", CONTEXT)
    tune(render_parallel_from=2, render_entity_batch=40, render_list_batch=1)  # three list pages: three jobs
    render_site(run.decided, tmp_path / "parallel", CONTEXT)
    pages = ("entity/*/*", "lists/**/*.html")
    serial = {p.relative_to(tmp_path / "serial"): p.read_bytes() for g in pages for p in (tmp_path / "serial").glob(g)}
    parallel = {p.relative_to(tmp_path / "parallel"): p.read_bytes() for g in pages
                for p in (tmp_path / "parallel").glob(g)}
    assert Path("lists/penalties/3/index.html") in serial
    assert len(serial) > 106 and serial == parallel


@pytest.mark.parametrize("parallel", [False, True])
def test_pages_are_scanned_as_they_are_written(tmp_path: Path, tune, parallel: bool) -> None:
    """With the gate's scan, the renderers report the leaks in the entity and list pages they write
    and the SHA-256 of each list page, so that the gate need not read those files back."""
    import hashlib

    import generator.render as render
    from generator.deidentify import Secret
    from generator.scan import scan_outputs, scan_setup

    write_folder(tmp_path / "data", {"penalties": [penalty(f"P{i}", "2026-06-01", serial=300 + i,
                                                           name=f"张掖市第{i}商贸有限公司") for i in range(6)]})
    run = run_pipeline(tmp_path / "data", "2026-11-27")
    if parallel:
        tune(render_parallel_from=2, render_entity_batch=2, render_list_batch=1)
    planted = [Secret("第3商贸", "penalties", "penalties/p.csv", 5, "证件号码")]  # as if it were somebody's ID
    rendered = render_site(run.decided, tmp_path / "site", CONTEXT, scan=scan_setup(planted, set()))
    code = party(serial=303)["统一社会信用代码"]
    body = "lists/penalties/" + render.body_slug("张掖市甘州区市场监督管理局") + "/index.html"  # the issuing body's list
    assert sorted(leak.output for leak in rendered.leaks) == sorted(
        [f"entity/{code}.json", f"entity/{code}/index.html", "lists/penalties/index.html", body])
    site = tmp_path / "site"
    list_pages = {p.relative_to(site).as_posix() for p in site.glob("lists/*/index.html")}
    list_pages |= {p.relative_to(site).as_posix() for p in site.glob("lists/*/[0-9]*/index.html")}
    list_pages |= {p.relative_to(site).as_posix() for p in site.glob("lists/*/o-*/index.html")}
    assert "lists/penalties/index.html" in list_pages and set(rendered.list_pages) == list_pages
    assert all(hashlib.sha256((site / rel).read_bytes()).hexdigest() == digest
               for rel, digest in rendered.list_pages.items())
    entity_files = {f"entity/{c}{end}" for c in rendered.written for end in (".json", "/index.html")}
    assert len(entity_files) == 12 and rendered.scanned() == entity_files | list_pages
    # What the renderers found is what the gate finds reading the same files back.
    gate = scan_outputs(site, planted, set(), CONTEXT.shell_fragments, files=rendered.scanned())
    assert sorted(map(str, gate)) == sorted(map(str, rendered.leaks))


# --------------------------------------------------------------------------- the verdict first (issue 20)

@pytest.fixture(scope="module")
def verdict_site(tmp_path_factory: pytest.TempPathFactory, shell_cache: Path) -> Path:
    """A blacklisted company with a licence and an honour, a closed one, a placeholder-coded 个体工商户 and a
    repairable 消防 penalty whose minimum equals its maximum (it comes down by itself)."""
    root = tmp_path_factory.mktemp("verdict")
    closed = make_uscc(302)
    rows = {
        "licenses": [license_("甘州市监许〔2026〕9号", "2026-03-01", serial=301)],
        "redlist": [listing("redlist", "甘州税认〔2026〕1号", "2026-02-01", serial=301)],
        "blacklist": [listing("blacklist", "甘州人社黑〔2026〕1号", "2026-05-01", serial=301)],
        "penalties": [
            penalty("甘州市监罚〔2026〕31号", "2026-06-01", serial=301, 失信程度="严重"),
            penalty("甘州消罚〔2026〕7号", "2026-04-01", serial=303, 所属领域="消防", 处罚有效期="2099-12-31"),
            # A 15-digit 工商注册号 without a valid check digit that also reads as an old 15-digit 身份证 (born
            # 1960-01-23): in the 工商注册号 column it is the registration number it is filed as (detect.py).
            penalty("甘州市监罚〔2026〕32号", "2026-07-01", name="甘州区老王副食店", category="个体工商户",
                    code="00000000000000000X", 工商注册号="620702600123456", 法定代表人="王某"),
            penalty("甘州市监罚〔2026〕33号", "2026-07-02", serial=302),
        ],
        "entities": [{"统一社会信用代码": closed, "主体名称": "张掖市已注销商贸有限公司", "主体类型": "有限责任公司",
                      "法定代表人": "李某", "成立日期": "2010-01-01", "登记机关": "张掖市甘州区市场监督管理局",
                      "住所": "甘州区", "经营范围": "零售", "登记状态": "注销"}],
    }
    write_folder(root / "data", rows)
    run = run_pipeline(root / "data", "2026-11-27")
    rendered = render_site(run.decided, root / "site", CONTEXT, shell_cache=shell_cache)
    (root / "summaries.json").write_text(json.dumps({e["code"]: e["summary"] for e in rendered.entities}))

    return root / "site"


def _entity_page(site: Path, code: str) -> str:
    return (site / "entity" / code / "index.html").read_text()


def _body(page: str) -> str:
    """The generated part of a page (after the theme's header), tags removed."""
    return re.sub(r"<[^>]+>", "", page.split('class="cs-entity"', 1)[1])


def test_entity_page_starts_with_the_verdict_and_the_worst_news(verdict_site: Path) -> None:
    text = _entity_page(verdict_site, make_uscc(301))
    body = _body(text)
    # The blacklist banner comes before any section, and the blacklist section before penalties and licences.
    assert body.index("已列入严重失信主体名单") < body.index("信用概况") + 40
    sections = re.findall(r'<h2 id="k-(\w+)"', text)
    assert sections.index("blacklist") < sections.index("penalties") < sections.index("licenses") \
        < sections.index("redlist")
    # Counts per kind with the penalty tiers, as jump links to the sections.
    assert re.search(r'href="#k-penalties">行政处罚 <strong>1</strong>（严重失信 1）', text)
    assert 'href="#k-blacklist"' in text.split('id="k-blacklist"')[0]


def test_closed_status_is_shown_at_the_top_and_in_the_search_summary(verdict_site: Path) -> None:
    code = make_uscc(302)
    body = _body(_entity_page(verdict_site, code))
    assert "登记状态：注销（该主体已注销）" in re.sub(r"\s+", "", body)
    assert body.index("注销") < body.index("行政处罚（1）")
    # The summary line search results show (generator/index.py) leads with the status.
    summaries = json.loads((verdict_site.parent / "summaries.json").read_text())
    assert summaries[code].startswith("已注销 · ")
    assert summaries[make_uscc(301)].startswith("严重失信主体名单 · ")


def test_long_term_dates_and_placeholder_codes_are_shown_in_plain_words(verdict_site: Path) -> None:
    pages = [p.read_text() for p in (verdict_site / "entity").glob("*/index.html")]
    pages += [p.read_text() for p in (verdict_site / "lists").rglob("index.html")]
    for page in pages:
        assert "2099-12-31" not in page
        assert "00000000000000000X" not in page
    shop = next(p for p in pages if "甘州区老王副食店" in p and 'class="cs-entity"' in p)
    assert "工商注册号：<code>620702600123456</code>" in shop
    fire = _entity_page(verdict_site, make_uscc(303))
    assert "<dd>长期</dd>" in fire


def test_a_record_that_comes_down_by_itself_says_so(verdict_site: Path) -> None:
    fire = _body(_entity_page(verdict_site, make_uscc(303)))
    # 消防: the one-year minimum equals the one-year maximum of a 一般 penalty.
    assert "到 2027-04-01 公示期满，本站自动撤下，无需申请" in fire
    other = _body(_entity_page(verdict_site, make_uscc(302)))
    assert "起可申请信用修复" in other and "公示期满本站自动撤下" in other


def test_version_and_hash_are_in_a_quiet_footer_not_at_the_top(verdict_site: Path) -> None:
    text = _entity_page(verdict_site, make_uscc(301))
    body = text.split('class="cs-entity"', 1)[1]
    assert re.search(r"[0-9a-f]{64}", body)
    footer = body.index('class="cs-verify"')
    assert re.search(r"[0-9a-f]{64}", body).start() > footer  # type: ignore[union-attr]
    assert footer > body.rindex('<h2 id="k-')


# --------------------------------------------------------------------------- lists (issue 20)

def _list_rows(page: Path) -> list[str]:
    return re.findall(r'data-date="([^"]*)"', page.read_text())


def test_list_rows_are_newest_first_across_pages(site: Path) -> None:
    dates = _list_rows(site / "lists" / "penalties" / "index.html")
    dates += _list_rows(site / "lists" / "penalties" / "2" / "index.html")
    dates += _list_rows(site / "lists" / "penalties" / "3" / "index.html")
    assert len(dates) == 2 * PAGE_SIZE + 7 and dates == sorted(dates, reverse=True)


def test_list_pages_are_numbered_and_per_issuing_body(site: Path) -> None:
    first = (site / "lists" / "penalties" / "index.html").read_text()
    assert 'aria-current="page" class="cs-pager__current">1</span>' in first
    assert 'href="../../lists/penalties/3/" aria-label="第 3 页">3</a>' in first
    # Every penalty here is by one body: its own list, linked from the first page, holds them all.
    body = re.search(r'href="../../(lists/penalties/o-[0-9a-f]{10}/)">张掖市甘州区市场监督管理局</a>（(\d+)）', first)
    assert body and int(body.group(2)) == 2 * PAGE_SIZE + 7
    own = site / body.group(1) / "index.html"
    assert "行政处罚：张掖市甘州区市场监督管理局" in own.read_text()
    assert (site / body.group(1).rstrip("/")).with_name(body.group(1).split("/")[-2] + "-3").joinpath("index.html").is_file()
    # No rel="alternate" link: mkdocs-material would fetch a sitemap.xml beside it (a 404 in every console).
    assert 'rel="alternate"' not in first and 'rel="alternate feed"' in first


def test_list_pages_use_the_width_and_explain_the_feed(site: Path) -> None:
    first = (site / "lists" / "penalties" / "index.html").read_text()
    assert 'class="md-sidebar md-sidebar--secondary"' not in first or "hidden" in first.split(
        'class="md-sidebar md-sidebar--secondary"')[1][:200]
    assert '<th scope="col" class="cs-nowrap">失信程度</th>' in first
    assert "订阅新公示（Atom）" not in first and "订阅更新</a>：用 RSS/Atom 阅读器订阅此链接" in first


# --------------------------------------------------------------------------- downloads (issue 20)

def test_downloads_page_has_one_row_per_dataset_with_its_formats(tmp_path: Path, shell_cache: Path) -> None:
    from generator.render import group_downloads

    files = [{"path": f"{stem}.{fmt}", "title": title, "format": fmt.upper(), "rows": rows, "size": "1.0 KB",
              "sha256": f"{n:064x}"}
             for n, (stem, title, rows) in enumerate([("penalties", "行政处罚", 36), ("licenses", "行政许可", 45)])
             for fmt in ("parquet", "json", "csv", "jsonl", "xlsx")]
    groups = group_downloads(files)
    assert [g["name"] for g in groups] == ["penalties", "licenses"]
    assert [f["format"] for f in groups[0]["files"]] == ["CSV", "XLSX", "JSON", "JSONL", "PARQUET"]
    write_folder(tmp_path / "data", {"penalties": [penalty()]})
    run = run_pipeline(tmp_path / "data", "2026-11-27")
    context = SiteContext("2026-11-27", "20261127-test", "信用甘州", "甘州区", "署名 4.0", downloads=files)
    render_site(run.decided, tmp_path / "site", context, shell_cache=shell_cache)
    page = (tmp_path / "site" / "downloads" / "index.html").read_text()
    assert page.count('class="cs-dataset"') == 2 and page.count('class="md-button cs-format"') == 10
    # Checksums are one click away (folded), and the per-entity JSON and the feeds are explained.
    assert re.search(r'<details class="cs-checksums">\s*<summary>校验值', page)
    assert 'href="../api/"' in page and "订阅" in page


def test_help_and_licence_name_the_five_formats_the_entity_json_and_the_feeds() -> None:
    from generator.export import FORMATS
    from generator.render import CONTENT

    assert len(FORMATS) == 5
    for page in ("help.md", "licence.md"):
        text = (CONTENT / page).read_text(encoding="utf-8")
        assert "五种格式" in text and "三种" not in text, page
        assert "api.md" in text and "订阅" in text, page


def test_the_blacklist_banner_carries_the_stop_date_of_its_entries(verdict_site: Path) -> None:
    """So that the page script of issue 22 (stale.js) hides it with the entries on a site not rebuilt in time."""
    text = _entity_page(verdict_site, make_uscc(301))
    banner = re.search(r'<p class="cs-banner" data-stop="(\d{4}-\d{2}-\d{2})">', text)
    cards = re.findall(r'<article class="cs-record cs-record--blacklist" data-stop="([^"]+)"', text)
    assert banner and cards and banner.group(1) == max(cards)
    assert "登记状态" not in _body(_entity_page(verdict_site, make_uscc(303)))  # no registry entry: no status line


def test_mkdocs_runs_once_per_process_and_code_version_and_every_site_gets_its_pages(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two sites built one after the other in one process (a preview beside the real build, the test
    suite): the second build takes the first's theme shells instead of running mkdocs again, and both
    sites have mkdocs' pages byte for byte; a new state with no shells of its own gets them written."""
    import generator.render

    calls: list[Path] = []
    real = generator.render.build_shells

    def counted(work: Path, *args: object) -> object:
        calls.append(work)
        return real(work, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(generator.render, "build_shells", counted)
    sites = []
    for name in ("a", "b"):
        root = tmp_path / name
        write_folder(root / "data", {"penalties": [penalty(f"{name}罚〔2026〕1号", "2026-06-01", serial=610)]})
        run = run_pipeline(root / "data", "2026-11-27")
        render_site(run.decided, root / "site", CONTEXT, shell_cache=root / "state" / "shells" / "v-test")
        assert (root / "state" / "shells" / "v-test" / "shells.json").is_file()
        sites.append(root / "site")
    assert len(calls) <= 1  # none when an earlier test of this process made this version's shells
    for page in ("help/index.html", "about/index.html", "assets/creditsite.css"):
        assert (sites[0] / page).read_bytes() == (sites[1] / page).read_bytes(), page
