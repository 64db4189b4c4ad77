"""The one fixture builder of the tests: valid codes, valid rows, data folders, files in every
format, and the data stages run on a folder (`run_pipeline`).

Everything here is synthetic. Codes carry correct check characters so that a test
fails only for the one thing it changes. Two row styles live side by side: `penalty`,
`license_`, `listing` and `party` (a few keywords, the pipeline tests) and `penalty_row`,
`license_row`, `person_penalty_row` and `commitment_row` (every field, overridden by its
header, the loader, validator and privacy tests). tests/conftest.py holds the pytest
fixtures and re-exports these names for the tests that import them from there.
"""

from __future__ import annotations

import csv
import datetime as dt
import filecmp
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.contract import KEY, STATUS, Decided
from generator.validate import Validated, is_valid_uscc, ric_check_digit, uscc_check_digit

_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

REGION = "620702"  # 甘肃省张掖市甘州区: the region_prefix of rules.toml is 6207
AS_OF = dt.date(2026, 6, 30)  # the "as of" date the tests build at


# -- codes ----------------------------------------------------------------------------------


uscc_check_char = uscc_check_digit  # the name the tests use


def _org_code(serial: int) -> str:
    """A 9-character 组织机构代码 with its GB 11714 check character."""
    body = f"{serial % 10**8:08d}"
    c = 11 - sum(int(d) * w for d, w in zip(body, _ORG_WEIGHTS, strict=True)) % 11
    return body + {10: "X", 11: "0"}.get(c, str(c))


def make_uscc(serial: int = 1, region: str = REGION, prefix: str = "91") -> str:
    """A valid 18-character credit code (GB 32100) with a valid 组织机构代码 (GB 11714) inside, as the
    codes given to organisations that had one are built; `serial` makes it unique, `region` sets
    chars 3-8, `prefix` the registering body and category (91 enterprise, 92 个体工商户, 11 机关)."""
    first17 = prefix + region + _org_code(serial)
    code = first17 + uscc_check_char(first17)
    assert is_valid_uscc(code), code
    return code


def bad_uscc(serial: int = 1) -> str:
    """A credit code of the right shape whose check character is wrong."""
    good = make_uscc(serial)
    wrong = next(c for c in "0123456789" if c != good[-1])
    return good[:-1] + wrong


def make_id(birth: str = "19850312", serial: int = 1, region: str = REGION) -> str:
    """A valid 18-digit 身份证 number (GB 11643) born on `birth` (YYYYMMDD)."""
    first17 = f"{region}{birth}{serial % 1000:03d}"
    return first17 + ric_check_digit(first17)


def make_ric(birth: str = "19800101", serial: str = "123", region: str = REGION) -> str:
    """`make_id` with the defaults of the pipeline tests (born 1980-01-01, serial "123")."""
    return make_id(birth, int(serial), region)


def bad_id(birth: str = "19850312", serial: int = 1) -> str:
    """A 身份证 number whose check digit is wrong."""
    good = make_id(birth, serial)
    wrong = next(c for c in "0123456789X" if c != good[-1])
    return good[:-1] + wrong


AUTHORITY_USCC = make_uscc(9001, prefix="11")  # 机关 codes start with 11
SOURCE_USCC = make_uscc(9002, prefix="11")
AUTHORITY = "张掖市甘州区市场监督管理局"  # the issuing body of the pipeline tests' rows
AUTHORITY_CODE = make_uscc(1, prefix="11")


# -- rows -----------------------------------------------------------------------------------


def penalty_row(**overrides: str) -> dict[str, str]:
    """One valid 行政处罚 row of an organisation; keyword arguments replace or add fields."""
    row = {
        "行政相对人名称": "甘州区示例商贸有限公司",
        "行政相对人类别": "法人及非法人组织",
        "统一社会信用代码": make_uscc(1),
        "法定代表人": "王五",
        "行政处罚决定书文号": "甘州市监罚〔2026〕1号",
        "违法行为类型": "销售过期食品",
        "违法事实": "当事人销售超过保质期的食品。",
        "处罚依据": "《中华人民共和国食品安全法》第一百二十四条",
        "处罚类别": "罚款",
        "处罚内容": "罚款2000元",
        "罚款金额(万元)": "0.2",
        "处罚决定日期": "2026-03-05",
        "处罚有效期": "2027-03-04",
        "处罚机关": "甘州区市场监督管理局",
        "处罚机关统一社会信用代码": AUTHORITY_USCC,
        "数据来源单位": "甘州区市场监督管理局",
        "数据来源单位统一社会信用代码": SOURCE_USCC,
    }
    row.update(overrides)
    return row


