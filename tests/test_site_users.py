"""What the site's readers and the office's clerk meet, found by an outsider pass (h21s, session 15): a citizen
on an entity page, a journalist on the downloads and 数据字典 pages and in the datasets, a clerk in the report.

One small build of synthetic rows (tests/helpers.py) serves the page and dataset tests; the data-folder tests run
the load stage on their own folders.
"""

from __future__ import annotations

import csv
import html
import json
import re
from pathlib import Path

import pytest

from generator.problems import CODES
from generator.validate import is_valid_uscc
from tests.helpers import AUTHORITY, AUTHORITY_CODE, bad_uscc, license_, make_id, party, penalty, run_build, write_csv

COMPLAINT_CODE_SERIAL = 310
BAD_CODE = bad_uscc(312)
LONG_NUMBER = "620702202605180101"  # a 施工许可证's numbering: region, date, serial (public)
ZERO_LED_NUMBER = "0012345678"
# A 身份证 number (GB 11643) typed into an organisation's credit-code column, one that fails the GB 32100 check
ID_AS_CODE = next(n for n in (make_id("19850312", s) for s in range(1, 99)) if not is_valid_uscc(n))
COMPLAINT_STOP = "2027-06-15"  # the export's 公示截止期, earlier than 处理日期 + 1 year (rules.toml)


