"""Nothing stale between builds: the update caches attacked (eighth session, /work/notes/stale8.md).

An update must publish exactly what a full build of the same data, settings and as-of date
publishes. Each test here builds through the command line (tests.helpers.run_build) and fails
on the code before its fix.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

import generator.partitions as partitions
from tests.helpers import BUILD_AS_OF, license_, penalty, run_build, write_csv

NEXT_DAY = "2026-11-28"
WITHDRAWN = "甘州市监罚〔2026〕7号"


def _data(root: Path) -> Path:
    """A penalty and a withdrawal of it whose 撤销日期 is empty: kept, it takes effect on the
    build's as-of date (validate: control-date-assumed), so the penalty is never public."""
    data = root / "data"
    write_csv(data / "penalties" / "penalties.csv", [penalty(WITHDRAWN, "2026-06-01", serial=701),
                                                      penalty("甘州市监罚〔2026〕8号", "2026-06-02", serial=702)])
    write_csv(data / "withdrawals" / "withdrawals.csv", [{
        "信息类别": "行政处罚", "原决定文书号": WITHDRAWN, "原决定机关统一社会信用代码": "",
        "撤销类型": "撤销", "撤销日期": "", "撤销原因": "错误认定", "作出机关": "甘州区市场监督管理局"}])
    return data


def _shows(site: Path, text: str) -> list[str]:
    """The files of the site that hold `text` (pages, datasets, search index, feeds)."""
    needle = text.encode("utf-8")
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*")
                  if p.is_file() and p.suffix not in (".xlsx", ".parquet") and needle in p.read_bytes())


def test_a_file_checked_for_a_later_date_is_checked_again_for_an_earlier_one(tmp_path: Path) -> None:
    """A file's check was reused for another as-of date when no decision date lay after either
    date. A withdrawal whose empty 撤销日期 stands for "the as-of date" was checked on the later
    date: rebuilt for the earlier date (a preview of tomorrow, then today's site; the clock put
    back), it took effect the day after, and the withdrawn penalty was published again."""
    data = _data(tmp_path)
    site, state = tmp_path / "site", tmp_path / "state"
    code, output = run_build(data, site, tmp_path / "report", "--as-of", NEXT_DAY, state=state)
    assert code == 0, output
    assert _shows(site, WITHDRAWN) == []
    code, output = run_build(data, site, tmp_path / "report", "--allow-date", state=state)
    assert code == 0, output
    assert _shows(site, WITHDRAWN) == []
    # The staff report names the date the withdrawal took effect on: this build's.
    issues = (tmp_path / "report" / "issues.jsonl").read_text(encoding="utf-8")
    assert f"按本次发布基准日 {BUILD_AS_OF} 生效" in issues and NEXT_DAY not in issues


def test_a_build_stopped_while_a_file_was_checked_for_another_date_leaves_no_stale_check(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file's cached check (its rows as checked for one as-of date) is replaced in two steps: the
    rows, then the note of the date they were checked for. A build for another date stopped between
    the two (kill -9, Ctrl-C) left the rows of that date under the note of the last date: the next
    build for the last date took them."""
    data = _data(tmp_path)
    site, state = tmp_path / "site", tmp_path / "state"
    code, output = run_build(data, site, tmp_path / "report", state=state)
    assert code == 0, output
    assert _shows(site, WITHDRAWN) == []

    # A build of the next day, stopped as the check of the withdrawals file was being noted.
    real = partitions._write_atomic

    def stopped(path: Path, payload: bytes) -> None:
        if path.name.endswith(".json") and b'"withdrawals"' in payload:
            raise KeyboardInterrupt  # the process dies here: the rows are written, the note is not
        real(path, payload)

    monkeypatch.setattr(partitions, "_write_atomic", stopped)
    code, output = run_build(data, site, tmp_path / "report", "--as-of", NEXT_DAY, state=state)
    assert code != 0
    monkeypatch.setattr(partitions, "_write_atomic", real)

    # New data arrives; the site is rebuilt for today.
    write_csv(data / "licenses" / "licenses.csv", [license_("甘州市监许〔2026〕9号", "2026-06-03", serial=703)])
    code, output = run_build(data, site, tmp_path / "report", state=state)
    assert code == 0, output
    assert _shows(site, WITHDRAWN) == []


def test_a_new_excel_sheet_size_is_not_an_unchanged_rebuild(tmp_path: Path) -> None:
    """`xlsx_max_rows` (CREDITSITE_TUNING) cuts an XLSX dataset into sheets: the only threshold
    that changes what is published. A rebuild of the same data with another value was taken for
    "nothing changed" (the fingerprint left it out) and kept the old workbooks."""
    data = tmp_path / "data"
    write_csv(data / "licenses" / "licenses.csv",
              [license_(f"甘州市监许〔2026〕{i}号", f"2026-06-0{i}", serial=710 + i) for i in range(1, 6)])
    site, state = tmp_path / "site", tmp_path / "state"
    code, output = run_build(data, site, tmp_path / "report", state=state)
    assert code == 0, output
    code, output = run_build(data, site, tmp_path / "report", state=state,
                             env={"CREDITSITE_TUNING": "xlsx_max_rows=3"})
    assert code == 0, output
    package = json.loads((site / "data" / "datapackage.json").read_text(encoding="utf-8"))
    workbook = next(r for r in package["resources"] if r["name"] == "licenses-xlsx")
    assert len(workbook.get("sheets", [])) == 3  # a header and two rows a sheet: 5 rows on 3 sheets
    assert openpyxl.load_workbook(site / "data" / "licenses.xlsx", read_only=True).sheetnames == workbook["sheets"]
