"""(Re)create the corpus of damaged inputs that tests/test_damaged.py builds, one folder per case.

Regenerate (from the repository root; deterministic, safe to run again):

    .venv/bin/python tests/damaged/make_corpus.py

Each case is `tests/damaged/<case>/data/<kind>/<file>` (a data folder of data-contract.md) plus
`tests/damaged/<case>/expect.json`:

- `description`: what the case is about (for people);
- `args`: extra command-line arguments of `creditsite build` (e.g. ["--strict"]);
- `exit`: the expected exit status (0 published, 1 aborted and the previous site left unchanged);
- `message`: a fragment the command's output must contain (compared with all white space removed,
  because the console wraps long lines);
- `codes`: every problem the report's issues.jsonl must hold, as {code, file, row, column}; the
  test compares it with issues.jsonl as a multiset, so an unexplained problem fails the case too;
- `counts`: summary.json counts of the kinds named (exit 0 cases);
- `published` (optional): {kind: [fields]}: each must match (as a subset) one record of the site's
  open data `data/<kind>.jsonl`, e.g. the ISO date an Excel date cell must become;
- `absent` (optional): texts no file of the published site may contain (dropped columns, ignored files);
- `issue_messages` (optional): fragments that must each appear in some message of issues.jsonl;
- `xfail` (optional): a known generator bug the case exposes ("BUG: ..."); the test is a strict xfail.

Binary cases (truncated XLSX, garbage Parquet, GB18030 and undecodable bytes) are why this is a
script and not hand-written files. Keep every file small (a few KB). All rows are synthetic: the
credit codes and 身份证 numbers carry valid check characters unless a case damages them.
The build date the expectations assume is AS_OF below (the test passes it as --as-of).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `tests.conftest` importable
    sys.path.insert(0, str(ROOT))

from generator.validate import is_valid_uscc  # noqa: E402
from tests.conftest import AUTHORITY, AUTHORITY_CODE, license_, listing, make_ric, make_uscc, penalty  # noqa: E402

AS_OF = "2026-11-27"
PEN = "penalties/penalties.csv"

Case = Callable[[Path], dict[str, Any]]
CASES: dict[str, Case] = {}


def case(name: str) -> Callable[[Case], Case]:
    def register(fn: Case) -> Case:
        CASES[name] = fn
        return fn

    return register


# -- small writers ---------------------------------------------------------------------------------


def _header(rows: list[dict[str, str]]) -> list[str]:
    header: list[str] = []
    for row in rows:
        header += [k for k in row if k not in header]
    return header


def csv_text(rows: list[dict[str, str]], header: list[str] | None = None) -> str:
    """Rows as CSV text (`\\r\\n` line ends, like the platform's exports)."""
    header = header or _header(rows)
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(h, "") for h in header])
    return out.getvalue()


def write(path: Path, content: str | bytes, encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))


def xlsx_bytes(header: list[str], rows: list[list[Any]]) -> bytes:
    """A one-sheet workbook; datetimes become Excel date cells. Fixed metadata: same bytes every run."""
    import xlsxwriter

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    workbook.set_properties({"created": dt.datetime(2026, 1, 1)})
    sheet = workbook.add_worksheet("Sheet1")
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    datetime_format = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    sheet.write_row(0, 0, header)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, dt.datetime):
                sheet.write_datetime(r, c, value, datetime_format if value.time() != dt.time() else date_format)
            elif value is not None:
                sheet.write(r, c, value)
    workbook.close()
    return buffer.getvalue()


def dict_rows_xlsx(rows: list[dict[str, str]], shape: Callable[[Any, Any, list[str]], None] | None = None) -> bytes:
    """A one-sheet workbook of `rows` under their header (missing cells written empty); `shape(workbook, sheet,
    header)` then marks it as a case needs (a hidden row, a failed formula). Fixed metadata: same bytes every run."""
    import xlsxwriter

    header = _header(rows)
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    workbook.set_properties({"created": dt.datetime(2026, 1, 1)})
    sheet = workbook.add_worksheet("Sheet1")
    sheet.write_row(0, 0, header)
    for r, row in enumerate(rows, start=1):
        sheet.write_row(r, 0, [row.get(h, "") for h in header])
    if shape is not None:
        shape(workbook, sheet, header)
    workbook.close()
    return buffer.getvalue()


def issue(code: str, file: str, row: int | None = None, column: str | None = None) -> dict[str, Any]:
    return {"code": code, "file": file, "row": row, "column": column}


def counts(read: int, published: int, rejected: int = 0, **withheld: int) -> dict[str, Any]:
    return {"read": read, "published": published, "rejected": rejected, "withheld": withheld}


def control(read: int, rejected: int = 0, applied: int = 0, pending: int = 0, unmatched: int = 0) -> dict[str, int]:
    return {"read": read, "rejected": rejected, "applied": applied, "pending": pending, "unmatched": unmatched}


def expect(description: str, *, exit: int = 0, message: str = "已发布到", codes: list[dict[str, Any]] | None = None,
           counts: dict[str, Any] | None = None, args: list[str] | None = None,
           published: dict[str, list[dict[str, Any]]] | None = None, absent: list[str] | None = None,
           issue_messages: list[str] | None = None) -> dict[str, Any]:
    spec = {"description": description, "args": args or [], "exit": exit, "message": message, "codes": codes or [],
            "counts": counts or {}}
    if published:
        spec["published"] = published
    if absent:
        spec["absent"] = absent
    if issue_messages:
        spec["issue_messages"] = issue_messages
    return spec


def done(errors: int, warnings: int) -> str:
    """The closing line of a successful build (its counts of errors and warnings)."""
    return f"{errors} 个错误、{warnings} 个提示"


def no(n: int) -> str:
    return f"甘州市监罚〔2026〕{n}号"


def ok(n: int, **extra: str) -> dict[str, str]:
    """A valid penalty, decision number n."""
    return penalty(f"甘州市监罚〔2026〕{n}号", **extra)


PERSON_ID = make_ric("19800101", "123")
PERSON2_ID = make_ric("19910707", "123")
PERSON3_ID = make_ric("19751130", "789")
USCC_LOOKALIKE_ID = make_ric("19900215", "456")  # a valid 身份证 number that also passes the GB 32100 check


def person(n: int, ric: str = PERSON_ID, **extra: str) -> dict[str, str]:
    """A valid penalty of a natural person (自然人), decision number n."""
    fields = {"name": "王五", "category": "自然人", "证件类型": "身份证", "证件号码": ric, **extra}
    return penalty(f"甘州市监罚〔2026〕{n}号", **fields)


def bad_check(code: str, alphabet: str = "0123456789ABCDEFGHJKLMNPQRTUWXY") -> str:
    """The same code with a wrong check character."""
    return code[:-1] + next(c for c in alphabet if c != code[-1])


# -- row errors ------------------------------------------------------------------------------------


@case("missing-value")
def _missing_value(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), ok(2, 违法事实="")]))
    return expect("A required field (违法事实) is empty: the row is rejected, the others published.",
                  message=done(1, 0), codes=[issue("missing-value", PEN, 3, "违法事实")],
                  counts={"penalties": counts(2, 1, 1)})


@case("bad-uscc")
def _bad_uscc(data: Path) -> dict[str, Any]:
    rows = [ok(1), ok(2, code=bad_check(make_uscc(101))),
            # an operator's 身份证 number typed into the credit-code column: rejected, never quoted
            ok(3, name="甘州区民乐修理部", category="个体工商户", code=PERSON3_ID, 工商注册号="620702600000001",
               法定代表人="李四", 法定代表人证件类型="身份证", 法定代表人证件号码=PERSON3_ID)]
    write(data / PEN, csv_text(rows))
    return expect("统一社会信用代码 with a wrong GB 32100 check character, and an ID number in that column.",
                  message=done(2, 0),
                  codes=[issue("bad-uscc", PEN, 3, "统一社会信用代码"), issue("bad-uscc", PEN, 4, "统一社会信用代码")],
                  counts={"penalties": counts(3, 1, 2)})


