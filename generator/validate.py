"""Validate stage: check every row against the data contract; reject, never stop.

Entry point: `validate_records(sources, as_of, settings)`. Checks run column by column
over the distinct values of a column (codes and dates repeat a lot), so the cost grows
with the number of distinct values rather than with Python work per row; the two check
digits are computed with NumPy over whole columns (`valid_uscc_many`, `ric_birth_dates`).
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from stdnum.cn import ric as stdnum_ric
from stdnum.cn import uscc as stdnum_uscc

from generator.columns import as_categories
from generator.contract import (
    ACTION_CATEGORY,
    BIRTH_DATE_FIELD,
    CONTROL_EFFECT,
    CONTROL_TARGET_ISSUER,
    CONTROL_TARGET_NO,
    DOMAIN,
    EXTRA_CELLS,
    FILE,
    FINE,
    ID_NUMBER_FIELD,
    ID_TYPE_FIELD,
    KIND_RULES,
    ORG_CODE_FIELD,
    PARTY_BLOCK,
    PARTY_CATEGORY_FIELD,
    PARTY_NAME_FIELD,
    PENALTY_CONTENT,
    PENALTY_VALID_UNTIL,
    PROCEDURE,
    REG_NO_FIELD,
    REMARKS,
    REP_FIELD,
    REP_ID_NUMBER_FIELD,
    REP_ID_TYPE_FIELD,
    ROW,
    TAX_REG_NO_FIELD,
    UNWRITTEN,
    USCC_FIELD,
    VALID_FROM,
    VALID_UNTIL,
    record_key,
    unwritten_fields,
)
from generator.load import Sources
from generator.problems import ERROR, WARNING, Problem
from generator.schema import (
    AMOUNT,
    AMOUNT_REFERRED,
    BOOLEAN_WORDS,
    DATE,
    ENUM,
    FREE_TEXT,
    ID_DOCUMENT_CODES,
    IDENT,
    INDIVIDUAL_BUSINESS,
    KIND_TITLES_FOR_CONTROL,
    KINDS,
    MULTI_ENUM,
    NATURAL_PERSON,
    NEVER,
    NO_AMOUNT_WORDS,
    ORGANISATION,
    PLACEHOLDER_USCC,
    PLACEHOLDERS,
    TEXT,
    USCC,
    Field,
    Kind,
)
from generator.settings import Settings
from generator.values import (
    DOMAIN_SOURCES,
    END_DATE_FIELDS,
    MASKED_CODE,
    SUMMARY_PROCEDURE_MAX,
    UNCONFIRMED_FINE,
    ambiguous_date,
    check_fine,
    date_layout,
    date_words_only,
    derived_category,
    derived_domain,
    month_only_date,
    multi_codes,
    normalize_decision_nos,
    parse_amount,
    parse_date,
    read_amount,
    resolve_suspend_or_revoke,
    simplified_code,
    split_other,
    table_code,
    year_only_date,
)

__all__ = ["parse_amount", "parse_date"]  # read by the tests from here, defined in generator.values

MAX_CELL = 10_000
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAK = re.compile(r"[ \t\u3000]*[\r\n]+[ \t\u3000]*")
_LINE_BREAK_CHAR = re.compile(r"[\r\n]")
_NOT_QUOTED_SCRIPTS = re.compile("[\u0370-\u04ff\u2160-\u2188\U00020000-\U0003134f]|[A-Za-z]{3}")  # (and words in
# Latin letters: a pinyin name, Lin;Chunwang, or an e-mail spelled out, kuangwei99;at;163)
_MARKS_BETWEEN_HAN = re.compile(r"(?<=[\u3400-\u9fff])[·•・‧/／\-－_＿.．;；\s]+(?=[\u3400-\u9fff])")
_DOCUMENT_LIKE = re.compile(r"[A-Za-z]\s*-?\d{6,}")
_LONG_DIGITS = re.compile(r"\d{11,}")
_RATE = re.compile(r"元\s*[/／每]|^每")  # 2000元/次, 200元每日, 每次2000元: a rate, not an amount
# Words that make a name an organisation's (a person's name holds none of them).
_ORG_WORDS = (r"公司|集团|厂|店|社|中心|院|校|局|所|部|会|馆|行|站|场|园|室|队|处|委|办|坊|铺|吧|厅|城|楼|基地|银行|"
              r"合作|协会|联合|大学|学校|医院|超市|商贸|贸易|门市|食堂|诊所|药房|农场|牧场|养殖|种植|企业|单位|政府|"
              r"事务|研究|组|团|宫|苑|轩|阁|斋|堂|庄|号|部门|机构|Co|Ltd|Inc")
# Repairs and withdrawals: the cells a row cannot do without (the number that names the record, a row
# whose cells do not line up with the header, control characters), and the checks that do not reject the
# row but are reported with CONTROL_KEPT_NOTE (`_KindChecker._report`).
CONTROL_ROW_NEEDS = (CONTROL_TARGET_NO, None)
# A repair or withdrawal whose date cannot be read takes effect on the build's as-of date: its
# checked rows hold that date (partitions: such a file's check is never reused for another date).
DATE_ASSUMED = "control-date-assumed"
CONTROL_KEPT_ON = ("unknown-code", "bad-date", "impossible-date", "bad-uscc", "uscc-outside-region", "cell-too-long",
                   "code-scientific")
_SCIENTIFIC = r"^\d(?:\.\d+)?[Ee][+]?\d{1,2}$"
# White space, dashes and invisible characters inside a code that a repair or withdrawal names a party or
# body by (a code copied from a notice in groups, 9162 0702 …; h9s): the code is only matched, never published.
_CODE_SPACING = r"[\s\-\u00ad\u200b-\u200f\u2060\ufeff]+"


def _control_code(column: pd.Series) -> pd.Series:
    """A control row's credit-code cells as codes are compared: upper case, without spacing."""
    return column.str.replace(_CODE_SPACING, "", regex=True).str.upper()


# The old 15-digit 工商注册号 (GS15-2006), by which 移出经营异常名录 decisions name the enterprise
# (《企业经营异常名录管理暂行办法》第九条: 企业名称、注册号、移出日期、移出事由): in a repair's or
# withdrawal's party column it is matched against the records' 工商注册号 (h9s).
REG_NO_SHAPE = r"\d{15}"
CONTROL_KEPT_NOTE = "；该修复或撤销决定仍然生效，原记录不再公示，请核对后改正"
_MULTI_SPLIT = re.compile(r"[;；、,，]")
_BARE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _holds_personal_id(value: str) -> bool:
    """Whether the detector reads an identity number in value (also one in scientific notation)."""
    from generator import detect

    return bool(value) and any(hit.what == detect.ID for hit in detect.find(value, names=False))


def _bare_person_name(name: str) -> bool:
    """Whether a party name is nothing but a person's name: 2-4 Han characters led by a surname (a
    compound one leaving one or two more), not a word of the dictionary (a brand written short: 华为,
    美的, 李宁 with their valid codes) nor a place (detect.common_word)."""
    from generator import detect
    from generator.person_names import _in_dictionary

    if not _BARE_NAME.fullmatch(name) or not detect.starts_with_surname(name):
        return False
    given = len(name) - (2 if name[:2] in detect.COMPOUND_SURNAMES else 1)
    return 1 <= given <= 2 and not detect.common_word(name) and not _in_dictionary(name)
_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


@dataclass
class ValidKind:
    """Rows of one kind that passed, plus how many were rejected."""

    kind: Kind
    accepted: pd.DataFrame  # normalised text: trimmed cells, ISO dates, plain-number amounts
    read: int
    rejected: int
    rejected_rows: pd.DataFrame  # `_file`, `_row`, `codes` of each rejected row (staff report)
    duplicates: int = 0  # identical copies dropped (a warning, withheld as `duplicate`, not rejected)
    derived: dict[str, int] = dataclasses.field(default_factory=dict)  # values read or derived, by what (report)


@dataclass
class Validated:
    """What the validate stage hands on."""

    kinds: dict[str, ValidKind]
    problems: list[Problem]


_CODE_NOISE = re.compile(r"[\s\-\u2010-\u2015\u200b-\u200d\u2060\ufeff]")


def _code_spelled(value: str) -> str:
    """A credit code as its 18 characters: full-width forms read as ASCII, spaces, hyphens and invisible
    characters dropped; the value unchanged unless the result passes the GB 32100 check."""
    if not value or (value.isascii() and len(value) == 18):
        return value
    spelled = _CODE_NOISE.sub("", unicodedata.normalize("NFKC", value)).upper()
    return spelled if spelled != value and is_valid_uscc(spelled) else value


def uscc_check_digit(first17: str) -> str:
    """GB 32100 check character for the first 17 characters of a 统一社会信用代码 (python-stdnum)."""
    return str(stdnum_uscc.calc_check_digit(first17))


