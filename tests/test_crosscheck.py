"""Red/black cross-check (任务 17), the optional withholding of honours in conflict, and the supervision table."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from generator.crosscheck import (
    CONFLICT,
    CONFLICT_LISTS,
    WITHHELD_CODE,
    find_conflicts,
    load_supervision,
    normalize_grade,
    withhold_conflicting_honours,
    withholding_enabled,
)
from generator.settings import load_settings
from tests.conftest import (
    AUTHORITY,
    AUTHORITY_CODE,
    listing,
    make_ric,
    make_uscc,
    party,
    penalty,
    run_pipeline,
    write_folder,
)

AS_OF = "2026-11-27"
PERSON = {"name": "张三", "category": "自然人", "code": "", "证件类型": "身份证", "证件号码": make_ric()}
ROOT = Path(__file__).resolve().parents[1]


def code(serial: int) -> str:
    return make_uscc(serial)


def evaluation(no: str, serial: int, grade: str, date: str, scheme: str = "企业信用风险分类",
               until: str = "2027-12-31") -> dict[str, str]:
    row = party(name=f"甘州测试{serial}有限公司", serial=serial)
    row.update({"评价类型": scheme, "评价结果": grade, "评价编号": no, "评价日期": date, "有效期至": until,
                "评价单位": AUTHORITY, "评价单位统一社会信用代码": AUTHORITY_CODE})
    return row


def red(no: str, serial: int, date: str = "2026-01-10", until: str = "2027-12-31", **extra: str) -> dict[str, str]:
    who = {"name": f"甘州测试{serial}有限公司", "code": code(serial), **extra}
    return listing("redlist", no, date, 有效期至=until, **who)


def black(no: str, serial: int, date: str = "2026-03-01", until: str = "", **extra: str) -> dict[str, str]:
    who = {"name": f"甘州测试{serial}有限公司", "code": code(serial), **extra}
    return listing("blacklist", no, date, 有效期至=until, **who)


def serious(no: str, serial: int, date: str) -> dict[str, str]:
    return penalty(no, date, name=f"甘州测试{serial}有限公司", code=code(serial), 处罚类别="罚款;吊销许可证件")


def registry(serial: int, status: str, name: str = "") -> dict[str, str]:
    return {"统一社会信用代码": code(serial), "主体名称": name or f"甘州测试{serial}有限公司", "登记状态": status}


@pytest.fixture
def planted(data_dir: Path) -> Path:
    """One folder planting every conflict once, next to near-misses that must not count."""
    return write_folder(data_dir, {
        "redlist": [
            red("R1", 1), red("R1b", 1, 名单名称="守信典型"),  # 1: red and black
            red("R2", 2),  # 2: its blacklist entry has expired
            red("R3", 3, until="2026-10-01"),  # 3: honour expired, blacklist live
            red("R4", 4),  # 4: its blacklist entry was repaired
            red("R10", 10), red("R11", 11), red("R12", 12),  # registry: 注销, 吊销, 存续
            red("R13", 13, until="2026-06-30"),  # registry 注销 but honour expired
            red("RP", 0, **PERSON),  # natural person on both lists
        ],
        "blacklist": [
            black("B1", 1), black("B2", 2, until="2026-06-01"), black("B3", 3), black("B4", 4),
            black("BP", 0, **PERSON),
        ],
        "repairs": [{"信息类别": "严重失信主体名单", "原决定文书号": "B4", "修复方式": "移出名单",
                     "修复决定日期": "2026-09-01", "修复决定机关": AUTHORITY}],
        "evaluations": [
            evaluation("V5", 5, "A", "2026-05-01"),  # 5: current A + serious penalty this year
            evaluation("V6a", 6, "A", "2026-01-01"), evaluation("V6b", 6, "B", "2026-06-01"),  # 6: A superseded
            evaluation("V7", 7, "A", "2026-05-01"),  # 7: serious penalty older than 365 days
            evaluation("V8", 8, "优", "2026-05-01", scheme="公共信用综合评价"),  # 8: 优 + serious penalty
            evaluation("V9", 9, "A", "2026-05-01"),  # 9: the penalty is only 一般
            evaluation("V14", 14, "A", "2026-05-01"),  # 14: serious penalty withdrawn
            evaluation("V15", 15, "Ａ级", "2026-05-01", scheme="纳税信用"),  # 15: full-width A, penalty on boundary
            evaluation("V16", 16, "A", "2026-01-01", until="2026-06-30"),  # 16: grade expired
        ],
        "penalties": [
            serious("P5", 5, "2026-04-01"),
            serious("P6", 6, "2026-04-01"),
            serious("P7", 7, "2025-11-26"),
            serious("P8", 8, "2026-10-01"),
            penalty("P9", "2026-04-01", name="甘州测试9有限公司", code=code(9)),
            serious("P14", 14, "2026-04-01"),
            serious("P15", 15, "2025-11-27"),
            serious("P16", 16, "2026-04-01"),
        ],
        "withdrawals": [{"信息类别": "行政处罚", "原决定文书号": "P14", "撤销类型": "撤销", "撤销日期": "2026-08-01",
                         "作出机关": AUTHORITY}],
        "entities": [registry(10, "注销"), registry(11, "吊销，未注销", name="甘州登记名称十一有限公司"),
                     registry(12, "存续"), registry(13, "注销")],
    })


def test_planted_conflicts_are_found_and_nothing_else(planted: Path) -> None:
    run = run_pipeline(planted, AS_OF)
    assert run.status("blacklist", "B4") == "repaired"  # the near-misses really are near-misses
    assert run.status("penalties", "P14") == "withdrawn"
    assert [run.status("blacklist", k) for k in ("B2", "BP")] == ["expired", "published"]
    assert [run.status("redlist", k) for k in ("R3", "R13", "RP")] == ["expired", "expired", "published"]
    assert [run.status("evaluations", k) for k in ("V6a", "V16")] == ["published", "expired"]
    assert run.status("penalties", "P7") == "published" and run.row("penalties", "P9")["_tier"] == "一般"
    conflicts = find_conflicts(run.decided, AS_OF)
    assert tuple(conflicts) == CONFLICT_LISTS

    assert conflicts["red_and_black"] == [
        {"entity": code(1), "name": "甘州测试1有限公司", "redlist_keys": "R1；R1b", "redlist_names": "A级纳税人；守信典型",
         "blacklist_keys": "B1", "blacklist_names": "拖欠农民工工资失信联合惩戒对象名单"},
    ]
    grade_a = conflicts["grade_a_with_serious_penalty"]
    assert [(c["entity"], c["evaluation_key"], c["penalty_keys"]) for c in grade_a] == sorted([
        (code(5), "V5", "P5"), (code(8), "V8", "P8"), (code(15), "V15", "P15"),
    ])
    v8 = next(c for c in grade_a if c["evaluation_key"] == "V8")
    assert (v8["scheme"], v8["grade"], v8["name"]) == ("公共信用综合评价", "优", "甘州测试8有限公司")
    assert conflicts["honour_with_closed_registry"] == [
        {"entity": code(10), "name": "甘州测试10有限公司", "redlist_key": "R10", "redlist_name": "A级纳税人",
         "registry_status": "注销"},
        {"entity": code(11), "name": "甘州登记名称十一有限公司", "redlist_key": "R11", "redlist_name": "A级纳税人",
         "registry_status": "吊销，未注销"},
    ]


def test_conflicts_are_deterministic_and_public_only(planted: Path) -> None:
    first = find_conflicts(run_pipeline(planted, AS_OF).decided, AS_OF)
    assert first == find_conflicts(run_pipeline(planted, AS_OF).decided, AS_OF)
    for items in first.values():
        assert [i["entity"] for i in items] == sorted(i["entity"] for i in items)
        for item in items:
            assert all(isinstance(v, str) for v in item.values())
            assert "张" not in "".join(item.values())  # the natural person never appears


def test_lookback_is_365_days_up_to_the_as_of_date(planted: Path) -> None:
    run = run_pipeline(planted, "2026-11-28")  # P15 (2025-11-27) now 366 days old
    keys = [c["evaluation_key"] for c in find_conflicts(run.decided, "2026-11-28")["grade_a_with_serious_penalty"]]
    assert keys == sorted(["V5", "V8"], key=lambda k: code(int(k[1:])))


def test_penalty_after_the_as_of_date_does_not_count(data_dir: Path) -> None:
    write_folder(data_dir, {"evaluations": [evaluation("V1", 1, "A", "2026-01-01")],
                            "penalties": [serious("P1", 1, "2026-12-01")]})
    run = run_pipeline(data_dir, AS_OF)
    assert find_conflicts(run.decided, AS_OF)["grade_a_with_serious_penalty"] == []


def test_empty_data_folder_has_no_conflicts(data_dir: Path) -> None:
    write_folder(data_dir, {"redlist": [red("R1", 1)]})
    run = run_pipeline(data_dir, AS_OF)
    assert find_conflicts(run.decided, AS_OF) == {name: [] for name in CONFLICT_LISTS}


def test_withholding_is_on_by_default_and_the_rules_file_turns_it_off(planted: Path) -> None:
    assert withholding_enabled(load_settings())  # the reviewed rules file: on
    base = load_settings()
    without = {k: v for k, v in base.raw.items() if k != "crosscheck"}
    assert withholding_enabled(dataclasses.replace(base, raw=without))  # a rules file without the section: on
    off = dataclasses.replace(base, raw={**base.raw, "crosscheck": {"withhold_conflicting_honours": False}})
    assert not withholding_enabled(off)
    run = run_pipeline(planted, AS_OF)
    assert withhold_conflicting_honours(run.decided, find_conflicts(run.decided, AS_OF), off) == 0
    assert run.status("redlist", "R1") == "published" and not [p for p in run.decided.problems if p.code == WITHHELD_CODE]


def test_each_withheld_honour_is_a_staff_problem_naming_file_row_and_why(planted: Path) -> None:
    run = run_pipeline(planted, AS_OF)
    assert withhold_conflicting_honours(run.decided, find_conflicts(run.decided, AS_OF)) == 4
    found = [p for p in run.decided.problems if p.code == WITHHELD_CODE]
    assert sorted(p.row for p in found) == sorted(run.row("redlist", k)["_row"] for k in ("R1", "R1b", "R10", "R11"))
    assert {p.kind for p in found} == {"redlist"} and {p.severity for p in found} == {"warning"}
    by_row = {p.row: p.message for p in found}
    assert "严重失信主体名单（B1）" in by_row[run.row("redlist", "R1")["_row"]]
    assert "“吊销，未注销”" in by_row[run.row("redlist", "R11")["_row"]]
    assert all(p.file in p.message and "withhold_conflicting_honours" in p.message for p in found)


def test_withholding_marks_honours_in_conflict(planted: Path) -> None:
    run = run_pipeline(planted, AS_OF)
    conflicts = find_conflicts(run.decided, AS_OF)
    assert withhold_conflicting_honours(run.decided, conflicts, enabled=True) == 4
    for key in ("R1", "R1b", "R10", "R11"):
        assert run.status("redlist", key) == CONFLICT
    for key in ("R2", "R4", "R12", "RP"):
        assert run.status("redlist", key) == "published"
    assert run.status("redlist", "R3") == "expired"  # an earlier reason is kept
    assert run.status("redlist", "R13") == "expired"
    after = find_conflicts(run.decided, AS_OF)
    assert after["red_and_black"] == [] and after["honour_with_closed_registry"] == []
    assert after["grade_a_with_serious_penalty"] == conflicts["grade_a_with_serious_penalty"]


def test_withholding_follows_the_rules_file_setting(planted: Path) -> None:
    run = run_pipeline(planted, AS_OF)
    base = load_settings()
    settings = dataclasses.replace(base, raw={**base.raw, "crosscheck": {"withhold_conflicting_honours": True}})
    assert withholding_enabled(settings)
    assert withhold_conflicting_honours(run.decided, find_conflicts(run.decided, AS_OF), settings) == 4


@pytest.mark.parametrize(("raw", "grade"), [("A", "A"), ("Ａ", "A"), (" a级 ", "A"), ("A类", "A"), ("优", "优"),
                                            ("B", "B"), ("M", "M")])
def test_grades_are_normalized(raw: str, grade: str) -> None:
    assert normalize_grade(raw) == grade


def test_supervision_table_is_complete_and_matches_the_page() -> None:
    table = load_supervision()
    assert table["status"] == "示例"
    page = (ROOT / "content" / "supervision.md").read_text(encoding="utf-8")
    sections = {m.group(1): m.group(2) for m in re.finditer(r"^## (.+?)\n(.*?)(?=^## |\Z)", page, re.M | re.S)}
    assert set(table["schemes"]) >= {"企业信用风险分类", "公共信用综合评价", "纳税信用"}
    for name, scheme in table["schemes"].items():
        assert scheme["source"] and scheme["order"] == list(scheme["grades"])
        section = sections[name]
        for grade, spec in scheme["grades"].items():
            assert spec["label"] and spec["meaning"] and 0 < spec["spot_check_percent"] <= 100
            row = next(ln for ln in section.splitlines() if ln.startswith(f"| {grade} |"))
            assert row.rstrip().endswith(f"| {spec['spot_check_percent']}% |"), (name, grade)
    assert "国市监信发〔2022〕6号" in table["schemes"]["企业信用风险分类"]["source"]
    assert "generator/supervision.toml" in page


CONTENT_PAGES = ["commitments/index.md", "commitments/licensing-notice.md", "commitments/tolerance.md",
                 "commitments/repair.md", "commitments/self-discipline-food.md",
                 "commitments/self-discipline-construction.md", "commitments/self-discipline-tourism.md",
                 "commitments/self-discipline-health.md", "supervision.md", "incentives.md", "complaints.md",
                 "contact.md"]


@pytest.mark.parametrize("page", CONTENT_PAGES)
def test_content_pages_pass_the_privacy_scanner_rules(page: str) -> None:
    text = (ROOT / "content" / page).read_text(encoding="utf-8")
    assert text.startswith("# ") and text.count("\n# ") == 0  # one first-level heading, first
    assert not re.search(r"\d{7,}", text)
    assert not re.search(r"[\w.+-]+@[\w-]+\.\w+", text)
    assert not re.search(r"https?://\S*\d", text)
    assert not re.search(r"1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}", text)  # mobile numbers, also spaced
    for target in re.findall(r"\]\(([^)#]+\.md)\)", text):  # relative links point at pages that exist or are generated
        resolved = (ROOT / "content" / page).parent / target
        generated = target.replace("../", "").startswith("lists/")
        assert resolved.exists() or generated, target


@pytest.mark.parametrize("page", [p for p in CONTENT_PAGES if "/" in p and not p.endswith("index.md")])
def test_templates_have_blanks_and_signature(page: str) -> None:
    text = (ROOT / "content" / page).read_text(encoding="utf-8")
    assert "＿＿＿＿" in text and "日期：" in text and "签字" in text
    index = (ROOT / "content" / "commitments" / "index.md").read_text(encoding="utf-8")
    assert f"({Path(page).name})" in index