@case("id-number-passing-uscc-check")
def _id_number_passing_uscc_check(data: Path) -> dict[str, Any]:
    assert is_valid_uscc(USCC_LOOKALIKE_ID)
    rows = [ok(1), ok(2, name="甘州区民乐修理部", category="个体工商户", code=USCC_LOOKALIKE_ID,
                      工商注册号="620702600000001", 法定代表人="李四", 法定代表人证件类型="身份证",
                      法定代表人证件号码=USCC_LOOKALIKE_ID)]
    write(data / PEN, csv_text(rows))
    spec = expect("The operator's 身份证 number typed into 统一社会信用代码, and it happens to pass the GB 32100 "
                  "check (about 1 in 34 numbers do): the row should be rejected like any bad code, the rest published.",
                  message=done(1, 0), codes=[issue("bad-uscc", PEN, 3, "统一社会信用代码")],
                  counts={"penalties": counts(2, 1, 1)})
    return spec


@case("bad-id-number")
def _bad_id_number(data: Path) -> dict[str, Any]:
    rows = [person(1), person(2, ric=bad_check(PERSON2_ID, "0123456789X")),
            ok(3, 法定代表人="赵六", 法定代表人证件类型="身份证", 法定代表人证件号码=bad_check(PERSON3_ID, "0123456789X"))]
    write(data / PEN, csv_text(rows))
    return expect("A 自然人's 身份证 number fails GB 11643 (error); a legal representative's does too (warning).",
                  message=done(1, 1),
                  codes=[issue("bad-id-number", PEN, 3, "证件号码"), issue("bad-id-number", PEN, 4, "法定代表人证件号码")],
                  counts={"penalties": counts(3, 2, 1)})


@case("bad-date")
def _bad_date(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), person(2, date="2026-06")]))
    return expect("处罚决定日期 in no accepted format (2026-06).", message=done(1, 0),
                  codes=[issue("bad-date", PEN, 3, "处罚决定日期")], counts={"penalties": counts(2, 1, 1)})


@case("impossible-date")
def _impossible_date(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), ok(2, date="2026-02-30")]))
    return expect("A date that does not exist (2026-02-30).", message=done(1, 0),
                  codes=[issue("impossible-date", PEN, 3, "处罚决定日期")], counts={"penalties": counts(2, 1, 1)})


@case("date-in-future")
def _date_in_future(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), ok(2, date="2026-12-15")]))
    return expect(f"A decision dated after the as-of date {AS_OF}.", message=done(1, 0),
                  codes=[issue("date-in-future", PEN, 3, "处罚决定日期")], counts={"penalties": counts(2, 1, 1)})


@case("date-order")
def _date_order(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), ok(2, 处罚有效期="2026-01-01")]))
    return expect("处罚有效期 ends before the decision date.", message=done(1, 0),
                  codes=[issue("date-order", PEN, 3, "处罚有效期")], counts={"penalties": counts(2, 1, 1)})


@case("unknown-code")
def _unknown_code(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1, 处罚类别="警告;罚款"), ok(2, 处罚类别="罚款;罚金")]))
    return expect("处罚类别 holds a value outside the code list (罚金).", message=done(1, 0),
                  codes=[issue("unknown-code", PEN, 3, "处罚类别")], counts={"penalties": counts(2, 1, 1)})


@case("bad-amount")
def _bad_amount(data: Path) -> dict[str, Any]:
    rows = [ok(1, **{"罚款金额（万元）": "1,000.5", "处罚内容": "罚款1000.5万元"}), ok(2, **{"罚款金额（万元）": "-0.2"}),
            ok(3, **{"罚款金额（万元）": "若干"})]
    write(data / PEN, csv_text(rows))
    return expect("A negative and a non-numeric fine (the header's full-width brackets are tolerated).",
                  message=done(2, 0),
                  codes=[issue("bad-amount", PEN, 3, "罚款金额(万元)"), issue("bad-amount", PEN, 4, "罚款金额(万元)")],
                  counts={"penalties": counts(3, 1, 2)},
                  published={"penalties": [{"行政处罚决定书文号": no(1), "罚款金额(万元)": 1000.5}]})


@case("amounts-in-yuan")
def _amounts_in_yuan(data: Path) -> dict[str, Any]:
    fine = "罚款金额（万元）"
    rows = [ok(1, **{fine: "2000元"}),  # written in 元: converted
            ok(2, **{fine: "伍仟元", "处罚内容": "罚款5000元"}),
            ok(3, **{fine: "2000"}),  # equals the 2000 元 of 处罚内容 (罚款2000元): read as 元
            ok(4, **{fine: "5000", "处罚内容": "罚款3元"}),  # a thousand times the stated figure: refused
            ok(5, **{fine: "3"}),  # 3 万元 is not the 2000 元 处罚内容 states: a warning
            ok(6, **{fine: "20000", "处罚内容": "责令改正并处罚款"}),  # 1000万元 or more with nothing to compare: refused
            ok(7, **{fine: "2000", "处罚内容": "当场罚款", "案件程序": "简易"})]  # 简易程序 caps at 3000 元
    write(data / PEN, csv_text(rows))
    return expect("Fines written in 元 or in words are converted to 万元; a 元 figure in the 万元 column is read as "
                  "元 when 处罚内容 states it, refused when it cannot be (never published 10,000 times too large).",
                  message=done(3, 3),
                  codes=[issue("amount-converted", PEN, 2, "罚款金额(万元)"),
                         issue("amount-read-as-yuan", PEN, 4, "罚款金额(万元)"),
                         issue("amount-implausible", PEN, 5, "罚款金额(万元)"),
                         issue("amount-mismatch", PEN, 6, "罚款金额(万元)"),
                         issue("amount-implausible", PEN, 7, "罚款金额(万元)"),
                         issue("amount-implausible", PEN, 8, "罚款金额(万元)")],
                  counts={"penalties": counts(7, 4, 3)},
                  published={"penalties": [{"行政处罚决定书文号": no(1), "罚款金额(万元)": 0.2},
                                           {"行政处罚决定书文号": no(2), "罚款金额(万元)": 0.5},
                                           {"行政处罚决定书文号": no(3), "罚款金额(万元)": 0.2}]})


@case("amount-not-stated")
def _amount_not_stated(data: Path) -> dict[str, Any]:
    fine = "罚款金额（万元）"
    rows = [ok(1), ok(2, **{fine: "见附件"}), ok(3, **{fine: "详见决定书"}),  # the amount not copied: published without
            ok(4, **{fine: "见附件2"})]  # not one of those words: still bad-amount
    write(data / PEN, csv_text(rows))
    return expect("An optional amount written 见附件 / 详见决定书: the decision is published without its amount, one warning "
                  "per file asks for the figure; other text stays bad-amount.",
                  message=done(1, 1),
                  codes=[issue("amount-not-stated", PEN, 3, "罚款金额(万元)"), issue("bad-amount", PEN, 5, "罚款金额(万元)")],
                  counts={"penalties": counts(4, 3, 1)},
                  published={"penalties": [{"行政处罚决定书文号": no(2), "罚款金额(万元)": None},
                                           {"行政处罚决定书文号": no(3), "罚款金额(万元)": None}]},
                  issue_messages=["第 3、4 行"])


@case("column-amount-unit-from-title")
def _column_amount_unit_from_title(data: Path) -> dict[str, Any]:
    rows = [{**{k: v for k, v in ok(n).items() if k != "罚款金额（万元）"}, "罚款金额": fine}
            for n, fine in ((1, "2000"), (2, "500"))]
    write(data / PEN, "行政处罚信息公示表\r\n编制单位：甘州区市场监督管理局,,金额单位：元\r\n" + csv_text(rows))
    return expect("A bare 罚款金额 header under a title row stating 金额单位：元: read in 元 and converted to 万元, said once.",
                  message=done(0, 3),
                  codes=[issue("file-header-row", PEN, 3), issue("column-amount-unit-from-title", PEN, 3, "罚款金额"),
                         issue("amount-converted", PEN, 4, "罚款金额(万元)")],
                  counts={"penalties": counts(2, 2)},
                  published={"penalties": [{"行政处罚决定书文号": no(1), "罚款金额(万元)": 0.2},
                                           {"行政处罚决定书文号": no(2), "罚款金额(万元)": 0.05}]})


