"""Values and headers platforms write (the outsider h22e's group C) and three shapes left from session 15.

Shapes (values synthetic) and where they come from:
- 行为类别 as 权力清单 / 权责清单 name the kinds of power (职权类型): 中共中央办公厅 国务院办公厅《关于推行地方各级政府工作
  部门权力清单制度的指导意见》(2015) lists 行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、
  行政裁决和其他类别 (as in 浙江/江苏 权力清单, http://theory.rmlt.com.cn/2015/0612/391083_3.shtml); 国办发〔2024〕54号
  《关于严格规范涉企行政检查的意见》 names 行政检查 and the laws' 监督检查; 《中华人民共和国行政强制法》第二条: 行政强制包括
  行政强制措施和行政强制执行 (h22e action-category-words).
- A code written as a float: pandas writes an integer column holding a missing value as float64 (`1.0`), and so does
  `DataFrame.to_csv` (https://pandas.pydata.org/docs/user_guide/gotchas.html, "Support for integer NA"); Excel shows a
  number cell formatted with decimals as `1.00` (h22e party-class-codes).
- Honour lists: RedBlackList.java (github s9797456/projectCooperation CreditRatingClient/src/com/credit/modelvo: 企业名称 ·
  组织机构代码 · 工商注册号 · 荣誉名称 · 认定单位 · 认定文案 · 认定时间 · 法人, h22e redlist-honor-bean); a 法人红榜上传模板
  (DepartmentCreditRedUploadDTO.java: 荣誉名称 · 认定文号 · 认定日期 · 认定部门全称); 浙江省公共信用红名单信息 (红名单类型 ·
  认定时间 · 认定单位名称 · 认定文号). Blacklists: 住房和城乡建设部 四库一平台 jzsc.mohurd.gov.cn 黑名单记录 (黑名单认定依据 ·
  认定部门 · 列入黑名单日期); a 地质勘查单位 严重失信主体名单 (严重失信主体名单认定依据 · 认定部门 · 列入严重失信主体名单日期).
- JavaScript `Date.prototype.toString()` (ECMA-262 §21.4.4.41) of a date built from fields no calendar has, as a form
  posts it (`Tue Feb 30 2026 00:00:00 GMT+0800 (中国标准时间)`), and Java `Date.toString()` likewise.
- A GBK/GB18030 column limited in bytes (Oracle VARCHAR2(n BYTE) in a ZHS16GBK database, SUBSTRB) cuts a two-byte
  character after its lead byte (GB 18030-2022 6.2: lead byte 81-FE, trail byte 40-7E or 80-FE).
- Two exports joined (`copy /b a.csv+b.csv`): the second header in the middle of the file (h21e bom-middle).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import (
    AUTHORITY,
    AUTHORITY_CODE,
    listing,
    make_ric,
    party,
    penalty,
    run_build,
    run_pipeline,
    write_csv,
    write_folder,
    write_xlsx,
)

AS_OF = "2026-11-27"


def _action(no: str, category: str, **extra: str) -> dict[str, str]:
    row = party(**{k: v for k, v in extra.items() if k in ("name", "category", "code", "serial")})
    row.update({"行为类别": category, "决定文书号": no, "行为依据": "《中华人民共和国食品安全法》第八十七条",
                "行为内容": "食品安全监督抽查：合格", "决定日期": "2026-10-05", "实施机关": AUTHORITY,
                "实施机关统一社会信用代码": AUTHORITY_CODE, "数据来源单位": AUTHORITY,
                "数据来源单位统一社会信用代码": AUTHORITY_CODE})
    return row


def _errors(run, column: str) -> dict[int | None, str]:  # noqa: ANN001 - tests.helpers.Run
    return {p.row: p.message for p in run.validated.problems if p.severity == "error" and p.column == column}


# -- 1. 行为类别 as the 权力清单 name it ------------------------------------------------------------

@pytest.mark.parametrize(("written", "category"), [
    ("行政检查", "行政监督检查"), ("监督检查", "行政监督检查"),
    ("行政强制措施", "行政强制"), ("行政强制执行", "行政强制"),
    ("行政奖励", "行政奖励"),  # (the contract's own word, as before)
])
def test_power_list_types_are_read_as_the_contracts_action_category(data_dir: Path, written: str,
                                                                     category: str) -> None:
    run = run_pipeline(write_folder(data_dir, {"actions": [_action("甘州市监检〔2026〕1号", written)]}), AS_OF)
    assert not _errors(run, "行为类别")
    assert run.row("actions", "甘州市监检〔2026〕1号")["行为类别"] == category


def test_a_type_with_no_category_names_the_columns_toml_mapping(data_dir: Path) -> None:
    # 其他行政权力 (the guidance's 其他类别) is none of the contract's: refused, and the message says how a clerk who
    # knows which it is writes so (as the message for a system's numeric 许可类别 codes does).
    run = run_pipeline(write_folder(data_dir, {"actions": [_action("甘州市监检〔2026〕1号", "其他行政权力")]}), AS_OF)
    message = _errors(run, "行为类别")[2]
    assert "不在代码表中" in message and '[values."行为类别"] "其他行政权力" = "行政强制"' in message
    assert "columns.toml" in message


def test_a_name_typed_as_the_category_is_not_copied_into_the_example_line(data_dir: Path) -> None:
    # The other way: a person's name where the category belongs is masked where quoted, and not repeated unmasked in
    # the columns.toml example (the 行为内容 and 文书号 beside it are still what the message names).
    run = run_pipeline(write_folder(data_dir, {"actions": [_action("甘州市监检〔2026〕1号", "王秀英")]}), AS_OF)
    message = _errors(run, "行为类别")[2]
    assert "王秀英" not in message and '"本系统的写法" = "行政强制"' in message


def test_the_columns_toml_mapping_the_message_names_is_read(data_dir: Path) -> None:
    data = write_folder(data_dir, {"actions": [_action("甘州市监检〔2026〕1号", "其他行政权力")]})
    (data / "actions" / "columns.toml").write_text('[values."行为类别"]\n"其他行政权力" = "行政确认"\n', encoding="utf-8")
    run = run_pipeline(data, AS_OF)
    assert not _errors(run, "行为类别")
    assert run.row("actions", "甘州市监检〔2026〕1号")["行为类别"] == "行政确认"


def test_a_type_of_another_kind_says_which_folder(data_dir: Path) -> None:
    # 行政许可 / 行政处罚 are power-list types too, but other kinds of this contract: not "map it", "move it".
    run = run_pipeline(write_folder(data_dir, {"actions": [_action("甘州市监许〔2026〕1号", "行政许可")]}), AS_OF)
    message = _errors(run, "行为类别")[2]
    assert "licenses 文件夹" in message and "[values." not in message


# -- 2. codes written as floats -------------------------------------------------------------------

def test_party_category_codes_written_as_floats_are_read(tmp_path: Path) -> None:
    # h22e party-class-codes through the CLI: 1.0, 01.0 and 1.00 are the 2019 template's code 1; the page and the open
    # data say 法人及非法人组织.
    rows = [penalty(f"甘州市监罚〔2026〕{i + 1}号", "2026-10-05", category=code, serial=200 + i)
            for i, code in enumerate(("1.0", "01.0", "1.00", "01"))]
    data = write_folder(tmp_path / "data", {"penalties": rows})
    status, printed = run_build(data, tmp_path / "site", tmp_path / "report", state=tmp_path / "state", as_of=AS_OF)
    assert status == 0, printed
    published = [json.loads(line) for line in
                 (tmp_path / "site" / "data" / "penalties.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(published) == 4 and {r["行政相对人类别"] for r in published} == {"法人及非法人组织"}


def test_a_real_fraction_in_a_coded_column_is_still_refused(data_dir: Path) -> None:
    row = penalty("甘州市监罚〔2026〕1号", "2026-10-05", category="1.5")
    run = run_pipeline(write_folder(data_dir, {"penalties": [row]}), AS_OF)
    message = _errors(run, "行政相对人类别")[2]
    assert "“1.5” 不在代码表中" in message and "[values." not in message  # no one's own name for a code


def test_an_identity_document_code_written_as_a_float_is_read(data_dir: Path) -> None:
    # 111 (GA/T 517 居民身份证) written 111.0: the person's document is known, so the number is masked as one.
    number = make_ric("19800101", "123")
    row = penalty("甘州市监罚〔2026〕1号", "2026-10-05", name="王秀英", category="2.0", 证件类型="111.0", 证件号码=number)
    run = run_pipeline(write_folder(data_dir, {"penalties": [row]}), AS_OF)
    accepted = run.validated.kinds["penalties"].accepted.iloc[0]
    assert accepted["证件类型"] == "居民身份证" and accepted["行政相对人类别"] == "自然人"
    assert not run.validated.problems or all(p.severity != "error" for p in run.validated.problems)


def test_a_systems_own_code_written_as_a_float_is_read_by_its_columns_toml(data_dir: Path) -> None:
    # [values."处罚类别"] "1" = "警告" (the folder's own codes) reads 1.0 and 1.0;2.0 too.
    rows = [penalty("甘州市监罚〔2026〕1号", "2026-10-05", 处罚类别="1.0"),
            penalty("甘州市监罚〔2026〕2号", "2026-10-05", serial=101, 处罚类别="1.0;2.0")]
    data = write_folder(data_dir, {"penalties": rows})
    (data / "penalties" / "columns.toml").write_text('[values."处罚类别"]\n"1" = "警告"\n"2" = "罚款"\n', encoding="utf-8")
    run = run_pipeline(data, AS_OF)
    assert not _errors(run, "处罚类别")
    assert run.row("penalties", "甘州市监罚〔2026〕1号")["处罚类别"] == "警告"
    assert run.row("penalties", "甘州市监罚〔2026〕2号")["处罚类别"] == "警告;罚款"


# -- 3. honour-list and blacklist headers ----------------------------------------------------------

def test_the_honour_list_bean_is_read(tmp_path: Path) -> None:
    # RedBlackList.java's columns (h22e redlist-honor-bean) with the 认定文号 and the issuer's code the contract needs:
    # 荣誉名称 is the list's name, 认定时间 its date, 认定部门 the body.
    header = ["企业名称", "统一社会信用代码", "荣誉名称", "认定部门", "认定文号", "认定时间", "认定单位统一社会信用代码"]
    row = listing("redlist", "张市监发〔2026〕12号", "2026-03-01")
    values = {"企业名称": row["行政相对人名称"], "统一社会信用代码": row["统一社会信用代码"], "荣誉名称": "守合同重信用企业",
              "认定部门": AUTHORITY, "认定文号": "张市监发〔2026〕12号", "认定时间": "2026-03-01",
              "认定单位统一社会信用代码": AUTHORITY_CODE}
    write_xlsx(tmp_path / "data" / "redlist" / "红名单.xlsx", [values], header=header)
    status, printed = run_build(tmp_path / "data", tmp_path / "site", tmp_path / "report", state=tmp_path / "state",
                                as_of=AS_OF)
    assert status == 0, printed
    published = json.loads((tmp_path / "site" / "data" / "redlist.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert published["名单名称"] == "守合同重信用企业" and published["认定日期"] == "2026-03-01"
    assert published["认定单位"] == AUTHORITY


def test_the_beans_document_column_is_named_not_guessed(data_dir: Path) -> None:
    # 认定文案 may hold the number or the document's text: the refused file's message says which line reads it.
    header = ["企业名称", "统一社会信用代码", "荣誉名称", "认定单位", "认定文案", "认定时间", "认定单位统一社会信用代码"]
    row = listing("redlist", "张市监发〔2026〕12号", "2026-03-01")
    values = {"企业名称": row["行政相对人名称"], "统一社会信用代码": row["统一社会信用代码"], "荣誉名称": "守合同重信用企业",
              "认定单位": AUTHORITY, "认定文案": "张市监发〔2026〕12号", "认定时间": "2026-03-01",
              "认定单位统一社会信用代码": AUTHORITY_CODE}
    write_csv(data_dir / "redlist" / "红名单.csv", [values], header=header)
    from generator.load import load_sources

    problems = load_sources(data_dir).damaged_files
    missing = " ".join(p.message for p in problems if p.code == "file-missing-column")
    assert "缺少必填列 认定文号。" in missing and '"认定文案" = "认定文号"' in missing


@pytest.mark.parametrize("header", [
    ("黑名单认定依据", "认定部门", "列入黑名单日期"),  # 住建部 四库一平台
    ("严重失信主体名单认定依据", "认定部门", "列入严重失信主体名单日期"),  # 地质勘查单位 严重失信主体名单
    ("列入依据", "列入单位", "列入时间"),
])
def test_blacklist_headers_platforms_write_are_read(data_dir: Path, header: tuple[str, str, str]) -> None:
    basis, body, day = header
    row = listing("blacklist", "建市〔2026〕7号", "2026-09-01")
    row[basis], row[body], row[day] = row.pop("列入依据"), row.pop("列入单位"), row.pop("列入日期")
    run = run_pipeline(write_folder(data_dir, {"blacklist": [row]}), AS_OF)
    decided = run.row("blacklist", "建市〔2026〕7号")
    assert decided["列入日期"] == "2026-09-01" and decided["列入单位"] == AUTHORITY
    assert decided["列入依据"] == "《保障农民工工资支付条例》"


# -- 4. left from session 15 -----------------------------------------------------------------------

@pytest.mark.parametrize("written", [
    "Tue Feb 30 2026 00:00:00 GMT+0800 (中国标准时间)",  # no 30 February
    "Mon Oct 05 2026 25:00:00 GMT+0800",  # no 25th hour
    "Fri Feb 30 00:00:00 CST 2026",  # Java Date.toString()
])
def test_a_program_date_that_is_no_real_day_is_refused_and_shown(data_dir: Path, written: str) -> None:
    # Its nine figures hid it as a number (“（不显示该值）”): the clerk could not see what was wrong.
    run = run_pipeline(write_folder(data_dir, {"penalties": [penalty("甘州市监罚〔2026〕1号", "2026-10-05",
                                                                     公示截止期=written)]}), AS_OF)
    problems = [p for p in run.validated.problems if p.column == "公示截止期"]
    assert [p.code for p in problems] == ["impossible-date"]
    assert f"“{written[:40]}”" in problems[0].message and "不显示该值" not in problems[0].message


def test_a_number_laid_out_otherwise_is_still_not_shown(data_dir: Path) -> None:
    # The other way: nine figures that are no date's layout (a document number, a phone) stay hidden.
    for written in ("Tue Feb 30 2026 13912345678", "E76543210 2026"):
        run = run_pipeline(write_folder(data_dir, {"penalties": [penalty("甘州市监罚〔2026〕1号", "2026-10-05",
                                                                         公示截止期=written)]}), AS_OF)
        message = _errors(run, "公示截止期")[2]
        assert "不显示该值" in message and written not in message


def _gb18030_cut(path: Path, cut_row: int, cut: bytes) -> None:
    """Three penalties as GB18030 CSV, row `cut_row`'s 违法事实 replaced by the bytes `cut`."""
    rows = [penalty(f"甘州市监罚〔2026〕{i}号", "2026-10-05", serial=100 + i) for i in (1, 2, 3)]
    write_csv(path, rows, encoding="gb18030")
    fact = "当事人销售超过保质期的食品。".encode("gb18030")
    raw = path.read_bytes()
    at = -1
    for _ in range(cut_row - 1):
        at = raw.index(fact, at + 1)
    path.write_bytes(raw[:at] + cut + raw[at + len(fact):])