def is_valid_uscc(code: str) -> bool:
    """GB 32100 check: 18 characters of the code alphabet with the right check character.

    Only the check character, as data-contract.md asks: stdnum's full `validate` also checks
    the embedded organisation code, which synthetic and some historical codes do not satisfy.
    """
    if len(code) != 18 or any(c not in _USCC_ALPHABET for c in code):
        return False
    return uscc_check_digit(code[:17]) == code[17]


# What a clerk does about a credit code that fails the check (h21s: the message said only "GB 32100 校验位").
_USCC_ACTION = "请向该主体核对代码（营业执照上印有，也可在国家企业信用信息公示系统按名称查询），改正后重新导出"


def uscc_fault(value: str) -> str:
    """What is wrong with a credit code that fails `is_valid_uscc`, in words a clerk can act on and without the
    value (a wrong code may be someone's ID number): its length, a character codes never hold, or its check
    character."""
    if len(value) != 18:
        return f"应为 18 位，该值为 {len(value)} 位"
    if any(c not in _USCC_ALPHABET for c in value):
        return "含有代码中不会出现的字符（代码只用数字和除 I、O、S、V、Z 外的大写字母）"
    if ric_birth_date(value) is not None:
        return "该值是一个身份证号码的样式，不是统一社会信用代码"
    return "第 18 位校验码与前 17 位不符，常是抄错或颠倒了一位"


def ric_check_digit(first17: str) -> str:
    """GB 11643 check character of an 18-digit 身份证 number (python-stdnum).

    stdnum's `calc_check_digit` reads a number with its check position present, hence the "0".
    Its `validate` is not used: it also rejects birth places by their historical region codes.
    """
    return str(stdnum_ric.calc_check_digit(first17 + "0"))


def ric_birth_date(number: str) -> dt.date | None:
    """Birth date of a valid 18- or 15-digit 身份证 number, else None."""
    number = number.strip().upper()
    try:
        if len(number) == 18 and number[:17].isdigit() and ric_check_digit(number[:17]) == number[17]:
            return dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
        if len(number) == 15 and number.isdigit():
            return dt.date(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]))
    except ValueError:
        return None
    return None


# GB 32100 weights are 3**i mod 31 and GB 11643 weights 2**(17-i) mod 11 (the ones stdnum uses);
# the array versions below must agree with stdnum's, which tests/test_validate.py checks.
_USCC_WEIGHTS = np.array([pow(3, i, 31) for i in range(17)], dtype=np.int64)
_RIC_WEIGHTS = np.array([pow(2, 17 - i, 11) for i in range(17)], dtype=np.int64)
_USCC_VALUE = np.full(128, -1, dtype=np.int64)
_USCC_VALUE[[ord(c) for c in _USCC_ALPHABET]] = np.arange(len(_USCC_ALPHABET))
_DAYS_IN_MONTH = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)


def _code_points(values: Sequence[str], width: int) -> np.ndarray:
    """Code points of strings that are all `width` characters long, one row per string."""
    if not values:
        return np.zeros((0, width), dtype=np.int64)
    # UTF-32 has one unit per character, so the buffer reshapes into rows of `width` characters.
    raw = "".join(values).encode("utf-32-le", "surrogatepass")
    return np.frombuffer(raw, dtype="<u4").astype(np.int64).reshape(len(values), width)


def valid_uscc_many(codes: Sequence[str]) -> np.ndarray:
    """`is_valid_uscc` of each code, computed over the whole sequence at once (bool array)."""
    out = np.zeros(len(codes), dtype=bool)
    at = [i for i, code in enumerate(codes) if len(code) == 18]
    if not at:
        return out
    points = _code_points([codes[i] for i in at], 18)
    values = np.where(points < 128, _USCC_VALUE[np.minimum(points, 127)], -1)
    ok = (values >= 0).all(axis=1)
    check = (31 - (values[:, :17] * _USCC_WEIGHTS).sum(axis=1) % 31) % 31
    out[at] = ok & (values[:, 17] == check)
    return out


def ric_birth_dates(numbers: Sequence[str]) -> list[str]:
    """`ric_birth_date` of each number as ISO text, "" where it is None; NumPy over ASCII numbers.

    Numbers with non-ASCII characters (full-width digits ...) take the one-number path, so
    the result is always the same as `ric_birth_date`'s.
    """
    out = [""] * len(numbers)
    long_at: list[int] = []
    short_at: list[int] = []
    clean: list[str] = []
    for i, raw in enumerate(numbers):
        number = raw.strip().upper()
        clean.append(number)
        if not number.isascii():
            birth = ric_birth_date(raw)
            out[i] = birth.isoformat() if birth else ""
        elif len(number) == 18:
            long_at.append(i)
        elif len(number) == 15:
            short_at.append(i)
    for at, width in ((long_at, 18), (short_at, 15)):
        if not at:
            continue
        points = _code_points([clean[i] for i in at], width)
        digits = points - ord("0")
        is_digit = (digits >= 0) & (digits <= 9)
        if width == 18:
            checksum = (1 - (np.where(is_digit[:, :17], digits[:, :17], 0) * _RIC_WEIGHTS).sum(axis=1)) % 11
            expected = np.where(checksum == 10, ord("X"), checksum + ord("0"))
            ok = is_digit[:, :17].all(axis=1) & (points[:, 17] == expected)
            year_at, month_at, day_at = (6, 10), (10, 12), (12, 14)
            century = 0
        else:
            ok = is_digit.all(axis=1)
            year_at, month_at, day_at = (6, 8), (8, 10), (10, 12)
            century = 1900
        number_digits = np.where(is_digit, digits, 0)

        def part(span: tuple[int, int], d: np.ndarray = number_digits) -> np.ndarray:
            value = np.zeros(len(d), dtype=np.int64)
            for k in range(*span):
                value = value * 10 + d[:, k]
            return value

        year, month, day = part(year_at) + century, part(month_at), part(day_at)
        leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
        month_ok = (month >= 1) & (month <= 12)
        last = _DAYS_IN_MONTH[np.where(month_ok, month, 0)] + (leap & (month == 2))
        ok &= (year >= 1) & month_ok & (day >= 1) & (day <= last)
        for i, good, y, m, d in zip(at, ok.tolist(), year.tolist(), month.tolist(), day.tolist()):
            if good:
                out[i] = f"{y:04d}-{m:02d}-{d:02d}"
    return out


def _on_distinct(column: pd.Series, check: Callable[[list[Any]], Any], dtype: Any) -> np.ndarray:
    """`check` over the distinct values of a column (a list in, one result each out), spread to every row."""
    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    return np.asarray(check(uniques.tolist()), dtype=dtype)[codes]


def _replaced(column: pd.Series, where: pd.Series | np.ndarray, values: np.ndarray) -> pd.Series:
    """The column with `values` (one per row) in the rows of `where`; text dtype kept."""
    new = pd.Series(values, index=column.index, dtype=column.dtype)
    return column.mask(np.asarray(where, dtype=bool), new)


def _finite(column: pd.Series) -> pd.Series:
    """A text column's finite numbers (NaN for empty, non-numeric, infinite or negative cells)."""
    number = pd.to_numeric(column.where(column != "", None), errors="coerce").astype(float)
    return number.where(np.isfinite(number) & (number >= 0))


def _old_tax_number_words(number: str) -> str:
    """What an old 纳税人识别号 is, by its length, never quoting it: 15 characters are the old code (region and
    organisation code); 18 or 20 holding an identity number are a 个体工商户's, registered under the operator's
    身份证号码 (plus two digits) — h20e case 16: a 20-character number was called a 15-digit old one."""
    number = number.strip().upper()
    if len(number) in (18, 20) and ric_birth_date(number[:18]) is not None:
        return f"纳税人识别号为 {len(number)} 位，含身份证号码，是个体工商户按经营者身份证号登记的旧税号，不显示号码"
    return f"纳税人识别号为 {len(number)} 位旧税号"


def _multi_cell(value: str, f: Field) -> str:
    """A multi-value cell in its canonical form, its parts joined by `;` whatever joined them (警告；罚款 and
    警告、罚款 are published 警告;罚款 like 警告,罚款: h20e found the full-width ； published as written)."""
    canonical, _ = multi_codes(value, f)
    return canonical


def validate_records(sources: Sources, as_of: dt.date, settings: Settings) -> Validated:
    """Check every row; rejected rows are counted and logged, the others normalised."""
    problems: list[Problem] = []
    kinds: dict[str, ValidKind] = {}
    for name, loaded in sources.kinds.items():
        checker = _KindChecker(loaded.kind, loaded.frame.copy(), as_of, settings)
        kinds[name] = checker.run()
        problems.extend(checker.problems)
    return Validated(kinds, problems)