@case("party-category-derived")
def _party_category_derived(data: Path) -> dict[str, Any]:
    rows = [ok(1, category=""), ok(2, category="", code=make_uscc(7, prefix="92")),
            person(3, category="", code=""), ok(4, category="1")]
    write(data / PEN, csv_text(rows))
    return expect("行政相对人类别 left empty: derived from the credit code (92… 个体工商户) or the 证件号码 (自然人), "
                  "one warning per file and category; the code 1 reads as 法人及非法人组织.",
                  message=done(0, 3),
                  codes=[issue("party-category-derived", PEN, 2, "行政相对人类别"),
                         issue("party-category-derived", PEN, 3, "行政相对人类别"),
                         issue("party-category-derived", PEN, 4, "行政相对人类别")],
                  counts={"penalties": counts(4, 4)},
                  published={"penalties": [{"行政处罚决定书文号": no(1), "行政相对人类别": "法人及非法人组织"},
                                           {"行政处罚决定书文号": no(2), "行政相对人类别": "个体工商户"},
                                           {"行政处罚决定书文号": no(4), "行政相对人类别": "法人及非法人组织"}]})


@case("party-category-from-code")
def _party_category_from_code(data: Path) -> dict[str, Any]:
    rows = [ok(1), ok(2, category="法人及非法人组织", code=make_uscc(8, prefix="92")), ok(3, category="1",
                                                                                  code=make_uscc(9, prefix="92"))]
    write(data / PEN, csv_text(rows))
    return expect("行政相对人类别 法人及非法人组织 (or its code 1) over a valid 92… credit code (GB 32100: a 个体工商户's): read "
                  "as 个体工商户, so that its operator is masked (an outsider's thirteenth-session case); one warning per file.",
                  message=done(0, 1),
                  codes=[issue("party-category-from-code", PEN, 3, "行政相对人类别")],
                  counts={"penalties": counts(3, 3)},
                  published={"penalties": [{"行政处罚决定书文号": no(1), "行政相对人类别": "法人及非法人组织"},
                                           {"行政处罚决定书文号": no(2), "行政相对人类别": "个体工商户"},
                                           {"行政处罚决定书文号": no(3), "行政相对人类别": "个体工商户"}]})


@case("cell-too-long")
def _cell_too_long(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), ok(2, 违法事实="x" * 10_001)]))
    return expect("违法事实 longer than 10,000 characters.", message=done(1, 0),
                  codes=[issue("cell-too-long", PEN, 3, "违法事实")], counts={"penalties": counts(2, 1, 1)})


@case("control-characters")
def _control_characters(data: Path) -> dict[str, Any]:
    rows = [ok(1), ok(2, 违法事实="当事人销售\x07过期食品。"), ok(3, 处罚内容="罚款\x002000元")]
    write(data / PEN, csv_text(rows))
    return expect("A BEL and a NUL character inside cells.", message=done(2, 0),
                  codes=[issue("control-characters", PEN, 3, "违法事实"), issue("control-characters", PEN, 4, "处罚内容")],
                  counts={"penalties": counts(3, 1, 2)})


@case("whitespace-trimmed")
def _whitespace_trimmed(data: Path) -> dict[str, Any]:
    rows = [ok(1, name=" 张掖市丹霞商贸有限公司\u3000"),
            # white space around a never-public value is trimmed silently (no warning names that column)
            person(2, ric=f"  {PERSON_ID} ")]
    write(data / PEN, csv_text(rows))
    return expect("Leading/trailing white space: trimmed, a warning, the rows are published.",
                  message=done(0, 1), codes=[issue("whitespace-trimmed", PEN, 2, "行政相对人名称")],
                  counts={"penalties": counts(2, 2)},
                  published={"penalties": [{"行政处罚决定书文号": no(1), "行政相对人名称": "张掖市丹霞商贸有限公司"}]})


@case("cell-cut-character")
def _cell_cut_character(data: Path) -> dict[str, Any]:
    rows = [ok(1), ok(2, **{"违法事实": "当事人销售超过保质期的食"}), ok(3)]
    # An Oracle VARCHAR2(n BYTE) column (SUBSTRB) cuts 食 (E9 A3 9F) after two of its three bytes: the file was refused
    # whole as undecodable, naming no row (h21e utf8-cut-char). The half character is dropped, the cell named.
    raw = csv_text(rows).encode("utf-8").replace("保质期的食,".encode(), "保质期的".encode() + b"\xe9\xa3,")
    write(data / PEN, raw)
    return expect("A UTF-8 cell ending in part of a character (a byte-limited column): the bytes are dropped, the cell "
                  "named, the rows published.", message=done(0, 1),
                  codes=[issue("cell-cut-character", PEN, 3, "违法事实")], counts={"penalties": counts(3, 3)},
                  published={"penalties": [{"行政处罚决定书文号": no(2), "违法事实": "当事人销售超过保质期的"}]})


@case("row-repeated-header")
def _row_repeated_header(data: Path) -> dict[str, Any]:
    # Two exports joined (`copy /b a.csv+b.csv`, or a script appending each day's file): the second keeps its header and
    # its UTF-8 mark (h21e bom-middle). The header row was named with the generic row-not-data message (left in
    # session 15): it is named as a repeated header, the rows under it read by the same header.
    first, second = csv_text([ok(1), ok(2)]), csv_text([ok(3)])
    write(data / PEN, b"\xef\xbb\xbf" + first.encode("utf-8") + b"\xef\xbb\xbf" + second.encode("utf-8"))
    return expect("Two CSV exports joined into one: the second header is named as a repeated header (not as a note "
                  "line), and every row of both is published.", message=done(0, 1),
                  codes=[issue("row-repeated-header", PEN, 4)], counts={"penalties": counts(3, 3)},
                  issue_messages=["与第 1 行的表头相同，是重复的表头行"],
                  published={"penalties": [{"行政处罚决定书文号": no(3)}]})


@case("value-is-boolean")
def _value_is_boolean(data: Path) -> dict[str, Any]:
    # A program's boolean where a text belongs (a Java/JSON export mapping a flag to 备注: h21e, h21x): published as
    # written, one warning per file naming the rows and the column.
    write(data / PEN, csv_text([ok(1), ok(2, **{"备注": "true"}), ok(3)]))
    return expect("`true` in a public text column (备注): published as written, one warning naming row and column.",
                  message=done(0, 1), codes=[issue("value-is-boolean", PEN, 3, "备注")],
                  counts={"penalties": counts(3, 3)})


@case("duplicate-record")
def _duplicate_record(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), ok(1), ok(2)]))
    return expect("Two identical rows: a warning, one kept, the copy counted as withheld `duplicate`.",
                  message=done(0, 1), codes=[issue("duplicate-record", PEN, 3, "行政处罚决定书文号")],
                  counts={"penalties": counts(3, 2, duplicate=1)})


@case("duplicate-across-files")
def _duplicate_across_files(data: Path) -> dict[str, Any]:
    write(data / "penalties" / "2026-10.csv", csv_text([ok(1), ok(2)]))
    write(data / "penalties" / "2026-11.csv", csv_text([ok(2), ok(3)]))  # overlapping monthly exports
    spec = expect("The same record in two overlapping monthly exports: one kept; the warning names both places.",
                  message=done(0, 1), codes=[issue("duplicate-record", "penalties/2026-11.csv", 2, "行政处罚决定书文号")],
                  counts={"penalties": counts(4, 3, duplicate=1)},
                  issue_messages=["penalties/2026-10.csv"])
    return spec


@case("conflicting-duplicate")
def _conflicting_duplicate(data: Path) -> dict[str, Any]:
    rows = [ok(1), person(2), person(2, 处罚内容="罚款3000元", **{"罚款金额（万元）": "0.3"})]
    write(data / PEN, csv_text(rows))
    return expect("Two different rows of one party share one decision number and issuer: both rejected, each "
                  "message naming the other row and the columns that differ (never their values).",
                  message=done(2, 0),
                  codes=[issue("conflicting-duplicate", PEN, 3, "行政处罚决定书文号"),
                         issue("conflicting-duplicate", PEN, 4, "行政处罚决定书文号")],
                  counts={"penalties": counts(3, 1, 2)},
                  issue_messages=["与penalties/penalties.csv 第 4 行", "“处罚内容、罚款金额(万元)”不同"])


