"""Open datasets: the same rows in every format, formula-safe, described by datapackage.json."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from python_calamine import CalamineWorkbook

from generator.export import EXPORT_KINDS, ExportMeta, columns_for, export_datasets, formula_safe
from tests.conftest import make_ric, penalty, run_pipeline, write_folder

META = ExportMeta("2026-11-27", "20261127-test", "信用甘州", "甘州区", "CC-BY-4.0", "署名 4.0")


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    write_folder(tmp_path / "data", {"penalties": [
        penalty("P1", "2026-06-01", 处罚内容="-5 天内改正", **{"罚款金额（万元）": "0.30000000000000004"}),
        penalty("P2", "2026-06-02", serial=5, 处罚内容="=1+2", 备注="@SUM(A1)"),
        penalty("P3", "2026-06-03", name="王小二", category="自然人", 证件类型="身份证", 证件号码=make_ric()),
    ]})
    run = run_pipeline(tmp_path / "data", "2026-11-27")
    export_datasets(run.decided, tmp_path / "out", META)
    return tmp_path / "out"


def _csv_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def test_every_format_holds_the_same_rows(exported: Path) -> None:
    as_json = json.loads((exported / "penalties.json").read_text())
    as_jsonl = [json.loads(line) for line in (exported / "penalties.jsonl").read_text().splitlines()]
    as_parquet = pq.read_table(exported / "penalties.parquet").to_pylist()
    sheet = CalamineWorkbook.from_path(str(exported / "penalties.xlsx")).get_sheet_by_index(0).to_python()
    as_csv = _csv_rows(exported / "penalties.csv")
    keys = ["P1", "P2", "P3"]
    assert [r["行政处罚决定书文号"] for r in as_json] == keys
    assert as_json == as_jsonl
    assert [r["行政处罚决定书文号"] for r in as_parquet] == keys
    assert [r["行政处罚决定书文号"] for r in as_csv] == keys
    header = sheet[0]
    assert [dict(zip(header, row))["行政处罚决定书文号"] for row in sheet[1:]] == keys
    assert as_json[0]["罚款金额(万元)"] == pytest.approx(0.3)
    assert as_parquet[0]["处罚决定日期"].isoformat() == "2026-06-01"
    assert as_csv[0]["罚款金额(万元)"] == "0.3"


def test_spreadsheet_cells_cannot_run_as_formulas(exported: Path) -> None:
    rows = _csv_rows(exported / "penalties.csv")
    assert rows[1]["处罚内容"] == "'=1+2" and rows[1]["备注"] == "'@SUM(A1)"
    assert rows[0]["处罚内容"] == "'-5 天内改正"
    sheet = CalamineWorkbook.from_path(str(exported / "penalties.xlsx")).get_sheet_by_index(0).to_python()
    assert "'=1+2" in sheet[2]
    assert json.loads((exported / "penalties.json").read_text())[1]["处罚内容"] == "=1+2"  # JSON is not a sheet


@pytest.mark.parametrize(("value", "safe"), [("=A1", "'=A1"), ("+1", "+1"), ("-3.5", "-3.5"), ("+86 139", "'+86 139"),
                                             ("@x", "'@x"), ("普通文本", "普通文本"), ("", "")])
def test_formula_safe(value: str, safe: str) -> None:
    assert formula_safe(value) == safe


def test_no_never_public_column_in_any_dataset() -> None:
    for kind in EXPORT_KINDS:
        titles = {c.title for c in columns_for(kind)}
        assert not titles & {"证件号码", "证件类型", "法定代表人证件号码", "法定代表人证件类型"}


def test_natural_person_is_masked_in_the_data(exported: Path) -> None:
    rows = _csv_rows(exported / "penalties.csv")
    assert rows[2]["行政相对人名称"] == "王**" and rows[2]["主体页面代码"] == ""
    assert "王小二" not in (exported / "penalties.json").read_text()


def test_datapackage_describes_every_file_with_bytes_and_sha256(exported: Path) -> None:
    package = json.loads((exported / "datapackage.json").read_text())
    paths = {r["path"] for r in package["resources"]}
    assert paths == {f"{k}.{f}" for k in [*EXPORT_KINDS, "all"] for f in ("csv", "json", "jsonl", "xlsx", "parquet")}
    for resource in package["resources"]:
        raw = (exported / resource["path"]).read_bytes()
        # interfaces.md: every resource states its bytes and its hash as sha256:<hex>, whatever its format.
        assert resource["bytes"] == len(raw)
        assert resource["hash"] == "sha256:" + hashlib.sha256(raw).hexdigest()
        assert resource["schema"]["fields"]
    assert package["as_of"] == "2026-11-27" and package["licenses"][0]["name"] == "CC-BY-4.0"


def test_frictionless_validates_the_package_as_published(exported: Path) -> None:
    """`frictionless validate datapackage.json` as a journalist runs it: VALID for every resource,
    byte counts and hashes included (issue 20). JSON and Parquet are file resources, whose bytes
    and hash frictionless 5 counts itself (as tables it reads them around its byte counter and
    reports "actual None"); the CSV, JSON Lines and XLSX files are checked as tables in full.
    frictionless cannot read a table with no rows from JSON Lines ("cannot extract tabular data"),
    so empty table resources are checked to be empty instead."""
    frictionless = pytest.importorskip("frictionless")
    package = json.loads((exported / "datapackage.json").read_text())
    files = [r for r in package["resources"] if r["format"] in ("json", "parquet")]
    assert files and all(r["type"] == "file" and r["profile"] == "data-resource" and "rows" not in r
                         and r["schema"]["fields"] for r in files)
    empty = [r for r in package["resources"] if r.get("rows") == 0]
    package["resources"] = [r for r in package["resources"] if r.get("rows") != 0]
    (exported / "published.json").write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    report = frictionless.validate(str(exported / "published.json"))
    assert report.valid, report.flatten(["taskName", "rowNumber", "fieldName", "type", "note"])[:5]
    assert {task.name for task in report.tasks} >= {f"penalties-{f}" for f in ("csv", "json", "jsonl", "xlsx", "parquet")}
    for resource in empty:
        path = exported / resource["path"]
        if resource["format"] == "jsonl":
            assert path.read_text() == ""
        elif resource["format"] == "csv":
            assert len(_csv_rows(path)) == 0


def test_frictionless_catches_a_changed_json_or_parquet_file(exported: Path) -> None:
    """The bytes and hash of the file resources are really checked, not skipped."""
    frictionless = pytest.importorskip("frictionless")
    package = json.loads((exported / "datapackage.json").read_text())
    package["resources"] = [r for r in package["resources"] if r["name"] in ("penalties-json", "penalties-parquet")]
    package["resources"][0]["hash"] = "sha256:" + "0" * 64
    package["resources"][1]["bytes"] += 1
    (exported / "tampered.json").write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    report = frictionless.validate(str(exported / "tampered.json"))
    errors = {task.name: [e.type for e in task.errors] for task in report.tasks}
    assert errors == {"penalties-json": ["hash-count"], "penalties-parquet": ["byte-count"]}


def test_json_and_parquet_rows_match_their_table_schema(exported: Path) -> None:
    """What frictionless no longer checks in the file resources, checked here: their rows read as
    tables against the same Table Schema (without bytes and hash, which frictionless cannot count
    for a table it reads through ijson or pyarrow)."""
    frictionless = pytest.importorskip("frictionless")
    package = json.loads((exported / "datapackage.json").read_text())
    tables = []
    for resource in package["resources"]:
        if resource["format"] in ("json", "parquet") and resource["name"].startswith(("penalties", "all")):
            table = {k: v for k, v in resource.items() if k not in ("type", "bytes", "hash")}
            tables.append({**table, "profile": "tabular-data-resource"})
    package["resources"] = tables
    (exported / "tables.json").write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    report = frictionless.validate(str(exported / "tables.json"))
    assert report.valid, report.flatten(["taskName", "rowNumber", "fieldName", "type", "note"])[:5]
    assert len(report.tasks) == 4 and all(task.stats["rows"] == 3 for task in report.tasks)


def test_combined_file_holds_every_published_record_once(exported: Path) -> None:
    combined = json.loads((exported / "all.json").read_text())
    assert sorted((r["信息类别"], r["文书号"]) for r in combined) == [("penalties", k) for k in ("P1", "P2", "P3")]
    per_kind = {r["记录标识"] for r in json.loads((exported / "penalties.json").read_text())}
    assert {r["记录标识"] for r in combined} == per_kind
    assert combined[0]["失信程度"] == "一般" and combined[0]["决定日期"] == "2026-06-01"


def test_table_schema_states_types_and_constraints(exported: Path) -> None:
    package = json.loads((exported / "datapackage.json").read_text())
    fields = {f["name"]: f for f in next(r for r in package["resources"] if r["name"] == "penalties-csv")["schema"]["fields"]}
    assert fields["行政处罚决定书文号"]["constraints"] == {"required": True}
    assert fields["行政相对人类别"]["constraints"]["enum"] == ["法人及非法人组织", "自然人", "个体工商户"]
    assert fields["处罚决定日期"]["type"] == "date" and fields["罚款金额(万元)"]["type"] == "number"
    assert fields["行政相对人名称"]["english_name"] == "party_name"
    assert "自然人姓名" in fields["行政相对人名称"]["deidentification"]


def test_datasets_written_in_parallel_are_the_same(tmp_path: Path, tune) -> None:
    write_folder(tmp_path / "data", {"penalties": [penalty(f"P{i}", "2026-06-01", serial=300 + i) for i in range(4)]})
    run = run_pipeline(tmp_path / "data", "2026-11-27")
    export_datasets(run.decided, tmp_path / "serial", META)
    tune(export_parallel_from=1)
    export_datasets(run.decided, tmp_path / "parallel", META)
    read = {p.name: p.read_bytes() for p in (tmp_path / "serial").iterdir()}
    assert read == {p.name: p.read_bytes() for p in (tmp_path / "parallel").iterdir()}


def test_a_table_over_the_sheet_limit_continues_on_further_sheets(tmp_path: Path, tune) -> None:
    """Excel holds 1,048,576 rows a sheet; with the limit set to 3 (header + 2 rows), 5 records fill 3 sheets."""
    import openpyxl

    write_folder(tmp_path / "data", {"penalties": [penalty(f"P{i}", "2026-06-01", serial=300 + i) for i in range(5)]})
    run = run_pipeline(tmp_path / "data", "2026-11-27")
    tune(xlsx_max_rows=3, export_chunk_rows=1)  # chunks and sheets cut the rows at different places
    export_datasets(run.decided, tmp_path / "out", META)
    book = CalamineWorkbook.from_path(str(tmp_path / "out" / "penalties.xlsx"))
    assert book.sheet_names == ["data", "data_2", "data_3"]
    sheets = [book.get_sheet_by_name(name).to_python() for name in book.sheet_names]
    header = _csv_rows(tmp_path / "out" / "penalties.csv")[0].keys()
    assert all(list(sheet[0]) == list(header) for sheet in sheets)
    keys = [dict(zip(sheet[0], row))["行政处罚决定书文号"] for sheet in sheets for row in sheet[1:]]
    assert keys == [r["行政处罚决定书文号"] for r in _csv_rows(tmp_path / "out" / "penalties.csv")] and len(keys) == 5
    workbook = openpyxl.load_workbook(tmp_path / "out" / "penalties.xlsx")  # a second, stricter reader
    assert [workbook[n].max_row for n in book.sheet_names] == [3, 3, 2]
    package = json.loads((tmp_path / "out" / "datapackage.json").read_text())
    resource = next(r for r in package["resources"] if r["path"] == "penalties.xlsx")
    assert resource["sheets"] == ["data", "data_2", "data_3"] and resource["rows"] == 5


TRICKY = ['a,b', 'say "hi"', "two\nlines", "cr\rlf", " lead", "trail ", "\u3000全角空格", "tab\tin", "ctrl\x01x",
          "_x0041_", "a&b<c>d", "back\\slash", "=1+2", "-5", "+86 139", "@x", "\t=tab", "１２", "-１２", "普通文本", ""]


def test_unusual_text_is_written_as_the_csv_json_and_xlsx_libraries_would(tmp_path: Path) -> None:
    """The vectorised writers against the standard library and a spreadsheet reader, cell by cell."""
    import openpyxl

    rows = [penalty(f"P{i}", "2026-06-01", serial=300 + i, 处罚内容=text or "x", 备注=text) for i, text in enumerate(TRICKY)]
    write_folder(tmp_path / "data", {"penalties": rows})
    run = run_pipeline(tmp_path / "data", "2026-11-27")
    export_datasets(run.decided, tmp_path / "out", META)
    out = tmp_path / "out"
    as_json = json.loads((out / "penalties.json").read_text())
    expected = json.dumps(as_json, ensure_ascii=False, indent=1) + "\n"
    assert (out / "penalties.json").read_text() == expected
    assert (out / "penalties.jsonl").read_text() == "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in as_json)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    header = list(as_json[0])
    writer.writerow(header)
    for record in as_json:
        writer.writerow([formula_safe("" if v is None else f"{v:.6f}".rstrip("0").rstrip(".") if isinstance(v, float)
                                      else str(v)) for v in record.values()])
    assert (out / "penalties.csv").read_bytes() == b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
    # XLSX: read back as the former writer's (xlsxwriter, inline strings) cells of the same text read back.
    import xlsxwriter

    reference = xlsxwriter.Workbook(str(tmp_path / "reference.xlsx"), {"constant_memory": True})
    sheet = reference.add_worksheet("data")
    for i, record in enumerate(as_json):
        sheet.write_string(i, 0, record["行政处罚决定书文号"])
        if record["备注"]:
            sheet.write_string(i, 1, formula_safe(record["备注"]))
    reference.close()
    read_back = {row[0]: row[1] for row in openpyxl.load_workbook(tmp_path / "reference.xlsx").active.values}
    cells = list(openpyxl.load_workbook(out / "penalties.xlsx")["data"].values)
    at, key = cells[0].index("备注"), cells[0].index("行政处罚决定书文号")
    assert {row[key]: row[at] for row in cells[1:]} == read_back


def test_each_meaning_has_one_column(exported: Path) -> None:
    """Issue 20: no 失信程度 (reported, mostly empty) beside 失信程度（认定）, no 公示截止期 beside 公示截止日期."""
    package = json.loads((exported / "datapackage.json").read_text())
    for resource in package["resources"]:
        titles = [f["title"] if "title" in f else f["name"] for f in resource["schema"]["fields"]]
        assert len([t for t in titles if "失信程度" in t]) <= 1, resource["name"]
        assert len([t for t in titles if "公示截止" in t]) <= 1, resource["name"]
    header = list(_csv_rows(exported / "penalties.csv")[0])
    assert "失信程度" in header and "公示截止日期" in header
    assert "失信程度（认定）" not in header and "公示截止期" not in header
    rows = json.loads((exported / "penalties.json").read_text())
    assert all(r["失信程度"] in ("一般", "严重") for r in rows)  # never empty: the rules' tier