# The order in which the checks first count a value read or derived (summary.json "derived"): the
# order of the checks themselves, 所属领域 last by domain. Fixed, so that the counts of input files
# checked apart (generator/partitions.py) come out in the same order as those of one whole table.
DERIVED_ORDER = ("line-break-removed", "party-category-derived", "party-category-from-code", "amount-converted", "amount-read-as-yuan",
                 "amount-mismatch")
_DOMAIN = "domain:"


def derived_in_order(derived: dict[str, int]) -> dict[str, int]:
    """The counts of values read or derived, in the checks' order (`DERIVED_ORDER`, then 所属领域 by name)."""
    def rank(key: str) -> tuple[int, str]:
        if key in DERIVED_ORDER:
            return DERIVED_ORDER.index(key), ""
        return (len(DERIVED_ORDER) + 1, key) if key.startswith(_DOMAIN) else (len(DERIVED_ORDER), key)

    return {key: derived[key] for key in sorted(derived, key=rank)}


@dataclass
class CheckedRows:
    """The rows of one kind from one input file after the checks that read one row at a time.

    `frame` holds every row (rejected ones too, with `_extra`), `errors` the error codes by row position
    in `frame`; the checks across rows (duplicates) run on the files of a kind together (`finish_kind`).
    """

    frame: pd.DataFrame
    errors: dict[int, list[str]]
    problems: list[Problem]
    derived: dict[str, int]


def check_rows(kind: Kind, frame: pd.DataFrame, as_of: dt.date, settings: Settings) -> CheckedRows:
    """The row checks of `validate_records` on the rows of one input file (a loaded frame of one kind)."""
    checker = _KindChecker(kind, frame, as_of, settings)
    if len(checker.frame):
        checker.check_rows()
    return CheckedRows(checker.frame, checker.errors, checker.problems, checker.derived)


def finish_kind(kind: Kind, parts: list[CheckedRows], empty: pd.DataFrame, as_of: dt.date,
                settings: Settings) -> tuple[ValidKind, list[Problem]]:
    """One kind's `ValidKind` and problems from its files checked apart (`check_rows`), in file order:
    the same as `validate_records` on all of them at once. `empty`: the kind's loaded frame when no
    file gave a row."""
    parts = [part for part in parts if len(part.frame)]
    if not parts:
        checker = _KindChecker(kind, empty, as_of, settings)
        return checker.run(), checker.problems
    frame = pd.concat([part.frame for part in parts], ignore_index=True) if len(parts) > 1 else parts[0].frame
    checker = _KindChecker(kind, frame, as_of, settings)
    offset = 0
    for part in parts:
        checker.problems.extend(part.problems)
        for i, codes in part.errors.items():
            checker.errors[i + offset] = list(codes)
        for key, n in part.derived.items():
            checker.derived[key] = checker.derived.get(key, 0) + n
        offset += len(part.frame)
    return checker.finish(), checker.problems