@case("decision-several-parties")
def _decision_several_parties(data: Path) -> dict[str, Any]:
    # 共同违法: one 决定书 for two parties, one row per 行政相对人 as the 2019 template asks, each with its own 处罚内容
    # and 罚款金额 ("一案有多名违法行为人的，分别决定": http://law.newdu.com/c/20230413/1435.html).
    rows = [ok(1), ok(2, name="张掖市甲建材有限公司", serial=201, 处罚内容="罚款1万元", **{"罚款金额（万元）": "1"}),
            ok(2, name="张掖市乙建材有限公司", serial=202, 处罚内容="罚款5000元", **{"罚款金额（万元）": "0.5"})]
    write(data / PEN, csv_text(rows))
    return expect("One decision number naming two parties, the decision's facts alike: one warning for the file, listing "
                  "the rows; each party published as its own record.",
                  message=done(0, 1),
                  codes=[issue("decision-several-parties", PEN, 3, "行政处罚决定书文号")],
                  issue_messages=["第 3、4 行"],
                  counts={"penalties": counts(3, 3)},
                  published={"penalties": [{"行政处罚决定书文号": no(2), "统一社会信用代码": make_uscc(201)},
                                           {"行政处罚决定书文号": no(2), "统一社会信用代码": make_uscc(202)}]})


@case("uscc-outside-region")
def _uscc_outside_region(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), ok(2, code=make_uscc(200, region="110105"))]))
    return expect("A party registered in Beijing (110105), outside region 6207: a warning, still published.",
                  message=done(0, 1), codes=[issue("uscc-outside-region", PEN, 3, "统一社会信用代码")],
                  counts={"penalties": counts(2, 2)})


@case("calendar-estimated")
def _calendar_estimated(data: Path) -> dict[str, Any]:
    # Decided 2026-12-24: the 7th working day is 2027-01-05 (2027-01-01, 元旦, is a statutory holiday under
    # 《全国年节及纪念日放假办法》第二条), in a year whose schedule chinesecalendar 1.11.0 does not hold.
    write(data / PEN, csv_text([ok(1), ok(2, date="2026-12-24")]))
    return expect("A deadline in 2027, whose holiday schedule is not published yet (built as of 2027-01-05): "
                  "one notice, the record is on time.", args=["--as-of", "2027-01-05", "--allow-date"],
                  message=done(0, 1), codes=[issue("calendar-estimated", PEN, None, "处罚决定日期")],
                  counts={"penalties": counts(2, 2)}, issue_messages=["1 条记录", "2027 年", "chinesecalendar"])


@case("uscc-required")
def _uscc_required(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), ok(2, code="")]))
    return expect("A 法人及非法人组织 without 统一社会信用代码.", message=done(1, 0),
                  codes=[issue("uscc-required", PEN, 3, "统一社会信用代码")], counts={"penalties": counts(2, 1, 1)})


@case("id-required")
def _id_required(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([person(1), person(2, 证件类型="", ric="")]))
    return expect("A 自然人 without 证件类型 and 证件号码.", message=done(1, 0),
                  codes=[issue("id-required", PEN, 3, "证件号码")], counts={"penalties": counts(2, 1, 1)})


@case("personal-id-in-identifier")
def _personal_id_in_identifier(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), ok(2, 工商注册号=PERSON2_ID, 税务登记号=PERSON3_ID + "01")]))
    return expect("A 身份证 number typed into 工商注册号, another (with a suffix) into 税务登记号 (issue 16): the record "
                  "publishes without them.", message=done(0, 2),
                  codes=[issue("personal-id-in-identifier", PEN, 3, "工商注册号"),
                         issue("personal-id-in-identifier", PEN, 3, "税务登记号")],
                  counts={"penalties": counts(2, 2)}, absent=[PERSON2_ID, PERSON3_ID])


@case("party-looks-like-person")
def _party_looks_like_person(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), ok(2, name="李建国", 法定代表人="李建国")]))
    return expect("A 法人及非法人组织 whose name is its own 法定代表人's (issue 16): a person filed as an organisation.",
                  message=done(1, 0), codes=[issue("party-looks-like-person", PEN, 3, "行政相对人名称")],
                  counts={"penalties": counts(2, 1, 1)}, absent=["李建国"])


@case("operator-read-from-name")
def _operator_read_from_name(data: Path) -> dict[str, Any]:
    business = {"category": "个体工商户", "code": "00000000000000000X", "法定代表人": "", "工商注册号": "620702600000001"}
    write(data / PEN, csv_text([ok(1), ok(2, name="甘州区侯彧瑄", **business)]))
    return expect("A 个体工商户 with no operator whose name is a person's (issue 16, adv3 business-named-person-no-operator): "
                  "the name is read as its operator's and masked (甘州区侯**).", message=done(0, 1),
                  codes=[issue("operator-read-from-name", PEN, 3, "行政相对人名称")],
                  counts={"penalties": counts(2, 2)}, absent=["侯彧瑄"])


@case("age-unknown")
def _age_unknown(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([person(1), person(2, 证件类型="护照", ric="E12345678")]))
    return expect("A 自然人 with a passport: no birth date, so the age cannot be derived (issue 16); withheld.",
                  message=done(0, 1), codes=[issue("age-unknown", PEN, 3, "证件号码")],
                  counts={"penalties": counts(2, 1, **{"age-unknown": 1})}, absent=["E12345678", no(2)])


@case("honour-withheld-conflict")
def _honour_withheld_conflict(data: Path) -> dict[str, Any]:
    who = {"name": "甘州测试冲突商贸有限公司", "code": make_uscc(901)}
    write(data / "redlist" / "redlist.csv", csv_text([listing("redlist", "甘税红〔2026〕1号", "2026-03-01", **who),
                                                      listing("redlist", "甘税红〔2026〕2号", "2026-03-01",
                                                              name="甘州测试守信商贸有限公司", code=make_uscc(902))]))
    write(data / "blacklist" / "blacklist.csv", csv_text([listing("blacklist", "甘人社黑〔2026〕1号", "2026-05-01", **who)]))
    return expect("An honour-list entry of a company on the serious-dishonesty list (issue 20): withheld as `conflict` "
                  "by default, each row named in the report; the other honour stays.",
                  message=done(0, 1), codes=[issue("honour-withheld-conflict", "redlist/redlist.csv", 2, "认定文号")],
                  counts={"redlist": counts(2, 1, **{"conflict": 1}), "blacklist": counts(1, 1)},
                  absent=["甘税红〔2026〕1号"], issue_messages=["甘人社黑〔2026〕1号"])


@case("placeholder-needs-reg-no")
def _placeholder_needs_reg_no(data: Path) -> dict[str, Any]:
    business = {"name": "甘州区民乐修理部", "category": "个体工商户", "code": "00000000000000000X", "法定代表人": "李四"}
    write(data / PEN, csv_text([ok(1, 工商注册号="620702600000001", **business), ok(2, 工商注册号="", **business)]))
    return expect("A 个体工商户 with the placeholder code 00000000000000000X and no 工商注册号.",
                  message=done(1, 0), codes=[issue("placeholder-needs-reg-no", PEN, 3, "工商注册号")],
                  counts={"penalties": counts(2, 1, 1)})


@case("licence-without-any-key")
def _licence_without_any_key(data: Path) -> dict[str, Any]:
    rows = [license_(), license_("", 许可内容="餐饮服务", 许可编号="")]
    write(data / "licenses" / "licenses.csv", csv_text(rows))
    spec = expect("A licence with neither 行政许可决定文书号 nor 许可编号 (its key) must be rejected.",
                  message=done(1, 0), codes=[issue("missing-value", "licenses/licenses.csv", 3, "行政许可决定文书号")],
                  counts={"licenses": counts(2, 1, 1)})
    return spec


@case("row-extra-cells")
def _row_extra_cells(data: Path) -> dict[str, Any]:
    text = csv_text([ok(1), ok(2)]).split("\r\n")
    text[2] += ",多出的一格"  # row 3: one cell more than the header (a stray delimiter)
    text[1] += ",,"  # row 2: empty trailing cells are harmless
    write(data / PEN, "\r\n".join(text))
    return expect("A row with more cells than the header.", message=done(1, 0),
                  codes=[issue("row-extra-cells", PEN, 3, None)], counts={"penalties": counts(2, 1, 1)})


