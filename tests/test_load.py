"""data-contract.md, "Layout": what the loader accepts and what it refuses.

Each test builds a tiny data folder in tmp_path and reads it with `load_sources`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.load import decode_bytes, load_sources
from generator.problems import ERROR, WARNING
from tests.helpers import (
    AUTHORITY_USCC,
    license_row,
    make_uscc,
    penalty_row,
    write_csv,
    write_parquet,
    write_xlsx,
)

# data-contract.md, "National field codes (aliases)" — penalties and licences.
PENALTY_CODES = {
    "行政相对人名称": "CF_XDR_MC", "行政相对人类别": "CF_XDR_LB", "统一社会信用代码": "CF_XDR_SHXYM",
    "法定代表人": "CF_FRDB", "行政处罚决定书文号": "CF_WSH", "违法行为类型": "CF_WFXW", "违法事实": "CF_SY",
    "处罚依据": "CF_YJ", "处罚类别": "CF_CFLB", "处罚内容": "CF_NR", "罚款金额(万元)": "CF_NR_FK",
    "处罚决定日期": "CF_JDRQ", "处罚有效期": "CF_YXQ", "处罚机关": "CF_CFJG", "处罚机关统一社会信用代码": "CF_CFJGDM",
    "数据来源单位": "CF_SJLY", "数据来源单位统一社会信用代码": "CF_SJLYDM",
}
LICENSE_CODES = {
    "行政相对人名称": "XK_XDR_MC", "行政相对人类别": "XK_XDR_LB", "统一社会信用代码": "XK_XDR_SHXYM",
    "法定代表人": "XK_FDDB", "行政许可决定文书名称": "XK_XKWS", "行政许可决定文书号": "XK_WSH", "许可类别": "XK_XKLB",
    "许可证书名称": "XK_XKZS", "许可编号": "XK_XKBH", "许可内容": "XK_NR", "许可决定日期": "XK_JDRQ",
    "有效期自": "XK_YXQZ", "有效期至": "XK_YXQZI", "许可机关": "XK_XKJG", "许可机关统一社会信用代码": "XK_XKJGDM",
    "当前状态": "XK_ZT", "数据来源单位": "XK_LYDW", "数据来源单位统一社会信用代码": "XK_LYDWDM",
}


def relabel(row: dict[str, str], labels: dict[str, str]) -> dict[str, str]:
    """The same row under other header spellings."""
    return {labels.get(k, k): v for k, v in row.items()}


def codes_of(problems) -> list[str]:
    return [p.code for p in problems]


# -- formats and encodings -------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_is_read_in_utf8_utf8_with_bom_and_gb18030(tmp_path: Path, encoding: str) -> None:
    # 刘䶮: a character that GBK lacks and GB18030 has.
    row = penalty_row(行政相对人名称="甘州区刘䶮商行有限公司")
    write_csv(tmp_path / "penalties" / "p.csv", [row], encoding=encoding)
    sources = load_sources(tmp_path)
    frame = sources.kinds["penalties"].frame
    assert sources.damaged_files == [] and sources.problems == []
    assert frame.loc[0, "行政相对人名称"] == "甘州区刘䶮商行有限公司"
    assert frame.loc[0, "处罚机关统一社会信用代码"] == AUTHORITY_USCC
    # The BOM never becomes part of the first header.
    assert list(frame.columns[:1]) == ["行政相对人名称"]


@pytest.mark.parametrize("control", ["\u202e", "\u202d", "\u202b", "\u2067", "\u2068"])
def test_direction_controls_are_dropped_from_every_cell(tmp_path: Path, control: str) -> None:
    # Adversarial round 5 (bidi-override-reversed): 联系电话 + RLO + a mobile's digits reversed is shown by
    # every browser as the mobile while the detector reads the stored, reversed order.
    row = penalty_row(违法事实=f"联系电话{control}54002639931\u202c，经查属实。", 行政相对人名称=f"甘州区{control}行商柯\u202c有限公司")
    write_csv(tmp_path / "penalties" / "p.csv", [row])
    frame = load_sources(tmp_path).kinds["penalties"].frame
    if control == "\u202e":  # an override is read as it is shown: reversed (UAX #9)
        assert frame.loc[0, "违法事实"] == "联系电话13993620045，经查属实。"
        assert frame.loc[0, "行政相对人名称"] == "甘州区柯商行有限公司"
    else:  # the others do not reorder Chinese or digits
        assert frame.loc[0, "违法事实"] == "联系电话54002639931，经查属实。"
        assert frame.loc[0, "行政相对人名称"] == "甘州区行商柯有限公司"


def test_an_override_to_the_end_of_a_cell_is_read_reversed(tmp_path: Path) -> None:
    row = penalty_row(违法事实="当事人柯建华，手机\u202e28002639931")
    write_csv(tmp_path / "penalties" / "p.csv", [row])
    frame = load_sources(tmp_path).kinds["penalties"].frame
    assert frame.loc[0, "违法事实"] == "当事人柯建华，手机13993620082"


def test_xlsx_first_sheet_is_read_and_an_excel_date_cell_comes_out_iso(tmp_path: Path) -> None:
    row = penalty_row(处罚决定日期=dt.date(2026, 3, 5), **{"罚款金额(万元)": 0.2})
    write_xlsx(tmp_path / "penalties" / "p.xlsx", [row],
               extra_sheets={"说明": [["行政处罚决定书文号"], ["第二张表不应被读取"]]})
    sources = load_sources(tmp_path)
    frame = sources.kinds["penalties"].frame
    assert sources.damaged_files == []
    assert len(frame) == 1
    assert frame.loc[0, "处罚决定日期"] == "2026-03-05"
    assert frame.loc[0, "罚款金额(万元)"] == "0.2"
    assert frame.loc[0, "行政处罚决定书文号"] == "甘州市监罚〔2026〕1号"


def test_parquet_is_read_with_typed_columns_as_text(tmp_path: Path) -> None:
    row = penalty_row(处罚决定日期=dt.date(2026, 3, 5), **{"罚款金额(万元)": 0.1 + 0.2})
    write_parquet(tmp_path / "penalties" / "p.parquet", [row])
    sources = load_sources(tmp_path)
    frame = sources.kinds["penalties"].frame
    assert sources.damaged_files == []
    assert frame.loc[0, "处罚决定日期"] == "2026-03-05"
    assert frame.loc[0, "罚款金额(万元)"] == repr(0.1 + 0.2)  # cleaned up by validation, not here
    assert frame.loc[0, "行政相对人名称"] == "甘州区示例商贸有限公司"


def test_files_of_one_folder_are_concatenated_with_file_and_spreadsheet_row(tmp_path: Path) -> None:
    write_csv(tmp_path / "penalties" / "a.csv",
              [penalty_row(行政处罚决定书文号="A-1"), penalty_row(行政处罚决定书文号="A-2")])
    write_xlsx(tmp_path / "penalties" / "b.xlsx", [penalty_row(行政处罚决定书文号="B-1")])
    write_parquet(tmp_path / "penalties" / "c.parquet",
                  [penalty_row(行政处罚决定书文号="C-1"), penalty_row(行政处罚决定书文号="C-2")])
    loaded = load_sources(tmp_path).kinds["penalties"]
    got = list(zip(loaded.frame["行政处罚决定书文号"], loaded.frame["_file"], loaded.frame["_row"], strict=True))
    assert got == [
        ("A-1", "penalties/a.csv", 2), ("A-2", "penalties/a.csv", 3),  # header is row 1
        ("B-1", "penalties/b.xlsx", 2),
        ("C-1", "penalties/c.parquet", 2), ("C-2", "penalties/c.parquet", 3),
    ]
    assert loaded.files == ["penalties/a.csv", "penalties/b.xlsx", "penalties/c.parquet"]


def test_blank_lines_are_skipped_but_row_numbers_stay_those_a_spreadsheet_shows(tmp_path: Path) -> None:
    write_xlsx(tmp_path / "penalties" / "p.xlsx",
               [penalty_row(行政处罚决定书文号="R2"), {}, penalty_row(行政处罚决定书文号="R4")],
               header=list(penalty_row()))
    frame = load_sources(tmp_path).kinds["penalties"].frame
    assert list(zip(frame["行政处罚决定书文号"], frame["_row"], strict=True)) == [("R2", 2), ("R4", 4)]


def test_a_missing_or_empty_folder_is_fine(tmp_path: Path) -> None:
    (tmp_path / "licenses").mkdir()
    sources = load_sources(tmp_path)
    assert sources.problems == [] and sources.damaged_files == []
    assert all(loaded.frame.empty for loaded in sources.kinds.values())


# -- header spellings ------------------------------------------------------------------------


def test_national_penalty_field_codes_are_aliases(tmp_path: Path) -> None:
    row = penalty_row()
    write_csv(tmp_path / "penalties" / "p.csv", [relabel(row, PENALTY_CODES)])
    sources = load_sources(tmp_path)
    frame = sources.kinds["penalties"].frame
    assert sources.problems == [] and sources.damaged_files == []
    for name, value in row.items():
        assert frame.loc[0, name] == value, name


def test_national_license_field_codes_are_aliases(tmp_path: Path) -> None:
    row = license_row()
    write_csv(tmp_path / "licenses" / "l.csv", [relabel(row, LICENSE_CODES)])
    sources = load_sources(tmp_path)
    frame = sources.kinds["licenses"].frame
    assert sources.problems == [] and sources.damaged_files == []
    assert frame.loc[0, "许可编号"] == "JY16207020000001"  # XK_XKBH
    for name, value in row.items():
        assert frame.loc[0, name] == value, name


@pytest.mark.parametrize(("spelling", "field", "value"), [
    ("罚款金额（万元）", "罚款金额(万元)", "0.2"),
    ("罚款金额(万元)", "罚款金额(万元)", "0.2"),
    ("违法事实(必填)", "违法事实", "当事人销售过期食品。"),
    ("违法事实（必填）", "违法事实", "当事人销售过期食品。"),
    ("  处罚机关 ", "处罚机关", "甘州区市场监督管理局"),
    ("\u3000处罚机关\t", "处罚机关", "甘州区市场监督管理局"),
    ("行政相对人代码_1(统一社会信用代码)", "统一社会信用代码", make_uscc(1)),
    ("行政相对人代码_1（统一社会信用代码）", "统一社会信用代码", make_uscc(1)),
    ("行政相对人代码_1", "统一社会信用代码", make_uscc(1)),
    ("行政相对人代码_2(工商注册号)", "工商注册号", "620702600012345"),
    ("CF_FR_SFZH", "法定代表人证件号码", "（测试值）"),
])
def test_tolerated_header_variants(tmp_path: Path, spelling: str, field: str, value: str) -> None:
    row = penalty_row()
    row.pop(field, None)
    row[spelling] = value
    write_csv(tmp_path / "penalties" / "p.csv", [row])
    sources = load_sources(tmp_path)
    frame = sources.kinds["penalties"].frame
    assert sources.problems == [] and sources.damaged_files == []
    assert frame.loc[0, field] == value


def test_two_columns_for_one_field_warn_and_the_first_is_used(tmp_path: Path) -> None:
    header = [*penalty_row(), "CF_XDR_MC"]
    row = {**penalty_row(), "CF_XDR_MC": "另一个名称"}
    write_csv(tmp_path / "penalties" / "p.csv", [row], header=header)
    sources = load_sources(tmp_path)
    (problem,) = sources.problems
    assert (problem.code, problem.severity, problem.row, problem.column) == (
        "file-duplicate-column", WARNING, 1, "CF_XDR_MC")
    assert sources.kinds["penalties"].frame.loc[0, "行政相对人名称"] == "甘州区示例商贸有限公司"


def test_a_quoted_line_break_inside_a_cell_does_not_shift_row_numbers(tmp_path: Path) -> None:
    rows = [penalty_row(违法事实="第一行\n第二行"), penalty_row(行政处罚决定书文号="N-2")]
    write_csv(tmp_path / "penalties" / "p.csv", rows)
    frame = load_sources(tmp_path).kinds["penalties"].frame
    assert frame.loc[0, "违法事实"] == "第一行\n第二行"
    assert list(frame["_row"]) == [2, 3]


def test_unknown_extra_column_is_dropped_and_reported_as_a_warning(tmp_path: Path) -> None:
    write_csv(tmp_path / "penalties" / "p.csv", [penalty_row(**{"内部备注": "仅供内部参考-机密"})])
    sources = load_sources(tmp_path)
    frame = sources.kinds["penalties"].frame
    assert "内部备注" not in frame.columns
    assert "仅供内部参考-机密" not in frame.astype(str).to_numpy().ravel().tolist()
    assert len(frame) == 1 and sources.damaged_files == []
    (problem,) = sources.problems
    assert (problem.code, problem.severity, problem.file, problem.row, problem.column) == (
        "file-unknown-column", WARNING, "penalties/p.csv", 1, "内部备注")


def test_unknown_file_type_is_a_warning_and_ignored(tmp_path: Path) -> None:
    write_csv(tmp_path / "penalties" / "p.csv", [penalty_row()])
    (tmp_path / "penalties" / "notes.txt").write_text("导出说明：请勿公开", encoding="utf-8")
    sources = load_sources(tmp_path)
    (problem,) = sources.problems
    assert (problem.code, problem.severity, problem.file) == ("file-unknown-type", WARNING, "penalties/notes.txt")
    assert sources.damaged_files == []
    assert sources.kinds["penalties"].files == ["penalties/p.csv"]
    assert len(sources.kinds["penalties"].frame) == 1


def test_editor_lock_files_and_hidden_files_are_not_exports(tmp_path: Path) -> None:
    write_csv(tmp_path / "penalties" / "p.csv", [penalty_row()])
    (tmp_path / "penalties" / "~$p.xlsx").write_bytes(b"lock")
    (tmp_path / "penalties" / ".DS_Store").write_bytes(b"\x00\x01")
    sources = load_sources(tmp_path)
    assert sources.problems == [] and sources.damaged_files == []


# -- damaged files ---------------------------------------------------------------------------


def test_missing_required_column_makes_the_file_damaged(tmp_path: Path) -> None:
    row = penalty_row()
    del row["处罚决定日期"]
    write_csv(tmp_path / "penalties" / "bad.csv", [row])
    write_csv(tmp_path / "penalties" / "good.csv", [penalty_row(行政处罚决定书文号="G-1")])
    sources = load_sources(tmp_path)
    (problem,) = sources.damaged_files
    assert (problem.code, problem.severity, problem.file, problem.row) == (
        "file-missing-column", ERROR, "penalties/bad.csv", 1)
    assert "处罚决定日期" in problem.column
    # The other file of the folder is still read.
    assert list(sources.kinds["penalties"].frame["_file"]) == ["penalties/good.csv"]


def test_party_code_column_may_be_absent_when_no_party_needs_it(tmp_path: Path) -> None:
    row = penalty_row(行政相对人类别="个体工商户", 工商注册号="620702600012345")
    del row["统一社会信用代码"]
    write_csv(tmp_path / "penalties" / "p.csv", [row])
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    assert sources.kinds["penalties"].frame.loc[0, "统一社会信用代码"] == ""


@pytest.mark.parametrize("content", [
    "HEADER",  # the header alone
    "HEADER\r\n\r\n,,,\r\n",  # the header and blank lines
])
def test_header_only_file_is_damaged(tmp_path: Path, content: str) -> None:
    header = ",".join(penalty_row())
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.csv").write_text(content.replace("HEADER", header), encoding="utf-8")
    sources = load_sources(tmp_path)
    (problem,) = sources.damaged_files
    assert (problem.code, problem.severity, problem.file) == ("file-header-only", ERROR, "penalties/p.csv")
    assert sources.kinds["penalties"].frame.empty


def test_empty_file_is_damaged(tmp_path: Path) -> None:
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.csv").write_bytes(b"")
    (problem,) = load_sources(tmp_path).damaged_files
    assert (problem.code, problem.severity) == ("file-header-only", ERROR)


def test_header_only_xlsx_is_damaged(tmp_path: Path) -> None:
    write_xlsx(tmp_path / "penalties" / "p.xlsx", [], header=list(penalty_row()))
    (problem,) = load_sources(tmp_path).damaged_files
    assert (problem.code, problem.file) == ("file-header-only", "penalties/p.xlsx")


def test_truncated_xlsx_is_unreadable(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", [penalty_row()]).read_bytes()
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.xlsx").write_bytes(whole[: len(whole) // 2])  # an interrupted download
    (problem,) = load_sources(tmp_path).damaged_files
    assert (problem.code, problem.severity, problem.file) == ("file-unreadable", ERROR, "penalties/p.xlsx")


@pytest.mark.parametrize("raw", [b"PAR1" + b"\x00not parquet" * 10 + b"PAR1", b"", b"hello"])
def test_garbage_parquet_is_unreadable(tmp_path: Path, raw: bytes) -> None:
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.parquet").write_bytes(raw)
    (problem,) = load_sources(tmp_path).damaged_files
    assert (problem.code, problem.severity, problem.file) == ("file-unreadable", ERROR, "penalties/p.parquet")


def test_undecodable_csv_is_damaged(tmp_path: Path) -> None:
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.csv").write_bytes(random.Random(0).randbytes(300))
    sources = load_sources(tmp_path)
    (problem,) = sources.damaged_files
    assert (problem.code, problem.severity, problem.file) == ("file-undecodable", ERROR, "penalties/p.csv")


def test_xlsx_saved_under_a_csv_name_is_read_as_the_workbook_it_is(tmp_path: Path) -> None:
    xlsx = write_xlsx(tmp_path / "x.xlsx", [penalty_row()]).read_bytes()
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.csv").write_bytes(xlsx)
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    assert sources.kinds["penalties"].frame.loc[0, "行政处罚决定书文号"] == "甘州市监罚〔2026〕1号"
    (note,) = [p for p in sources.problems if p.code == "file-format-read"]
    assert note.severity == WARNING and "XLSX" in note.message


@pytest.mark.parametrize("raw", [b"\x80" * 100, b"\xff\xfe\xfd\xfc" * 50])
def test_bytes_that_only_a_detector_can_read_never_become_rows(tmp_path: Path, raw: bytes) -> None:
    # Neither UTF-8 nor GB18030: decode_bytes may still guess a legacy code page (e.g. EBCDIC),
    # but the guessed text has no contract header, so the file is refused as a whole.
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.csv").write_bytes(raw)
    sources = load_sources(tmp_path)
    (problem,) = sources.damaged_files
    assert problem.code in ("file-undecodable", "file-missing-column")
    assert sources.kinds["penalties"].frame.empty


# -- decode_bytes, honestly ------------------------------------------------------------------


def test_decode_bytes_accepts_the_encodings_of_the_contract() -> None:
    text = "行政相对人名称,处罚机关\r\n刘䶮,甘州区市场监督管理局\r\n"
    assert decode_bytes(text.encode("utf-8")) == text
    assert decode_bytes(text.encode("utf-8-sig")) == text  # the BOM is dropped
    assert decode_bytes(text.encode("gb18030")) == text
    assert decode_bytes("行政相对人名称".encode("gbk")) == "行政相对人名称"


@pytest.mark.parametrize("seed", range(5))
def test_decode_bytes_refuses_random_bytes(seed: int) -> None:
    with pytest.raises(UnicodeDecodeError):
        decode_bytes(random.Random(seed).randbytes(300))


def test_a_file_is_never_silently_dropped(tmp_path: Path) -> None:
    """Every file in a kind folder is either read, or named in a problem."""
    write_csv(tmp_path / "licenses" / "ok.csv", [license_row()])
    write_csv(tmp_path / "licenses" / "ok2.csv", [license_row(许可编号="JY2", 行政许可决定文书号="")], "gb18030")
    (tmp_path / "licenses" / "junk.parquet").write_bytes(b"junk")
    (tmp_path / "licenses" / "readme.docx").write_bytes(b"PK")
    write_csv(tmp_path / "licenses" / "entities-by-mistake.csv", [{"统一社会信用代码": make_uscc(5), "主体名称": "x"}])
    sources = load_sources(tmp_path)
    named = {p.file for p in sources.problems + sources.damaged_files}
    read = set(sources.kinds["licenses"].files)
    assert read == {"licenses/ok.csv", "licenses/ok2.csv"}
    assert named >= {"licenses/junk.parquet", "licenses/readme.docx", "licenses/entities-by-mistake.csv"}


# -- real export shapes (issue 17): sheets, title rows, merged cells, footers ---------------------


def write_xls(path: Path, sheets: dict[str, list[list[object]]], merges: dict[str, list[tuple[int, int, int, int]]]
              | None = None) -> Path:
    """A BIFF .xls as provincial systems export (xlwt); merges are (row0, row1, col0, col1), inclusive."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        spans = (merges or {}).get(name, [])
        covered = {(r, c) for r0, r1, c0, c1 in spans for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)
                   if (r, c) != (r0, c0)}
        for r0, r1, c0, c1 in spans:
            sheet.write_merge(r0, r1, c0, c1, rows[r0][c0])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if (r, c) in covered or any((r, c) == (s[0], s[2]) for s in spans) or value in ("", None):
                    continue
                sheet.write(r, c, value)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(str(path))
    return path


def _grid(rows: list[dict[str, str]], header: list[str]) -> list[list[object]]:
    return [list(header), *[[r.get(h, "") for h in header] for r in rows]]


def test_xls_with_a_title_row_and_a_footer_is_read_with_the_rows_a_spreadsheet_shows(tmp_path: Path) -> None:
    header = ["序号", *penalty_row()]
    grid = [["甘州区市场监督管理局行政处罚信息公示表"], ["填报单位：甘州区市场监督管理局"],
            *_grid([{"序号": "1", **penalty_row(行政处罚决定书文号="X-1")},
                    {"序号": "2", **penalty_row(行政处罚决定书文号="X-2")}], header),
            ["3"],  # a numbered row the template left empty
            ["制表人：王某某", "", "审核人：李某某"], ["填报日期：2026年3月10日"]]
    write_xls(tmp_path / "penalties" / "p.xls", {"处罚": grid})
    sources = load_sources(tmp_path)
    frame = sources.kinds["penalties"].frame
    assert sources.damaged_files == []
    assert list(zip(frame["行政处罚决定书文号"], frame["_row"], strict=True)) == [("X-1", 4), ("X-2", 5)]
    assert sources.kinds["penalties"].files == ["penalties/p.xls"]
    got = sorted((p.code, p.row) for p in sources.problems)
    assert got == [("file-header-row", 3), ("row-not-data", 6), ("row-not-data", 7), ("row-not-data", 8)]
    (header_row,) = [p for p in sources.problems if p.code == "file-header-row"]
    assert "第 3 行" in header_row.message


def test_every_sheet_with_a_header_is_read_and_named_in_the_location(tmp_path: Path) -> None:
    header = list(penalty_row())
    write_xls(tmp_path / "penalties" / "p.xls", {
        "2025年": _grid([penalty_row(行政处罚决定书文号="A-1")], header),
        "说明": [["本表按 2019 年模板填写"], ["联系人：办公室"]],
        "2026年": _grid([penalty_row(行政处罚决定书文号="B-1"), penalty_row(行政处罚决定书文号="B-2")], header),
    })
    sources = load_sources(tmp_path)
    frame = sources.kinds["penalties"].frame
    assert list(zip(frame["行政处罚决定书文号"], frame["_file"], frame["_row"], strict=True)) == [
        ("A-1", "penalties/p.xls#2025年", 2), ("B-1", "penalties/p.xls#2026年", 2), ("B-2", "penalties/p.xls#2026年", 3)]
    assert sources.kinds["penalties"].files == ["penalties/p.xls#2025年", "penalties/p.xls#2026年"]
    assert [(p.code, p.file) for p in sources.problems] == [("sheet-skipped", "penalties/p.xls#说明")]


def test_a_withdrawal_saved_as_xls_is_read(tmp_path: Path) -> None:
    header = ["信息类别", "原决定文书号", "撤销类型", "撤销日期", "作出机关"]
    write_xls(tmp_path / "withdrawals" / "w.xls", {"Sheet1": [header, ["行政处罚", "甘州市监罚〔2026〕1号", "撤销",
                                                                        "2026-04-01", "甘州区市场监督管理局"]]})
    sources = load_sources(tmp_path)
    assert sources.damaged_files == [] and sources.problems == []
    assert list(sources.kinds["withdrawals"].frame["原决定文书号"]) == ["甘州市监罚〔2026〕1号"]


