"""Files, sheets and headers as real exporters write them (the outsider h21e's report, session 15): each shape is
read through `load_sources` or built with the command line as staff would, and checked both ways — the shape read
right, and the neighbouring shape still refused or named.

Every shape names its source (a standard's clause, a tool's documentation or a public page) in its test.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from generator.load import load_sources
from tests.conftest import AUTHORITY
from tests.helpers import penalty, run_build, write_csv


def _rows(count: int, first: int = 1) -> list[dict[str, str]]:
    return [penalty(f"甘州市监罚〔2026〕{n}号", name=f"张掖市甘州区测试{n}商贸有限公司", serial=n)
            for n in range(first, first + count)]


def _load(tmp_path: Path) -> tuple[list[str], list[tuple[str, str, str, Any]], list[tuple[str, str, str, Any]]]:
    """Read tmp_path/data: (penalty decision numbers read, (code, file, message, row) of warnings, of errors)."""
    sources = load_sources(tmp_path / "data")
    numbers = list(sources.kinds["penalties"].frame["行政处罚决定书文号"])
    warnings = [(p.code, p.file, p.message, p.row) for p in sources.problems]
    errors = [(p.code, p.file, p.message, p.row) for p in sources.damaged_files]
    return numbers, warnings, errors


def _build(tmp_path: Path) -> tuple[int, list[dict[str, str]], list[dict[str, Any]]]:
    """Build tmp_path/data with the CLI: (exit status, published penalties, issues.jsonl lines)."""
    code, _ = run_build(tmp_path / "data", tmp_path / "out", tmp_path / "report", state=tmp_path / "state",
                        as_of="2026-12-01")
    published: list[dict[str, str]] = []
    path = tmp_path / "out" / "data" / "penalties.csv"
    if path.exists():
        with path.open(encoding="utf-8-sig") as handle:
            published = list(csv.DictReader(handle))
    issues_file = tmp_path / "report" / "issues.jsonl"
    issues = [json.loads(line) for line in issues_file.read_text(encoding="utf-8").splitlines()] \
        if issues_file.exists() else []
    return code, published, issues


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "penalties"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# -- 1. file types: JSON Lines, pandas orients, web pages, .dat/.tab (h21e findings 9-11) ------------------------


def test_json_lines_under_jsonl_and_ndjson_are_read(tmp_path: Path) -> None:
    # JSON Lines (https://jsonlines.org: "File extension: .jsonl"; ndjson-spec: .ndjson), one record a line, as
    # mongoexport and most incremental feeds write it. Before, both were ignored with a warning: 0 published, rc 0.
    folder = _folder(tmp_path)
    for name, rows in (("增量.jsonl", _rows(2, 1)), ("增量.ndjson", _rows(1, 3))):
        (folder / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    numbers, warnings, errors = _load(tmp_path)
    assert sorted(numbers) == [f"甘州市监罚〔2026〕{n}号" for n in (1, 2, 3)] and not errors
    assert "file-unknown-type" not in [w[0] for w in warnings]


def test_a_one_line_json_lines_file_is_its_one_record_and_a_settings_json_stays_a_note(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "今日.jsonl").write_text(json.dumps(_rows(1)[0], ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "导出设置.json").write_text('{"version": 2, "charset": "utf-8"}', encoding="utf-8")
    numbers, warnings, errors = _load(tmp_path)
    assert numbers == ["甘州市监罚〔2026〕1号"] and not errors
    assert [(w[0], w[1]) for w in warnings if w[0] == "file-unknown-type"] == [
        ("file-unknown-type", "penalties/导出设置.json")]


def _pandas_json(rows: list[dict[str, str]], orient: str) -> str:
    import pandas as pd

    return str(pd.DataFrame(rows).to_json(orient=orient, force_ascii=False))


@pytest.mark.parametrize("orient", ["columns", "index"])
def test_pandas_to_json_columns_and_index_orients_are_read(tmp_path: Path, orient: str) -> None:
    # pandas DataFrame.to_json (https://pandas.pydata.org/docs/reference/api/pandas.DataFrame.to_json.html):
    # orient="columns" is the default for a DataFrame ({column: {index: value}}), "index" is {index: {column: value}}.
    # Before, both were taken for a note ("文件中没有记录列表") and their rows lost with rc 0.
    (_folder(tmp_path) / f"pandas_{orient}.json").write_text(_pandas_json(_rows(2), orient), encoding="utf-8")
    numbers, warnings, errors = _load(tmp_path)
    assert numbers == ["甘州市监罚〔2026〕1号", "甘州市监罚〔2026〕2号"] and not errors
    sources = load_sources(tmp_path / "data")
    frame = sources.kinds["penalties"].frame
    assert list(frame["处罚机关"]) == [AUTHORITY, AUTHORITY] and list(frame["_row"]) == [2, 3]


def test_pandas_values_orient_is_refused_naming_the_format(tmp_path: Path) -> None:
    # orient="values" ([[value, …], …]) holds no column names: which value is which field cannot be known. It stops
    # the build naming the format, never a note with its rows lost; a "split" beside it is still read.
    rows = _rows(2)
    for row in rows:
        row["罚款金额（万元）"] = 0.2  # type: ignore[assignment]  # a number, as pandas writes a float column
    folder = _folder(tmp_path)
    (folder / "pandas_values.json").write_text(_pandas_json(rows, "values"), encoding="utf-8")
    (folder / "pandas_split.json").write_text(_pandas_json(_rows(1, 5), "split"), encoding="utf-8")
    numbers, warnings, errors = _load(tmp_path)
    assert numbers == ["甘州市监罚〔2026〕5号"]
    [(code, file, message, _)] = errors
    assert (code, file) == ("file-unreadable", "penalties/pandas_values.json")
    assert 'orient="values"' in message and "没有列名" in message
    code, published, _ = _build(tmp_path)
    assert code != 0 and not published


def _html_table(rows: list[dict[str, str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r.values()) + "</tr>" for r in rows)
    return (f'<html><head><meta charset="utf-8"></head><body><table border="1"><tr><td colspan="{len(rows[0])}">'
            f"行政处罚信息公示</td></tr><tr>{head}</tr>{body}</table></body></html>")


def test_web_pages_and_dat_and_tab_text_exports_are_read_by_what_they_hold(tmp_path: Path) -> None:
    # Excel's 另存为 "网页 (*.htm;*.html)" and a browser's "save page" keep the table as HTML; exporters of older
    # systems write delimited text as .dat (GB18030, "|") or .tab (tab-separated). The README: files are "read by
    # what they hold, not by their name". Before, all four were ignored with a warning (4 records lost, rc 0).
    folder = _folder(tmp_path)
    (folder / "公示页面.htm").write_text(_html_table(_rows(1, 1)), encoding="utf-8")
    (folder / "公示页面.html").write_text(_html_table(_rows(1, 2)), encoding="utf-8")
    row3, row4 = _rows(1, 3)[0], _rows(1, 4)[0]
    (folder / "导出C.dat").write_bytes(("|".join(row3) + "\r\n" + "|".join(row3.values()) + "\r\n").encode("gb18030"))
    (folder / "导出D.tab").write_text("\t".join(row4) + "\n" + "\t".join(row4.values()) + "\n", encoding="utf-8")
    numbers, warnings, errors = _load(tmp_path)
    assert sorted(numbers) == [f"甘州市监罚〔2026〕{n}号" for n in (1, 2, 3, 4)] and not errors
    assert "file-unknown-type" not in [w[0] for w in warnings]


def test_a_web_page_without_a_record_table_beside_the_exports_stays_a_note(tmp_path: Path) -> None:
    # The neighbour of the pages read above: a saved page of instructions (导出说明.html, no table) or one whose table
    # names no field was a note before web pages were read, and stays one (a warning, the export's rows published);
    # it had stopped the build as an empty file.
    folder = _folder(tmp_path)
    (folder / "导出说明.html").write_text("<html><body><p>导出说明：本文件由系统导出。</p></body></html>", encoding="utf-8")
    (folder / "字段说明.htm").write_text("<html><body><table><tr><td>字段</td><td>含义</td></tr>"
                                       "<tr><td>CF_WSH</td><td>文书号</td></tr></table></body></html>", encoding="utf-8")
    write_csv(folder / "导出.csv", _rows(1, 8))
    numbers, warnings, errors = _load(tmp_path)
    assert numbers == ["甘州市监罚〔2026〕8号"] and not errors
    assert sorted(w[1] for w in warnings if w[0] == "file-unknown-type") == ["penalties/字段说明.htm",
                                                                              "penalties/导出说明.html"]


def test_a_dat_file_without_a_known_header_is_refused_not_ignored(tmp_path: Path) -> None:
    # The neighbour: a .dat whose header names no field is not quietly dropped as a note (as a 说明.txt is): its rows
    # may be records under the system's own names, so the file is refused naming what its header lacks.
    (_folder(tmp_path) / "导出E.dat").write_text("A|B|C\r\n1|2|3\r\n", encoding="utf-8")
    write_csv(_folder(tmp_path) / "导出.csv", _rows(1, 7))
    numbers, warnings, errors = _load(tmp_path)
    assert [(e[0], e[1]) for e in errors] == [("file-missing-column", "penalties/导出E.dat")]


# -- 2. helper sheets beside the record sheets (h21e findings 12, 13) --------------------------------------------


def _workbook(path: Path, sheets: dict[str, list[list[object]]], validate_from: str = "") -> None:
    import xlsxwriter

    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = xlsxwriter.Workbook(str(path))
    for name, rows in sheets.items():
        sheet = workbook.add_worksheet(name)
        for r, values in enumerate(rows):
            sheet.write_row(r, 0, values)
        if validate_from and name != validate_from:
            # Excel "create a drop-down list from a range on another sheet": the data sheet's 处罚类别 cells read the
            # list sheet's column (ECMA-376 Part 1, 18.3.1.32 dataValidation type="list", formula1 a range).
            column = rows[0].index("处罚类别")
            sheet.data_validation(1, column, 200, column, {"validate": "list", "source": f"={validate_from}!$B$2:$B$6"})
    workbook.close()


def _table_rows(rows: list[dict[str, str]], title: str = "") -> list[list[object]]:
    return ([[title]] if title else []) + [list(rows[0]), *([*r.values()] for r in rows)]


def test_a_summary_sheet_beside_the_month_sheets_is_skipped_and_named(tmp_path: Path) -> None:
    # A year's 台账 workbook: one sheet per month under a title row, and a 汇总 sheet (序号, 处罚机关, 案件数（件）,
    # 罚款金额（万元）, 没收…金额（万元）, a 合计 row) that counts them. Before, the build stopped with file-missing-column
    # on #汇总 (10 columns "missing") and the month rows were not published.
    summary: list[list[object]] = [["2026年行政处罚案件汇总表"],
                                    ["序号", "处罚机关", "案件数（件）", "罚款金额（万元）", "没收违法所得、没收非法财物的金额（万元）"],
                                    [1, AUTHORITY, 4, 0.8, 0], ["合计", "", 4, 0.8, 0]]
    _workbook(_folder(tmp_path) / "2026年行政处罚台账.xlsx", {
        "汇总": summary, "9月": _table_rows(_rows(2, 1), "2026年9月行政处罚信息公示"),
        "10月": _table_rows(_rows(2, 3), "2026年10月行政处罚信息公示")})
    numbers, warnings, errors = _load(tmp_path)
    assert sorted(numbers) == [f"甘州市监罚〔2026〕{n}号" for n in (1, 2, 3, 4)] and not errors
    [(code, file, message, _)] = [w for w in warnings if w[0] == "sheet-skipped"]
    assert file == "penalties/2026年行政处罚台账.xlsx#汇总" and "汇总表" in message and "未读取" in message


def test_a_visible_data_dictionary_sheet_is_skipped_and_named(tmp_path: Path) -> None:
    # A 双公示 template with its visible 数据字典 sheet (行政相对人类别, 处罚类别, 证件类型, 法定代表人证件类型 lists) that
    # the data sheet's drop-downs read. Before, the build stopped with file-missing-column on #数据字典.
    dictionary: list[list[object]] = [["行政相对人类别", "处罚类别", "证件类型", "法定代表人证件类型"],
                                      ["法人及非法人组织", "警告", "身份证", "身份证"], ["自然人", "罚款", "护照号", "护照号"],
                                      ["个体工商户", "没收违法所得", "", ""]]
    _workbook(_folder(tmp_path) / "双公示模板_已填.xlsx", {"行政处罚": _table_rows(_rows(2)), "数据字典": dictionary},
              validate_from="数据字典")
    numbers, warnings, errors = _load(tmp_path)
    assert numbers == ["甘州市监罚〔2026〕1号", "甘州市监罚〔2026〕2号"] and not errors
    assert [w[1] for w in warnings if w[0] == "sheet-skipped"] == ["penalties/双公示模板_已填.xlsx#数据字典"]


def test_a_record_sheet_lacking_a_column_beside_a_full_one_still_stops_the_build(tmp_path: Path) -> None:
    # The neighbour: a second month sheet that has the decision number and date but lost its 行政相对人名称 column
    # is a record sheet, not a helper: it is refused naming the missing column, never skipped behind a warning.
    cut = [{k: v for k, v in r.items() if k != "行政相对人名称"} for r in _rows(2, 3)]
    _workbook(_folder(tmp_path) / "台账.xlsx", {"9月": _table_rows(_rows(2, 1)), "10月": _table_rows(cut)})
    numbers, warnings, errors = _load(tmp_path)
    assert [(e[0], e[1]) for e in errors] == [("file-missing-column", "penalties/台账.xlsx#10月")]
    assert "行政相对人名称" in errors[0][2] and "sheet-skipped" not in [w[0] for w in warnings]


def test_a_summary_sheet_alone_is_still_refused(tmp_path: Path) -> None:
    # With no record sheet beside it, a summary table is not silently skipped: the file is refused, the kind not
    # published empty behind a warning.
    _workbook(_folder(tmp_path) / "汇总.xlsx", {"汇总": [["序号", "处罚机关", "罚款金额（万元）", "没收违法所得、没收非法财物的金额（万元）"],
                                                       [1, AUTHORITY, 0.8, 0]], "说明": [["本表由系统生成"]]})
    numbers, warnings, errors = _load(tmp_path)
    assert not numbers and [(e[0], e[1]) for e in errors] == [("file-missing-column", "penalties/汇总.xlsx")]


# -- 3. invisible characters in a header (h21e findings 14, 15) --------------------------------------------------


def test_two_exports_joined_with_their_byte_order_marks_are_read_whole(tmp_path: Path) -> None:
    # `copy /b a.csv+b.csv 合并.csv` (Windows' binary concatenation) or a script appending each day's export keeps the
    # second file's UTF-8 byte-order mark (EF BB BF, The Unicode Standard 23.8) at the start of its header line.
    # Before, that header named no 行政相对人名称 and the whole file was refused (rows 2-3 above it too).
    first = write_csv(tmp_path / "a.csv", _rows(2, 1), encoding="utf-8-sig").read_bytes()
    second = write_csv(tmp_path / "b.csv", _rows(2, 3), encoding="utf-8-sig").read_bytes()
    (_folder(tmp_path) / "合并.csv").write_bytes(first + second)
    numbers, warnings, errors = _load(tmp_path)
    assert numbers == [f"甘州市监罚〔2026〕{n}号" for n in (1, 2, 3, 4)] and not errors
    assert [(w[0], w[3]) for w in warnings if w[0] in ("row-not-data", "row-repeated-header")] == [
        ("row-repeated-header", 4)]  # the second header, said as what it is (h22v)


def test_a_quoted_header_after_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    # The same join where the exporter quotes every cell: the mark sits before the opening quote of the first cell.
    text = "\ufeff" + "\r\n".join(",".join(f'"{v}"' for v in line) for line in (
        list(_rows(1)[0]), list(_rows(1)[0].values()))) + "\r\n"
    (_folder(tmp_path) / "引号.csv").write_text(text + text, encoding="utf-8")
    numbers, _, errors = _load(tmp_path)
    assert numbers == ["甘州市监罚〔2026〕1号"] * 2 and not errors


@pytest.mark.parametrize("mark", ["\u200b", "\u2060", "\ufeff"])
def test_a_zero_width_character_in_a_header_is_dropped_and_named(tmp_path: Path, mark: str) -> None:
    # A header copied from a web page carries U+200B ZERO WIDTH SPACE (or U+2060 WORD JOINER, U+FEFF): invisible in
    # Excel. Before, the file was refused for lacking 行政处罚决定书文号, a column the clerk can see.
    rows = _rows(2)
    header = [h + mark if h == "行政处罚决定书文号" else h for h in rows[0]]
    write_csv(_folder(tmp_path) / "网页复制.csv", [dict(zip(header, r.values())) for r in rows], header=header)
    numbers, warnings, errors = _load(tmp_path)
    assert numbers == ["甘州市监罚〔2026〕1号", "甘州市监罚〔2026〕2号"] and not errors
    [note] = [w for w in warnings if w[0] == "file-format-read" and "零宽" in w[2]]
    assert "“行政处罚决定书文号”" in note[2] and mark not in note[2]


def test_a_zero_width_character_in_an_unknown_header_is_left_and_the_column_still_dropped(tmp_path: Path) -> None:
    # The neighbour: a column the contract does not know stays unknown with or without the invisible character —
    # only a header that is a known name without it is cleaned; a value cell is never touched here.
    rows = [{**r, "内部\u200b备注": "仅内部"} for r in _rows(1)]
    write_csv(_folder(tmp_path) / "导出.csv", rows)
    numbers, warnings, errors = _load(tmp_path)
    assert numbers == ["甘州市监罚〔2026〕1号"] and not errors
    assert not [w for w in warnings if "零宽" in w[2]]
    assert [w[0] for w in warnings if w[0] == "file-unknown-column"] == ["file-unknown-column"]


# -- 5. total rows (h21e findings 18, 19) ------------------------------------------------------------------------


def _as_excel_saves(path: Path) -> None:
    """Drop xlsxwriter's calcPr fullCalcOnLoad="1" (ECMA-376 Part 1, 18.2.2 calcPr): a workbook saved in Excel keeps its
    formulas' results without asking for a recalculation, which is what the SUBTOTAL results above are."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members["xl/workbook.xml"] = re.sub(rb'\sfullCalcOnLoad="1"', b"", members["xl/workbook.xml"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def test_an_excel_table_total_row_labelled_huizong_is_a_footer_not_a_rejected_record(tmp_path: Path) -> None:
    # Excel's 套用表格格式 with 汇总行 (Total Row): Chinese Excel labels it 汇总 and saves SUBTOTAL(103,…) and
    # SUBTOTAL(109,…) results beside it; the table part declares it (ECMA-376 Part 1, 18.5.1.2 table, totalsRowCount).
    # Before, the row was read as a record and rejected with 12 missing-value errors (`--strict` stopped the build).
    import xlsxwriter

    rows = _rows(3)
    header = list(rows[0])
    path = _folder(tmp_path) / "套用表格格式.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("行政处罚")
    columns: list[dict[str, Any]] = [{"header": h} for h in header]
    columns[0].update(total_string="汇总")
    number, amount = header.index("行政处罚决定书文号"), header.index("罚款金额（万元）")
    columns[number].update(total_function="count", total_value=3)
    columns[amount].update(total_function="sum", total_value=0.6)
    sheet.add_table(0, 0, len(rows) + 1, len(header) - 1, {
        "data": [list(r.values()) for r in rows], "columns": columns, "total_row": True})
    workbook.close()
    _as_excel_saves(path)
    code, published, issues = _build(tmp_path)
    assert code == 0 and [r["行政处罚决定书文号"] for r in published] == [f"甘州市监罚〔2026〕{n}号" for n in (1, 2, 3)]
    assert not [i for i in issues if i["severity"] == "error"]
    assert [(i["code"], i["row"]) for i in issues if i["row"] == 5] == [("row-not-data", 5)]
    summary = json.loads((tmp_path / "report" / "summary.json").read_text(encoding="utf-8"))
    assert summary["kinds"]["penalties"]["read"] == 3 and summary["kinds"]["penalties"]["rejected"] == 0


