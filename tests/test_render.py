"""Rendering: generated pages share the theme's look, escape all data, paginate, keep people out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.render import PAGE_SIZE, SiteContext, render_site
from tests.conftest import make_ric, party, penalty, run_pipeline, write_folder

CONTEXT = SiteContext("2026-11-27", "20261127-test", "信用甘州", "甘州区", "署名 4.0")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("render")
    rows = [penalty(f"甘州市监罚〔2026〕{i}号", f"2026-06-{1 + i % 28:02d}", serial=200 + i)
            for i in range(2 * PAGE_SIZE + 5)]
    rows.append(penalty("甘州市监罚〔2026〕999号", "2026-01-02", name="赵钱孙", category="自然人", 证件类型="身份证",
                        证件号码=make_ric(), 违法行为类型="<b>粗体</b> & {% raw %}"))
    rows.append(penalty("甘州市监罚〔2026〕888号", "2026-01-03", serial=777, 违法事实="<img src=x onerror=alert(1)>",
                        处罚类别="吊销许可证件"))
    write_folder(root / "data", {"penalties": rows})
    run = run_pipeline(root / "data", "2026-11-27")
    render_site(run.decided, root / "site", CONTEXT)
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
    assert first.count("<tr>") - 1 == PAGE_SIZE  # header row excluded
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


def test_entity_pages_rendered_in_parallel_are_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.render as render

    write_folder(tmp_path / "data", {"penalties": [penalty(f"P{i}", "2026-06-01", serial=300 + i) for i in range(6)]})
    run = run_pipeline(tmp_path / "data", "2026-11-27")
    render_site(run.decided, tmp_path / "serial", CONTEXT)
    monkeypatch.setattr(render, "PARALLEL_FROM", 2)
    render_site(run.decided, tmp_path / "parallel", CONTEXT)
    serial = {p.relative_to(tmp_path / "serial"): p.read_bytes() for p in (tmp_path / "serial").rglob("entity/*/*")}
    parallel = {p.relative_to(tmp_path / "parallel"): p.read_bytes() for p in (tmp_path / "parallel").rglob("entity/*/*")}
    assert len(serial) == 6 and serial == parallel


@pytest.mark.parametrize("parallel", [False, True])
def test_pages_are_scanned_as_they_are_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parallel: bool) -> None:
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
        monkeypatch.setattr(render, "PARALLEL_FROM", 2)
    planted = [Secret("第3商贸", "penalties", "penalties/p.csv", 5, "证件号码")]  # as if it were somebody's ID
    rendered = render_site(run.decided, tmp_path / "site", CONTEXT, scan=scan_setup(planted, set()))
    code = party(serial=303)["统一社会信用代码"]
    assert sorted(leak.output for leak in rendered.leaks) == sorted(
        [f"entity/{code}.json", f"entity/{code}/index.html", "lists/penalties/index.html"])
    site = tmp_path / "site"
    list_pages = {p.relative_to(site).as_posix() for p in site.glob("lists/*/index.html")}
    list_pages |= {p.relative_to(site).as_posix() for p in site.glob("lists/*/[0-9]*/index.html")}
    assert "lists/penalties/index.html" in list_pages and set(rendered.list_pages) == list_pages
    assert all(hashlib.sha256((site / rel).read_bytes()).hexdigest() == digest
               for rel, digest in rendered.list_pages.items())
    entity_files = {f"entity/{c}{end}" for c in rendered.written for end in (".json", "/index.html")}
    assert len(entity_files) == 12 and rendered.scanned() == entity_files | list_pages
    # What the renderers found is what the gate finds reading the same files back.
    gate = scan_outputs(site, planted, set(), CONTEXT.shell_fragments, files=rendered.scanned())
    assert sorted(map(str, gate)) == sorted(map(str, rendered.leaks))