def person_penalty_row(**overrides: str) -> dict[str, str]:
    """A valid 行政处罚 row whose party is a natural person (自然人)."""
    row = penalty_row(
        行政相对人名称="张三丰",
        行政相对人类别="自然人",
        统一社会信用代码="",
        法定代表人="",
        证件类型="身份证",
        证件号码=make_id("19850312", 8),
        行政处罚决定书文号="甘州市监罚〔2026〕2号",
    )
    row.update(overrides)
    return row


def license_row(**overrides: str) -> dict[str, str]:
    """One valid 行政许可 row of an organisation; keyword arguments replace or add fields."""
    row = {
        "行政相对人名称": "甘州区示例餐饮有限公司",
        "行政相对人类别": "法人及非法人组织",
        "统一社会信用代码": make_uscc(2),
        "法定代表人": "李四",
        "行政许可决定文书名称": "食品经营许可决定书",
        "行政许可决定文书号": "甘州市监许〔2026〕1号",
        "许可类别": "普通",
        "许可证书名称": "食品经营许可证",
        "许可编号": "JY16207020000001",
        "许可内容": "预包装食品销售",
        "许可决定日期": "2026-02-01",
        "有效期自": "2026-02-01",
        "有效期至": "2031-01-31",
        "许可机关": "甘州区市场监督管理局",
        "许可机关统一社会信用代码": AUTHORITY_USCC,
        "当前状态": "有效",
        "数据来源单位": "甘州区市场监督管理局",
        "数据来源单位统一社会信用代码": SOURCE_USCC,
    }
    row.update(overrides)
    return row


def commitment_row(**overrides: str) -> dict[str, str]:
    """One valid 信用承诺 row of an organisation."""
    row = {
        "行政相对人名称": "甘州区示例建材有限公司",
        "行政相对人类别": "法人及非法人组织",
        "统一社会信用代码": make_uscc(3),
        "承诺类型": "审批替代型",
        "承诺事项": "按期提交环评材料",
        "承诺编号": "CN2026-0001",
        "做出承诺日期": "2026-01-10",
        "承诺受理单位": "甘州区行政审批局",
        "承诺受理单位统一社会信用代码": AUTHORITY_USCC,
        "履约状态": "履约中",
        "经办人": "赵六",
    }
    row.update(overrides)
    return row


_PARTY_KEYS = ("name", "category", "code", "serial")


def party(name: str = "张掖市丹霞商贸有限公司", category: str = "法人及非法人组织", code: str | None = None,
          serial: int = 100, **extra: str) -> dict[str, str]:
    """The party block of a record (a natural person gets no credit code unless `code` is given)."""
    row = {"行政相对人名称": name, "行政相对人类别": category,
           "统一社会信用代码": code if code is not None else (make_uscc(serial) if category != "自然人" else "")}
    row.update(extra)
    return row


def _with_party(extra: dict[str, str], fields: dict[str, str]) -> dict[str, str]:
    row = party(**{k: v for k, v in extra.items() if k in _PARTY_KEYS})
    row.update(fields)
    row.update({k: v for k, v in extra.items() if k not in _PARTY_KEYS})
    return row


def penalty(no: str = "甘州市监罚〔2026〕1号", date: str = "2026-06-01", **extra: str) -> dict[str, str]:
    """A 行政处罚 row: `party` keywords (name, category, code, serial), then fields by header."""
    return _with_party(extra, {
        "行政处罚决定书文号": no, "违法行为类型": "销售过期食品", "违法事实": "当事人销售超过保质期的食品。",
        "处罚依据": "《中华人民共和国食品安全法》第一百二十四条", "处罚类别": "罚款", "处罚内容": "罚款2000元",
        "罚款金额（万元）": "0.2", "处罚决定日期": date, "处罚有效期": "2099-12-31", "处罚机关": AUTHORITY,
        "处罚机关统一社会信用代码": AUTHORITY_CODE, "数据来源单位": AUTHORITY, "数据来源单位统一社会信用代码": AUTHORITY_CODE})


def license_(no: str = "甘州市监许〔2026〕1号", date: str = "2026-06-01", **extra: str) -> dict[str, str]:
    """A 行政许可 row: `party` keywords, then fields by header."""
    return _with_party(extra, {
        "行政许可决定文书名称": "食品经营许可决定书", "行政许可决定文书号": no, "许可类别": "普通",
        "许可编号": "JY1620702000001", "许可内容": "预包装食品销售", "许可决定日期": date, "有效期自": date,
        "有效期至": "2031-05-31", "许可机关": AUTHORITY, "许可机关统一社会信用代码": AUTHORITY_CODE,
        "当前状态": "有效", "数据来源单位": AUTHORITY, "数据来源单位统一社会信用代码": AUTHORITY_CODE})


