"""Validate stage: check every row against the data contract; reject, never stop.

Entry point: `validate_records(sources, as_of, settings)`. Checks run column by column
over the distinct values of a column (codes and dates repeat a lot), so the cost grows
with the number of distinct values rather than with Python work per row.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

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
            parsed = col[present].map(lambda v: parse_amount(v))
            codes = parsed.map(lambda p: p[1])
            self._report(codes.reindex(col.index).eq("bad-amount"), f.name, "bad-amount", ERROR,
                         lambda i: f"{self._public(f, i)} 不是非负数字（单位万元）")
            ok = codes.isna()
            self.frame.loc[ok[ok].index, f.name] = parsed[ok].map(lambda p: p[0])
        elif f.type == USCC:
            upper = col.str.upper()
            self.frame[f.name] = upper
            allowed_placeholder = (f.name == "统一社会信用代码" and category is not None
                                   and self.kind.has_party)
            uniques = {v: is_valid_uscc(v) for v in upper[present].unique()}
            invalid = present & ~upper.map(lambda v: uniques.get(v, True)).astype(bool)
            if allowed_placeholder:
                invalid &= ~((upper == PLACEHOLDER_USCC) & (category == INDIVIDUAL_BUSINESS))
            self._report(invalid, f.name, "bad-uscc", ERROR,
                         lambda i: f"{self._public(f, i)} 不是有效的统一社会信用代码（GB 32100 校验位）")
            if allowed_placeholder and category is not None:
                # An identity number typed into the credit-code column passes the GB 32100 check about
                # once in 31 and would be published as a code: never a row's own ID, never for people.
                looks_like_id = upper.map(lambda v: len(v) == 18 and ric_birth_date(v) is not None).astype(bool)
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
                unknown = present & ~col.map(
                    lambda v: all(p.strip() in allowed for p in _MULTI_SPLIT.split(v) if p.strip())).astype(bool)
            self._report(unknown, f.name, "unknown-code", ERROR,
                         lambda i: f"{self._public(f, i)} 不在代码表中（可选：{'、'.join(f.codes)}）")

    def _check_dates(self, f: Field, present: pd.Series) -> None:
        col = self.frame[f.name]
        parsed = {v: parse_date(v) for v in col[present].unique()}
        codes = col.map(lambda v: parsed[v][1] if v in parsed else None)
        for code in ("bad-date", "impossible-date"):
            self._report(codes.eq(code), f.name, code, ERROR,
                         lambda i: f"{self._public(f, i)} 不是有效日期（YYYY-MM-DD、YYYY/MM/DD 或 YYYYMMDD）")
        good = present & codes.isna()
        self.frame.loc[good, f.name] = col[good].map(lambda v: parsed[v][0])
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
            bad = is_ric & (numbers != "") & numbers.map(lambda v: ric_birth_date(v) is None).astype(bool)
            self._report(bad, number_col, "bad-id-number", severity,
                         lambda i: "身份证号码格式或校验位错误（不显示号码）")

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
