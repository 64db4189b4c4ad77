"""The corpus of real-shaped exports (issue 17): tests/exports/data builds as staff would build it.

tests/exports/make_exports.py writes the files (each shape's source is named in SOURCES.md) and
manifest.json, which says what the loader must make of each file: how many records, which header
row, which national layout, which sheets, how many rows are not data. The tests read the folder with
the loader, then build it with the command line once and check what is published and what is not.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.load import load_sources
from generator.schema import LAYOUTS, RECORD_KINDS
from generator.settings import load_settings
from generator.validate import validate_records
from tests.conftest import AUTHORITY, AUTHORITY_CODE, make_uscc
from tests.helpers import build_args

CORPUS = Path(__file__).resolve().parent / "exports"
DATA = CORPUS / "data"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
FILES = [f for f in MANIFEST["files"] if not f.get("mapping")]


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


def test_the_corpus_is_what_make_exports_writes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_exports", CORPUS / "make_exports.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(tmp_path)
    committed = {k: v for k, v in _tree(CORPUS).items() if k != "make_exports.py"}
    assert _tree(tmp_path) == committed, "tests/exports is stale: run .venv/bin/python tests/exports/make_exports.py"


def test_at_least_twenty_export_files_each_with_its_source_named() -> None:
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    assert len(FILES) >= 20
    assert len({Path(f["file"]).suffix for f in FILES}) >= 4  # .xlsx, .xls, .csv, .parquet
    for f in MANIFEST["files"]:
        assert f"`{f['file']}`" in sources and f"**{f['source']}**" in sources, f["file"]
        assert (DATA / f["file"]).is_file()


@pytest.fixture(scope="module")
def loaded():
    return load_sources(DATA)


def _rows_of(loaded, file: str) -> list[int]:
    kind = file.split("/")[0]
    frame = loaded.kinds[kind].frame
    mask = (frame["_file"] == file) | frame["_file"].str.startswith(file + "#")
    return frame.loc[mask, "_row"].tolist()


@pytest.mark.parametrize("spec", FILES, ids=[f["file"] for f in FILES])
def test_each_file_is_read_with_its_records_header_row_layout_and_sheets(loaded, spec: dict[str, Any]) -> None:
    file = spec["file"]
    problems = [p for p in loaded.problems + loaded.damaged_files if p.file == file or p.file.startswith(file + "#")]
    assert not [p for p in problems if p.severity == "error"], problems
    assert len(_rows_of(loaded, file)) == spec["records"] - spec.get("withdrawn_in_file", 0)
    header_rows = {p.row for p in problems if p.code == "file-header-row"}
    assert header_rows == ({spec["header_row"]} if spec["header_row"] > 1 else set()), problems
    first = f"{file}#{spec['sheets'][0]}" if "sheets" in spec else file
    assert min(_rows_of(loaded, first)) > spec["header_row"]  # row numbers are the spreadsheet's
    layout = spec.get("layout")
    messages = " ".join(p.message for p in problems if p.code == "file-layout")
    if layout and not LAYOUTS[layout].default:
        assert LAYOUTS[layout].title in messages
    else:
        assert not any(lay.title in messages for lay in LAYOUTS.values() if not lay.default)
    assert sum(p.code == "row-not-data" for p in problems) == spec.get("not_data", 0)
    assert sum(p.code == "row-repeated-header" for p in problems) == spec.get("repeated_header", 0)
    assert sum(p.code == "row-withdrawn-in-file" for p in problems) == spec.get("withdrawn_in_file", 0)
    assert sum(p.code == "row-removed-in-file" for p in problems) == spec.get("removed_in_file", 0)
    assert sorted(p.row for p in problems if p.code == "row-hidden") == spec.get("hidden_rows", [])
    assert [p.row for p in problems if p.code == "file-second-header"] == (
        [spec["second_header"]] if "second_header" in spec else [])
    if "sheets" in spec:
        kind = file.split("/")[0]
        read = set(loaded.kinds[kind].files) & {f"{file}#{s}" for s in spec["sheets"] + [spec.get("skipped_sheet")]}
        assert read == {f"{file}#{s}" for s in spec["sheets"]}
        assert [p.file for p in problems if p.code == "sheet-skipped"] == [f"{file}#{spec['skipped_sheet']}"]


def test_the_2016_numbered_codes_are_read_as_2016_and_the_id_number_never_public(loaded) -> None:
    frame = loaded.kinds["penalties"].frame
    rows = frame[frame["_file"] == "penalties/03_2016标准_中文表头.csv"]
    org = rows[rows["行政处罚决定书文号"] == "甘州市监罚〔2026〕201号"].iloc[0]
    assert org["组织机构代码"] == org["统一社会信用代码"][8:17]  # _2 is the 组织机构代码 in 2016
    assert org["工商注册号"] in ("", "/")  # _3 (工商登记码) was empty
    person = rows[rows["行政处罚决定书文号"] == "甘州市监罚〔2026〕203号"].iloc[0]
    assert person["证件号码"] in MANIFEST["private"] and person["证件类型"] == "身份证"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    work = tmp_path_factory.mktemp("exports")
    result = CliRunner().invoke(main, build_args(DATA, work / "site", work / "report", state=work / "state",
                                                 as_of=MANIFEST["as_of"]))
    assert result.exit_code == 0, result.output
    return work, result.output


def _published(work: Path, kind: str) -> list[dict[str, Any]]:
    lines = (work / "site" / "data" / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_the_real_records_publish_without_hand_edits(built: tuple[Path, str]) -> None:
    work, _ = built
    summary = json.loads((work / "report" / "summary.json").read_text(encoding="utf-8"))
    counts = {k: summary["kinds"][k] for k in RECORD_KINDS}
    read = sum(c["read"] for c in counts.values())
    published = sum(c["published"] for c in counts.values())
    withheld = Counter()
    for c in counts.values():
        withheld.update(c["withheld"])
    # The corpus withdraws two penalties and a 政府采购 list entry and repairs two penalties (tests/exports/data/
    # withdrawals, repairs/); one 政府采购 entry's ban is over (file 44).
    assert withheld == {"withdrawn": 3, "repaired": 2, "expired": 1}
    assert read == sum(f["records"] - f.get("withdrawn_in_file", 0) for f in FILES
                       if f["file"].split("/")[0] in RECORD_KINDS)
    assert published / (read - 6) >= 0.95
    issues = [json.loads(line) for line in (work / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [i for i in issues if i["severity"] == "error"] == []


def test_what_each_list_format_implies_is_published(built: tuple[Path, str]) -> None:
    work, _ = built
    redlist = [r for r in _published(work, "redlist") if r["认定单位"] != "兰州海关"]  # (64: the customs list)
    assert len(redlist) == 4 and {r["名单名称"] for r in redlist} == {"纳税信用A级纳税人"}
    assert all(r["认定文号"] == f"2025年度纳税信用A级（{r['统一社会信用代码']}）" for r in redlist)
    court = [r for r in _published(work, "blacklist") if r["名单名称"] == "失信被执行人名单"]
    assert len(court) == 3 and {r["列入单位"] for r in court} == {"张掖市甘州区人民法院"}
    penalties = {r["行政处罚决定书文号"]: r for r in _published(work, "penalties")}
    assert "甘州市监罚〔2026〕102号" not in penalties  # withdrawn by an .xls written 【2026】
    assert "甘州市监罚〔2026〕101号" not in penalties  # repaired
    assert "甘州市监罚〔2026〕204号" not in penalties  # 当前状态 1 (撤销) in the 2016 export
    assert penalties["甘州市监罚〔2026〕211号"]["处罚类别"] in ("罚款；警告", "罚款;警告", "警告;罚款", "警告；罚款")
    assert penalties["甘州市监罚〔2026〕301号"]["处罚机关"] == "张掖市甘州区市场监督管理局"  # a merged cell, filled down


def test_nothing_personal_is_published_from_the_corpus(built: tuple[Path, str]) -> None:
    work, output = built
    site = work / "site"
    text = "\n".join(p.read_bytes().decode("utf-8", "replace") for p in sorted(site.rglob("*"))
                     if p.is_file() and p.suffix in (".html", ".json", ".jsonl", ".csv", ".xml", ".js", ".txt"))
    for value in MANIFEST["private"]:
        assert value not in text and value not in output
    for person in ("张三丰", "李四海"):  # natural persons: their names are masked
        assert person not in text
    report = (work / "report" / "issues.jsonl").read_text(encoding="utf-8")
    assert not [v for v in MANIFEST["private"] if v in report]


def test_the_corpus_folder_can_be_copied_and_read_again(tmp_path: Path) -> None:
    """The corpus is plain files (no links, nothing outside): a copy reads the same."""
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    assert load_sources(copy).problems == load_sources(DATA).problems


def test_the_report_page_lists_fifty_problems_of_a_kind_per_file_and_counts_every_one(tmp_path: Path) -> None:
    """A file with 120 bad dates: the page lists 50 of them and says 70 more; issues.jsonl, the
    codes table and the rejected rows keep all 120 (issue 24: problems capped in the report)."""
    from tests.conftest import penalty, write_csv

    rows = [penalty(f"甘州市监罚〔2026〕{n}号", "2026-13-45" if n <= 120 else "2026-06-01", serial=300 + n)
            for n in range(1, 124)]
    write_csv(tmp_path / "data" / "penalties" / "p.csv", rows)
    result = CliRunner().invoke(main, ["validate", "--data", str(tmp_path / "data"), "--report",
                                       str(tmp_path / "report"), "--as-of", "2026-11-27"])
    assert result.exit_code == 0, result.output
    issues = [json.loads(line) for line in (tmp_path / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    bad = [i for i in issues if i["code"] == "impossible-date"]
    assert len(bad) == 120 and {i["row"] for i in bad} == set(range(2, 122))
    page = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    listed = [line for line in page.split("<tr class=") if "<code>impossible-date</code>" in line]
    assert len(listed) == 51  # the first 50 rows, then one line for the rest
    assert "还有 70 条同类问题（impossible-date，共 120 条）" in page
    assert "<td>impossible-date</td><td>120</td>" in page  # the codes table counts every one


def test_the_second_attacks_shapes_publish_what_the_files_say(built: tuple[Path, str]) -> None:
    """Files 22-30 (issue 17, second attack): each read as what it holds, whatever its name; the values as
    a careful clerk reads them."""
    work, _ = built
    penalties = {r["行政处罚决定书文号"]: r for r in _published(work, "penalties")}
    licenses = {r["行政许可决定文书号"]: r for r in _published(work, "licenses")}
    # 22: an HTML table saved as .xls; the <br> in a cell is a line break.
    assert penalties["甘州市监罚〔2026〕601号"]["违法事实"] == "当事人销售超过保质期的食品，\n共计10箱。"
    # 23: Excel 2003 XML saved as .xls; the ss:Index gaps keep every value in its column.
    assert penalties["甘州市监罚〔2026〕611号"]["罚款金额(万元)"] == 0.2
    assert penalties["甘州市监罚〔2026〕611号"]["处罚决定日期"] == "2026-05-12"
    # 24: the six codes under one group label are read, not lost (every row needs its credit code).
    assert penalties["甘州市监罚〔2026〕621号"]["统一社会信用代码"].startswith("91620702")
    # 25: amounts in 元 converted to 万元 (never 3000 万元); five date spellings are one date; 合计 is not a record.
    for n in range(630, 635):
        assert penalties[f"甘州市监罚〔2026〕{n}号"]["罚款金额(万元)"] == 0.3
        assert penalties[f"甘州市监罚〔2026〕{n}号"]["处罚决定日期"] == "2026-05-08"
    assert penalties["甘州市监罚〔2026〕630号"]["没收违法所得、没收非法财物的金额(万元)"] == 0.12
    # 26: tab-separated; 处罚金额（万元） is the fine; 数据来源单位 absent, taken from 处罚机关.
    assert penalties["甘州市监罚〔2026〕640号"]["罚款金额(万元)"] == 1.5
    assert penalties["甘州市监罚〔2026〕640号"]["数据来源单位"] == penalties["甘州市监罚〔2026〕640号"]["处罚机关"]
    assert penalties["甘州市监罚〔2026〕640号"]["所属领域"] == "安全生产"  # from the basis: the one-year minimum applies
    # 27-30: UTF-16 text, a UTF-8 mark before GB18030, an XLSX and tab text under .xls.
    for no in ("401", "402", "411", "421", "431"):
        assert licenses[f"甘州市监许〔2026〕{no}号"]["许可类别"] == "普通"
    assert licenses["甘州市监许〔2026〕402号"]["许可决定日期"] == "2026-08-04"
    issues = [json.loads(line) for line in (work / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    said = {(i["file"], i["code"]) for i in issues}
    for file in ("penalties/22_执法系统导出_网页表格.xls", "penalties/23_模板生成_2003XML表格.xls",
                 "licenses/27_另存为Unicode文本.txt", "licenses/28_标记与编码不符.csv", "licenses/29_改名为xls的xlsx.xls",
                 "licenses/30_制表符文本另存为xls.xls"):
        assert (file, "file-format-read") in said, file  # the clerk is told what the file really was
    assert ("penalties/26_部门执法系统.tsv", "column-copied") in said
    assert ("penalties/25_罚款金额以元计.csv", "amount-converted") in said


def test_the_third_attacks_shapes_publish_what_the_files_say(built: tuple[Path, str]) -> None:
    """Files 31-36 (hx6, exports from outside): each record with the values the file shows, or accounted for."""
    work, _ = built
    penalties = {r["行政处罚决定书文号"]: r for r in _published(work, "penalties")}
    # 31: an ODS is read (it was ignored): its date and number cells as written.
    assert penalties["甘州市监罚〔2026〕701号"]["处罚决定日期"] == "2026-09-01"
    assert penalties["甘州市监罚〔2026〕702号"]["罚款金额(万元)"] == 1.2
    # 32: an .xlsm Excel saved: each formula's saved result is the value.
    assert penalties["甘州市监罚〔2026〕710号"]["罚款金额(万元)"] == 0.3
    assert penalties["甘州市监罚〔2026〕711号"]["处罚决定日期"] == "2026-09-04"
    # 33: the second table read by its own header: its swapped columns land in their fields.
    later = penalties["甘州市监罚〔2026〕722号"]
    assert later["违法事实"] == "当事人未按规定开展安全生产教育培训。"
    assert later["处罚依据"] == "《中华人民共和国安全生产法》第九十七条"
    assert later["处罚机关"] == "张掖市甘州区应急管理局" and later["数据来源单位"] == "张掖市甘州区市场监督管理局"
    assert penalties["甘州市监罚〔2026〕720号"]["违法事实"] == "当事人销售超过保质期的食品。"
    # 34: the rows filtered out (hidden) are not published; the others are.
    assert {"甘州市监罚〔2026〕730号", "甘州市监罚〔2026〕732号"} <= set(penalties)
    assert not {"甘州市监罚〔2026〕731号", "甘州市监罚〔2026〕733号"} & set(penalties)
    # 35: the apostrophe is not part of a value; 公文 dates, periods, 01 and a slash are read.
    first, second, third = (penalties[f"甘州市监罚〔2026〕74{n}号"] for n in (1, 2, 3))
    assert first["处罚决定日期"] == "2026-06-03" and first["处罚有效期"] == "2027-06-02"
    assert first["行政相对人类别"] == "法人及非法人组织" and first["处罚类别"] in ("警告;罚款", "警告；罚款")
    assert second["处罚决定日期"] == "2026-06-04" and second["罚款金额(万元)"] == 0.5
    assert second["统一社会信用代码"].startswith("9162") and second["处罚有效期"] == "2027-06-03"
    assert third["处罚决定日期"] == "2026-06-05" and third["处罚有效期"] == "2027-06-04"
    assert third["统一社会信用代码"].startswith("9162") and '"' not in third["统一社会信用代码"]
    # 36: the 严重违法失信名单: its own issuer code (not the court's default), the entity taken off it not published.
    gsxt = [r for r in _published(work, "blacklist") if r["名单名称"] == "严重违法失信名单"]
    assert len(gsxt) == 2 and {r["列入单位统一社会信用代码"] for r in gsxt} == {AUTHORITY_CODE}
    assert all(r["列入文号"] == f"严重违法失信名单（{r['统一社会信用代码']}，{r['列入日期']}）" for r in gsxt)
    court = [r for r in _published(work, "blacklist") if r["名单名称"] == "失信被执行人名单"]
    assert {r["列入单位统一社会信用代码"] for r in court} == {make_uscc(2, prefix="11")}
    removed = next(r for r in MANIFEST["files"] if r["file"].startswith("blacklist/36_"))
    assert removed["removed_in_file"] == 1
    text = (work / "site" / "data" / "blacklist.jsonl").read_text(encoding="utf-8")
    assert make_uscc(617) not in text  # company(117): the entity off the list
    # 37: a far end date is no end (it stopped the build with an internal OverflowError).
    licenses = {r["行政许可决定文书号"]: r for r in _published(work, "licenses")}
    for n in (751, 752, 753):
        assert licenses[f"甘州市监许〔2026〕{n}号"]["有效期至"] == "2099-12-31"
    issues = [json.loads(line) for line in (work / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    said = {(i["file"], i["code"], i["row"]) for i in issues}
    assert ("penalties/34_筛选后保存_含隐藏行.xlsx", "row-hidden", 3) in said
    assert ("penalties/33_上下半年两张表.xlsx", "file-second-header", 7) in said
    assert ("blacklist/36_严重违法失信名单_公示系统.csv", "row-removed-in-file", 5) in said


def test_the_seventh_rounds_shapes_publish_what_the_files_say(built: tuple[Path, str]) -> None:
    """Files 38-41 (hx7, exports from outside): a fine header in its own unit spelling, a revocation and a repair
    list in the platforms' words and columns, the 政府采购 list."""
    work, _ = built
    penalties = {r["行政处罚决定书文号"]: r for r in _published(work, "penalties")}
    # 38: 罚款金额（单位：元） is the fine, in 元 (it was ignored: the fine was published empty).
    assert penalties["甘州市监罚〔2026〕761号"]["罚款金额(万元)"] == 0.2
    # 39: 原行政处罚决定书文号 names the original and 撤回 revokes it (the header stopped the build; the word
    # left the penalty public). 40: a repair result list without 信息类别/修复方式/机关 repairs by the number.
    assert "甘州市监罚〔2026〕762号" not in penalties and "甘州市监罚〔2026〕763号" not in penalties
    summary = json.loads((work / "report" / "summary.json").read_text(encoding="utf-8"))
    # (Round 8 adds a third withdrawal, file 45.)
    assert summary["kinds"]["withdrawals"] == {"read": 3, "rejected": 0, "applied": 3, "pending": 0, "unmatched": 0}
    assert summary["kinds"]["repairs"] == {"read": 2, "rejected": 0, "applied": 2, "pending": 0, "unmatched": 0}
    issues = [json.loads(line) for line in (work / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    said = {(i["file"], i["code"]) for i in issues}
    assert ("repairs/40_信用修复结果.xlsx", "control-missing-column") in said
    # 41: the 政府采购 list: its name and basis, a composed number, the bureau's code, the ban as 备注.
    ccgp = [r for r in _published(work, "blacklist") if r["名单名称"] == "政府采购严重违法失信行为记录名单"
            and r["统一社会信用代码"] in (make_uscc(624), make_uscc(625))]
    assert len(ccgp) == 2 and {r["列入单位"] for r in ccgp} == {"张掖市甘州区财政局"}
    # (Round 8: 一年内禁止参加政府采购活动 from 处罚日期 is the entry's end.)
    assert sorted(r["有效期至"] for r in ccgp) == ["2027-03-10", "2027-04-10"]
    assert {r["列入单位统一社会信用代码"] for r in ccgp} == {make_uscc(6, prefix="11")}
    assert all(r["列入文号"] == f"政府采购严重违法失信行为记录（{r['统一社会信用代码']}，{r['列入日期']}）" for r in ccgp)
    assert all("禁止参加政府采购活动" in r["备注"] and r["列入原因"].startswith("提供虚假材料") for r in ccgp)


def test_a_tax_list_row_with_an_old_tax_number_or_an_id_is_rejected_naming_it(tmp_path: Path) -> None:
    """The tax A-list with a 15-digit 税号 and a TIN that is an ID number: rejected with what to add, never
    as a missing 行政相对人类别, and the ID number never quoted (adv2 D2)."""
    import csv
    import io

    from tests.conftest import make_ric, make_uscc

    person_tin = make_ric("19900101", "456")
    rows = [["2025年度纳税信用A级纳税人名单"], ["序号", "纳税人识别号", "纳税人名称", "评价年度"],
            ["1", "620702123456789", "张掖市老字号酒厂", "2025"], ["2", person_tin, "甘州区王某小吃店", "2025"],
            ["3", make_uscc(901), "张掖市丹霞商贸有限公司", "2025"]]
    text = io.StringIO()
    csv.writer(text).writerows(rows)
    folder = tmp_path / "data" / "redlist"
    folder.mkdir(parents=True)
    (folder / "a.csv").write_bytes(text.getvalue().encode("gb18030"))
    (folder / "columns.toml").write_text(f'[defaults]\n"认定日期" = "2026-04-20"\n"认定单位" = "国家税务总局张掖市甘州区税务局"\n'
                                         f'"认定单位统一社会信用代码" = "{make_uscc(3, prefix="11")}"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", "--data", str(tmp_path / "data"), "--report",
                                       str(tmp_path / "report"), "--as-of", "2026-11-27"])
    assert person_tin not in result.output
    issues = [json.loads(line) for line in (tmp_path / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    errors = {(i["row"], i["code"]): i["message"] for i in issues if i["severity"] == "error"}
    assert (3, "missing-value") not in errors and "税务登记号" in errors[(3, "uscc-required")]
    assert "身份证号码" in errors[(4, "id-required")] and "统一社会信用代码" in errors[(4, "id-required")]
    assert not [k for k in errors if k[0] == 5]  # the row with a credit code is accepted
    assert person_tin not in (tmp_path / "report" / "issues.jsonl").read_text(encoding="utf-8")


def test_the_eighth_rounds_shapes_publish_what_the_files_say(built: tuple[Path, str]) -> None:
    """Files 42-51 (hx8, the seventh round's left items): amounts with magnitudes, timestamps and English dates,
    the 政府采购 ban as the entry's end, a withdrawal by the party's code, exports without a number column, Big5,
    rows hidden in .xls and .ods."""
    work, _ = built
    penalties = {r["行政处罚决定书文号"]: r for r in _published(work, "penalties")}
    # 42: 1万2千元 / 5千 / 1.2万元 / 12.5千元 / 壹万贰仟伍佰元整 in the 万元 column (1200 and 5000 万元 before: refused).
    assert [penalties[f"甘州市监罚〔2026〕80{n}号"]["罚款金额(万元)"] for n in range(1, 6)] == [1.2, 0.5, 1.2, 1.25, 1.25]
    # 43: a 14-digit timestamp and English month names are the decision date.
    assert [penalties[f"甘州市监罚〔2026〕81{n}号"]["处罚决定日期"] for n in range(1, 6)] == [
        f"2026-10-{d}" for d in range(15, 20)]
    # 44: the ban period is the entry's end; the 2025 one-year ban is over (expired, not published).
    ccgp = {r["统一社会信用代码"]: r for r in _published(work, "blacklist")
            if r["名单名称"] == "政府采购严重违法失信行为记录名单"}
    assert make_uscc(640) not in ccgp  # company(140): 一年内 from 2025-05-20, over on 2026-05-20
    assert ccgp[make_uscc(641)]["有效期至"] == "2029-02-10"  # 三年内 from 2026-02-10
    assert ccgp[make_uscc(642)]["有效期至"] == "2027-03-20"  # 12个月内
    # 45: the withdrawal naming company(143) by its code only takes its entry off the list.
    assert make_uscc(643) not in ccgp
    # 46-48: no number column: one composed from the code, the date and the matter.
    commitments = {r["承诺编号"]: r for r in _published(work, "commitments")}
    assert f"信用承诺（{make_uscc(644)}，2026-03-05，食品经营许可告知承诺）" in commitments
    assert commitments[f"信用承诺（{make_uscc(644)}，2026-03-05，食品经营许可告知承诺）"]["承诺类型"] == "审批替代型"
    assert f"公共信用综合评价（{make_uscc(644)}，2026-02-01）" in {r["评价编号"] for r in _published(work, "evaluations")}
    assert f"消费投诉（{make_uscc(644)}，2026-04-01，质量问题）" in {r["投诉编号"] for r in _published(work, "complaints")}
    # 49: Big5: read as Big5, its traditional codes as the contract's; values as written.
    big5 = penalties["甘州市監罰〔2026〕821號"]
    assert big5["行政相对人类别"] == "法人及非法人组织" and big5["处罚类别"] == "罚款" and big5["罚款金额(万元)"] == 0.5
    # 50-51: the hidden rows are not published.
    assert {"甘州市监罚〔2026〕831号", "甘州市监罚〔2026〕833号", "甘州市监罚〔2026〕841号", "甘州市监罚〔2026〕842号"} <= set(penalties)
    assert not {"甘州市监罚〔2026〕832号", "甘州市监罚〔2026〕843号"} & set(penalties)
    issues = [json.loads(line) for line in (work / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    said = {(i["file"], i["code"]) for i in issues}
    for file in ("commitments/46_信用承诺_无编号.csv", "evaluations/47_公共信用综合评价_无编号.xlsx",
                 "complaints/48_12315投诉_无编号.csv"):
        assert (file, "key-composed") in said
    assert ("blacklist/44_政府采购名单_禁止期限.xlsx", "period-counted") in said
    assert ("penalties/49_Big5繁体编码.csv", "file-format-read") in said


def test_the_eighth_rounds_workbook_quirks_and_other_actions_publish_what_the_files_say(built: tuple[Path, str]) -> None:
    """Files 52-63 (hx8, part 2): a 1904 workbook, a zip of exports, 行政相对人 over 名称|代码, text quirks,
    其他行政行为 exports naming their kind by their own headers, the 人社 wage-arrears list."""
    work, _ = built
    penalties = {r["行政处罚决定书文号"]: r for r in _published(work, "penalties")}
    # 52: 1904 serials are 2026 dates (read in the 1900 system the penalties were withheld as expired).
    assert penalties["甘州市监罚〔2026〕851号"]["处罚决定日期"] == "2026-10-23"
    # 53: both exports inside the zip are published.
    assert penalties["甘州市监罚〔2026〕861号"]["处罚决定日期"] == "2026-10-24"
    assert penalties["甘州市监罚〔2026〕862号"]["处罚决定日期"] == "2026-10-25"
    # 54: the code under 行政相对人 | 代码 is the credit code.
    assert penalties["甘州市监罚〔2026〕871号"]["统一社会信用代码"] == make_uscc(658)
    # 55-58: \r line ends, UTF-16 without a mark, HTML under .xlsx, a protected sheet.
    assert {f"甘州市监罚〔2026〕88{n}号" for n in range(1, 5)} <= set(penalties)
    actions = {r["决定文书号"]: r for r in _published(work, "actions")}
    assert actions["甘州市监强〔2026〕3号"]["行为类别"] == "行政强制"
    assert actions["甘州市监强〔2026〕3号"]["行为内容"] == "查封涉嫌过期食品20箱"
    assert actions["甘州市监强〔2026〕3号"]["数据来源单位"] == "张掖市甘州区市场监督管理局"
    assert actions["甘州政奖〔2026〕1号"]["行为类别"] == "行政奖励" and actions["甘州政奖〔2026〕1号"]["决定日期"] == "2026-03-01"
    assert actions["甘州人社认〔2026〕5号"]["行为类别"] == "行政确认" and actions["甘州人社认〔2026〕5号"]["决定日期"] == "2026-04-02"
    checks = {k: r for k, r in actions.items() if r["行为类别"] == "行政监督检查"}
    assert set(checks) == {f"抽查检查（{make_uscc(667)}，2026-06-15）", f"抽查检查（{make_uscc(668)}，2026-06-16）"}
    assert {r["实施机关统一社会信用代码"] for r in checks.values()} == {AUTHORITY_CODE}
    # 64: the customs AEO list: its 高级认证企业 published, its 失信企业 never as honoured.
    aeo = [r for r in _published(work, "redlist") if r["名单名称"] == "海关高级认证企业"]
    assert [r["统一社会信用代码"] for r in aeo] == [make_uscc(675)]
    assert make_uscc(676) not in (work / "site" / "data" / "redlist.jsonl").read_text(encoding="utf-8")
    # 63: the 人社 wage-arrears list: its name and basis implied, a composed number, the department's code.
    wages = [r for r in _published(work, "blacklist") if r["名单名称"] == "拖欠农民工工资失信联合惩戒对象名单"
             and r["统一社会信用代码"] == make_uscc(669)]
    assert len(wages) == 1 and wages[0]["列入文号"] == f"拖欠农民工工资失信联合惩戒（{make_uscc(669)}，2026-03-01）"
    assert wages[0]["列入单位统一社会信用代码"] == make_uscc(9, prefix="11") and wages[0]["列入原因"].startswith("拖欠125名")
    issues = [json.loads(line) for line in (work / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    said = {(i["file"], i["code"]) for i in issues}
    assert ("penalties/52_1904日期系统.xlsx", "file-date-1904") in said
    assert ("penalties/53_平台导出压缩包.zip", "file-format-read") in said


def test_the_ninth_rounds_shapes_publish_what_the_files_say(built: tuple[Path, str]) -> None:
    """Files 65-71 (h9x): a platform's JSON export and a database tool's XML export (both were ignored, their
    records lost), dates as Java platforms serialise them, an ODS in the 1904 date system, a wage-arrears list
    without its arrears columns and the 2016 template with its notes in the headers (both refused whole), and an
    Oracle system's fixed-width spool (taken for a note), and a row hidden in an .xlsb (published)."""
    work, _ = built
    penalties = {r["行政处罚决定书文号"]: r for r in _published(work, "penalties")}
    # 65: Jackson's UTC instant is the Beijing day (read as written it was a day early); epoch milliseconds a date.
    assert penalties["甘州市监罚〔2026〕951号"]["处罚决定日期"] == "2026-10-26"
    assert penalties["甘州市监罚〔2026〕952号"]["处罚决定日期"] == "2026-10-27"
    assert penalties["甘州市监罚〔2026〕951号"]["罚款金额(万元)"] == 0.5  # a JSON number
    # 66: Navicat's RECORD elements, Date.toString() dates.
    assert [penalties[f"甘州市监罚〔2026〕95{n}号"]["处罚决定日期"] for n in (3, 4)] == ["2026-10-28", "2026-10-28"]
    # 67: the ODS's serials counted from its null date, 1904-01-01.
    assert [penalties[f"甘州市监罚〔2026〕95{n}号"]["处罚决定日期"] for n in (5, 6)] == ["2026-10-29", "2026-10-29"]
    # 68: recognised by its title: the list's name, basis, a composed number and the department's code.
    wages = [r for r in _published(work, "blacklist") if r["统一社会信用代码"] == make_uscc(686)]
    assert len(wages) == 1 and wages[0]["名单名称"] == "拖欠农民工工资失信联合惩戒对象名单"
    assert wages[0]["列入文号"] == f"拖欠农民工工资失信联合惩戒（{make_uscc(686)}，2026-09-01）"
    assert wages[0]["列入单位统一社会信用代码"] == make_uscc(9, prefix="11") and wages[0]["列入原因"].startswith("拖欠36名")
    # 69: the 2016 template's headers with their notes: read as the 2016 standard; its 当前状态 1 row not published.
    assert penalties["甘州市监罚〔2026〕961号"]["处罚决定日期"] == "2026-10-30"
    assert "甘州市监罚〔2026〕962号" not in penalties
    # 70: SQL*Plus's fixed-width spool, cut at its rule's columns.
    assert [penalties[f"甘州市监罚〔2026〕97{n}号"]["处罚决定日期"] for n in (1, 2)] == ["2026-11-02", "2026-11-03"]
    assert penalties["甘州市监罚〔2026〕971号"]["处罚机关"] == AUTHORITY
    # 71: the row hidden in the .xlsb is not published; the others are.
    assert {"甘州市监罚〔2026〕981号", "甘州市监罚〔2026〕983号"} <= set(penalties) and "甘州市监罚〔2026〕982号" not in penalties
    issues = [json.loads(line) for line in (work / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    said = {(i["file"], i["code"]) for i in issues}
    assert ("penalties/65_共享平台导出数据.json", "file-format-read") in said
    assert ("penalties/66_数据库工具导出.xml", "file-format-read") in said
    assert ("penalties/67_1904日期系统.ods", "file-date-1904") in said
    assert ("blacklist/68_欠薪失信名单_无拖欠金额列.xlsx", "file-layout") in said
    assert not [i for i in issues if i["file"].startswith(("penalties/6", "blacklist/68")) and i["code"] == "file-unknown-type"]


def test_the_eleventh_rounds_shapes_publish_what_the_files_say(built: tuple[Path, str]) -> None:
    """Files 74-79 (h11x): the 国家企业信用信息公示系统's 行政处罚信息 and 行政许可信息 in the system's own columns (both were
    refused for lacking the template's columns, with no hint), a C/Delphi export padded with NULs (every row was
    rejected as control-characters), the provinces' 信用承诺信息 template and a city platform's 信用综合评价 export (both
    refused), and the tax offices' 重大税收违法失信主体 list (refused). Sources: tests/exports/SOURCES.md (gsxt-penalty,
    gsxt-license, nul-padding, xycn, platform-lists, tax-major)."""
    work, _ = built
    penalties = {r["行政处罚决定书文号"]: r for r in _published(work, "penalties")}
    # 74: the system's headers read; 处罚有效期 left to the publication rules (一般: one year from the decision).
    first = penalties["甘州市监罚〔2026〕1001号"]
    assert first["违法事实"] == "当事人销售超过保质期的食品。" and first["处罚依据"].startswith("《中华人民共和国食品安全法》")
    assert first["违法行为类型"] == "销售过期食品" and first["处罚机关统一社会信用代码"] == AUTHORITY_CODE
    assert first["处罚决定日期"] == "2026-11-11" and first["公示截止日期"] == "2027-11-11"
    assert first["工商注册号"] == "620702600012342"  # 注册号: the registration number, public
    # A person's ID typed into 注册号 is never public; the decision, its company and its basis still are.
    second = penalties["甘州市监罚〔2026〕1002号"]
    assert second["工商注册号"] == "" and second["行政相对人名称"] == make_company(201)
    assert second["处罚依据"].startswith("《中华人民共和国食品安全法》") and second["处罚决定日期"] == "2026-11-12"
    assert "甘州市监罚〔2026〕1003号" in penalties
    # 75: 许可文件编号 is the 许可编号 (the key), 许可文件名称 the certificate's name, 状态 the 当前状态.
    licences = {r["许可编号"]: r for r in _published(work, "licenses")}
    valid, void = licences["JY1620702000001"], licences["JY1620702000002"]
    assert valid["许可证书名称"] == valid["行政许可决定文书名称"] == "食品经营许可证"
    assert valid["许可决定日期"] == valid["有效期自"] == "2026-11-02" and valid["许可类别"] == "普通"
    assert valid["当前状态"] == "有效" and void["当前状态"] == "无效"  # an 无效 licence is shown so, not hidden
    assert valid["许可机关统一社会信用代码"] == AUTHORITY_CODE
    # 76: the NUL padding is not part of the values.
    padded = [penalties[f"甘州市监罚〔2026〕110{n}号"] for n in (1, 2)]
    assert [r["行政相对人名称"] for r in padded] == [make_company(205), make_company(206)]
    assert [r["处罚决定日期"] for r in padded] == ["2026-11-14", "2026-11-15"]
    assert not [v for r in padded for v in r.values() if isinstance(v, str) and "\x00" in v]
    # 77: the 信用承诺信息 template: 承诺事由 is the 承诺事项; its codes read; a person's commitment published without her
    # ID or full name; the commitment for 特定范围内公开 is never published.
    commitments = {r["承诺编号"]: r for r in _published(work, "commitments")}
    kept, in_part = commitments["62070220260305000001"], commitments["62070220260306000002"]
    (person,) = [r for r in commitments.values() if r["承诺事项"] == "自愿作出信用承诺"]
    assert kept["承诺事项"] == "申请办理食品经营许可证" and kept["履约状态"] == "已履约" and kept["做出承诺日期"] == "2026-03-05"
    assert in_part["承诺类型"] == "其他" and "证明事项型" in in_part["备注"] and in_part["履约状态"] == "未履约"
    assert person["行政相对人名称"] == "李**" and person["做出承诺日期"] == "2026-03-07" and person["履约状态"] == "已履约"
    assert "62070220260308000004" not in commitments
    # 78: the platform's 评级 and 评级时间 are the grade and its date; the scheme and the body from columns.toml.
    grades = {r["统一社会信用代码"]: r for r in _published(work, "evaluations")}
    graded = grades[make_uscc(713)]
    assert (graded["评价结果"], graded["评价日期"], graded["评价类型"]) == ("A", "2026-06-30", "公共信用综合评价")
    assert graded["评价编号"] == f"公共信用综合评价（{make_uscc(713)}，2026-06-30）" and "评分" not in graded
    # 79: the 重大税收违法失信主体 list: name, basis and number implied; the facts published, the people it names not.
    (taxed,) = [r for r in _published(work, "blacklist") if r["统一社会信用代码"] == make_uscc(715)]
    assert taxed["名单名称"] == "重大税收违法失信主体名单" and taxed["列入日期"] == "2026-05-20"
    assert taxed["列入文号"] == f"重大税收违法失信主体（{make_uscc(715)}，2026-05-20）"
    assert taxed["列入原因"].startswith("经国家税务总局张掖市税务局稽查局检查") and taxed["备注"].startswith("偷税；依照")
    assert taxed["列入单位"] == "国家税务总局张掖市税务局稽查局" and taxed["法定代表人"] == ""
    issues = [json.loads(line) for line in (work / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    said = {(i["file"], i["code"]): i["message"] for i in issues}
    assert ("commitments/77_信用承诺信息_省平台模板.xlsx", "row-other-list") in said
    assert "“许可决定日期”按“有效期自”" in said[("licenses/75_公示系统_行政许可信息.xlsx", "file-layout")]
    assert "处罚有效期" in said[("penalties/74_公示系统_行政处罚信息.csv", "file-layout")]
    assert not [i for i in issues if i["file"].startswith(("penalties/7", "licenses/75")) and i["severity"] == "error"]


def test_the_twelfth_rounds_shapes_publish_what_the_files_say(built: tuple[Path, str]) -> None:
    """Files 80-82 (h12x): header cells holding the name and the field code (the file was refused for lacking every
    column), a sheet whose used range reaches row 1,048,576 (refused as too large), and Excel's Chinese-Windows CSV
    with sep=, weekday dates and 元 with thousands separators. Sources: tests/exports/SOURCES.md (field-code-header,
    used-range, excel-cn-csv)."""
    work, _ = built
    penalties = {r["行政处罚决定书文号"]: r for r in _published(work, "penalties")}
    # 80: read by the names; the party's credit code and the decision's date as written.
    coded = penalties["甘州市监罚〔2026〕1201号"]
    assert coded["行政相对人名称"] == make_company(220) and coded["统一社会信用代码"] == make_uscc(720)
    assert coded["处罚决定日期"] == "2026-11-16" and coded["处罚机关统一社会信用代码"] == AUTHORITY_CODE
    assert "甘州市监罚〔2026〕1202号" in penalties
    # 81: the two records above the blank used range.
    assert [penalties[f"甘州市监罚〔2026〕121{n}号"]["处罚决定日期"] for n in (1, 2)] == ["2026-11-18", "2026-11-19"]
    # 82: the weekday and the offset are not part of the date; 元 with separators converted to 万元.
    weekday, offset = penalties["甘州市监罚〔2026〕1221号"], penalties["甘州市监罚〔2026〕1222号"]
    assert (weekday["处罚决定日期"], offset["处罚决定日期"]) == ("2026-11-03", "2026-11-04")
    assert float(weekday["罚款金额(万元)"]) == 1.25 and float(offset["罚款金额(万元)"]) == 0.5
    assert weekday["违法事实"] == '当事人销售标注"绿色食品"字样的过期食品。'
    issues = [json.loads(line) for line in (work / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    said = {(i["file"], i["code"]): i["message"] for i in issues}
    assert "数据止于第 3 行" in said[("penalties/81_使用范围到最后一行.xlsx", "file-format-read")]
    assert not [i for i in issues if i["file"].startswith("penalties/8") and i["severity"] == "error"]


def test_a_programs_export_without_row_and_cell_numbers_publishes_its_visible_records(built: tuple[Path, str]) -> None:
    """File 84 (h16x): rows and cells without their r attribute, a hidden record, the used range to row 1,048,576 (the
    file was refused as more than 1,000,000 rows). Source: tests/exports/SOURCES.md (no-cell-references)."""
    work, _ = built
    penalties = {r["行政处罚决定书文号"]: r for r in _published(work, "penalties")}
    first, third = penalties["甘州市监罚〔2026〕1241号"], penalties["甘州市监罚〔2026〕1243号"]
    assert (first["行政相对人名称"], first["统一社会信用代码"]) == (make_company(228), make_uscc(728))
    assert (first["处罚决定日期"], third["处罚决定日期"]) == ("2026-11-22", "2026-11-24")
    assert float(first["罚款金额(万元)"]) == 0.5 and first["处罚机关统一社会信用代码"] == AUTHORITY_CODE
    assert "甘州市监罚〔2026〕1242号" not in penalties  # hidden in Excel: seen by nobody who opens the file
    issues = [json.loads(line) for line in (work / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    said = {(i["file"], i["code"], i["row"]) for i in issues}
    assert ("penalties/84_程序导出_无行号列号.xlsx", "row-hidden", 3) in said
    assert ("penalties/84_程序导出_无行号列号.xlsx", "file-format-read", None) in said


def test_an_excel_95_workbook_publishes_its_text_by_its_code_page(built: tuple[Path, str]) -> None:
    """File 85 (h16x): an .xls in the Excel 5.0/95 format (BIFF5, GBK text by its CODEPAGE record); calamine read it as
    BIFF8 and the garbled header refused the file. Source: tests/exports/SOURCES.md (biff5)."""
    work, _ = built
    penalties = {r["行政处罚决定书文号"]: r for r in _published(work, "penalties")}
    first, last = penalties["甘州市监罚〔2026〕1251号"], penalties["甘州市监罚〔2026〕1254号"]
    assert (first["行政相对人名称"], first["统一社会信用代码"]) == (make_company(232), make_uscc(732))
    assert (first["处罚决定日期"], last["处罚决定日期"]) == ("2026-11-23", "2026-11-26")
    assert first["违法事实"].startswith("当事人销售超过保质期的食品，货值金额较小") and float(first["罚款金额(万元)"]) == 0.5
    assert first["处罚机关"] == AUTHORITY and first["处罚机关统一社会信用代码"] == AUTHORITY_CODE


def test_the_fourteenth_rounds_shapes_publish_what_the_files_say(built: tuple[Path, str]) -> None:
    """Files 86-90 (h17x): an .xls whose used range reaches IV65536 (calamine built 16.7 million cells, 1.4 GB), an
    Excel 95 workbook declaring code page 1252 over Big5 text (refused as missing every column), Oracle's DD-MON-RR
    dates in a Chinese session (bad-date), 其它 for 其他 in a code column and the 2016 standard's 处罚类别 code 4
    (unknown-code). Sources: tests/exports/SOURCES.md (xls-used-range, big5-biff5, oracle-cn-date, 2016-penalty)."""
    work, _ = built
    penalties = {r["行政处罚决定书文号"]: r for r in _published(work, "penalties")}
    # 86: the three records above the blank used range, their dates as the date cells hold them.
    assert [penalties[f"甘州市监罚〔2026〕126{n}号"]["处罚决定日期"] for n in (1, 2, 3)] == [
        "2026-11-16", "2026-11-17", "2026-11-18"]
    assert penalties["甘州市监罚〔2026〕1261号"]["统一社会信用代码"] == make_uscc(736)
    # 87: Big5 read as Big5; the traditional codes are the codes they spell, the names published as written.
    big5 = penalties["甘州市監罰〔2026〕1271號"]  # the number as written, in traditional characters
    assert big5["行政相对人类别"] == "法人及非法人组织" and big5["处罚类别"] == "罚款"
    assert big5["统一社会信用代码"] == make_uscc(739) and big5["处罚决定日期"] == "2026-11-19"
    assert big5["违法事实"].startswith("當事人銷售超過保質期的食品")
    # 88: the Oracle dates as the days they name; 其它-责令改正 as 其他, its kind visible.
    oracle = [penalties[f"甘州市监罚〔2026〕128{n}号"] for n in (1, 2, 3)]
    assert [r["处罚决定日期"] for r in oracle] == ["2026-11-22", "2026-11-23", "2026-11-24"]
    assert oracle[2]["处罚有效期"] == "2029-11-23"
    assert oracle[1]["处罚类别"] == "警告;其他-责令改正"
    # 89: 其它 as 其他; the kind 其它-备案 names kept in 备注.
    licences = {r["行政许可决定文书号"]: r for r in _published(work, "licenses")}
    assert licences["甘州市监许〔2026〕891号"]["许可类别"] == "其他"
    assert licences["甘州市监许〔2026〕892号"]["许可类别"] == "其他" and "其他-备案" in licences["甘州市监许〔2026〕892号"]["备注"]
    # 90: the 2016 code 4 made definite by 处罚结果; a revoked licence is a serious penalty.
    revoked, suspended = penalties["甘州市监罚〔2026〕1291号"], penalties["甘州市监罚〔2026〕1292号"]
    assert (revoked["处罚类别"], revoked["失信程度"]) == ("吊销许可证件", "严重")
    assert suspended["处罚类别"] == "暂扣许可证件;罚款" and suspended["失信程度"] == "一般"
    issues = [json.loads(line) for line in (work / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    said = " ".join(i["message"] for i in issues if i["file"] == "penalties/86_使用范围到IV65536.xls"
                    and i["code"] == "file-format-read")
    assert "使用范围到第 65,536 行，数据止于第 4 行" in said and "使用范围到 IV 列，数据止于 AD 列" in said
    assert not [i for i in issues if i["file"].startswith(("penalties/8", "penalties/90", "licenses/89"))
                and i["severity"] == "error"]


def test_the_fifteenth_rounds_shapes_publish_what_the_files_say(built: tuple[Path, str]) -> None:
    """Files 91-96 (h19x): a bare 罚款金额 under a title row stating 金额单位：元 or （单位：万元） (the amounts were
    withheld as column-amount-unit-unknown), 罚款金额 见附件 / 详见决定书 (each penalty refused as bad-amount),
    证件类型 written as GA/T 517 codes (111), a credit site's JSON keyed by camelCase field codes (cfXdrMc: the
    file was refused and the build stopped) and a 政务服务 platform's 电子证照 export (refused for lacking nine columns).
    Sources: tests/exports/SOURCES.md (unit-above, amount-referred, id-type-code, creditchina-json, dzzz)."""
    work, _ = built
    penalties = {r["行政处罚决定书文号"]: r for r in _published(work, "penalties")}
    # 91-92: read in the unit the title states; the party's name and the decision date published beside it.
    assert [penalties[f"甘州市监罚〔2026〕130{n}号"]["罚款金额(万元)"] for n in (1, 2, 3)] == [0.5, 0.08, 0.3]
    assert penalties["甘州市监罚〔2026〕1301号"]["行政相对人名称"] == make_company(249)
    assert penalties["甘州市监罚〔2026〕1302号"]["处罚决定日期"] == "2026-11-21"
    # 93: published without the amount, the rest as written.
    referred = [penalties[f"甘州市监罚〔2026〕131{n}号"] for n in (1, 2, 3)]
    assert [r["罚款金额(万元)"] for r in referred] == [None, None, None]
    assert referred[1]["处罚内容"] == "没收违法所得并处罚款" and referred[0]["行政相对人名称"] == make_company(252)
    assert penalties["甘州市监罚〔2026〕1314号"]["罚款金额(万元)"] == 0.5  # 5000元（大写：伍仟元整）
    # 94: the person's penalty published with its number and date, the name masked; the shop's with its name.
    person, shop = penalties["甘州市监罚〔2026〕1321号"], penalties["甘州市监罚〔2026〕1322号"]
    assert person["处罚决定日期"] == "2026-11-25" and person["行政相对人名称"] != "李四海"
    assert person["行政相对人名称"].startswith("李") and shop["行政相对人名称"] == "甘州区李记小吃店"
    # 96: 电子证照: the licence's number is the key, its name and issue date the decision's; the person's name masked.
    licences = {r["许可编号"]: r for r in _published(work, "licenses")}
    org, person_licence = licences["JY16207020026001"], licences["JY26207020026002"]
    assert (org["行政相对人名称"], org["行政许可决定文书名称"], org["许可决定日期"], org["有效期至"], org["许可类别"]) == (
        make_company(260), "食品经营许可证", "2026-11-06", "2031-11-05", "普通")
    assert org["许可机关"] == AUTHORITY and org["许可内容"] == "食品经营许可（预包装食品销售）"
    assert person_licence["行政相对人名称"] == "欧***" and person_licence["许可决定日期"] == "2026-11-09"
    site_text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in (work / "site").rglob("*")
                          if p.is_file() and p.suffix in (".html", ".json", ".jsonl", ".csv"))
    assert "欧阳玉兰" not in site_text
    # 95: every field under its camelCase code, the amount a JSON number, the date with its midnight.
    camel = [penalties[f"甘州市监罚〔2026〕133{n}号"] for n in (1, 2)]
    assert [(r["处罚决定日期"], r["罚款金额(万元)"]) for r in camel] == [("2026-11-25", 0.2), ("2026-11-26", 0.3)]
    assert camel[0]["行政相对人名称"] == make_company(257) and camel[0]["统一社会信用代码"] == make_uscc(757)
    assert camel[1]["处罚机关"] == AUTHORITY and camel[1]["违法事实"] == "当事人销售超过保质期的食品。"
    issues = [json.loads(line) for line in (work / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    mine = [i for i in issues if i["file"].startswith(("penalties/91", "penalties/92", "penalties/93", "penalties/94",
                                                        "penalties/95", "licenses/96"))]
    said = {(i["file"][10:12], i["code"]) for i in mine if i["severity"] == "warning"}
    assert {("91", "column-amount-unit-from-title"), ("92", "column-amount-unit-from-title"),
            ("93", "amount-not-stated")} <= said
    assert not [i for i in mine if i["severity"] == "error" or i["code"] == "column-amount-unit-unknown"]
    accepted = validate_records(load_sources(DATA), dt.date.fromisoformat(MANIFEST["as_of"]),
                                load_settings()).kinds["penalties"].accepted
    read = accepted[accepted["行政处罚决定书文号"].isin(["甘州市监罚〔2026〕1321号", "甘州市监罚〔2026〕1322号"])]
    assert sorted(read["证件类型"]) == ["", "居民身份证"] and sorted(read["法定代表人证件类型"]) == ["", "居民身份证"]


def make_company(serial: int) -> str:
    """The synthetic company name make_exports.py gives serial `serial`."""
    spec = importlib.util.spec_from_file_location("make_exports", CORPUS / "make_exports.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.company(serial)[0]