def test_vertically_merged_cells_are_filled_down_in_xlsx_and_xls(tmp_path: Path) -> None:
    import openpyxl

    header = list(penalty_row())
    rows = [penalty_row(行政处罚决定书文号=f"M-{i}") for i in range(3)]
    book = openpyxl.Workbook()
    sheet = book.active
    for row in _grid(rows, header):
        sheet.append(row)
    col = header.index("处罚机关") + 1
    for r in (3, 4):
        sheet.cell(r, col).value = None
    sheet.merge_cells(start_row=2, start_column=col, end_row=4, end_column=col)
    (tmp_path / "penalties").mkdir()
    book.save(tmp_path / "penalties" / "p.xlsx")
    grid = _grid(rows, header)
    write_xls(tmp_path / "licenses" / "x.xls", {"S": _grid([license_row(许可编号=f"L-{i}", 行政许可决定文书号=f"L-{i}")
                                                          for i in range(2)], list(license_row()))},
              merges={"S": [(1, 2, list(license_row()).index("许可机关"), list(license_row()).index("许可机关"))]})
    sources = load_sources(tmp_path)
    assert sources.damaged_files == [] and sources.problems == []
    assert list(sources.kinds["penalties"].frame["处罚机关"]) == ["甘州区市场监督管理局"] * 3
    assert list(sources.kinds["licenses"].frame["许可机关"]) == ["甘州区市场监督管理局"] * 2
    assert grid  # the merged range kept its rows: three records


def test_a_page_break_repeating_the_header_is_not_data(tmp_path: Path) -> None:
    header = list(penalty_row())
    rows = [penalty_row(行政处罚决定书文号="P-1"), dict(zip(header, header, strict=True)),
            penalty_row(行政处罚决定书文号="P-2")]
    write_csv(tmp_path / "penalties" / "p.csv", rows, header=header)
    sources = load_sources(tmp_path)
    assert list(sources.kinds["penalties"].frame["_row"]) == [2, 4]
    assert [(p.code, p.row) for p in sources.problems] == [("row-repeated-header", 3)]  # (said as what it is: h22v)


def test_many_rows_that_are_not_data_are_listed_up_to_a_cap_and_counted(tmp_path: Path) -> None:
    from generator.load import PROBLEMS_LISTED

    header = ["序号", *penalty_row()]
    rows = [{"序号": "1", **penalty_row()}, *({"序号": str(i)} for i in range(2, 60))]
    write_csv(tmp_path / "penalties" / "p.csv", rows, header=header)
    problems = [p for p in load_sources(tmp_path).problems if p.code == "row-not-data"]
    assert len(problems) == PROBLEMS_LISTED + 1
    assert "共 58 行" in problems[-1].message and problems[-1].row is None


# -- national layouts (2016 / 2019), identity headers, columns.toml -------------------------------

# The 2016 standard's penalty headers (generator/standards/sgs2016.toml, tests/exports/SOURCES.md).
HEADERS_2016 = ["行政处罚决定书文号", "处罚名称", "处罚类别1", "处罚类别2", "处罚事由", "处罚依据", "行政相对人名称",
                "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(组织机构代码)", "行政相对人代码_3(工商登记码)",
                "行政相对人代码_4(税务登记号)", "行政相对人代码_5(居民身份证号)", "法定代表人姓名", "处罚结果", "处罚决定日期",
                "处罚机关", "当前状态", "地方编码", "数据更新时间戳", "备注"]
CODES_2016 = ["CF_WSH", "CF_CFMC", "CF_CFLB1", "CF_CFLB2", "CF_SY", "CF_YJ", "CF_XDR_MC", "CF_XDR_SHXYM", "CF_XDR_ZDM",
              "CF_XDR_GSDJ", "CF_XDR_SWDJ", "CF_XDR_SFZ", "CF_FR", "CF_JG", "CF_JDRQ", "CF_XZJG", "CF_ZT", "DFBM", "SJC",
              "BZ"]


def _row_2016(no: str, *, status: str = "0", person: bool = False) -> list[str]:
    from tests.helpers import make_id

    return [no, "销售过期食品", "1", "", "当事人销售超过保质期的食品。", "《中华人民共和国食品安全法》第一百二十四条",
            "张三丰" if person else "甘州区示例商贸有限公司", "" if person else make_uscc(1),
            "" if person else "MA6XYZ12-3", "" if person else "620702000012345", "",
            make_id("19850312", 8) if person else "", "" if person else "王五", "罚款2000元，警告", "2026/03/05",
            "甘州区市场监督管理局", status, "620702", "2026/03/06", ""]


def _csv_lines(path: Path, rows: list[list[str]], encoding: str = "gb18030") -> None:
    import csv
    import io

    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue().encode(encoding))


MAPPING_2016 = f"""
[defaults]
"处罚机关统一社会信用代码" = "{AUTHORITY_USCC}"
"数据来源单位统一社会信用代码" = "{AUTHORITY_USCC}"
"""


# The 2016 columns as a data-sharing platform's front end titles them (its 行政处罚信息 list: 案件项目名称 for CF_CFMC,
# 法人代表姓名 for CF_FR; found with find_string this session, the index did not name its repository; h10x).
PLATFORM_2016 = [{"处罚名称": "案件项目名称", "法定代表人姓名": "法人代表姓名"}.get(h, h) for h in HEADERS_2016]


@pytest.mark.parametrize("headers", [HEADERS_2016, CODES_2016, PLATFORM_2016], ids=["chinese", "codes", "platform"])
def test_the_2016_standard_is_recognised_by_its_columns(tmp_path: Path, headers: list[str]) -> None:
    _csv_lines(tmp_path / "penalties" / "p2016.csv",
               [headers, _row_2016("A-1"), _row_2016("A-2", person=True), _row_2016("A-3", status="1")])
    (tmp_path / "penalties" / "columns.toml").write_text(MAPPING_2016, encoding="utf-8")
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    frame = sources.kinds["penalties"].frame
    assert list(frame["行政处罚决定书文号"]) == ["A-1", "A-2"]  # A-3: 当前状态 1 = 撤销
    first = frame.iloc[0]
    # _2 and _3 mean 组织机构代码 and 工商登记码 in 2016 (工商注册号 and 组织机构代码 in 2019).
    assert (first["组织机构代码"], first["工商注册号"]) == ("MA6XYZ12-3", "620702000012345")
    assert first["违法行为类型"] == "销售过期食品" and first["处罚内容"] == "罚款2000元，警告"
    assert first["处罚类别"] == "罚款"  # the 2016 code 1
    assert first["处罚有效期"] == "长期" and first["数据来源单位"] == "甘州区市场监督管理局"
    assert first["处罚机关统一社会信用代码"] == AUTHORITY_USCC
    # _5 is the 居民身份证号: read as 证件号码 (never public), with its document type.
    second = frame.iloc[1]
    assert second["证件号码"] != "" and second["证件类型"] == "身份证"
    assert second["法定代表人"] == "" and second["统一社会信用代码"] == ""
    codes = sorted(p.code for p in sources.problems)
    assert codes == ["file-layout", "row-withdrawn-in-file"]
    (layout,) = [p for p in sources.problems if p.code == "file-layout"]
    assert "2016" in layout.message and "处罚有效期＝“长期”" in layout.message


def test_a_default_naming_a_contact_is_quoted_to_staff_with_the_person_masked(tmp_path: Path) -> None:
    # Adversarial round 5 (columns-toml-defaults-and-mappings): a clerk's [defaults] value names a
    # contact and a mobile; the layout note quotes it to staff (issues.jsonl, the report page).
    _csv_lines(tmp_path / "penalties" / "p2016.csv", [HEADERS_2016, _row_2016("A-1")])
    (tmp_path / "penalties" / "columns.toml").write_text(
        MAPPING_2016 + '"数据来源单位" = "甘州区市场监督管理局（联系人冼彧瑾，电话13993629932）"\n', encoding="utf-8")
    (layout,) = [p for p in load_sources(tmp_path).problems if p.code == "file-layout"]
    assert "冼彧瑾" not in layout.message and "13993629932" not in layout.message
    assert "甘州区市场监督管理局（联系人冼**" in layout.message


def test_2016_rows_revoked_in_the_file_are_not_read_however_the_status_is_written(tmp_path: Path) -> None:
    # 当前状态 as exports write it: full-width digit, a numeric cell's 1.0, spaces, 已撤销 / 撤消.
    statuses = ["１", "1.0", " 1 ", "已撤销", "撤消"]
    rows = [_row_2016(f"R-{n}", status=status) for n, status in enumerate(statuses)]
    _csv_lines(tmp_path / "penalties" / "p2016.csv", [HEADERS_2016, _row_2016("KEEP"), *rows])
    (tmp_path / "penalties" / "columns.toml").write_text(MAPPING_2016, encoding="utf-8")
    sources = load_sources(tmp_path)
    assert list(sources.kinds["penalties"].frame["行政处罚决定书文号"]) == ["KEEP"]
    assert sum(p.code == "row-withdrawn-in-file" for p in sources.problems) == len(statuses)


def test_2016_categories_in_two_columns_are_joined_and_coded_values_named(tmp_path: Path) -> None:
    row = _row_2016("C-1")
    row[2], row[3] = "0", "1"
    _csv_lines(tmp_path / "penalties" / "p.csv", [HEADERS_2016, row])
    (tmp_path / "penalties" / "columns.toml").write_text(MAPPING_2016, encoding="utf-8")
    frame = load_sources(tmp_path).kinds["penalties"].frame
    assert frame.loc[0, "处罚类别"] == "警告；罚款"


def test_bare_numbered_headers_follow_2019_unless_the_file_is_2016(tmp_path: Path) -> None:
    row = penalty_row()
    del row["统一社会信用代码"]
    row.update({"行政相对人代码_1": make_uscc(1), "行政相对人代码_2": "620702000012345", "行政相对人代码_3": "MA6XYZ12-3"})
    write_csv(tmp_path / "penalties" / "p.csv", [row])
    frame = load_sources(tmp_path).kinds["penalties"].frame
    assert (frame.loc[0, "工商注册号"], frame.loc[0, "组织机构代码"]) == ("620702000012345", "MA6XYZ12-3")


def test_a_numbered_header_is_read_by_its_own_text(tmp_path: Path) -> None:
    row = penalty_row(**{"行政相对人代码_2(组织机构代码)": "MA6XYZ12-3", "行政相对人代码_3（工商注册号）": "620702000012345"})
    write_csv(tmp_path / "penalties" / "p.csv", [row])
    sources = load_sources(tmp_path)
    frame = sources.kinds["penalties"].frame
    assert sources.problems == []
    assert (frame.loc[0, "工商注册号"], frame.loc[0, "组织机构代码"]) == ("620702000012345", "MA6XYZ12-3")


def test_a_header_naming_an_identity_document_is_never_public_whatever_the_mapping(tmp_path: Path) -> None:
    from tests.helpers import make_id

    ric = make_id("19850312", 8)
    row = penalty_row(**{"法人身份证号": ric})
    write_csv(tmp_path / "penalties" / "p.csv", [row])
    (tmp_path / "penalties" / "columns.toml").write_text('[columns]\n"法人身份证号" = "备注"\n', encoding="utf-8")
    sources = load_sources(tmp_path)
    frame = sources.kinds["penalties"].frame
    assert frame.loc[0, "备注"] == ""
    assert frame.loc[0, "证件号码"] == ric  # a never-public field
    (problem,) = [p for p in sources.problems if p.code == "column-identity-never-public"]
    assert ric not in problem.message


def test_columns_toml_maps_a_systems_own_headers_and_supplies_defaults(tmp_path: Path) -> None:
    row = penalty_row()
    row["决定书编号"] = row.pop("行政处罚决定书文号")
    del row["处罚机关统一社会信用代码"], row["数据来源单位"]
    row["承办人"] = "赵六"
    write_csv(tmp_path / "penalties" / "p.csv", [row])
    (tmp_path / "penalties" / "columns.toml").write_text(
        '# 本局执法系统的列名\n[columns]\n"决定书编号" = "行政处罚决定书文号"\n"内部流水号" = "备注"\n'
        f'[defaults]\n"处罚机关统一社会信用代码" = "{AUTHORITY_USCC}"\n"数据来源单位" = "甘州区市场监督管理局"\n',
        encoding="utf-8")
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    frame = sources.kinds["penalties"].frame
    assert frame.loc[0, "行政处罚决定书文号"] == "甘州市监罚〔2026〕1号"
    assert frame.loc[0, "处罚机关统一社会信用代码"] == AUTHORITY_USCC
    by_code = {p.code: p for p in sources.problems}
    assert set(by_code) == {"file-layout", "file-unknown-column", "mapping-unused"}
    assert by_code["file-unknown-column"].column == "承办人"
    assert "内部流水号" in by_code["mapping-unused"].message
    assert "赵六" not in frame.astype(str).to_numpy().ravel().tolist()


@pytest.mark.parametrize("text", [
    '[columns]\n"决定书编号" = "文号"\n',  # not a field
    '[defaults]\n"处罚单位" = "x"\n',
    '[colums]\n"a" = "备注"\n',  # a misspelt table
    '[columns\n',  # not TOML
])
def test_an_invalid_columns_toml_is_a_file_problem(tmp_path: Path, text: str) -> None:
    write_csv(tmp_path / "penalties" / "p.csv", [penalty_row()])
    (tmp_path / "penalties" / "columns.toml").write_text(text, encoding="utf-8")
    sources = load_sources(tmp_path)
    (problem,) = sources.damaged_files
    assert (problem.code, problem.severity, problem.file) == ("mapping-invalid", ERROR, "penalties/columns.toml")


# -- national list formats: the court's 失信被执行人, the tax office's A级纳税人 ------------------------

COURT_HEADER = ["序号", "被执行人姓名/名称", "身份证号码/组织机构代码", "法定代表人或者负责人姓名", "执行法院", "省份",
                "执行依据文号", "立案时间", "案号", "做出执行依据单位", "生效法律文书确定的义务", "被执行人的履行情况",
                "失信被执行人行为具体情形", "发布时间"]


def test_the_court_list_maps_onto_blacklist_with_the_defaults_it_implies(tmp_path: Path) -> None:
    from tests.helpers import make_id

    ric = make_id("19800101", 3)
    court = make_uscc(9100, prefix="11")
    rows = [COURT_HEADER,
            ["1", "甘州区示例建材有限公司", make_uscc(7), "王五", "甘州区人民法院", "甘肃", "（2025）甘0702民初100号",
             "2025-06-01", "（2025）甘0702执500号", "甘州区人民法院", "支付货款10万元", "全部未履行",
             "有履行能力而拒不履行生效法律文书确定义务", "2026-01-15"],
            ["2", "李四", ric, "", "甘州区人民法院", "甘肃", "（2025）甘0702民初101号", "2025-07-01",
             "（2025）甘0702执501号", "甘州区人民法院", "偿还借款5万元", "全部未履行", "违反限制消费令", "2026-02-01"]]
    _csv_lines(tmp_path / "blacklist" / "court.csv", rows, encoding="utf-8")
    (tmp_path / "blacklist" / "columns.toml").write_text(f'[defaults]\n"列入单位统一社会信用代码" = "{court}"\n',
                                                         encoding="utf-8")
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    frame = sources.kinds["blacklist"].frame
    assert list(frame["列入文号"]) == ["（2025）甘0702执500号", "（2025）甘0702执501号"]
    assert list(frame["名单名称"]) == ["失信被执行人名单"] * 2
    assert frame.loc[0, "统一社会信用代码"] == make_uscc(7) and frame.loc[0, "证件号码"] == ""
    assert frame.loc[1, "证件号码"] == ric and frame.loc[1, "统一社会信用代码"] == ""
    assert list(frame["列入单位"]) == ["甘州区人民法院"] * 2 and frame.loc[0, "列入单位统一社会信用代码"] == court
    assert frame.loc[0, "列入原因"] == "有履行能力而拒不履行生效法律文书确定义务"
    assert "支付货款10万元" not in frame.astype(str).to_numpy().ravel().tolist()  # the duty text is not read
    assert [p.code for p in sources.problems] == ["file-layout"]


def test_the_tax_a_list_maps_onto_redlist_with_a_composed_decision_number(tmp_path: Path) -> None:
    tax_office = make_uscc(9200, prefix="11")
    rows = [["2025年度纳税信用A级纳税人名单"], ["序号", "纳税人识别号", "纳税人名称", "评价年度"],
            ["1", make_uscc(11), "甘州区示例商贸有限公司", "2025"],
            ["2", "620702123456789", "甘州区老字号酱菜厂", "2025"]]
    _csv_lines(tmp_path / "redlist" / "a.csv", rows)
    (tmp_path / "redlist" / "columns.toml").write_text(
        f'[defaults]\n"认定日期" = "2026-04-20"\n"认定单位" = "国家税务总局甘州区税务局"\n'
        f'"认定单位统一社会信用代码" = "{tax_office}"\n', encoding="utf-8")
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    frame = sources.kinds["redlist"].frame
    assert list(frame["认定文号"]) == [f"2025年度纳税信用A级（{make_uscc(11)}）", "2025年度纳税信用A级（620702123456789）"]
    assert list(frame["税务登记号"]) == ["", "620702123456789"]
    assert list(frame["名单名称"]) == ["纳税信用A级纳税人"] * 2
    assert list(frame["_row"]) == [3, 4]


def test_a_list_without_its_implied_defaults_names_the_missing_columns_and_the_mapping_file(tmp_path: Path) -> None:
    _csv_lines(tmp_path / "redlist" / "a.csv", [["纳税人识别号", "纳税人名称", "评价年度"],
                                                 [make_uscc(11), "甘州区示例商贸有限公司", "2025"]])
    (problem,) = load_sources(tmp_path).damaged_files
    assert problem.code == "file-missing-column"
    assert "认定日期" in problem.column and "columns.toml" in problem.message


# -- input safety (issue 24): one listing, links, FIFOs, names that are not UTF-8 ---------------------


def _codes_by_file(problems) -> dict[str, str]:
    return {p.file: p.code for p in problems}


