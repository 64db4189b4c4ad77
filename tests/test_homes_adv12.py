"""Homes of natural persons in the spellings the twelfth outside pass (h15n) found published on main, and the public
facts beside them that must stay, through the public entry point `scrub_text` (every free-text column goes through it;
`person=True` is a natural person's own record, `person=False` an organisation's or a 个体工商户's). privacy.md: a natural
person's home address is never public; an organisation's 住所, a shop's premises, the act, the date and the amount are.

Each group names the source of its shape. Values are synthetic. The same shapes, built with the CLI and read in every
output byte, are tests/hostile/corpus_adv12_homes.py.
"""

from __future__ import annotations

import pytest

from generator.deidentify import scrub_text

MASK = "[已隐去]"

# -- 住 right after a person's name with no comma between (round 11's left case: 经营者祁瑞峰住甘州区南华村六社45号 published
# the home, the name masked). The 当事人基本情况 of the 格式范本 (国市监法发〔2021〕42号) gives a 个体工商户's 经营者 and an
# organisation's 法定代表人/负责人 by name; a clerk runs the name and 住 together. 住 is where a person lives: a company has a
# 住所, it does not 住.


@pytest.mark.parametrize("role", ["经营者", "法定代表人", "负责人", "投资人", "店主", "业主"])
@pytest.mark.parametrize("person", [False, True])
def test_the_home_after_a_role_a_name_and_zhu_is_masked_and_the_role_and_act_stay(role: str, person: bool) -> None:
    text = f"当事人甘州区瑞峰面馆，{role}祁瑞峰住甘州区南华村六社45号，于2026年3月5日销售过期食品，罚款2000元。"
    out = scrub_text(text, person=person, prose=False)
    assert "六社45号" not in out and "南华村" not in out
    assert out == f"当事人甘州区瑞峰面馆，{role}祁瑞峰住{MASK}，于2026年3月5日销售过期食品，罚款2000元。"


@pytest.mark.parametrize("text", [
    "经营者祁**住甘州区南关小区3号楼2单元401室，无照经营。",  # (the export masked the name already)
    "法定代表人赵某住甘州区南华村六社45号，无照经营。",
    "法定代表人赵建国，住甘州区南华村六社45号，无照经营。",  # (no colon after the role: round 11 masked only 法定代表人：赵某，住)
    "信用修复申请人：甘州区瑞峰面馆（个体工商户），经营者祁瑞峰，住甘州区南华村六社45号，无照经营。",
])
def test_a_representative_or_operator_who_lives_somewhere_has_that_home_masked(text: str) -> None:
    out = scrub_text(text, prose=False)
    assert "45号" not in out and "401室" not in out and MASK in out
    assert out.endswith("住" + MASK + "，无照经营。")


# The 法定代表人's 住所 decision (round 11, h12n) holds where the company's own 住所 is not given: 住所 after the representative
# is the company's. Where the company's 住所 came first, a second 住所 after the representative is the person's: one
# organisation has one 住所 (《民法典》 art. 63: 法人以其主要办事机构所在地为住所).


def test_a_second_zhusuo_after_the_representative_is_the_persons_and_the_companys_stays() -> None:
    text = "当事人：张掖市华强商贸有限公司，住所：甘州区县府街58号，法定代表人：赵建国，住所：甘州区南华村六社45号。"
    assert scrub_text(text, prose=False) == ("当事人：张掖市华强商贸有限公司，住所：甘州区县府街58号，法定代表人：赵建国，"
                                             f"住所：{MASK}。")


@pytest.mark.parametrize("text", [
    "当事人：张掖市华强商贸有限公司，法定代表人：赵建国，住所：甘州区县府街58号。",
    "当事人：张掖市华强商贸有限公司，法定代表人赵建国，住所甘州区县府街58号3楼301室。",
    "当事人：甘州区瑞峰面馆，经营者祁瑞峰住所登记于甘州区南环路66号。",  # (住所登记: the business's registration)
    "当事人：甘州区瑞峰面馆，经营者祁瑞峰住宿于店内，经营场所：甘州区南环路66号。",
])
def test_the_companys_zhusuo_after_its_representative_stays(text: str) -> None:
    assert scrub_text(text, prose=False) == text


