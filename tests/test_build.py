"""The build as staff and scripts use it: interfaces.md (command line, report, site layout)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.conftest import license_, make_ric, party, penalty, write_csv, write_folder
from tests.helpers import files_read, rules_file, run_build, site_settings

AS_OF = "2026-11-27"


def _folder(data_dir: Path) -> Path:
    person_id = make_ric("19800101")
    return write_folder(data_dir, {
        "penalties": [
            penalty("甘州市监罚〔2026〕1号", "2026-06-01", 违法事实="当事人<script>alert(1)</script>{{ 7*7 }}销售过期食品。"),
            penalty("甘州市监罚〔2026〕2号", "2026-06-02", name="张三丰", category="自然人", 证件类型="身份证",
                    证件号码=person_id, 违法事实="张三丰占道经营，联系电话13912345678。"),
            penalty("甘州市监罚〔2020〕3号", "2020-06-02", serial=101),
            penalty("甘州市监罚〔2026〕4号", "2026-13-01", serial=102),
            penalty("甘州市监罚〔2026〕5号", "2026-06-03", serial=103, 处罚内容="=HYPERLINK(\"http://x\")"),
        ],
        "licenses": [license_("甘州市监许〔2026〕1号", serial=100), license_("甘州市监许〔2026〕2号", serial=104,
                                                                           name="甘州区民乐修理部", category="个体工商户",
                                                                           code="00000000000000000X",
                                                                           工商注册号="620702600000001", 法定代表人="李四")],
    })


def _build(data_dir: Path, out: Path, report: Path, *extra: str) -> tuple[int, str]:
    return run_build(data_dir, out, report, *extra, state=report.parent / "state", as_of=AS_OF)


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _all_text(root: Path) -> str:
    return "\n".join(p.read_bytes().decode("utf-8", "replace") for p in root.rglob("*")
                     if p.is_file() and p.suffix in (".html", ".json", ".csv", ".jsonl"))


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path, str]:
    data = _folder(tmp_path / "data")
    code, output = _build(data, tmp_path / "site", tmp_path / "report")
    assert code == 0, output
    return tmp_path / "site", tmp_path / "report", output


def test_report_accounts_for_every_row(built: tuple[Path, Path, str]) -> None:
    _, report, output = built
    summary = json.loads((report / "summary.json").read_text())
    assert summary["as_of"] == AS_OF
    assert summary["kinds"]["penalties"] == {"read": 5, "published": 3, "rejected": 1, "withheld": {"expired": 1}}
    assert summary["kinds"]["licenses"]["published"] == 2
    issues = [json.loads(line) for line in (report / "issues.jsonl").read_text().splitlines()]
    bad_date = [i for i in issues if i["code"] == "impossible-date"]
    assert bad_date == [{"kind": "penalties", "file": "penalties/penalties.csv", "row": 5, "column": "处罚决定日期",
                         "code": "impossible-date", "severity": "error", "message": bad_date[0]["message"]}]
    assert "行政处罚" in output and "已发布到" in output


def test_site_layout_and_entity_pages(built: tuple[Path, Path, str]) -> None:
    site, _, _ = built
    assert (site / "index.html").is_file()
    org = (site / "entity" / party()["统一社会信用代码"] / "index.html").read_text()
    assert "甘州市监罚〔2026〕1号" in org and "甘州市监许〔2026〕1号" in org
    assert (site / "entity" / "620702600000001" / "index.html").is_file()  # placeholder business: registration no.
    assert not (site / "entity" / "00000000000000000X").exists()
    assert "李*" in (site / "entity" / "620702600000001" / "index.html").read_text()
    pages = {p.parent.name for p in (site / "entity").glob("*/index.html")}
    # Expired (serial 101) and rejected (serial 102) parties get none; nor does the natural person.
    assert pages == {party()["统一社会信用代码"], party(serial=103)["统一社会信用代码"], "620702600000001"}


def test_nothing_private_or_withheld_is_published(built: tuple[Path, Path, str]) -> None:
    site, _, _ = built
    text = _all_text(site)
    for private in ("张三丰", make_ric("19800101"), "13912345678", "李四", "甘州市监罚〔2020〕3号", "甘州市监罚〔2026〕4号"):
        assert private not in text, private
    assert "张**" in text


def test_markup_and_templates_in_data_are_shown_literally(built: tuple[Path, Path, str]) -> None:
    site, _, _ = built
    page = (site / "entity" / party()["统一社会信用代码"] / "index.html").read_text()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "{{ 7*7 }}" in page and "49" not in page.split("{{ 7*7 }}")[0][-5:]


def test_csv_cells_cannot_run_as_formulas(built: tuple[Path, Path, str]) -> None:
    site, _, _ = built
    csv_text = (site / "data" / "penalties.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in csv_text and ",=HYPERLINK" not in csv_text


def test_report_lives_outside_the_site(tmp_path: Path) -> None:
    data = _folder(tmp_path / "data")
    code, output = _build(data, tmp_path / "site", tmp_path / "site" / "report")
    assert code == 2 and "包含" in output  # the report (and here the state) folder: wrong usage, nothing written
    assert not (tmp_path / "site").exists()


def test_strict_mode_aborts_on_any_rejected_row_and_keeps_the_old_site(tmp_path: Path) -> None:
    data = _folder(tmp_path / "data")
    site = tmp_path / "site"
    assert _build(data, site, tmp_path / "report")[0] == 0
    before = _tree(site)
    code, output = _build(data, site, tmp_path / "report", "--strict")
    assert code == 1 and "严格模式" in output
    assert _tree(site) == before


def test_damaged_file_aborts_and_leaves_the_previous_site_byte_for_byte(tmp_path: Path) -> None:
    data = _folder(tmp_path / "data")
    site = tmp_path / "site"
    assert _build(data, site, tmp_path / "report")[0] == 0
    before = _tree(site)
    (data / "repairs").mkdir()
    (data / "repairs" / "repairs.xlsx").write_bytes(b"PK\x03\x04 truncated download")
    code, output = _build(data, site, tmp_path / "report")
    assert code == 1 and "repairs/repairs.xlsx" in output
    assert _tree(site) == before
    # No staging left behind: beside the site only its lock and its versions folder, which holds
    # the live version and the marker.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site.")) == [".site.builds", ".site.lock"]
    assert sorted(p.name for p in (tmp_path / ".site.builds").iterdir()) == sorted(
        [site.resolve().name, "creditsite-site.json"])


def test_damaged_record_file_can_be_skipped_explicitly(tmp_path: Path) -> None:
    data = _folder(tmp_path / "data")
    (data / "licenses" / "extra.parquet").write_bytes(b"not parquet")
    assert _build(data, tmp_path / "site", tmp_path / "report")[0] == 1
    code, output = _build(data, tmp_path / "site", tmp_path / "report", "--skip-damaged-files")
    assert code == 0, output
    issues = (tmp_path / "report" / "issues.jsonl").read_text()
    assert "file-damaged-skipped" in issues


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    data = _folder(tmp_path / "data")
    assert _build(data, tmp_path / "a", tmp_path / "wa" / "report")[0] == 0  # each site its own state
    assert _build(data, tmp_path / "b", tmp_path / "wb" / "report")[0] == 0
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")


def _a_title_with_an_id(tmp_path: Path) -> Path:
    """A rules file whose site title holds a raw ID: printed on every entity page (the print header),
    the home page and the feeds, from an input the scrubber never sees (it scrubs records)."""
    return rules_file(tmp_path / "rules-leaky.toml", title=f"信用甘州 {make_ric('19800101')}")


def test_leak_gate_stops_a_template_that_prints_a_private_value(tmp_path: Path) -> None:
    """A private value in what the build prints (here: a raw ID in the site title of the rules file,
    on every entity page) must never reach the public."""
    data = _folder(tmp_path / "data")
    site = tmp_path / "site"
    assert _build(data, site, tmp_path / "report")[0] == 0
    before = _tree(site)
    code, output = _build(data, site, tmp_path / "report", "--rules", str(_a_title_with_an_id(tmp_path)))
    assert code == 1 and "隐私检查" in output
    assert make_ric("19800101") not in output
    assert _tree(site) == before


def test_entity_pages_are_scanned_as_they_are_written_and_not_read_back(tmp_path: Path) -> None:
    """The renderers scan each entity page before writing it (a million pages are not read back from
    disk): a leak there stops the build though the gate never opens them."""
    data = _folder(tmp_path / "data")
    with files_read() as read:
        code, output = _build(data, tmp_path / "site", tmp_path / "report", "--rules",
                              str(_a_title_with_an_id(tmp_path)))
    assert code == 1 and "隐私检查" in output
    leaks = json.loads((tmp_path / "report" / "summary.json").read_text(encoding="utf-8"))["leaks"]
    entities = {party()["统一社会信用代码"], party(serial=103)["统一社会信用代码"], "620702600000001"}
    assert {f"entity/{code}/index.html" for code in entities} <= {leak.split(": ", 1)[0] for leak in leaks}
    assert any(path.endswith(("index.html", ".json")) for path in read)  # the hook sees the gate's reads
    assert not [path for path in read if any(f"/entity/{code}" in path for code in entities)]  # pages and JSON
    assert not (tmp_path / "site").exists()


def test_leaks_are_reported_in_path_order_whoever_found_them(tmp_path: Path) -> None:
    """The office's address holds a mobile number (the contact page, read back by the gate) and the
    site title an ID (every entity page, scanned by the renderers; the home page and the feeds): the
    sentence staff read and the first 50 leaks of the report name the files in path order, the
    contact page first, not a flood of pages the renderers scanned."""
    import datetime as dt

    from generator.build import BuildOptions, build_site
    from generator.problems import BuildAborted

    write_folder(tmp_path / "data", {"penalties": [penalty(f"甘州市监罚〔2026〕{i + 1}号", "2026-06-01", serial=300 + i,
                                                           name=f"张掖市第{i}商贸有限公司") for i in range(60)]})
    site_settings(tmp_path / "data", address="甘州区县府街 1 号，联系人手机 13912345678")
    with pytest.raises(BuildAborted) as stopped:
        build_site(BuildOptions(tmp_path / "data", tmp_path / "site", tmp_path / "report", dt.date.fromisoformat(AS_OF),
                                state_dir=tmp_path / "state", rules_file=_a_title_with_an_id(tmp_path)))
    leaks = json.loads((tmp_path / "report" / "summary.json").read_text(encoding="utf-8"))["leaks"]
    assert len(leaks) == 50 and leaks[0] == "contact/index.html: 形似手机号码的内容"
    # One sentence: the first leak's output file, and how many more the report lists.
    assert str(stopped.value).count("contact/index.html") == 1 and "另有" in str(stopped.value)
    outputs = [leak.split(": ", 1)[0] for leak in leaks]
    assert sum(rel.startswith("entity/") for rel in outputs) > 40
    assert outputs == sorted(outputs, key=lambda rel: rel.split("/"))
    # The staff report says why and lists the places the sentence sends staff to (an outsider's thirteenth-session
    # case: it said only "leak gate" and listed none), never the value.
    page = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    assert "发布已停止：隐私检查" in page and "contact/index.html 中发现形似手机号码的内容" in page
    assert page.count("<li>entity/") > 40 and "13912345678" not in page


def test_usage_errors_exit_with_status_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", "--as-of", "27/11/2026"])
    assert result.exit_code == 2


def test_validate_command_writes_a_report_without_building(tmp_path: Path) -> None:
    data = _folder(tmp_path / "data")
    write_csv(data / "penalties" / "notes.txt", [{"a": "b"}])
    result = CliRunner().invoke(main, ["validate", "--data", str(data), "--report", str(tmp_path / "r"),
                                       "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    assert "penalties/penalties.csv" in result.output
    assert (tmp_path / "r" / "index.html").is_file()
    assert "file-unknown-type" in (tmp_path / "r" / "issues.jsonl").read_text()
    assert not (tmp_path / "site").exists()


def test_entity_json_has_the_page_content_and_its_hash_is_printed_on_the_page(built: tuple[Path, Path, str]) -> None:
    site, _, _ = built
    code = party()["统一社会信用代码"]
    raw = (site / "entity" / f"{code}.json").read_bytes()
    document = json.loads(raw)
    assert document["code"] == code and document["updated"] == AS_OF
    assert [r["key"] for r in document["records"]["penalties"]] == ["甘州市监罚〔2026〕1号"]
    assert document["records"]["penalties"][0]["tier"] == "一般"
    assert hashlib.sha256(raw).hexdigest() in (site / "entity" / code / "index.html").read_text()


def test_sitemap_lists_organisations_only(tmp_path: Path) -> None:
    data = _folder(tmp_path / "data")
    code, output = _build(data, tmp_path / "site", tmp_path / "report", "--site-url", "https://credit.example.org/")
    assert code == 0, output
    sitemap = (tmp_path / "site" / "sitemap.xml").read_text()
    assert f"https://credit.example.org/entity/{party()['统一社会信用代码']}/" in sitemap
    assert "620702600000001" not in sitemap  # a 个体工商户 page
    assert "https://credit.example.org/lists/penalties/" in sitemap
    assert "Sitemap: https://credit.example.org/sitemap.xml" in (tmp_path / "site" / "robots.txt").read_text()


def test_without_a_site_url_there_is_no_sitemap(built: tuple[Path, Path, str]) -> None:
    site, _, _ = built
    assert not (site / "sitemap.xml").exists() and not (site / "sitemap.xml.gz").exists()


def test_an_internal_error_is_one_sentence_and_leaves_the_site(tmp_path: Path, monkeypatch) -> None:
    import generator.build as build_module

    data = _folder(tmp_path / "data")
    site = tmp_path / "site"
    assert _build(data, site, tmp_path / "report")[0] == 0
    before = _tree(site)

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(build_module, "render_site", broken)
    code, output = _build(data, site, tmp_path / "report", "--full")  # same data: only --full renders again
    assert code == 1 and "程序内部错误（RuntimeError）" in output and "Traceback" not in output
    assert "boom" in (tmp_path / "report" / "error.log").read_text()
    assert _tree(site) == before


def test_a_data_change_gives_a_change_file_and_feed_entries(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    data = _folder(tmp_path / "data")
    assert _build(data, tmp_path / "site", tmp_path / "report")[0] == 0
    rows = [penalty("甘州市监罚〔2026〕1号", "2026-06-01", 违法事实="更正后的违法事实。"),
            penalty("甘州市监罚〔2026〕9号", "2026-11-20", serial=109)]
    write_csv(data / "penalties" / "penalties.csv", rows)
    code, output = _build(data, tmp_path / "site", tmp_path / "report")
    assert code == 0, output
    changes = json.loads((tmp_path / "site" / "data" / "changes.json").read_text())
    assert changes["previous_build"] and changes["kinds"]["penalties"]["added"] == 1
    assert changes["kinds"]["penalties"]["changed"] == 1
    # 〔2026〕2号 (a natural person) and 5号 left the export: counted, never named.
    assert changes["kinds"]["penalties"]["removed"] == {"source-removed": 2}
    assert "甘州市监罚〔2026〕5号" not in (tmp_path / "site" / "data" / "changes.json").read_text()
    feed = ET.parse(tmp_path / "site" / "feeds" / "penalties.xml").getroot()
    titles = [e.findtext("{http://www.w3.org/2005/Atom}title") for e in feed.iter("{http://www.w3.org/2005/Atom}entry")]
    assert "甘州市监罚〔2026〕9号" in titles[0]


def test_losing_the_state_folder_republishes_nothing(tmp_path: Path) -> None:
    import shutil

    data = _folder(tmp_path / "data")
    assert _build(data, tmp_path / "site", tmp_path / "report")[0] == 0
    write_csv(data / "repairs" / "r.csv", [{"信息类别": "行政处罚", "原决定文书号": "甘州市监罚〔2026〕5号",
                                           "修复方式": "终止公示", "修复决定日期": "2026-10-01",
                                           "修复决定机关": "甘州区发展和改革局"}])
    assert _build(data, tmp_path / "site", tmp_path / "report")[0] == 0
    ledger = (tmp_path / "site" / "data" / "removals.jsonl").read_text()
    assert ledger.count('"hash"') == 1 and "repaired" not in ledger  # which record came down, never why
    shutil.rmtree(tmp_path / "state")
    assert _build(data, tmp_path / "site", tmp_path / "report")[0] == 0
    assert "甘州市监罚〔2026〕5号" not in _all_text(tmp_path / "site")
    assert (tmp_path / "site" / "data" / "removals.jsonl").read_text() == ledger  # kept from the live site


def test_commitment_templates_are_pages_and_markdown_downloads(built: tuple[Path, Path, str]) -> None:
    site, _, _ = built
    index = (site / "commitments" / "index.html").read_text()
    for name in ("licensing-notice", "tolerance", "repair", "self-discipline-food", "self-discipline-construction",
                 "self-discipline-tourism", "self-discipline-health"):
        assert (site / "commitments" / name / "index.html").is_file()
        source = (site / "downloads" / "commitments" / f"{name}.md").read_text(encoding="utf-8")
        assert source.startswith("# ") and "＿＿＿＿" in source
        assert f"../downloads/commitments/{name}.md" in index


def test_validate_lists_a_damaged_repairs_file_instead_of_stopping(tmp_path: Path) -> None:
    data = _folder(tmp_path / "data")
    (data / "repairs").mkdir()
    (data / "repairs" / "repairs.xlsx").write_bytes(b"PK\x03\x04 truncated download")
    result = CliRunner().invoke(main, ["validate", "--data", str(data), "--report", str(tmp_path / "r"),
                                       "--as-of", AS_OF])
    # Listed in the table with the other files (not a stop), and exit 1: interfaces.md, a file is refused.
    assert result.exit_code == 1, result.output
    assert "repairs/repairs.xlsx" in result.output and "file-unreadable" in result.output
    assert "file-unreadable" in (tmp_path / "r" / "issues.jsonl").read_text()


def test_a_person_named_in_another_records_text_is_masked_there_too(tmp_path: Path) -> None:
    """A natural person, party of one record, appears as a third person in a company's 违法事实."""
    data = _folder(tmp_path / "data")
    rows = [penalty("甘州市监罚〔2026〕2号", "2026-06-02", name="张三丰", category="自然人", 证件类型="身份证",
                    证件号码=make_ric("19800101")),
            penalty("甘州市监罚〔2026〕6号", "2026-06-03", serial=106, 违法事实="当事人雇用张三丰无证上岗。")]
    write_csv(data / "penalties" / "penalties.csv", rows)
    code, output = _build(data, tmp_path / "site", tmp_path / "report")
    assert code == 0, output
    page = (tmp_path / "site" / "entity" / party(serial=106)["统一社会信用代码"] / "index.html").read_text()
    assert "当事人雇用张**无证上岗。" in page
    assert "张三丰" not in _all_text(tmp_path / "site")