def complaint(no: str, handled: str, stop: str = "", **extra: str) -> dict[str, str]:
    """A 消费投诉公示 row (the columns of the bundled sample's complaints.csv)."""
    row = party(serial=COMPLAINT_CODE_SERIAL, **extra)
    row.update({"投诉编号": no, "投诉问题类型": "质量问题", "投诉内容摘要": "消费者反映商品质量问题。",
                "投诉日期": "2026-08-01", "处理结果": "调解成功。", "处理日期": handled, "公示截止期": stop,
                "处理单位": AUTHORITY})
    return row


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, datasets and report of a complaint and a penalty, built as of helpers.BUILD_AS_OF."""
    root = tmp_path_factory.mktemp("users")
    data = root / "data"
    write_csv(data / "complaints" / "complaints.csv", [complaint("TS-2026-000101", "2026-08-19", COMPLAINT_STOP)])
    write_csv(data / "penalties" / "penalties.csv", [
        penalty("甘州市监罚〔2026〕13号", "2026-06-01", serial=311),
        penalty("甘州市监罚〔2026〕14号", "2026-06-02", code=BAD_CODE),  # row 3: a check character mistyped
        penalty("甘州市监罚〔2026〕15号", "2026-06-03", code=ID_AS_CODE)])  # row 4: an ID number in the code column
    write_csv(data / "licenses" / "licenses.csv", [  # 许可编号 of 18 digits and with a leading zero (README: codes are text)
        license_(f"甘州市监许〔2026〕{n}号", "2026-05-18", serial=313 + i, 许可编号=number)
        for i, (n, number) in enumerate(((9001, LONG_NUMBER), (9002, ZERO_LED_NUMBER)))])
    status, printed = run_build(data, root / "site", root / "report", state=root / "state")
    assert status == 0, printed
    return root


def visible_text(page: Path) -> str:
    """What a reader sees of a page: no scripts, no tags, no attributes."""
    raw = re.sub(r"<script.*?</script>", "", page.read_text(encoding="utf-8"), flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", raw)))


def dataset_rows(built: Path, name: str) -> list[dict[str, str]]:
    with (built / "site" / "data" / f"{name}.csv").open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


# -- a citizen on an entity page -------------------------------------------------------------------------------


def test_a_complaint_on_its_entity_page_says_until_when_it_is_shown(built: Path) -> None:
    # publication-rules.md: complaints are "published until 公示截止期"; the open data's 公示截止日期 is that day.
    [row] = dataset_rows(built, "complaints")
    assert row["公示截止日期"] == COMPLAINT_STOP
    text = visible_text(built / "site" / "entity" / row["主体页面代码"] / "index.html")
    assert f"公示截止： {COMPLAINT_STOP}，到期本站自动撤下" in text
    assert "TS-2026-000101" in text  # the record itself is still there
    # The export's own 公示截止期 is that stop date: said once, not again among the record's fields (h21s's left item)
    assert text.count(COMPLAINT_STOP) == 1, text


# -- a clerk with this month's exports in a dated folder --------------------------------------------------------


def _issues(report: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (report / "issues.jsonl").read_text(encoding="utf-8").splitlines()]


def test_exports_in_a_dated_folder_are_named_in_the_report_with_where_to_move_them(tmp_path: Path) -> None:
    # Nothing lost (interfaces.md: the report accounts for every input row): a folder of the staff's own holding a
    # penalty export, named by neither its folder nor its file (its header says what it is), is named with its kind.
    data = tmp_path / "data"
    write_csv(data / "penalties" / "penalties.csv", [penalty("甘州市监罚〔2026〕21号", serial=321)])
    write_csv(data / "2026年12月报送" / "export-1.csv", [penalty("甘州市监罚〔2026〕22号", serial=322)])
    status, printed = run_build(data, tmp_path / "site", tmp_path / "report", state=tmp_path / "state")
    assert status == 0, printed
    [issue] = [i for i in _issues(tmp_path / "report") if i["file"] == "2026年12月报送/"]
    assert (issue["code"], issue["severity"]) == ("folder-not-read", "warning")
    assert "2026年12月报送/export-1.csv（看起来是 penalties/）" in str(issue["message"])
    assert "请把每个文件移入" in str(issue["message"])
    assert "2026年12月报送/export-1.csv" in visible_text(tmp_path / "report" / "index.html")
    # the penalty in its own folder is still published
    assert [r["行政处罚决定书文号"] for r in dataset_rows(tmp_path, "penalties")] == ["甘州市监罚〔2026〕21号"]


def test_a_repair_in_a_dated_folder_stops_the_build(tmp_path: Path) -> None:
    # data-contract.md: a repairs file that cannot be read stops the build (a repair not read is a record published
    # stale); a repair left in a folder of the staff's own is one, as in a misnamed repairs/ folder (folder-misnamed).
    data = tmp_path / "data"
    write_csv(data / "penalties" / "penalties.csv", [penalty("甘州市监罚〔2026〕23号", serial=323)])
    write_csv(data / "2026年12月报送" / "export-2.csv", [{
        "信息类别": "行政处罚", "原决定文书号": "甘州市监罚〔2026〕23号", "原决定机关统一社会信用代码": AUTHORITY_CODE,
        "修复方式": "终止公示", "修复决定日期": "2026-11-03", "修复决定机关": "甘州区发展和改革局"}])
    status, printed = run_build(data, tmp_path / "site", tmp_path / "report", state=tmp_path / "state")
    assert status != 0
    assert "2026年12月报送/export-2.csv（看起来是 repairs/）" in printed
    assert not (tmp_path / "site" / "index.html").exists()


# -- a journalist on the downloads page -------------------------------------------------------------------------


def test_the_downloads_page_gives_each_table_its_row_count_and_no_python_value(built: Path) -> None:
    # changes.json (本次更新说明) is a file resource without rows (interfaces.md): no count, never "None 行".
    text = visible_text(built / "site" / "downloads" / "index.html")
    assert not re.search(r"\bNone\b|\bnan\b|\bNaN\b", text)
    package = json.loads((built / "site" / "data" / "datapackage.json").read_text(encoding="utf-8"))
    changes = [r for r in package["auxiliary"] if r["path"] == "changes.json"]
    assert changes and "rows" not in changes[0]  # the file the page lists without a count
    assert "本次更新说明（与上一版本相比） 文件名 changes" in text
    for resource in package["resources"] + package["auxiliary"]:
        if resource["path"].endswith((".csv", ".jsonl")) and "rows" in resource:
            stem = resource["path"].rsplit(".", 1)[0]
            assert f"{resource['title']} {resource['rows']} 行 · 文件名 {stem}" in text


# -- a journalist on the 数据字典 page -------------------------------------------------------------------------


def test_the_dictionary_explains_every_column_of_every_dataset(built: Path) -> None:
    # README: "The 数据字典 page explains every field" — of all.* (信息类别, 信息类别名称) and the removals ledger too.
    page = (built / "site" / "dictionary" / "index.html").read_text(encoding="utf-8")
    package = json.loads((built / "site" / "data" / "datapackage.json").read_text(encoding="utf-8"))
    rows = {(m.group(1), html.unescape(m.group(2))) for m in re.finditer(
        r'<tr><td data-label="字段">(.*?)</td><td data-label="英文名"><code>.*?</code></td>'
        r'<td data-label="类型">.*?</td><td data-label="说明">(.*?)</td>', page)}
    explained = {title for title, description in rows if description}
    missing = sorted({(r["path"].rsplit(".", 1)[0], f["name"]) for r in package["resources"] + package["auxiliary"]
                      for f in r.get("schema", {}).get("fields", []) if html.escape(f["name"]) not in explained})
    assert missing == []
    assert 'id="all"' in page and "信息类别名称" in explained


# -- a clerk reading the report -------------------------------------------------------------------------------


def test_a_bad_credit_code_says_what_is_wrong_and_what_to_do_never_the_value(built: Path) -> None:
    report = built / "report"
    issues = {(i["file"], i["row"]): i for i in _issues(report) if i["code"] == "bad-uscc"}
    mistyped, id_number = issues[("penalties/penalties.csv", 3)], issues[("penalties/penalties.csv", 4)]
    assert mistyped["column"] == id_number["column"] == "统一社会信用代码"
    assert "第 18 位校验码与前 17 位不符" in str(mistyped["message"])
    assert "身份证号码" in str(id_number["message"])
    for issue in (mistyped, id_number):
        assert "向该主体核对代码" in str(issue["message"]) and "改正后重新导出" in str(issue["message"])
    page = visible_text(report / "index.html")
    assert f"bad-uscc 2 {CODES['bad-uscc']}" in page  # the report's 处理建议 for the code says what to do too
    assert "改正后重新导出" in CODES["bad-uscc"]
    # The value is never shown (a wrong code may be an ID number) ...
    staff = (report / "issues.jsonl").read_text(encoding="utf-8") + page
    assert BAD_CODE not in staff and ID_AS_CODE not in staff and ID_AS_CODE[6:14] not in staff
    # ... and the public record beside the rejected rows is still published.
    assert [r["行政处罚决定书文号"] for r in dataset_rows(built, "penalties")] == ["甘州市监罚〔2026〕13号"]


# -- a journalist reading the same dataset in several formats ---------------------------------------------------


def test_an_empty_date_is_null_in_json_as_in_parquet_and_an_empty_amount(built: Path) -> None:
    # Table Schema (specs.frictionlessdata.io/table-schema, "missingValues"): the datasets declare missingValues
    # [""], so an empty date in the CSV is a missing value; JSON has null for it, as Parquet has and as JSON has for
    # an empty amount. Rows are the CSV's, value for value (README).
    import pyarrow.parquet as pq

    data = built / "site" / "data"
    package = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))
    empty_dates = 0
    for resource in package["resources"]:
        if resource["format"] not in ("json", "jsonl"):
            continue
        text = (data / resource["path"]).read_text(encoding="utf-8")
        rows = json.loads(text) if resource["format"] == "json" else [json.loads(line) for line in text.splitlines()]
        parquet = pq.read_table(data / (resource["path"].rsplit(".", 1)[0] + ".parquet")).to_pylist()
        csv_rows = dataset_rows(built, resource["path"].rsplit(".", 1)[0])
        typed = [f["name"] for f in resource["schema"]["fields"] if f["type"] in ("date", "number")]
        assert len(rows) == len(parquet) == len(csv_rows)
        for row, from_parquet, from_csv in zip(rows, parquet, csv_rows, strict=True):
            for name in typed:
                assert row[name] != ""
                if from_csv[name] == "":
                    assert row[name] is None and from_parquet[name] is None
                    empty_dates += 1
                else:
                    assert str(row[name]) == str(from_parquet[name]) or row[name] == from_csv[name]
    assert empty_dates  # the build has empty dates (a licence's 公示截止日期 in all.*), so the check ran


def test_long_and_zero_led_codes_are_text_in_xlsx_and_the_csv_holds_them_as_written(built: Path) -> None:
    # Excel (support.microsoft.com, "Keeping leading zeros and large numbers"): a CSV opened by double-click turns
    # 12+ digits into 6.20702E+17 (15 significant digits) and drops leading zeros. The CSV stays value for value
    # (no ="…" wrapping: the file would then hold characters that are not the value); the XLSX has text cells, and
    # the downloads page tells Excel users to take the XLSX.
    import openpyxl

    assert sorted(r["许可编号"] for r in dataset_rows(built, "licenses")) == [ZERO_LED_NUMBER, LONG_NUMBER]
    sheet = openpyxl.load_workbook(built / "site" / "data" / "licenses.xlsx", read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    column = rows[0].index("许可编号")
    assert sorted(r[column] for r in rows[1:]) == [ZERO_LED_NUMBER, LONG_NUMBER]  # str, not int
    text = visible_text(built / "site" / "downloads" / "index.html")
    assert "用 Excel 查看请下载 XLSX" in text and "Excel 可直接打开" not in text
