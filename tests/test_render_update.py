"""An update renders the list pages whose content changed, and keeps the others (issue 19).

Each list page has a content key (render.list_page_key: what it shows of its records, its pager,
issuing bodies, years and totals, its title and head, the shells). An update whose key for a page
equals the last build's gives the new version the live file, unrendered and unscanned here; the
site stays byte-identical to a full build of the same data, and the leak gate still sees every
page that changed.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import generator.deidentify as deidentify_module
from generator.build import BuildOptions, BuildResult, build_site
from generator.problems import BuildAborted
from generator.render import LIST_ROW_KEYS, SiteContext, _environment
from generator.views import record_view
from tests.helpers import make_id, make_uscc, penalty, rules_file, write_folder

AS_OF = dt.date(2026, 11, 27)
BODY_B = "张掖市甘州区应急管理局"
BODY_C = "张掖市甘州区卫生健康局"


def body(name: str, serial: int) -> dict[str, str]:
    code = make_uscc(serial, prefix="11")
    return {"处罚机关": name, "处罚机关统一社会信用代码": code, "数据来源单位": name, "数据来源单位统一社会信用代码": code}


def number(i: int) -> str:
    return f"甘州市监罚〔2026〕{i + 1}号"


def rows(headline: dict[int, str] | None = None, text: dict[int, str] | None = None, without: int | None = None,
         new_body: bool = False) -> dict[str, list[dict[str, str]]]:
    """60 penalties of six companies from two issuing bodies over two years (all within their
    publication period): the whole list has two
    pages, each body one, and one page per year. `headline` rewrites a row's 违法行为类型 (shown in
    the lists), `text` its 处罚内容 (shown on the entity page only); `without` drops a row;
    `new_body` adds a row from a third issuing body."""
    penalties = []
    for i in range(60):
        if i == without:
            continue
        n, m = divmod(i, 10)
        fields = {} if i % 2 == 0 else body(BODY_B, 950)
        fields["违法行为类型"] = (headline or {}).get(i, "销售过期食品")
        fields["处罚内容"] = (text or {}).get(i, "罚款2000元")
        date = f"2025-12-{10 + n}" if i % 3 == 0 else f"2026-{1 + m % 9:02d}-{10 + n}"
        penalties.append(penalty(number(i), date, name=f"张掖市第{n}商贸有限公司", serial=300 + n, **fields))
    if new_body:
        penalties.append(penalty(number(60), "2026-03-03", name="张掖市第0商贸有限公司", serial=300,
                                 **body(BODY_C, 951)))
    return {"penalties": penalties}


def options(root: Path, out: str = "site", state: str = "state", full: bool = False, as_of: dt.date = AS_OF,
            rules: Path | None = None) -> BuildOptions:
    return BuildOptions(root / "data", root / out, root / "report", as_of, state_dir=root / state, full=full,
                        rules_file=rules)


def list_pages(site: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every list page: its inode, modification time and bytes."""
    return {p.relative_to(site).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes())
            for p in sorted((site / "lists").rglob("index.html"))}


def differing(a: Path, b: Path) -> list[str]:
    left = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    right = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    return sorted(left ^ right) + [r for r in sorted(left & right) if not filecmp.cmp(a / r, b / r, shallow=False)]


def update(root: Path, data: dict[str, list[dict[str, str]]], as_of: dt.date = AS_OF) -> tuple[BuildResult, Path]:
    """New data, an update build, and a full build of the same data from a copy of the same state."""
    shutil.rmtree(root / "data")
    write_folder(root / "data", data)
    twin_state = root / f"state-twin-{as_of}"
    shutil.rmtree(twin_state, ignore_errors=True)
    shutil.copytree(root / "state", twin_state)
    (twin_state / "site.json").write_text(json.dumps({"out_dir": str(root / f"twin-{as_of}")}))
    result = build_site(options(root, as_of=as_of))
    build_site(options(root, out=f"twin-{as_of}", state=twin_state.name, full=True, as_of=as_of))
    return result, root / f"twin-{as_of}"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    write_folder(tmp_path / "data", rows())
    build_site(options(tmp_path))
    return tmp_path


