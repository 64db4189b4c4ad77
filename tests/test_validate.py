"""data-contract.md and problems.py: every row check, with the file, row and column it names.

A row is rejected by an `error`, kept by a `warning` (interfaces.md, issues.jsonl).
Staff messages never quote the value of a never-public field (privacy.md).

Most checks concern one row alone. They are written as a table, ROW_CASES: each case is
one penalty row with the problems it must raise (column, code, severity) and nothing
else. All cases go into one file, validated once, so that the table stays cheap to grow.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from pathlib import Path

import pytest

from generator.load import Sources, load_sources
from generator.problems import CODES, ERROR, WARNING, Problem
from generator.schema import PLACEHOLDER_USCC
from generator.settings import load_settings
from generator.validate import (
    Validated,
    is_valid_uscc,
    parse_amount,
    parse_date,
    ric_birth_date,
    ric_birth_dates,
    ric_check_digit,
    uscc_check_digit,
    valid_uscc_many,
    validate_records,
)
from tests.helpers import (
    AS_OF,
    bad_id,
    bad_uscc,
    commitment_row,
    license_row,
    make_id,
    make_uscc,
    penalty_row,
    person_penalty_row,
    write_csv,
    write_parquet,
)

SETTINGS = dataclasses.replace(load_settings(), region_prefix="6207")
FILE = "penalties/p.csv"
AMOUNT = "罚款金额(万元)"
X_ID = next(make_id("19900101", s) for s in range(1000) if make_id("19900101", s).endswith("X"))
LETTER_USCC = next(make_uscc(s) for s in range(1, 500) if make_uscc(s)[-1].isalpha())
BUSINESS = {"行政相对人类别": "个体工商户", "行政相对人名称": "甘州区老王面馆"}


def present(sources: Sources) -> Sources:
    """The same sources without the kinds that have no rows (keeps the tests fast)."""
    return dataclasses.replace(sources, kinds={k: v for k, v in sources.kinds.items() if not v.frame.empty})


def validate_folder(data_dir: Path, as_of: dt.date = AS_OF) -> Validated:
    sources = load_sources(data_dir)
    assert sources.damaged_files == []
    return validate_records(present(sources), as_of, SETTINGS)


def validate(tmp_path: Path, rows: list[dict], kind: str = "penalties", as_of: dt.date = AS_OF) -> Validated:
    """Write rows to <kind>/p.csv (row 2 is the first data row), load and validate them."""
    write_csv(tmp_path / kind / "p.csv", rows)
    return validate_folder(tmp_path, as_of)


def only(result: Validated, code: str) -> Problem:
    """The one problem with `code`."""
    found = [p for p in result.problems if p.code == code]
    assert len(found) == 1, (code, result.problems)
    return found[0]


def where(p: Problem) -> tuple:
    return p.file, p.row, p.column, p.code, p.severity


def accepted(result: Validated, kind: str = "penalties"):
    return result.kinds[kind].accepted


# -- one row, one check -----------------------------------------------------------------------
# case id: (the row, the problems it raises as (column, code, severity)).

E, W = ERROR, WARNING
ROW_CASES: dict[str, tuple[dict[str, str], list[tuple[str | None, str, str]]]] = {
    # a clean organisation, natural person and 个体工商户
    "valid organisation": (penalty_row(), []),
    "valid natural person": (person_penalty_row(), []),
    "valid 个体工商户 with its own code": (penalty_row(**BUSINESS, 统一社会信用代码=make_uscc(40)), []),
    # missing-value
    "missing 违法事实": (penalty_row(违法事实=""), [("违法事实", "missing-value", E)]),
    "white space only is missing": (penalty_row(处罚内容="   "), [("处罚内容", "missing-value", E)]),
    "missing 处罚决定日期": (penalty_row(处罚决定日期=""), [("处罚决定日期", "missing-value", E)]),
    # bad-uscc
    "bad party code": (penalty_row(统一社会信用代码=bad_uscc(4)), [("统一社会信用代码", "bad-uscc", E)]),
    "bad issuer code": (penalty_row(处罚机关统一社会信用代码=bad_uscc(5)),
                        [("处罚机关统一社会信用代码", "bad-uscc", E)]),
    "bad source code": (penalty_row(数据来源单位统一社会信用代码="12345"),
                        [("数据来源单位统一社会信用代码", "bad-uscc", E)]),
    "code with I, O, S, V, Z": (penalty_row(统一社会信用代码="91620702MA7OIZSV0X"),
                                [("统一社会信用代码", "bad-uscc", E)]),
    "lower-case code is fine": (penalty_row(统一社会信用代码=LETTER_USCC.lower()), []),
    # bad-id-number
    "自然人 with wrong check digit": (person_penalty_row(证件号码=bad_id()), [("证件号码", "bad-id-number", E)]),
    "自然人 with 17 digits": (person_penalty_row(证件号码=make_id()[:17]), [("证件号码", "bad-id-number", E)]),
    "自然人 with lower-case x": (person_penalty_row(证件号码=X_ID.lower()), []),
    "legal representative with wrong check digit": (
        penalty_row(法定代表人证件类型="身份证", 法定代表人证件号码=bad_id(serial=3)),
        [("法定代表人证件号码", "bad-id-number", W)]),
    "passport is not checked as a 身份证": (person_penalty_row(证件类型="护照", 证件号码="E12345678"), []),
    # dates
    "bad date abc": (penalty_row(处罚决定日期="abc"), [("处罚决定日期", "bad-date", E)]),
    "bad date 2026-3": (penalty_row(处罚决定日期="2026-3"), [("处罚决定日期", "bad-date", E)]),
    "bad date 05/03/2026": (penalty_row(处罚决定日期="05/03/2026"), [("处罚决定日期", "bad-date", E)]),
    "bad date 3月5日": (penalty_row(处罚决定日期="3月5日"), [("处罚决定日期", "bad-date", E)]),
    "bad end date": (penalty_row(处罚有效期="明年"), [("处罚有效期", "bad-date", E)]),
    "长期 is no decision date": (penalty_row(处罚决定日期="长期"), [("处罚决定日期", "bad-date", E)]),
    "end date 长期": (penalty_row(处罚有效期="长期"), []),
    "end date 永久 with a placeholder 公示截止期": (penalty_row(处罚有效期="永久", 公示截止期="/"), []),
    "impossible 2026-02-30": (penalty_row(处罚决定日期="2026-02-30"), [("处罚决定日期", "impossible-date", E)]),
    "impossible 2025-02-29": (penalty_row(处罚决定日期="2025-02-29"), [("处罚决定日期", "impossible-date", E)]),
    "impossible 2026/13/01": (penalty_row(处罚决定日期="2026/13/01"), [("处罚决定日期", "impossible-date", E)]),
    "impossible 20260431": (penalty_row(处罚决定日期="20260431"), [("处罚决定日期", "impossible-date", E)]),
    "decided on the as-of date": (penalty_row(处罚决定日期=AS_OF.isoformat(), 处罚有效期="2027-06-30"), []),
    "decided after the as-of date": (
        penalty_row(处罚决定日期=(AS_OF + dt.timedelta(days=1)).isoformat(), 处罚有效期="2027-07-01"),
        [("处罚决定日期", "date-in-future", E)]),
    "end dates may lie in the future": (penalty_row(处罚有效期="2099-12-31", 公示截止期="2029-03-04"), []),
    "valid until before decided": (penalty_row(处罚有效期="2026-03-04"), [("处罚有效期", "date-order", E)]),
    # unknown-code and multi-enum
    "party category 公司": (penalty_row(行政相对人类别="公司"), [("行政相对人类别", "unknown-code", E)]),
    "penalty category 罚没": (penalty_row(处罚类别="罚没"), [("处罚类别", "unknown-code", E)]),
    "one of several categories unknown": (penalty_row(处罚类别="罚款;罚没"), [("处罚类别", "unknown-code", E)]),
    "procedure 普通": (penalty_row(案件程序="普通"), [("案件程序", "unknown-code", E)]),
    "tier 较重": (penalty_row(失信程度="较重"), [("失信程度", "unknown-code", E)]),
    "categories joined by ;": (penalty_row(处罚类别="罚款;没收违法所得"), []),
    "categories joined by 、": (penalty_row(处罚类别="罚款、没收违法所得"), []),
    "categories joined by both": (penalty_row(处罚类别="警告;罚款、没收非法财物"), []),
    "categories with a space": (penalty_row(处罚类别="罚款; 警告"), []),
    # bad-amount
    "negative amount": (penalty_row(**{AMOUNT: "-1"}), [(AMOUNT, "bad-amount", E)]),
    "negative small amount": (penalty_row(**{AMOUNT: "-0.2"}), [(AMOUNT, "bad-amount", E)]),
    "amount abc": (penalty_row(**{AMOUNT: "abc"}), [(AMOUNT, "bad-amount", E)]),
    "amount in words without a number": (penalty_row(**{AMOUNT: "若干元"}), [(AMOUNT, "bad-amount", E)]),
    # (`nan` alone is pandas' missing value, read as empty since h21x; with a unit it is still no number.)
    "amount nan": (penalty_row(**{AMOUNT: "nan元"}), [(AMOUNT, "bad-amount", E)]),
    "amount inf": (penalty_row(**{AMOUNT: "inf"}), [(AMOUNT, "bad-amount", E)]),
    "confiscation amount": (penalty_row(**{"没收违法所得、没收非法财物的金额(万元)": "x"}),
                            [("没收违法所得、没收非法财物的金额(万元)", "bad-amount", E)]),
    # cell-too-long, control-characters, whitespace-trimmed
    "10000 characters": (penalty_row(违法事实="长" * 10_000), []),
    "10001 characters": (penalty_row(违法事实="长" * 10_001), [("违法事实", "cell-too-long", E)]),
    "BEL": (penalty_row(违法事实="当事人\x07销售"), [("违法事实", "control-characters", E)]),
    # (Inside the value: NULs after or before it are a fixed-width exporter's padding, dropped as read: test_load.)
    "NUL": (penalty_row(处罚内容="罚\x00款"), [("处罚内容", "control-characters", E)]),
    "ESC": (penalty_row(违法事实="a\x1bb"), [("违法事实", "control-characters", E)]),
    "DEL": (penalty_row(备注="x\x7f"), [("备注", "control-characters", E)]),
    "line breaks and tabs are text": (penalty_row(违法事实="第一段。\r\n第二段。\t完"), []),
    "surrounding white space": (penalty_row(处罚机关="  甘州区市场监督管理局\u3000"),
                                [("处罚机关", "whitespace-trimmed", W)]),
    # party rules
    "outside the region": (penalty_row(统一社会信用代码=make_uscc(5, region="110101")),
                           [("统一社会信用代码", "uscc-outside-region", W)]),
    "issuer outside the region is fine": (
        penalty_row(处罚机关统一社会信用代码=make_uscc(6, region="620000", prefix="11")), []),
    "organisation without code": (penalty_row(统一社会信用代码=""), [("统一社会信用代码", "uscc-required", E)]),
    "自然人 without 证件号码": (person_penalty_row(证件号码=""), [("证件号码", "id-required", E)]),
    "自然人 without 证件类型": (person_penalty_row(证件类型=""), [("证件号码", "id-required", E)]),
    "placeholder without 工商注册号": (penalty_row(**BUSINESS, 统一社会信用代码=PLACEHOLDER_USCC),
                                       [("工商注册号", "placeholder-needs-reg-no", E)]),
    "个体工商户 without any code": (penalty_row(**BUSINESS, 统一社会信用代码=""),
                                  [("工商注册号", "placeholder-needs-reg-no", E)]),
    "placeholder with 工商注册号": (
        penalty_row(**BUSINESS, 统一社会信用代码=PLACEHOLDER_USCC, 工商注册号="620702600012345"), []),
    "placeholder in lower case": (penalty_row(**BUSINESS, 统一社会信用代码=PLACEHOLDER_USCC.lower(),
                                              工商注册号="620702600012346"), []),
    "placeholder is no code for an organisation": (
        penalty_row(统一社会信用代码=PLACEHOLDER_USCC, 工商注册号="620702600012347"),
        [("统一社会信用代码", "bad-uscc", E)]),
}
NORMALISED: dict[str, tuple[str, str, str]] = {
    # case id: (column, as written, as accepted)
    "ISO date": ("处罚决定日期", "2026-03-05", "2026-03-05"),
    "ISO date without zeros": ("处罚决定日期", "2026-3-5", "2026-03-05"),
    "YYYY/MM/DD": ("处罚决定日期", "2026/03/05", "2026-03-05"),
    "YYYY/M/D": ("处罚决定日期", "2026/3/5", "2026-03-05"),
    "YYYYMMDD": ("处罚决定日期", "20260305", "2026-03-05"),
    "Excel serial": ("处罚决定日期", "46086", "2026-03-05"),
    "Excel serial as float": ("处罚决定日期", "46086.0", "2026-03-05"),
    "spreadsheet datetime": ("处罚决定日期", "2026-03-05 00:00:00", "2026-03-05"),
    "Chinese date": ("处罚决定日期", "2026年3月5日", "2026-03-05"),
    "float noise": (AMOUNT, "0.30000000000000004", "0.3"),
    "float noise below": (AMOUNT, "0.19999999999999998", "0.2"),
    "plain amount": (AMOUNT, "0.2", "0.2"),
    "integral amount": (AMOUNT, "2", "2"),
    "integral float": (AMOUNT, "2.0", "2"),
    "ten": (AMOUNT, "10", "10"),
    "hundred": (AMOUNT, "100", "100"),
    "zero": (AMOUNT, "0", "0"),
    "thousands separator": ("没收违法所得、没收非法财物的金额(万元)", "1,200.50", "1200.5"),
    "amount in 元": (AMOUNT, "2000元", "0.2"),
    "amount in 元 with separators": (AMOUNT, "2,000.00元", "0.2"),
    "amount in words": (AMOUNT, "贰仟元", "0.2"),
    "amount in 万元 with its unit": (AMOUNT, "0.2万元", "0.2"),
    "amount as 人民币…元整": (AMOUNT, "人民币2000元整", "0.2"),
    "amount equal to the 元 of 处罚内容": (AMOUNT, "2000", "0.2"),
    "placeholder amount is empty": (AMOUNT, "/", ""),
    "N/A is empty": ("备注", "N/A", ""),
    "2021.3.5": ("处罚决定日期", "2026.3.5", "2026-03-05"),
    "2021-3-5 with a time and tenths": ("处罚决定日期", "2026-3-5 00:00:00.0", "2026-03-05"),
    "ISO datetime": ("处罚决定日期", "2026-03-05T08:00:00", "2026-03-05"),
    "full-width digits": ("处罚决定日期", "２０２６年３月５日", "2026-03-05"),
    "长期 end": ("处罚有效期", "长期", "2099-12-31"),
    "长期有效 end": ("处罚有效期", "长期有效", "2099-12-31"),
    "party category code 1": ("行政相对人类别", "1", "法人及非法人组织"),
    "party category 法人": ("行政相对人类别", "法人", "法人及非法人组织"),
    "party category 其他组织": ("行政相对人类别", "其他组织", "法人及非法人组织"),
    "categories with ，": ("处罚类别", "警告，罚款", "警告;罚款"),
    "categories with spaces": ("处罚类别", "警告 罚款", "警告;罚款"),
    "其他 names its kind": ("处罚类别", "罚款;其他-责令改正", "罚款;其他-责令改正"),
    "其他 with full-width dash": ("处罚类别", "其他－责令改正", "其他-责令改正"),
    "older wording 吊销许可证": ("处罚类别", "罚款、吊销许可证", "罚款;吊销许可证件"),
    "procedure 简易程序": ("案件程序", "简易程序", "简易"),
    "below 0.01 yuan": (AMOUNT, "0.0000001", "0"),
    "upper-cased code": ("统一社会信用代码", LETTER_USCC.lower(), LETTER_USCC),
    "placeholder upper-cased": ("统一社会信用代码", PLACEHOLDER_USCC.lower(), PLACEHOLDER_USCC),
    "trimmed": ("处罚机关", "  甘州区市场监督管理局\u3000", "甘州区市场监督管理局"),
    # Several categories are published joined by ";" whatever joined them (h20e: 警告；罚款 kept its full-width ；).
    "multi-enum joined by ;": ("处罚类别", "罚款、没收违法所得", "罚款;没收违法所得"),
}
_CASES = [("row", k, row) for k, (row, _) in ROW_CASES.items()] + [
    ("norm", k, penalty_row(**(BUSINESS if "placeholder" in k else {}),
                            工商注册号="620702600019999" if "placeholder" in k else "", **{col: written}))
    for k, (col, written, _) in NORMALISED.items()
]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Validated, dict[tuple[str, str], int]]:
    """Every case as one row of penalties/p.csv (unique decision numbers), validated once."""
    data = tmp_path_factory.mktemp("data")
    rows, row_of = [], {}
    for number, (group, case, row) in enumerate(_CASES, start=1):
        rows.append({**row, "行政处罚决定书文号": f"甘州市监罚〔2026〕{number}号"})
        row_of[(group, case)] = number + 1  # the header is row 1
    return validate(data, rows), row_of


@pytest.mark.parametrize("case", list(ROW_CASES))
def test_row_check(batch, case: str) -> None:
    result, row_of = batch
    row = row_of[("row", case)]
    expected = sorted((FILE, row, column, code, severity) for column, code, severity in ROW_CASES[case][1])
    assert sorted(where(p) for p in result.problems if p.row == row) == expected
    kept = row in set(accepted(result)["_row"])
    assert kept == all(severity == WARNING for *_, severity in expected)


@pytest.mark.parametrize("case", list(NORMALISED))
def test_normalised_on_acceptance(batch, case: str) -> None:
    result, row_of = batch
    row = row_of[("norm", case)]
    column, _, expected = NORMALISED[case]
    assert [p.code for p in result.problems if p.row == row and p.severity == ERROR] == []
    frame = accepted(result)
    assert frame.loc[frame["_row"] == row, column].tolist() == [expected]


def test_batch_counts_add_up(batch) -> None:
    result, _ = batch
    valid = result.kinds["penalties"]
    assert valid.read == len(_CASES)
    assert valid.read == len(valid.accepted) + valid.rejected + valid.duplicates
    assert valid.rejected_rows["_row"].is_unique  # each rejected row once, with all its codes


def test_every_emitted_code_is_documented(batch) -> None:
    result, _ = batch
    assert {p.code for p in result.problems} <= set(CODES)


def test_parse_date_and_parse_amount_directly() -> None:
    assert parse_date("45658") == ("2025-01-01", None)  # Excel serial of 2025-01-01
    assert parse_date("2026-02-30") == (None, "impossible-date")
    assert parse_date("soon") == (None, "bad-date")
    assert parse_amount("0.30000000000000004") == ("0.3", None)
    assert parse_amount("-0.1") == (None, "bad-amount")



def test_column_check_digits_agree_with_the_one_value_functions() -> None:
    """The NumPy check digits (used over whole columns) give stdnum's answer for every value."""
    rng = random.Random(20261127)
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    codes = ["", "abc", PLACEHOLDER_USCC, "９" * 18, "91620702ma74xk3b1x", "9162 702MA74XK3B1X", "I" * 18]
    for _ in range(3000):
        first = "".join(rng.choice(alphabet) for _ in range(17))
        codes.append(first + (uscc_check_digit(first) if rng.random() < 0.5 else rng.choice(alphabet + "IOZ")))
    assert valid_uscc_many(codes).tolist() == [is_valid_uscc(c) for c in codes]

    numbers = ["", "x", "６２０７０２１９９００１０１００１Ｘ", "620702000001010010", "620702900229001", "62070219²0010100"]
    for first in ("62070220000229001", "62070219000229001", "62070220240230001", "62070219901301001"):
        numbers += [first + ric_check_digit(first), " " + (first + ric_check_digit(first)).lower() + " "]
    for _ in range(3000):
        year, month, day = rng.randint(1890, 2030), rng.randint(0, 13), rng.randint(0, 32)
        first = f"{rng.randint(0, 999999):06d}{year:04d}{month:02d}{day:02d}{rng.randint(0, 999):03d}"
        numbers.append(first + (ric_check_digit(first) if rng.random() < 0.7 else rng.choice("0123456789X")))
        numbers.append(f"{rng.randint(0, 999999):06d}{year % 100:02d}{month:02d}{day:02d}{rng.randint(0, 999):03d}")
    expected = [(d.isoformat() if (d := ric_birth_date(n)) else "") for n in numbers]
    assert ric_birth_dates(numbers) == expected
    assert sum(1 for e in expected if e) > 1000  # the sample holds many valid numbers, not only bad ones

