"""Real export shapes an outsider dropped in (h20e's report, session 14): each is built with the command
line as staff would build it, and what is published (and what the report says) is checked both ways:
the fixed shape read right, and the neighbouring shape the loader must still refuse or hold.

Every shape names its source (a standard's clause or a public page) in the test.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from tests.conftest import AUTHORITY
from tests.helpers import penalty, run_build, write_csv


def _build(tmp_path: Path) -> tuple[int, dict[str, list[dict[str, str]]], list[dict[str, Any]]]:
    """Build tmp_path/data with the CLI: (exit status, published rows per kind, issues.jsonl lines)."""
    code, _ = run_build(tmp_path / "data", tmp_path / "out", tmp_path / "report", state=tmp_path / "state",
                        as_of="2026-12-01")
    published: dict[str, list[dict[str, str]]] = {}
    for path in sorted((tmp_path / "out" / "data").glob("*.csv")):
        with path.open(encoding="utf-8-sig") as handle:
            published[path.stem] = list(csv.DictReader(handle))
    issues_file = tmp_path / "report" / "issues.jsonl"
    issues = [json.loads(line) for line in issues_file.read_text(encoding="utf-8").splitlines()] \
        if issues_file.exists() else []
    return code, published, issues


def _codes(issues: list[dict[str, Any]]) -> list[str]:
    return [i["code"] for i in issues]


# -- 1. hidden columns (h20e case 4) -------------------------------------------------------------------


def _hidden_column_workbook(path: Path, rows: list[dict[str, str]], hidden: int) -> None:
    import xlsxwriter

    header = list(rows[0])
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Sheet1")
    sheet.write_row(0, 0, header)
    for r, row in enumerate(rows, start=1):
        sheet.write_row(r, 0, [row[h] for h in header])
    # ECMA-376 Part 1, 18.3.1.13 (col, hidden="1"): the column is in the file, nobody who opens it sees it.
    sheet.set_column(hidden, hidden, None, None, {"hidden": True})
    workbook.close()


def test_a_hidden_column_is_not_read_and_the_visible_amount_is_published(tmp_path: Path) -> None:
    # h20e case hidden-column-stale: the 2019 template with an old 罚款金额（元） = 3000 hidden before the
    # visible 罚款金额（万元） = 0.2 (the old fine column left by a template change, hidden, not deleted).
    row = penalty("甘州市监罚〔2026〕961号")
    stale = {"罚款金额（元）": "3000", **row}
    _hidden_column_workbook(tmp_path / "data" / "penalties" / "隐藏列_旧金额.xlsx", [stale], hidden=0)
    code, published, issues = _build(tmp_path)
    assert code == 0
    [record] = published["penalties"]
    assert record["罚款金额(万元)"] == "0.2"  # the visible column, never the hidden 3000 元 (0.3 万元)
    assert record["行政处罚决定书文号"] == "甘州市监罚〔2026〕961号" and record["处罚机关"] == AUTHORITY
    hidden = [i for i in issues if i["code"] == "column-hidden"]
    assert len(hidden) == 1 and hidden[0]["column"] == "罚款金额(元)" and "隐藏" in hidden[0]["message"]
    assert "file-duplicate-column" not in _codes(issues)


def test_a_visible_second_amount_column_is_still_said_to_be_a_duplicate(tmp_path: Path) -> None:
    # The neighbour: the same two columns, both visible — the first is read and the second named, as before.
    row = penalty("甘州市监罚〔2026〕962号")
    path = tmp_path / "data" / "penalties" / "两列金额.xlsx"
    _hidden_column_workbook(path, [{"罚款金额（元）": "2000", **row}], hidden=40)  # a column past the table
    code, published, issues = _build(tmp_path)
    assert code == 0 and published["penalties"][0]["罚款金额(万元)"] == "0.2"
    assert "file-duplicate-column" in _codes(issues) and "column-hidden" not in _codes(issues)


def test_a_hidden_column_of_a_withdrawal_is_still_read(tmp_path: Path) -> None:
    # h19s's S4 for rows, here for columns: hiding a withdrawal's column does not undo the withdrawal.
    data = tmp_path / "data"
    write_csv(data / "penalties" / "penalties.csv", [penalty("甘州市监罚〔2026〕963号"), penalty("甘州市监罚〔2026〕964号")])
    _hidden_column_workbook(data / "withdrawals" / "撤销.xlsx",
                            [{"信息类别": "行政处罚", "原决定文书号": "甘州市监罚〔2026〕963号", "撤销类型": "撤销",
                              "撤销日期": "2026-10-01", "撤销原因": "认定事实不清", "作出机关": AUTHORITY}], hidden=1)
    code, published, issues = _build(tmp_path)
    assert [r["行政处罚决定书文号"] for r in published["penalties"]] == ["甘州市监罚〔2026〕964号"]
    assert "control-hidden-applied" in _codes(issues)


# -- 2. continuation rows of a table converted from a PDF (h20e case 5) ------------------------------------


def test_a_pdf_continuation_row_is_joined_to_the_row_above(tmp_path: Path) -> None:
    # WPS "PDF转Excel" of a 行政处罚 公示 PDF: a long cell wraps, the next row holds only the rest of 违法事实 and
    # 处罚依据 (h20e's penalties/PDF转换.csv). The law article is published whole, the wrap row is no record.
    cut = penalty("甘州市监罚〔2026〕971号", 违法事实="当事人于2026年8月销售超过保质期的",
                  处罚依据="《中华人民共和国食品安全法》第一百二")
    rest = {k: "" for k in cut} | {"违法事实": "食品共计12箱。", "处罚依据": "十四条"}
    write_csv(tmp_path / "data" / "penalties" / "PDF转换.csv", [cut, rest])
    code, published, issues = _build(tmp_path)
    assert code == 0
    [record] = published["penalties"]
    assert record["处罚依据"] == "《中华人民共和国食品安全法》第一百二十四条"
    assert record["违法事实"] == "当事人于2026年8月销售超过保质期的食品共计12箱。"
    assert record["处罚机关"] == AUTHORITY and record["罚款金额(万元)"] == "0.2"
    [joined] = [i for i in issues if i["code"] == "row-continuation-joined"]
    assert joined["row"] == 3 and "第 2 行" in joined["message"]
    assert "missing-value" not in _codes(issues)


def test_a_text_row_under_an_empty_cell_is_no_continuation(tmp_path: Path) -> None:
    # The neighbour: the row above has no 备注, so a row holding only 备注 continues nothing; it is not
    # glued onto a published record, and the record above is published as written.
    above = penalty("甘州市监罚〔2026〕972号")
    note = {k: "" for k in above} | {"备注": "当事人已于2026年9月1日缴纳罚款。"}
    write_csv(tmp_path / "data" / "penalties" / "p.csv", [{**above, "备注": ""}, note])
    code, published, issues = _build(tmp_path)
    [record] = published["penalties"]
    assert record["备注"] == "" and record["处罚依据"] == above["处罚依据"]
    assert "row-continuation-joined" not in _codes(issues)


def test_a_text_row_under_whole_sentences_is_no_continuation(tmp_path: Path) -> None:
    # The neighbour a clerk makes: a half-filled record (only 违法事实 and 处罚依据 typed) under a record whose facts end
    # their sentence. Joined, it would publish another case's facts on this entity's page; it is refused as before.
    above = penalty("甘州市监罚〔2026〕973号", 违法事实="当事人销售过期食品。")
    half = {k: "" for k in above} | {"违法事实": "当事人未取得许可从事食品经营。", "处罚依据": "《食品安全法》第一百二十二条"}
    write_csv(tmp_path / "data" / "penalties" / "p.csv", [above, half])
    code, published, issues = _build(tmp_path)
    [record] = published["penalties"]
    assert record["违法事实"] == "当事人销售过期食品。"
    assert "row-continuation-joined" not in _codes(issues) and "missing-value" in _codes(issues)


# -- 3. a court list downloaded from the public site, its codes masked (h20e case 13) --------------------------

COURT_HEADER = ["被执行人姓名/名称", "身份证号码/组织机构代码", "法定代表人或者负责人姓名", "执行法院", "省份", "执行依据文号",
                "立案时间", "案号", "做出执行依据单位", "生效法律文书确定的义务", "被执行人的履行情况",
                "失信被执行人行为具体情形", "发布时间"]


def _court_row(name: str, code: str, case_no: str) -> dict[str, str]:
    return dict(zip(COURT_HEADER, [name, code, "", "张掖市甘州区人民法院", "甘肃", "（2025）甘0702民初100号",
                                   "2026年03月01日", case_no, "张掖市甘州区人民法院", "", "全部未履行",
                                   "有履行能力而拒不履行生效法律文书确定义务", "2026年05月06日"], strict=True))


def test_masked_codes_of_the_public_court_list_are_said_masked_and_a_company_is_no_person(tmp_path: Path) -> None:
    # 失信被执行人名单 as 中国执行信息公开网 (http://zxgk.court.gov.cn/shixin/) shows it: 身份证号码 6207021980****0011 and
    # credit codes 91620702MA7H2**** masked. The unmasked company on the same list is published.
    from tests.helpers import make_uscc

    folder = tmp_path / "data" / "blacklist"
    good = make_uscc(7)
    write_csv(folder / "失信被执行人_公开网下载.csv", [
        _court_row("王某某", "6207021980****0011", "（2026）甘0702执100号"),
        _court_row("张掖市某某建材有限公司", "91620702MA7H2****", "（2026）甘0702执102号"),
        _court_row("张掖市某某商贸有限公司", good, "（2026）甘0702执103号")])
    (folder / "columns.toml").write_text('[defaults]\n"列入单位统一社会信用代码" = "11620702000000051M"\n',
                                         encoding="utf-8")
    code, published, issues = _build(tmp_path)
    rows = {i["row"]: i for i in issues if i["code"] in ("bad-id-number", "bad-uscc")}
    assert "打码" in rows[2]["message"] and rows[2]["code"] == "bad-id-number"
    assert "打码" in rows[3]["message"] and rows[3]["code"] == "bad-uscc"  # a company's code, never a person's ID
    assert not [i for i in issues if i["code"] == "party-category-derived" and i["row"] == 3 and "自然人" in i["message"]]
    assert "6207021980" not in json.dumps(issues, ensure_ascii=False)
    [listed] = published.get("blacklist", [])
    assert listed["统一社会信用代码"] == good and listed["行政相对人名称"] == "张掖市某某商贸有限公司"


def test_an_id_number_wrong_but_unmasked_keeps_its_own_message(tmp_path: Path) -> None:
    # The neighbour: a whole 18-digit number whose check digit is wrong is not called masked.
    from tests.helpers import bad_id

    write_csv(tmp_path / "data" / "blacklist" / "失信被执行人.csv", [_court_row("王某某", bad_id(), "（2026）甘0702执104号")])
    (tmp_path / "data" / "blacklist" / "columns.toml").write_text(
        '[defaults]\n"列入单位统一社会信用代码" = "11620702000000051M"\n', encoding="utf-8")
    _, _, issues = _build(tmp_path)
    [bad] = [i for i in issues if i["code"] == "bad-id-number"]
    assert "校验位错误" in bad["message"] and "打码" not in bad["message"]


# -- 4. known export formats in a kind folder: ADO XML and dBase/FoxPro (h20e cases 8, 9) -------------------


def _dbf(fields: list[tuple[str, str, int]], rows: list[list[str]]) -> bytes:
    """A dBase III table, code page 936 (language driver 0x4D), as FoxPro writes it (the dBase III file format:
    32-byte header, 32-byte field descriptors ended by 0x0D, a deletion flag before each record)."""
    import struct

    header_length, record_length = 32 + 32 * len(fields) + 1, 1 + sum(length for _, _, length in fields)
    out = bytearray(struct.pack("<BBBBIHH20x", 0x03, 126, 11, 1, len(rows), header_length, record_length))
    out[29] = 0x4D
    for name, kind, length in fields:
        out += struct.pack("<11sc4xBB14x", name.encode(), kind.encode(), length, 0)
    out += b"\r"
    for row in rows:
        out += b" " + b"".join(v.encode("gbk")[:length].ljust(length) for v, (_, _, length) in zip(row, fields))
    return bytes(out + b"\x1a")


_DBF_CODES = {"CF_XDR_MC": "行政相对人名称", "CF_XDR_SHXYM": "统一社会信用代码", "CF_WSH": "行政处罚决定书文号",
              "CF_WFXW": "违法行为类型", "CF_SY": "违法事实", "CF_YJ": "处罚依据", "CF_CFLB": "处罚类别", "CF_NR": "处罚内容",
              "CF_NR_FK": "罚款金额（万元）", "CF_JDRQ": "处罚决定日期", "CF_YXQ": "处罚有效期", "CF_CFJG": "处罚机关",
              "CF_CFJGDM": "处罚机关统一社会信用代码", "CF_SJLY": "数据来源单位", "CF_SJLYDM": "数据来源单位统一社会信用代码"}


def test_a_foxpro_table_is_read_and_one_with_a_memo_field_is_refused_naming_xlsx(tmp_path: Path) -> None:
    # h20e case dbf-foxpro: an old county system's FoxPro .dbf, field codes cut to 10 characters (CF_XDR_SHX).
    row = penalty("甘州市监罚〔2026〕750号", code="91620702000000100T")
    fields = [(code[:10], "D" if code == "CF_JDRQ" else "C", 8 if code == "CF_JDRQ" else 200) for code in _DBF_CODES]
    cells = [row.get(h, "") if code != "CF_JDRQ" else "20261005" for code, h in _DBF_CODES.items()]
    cells[1] = "91620702000000100T"
    (tmp_path / "data" / "penalties").mkdir(parents=True)
    (tmp_path / "data" / "penalties" / "FoxPro导出.dbf").write_bytes(_dbf(fields, [cells]))
    code, published, issues = _build(tmp_path)
    assert code == 0
    [record] = published["penalties"]
    assert (record["行政处罚决定书文号"], record["统一社会信用代码"], record["处罚决定日期"]) == \
        ("甘州市监罚〔2026〕750号", "91620702000000100T", "2026-10-05")
    assert record["处罚机关"] == AUTHORITY and record["罚款金额(万元)"] == "0.2"
    # The neighbour: a table whose 违法事实 is a memo (its text in a .fpt beside it) is refused, saying how to save it.
    memo = tmp_path / "memo"
    (memo / "data" / "penalties").mkdir(parents=True)
    with_memo = [(n, "M" if n == "CF_SY" else k, 10 if n == "CF_SY" else length) for n, k, length in fields]
    (memo / "data" / "penalties" / "FoxPro导出.dbf").write_bytes(_dbf(with_memo, [cells]))
    code, published, issues = _build(memo)
    assert code != 0 and not published.get("penalties")
    [refused] = [i for i in issues if i["severity"] == "error"]
    assert refused["code"] == "file-unreadable" and ".xlsx" in refused["message"] and "M" in refused["message"]


def test_an_ado_persisted_recordset_is_read_and_a_schema_only_xml_stays_a_note(tmp_path: Path) -> None:
    # ADO Recordset.Save adPersistXML (https://learn.microsoft.com/en-us/office/client-developer/access/
    # desktop-database-reference/persisting-records-in-xml-format): names in s:Schema, records as z:row attributes.
    import html

    row = penalty("甘州市监罚〔2026〕740号")
    names = list(row)
    schema = "".join(f'<s:AttributeType name="c{i}" rs:name="{h}"><s:datatype dt:type="string"/></s:AttributeType>'
                     for i, h in enumerate(names))
    z_row = "<z:row " + " ".join(f'c{i}="{html.escape(row[h])}"' for i, h in enumerate(names) if row[h]) + "/>"
    document = ("<xml xmlns:s='uuid:BDC6E3F0-6DA3-11d1-A2A3-00AA00C14882' xmlns:dt='uuid:C2F41010-65B3-11d1-A29F-"
                "00AA00C14882' xmlns:rs='urn:schemas-microsoft-com:rowset' xmlns:z='#RowsetSchema'><s:Schema id="
                f"'RowsetSchema'><s:ElementType name='row' content='eltOnly'>{schema}</s:ElementType></s:Schema>"
                "<rs:data>{rows}</rs:data></xml>")
    folder = tmp_path / "data" / "penalties"
    folder.mkdir(parents=True)
    (folder / "ADO记录集导出.xml").write_text(document.replace("{rows}", z_row), encoding="utf-8")
    code, published, issues = _build(tmp_path)
    assert code == 0
    [record] = published["penalties"]
    assert record["行政处罚决定书文号"] == "甘州市监罚〔2026〕740号" and record["处罚依据"] == row["处罚依据"]
    # The neighbour: the same recordset saved with no record is a schema beside the exports, not an export.
    empty = tmp_path / "empty"
    (empty / "data" / "penalties").mkdir(parents=True)
    write_csv(empty / "data" / "penalties" / "p.csv", [penalty("甘州市监罚〔2026〕741号")])
    (empty / "data" / "penalties" / "ADO记录集导出.xml").write_text(document.replace("{rows}", ""), encoding="utf-8")
    code, published, issues = _build(empty)
    assert code == 0 and len(published["penalties"]) == 1
    assert [i["severity"] for i in issues if i["file"] == "penalties/ADO记录集导出.xml"] == ["warning"]


# -- 5. messages that name what is wrong (h20e cases 14, 16) ---------------------------------------------------


def test_an_id_number_in_scientific_notation_is_said_so_and_the_credit_code_row_is_unchanged(tmp_path: Path) -> None:
    # h20e case excel-sci-code: a 2019 CSV opened and re-saved in Excel, 18-digit numbers shown as 6.20702E+17.
    from tests.helpers import make_uscc

    person = penalty("甘州市监罚〔2026〕781号", name="王某某", category="自然人", 证件类型="身份证", 证件号码="6.20702E+17")
    company = penalty("甘州市监罚〔2026〕782号", code="9.16207E+17")
    fine = penalty("甘州市监罚〔2026〕783号", code=make_uscc(9))
    write_csv(tmp_path / "data" / "penalties" / "excel打开再保存.csv", [person, company, fine])
    code, published, issues = _build(tmp_path)
    by_row = {i["row"]: i for i in issues if i["code"] in ("code-scientific", "bad-id-number")}
    assert by_row[2]["code"] == "code-scientific" and by_row[2]["column"] == "证件号码"
    assert "科学计数法" in by_row[2]["message"] and "6.20702" not in by_row[2]["message"]
    assert by_row[3]["code"] == "code-scientific" and by_row[3]["column"] == "统一社会信用代码"
    assert [r["行政处罚决定书文号"] for r in published["penalties"]] == ["甘州市监罚〔2026〕783号"]


def test_an_old_tax_number_is_named_by_what_it_is(tmp_path: Path) -> None:
    # h20e case tax-a-old-taxid: a 纳税信用A级 list whose 纳税人识别号 is a 个体户's 20 characters (身份证号码 + 2 digits)
    # was called "15 位旧税号". The neighbour: a real 15-character old number keeps that message.
    from tests.helpers import make_ric

    operator_id = make_ric("19800101", "123")
    rows = []
    for n, number in ((1, operator_id + "01"), (2, "620702000000123")):
        row = penalty(f"甘州市监罚〔2026〕79{n}号", code="")
        row["行政相对人类别"] = ""
        row["行政相对人代码_4(税务登记号)"] = number
        rows.append(row)
    write_csv(tmp_path / "data" / "penalties" / "旧税号.csv", rows)
    _, published, issues = _build(tmp_path)
    said = {i["row"]: i["message"] for i in issues if i["code"] == "uscc-required"}
    assert "20 位，含身份证号码" in said[2] and "15 位" not in said[2]
    assert "15 位旧税号" in said[3]
    assert operator_id[:14] not in json.dumps(issues, ensure_ascii=False)
    assert not published.get("penalties")


# -- 6. an evaluation list dated by its year only (h20e case 12) ------------------------------------------------


def test_an_evaluation_year_is_no_date_and_the_message_gives_the_line_that_publishes_it(tmp_path: Path) -> None:
    # 企业环境信用评价 results (《企业环境信用评价办法（试行）》环发〔2013〕150号; e.g. http://sthjj.gz.gov.cn/tzggwj/
    # content/post_7277641.html): 企业名称, 统一社会信用代码, 评价等级, 评价年度 2025 — no day. A year is not the day
    # the publicity period counts from: never guessed; the message names the columns.toml line instead.
    from tests.helpers import make_uscc

    codes = [make_uscc(n) for n in (31, 32, 33)]
    grades = ["环保诚信企业", "环保警示企业", "红牌"]
    rows = [{"序号": str(n + 1), "企业名称": f"张掖市{'甲乙丙'[n]}化工有限公司", "统一社会信用代码": codes[n],
             "所在县区": "甘州区", "评价等级": grades[n], "评价年度": "2025"} for n in range(3)]
    defaults = ('[defaults]\n"评价类型" = "企业环境信用评价"\n"评价单位" = "张掖市生态环境局"\n'
                '"评价单位统一社会信用代码" = "11620700000000011L"\n')
    as_year = tmp_path / "year"
    write_csv(as_year / "data" / "evaluations" / "评价结果.csv", rows)
    (as_year / "data" / "evaluations" / "columns.toml").write_text(
        defaults + '[columns]\n"评价年度" = "评价日期"\n', encoding="utf-8")
    code, published, issues = _build(as_year)
    assert code != 0 and not published.get("evaluations")
    said = [i["message"] for i in issues if i["code"] == "bad-date"]
    assert len(said) == 3 and all("只有年份" in m and '"评价日期" = ' in m and "[defaults]" in m for m in said)
    # Following the message: the day the results were published, given once for the file.
    as_told = tmp_path / "told"
    write_csv(as_told / "data" / "evaluations" / "评价结果.csv", rows)
    (as_told / "data" / "evaluations" / "columns.toml").write_text(defaults + '"评价日期" = "2026-03-05"\n',
                                                                   encoding="utf-8")
    code, published, issues = _build(as_told)
    assert code == 0
    assert sorted(r["统一社会信用代码"] for r in published["evaluations"]) == sorted(codes)
    assert {r["评价日期"] for r in published["evaluations"]} == {"2026-03-05"}


# -- 7. a form laid out label | value (h20e case 10) ----------------------------------------------------------


def test_a_label_value_form_is_named_for_what_it_is(tmp_path: Path) -> None:
    # 《中国银保监会行政处罚办法》's 行政处罚信息公开表: one decision per sheet, labels down column A, values to the right.
    import xlsxwriter

    form = [["行政处罚决定书文号", "张银保监罚决字〔2026〕1号"], ["被处罚当事人姓名或名称", "单位名称", "张掖市某信用合作联社"],
            ["", "统一社会信用代码", "91620702000000130X"], ["主要违法违规事实（案由）", "贷款资金被挪用"],
            ["行政处罚依据", "《中华人民共和国银行业监督管理法》第四十六条"], ["行政处罚决定", "罚款30万元"],
            ["作出处罚决定的机关名称", "张掖银保监分局"], ["作出处罚决定的日期", "2026年9月3日"]]
    path = tmp_path / "data" / "penalties" / "行政处罚信息公开表.xlsx"
    path.parent.mkdir(parents=True)
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("公开表1")
    for r, row in enumerate(form):
        sheet.write_row(r, 0, row)
    workbook.close()
    code, _, issues = _build(tmp_path)
    [refused] = [i for i in issues if i["code"] == "file-missing-column"]
    assert code != 0 and "竖排" in refused["message"] and "一行一条记录" in refused["message"]
    assert "本系统的列名" not in refused["message"]


def test_a_table_missing_a_column_keeps_the_columns_toml_advice(tmp_path: Path) -> None:
    # The neighbour: a one-row-per-record table lacking 处罚依据 is no form; it is told which column to map.
    rows = [penalty(f"甘州市监罚〔2026〕80{n}号") for n in (1, 2)]
    for row in rows:
        del row["处罚依据"]
    write_csv(tmp_path / "data" / "penalties" / "p.csv", rows)
    code, _, issues = _build(tmp_path)
    [refused] = [i for i in issues if i["code"] == "file-missing-column"]
    assert "竖排" not in refused["message"] and "处罚依据" in refused["message"]
