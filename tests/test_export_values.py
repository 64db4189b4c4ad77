"""Cell values as programs write them (the outsider h21e's groups A, B and E), through the build and the data stages.

Shapes (values synthetic) and where they come from:
- Empty values: Java/JSP `String.valueOf(null)` and `<%=rec.get(..)%>` print `null` (Inspur Loushang
  `<Excel:tablelist>` JSP exports, pattern from github A1500/cam accountExcel.jsp); Python `str(None)` prints
  `None`; pandas `DataFrame.astype(str)` writes a missing value as `nan`
  (https://pandas.pydata.org/docs/reference/api/pandas.DataFrame.astype.html), a missing datetime as `NaT` and
  `pd.NA` as `<NA>`; JavaScript writes `NaN` and `undefined`; MySQL `SELECT … INTO OUTFILE` (and DataX, Sqoop)
  writes SQL NULL as `\\N` (MySQL Reference Manual, 15.2.13.1 SELECT … INTO: "NULL is written as \\N") and a
  date it did not have as its "zero" date `0000-00-00` (MySQL Reference Manual, 13.2.2 The DATE, DATETIME, and
  TIMESTAMP Types); Chinese tables write `--` / `——`.
- Dates: ASP.NET / WCF JSON `"\\/Date(1791129600000)\\/"` and `"\\/Date(1791129600000+0800)\\/"`
  (https://learn.microsoft.com/dotnet/framework/wcf/feature-details/stand-alone-json-serialization, "Dates/Times
  and JSON"; cnblogs.com/wanghonghu/p/3041457.html); Jackson JavaTimeModule with WRITE_DATES_AS_TIMESTAMPS (its
  default) writes LocalDate `[2026,10,5]` and LocalDateTime `[2026,10,5,0,0]` (github
  FasterXML/jackson-modules-java8 issue 367); JavaScript `Date.prototype.toString()` (ECMA-262 §21.4.4.41,
  `Mon Oct 05 2026 00:00:00 GMT+0800 (中国标准时间)`) and `toUTCString()` (§21.4.4.43, RFC 7231 IMF-fixdate
  `Sun, 04 Oct 2026 16:00:00 GMT`; RFC 5322 date-time with `+0800`); PHP `json_encode(new DateTime(...))`
  (https://www.php.net/manual/en/class.datetime.php: `{"date":"2026-10-05 00:00:00.000000","timezone_type":3,
  "timezone":"Asia/Shanghai"}`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.values import parse_date
from tests.helpers import make_ric, penalty, run_build, run_pipeline, write_folder

AS_OF = "2026-11-27"

# What programs write for a missing value (sources in the module docstring).
PROGRAM_EMPTY = ["null", "Null", "NULL", "None", "nan", "NaN", "NaT", "<NA>", "undefined", "\\N", "--", "——", "[]", "{}",
                 "0000-00-00", "0000-00-00 00:00:00"]


def _build(tmp_path: Path, rows: list[dict[str, str]]) -> tuple[int, str, dict]:
    data = write_folder(tmp_path / "data", {"penalties": rows})
    status, printed = run_build(data, tmp_path / "site", tmp_path / "report", state=tmp_path / "state", as_of=AS_OF)
    summary_file = tmp_path / "report" / "summary.json"
    summary = json.loads(summary_file.read_text(encoding="utf-8")) if summary_file.exists() else {}
    return status, printed, summary


# -- empty-value words ----------------------------------------------------------------------

def test_program_empty_words_in_a_never_public_column_do_not_stop_the_build(tmp_path: Path) -> None:
    # h21e null-private-gate / loushang-html: 法定代表人证件号码 (never public) written `null`, `NaN`, `--` … was
    # looked for in every output by the leak gate, found in the pages' own scripts, and the build stopped.
    # A boolean there (a JSON true/false) holds no document number either.
    words = [*PROGRAM_EMPTY, "true", "false"]
    rows = [penalty(f"甘州市监罚〔2026〕{i + 1}号", "2026-10-05", 法定代表人证件类型="身份证", 法定代表人证件号码=word)
            for i, word in enumerate(words)]
    status, printed, summary = _build(tmp_path, rows)
    assert status == 0, printed
    assert summary["kinds"]["penalties"]["published"] == len(words)
    # The column stays never public: a real number there is still kept out of every output.
    published = (tmp_path / "site" / "data" / "penalties.csv").read_text(encoding="utf-8-sig")
    assert "法定代表人证件号码" not in published.splitlines()[0]


def test_a_real_number_in_the_never_public_column_still_stops_nothing_and_is_never_published(tmp_path: Path) -> None:
    # The other way round: the placeholder rule empties words only, an ID number stays a never-public value.
    number = make_ric("19800101", "123")
    rows = [penalty("甘州市监罚〔2026〕1号", "2026-10-05", 法定代表人证件类型="身份证", 法定代表人证件号码=number),
            penalty("甘州市监罚〔2026〕2号", "2026-10-05", 法定代表人证件类型="身份证", 法定代表人证件号码="null")]
    status, printed, summary = _build(tmp_path, rows)
    assert status == 0, printed
    assert summary["kinds"]["penalties"]["published"] == 2
    site_text = "".join(p.read_text(encoding="utf-8", errors="ignore") for p in (tmp_path / "site").rglob("*")
                        if p.is_file() and p.suffix in (".html", ".csv", ".json", ".js"))
    assert number not in site_text and "甘州市监罚〔2026〕1号" in site_text


@pytest.mark.parametrize("word", PROGRAM_EMPTY)
def test_program_empty_words_are_empty_in_public_columns(data_dir: Path, word: str) -> None:
    # h21e pandas-nan-text, python-none-text, mysql-backslash-n: 备注 / 工商注册号 / 暂扣或吊销证照名称及编号 were
    # published as the text "nan", "None", "\\N"; an optional date or amount holding one was refused.
    row = penalty("甘州市监罚〔2026〕1号", "2026-10-05", 备注=word, 工商注册号=word, 暂扣或吊销证照名称及编号=word,
                  公示截止期=word, **{"没收违法所得、没收非法财物的金额（万元）": word})
    run = run_pipeline(write_folder(data_dir, {"penalties": [row]}), AS_OF)
    assert run.summary["kinds"]["penalties"]["published"] == 1, run.validated.problems
    record = run.row("penalties", "甘州市监罚〔2026〕1号")
    assert (record["备注"], record["工商注册号"], record["暂扣或吊销证照名称及编号"], record["公示截止期"]) == ("", "", "", "")
    # The public facts beside them are published as written.
    assert (record["行政相对人名称"], record["处罚决定日期"], record["罚款金额(万元)"]) == ("张掖市丹霞商贸有限公司",
                                                                                "2026-10-05", "0.2")


def test_a_value_that_only_contains_an_empty_word_is_kept(data_dir: Path) -> None:
    # Only a whole cell is a placeholder: a decision number, a name or a free text holding null / None / nan / 无 stays.
    facts = "当事人在系统中将保质期录入为null，销售None牌过期食品；无证经营。"
    row = penalty("甘州市监罚〔2026〕null1号", "2026-10-05", name="张掖市Nan记商贸有限公司", 违法事实=facts,
                  备注="undefined 字段已核实", 处罚内容="罚款2000元（NaN 已更正）")
    run = run_pipeline(write_folder(data_dir, {"penalties": [row]}), AS_OF)
    assert run.summary["kinds"]["penalties"]["published"] == 1, run.validated.problems
    record = run.row("penalties", "甘州市监罚〔2026〕null1号")
    assert record["行政相对人名称"] == "张掖市Nan记商贸有限公司" and record["违法事实"] == facts
    assert record["备注"] == "undefined 字段已核实" and record["处罚内容"] == "罚款2000元（NaN 已更正）"


def test_a_boolean_in_a_public_column_stays_as_written_and_the_clerk_is_told(data_dir: Path) -> None:
    # Decision (h21x): true/false is empty only where a never-public number belongs; in a public text column it is
    # what the file says, published with a warning naming the column (value-is-boolean), and a typed column
    # refuses it (bad-date).
    rows = [penalty("甘州市监罚〔2026〕1号", "2026-10-05", 备注="true", 法定代表人="False"),
            penalty("甘州市监罚〔2026〕2号", "2026-10-05", 公示截止期="false")]
    run = run_pipeline(write_folder(data_dir, {"penalties": rows}), AS_OF)
    record = run.row("penalties", "甘州市监罚〔2026〕1号")
    assert (record["备注"], record["法定代表人"], record["行政相对人名称"]) == ("true", "False", "张掖市丹霞商贸有限公司")
    assert [(p.code, p.column) for p in run.validated.problems if p.severity == "error"] == [("bad-date", "公示截止期")]
    told = sorted((p.column, p.row) for p in run.validated.problems if p.code == "value-is-boolean")
    assert told == [("备注", 2), ("法定代表人", 2)]


# -- dates as runtimes serialise them --------------------------------------------------------

@pytest.mark.parametrize("written", [
    "/Date(1791129600000)/", "\\/Date(1791129600000)\\/", "/Date(1791129600000+0800)/", "/Date(1791129600000-0500)/",
    "[2026, 10, 5]", "[2026,10,5]", "[2026,10,5,0,0]", "[2026, 10, 5, 23, 59, 59, 999000000]",
    "Mon Oct 05 2026 00:00:00 GMT+0800 (中国标准时间)", "Mon Oct 05 2026 00:00:00 GMT+0800 (China Standard Time)",
    "Sun Oct 04 2026 16:00:00 GMT+0000 (Coordinated Universal Time)", "Mon Oct 05 2026 08:30:00 GMT+0800",
    "Sun, 04 Oct 2026 16:00:00 GMT", "Mon, 05 Oct 2026 00:00:00 +0800",
    '{"date":"2026-10-05 00:00:00.000000","timezone_type":3,"timezone":"Asia/Shanghai"}',
    '{"date": "2026-10-05 00:00:00.000000", "timezone_type": 3, "timezone": "PRC"}',
    '{"date":"2026-10-04 16:00:00.000000","timezone_type":3,"timezone":"UTC"}',
    '{"date":"2026-10-05 00:00:00.000000","timezone_type":1,"timezone":"+08:00"}',
])
def test_runtime_dates_are_read_on_the_beijing_calendar(written: str) -> None:
    # Each is 2026-10-05 in Beijing: the .NET milliseconds are 2026-10-04T16:00Z whatever offset follows them, the
    # JavaScript and PHP forms are wall times in the zone they name, Jackson's arrays are local dates.
    assert parse_date(written) == ("2026-10-05", None)


@pytest.mark.parametrize(("written", "code"), [
    ("1791129600", "bad-date"),  # ten bare digits: never epoch seconds (a shifted customs code would pass for a day)
    ("1791129600000", None),  # (thirteen are milliseconds already, as before)
    ("/Date(abc)/", "bad-date"), ("[2026, 13, 5]", "impossible-date"), ("[10, 5]", "bad-date"),
    ('{"date":"2026-10-05 00:00:00.000000","timezone_type":3,"timezone":"Mars/Olympus"}', "bad-date"),
    ("Mon Oct 05 2026 00:00:00 GMT+0800 (中国标准时间) 备注", "bad-date"),
])
def test_runtime_date_shapes_read_only_when_whole(written: str, code: str | None) -> None:
    assert parse_date(written)[1] == code


def test_no_end_as_dotnet_writes_it(data_dir: Path) -> None:
    # DateTime.MaxValue's day, 9999-12-31, is "no end" (9999-12-31 is already read so): kept as the contract's
    # LONG_TERM and shown as 长期.
    assert parse_date("/Date(253402185600000)/", long_term=True) == ("2099-12-31", None)


@pytest.mark.parametrize(("envelope", "decided", "ends"), [
    ("d", "\\/Date(1791129600000)\\/", "\\/Date(253402185600000)\\/"),  # ASP.NET's {"d": [...]}
    ("data", [2026, 10, 5], [2099, 12, 31]),  # Spring's {"code":200,"data":[...]}
    ("data", {"date": "2026-10-05 00:00:00.000000", "timezone_type": 3, "timezone": "Asia/Shanghai"},
     {"date": "2099-12-31 00:00:00.000000", "timezone_type": 3, "timezone": "Asia/Shanghai"}),
])
def test_runtime_dates_in_a_json_export_are_published(data_dir: Path, envelope: str, decided: object,
                                                      ends: object) -> None:
    # h21e net-json-date, jackson-localdate, runtime-date-strings: every row was bad-date, nothing published.
    rows = [penalty(f"甘州市监罚〔2026〕{i}号", "2026-10-05") for i in (1, 2)]
    records = [{**row, "处罚决定日期": decided, "处罚有效期": ends} for row in rows]
    folder = data_dir / "penalties"
    folder.mkdir(parents=True)
    raw = json.dumps({envelope: records}, ensure_ascii=False)
    if isinstance(decided, str):  # as ASP.NET writes it: the solidus escaped, which JSON allows (RFC 8259 §7)
        raw = raw.replace("\\\\/", "\\/")
    (folder / "导出.json").write_text(raw, encoding="utf-8")
    run = run_pipeline(data_dir, AS_OF)
    assert run.summary["kinds"]["penalties"]["published"] == 2, run.validated.problems
    record = run.row("penalties", "甘州市监罚〔2026〕2号")
    assert (record["处罚决定日期"], record["处罚有效期"]) == ("2026-10-05", "2099-12-31")
    assert record["行政相对人名称"] == "张掖市丹霞商贸有限公司"


# -- invisible characters -------------------------------------------------------------------

# Zero-width space, non-joiner, joiner, word joiner, a BOM inside the text, soft hyphen (Unicode format characters,
# Default_Ignorable_Code_Point in the UCD's DerivedCoreProperties.txt: not shown), as a value copied from a web page
# or a Word notice carries them.
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


@pytest.mark.parametrize("mark", INVISIBLE)
def test_invisible_characters_are_dropped_before_a_cell_is_read_or_published(data_dir: Path, mark: str) -> None:
    # h21e zero-width-values: row 3 was published with 文书号 "甘州市监罚〔2026〕\u2060903号" and a name holding U+200B,
    # and a date "2026-10-05\u200b" was bad-date while it showed a value that looks valid.
    row = penalty(f"甘州市监罚〔2026〕{mark}903号", f"2026-10-05{mark}", name=f"张掖市丹霞{mark}商贸有限公司",
                  违法事实=f"当事人销售超过保质{mark}期的食品。", **{"罚款金额（万元）": f"0.{mark}2"})
    run = run_pipeline(write_folder(data_dir, {"penalties": [row]}), AS_OF)
    assert run.summary["kinds"]["penalties"]["published"] == 1, run.validated.problems
    record = run.row("penalties", "甘州市监罚〔2026〕903号")
    assert (record["行政处罚决定书文号"], record["行政相对人名称"], record["处罚决定日期"], record["违法事实"],
            record["罚款金额(万元)"]) == ("甘州市监罚〔2026〕903号", "张掖市丹霞商贸有限公司", "2026-10-05",
                                       "当事人销售超过保质期的食品。", "0.2")


@pytest.mark.parametrize("mark", INVISIBLE)
def test_a_number_split_by_invisible_characters_is_still_masked(data_dir: Path, mark: str) -> None:
    # Both ways (privacy.md): a 身份证 number and a phone split by an invisible character in the facts are masked
    # once the character is dropped, and the company name, the decision number and the date beside them stay.
    number, phone = make_ric("19800101", "123"), "13912345678"
    split_number = mark.join((number[:6], number[6:14], number[14:]))
    split_phone = mark.join((phone[:3], phone[3:7], phone[7:]))
    facts = f"当事人负责人（身份证号{split_number}，电话{split_phone}）销售过期食品。"
    run = run_pipeline(write_folder(data_dir, {"penalties": [penalty("甘州市监罚〔2026〕7号", "2026-10-05",
                                                                   违法事实=facts)]}), AS_OF)
    record = run.row("penalties", "甘州市监罚〔2026〕7号")
    assert number not in record["违法事实"] and phone not in record["违法事实"]
    assert not any(c in record["违法事实"] for c in INVISIBLE)
    assert record["违法事实"].startswith("当事人负责人（身份证号") and record["违法事实"].endswith("销售过期食品。")
    assert (record["行政相对人名称"], record["处罚决定日期"]) == ("张掖市丹霞商贸有限公司", "2026-10-05")


def test_a_never_public_number_with_an_invisible_character_is_kept_out_of_the_site(tmp_path: Path) -> None:
    # The gate looks for the number as the cell holds it once cleaned: it must not be in any output, and the
    # public facts of the record are.
    number = make_ric("19800101", "123")
    rows = [penalty("甘州市监罚〔2026〕1号", "2026-10-05", 法定代表人证件类型="身份证",
                    法定代表人证件号码=f"{number[:9]}\u200b{number[9:]}")]
    status, printed, summary = _build(tmp_path, rows)
    assert status == 0, printed
    site_text = "".join(p.read_text(encoding="utf-8", errors="ignore") for p in (tmp_path / "site").rglob("*")
                        if p.is_file() and p.suffix in (".html", ".csv", ".json", ".js"))
    assert number not in site_text and number[9:] not in site_text
    assert "甘州市监罚〔2026〕1号" in site_text and "张掖市丹霞商贸有限公司" in site_text


# -- what a refusal shows -------------------------------------------------------------------

def _messages(data_dir: Path, **cells: str) -> dict[str, str]:
    run = run_pipeline(write_folder(data_dir, {"penalties": [penalty("甘州市监罚〔2026〕1号", "2026-10-05", **cells)]}),
                       AS_OF)
    return {p.column or "": p.message for p in run.validated.problems if p.severity == "error"}


@pytest.mark.parametrize("written", [
    "Invalid Date",  # JavaScript String(new Date(NaN)) (ECMA-262 §21.4.4.41.1: tv NaN gives "Invalid Date")
    "NaN-NaN-NaN",  # a date formatted from NaN fields
    "true",
    "Oct 35 2026",  # a day no month has, in the English form
])
def test_a_refused_date_with_no_personal_datum_is_shown_to_the_clerk(data_dir: Path, written: str) -> None:
    # h21e notes: the refusal said "（不显示该值） 不是有效日期" for a cell holding only a program's text, so the
    # clerk could not see what was wrong. Shown when it holds only date and program words and the detector
    # finds nothing in it.
    message = _messages(data_dir, 公示截止期=written)["公示截止期"]
    assert f"“{written}”" in message and "不显示该值" not in message


@pytest.mark.parametrize("written", [
    "Wang Fang",  # a name in pinyin
    "May",  # a month's name alone may be a person's
    "Oct 5 2026 kuangwei99 at 163",  # an e-mail spelled out among date words
    "Oct 35 2026 王秀英",  # a name after the date
    "Wang Fang Oct 2026",
    "Invalid Date 13912345678",  # a phone
])
def test_a_refused_date_holding_anything_else_is_still_not_shown(data_dir: Path, written: str) -> None:
    message = _messages(data_dir, 公示截止期=written)["公示截止期"]
    assert "不显示该值" in message and written not in message


def test_a_never_public_date_is_never_shown(data_dir: Path) -> None:
    # 出生日期 is never public: even a program's text there is not quoted.
    row = penalty("甘州市监罚〔2026〕1号", "2026-10-05", name="王秀英", category="自然人", 证件类型="身份证",
                  证件号码=make_ric("19800101", "123"), 出生日期="Invalid Date")
    run = run_pipeline(write_folder(data_dir, {"penalties": [row]}), AS_OF)
    shown = " ".join(p.message for p in run.validated.problems if p.column == "出生日期")
    assert "Invalid Date" not in shown