# -- A domicile in the words of 《民法典》 art. 25 (自然人以户籍登记或者其他有效身份登记记载的居所为住所；经常居所与住所不一致的，
# 经常居所视为住所: https://www.imlaw.cn/article-detail/75144) and of 《民法通则》 art. 15 (经常居住地), and the lead words a
# clerk builds from them: 户籍登记地, 居所, 暂住地址, 居住地址, 住宅地址. Main read 户籍/暂住/居住地 and stopped at the 地址
# or 地 after them.


@pytest.mark.parametrize("lead", ["户籍登记地：", "户口登记地：", "居所：", "经常居所地为", "经常居所：", "居住地址：", "暂住地址：",
                                  "暂住地：", "常住地址：", "住宅地址：", "现住地：", "现居住地："])
@pytest.mark.parametrize("person", [False, True])
def test_a_domicile_after_a_civil_code_lead_word_is_masked_and_the_party_stays(lead: str, person: bool) -> None:
    text = f"当事人祁某，{lead}甘州区南华村六社45号，2026年3月5日在集市无证销售活禽。"
    assert scrub_text(text, person=person, prose=False) == f"当事人祁某，{lead}{MASK}，2026年3月5日在集市无证销售活禽。"


@pytest.mark.parametrize("text", [
    "当事人：张掖市华强商贸有限公司，居所不固定的员工由公司统一安排住宿。",  # (no address after the word)
    "当事人在其住所地以外的甘州区县府街58号设立分支机构。",
])
def test_a_lead_word_with_no_home_after_it_changes_nothing(text: str) -> None:
    assert scrub_text(text, prose=False) == text


# -- A lead word spaced to align the form's columns (住  址：, 住　址：, 家 庭 住 址：): the 当事人基本情况 of the 格式范本 typed
# as a two-column table, as clerks pad 姓  名 and 住  址 to one width. Read without the spaces; the spaces stay.


@pytest.mark.parametrize("lead", ["住  址：", "住　址：", "家 庭 住 址：", "现 住 址：", "户　籍　地："])
@pytest.mark.parametrize("person", [False, True])
def test_a_home_after_a_spaced_lead_word_is_masked_and_the_spacing_stays(lead: str, person: bool) -> None:
    text = f"当事人：祁某，{lead}甘州区南华村六社45号，无照经营。"
    assert scrub_text(text, person=person, prose=False) == f"当事人：祁某，{lead}{MASK}，无照经营。"


def test_two_words_that_meet_across_a_space_are_not_a_lead_word() -> None:
    text = "当事人：张掖市华强商贸有限公司，经营地 址于2026年变更，现经营场所：甘州区县府街58号。"
    assert scrub_text(text, prose=False) == text


# -- An address in traditional characters (a party from Hong Kong, Macau or Taiwan, or a clerk's input method; the civil
# code itself is published so: 《中華人民共和國民法典》…戶籍登記, https://tftnews.com/news85669). privacy.md: the same values
# written in traditional characters. Read as simplified one character for one; the mask falls on the text as written.


@pytest.mark.parametrize(("text", "private", "kept"), [
    ("當事人祁某，現住甘州區南華村六社45號，無照經營。", ["45號", "南華村"], "當事人祁某，現住"),
    ("當事人祁某，戶籍地：甘州區南關小區3棟2單元401室，無照經營。", ["401室", "南關"], "當事人祁某，戶籍地："),
    ("消費者王某（甘州區南關小區3棟2單元401）投訴該店。", ["401", "南關"], "消費者王某（"),
])
@pytest.mark.parametrize("person", [False, True])
def test_a_home_in_traditional_characters_is_masked_and_the_words_around_stay(text: str, private: list[str], kept: str,
                                                                             person: bool) -> None:
    out = scrub_text(text, person=person, prose=False)
    assert [p for p in private if p in out] == []
    assert out.startswith(kept + MASK)


def test_a_companys_address_in_traditional_characters_stays() -> None:
    text = "當事人：張掖市華強商貿有限公司，住所：甘州區縣府街58號，銷售過期食品。"
    assert scrub_text(text, prose=False) == text