def listing(kind: str, no: str, date: str, **extra: str) -> dict[str, str]:
    """A redlist or blacklist row: `party` keywords, then fields by header."""
    prefix = "认定" if kind == "redlist" else "列入"
    fields = {"名单名称": "A级纳税人" if kind == "redlist" else "拖欠农民工工资失信联合惩戒对象名单",
              f"{prefix}文号": no, f"{prefix}日期": date, f"{prefix}单位": AUTHORITY,
              f"{prefix}单位统一社会信用代码": AUTHORITY_CODE}
    if kind == "blacklist":
        fields.update({"列入原因": "拖欠工资", "列入依据": "《保障农民工工资支付条例》"})
    return _with_party(extra, fields)


# -- files ----------------------------------------------------------------------------------


def _table(rows: Sequence[Mapping[str, object]], header: Sequence[str] | None) -> tuple[list[str], list[list]]:
    if header is None:
        header = list(dict.fromkeys(k for r in rows for k in r))
    return list(header), [[r.get(h, "") for h in header] for r in rows]


def write_csv(path: Path, rows: Sequence[Mapping[str, object]], encoding: str = "utf-8",
              header: Sequence[str] | None = None) -> Path:
    """Write rows as CSV in `encoding` (e.g. "utf-8", "utf-8-sig", "gb18030").

    `header` gives the header cells in order (they may be aliases); each row is looked up
    by those exact strings. Without it the header is the union of the rows' keys.
    """
    head, body = _table(rows, header)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(head)
    writer.writerows(body)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Mapping[str, object]], header: Sequence[str] | None = None,
               extra_sheets: Mapping[str, Iterable[Sequence[object]]] | None = None) -> Path:
    """Write rows to the first sheet of an XLSX; dt.date values become real Excel date cells."""
    import xlsxwriter

    head, body = _table(rows, header)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = xlsxwriter.Workbook(str(path))
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    sheet = workbook.add_worksheet("Sheet1")
    sheet.write_row(0, 0, head)
    for r, values in enumerate(body, start=1):
        for c, value in enumerate(values):
            if isinstance(value, dt.date):
                sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_format)
            else:
                sheet.write(r, c, value)
    for name, sheet_rows in (extra_sheets or {}).items():
        other = workbook.add_worksheet(name)
        for r, values in enumerate(sheet_rows):
            other.write_row(r, 0, list(values))
    workbook.close()
    return path


