"""Validate stage: check every row against the data contract; reject, never stop.

Entry point: `validate_records(sources, as_of, settings)`. Checks run column by column
over the distinct values of a column (codes and dates repeat a lot), so the cost grows
with the number of distinct values rather than with Python work per row; the two check
digits are computed with NumPy over whole columns (`valid_uscc_many`, `ric_birth_dates`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from stdnum.cn import ric as stdnum_ric
from stdnum.cn import uscc as stdnum_uscc

from generator.load import EXTRA_CELLS, FILE, ROW, Sources
from generator.problems import ERROR, WARNING, Problem
from generator.schema import (
    AMOUNT,
    DATE,
    ENUM,
    INDIVIDUAL_BUSINESS,
    MULTI_ENUM,
    NATURAL_PERSON,
    NEVER,
    ORGANISATION,
    PLACEHOLDER_USCC,
    USCC,
    Field,
    Kind,
)
from generator.settings import Settings

MAX_CELL = 10_000
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LONG_DIGITS = re.compile(r"\d{11,}")
# Words that make a name an organisation's (a person's name holds none of them).
_ORG_WORDS = (r"公司|集团|厂|店|社|中心|院|校|局|所|部|会|馆|行|站|场|园|室|队|处|委|办|坊|铺|吧|厅|城|楼|基地|银行|"
              r"合作|协会|联合|大学|学校|医院|超市|商贸|贸易|门市|食堂|诊所|药房|农场|牧场|养殖|种植|企业|单位|政府|"
              r"事务|研究|组|团|宫|苑|轩|阁|斋|堂|庄|号|部门|机构|Co|Ltd|Inc")
_MULTI_SPLIT = re.compile(r"[;；、,，]")
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


@dataclass
class Validated:
    """What the validate stage hands on."""

    kinds: dict[str, ValidKind]
    problems: list[Problem]


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


_DATE_FORMATS = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"),
    re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"),
)
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def parse_date(text: str) -> tuple[str | None, str | None]:
    """(ISO date, None) or (None, problem code) for one date cell."""
    value = text.strip()
    if " " in value or "T" in value:  # a datetime from a spreadsheet: the date part counts
        value = re.split(r"[ T]", value, maxsplit=1)[0]
    for pattern in _DATE_FORMATS:
        m = pattern.match(value)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat(), None
            except ValueError:
                return None, "impossible-date"
    if re.fullmatch(r"\d{5}(\.0+)?", value):  # an Excel serial day number exported as text
        return (_EXCEL_EPOCH + dt.timedelta(days=int(float(value)))).isoformat(), None
    return None, "bad-date"


def parse_amount(text: str) -> tuple[str | None, str | None]:
    """(normalised number text, None) or (None, 'bad-amount')."""
    value = text.strip().replace(",", "")
    try:
        number = float(value)
    except ValueError:
        return None, "bad-amount"
    if number < 0 or number != number or number in (float("inf"), float("-inf")):
        return None, "bad-amount"
    # Exports carry float noise (0.30000000000000004); six decimals of 万元 is 0.01 yuan.
    return f"{round(number, 6):.6f}".rstrip("0").rstrip("."), None


def validate_records(sources: Sources, as_of: dt.date, settings: Settings) -> Validated:
    """Check every row; rejected rows are counted and logged, the others normalised."""
    problems: list[Problem] = []
    kinds: dict[str, ValidKind] = {}
    for name, loaded in sources.kinds.items():
        checker = _KindChecker(loaded.kind, loaded.frame.copy(), as_of, settings)
        kinds[name] = checker.run()
        problems.extend(checker.problems)
    return Validated(kinds, problems)


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

    # -- reporting ---------------------------------------------------------------------------
    def _report(self, mask: pd.Series, column: str | None, code: str, severity: str,
                message: Callable[[int], str]) -> None:
        if not mask.any():  # the usual case: most checks find nothing
            return
        for i in mask[mask].index:
            row = self.frame.at[i, ROW]
            file = self.frame.at[i, FILE]
            self.problems.append(Problem(self.kind.name, file, int(row), column, code, severity,
                                         f"{file} 第 {row} 行“{column or '整行'}”：{message(i)}"))
            if severity == ERROR:
                self.errors.setdefault(i, []).append(code)

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
        return f"“{value[:40]}”"

    # -- the checks ----------------------------------------------------------------------------
    def run(self) -> ValidKind:
        frame = self.frame
        read = len(frame)
        if not read:
            empty = pd.DataFrame({FILE: [], ROW: [], "codes": []})
            return ValidKind(self.kind, frame.drop(columns=[EXTRA_CELLS]), 0, 0, empty)
        self._report(frame[EXTRA_CELLS].astype(bool), None, "row-extra-cells", ERROR,
                     lambda i: "单元格数量多于表头")
        for f in self.kind.fields:
            self._check_text(f)
        category = frame["行政相对人类别"] if self.kind.has_party else None
        for f in self.kind.fields:
            self._check_field(f, category)
        if self.kind.has_party:
            self._check_party()
            self._check_party_looks_like_person()
        if self.kind.key_fallback:
            neither = (frame[self.kind.key] == "") & (frame[self.kind.key_fallback] == "")
            self._report(neither, self.kind.key, "missing-value", ERROR,
                         lambda i: f"“{self.kind.key}”与“{self.kind.key_fallback}”至少填写一项")
        self._check_date_order()
        if not self.kind.control:
            self._check_duplicates()
        bad = sorted(self.errors)
        rejected_rows = pd.DataFrame({
            FILE: frame.loc[bad, FILE].tolist(), ROW: frame.loc[bad, ROW].tolist(),
            "codes": [",".join(dict.fromkeys(self.errors[i])) for i in bad],
        })
        dropped = sorted(set(bad) | self.duplicates)
        accepted = frame.drop(index=dropped).drop(columns=[EXTRA_CELLS]).reset_index(drop=True)
        return ValidKind(self.kind, accepted, read, len(bad), rejected_rows, len(self.duplicates - set(bad)))

    def _check_text(self, f: Field) -> None:
        col = self.frame[f.name].astype(str)
        stripped = col.str.strip()
        changed = (col != stripped) & (stripped != "")
        if f.privacy != NEVER:
            self._report(changed, f.name, "whitespace-trimmed", WARNING, lambda i: "首尾空白已去除")
        self.frame[f.name] = stripped
        self._report(stripped.str.len() > MAX_CELL, f.name, "cell-too-long", ERROR,
                     lambda i: f"超过 {MAX_CELL} 个字符")
        controls = stripped.str.contains(_CONTROL_CHARS, regex=True)
        self._report(controls, f.name, "control-characters", ERROR, lambda i: "含有控制字符")

    def _check_field(self, f: Field, category: pd.Series | None) -> None:
        if f.value_map:
            self.frame[f.name] = self.frame[f.name].replace(dict(f.value_map))
        col = self.frame[f.name]
        empty = col == ""
        if f.required:
            self._report(empty, f.name, "missing-value", ERROR, lambda i: "必填字段为空")
        present = ~empty
        if f.type == DATE:
            self._check_dates(f, present)
        elif f.type == AMOUNT:
            # parse_amount gives no number exactly when it gives the code "bad-amount".
            number = _on_distinct(col, lambda values: [parse_amount(v)[0] if v else "" for v in values], object)
            failed = present & pd.isna(number)
            self._report(failed, f.name, "bad-amount", ERROR,
                         lambda i: f"{self._public(f, i)} 不是非负数字（单位万元）")
            self.frame[f.name] = _replaced(col, present & ~failed, number)
        elif f.type == USCC:
            upper = col.str.upper()
            self.frame[f.name] = upper
            allowed_placeholder = (f.name == "统一社会信用代码" and category is not None
                                   and self.kind.has_party)
            invalid = present & ~_on_distinct(upper, valid_uscc_many, bool)
            if allowed_placeholder:
                invalid &= ~((upper == PLACEHOLDER_USCC) & (category == INDIVIDUAL_BUSINESS))
            self._report(invalid, f.name, "bad-uscc", ERROR,
                         lambda i: f"{self._public(f, i)} 不是有效的统一社会信用代码（GB 32100 校验位）")
            if allowed_placeholder and category is not None:
                # An identity number typed into the credit-code column passes the GB 32100 check about
                # once in 31 and would be published as a code: never a row's own ID, never for people.
                looks_like_id = _on_distinct(upper, lambda values: [
                    len(v) == 18 and day != "" for v, day in zip(values, ric_birth_dates(values))], bool)
                own_id = present & ((upper == self.frame["证件号码"].str.upper())
                                    | (upper == self.frame["法定代表人证件号码"].str.upper()))
                suspicious = ~invalid & (own_id | (looks_like_id & (category != ORGANISATION)))
                self._report(suspicious, f.name, "bad-uscc", ERROR,
                             lambda i: "该值是身份证号码，不是统一社会信用代码（不显示该值）")
                invalid = invalid | suspicious
            region = self.settings.region_prefix
            if region:
                outside = present & ~invalid & (upper != PLACEHOLDER_USCC) & (upper.str[2:8].str[: len(region)] != region)
                if f.name == "统一社会信用代码":
                    self._report(outside, f.name, "uscc-outside-region", WARNING,
                                 lambda i: f"登记地区代码不以 {region} 开头，请核实")
        elif f.type in (ENUM, MULTI_ENUM) and f.codes:
            if f.type == ENUM:
                unknown = present & ~col.isin(f.codes)
            else:
                allowed = set(f.codes)
                unknown = present & ~_on_distinct(col, lambda values: [
                    all(p.strip() in allowed for p in _MULTI_SPLIT.split(v) if p.strip()) for v in values], bool)
            self._report(unknown, f.name, "unknown-code", ERROR,
                         lambda i: f"{self._public(f, i)} 不在代码表中（可选：{'、'.join(f.codes)}）")

    def _check_dates(self, f: Field, present: pd.Series) -> None:
        col = self.frame[f.name]
        # Dates repeat a lot: each distinct text is parsed once; empty cells are not parsed.
        index, uniques = pd.factorize(col, use_na_sentinel=False)
        parsed = [parse_date(v) if v else ("", None) for v in uniques.tolist()]
        codes = np.asarray([code for _, code in parsed], dtype=object)[index]
        for code in ("bad-date", "impossible-date"):
            self._report(pd.Series(codes == code, index=col.index), f.name, code, ERROR,
                         lambda i: f"{self._public(f, i)} 不是有效日期（YYYY-MM-DD、YYYY/MM/DD 或 YYYYMMDD）")
        good = present & pd.isna(codes)
        self.frame[f.name] = _replaced(col, good, np.asarray([iso for iso, _ in parsed], dtype=object)[index])
        if f.name == self.kind.decision_date or f.name == "投诉日期":
            future = good & (self.frame[f.name] > self.as_of.isoformat())
            self._report(future, f.name, "date-in-future", ERROR,
                         lambda i: f"日期晚于发布基准日 {self.as_of.isoformat()}")

    def _check_date_order(self) -> None:
        pairs = [("有效期自", "有效期至"), (self.kind.decision_date, "有效期至"), (self.kind.decision_date, "处罚有效期")]
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
        category = frame["行政相对人类别"]
        uscc = frame["统一社会信用代码"]
        org = category == ORGANISATION
        self._report(org & (uscc == ""), "统一社会信用代码", "uscc-required", ERROR,
                     lambda i: "法人及非法人组织必须填写统一社会信用代码")

        business = category == INDIVIDUAL_BUSINESS
        placeholder = business & uscc.isin([PLACEHOLDER_USCC, ""]) & (frame["工商注册号"] == "")
        self._report(placeholder, "工商注册号", "placeholder-needs-reg-no", ERROR,
                     lambda i: "个体工商户无统一社会信用代码时必须填写工商注册号")
        person = category == NATURAL_PERSON
        self._report(person & ((frame["证件号码"] == "") | (frame["证件类型"] == "")), "证件号码",
                     "id-required", ERROR, lambda i: "自然人必须填写证件类型和证件号码")
        for type_col, number_col, severity in (("证件类型", "证件号码", ERROR),
                                               ("法定代表人证件类型", "法定代表人证件号码", WARNING)):
            numbers = frame[number_col].str.upper()
            is_ric = frame[type_col].str.contains("身份证", regex=False) | (
                (frame[type_col] == "") & numbers.str.len().eq(18))
            bad = is_ric & (numbers != "") & _on_distinct(
                numbers, lambda values: [day == "" for day in ric_birth_dates(values)], bool)
            self._report(bad, number_col, "bad-id-number", severity,
                         lambda i: "身份证号码格式或校验位错误（不显示号码）")

    def _check_party_looks_like_person(self) -> None:
        """A 法人及非法人组织 row whose party looks like a natural person is rejected (issue 16):
        no valid credit code and a name without any organisational word, or a name equal to its
        own 法定代表人. Publishing it as an organisation would show a person's name and codes."""
        frame = self.frame
        org = frame["行政相对人类别"] == ORGANISATION
        if not org.any():
            return
        names = frame["行政相对人名称"].astype(str).str.strip()
        valid = pd.Series(valid_uscc_many(frame["统一社会信用代码"].astype(str).str.upper().tolist()),
                          index=frame.index)
        organisational = names.str.contains(_ORG_WORDS, regex=True)
        own_rep = (names != "") & (names == frame["法定代表人"].astype(str).str.strip())
        self._report(org & (names != "") & ((~valid & ~organisational) | own_rep), "行政相对人名称",
                     "party-looks-like-person", ERROR,
                     lambda i: "类别为法人及非法人组织，但没有有效的统一社会信用代码且名称不含组织用语，"
                               "或名称与其法定代表人相同，像是自然人（不显示名称）；请核实类别")

    def _check_duplicates(self) -> None:
        frame = self.frame
        key = self.kind.key
        if not key:
            return
        keys = frame[key]
        if self.kind.key_fallback:
            keys = keys.where(keys != "", frame[self.kind.key_fallback])
        issuer = frame[self.kind.issuer_code] if self.kind.issuer_code else pd.Series("", index=frame.index)
        candidates = frame.index.difference(list(self.errors))
        ident = keys.loc[candidates] + "\x1f" + issuer.loc[candidates]
        ident = ident[keys.loc[candidates] != ""]
        dup = ident[ident.duplicated(keep=False)]
        if dup.empty:
            return
        content_cols = list(self.kind.names)
        for _, group in dup.groupby(dup):
            rows = frame.loc[group.index, content_cols]
            if len(rows.drop_duplicates()) == 1:
                first = group.index[0]
                for i in group.index[1:]:
                    self.problems.append(Problem(
                        self.kind.name, frame.at[i, FILE], int(frame.at[i, ROW]), key, "duplicate-record",
                        WARNING, f"{frame.at[i, FILE]} 第 {frame.at[i, ROW]} 行与 {frame.at[first, FILE]} 第 "
                                 f"{frame.at[first, ROW]} 行完全相同，只保留一行"))
                    self.duplicates.add(i)
            else:
                mask = pd.Series(False, index=frame.index)
                mask.loc[group.index] = True
                self._report(mask, key, "conflicting-duplicate", ERROR,
                             lambda i: "同一文书号与机关代码出现了内容不同的多行")