@case("file-duplicate-column")
def _file_duplicate_column(data: Path) -> dict[str, Any]:
    row = ok(1)
    header = [*row, "CF_XDR_MC"]
    text = csv_text([{**row, "CF_XDR_MC": "另一个名称"}], header)
    write(data / PEN, text)
    return expect("行政相对人名称 twice (once by its national code CF_XDR_MC): the first column is used.",
                  message=done(0, 1), codes=[issue("file-duplicate-column", PEN, 1, "CF_XDR_MC")],
                  counts={"penalties": counts(1, 1)},
                  published={"penalties": [{"行政处罚决定书文号": no(1), "行政相对人名称": "张掖市丹霞商贸有限公司"}]},
                  absent=["另一个名称"])


# -- file errors -----------------------------------------------------------------------------------


def _penalty_xlsx(rows: list[dict[str, str]]) -> bytes:
    header = _header(rows)
    return xlsx_bytes(header, [[r.get(h, "") for h in header] for r in rows])


@case("file-unreadable-xlsx")
def _file_unreadable_xlsx(data: Path) -> dict[str, Any]:
    whole = _penalty_xlsx([ok(1), ok(2)])
    write(data / "penalties" / "penalties.xlsx", whole[: len(whole) // 2])  # an interrupted download
    return expect("A truncated XLSX download: the build stops, the previous site is untouched.", exit=1,
                  message="penalties/penalties.xlsx", codes=[issue("file-unreadable", "penalties/penalties.xlsx")])


@case("file-formula-uncomputed")
def _file_formula_uncomputed(data: Path) -> dict[str, Any]:
    # A program's XLSX (xlsxwriter here) saves a formula with a stand-in 0 and asks Excel to compute it on
    # opening (fullCalcOnLoad): read as it is, the fine was published as 0 or empty.
    write(data / "penalties" / "penalties.xlsx", _penalty_xlsx([ok(1), ok(2, **{"罚款金额（万元）": "=2000/10000"})]))
    return expect("An XLSX written by a program with a formula and no computed result in a read column: the file is "
                  "refused (the value cannot be known), naming the row and column.", exit=1,
                  message="penalties/penalties.xlsx",
                  codes=[issue("file-formula-uncomputed", "penalties/penalties.xlsx", 3, "罚款金额(万元)")])


@case("file-cell-error")
def _file_cell_error(data: Path) -> dict[str, Any]:
    import zipfile

    workbook = dict_rows_xlsx([ok(1), ok(2)],  # as Excel saves a failed formula
                              lambda book, sheet, header: sheet.write_formula(2, header.index("罚款金额（万元）"), "=2000/0",
                                                                              None, "#DIV/0!"))
    saved = io.BytesIO()  # saved by Excel: its results are computed, fullCalcOnLoad cleared
    with zipfile.ZipFile(io.BytesIO(workbook)) as source, zipfile.ZipFile(saved, "w") as target:
        for info in source.infolist():
            part = source.read(info)
            target.writestr(info, part.replace(b' fullCalcOnLoad="1"', b"") if info.filename == "xl/workbook.xml"
                            else part)
    write(data / "penalties" / "penalties.xlsx", saved.getvalue())
    return expect("An Excel error value (#DIV/0!) in a read column, which calamine reads as an empty cell: the file "
                  "is refused naming the row and column, never published without its fine.", exit=1,
                  message="penalties/penalties.xlsx",
                  codes=[issue("file-cell-error", "penalties/penalties.xlsx", 3, "罚款金额(万元)")])


@case("second-table-on-sheet")
def _second_table_on_sheet(data: Path) -> dict[str, Any]:
    first, second = ok(1), ok(2)
    header = _header([first])
    turned = list(reversed(header))  # the second table names the same columns in another order
    rows: list[list[Any]] = [[first[h] for h in header], [], ["下半年"], turned, [second[h] for h in turned]]
    write(data / "penalties" / "penalties.xlsx", xlsx_bytes(header, rows))
    return expect("Two tables on one sheet, the second under its own title and a header in another order: each "
                  "table's rows are read by its own header.", message=done(0, 2),
                  codes=[issue("row-not-data", "penalties/penalties.xlsx", 4),
                         issue("file-second-header", "penalties/penalties.xlsx", 5)],
                  counts={"penalties": counts(2, 2)},
                  published={"penalties": [{"行政处罚决定书文号": no(2), "违法行为类型": "销售过期食品",
                                            "处罚机关": AUTHORITY}]})


@case("hidden-row")
def _hidden_row(data: Path) -> dict[str, Any]:
    workbook = dict_rows_xlsx([ok(1), ok(2), ok(3)],  # row 3: hidden (or filtered out) in Excel
                              lambda book, sheet, header: sheet.set_row(2, None, None, {"hidden": True}))
    write(data / "penalties" / "penalties.xlsx", workbook)
    return expect("A row hidden in Excel is not read, and is named (what staff see is what is published).",
                  message=done(0, 1), codes=[issue("row-hidden", "penalties/penalties.xlsx", 3)],
                  counts={"penalties": counts(2, 2)}, absent=[no(2)])


@case("pdf-continuation-row")
def _pdf_continuation_row(data: Path) -> dict[str, Any]:
    # A table converted from a PDF 公示 (WPS "PDF转Excel", h20e case 5): 违法事实 and 处罚依据 wrap onto row 3.
    cut = ok(1, 违法事实="当事人销售超过保质期的", 处罚依据="《中华人民共和国食品安全法》第一百二")
    rest = {k: "" for k in cut} | {"违法事实": "食品共计12箱。", "处罚依据": "十四条"}
    stray = {k: "" for k in cut} | {"违法事实": "另查明，当事人已整改。"}  # after a blank line: no continuation
    write(data / PEN, csv_text([cut, rest, ok(2), {k: "" for k in cut}, stray]))
    return expect("A continuation row (only long-text cells, no number, party or date) is joined to the row above, "
                  "whose law article is published whole; a text-only row after a blank line is not joined (a note).",
                  message=done(0, 2),
                  codes=[issue("row-continuation-joined", PEN, 3, "违法事实,处罚依据"),
                         issue("row-not-data", PEN, 6)],
                  counts={"penalties": counts(2, 2)},
                  published={"penalties": [{"行政处罚决定书文号": no(1),
                                            "处罚依据": "《中华人民共和国食品安全法》第一百二十四条",
                                            "违法事实": "当事人销售超过保质期的食品共计12箱。"}]})


@case("license-period-one-column")
def _license_period_one_column(data: Path) -> dict[str, Any]:
    # 药品经营许可证 lists print 有效期限 whole (h20e case 11): split into 有效期自 / 有效期至; one date alone is the end.
    from tests.helpers import license_

    def row(n: int, period: str) -> dict[str, str]:
        fields = license_(f"甘州市监许〔2026〕{n}号", 许可编号=f"JY1620702000000{n}")
        fields.pop("有效期自")
        fields.pop("有效期至")
        return fields | {"有效期限": period}

    write(data / "licenses" / "licenses.csv", csv_text([row(1, "2026-06-01至2031-05-31"),
                                                       row(2, "2026年6月1日-2031年5月31日"), row(3, "2031-05-31")]))
    rel = "licenses/licenses.csv"
    return expect("A licence list's 有效期限 written whole is split into 有效期自 and 有效期至; a row with one date has "
                  "no start and is refused.", message=done(1, 1),
                  codes=[issue("column-period-split", rel, 1, "有效期限"), issue("missing-value", rel, 4, "有效期自")],
                  counts={"licenses": counts(3, 2, 1)},
                  published={"licenses": [{"行政许可决定文书号": "甘州市监许〔2026〕2号", "有效期自": "2026-06-01",
                                           "有效期至": "2031-05-31"}]})


@case("hidden-column")
def _hidden_column(data: Path) -> dict[str, Any]:
    # ECMA-376 Part 1, 18.3.1.13 (col hidden="1"): an old 罚款金额（元） column hidden before the visible 万元 one (h20e).
    rows = [{"罚款金额（元）": "3000", **ok(1)}, {"罚款金额（元）": "3000", **ok(2)}]
    workbook = dict_rows_xlsx(rows, lambda book, sheet, header: sheet.set_column(0, 0, None, None, {"hidden": True}))
    write(data / "penalties" / "penalties.xlsx", workbook)
    return expect("A column hidden in Excel is not read, like a hidden row, and is named: the visible 罚款金额（万元）"
                  " 0.2 is published, never the hidden column's old 3000 元.",
                  message=done(0, 1), codes=[issue("column-hidden", "penalties/penalties.xlsx", 1, "罚款金额(元)")],
                  counts={"penalties": counts(2, 2)},
                  published={"penalties": [{"行政处罚决定书文号": no(1), "罚款金额(万元)": 0.2},
                                           {"行政处罚决定书文号": no(2), "罚款金额(万元)": 0.2}]})


@case("control-hidden-applied")
def _control_hidden_applied(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), ok(2)]))
    workbook = dict_rows_xlsx([_repair(no(1))],  # row 2: the repair filtered away in Excel (h19s's S4)
                              lambda book, sheet, header: sheet.set_row(1, None, None, {"hidden": True}))
    write(data / "repairs" / "repairs.xlsx", workbook)
    return expect("A repair on a row hidden in Excel is still applied, with a warning (hiding is no revocation).",
                  message=done(0, 1), codes=[issue("control-hidden-applied", "repairs/repairs.xlsx", 2)],
                  counts={"penalties": counts(2, 1, repaired=1), "repairs": control(1, applied=1)}, absent=[no(1)])