# -- checks across rows and files -------------------------------------------------------------


def test_identical_duplicate_is_a_warning_and_one_row_is_kept(tmp_path: Path) -> None:
    result = validate(tmp_path, [penalty_row(), penalty_row(行政处罚决定书文号="other"), penalty_row()])
    assert [where(p) for p in result.problems] == [(FILE, 4, "行政处罚决定书文号", "duplicate-record", WARNING)]
    assert list(accepted(result)["_row"]) == [2, 3]


def test_duplicate_across_two_files_names_the_later_file(tmp_path: Path) -> None:
    write_csv(tmp_path / "penalties" / "a.csv", [penalty_row()])
    write_csv(tmp_path / "penalties" / "b.csv", [penalty_row()])
    result = validate_folder(tmp_path)
    assert where(only(result, "duplicate-record"))[:2] == ("penalties/b.csv", 2)
    assert accepted(result)["_file"].tolist() == ["penalties/a.csv"]


def test_conflicting_duplicate_rejects_every_row_of_the_key(tmp_path: Path) -> None:
    rows = [penalty_row(), penalty_row(行政处罚决定书文号="other"), penalty_row(**{AMOUNT: "0.5"})]
    result = validate(tmp_path, rows)
    assert sorted(where(p) for p in result.problems) == [
        (FILE, 2, "行政处罚决定书文号", "conflicting-duplicate", ERROR),
        (FILE, 4, "行政处罚决定书文号", "conflicting-duplicate", ERROR)]
    assert list(accepted(result)["行政处罚决定书文号"]) == ["other"]
    assert result.kinds["penalties"].rejected == 2