def test_entries_that_are_not_readable_regular_files_are_refused_by_name(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_csv(data / "withdrawals" / "ok.csv", [{"信息类别": "行政处罚", "原决定文书号": "甘州市监罚〔2026〕1号",
                                                "撤销类型": "撤销", "撤销日期": "2026-04-01", "作出机关": "甘州区市场监督管理局"}])
    folder = data / "withdrawals"
    (folder / "share.csv").symlink_to(tmp_path / "not-mounted" / "w.csv")  # a share that is not mounted
    os.mkfifo(folder / "pipe.csv")
    (folder / "2026年").mkdir()
    sources = load_sources(data)
    refused = _codes_by_file(sources.damaged_files)
    assert refused == {"withdrawals/share.csv": "file-unreadable", "withdrawals/pipe.csv": "file-unreadable",
                       "withdrawals/2026年": "file-unreadable"}
    assert all(p.severity == ERROR for p in sources.damaged_files)
    assert sources.kinds["withdrawals"].files == ["withdrawals/ok.csv"]


def test_links_are_followed_inside_the_data_folder_and_refused_outside_naming_the_real_path(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_csv(data / "archive" / "p.csv", [penalty_row(行政处罚决定书文号="IN-1")])
    write_csv(tmp_path / "elsewhere" / "p.csv", [penalty_row(行政处罚决定书文号="OUT-1")])
    (tmp_path / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (data / "penalties").mkdir()
    (data / "penalties" / "inside.csv").symlink_to(data / "archive" / "p.csv")
    (data / "penalties" / "outside.csv").symlink_to(tmp_path / "elsewhere" / "p.csv")
    (data / "penalties" / "passwd.csv").symlink_to(tmp_path / "passwd")
    sources = load_sources(data)
    assert list(sources.kinds["penalties"].frame["行政处罚决定书文号"]) == ["IN-1"]
    refused = {p.file: p for p in sources.damaged_files}
    assert set(refused) == {"penalties/outside.csv", "penalties/passwd.csv"}
    assert str((tmp_path / "elsewhere" / "p.csv").resolve()) in refused["penalties/outside.csv"].message
    report = " ".join(p.message + str(p.column) for p in sources.problems + sources.damaged_files)
    assert "root:x" not in report


def test_a_kind_folder_that_is_a_link_is_read_inside_and_refused_outside(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_csv(data / "shared" / "penalties" / "p.csv", [penalty_row()])
    (data / "penalties").symlink_to(data / "shared" / "penalties")
    write_csv(tmp_path / "other" / "l.csv", [license_row()])
    (data / "licenses").symlink_to(tmp_path / "other")
    sources = load_sources(data)
    assert len(sources.kinds["penalties"].frame) == 1
    (problem,) = sources.damaged_files
    assert (problem.code, problem.file) == ("file-unreadable", "licenses")
    assert str((tmp_path / "other").resolve()) in problem.message


def test_a_file_name_that_is_not_utf8_is_a_file_problem_naming_the_file_escaped(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_csv(data / "penalties" / "ok.csv", [penalty_row()])
    gbk_name = "处罚.csv".encode("gbk")
    with open(os.path.join(os.fsencode(data / "penalties"), gbk_name), "wb") as handle:
        handle.write((data / "penalties" / "ok.csv").read_bytes())
    sources = load_sources(data)
    (problem,) = sources.damaged_files
    assert problem.code == "file-name-undecodable" and problem.severity == ERROR
    assert problem.file == "penalties/" + gbk_name.decode("utf-8", "backslashreplace")
    problem.file.encode("utf-8")  # printable and writable as JSON: no surrogate escapes
    assert len(sources.kinds["penalties"].frame) == 1


def test_the_fingerprint_lists_exactly_what_the_loader_reads(tmp_path: Path) -> None:
    from generator.load import list_inputs
    from generator.state import input_fingerprint

    data = tmp_path / "data"
    write_csv(data / "shared" / "w.csv", [{"信息类别": "行政处罚", "原决定文书号": "A", "撤销类型": "撤销",
                                          "撤销日期": "2026-04-01", "作出机关": "甘州区市场监督管理局"}])
    (data / "withdrawals").symlink_to(data / "shared")  # a kind folder that is a link
    before = input_fingerprint(data, "{}", "code")
    assert [e.rel for e in list_inputs(data)] == ["withdrawals/w.csv"]
    (data / "shared" / "w.csv").write_text("changed", encoding="utf-8")
    assert input_fingerprint(data, "{}", "code") != before  # a change behind the link is seen
    after = input_fingerprint(data, "{}", "code")
    (data / "notes.txt").write_text("not an input", encoding="utf-8")  # nothing the loader reads
    (data / "withdrawals" / ".~lock.w.csv#").write_text("lock", encoding="utf-8")
    assert input_fingerprint(data, "{}", "code") == after
    (data / "withdrawals" / "gone.csv").symlink_to(tmp_path / "nowhere.csv")  # a refused entry counts
    assert input_fingerprint(data, "{}", "code") != after


# -- bounded resources (issue 24) ---------------------------------------------------------------


def _with_sheet_edited(source: Path, target: Path, edit: Callable[[bytes], bytes]) -> None:
    """A copy of the workbook `source` at `target` whose first sheet's XML went through `edit`."""
    import zipfile

    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            dst.writestr(info, edit(content) if info.filename == "xl/worksheets/sheet1.xml" else content)
    source.unlink()


def test_an_xlsx_that_inflates_beyond_the_limit_is_refused_before_it_is_parsed(tmp_path: Path, tune) -> None:
    # A sheet cut short: the parser cannot read it (file-unreadable when parsed), so only a check
    # made before parsing can call it too large.
    source = write_xlsx(tmp_path / "whole.xlsx", [penalty_row()] * 50)
    _with_sheet_edited(source, tmp_path / "penalties" / "p.xlsx", lambda content: content.replace(
        b"<sheetData>", b'<sheetData><row r="1"><c r="A1" t="s"><v>999999</v></c>', 1)[:-200])
    assert load_sources(tmp_path).damaged_files[0].code == "file-unreadable"
    tune(load_max_inflated_bytes=2000)
    (problem,) = load_sources(tmp_path).damaged_files
    assert (problem.code, problem.severity) == ("file-too-large", ERROR)
    assert "解压后" in problem.message


def test_an_xlsx_declaring_millions_of_rows_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    def declare_millions(content: bytes) -> bytes:
        content = re.sub(rb'<dimension ref="[^"]+"/>', b'<dimension ref="A1:AE5000000"/>', content)
        assert b"A1:AE5000000" in content
        return content

    _with_sheet_edited(write_xlsx(tmp_path / "small.xlsx", [penalty_row()]), tmp_path / "penalties" / "p.xlsx",
                       declare_millions)
    (problem,) = load_sources(tmp_path).damaged_files
    assert problem.code == "file-too-large" and "5,000,000" in problem.message


def _far_cell(row: int, column: str, text: str) -> Callable[[bytes], bytes]:
    """An edit giving the sheet one more cell far below its data, and the used range Excel then declares."""
    def edit(content: bytes) -> bytes:
        content = re.sub(rb'<dimension ref="A1:([A-Z]+)\d+"/>', rb'<dimension ref="A1:\g<1>' + str(row).encode() + b'"/>',
                         content)
        cell = f'<row r="{row}"><c r="{column}{row}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c></row>'
        return content.replace(b"</sheetData>", cell.encode() + b"</sheetData>")
    return edit


def test_a_used_range_down_to_excels_last_row_is_read_to_its_last_value(tmp_path: Path) -> None:
    # h12x: a space typed in the last row (and formats applied far down) make Excel declare A1:AE1048576; the
    # file was refused as declaring more than 1,000,000 rows. Read to its data, the blank rows below are said.
    rows = [penalty_row(行政处罚决定书文号=f"N-{i}") for i in range(3)]
    _with_sheet_edited(write_xlsx(tmp_path / "w.xlsx", rows), tmp_path / "penalties" / "p.xlsx",
                       _far_cell(1_048_576, "AE", " "))
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    assert list(sources.kinds["penalties"].frame["行政处罚决定书文号"]) == ["N-0", "N-1", "N-2"]
    (note,) = [p for p in sources.problems if p.code == "file-format-read"]
    assert "1,048,576" in note.message and "数据止于第 4 行" in note.message and note.severity == WARNING


def test_a_value_typed_far_below_the_data_refuses_the_file_naming_its_cell(tmp_path: Path) -> None:
    # Read as it is, the cell makes a grid of 200,000 rows (0.4 GB, 1.3 GB at the last row); the file is refused
    # naming the sheet, row and column and what to do, never the value. Another file still reads.
    _with_sheet_edited(write_xlsx(tmp_path / "w.xlsx", [penalty_row()]), tmp_path / "penalties" / "p.xlsx",
                       _far_cell(200_000, "B", "误输入的文字"))
    write_csv(tmp_path / "penalties" / "q.csv", [penalty_row(行政处罚决定书文号="Q-1")])
    sources = load_sources(tmp_path)
    (problem,) = sources.damaged_files
    assert (problem.code, problem.file, problem.severity) == ("file-too-large", "penalties/p.xlsx", ERROR)
    assert "第 200,000 行 B 列有内容" in problem.message and "数据止于第 2 行" in problem.message
    assert "请删除该单元格" in problem.message and "误输入的文字" not in problem.message
    assert list(sources.kinds["penalties"].frame["行政处罚决定书文号"]) == ["Q-1"]


def test_a_value_a_few_rows_below_the_data_is_read_as_a_row(tmp_path: Path) -> None:
    # Near the data (here row 500 of a used range of 500 rows) the far cell is only a row that is not a record.
    _with_sheet_edited(write_xlsx(tmp_path / "w.xlsx", [penalty_row()]), tmp_path / "penalties" / "p.xlsx",
                       _far_cell(500, "B", "x"))
    sources = load_sources(tmp_path)
    assert sources.damaged_files == [] and len(sources.kinds["penalties"].frame) == 1


def _unnumbered(hidden: int | None = None, tail: bytes = b"") -> Callable[[bytes], bytes]:
    """An edit taking every row's and cell's r away (ECMA-376 Part 1, 18.3.1.73 and 18.3.1.4: optional; the OpenXML
    SDK writes none when a program sets no RowIndex or CellReference, as box/spout issue 267's file from a Microsoft
    product): each cell written in its place (an empty one as <c/>), row `hidden` (1-based) hidden, `tail` appended."""
    def edit(content: bytes) -> bytes:
        def row(match: re.Match[bytes]) -> bytes:
            cells: list[bytes] = []
            for cell in re.finditer(rb'<c r="([A-Z]+)\d+"(.*?)(?:/>|>(.*?)</c>)', match.group(2), re.S):
                column = sum((letter - 64) * 26 ** k for k, letter in enumerate(reversed(cell.group(1))))
                cells += [b"<c/>"] * (column - 1 - len(cells))
                cells.append(b"<c" + cell.group(2) + (b">" + cell.group(3) + b"</c>" if cell.group(3) else b"/>"))
            shown = b' hidden="1"' if int(match.group(1)) == hidden else b""
            return b"<row" + shown + b">" + b"".join(cells) + b"</row>"

        content = re.sub(rb'<row r="(\d+)"[^>]*>(.*?)</row>', row, content, flags=re.S)
        assert b' r="' not in content.split(b"<sheetData>")[1]
        return content.replace(b"</sheetData>", tail + b"</sheetData>")
    return edit


def test_rows_and_cells_without_their_numbers_are_counted_in_order(tmp_path: Path) -> None:
    # Source: tests/exports/SOURCES.md (no-cell-references). Rows and cells without r follow the ones before them;
    # a space typed in the last row (its row and cell numbered) made the sheet unscanned: the 3 records were refused
    # as over 1,000,000 rows (lead11's norref case). Now read, the blank rows below said.
    rows = [penalty_row(行政处罚决定书文号=f"N-{i}", **{"罚款金额(万元)": "" if i == 1 else "0.2"}) for i in range(3)]
    far = b'<row r="1048576"><c r="AE1048576" t="inlineStr"><is><t xml:space="preserve"> </t></is></c></row>'
    _with_sheet_edited(write_xlsx(tmp_path / "w.xlsx", rows), tmp_path / "penalties" / "p.xlsx",
                       lambda content: _unnumbered(tail=far)(re.sub(rb'<dimension ref="[^"]+"/>',
                                                                    b'<dimension ref="A1:AE1048576"/>', content)))
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    frame = sources.kinds["penalties"].frame
    assert list(frame["行政处罚决定书文号"]) == ["N-0", "N-1", "N-2"]
    assert list(frame["罚款金额(万元)"]) == ["0.2", "", "0.2"] and list(frame["处罚机关"]) == [rows[0]["处罚机关"]] * 3
    (note,) = [p for p in sources.problems if p.code == "file-format-read"]
    assert "数据止于第 4 行" in note.message


def test_a_hidden_row_without_its_number_is_not_read(tmp_path: Path) -> None:
    # A row hidden in Excel (hidden="1") is seen by nobody who opens the file: without its r it was read and the
    # record published. The records around it are read.
    rows = [penalty_row(行政处罚决定书文号=f"N-{i}") for i in range(3)]
    _with_sheet_edited(write_xlsx(tmp_path / "w.xlsx", rows), tmp_path / "penalties" / "p.xlsx", _unnumbered(hidden=3))
    sources = load_sources(tmp_path)
    assert list(sources.kinds["penalties"].frame["行政处罚决定书文号"]) == ["N-0", "N-2"]
    assert [(p.code, p.row) for p in sources.problems if p.code == "row-hidden"] == [("row-hidden", 3)]


def test_an_excel_95_workbook_is_read_by_its_code_page(tmp_path: Path) -> None:
    # Source: tests/exports/SOURCES.md (biff5). BIFF5 keeps text as code-page bytes (GBK here); read as BIFF8 text the
    # header was garbled and the file refused as missing every column. The corpus file, read alone.
    corpus = Path(__file__).resolve().parent / "exports" / "data" / "penalties" / "85_Excel95工作簿_BIFF5.xls"
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.xls").write_bytes(corpus.read_bytes())
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    frame = sources.kinds["penalties"].frame
    assert list(frame["行政处罚决定书文号"]) == [f"甘州市监罚〔2026〕125{n}号" for n in range(1, 5)]
    assert list(frame["处罚决定日期"]) == ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"]
    assert frame["行政相对人类别"].eq("法人及非法人组织").all() and frame["罚款金额(万元)"].eq("0.5").all()


def test_an_excel_95_workbook_declaring_the_western_code_page_over_gbk_text_is_read_as_chinese(tmp_path: Path) -> None:
    # Source: tests/exports/SOURCES.md (biff5). PEAR Spreadsheet_Excel_Writer writes BIFF5 with CODEPAGE 1252 whatever
    # bytes the program gives it; a PHP system gives it GBK (the file opens in WPS). Read as 1252 every header was
    # mojibake; as GB18030 the records are read. The corpus's own writer, with the code page it declares changed.
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_exports", Path(__file__).resolve().parent / "exports" /
                                                  "make_exports.py")
    assert spec and spec.loader
    exports = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(exports)
    facts = "当事人销售超过保质期的食品，货值金额较小，案发后主动下架并召回，依法从轻处罚。" * 4
    rows = [exports.pen2019(240 + k, f"甘州市监罚〔2026〕126{k}号", dt.date(2026, 11, 20 + k), facts=facts)
            for k in range(4)]
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.xls").write_bytes(exports._biff5_xls_bytes("Sheet1", [exports.P2019, *rows], 1252))
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    frame = sources.kinds["penalties"].frame
    assert list(frame["行政处罚决定书文号"]) == [f"甘州市监罚〔2026〕126{k}号" for k in range(4)]
    assert list(frame["行政相对人名称"]) == [exports.company(240 + k)[0] for k in range(4)]
    assert frame["违法事实"].eq(facts).all() and frame["处罚决定日期"].iloc[0] == "2026-11-20"


def _far_right_cells(declared_rows: int, cells: list[tuple[str, int, str]]) -> Callable[[bytes], bytes]:
    """An edit typing `cells` (column letters, row, text) into the sheet, in its rows or in new rows below, and
    declaring the used range A1:XFD`declared_rows` Excel then writes (ECMA-376 Part 1 18.3.1.35 dimension, 18.3.1.4
    c; XFD is the last of Excel's 16,384 columns)."""
    def edit(content: bytes) -> bytes:
        content = re.sub(rb'<dimension ref="A1:[A-Z]+\d+"/>', f'<dimension ref="A1:XFD{declared_rows}"/>'.encode(), content)
        for column, row, text in cells:
            cell = f'<c r="{column}{row}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'.encode()
            opening = re.search(rf'<row r="{row}"[^>]*>'.encode(), content)
            if opening is None:
                content = content.replace(b"</sheetData>", f'<row r="{row}">'.encode() + cell + b"</row></sheetData>")
            else:
                end = content.index(b"</row>", opening.end())
                content = content[:end] + cell + content[end:]
        return content
    return edit


def test_a_space_far_right_and_down_within_the_row_threshold_is_dropped_and_said(tmp_path: Path) -> None:
    # h14x: a space typed at XFD50000, under USED_RANGE_SCAN_ROWS rows: calamine asked for 26 GB (50,000 × 16,384
    # cells) and the process aborted (memory allocation failed, signal 6): the whole build died, not just the file.
    rows = [penalty_row(行政处罚决定书文号=f"N-{i}") for i in range(3)]
    _with_sheet_edited(write_xlsx(tmp_path / "w.xlsx", rows), tmp_path / "penalties" / "p.xlsx",
                       _far_right_cells(50_000, [("XFD", 50_000, " ")]))
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    assert list(sources.kinds["penalties"].frame["行政处罚决定书文号"]) == ["N-0", "N-1", "N-2"]
    (note,) = [p for p in sources.problems if p.code == "file-format-read"]
    assert "使用范围到第 50,000 行" in note.message and "数据止于第 4 行" in note.message and note.severity == WARNING


def test_blank_cells_far_right_of_the_data_are_dropped_and_a_value_near_it_is_kept(tmp_path: Path) -> None:
    # A space at XFD2, in a row of the data: no blank rows to drop, but 401 × 16,384 cells were built. The columns
    # right of the last one holding a value go (said); a value typed a few columns right of the data (AZ) stays.
    rows = [penalty_row(行政处罚决定书文号=f"N-{i}") for i in range(400)]
    _with_sheet_edited(write_xlsx(tmp_path / "w.xlsx", rows), tmp_path / "penalties" / "p.xlsx",
                       _far_right_cells(401, [("AZ", 3, "备注"), ("XFD", 2, " ")]))
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    assert list(sources.kinds["penalties"].frame["行政处罚决定书文号"]) == [f"N-{i}" for i in range(400)]
    (note,) = [p for p in sources.problems if p.code == "file-format-read"]
    assert "使用范围到 XFD 列，数据止于 AZ 列" in note.message and note.severity == WARNING


def test_a_value_typed_far_right_of_the_data_refuses_the_file_naming_its_cell(tmp_path: Path) -> None:
    rows = [penalty_row(行政处罚决定书文号=f"N-{i}") for i in range(400)]
    _with_sheet_edited(write_xlsx(tmp_path / "w.xlsx", rows), tmp_path / "penalties" / "p.xlsx",
                       _far_right_cells(401, [("XFD", 2, "误输入的文字")]))
    write_csv(tmp_path / "penalties" / "q.csv", [penalty_row(行政处罚决定书文号="Q-1")])
    sources = load_sources(tmp_path)
    (problem,) = sources.damaged_files
    assert (problem.code, problem.file, problem.severity) == ("file-too-large", "penalties/p.xlsx", ERROR)
    assert "工作表“Sheet1”第 2 行 XFD 列有内容" in problem.message and "请删除该单元格" in problem.message
    assert "误输入的文字" not in problem.message
    assert list(sources.kinds["penalties"].frame["行政处罚决定书文号"]) == ["Q-1"]


def _ods_with_tail(path: Path, rows: list[dict[str, str]], tail: bytes) -> None:
    """An .ods of `rows` under their header whose sheet goes on with `tail` (rows as LibreOffice writes them)."""
    import io
    import zipfile

    raw = _make_exports()._ods_bytes({"处罚": [list(rows[0]), *(list(r.values()) for r in rows)]})
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "content.xml":
                end = content.rindex(b"</table:table>")
                content = content[:end] + tail + content[end:]
            dst.writestr(info, content)


def _ods_far_row(blank_rows: int, cells_before: int, text: str) -> bytes:
    """`blank_rows` empty rows written once with table:number-rows-repeated (OASIS OpenDocument v1.2 Part 1,
    9.1.2/9.1.3: how LibreOffice and WPS write a sheet's empty tail), then a row holding `text` after
    `cells_before` empty cells: the repetition a typed cell ends (h12x case_ods_space.py)."""
    return (f'<table:table-row table:style-name="ro1" table:number-rows-repeated="{blank_rows}">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
            f'<table:table-row><table:table-cell table:number-columns-repeated="{cells_before}"/>'
            f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'
            '<table:table-cell table:number-columns-repeated="1000"/></table:table-row>').encode()


@pytest.mark.parametrize("grouped", [False, True])
def test_an_ods_with_a_space_in_its_last_row_is_read_to_its_last_value(tmp_path: Path, grouped: bool) -> None:
    # h13x: read as it was, calamine built a grid of 1,048,576 rows (2.1 GB) and the file was refused as too large.
    # Grouped: the tail inside a row group (LibreOffice 数据 > 分组: <table:table-row-group>, OASIS OpenDocument v1.2
    # Part 1), which the dropped rows must not leave open or empty (calamine refused the file).
    rows = [penalty_row(行政处罚决定书文号=f"N-{i}") for i in range(3)]
    tail = _ods_far_row(1_048_571, 29, " ")
    if grouped:
        tail = b"<table:table-row-group>" + tail + b"</table:table-row-group>"
    _ods_with_tail(tmp_path / "penalties" / "p.ods", rows, tail)
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    assert list(sources.kinds["penalties"].frame["行政处罚决定书文号"]) == ["N-0", "N-1", "N-2"]
    (note,) = [p for p in sources.problems if p.code == "file-format-read"]
    assert "1,048,576" in note.message and "数据止于第 4 行" in note.message and note.severity == WARNING


def test_an_ods_with_a_space_far_right_and_down_within_the_row_threshold_is_read_to_its_last_value(tmp_path: Path) -> None:
    # h13x case_far_right.py: a space at AMJ50000 (LibreOffice's 1,024th column), under USED_RANGE_SCAN_ROWS rows:
    # calamine built 50,000 × 1,024 cells (4.0 GB, 12 s). Found by its cells, the rows below the data go, said.
    rows = [penalty_row(行政处罚决定书文号=f"N-{i}") for i in range(3)]
    _ods_with_tail(tmp_path / "penalties" / "p.ods", rows, _ods_far_row(49_995, 1_023, " "))
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    assert list(sources.kinds["penalties"].frame["行政处罚决定书文号"]) == ["N-0", "N-1", "N-2"]
    (note,) = [p for p in sources.problems if p.code == "file-format-read"]
    assert "使用范围到第 50,000 行" in note.message and "数据止于第 4 行" in note.message and note.severity == WARNING


def test_an_ods_sheet_holding_only_a_far_space_is_dropped_and_said(tmp_path: Path) -> None:
    # A second sheet whose only cell is a space in its last row: calamine built its 1,048,576 rows for nothing.
    second = b'</table:table><table:table table:name="Sheet2">' + _ods_far_row(1_048_575, 0, " ")
    _ods_with_tail(tmp_path / "penalties" / "p.ods", [penalty_row(行政处罚决定书文号="N-1")], second)
    sources = load_sources(tmp_path)
    assert sources.damaged_files == [] and list(sources.kinds["penalties"].frame["行政处罚决定书文号"]) == ["N-1"]
    said = [p.message for p in sources.problems if p.code == "file-format-read"]
    assert any("工作表“Sheet2”的使用范围到第 1,048,576 行，没有任何数据" in m for m in said)

def test_a_value_typed_far_below_an_ods_sheets_data_refuses_the_file_naming_its_cell(tmp_path: Path) -> None:
    _ods_with_tail(tmp_path / "penalties" / "p.ods", [penalty_row()], _ods_far_row(199_997, 1, "误输入的文字"))
    write_csv(tmp_path / "penalties" / "q.csv", [penalty_row(行政处罚决定书文号="Q-1")])
    sources = load_sources(tmp_path)
    (problem,) = sources.damaged_files
    assert (problem.code, problem.file, problem.severity) == ("file-too-large", "penalties/p.ods", ERROR)
    assert "工作表“处罚”第 200,000 行 B 列有内容" in problem.message and "数据止于第 2 行" in problem.message
    assert "请删除该单元格" in problem.message and "误输入的文字" not in problem.message
    assert list(sources.kinds["penalties"].frame["行政处罚决定书文号"]) == ["Q-1"]


def test_a_value_a_few_rows_below_an_ods_sheets_data_is_read_as_a_row(tmp_path: Path) -> None:
    _ods_with_tail(tmp_path / "penalties" / "p.ods", [penalty_row()], _ods_far_row(497, 1, "x"))
    sources = load_sources(tmp_path)
    assert sources.damaged_files == [] and len(sources.kinds["penalties"].frame) == 1
    assert "file-format-read" not in codes_of(sources.problems)


def _xlsb_with_far_row(path: Path, rows: list[dict[str, str]], far_row: int, column: int, text: str) -> None:
    """An .xlsb ([MS-XLSB] 2.1.4 records, as tests/exports/make_exports.py writes one) of `rows` under their header
    and one more row numbered `far_row` (1-based) holding `text` in `column` (0-based), the used range (BrtWsDim)
    reaching it: as Excel saves a sheet where a space was typed far down."""
    import io
    import struct
    import zipfile

    table = [list(rows[0]), *(list(r.values()) for r in rows)]
    raw = _make_exports()._xlsb_bytes([*table, [""] * column + [text]])
    last = len(table)

    def row_header(r: int) -> bytes:
        return struct.pack("<IIHBBBI", r, 0, 300, 0, 0, 0, 0)

    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "xl/worksheets/sheet1.bin":
                assert content.count(row_header(last)) == 1
                content = content.replace(row_header(last), row_header(far_row - 1))
                width = max(len(table[0]), column + 1) - 1
                content = content.replace(struct.pack("<IIII", 0, last, 0, width), struct.pack("<IIII", 0, far_row - 1, 0, width))
            dst.writestr(info, content)


def test_an_xlsb_with_a_space_in_its_last_row_is_read_to_its_last_value(tmp_path: Path) -> None:
    # h13x: calamine built all 1,048,576 rows (1.1 GB) and the file was refused as too large.
    rows = [penalty_row(行政处罚决定书文号=f"N-{i}") for i in range(3)]
    _xlsb_with_far_row(tmp_path / "penalties" / "p.xlsb", rows, 1_048_576, 29, " ")
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    assert list(sources.kinds["penalties"].frame["行政处罚决定书文号"]) == ["N-0", "N-1", "N-2"]
    (note,) = [p for p in sources.problems if p.code == "file-format-read"]
    assert "1,048,576" in note.message and "数据止于第 4 行" in note.message and note.severity == WARNING


def test_a_value_typed_far_below_an_xlsb_sheets_data_refuses_the_file_naming_its_cell(tmp_path: Path) -> None:
    _xlsb_with_far_row(tmp_path / "penalties" / "p.xlsb", [penalty_row()], 200_000, 1, "误输入的文字")
    write_csv(tmp_path / "penalties" / "q.csv", [penalty_row(行政处罚决定书文号="Q-1")])
    sources = load_sources(tmp_path)
    (problem,) = sources.damaged_files
    assert (problem.code, problem.file, problem.severity) == ("file-too-large", "penalties/p.xlsb", ERROR)
    assert "第 200,000 行 B 列有内容" in problem.message and "数据止于第 2 行" in problem.message
    assert "请删除该单元格" in problem.message and "误输入的文字" not in problem.message
    assert list(sources.kinds["penalties"].frame["行政处罚决定书文号"]) == ["Q-1"]


def _xlsb_wide(path: Path, count: int, far: list[tuple[int, int, str]]) -> list[dict[str, str]]:
    """An .xlsb of `count` records under their header, with `far` cells (0-based row, 0-based column, text) written
    right of them; the used range (BrtWsDim) reaching the farthest, as Excel saves a sheet where a cell far right
    was typed into."""
    rows = [penalty_row(行政处罚决定书文号=f"N-{i}") for i in range(count)]
    table: list[list[object]] = [list(rows[0]), *(list(r.values()) for r in rows)]
    for r, c, text in far:
        table[r] = [*table[r], *[""] * (c - len(table[r])), text]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_make_exports()._xlsb_bytes(table))
    return rows


def test_an_xlsb_with_a_space_far_right_of_its_data_is_read_to_its_last_column(tmp_path: Path) -> None:
    # The XLSX rule (h14x) for an .xlsb: a space at XFD2 of 20,000 records made calamine build 20,001 × 16,384 cells
    # (15 GB, 58 s on main). A note in AZ3 is near the data and kept; the blank cells right of it are not read.
    _xlsb_wide(tmp_path / "penalties" / "p.xlsb", 400, [(1, 16383, " "), (2, 51, "备注")])
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    assert list(sources.kinds["penalties"].frame["行政处罚决定书文号"]) == [f"N-{i}" for i in range(400)]
    (note,) = [p for p in sources.problems if p.code == "file-format-read"]
    assert "使用范围到 XFD 列，数据止于 AZ 列" in note.message and note.severity == WARNING


def test_a_value_typed_far_right_of_an_xlsb_sheets_data_refuses_the_file_naming_its_cell(tmp_path: Path) -> None:
    _xlsb_wide(tmp_path / "penalties" / "p.xlsb", 400, [(1, 16383, "误输入的文字")])
    write_csv(tmp_path / "penalties" / "q.csv", [penalty_row(行政处罚决定书文号="Q-1")])
    sources = load_sources(tmp_path)
    (problem,) = sources.damaged_files
    assert (problem.code, problem.file, problem.severity) == ("file-too-large", "penalties/p.xlsb", ERROR)
    assert "第 2 行 XFD 列有内容" in problem.message and "请删除该单元格" in problem.message
    assert "误输入的文字" not in problem.message
    assert list(sources.kinds["penalties"].frame["行政处罚决定书文号"]) == ["Q-1"]


def test_a_date_cell_below_fifty_text_rows_is_read_as_its_date(tmp_path: Path) -> None:
    # h13x: a sheet whose first 49 data rows were all text was taken for a text-only sheet; a date Excel converted
    # as it was typed (2026-03-06 becomes a date cell, 2026.3.5 stays text) in 有效期自, the column the 公示系统's
    # licence list copies to 许可决定日期 (SOURCES.md "gsxt-license"), crashed the build ('datetime.date' object
    # has no attribute 'strip').
    (tmp_path / "licenses").mkdir()
    (tmp_path / "licenses" / "columns.toml").write_text(
        f'[defaults.gsxt-license]\n"许可机关统一社会信用代码" = "{AUTHORITY_USCC}"\n"许可类别" = "普通"\n', encoding="utf-8")
    rows = [{"企业名称": "甘州区示例商贸有限公司", "统一社会信用代码": make_uscc(1), "注册号": "", "许可文件编号": f"JY{i:05d}",
             "许可文件名称": "食品经营许可证", "有效期自": "2026.3.5", "有效期至": "2031.3.4", "许可机关": "甘州区市场监督管理局",
             "许可内容": "预包装食品销售", "状态": "有效"} for i in range(60)]
    rows[55]["有效期自"] = dt.date(2026, 3, 6)  # type: ignore[assignment]
    write_xlsx(tmp_path / "licenses" / "gsxt.xlsx", rows)
    sources = load_sources(tmp_path)
    frame = sources.kinds["licenses"].frame
    assert sources.damaged_files == [] and len(frame) == 60
    assert frame.loc[frame["许可编号"] == "JY00055", "许可决定日期"].item() == "2026-03-06"
    assert frame.loc[frame["许可编号"] == "JY00054", "许可决定日期"].item() == "2026.3.5"  # as typed: validate reads it

def test_a_csv_beyond_the_row_limit_is_refused_while_it_is_read(tmp_path: Path, tune) -> None:
    tune(load_max_rows=100)
    write_csv(tmp_path / "penalties" / "p.csv", [penalty_row(行政处罚决定书文号=f"N-{i}") for i in range(200)])
    write_csv(tmp_path / "penalties" / "q.csv", [penalty_row(行政处罚决定书文号="Q-1")])
    sources = load_sources(tmp_path)
    (problem,) = sources.damaged_files
    assert (problem.code, problem.file) == ("file-too-large", "penalties/p.csv")
    assert list(sources.kinds["penalties"].frame["行政处罚决定书文号"]) == ["Q-1"]


def test_a_160000_character_cell_is_read_for_validation_not_called_damaged(tmp_path: Path) -> None:
    write_csv(tmp_path / "penalties" / "p.csv", [penalty_row(违法事实="超" * 160_000)])
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    assert len(sources.kinds["penalties"].frame.loc[0, "违法事实"]) == 160_000  # validation says cell-too-long


def test_a_cell_beyond_the_hard_limit_is_file_too_large(tmp_path: Path, tune) -> None:
    tune(load_max_cell_chars=1000)
    write_csv(tmp_path / "penalties" / "p.csv", [penalty_row(违法事实="超" * 5000)])
    (problem,) = load_sources(tmp_path).damaged_files
    assert problem.code == "file-too-large" and "1,000" in problem.message


def test_a_one_cell_note_line_under_a_wide_header_is_not_data_and_listed_once_per_row(tmp_path: Path) -> None:
    header = list(penalty_row())
    rows = [penalty_row(行政处罚决定书文号="K-1"), {"行政相对人名称": "以上信息截至2026年11月20日"},
            {"行政相对人名称": "x"}, penalty_row(行政处罚决定书文号="K-2")]
    write_csv(tmp_path / "penalties" / "p.csv", rows, header=header)
    sources = load_sources(tmp_path)
    assert list(sources.kinds["penalties"].frame["_row"]) == [2, 5]
    assert [(p.code, p.row) for p in sources.problems] == [("row-not-data", 3), ("row-not-data", 4)]


def test_a_mixed_code_column_never_reads_an_id_number_as_a_credit_code(tmp_path: Path) -> None:
    from generator.validate import is_valid_uscc
    from tests.helpers import make_id

    lookalike = next(r for r in (make_id("19900215", n) for n in range(1, 400)) if is_valid_uscc(r))
    court = make_uscc(9100, prefix="11")
    rows = [COURT_HEADER, ["1", "王某某", lookalike, "", "甘州区人民法院", "甘肃", "", "", "（2025）甘0702执9号", "",
                           "", "", "违反限制消费令", "2026-02-01"]]
    _csv_lines(tmp_path / "blacklist" / "court.csv", rows, encoding="utf-8")
    (tmp_path / "blacklist" / "columns.toml").write_text(f'[defaults]\n"列入单位统一社会信用代码" = "{court}"\n',
                                                         encoding="utf-8")
    frame = load_sources(tmp_path).kinds["blacklist"].frame
    assert (frame.loc[0, "证件号码"], frame.loc[0, "统一社会信用代码"]) == (lookalike, "")


@pytest.mark.parametrize("second", ["codes", "hints"])
def test_a_second_header_row_of_field_codes_or_hints_is_not_data(tmp_path: Path, second: str) -> None:
    header = list(penalty_row())
    under = [PENALTY_CODES.get(h, "") for h in header] if second == "codes" else \
        ["必填" if h in ("行政相对人名称", "行政处罚决定书文号") else "选填" for h in header]
    rows = [header, under, list(penalty_row().values())]
    _csv_lines(tmp_path / "penalties" / "p.csv", rows, encoding="utf-8")
    sources = load_sources(tmp_path)
    assert list(sources.kinds["penalties"].frame["_row"]) == [3]
    assert [(p.code, p.row) for p in sources.problems] == [("row-not-data", 2)]


def test_thousands_of_unknown_columns_are_listed_up_to_a_cap_and_counted(tmp_path: Path) -> None:
    from generator.load import PROBLEMS_LISTED

    row = penalty_row(**{f"附加列{i}": "x" for i in range(500)})
    write_csv(tmp_path / "penalties" / "p.csv", [row])
    problems = [p for p in load_sources(tmp_path).problems if p.code == "file-unknown-column"]
    assert len(problems) == PROBLEMS_LISTED + 1
    assert "共 500 列" in problems[-1].message


def test_a_note_saved_as_txt_beside_the_exports_is_ignored_not_refused(tmp_path: Path) -> None:
    write_csv(tmp_path / "penalties" / "p.csv", [penalty_row()])
    (tmp_path / "penalties" / "说明.txt").write_text("本文件夹为 2026 年行政处罚导出，\n由法制科报送。\n", encoding="utf-8")
    sources = load_sources(tmp_path)
    assert sources.damaged_files == [] and len(sources.kinds["penalties"].frame) == 1
    (note,) = [p for p in sources.problems if p.file == "penalties/说明.txt"]
    assert (note.code, note.severity) == ("file-unknown-type", WARNING)


def test_garbage_named_xls_is_still_refused_as_damaged(tmp_path: Path) -> None:
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.xls").write_bytes(random.Random(1).randbytes(500))
    (problem,) = load_sources(tmp_path).damaged_files
    assert problem.severity == ERROR and problem.code in ("file-unreadable", "file-undecodable")


def test_columns_toml_says_what_a_systems_own_numeric_codes_mean(tmp_path: Path) -> None:
    """处罚类别 1–7 and 许可类别 1–6 in a local system's export: no national table says what the numbers
    mean, so unread they are refused with a hint; declared in columns.toml [values] they are read."""
    from click.testing import CliRunner

    from generator.cli import main

    write_csv(tmp_path / "penalties" / "p.csv", [penalty_row(处罚类别="2"), penalty_row(
        行政处罚决定书文号="甘州市监罚〔2026〕2号", 处罚类别="1、2")])
    write_csv(tmp_path / "licenses" / "l.csv", [license_row(许可类别="1")])

    def validate() -> list[dict[str, object]]:
        result = CliRunner().invoke(main, ["validate", "--data", str(tmp_path), "--report", str(tmp_path / "r"),
                                           "--as-of", "2026-11-27"])
        assert "Traceback" not in result.output
        lines = (tmp_path / "r" / "issues.jsonl").read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines]

    unknown = [i for i in validate() if i["code"] == "unknown-code"]
    assert len(unknown) == 3 and all("[values." in str(i["message"]) for i in unknown)
    (tmp_path / "penalties" / "columns.toml").write_text(
        '# 本局执法系统的处罚类别代码\n[values."处罚类别"]\n"1" = "警告"\n"2" = "罚款"\n', encoding="utf-8")
    (tmp_path / "licenses" / "columns.toml").write_text('[values."许可类别"]\n"1" = "普通"\n', encoding="utf-8")
    assert [i for i in validate() if i["severity"] == "error"] == []
    frame = load_sources(tmp_path).kinds["penalties"].frame
    assert list(frame["处罚类别"]) == ["罚款", "警告；罚款"]
    (tmp_path / "penalties" / "columns.toml").write_text('[values."处罚机关"]\n"1" = "x"\n', encoding="utf-8")
    (problem,) = load_sources(tmp_path).damaged_files
    assert problem.code == "mapping-invalid" and "处罚机关" in problem.message


def test_a_templates_instructions_sheet_and_sample_row_are_never_records(tmp_path: Path) -> None:
    """A 填报说明 sheet repeating the header with a sample row, and a 示例 row above the data: a sample
    company (here with a valid credit code) must never be published (issue 17, second attack)."""
    sample = penalty_row(行政相对人名称="示例：张掖市XX有限公司", 行政处罚决定书文号="XX市监罚〔2026〕1号")
    header = list(sample)
    real, other = penalty_row(), penalty_row(行政处罚决定书文号="甘州市监罚〔2026〕77号")
    write_xlsx(tmp_path / "penalties" / "p.xlsx", [real], header=header, extra_sheets={
        "填报说明": [["填报说明：请按下表格式填写，第 3 行为示例"], header, list(sample.values())],
        "2026年": [["序号", *header], ["1", "（示例）张掖市XX有限公司", *list(sample.values())[1:]],
                  ["2", *list(other.values())]]})
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    frame = sources.kinds["penalties"].frame
    assert sorted(frame["行政处罚决定书文号"]) == sorted([real["行政处罚决定书文号"], other["行政处罚决定书文号"]])
    codes = {(p.file, p.code, p.row) for p in sources.problems}
    assert ("penalties/p.xlsx#填报说明", "sheet-skipped", None) in codes
    assert ("penalties/p.xlsx#2026年", "row-not-data", 2) in codes


def test_an_html_table_saved_as_xls_beyond_its_limit_is_refused_as_too_large(tmp_path: Path, tune) -> None:
    tune(load_max_markup_bytes=1000)
    rows = "".join(f"<tr><td>{k}</td><td>张掖市丹霞商贸有限公司</td></tr>" for k in range(100))
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.xls").write_text(f"<html><body><table>{rows}</table></body></html>", encoding="utf-8")
    (problem,) = load_sources(tmp_path).damaged_files
    assert problem.code == "file-too-large" and "XLSX" in problem.message


def test_a_large_utf8_file_with_a_mark_is_read_whatever_character_its_first_bytes_cut(tmp_path: Path) -> None:
    """A UTF-8 CSV with a byte-order mark (as Excel and Python's utf-8-sig write it), over 16 MB, whose
    65,536th byte falls inside a character: its first bytes are UTF-8 with a character cut at the end,
    not an unknown encoding (issue 19's benchmark update was refused as file-undecodable)."""
    from tests.conftest import penalty

    rows = [penalty(f"甘州市监罚〔2026〕{n}号", "2026-06-01", serial=500 + n) for n in range(1, 20)]
    header = [*rows[0], "备注"]
    cells = [[row[h] for h in header[:-1]] for row in rows]
    head = "\ufeff" + ",".join(header) + "\r\n" + ",".join(cells[0]) + ","
    pad = 65534 - len(head.encode("utf-8"))  # a three-byte character starts two bytes before the 64 KiB mark
    notes = ["x" * pad + "备" * 100, *["x" * 990_000] * 18]  # and the file is over 16 MB (cells under 1 MB)
    raw = ("\ufeff" + ",".join(header) + "\r\n"
           + "".join(",".join([*c, note]) + "\r\n" for c, note in zip(cells, notes))).encode("utf-8")
    assert raw[65534:65537] == "备".encode() and len(raw) > 16 * 1024 * 1024
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "penalties.csv").write_bytes(raw)
    sources = load_sources(tmp_path)
    assert not sources.damaged_files
    assert len(sources.kinds["penalties"].frame) == len(rows)


def test_a_hidden_sheet_is_not_read_and_staff_are_told(tmp_path: Path) -> None:
    # Adversarial round 5 (xlsx-extra-and-hidden-sheets): the rows of a sheet hidden in Excel were published.
    import openpyxl

    book = openpyxl.Workbook()
    shown, hidden = book.active, book.create_sheet("Sheet3")
    rows = [penalty_row(), penalty_row(行政处罚决定书文号="甘州市监罚〔2026〕77号", 违法事实="隐藏工作表中的记录。")]
    for sheet, part in ((shown, rows[:1]), (hidden, rows[1:])):
        sheet.append(list(part[0]))
        for row in part:
            sheet.append(list(row.values()))
    hidden.sheet_state = "hidden"
    (tmp_path / "penalties").mkdir()
    book.save(tmp_path / "penalties" / "p.xlsx")
    sources = load_sources(tmp_path)
    frame = sources.kinds["penalties"].frame
    assert frame["违法事实"].tolist() == [rows[0]["违法事实"]]
    assert [p.code for p in sources.problems] == ["sheet-skipped"] and "隐藏" in sources.problems[0].message


# -- exports from outside (hx6): formulas, hidden rows, two tables, text marks, layout defaults ----------


def _openpyxl_workbook(tmp_path: Path, rows: list[list[object]], hidden: tuple[int, ...] = ()) -> Path:
    """An XLSX as openpyxl (and report engines like it) writes one: formulas without saved results."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for r in hidden:
        sheet.row_dimensions[r].hidden = True
    path = tmp_path / "data" / "penalties" / "p.xlsx"
    path.parent.mkdir(parents=True)
    book.save(path)
    return path


def test_a_formula_saved_without_its_result_refuses_the_file_naming_row_and_column(tmp_path: Path) -> None:
    """A fine `=5000/10000` that no spreadsheet program computed was published empty (hx6 finding 1)."""
    first, second = penalty_row(), penalty_row(**{"行政处罚决定书文号": "甘州市监罚〔2026〕2号"})
    header = list(first)
    second["罚款金额(万元)"] = "=5000/10000"
    _openpyxl_workbook(tmp_path, [["=ROW()", *header], ["=ROW()", *first.values()], ["=ROW()", *second.values()]])
    sources = load_sources(tmp_path / "data")
    refused = [p for p in sources.damaged_files if p.code == "file-formula-uncomputed"]
    assert len(refused) == 1 and refused[0].row == 3 and refused[0].column == "罚款金额(万元)"
    assert "Excel 或 WPS 打开" in refused[0].message
    assert len(sources.kinds["penalties"].frame) == 0  # nothing of the file is read


def test_formulas_only_in_columns_not_read_do_not_refuse_the_file(tmp_path: Path) -> None:
    row = penalty_row()
    _openpyxl_workbook(tmp_path, [["序号", *row], ["=ROW()-1", *row.values()]])
    sources = load_sources(tmp_path / "data")
    assert sources.damaged_files == [] and len(sources.kinds["penalties"].frame) == 1


def test_rows_hidden_in_excel_are_not_read_and_each_is_named(tmp_path: Path) -> None:
    rows = [penalty_row(**{"行政处罚决定书文号": f"甘州市监罚〔2026〕{n}号"}) for n in range(1, 5)]
    _openpyxl_workbook(tmp_path, [list(rows[0]), *[list(r.values()) for r in rows]], hidden=(3, 5))
    sources = load_sources(tmp_path / "data")
    frame = sources.kinds["penalties"].frame
    assert sorted(frame["行政处罚决定书文号"]) == ["甘州市监罚〔2026〕1号", "甘州市监罚〔2026〕3号"]
    assert sorted(p.row for p in sources.problems if p.code == "row-hidden") == [3, 5]


def test_a_second_table_under_its_own_header_is_read_by_that_header(tmp_path: Path) -> None:
    first = penalty_row()
    second = penalty_row(**{"行政处罚决定书文号": "甘州市监罚〔2026〕2号", "违法事实": "事实二", "处罚依据": "依据二"})
    header = list(first)
    turned = list(reversed(header))
    rows = [header, list(first.values()), ["下半年"], turned, [second[h] for h in turned],
            turned, [second[h] for h in turned]]  # the second header repeated at a page break
    rows[-1][turned.index("行政处罚决定书文号")] = "甘州市监罚〔2026〕3号"
    path = tmp_path / "data" / "penalties" / "p.csv"
    path.parent.mkdir(parents=True)
    path.write_text("\r\n".join(",".join(r) for r in rows) + "\r\n", encoding="utf-8")
    sources = load_sources(tmp_path / "data")
    frame = sources.kinds["penalties"].frame.set_index("_row")
    assert frame.loc[5, "违法事实"] == "事实二" and frame.loc[5, "处罚依据"] == "依据二"
    assert frame.loc[2, "违法事实"] == first["违法事实"]
    assert [p.row for p in sources.problems if p.code == "file-second-header"] == [4]
    assert sorted(p.row for p in sources.problems if p.code == "row-not-data") == [3]
    assert [p.row for p in sources.problems if p.code == "row-repeated-header"] == [6]


def test_excels_leading_apostrophe_is_not_part_of_a_value(tmp_path: Path) -> None:
    row = penalty_row()
    marked = {k: ("'" + v if k in ("统一社会信用代码", "处罚决定日期", "罚款金额(万元)") else v) for k, v in row.items()}
    marked["违法事实"] = "'引号'开头的事实"  # an apostrophe before a word is kept
    marked["行政处罚决定书文号"] = f'="{row["行政处罚决定书文号"]}"'  # a CSV export's ="…" text formula
    write_csv(tmp_path / "data" / "penalties" / "p.csv", [marked])
    frame = load_sources(tmp_path / "data").kinds["penalties"].frame
    assert frame.loc[0, "行政处罚决定书文号"] == row["行政处罚决定书文号"]
    assert frame.loc[0, "统一社会信用代码"] == row["统一社会信用代码"]
    assert frame.loc[0, "处罚决定日期"] == row["处罚决定日期"] and frame.loc[0, "罚款金额(万元)"] == row["罚款金额(万元)"]


def test_columns_toml_defaults_of_one_layout_apply_to_its_files_only(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "blacklist"
    court_code, regulator_code = make_uscc(2, prefix="11"), make_uscc(4, prefix="11")
    write_csv(folder / "court.csv", [{"被执行人姓名/名称": "张掖市丹霞商贸有限公司", "身份证号码/组织机构代码": make_uscc(7),
                                      "执行法院": "张掖市甘州区人民法院", "案号": "（2026）甘0702执1号",
                                      "失信被执行人行为具体情形": "违反财产报告制度", "发布时间": "2026-03-02"}])
    write_csv(folder / "gsxt.csv", [{"企业名称": "张掖市黑河建材有限公司", "统一社会信用代码/注册号": make_uscc(8),
                                     "列入严重违法失信名单（黑名单）原因": "提交虚假材料", "列入日期": "2026-03-05",
                                     "作出决定机关（列入）": "张掖市市场监督管理局", "移出日期": ""}])
    (folder / "columns.toml").write_text(f'[defaults]\n"列入单位统一社会信用代码" = "{court_code}"\n'
                                         f'[defaults.gsxt-serious]\n"列入单位统一社会信用代码" = "{regulator_code}"\n',
                                         encoding="utf-8")
    sources = load_sources(tmp_path / "data")
    frame = sources.kinds["blacklist"].frame.set_index("_file")
    assert frame.loc["blacklist/court.csv", "列入单位统一社会信用代码"] == court_code
    assert frame.loc["blacklist/gsxt.csv", "列入单位统一社会信用代码"] == regulator_code
    assert frame.loc["blacklist/gsxt.csv", "名单名称"] == "严重违法失信名单"
    assert sources.damaged_files == []


def test_columns_toml_defaults_of_an_unknown_layout_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "blacklist"
    write_csv(folder / "a.csv", [{"行政相对人名称": "张掖市丹霞商贸有限公司"}])
    (folder / "columns.toml").write_text('[defaults.gsxt]\n"列入单位统一社会信用代码" = "x"\n', encoding="utf-8")
    refused = [p for p in load_sources(tmp_path / "data").damaged_files if p.code == "mapping-invalid"]
    assert refused and "gsxt-serious" in refused[0].message


def test_an_ods_workbook_is_read(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_exports", Path(__file__).parent / "exports" / "make_exports.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    row = penalty_row()
    path = tmp_path / "data" / "penalties" / "p.ods"
    path.parent.mkdir(parents=True)
    path.write_bytes(module._ods_bytes({"处罚": [list(row), [*row.values()]]}))
    sources = load_sources(tmp_path / "data")
    assert sources.damaged_files == [] and "file-unknown-type" not in codes_of(sources.problems)
    assert sources.kinds["penalties"].frame.loc[0, "行政处罚决定书文号"] == row["行政处罚决定书文号"]


@pytest.mark.parametrize(("written", "end", "iso"), [
    ("二〇二六年五月八日", False, "2026-05-08"), ("二〇二六年十二月三十一日", False, "2026-12-31"),
    ("2026年 5月 8日", False, "2026-05-08"), ("2026 - 05 - 08", False, "2026-05-08"),
    ("2026年05月08日 10:20", False, "2026-05-08"),
    ("2026-05-08至2027-05-07", True, "2027-05-07"), ("自2026年5月8日至2027年5月7日", True, "2027-05-07"),
    ("2027年5月7日止", True, "2027-05-07"), ("2026-05-08至长期", True, "2099-12-31"),
    ("2026年5月8日—2027年5月7日", True, "2027-05-07"), ("2026.05.08到2027.05.07", True, "2027-05-07"),
    ("9999-12-31", True, "2099-12-31"), ("9999/12/31", True, "2099-12-31"), ("无期限", True, "2099-12-31"),
    ("9999-12-31", False, "9999-12-31"),  # as a decision date: refused later as a date in the future
])
def test_dates_as_clerks_and_decisions_write_them(written: str, end: bool, iso: str) -> None:
    from generator.values import parse_date

    assert parse_date(written, long_term=end) == (iso, None)


@pytest.mark.parametrize("written", ["一年", "6个月", "2026-05-08至2027-05-07"])
def test_a_period_or_a_length_is_no_decision_date(written: str) -> None:
    from generator.values import parse_date

    assert parse_date(written)[0] is None


def test_an_excel_error_value_in_a_read_column_refuses_the_file(tmp_path: Path) -> None:
    """#DIV/0! is read by calamine as an empty cell: a fine was published without a word (hx6)."""
    import io
    import zipfile

    first, second = penalty_row(), penalty_row(**{"行政处罚决定书文号": "甘州市监罚〔2026〕2号"})
    path = _openpyxl_workbook(tmp_path, [list(first), list(first.values()), list(second.values())])
    column = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[list(second).index("罚款金额(万元)")]
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            part = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":  # the cell as Excel saves a failed formula
                part = re.sub(rf'<c r="{column}3"[^>]*?(/>|>.*?</c>)'.encode(),
                              f'<c r="{column}3" t="e"><f>1/0</f><v>#DIV/0!</v></c>'.encode(), part)
            if info.filename == "xl/workbook.xml":
                part = part.replace(b' fullCalcOnLoad="1"', b"")
            target.writestr(info, part)
    path.write_bytes(out.getvalue())
    refused = [p for p in load_sources(tmp_path / "data").damaged_files]
    assert [(p.code, p.row, p.column) for p in refused] == [("file-cell-error", 3, "罚款金额(万元)")]


def test_an_excel_error_saved_as_text_in_a_csv_refuses_the_file(tmp_path: Path) -> None:
    """A CSV saved by Excel writes a failed formula as its error text: a decision number #REF! was published."""
    rows = [penalty_row(), penalty_row(**{"行政处罚决定书文号": "#REF!"}), penalty_row(**{"违法事实": "#N/A"})]
    write_csv(tmp_path / "data" / "penalties" / "p.csv", rows)
    sources = load_sources(tmp_path / "data")
    refused = [(p.code, p.row, p.column) for p in sources.damaged_files]
    assert refused == [("file-cell-error", 3, "行政处罚决定书文号")]
    assert "第 3、4 行" in sources.damaged_files[0].message and "违法事实" in sources.damaged_files[0].message


# -- repairs and withdrawals as platforms export them (hx7 findings) -------------------------------

def _control_run(tmp_path: Path, kind: str, rows: list[dict[str, str]], header: list[str] | None = None):
    from tests.helpers import penalty, run_pipeline

    data = tmp_path / "data"
    write_csv(data / "penalties" / "p.csv", [penalty(f"甘州市监罚〔2026〕{n}号", "2026-03-01") for n in range(1, 5)])
    write_csv(data / kind / "c.csv", rows, header=header)
    return run_pipeline(data, "2026-05-01")


@pytest.mark.parametrize("header", ["原行政处罚决定书文号", "原决定书文号", "原文书号", "行政处罚决定书文号"])
def test_a_withdrawal_naming_the_decision_by_its_own_header_withdraws_it(tmp_path: Path, header: str) -> None:
    """原行政处罚决定书文号 … stopped the build as a missing 原决定文书号 column (hx7)."""
    row = {"信息类别": "行政处罚", header: "甘州市监罚〔2026〕1号", "撤销类型": "撤销", "撤销日期": "2026-04-01",
           "作出机关": "甘州区市场监督管理局"}
    run = _control_run(tmp_path, "withdrawals", [row])
    assert run.status("penalties", "甘州市监罚〔2026〕1号") == "withdrawn"
    assert run.status("penalties", "甘州市监罚〔2026〕2号") == "published"


@pytest.mark.parametrize(("kind", "field", "word", "reason"), [
    ("withdrawals", "撤销类型", "撤回", "withdrawn"), ("withdrawals", "撤销类型", "更正", "withdrawn"),
    ("withdrawals", "撤销类型", "确认有效", "withdrawn"),  # not a type of the list at all: still applied
    ("repairs", "修复方式", "提前终止公示", "repaired"), ("repairs", "修复方式", "屏蔽", "repaired"),
    ("repairs", "信息类别", "行政处罚信息", "repaired"), ("repairs", "信息类别", "失信信息", "repaired"),
    ("repairs", "修复决定日期", "2026年13月1日", "repaired"), ("repairs", "修复决定日期", "", "repaired"),
    ("repairs", "修复决定机关", "", "repaired"),
])
def test_a_repair_or_withdrawal_with_a_word_or_date_unknown_still_stops_its_record(
        tmp_path: Path, kind: str, field: str, word: str, reason: str) -> None:
    """An unknown 修复方式 / 撤销类型 / 信息类别 or an unreadable date rejected the row, and the repaired or
    revoked penalty stayed public with exit 0 (hx7 finding 1). Now the row applies, with a warning."""
    row = ({"信息类别": "行政处罚", "原决定文书号": "甘州市监罚〔2026〕1号", "修复方式": "终止公示",
            "修复决定日期": "2026-04-01", "修复决定机关": "甘州区发展和改革局"} if kind == "repairs" else
           {"信息类别": "行政处罚", "原决定文书号": "甘州市监罚〔2026〕1号", "撤销类型": "撤销",
            "撤销日期": "2026-04-01", "作出机关": "甘州区市场监督管理局"})
    row[field] = word
    run = _control_run(tmp_path, kind, [row])
    assert run.status("penalties", "甘州市监罚〔2026〕1号") == reason
    assert run.status("penalties", "甘州市监罚〔2026〕2号") == "published"
    assert run.summary["kinds"][kind]["rejected"] == 0
    mine = [p for p in run.validated.problems if p.kind == kind]
    assert all(p.severity == WARNING for p in mine)
    from generator.schema import KINDS

    spec = KINDS[kind].field(field)
    if word not in dict(spec.value_map) and word not in spec.codes:  # not a known spelling: said in the report
        assert any(p.column == field and "原记录不再公示" in p.message for p in mine)


def test_a_platform_repair_list_without_method_or_body_columns_stops_the_records(tmp_path: Path) -> None:
    """A 信用修复 result list naming the party and the penalty's own 行政处罚决定书文号 (no 信息类别, 修复方式,
    修复决定机关 columns) stopped the whole build (hx7)."""
    header = ["序号", "行政相对人名称", "统一社会信用代码", "行政处罚决定书文号", "处罚机关", "修复日期"]
    rows = [{"序号": "1", "行政相对人名称": "甘州区示例商贸有限公司", "统一社会信用代码": "",
             "行政处罚决定书文号": "甘州市监罚〔2026〕3号", "处罚机关": "甘州区市场监督管理局", "修复日期": "2026-04-02"}]
    run = _control_run(tmp_path, "repairs", rows, header=header)
    assert run.status("penalties", "甘州市监罚〔2026〕3号") == "repaired"
    assert run.summary["kinds"]["repairs"] == {"read": 1, "rejected": 0, "applied": 1, "pending": 0, "unmatched": 0}
    codes = {p.code for p in load_sources(tmp_path / "data").problems if p.kind == "repairs"}
    assert "control-missing-column" in codes


def test_a_repair_without_its_number_is_rejected_saying_the_record_stays(tmp_path: Path) -> None:
    row = {"信息类别": "行政处罚", "原决定文书号": "", "修复方式": "终止公示", "修复决定日期": "2026-04-01",
           "修复决定机关": "甘州区发展和改革局"}
    run = _control_run(tmp_path, "repairs", [row])
    assert run.summary["kinds"]["repairs"]["rejected"] == 1
    [problem] = [p for p in run.validated.problems if p.kind == "repairs" and p.severity == ERROR]
    assert problem.column == "原决定文书号" and "仍在网站上" in problem.message


@pytest.mark.parametrize(("header", "written"), [
    ("罚款金额(元)", "5000"), ("罚款金额（单位：元）", "5000"), ("罚款金额[元]", "5000"), ("罚款金额（人民币元）", "5000"),
    ("罚款金额 (元)", "5,000.00"), ("罚款金额（单位：万元）", "0.5"), ("罚款金额/万元", "0.5"), ("罚款金额(万)", "0.5"),
    ("处罚金额（单位:元）", "5000"),
])
def test_an_amount_header_with_its_unit_spelled_any_way_is_read_in_that_unit(tmp_path: Path, header: str,
                                                                              written: str) -> None:
    """罚款金额（单位：元）, 罚款金额/万元, 罚款金额[元] … were ignored as unknown columns: the fine was published
    empty with one warning (hx7)."""
    from tests.helpers import penalty, run_pipeline

    row = penalty("甘州市监罚〔2026〕1号", "2026-03-01", 处罚内容="罚款")
    del row["罚款金额（万元）"]
    row[header] = written
    write_csv(tmp_path / "data" / "penalties" / "p.csv", [row])
    run = run_pipeline(tmp_path / "data", "2026-05-01")
    assert float(run.row("penalties", "甘州市监罚〔2026〕1号")["罚款金额(万元)"]) == pytest.approx(0.5)


@pytest.mark.parametrize("header", ["罚款金额", "处罚金额", "没收金额"])
def test_an_amount_header_without_a_unit_is_not_read_and_the_report_asks_for_it(tmp_path: Path, header: str) -> None:
    """No standard says which unit a bare 罚款金额 is in: 5000 read in the wrong one is 10,000 times off."""
    row = penalty_row(**{header: "5000"})
    write_csv(tmp_path / "data" / "penalties" / "p.csv", [row])
    sources = load_sources(tmp_path / "data")
    [problem] = [p for p in sources.problems if p.code == "column-amount-unit-unknown"]
    assert problem.severity == WARNING and problem.column == header and "（元）" in problem.message
    assert not any(p.code == "file-unknown-column" for p in sources.problems)


def _csv_under_titles(path: Path, titles: list[list[str]], rows: list[dict[str, str]]) -> None:
    """A CSV with `titles` rows above the header of `rows` (keys in order)."""
    import csv
    import io

    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows([*titles, list(rows[0]), *(list(r.values()) for r in rows)])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(out.getvalue(), encoding="utf-8")


@pytest.mark.parametrize(("titles", "written", "amount", "words"), [
    ([["行政处罚信息公示表"], ["编制单位：甘州区市场监督管理局", "", "金额单位：元"]], "5000", 0.5, "金额单位：元"),
    ([["行政处罚信息公示表（金额单位：元）"]], "800", 0.08, "金额单位：元"),
    ([["行政处罚信息公示表"], ["单位：万元"]], "0.5", 0.5, "单位：万元"),
])
def test_a_bare_amount_header_is_read_in_the_unit_the_title_rows_state(tmp_path: Path, titles: list[list[str]],
                                                                       written: str, amount: float, words: str) -> None:
    """A bare 罚款金额 under a title row stating the table's unit (金额单位：元 beside 编制单位, as report pages print
    it: tests/exports/SOURCES.md unit-above): the amount was withheld (column-amount-unit-unknown). It is read in
    that unit, 元 converted to 万元, with a warning quoting the words (column-amount-unit-from-title); the party's
    name and the decision's number and date are published with it."""
    from tests.helpers import run_pipeline

    row = penalty_row(处罚内容="处以罚款")
    del row["罚款金额(万元)"]
    row["罚款金额"] = written
    _csv_under_titles(tmp_path / "data" / "penalties" / "p.csv", titles, [row])
    run = run_pipeline(tmp_path / "data", "2026-05-01")
    published = run.row("penalties", "甘州市监罚〔2026〕1号")
    assert float(published["罚款金额(万元)"]) == pytest.approx(amount)
    assert (published["行政相对人名称"], published["处罚决定日期"]) == ("甘州区示例商贸有限公司", "2026-03-05")
    problems = load_sources(tmp_path / "data").problems
    [said] = [p for p in problems if p.code == "column-amount-unit-from-title"]
    assert said.severity == WARNING and said.column == "罚款金额"
    assert f"“{words}”" in said.message
    assert not [p for p in problems if p.code == "column-amount-unit-unknown"]


@pytest.mark.parametrize("titles", [
    [["填报单位：元谋县市场监督管理局"]],  # a county named 元谋: no unit
    [["行政处罚信息公示表（罚款单位：元；没收金额单位：万元）"]],  # two units: which column is in which is not said
])
def test_a_title_that_states_no_single_unit_leaves_the_bare_amount_unread(tmp_path: Path,
                                                                         titles: list[list[str]]) -> None:
    """Only one unit stated for the table decides: a 元 that begins a place name, or two units, do not."""
    row = penalty_row()
    del row["罚款金额(万元)"]
    row["罚款金额"] = "5000"
    _csv_under_titles(tmp_path / "data" / "penalties" / "p.csv", titles, [row])
    codes = codes_of(load_sources(tmp_path / "data").problems)
    assert "column-amount-unit-unknown" in codes and "column-amount-unit-from-title" not in codes


def _creditsite_json(data: Path, mapping: str = "") -> None:
    """Two penalties as 信用中国（山西）'s detail JSON names them: the 2015 数据项 in camelCase (cfAjmc 案件名称, cfCflb,
    cfSxq 处罚生效期 and no decision date; tests/exports/SOURCES.md creditchina-json)."""
    from tests.helpers import AUTHORITY_USCC

    records = [{"cfWsh": f"甘州市监罚〔2026〕{n}号", "cfAjmc": "销售过期食品", "cfCflb": "罚款",
                "cfSy": "当事人销售超过保质期的食品。", "cfYj": "《中华人民共和国食品安全法》第一百二十四条",
                "cfXdrMc": f"甘州区示例{n}商贸有限公司", "cfXdrShxym": make_uscc(40 + n), "cfJg": "罚款5000元",
                "cfSxq": f"2026-03-0{n}", "cfXzjg": "甘州区市场监督管理局", "cfZt": "0", "dfbm": "620702",
                "depName": "甘州区市场监督管理局"} for n in (1, 2)]
    (data / "penalties").mkdir(parents=True)
    (data / "penalties" / "x.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    (data / "penalties" / "columns.toml").write_text(
        f'{mapping}[defaults.sgs2016]\n"处罚机关统一社会信用代码" = "{AUTHORITY_USCC}"\n'
        f'"数据来源单位统一社会信用代码" = "{AUTHORITY_USCC}"\n', encoding="utf-8")


def test_camel_case_field_codes_are_the_codes_and_an_effective_date_is_not_taken_for_the_decision(
        tmp_path: Path) -> None:
    """A credit site's JSON keyed cfWsh, cfXdrMc … (the national codes as a Java bean names them) was refused for
    lacking every column. The codes are read; the 2015 数据项's 处罚生效期 is not the decision date, so the file is
    refused naming it and the columns.toml line that lets staff who know better read it so, which then publishes
    each party with its decision number and date."""
    from tests.helpers import run_pipeline

    _creditsite_json(tmp_path / "refused")
    sources = load_sources(tmp_path / "refused")
    [refused] = [p for p in sources.damaged_files if p.code == "file-missing-column"]
    assert refused.column == "处罚决定日期" and '"CF_SXQ" = "处罚决定日期"' in refused.message
    _creditsite_json(tmp_path / "mapped", '[columns]\n"CF_SXQ" = "处罚决定日期"\n')
    run = run_pipeline(tmp_path / "mapped", "2026-05-01")
    first = run.row("penalties", "甘州市监罚〔2026〕1号")
    assert (first["行政相对人名称"], first["处罚决定日期"], first["违法行为类型"], first["处罚内容"]) == (
        "甘州区示例1商贸有限公司", "2026-03-01", "销售过期食品", "罚款5000元")
    assert run.status("penalties", "甘州市监罚〔2026〕2号") == "published"


def test_an_electronic_licence_export_reads_by_its_metadata_and_asks_for_what_it_lacks(tmp_path: Path) -> None:
    """A 政务服务 platform's 电子证照 export (GB/T 36903-2018 metadata: 持证主体, 持证主体代码, 证照编号, 证照颁发机构 …;
    tests/exports/SOURCES.md dzzz) was refused for lacking nine columns. It is read by its metadata; the 许可类别 and
    许可内容 it cannot hold are asked for by name ([defaults.dzzz]), then the licence publishes under its number with
    its holder's name, and a person holder's 身份号码 goes to 证件号码 (never public)."""
    from tests.helpers import AUTHORITY_USCC, make_ric, run_pipeline

    header = ["证照名称", "证照编号", "持证主体", "持证主体代码", "持证主体代码类型", "证照颁发机构", "证照颁发机构代码",
              "证照颁发日期", "证照有效期截止日期"]
    person_id = make_ric("19880202", "555")
    rows = [dict(zip(header, values)) for values in (
        ["食品经营许可证", "JY16207020012345", "甘州区示例商贸有限公司", make_uscc(61), "001", "甘州区市场监督管理局",
         AUTHORITY_USCC, "2026-03-02", "2031-03-01"],
        ["食品经营许可证", "JY26207020012346", "欧阳某某", person_id, "111", "甘州区市场监督管理局", AUTHORITY_USCC,
         "2026-03-03", "2031-03-02"])]
    write_csv(tmp_path / "asked" / "licenses" / "l.csv", rows, header=header)
    [refused] = load_sources(tmp_path / "asked").damaged_files
    assert refused.column == "许可类别,许可内容" and "[defaults.dzzz]" in refused.message
    write_csv(tmp_path / "given" / "licenses" / "l.csv", rows, header=header)
    (tmp_path / "given" / "licenses" / "columns.toml").write_text(
        '[defaults.dzzz]\n"许可类别" = "普通"\n"许可内容" = "预包装食品销售"\n', encoding="utf-8")
    run = run_pipeline(tmp_path / "given", "2026-05-01")
    accepted = run.validated.kinds["licenses"].accepted.set_index("许可编号")
    org = accepted.loc["JY16207020012345"]
    assert (org["行政相对人名称"], org["许可证书名称"], org["行政许可决定文书名称"], org["许可决定日期"], org["有效期自"]) == (
        "甘州区示例商贸有限公司", "食品经营许可证", "食品经营许可证", "2026-03-02", "2026-03-02")
    person = accepted.loc["JY26207020012346"]
    assert (person["证件号码"], person["统一社会信用代码"], person["行政相对人类别"]) == (person_id, "", "自然人")


def test_a_provincial_licence_table_with_the_electronic_licence_codes_reads_by_its_own_words(tmp_path: Path) -> None:
    """浙江's 省市回流 licence table (电影放映经营许可证: 许可证号, 单位名称, 统一社会信用代码, 持证主体代码类型, 法定代表人,
    经营项目, 经营区域, 有效期（起始）, 有效期（截止）, 发证日期, 发证机关, 证照颁发机构代码, 证照状态, as public ODS SQL names
    them; tests/exports/SOURCES.md dzzz): read as the 电子证照 it is, the 经营项目 as 许可内容, the rest named."""
    from tests.helpers import AUTHORITY_USCC, run_pipeline

    header = ["许可证号", "单位名称", "统一社会信用代码", "持证主体代码类型", "法定代表人", "经营项目", "经营区域",
              "有效期（起始）", "有效期（截止）", "发证日期", "发证机关", "证照颁发机构代码", "证照状态"]
    row = dict(zip(header, ["浙证放（108）字第002号", "甘州区示例影院有限公司", make_uscc(62), "统一社会信用代码", "王五",
                            "电影放映", "本县", "2026-03-01", "2029-02-28", "2026-03-01", "甘州区文化和旅游局",
                            AUTHORITY_USCC, "有效"]))
    write_csv(tmp_path / "licenses" / "l.csv", [row], header=header)
    # (A table of one licence kind names it in its own title, not in a column: staff say it once.)
    (tmp_path / "licenses" / "columns.toml").write_text(
        '[defaults.dzzz]\n"许可类别" = "普通"\n"许可证书名称" = "电影放映经营许可证"\n', encoding="utf-8")
    run = run_pipeline(tmp_path, "2026-05-01")
    [read] = run.validated.kinds["licenses"].accepted.to_dict("records")
    assert (read["许可编号"], read["行政相对人名称"], read["许可内容"], read["有效期至"], read["许可机关"], read["当前状态"]) == (
        "浙证放（108）字第002号", "甘州区示例影院有限公司", "电影放映", "2029-02-28", "甘州区文化和旅游局", "有效")
    assert read["法定代表人"] == "王五" and read["许可决定日期"] == "2026-03-01"
    assert read["行政许可决定文书名称"] == read["许可证书名称"] == "电影放映经营许可证"


def _gsxt_blacklist_without_numbers(data: Path, serial: int) -> tuple[str, str]:
    """The 公示系统's 严重违法失信名单 of two entities, without 列入文号 (one is composed), in data/blacklist/;
    their credit codes (made from serial and serial + 1)."""
    from tests.helpers import AUTHORITY_CODE

    listed, other = make_uscc(serial), make_uscc(serial + 1)
    header = ["序号", "企业名称", "统一社会信用代码/注册号", "列入严重违法失信名单（黑名单）原因", "列入日期", "作出决定机关（列入）"]
    rows = [dict(zip(header, ["1", "甘州区甲商贸有限公司", listed, "提交虚假材料取得公司登记", "2026-03-01", "甘州区市场监督管理局"])),
            dict(zip(header, ["2", "甘州区乙商贸有限公司", other, "提交虚假材料取得公司登记", "2026-03-01", "甘州区市场监督管理局"]))]
    write_csv(data / "blacklist" / "b.csv", rows, header=header)
    (data / "blacklist" / "columns.toml").write_text(f'[defaults]\n"列入单位统一社会信用代码" = "{AUTHORITY_CODE}"\n',
                                                     encoding="utf-8")
    return listed, other


def test_a_repair_naming_only_the_party_takes_it_off_a_list_without_numbers(tmp_path: Path) -> None:
    """The 公示系统 list has no 列入文号 (one is composed): a 移出名单 repair naming the entity's credit code and
    no number was rejected, and the entity stayed on the published list (hx7 finding 5). A penalty of the
    same party is not touched: penalties carry their own numbers."""
    from tests.helpers import penalty, run_pipeline

    data = tmp_path / "data"
    listed, other = _gsxt_blacklist_without_numbers(data, 31)
    write_csv(data / "penalties" / "p.csv", [penalty("甘州市监罚〔2026〕9号", "2026-03-01", code=listed)])
    write_csv(data / "repairs" / "r.csv", [{"信息类别": "严重失信主体名单", "原决定文书号": "", "统一社会信用代码": listed,
                                            "修复方式": "移出名单", "修复决定日期": "2026-04-01", "修复决定机关": "甘州区市场监督管理局"}])
    run = run_pipeline(data, "2026-05-01")
    frame = run.decided.frames["blacklist"]
    status = dict(zip(frame["统一社会信用代码"], frame["_status"]))
    assert status[listed] == "repaired" and status[other] == "published"
    assert run.status("penalties", "甘州市监罚〔2026〕9号") == "published"
    assert run.summary["kinds"]["repairs"]["applied"] == 1


def test_a_header_under_a_long_block_of_instructions_is_found(tmp_path: Path) -> None:
    """25 lines of 填表说明 above the header: the header was looked for in the first 20 rows only, and the
    file was refused as missing every column, stopping the build (hx7)."""
    first, second = penalty_row(), penalty_row(**{"行政处罚决定书文号": "甘州市监罚〔2026〕2号"})
    notes: list[list[object]] = [[f"{k}. 填表说明：第{k}条，请按要求填写。"] for k in range(1, 26)]
    _openpyxl_workbook(tmp_path, [*notes, list(first), list(first.values()), list(second.values())])
    sources = load_sources(tmp_path / "data")
    assert not sources.damaged_files
    assert sources.kinds["penalties"].frame["_row"].tolist() == [27, 28]
    assert [p.row for p in sources.problems if p.code == "file-header-row"] == [26]


@pytest.mark.parametrize(("written", "code"), [("证明事项告知承诺", "审批替代型"), ("告知承诺", "审批替代型"),
                                               ("容缺受理", "容缺受理型"), ("主动公示型", "主动型"), ("行业自律", "行业自律型")])
def test_a_commitment_type_in_the_systems_words_is_read_as_its_code(tmp_path: Path, written: str, code: str) -> None:
    """承诺类型 证明事项告知承诺 (国办发〔2020〕42号), 容缺受理 … were rejected as unknown codes (hx7)."""
    from tests.helpers import commitment_row, run_pipeline

    row = commitment_row(**{"承诺类型": written})
    write_csv(tmp_path / "data" / "commitments" / "c.csv", [row])
    run = run_pipeline(tmp_path / "data", "2026-11-27")
    assert run.summary["kinds"]["commitments"]["rejected"] == 0
    assert run.decided.frames["commitments"]["承诺类型"].tolist() == [code]


def test_a_change_list_with_the_new_and_the_original_number_stops_the_original(tmp_path: Path) -> None:
    """A 变更 list giving the new decision's 行政处罚决定书文号 before the 原行政处罚决定书文号: the original is the
    record to stop, never the new decision (both headers name 原决定文书号 for a withdrawal, hx7)."""
    header = ["信息类别", "行政处罚决定书文号", "原行政处罚决定书文号", "撤销类型", "撤销日期", "作出机关"]
    row = {"信息类别": "行政处罚", "行政处罚决定书文号": "甘州市监罚〔2026〕2号", "原行政处罚决定书文号": "甘州市监罚〔2026〕1号",
           "撤销类型": "变更", "撤销日期": "2026-04-01", "作出机关": "甘州区市场监督管理局"}
    run = _control_run(tmp_path, "withdrawals", [row], header=header)
    assert run.status("penalties", "甘州市监罚〔2026〕1号") == "withdrawn"
    assert run.status("penalties", "甘州市监罚〔2026〕2号") == "published"


def test_a_csv_quote_that_is_never_closed_refuses_the_file_naming_its_row(tmp_path: Path) -> None:
    """A cell opened with " and never closed swallowed the records below it into one cell: three penalties were
    lost and the report named only one row with empty fields (hx7)."""
    rows = [penalty_row(**{"行政处罚决定书文号": f"甘州市监罚〔2026〕{n}号"}) for n in range(1, 6)]
    path = write_csv(tmp_path / "data" / "penalties" / "p.csv", rows)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = lines[2].replace("当事人", '"当事人', 1)  # row 3: the quote opens and never closes
    path.write_text("".join(lines), encoding="utf-8")
    sources = load_sources(tmp_path / "data")
    assert [(p.code, p.row) for p in sources.damaged_files] == [("file-unbalanced-quote", 3)]
    assert "约 3 行" in sources.damaged_files[0].message


def test_a_line_break_inside_quoted_prose_is_not_a_broken_quote(tmp_path: Path) -> None:
    rows = [penalty_row(**{"违法事实": "当事人销售过期食品，\n共计10箱, 货值1,000元。"})]
    write_csv(tmp_path / "data" / "penalties" / "p.csv", rows)
    sources = load_sources(tmp_path / "data")
    assert not sources.damaged_files and len(sources.kinds["penalties"].frame) == 1


# -- round 8 (hx8): the seventh round's left items ------------------------------------------------------------


def test_a_withdrawal_naming_only_the_party_takes_it_off_a_list_without_numbers(tmp_path: Path) -> None:
    """A list entry without a number of its own (the 公示系统 list: one is composed) was withdrawable only by a
    repair: withdrawals had no 统一社会信用代码 column, so a 撤销 naming the entity left it listed (hx7 left)."""
    from tests.helpers import run_pipeline

    data = tmp_path / "data"
    listed, other = _gsxt_blacklist_without_numbers(data, 33)
    write_csv(data / "withdrawals" / "w.csv", [{"信息类别": "严重失信主体名单", "原决定文书号": "",
                                                "行政相对人统一社会信用代码": listed, "撤销类型": "撤销",
                                                "撤销日期": "2026-04-01", "作出机关": "甘州区市场监督管理局"}])
    run = run_pipeline(data, "2026-05-01")
    frame = run.decided.frames["blacklist"]
    status = dict(zip(frame["统一社会信用代码"], frame["_status"]))
    assert status[listed] == "withdrawn" and status[other] == "published"
    assert run.summary["kinds"]["withdrawals"]["applied"] == 1


def _ccgp_folder(tmp_path: Path, results: list[str], date: str = "2025-06-10") -> Path:
    from tests.helpers import AUTHORITY_CODE

    data = tmp_path / "data"
    header = ["序号", "企业名称", "统一社会信用代码（或组织机构代码）", "企业地址", "严重违法失信行为的具体情形", "处罚结果", "处罚依据",
              "处罚日期", "公布日期", "执法单位"]
    rows = [dict(zip(header, [str(k + 1), f"甘州区{k}号商贸有限公司", make_uscc(40 + k), "甘肃省张掖市甘州区", "提供虚假材料谋取中标",
                              text, "《中华人民共和国政府采购法》第七十七条", date, date, "张掖市甘州区财政局"]))
            for k, text in enumerate(results)]
    write_csv(data / "blacklist" / "g.csv", rows, header=header)
    (data / "blacklist" / "columns.toml").write_text(f'[defaults]\n"列入单位统一社会信用代码" = "{AUTHORITY_CODE}"\n',
                                                     encoding="utf-8")
    return data


def test_a_procurement_ban_period_ends_the_list_entry(tmp_path: Path) -> None:
    """政府采购 处罚结果 一年内 / 12个月内 / 三年内禁止参加政府采购活动: the entry stops on the day the ban is over
    (处罚日期 + the period); before, it stayed listed until a repair (hx7 left). A ban without one readable
    period (一至三年内) leaves the end empty and says so."""
    from tests.helpers import run_pipeline

    data = _ccgp_folder(tmp_path, ["列入不良行为记录名单，一年内禁止参加政府采购活动", "12个月内禁止参加政府采购活动",
                                   "三年内禁止参加政府采购活动", "一至三年内禁止参加政府采购活动"])
    sources = load_sources(data)
    frame = sources.kinds["blacklist"].frame
    assert frame["有效期至"].tolist() == ["2026-06-10", "2026-06-10", "2028-06-10", ""]
    said = {p.code: p for p in sources.problems if p.code.startswith("period-")}
    assert said["period-counted"].severity == WARNING and "处罚结果" in said["period-counted"].message
    assert said["period-unread"].row == 5 and "处罚结果" in said["period-unread"].message
    run = run_pipeline(data, "2026-12-01")
    status = run.decided.frames["blacklist"]["_status"].tolist()
    assert status[:2] == ["expired", "expired"] and status[2:] == ["published", "published"]


def test_an_export_without_a_number_column_gets_a_composed_stable_number(tmp_path: Path) -> None:
    """信用承诺 / 公共信用综合评价 / 12315 exports listing the party, date and matter without a number column were
    refused whole (hx7 left 7): the number is composed from the party's public code, the date (YYYY-MM-DD
    whatever the export wrote) and the matter, and the report says the form; a row without a code is named."""
    data = tmp_path / "data"
    code = make_uscc(50)
    write_csv(data / "commitments" / "c.csv", [
        {"承诺主体名称": "甘州区甲商贸有限公司", "统一社会信用代码": code, "承诺类型": "证明事项告知承诺",
         "承诺事项": "食品经营许可告知承诺", "承诺日期": "2026/3/5", "承诺受理单位": "甘州区市场监督管理局", "履约情况": "履约中"},
        {"承诺主体名称": "张某", "统一社会信用代码": "", "承诺类型": "告知承诺", "承诺事项": "食品经营许可告知承诺",
         "承诺日期": "2026-03-06", "承诺受理单位": "甘州区市场监督管理局", "履约情况": "履约中"}])
    write_csv(data / "evaluations" / "e.csv", [{"企业名称": "甘州区甲商贸有限公司", "统一社会信用代码": code,
                                               "评价类型": "公共信用综合评价", "评价等级": "A", "评价日期": "2026年2月1日",
                                               "评价单位": "张掖市发展和改革委员会"}])
    write_csv(data / "complaints" / "q.csv", [{"被投诉企业名称": "甘州区甲商贸有限公司", "统一社会信用代码": code,
                                              "投诉问题类型": "质量问题", "投诉日期": "2026-04-01", "处理结果": "调解成功",
                                              "处理单位": "甘州区市场监督管理局"}])
    sources = load_sources(data)
    assert not sources.damaged_files
    assert sources.kinds["commitments"].frame["承诺编号"].tolist() == [f"信用承诺（{code}，2026-03-05，食品经营许可告知承诺）", ""]
    assert sources.kinds["evaluations"].frame["评价编号"].tolist() == [f"公共信用综合评价（{code}，2026-02-01）"]
    assert sources.kinds["complaints"].frame["投诉编号"].tolist() == [f"消费投诉（{code}，2026-04-01，质量问题）"]
    composed = [p for p in sources.problems if p.code == "key-composed"]
    assert len(composed) == 3 and all(p.severity == WARNING and "统一社会信用代码" in p.message for p in composed)


def test_a_big5_csv_from_a_taiwan_or_hong_kong_system_is_read_as_big5(tmp_path: Path) -> None:
    """Big5 bytes decode as GB18030 without an error, into other characters (行政相對人名稱 as ︽現癸嘿): the file
    was refused as missing every column. Read as Big5, its traditional headers and codes name the contract's."""
    from hanziconv import HanziConv

    rows = [penalty_row(**{"行政处罚决定书文号": f"甘州市监罚〔2026〕{n}号"}) for n in (1, 2)]
    path = write_csv(tmp_path / "data" / "penalties" / "p.csv", rows)
    text = HanziConv.toTraditional(path.read_text(encoding="utf-8"))
    path.write_bytes(text.encode("cp950", errors="replace"))
    sources = load_sources(tmp_path / "data")
    assert not sources.damaged_files
    frame = sources.kinds["penalties"].frame
    assert frame["行政处罚决定书文号"].tolist() == ["甘州市監罰〔2026〕1號", "甘州市監罰〔2026〕2號"]
    assert any(p.code == "file-format-read" and "Big5" in p.message for p in sources.problems)


def test_a_gb18030_csv_is_not_taken_for_big5(tmp_path: Path) -> None:
    rows = [penalty_row(**{"违法事实": "当事人销售超过保质期的食品，货值金额较小。"})]
    write_csv(tmp_path / "data" / "penalties" / "p.csv", rows, encoding="gb18030")
    sources = load_sources(tmp_path / "data")
    assert not any("Big5" in p.message for p in sources.problems)
    assert sources.kinds["penalties"].frame["违法事实"].tolist() == ["当事人销售超过保质期的食品，货值金额较小。"]


def test_rows_hidden_in_an_xls_are_not_read_and_are_named(tmp_path: Path) -> None:
    """An .xls with a row hidden (by hand or by a filter): calamine reads it like any row, and it was published
    though nobody who opens the file sees it; it is now named row-hidden, as in an XLSX."""
    import io

    import xlwt

    rows = [penalty_row(**{"行政处罚决定书文号": f"甘州市监罚〔2026〕{n}号"}) for n in (1, 2, 3)]
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("处罚")
    for r, values in enumerate([list(rows[0]), *(list(row.values()) for row in rows)]):
        for c, value in enumerate(values):
            sheet.write(r, c, value)
    sheet.row(2).hidden = True
    buffer = io.BytesIO()
    book.save(buffer)
    (tmp_path / "data" / "penalties").mkdir(parents=True)
    (tmp_path / "data" / "penalties" / "p.xls").write_bytes(buffer.getvalue())
    sources = load_sources(tmp_path / "data")
    assert sources.kinds["penalties"].frame["行政处罚决定书文号"].tolist() == ["甘州市监罚〔2026〕1号", "甘州市监罚〔2026〕3号"]
    assert [(p.code, p.row) for p in sources.problems if p.code == "row-hidden"] == [("row-hidden", 3)]


@pytest.mark.parametrize("far", [" ", "误输入"])
def test_an_xls_whose_used_range_reaches_its_last_cell_is_read_to_its_data(tmp_path: Path, far: str) -> None:
    """Source: tests/exports/SOURCES.md (xls-used-range). Something typed in IV65536, the last cell of an .xls sheet,
    made calamine build all 65,536 × 256 cells (1.4 GB for three records); the sheet is read row by row instead, with
    what calamine gave: the hidden row not read, the date cell as its day, a merged cell filled down. A space there
    is a blank used range, said; a value is a stray row, said as one."""
    import io

    import xlwt

    rows = [penalty_row(**{"行政处罚决定书文号": f"甘州市监罚〔2026〕{n}号"}) for n in (1, 2, 3)]
    header = list(rows[0])
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("处罚")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for c, name in enumerate(header):
        sheet.write(0, c, name)
    authority = header.index("处罚机关")
    sheet.write_merge(1, 3, authority, authority, rows[0]["处罚机关"])
    for r, row in enumerate(rows, start=1):
        for c, (name, value) in enumerate(row.items()):
            if name == "处罚决定日期":
                sheet.write(r, c, dt.date(2026, 5, 7 + r), date_style)
            elif name != "处罚机关":
                sheet.write(r, c, value)
    sheet.row(2).hidden = True
    sheet.write(65535, 255, far)
    buffer = io.BytesIO()
    book.save(buffer)
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.xls").write_bytes(buffer.getvalue())
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    frame = sources.kinds["penalties"].frame
    assert frame["行政处罚决定书文号"].tolist() == ["甘州市监罚〔2026〕1号", "甘州市监罚〔2026〕3号"]
    assert frame["处罚决定日期"].tolist() == ["2026-05-08", "2026-05-10"]
    assert frame["处罚机关"].eq(rows[0]["处罚机关"]).all()
    said = {(p.code, p.row) for p in sources.problems}
    assert ("row-hidden", 3) in said
    notes = " ".join(p.message for p in sources.problems if p.code == "file-format-read")
    if far.strip():
        assert ("row-not-data", 65536) in said and notes == ""
    else:
        assert "使用范围到第 65,536 行，数据止于第 4 行" in notes and "使用范围到 IV 列" in notes


def test_an_excel_95_workbook_in_big5_is_read_whether_it_declares_950_or_1252(tmp_path: Path) -> None:
    """Source: tests/exports/SOURCES.md (big5-biff5). A Taiwan or Hong Kong system's Excel 95 workbook: Big5 text in
    traditional characters, CODEPAGE 950 (read by it, as main read it) or 1252 (Spreadsheet::WriteExcel's, whatever
    the bytes: read as GB18030, the headers were garbled and the file refused as missing every column)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_exports", Path(__file__).resolve().parent / "exports" /
                                                  "make_exports.py")
    assert spec and spec.loader
    exports = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(exports)
    from hanziconv import HanziConv

    facts = "當事人銷售超過保質期的食品，貨值金額較小，案發後主動下架並召回，依法從輕處罰。" * 6
    rows = [exports.pen2019(250 + k, f"甘州市监罚〔2026〕13{k}号", dt.date(2026, 11, 20 + k), facts=facts) for k in range(3)]
    traditional = [[HanziConv.toTraditional(v) if isinstance(v, str) else v for v in row] for row in [exports.P2019, *rows]]
    for codepage in (950, 1252):
        folder = tmp_path / str(codepage) / "penalties"
        folder.mkdir(parents=True)
        (folder / "p.xls").write_bytes(exports._biff5_xls_bytes("行政處罰", traditional, codepage, "cp950"))
        sources = load_sources(folder.parent)
        assert sources.damaged_files == []
        frame = sources.kinds["penalties"].frame
        assert list(frame["行政相对人名称"]) == [HanziConv.toTraditional(exports.company(250 + k)[0]) for k in range(3)]
        assert list(frame["统一社会信用代码"]) == [exports.company(250 + k)[1] for k in range(3)]
        assert frame["违法事实"].eq(HanziConv.toTraditional(facts)).all()
        assert list(frame["处罚决定日期"]) == ["2026-11-20", "2026-11-21", "2026-11-22"]


def test_rows_hidden_in_an_ods_are_not_read_and_are_named(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("mk", Path(__file__).parent / "exports" / "make_exports.py")
    assert spec and spec.loader
    mk = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mk)
    rows = [penalty_row(**{"行政处罚决定书文号": f"甘州市监罚〔2026〕{n}号"}) for n in (1, 2, 3)]
    (tmp_path / "data" / "penalties").mkdir(parents=True)
    (tmp_path / "data" / "penalties" / "p.ods").write_bytes(
        mk._ods_bytes({"处罚": [list(rows[0]), *(list(r.values()) for r in rows)]}, hidden=[2]))
    sources = load_sources(tmp_path / "data")
    assert sources.kinds["penalties"].frame["行政处罚决定书文号"].tolist() == ["甘州市监罚〔2026〕1号", "甘州市监罚〔2026〕3号"]
    assert [(p.code, p.row) for p in sources.problems if p.code == "row-hidden"] == [("row-hidden", 3)]


# -- round 8 (hx8): workbook and CSV quirks --------------------------------------------------------------------


def test_a_code_in_scientific_notation_is_refused_never_published(tmp_path: Path) -> None:
    """Excel shows a long code as 9.16207E+17 and a CSV saved from it keeps that: the digits are lost. A
    工商注册号 6.20702E+14 was published as the shop's registration number (hx8)."""
    from tests.helpers import run_pipeline

    rows = [penalty_row(**{"行政处罚决定书文号": f"甘州市监罚〔2026〕{n}号"}) for n in (1, 2, 3)]
    rows[0]["统一社会信用代码"] = "9.16207E+17"
    rows[1].update({"统一社会信用代码": "", "行政相对人类别": "个体工商户", "工商注册号": "6.20702E+14"})
    write_csv(tmp_path / "data" / "penalties" / "p.csv", rows)
    run = run_pipeline(tmp_path / "data", "2026-11-27")
    said = {(p.row, p.column) for p in run.validated.problems if p.code == "code-scientific"}
    assert said == {(2, "统一社会信用代码"), (3, "工商注册号")}
    assert run.status("penalties", "甘州市监罚〔2026〕3号") == "published"
    assert run.summary["kinds"]["penalties"]["rejected"] == 2


def _xlsx_1904(path: Path, rows: list[dict[str, str]], date_field: str, day: dt.date) -> None:
    """An XLSX in the 1904 date system whose date column holds serials as plain numbers (formatted 常规)."""
    import io
    import zipfile

    serial = (day - dt.date(1904, 1, 1)).days
    write_xlsx(path, [{**r, date_field: serial} for r in rows])
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/workbook.xml":
                data = re.sub(rb"<workbookPr\b", b'<workbookPr date1904="1"', data) if b"<workbookPr" in data \
                    else data.replace(b"<sheets>", b'<workbookPr date1904="1"/><sheets>')
            archive.writestr(info, data)
    path.write_bytes(out.getvalue())


def test_date_serials_of_a_1904_workbook_are_counted_from_1904(tmp_path: Path) -> None:
    """A workbook in Excel's 1904 date system with the decision date as a number: read in the 1900 system it
    was four years early and the penalty was withheld as long expired, without a word (hx8)."""
    rows = [penalty_row(**{"行政处罚决定书文号": "甘州市监罚〔2026〕1号"})]
    _xlsx_1904(tmp_path / "data" / "penalties" / "p.xlsx", rows, "处罚决定日期", dt.date(2026, 5, 8))
    sources = load_sources(tmp_path / "data")
    assert sources.kinds["penalties"].frame["处罚决定日期"].tolist() == ["2026-05-08"]
    assert [p.code for p in sources.problems if p.code == "file-date-1904"] == ["file-date-1904"]


def test_a_zip_of_exports_is_read_member_by_member(tmp_path: Path) -> None:
    """A platform's 导出.zip dropped as it came was ignored with a warning: the kind published nothing (hx8).
    Its CSV and XLSX members are read (a GBK member name as Windows writes it), others named."""
    import io
    import zipfile

    folder = tmp_path / "staging"
    write_csv(folder / "a.csv", [penalty_row(**{"行政处罚决定书文号": "甘州市监罚〔2026〕1号"})])
    write_xlsx(folder / "b.xlsx", [penalty_row(**{"行政处罚决定书文号": "甘州市监罚〔2026〕2号"})])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("行政处罚一.csv", (folder / "a.csv").read_bytes())
        archive.writestr(zipfile.ZipInfo("b.xlsx"), (folder / "b.xlsx").read_bytes())
        archive.writestr("说明.docx", b"not an export")
    (tmp_path / "data" / "penalties").mkdir(parents=True)
    (tmp_path / "data" / "penalties" / "导出.zip").write_bytes(buffer.getvalue())
    sources = load_sources(tmp_path / "data")
    frame = sources.kinds["penalties"].frame
    assert sorted(frame["行政处罚决定书文号"]) == ["甘州市监罚〔2026〕1号", "甘州市监罚〔2026〕2号"]
    assert set(frame["_file"]) == {"penalties/导出.zip#行政处罚一.csv", "penalties/导出.zip#b.xlsx"}
    note = next(p for p in sources.problems if p.code == "file-format-read")
    assert "ZIP" in note.message and "说明.docx" in note.message


def test_a_workbook_with_an_opening_password_is_refused_saying_so(tmp_path: Path) -> None:
    """An encrypted workbook (an OLE file holding EncryptedPackage) was refused as damaged; the message now says
    it has a password and how to remove it."""
    import io

    import xlwt

    book = xlwt.Workbook()
    book.add_sheet("S").write(0, 0, "x")
    buffer = io.BytesIO()
    book.save(buffer)
    raw = bytearray(buffer.getvalue())
    at = raw.find("Workbook".encode("utf-16-le"))  # the stream's directory entry, renamed as Excel names it
    name = "EncryptedPackage".encode("utf-16-le") + b"\0\0"
    raw[at:at + len(name)] = name
    raw[at + 64:at + 66] = len(name).to_bytes(2, "little")
    (tmp_path / "data" / "penalties").mkdir(parents=True)
    (tmp_path / "data" / "penalties" / "p.xlsx").write_bytes(bytes(raw))
    sources = load_sources(tmp_path / "data")
    assert [p.code for p in sources.damaged_files] == ["file-unreadable"]
    assert "密码" in sources.damaged_files[0].message


def test_a_party_label_merged_over_name_and_code_reads_the_code_by_its_form(tmp_path: Path) -> None:
    """行政相对人 merged over 名称 | 代码: the code column (a credit code or an ID number) was an unknown column and
    every organisation row was rejected as lacking its credit code (hx8)."""
    from openpyxl import Workbook

    first = penalty_row()
    top = ["行政相对人", "", "", *[k for k in first if k not in ("行政相对人名称", "行政相对人类别", "统一社会信用代码")]]
    sub = ["名称", "类别", "代码", *[""] * (len(top) - 3)]
    values = [first["行政相对人名称"], first["行政相对人类别"], first["统一社会信用代码"],
              *[v for k, v in first.items() if k not in ("行政相对人名称", "行政相对人类别", "统一社会信用代码")]]
    book = Workbook()
    sheet = book.active
    for row in (top, sub, values):
        sheet.append(row)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=3)
    for c in range(4, len(top) + 1):
        sheet.merge_cells(start_row=1, start_column=c, end_row=2, end_column=c)
    (tmp_path / "data" / "penalties").mkdir(parents=True)
    book.save(tmp_path / "data" / "penalties" / "p.xlsx")
    sources = load_sources(tmp_path / "data")
    frame = sources.kinds["penalties"].frame
    assert frame["统一社会信用代码"].tolist() == [first["统一社会信用代码"]]
    assert not [p for p in sources.problems if p.code == "file-unknown-column"]