@case("list-entry-removed")
def _list_entry_removed(data: Path) -> dict[str, Any]:
    header = ["序号", "企业名称", "统一社会信用代码/注册号", "列入严重违法失信名单（黑名单）原因", "列入日期",
              "作出决定机关（列入）", "移出严重违法失信名单（黑名单）原因", "移出日期", "作出决定机关（移出）"]
    listed, removed = make_uscc(31), make_uscc(32)
    rows = [["1", "甘州区示例建材有限公司", listed, "提交虚假材料取得公司登记", "2026-03-02", AUTHORITY, "", "", ""],
            ["2", "甘州区示例贸易有限公司", removed, "提交虚假材料取得公司登记", "2026-01-05", AUTHORITY,
             "已纠正违法行为", "2026-06-01", AUTHORITY]]
    out = io.StringIO(newline="")
    csv.writer(out).writerows([header, *rows])
    write(data / "blacklist" / "blacklist.csv", out.getvalue())
    write(data / "blacklist" / "columns.toml", f'[defaults]\n"列入单位统一社会信用代码" = "{AUTHORITY_CODE}"\n')
    return expect("A market regulator's 严重违法失信名单 as the 公示系统 lists it: read by its layout; an entity already "
                  "taken off the list (移出日期 filled) is never published.", message=done(0, 3),
                  codes=[issue("file-layout", "blacklist/blacklist.csv", 1),
                         issue("party-category-derived", "blacklist/blacklist.csv", 2, "行政相对人类别"),
                         issue("row-removed-in-file", "blacklist/blacklist.csv", 3)],
                  counts={"blacklist": counts(1, 1)}, absent=[removed],
                  published={"blacklist": [{"统一社会信用代码": listed, "名单名称": "严重违法失信名单",
                                            "列入日期": "2026-03-02", "列入单位": AUTHORITY}]})


@case("list-status-columns")
def _list_status_columns(data: Path) -> dict[str, Any]:
    # A list in the contract's headers keeping the 移出 columns (国家企业信用信息公示系统 严重违法失信名单: 移出日期, 移出原因)
    # and a 名单状态 (h22e case blacklist-removed-columns): read whatever the layout (contract.STATUS_COLUMNS).
    listed, removed, odd = make_uscc(33), make_uscc(34), make_uscc(35)
    rows = [{**listing("blacklist", f"甘州区人社列〔2026〕{n}号", "2026-03-01", code=code), "移出日期": moved,
             "名单状态": state} for n, code, moved, state in ((1, listed, "", "在列"), (2, removed, "2026-09-01", "已移出"),
                                                              (3, odd, "", "冻结"))]
    write(data / "blacklist" / "blacklist.csv", csv_text(rows))
    rel = "blacklist/blacklist.csv"
    return expect("A list's 移出日期 filled: the entry is never published; a 名单状态 word that is none of the known ones "
                  "refuses the row (never published on a guess), naming the column.", message=done(1, 1),
                  codes=[issue("row-removed-in-file", rel, 3), issue("row-status-unknown", rel, 4, "名单状态")],
                  counts={"blacklist": counts(1, 1)}, absent=[removed, odd],
                  published={"blacklist": [{"统一社会信用代码": listed, "列入文号": "甘州区人社列〔2026〕1号"}]})


@case("file-unreadable-parquet")
def _file_unreadable_parquet(data: Path) -> dict[str, Any]:
    write(data / "penalties" / "penalties.parquet", b"PAR1" + bytes(range(7, 250, 3)) * 4 + b"PAR1")
    return expect("A .parquet file that is garbage between its magic bytes.", exit=1,
                  message="penalties/penalties.parquet", codes=[issue("file-unreadable", "penalties/penalties.parquet")])


@case("file-unbalanced-quote")
def _file_unbalanced_quote(data: Path) -> dict[str, Any]:
    rows = [ok(1), ok(2), ok(3), ok(4)]
    lines = csv_text(rows).split("\r\n")
    lines[2] = lines[2].replace("当事人", '"当事人', 1)  # row 3: a quote that opens and never closes
    write(data / PEN, "\r\n".join(lines))
    return expect("A CSV cell opening a quote it never closes swallows the rows below it (hx7): the file is "
                  "refused naming the row, never published with those records lost.", exit=1, message=PEN,
                  codes=[issue("file-unbalanced-quote", PEN, 3)])


@case("file-undecodable")
def _file_undecodable(data: Path) -> dict[str, Any]:
    rows = [ok(1), ok(2)]
    header, body = csv_text(rows).split("\r\n", 1)
    # a UTF-8 header, a GB18030 body and a stray 0xFF: no single encoding reads it
    raw = (header + "\r\n").encode("utf-8") + body.encode("gb18030") + b"\xff\xfe\r\n"
    write(data / PEN, raw)
    return expect("Bytes that are neither UTF-8 nor GB18030.", exit=1, message=PEN,
                  codes=[issue("file-undecodable", PEN)])


@case("file-missing-column")
def _file_missing_column(data: Path) -> dict[str, Any]:
    rows = [{k: v for k, v in ok(1).items() if k != "处罚机关"}]
    write(data / PEN, csv_text(rows))
    return expect("The required column 处罚机关 is absent.", exit=1, message=f"{PEN} 无法使用（file-missing-column）",
                  codes=[issue("file-missing-column", PEN, 1, "处罚机关")])


@case("file-header-only")
def _file_header_only(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1)]).split("\r\n")[0] + "\r\n,,,\r\n")
    return expect("A header and no data rows (an empty trailing line does not count).", exit=1, message=PEN,
                  codes=[issue("file-header-only", PEN)])


@case("file-unknown-type")
def _file_unknown_type(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1)]))
    write(data / "penalties" / "说明.txt", "本目录为行政处罚数据。\n")
    return expect("A .txt file in a kind folder: a warning, ignored, the build goes on.",
                  message=done(0, 1), codes=[issue("file-unknown-type", "penalties/说明.txt")],
                  counts={"penalties": counts(1, 1)})


@case("file-unknown-column")
def _file_unknown_column(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1, 内部审批人="孙七")]))
    return expect("A column outside the contract: a warning, dropped (never public).", message=done(0, 1),
                  codes=[issue("file-unknown-column", PEN, 1, "内部审批人")], counts={"penalties": counts(1, 1)},
                  absent=["内部审批人", "孙七"])


def _repair(no: str, **extra: str) -> dict[str, str]:
    row = {"信息类别": "行政处罚", "原决定文书号": no, "原决定机关统一社会信用代码": ok(1)["处罚机关统一社会信用代码"],
           "修复方式": "终止公示", "修复决定日期": "2026-10-01", "修复决定机关": AUTHORITY}
    row.update(extra)
    return row


def _withdrawal(no: str, **extra: str) -> dict[str, str]:
    row = {"信息类别": "行政处罚", "原决定文书号": no, "撤销类型": "撤销", "撤销日期": "2026-10-01",
           "撤销原因": "认定事实不清", "作出机关": AUTHORITY}
    row.update(extra)
    return row


@case("repairs-damaged-aborts-even-with-skip")
def _repairs_damaged(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), ok(2)]))
    write(data / "repairs" / "repairs.csv",
          csv_text([{k: v for k, v in _repair("甘州市监罚〔2026〕1号").items() if k != "原决定文书号"}]))
    # (Without its 修复方式 or date column a repairs file is read, each row applied by its number, hx7; without
    # the number it names no record.)
    return expect("A repairs file lacks 原决定文书号: the build stops even with --skip-damaged-files.",
                  args=["--skip-damaged-files"], exit=1, message="修复与撤销文件损坏时不能发布",
                  codes=[issue("file-missing-column", "repairs/repairs.csv", 1, "原决定文书号")])


