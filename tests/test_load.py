"""data-contract.md, "Layout": what the loader accepts and what it refuses.

Each test builds a tiny data folder in tmp_path and reads it with `load_sources`.
"""

from __future__ import annotations

import datetime as dt
import random
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


def test_xlsx_saved_under_a_csv_name_is_damaged_not_read_as_text(tmp_path: Path) -> None:
    xlsx = write_xlsx(tmp_path / "x.xlsx", [penalty_row()]).read_bytes()
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.csv").write_bytes(xlsx)
    (problem,) = load_sources(tmp_path).damaged_files
    assert (problem.code, problem.file) == ("file-undecodable", "penalties/p.csv")


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