def test_a_tax_list_year_written_with_its_word_composes_the_same_number(tmp_path: Path) -> None:
    """评价年度 2025年度 composed 2025年度年度纳税信用A级（…）, and a number other than the one 2025 gives: the same record
    under two numbers from one export to the next (hx8)."""
    from tests.helpers import AUTHORITY_CODE

    rows = [["序号", "纳税人名称", "纳税人识别号", "评价年度"], ["1", "甘州区甲商贸有限公司", make_uscc(60), "2025年度"],
            ["2", "甘州区乙商贸有限公司", make_uscc(61), "2025"], ["3", "甘州区丙商贸有限公司", make_uscc(62), "2025年"]]
    folder = tmp_path / "data" / "redlist"
    write_csv(folder / "a.csv", [dict(zip(rows[0], r)) for r in rows[1:]], header=rows[0])
    (folder / "columns.toml").write_text(f'[defaults]\n"认定日期" = "2026-04-20"\n"认定单位" = "国家税务总局张掖市甘州区税务局"\n'
                                         f'"认定单位统一社会信用代码" = "{AUTHORITY_CODE}"\n', encoding="utf-8")
    frame = load_sources(tmp_path / "data").kinds["redlist"].frame
    assert frame["认定文号"].tolist() == [f"2025年度纳税信用A级（{make_uscc(n)}）" for n in (60, 61, 62)]