@case("withdrawals-damaged-aborts")
def _withdrawals_damaged(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1)]))
    whole = xlsx_bytes(list(_withdrawal("x")), [list(_withdrawal("甘州市监罚〔2026〕1号").values())])
    write(data / "withdrawals" / "withdrawals.xlsx", whole[: len(whole) * 2 // 3])
    return expect("A truncated withdrawals workbook: the build stops.", exit=1,
                  message="withdrawals/withdrawals.xlsx",
                  codes=[issue("file-unreadable", "withdrawals/withdrawals.xlsx")])


def _one_good_one_damaged(data: Path) -> None:
    write(data / "penalties" / "2026-10.csv", csv_text([ok(1), ok(2)]))
    write(data / "penalties" / "2026-11.csv", csv_text([ok(3)]).split("\r\n")[0] + "\r\n")  # header only


@case("penalties-damaged-aborts")
def _penalties_damaged_aborts(data: Path) -> dict[str, Any]:
    _one_good_one_damaged(data)
    return expect("One of two penalties files is damaged: without the option the build stops.", exit=1,
                  message="--skip-damaged-files", codes=[issue("file-header-only", "penalties/2026-11.csv")])


@case("penalties-damaged-skipped")
def _penalties_damaged_skipped(data: Path) -> dict[str, Any]:
    _one_good_one_damaged(data)
    return expect("The same folder with --skip-damaged-files: published without the damaged file, reported.",
                  args=["--skip-damaged-files"], message=done(1, 1),
                  codes=[issue("file-header-only", "penalties/2026-11.csv"),
                         issue("file-damaged-skipped", "penalties/2026-11.csv")],
                  counts={"penalties": counts(2, 2)})


@case("strict-one-rejected")
def _strict_one_rejected(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), person(2, ric=bad_check(PERSON_ID, "0123456789X"))]))
    return expect("--strict and one rejected row: the build stops.", args=["--strict"], exit=1, message="严格模式",
                  codes=[issue("bad-id-number", PEN, 3, "证件号码")])


# -- control kinds ---------------------------------------------------------------------------------


@case("control-unmatched")
def _control_unmatched(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1)]))
    write(data / "repairs" / "repairs.csv", csv_text([_repair("甘州市监罚〔2025〕99号")]))
    return expect("A repair that points at no record: a warning, kept (the record may arrive later).",
                  message=done(0, 1), codes=[issue("control-unmatched", "repairs/repairs.csv", 2, "原决定文书号")],
                  counts={"penalties": counts(1, 1), "repairs": control(1, unmatched=1)})


@case("control-not-approved")
def _control_not_approved(data: Path) -> dict[str, Any]:
    # A 信用修复 module's export lists every application with its 修复结果 (国家发展改革委令第58号 第十六条: 准予修复, or
    # 不予修复 with its reasons; h22e case repair-refused-rows): only a granted one ends publication.
    write(data / PEN, csv_text([ok(1), ok(2)]))
    write(data / "repairs" / "repairs.csv", csv_text([_repair(no(1), 修复结果="准予修复"),
                                                      _repair(no(2), 修复结果="不予修复")]))
    return expect("A repair whose 修复结果 is 不予修复 does not act: the penalty stays published, the row named; the "
                  "granted one ends its penalty's publication.", message=done(0, 1),
                  codes=[issue("control-not-approved", "repairs/repairs.csv", 3, "修复结果")],
                  counts={"penalties": counts(2, 1, repaired=1), "repairs": control(1, applied=1)}, absent=[no(1)],
                  published={"penalties": [{"行政处罚决定书文号": no(2)}]})


@case("control-unknown-category")
def _control_unknown_category(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), ok(2)]))
    write(data / "withdrawals" / "withdrawals.csv", csv_text([_withdrawal("甘州市监罚〔2026〕1号", 信息类别="行政检查结果")]))
    return expect("A withdrawal with an unknown 信息类别: a warning; the record is found in every kind and withdrawn.",
                  message=done(0, 1),
                  codes=[issue("control-unknown-category", "withdrawals/withdrawals.csv", 2, "信息类别")],
                  counts={"penalties": counts(2, 1, withdrawn=1), "withdrawals": control(1, applied=1)})


@case("control-other-category")
def _control_other_category(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1)]))
    write(data / "blacklist" / "blacklist.csv", csv_text([listing("blacklist", "甘人社黑〔2026〕3号", "2026-05-01")]))
    write(data / "repairs" / "repairs.csv", csv_text([_repair("甘人社黑〔2026〕3号", 修复方式="移出名单")]))
    return expect("A repair of a serious-dishonesty list entry whose 信息类别 says 行政处罚: a warning; the entry is "
                  "found by its number and repaired (h9s).", message=done(0, 1),
                  codes=[issue("control-other-category", "repairs/repairs.csv", 2, "信息类别")],
                  counts={"penalties": counts(1, 1), "blacklist": counts(1, 0, repaired=1),
                          "repairs": control(1, applied=1)})


@case("control-other-issuer")
def _control_other_issuer(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), ok(2)]))
    write(data / "withdrawals" / "withdrawals.csv", csv_text([_withdrawal(
        "甘州市监罚〔2026〕1号", 原决定机关统一社会信用代码=make_uscc(9003, prefix="11"))]))
    return expect("A withdrawal naming another body's credit code for a full number (body, year, serial): a "
                  "warning; the record is found by its number and withdrawn (h9s).", message=done(0, 1),
                  codes=[issue("control-other-issuer", "withdrawals/withdrawals.csv", 2, "原决定机关统一社会信用代码")],
                  counts={"penalties": counts(2, 1, withdrawn=1), "withdrawals": control(1, applied=1)})


@case("control-number-read")
def _control_number_read(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), ok(2), ok(3)]))
    write(data / "withdrawals" / "withdrawals.csv", csv_text([_withdrawal("甘州市监罚20261号"),
                                                              _withdrawal("甘州市监罚〔26〕2号")]))
    return expect("Withdrawals whose 原决定文书号 runs the year into the serial (…20261号) or writes it with two digits "
                  "(〔26〕): each fits one record only, which is withdrawn, with a warning (round 10).", message=done(0, 2),
                  codes=[issue("control-number-read", "withdrawals/withdrawals.csv", 2, "原决定文书号"),
                         issue("control-number-read", "withdrawals/withdrawals.csv", 3, "原决定文书号")],
                  counts={"penalties": counts(3, 1, withdrawn=2), "withdrawals": control(2, applied=2)})


# -- inputs that must load fine --------------------------------------------------------------------


@case("excel-dates")
def _excel_dates(data: Path) -> dict[str, Any]:
    rows = [ok(1), ok(2), ok(3, name="甘州区民乐修理部", category="个体工商户", code="00000000000000000X", 法定代表人="李四")]
    header = [*_header(rows), "工商注册号"]
    cells: list[list[Any]] = [[r.get(h, "") for h in header] for r in rows]
    col = header.index
    cells[0][col("处罚决定日期")] = dt.datetime(2026, 6, 1)  # an Excel date cell
    cells[0][col("处罚有效期")] = dt.datetime(2099, 12, 31)
    cells[1][col("处罚决定日期")] = dt.datetime(2026, 6, 2, 9, 30)  # a date-time cell: the date counts
    cells[1][col("罚款金额（万元）")] = 0.2  # a number cell
    cells[2][col("处罚决定日期")] = 46176  # a serial day number that lost its date format (2026-06-03)
    cells[2][col("工商注册号")] = 620702600000001  # a registration number stored as a number
    write(data / "penalties" / "penalties.xlsx", xlsx_bytes(header, cells))
    return expect("Excel date, date-time and serial-number cells, number cells: all load as text.",
                  message=done(0, 0), counts={"penalties": counts(3, 3)},
                  published={"penalties": [
                      {"行政处罚决定书文号": no(1), "处罚决定日期": "2026-06-01", "处罚有效期": "2099-12-31"},
                      {"行政处罚决定书文号": no(2), "处罚决定日期": "2026-06-02", "罚款金额(万元)": 0.2},
                      {"行政处罚决定书文号": no(3), "处罚决定日期": "2026-06-03", "工商注册号": "620702600000001"}]})


