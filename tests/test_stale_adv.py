"""Nothing stale, nothing lost: the outsider's cases of session 13 (/work/notes/h19s.md, h19s's S1–S10, L1, L2).

Each test goes through the command line (`creditsite build`, `validate`, `check`) or the data stages, and
each is checked both ways: the case that must be refused or applied, and the one beside it that must not be.
The spec lines are quoted where each test starts.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from generator.load import load_sources
from tests.helpers import AUTHORITY_CODE, build_args, license_, penalty, run_pipeline, write_csv, write_folder

REPAIRED = "甘州市监罚〔2026〕42号"
KEPT = "甘州市监罚〔2026〕43号"


def _build(root: Path, as_of: str, *extra: str, data: str = "data") -> tuple[int, str]:
    result = CliRunner().invoke(main, build_args(root / data, root / "site", root / "report", *extra,
                                                 state=root / "state", as_of=as_of))
    return result.exit_code, "".join(result.output.split())


def _published(root: Path, kind: str = "penalties") -> str:
    return (root / "site" / "data" / f"{kind}.csv").read_text(encoding="utf-8-sig")


def _repair(number: str, day: str = "2026-11-03") -> dict[str, str]:
    return {"信息类别": "行政处罚", "原决定文书号": number, "原决定机关统一社会信用代码": AUTHORITY_CODE,
            "修复方式": "终止公示", "修复决定日期": day, "修复决定机关": "甘州区发展和改革局"}


def _withdrawal(number: str, category: str = "行政处罚", day: str = "2026-11-03") -> dict[str, str]:
    return {"信息类别": category, "原决定文书号": number, "原决定机关统一社会信用代码": AUTHORITY_CODE,
            "撤销类型": "撤销", "撤销日期": day, "作出机关": "张掖市甘州区人民政府"}


# -- S9, S10: the guard against publishing a repaired or withdrawn record again -------------------------
# README "When the build complains": the build stops when "a record the site once stopped publishing because
# of a credit repair or a withdrawal would be published again"; data-contract.md: "Decision numbers are compared
# after normalising brackets, full-width digits and white space, for repairs, withdrawals and duplicates alike".


def test_a_repaired_penalty_respelled_in_the_export_is_not_published_again(tmp_path: Path) -> None:
    write_folder(tmp_path / "data", {"penalties": [penalty(REPAIRED, serial=402), penalty(KEPT, serial=403)],
                                     "repairs": [_repair(REPAIRED)]})
    assert _build(tmp_path, "2026-11-27")[0] == 0
    assert REPAIRED not in _published(tmp_path) and KEPT in _published(tmp_path)
    shutil.rmtree(tmp_path / "data" / "repairs")  # the repairs file missing at the next build
    for spelled in ("甘州市监罚[２０２６]42号", "甘州市监罚 (2026) 42 号", "甘州市监罚〔2026〕第042号"):
        write_folder(tmp_path / "data", {"penalties": [penalty(spelled, serial=402), penalty(KEPT, serial=403)]})
        code, output = _build(tmp_path, "2026-11-28")
        assert code == 1 and "此前已停止公示的记录将重新公示" in output, (spelled, output)
        assert "甘州市监罚" not in _published(tmp_path).replace(KEPT, "")
    # The other way: another number written the same way is a new record and is published.
    write_folder(tmp_path / "data", {"penalties": [penalty("甘州市监罚[２０２６]44号", serial=402),
                                                   penalty(KEPT, serial=403)]})
    code, output = _build(tmp_path, "2026-11-28")
    assert code == 0, output
    assert "甘州市监罚[２０２６]44号" in _published(tmp_path)
    # Staff who mean it still can.
    write_folder(tmp_path / "data", {"penalties": [penalty("甘州市监罚 (2026) 42 号", serial=402),
                                                   penalty(KEPT, serial=403)]})
    code, output = _build(tmp_path, "2026-11-29", "--allow-republish")
    assert code == 0, output
    assert "甘州市监罚 (2026) 42 号" in _published(tmp_path)


def test_a_withdrawn_licence_keyed_by_its_licence_number_later_is_not_published_again(tmp_path: Path) -> None:
    voided, kept = "甘州市监许〔2025〕9号", "甘州市监许〔2025〕10号"
    licences = [license_(voided, "2025-06-01", 许可编号="JY16207020000009", serial=409),
                license_(kept, "2025-06-01", 许可编号="JY16207020000010", serial=410)]
    write_folder(tmp_path / "data", {"licenses": licences, "withdrawals": [_withdrawal(voided, "行政许可")]})
    assert _build(tmp_path, "2026-11-27")[0] == 0
    assert "JY16207020000009" not in _published(tmp_path, "licenses")
    shutil.rmtree(tmp_path / "data" / "withdrawals")
    # The export now leaves its 文书号 empty: the key falls back to 许可编号 (data-contract.md, licences).
    licences[0] = {**licences[0], "行政许可决定文书号": ""}
    write_folder(tmp_path / "data", {"licenses": licences})
    code, output = _build(tmp_path, "2026-11-28")
    assert code == 1 and "此前已停止公示的记录将重新公示" in output, output
    # The other way: the licence beside it, keyed the same way, is published.
    licences = [{**licences[1], "行政许可决定文书号": ""}]
    write_folder(tmp_path / "data", {"licenses": licences})
    code, output = _build(tmp_path, "2026-11-28")
    assert code == 0, output
    assert "JY16207020000010" in _published(tmp_path, "licenses")


def test_a_licence_sharing_the_licence_number_of_a_withdrawn_one_is_published(tmp_path: Path) -> None:
    # h21l (session 15): two licence decisions share the 许可编号 of one certificate (a renewal keeps it); the first
    # is withdrawn. The next build, same data, must publish the second and apply a withdrawal of a third: the
    # guard took the second for the first by their 许可编号 and refused every later build, so the third stayed public.
    first, renewal, third = "甘州市监许〔2026〕1号", "甘州市监许〔2026〕2号", "甘州市监许〔2026〕3号"
    licences = [license_(first, "2026-03-01", 许可编号="JY16207020009999", serial=411),
                license_(renewal, "2026-05-01", 许可编号="JY16207020009999", serial=411),
                license_(third, "2026-05-02", 许可编号="JY16207020000012", serial=412)]
    write_folder(tmp_path / "data", {"licenses": licences, "withdrawals": [
        _withdrawal(first, "行政许可", "2026-06-01"), _withdrawal(third, "行政许可", "2026-06-02")]})
    assert _build(tmp_path, "2026-06-01")[0] == 0
    assert first not in _published(tmp_path, "licenses") and third in _published(tmp_path, "licenses")
    code, output = _build(tmp_path, "2026-06-02")
    assert code == 0, output
    published = _published(tmp_path, "licenses")
    assert renewal in published and first not in published and third not in published
    # The first decision exported again without its 文书号 is keyed by that 许可编号, and still refused (S10).
    licences[0] = {**licences[0], "行政许可决定文书号": ""}
    write_folder(tmp_path / "data", {"licenses": [licences[0], licences[2]], "withdrawals": [
        _withdrawal(third, "行政许可", "2026-06-02")]})
    code, output = _build(tmp_path, "2026-06-03")
    assert code == 1 and "此前已停止公示的记录将重新公示" in output, output


def test_a_licence_withdrawn_without_its_decision_number_is_not_published_again_with_one(tmp_path: Path) -> None:
    # The other way round from S10: withheld while the export left its 文书号 empty (keyed by its 许可编号), the
    # licence comes back with its 文书号 and without the withdrawal: the same certificate, refused.
    licence = license_("", "2026-03-01", 许可编号="JY16207020000013", serial=413)
    write_folder(tmp_path / "data", {"licenses": [licence], "withdrawals": [
        {**_withdrawal("JY16207020000013", "行政许可", "2026-06-01")}]})
    assert _build(tmp_path, "2026-06-01")[0] == 0
    assert "JY16207020000013" not in _published(tmp_path, "licenses")
    write_folder(tmp_path / "data", {"licenses": [{**licence, "行政许可决定文书号": "甘州市监许〔2026〕13号"}]})
    shutil.rmtree(tmp_path / "data" / "withdrawals")
    code, output = _build(tmp_path, "2026-06-02")
    assert code == 1 and "此前已停止公示的记录将重新公示" in output, output


# -- S1: a control row's number with its year written out (2026年60号) or dashed (2026-33号) -----------------
# README `control-number-read`: "年份未写成四位数字加括号 … 只有一条原记录（类别、机关代码、当事人均相符）能这样读时，
# 按该记录处理".


def test_a_control_number_with_its_year_unbracketed_is_read_when_one_record_fits(tmp_path: Path) -> None:
    data = write_folder(tmp_path / "data", {
        "penalties": [penalty("甘州市监罚〔2026〕60号", serial=460), penalty("甘州市监罚〔2026〕33号", serial=433),
                      penalty("甘州市监罚〔2026〕34号", serial=434)],
        "repairs": [_repair("甘州市监罚2026年60号")],
        "withdrawals": [_withdrawal("甘州市监罚2026-33号")]})
    run = run_pipeline(data, "2026-11-27")
    assert run.status("penalties", "甘州市监罚〔2026〕60号") == "repaired"
    assert run.status("penalties", "甘州市监罚〔2026〕33号") == "withdrawn"
    assert run.status("penalties", "甘州市监罚〔2026〕34号") == "published"
    codes = [p.code for p in run.decided.problems]
    assert codes.count("control-number-read") == 2 and "control-unmatched" not in codes
    # The other way: a reading that names no record (61号) leaves the row unmatched, nothing withheld.
    write_csv(data / "repairs" / "repairs.csv", [_repair("甘州市监罚2026年61号")])
    run = run_pipeline(data, "2026-11-27")
    assert run.status("penalties", "甘州市监罚〔2026〕60号") == "published"
    assert [p.code for p in run.decided.problems].count("control-unmatched") == 1


def _validate(root: Path) -> tuple[int, str, list[dict[str, object]]]:
    result = CliRunner().invoke(main, ["validate", "--data", str(root / "data"), "--report", str(root / "vreport"),
                                       "--as-of", "2026-11-27"])
    issues = [json.loads(line) for line in (root / "vreport" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    return result.exit_code, "".join(result.output.split()), issues


# -- S3, S2, L1, L2a: the data folder as listed ------------------------------------------------------------
# data-contract.md: "A file in `repairs/` or `withdrawals/` that cannot be read stops the build"; publication-rules.md:
# "rows read = published + withheld + rejected" (a file not read is named, never lost without a word).


def test_a_repairs_file_the_loader_does_not_read_stops_the_build(tmp_path: Path) -> None:
    write_folder(tmp_path / "data", {"penalties": [penalty(REPAIRED, serial=402), penalty(KEPT, serial=403)]})
    assert _build(tmp_path, "2026-11-27")[0] == 0
    repairs = tmp_path / "data" / "repairs"
    for name in ("r.csv.part", "修复决定书.docx", ".修复决定.csv"):
        shutil.rmtree(repairs, ignore_errors=True)
        write_csv(repairs / name, [_repair(REPAIRED)])
        code, output = _build(tmp_path, "2026-11-28")
        assert code == 1 and f"repairs/{name}" in output and "修复与撤销决定不能不读" in output, (name, output)
        assert REPAIRED in _published(tmp_path)  # the site as it was: the build stopped before it
    # The other way: the same file in a record kind's folder is named with a warning and the build goes on; the
    # system's own files and an editor's lock file beside a repairs file stop nothing.
    shutil.rmtree(repairs)
    write_csv(repairs / "repairs.csv", [_repair(REPAIRED)])
    for name in ("Thumbs.db", "~$repairs.xlsx", "._repairs.csv"):
        (repairs / name).write_bytes(b"\0\1")
    write_csv(tmp_path / "data" / "penalties" / "p.csv.part", [penalty(KEPT, serial=403)])
    write_csv(tmp_path / "data" / "penalties" / ".p-2026-12.csv", [penalty("甘州市监罚〔2026〕45号", serial=405)])
    code, output = _build(tmp_path, "2026-11-28")
    assert code == 0, output
    assert REPAIRED not in _published(tmp_path) and KEPT in _published(tmp_path)
    issues = [json.loads(line) for line in (tmp_path / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    said = {(i["code"], i["file"]) for i in issues}
    assert ("file-unknown-type", "penalties/p.csv.part") in said
    assert ("file-hidden-skipped", "penalties/.p-2026-12.csv") in said  # L2a: the hidden export is named
    # (Thumbs.db named as any unknown file is; the lock file and the macOS metadata file not at all.)
    assert {(c, f) for c, f in said if f.startswith("repairs/") and f != "repairs/repairs.csv"} == {
        ("file-unknown-type", "repairs/Thumbs.db")}


def test_a_folder_named_like_a_kind_but_not_exactly_is_named(tmp_path: Path) -> None:
    data = write_folder(tmp_path / "data", {"penalties": [penalty(KEPT, serial=403)]})
    for folder in ("repair", "Repairs", "信用修复", "撤销"):
        target = data / folder
        write_csv(target / "r.csv", [_repair(KEPT)])
        code, output, issues = _validate(tmp_path)
        assert code == 1 and f"{folder}/r.csv" in output, (folder, output)
        assert [(i["code"], i["severity"]) for i in issues if i["file"] == f"{folder}/"] == [("folder-misnamed", "error")]
        shutil.rmtree(target)
    # A record kind's folder misnamed, or an export at the top: a warning naming each file (their rows are not read).
    write_csv(data / "penalty" / "typo.csv", [penalty("甘州市监罚〔2026〕46号", serial=406)])
    write_csv(data / "行政处罚" / "cn.csv", [penalty("甘州市监罚〔2026〕47号", serial=407)])
    write_csv(data / "penalties-2026.csv", [penalty("甘州市监罚〔2026〕48号", serial=408)])
    # A folder of the staff's own holding an export is named with the kind its rows are (h21s: nothing lost);
    # one holding only notes, and the settings file, are not named.
    write_csv(data / "归档" / "old.csv", [penalty("甘州市监罚〔2026〕49号", serial=409)])
    (data / "说明").mkdir()
    (data / "说明" / "导出说明.txt").write_text("每月 5 日前导出。", encoding="utf-8")
    (data / "site.toml").write_text("", encoding="utf-8")
    code, output, issues = _validate(tmp_path)
    named = {i["file"]: (i["code"], i["severity"], i["message"]) for i in issues}
    assert named["penalty/"][:2] == ("folder-misnamed", "warning") and "penalty/typo.csv" in named["penalty/"][2]
    assert named["行政处罚/"][:2] == ("folder-misnamed", "warning") and "penalties/" in named["行政处罚/"][2]
    assert named["penalties-2026.csv"][:2] == ("file-outside-kind-folder", "warning")
    assert named["归档/"][:2] == ("folder-not-read", "warning") and "归档/old.csv（看起来是 penalties/）" in named["归档/"][2]
    assert not [f for f in named if f.startswith(("说明", "site.toml"))]


# -- S4: a hidden row or sheet of a repairs file is still a decision ----------------------------------------------


def test_a_hidden_repair_row_or_sheet_is_applied_with_a_warning(tmp_path: Path) -> None:
    import openpyxl

    numbers = [f"甘州市监罚〔2026〕{n}号" for n in (51, 52, 53, 54)]
    data = write_folder(tmp_path / "data", {"penalties": [penalty(n, serial=450 + i) for i, n in enumerate(numbers)]})
    header = list(_repair(numbers[0]))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "修复"
    sheet.append(header)
    for number in numbers[:2]:
        sheet.append(list(_repair(number).values()))
    sheet.row_dimensions[3].hidden = True  # the second repair (52号), filtered away before saving
    done = book.create_sheet("已办结")
    done.append(header)
    done.append(list(_repair(numbers[2]).values()))
    done.sheet_state = "hidden"
    (data / "repairs").mkdir()
    book.save(data / "repairs" / "r.xlsx")
    # The other way: a hidden row of a penalties workbook is still not read (what staff see is what is published).
    pen = openpyxl.Workbook()
    rows = pen.active
    first = penalty("甘州市监罚〔2026〕55号", serial=455)
    rows.append(list(first))
    rows.append(list(first.values()))
    rows.append(list(penalty("甘州市监罚〔2026〕56号", serial=456).values()))
    rows.row_dimensions[3].hidden = True
    pen.save(data / "penalties" / "more.xlsx")
    run = run_pipeline(data, "2026-11-27")
    assert [run.status("penalties", n) for n in numbers] == ["repaired", "repaired", "repaired", "published"]
    assert run.status("penalties", "甘州市监罚〔2026〕55号") == "published"
    assert "甘州市监罚〔2026〕56号" not in run.decided.frames["penalties"]["行政处罚决定书文号"].tolist()
    problems = load_sources(data).problems
    hidden = [p for p in problems if p.code == "control-hidden-applied"]
    assert [(p.file, p.row) for p in hidden] == [("repairs/r.xlsx#修复", 3), ("repairs/r.xlsx", None)], hidden
    assert "已办结" in hidden[1].message and "仍已读取" in hidden[0].message
    assert "row-hidden" in {p.code for p in problems if p.file.startswith("penalties/more.xlsx")}


# -- S5, L2b: a row that gives only its number --------------------------------------------------------------------
# README `control-value-missing`: "修复或撤销决定的某项为空 … 该决定仍然生效，原记录不再公示"; interfaces.md: a control kind's
# "read == rejected + applied + pending + unmatched", a record kind's rows read = published + withheld + rejected.


def test_a_row_with_only_its_number_is_read_applied_or_rejected_and_counted(tmp_path: Path) -> None:
    numbers = [f"甘州市监罚〔2026〕{n}号" for n in (61, 62, 63)]
    data = write_folder(tmp_path / "data", {"penalties": [penalty(n, serial=460 + i) for i, n in enumerate(numbers)]})
    write_csv(data / "repairs" / "r.csv", [{**dict.fromkeys(_repair(""), ""), "序号": "1", "原决定文书号": numbers[0]}])
    write_csv(data / "withdrawals" / "w.csv", [{**dict.fromkeys(_withdrawal(""), ""), "原决定文书号": numbers[1]}])
    key_only = dict.fromkeys(penalty(""), "")
    write_csv(data / "penalties" / "keyonly.csv", [{**key_only, "行政处罚决定书文号": "甘州市监罚〔2026〕9016号"},
                                                   # the other way: a note or a date alone is still not a record
                                                   {**key_only, "行政处罚决定书文号": "注：以上为本月数据"},
                                                   {**key_only, "行政处罚决定书文号": "2026-11-30"},
                                                   {**key_only, "行政处罚决定书文号": "共35条"}])
    run = run_pipeline(data, "2026-11-27")
    assert [run.status("penalties", n) for n in numbers] == ["repaired", "withdrawn", "published"]
    assert run.decided.control["repairs"] == {"read": 1, "rejected": 0, "applied": 1, "pending": 0, "unmatched": 0}
    assert run.decided.control["withdrawals"] == {"read": 1, "rejected": 0, "applied": 1, "pending": 0, "unmatched": 0}
    said = [(p.code, p.file, p.row) for p in run.validated.problems]
    assert ("control-value-missing", "repairs/r.csv", 2) in said and ("control-value-missing", "withdrawals/w.csv", 2) in said
    assert ("missing-value", "penalties/keyonly.csv", 2) in said
    assert run.validated.kinds["penalties"].rejected == 1
    problems = load_sources(data).problems
    assert [p.code for p in problems if p.file == "penalties/keyonly.csv"].count("row-not-data") >= 1
    assert run.summary["kinds"]["penalties"]["read"] == 4  # the three records and the key-only row, rejected


# -- S6: a withdrawal naming a licence by its 许可编号 ---------------------------------------------------------------
# data-contract.md, licences: "行政许可决定文书号 (key; when empty the 许可编号 is the key)"; publication-rules.md: "A
# withdrawal withholds the record as withdrawn from its 撤销日期 on". The spec does not say a licence with a 文书号 may
# be named by its 许可编号; a licence revocation usually quotes the number printed on the certificate, so it is read.


def test_a_withdrawal_naming_a_licence_by_its_licence_number_withholds_it(tmp_path: Path) -> None:
    data = write_folder(tmp_path / "data", {
        "licenses": [license_("甘州市监许〔2020〕3号", "2020-06-01", 许可编号="JY16207020001076", serial=403),
                     license_("甘州市监许〔2020〕4号", "2020-06-01", 许可编号="JY16207020001077", serial=404)],
        "withdrawals": [_withdrawal("JY16207020001076", "行政许可")]})
    run = run_pipeline(data, "2026-11-27")
    assert run.status("licenses", "甘州市监许〔2020〕3号") == "withdrawn"
    assert run.status("licenses", "甘州市监许〔2020〕4号") == "published"  # the other way: the licence beside it
    assert run.decided.control["withdrawals"]["applied"] == 1
    # The other way: a 许可编号 no licence holds is unmatched, nothing withheld.
    write_csv(data / "withdrawals" / "withdrawals.csv", [_withdrawal("JY16207020009999", "行政许可")])
    run = run_pipeline(data, "2026-11-27")
    assert run.status("licenses", "甘州市监许〔2020〕3号") == "published"
    assert run.decided.control["withdrawals"]["unmatched"] == 1


# -- S8: `check --data` with the site's state ----------------------------------------------------------------------
# `check --help`: --data gives "结果与用同一数据、同一日期生成的站点相同"; --state "使结果中的版本号与站点一致";
# publication-rules.md: a repaired record is withheld from every public output.


def test_check_against_data_lacking_a_repair_the_site_applied_refuses_as_the_build_does(tmp_path: Path) -> None:
    from tests.helpers import make_uscc

    write_folder(tmp_path / "data", {"penalties": [penalty(REPAIRED, serial=402), penalty(KEPT, serial=403)],
                                     "repairs": [_repair(REPAIRED)]})
    assert _build(tmp_path, "2026-11-27")[0] == 0
    (tmp_path / "list.txt").write_text(f"{make_uscc(402)}\n{make_uscc(403)}\n", encoding="utf-8")

    def check() -> tuple[int, str]:
        result = CliRunner().invoke(main, ["check", str(tmp_path / "list.txt"), "--data", str(tmp_path / "data"),
                                           "--as-of", "2026-11-27", "--state", str(tmp_path / "state")])
        return result.exit_code, result.output

    # The data as built: the repaired party is not found, the other one is.
    code, output = check()
    rows = {line.split(",")[1]: line.split(",")[2] for line in output.splitlines() if line[:2] in ("1,", "2,")}
    assert code == 0 and rows == {make_uscc(402): "未找到", make_uscc(403): "找到"}, output
    shutil.rmtree(tmp_path / "data" / "repairs")  # the repairs file missing from the data folder afterwards
    code, output = check()
    assert code == 1 and "此前已停止公示的记录将重新公示" in "".join(output.split()), output
    assert make_uscc(402) not in output