# -- Entrances written 梯 (Guangzhou: …大厦B座2梯1503房) and 门 (Beijing: …312号楼2门401), as the 门牌 of those cities are
# written; main masked up to the entrance's number and published the flat after it.


@pytest.mark.parametrize(("address", "flat"), [
    ("广州市天河区龙口西路龙苑大厦B座2梯1503房", "1503"),
    ("北京市朝阳区望京西园三区312号楼2门401", "401"),
    ("广州市越秀区东风中路18号之三2梯702", "702"),
])
@pytest.mark.parametrize("person", [False, True])
def test_a_flat_after_an_entrance_written_ti_or_men_is_masked(address: str, flat: str, person: bool) -> None:
    out = scrub_text(f"申请人祁某，住{address}，申请信用修复。", person=person, prose=False)
    assert out == f"申请人祁某，住{MASK}，申请信用修复。"


def test_a_gate_and_a_stair_that_are_no_flat_stay() -> None:
    text = "当事人：张掖市华强商贸有限公司，住所：甘州区县府街58号，在2号门安装消防梯3部。"
    assert scrub_text(text, prose=False) == text


# -- A home named as someone's in a note after the address (…45号（祁瑞峰家）, 违法地点：…45号（当事人自家院内）): the 现场
# 检查笔录's 检查地点 and a 12315 summary's 地址 (市场监管总局 现场笔录 格式, 国市监法发〔2021〕42号).


@pytest.mark.parametrize("text", [
    "违法地点：甘州区南华村六社45号（当事人自家院内），查获私屠生猪2头。",
    "检查地址：甘州区南华村六社45号（祁瑞峰家），查获私屠生猪2头。",
    "地址：甘州区南华村六社45号（户主祁某家中），查获私屠生猪2头。",
])
@pytest.mark.parametrize("person", [False, True])
def test_a_place_noted_as_a_persons_home_is_masked_and_the_finding_stays(text: str, person: bool) -> None:
    out = scrub_text(text, person=person, prose=False)
    assert "45号" not in out and "南华村" not in out
    assert out.endswith("，查获私屠生猪2头。")


@pytest.mark.parametrize("text", [
    "违法地点：甘州区南华村六社45号（农家乐），查获私屠生猪2头。",
    "检查地址：甘州区县府街58号（华强商家），查获过期食品。",
    "经营场所：甘州区南华村六社45号（经营者自家院内），查获私屠生猪2头。",  # (a 个体工商户's registered premises: h12n)
])
def test_a_place_noted_as_a_business_stays(text: str) -> None:
    assert scrub_text(text, prose=False) == text


# -- Over-masking found on main (round 11's left case): the words before a flat and the 楼上 after it.


@pytest.mark.parametrize("person", [False, True])
def test_the_complainants_flat_is_masked_and_what_she_said_stays(person: bool) -> None:
    text = "投诉人称其居住的南关小区3栋2单元401室楼上漏水，物业公司未处理。"
    out = scrub_text(text, person=person, prose=False)
    assert "401室" not in out and "3栋" not in out
    assert out.startswith("投诉人称其居住的") and out.endswith("楼上漏水，物业公司未处理。")


@pytest.mark.parametrize("person", [False, True])
def test_the_owner_word_before_a_flat_stays(person: bool) -> None:
    out = scrub_text("业主王某住甘州区南关小区3号楼2单元401室，投诉物业公司。", person=person, prose=False)
    assert out == f"业主王某住{MASK}，投诉物业公司。"


# A flat's number alone (备注：2单元401室) locates no home: no estate, street or building with it. privacy.md masks a home
# address, and an entrance and a flat are shared by every building; in a 个体工商户's record it stays as written.


@pytest.mark.parametrize("person", [False, True])
def test_a_flat_number_alone_stays_and_with_its_estate_is_masked(person: bool) -> None:
    assert scrub_text("备注：2单元401室", person=person, prose=False) == "备注：2单元401室"
    out = scrub_text("备注：住南关小区3号楼2单元401室", person=person, prose=False)
    assert out == f"备注：住{MASK}"