@case("national-code-columns")
def _national_code_columns(data: Path) -> dict[str, Any]:
    cf = {"行政相对人名称": "CF_XDR_MC", "行政相对人类别": "CF_XDR_LB", "统一社会信用代码": "CF_XDR_SHXYM",
          "行政处罚决定书文号": "CF_WSH", "违法行为类型": "CF_WFXW", "违法事实": "CF_SY", "处罚依据": "CF_YJ",
          "处罚类别": "CF_CFLB", "处罚内容": "CF_NR", "罚款金额（万元）": "cf_nr_fk", "处罚决定日期": "CF_JDRQ",
          "处罚有效期": "CF_YXQ", "处罚机关": "CF_CFJG", "处罚机关统一社会信用代码": "CF_CFJGDM",
          "数据来源单位": "CF_SJLY", "数据来源单位统一社会信用代码": "CF_SJLYDM"}
    row = ok(1)
    write(data / PEN, csv_text([{cf[k]: v for k, v in row.items()}]))
    xk = {"统一社会信用代码": "行政相对人代码_1(统一社会信用代码)", "工商注册号": "行政相对人代码_2（工商注册号）",
          "许可类别": "许可类别(必填)", "许可内容": " 许可内容 ", "许可机关": "*许可机关", "行政相对人名称": "XK_XDR_MC",
          "行政相对人类别": "XK_XDR_LB", "行政许可决定文书号": "XK_WSH", "有效期至": "XK_YXQZI", "当前状态": "XK_ZT"}
    licence = license_(工商注册号="620702000012345", 当前状态="1")
    write(data / "licenses" / "licenses.csv", csv_text([{xk.get(k, k): v for k, v in licence.items()}]))
    return expect("Headers by national field code (CF_*, XK_*, lower case), numbered party codes with their "
                  "parenthetical, full-width brackets, (必填), a * marker and white space.",
                  message=done(0, 0), counts={"penalties": counts(1, 1), "licenses": counts(1, 1)},
                  published={
                      "penalties": [{k: v for k, v in row.items() if k != "罚款金额（万元）"} | {"罚款金额(万元)": 0.2}],
                      "licenses": [{k: v for k, v in licence.items() if k != "当前状态"} | {"当前状态": "有效"}]})


@case("gb18030-csv")
def _gb18030_csv(data: Path) -> dict[str, Any]:
    rows = [ok(1, name="张掖市𠮷祥商贸有限公司"), person(2, 违法事实="当事人在镇街道占道经营。")]
    write(data / PEN, csv_text(rows), encoding="gb18030")
    return expect("A CSV saved as GB18030, with a character outside GBK (𠮷).", message=done(0, 0),
                  counts={"penalties": counts(2, 2)},
                  published={"penalties": [{"行政处罚决定书文号": no(1), "行政相对人名称": "张掖市𠮷祥商贸有限公司"},
                                           {"行政处罚决定书文号": no(2), "违法事实": "当事人在镇街道占道经营。"}]})


@case("csv-with-bom")
def _csv_with_bom(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1), ok(2)]), encoding="utf-8-sig")
    return expect("A UTF-8 CSV with a byte-order mark (as Excel saves it).", message=done(0, 0),
                  counts={"penalties": counts(2, 2)},
                  published={"penalties": [{"行政处罚决定书文号": no(1), "行政相对人名称": "张掖市丹霞商贸有限公司"}]})


@case("empty-kind-folder")
def _empty_kind_folder(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1)]))
    write(data / "licenses" / ".gitkeep", "")  # hidden files are not exports: the folder counts as empty
    return expect("An empty kind folder (licenses/).", message=done(0, 0),
                  counts={"penalties": counts(1, 1), "licenses": counts(0, 0)})


@case("stray-root-file")
def _stray_root_file(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1)]))
    write(data / "导出说明.txt", "2026 年 11 月导出。\n")  # a note: not an export
    write(data / "汇总.csv", csv_text([ok(9)]))  # an export at the root belongs to no kind: not read, named (h19s's L1)
    write(data / "penalties" / "~$penalties.xlsx", b"\x00lock")  # an Excel lock file: ignored
    return expect("A note and an export at the data-folder root, an Excel lock file: the export is named, not read.",
                  message=done(0, 1), codes=[issue("file-outside-kind-folder", "汇总.csv")],
                  counts={"penalties": counts(1, 1)}, absent=[no(9), "导出说明"])


@case("folder-misnamed")
def _folder_misnamed(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1)]))
    write(data / "penalty" / "typo.csv", csv_text([ok(2)]))  # a record kind's folder misnamed: a warning
    return expect("A folder named like penalties/ but not exactly: named with the files it holds, not read.",
                  message=done(0, 1), codes=[issue("folder-misnamed", "penalty/")],
                  counts={"penalties": counts(1, 1)}, absent=[no(2)], issue_messages=["penalty/typo.csv"])


@case("folder-misnamed-repairs-aborts")
def _folder_misnamed_repairs(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1)]))
    write(data / "信用修复" / "r.csv", csv_text([_repair(no(1))]))  # a repair not read is a stale record (h19s's S2)
    return expect("A folder named like repairs/ but not exactly: the build stops naming it.", exit=1,
                  message="信用修复/r.csv", codes=[issue("folder-misnamed", "信用修复/")])


@case("folder-not-read")
def _folder_not_read(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1)]))
    write(data / "2026年12月报送" / "export.csv", csv_text([ok(2)]))  # a dated folder of the staff's own (h21s)
    write(data / "归档" / "说明.txt", "往年导出已移走。\n")  # a folder holding only a note: left alone
    return expect("A dated folder holding a penalty export: named with the file and the kind its header shows, not read.",
                  message=done(0, 1), codes=[issue("folder-not-read", "2026年12月报送/")],
                  counts={"penalties": counts(1, 1)}, absent=[no(2)],
                  issue_messages=["2026年12月报送/export.csv（看起来是 penalties/）"])


@case("file-hidden-skipped")
def _file_hidden_skipped(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1)]))
    write(data / "penalties" / ".p-2026-12.csv", csv_text([ok(2)]))  # hidden by mistake (h19s's L2a)
    return expect("A hidden export in a kind folder: not read, named.", message=done(0, 1),
                  codes=[issue("file-hidden-skipped", "penalties/.p-2026-12.csv")],
                  counts={"penalties": counts(1, 1)}, absent=[no(2)])


@case("control-file-hidden-aborts")
def _control_file_hidden(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1)]))
    write(data / "repairs" / ".修复决定.csv", csv_text([_repair(no(1))]))
    return expect("A hidden export in repairs/: the build stops (data-contract.md: a repairs file not read stops it).",
                  exit=1, message="repairs/.修复决定.csv", codes=[issue("control-file-hidden", "repairs/.修复决定.csv")])


@case("control-file-unknown-type-aborts")
def _control_file_unknown_type(data: Path) -> dict[str, Any]:
    write(data / PEN, csv_text([ok(1)]))
    write(data / "withdrawals" / "w.csv.part", csv_text([_withdrawal(no(1))]))  # a download not finished (h19s's S3)
    return expect("A file of unknown type in withdrawals/: the build stops.", exit=1, message="withdrawals/w.csv.part",
                  codes=[issue("control-file-unknown-type", "withdrawals/w.csv.part")])


# -- driver ----------------------------------------------------------------------------------------


# Cases of export shapes and input safety (the loader's side of issues 17 and 24): tests/damaged/input_cases.py.
from tests.damaged.input_cases import register as _register_input_cases  # noqa: E402

_register_input_cases(case, globals())


def build(root: Path = HERE) -> list[str]:
    """Write every case folder under root (replacing old ones); return the case names."""
    for name, make in CASES.items():
        folder = root / name
        if folder.exists():
            shutil.rmtree(folder)
        data = folder / "data"
        data.mkdir(parents=True)
        spec = make(data)
        (folder / "expect.json").write_text(json.dumps(spec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for stale in root.iterdir():  # case folders no longer generated
        if stale.is_dir() and (stale / "expect.json").exists() and stale.name not in CASES:
            shutil.rmtree(stale)
    return list(CASES)


if __name__ == "__main__":
    names = build()
    print(f"{len(names)} cases written to {HERE}")
