"""People the leftovers of the eleventh privacy pass (/work/notes/h12p.md "Found but left", round 12, h14p), through the
public entry point `scrub_text` (the scrubber every free-text column goes through).

Shapes: the complaint summaries and findings the earlier passes read (a role word then 张先生/刘女士, a count of staff after
a name, pinyin names listed before 等工人); the rule they are held to is /work/shared/spec/privacy.md ("a person's name is
masked in text only as a whole name"; a surname with a title is none, as generator.person_names' docstring says). Values
are synthetic. Each shape is tested both ways: the private value masked and the public fact beside it kept.
"""

from __future__ import annotations

import pytest

from generator.deidentify import scrub_text

# -- A surname with a title after a role word is no whole name: kept (the role-word rule of generator/detect.py read it
# as a surname and a given name: 消费者张** on main).


@pytest.mark.parametrize("text", [
    "消费者张先生反映，该店于2026年3月1日销售过期食品。",
    "经查，厨师张师傅未取得健康证明从事接触直接入口食品的工作，违反《食品安全法》第四十五条。",
    "来电人刘女士反映，该店未明码标价。",
    "消费者欧阳先生反映，其在店内购买的李宁运动鞋开胶。",
    "投诉人王老师称，培训机构拒绝退费。",
])
def test_a_surname_with_a_title_after_a_role_word_stays(text: str) -> None:
    assert scrub_text(text) == text
    assert scrub_text(text, person=True) == text


@pytest.mark.parametrize(("text", "masked"), [
    # a whole name after the same role words is still masked, the date and the law beside it kept
    ("消费者张先锋反映，该店于2026年3月1日销售过期食品。", "消费者张**反映，该店于2026年3月1日销售过期食品。"),
    ("经查，厨师张大伟未取得健康证明，违反《食品安全法》第四十五条。", "经查，厨师张**未取得健康证明，违反《食品安全法》第四十五条。"),
    ("来电人刘丽反映，该店未明码标价。", "来电人刘*反映，该店未明码标价。"),
    # a given name in brackets after the surname and title is still a name's part (consumer 祁先生（建华）)
    ("消费者祁先生（建华）反映，该店未明码标价。", "消费者祁先生（建*）反映，该店未明码标价。"),
])
def test_a_whole_name_after_a_role_word_is_still_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


# -- A brand before a count of people (round 11's count rule read 康佳 as a name: 康*等12名员工).


def test_a_brand_before_a_count_of_staff_stays() -> None:
    text = "经查，康佳等12名员工在店内从事食品加工，罚款5000元。"
    assert scrub_text(text) == text


@pytest.mark.parametrize(("text", "masked"), [
    ("经查，刘洋等12名农民工被拖欠工资共计36000元。", "经查，刘*等12名农民工被拖欠工资共计36000元。"),
    ("经查，王芳等30余名学员要求退费。", "经查，王*等30余名学员要求退费。"),
    # a dictionary word that is a name too (李宁: a person as often as the brand) before a count of people is a person's
    ("经查，李宁等12名员工在店内从事食品加工。", "经查，李*等12名员工在店内从事食品加工。"),
])
def test_a_name_before_a_count_of_people_is_still_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


# -- A two-character Japanese surname alone at a finding's start (田中): masked. It spells a whole Chinese name as well
# (surname 田, given 中), and nothing public is lost with it; before 食品店 it is a business's name and stays.


def test_tanaka_alone_before_a_persons_act_is_masked_and_the_act_kept() -> None:
    assert scrub_text("经查，田中在店内销售过期食品，货值金额300元。") == "经查，田*在店内销售过期食品，货值金额300元。"


def test_tanaka_in_a_shops_name_stays() -> None:
    text = "经查，田中食品店在店内销售过期食品。"
    assert scrub_text(text) == text


# -- Pinyin names listed before 等 and a word for people, with no role word before them (h12p: published on main).


@pytest.mark.parametrize(("text", "masked"), [
    ("经查，LIU YANG、WANG FANG等工人未取得健康证明，违反《食品安全法》第四十五条。",
     "经查，L*******、W********等工人未取得健康证明，违反《食品安全法》第四十五条。"),
    ("LIU YANG、WANG FANG等5名工人未取得健康证明。", "L*******、W********等5名工人未取得健康证明。"),
    ("经查，Zhang Wei和Li Na等员工未签订劳动合同。", "经查，Z********和L****等员工未签订劳动合同。"),
    ("经查，LIU YANG等人在店内从事食品加工。", "经查，L*******等人在店内从事食品加工。"),
])
def test_pinyin_names_listed_before_a_word_for_people_are_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "经查，当事人销售的CHANGHONG、HUAWEI等产品未标注中文标签。",  # brands in capitals, one word each
    "经查，当事人销售LI NING、ANTA等品牌运动鞋。",  # a pinyin-spelt brand before a word for goods
    "经查，当事人销售的New Balance等运动鞋为假冒产品。",
    "经查，当事人在NEW YORK等地采购。",
])
def test_brands_and_places_in_capitals_before_deng_stay(text: str) -> None:
    assert scrub_text(text) == text