@pytest.mark.parametrize(("serial", "number"), [("合　　计", "共2件"), ("合 计", ""), ("总　计", "共 2 条")])
def test_a_total_word_typeset_with_spaces_is_a_footer(tmp_path: Path, serial: str, number: str) -> None:
    # 合计 typeset with full-width spaces (合　　计, as a 公文 table centres a two-character label: GB/T 9704-2012's
    # tables and their Excel copies), with 共2件 under the decision number. Before, it was rejected with 13 errors.
    rows = [{"序号": str(n), **r} for n, r in enumerate(_rows(2), start=1)]
    total = {k: "" for k in rows[0]} | {"序号": serial, "行政处罚决定书文号": number, "罚款金额（万元）": "0.4"}
    write_csv(_folder(tmp_path) / "导出.csv", [*rows, total], encoding="utf-8-sig")
    numbers, warnings, errors = _load(tmp_path)
    assert numbers == ["甘州市监罚〔2026〕1号", "甘州市监罚〔2026〕2号"] and not errors
    assert [(w[0], w[3]) for w in warnings if w[0] == "row-not-data"] == [("row-not-data", 4)]


def test_a_party_named_like_a_footer_word_is_still_a_record(tmp_path: Path) -> None:
    # The neighbour: a full record whose party name begins with 汇总 (汇总通物流有限公司) fills every column — it is
    # read and published, never taken for a total row.
    rows = _rows(1)
    rows[0]["行政相对人名称"] = "张掖市汇总通物流有限公司"
    write_csv(_folder(tmp_path) / "导出.csv", [{"序号": "汇总", **rows[0]}])
    numbers, warnings, errors = _load(tmp_path)
    assert numbers == ["甘州市监罚〔2026〕1号"] and not errors
    assert "row-not-data" not in [w[0] for w in warnings]