def test_a_gb18030_cell_cut_inside_a_character_is_read_and_named(tmp_path: Path) -> None:
    # 品 (C6 B7) cut after its lead byte at the cell's end: the file was refused whole, naming no row.
    data = tmp_path / "data"
    _gb18030_cut(data / "penalties" / "导出.csv", 3, "当事人销售超过保质期的食".encode("gb18030") + b"\xc6")
    status, printed = run_build(data, tmp_path / "site", tmp_path / "report", state=tmp_path / "state", as_of=AS_OF)
    assert status == 0, printed
    issues = [json.loads(line) for line in (tmp_path / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(i["code"], i["row"], i["column"]) for i in issues if i["code"] == "cell-cut-character"] == \
        [("cell-cut-character", 3, "违法事实")]
    published = (tmp_path / "site" / "data" / "penalties.jsonl").read_text(encoding="utf-8").splitlines()
    facts = {json.loads(line)["行政处罚决定书文号"]: json.loads(line)["违法事实"] for line in published}
    assert facts["甘州市监罚〔2026〕2号"] == "当事人销售超过保质期的食" and len(facts) == 3


def test_a_gb18030_cut_before_a_bar_delimiter_is_put_back_apart(data_dir: Path) -> None:
    # `|`-separated GB18030 text (.dat/.txt, h21e extensions-various): the bar is a trail byte, so the cut lead byte C6
    # and the bar decoded as one character (苵) and 违法事实 ran into 处罚依据, every later cell one column left,
    # nothing reported. The row is put back apart and the cut cell named.
    path = data_dir / "penalties" / "导出.txt"
    _gb18030_cut(path, 3, "当事人销售超过保质期的食".encode("gb18030") + b"\xc6")
    path.write_bytes(path.read_bytes().replace(b",", b"|"))
    from generator.load import load_sources

    sources = load_sources(data_dir)
    frame = sources.kinds["penalties"].frame.set_index("_row")
    assert frame.loc[3, "违法事实"] == "当事人销售超过保质期的食"
    assert frame.loc[3, "处罚依据"] == "《中华人民共和国食品安全法》第一百二十四条" and frame.loc[3, "处罚类别"] == "罚款"
    assert [(p.code, p.row, p.column) for p in sources.problems if p.code == "cell-cut-character"] == [
        ("cell-cut-character", 3, "违法事实")]


def test_a_character_ending_in_the_bar_byte_in_a_whole_row_is_kept(data_dir: Path) -> None:
    # The other way: 亅 (GB18030 81 7C) in a row as wide as the header is a character, not a cut and a bar.
    rows = [penalty(f"甘州市监罚〔2026〕{i}号", "2026-10-05", serial=100 + i, 备注="亅") for i in (1, 2)]
    path = write_csv(data_dir / "penalties" / "导出.txt", rows, encoding="gb18030")
    path.write_bytes(path.read_bytes().replace(b",", b"|"))
    from generator.load import load_sources

    sources = load_sources(data_dir)
    assert list(sources.kinds["penalties"].frame["备注"]) == ["亅", "亅"]
    assert not [p for p in sources.problems if p.code == "cell-cut-character"]


def test_gb18030_bytes_broken_inside_a_cell_refuse_the_file_naming_the_row(data_dir: Path) -> None:
    # A lead byte in the middle of a cell: what it held cannot be known. Still refused, now naming row and column.
    # (A space after the lead byte: no trail byte, so the lead byte stands alone inside the cell.)
    _gb18030_cut(data_dir / "penalties" / "导出.csv", 2, "当事人".encode("gb18030") + b"\xc6 " + "销售".encode("gb18030"))
    from generator.load import load_sources

    problems = [p for p in load_sources(data_dir).damaged_files if p.code == "file-undecodable"]
    assert len(problems) == 1 and problems[0].row == 2
    assert "第 2 行" in problems[0].message and "（违法事实）" in problems[0].message


def test_a_header_repeated_at_a_page_break_gets_its_own_message(data_dir: Path) -> None:
    # An .xlsx printed to pages with its header repeated (as a report tool writes it): the row is named a repeated header.
    rows = [penalty("甘州市监罚〔2026〕1号", "2026-10-05"), penalty("甘州市监罚〔2026〕2号", "2026-10-05", serial=101)]
    header = list(rows[0])
    write_xlsx(data_dir / "penalties" / "台账.xlsx", [rows[0], dict(zip(header, header)), rows[1]], header=header)
    from generator.load import load_sources

    sources = load_sources(data_dir)
    repeated = [p for p in sources.problems if p.code == "row-repeated-header"]
    assert [p.row for p in repeated] == [3] and "与第 1 行的表头相同" in repeated[0].message
    assert not [p for p in sources.problems if p.code == "row-not-data"]