def test_same_decision_number_of_two_issuing_bodies_is_not_a_duplicate(tmp_path: Path) -> None:
    other = make_uscc(9100, prefix="11")
    result = validate(tmp_path, [penalty_row(), penalty_row(处罚机关统一社会信用代码=other, 违法事实="另一案")])
    assert result.problems == []


def test_licence_without_decision_number_is_keyed_by_licence_number(tmp_path: Path) -> None:
    rows = [license_row(行政许可决定文书号=""), license_row(行政许可决定文书号="", 许可内容="不同内容")]
    result = validate(tmp_path, rows, kind="licenses")
    assert [(p.row, p.code) for p in result.problems] == [(2, "conflicting-duplicate"), (3, "conflicting-duplicate")]


def test_licence_dates_in_order(tmp_path: Path) -> None:
    result = validate(tmp_path, [license_row(有效期自="2026-02-01", 有效期至="2026-01-31")], kind="licenses")
    assert [where(p) for p in result.problems] == [("licenses/p.csv", 2, "有效期至", "date-order", ERROR)]


def test_other_kinds_are_checked_against_their_own_code_lists(tmp_path: Path) -> None:
    result = validate(tmp_path, [commitment_row(承诺类型="口头型", 履约状态="已履约")], kind="commitments")
    assert [where(p) for p in result.problems] == [
        ("commitments/p.csv", 2, "承诺类型", "unknown-code", ERROR)]


