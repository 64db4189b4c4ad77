"""Homes of natural persons in the spellings the eleventh outside pass (h12n) found published, and the public addresses
beside them that must stay, through the public entry point `scrub_text` (every free-text column goes through it;
`person=True` is a natural person's own record). privacy.md: a natural person's home address is never public; an
organisation's 住所, a market's stall, an industrial park's plot, an office's address are.

Each group names the source of its shape. Values are synthetic. The same shapes, built with the CLI and read in every
output byte, are tests/hostile/corpus_adv11_numbers.py.
"""

from __future__ import annotations

import pytest

from generator.deidentify import scrub_text

MASK = "[已隐去]"

# -- A flat in every spelling, in brackets after the complainant or as a clause of the person. Sources: 12315 summaries
# under 《市场监督管理投诉举报处理暂行办法》 (投诉人李某（…）); the building-entrance-flat order of 《住宅设计规范》 GB 50096
# (楼栋, 单元, 户) as 门牌 are written: 3栋2单元401 (no 室), 七号楼三单元602, 三号楼二单元四零一, 3#2-401, an estate's 3-201.


@pytest.mark.parametrize("flat", ["3栋2单元401", "七幢三单元六〇二", "三号楼二单元四零一", "3#2-401", "3-201", "3幢201",
                                  "7号楼3单元602号"])
@pytest.mark.parametrize("person", [False, True])
def test_a_flat_in_any_spelling_in_brackets_after_a_person_is_masked_and_the_complaint_stays(flat: str, person: bool) -> None:
    text = f"消费者王某（甘州区西关小区{flat}）投诉该店销售过期食品。"
    assert scrub_text(text, person=person, prose=False) == f"消费者王某（{MASK}）投诉该店销售过期食品。"


@pytest.mark.parametrize("person", [False, True])
def test_a_flat_without_a_room_word_as_a_clause_of_the_complainant_is_masked(person: bool) -> None:
    text = "投诉人李某，甘州区西关七号楼三单元602，反映该店销售过期食品，2026年3月5日受理。"
    out = scrub_text(text, person=person, prose=False)
    assert "602" not in out and "七号楼" not in out
    assert out.endswith("，反映该店销售过期食品，2026年3月5日受理。") and out.startswith("投诉人李某，")


# -- 住 right after a party named alone (the 格式范本's 当事人基本情况, 国市监法发〔2021〕42号, with the sex and the birth
# date left out: 当事人：张某，住…; a 个体工商户's operator, 当事人李某（个体工商户业主），住…; a company's 法定代表人).


@pytest.mark.parametrize(("text", "private", "kept"), [
    ("当事人：张三丰，住甘州区西关七号楼三单元602，无证经营，罚款2000元。", ["602", "七号楼"], "，无证经营，罚款2000元。"),
    ("当事人李某，住甘州区南环路123号附1号，未取得许可。", ["南环路123号", "附1号"], "，未取得许可。"),
    ("当事人李某（个体工商户业主），住甘州区南环路123号4号楼302，无照经营。", ["4号楼302", "南环路"], "，无照经营。"),
    ("法定代表人：赵某，现住甘州区新墩镇南华村六社45号。", ["南华村", "45号"], "。"),
])
def test_a_home_after_a_party_named_alone_is_masked_in_an_organisations_record(text: str, private: list[str], kept: str) -> None:
    out = scrub_text(text, prose=False)
    assert [p for p in private if p in out] == []
    assert out.endswith(kept) and MASK in out


@pytest.mark.parametrize("text", [
    "当事人：张掖市华强商贸有限公司，住所：甘州区县府街58号3楼301室，法定代表人：赵某。",  # a company's 住所
    "当事人：张掖市华强商贸有限公司，住：甘州区县府街58号。",  # a business before 住 (an odd clerk's word)
    "当事人：甘州区老王面馆，经营场所：甘州区南环路66号，经营者：王某。",  # a 个体工商户's 经营场所 on a street
    "当事人：华强养殖场，住甘州区南华村六社45号。",  # a farm's premises
    "当事人：张掖市华强商贸有限公司，法定代表人：赵某，住所：甘州区县府街58号。",  # the company's, after its representative
])
def test_an_organisations_address_after_its_name_stays(text: str) -> None:
    assert scrub_text(text, prose=False) == text