# -- More of the same pass (h15n's fifth probe): 当事人住… (a party that lives somewhere is a person: a 个体工商户's 违法事实
# or a 处罚依据 quoting the decision), 其住宅位于…, 系…45号住户 (the 格式范本's 当事人基本情况 in a 村民's words), and a row of
# a table pasted into a cell, the name and the address split by a space (经营者祁瑞峰 甘州区…六社45号).


@pytest.mark.parametrize(("text", "kept"), [
    ("处罚依据：《食品安全法》第一百二十二条；当事人住甘州区南华村六社45号。", "处罚依据：《食品安全法》第一百二十二条；当事人住"),
    ("经营者祁瑞峰，其住宅位于甘州区南华村六社45号。", "经营者祁瑞峰，其住宅位于"),
    ("经查，祁瑞峰系甘州区南华村六社45号住户。", "经查，祁瑞峰系"),
    ("经营者祁瑞峰 甘州区南华村六社45号", "经营者祁瑞峰 "),
    ("经营者：祁瑞峰 甘州区南华村六社45号 罚款2000元", "经营者：祁瑞峰 "),
])
@pytest.mark.parametrize("person", [False, True])
def test_more_homes_of_a_party_or_an_operator_are_masked(text: str, kept: str, person: bool) -> None:
    out = scrub_text(text, person=person, prose=False)
    assert "六社45号" not in out and "南华村" not in out
    assert out.startswith(kept + MASK)


@pytest.mark.parametrize("text", [
    "当事人住所：甘州区县府街58号，法定代表人：赵建国。",  # (住所: the organisation's)
    "当事人住宿登记未查验身份证件，地址：甘州区县府街58号。",
    "经营者祁瑞峰 在甘州区县府街58号经营面馆。",  # (a street number: no home's unit)
    "当事人：甘州区瑞峰面馆 甘州区县府街58号 罚款2000元",
])
def test_an_organisations_seat_and_a_street_after_a_space_stay(text: str) -> None:
    assert scrub_text(text, prose=False) == text


# -- The words for a dwelling in a 现场检查笔录 (国市监法发〔2021〕42号: 检查地点…) after a village house: 老宅, 祖宅, 宅院, 民房,
# 自住房, 卧室, 家门口 name a person's home in any record, as 住宅 and 家中 did; a neutral building (平房, 车库) stays a home's
# only in a person's own record. A house's part (45号之一, Guangdong's numbering) and an estate named the way new ones are
# (金域蓝湾, 滨河华庭) end the address after a home word.


@pytest.mark.parametrize("word", ["的老宅内", "的祖宅内", "的宅院内", "的民房内", "的自住房内", "的卧室内", "的家门口"])
@pytest.mark.parametrize("person", [False, True])
def test_a_village_house_named_as_a_dwelling_is_masked_and_the_finding_stays(word: str, person: bool) -> None:
    text = f"执法人员在甘州区南华村六社45号{word}查获私屠生猪2头。"
    assert scrub_text(text, person=person, prose=False) == f"执法人员在{MASK}{word}查获私屠生猪2头。"


@pytest.mark.parametrize(("address", "private"), [
    ("甘州区南华村六社45号之一", "之一"),
    ("甘州区滨河路8号金域蓝湾", "金域蓝湾"),
    ("甘州区滨河路10号滨河华庭", "滨河华庭"),
])
@pytest.mark.parametrize("person", [False, True])
def test_a_houses_part_and_a_new_estates_name_end_the_home(address: str, private: str, person: bool) -> None:
    out = scrub_text(f"当事人祁某，住{address}，无照经营。", person=person, prose=False)
    assert out == f"当事人祁某，住{MASK}，无照经营。"


@pytest.mark.parametrize("text", [
    "执法人员在甘州区南华村六社45号的平房内查获私屠生猪2头。",  # (a neutral building in an organisation's record)
    "当事人在金湾大酒店销售过期食品。",
    "检查地址：张掖华庭酒店，罚款2000元。",
    "当事人送货到甘州区县府街58号的仓库内。",  # (the business's own delivery)
    "当事人发货至张掖工业园区B区3号地块。",
    "当事人住所地甘州区县府街58号，罚款2000元。",
])
def test_a_building_a_hotel_and_a_businesss_own_delivery_stay(text: str) -> None:
    assert scrub_text(text, prose=False) == text