def test_a_full_disk_is_said_in_one_sentence_even_from_a_worker(tmp_path: Path, monkeypatch) -> None:
    """Staff must learn that the disk is full, not that the program failed: at 10^6 entities a
    rebuild needs gigabytes beside the site."""
    import errno

    import generator.build as build_module

    data = _folder(tmp_path / "data")
    site = tmp_path / "site"

    def full(*args, **kwargs):
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as exc:  # as a pool re-raises a worker's error: another one on top of it
            raise ValueError("Can't close the ZIP file") from exc

    monkeypatch.setattr(build_module, "export_datasets", full)
    code, output = _build(data, site, tmp_path / "report")
    assert code == 1 and "磁盘空间不足" in output and "程序内部错误" not in output and "Traceback" not in output
    assert not site.exists()


def test_a_workbook_left_by_an_error_reports_that_error(tmp_path: Path) -> None:
    from generator.export import _Workbook

    with pytest.raises(OSError, match="disk"), _Workbook(tmp_path / "a.xlsx", ["data"]) as book:
        book.sheet(0, 1, "A1:A2").write(b"<row/>")
        raise OSError(28, "disk full")


def test_credit_codes_holding_qq_or_wx_publish_without_a_gate_stop(tmp_path: Path) -> None:
    """A valid code like 91620702MA3LD1QQ0B is no QQ number, whatever cell follows it in any output
    (a 10^4 sample build stopped on such a code in data/entities.csv)."""
    from tests.conftest import AUTHORITY
    from tests.test_detect import CODES_WITH_KEYWORDS

    rows = [penalty(f"甘州市监罚〔2026〕{60 + i}号", "2026-06-01", code=code, name=f"张掖市第{i}商贸有限公司")
            for i, code in enumerate(CODES_WITH_KEYWORDS)]
    registry = [{"统一社会信用代码": c, "主体名称": f"张掖市第{i}商贸有限公司", "主体类型": "有限责任公司",
                 "法定代表人": "康振涛", "成立日期": "2003-01-06", "登记机关": AUTHORITY, "住所": "张掖市甘州区",
                 "经营范围": "日用百货", "登记状态": "存续"} for i, c in enumerate(CODES_WITH_KEYWORDS)]
    # data/entities.csv writes 主体页面代码 and then the code itself: "…QQ0B,91620702…".
    data = write_folder(tmp_path / "data", {"penalties": rows, "entities": registry})
    code, output = _build(data, tmp_path / "site", tmp_path / "report")
    assert code == 0, output
    published = (tmp_path / "site" / "data" / "penalties.csv").read_text(encoding="utf-8-sig")
    assert all(c in published for c in CODES_WITH_KEYWORDS)
    assert all((tmp_path / "site" / "entity" / c / "index.html").exists() for c in CODES_WITH_KEYWORDS)