# -- A state farm's team as a home (中牧山丹马场's 分场 and 队; 兵团 连队: 住山丹军马场二场三队, 牧场三连).


@pytest.mark.parametrize(("text", "private"), [
    ("当事人：马某，男，回族，住山丹军马场二场三队，无证屠宰。", "二场三队"),
    ("当事人：马某，男，住甘州区平原堡牧场三连，无证屠宰。", "牧场三连"),
    ("消费者王某（山丹军马场三场二队）投诉该店。", "三场二队"),
])
@pytest.mark.parametrize("person", [False, True])
def test_a_farm_team_a_person_lives_in_is_masked_and_the_act_stays(text: str, private: str, person: bool) -> None:
    out = scrub_text(text, person=person, prose=False)
    assert private not in out and MASK in out
    assert out.endswith("无证屠宰。" if "屠宰" in text else "）投诉该店。")


@pytest.mark.parametrize("text", [
    "当事人在山丹军马场二场建设养殖场，未办理环评手续。",  # a farm (the place) named alone, no team
    "执法人员对甘州区平原堡牧场三队的养殖场进行检查。",  # the team's farm: a business
    "执法三队在甘州区西关市场检查。",  # the office's team
])
def test_a_farm_or_an_offices_team_stays(text: str) -> None:
    assert scrub_text(text, prose=False) == text


# -- An address broken across lines or by spaces (a cell wrapped by the export; a PDF; a 《送达地址确认书》 quoted in a
# decision: 最高人民法院《关于以法院专递方式邮寄送达民事诉讼文书的若干规定》第三、四条, the 详细地址 the party confirms),
# and a pasted key|value line.


@pytest.mark.parametrize(("text", "private"), [
    ("当事人：张某，住址：甘州区新墩镇\n南华村六社45号，无证经营。", ["南华村", "45号"]),
    ("当事人王某，男，住甘州区滨河路8号金域蓝湾3栋\n1单元1202室，无证经营。", ["1单元", "1202"]),
    ("当事人：王某，男，住址：甘州区新墩镇 南华村 六社 45号，无证经营。", ["南华村", "45号"]),
    ("当事人签署《送达地址确认书》，确认送达地址为甘州区新墩镇\n南华村六社45号，无证经营。", ["南华村", "45号"]),
])
@pytest.mark.parametrize("person", [False, True])
def test_an_address_broken_by_a_line_or_spaces_is_masked_whole(text: str, private: list[str], person: bool) -> None:
    out = scrub_text(text, person=person, prose=False)
    assert [p for p in private if p in out] == []
    assert out.endswith("，无证经营。")


def test_a_home_in_a_pasted_key_value_line_is_masked() -> None:
    assert scrub_text("当事人：王某，住址|甘州区新墩镇南华村六社45号", prose=False) == f"当事人：王某，住址|{MASK}"


@pytest.mark.parametrize("text", [
    "当事人住所地甘州区 2026年3月5日立案，罚款2000元。",  # a space before a date: the date is not an address part
    "当事人住所：甘州区县府街58号\n依据《食品安全法》第一百二十四条，罚款2000元。",  # the next line is the next sentence
])
def test_the_line_after_an_address_stays(text: str) -> None:
    out = scrub_text(text, person=True, prose=False)
    assert "2026年3月5日" in out or "第一百二十四条" in out
    assert out.endswith("罚款2000元。")


# -- The public side next to the new rules: an organisation's 住所 in a flat, a market stall, a park's plot, an office.


@pytest.mark.parametrize("text", [
    "当事人：张掖市华强商贸有限公司，住所：甘州区南关小区3号楼2单元101室（公司办公室）。",
    "当事人在甘州区西关市场A区12号摊位销售过期食品。",
    "当事人在张掖工业园区B区3号地块建设厂房。",
    "当事人位于甘州区华强大厦7号楼3单元602的办公室未公示营业执照。",
    "当事人在甘州区鼓楼东侧50米处摆摊。",
    "经查，当事人在甘州区滨河新区3号楼2单元501室开设无证诊所。",
])
def test_business_premises_and_public_places_stay(text: str) -> None:
    assert scrub_text(text, prose=False) == text