@pytest.mark.parametrize("cached", [True, False])
def test_an_ods_formula_is_read_by_its_saved_result_and_refused_without_one(tmp_path: Path, cached: bool) -> None:
    """An .ods fine =5000/10000: LibreOffice and WPS save its result (office:value), which is what the clerk saw; a
    program's ODS without one was read as empty and the fine published empty without a word (hx8)."""
    import importlib.util
    import io
    import zipfile

    spec = importlib.util.spec_from_file_location("mk", Path(__file__).parent / "exports" / "make_exports.py")
    assert spec and spec.loader
    mk = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mk)
    row = penalty_row(**{"罚款金额(万元)": "FINE"})
    raw = mk._ods_bytes({"处罚": [list(row), list(row.values())]})
    cell = ('<table:table-cell table:formula="of:=5000/10000" office:value-type="float" office:value="0.5">'
            "<text:p>0.5</text:p></table:table-cell>" if cached else '<table:table-cell table:formula="of:=5000/10000"/>')
    source, out = zipfile.ZipFile(io.BytesIO(raw)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "content.xml":
                data = data.replace(b'<table:table-cell office:value-type="string"><text:p>FINE</text:p></table:table-cell>',
                                    cell.encode())
            archive.writestr(info, data)
    (tmp_path / "data" / "penalties").mkdir(parents=True)
    (tmp_path / "data" / "penalties" / "p.ods").write_bytes(out.getvalue())
    sources = load_sources(tmp_path / "data")
    if cached:
        assert sources.kinds["penalties"].frame["罚款金额(万元)"].tolist() == ["0.5"]
    else:
        assert [(p.code, p.row) for p in sources.damaged_files] == [("file-formula-uncomputed", 2)]


def test_a_withdrawal_with_a_number_is_not_narrowed_by_another_code_in_its_party_column(tmp_path: Path) -> None:
    """Withdrawals gained a 统一社会信用代码 column (for list entries without a number): a withdrawal that names the
    decision by its number and holds the body's own code in that column still withdraws it."""
    from tests.helpers import AUTHORITY_CODE, penalty, run_pipeline

    data = tmp_path / "data"
    write_csv(data / "penalties" / "p.csv", [penalty("甘州市监罚〔2026〕9号", "2026-03-01")])
    write_csv(data / "withdrawals" / "w.csv", [{"信息类别": "行政处罚", "原决定文书号": "甘州市监罚〔2026〕9号",
                                                "统一社会信用代码": AUTHORITY_CODE, "撤销类型": "撤销",
                                                "撤销日期": "2026-04-01", "作出机关": "甘州区市场监督管理局"}])
    run = run_pipeline(data, "2026-05-01")
    assert run.status("penalties", "甘州市监罚〔2026〕9号") == "withdrawn"


@pytest.mark.parametrize("system_1904", [True, False])
def test_date_serials_of_an_xls_follow_its_date_system(tmp_path: Path, system_1904: bool) -> None:
    """An .xls saved in the 1904 system (its DATEMODE record) with numeric date serials; a 1900 one is unchanged."""
    import io

    import xlwt

    row = penalty_row()
    day = dt.date(2026, 5, 8)
    serial = (day - (dt.date(1904, 1, 1) if system_1904 else dt.date(1899, 12, 30))).days
    book = xlwt.Workbook(encoding="utf-8")
    book.dates_1904 = system_1904
    sheet = book.add_sheet("S")
    for c, (name, value) in enumerate(row.items()):
        sheet.write(0, c, name)
        sheet.write(1, c, serial if name == "处罚决定日期" else value)
    buffer = io.BytesIO()
    book.save(buffer)
    (tmp_path / "data" / "penalties").mkdir(parents=True)
    (tmp_path / "data" / "penalties" / "p.xls").write_bytes(buffer.getvalue())
    from tests.helpers import run_pipeline

    run = run_pipeline(tmp_path / "data", "2026-11-27")
    assert run.validated.kinds["penalties"].accepted["处罚决定日期"].tolist() == ["2026-05-08"]


def test_a_customs_aeo_list_publishes_its_certified_firms_and_never_another_grade(tmp_path: Path) -> None:
    """A customs list (企业名称, 统一社会信用代码, 海关编码, 信用等级, 认证时间, 主管海关) was refused whole (hx8); read as
    the 高级认证企业 list, its rows of another grade (失信企业) are named and never published as honoured."""
    from tests.helpers import AUTHORITY_CODE

    header = ["序号", "企业名称", "统一社会信用代码", "海关编码", "信用等级", "认证时间", "主管海关"]
    rows = [["1", "甘州区甲商贸有限公司", make_uscc(70), "6207960123", "高级认证企业", "2026-01-15", "兰州海关"],
            ["2", "甘州区乙商贸有限公司", make_uscc(71), "6207960124", "失信企业", "2026-02-15", "兰州海关"]]
    folder = tmp_path / "data" / "redlist"
    write_csv(folder / "a.csv", [dict(zip(header, r)) for r in rows], header=header)
    (folder / "columns.toml").write_text(f'[defaults.customs-aeo]\n"认定单位统一社会信用代码" = "{AUTHORITY_CODE}"\n',
                                         encoding="utf-8")
    sources = load_sources(tmp_path / "data")
    frame = sources.kinds["redlist"].frame
    assert frame["统一社会信用代码"].tolist() == [make_uscc(70)]
    assert frame["名单名称"].tolist() == ["海关高级认证企业"]
    assert frame["认定文号"].tolist() == [f"海关高级认证企业（{make_uscc(70)}，2026-01-15）"]
    assert [(p.code, p.row) for p in sources.problems if p.code == "row-other-list"] == [("row-other-list", 3)]


# -- round 9 (h9x): programs' exports: JSON and XML, instants, an ODS's null date, a list known by its title --------


def _make_exports():
    import importlib.util

    spec = importlib.util.spec_from_file_location("mk", Path(__file__).parent / "exports" / "make_exports.py")
    assert spec and spec.loader
    mk = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mk)
    return mk