class _KindChecker:
    def __init__(self, kind: Kind, frame: pd.DataFrame, as_of: dt.date, settings: Settings) -> None:
        self.kind = kind
        self.frame = frame.reset_index(drop=True)
        self.as_of = as_of
        self.settings = settings
        self.problems: list[Problem] = []
        self.errors: dict[int, list[str]] = {}
        self._never_public = [f.name for f in kind.fields if f.privacy == NEVER]
        self.duplicates: set[int] = set()
        self._cells: dict[Any, dict[str, Any]] = {}  # the rows `_check_duplicates` compares, by index
        self._unwritten_of: dict[int, set[str]] = {}
        self.derived: dict[str, int] = {}
        self.old_tax_code_only: set[int] = set()  # rows whose only party code is a 税务登记号
        self.id_only: set[int] = set()  # rows derived 自然人 from an ID number alone, without its 证件类型

    # -- reporting ---------------------------------------------------------------------------
    def _report(self, mask: pd.Series, column: str | None, code: str, severity: str,
                message: Callable[[int], str]) -> None:
        if not mask.any():  # the usual case: most checks find nothing
            return
        kept = self.kind.control and severity == ERROR and column not in CONTROL_ROW_NEEDS and code in CONTROL_KEPT_ON
        if kept:
            # A repair or withdrawal stops the record it names whatever its other cells say (rules.py reads
            # only the number, the issuer, the party and the date): rejecting the row for a word or a date
            # staff mistyped would leave a revoked or repaired decision public (hx7 findings).
            severity = WARNING
        for i in mask[mask].index:
            row = self.frame.at[i, ROW]
            file = self.frame.at[i, FILE]
            text = message(i) + (CONTROL_KEPT_NOTE if kept else "")
            self.problems.append(Problem(self.kind.name, file, int(row), column, code, severity,
                                         f"{file} 第 {row} 行“{column or '整行'}”：{text}"))
            if severity == ERROR:
                self.errors.setdefault(i, []).append(code)

    def _report_by_file(self, mask: pd.Series | np.ndarray, column: str, code: str, what: str,
                        counted: bool = True) -> None:
        """One warning per file for a value read or derived in many rows: how many, and which rows.

        A file without its 行政相对人类别 column would otherwise give one warning per row. `counted`:
        the rows are counted in summary.json "derived" (values read or derived).
        """
        mask = pd.Series(np.asarray(mask, dtype=bool), index=self.frame.index)
        if not mask.any():
            return
        if counted:
            self.derived[code] = self.derived.get(code, 0) + int(mask.sum())
        hits = self.frame.loc[mask, [FILE, ROW]]
        for file, rows in hits.groupby(FILE, sort=True)[ROW]:
            numbers = rows.tolist()
            shown = "、".join(map(str, numbers[:10])) + (f" 等 {len(numbers)} 行" if len(numbers) > 10 else "")
            self.problems.append(Problem(self.kind.name, str(file), int(numbers[0]), column, code, WARNING,
                                         f"{file} 第 {shown} 行“{column}”：{what}"))

    @staticmethod
    def _detected(value: str) -> bool:
        """Whether the detector finds any personal datum in value, read as a person's record."""
        from generator import detect

        return bool(detect.find(value, person=True))

    def _public(self, f: Field, i: int) -> str:
        """A cell value safe to quote in a staff message (never a never-public value).

        Values of never-public fields, values that repeat one of the row's never-public values
        (an ID typed into the wrong column) and long digit runs are not quoted.
        """
        value = str(self.frame.at[i, f.name])
        if not value:
            return "（空）"
        private = [str(self.frame.at[i, n]) for n in self._never_public if str(self.frame.at[i, n]).strip()]
        if f.privacy == NEVER or any(p in value or value in p for p in private) or _LONG_DIGITS.search(value):
            return "（不显示该值）"
        # A document number (passport E76543210) or a code written with spaces (92620702 000081023J)
        # in a typed column: never quoted either (issue 16, adversarial round).
        # Except a cell laid out as a date (Tue Feb 30 2026 00:00:00 GMT+0800, 2026-10-05 25:00:00: no real day, its
        # nine figures a date's) in which the detector finds nothing: the clerk sees what is wrong (h21e notes).
        if ((_DOCUMENT_LIKE.search(value) or sum(c.isdigit() for c in value) >= 9)
                and not (date_layout(value) and not self._detected(value))):
            return "（不显示该值）"
        # Look-alike letters of other scripts (a plate 甘G·Α4399 with a Greek Α, a Roman-numeral phone) or a
        # name's character outside the BMP: the detector's readings there are the weakest, so not quoted;
        # marks between Han characters (蔺/春来, 王·春明) are dropped, so the name masking that follows sees
        # the name (adversarial round 5, staff-outputs-enum-columns-spelled).
        # Except a date or a program's no-value text in Latin letters (Invalid Date, NaN, a JavaScript date that
        # cannot be read) in which the detector finds nothing: the clerk sees what the cell says (h21e notes).
        if _NOT_QUOTED_SCRIPTS.search(value) and not (date_words_only(value) and not self._detected(value)):
            return "（不显示该值）"
        value = _MARKS_BETWEEN_HAN.sub("", value)
        return f"“{value[:40]}”"

    # -- the checks ----------------------------------------------------------------------------
    def run(self) -> ValidKind:
        if not len(self.frame):
            empty = pd.DataFrame({FILE: [], ROW: [], "codes": []})
            return ValidKind(self.kind, self.frame.drop(columns=[EXTRA_CELLS, UNWRITTEN], errors="ignore"), 0, 0, empty)
        self.check_rows()
        return self.finish()

    def check_rows(self) -> None:
        """Every check that reads one row at a time (all but the duplicates): the same for a file alone
        as for the file among the others, which is what lets a build check each input file apart."""
        frame = self.frame
        self._report(frame[EXTRA_CELLS].astype(bool), None, "row-extra-cells", ERROR,
                     lambda i: "单元格数量多于表头")
        for f in self.kind.fields:
            self._check_text(f)
        for f in self.kind.fields:
            self._read_codes(f)
        if self.kind.has_party:
            self._derive_category()
            self._business_by_code()
        category = self.frame[PARTY_CATEGORY_FIELD] if self.kind.has_party else None
        for f in self.kind.fields:
            self._check_field(f, category)
        if self.kind.has_party:
            self._check_party()
            self._check_party_looks_like_person()
        if FINE in self.kind.names and PENALTY_CONTENT in self.kind.names:
            self._check_fines()
        if DOMAIN in self.kind.names:
            self._derive_domain()
        frame = self.frame
        if self.kind.key_fallback:
            neither = (frame[self.kind.key] == "") & (frame[self.kind.key_fallback] == "")
            self._report(neither, self.kind.key, "missing-value", ERROR,
                         lambda i: f"“{self.kind.key}”与“{self.kind.key_fallback}”至少填写一项")
        self._check_date_order()
        if self.kind.control:
            self._control_fail_safe()

    def _control_fail_safe(self) -> None:
        """A repair or withdrawal kept despite a bad cell (`CONTROL_KEPT_ON`) takes effect on the as-of
        date when its own date cannot be read, and matches by number alone when the original issuer's
        code is not a valid one: never later, never narrower than the staff meant."""
        frame = self.frame
        effective = CONTROL_EFFECT[self.kind.name][1]
        unread = ~frame[effective].astype(str).str.fullmatch(r"\d{4}-\d{2}-\d{2}")
        if unread.any():
            frame.loc[unread, effective] = self.as_of.isoformat()
            self._report_by_file(unread, effective, DATE_ASSUMED,
                                 f"日期为空或无法识别，按本次发布基准日 {self.as_of.isoformat()} 生效（原记录不再公示），请核对",
                                 counted=False)
        for name in (CONTROL_TARGET_ISSUER, USCC_FIELD):
            if name in frame:
                bad = (frame[name] != "") & ~_on_distinct(frame[name], valid_uscc_many, bool)
                if name == USCC_FIELD:  # the party's old 注册号 names it too (rules._RecordIndex matches it)
                    bad &= ~frame[name].str.fullmatch(REG_NO_SHAPE)
                if bad.any():
                    frame.loc[bad, name] = ""

    def finish(self) -> ValidKind:
        """The checks across rows (identical copies, conflicting duplicates), then the accepted rows."""
        as_categories(self.frame)  # the input file's name once per file, not per row (generator/columns.py)
        frame = self.frame
        if not self.kind.control:
            self._check_duplicates()
        bad = sorted(self.errors)
        rejected_rows = pd.DataFrame({
            FILE: frame.loc[bad, FILE].tolist(), ROW: frame.loc[bad, ROW].tolist(),
            "codes": [",".join(dict.fromkeys(self.errors[i])) for i in bad],
        })
        dropped = sorted(set(bad) | self.duplicates)
        accepted = frame.drop(index=dropped).drop(columns=[EXTRA_CELLS, UNWRITTEN], errors="ignore").reset_index(drop=True)
        return ValidKind(self.kind, accepted, len(frame), len(bad), rejected_rows, len(self.duplicates - set(bad)),
                         derived_in_order(self.derived))

    def _check_text(self, f: Field) -> None:
        col = self.frame[f.name].astype(str)
        stripped = col.str.strip()
        changed = (col != stripped) & (stripped != "")
        if f.privacy != NEVER:
            self._report(changed, f.name, "whitespace-trimmed", WARNING, lambda i: "首尾空白已去除")
        # `/`, `无`, `-`, `null`, `N/A` ... are how exporters write an empty cell (data-contract.md).
        placeholder = stripped.isin(PLACEHOLDERS)
        if f.type == AMOUNT:
            placeholder |= stripped.isin(NO_AMOUNT_WORDS)  # 无罚款: no amount (h10x), as 无 is
            if not f.required:
                # 见附件 / 详见决定书: the amount exists but is not given; the decision is still published (h19x).
                referred = stripped.str.fullmatch(AMOUNT_REFERRED)
                self._report_by_file(referred, f.name, "amount-not-stated",
                                     "写为“见附件”“详见决定书”等，没有写出金额：该处罚照常公示，不显示金额；请补填决定的金额",
                                     counted=False)
                placeholder |= referred
        if placeholder.any():  # rare: masking every column would cost a copy each
            stripped = stripped.mask(placeholder, "")
        if f.privacy != NEVER and f.type in (TEXT, FREE_TEXT, IDENT):
            # true / false: a program's boolean where a name, number or text belongs (h21x; typed columns refuse it)
            self._report_by_file(stripped.isin(BOOLEAN_WORDS), f.name, "value-is-boolean",
                                 "写的是 true 或 false（程序导出的是非值），不是该列应有的内容：照常公示，请核对导出", counted=False)
        if f.type != FREE_TEXT:
            # A line break typed into a name, code or date cell (Alt+Enter in Excel, <br> in a web
            # export) is not part of it: 张掖市丹霞⏎商贸有限公司 is one name, one entity page.
            broken = stripped.str.contains(_LINE_BREAK_CHAR, regex=True)
            if broken.any():
                stripped = stripped.mask(broken, stripped[broken].str.replace(_LINE_BREAK, "", regex=True))
                self._report_by_file(broken, f.name, "line-break-removed", "单元格中的换行已去掉（名称、代码、日期中不应有换行）")
        self.frame[f.name] = stripped
        self._report(stripped.str.len() > MAX_CELL, f.name, "cell-too-long", ERROR,
                     lambda i: f"超过 {MAX_CELL} 个字符")
        controls = stripped.str.contains(_CONTROL_CHARS, regex=True)
        self._report(controls, f.name, "control-characters", ERROR, lambda i: "含有控制字符")

    def _read_codes(self, f: Field) -> None:
        """Coded values as their words: the field's value map (1/2/3, 法人, 普通许可 ...), the
        parts of a multi-value cell, and `其他-<kind>`, whose kind stays visible (data-contract.md).
        """
        if f.name in (ID_TYPE_FIELD, REP_ID_TYPE_FIELD):
            # 111, 414 …: GA/T 517 codes as the documents they name (schema.ID_DOCUMENT_CODES, h19x), also when
            # written as a float (111.0: values.code_forms).
            col = self.frame[f.name]
            named = _on_distinct(col, lambda values: [table_code(v, ID_DOCUMENT_CODES) or v for v in values], object)
            self.frame[f.name] = _replaced(col, col != "", named)
            return
        if f.type in (ENUM, MULTI_ENUM) and f.codes:
            # A Big5 export's codes in traditional characters (法人及非法人組織, 罰款) are the codes they spell.
            col = self.frame[f.name]
            spelled = _on_distinct(col, lambda values: [simplified_code(v, f.codes) for v in values], object)
            self.frame[f.name] = _replaced(col, col != "", spelled)
        if f.type == MULTI_ENUM and f.codes:
            col = self.frame[f.name]
            canonical = _on_distinct(col, lambda values: [_multi_cell(v, f) for v in values], object)
            self.frame[f.name] = col = _replaced(col, col != "", canonical)
            older = col.str.contains("暂扣或|或者没收", regex=True)  # rare: a 2016-standard export
            if older.any() and PENALTY_CONTENT in self.frame:
                fixed = [resolve_suspend_or_revoke(c, t) for c, t in
                         zip(col[older].tolist(), self.frame.loc[older, PENALTY_CONTENT].tolist())]
                self.frame.loc[older, f.name] = fixed
            return
        if f.type != ENUM or not (f.value_map or "其他" in f.codes):
            return
        col = self.frame[f.name]
        words = dict(f.value_map)
        other_allowed = "其他" in f.codes

        def read(values: list[str]) -> list[tuple[str, str]]:
            out = []
            for v in values:
                # (1.0 or 01.0, a code as pandas and Excel write a number column, is the table's 1: code_forms)
                word = table_code(v, words) or table_code(unicodedata.normalize("NFKC", v), words) or v
                other = split_other(word) if other_allowed and word not in f.codes else None
                out.append(("其他", other[1]) if other else (word, ""))
            return out

        codes, uniques = pd.factorize(col, use_na_sentinel=False)
        read_uniques = read(uniques.tolist())
        words_of = np.asarray([w for w, _ in read_uniques], dtype=object)
        self.frame[f.name] = _replaced(col, col != "", words_of[codes])
        named_uniques = np.asarray([n for _, n in read_uniques], dtype=object)
        if REMARKS in self.frame and (named_uniques != "").any():
            # The code list keeps 其他; the kind it names goes to 备注 so that it stays public.
            named = pd.Series(named_uniques[codes], index=col.index, dtype="str")
            remarks = self.frame[REMARKS]
            note = f.name + "：其他-" + named
            add = (named != "") & ~pd.Series([n in r for n, r in zip(named.tolist(), remarks.tolist())],
                                              index=col.index, dtype=bool)
            joined = remarks.where(remarks == "", remarks + "；") + note
            self.frame[REMARKS] = remarks.mask(add, joined)

    def _derive_category(self) -> None:
        """行政相对人类别 left empty (or its column absent): derived from the party's codes, with a warning."""
        frame = self.frame
        empty = frame[PARTY_CATEGORY_FIELD] == ""
        if not empty.any():
            return
        rows = frame.loc[empty]
        codes = rows[USCC_FIELD].str.upper().tolist()
        valid = valid_uscc_many(codes).tolist()
        derived = pd.Series([derived_category(c, ok, i) for c, ok, i in zip(codes, valid, rows[ID_NUMBER_FIELD].tolist())],
                            index=rows.index, dtype="str")
        # Only a 税务登记号 (a 15-digit old 税号: area code + 组织机构代码, as the tax lists write
        # 纳税人识别号): an organisation, which then needs its credit code (uscc-required names it).
        old_tax = (derived == "") & (rows[USCC_FIELD] == "") & (rows[TAX_REG_NO_FIELD] != "")
        derived = derived.mask(old_tax, ORGANISATION)
        self.old_tax_code_only = set(old_tax[old_tax].index)
        self.id_only = set(derived.index[(derived == NATURAL_PERSON) & (rows[ID_TYPE_FIELD] == "")])
        frame.loc[rows.index, PARTY_CATEGORY_FIELD] = derived
        for category in (ORGANISATION, INDIVIDUAL_BUSINESS, NATURAL_PERSON):
            how = ID_NUMBER_FIELD if category == NATURAL_PERSON else USCC_FIELD
            mask = pd.Series(False, index=frame.index)
            mask.loc[derived.index[(derived == category) & ~old_tax]] = True
            self._report_by_file(mask, PARTY_CATEGORY_FIELD, "party-category-derived",
                                 f"行政相对人类别为空或缺少该列，已按{how}推断为“{category}”，请核实")
        mask = pd.Series(False, index=frame.index)
        mask.loc[list(self.old_tax_code_only)] = True
        self._report_by_file(mask, PARTY_CATEGORY_FIELD, "party-category-derived",
                             f"行政相对人类别为空或缺少该列，只有税务登记号（旧税号），按“{ORGANISATION}”处理，请核实")

    def _business_by_code(self) -> None:
        """A 法人及非法人组织 whose valid credit code is a 个体工商户's (GB 32100: 9 工商, 2 个体工商户) is read as one, with a
        warning: its 法定代表人 is its operator, a person, masked like one (an outsider's thirteenth-pass case: a clerk's
        法人及非法人组织, 1 or 企业 over a 92… code published the operator on every surface)."""
        frame = self.frame
        org = (frame[PARTY_CATEGORY_FIELD] == ORGANISATION) & frame[USCC_FIELD].str.upper().str.startswith("92")
        if not org.any():
            return
        codes = frame.loc[org, USCC_FIELD].str.upper().tolist()
        business = pd.Series(False, index=frame.index)
        business.loc[org[org].index] = valid_uscc_many(codes)
        if not business.any():
            return
        frame.loc[business, PARTY_CATEGORY_FIELD] = INDIVIDUAL_BUSINESS
        self._report_by_file(business, PARTY_CATEGORY_FIELD, "party-category-from-code",
                             f"行政相对人类别填为{ORGANISATION}，但统一社会信用代码以 92 开头（个体工商户），"
                             f"已按{INDIVIDUAL_BUSINESS}处理，请核实")

    def _check_fines(self) -> None:
        """A 罚款金额 written in 元 is read as 元; one 10,000 times too large is never published."""
        frame = self.frame
        name = FINE
        col = frame[name]
        number = _finite(col)  # cells refused as bad-amount are left as written: not numbers here
        content = frame[PENALTY_CONTENT]
        # Only figures of 1 万元 and more can be a 元 figure in the wrong column (no fine is below 1 元).
        suspect = (number >= 1) & (content != "")
        if suspect.any():
            pairs = col[suspect] + "\x1f" + content[suspect]
            verdicts = _on_distinct(pairs, lambda values: [check_fine(float(v.split("\x1f", 1)[0]), v.split("\x1f", 1)[1])
                                                          for v in values], object)
            verdict = pd.Series("", index=frame.index, dtype=object)
            verdict[suspect] = [v[0] for v in verdicts]
            as_yuan = verdict == "yuan"
            if as_yuan.any():
                converted = [parse_amount(repr(v[1]))[0] for v in verdicts if v[0] == "yuan"]
                frame.loc[as_yuan, name] = converted
                number = _finite(frame[name])
                self._report_by_file(as_yuan, name, "amount-read-as-yuan",
                                     "罚款金额与处罚内容所写的元数相同，按元读取并换算为万元，请核实")
            self._report(verdict == "too-large", name, "amount-implausible", ERROR,
                         lambda i: f"{frame.at[i, name]} 万元是处罚内容所写金额的一千倍以上，单位应为万元，请核对")
            self._report_by_file(verdict == "mismatch", name, "amount-mismatch", "罚款金额与处罚内容所写金额不一致，请核实")
            unconfirmed = (verdict == "none") & (number >= UNCONFIRMED_FINE)
            if PROCEDURE in frame:  # a 简易程序 fine has its own, lower bound below
                unconfirmed &= frame[PROCEDURE] != "简易"
            self._report(unconfirmed, name, "amount-implausible", ERROR,
                         lambda i: f"{frame.at[i, name]} 万元在 {UNCONFIRMED_FINE:g} 万元以上，处罚内容没有写明金额可以核对，"
                                   "可能把元填成了万元：如单位是元，请改为万元；如确为该金额，请在处罚内容中写明（如“罚款"
                                   f"{frame.at[i, name]}万元”）")
        if PROCEDURE in frame:
            simple = (frame[PROCEDURE] == "简易") & (number > SUMMARY_PROCEDURE_MAX)
            self._report(simple.fillna(False).astype(bool), name, "amount-implausible", ERROR,
                         lambda i: f"简易程序罚款不超过 3000 元（0.3 万元），此处为 {frame.at[i, name]} 万元，请核对单位")

    def _derive_domain(self) -> None:
        """所属领域 left empty: derived from the issuing body, legal basis and violation (the one-year minimum)."""
        frame = self.frame
        empty = frame[DOMAIN] == ""
        if not empty.any():
            return
        sources = [c for c in DOMAIN_SOURCES if c in frame]
        joined = frame.loc[empty, sources[0]]
        for c in sources[1:]:
            joined = joined + "\x1f" + frame.loc[empty, c]
        derived = pd.Series(_on_distinct(joined, lambda values: [
            derived_domain(dict(zip(sources, v.split("\x1f")))) for v in values], object), index=joined.index,
            dtype="str")
        found = derived[derived != ""]
        if found.empty:
            return
        frame.loc[found.index, DOMAIN] = found
        # Counted for the report, not one warning per file: most exports have no 所属领域 at all.
        for domain, n in found.value_counts().sort_index().items():
            self.derived[f"domain:{domain}"] = int(n)

    def _check_field(self, f: Field, category: pd.Series | None) -> None:
        col = self.frame[f.name]
        empty = col == ""
        if f.required and self.kind.control and f.name == CONTROL_EFFECT[self.kind.name][1]:
            pass  # an empty date is said once, with the date it takes effect on (_control_fail_safe)
        elif f.required and self.kind.control and f.name not in CONTROL_ROW_NEEDS:
            # (One warning per file: a platform's repair list often has no such column at all.)
            self._report_by_file(empty, f.name, "control-value-missing", "为空" + CONTROL_KEPT_NOTE, counted=False)
        elif f.required and self.kind.control and USCC_FIELD in self.frame:
            # A repair naming the party's credit code and no number: it applies to the party's entries of
            # the lists that carry no number of their own (contract.KindRules.matched_by_party).
            code = _control_code(self.frame[USCC_FIELD])
            # (Or its old 15-digit 工商注册号: a 移出经营异常名录 decision names the enterprise by it, h9s.)
            by_party = empty & (code != "") & (_on_distinct(code, valid_uscc_many, bool) | code.str.fullmatch(REG_NO_SHAPE))
            self._report_by_file(by_party, f.name, "control-by-party",
                                 "为空：按统一社会信用代码处理该主体在严重失信主体名单、守信激励名单中的记录（不再公示），"
                                 "其他类别的记录需填写原决定文书号", counted=False)
            self._report(empty & ~by_party, f.name, "missing-value", ERROR,
                         lambda i: "必填字段为空：找不到要修复或撤销的原记录，该行未生效（原记录如已公示，仍在网站上），"
                                   "请补填原决定文书号或统一社会信用代码")
        elif f.required and self.kind.control:
            self._report(empty, f.name, "missing-value", ERROR,
                         lambda i: "必填字段为空：找不到要修复或撤销的原记录，该行未生效（原记录如已公示，仍在网站上），"
                                   "请补填原决定文书号")
        elif f.required:
            self._report(empty, f.name, "missing-value", ERROR, lambda i: "必填字段为空")
        present = ~empty
        if f.type in (IDENT, USCC):
            # A long code Excel showed as 9.16207E+17 and a CSV kept so: its digits are lost and cannot be
            # restored, and 6.20702E+14 was published as a 工商注册号 (hx8). Never published as a code.
            sci = present & col.str.match(_SCIENTIFIC)
            if sci.any():
                # An identity number written so (6.20702199001016E+17) is the privacy rules' to withhold:
                # the record publishes without it (privacy.md), as for an ID typed whole into the column.
                sci &= ~col.where(sci, "").map(_holds_personal_id)
                self._report(sci, f.name, "code-scientific", ERROR,
                             lambda i: f"{self._public(f, i)} 是科学计数法（Excel 把长数字显示成这样），后面的位数已丢失，"
                                       "无法还原：请在源系统或 Excel 中把该列设为文本后重新导出")
                present = present & ~sci
        if f.type == DATE:
            self._check_dates(f, present)
        elif f.type == AMOUNT:
            # read_amount gives no number exactly when it gives the code "bad-amount".
            read = _on_distinct(col, lambda values: [read_amount(v) if v else ("", None, False) for v in values],
                                object)
            number = np.asarray([r[0] for r in read], dtype=object)
            failed = present & pd.isna(number)
            def amount_message(i: int) -> str:
                text = f"{self._public(f, i)} 不是非负数字（单位万元）"
                if _RATE.search(str(self.frame.at[i, f.name])):
                    # 2000元/次: a rate, not the amount decided; the total cannot be known from it (h10x).
                    text += "：这是按次、按日等计的标准，不是罚款总额，请填写决定的金额"
                return text

            self._report(failed, f.name, "bad-amount", ERROR, amount_message)
            converted = present & ~failed & np.asarray([r[2] for r in read], dtype=bool)
            self._report_by_file(converted, f.name, "amount-converted", "金额写为“元”或中文大写，已换算为万元")
            self.frame[f.name] = _replaced(col, present & ~failed, number)
        elif f.type == USCC:
            upper = _control_code(col) if self.kind.control else col.str.upper()
            # Typed in full-width (９１６２…), with a space or a hyphen between its parts, or carrying a zero-width
            # space from a web page: the code is its 18 characters when they then pass the GB 32100 check (h9x: such
            # rows were refused as bad-uscc). A value that fails either way is reported as written.
            spelled = _on_distinct(upper, lambda values: [_code_spelled(v) for v in values], object)
            respelled = present & (spelled != upper)
            self._report_by_file(respelled, f.name, "uscc-respelled",
                                 "统一社会信用代码含全角字符、空格、连字符或不可见字符，已按 18 位代码读取", counted=False)
            upper = pd.Series(spelled, index=upper.index, dtype=upper.dtype)
            self.frame[f.name] = upper
            allowed_placeholder = (f.name == USCC_FIELD and category is not None
                                   and self.kind.has_party)
            invalid = present & ~_on_distinct(upper, valid_uscc_many, bool)
            if allowed_placeholder:
                invalid &= ~((upper == PLACEHOLDER_USCC) & (category == INDIVIDUAL_BUSINESS))
            self._report(invalid, f.name, "bad-uscc", ERROR,
                         lambda i: "统一社会信用代码被打码（含“*”，公开网站上的名单如此），无法核对：请向发布机关"
                                   "取得未打码的名单或代码后重新导出" if MASKED_CODE.search(str(self.frame.at[i, f.name]))
                         else f"{self._public(f, i)} 不是有效的统一社会信用代码：{uscc_fault(str(self.frame.at[i, f.name]))}。"
                              f"{_USCC_ACTION}")
            if allowed_placeholder and category is not None:
                # An identity number typed into the credit-code column passes the GB 32100 check about
                # once in 31 and would be published as a code: never a row's own ID, never for people.
                looks_like_id = _on_distinct(upper, lambda values: [
                    len(v) == 18 and day != "" for v, day in zip(values, ric_birth_dates(values))], bool)
                own_id = present & ((upper == self.frame[ID_NUMBER_FIELD].str.upper())
                                    | (upper == self.frame[REP_ID_NUMBER_FIELD].str.upper()))
                suspicious = ~invalid & (own_id | (looks_like_id & (category != ORGANISATION)))
                self._report(suspicious, f.name, "bad-uscc", ERROR,
                             lambda i: "该值是身份证号码，不是统一社会信用代码（不显示该值）。"
                                       "自然人请把类别填为“自然人”、代码留空；组织或个体工商户" + _USCC_ACTION)
                invalid = invalid | suspicious
            region = self.settings.region_prefix
            if region:
                outside = present & ~invalid & (upper != PLACEHOLDER_USCC) & (upper.str[2:8].str[: len(region)] != region)
                if f.name == USCC_FIELD:
                    self._report(outside, f.name, "uscc-outside-region", WARNING,
                                 lambda i: f"登记地区代码不以 {region} 开头，请核实")
        elif f.type in (ENUM, MULTI_ENUM) and f.codes:
            if f.type == ENUM:
                unknown = present & ~col.isin(f.codes)
            else:
                unknown = present & ~_on_distinct(col, lambda values: [multi_codes(v, f)[1] for v in values], bool)
            def unknown_message(i: int) -> str:
                text = f"{self._public(f, i)} 不在代码表中（可选：{'、'.join(f.codes)}）"
                if re.fullmatch(r"[\d;；、,，\s]+", str(self.frame.at[i, f.name])):
                    # A system's own numeric codes: no national table says what they mean, so the staff do.
                    text += (f"；如是本系统的数字代码，请在本文件夹的 columns.toml 中写明其含义，"
                             f"如 [values.\"{f.name}\"] \"1\" = \"{f.codes[0]}\"")
                elif f.type == ENUM and not re.fullmatch(r"[\d.\s]+", str(self.frame.at[i, f.name])):
                    text += self._word_advice(f, i)  # (1.5 is no one's name for a code: no advice)
                return text

            self._report(unknown, f.name, "unknown-code", ERROR, unknown_message)

    def _word_advice(self, f: Field, i: int) -> str:
        """What a clerk can do about a word not in a field's code list (h22e action-category-words): a 权力清单 type
        of another kind (行为类别 行政许可) goes into that kind's folder; any other word is the system's own name
        for one of the codes, which the folder's columns.toml says (as it says a system's numeric codes)."""
        value = str(self.frame.at[i, f.name]).strip()
        other_kind = KIND_TITLES_FOR_CONTROL.get(value, "") if f.name == ACTION_CATEGORY else ""
        if other_kind and other_kind != self.kind.name:
            return f"；{value}信息不是{self.kind.title}，请放入 {other_kind} 文件夹（{KINDS[other_kind].title}）"
        # The word itself as the example line, unless it may be personal (a name typed there: the quoted value is
        # masked in the message, so is the line's copy) or would break the TOML line.
        from generator import detect

        quotable = (self._public(f, i) == f"“{value}”" and '"' not in value
                    and detect.mask(value, person=True, names=True) == value)
        example = value if quotable else "本系统的写法"
        return (f"；如是本系统对其中某一类的叫法，请在本文件夹的 columns.toml 中写明它是哪一类，"
                f"如 [values.\"{f.name}\"] \"{example}\" = \"{f.codes[0]}\"（按实际含义选上列之一）；"
                f"上列都不是的，不能按{self.kind.title}公示")

    def _check_dates(self, f: Field, present: pd.Series) -> None:
        col = self.frame[f.name]
        # Dates repeat a lot: each distinct text is parsed once; empty cells are not parsed.
        index, uniques = pd.factorize(col, use_na_sentinel=False)
        long_term = f.name in END_DATE_FIELDS  # 长期 / 永久 / 2099-12-31: no end (LONG_TERM)
        read = (lambda v: _birth_date(v, self.as_of)) if f.name == BIRTH_DATE_FIELD else lambda v: parse_date(v, long_term)
        parsed = [read(v) if v else ("", None) for v in uniques.tolist()]
        codes = np.asarray([code for _, code in parsed], dtype=object)[index]
        for code in ("bad-date", "impossible-date"):
            self._report(pd.Series(codes == code, index=col.index), f.name, code, ERROR,
                         lambda i: f"{self._public(f, i)} 日和月的先后无法确定（可能是“日-月-年”，也可能是“月-日-年”），"
                                   "请改为年在前的写法（如 2026-01-05 或 2026年1月5日）"
                         if ambiguous_date(col.at[i]) else
                         f"{self._public(f, i)} 只有年和月，缺少日（公示期从具体日期起算，不能推测），请写出完整日期（如 2026年11月3日）"
                         if month_only_date(col.at[i]) else
                         # 评价年度 2025 mapped to 评价日期 as the first message advised (h20e case 12): a year is no day.
                         f"{self._public(f, i)} 只有年份，不是日期（公示期从具体日期起算，不能推测）：如全表是同一次公布的"
                         f"结果，请在本文件夹 columns.toml 的 [defaults] 中写 \"{f.name}\" = \"2026-03-05\"（公布结果的日期），"
                         "并删去把年份列对应为该字段的那一行；否则请写出完整日期"
                         if year_only_date(col.at[i]) else
                         f"{self._public(f, i)} 不是有效日期（如 2026-03-05、2026/3/5、2026年3月5日、2026.3.5 或 20260305）")
        good = present & pd.isna(codes)
        self.frame[f.name] = _replaced(col, good, np.asarray([iso for iso, _ in parsed], dtype=object)[index])
        if f.name == self.kind.decision_date:
            future = good & (self.frame[f.name] > self.as_of.isoformat())
            self._report(future, f.name, "date-in-future", ERROR,
                         lambda i: f"日期晚于发布基准日 {self.as_of.isoformat()}")

    def _check_date_order(self) -> None:
        pairs = [(VALID_FROM, VALID_UNTIL), (self.kind.decision_date, VALID_UNTIL),
                 (self.kind.decision_date, PENALTY_VALID_UNTIL)]
        frame = self.frame
        for start, end in pairs:
            if start and start in frame and end in frame and start != end:
                a, b = frame[start], frame[end]
                iso = a.str.match(r"^\d{4}-\d\d-\d\d$") & b.str.match(r"^\d{4}-\d\d-\d\d$")
                def message(_: int, text: str = f"早于“{start}”") -> str:
                    return text

                self._report(iso & (b < a), end, "date-order", ERROR, message)
                return

    def _check_party(self) -> None:
        frame = self.frame
        category = frame[PARTY_CATEGORY_FIELD]
        uscc = frame[USCC_FIELD]
        org = category == ORGANISATION
        self._report(org & (uscc == ""), USCC_FIELD, "uscc-required", ERROR,
                     lambda i: f"没有统一社会信用代码，只有税务登记号（{_old_tax_number_words(str(frame.at[i, TAX_REG_NO_FIELD]))}）；"
                               "请核实并补充统一社会信用代码"
                     if i in self.old_tax_code_only else "法人及非法人组织必须填写统一社会信用代码")

        business = category == INDIVIDUAL_BUSINESS
        placeholder = business & uscc.isin([PLACEHOLDER_USCC, ""]) & (frame[REG_NO_FIELD] == "")
        self._report(placeholder, REG_NO_FIELD, "placeholder-needs-reg-no", ERROR,
                     lambda i: "个体工商户无统一社会信用代码时必须填写工商注册号")
        person = category == NATURAL_PERSON
        self._report(person & ((frame[ID_NUMBER_FIELD] == "") | (frame[ID_TYPE_FIELD] == "")), ID_NUMBER_FIELD,
                     "id-required", ERROR,
                     lambda i: "行政相对人只有身份证号码（不显示号码，如纳税人识别号即身份证号），没有统一社会信用代码，"
                               "无法确定类别；个体工商户请补充统一社会信用代码或工商注册号，自然人请填写证件类型"
                     if i in self.id_only else "自然人必须填写证件类型和证件号码")
        for type_col, number_col, severity in ((ID_TYPE_FIELD, ID_NUMBER_FIELD, ERROR),
                                               (REP_ID_TYPE_FIELD, REP_ID_NUMBER_FIELD, WARNING)):
            numbers = frame[number_col].str.upper()
            # An 18-character number under no type, or under a bare code no list says (1, 01 …), is checked as a 身份证's.
            is_ric = frame[type_col].str.contains("身份证", regex=False) | (
                ((frame[type_col] == "") | frame[type_col].str.fullmatch(r"\d{1,3}")) & numbers.str.len().eq(18))
            bad = is_ric & (numbers != "") & _on_distinct(
                numbers, lambda values: [day == "" for day in ric_birth_dates(values)], bool)
            masked = numbers.str.contains(MASKED_CODE)
            # 6.20702E+17: a number Excel showed in scientific notation and a CSV kept so (h20e case 14), told as the
            # credit code's is, never quoted.
            scientific = bad & numbers.str.match(_SCIENTIFIC)
            self._report(scientific, number_col, "code-scientific", severity,
                         lambda i: "号码是科学计数法（Excel 把长数字显示成这样，不显示号码），后面的位数已丢失，无法还原："
                                   "请在源系统或 Excel 中把该列设为文本后重新导出")
            self._report(bad & ~masked & ~scientific, number_col, "bad-id-number", severity,
                         lambda i: "身份证号码格式或校验位错误（不显示号码）")
            self._report(bad & masked, number_col, "bad-id-number", severity,
                         lambda i: "身份证号码被打码（含“*”，公开网站上的名单如此），无法核对（不显示号码）："
                                   "请向发布机关取得未打码的名单后重新导出")

    def _check_party_looks_like_person(self) -> None:
        """A 法人及非法人组织 row whose party looks like a natural person is rejected (issue 16):
        no valid credit code and a name without any organisational word, or a name equal to its
        own 法定代表人. Publishing it as an organisation would show a person's name and codes."""
        frame = self.frame
        org = frame[PARTY_CATEGORY_FIELD] == ORGANISATION
        if not org.any():
            return
        names = frame[PARTY_NAME_FIELD].astype(str).str.strip()
        valid = pd.Series(valid_uscc_many(frame[USCC_FIELD].astype(str).str.upper().tolist()),
                          index=frame.index)
        organisational = names.str.contains(_ORG_WORDS, regex=True)
        own_rep = (names != "") & (names == frame[REP_FIELD].astype(str).str.strip())
        # A bare person's name (a surname and one or two characters, nothing else) is one whatever the
        # code: a 2016-layout row whose category is derived from a valid 91… code (adversarial round 4).
        bare = names.map(_bare_person_name) & ~organisational
        self._report(org & (names != "") & ((~valid & ~organisational) | own_rep | bare), PARTY_NAME_FIELD,
                     "party-looks-like-person", ERROR,
                     lambda i: "类别为法人及非法人组织，但没有有效的统一社会信用代码且名称不含组织用语，"
                               "或名称与其法定代表人相同，像是自然人（不显示名称）；请核实类别")

    def _check_duplicates(self) -> None:
        """Rows of one key (number and issuer): copies of one record (one kept, a warning), the parties of one
        decision naming several (each kept: one record per party), or a conflict (every row rejected, the message
        naming the other row and the columns that differ). A value a file did not write (`UNWRITTEN`: no column,
        so empty or a default, such as the 2016 standard's 处罚有效期 长期) is never compared: the written one wins."""
        frame = self.frame
        key = self.kind.key
        if not key:
            return
        keys = record_key(frame, self.kind)
        # `〔2026〕`, `[2026]`, `（２０２６）` are one number (data-contract.md): compared normalised.
        keys = pd.Series(_on_distinct(keys, normalize_decision_nos, object), index=frame.index, dtype="str")
        issuer = frame[self.kind.issuer_code] if self.kind.issuer_code else pd.Series("", index=frame.index)
        candidates = frame.index.difference(list(self.errors))
        ident = keys.loc[candidates] + "\x1f" + issuer.loc[candidates]
        ident = ident[keys.loc[candidates] != ""]
        dup = ident[ident.duplicated(keep=False)]
        if dup.empty:
            return
        # Rows that differ only in how the number is written are copies of one record.
        content_cols = [c for c in self.kind.names if c not in (key, self.kind.key_fallback)]
        own = set(PARTY_BLOCK) | set(KIND_RULES[self.kind.name].per_party) if self.kind.has_party else set()
        decision_cols = [c for c in content_cols if c not in own]
        # The cells of the rows compared, read once (a cell looked up with `.at` per comparison was most of the time).
        read = [*content_cols, FILE, ROW, *([UNWRITTEN] if UNWRITTEN in frame else [])]
        picked = frame.loc[dup.index, read]
        columns = [picked[c].tolist() for c in read]
        self._cells = {i: dict(zip(read, values)) for i, values in zip(picked.index.tolist(), zip(*columns))}
        self._several_parties: list[int] = []
        for _, group in dup.groupby(dup):
            self._one_key([int(i) for i in group.index], content_cols, decision_cols)
        # One warning per file, its rows listed: an export of many 共同违法 decisions would otherwise give a line per row.
        self._report_by_file(frame.index.isin(self._several_parties), self.kind.key, "decision-several-parties",
                             "文书号与机关代码相同、当事人不同、决定内容一致，视为同一决定的多个当事人（共同违法），每个当事人各公示一条"
                             "记录；如不是同一决定，请改正文书号", counted=False)

    def _unwritten(self, i: int) -> set[str]:
        bits = int(self._cells[i].get(UNWRITTEN, 0))
        if bits not in self._unwritten_of:
            self._unwritten_of[bits] = unwritten_fields(self.kind, bits)
        return self._unwritten_of[bits]

    def _differing(self, i: int, j: int, cols: list[str]) -> tuple[list[str], list[str]]:
        """The columns of `cols` rows i and j write differently, and those only one of them writes (with
        another value than the other's default or empty cell)."""
        row_i, row_j = self._cells[i], self._cells[j]
        skipped_i, skipped_j = self._unwritten(i), self._unwritten(j)
        differ: list[str] = []
        one_side: list[str] = []
        for c in cols:
            if row_i[c] != row_j[c]:
                (one_side if c in skipped_i or c in skipped_j else differ).append(c)
        return differ, one_side

    def _one_key(self, rows: list[int], content_cols: list[str], decision_cols: list[str]) -> None:
        cells = self._cells
        where = {i: f"{cells[i][FILE]} 第 {cells[i][ROW]} 行" for i in rows}
        conflicts: dict[int, str] = {}
        kept: list[int] = []
        for party in self._parties(rows):
            # The copy that writes the most fields stands for the party's record (a 2019 export before a 2016 one).
            first = min(party, key=lambda i: (len(self._unwritten(i)), party.index(i)))
            copies = [i for i in party if i != first]
            differing = {i: self._differing(first, i, content_cols) for i in copies}
            clash = [i for i in copies if differing[i][0]]
            if clash:
                for i in party:
                    other = clash[0] if i == first or not differing[i][0] else first
                    cols = self._differing(i, other, content_cols)[0]
                    conflicts[i] = (f"与{where[other]}文书号与机关代码相同、当事人相同，但“{'、'.join(cols)}”不同"
                                    "（不显示其值）")
                continue
            for i in copies:
                self._merge_copy(first, i, differing[i][1], where)
            kept.append(first)
        if len(kept) > 1:
            for i in kept[1:]:
                cols = self._differing(kept[0], i, decision_cols)[0]
                if cols:  # one decision's facts differ between its parties: not one decision
                    for j, other in ((kept[0], i), (i, kept[0])):
                        conflicts.setdefault(j, f"与{where[other]}文书号与机关代码相同（当事人不同），但决定内容"
                                                f"“{'、'.join(cols)}”不同；同一决定的各当事人，这些列应相同（不显示其值）")
        if conflicts:
            # The whole decision waits until it is put right: no party of it is published in the meantime.
            rejected = [i for i in rows if i in conflicts or i in kept]
            mask = pd.Series(False, index=self.frame.index)
            mask.loc[rejected] = True
            self._report(mask, self.kind.key, "conflicting-duplicate", ERROR,
                         lambda i: conflicts.get(i) or "文书号与机关代码相同的其他行有冲突（见这些行的说明），一并拒绝")
            return
        if len(kept) > 1:
            self._fill_across_parties(kept, decision_cols)
            self._several_parties.extend(kept)

    def _parties(self, rows: list[int]) -> list[list[int]]:
        """`rows` by party (one list: a kind without a party block): rows sharing a code (credit code, 注册号,
        organisation code, ID number) name one party, and rows of one name whose codes do not contradict (a 2016
        export with the 注册号 only, the 2019 one with the credit code only). Near-linear in the rows: a list decision
        (one 认定文号 for thousands of entities) is one group."""
        cells = self._cells
        if not self.kind.has_party:
            return [rows]
        owner = {i: i for i in rows}

        def root(i: int) -> int:
            while owner[i] != i:
                owner[i] = owner[owner[i]]
                i = owner[i]
            return i

        codes: dict[int, dict[str, str]] = {}
        first_of: dict[tuple[str, str], int] = {}
        by_name: dict[str, list[int]] = {}
        for i in rows:
            spelled = {c: _code_spelled(str(cells[i][c])) for c in _PARTY_IDS}
            codes[i] = {c: v for c, v in spelled.items() if v and v != PLACEHOLDER_USCC}
            for identifier in codes[i].items():
                if identifier in first_of:
                    owner[root(i)] = root(first_of[identifier])
                else:
                    first_of[identifier] = i
            by_name.setdefault(str(cells[i][PARTY_NAME_FIELD]).strip(), []).append(i)
        for name, named in by_name.items():
            # Rows that all have a credit code are told apart by it; a row without one may be a coded row's party.
            uncoded = [i for i in named if USCC_FIELD not in codes[i]] if name and len(named) > 1 else []
            for i in uncoded:
                for j in named:
                    if j != i and not any(codes[j].get(c, v) != v for c, v in codes[i].items()):
                        owner[root(j)] = root(i)
        by_root: dict[int, list[int]] = {}
        for i in rows:
            by_root.setdefault(root(i), []).append(i)
        return list(by_root.values())

    def _merge_copy(self, kept: int, copy: int, one_side: list[str], where: dict[int, str]) -> None:
        """Drop `copy` of the record `kept` stands for; a field `kept` did not write takes the copy's written value."""
        cells = self._cells
        self.duplicates.add(copy)
        if not one_side:
            self.problems.append(Problem(self.kind.name, cells[copy][FILE], int(cells[copy][ROW]), self.kind.key,
                                         "duplicate-record", WARNING, f"{where[copy]}与{where[kept]}完全相同，只保留一行"))
            return
        taken = [c for c in one_side if c in self._unwritten(kept) and c not in self._unwritten(copy)]
        for c in taken:
            self._set(kept, c, cells[copy][c])
        said = [f"“{c}”以{where[copy] if c in taken else where[kept]}所写的为准" for c in one_side]
        self.problems.append(Problem(
            self.kind.name, cells[copy][FILE], int(cells[copy][ROW]), self.kind.key, "duplicate-record", WARNING,
            f"{where[copy]}与{where[kept]}是同一记录（文书号、机关代码、当事人相同），只保留一行；"
            f"其中一个文件没有这些列（取的是默认值或空）：{'；'.join(said)}"))

    def _fill_across_parties(self, kept: list[int], decision_cols: list[str]) -> None:
        """The decision's facts one party's row did not write, from another party's row that wrote them."""
        writer: dict[str, int | None] = {}
        for i in kept:
            for c in self._unwritten(i) & set(decision_cols):
                if c not in writer:
                    writer[c] = next((j for j in kept if c not in self._unwritten(j)), None)
                source = writer[c]
                if source is not None:
                    self._set(i, c, self._cells[source][c])

    def _set(self, i: int, column: str, value: Any) -> None:
        """A cell of a row compared, in the frame and in the cells read (`_cells`)."""
        self.frame.at[i, column] = value
        self._cells[i][column] = value