# -- The second round of the same pass: a floor and its flat (4楼401, a 居民楼 without entrances), a hamlet's house
# (王家庄12号), a village house's yard (南华村12号院), a group of a village or residents' committee (南华村委会六组, 南关社区
# 三组12号), a person's own 住所 (经营者张某的住所为…), the 当事人基本情况 with its ID already masked by the export. Sources:
# 12315 summaries (投诉人（…）); the 格式范本 (国市监法发〔2021〕42号) 当事人基本情况; 《村民委员会组织法》第三条 (村民小组) and
# 《城市居民委员会组织法》第十三条 (居民小组) for the groups of a committee.


@pytest.mark.parametrize("home", ["甘州区南关小区4楼401", "甘州区南关小区4层402号房", "甘州区王家庄12号", "甘州区南华庄12号", "甘州区南华村12号院",
                                  "甘州区南华村委会六组", "甘州区南关社区三组12号"])
@pytest.mark.parametrize("person", [False, True])
def test_more_homes_in_brackets_after_a_person_are_masked(home: str, person: bool) -> None:
    text = f"消费者王某（{home}）投诉该店销售过期食品。"
    assert scrub_text(text, person=person, prose=False) == f"消费者王某（{MASK}）投诉该店销售过期食品。"


@pytest.mark.parametrize("text", [
    "当事人甘州区华强商贸有限公司（甘州区华强大厦4楼401）销售过期食品。",  # a company's office on a floor
    "当事人甘州区老王饭庄（甘州区南环路12号）销售过期食品。",  # a restaurant named 饭庄
    "甘州区南华村委会（甘州区南华村12号）未公示。",  # the committee's own office
    "执法人员对南华村村民委员会六组组长进行询问，罚款2000元。",  # a group's head named by office
])
def test_a_business_or_a_committee_in_brackets_stays(text: str) -> None:
    assert scrub_text(text, prose=False) == text


@pytest.mark.parametrize(("text", "kept"), [
    ("经营者张某的住所为甘州区南关小区3号楼2单元401室，当事人在甘州区县府街58号经营。", "，当事人在甘州区县府街58号经营。"),
    ("当事人：李某，公民身份号码：[已隐去]，住所：甘州区南关小区3号楼2单元401室，罚款2000元。", "，罚款2000元。"),
])
def test_a_persons_own_home_named_by_its_owner_is_masked_and_the_shop_stays(text: str, kept: str) -> None:
    out = scrub_text(text, prose=False)
    assert "401室" not in out and "3号楼" not in out
    assert out.endswith(kept)


def test_a_companys_own_home_word_stays() -> None:
    text = "当事人的住所为甘州区南关小区3号楼2单元101室（公司办公室），法定代表人赵某。"
    assert "101室" in scrub_text(text, prose=False)


# -- A 个体工商户's 经营场所 in a flat (decided where privacy.md is silent): the business's registered premises (《个体工商户
# 登记管理办法》: 经营场所 is a registered item shown on the licence), public as an organisation's 住所 is, even when the
# flat is also where the operator lives; the operator's own 住所 named as such after the operator is a home and masked
# (the 格式范本's 当事人基本情况 of a 个体工商户: 经营者…，住所…).


def test_a_sole_traders_premises_stay_and_its_operators_home_is_masked() -> None:
    text = ("当事人：甘州区华强便利店（个体工商户），经营场所：甘州区南关小区3号楼2单元101室，经营者：王某，"
            "住所：甘州区南华村六社45号。")
    out = scrub_text(text, prose=False)
    assert "经营场所：甘州区南关小区3号楼2单元101室，" in out
    assert "45号" not in out and "南华村" not in out and out.endswith("住所：[已隐去]。")


# The tenth session's last probe (a 2016-standard export's 违法事实): the operator's home after 经营者住 with no name
# between, in a company's record, was published. The operator is a person; 经营者住所 (the registered address) and
# 经营者住宿 are not a home.
@pytest.mark.parametrize("text", ["当事人经营者祁建华销售过期食品，经营者住甘州区南关村五社14号。",
                                  "经查，店主住甘州区南关小区3栋2单元401室，罚款2000元。"])
def test_the_home_after_an_operator_word_and_zhu_is_masked(text: str) -> None:
    out = scrub_text(text)
    assert "14号" not in out and "401室" not in out, out
    assert "罚款2000元" in out or "销售过期食品" in out


@pytest.mark.parametrize("text", ["经营者住所甘州区县府街5号。", "经营者住宿登记不全。"])
def test_an_operators_registered_address_and_lodging_stay(text: str) -> None:
    assert scrub_text(text) == text
