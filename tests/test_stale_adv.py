"""Nothing stale, nothing lost: the outsider's cases of session 13 (/work/notes/h19s.md, h19s's S1–S10, L1, L2).

Each test goes through the command line (`creditsite build`, `validate`, `check`) or the data stages, and
each is checked both ways: the case that must be refused or applied, and the one beside it that must not be.
The spec lines are quoted where each test starts.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
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