def write_parquet(path: Path, rows: Sequence[Mapping[str, object]], header: Sequence[str] | None = None) -> Path:
    """Write rows as a Parquet file (text columns unless the values say otherwise)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    head, body = _table(rows, header)
    columns = {h: [values[i] for values in body] for i, h in enumerate(head)}
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table(columns), path)
    return path


def write_folder(root: Path, kinds: dict[str, list[dict[str, str]]]) -> Path:
    """A data folder with one CSV per kind."""
    for kind, rows in kinds.items():
        write_csv(root / kind / f"{kind}.csv", rows)
    return root


# -- the data stages ------------------------------------------------------------------------


@dataclass
class Run:
    """What the data stages made of a folder: validated rows, decided records, summary.json."""

    validated: Validated
    decided: Decided
    summary: dict[str, Any]

    def status(self, kind: str, key: str) -> str:
        """The publication status of the one record of `kind` keyed `key`."""
        frame = self.decided.frames[kind]
        hits = frame[frame[KEY] == key]
        assert len(hits) == 1, f"{key} found {len(hits)} times"
        return str(hits.iloc[0][STATUS])

    def row(self, kind: str, key: str) -> dict[str, Any]:
        """The decided row of `kind` keyed `key`, internal columns included."""
        frame = self.decided.frames[kind]
        return frame[frame[KEY] == key].iloc[0].to_dict()


def run_pipeline(data_dir: Path, as_of: str | dt.date) -> Run:
    """load -> validate -> deidentify -> rules, as of a date."""
    from generator.deidentify import deidentify_records
    from generator.load import load_sources
    from generator.report import summarize
    from generator.rules import apply_rules
    from generator.settings import load_settings
    from generator.validate import validate_records

    day = dt.date.fromisoformat(as_of) if isinstance(as_of, str) else as_of
    settings = load_settings()
    sources = load_sources(data_dir)
    validated = validate_records(sources, day, settings)
    decided = apply_rules(deidentify_records(validated, sources), validated, day, settings)
    return Run(validated, decided, summarize(validated, decided, day.isoformat()))



def penalty_status(tmp_path: Path, row: dict[str, str], as_of: str) -> str:
    """The publication status of one penalty row written alone into a data folder under `tmp_path`, as of `as_of`."""
    run = run_pipeline(write_folder(tmp_path / "data", {"penalties": [row]}), as_of)
    frame = run.decided.frames["penalties"]
    assert len(frame) == 1, run.validated.problems
    return run.status("penalties", str(frame.iloc[0][KEY]))


def published_penalties(tmp_path: Path, rows: list[dict[str, str]], as_of: str) -> list[dict[str, str]]:
    """The penalty rows of `rows` as the data stages leave them (every row must be accepted), by decision number."""
    run = run_pipeline(write_folder(tmp_path / "data", {"penalties": rows}), as_of)
    frame = run.decided.frames["penalties"]
    assert len(frame) == len(rows), run.validated.problems
    return [{k: str(v) for k, v in r.items()} for r in frame.sort_values("行政处罚决定书文号").to_dict("records")]

# -- the build ------------------------------------------------------------------------------

BUILD_AS_OF = "2026-11-27"  # the --as-of of the build tests


def build_args(data: Path, out: Path | str, report: Path | str, *extra: str, state: Path | str | None = None,
               as_of: str | None = BUILD_AS_OF) -> list[str]:
    """The arguments of `creditsite build` (interfaces.md): no `--state` when `state` is None (the
    site's own state), no `--as-of` when `as_of` is None (today); `extra` after them (a later
    `--as-of` wins)."""
    args = ["build", "--data", str(data), "--out", str(out), "--report", str(report)]
    if state is not None:
        args += ["--state", str(state)]
    if as_of is not None:
        args += ["--as-of", as_of]
    return args + list(extra)


def run_build(data: Path, out: Path | str, report: Path | str, *extra: str, state: Path | str | None = None,
              as_of: str | None = BUILD_AS_OF, env: Mapping[str, str] | None = None) -> tuple[int, str]:
    """`creditsite build` as staff type it, run in this process: (exit status, what it printed)."""
    from click.testing import CliRunner

    from generator.cli import main

    result = CliRunner().invoke(main, build_args(data, out, report, *extra, state=state, as_of=as_of), env=env)
    return result.exit_code, result.output


# -- settings -------------------------------------------------------------------------------


def rules_file(path: Path, **site: str) -> Path:
    """A copy of the reviewed rules file (generator/rules.toml) at path, with the `[site]` values
    given (title, publisher, timezone ...) replaced or added: what `--rules` reads."""
    import re

    from generator.settings import DEFAULT_RULES

    text = DEFAULT_RULES.read_text(encoding="utf-8")
    start = text.index("\n[site]\n")
    end = text.find("\n[", start + 1)
    table = text[start:end]
    for key, value in site.items():
        line = f"{key} = {json.dumps(value, ensure_ascii=False)}"
        table, found = re.subn(rf"(?m)^{key} = .*$", line.replace("\\", "\\\\"), table)
        if not found:
            table = table.replace("[site]\n", f"[site]\n{line}\n", 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text[:start] + table + text[end:], encoding="utf-8")
    return path


def site_settings(data_dir: Path, **contact: str | int) -> Path:
    """The data folder's site.toml with these `[contact]` values (README, 联系方式)."""
    lines = ["[contact]"] + [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in contact.items()]
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "site.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return data_dir / "site.toml"


# -- what a build reads -----------------------------------------------------------------------

_READING: list[list[str]] = []  # the lists of the `files_read` blocks open now


def _record_reads(event: str, args: tuple[Any, ...]) -> None:
    if _READING and event == "open" and isinstance(args[0], (str, os.PathLike)):
        mode, flags = args[1], args[2]
        if (mode is not None and not set(str(mode)) & set("wax+")) or (
                mode is None and isinstance(flags, int) and not flags & (os.O_WRONLY | os.O_RDWR)):
            for files in _READING:
                files.append(os.fspath(args[0]))


@contextmanager
def files_read() -> Iterator[list[str]]:
    """The files this process opens for reading inside the block (a Python audit hook: it sees
    what a build reads without touching the build's code; worker processes are not seen)."""
    if not _READING_HOOKED:
        sys.addaudithook(_record_reads)  # cannot be removed: it does nothing outside a block
        _READING_HOOKED.append(True)
    files: list[str] = []
    _READING.append(files)
    try:
        yield files
    finally:
        _READING.remove(files)


_READING_HOOKED: list[bool] = []


def differing_files(a: Path, b: Path) -> list[str]:
    """The files only one of two site folders holds, then those both hold with other bytes (sorted)."""
    left = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    right = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    return sorted(left ^ right) + [r for r in sorted(left & right) if not filecmp.cmp(a / r, b / r, shallow=False)]