def test_a_mistyped_tuning_variable_stops_the_build_in_one_sentence(tmp_path: Path, monkeypatch) -> None:
    """CREDITSITE_TUNING (generator/tuning.py) sets size thresholds for tests and benchmarks: a
    mistyped item is named in one sentence, never ignored (a benchmark would measure the defaults)."""
    monkeypatch.setenv("CREDITSITE_TUNING", "render_parallel_from=2 scan_piece=1k")
    code, output = _build(_folder(tmp_path / "data"), tmp_path / "site", tmp_path / "report")
    assert code == 1 and "CREDITSITE_TUNING" in output and "scan_piece=1k" in output
    assert "程序内部错误" not in output and not (tmp_path / "site").exists()
    monkeypatch.setenv("CREDITSITE_TUNING", "render_parallel_from=2, scan_piece=1_000")
    assert _build(_folder(tmp_path / "data"), tmp_path / "site", tmp_path / "report")[0] == 0


@pytest.mark.parametrize("placeholder", ["123", "2026", "0936", "12315", "620702"])
def test_a_short_placeholder_in_an_id_cell_does_not_stop_the_build(tmp_path: Path, placeholder: str) -> None:
    # Adversarial round 5 (stop-id-value-*): a clerk's placeholder in a natural person's mandatory 证件号码
    # (or the region code of an ID they did not have) was searched for in every output, found inside
    # public numbers (check.js, the year on the about page, a hotline) and stopped the whole build. The
    # row itself is rejected (bad-id-number); everything else publishes.
    data = write_folder(tmp_path / "data", {"penalties": [
        penalty("甘州市监罚〔2026〕1号", "2026-06-01"),
        penalty("甘州市监罚〔2026〕2号", "2026-06-02", name="张三丰", category="自然人", 证件类型="身份证", 证件号码=placeholder)]})
    status, printed = run_build(data, tmp_path / "site", tmp_path / "report", state=tmp_path / "state", as_of=AS_OF)
    assert status == 0, printed
    summary = json.loads((tmp_path / "report" / "summary.json").read_text(encoding="utf-8"))
    assert summary["kinds"]["penalties"]["published"] == 1 and summary["kinds"]["penalties"]["rejected"] == 1