@pytest.mark.parametrize(("written", "day"), [
    # Jackson in UTC, Spring Boot's default (spring-projects/spring-boot issue 17414; +0000: jackson-databind 2643).
    ("2026-05-07T16:00:00.000+0000", "2026-05-08"), ("2026-05-07T16:00:00.000Z", "2026-05-08"),
    ("2026-05-07 16:00:00+00:00", "2026-05-08"),  # a Parquet or database timestamp with its zone, as text
    ("2026-05-08T00:00:00.000+08:00", "2026-05-08"), ("2026-05-08+08:00", "2026-05-08"),  # xs:date with its zone
    # java.util.Date#toString: "dow mon dd hh:mm:ss zzz yyyy" (CST on a Chinese server is China Standard Time).
    ("Fri May 08 00:00:00 CST 2026", "2026-05-08"), ("Thu May 07 16:00:00 UTC 2026", "2026-05-08"),
    ("1778169600000", "2026-05-08"),  # epoch milliseconds: Jackson's WRITE_DATES_AS_TIMESTAMPS default
])
def test_an_instant_written_by_a_program_is_the_decision_day_in_beijing(tmp_path: Path, written: str, day: str) -> None:
    """A decision dated 2026-05-08 in Beijing, serialised by a Java platform: read as written, the UTC form was
    2026-05-07 (a day early, without a word) and the others were bad-date."""
    from tests.helpers import run_pipeline

    write_csv(tmp_path / "penalties" / "p.csv", [penalty_row(处罚决定日期=written)])
    run = run_pipeline(tmp_path, "2026-11-27")
    assert run.validated.kinds["penalties"].accepted["处罚决定日期"].tolist() == [day]