# -- 4. a character cut in its bytes (h21e finding 16) -----------------------------------------------------------


def _utf8_rows(rows: list[dict[str, str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(list(rows[0]))
    writer.writerows([list(r.values()) for r in rows])
    return buffer.getvalue().encode("utf-8")


def test_a_cell_ending_in_part_of_a_character_is_read_without_it_and_named(tmp_path: Path) -> None:
    # A column limited in bytes (Oracle VARCHAR2(n BYTE) with NLS_LENGTH_SEMANTICS=BYTE, SUBSTRB) cuts 食 (UTF-8
    # E9 A3 9F, RFC 3629) after two of its three bytes. Before, the whole file was refused "不是 UTF-8 或 GB18030" with
    # no row named; now the half character is dropped, the row and column named, and every row read.
    rows = _rows(3)
    rows[2]["违法事实"] = "当事人销售超过保质期的食"
    raw = _utf8_rows(rows).replace("保质期的食,".encode(), "保质期的".encode() + b"\xe9\xa3,")
    (_folder(tmp_path) / "导出.csv").write_bytes(raw)
    sources = load_sources(tmp_path / "data")
    frame = sources.kinds["penalties"].frame
    assert list(frame["行政处罚决定书文号"]) == [f"甘州市监罚〔2026〕{n}号" for n in (1, 2, 3)] and not sources.damaged_files
    assert list(frame["违法事实"]) == ["当事人销售超过保质期的食品。", "当事人销售超过保质期的食品。", "当事人销售超过保质期的"]
    [cut] = [p for p in sources.problems if p.code == "cell-cut-character"]
    assert (cut.file, cut.row, cut.column, cut.severity) == ("penalties/导出.csv", 4, "违法事实", "warning")


def test_bytes_that_are_no_character_inside_a_cell_refuse_the_file_naming_row_and_column(tmp_path: Path) -> None:
    # The neighbour: a stray byte in the middle of a cell is no cut — what the cell said cannot be known, so the file
    # is refused, now naming the row and column instead of only "无法识别文件编码".
    rows = _rows(3)
    raw = _utf8_rows(rows)
    at = raw.index("当事人销售".encode(), raw.index("〔2026〕3号".encode()))
    raw = raw[:at + 3] + b"\xff" + raw[at + 3:]
    (_folder(tmp_path) / "导出.csv").write_bytes(raw)
    numbers, warnings, errors = _load(tmp_path)
    [(code, file, message, row)] = errors
    assert (code, file, row) == ("file-undecodable", "penalties/导出.csv", 4)
    assert "第 4 行" in message and "违法事实" in message and not numbers


def test_a_gb18030_export_is_still_read_as_gb18030(tmp_path: Path) -> None:
    # The neighbour: GBK/GB18030 text is not UTF-8 with a few cut cells (almost every Chinese character is "broken"
    # read as UTF-8): it is read as GB18030, as before.
    write_csv(_folder(tmp_path) / "导出.csv", _rows(2), encoding="gb18030")
    numbers, warnings, errors = _load(tmp_path)
    assert numbers == ["甘州市监罚〔2026〕1号", "甘州市监罚〔2026〕2号"] and not errors
    assert "cell-cut-character" not in [w[0] for w in warnings]


def test_a_program_written_total_row_of_formulas_is_a_footer_not_a_refusal(tmp_path: Path) -> None:
    # A workbook written by a program (Apache POI / EasyExcel, xlsxwriter) with a 合计 row of SUM formulas and no
    # saved results (ECMA-376 Part 1, 18.2.2 calcPr fullCalcOnLoad="1": Excel computes them when the file is opened).
    # The row is a footer, never read: before, its formulas refused the whole file (file-formula-uncomputed).
    import xlsxwriter

    rows = _rows(2)
    header = list(rows[0])
    path = _folder(tmp_path) / "程序导出_合计.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("行政处罚")
    sheet.write_row(0, 0, header)
    for r, row in enumerate(rows, start=1):
        sheet.write_row(r, 0, list(row.values()))
    amount = header.index("罚款金额（万元）")
    sheet.write(3, 0, "合计")
    sheet.write_formula(3, amount, f"=SUM({chr(65 + amount)}2:{chr(65 + amount)}3)")
    # The neighbour, in a second file: a data row whose 罚款金额 is a formula without a result is still refused.
    other = _folder(tmp_path) / "程序导出_公式.xlsx"
    book = xlsxwriter.Workbook(str(other))
    data = book.add_worksheet("行政处罚")
    data.write_row(0, 0, header)
    data.write_row(1, 0, list(_rows(1, 5)[0].values()))
    data.write_formula(1, amount, "=2000/10000")
    book.close()
    workbook.close()
    numbers, warnings, errors = _load(tmp_path)
    assert numbers == ["甘州市监罚〔2026〕1号", "甘州市监罚〔2026〕2号"]
    assert [(w[0], w[1], w[3]) for w in warnings if w[0] == "row-not-data"] == [
        ("row-not-data", "penalties/程序导出_合计.xlsx", 4)]
    assert [(e[0], e[1], e[3]) for e in errors] == [("file-formula-uncomputed", "penalties/程序导出_公式.xlsx", 2)]
