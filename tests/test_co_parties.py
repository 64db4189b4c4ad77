"""One decision naming several parties, and one decision in two exports, through `creditsite build`.

Shapes and their sources:
- 共同违法, one 行政处罚决定书 for several parties ("一案有多名违法行为人的，分别决定，可以制作一式多份决定书",
  practice described in http://law.newdu.com/c/20230413/1435.html): the 2019 双公示 template (tests/conftest.py's
  columns) asks one row per 行政相对人, so the 文号 repeats on each party's row, each with its own 处罚内容 and
  罚款金额 (h20e's co-party-csv case);
- the same as an XLSX whose decision cells (文号, 事实, 日期, 机关) are merged down over the party rows (ECMA-376
  mergeCell; h20e's co-party-merged case);
- the same decision exported twice: by an old system in the 2016 双公示 standard (CF_* codes, no 处罚有效期:
  generator/standards/sgs2016.toml fills 长期) and by the platform in the 2019 template (h20e's
  same-decision-two-standards case).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pytest

from generator.check import COLUMNS, check_lines
from tests.conftest import AUTHORITY, AUTHORITY_CODE, make_ric, make_uscc, penalty, write_csv, write_folder
from tests.helpers import run_build

AS_OF = "2026-11-27"
NUMBER = "甘州市监罚〔2026〕951号"
FIRST, SECOND = make_uscc(951), make_uscc(952)
OTHER = "甘州市监罚〔2026〕960号"  # an ordinary one-party decision beside them (a kind never emptied)


def _co_party(code_serial: int, name: str, content: str, amount: str, **extra: str) -> dict[str, str]:
    fields = {"违法事实": "两当事人共同销售过期食品。", "处罚内容": content, "罚款金额（万元）": amount, **extra}
    return penalty(NUMBER, fields.pop("处罚决定日期", "2026-11-20"), name=name, serial=code_serial, **fields)


def _two_parties(**second: str) -> list[dict[str, str]]:
    return [_co_party(951, "张掖市甲商贸有限公司", "罚款1万元", "1"),
            _co_party(952, "张掖市乙商贸有限公司", "罚款5000元", "0.5", **second),
            penalty(OTHER, "2026-11-20", serial=960)]


def _build(root: Path, *extra: str, tag: str = "") -> tuple[int, str, Path, Path]:
    out, report = root / f"site{tag}", root / f"report{tag}"
    code, output = run_build(root / "data", out, report, *extra, state=root / "state", as_of=AS_OF)
    return code, output, out, report


def _published(out: Path) -> list[dict[str, str]]:
    with open(out / "data" / "penalties.csv", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def _issues(report: Path, code: str) -> list[dict[str, object]]:
    lines = (report / "issues.jsonl").read_text(encoding="utf-8").splitlines()
    return [issue for issue in map(json.loads, lines) if issue["code"] == code]


def _check(out: Path, code: str) -> dict[str, str]:
    return dict(zip(COLUMNS, check_lines(out, [code])[0], strict=True))


def test_each_party_of_one_decision_is_published_on_its_own_page_in_the_datasets_and_the_check_index(
        tmp_path: Path) -> None:
    write_folder(tmp_path / "data", {"penalties": _two_parties()})
    code, output, out, report = _build(tmp_path)
    assert code == 0, output
    rows = {r["统一社会信用代码"]: r for r in _published(out) if r["行政处罚决定书文号"] == NUMBER}
    assert set(rows) == {FIRST, SECOND}
    assert (rows[FIRST]["处罚内容"], rows[SECOND]["处罚内容"]) == ("罚款1万元", "罚款5000元")  # each party's own
    assert rows[FIRST]["记录标识"] != rows[SECOND]["记录标识"]
    for entity, other in ((FIRST, SECOND), (SECOND, FIRST)):
        page = (out / "entity" / entity / "index.html").read_text(encoding="utf-8")
        assert NUMBER in page and other not in page
        assert _check(out, entity)["近1年行政处罚（条）"] == "1"
    [warned] = _issues(report, "decision-several-parties")  # one line per file, its rows listed
    assert warned["file"] == "penalties/penalties.csv" and "第 2、3 行" in str(warned["message"])
    assert not _issues(report, "conflicting-duplicate")
    # The one-party decision beside them keeps the identity it always had: sha256(kind|number|issuer).
    alone = next(r for r in _published(out) if r["行政处罚决定书文号"] == OTHER)
    assert alone["记录标识"] == hashlib.sha256(f"penalties|{OTHER}|{AUTHORITY_CODE}".encode()).hexdigest()


def test_decision_cells_merged_down_over_the_party_rows_of_an_xlsx_are_read_on_each_row(tmp_path: Path) -> None:
    import xlsxwriter

    rows = _two_parties()[:2]
    header = list(rows[0])
    path = tmp_path / "data" / "penalties" / "共同违法_一案两人.xlsx"
    path.parent.mkdir(parents=True)
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, header)
    party_block = {"行政相对人名称", "行政相对人类别", "统一社会信用代码", "处罚内容", "罚款金额（万元）"}
    for c, column in enumerate(header):
        if column in party_block:
            sheet.write_column(1, c, [row[column] for row in rows])
        else:  # the decision's cells merged over both party rows: the value is stored in the first cell only
            sheet.merge_range(1, c, 2, c, rows[0][column])
    workbook.close()
    code, output, out, report = _build(tmp_path)
    assert code == 0, output
    published = {r["统一社会信用代码"]: r for r in _published(out)}
    assert set(published) == {FIRST, SECOND}
    for row in published.values():
        assert (row["行政处罚决定书文号"], row["处罚决定日期"], row["处罚机关"]) == (NUMBER, "2026-11-20", AUTHORITY)
        assert row["违法事实"] == "两当事人共同销售过期食品。"
    assert published[SECOND]["罚款金额(万元)"] == "0.5"


def test_a_person_among_the_parties_is_masked_and_the_decision_still_published(tmp_path: Path) -> None:
    person = _co_party(0, "王建国", "罚款2000元", "0.2", category="自然人", 证件类型="身份证",
                       证件号码=make_ric("19800101", "451"))
    write_folder(tmp_path / "data", {"penalties": [_two_parties()[0], person, _two_parties()[2]]})
    code, output, out, _ = _build(tmp_path)
    assert code == 0, output
    rows = {r["行政相对人名称"]: r for r in _published(out) if r["行政处罚决定书文号"] == NUMBER}
    assert set(rows) == {"张掖市甲商贸有限公司", "王**"}
    # Its identity is made of public values only (the masked name as published), never of the ID number:
    # a hash of an ID number can be found by trying the numbers of a birth year.
    expected = hashlib.sha256(f"penalties|{NUMBER}|{AUTHORITY_CODE}|name:王**".encode()).hexdigest()
    assert rows["王**"]["记录标识"] == expected
    assert rows["王**"]["处罚内容"] == "罚款2000元" and rows["王**"]["违法事实"] == "两当事人共同销售过期食品。"
    site_text = "".join(p.read_text(encoding="utf-8", errors="ignore") for p in out.rglob("*") if p.is_file()
                        and p.suffix in (".html", ".csv", ".json", ".jsonl"))
    assert "王建国" not in site_text and make_ric("19800101", "451") not in site_text


def test_decision_facts_that_differ_between_parties_are_a_conflict_naming_the_other_row_and_column(
        tmp_path: Path) -> None:
    write_folder(tmp_path / "data", {"penalties": _two_parties(违法事实="另一案的事实。", 处罚决定日期="2026-11-21")})
    code, output, out, report = _build(tmp_path)
    assert code == 0, output
    assert [r["行政处罚决定书文号"] for r in _published(out)] == [OTHER]
    conflicts = {i["row"]: str(i["message"]) for i in _issues(report, "conflicting-duplicate")}
    assert set(conflicts) == {2, 3}
    assert "penalties/penalties.csv 第 3 行" in conflicts[2] and "penalties/penalties.csv 第 2 行" in conflicts[3]
    assert all("违法事实、处罚决定日期" in m and "另一案" not in m for m in conflicts.values())


def test_one_partys_rows_that_differ_are_a_conflict_naming_the_column(tmp_path: Path) -> None:
    rows = _two_parties()
    rows.insert(1, _co_party(951, "张掖市甲商贸有限公司", "罚款1万元", "1.5"))  # party 甲 twice, two amounts
    write_folder(tmp_path / "data", {"penalties": rows})
    code, output, out, report = _build(tmp_path)
    assert code == 0, output
    conflicts = {i["row"]: str(i["message"]) for i in _issues(report, "conflicting-duplicate")}
    assert set(conflicts) == {2, 3, 4}  # the decision waits whole: its other party too
    assert "第 3 行" in conflicts[2] and "“罚款金额(万元)”不同" in conflicts[2] and "当事人相同" in conflicts[2]
    assert [r["行政处罚决定书文号"] for r in _published(out)] == [OTHER]


SGS2016 = ["CF_WSH", "CF_CFMC", "CF_CFLB1", "CF_SY", "CF_YJ", "CF_XDR_MC", "CF_XDR_SHXYM", "CF_JG", "CF_JDRQ",
           "CF_XZJG", "CF_ZT"]


def test_the_same_decision_in_a_2016_and_a_2019_export_is_published_once_with_the_written_validity(
        tmp_path: Path) -> None:
    old = {"CF_WSH": OTHER, "CF_CFMC": "销售过期食品", "CF_CFLB1": "1", "CF_SY": "当事人销售超过保质期的食品。",
           "CF_YJ": "《中华人民共和国食品安全法》第一百二十四条", "CF_XDR_MC": "张掖市丹霞商贸有限公司",
           "CF_XDR_SHXYM": make_uscc(960), "CF_JG": "罚款2000元", "CF_JDRQ": "2026/11/20", "CF_XZJG": AUTHORITY,
           "CF_ZT": "0"}
    data = tmp_path / "data" / "penalties"
    write_csv(data / "2016标准_旧系统导出.csv", [old], header=SGS2016)
    write_csv(data / "2019模板_平台导出.csv", [penalty(OTHER, "2026-11-20", serial=960, 处罚有效期="2027-11-19")])
    (data / "columns.toml").write_text(f'[defaults]\n"处罚机关统一社会信用代码" = "{AUTHORITY_CODE}"\n'
                                       f'"数据来源单位统一社会信用代码" = "{AUTHORITY_CODE}"\n', encoding="utf-8")
    code, output, out, report = _build(tmp_path)
    assert code == 0, output
    [row] = _published(out)
    assert (row["行政处罚决定书文号"], row["处罚有效期"], row["罚款金额(万元)"]) == (OTHER, "2027-11-19", "0.2")
    [said] = _issues(report, "duplicate-record")
    assert said["file"] == "penalties/2016标准_旧系统导出.csv"
    assert "“处罚有效期”以penalties/2019模板_平台导出.csv 第 2 行所写的为准" in str(said["message"])
    assert not _issues(report, "conflicting-duplicate")


def test_a_second_build_keeps_every_partys_identity(tmp_path: Path) -> None:
    write_folder(tmp_path / "data", {"penalties": _two_parties()})
    first = _build(tmp_path)
    ids = sorted(r["记录标识"] for r in _published(first[2]))
    second = _build(tmp_path, "--as-of", "2026-11-28")
    assert second[0] == 0, second[1]
    assert sorted(r["记录标识"] for r in _published(second[2])) == ids
    changes = json.loads((second[2] / "data" / "changes.json").read_text(encoding="utf-8"))["kinds"]["penalties"]
    assert (changes["added"], changes["removed"]) == (0, {})


def _withdrawal(**named: str) -> dict[str, str]:
    return {"信息类别": "行政处罚", "原决定文书号": NUMBER, "原决定机关统一社会信用代码": AUTHORITY_CODE, "撤销类型": "撤销",
            "撤销日期": "2026-11-25", "作出机关": AUTHORITY, **named}


def _repair(**named: str) -> dict[str, str]:
    return {"信息类别": "行政处罚", "原决定文书号": NUMBER, "原决定机关统一社会信用代码": AUTHORITY_CODE,
            "修复方式": "终止公示", "修复决定日期": "2026-11-25", "修复决定机关": "甘州区发展和改革局", **named}


@pytest.mark.parametrize(("control", "row", "left"), [
    ("repairs", _repair(), set()),  # the number alone: every party of the decision
    ("repairs", _repair(统一社会信用代码=FIRST), {SECOND}),  # the number and a party's code: that party only
    ("withdrawals", _withdrawal(), set()),
    ("withdrawals", _withdrawal(统一社会信用代码=SECOND), {FIRST}),
    # a withdrawal's code that is none of the parties' (the body's own, hx8) narrows nothing
    ("withdrawals", _withdrawal(统一社会信用代码=AUTHORITY_CODE), set()),
])
def test_a_repair_or_withdrawal_of_the_number_stops_every_party_and_of_a_partys_code_that_party(
        tmp_path: Path, control: str, row: dict[str, str], left: set[str]) -> None:
    write_folder(tmp_path / "data", {"penalties": _two_parties(), control: [row]})
    code, output, out, _ = _build(tmp_path)
    assert code == 0, output
    assert {r["统一社会信用代码"] for r in _published(out) if r["行政处罚决定书文号"] == NUMBER} == left


def test_a_withdrawn_party_is_not_published_again_when_the_withdrawals_are_missing(tmp_path: Path) -> None:
    write_folder(tmp_path / "data", {"penalties": _two_parties(), "withdrawals": [_withdrawal(统一社会信用代码=SECOND)]})
    code, output, out, _ = _build(tmp_path)
    assert code == 0, output
    for path in (tmp_path / "data" / "withdrawals").iterdir():
        path.unlink()
    (tmp_path / "data" / "withdrawals").rmdir()
    code, output, *_ = _build(tmp_path, "--as-of", "2026-11-28")
    assert code != 0 and "有 1 条此前已停止公示的记录将重新公示" in output, output  # 乙 only: 甲 was never withdrawn


def test_a_decision_that_gains_a_second_party_keeps_the_first_partys_record(tmp_path: Path) -> None:
    write_folder(tmp_path / "data", {"penalties": [_two_parties()[0], _two_parties()[2]]})
    first = _build(tmp_path)
    assert first[0] == 0, first[1]
    write_folder(tmp_path / "data", {"penalties": _two_parties()})
    # Ten working days after the decision: 乙, first published now, is late; 甲 was published in time.
    code, output, out, report = _build(tmp_path, "--as-of", "2026-12-04")
    assert code == 0, output
    changes = json.loads((out / "data" / "changes.json").read_text(encoding="utf-8"))["kinds"]["penalties"]
    assert (changes["added"], changes["removed"]) == (1, {})  # 乙 added; 甲's record was not taken down
    assert (out / "data" / "removals.jsonl").read_text(encoding="utf-8").strip() == ""
    late = list(csv.DictReader(io.StringIO((report / "late.csv").read_text(encoding="utf-8-sig"))))
    assert [row["key"] for row in late] == [NUMBER]  # one party's record, not two


def test_a_decision_that_loses_a_party_removes_that_partys_record_only(tmp_path: Path) -> None:
    write_folder(tmp_path / "data", {"penalties": _two_parties()})
    first = _build(tmp_path)
    assert first[0] == 0, first[1]
    ids = {r["统一社会信用代码"]: r["记录标识"] for r in _published(first[2])}
    write_folder(tmp_path / "data", {"penalties": [_two_parties()[0], _two_parties()[2]]})
    code, output, out, _ = _build(tmp_path, "--as-of", "2026-11-28")
    assert code == 0, output
    ledger = [json.loads(line) for line in (out / "data" / "removals.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [entry["hash"] for entry in ledger] == [ids[SECOND]]
    changes = json.loads((out / "data" / "changes.json").read_text(encoding="utf-8"))["kinds"]["penalties"]
    assert (changes["added"], changes["removed"]) == (0, {"source-removed": 1})