def test_extra_cells_beyond_the_header_reject_the_row(tmp_path: Path) -> None:
    header = list(penalty_row())
    line = ",".join(penalty_row().values())
    (tmp_path / "penalties").mkdir()
    (tmp_path / "penalties" / "p.csv").write_text(
        ",".join(header) + "\r\n" + line + "\r\n" + line.replace("1号", "2号") + ",多余\r\n", encoding="utf-8")
    result = validate_folder(tmp_path)
    assert [where(p) for p in result.problems] == [(FILE, 3, None, "row-extra-cells", ERROR)]


def test_float_noise_from_a_parquet_double_is_removed(tmp_path: Path) -> None:
    write_parquet(tmp_path / "penalties" / "p.parquet", [penalty_row(**{AMOUNT: 0.1 + 0.2})])
    result = validate_folder(tmp_path)
    assert result.problems == []
    assert accepted(result).loc[0, AMOUNT] == "0.3"


# -- never-public values never reach a message ----------------------------------------------


def test_no_problem_message_quotes_a_never_public_value(tmp_path: Path) -> None:
    secret_id = make_id("19850312", 21)
    rep_id = make_id("19700101", 22)
    wrong_id = bad_id("19800101", 9)
    wrong_rep = rep_id[:-1] + ("0" if rep_id[-1] != "0" else "1")
    rows = [
        person_penalty_row(行政处罚决定书文号="S1", 证件号码=f"  {secret_id} "),  # trimmed silently
        person_penalty_row(行政处罚决定书文号="S2", 证件号码=wrong_id),
        person_penalty_row(行政处罚决定书文号="S3", 证件号码=secret_id + "\x07"),
        person_penalty_row(行政处罚决定书文号="S4", 证件号码=secret_id + "9" * 10_001),
        penalty_row(行政处罚决定书文号="S5", 法定代表人证件类型="身份证", 法定代表人证件号码=wrong_rep),
        penalty_row(行政处罚决定书文号="S6", 法定代表人证件类型="身份证", 法定代表人证件号码=f" {rep_id}"),
        person_penalty_row(行政处罚决定书文号="S7", 证件号码=secret_id),
        person_penalty_row(行政处罚决定书文号="S7", 证件号码=secret_id, 违法事实="另一版本"),
        person_penalty_row(行政处罚决定书文号="S8", 证件类型="", 证件号码=secret_id),
        person_penalty_row(行政处罚决定书文号="S9", 证件号码=secret_id, 处罚决定日期="2026-02-30"),
    ]
    result = validate(tmp_path, rows)
    assert {"bad-id-number", "control-characters", "cell-too-long", "impossible-date", "id-required",
            "conflicting-duplicate"} <= {p.code for p in result.problems}
    assert not any(p.code == "whitespace-trimmed" for p in result.problems)
    for problem in result.problems:
        for secret in (secret_id, rep_id, wrong_id, wrong_rep):
            assert secret[:14] not in problem.message, problem  # not even in part
    # The trimmed value itself is kept for the later stages, which drop it.
    frame = accepted(result)
    assert frame.loc[frame["行政处罚决定书文号"] == "S1", "证件号码"].tolist() == [secret_id]


