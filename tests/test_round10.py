"""What round 9 left published (/work/notes/h9a.md, h9p.md, h9n.md "Found but left"), and the public facts beside each
that must stay, through the public entry point `scrub_text` (the scrubber every free-text column goes through;
`person=True` is a natural person's own record). privacy.md: a natural person's name is masked keeping the first
character, a home address and a phone never published; a company's name, a decision number, a law article, a date and
an amount always are.

Each group names the source of its shape. Values are synthetic.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.deidentify import scrub_text
from tests.helpers import make_uscc, penalty, run_build, write_csv

MASK = "[已隐去]"

# -- A home a person lets. Source: /work/notes/h9a.md (房东王某将甘州区南街7号院2号房出租给李某 published); the shape is
# 《商品房屋租赁管理办法》(住房和城乡建设部令第6号) 第八条's 出租人/房屋 and a 消防 or 治安 decision on a rented room
# (《中华人民共和国消防法》第六十条 applied to 群租房: the landlord, the room, the tenant).


@pytest.mark.parametrize("person", [False, True])
@pytest.mark.parametrize(("text", "masked"), [
    ("房东王某将甘州区南街7号院2号房出租给李某。", f"房东王某将{MASK}出租给李某。"),
    ("经查，房东王某将甘州区南街7号院2号房出租给李某，月租金800元，违反《中华人民共和国消防法》第十六条。",
     f"经查，房东王某将{MASK}出租给李某，月租金800元，违反《中华人民共和国消防法》第十六条。"),
    ("出租人张某把甘州区南关村五社14号转租给他人。", f"出租人张某把{MASK}转租给他人。"),
])
def test_a_home_a_person_lets_is_masked_and_the_rent_and_the_law_stay(text: str, masked: str, person: bool) -> None:
    assert scrub_text(text, prose=False, person=person) == masked


@pytest.mark.parametrize("text", [
    "房东王某将甘州区南街12号门面出租给李某。",  # a shop front is no home (the rule's units are a home's only)
    "当事人将甘州区南街7号院2号房出租给李某。",  # an organisation's own 当事人: its premises (h9a's bracket rule alike)
])
def test_premises_let_stay_in_an_organisations_record(text: str) -> None:
    assert scrub_text(text, prose=False) == text


# -- A home after a person's real name with no role word or colon. Source: /work/notes/h9a.md (王建国，甘州区南关村五社14号
# published); 《中华人民共和国行政处罚法》第五十九条 (a decision names the party's 姓名、地址), written as a 申请书's or a
# 投诉's heading names the person: name, comma, address.


@pytest.mark.parametrize(("text", "kept"), [
    ("王建国，甘州区南关村五社14号，于2026年3月1日购买手机。", "，于2026年3月1日购买手机。"),
    ("申请人王建国，甘州区南关村五社14号。申请撤销甘州市监罚〔2026〕77号。", "申请撤销甘州市监罚〔2026〕77号。"),
    ("经查，刘秀英，甘州区南大街12号3单元401室，投诉该店。", "，投诉该店。"),
])
def test_a_home_after_a_bare_real_name_is_masked_and_the_name_masked_too(text: str, kept: str) -> None:
    out = scrub_text(text)
    assert MASK in out and "五社14号" not in out and "401室" not in out
    assert "王建国" not in out and "刘秀英" not in out
    assert out.endswith(kept)


@pytest.mark.parametrize("text", [
    "张掖市华强商贸有限公司，甘州区南关村五社14号。",  # a company: its address
    "高峰，甘州区南关村五社14号。",  # a word, not a name the recogniser reads (left to the other rules)
    "甘州区人民政府，甘州区南关村五社14号。",
])
def test_an_address_after_a_company_or_an_office_stays(text: str) -> None:
    assert scrub_text(text, prose=False) == text


# -- Names that are words, and a name the tagger glues to the next word. Source: /work/notes/h9p.md (雇用高峰从事销售,
# 文静于…, 罗勇于… published); the 2021 格式范本 of 行政处罚决定书 (国市监法发〔2021〕42号): 经查，[who] 于[date] [did what].


@pytest.mark.parametrize(("text", "masked"), [
    ("经查，当事人雇用高峰从事销售。", "经查，当事人雇用高*从事销售。"),
    ("经查，当事人聘用时光负责收银。", "经查，当事人聘用时*负责收银。"),
    ("经查，文静于2026年3月1日在该店购买手机。", "经查，文*于2026年3月1日在该店购买手机。"),
    ("经查，罗勇于2026年3月1日在该店购买手机。", "经查，罗*于2026年3月1日在该店购买手机。"),
    ("经查，罗勇于当日向执法人员出示发票。", "经查，罗*于当日向执法人员出示发票。"),
])
def test_a_hired_person_and_a_findings_dated_subject_are_masked_and_the_date_stays(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "经查，当事人雇用员工从事销售。",
    "经查，当事人聘用厨师负责后厨。",
    "经查，当事人雇用其妻子从事收银。",
    "经查，当事人雇用农民从事采摘。",  # a group hired, no one's name
    "经查，当事人雇用门卫从事看管。",
    "经查，当事人于2026年3月1日购进手机。",
    "经查，公司于2026年3月1日成立。",
    "经查，该店于2026年3月1日开业。",
    "经查，张掖于2026年3月1日出现降雪。",  # a place (the dictionary's ns)
    "经查，万达于2026年3月1日开业。",  # a brand (nz)
    "消费者高峰时段排队。",
])
def test_workers_parties_places_and_brands_before_those_words_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- A Latin name written surname first with a comma. Source: /work/notes/h9p.md (Complainant: Qi, Zanzheng published);
# ICAO Doc 9303 part 3 (the primary identifier, the surname, written first) and ISO/IEC 7501-1, as forms list names.


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("Complainant: Qi, Zanzheng said the phone was broken.", ["Qi", "Zanzheng"], " said the phone was broken."),
    ("The consumer Wang, Xiao-ming said the shop refused a refund of 500 yuan.", ["Wang", "Xiao-ming"],
     " said the shop refused a refund of 500 yuan."),
])
def test_a_surname_comma_given_name_after_an_english_role_word_is_masked(text: str, gone: list[str], kept: str) -> None:
    out = scrub_text(text)
    assert [word for word in gone if word in out] == []
    assert out.endswith(kept) and out.startswith(text.split(gone[0])[0] + gone[0][0])


@pytest.mark.parametrize("text", [
    "The customer, however, said the phone was broken.",
    "Complainant: he, however, said nothing.",
    # (The complainant Smith, John said…: masked since round 10's h11p, tests/test_person_names_adv10.py)
])
def test_english_commas_that_name_no_one_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- The second number of a list joined by 和/及/或. Source: /work/notes/h9n.md (电话号码为8212345和8212346: the second
# published); ITU-T E.123 §7 writes several numbers of one subscriber as a list.


@pytest.mark.parametrize(("text", "masked"), [
    ("投诉人电话号码为8212345和8212346。", f"投诉人电话号码为{MASK}和{MASK}。"),
    ("投诉人电话为8212345及8212346，罚款5000元。", f"投诉人电话为{MASK}及{MASK}，罚款5000元。"),
    ("联系电话0936-8212345或0936-8212346。", f"联系电话{MASK}或{MASK}。"),
])
def test_the_second_phone_after_a_list_word_is_masked_and_the_amount_stays(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "当事人电话[已隐去]，和解金额1234567元。",  # a comma between: the amount is read on its own
    "投诉人电话[已隐去]和2026年3月1日的发票。",
])
def test_a_number_not_right_after_the_list_word_stays(text: str) -> None:
    assert scrub_text(text) == text


# -- Stale: a 原决定文书号 whose year is run into the serial or written with two digits. Source: /work/notes/h9s.md (both
# left published with control-unmatched); GB/T 9704-2012 7.2.4 (发文字号: 机关代字、年份、发文顺序号, the year in 〔〕 and
# written in full, 4 digits) — the two ways a clerk breaks it. Read so only where exactly one record fits (a wrong record
# withheld is a record lost: README, "nothing lost").


def test_a_number_with_a_glued_or_two_digit_year_stops_the_one_record_it_fits(tmp_path: Path) -> None:

    other_body = make_uscc(9400, prefix="11")
    penalties = [
        penalty("甘州市监罚〔2026〕771号", serial=9301, name="甘州区甲字样商行有限公司"),
        penalty("甘州市监罚〔2026〕772号", serial=9302, name="甘州区乙字样商行有限公司"),
        # one number, two bodies: a reading without a body fits both, so neither is stopped
        penalty("甘州市监罚〔2026〕773号", serial=9303, name="甘州区丙字样商行有限公司"),
        penalty("甘州市监罚〔2026〕773号", serial=9304, name="甘州区丁字样商行有限公司", 处罚机关统一社会信用代码=other_body),
        penalty("甘州市监罚〔2026〕900号", serial=9305, name="甘州区戊字样商行有限公司"),  # never withdrawn
    ]
    withdrawal = {"信息类别": "行政处罚", "原决定机关统一社会信用代码": "", "撤销类型": "撤销", "撤销日期": "2026-10-01",
                  "撤销原因": "认定事实不清", "作出机关": "甘州区市场监督管理局"}
    write_csv(tmp_path / "data" / "penalties" / "penalties.csv", penalties)
    write_csv(tmp_path / "data" / "withdrawals" / "withdrawals.csv",
              [{**withdrawal, "原决定文书号": number} for number in ("甘州市监罚2026771号", "甘州市监罚〔26〕772号",
                                                                     "甘州市监罚2026773号")])
    code, output = run_build(tmp_path / "data", tmp_path / "site", tmp_path / "report", state=tmp_path / "state",
                             as_of="2026-10-01")
    assert code == 0, output
    published = "".join(p.read_text(encoding="utf-8", errors="replace")
                        for p in (tmp_path / "site").rglob("*") if p.suffix in (".html", ".json", ".csv", ".jsonl"))
    assert "甲字样" not in published and "771号" not in published
    assert "乙字样" not in published and "772号" not in published
    assert "丙字样" in published and "丁字样" in published and "戊字样" in published  # the public facts stay
    issues = [json.loads(line) for line in (tmp_path / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    by_row = {(i["code"], i["row"]) for i in issues if i["file"].startswith("withdrawals")}
    assert {("control-number-read", 2), ("control-number-read", 3), ("control-unmatched", 4)} <= by_row