def test_an_update_renders_only_the_list_pages_that_show_a_changed_record(root: Path) -> None:
    before = list_pages(root / "site")
    assert {"lists/penalties/index.html", "lists/penalties/2/index.html"} <= set(before)
    assert len(before) > 12  # the whole list, each body's list, each body's years, the empty kinds
    result, twin = update(root, rows(headline={7: "销售变质食品"}))
    after = list_pages(root / "site")
    showing = {rel for rel, (_, _, page) in after.items() if number(7).encode() in page}
    assert len(showing) == 3  # the whole list, its body's list, its body's list of that year
    rewritten = {rel for rel in after if after[rel][:2] != before[rel][:2]}
    assert rewritten == showing
    assert all("销售变质食品" in after[rel][2].decode() for rel in showing)
    assert result.kept_lists == len(after) - 3
    assert differing(root / "site", twin) == []

    # The next day, a change shown on the entity page only: no list page is rendered again, and
    # none shows the as-of date in its bytes (assets/build-info.js fills it in, as on entity pages).
    later = dt.date(2026, 11, 28)
    result, twin = update(root, rows(headline={7: "销售变质食品"}, text={12: "罚款3000元"}), as_of=later)
    again = list_pages(root / "site")
    assert result.kept_lists == len(again) and again == after
    assert all(b"data-cs-asof" in page and b"2026-11-27" not in page and b"2026-11-28" not in page
               for _, _, page in again.values())
    assert any("罚款3000元" in page.read_text(encoding="utf-8") for page in (root / "site" / "entity").glob("*/index.html"))
    assert differing(root / "site", twin) == []


def test_a_record_gone_and_a_new_issuing_body_change_the_pages_they_should(root: Path) -> None:
    before = list_pages(root / "site")
    result, twin = update(root, rows(without=51, new_body=True))
    after = list_pages(root / "site")
    new = set(after) - set(before)
    assert new and all(BODY_C in after[rel][2].decode() for rel in new)  # the new body's list
    changed = {rel for rel in set(after) & set(before) if after[rel][2] != before[rel][2]}
    rewritten = {rel for rel in set(after) & set(before) if after[rel][:2] != before[rel][:2]}
    assert rewritten == changed
    # Each first page lists the issuing bodies: the whole list's and each body's name the new one.
    firsts = {"lists/penalties/index.html"} | {rel for rel in after if "/o-" in rel and "-" not in rel.split("/o-")[1]}
    assert firsts - new <= changed
    assert all(number(51).encode() not in page for _, _, page in after.values())
    assert result.kept_lists == len(after) - len(changed) - len(new) > 0
    assert differing(root / "site", twin) == []


def test_a_change_of_code_or_settings_renders_every_list_page_again(root: Path) -> None:
    """The site's title is in the rules file, part of the code fingerprint: nothing of the live
    site is kept. A list page edited by hand in the live folder: nothing of the live site is kept
    either (publish.site_edits), and the next update keeps the pages again."""
    hand_edited = root / "site" / "lists" / "penalties" / "2" / "index.html"
    hand_edited.write_text(hand_edited.read_text(encoding="utf-8") + "<!-- edited -->", encoding="utf-8")
    result, twin = update(root, rows(text={3: "罚款2500元"}))
    assert "<!-- edited -->" not in hand_edited.read_text(encoding="utf-8")
    assert result.kept_lists == 0 and result.kept_pages == 0
    assert differing(root / "site", twin) == []
    result, twin = update(root, rows(text={3: "罚款2600元"}))
    assert 0 < result.kept_lists == len(list_pages(root / "site"))  # a text no list shows: every list kept
    assert differing(root / "site", twin) == []
    result = build_site(options(root, rules=rules_file(root / "rules.toml", title="张掖市甘州区信用信息公示")))
    assert result.kept_lists == 0 and result.kept_pages == 0