def test_an_instant_in_a_zone_that_cannot_be_told_is_refused_not_guessed(tmp_path: Path) -> None:
    """PST, or any zone name but China's and UTC's, is not guessed at: the row is refused as bad-date, naming the column."""
    from tests.helpers import run_pipeline

    write_csv(tmp_path / "penalties" / "p.csv", [penalty_row(处罚决定日期="Fri May 08 00:00:00 PST 2026")])
    run = run_pipeline(tmp_path, "2026-11-27")
    assert run.validated.kinds["penalties"].accepted.empty
    assert [(p.code, p.row, p.column) for p in run.validated.problems if p.code == "bad-date"] == [
        ("bad-date", 2, "处罚决定日期")]


@pytest.mark.parametrize("shape", ["array", "navicat", "wrapped", "lines", "code-list-beside", "split", "rows",
                                   "mongo"])
def test_a_json_export_is_read_record_by_record(tmp_path: Path, shape: str) -> None:
    """JSON as platforms and tools write it: a bare array (Jackson, fastjson), Navicat's {"RECORDS": […]}, an
    interface's {"code":0,"data":{"rows":[…]}}, JSON Lines (mongoexport), pandas' orient="split" and rows of values
    under a row of names; the keys are the field codes. Such a file was ignored with file-unknown-type and its
    records were lost."""
    records = [relabel(penalty_row(行政处罚决定书文号=f"甘州市监罚〔2026〕{n}号"), PENALTY_CODES) for n in (1, 2)]
    records[1]["CF_NR_FK"] = 0.2  # type: ignore[assignment]  # a JSON number
    text = {"array": json.dumps(records, ensure_ascii=False),
            "navicat": json.dumps({"RECORDS": records}, ensure_ascii=False),
            "wrapped": json.dumps({"code": 0, "data": {"total": 2, "rows": records}}, ensure_ascii=False),
            "lines": "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
            # A code list beside the records, longer than they are: the records are the table with the fields.
            "code-list-beside": json.dumps({"dict": [{"code": str(i), "name": f"类别{i}"} for i in range(9)],
                                            "data": {"list": records}}, ensure_ascii=False),
            # pandas' to_json(orient="split") and an array of arrays under a row of names.
            "split": json.dumps({"columns": list(records[0]), "index": [0, 1],
                                 "data": [list(r.values()) for r in records]}, ensure_ascii=False),
            "rows": json.dumps([list(records[0]), *(list(r.values()) for r in records)], ensure_ascii=False),
            # mongoexport's Extended JSON v2 (MongoDB Extended JSON specification): {"$date": …} in canonical form,
            # {"$numberDecimal": "…"} for a decimal, {"$oid": …} for the id.
            "mongo": "\n".join(json.dumps({"_id": {"$oid": f"65f0c0ffee00000000000{n}"}, **r,
                                            "CF_JDRQ": {"$date": {"$numberLong": "1772640000000"}},
                                            "CF_NR_FK": {"$numberDecimal": "0.2"}}, ensure_ascii=False)
                               for n, r in enumerate(records)) + "\n"}[shape]
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.json").write_text(text, encoding="utf-8")
    sources = load_sources(tmp_path)
    frame = sources.kinds["penalties"].frame
    assert frame["行政处罚决定书文号"].tolist() == ["甘州市监罚〔2026〕1号", "甘州市监罚〔2026〕2号"]
    assert frame["_row"].tolist() == [2, 3] and frame["罚款金额(万元)"].tolist() == ["0.2", "0.2"]
    unknown = ["file-unknown-column"] if shape == "mongo" else []  # _id: not a field of the contract, not published
    assert codes_of(sources.problems) == [*unknown, "file-format-read"] and sources.damaged_files == []
    if shape == "mongo":  # 1772640000000 ms is 2026-03-05 00:00 in Beijing
        from generator.values import parse_date

        assert [parse_date(v)[0] for v in frame["处罚决定日期"]] == ["2026-03-05", "2026-03-05"]


def test_a_damaged_json_export_is_refused_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.json").write_text('{"RECORDS": [{"CF_WSH": "甘州市监罚〔2026〕1号", ', encoding="utf-8")
    sources = load_sources(tmp_path)
    assert [(p.code, p.severity, p.file) for p in sources.problems + sources.damaged_files] == [
        ("file-unreadable", ERROR, "penalties/p.json")]


def test_an_xml_export_is_read_record_by_record_and_a_doctype_refused(tmp_path: Path) -> None:
    """A web service's XML (<data><row>…</row></data>, one element per field, Chinese names), read as records; an
    XML declaring a DOCTYPE (entity tricks) is refused, never expanded."""
    rows = [penalty_row(行政处罚决定书文号=f"甘州市监罚〔2026〕{n}号") for n in (1, 2)]
    body = "".join("<row>" + "".join(f"<{k.replace('(', '').replace(')', '')}>{v}</{k.replace('(', '').replace(')', '')}>"
                                     for k, v in r.items()) + "</row>" for r in rows)
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.xml").write_text(f'<?xml version="1.0" encoding="UTF-8"?><data>{body}</data>', encoding="utf-8")
    sources = load_sources(tmp_path)
    assert sources.kinds["penalties"].frame["行政处罚决定书文号"].tolist() == ["甘州市监罚〔2026〕1号", "甘州市监罚〔2026〕2号"]
    assert sources.kinds["penalties"].frame["罚款金额(万元)"].tolist() == ["0.2", "0.2"]
    (tmp_path / "penalties" / "p.xml").write_text('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "x">]><data>'
                                                   f"{body}</data>", encoding="utf-8")
    refused = load_sources(tmp_path)
    assert [p.code for p in refused.problems + refused.damaged_files] == ["file-unreadable"]


@pytest.mark.parametrize("null_date", ["1904-01-01", None])
def test_date_serials_of_an_ods_follow_its_null_date(tmp_path: Path, null_date: str | None) -> None:
    """An ODS whose table:null-date is 1904-01-01 (OASIS OpenDocument v1.2 Part 1, 9.4.2; LibreOffice's 日期 1904
    option) with the decision date as a number: read from 1899-12-30 it was four years early; the default unchanged."""
    from tests.helpers import run_pipeline

    row = penalty_row()
    day = dt.date(2026, 5, 8)
    serial = (day - dt.date.fromisoformat(null_date or "1899-12-30")).days
    values = [serial if k == "处罚决定日期" else v for k, v in row.items()]
    (tmp_path / "data" / "penalties").mkdir(parents=True)
    (tmp_path / "data" / "penalties" / "p.ods").write_bytes(
        _make_exports()._ods_bytes({"处罚": [list(row), values]}, null_date=null_date))
    run = run_pipeline(tmp_path / "data", "2026-11-27")
    assert run.validated.kinds["penalties"].accepted["处罚决定日期"].tolist() == ["2026-05-08"]


def test_a_wage_arrears_list_without_its_arrears_columns_is_known_by_its_title(tmp_path: Path) -> None:
    """人社 lists published without 拖欠农民工人数 / 拖欠工资数额 (the arrears stated in 列入事由) were refused whole for
    lacking 名单名称, 列入文号 and 列入依据 (hx8 left it); under their title they are read as that list. A list in the
    contract's own headers under the same title keeps its own name and number."""
    header = ["序号", "单位名称", "统一社会信用代码", "法定代表人", "列入事由", "列入日期", "列入部门"]
    rows = [["1", "甘州区甲建筑劳务有限公司", make_uscc(90), "王某", "拖欠12名农民工工资共计18.5万元", "2026-03-01",
             "张掖市甘州区人力资源和社会保障局"]]
    folder = tmp_path / "data" / "blacklist"
    folder.mkdir(parents=True)
    body = "\r\n".join(",".join(r) for r in [["甘州区拖欠农民工工资失信联合惩戒对象名单（第一批）"], header, *rows])
    (folder / "名单.csv").write_text(body + "\r\n", encoding="utf-8")
    (folder / "columns.toml").write_text(f'[defaults.rsb-qxmd]\n"列入单位统一社会信用代码" = "{AUTHORITY_USCC}"\n', encoding="utf-8")
    sources = load_sources(tmp_path / "data")
    frame = sources.kinds["blacklist"].frame
    assert frame["名单名称"].tolist() == ["拖欠农民工工资失信联合惩戒对象名单"]
    assert frame["列入文号"].tolist() == [f"拖欠农民工工资失信联合惩戒（{make_uscc(90)}，2026-03-01）"]
    assert frame["列入单位统一社会信用代码"].tolist() == [AUTHORITY_USCC]
    assert any(p.code == "file-layout" and "按标题或文件名中的“拖欠农民工工资”识别" in p.message for p in sources.problems)
    # Without the title (and a neutral file name) it is refused, naming what it lacks: never read as another list.
    (folder / "名单.csv").write_text("\r\n".join(",".join(r) for r in [header, *rows]) + "\r\n", encoding="utf-8")
    refused = load_sources(tmp_path / "data")
    assert [p.code for p in refused.problems + refused.damaged_files if p.severity == ERROR] == ["file-missing-column"]
    # The contract's headers under the same title: its own list name and number, not the implied ones.
    own = {"行政相对人名称": "甘州区甲建筑劳务有限公司", "统一社会信用代码": make_uscc(90), "名单名称": "欠薪黑名单",
           "列入文号": "甘州人社列〔2026〕9号", "列入原因": "拖欠农民工工资", "列入依据": "《保障农民工工资支付条例》",
           "列入日期": "2026-03-01", "列入单位": "张掖市甘州区人力资源和社会保障局", "列入单位统一社会信用代码": AUTHORITY_USCC}
    (folder / "名单.csv").write_text("\r\n".join(",".join(r) for r in [["甘州区拖欠农民工工资失信联合惩戒对象名单"], list(own),
                                                                    list(own.values())]) + "\r\n", encoding="utf-8")
    frame = load_sources(tmp_path / "data").kinds["blacklist"].frame
    assert frame[["名单名称", "列入文号"]].values.tolist() == [["欠薪黑名单", "甘州人社列〔2026〕9号"]]


def test_a_json_or_xml_file_without_records_beside_the_exports_is_a_note_not_an_export(tmp_path: Path) -> None:
    """A manifest or settings file left beside the exports (导出信息.json, 配置.xml) is named and ignored, as a .txt
    note is; it does not stop the build. A JSON with records whose fields are unknown is refused (they would be lost)."""
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "导出信息.json").write_text('{"exported_at": "2026-05-08", "count": 0}', encoding="utf-8")
    (tmp_path / "penalties" / "配置.xml").write_text('<?xml version="1.0"?><config><item><name>a</name><value>b</value>'
                                                    "</item></config>", encoding="utf-8")
    sources = load_sources(tmp_path)
    assert sorted((p.code, p.severity, p.file) for p in sources.problems + sources.damaged_files) == [
        ("file-unknown-type", WARNING, "penalties/导出信息.json"), ("file-unknown-type", WARNING, "penalties/配置.xml")]
    (tmp_path / "penalties" / "导出信息.json").write_text('[{"caseNo": "甘州市监罚〔2026〕1号", "partyName": "甲公司"}]',
                                                      encoding="utf-8")
    sources = load_sources(tmp_path)
    assert [(p.code, p.severity) for p in sources.problems + sources.damaged_files
            if p.file.endswith(".json") and p.severity == ERROR] == [("file-missing-column", ERROR)]


def _xlwt_penalty(formulas: dict[str, str]) -> bytes:
    """A penalty row written by xlwt (the .xls writer of many Python systems), some cells as formulas."""
    import io

    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("S")
    for c, (name, value) in enumerate(penalty_row().items()):
        sheet.write(0, c, name)
        sheet.write(1, c, xlwt.Formula(formulas[name]) if name in formulas else value)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_program_written_xls_with_formulas_and_no_results_is_refused_naming_the_cells(tmp_path: Path) -> None:
    """xlwt stores no formula result (every FORMULA record holds the blank value: [MS-XLS] 2.5.133 FormulaValue,
    byte1 0x03, fExprO 0xFFFF); calamine read the fine =2000/10000 as empty and it was published without its amount
    (hx8 left it). Refused as file-formula-uncomputed, as the XLSX and ODS of that kind are."""
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.xls").write_bytes(_xlwt_penalty({"罚款金额(万元)": "2000/10000"}))
    sources = load_sources(tmp_path)
    assert [(p.code, p.row, p.column) for p in sources.problems + sources.damaged_files if p.severity == ERROR] == [
        ("file-formula-uncomputed", 2, "罚款金额(万元)")]


def test_an_xls_whose_formulas_hold_their_results_is_read_by_them(tmp_path: Path) -> None:
    """The same file once Excel or WPS computed it: the FORMULA record holds the result (here the IEEE double 0.2
    in place of the blank value, as Excel writes a number result), read as the fine."""
    import struct

    raw = _xlwt_penalty({"罚款金额(万元)": "2000/10000"})
    blank = struct.pack("<Q", 0xFFFF000000000003)
    assert raw.count(blank) == 1
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.xls").write_bytes(raw.replace(blank, struct.pack("<d", 0.2)))
    sources = load_sources(tmp_path)
    assert sources.kinds["penalties"].frame["罚款金额(万元)"].tolist() == ["0.2"]
    assert not [p for p in sources.problems + sources.damaged_files if p.severity == ERROR]


def test_a_header_with_its_fill_in_note_is_read_as_its_field_and_an_identity_note_kept_private(tmp_path: Path) -> None:
    """Templates print how to fill a column after its name: 处罚决定日期（格式为：YYYY/MM/DD）, 当前状态（0=正常（或空白）；
    1=撤销；…） (the 2016 standard, as its importers' entity comments give it: tests/exports/SOURCES.md "2016-penalty"),
    （必填项）, （选填）, a trailing *. Such headers were unknown and the file refused. A note that names an identity
    document keeps the header as written: not the public 备注, an unknown column, never read."""
    row = penalty_row(备注="经营者身份证号620702198001010011")
    labels = {"处罚决定日期": "处罚决定日期（格式为：YYYY/MM/DD）", "处罚内容": "处罚内容（必填项）", "法定代表人": "法定代表人(选填)",
              "行政处罚决定书文号": "行政处罚决定书文号*", "备注": "备注（填写身份证号）"}
    write_csv(tmp_path / "penalties" / "p.csv", [relabel(row, labels)])
    sources = load_sources(tmp_path)
    frame = sources.kinds["penalties"].frame
    assert frame[["处罚决定日期", "处罚内容", "法定代表人", "行政处罚决定书文号"]].values.tolist() == [
        ["2026-03-05", "罚款2000元", "王五", "甘州市监罚〔2026〕1号"]]
    assert "620702198001010011" not in frame.drop(columns=["证件号码"], errors="ignore").to_string()
    assert [p.code for p in sources.problems if p.column == "备注(填写身份证号)"] == ["file-unknown-column"]
    assert frame.loc[0, "行政相对人名称"] == "甘州区示例商贸有限公司"  # the public facts beside it are read


def test_a_type_row_under_the_header_is_part_of_it_not_a_record(tmp_path: Path) -> None:
    """A template's row giving each field's type and length under the header (字符型(200), 日期型, 数值型(18,6), as the
    双公示 standards' data-item tables write them, or varchar(200) as a database's) and its 必填 row: named as not
    data; it was read as a record and rejected with a dozen errors. The record below is read."""
    row = penalty_row()
    types = {k: ("日期型" if "日期" in k or "有效期" in k else "数值型(18,6)" if "金额" in k else "字符型(200)") for k in row}
    types["法定代表人"] = "varchar(50)"
    write_csv(tmp_path / "penalties" / "p.csv", [types, {k: "必填" for k in row}, row], header=list(row))
    sources = load_sources(tmp_path)
    assert sources.kinds["penalties"].frame["行政处罚决定书文号"].tolist() == ["甘州市监罚〔2026〕1号"]
    assert [(p.code, p.row) for p in sources.problems] == [("row-not-data", 2), ("row-not-data", 3)]


def _spool(rows: list[dict[str, str]], width: Callable[[str], int], colsep: str = " ") -> str:
    """A query's output as SQL*Plus spools it (SET COLSEP default one space, SET UNDERLINE default '-', the
    "n rows selected." feedback: SQL*Plus User's Guide and Reference, SET COLSEP / SET UNDERLINE; O'Reilly,
    Oracle SQL*Plus: The Definitive Guide, SET UNDERLINE), each column padded to its width as `width` counts it."""
    names = list(rows[0])
    widths = [max(width(n), *(width(r[n]) for r in rows)) for n in names]

    def line(values: list[str]) -> str:
        return colsep.join(v + " " * (w - width(v)) for v, w in zip(values, widths)).rstrip()

    body = [line(names), colsep.join("-" * w for w in widths), *(line(list(r.values())) for r in rows)]
    return "\r\n".join(["", *body, "", f"{len(rows)} rows selected.", ""])


def test_a_fixed_width_spool_of_an_oracle_system_is_read_at_its_columns(tmp_path: Path) -> None:
    """A .txt spooled by SQL*Plus from an Oracle-based system (GBK: a CJK character two bytes and two columns
    wide, the width SQL*Plus pads by): it was taken for a note (file-unknown-type) and its records were lost."""
    rows = [penalty_row(行政处罚决定书文号=f"甘州市监罚〔2026〕{n}号", 处罚决定日期=f"2026-03-0{n}") for n in (1, 2)]
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "spool.txt").write_bytes(_spool(rows, lambda s: len(s.encode("gbk"))).encode("gbk"))
    sources = load_sources(tmp_path)
    frame = sources.kinds["penalties"].frame
    assert frame[["行政处罚决定书文号", "处罚决定日期", "罚款金额(万元)", "行政相对人名称"]].values.tolist() == [
        ["甘州市监罚〔2026〕1号", "2026-03-01", "0.2", "甘州区示例商贸有限公司"],
        ["甘州市监罚〔2026〕2号", "2026-03-02", "0.2", "甘州区示例商贸有限公司"]]
    assert frame["_row"].tolist() == [4, 5]  # the file's lines: a blank line, the names, the rule
    assert [(p.code, p.row) for p in sources.problems if p.code != "file-format-read"] == [
        ("file-header-row", 2), ("row-not-data", 7)]


def test_a_fixed_width_file_out_of_line_is_refused_not_cut_in_the_wrong_places(tmp_path: Path) -> None:
    """Widths counted otherwise (UTF-8 bytes: three per CJK character) put characters over the gaps between the
    rule's columns: cut there, a figure could lose a digit to its neighbour; the file is refused, saying why."""
    rows = [penalty_row(行政处罚决定书文号=f"甘州市监罚〔2026〕{n}号") for n in (1, 2)]
    rows[1]["违法事实"] = "当事人销售超过保质期的食品，货值较大。"
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "spool.txt").write_bytes(_spool(rows, lambda s: len(s.encode("utf-8"))).encode("utf-8"))
    sources = load_sources(tmp_path)
    refused = [p for p in sources.problems + sources.damaged_files if p.severity == ERROR]
    assert [p.code for p in refused] == ["file-unreadable"] and "列位置不齐" in refused[0].message
    assert "penalties" not in sources.kinds or sources.kinds["penalties"].frame.empty


def test_a_rule_under_the_header_of_a_bar_separated_spool_is_not_a_record(tmp_path: Path) -> None:
    """SET COLSEP '|' (the SQL*Plus guide's own example) spools -----|----- under the names: read as bars, that
    line is formatting, not a record to reject."""
    rows = [penalty_row()]
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "spool.txt").write_bytes(_spool(rows, lambda s: len(s.encode("gbk")), "|").encode("gbk"))
    sources = load_sources(tmp_path)
    assert sources.kinds["penalties"].frame["行政处罚决定书文号"].tolist() == ["甘州市监罚〔2026〕1号"]
    assert ("row-not-data", 3) in [(p.code, p.row) for p in sources.problems]


@pytest.mark.parametrize("shape", ["records", "spreadsheet-ml"])
def test_an_xml_export_declared_in_gbk_is_read(tmp_path: Path, shape: str) -> None:
    """XML declared encoding="GB2312" / "GBK", as Chinese systems and their templates write it (expat reads no
    multi-byte encoding but UTF-8 and UTF-16: the file was refused as unreadable)."""
    row = penalty_row()
    if shape == "records":
        body = "".join(f"<{k.replace('(', '').replace(')', '')}>{v}</{k.replace('(', '').replace(')', '')}>"
                       for k, v in row.items())
        text = f'<?xml version="1.0" encoding="GB2312"?>\r\n<RECORDS><RECORD>{body}</RECORD></RECORDS>'
        name = "p.xml"
    else:
        utf8 = _make_exports()._spreadsheet_ml_bytes("处罚", "行政处罚", list(row), [list(row.values())]).decode("utf-8")
        text = re.sub(r'encoding="[^"]*"', 'encoding="GBK"', utf8, count=1)
        assert 'encoding="GBK"' in text
        name = "p.xls"
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / name).write_bytes(text.encode("gbk"))
    sources = load_sources(tmp_path)
    assert sources.kinds["penalties"].frame[["行政处罚决定书文号", "行政相对人名称"]].values.tolist() == [
        ["甘州市监罚〔2026〕1号", "甘州区示例商贸有限公司"]]
    assert not [p for p in sources.problems + sources.damaged_files if p.severity == ERROR]


def test_a_parquet_timestamp_in_utc_is_the_decision_day_in_beijing(tmp_path: Path) -> None:
    """A data-sharing platform's Parquet extract stores a decision date as a timestamp adjusted to UTC (Apache
    Parquet LogicalType TIMESTAMP, isAdjustedToUTC=true): midnight in Beijing on 2026-05-08 is 2026-05-07 16:00 UTC,
    read before as 2026-05-07. A timestamp in Beijing time is its own day."""
    import pandas as pd

    from tests.helpers import run_pipeline

    frame = pd.DataFrame([penalty_row(), penalty_row(行政处罚决定书文号="甘州市监罚〔2026〕2号")])
    frame["处罚决定日期"] = [pd.Timestamp("2026-05-07T16:00:00Z"), pd.Timestamp("2026-05-08T00:00:00+08:00")]
    frame["处罚决定日期"] = pd.to_datetime(frame["处罚决定日期"], utc=True)
    (tmp_path / "penalties").mkdir()
    frame.to_parquet(tmp_path / "penalties" / "p.parquet")
    run = run_pipeline(tmp_path, "2026-11-27")
    assert run.validated.kinds["penalties"].accepted["处罚决定日期"].tolist() == ["2026-05-08", "2026-05-08"]


def test_a_row_numbering_the_columns_under_the_header_is_part_of_it(tmp_path: Path) -> None:
    """Report forms print the columns' numbers (栏次: 甲, 乙, 1, 2, 3 …) under the names; that row was read as a
    record and rejected with a dozen errors. It is part of the header; the record below is read."""
    row = penalty_row()
    numbering = {k: ("甲" if i == 0 else str(i)) for i, k in enumerate(row)}
    write_csv(tmp_path / "penalties" / "p.csv", [numbering, row], header=list(row))
    sources = load_sources(tmp_path)
    assert sources.kinds["penalties"].frame["行政处罚决定书文号"].tolist() == ["甘州市监罚〔2026〕1号"]
    assert [(p.code, p.row) for p in sources.problems] == [("row-not-data", 2)]