# The codes that name a party in the duplicate checks (`_KindChecker._parties`).
_PARTY_IDS = (USCC_FIELD, REG_NO_FIELD, ORG_CODE_FIELD, ID_NUMBER_FIELD)

_YEAR_MONTH = re.compile(r"^(\d{4})(?:[-/.年]\s*(\d{1,2})\s*月?|(\d{2}))$")


def _birth_date(text: str, as_of: dt.date | None = None) -> tuple[str | None, str | None]:
    """A 出生日期 / 出生年月 cell: a date as `parse_date` reads it, or a year and month (1980-01, 1980年1月,
    1980.1, 198001), read as the month's LAST day: the youngest reading, so that a person who may still
    have been a minor on the decision date is withheld (privacy first).

    Six digits whose first four are no year of a living person's birth (before `as_of`'s year less 120, or
    after it) are the date as a passport's machine-readable zone prints it, YYMMDD (ICAO Doc 9303 Part 3,
    4.2.2: 080902 is 2 September 2008; fifteenth pass, h20o L8, where it was read as the month 0809-02 and the
    minor published): the century is the latest that puts the day on or before `as_of` (the younger reading)."""
    iso, code = parse_date(text)
    if iso is not None:
        return iso, code
    value = unicodedata.normalize("NFKC", text).strip()
    m = _YEAR_MONTH.match(value)
    if not m:
        return iso, code
    year, month = int(m[1]), int(m[2] or m[3])
    today = as_of or dt.date.today()
    if m[3] and not today.year - 120 <= year <= today.year:
        return _machine_readable_birth(value, today)
    if not 1 <= month <= 12:
        return None, "impossible-date"
    return dt.date(year, month, calendar.monthrange(year, month)[1]).isoformat(), None


def _machine_readable_birth(digits: str, as_of: dt.date) -> tuple[str | None, str | None]:
    """YYMMDD (see `_birth_date`) as an ISO date in the latest century not after `as_of`, or impossible-date."""
    yy, month, day = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    for century in (as_of.year // 100 * 100, as_of.year // 100 * 100 - 100):
        try:
            born = dt.date(century + yy, month, day)
        except ValueError:
            return None, "impossible-date"
        if born <= as_of:
            return born.isoformat(), None
    return None, "impossible-date"