@pytest.mark.parametrize("column", ["统一社会信用代码", "处罚决定日期"])
def test_an_id_number_typed_into_another_column_is_not_quoted(tmp_path: Path, column: str) -> None:
    secret_id = make_id("19850312", 8)
    result = validate(tmp_path, [person_penalty_row(证件号码=secret_id, **{column: secret_id})])
    assert any(p.row == 2 and p.column == column for p in result.problems)
    for problem in result.problems:
        assert secret_id not in problem.message, problem


# -- the validate command (interfaces.md: exits 1 when any file is refused) ----------------------


def test_validate_command_shows_refused_files_and_exits_1(tmp_path: Path) -> None:
    import re

    from click.testing import CliRunner

    from generator.cli import main

    write_csv(tmp_path / "data" / "penalties" / "good.csv", [penalty_row()])
    # A file with no header the loader knows is refused whole; a Word file is ignored.
    (tmp_path / "data" / "penalties" / "wrong.csv").write_text("编号,名称\n1,x\n", encoding="utf-8")
    (tmp_path / "data" / "licenses").mkdir(parents=True)
    (tmp_path / "data" / "licenses" / "说明.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    args = ["validate", "--data", str(tmp_path / "data"), "--report", str(tmp_path / "report"), "--as-of",
            AS_OF.isoformat()]
    result = CliRunner().invoke(main, args)
    text = re.sub(r"\s+", "", result.output)
    assert result.exit_code == 1, result.output
    assert "penalties/good.csv" in text and "penalties/wrong.csv" in text
    assert "整个文件" in text and "拒绝：file-missing-column" in text
    assert "licenses/说明.doc" in text and "已忽略" in text
    assert "1个文件被拒绝" in text
    (tmp_path / "data" / "penalties" / "wrong.csv").unlink()
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output