def test_a_person_s_number_planted_in_an_updated_row_stops_the_build(root: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A scrubber fault lets an ID number through in one row's 违法行为类型, which the lists show: the
    pages showing it are rendered and scanned again, and the build stops."""
    fault = "（核实）"
    real = deidentify_module.scrub_text
    monkeypatch.setattr(deidentify_module, "scrub_text",
                        lambda text, *a, **k: text if fault in text else real(text, *a, **k))
    shutil.rmtree(root / "data")
    write_folder(root / "data", rows(headline={7: f"销售过期食品{fault}身份证号{make_id('19900707', 12)}"}))
    with pytest.raises(BuildAborted, match="隐私检查"):
        build_site(options(root))
    leaks = json.loads((root / "report" / "summary.json").read_text(encoding="utf-8"))["leaks"]
    assert any(leak.startswith("lists/penalties/") for leak in leaks), leaks


def test_list_pages_show_nothing_of_a_record_view_but_the_keys_their_content_key_covers() -> None:
    """A list page is kept when LIST_ROW_KEYS of its records are the same: the template must read
    nothing else of a record view, nor of the build's context. Every other value changed gives the
    same page."""
    row = penalty(number(1), "2026-06-01", name="张掖市第1商贸有限公司", serial=301)
    view = record_view("penalties", row)
    template = _environment().get_template("list.html")

    def page(rows: list[dict[str, Any]], site: SiteContext) -> str:
        return template.render(site=site, kind="penalties", rows=rows, page=1, pages=1, root="../../", total=1,
                               slug="", body_title="", bodies=[], year="", body_slug="", years=[], pager=[])

    changed = type(view)({k: (v if k in LIST_ROW_KEYS else ["其他值"] if isinstance(v, list) else "其他值")
                          for k, v in view.items()})
    assert set(view) - set(LIST_ROW_KEYS)  # (the view has more: the fields an entity page shows)
    # Nor anything of the build's context (its date, version, title …), which the key leaves out.
    today = SiteContext("2026-11-27", "20261127-aaaaaaaa", "甲站", "甲单位", "甲许可")
    tomorrow = SiteContext("2026-11-28", "20261128-bbbbbbbb", "乙站", "乙单位", "乙许可")
    assert page([changed], tomorrow) == page([view], today)


def test_an_update_keeps_list_pages_by_their_rows_keys_without_making_their_record_views(
        root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each list page also has a row key (render.list_row_key: the hashes of its rows over every column
    their record views read, and the rest of what the page shows): a page whose row key is the last
    build's is kept without the record views of its rows being made. A change to a column the views
    read but the lists do not show (处罚内容) makes the views of the pages holding that record only,
    and keeps them by their content key; `render_list_row_keys=0` makes every row's view again. The
    site stays byte-identical to a full build of the same data."""
    import generator.render as render_module
    from generator.contract import KEY
    from generator.tuning import tuned

    viewed: list[str] = []  # the record views the update's list pages made, by decision number
    listing = [False]
    real_batch, real_view = render_module._render_list_batch, render_module.record_view

    def batch(state: dict[str, Any], job: tuple[Any, ...]) -> Any:
        listing[0] = "twin" not in state["setup"].out_dir.parent.name  # the update's views, not its full twin's
        try:
            return real_batch(state, job)
        finally:
            listing[0] = False

    def view(kind: str, row: dict[str, Any], shown: Any = None) -> Any:
        if listing[0]:
            viewed.append(str(row.get(KEY, "")))
        return real_view(kind, row, shown)

    monkeypatch.setattr(render_module, "_render_list_batch", batch)
    monkeypatch.setattr(render_module, "record_view", view)
    every_row = 3 * 60  # the whole list, the two bodies' lists, their years' lists

    result, twin = update(root, rows(text={12: "罚款3000元"}))
    pages = list_pages(root / "site")
    assert number(12) in viewed and 0 < len(viewed) < every_row
    assert result.kept_lists == len(pages)  # the lists do not show 处罚内容: kept by their content key
    assert differing(root / "site", twin) == []

    viewed.clear()
    result, twin = update(root, rows(text={12: "罚款3000元"}), as_of=dt.date(2026, 11, 28))
    assert viewed == [] and result.kept_lists == len(pages) and list_pages(root / "site") == pages
    assert differing(root / "site", twin) == []

    with tuned(render_list_row_keys=0):
        result, twin = update(root, rows(text={12: "罚款3000元"}), as_of=dt.date(2026, 11, 29))
    assert len(viewed) == every_row and result.kept_lists == len(pages) and list_pages(root / "site") == pages
    assert differing(root / "site", twin) == []


def test_an_update_of_few_entities_renders_here_and_hands_many_list_pages_to_the_workers(
        root: Path, tune: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """An update whose entities to render again have fewer rows than `render_parallel_from` renders
    them in the build's process, and its list pages too until more than `LIST_PAGES_HERE` of them
    have had to be rendered (a record new at the top of a long list changes every page of it); the
    rest go to the worker processes. A full build of a site that large uses the workers from the
    start. Either way the site is byte-identical to a full build of the same data."""
    import generator.render as render_module

    tune(render_parallel_from=20, render_list_batch=1)  # 60 rows: the workers' size; one entity's 10: not
    handed: list[bool] = []  # each runner the render stage makes: with the workers or in this process
    real = render_module._Runner.__init__

    def runner(self: Any, setup: Any, workers: Any) -> None:
        handed.append(workers is not None)
        real(self, setup, workers)

    monkeypatch.setattr(render_module._Runner, "__init__", runner)
    monkeypatch.setattr(render_module, "LIST_PAGES_HERE", 1)
    result, twin = update(root, rows(headline={7: "销售变质食品"}))  # three list pages show row 7
    assert handed == [False, True, True]  # the update: here, then its third list page in the workers; the twin
    assert result.kept_lists == len(list_pages(root / "site")) - 3
    assert differing(root / "site", twin) == []

    handed.clear()
    monkeypatch.setattr(render_module, "LIST_PAGES_HERE", 200)
    result, twin = update(root, rows(headline={7: "销售过期食品", 8: "销售变质食品"}), as_of=dt.date(2026, 11, 28))
    assert handed == [False, True]  # a few list pages rendered, all here; the twin in the workers
    assert differing(root / "site", twin) == []
