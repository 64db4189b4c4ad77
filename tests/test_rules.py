"""publication-rules.md, rule by rule, with dates on, before and after each boundary."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.rules import add_months, penalty_tier
from generator.settings import load_settings
from tests.conftest import listing, make_ric, party, penalty, run_pipeline, write_csv, write_folder

SETTINGS = load_settings()


@pytest.mark.parametrize(("start", "months", "expected"), [
    ("2025-11-30", 3, "2026-02-28"),  # month end clamps
    ("2023-11-30", 3, "2024-02-29"),  # leap year
    ("2024-02-29", 12, "2025-02-28"),  # leap day + 1 year
    ("2024-02-29", 48, "2028-02-29"),
    ("2026-01-31", 1, "2026-02-28"),
    ("2026-06-15", 36, "2029-06-15"),
])
def test_months_are_calendar_months_clamped_to_month_end(start: str, months: int, expected: str) -> None:
    assert add_months(dt.date.fromisoformat(start), months).isoformat() == expected


@pytest.mark.parametrize(("row", "tier"), [
    ({"处罚类别": "罚款", "失信程度": "严重"}, "严重"),  # 1. the row's own tier wins
    ({"处罚类别": "吊销许可证件", "失信程度": "轻微"}, "轻微"),
    ({"处罚类别": "罚款", "案件程序": "简易"}, "轻微"),  # 2. simple procedure
    ({"处罚类别": "警告"}, "轻微"),  # 2. warning only
    ({"处罚类别": "警告;通报批评"}, "轻微"),
    ({"处罚类别": "罚款;责令停产停业"}, "严重"),  # 3. serious categories
    ({"处罚类别": "行政拘留"}, "严重"),
    ({"处罚类别": "罚款、没收违法所得"}, "一般"),  # 4. otherwise
    ({"处罚类别": "警告;罚款"}, "一般"),
])
def test_penalty_tier_follows_the_rules_in_order(row: dict[str, str], tier: str) -> None:
    assert penalty_tier({"失信程度": "", "案件程序": "", "罚款金额(万元)": "", **row}, SETTINGS) == tier


def _penalties(data_dir, *rows):
    write_folder(data_dir, {"penalties": list(rows)})


def test_general_penalty_is_public_for_one_year(data_dir) -> None:
    _penalties(data_dir, penalty("P1", "2025-11-30"))
    assert run_pipeline(data_dir, "2026-11-29").status("penalties", "P1") == "published"
    assert run_pipeline(data_dir, "2026-11-30").status("penalties", "P1") == "expired"
    row = run_pipeline(data_dir, "2026-01-01").row("penalties", "P1")
    assert (row["_tier"], row["_repair_from"], row["_stop_date"]) == ("一般", "2026-02-28", "2026-11-30")


def test_serious_penalty_is_public_for_three_years_and_repairable_after_one(data_dir) -> None:
    _penalties(data_dir, penalty("P2", "2024-02-29", 处罚类别="吊销许可证件"))
    run = run_pipeline(data_dir, "2027-02-27")
    assert run.status("penalties", "P2") == "published"
    assert run.row("penalties", "P2")["_repair_from"] == "2025-02-28"
    assert run.row("penalties", "P2")["_stop_date"] == "2027-02-28"
    assert run_pipeline(data_dir, "2027-02-28").status("penalties", "P2") == "expired"


def test_minor_tier_is_not_published(data_dir) -> None:
    _penalties(data_dir, penalty("P3", "2026-11-01", 处罚类别="警告"), penalty("P4", "2026-11-01", 案件程序="简易"))
    run = run_pipeline(data_dir, "2026-11-02")
    assert run.status("penalties", "P3") == run.status("penalties", "P4") == "not-published"


def test_special_equipment_keeps_a_one_year_minimum(data_dir) -> None:
    _penalties(data_dir, penalty("P5", "2026-01-31", 所属领域="特种设备"), penalty("P6", "2026-01-31"))
    run = run_pipeline(data_dir, "2026-06-01")
    assert run.row("penalties", "P5")["_repair_from"] == "2027-01-31"
    assert run.row("penalties", "P6")["_repair_from"] == "2026-04-30"


def test_publicity_end_date_stops_publication_early(data_dir) -> None:
    _penalties(data_dir, penalty("P7", "2026-05-01", 公示截止期="2026-08-01"))
    assert run_pipeline(data_dir, "2026-07-31").status("penalties", "P7") == "published"
    assert run_pipeline(data_dir, "2026-08-01").status("penalties", "P7") == "expired"


def test_repair_withholds_from_its_date_and_counts_as_pending_before(data_dir) -> None:
    _penalties(data_dir, penalty("P8", "2026-03-01"))
    write_csv(data_dir / "repairs" / "r.csv", [
        {"信息类别": "行政处罚", "原决定文书号": "P8", "修复方式": "终止公示", "修复决定日期": "2026-07-01",
         "修复决定机关": "甘州区发展和改革局"},
        {"信息类别": "行政处罚", "原决定文书号": "NOPE", "修复方式": "终止公示", "修复决定日期": "2026-06-01",
         "修复决定机关": "甘州区发展和改革局"}])
    before = run_pipeline(data_dir, "2026-06-30")
    assert before.status("penalties", "P8") == "published"
    assert before.summary["kinds"]["repairs"] == {"read": 2, "rejected": 0, "applied": 0, "pending": 1, "unmatched": 1}
    after = run_pipeline(data_dir, "2026-07-01")
    assert after.status("penalties", "P8") == "repaired"
    assert after.summary["kinds"]["repairs"]["applied"] == 1


def test_withdrawal_of_any_type_withholds_and_the_changed_decision_is_published(data_dir) -> None:
    write_folder(data_dir, {
        "penalties": [penalty("OLD", "2026-03-01"), penalty("NEW", "2026-04-01")],
        "withdrawals": [{"信息类别": "行政处罚", "原决定文书号": "OLD", "撤销类型": "变更", "撤销日期": "2026-04-01",
                         "作出机关": "甘州区市场监督管理局"}],
    })
    run = run_pipeline(data_dir, "2026-05-01")
    assert run.status("penalties", "OLD") == "withdrawn"
    assert run.status("penalties", "NEW") == "published"
    assert run_pipeline(data_dir, "2026-03-31").status("penalties", "OLD") == "published"


def test_a_withdrawal_that_leaves_out_the_serials_hao_still_withdraws(data_dir) -> None:
    # Adversarial round 4 (stale-withdrawal-spellings): the withdrawal wrote 〔2026〕903 for the
    # decision's 〔2026〕903号 and the withdrawn penalty stayed published.
    write_folder(data_dir, {
        "penalties": [penalty("甘州市监罚〔2026〕903号", "2026-03-01"), penalty("甘州市监罚〔2026〕904号", "2026-03-01")],
        "withdrawals": [{"信息类别": "行政处罚", "原决定文书号": "甘州市监罚（2026）903", "撤销类型": "撤销",
                         "撤销日期": "2026-04-01", "作出机关": "甘州区市场监督管理局"}],
    })
    run = run_pipeline(data_dir, "2026-05-01")
    assert run.status("penalties", "甘州市监罚〔2026〕903号") == "withdrawn"
    assert run.status("penalties", "甘州市监罚〔2026〕904号") == "published"


@pytest.mark.parametrize(("published", "written"), [
    ("甘州市监罚〔2026〕961号", "甘州市监罚字〔2026〕961号"), ("甘州市监罚字〔2026〕967号", "甘州市监罚〔2026〕967号"),
    ("甘州市监罚〔2026〕962号", "甘州市监罚〔2026年〕962号"), ("甘州市监罚〔2026〕965号", "甘州市监罚-2026-965")])
def test_a_withdrawal_written_with_zi_a_year_word_or_hyphens_still_withdraws(data_dir, published: str, written: str) -> None:
    # Adversarial round 6 (stale-withdrawal-number-variants): 罚字〔2026〕, 〔2026年〕 and a system's hyphenated key
    # left the withdrawn penalty published.
    write_folder(data_dir, {
        "penalties": [penalty(published, "2026-03-01"), penalty("甘州市监罚〔2026〕966号", "2026-03-01")],
        "withdrawals": [{"信息类别": "行政处罚", "原决定文书号": written, "撤销类型": "撤销",
                         "撤销日期": "2026-04-01", "作出机关": "甘州区市场监督管理局"}],
    })
    run = run_pipeline(data_dir, "2026-05-01")
    assert run.status("penalties", published) == "withdrawn"
    assert run.status("penalties", "甘州市监罚〔2026〕966号") == "published"


def test_withdrawal_matches_the_issuer_when_given(data_dir) -> None:
    write_folder(data_dir, {
        "penalties": [penalty("SAME", "2026-03-01")],
        "withdrawals": [{"信息类别": "行政处罚", "原决定文书号": "SAME", "原决定机关统一社会信用代码": "11620702000000000X",
                         "撤销类型": "撤销", "撤销日期": "2026-04-01", "作出机关": "某机关"}],
    })
    run = run_pipeline(data_dir, "2026-05-01")
    # The code above has a wrong check digit. The withdrawal is not rejected for it, because a rejected
    # withdrawal would leave a revoked decision public (hx7 findings). The code cannot say which issuer
    # was meant, so the row matches by its number alone, and the bad code is reported.
    assert run.summary["kinds"]["withdrawals"]["rejected"] == 0
    assert run.status("penalties", "SAME") == "withdrawn"
    assert any(p.code == "bad-uscc" and p.severity == "warning" for p in run.validated.problems)


def test_minor_on_the_decision_date_is_withheld_for_every_kind(data_dir) -> None:
    child = make_ric("20100301")
    person = {"category": "自然人", "name": "何小明"}
    write_folder(data_dir, {
        "penalties": [penalty("M1", "2026-02-28", 证件类型="身份证", 证件号码=child, **person),
                      penalty("M2", "2028-03-01", 证件类型="身份证", 证件号码=child, **person),
                      penalty("M3", "2028-03-02", 证件类型="身份证", 证件号码=child, **person)],
    })
    run = run_pipeline(data_dir, "2028-03-02")
    assert run.status("penalties", "M1") == "minor"  # 17 on the decision date
    # 周岁 count from the day after the birthday (最高人民法院): still 17 on the 18th birthday itself.
    assert run.status("penalties", "M2") == "minor"
    assert run.status("penalties", "M3") == "published"


def test_an_individual_business_whose_operator_was_a_minor_by_its_birth_date_column_is_withheld(data_dir) -> None:
    # Adversarial round 5 (minors-operators-2): a 个体工商户 with its operator's 出生日期 and no ID given.
    shop = {"category": "个体工商户", "name": "甘州区鞠珂一小吃店", "法定代表人": "鞠珂一"}
    write_folder(data_dir, {
        "penalties": [penalty("B1", "2026-10-05", 出生日期="2011-09-09", **shop),
                      penalty("B2", "2026-10-05", 出生日期="1981-09-09", serial=101, **shop)],
    })
    run = run_pipeline(data_dir, "2026-12-01")
    assert run.status("penalties", "B1") == "minor"
    assert run.status("penalties", "B2") == "published"


def test_lists_expire_on_their_end_date(data_dir) -> None:
    write_folder(data_dir, {
        "redlist": [listing("redlist", "R1", "2025-01-01", 有效期至="2026-12-31")],
        "blacklist": [listing("blacklist", "B1", "2025-01-01", 有效期至="2026-12-31"),
                      listing("blacklist", "B2", "2023-01-01")],
    })
    run = run_pipeline(data_dir, "2026-12-30")
    assert run.status("redlist", "R1") == run.status("blacklist", "B1") == "published"
    assert run.status("blacklist", "B2") == "expired"  # 严重 by default: three years
    assert run.row("blacklist", "B1")["_tier"] == "严重"
    assert run_pipeline(data_dir, "2026-12-31").status("redlist", "R1") == "expired"


def test_latest_valid_grade_is_current_and_expired_grades_withheld(data_dir) -> None:
    base = party(serial=7)
    grade = {"评价类型": "企业信用风险分类", "评价单位": "甘州区市场监督管理局"}
    write_folder(data_dir, {"evaluations": [
        {**base, **grade, "评价结果": "B", "评价编号": "E1", "评价日期": "2025-01-01", "有效期至": "2027-01-01"},
        {**base, **grade, "评价结果": "A", "评价编号": "E2", "评价日期": "2026-01-01", "有效期至": "2027-01-01"},
        {**base, **grade, "评价结果": "C", "评价编号": "E3", "评价日期": "2024-01-01", "有效期至": "2025-01-01"},
    ]})
    run = run_pipeline(data_dir, "2026-06-01")
    assert run.row("evaluations", "E2")["_current"] and not run.row("evaluations", "E1")["_current"]
    assert run.status("evaluations", "E3") == "expired"


def test_complaints_default_to_one_year_after_handling(data_dir) -> None:
    write_folder(data_dir, {"complaints": [
        {**party(), "投诉编号": "T1", "投诉问题类型": "质量", "投诉日期": "2025-05-01", "处理结果": "调解成功",
         "处理日期": "2025-05-10", "处理单位": "甘州区市场监督管理局"}]})
    assert run_pipeline(data_dir, "2026-05-09").status("complaints", "T1") == "published"
    assert run_pipeline(data_dir, "2026-05-10").status("complaints", "T1") == "expired"


def test_licences_stay_published_with_a_badge_when_invalid(data_dir) -> None:
    from tests.conftest import license_

    write_folder(data_dir, {"licenses": [license_("L1", 当前状态="无效"), license_("L2", 有效期至="2026-07-01"),
                                         license_("L3")]})
    run = run_pipeline(data_dir, "2026-08-01")
    assert [run.status("licenses", k) for k in ("L1", "L2", "L3")] == ["published"] * 3
    assert [run.row("licenses", k)["_badge"] for k in ("L1", "L2", "L3")] == ["已失效", "已失效", "有效"]


def test_every_row_is_accounted_for(data_dir) -> None:
    _penalties(data_dir, penalty("A", "2026-01-01"), penalty("B", "2020-01-01"), penalty("C", "bad"),
               penalty("D", "2026-01-01", 处罚类别="警告"))
    counts = run_pipeline(data_dir, "2026-06-01").summary["kinds"]["penalties"]
    assert counts == {"read": 4, "published": 1, "rejected": 1, "withheld": {"not-published": 1, "expired": 1}}