def test_a_repair_by_party_code_or_missing_a_value_is_said_once_with_advice(tmp_path: Path) -> None:
    """control-by-party (a repair naming the party's code and no number), control-value-missing (a repair
    without its 修复方式) and control-date-assumed (one without its date): each said once for its file, with
    advice in the report (problems.CODES)."""
    from tests.helpers import listing, run_pipeline, write_folder

    code = listing("blacklist", "B1", "2025-02-01", serial=500)["统一社会信用代码"]
    data = write_folder(tmp_path / "data", {
        "blacklist": [listing("blacklist", "B1", "2025-02-01", serial=500)],
        "repairs": [{"信息类别": "严重失信主体名单", "原决定文书号": "", "统一社会信用代码": code, "修复方式": "移出名单",
                     "修复决定日期": "2026-01-01", "修复决定机关": "甘州区发展和改革局"},
                    {"信息类别": "行政处罚", "原决定文书号": "P1", "修复方式": "", "修复决定日期": "2026-01-01",
                     "修复决定机关": "甘州区发展和改革局"},
                    {"信息类别": "行政处罚", "原决定文书号": "P2", "修复方式": "终止公示", "修复决定日期": "",
                     "修复决定机关": "甘州区发展和改革局"}]})
    run = run_pipeline(data, "2026-11-27")
    said = [p.code for p in run.validated.problems if p.kind == "repairs"]
    assert said.count("control-by-party") == 1 and said.count("control-value-missing") == 1, said
    assert said.count("control-date-assumed") == 1, said  # an empty date: in force from the as-of date
    assert all(CODES.get(c) for c in said)