@pytest.mark.parametrize("hidden", [frozenset({2}), frozenset()])
def test_rows_hidden_in_an_xlsb_are_not_read_and_are_named(tmp_path: Path, hidden: frozenset[int]) -> None:
    """An Excel binary workbook with a row hidden by hand or by a filter (BrtRowHdr fDyZero, [MS-XLSB] 2.4.726):
    calamine reads it like any row, and it was published (hx8 left it). Without a hidden row every row is read."""
    rows = [penalty_row(行政处罚决定书文号=f"甘州市监罚〔2026〕{n}号") for n in (1, 2, 3)]
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.xlsb").write_bytes(
        _make_exports()._xlsb_bytes([list(rows[0]), *(list(r.values()) for r in rows)], hidden=hidden))
    sources = load_sources(tmp_path)
    numbers = sources.kinds["penalties"].frame["行政处罚决定书文号"].tolist()
    if hidden:
        assert numbers == ["甘州市监罚〔2026〕1号", "甘州市监罚〔2026〕3号"]
        assert [(p.code, p.row) for p in sources.problems if p.code == "row-hidden"] == [("row-hidden", 3)]
    else:
        assert numbers == [f"甘州市监罚〔2026〕{n}号" for n in (1, 2, 3)] and sources.problems == []


def test_a_customs_aeo_list_without_its_customs_codes_is_known_by_its_title(tmp_path: Path) -> None:
    """A customs list published without the 海关编码 column (企业名称, 统一社会信用代码, 信用等级, 认证时间, 主管海关) under
    its title was refused whole; read as the 高级认证企业 list by its title, its other grades are still never
    published as honoured (row-other-list)."""
    from tests.helpers import AUTHORITY_CODE

    header = ["序号", "企业名称", "统一社会信用代码", "信用等级", "认证时间", "主管海关"]
    rows = [["1", "甘州区甲商贸有限公司", make_uscc(70), "高级认证企业", "2026-01-15", "兰州海关"],
            ["2", "甘州区乙商贸有限公司", make_uscc(71), "失信企业", "2026-02-15", "兰州海关"]]
    folder = tmp_path / "data" / "redlist"
    folder.mkdir(parents=True)
    (folder / "名单.csv").write_text("\r\n".join(",".join(r) for r in [["兰州海关2026年高级认证企业名单"], header, *rows]) + "\r\n",
                                   encoding="utf-8")
    (folder / "columns.toml").write_text(f'[defaults.customs-aeo]\n"认定单位统一社会信用代码" = "{AUTHORITY_CODE}"\n',
                                         encoding="utf-8")
    sources = load_sources(tmp_path / "data")
    frame = sources.kinds["redlist"].frame
    assert frame[["统一社会信用代码", "名单名称"]].values.tolist() == [[make_uscc(70), "海关高级认证企业"]]
    assert [(p.code, p.row) for p in sources.problems if p.code == "row-other-list"] == [("row-other-list", 4)]


# -- local systems' own headers (h10x) ----------------------------------------------------------

# A municipal enterprise-credit system's 行政处罚 record (catkins10/cms WebContent/credit/enterprisecredit/municipal/
# municipalEdit.jsp and Municipal.java: 企业名称, 违法行为, 处罚法律依据, 决定书文号, 下达决定书时间, 处罚金额, 办理机关),
# 浙江 公示系统 部门协同's 行政处罚信息 (GuanzhouSong/ZhejiangMicroEnt: 企业名称, 处罚决定书文号, 处罚决定书签发日期,
# 处罚种类), 公示系统's 企业公示行政处罚信息 as a data-sharing front end lists it (处罚决定书文号 PENDECNO, 违法行为
# ILLEGACTTYPE, 处罚种类, 作出行政处罚机关 JUDAUTH, 作出处罚决定日期 PENDECISSDATE) and a 2019-template exporter's labels
# for the field codes (行政处罚决定文书号 CF_WSH, 行政相对人代码-统一社会信用代码 CF_XDR_SHXYM, 处罚内容: CF_NR); the
# last two found with find_string this session (the index did not name their repositories).
LOCAL_PENALTY_HEADERS = {
    "行政相对人名称": "企业名称", "行政处罚决定书文号": "决定书文号", "处罚决定日期": "下达决定书时间",
    "处罚依据": "处罚法律依据", "违法行为类型": "违法行为",
}


@pytest.mark.parametrize("labels", [
    LOCAL_PENALTY_HEADERS,
    {"行政处罚决定书文号": "处罚决定书文号", "处罚决定日期": "处罚决定书签发日期", "处罚类别": "处罚种类"},
    {"行政相对人名称": "企业名称", "行政处罚决定书文号": "处罚决定书文号", "违法行为类型": "违法行为", "处罚类别": "处罚种类",
     "处罚机关": "作出行政处罚机关", "处罚决定日期": "作出处罚决定日期"},
    {"行政处罚决定书文号": "行政处罚决定文书号", "统一社会信用代码": "行政相对人代码-统一社会信用代码", "处罚内容": "处罚内容:"},
    # A tax office's penalty table as a city's data warehouse lists it (宁波 行政处罚公示信息, source table
    # ods_nb_swj_t_swj_m_xzcfjl: 纳税人名称, 行政处罚文号, 处罚时间, 法人姓名; hq3009/cultural_companies columns.md).
    {"行政相对人名称": "纳税人名称", "行政处罚决定书文号": "行政处罚文号", "处罚决定日期": "处罚时间", "法定代表人": "法人姓名"},
], ids=["municipal-credit", "gsxt-bmxt", "gsxt-penalties", "exporter-labels", "tax-table"])
def test_local_systems_unambiguous_headers_are_read_as_their_fields(tmp_path: Path, labels: dict[str, str]) -> None:
    row = penalty_row()
    write_csv(tmp_path / "penalties" / "p.csv", [relabel(row, labels)])
    sources = load_sources(tmp_path)
    assert sources.damaged_files == [] and sources.problems == []
    frame = sources.kinds["penalties"].frame
    for name, value in row.items():
        assert frame.loc[0, name] == value, name


def test_an_ambiguous_local_header_is_not_guessed_and_the_report_names_columns_toml(tmp_path: Path) -> None:
    """办理机关 (catkins10/cms Municipal.java) may be the unit inside the body that handled the case, not the 处罚机关
    whose credit code is published: not read, and the file lacking 处罚机关 is refused, the message naming the
    columns.toml line; with that line the same file publishes its company and number, and another such header
    (承办机构) is then an unknown column like any. 处罚金额 without a unit stays unread (column-amount-unit-unknown,
    README: the unit cannot be guessed)."""
    row = relabel(penalty_row(), {**LOCAL_PENALTY_HEADERS, "处罚机关": "办理机关"})
    row.pop("罚款金额(万元)")
    row["处罚金额"] = "2000"
    row["承办机构"] = "执法一大队"
    write_csv(tmp_path / "penalties" / "p.csv", [row])
    sources = load_sources(tmp_path)
    assert [(p.file, p.code, p.column) for p in sources.damaged_files] == [
        ("penalties/p.csv", "file-missing-column", "处罚机关")]
    assert '"办理机关" = "处罚机关"' in sources.damaged_files[0].message
    assert '"承办机构" = "处罚机关"' in sources.damaged_files[0].message
    assert "column-amount-unit-unknown" in {p.code for p in sources.problems}
    (tmp_path / "penalties" / "columns.toml").write_text('[columns]\n"办理机关" = "处罚机关"\n', encoding="utf-8")
    sources = load_sources(tmp_path)
    frame = sources.kinds["penalties"].frame
    assert sources.damaged_files == []
    messages = [p.message for p in sources.problems if p.code == "file-unknown-column"]
    assert messages == ["penalties/p.csv: 列“承办机构”不在数据规范中，已忽略，不会公开"]
    assert frame.loc[0, ["行政相对人名称", "行政处罚决定书文号", "处罚机关"]].tolist() == [
        "甘州区示例商贸有限公司", "甘州市监罚〔2026〕1号", "甘州区市场监督管理局"]
    assert frame.loc[0, "罚款金额(万元)"] in ("", None) or frame["罚款金额(万元)"].isna().all()


def test_a_reason_column_holding_facts_or_basis_is_not_guessed(tmp_path: Path) -> None:
    """处罚原因 in the tax table above holds the article applied (《中华人民共和国税收征收管理法》第六十二条), in other
    systems the facts: not read; the file lacking 处罚依据 is refused with both columns.toml lines, and with the line
    the staff choose the decision is read with its company name and number."""
    row = relabel(penalty_row(), {"处罚依据": "处罚原因"})
    write_csv(tmp_path / "penalties" / "p.csv", [row])
    sources = load_sources(tmp_path)
    assert [(p.code, p.column) for p in sources.damaged_files] == [("file-missing-column", "处罚依据")]
    assert '"处罚原因" = "违法事实"或"处罚原因" = "处罚依据"' in sources.damaged_files[0].message
    (tmp_path / "penalties" / "columns.toml").write_text('[columns]\n"处罚原因" = "处罚依据"\n', encoding="utf-8")
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    assert sources.kinds["penalties"].frame.loc[0, ["行政相对人名称", "行政处罚决定书文号", "处罚依据"]].tolist() == [
        "甘州区示例商贸有限公司", "甘州市监罚〔2026〕1号", "《中华人民共和国食品安全法》第一百二十四条"]


# -- the 公示系统's own exports, NUL padding (h11x) ----------------------------------------------------

# The 国家企业信用信息公示系统's 行政处罚信息 list as the h10x brief's export names its columns (tests/exports/SOURCES.md,
# "gsxt-penalty": its case records add 主要违法事实 and 处罚依据).
GSXT_PENALTY_HEADER = ["企业名称", "统一社会信用代码", "注册号", "处罚决定书文号", "违法行为", "处罚种类", "处罚内容",
                       "作出行政处罚机关", "作出处罚决定日期", "公示日期"]


def _gsxt_penalty(reg_no: str = "620702600012342") -> list[str]:
    return ["甘州区示例商贸有限公司", make_uscc(1), reg_no, "甘州市监罚〔2026〕1号", "销售过期食品", "罚款", "罚款2000元",
            "甘州区市场监督管理局", "2026-03-05", "2026-03-10"]


def test_a_gsxt_penalty_list_is_refused_saying_what_to_add_and_read_once_it_is_there(tmp_path: Path) -> None:
    """The list lacks 违法事实 and 处罚依据 (the contract requires them: never published without) and the body's code:
    refused, the message saying where the facts are and the columns.toml lines with examples; 处罚有效期 is not
    asked for (the publication rules count the period). With the case columns and [defaults.gsxt-penalty] the same
    export is read, its 注册号 as the 工商注册号."""
    _csv_lines(tmp_path / "penalties" / "gsxt.csv", [GSXT_PENALTY_HEADER, _gsxt_penalty()])
    (problem,) = load_sources(tmp_path).damaged_files
    assert problem.code == "file-missing-column" and problem.column == "违法事实,处罚依据,处罚机关统一社会信用代码"
    assert "主要违法事实" in problem.message and "penalties/columns.toml 的 [columns]" in problem.message
    assert '[defaults.gsxt-penalty] 中写明（整个文件相同），如 "处罚机关统一社会信用代码" = ' in problem.message
    header = [*GSXT_PENALTY_HEADER, "主要违法事实", "处罚依据"]
    _csv_lines(tmp_path / "penalties" / "gsxt.csv",
               [header, [*_gsxt_penalty(), "当事人销售超过保质期的食品。", "《中华人民共和国食品安全法》第一百二十四条"]])
    (tmp_path / "penalties" / "columns.toml").write_text(
        f'[defaults.gsxt-penalty]\n"处罚机关统一社会信用代码" = "{AUTHORITY_USCC}"\n', encoding="utf-8")
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    row = sources.kinds["penalties"].frame.iloc[0]
    assert row["违法事实"] == "当事人销售超过保质期的食品。" and row["处罚依据"].startswith("《中华人民共和国食品安全法》")
    assert row["工商注册号"] == "620702600012342" and row["处罚有效期"] == "长期"
    assert row["处罚机关统一社会信用代码"] == row["数据来源单位统一社会信用代码"] == AUTHORITY_USCC
    assert row["数据来源单位"] == "甘州区市场监督管理局"
    (layout,) = [p for p in sources.problems if p.code == "file-layout"]
    assert "国家企业信用信息公示系统行政处罚信息" in layout.message


def test_a_gsxt_licence_list_reads_its_document_columns_and_asks_for_the_category(tmp_path: Path) -> None:
    """The 公示系统's 行政许可信息 (SOURCES.md "gsxt-license"): 许可文件编号 is the 许可编号, 许可文件名称 the certificate's
    name (standing for the decision's), 有效期自 the decision's date, 状态 the 当前状态; 许可类别 is not guessed."""
    header = ["企业名称", "统一社会信用代码", "注册号", "许可文件编号", "许可文件名称", "有效期自", "有效期至", "许可机关", "许可内容",
              "状态"]
    row = ["甘州区示例商贸有限公司", make_uscc(1), "", "JY16207020012345", "食品经营许可证", "2026-03-05", "2031-03-04",
           "甘州区市场监督管理局", "预包装食品销售", "无效"]
    _csv_lines(tmp_path / "licenses" / "gsxt.csv", [header, row])
    (problem,) = load_sources(tmp_path).damaged_files
    assert problem.column == "许可类别,许可机关统一社会信用代码"
    assert '[defaults.gsxt-license] 中写明，如 "许可类别" = "普通"' in problem.message
    (tmp_path / "licenses" / "columns.toml").write_text(
        f'[defaults.gsxt-license]\n"许可机关统一社会信用代码" = "{AUTHORITY_USCC}"\n"许可类别" = "普通"\n', encoding="utf-8")
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    read = sources.kinds["licenses"].frame.iloc[0]
    assert read["许可编号"] == "JY16207020012345" and read["许可证书名称"] == read["行政许可决定文书名称"] == "食品经营许可证"
    assert read["许可决定日期"] == read["有效期自"] == "2026-03-05" and read["当前状态"] == "无效"
    (layout,) = [p for p in sources.problems if p.code == "file-layout"]
    assert "“行政许可决定文书名称”按“许可证书名称”" in layout.message and "“许可决定日期”按“有效期自”" in layout.message


@pytest.mark.parametrize("label", ["注册号", "营业执照注册号", "REGNO"])
def test_the_registration_number_as_the_gsxt_and_the_licence_name_it_is_read(tmp_path: Path, label: str) -> None:
    row = penalty_row()
    row[label] = "620702600012342"
    write_csv(tmp_path / "penalties" / "p.csv", [row])
    sources = load_sources(tmp_path)
    assert sources.problems == [] and sources.kinds["penalties"].frame.loc[0, "工商注册号"] == "620702600012342"


def test_nul_padding_of_fixed_width_fields_is_dropped_and_a_nul_inside_a_value_kept(tmp_path: Path) -> None:
    """A C or Delphi exporter pads each field with NULs to its width (the h11x brief): padding is not part of the
    value (every row was rejected as control-characters); a NUL inside a value is no padding and stays for
    validation to refuse."""
    row = penalty_row()
    padded = {k: v + "\x00" * 12 for k, v in row.items()}
    padded["行政相对人名称"] = "\x00\x00" + row["行政相对人名称"] + " \x00\x00"
    inside = penalty_row(行政处罚决定书文号="甘州市监罚〔2026〕2号", 违法事实="当事人销售\x00超过保质期的食品。")
    write_csv(tmp_path / "penalties" / "p.csv", [padded, inside], encoding="gb18030")
    sources = load_sources(tmp_path)
    frame = sources.kinds["penalties"].frame
    assert frame.loc[0, list(row)].tolist() == list(row.values())
    assert frame.loc[1, "违法事实"] == "当事人销售\x00超过保质期的食品。"


def test_a_revoked_2016_decision_padded_with_nuls_is_still_not_read(tmp_path: Path) -> None:
    """当前状态 1 (撤销) written as "1" and NULs to the field's width: the decision is revoked and never read (before, "1"
    with its padding was not seen as 撤销 and the revoked decision was read as one in force)."""
    revoked = [v + "\x00" * 6 for v in _row_2016("A-2", status="1")]
    _csv_lines(tmp_path / "penalties" / "p2016.csv", [HEADERS_2016, _row_2016("A-1"), revoked])
    (tmp_path / "penalties" / "columns.toml").write_text(MAPPING_2016, encoding="utf-8")
    sources = load_sources(tmp_path)
    assert sources.kinds["penalties"].frame["行政处罚决定书文号"].tolist() == ["A-1"]
    assert [p.row for p in sources.problems if p.code == "row-withdrawn-in-file"] == [3]


def test_a_platform_commitment_list_without_the_matter_is_refused_saying_where_it_is(tmp_path: Path) -> None:
    """A city platform's 信用承诺 export (ExcelConstants XYCN: 承诺人名称, 承诺人类别, 承诺人代码, 承诺类型, 承诺作出日期,
    承诺受理单位, 归集部门, 承诺履行状态; SOURCES.md "xycn") has no 承诺事由: the contract requires the matter, so the file is
    refused, the message naming the template's column that holds it; with that column it is read."""
    header = ["承诺人名称", "承诺人类别", "承诺人代码", "承诺类型", "承诺作出日期", "承诺受理单位", "归集部门", "承诺履行状态"]
    row = ["甘州区示例商贸有限公司", "法人及非法人组织", make_uscc(1), "审批替代型", "2026-03-05", "甘州区市场监督管理局",
           "甘州区市场监督管理局", "全部履行"]
    _csv_lines(tmp_path / "commitments" / "c.csv", [header, row])
    (problem,) = load_sources(tmp_path).damaged_files
    assert problem.column == "承诺事项" and "“承诺事由”" in problem.message
    _csv_lines(tmp_path / "commitments" / "c.csv", [[*header, "承诺事由"], [*row, "申请办理食品经营许可证"]])
    sources = load_sources(tmp_path)
    assert sources.damaged_files == []
    read = sources.kinds["commitments"].frame.iloc[0]
    assert (read["承诺事项"], read["统一社会信用代码"], read["数据来源单位"]) == (
        "申请办理食品经营许可证", make_uscc(1), "甘州区市场监督管理局")
    assert read["承诺编号"] == f"信用承诺（{make_uscc(1)}，2026-03-05，申请办理食品经营许可证）"


def test_a_platform_grade_list_asks_for_the_scheme_and_the_body_in_defaults(tmp_path: Path) -> None:
    """A city platform's 信用综合评价 export (企业名称, 统一社会信用代码, 评分, 评级, 评级时间; SOURCES.md "platform-lists"): 评级 and
    评级时间 are the grade and its date; the scheme and the body, one for the whole file, are asked for as [defaults] lines."""
    _csv_lines(tmp_path / "evaluations" / "e.csv", [["企业名称", "统一社会信用代码", "评分", "评级", "评级时间"],
                                                    ["甘州区示例商贸有限公司", make_uscc(1), "92.5", "A", "2026-06-30"]])
    (problem,) = load_sources(tmp_path).damaged_files
    assert problem.column == "评价类型,评价单位"
    assert 'evaluations/columns.toml 的 [defaults] 中写明（整个文件相同），如 "评价类型" = ' in problem.message


def test_a_major_tax_violation_list_without_its_publication_date_says_the_quarter_is_no_date(tmp_path: Path) -> None:
    """The 重大税收违法失信主体 list (SOURCES.md "tax-major") dates its cases by 案件上报期, a quarter: the day of listing is
    its 发布时间. Without it the file is refused saying so; the people the list names (财务负责人) are never read."""
    header = ["纳税人名称", "纳税人识别号", "负有直接责任的财务负责人姓名", "案件性质", "主要违法事实", "相关法律依据及税务处理处罚情况",
              "案件上报期", "检查机关"]
    row = ["甘州区示例商贸有限公司", make_uscc(1), "钱秀英", "偷税", "少缴增值税126.35万元。", "依照《中华人民共和国税收征收管理法》第六十三条",
           "2026年第1季度", "国家税务总局张掖市税务局稽查局"]
    _csv_lines(tmp_path / "blacklist" / "t.csv", [header, row])
    (tmp_path / "blacklist" / "columns.toml").write_text(
        f'[defaults.tax-major]\n"列入单位统一社会信用代码" = "{AUTHORITY_USCC}"\n', encoding="utf-8")
    (problem,) = load_sources(tmp_path).damaged_files
    assert problem.column == "列入日期" and "“案件上报期”是季度" in problem.message
    _csv_lines(tmp_path / "blacklist" / "t.csv", [[*header, "发布时间"], [*row, "2026-05-20"]])
    sources = load_sources(tmp_path)
    read = sources.kinds["blacklist"].frame.iloc[0]
    assert (read["列入日期"], read["列入原因"], read["统一社会信用代码"]) == ("2026-05-20", "少缴增值税126.35万元。", make_uscc(1))
    assert "钱秀英" not in read.tolist()


def test_header_cells_holding_the_name_and_the_field_code_are_read_by_the_name(tmp_path: Path) -> None:
    # h12x: a template printing each data item's name with its field code in one cell (two lines, or the code in
    # brackets after the name); the file was refused for lacking every column.
    row = penalty_row()
    header = {name: (f"{name}\n{code}" if i % 2 else f"{name}（{code}）")
              for i, (name, code) in enumerate(PENALTY_CODES.items())}
    header.update({name: name for name in row if name not in header})
    write_xlsx(tmp_path / "penalties" / "p.xlsx", [{header[k]: v for k, v in row.items()}])
    sources = load_sources(tmp_path)
    assert not [p for p in sources.problems + sources.damaged_files if p.severity == ERROR]
    (read,) = sources.kinds["penalties"].frame.to_dict("records")
    assert read["行政相对人名称"] == row["行政相对人名称"] and read["处罚决定日期"] == row["处罚决定日期"]
    assert read["统一社会信用代码"] == row["统一社会信用代码"]


def test_a_sheet_of_another_kind_is_refused_saying_which_folder_it_belongs_in(tmp_path: Path) -> None:
    # h12x: one workbook with a sheet per kind (行政许可 | 行政处罚) dropped into penalties/: the licence sheet was
    # refused for lacking the penalty columns, with advice to export them from the source system.
    write_xlsx(tmp_path / "penalties" / "p.xlsx", [penalty_row()],
               extra_sheets={"行政许可": [list(license_row()), list(license_row().values())]})
    sources = load_sources(tmp_path)
    (refused,) = [p for p in sources.problems + sources.damaged_files if p.severity == ERROR]
    assert refused.file == "penalties/p.xlsx#行政许可" and refused.code == "file-missing-column"
    assert "行政许可的列" in refused.message and "请放入 licenses 文件夹" in refused.message
    assert "另存为单独的文件" in refused.message


def test_a_table_of_another_kind_below_the_first_on_one_sheet_is_refused_saying_which_rows_to_move(tmp_path: Path
                                                                                                  ) -> None:
    # h16x: 行政处罚 rows, a blank row, then a 行政许可 table on the same sheet. Its header and rows were read as
    # penalty records (rejected as unknown-code, bad-amount, bad-date: the licence's values in the penalty's columns);
    # with a title row above it the refusal said to save "that sheet" apart, penalties and all. It is now refused
    # naming the rows to move and the folder.
    penalty, licence = penalty_row(), license_row()
    rows = [list(penalty), list(penalty.values()), [], list(licence), list(licence.values())]
    write_xlsx(tmp_path / "w.xlsx", [], header=[""], extra_sheets={"行政处罚": rows})
    (tmp_path / "penalties").mkdir()
    _only_sheet(tmp_path / "w.xlsx", tmp_path / "penalties" / "p.xlsx", "行政处罚")
    sources = load_sources(tmp_path)
    (refused,) = [p for p in sources.problems + sources.damaged_files if p.severity == ERROR]
    assert (refused.code, refused.row) == ("file-missing-column", 4)
    assert "第 4 行起的表是行政许可的列" in refused.message and "放入 licenses 文件夹" in refused.message
    assert "剪切到新工作簿" in refused.message and "另存为单独的文件" not in refused.message


def _only_sheet(source: Path, target: Path, keep: str) -> None:
    """`source` rewritten at `target` with only its sheet `keep` (openpyxl)."""
    import openpyxl

    book = openpyxl.load_workbook(source)
    for name in book.sheetnames:
        if name != keep:
            del book[name]
    book.save(target)


def test_the_command_line_shows_the_columns_toml_table_a_refusal_names(tmp_path: Path) -> None:
    # Found in the tenth session's review: the CLI printed the refusal through rich markup, which took
    # `[defaults]` / `[defaults.sgs2016]` for a style tag and dropped it ("在 penalties/columns.toml 的  中写明").
    from click.testing import CliRunner

    from generator.cli import main
    from tests.helpers import build_args, penalty, write_folder

    row = {k: v for k, v in penalty("甘州市监罚〔2026〕701号", "2026-11-03").items() if k != "处罚机关统一社会信用代码"}
    data = write_folder(tmp_path / "data", {"penalties": [row]})
    result = CliRunner().invoke(main, build_args(data, tmp_path / "site", tmp_path / "report", state=tmp_path / "state",
                                                 as_of="2026-12-07"))
    assert result.exit_code == 1, result.output
    said = "".join(result.output.split())
    assert "penalties/columns.toml的[defaults]中写明" in said, said
