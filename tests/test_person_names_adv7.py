"""People the seventh privacy pass (adv7, people in free text and structure) found published, and the public facts
next to them that must stay, through the public entry point `scrub_text` (the scrubber every free-text column goes
through; `person=True` is a natural person's own record).

Part 1: what the sixth pass left open (/work/notes/adv6-report.md 1.4c, 1.6b, 1.10, 1.4, added after 21:20; the lead's
re-run of its folders on main, /tmp/lead/r6/rerun7.log). Part 2: new shapes from published texts (the case folders
of /work/notes/adv7-cases/, each with its cases.json; /work/notes/adv7-people.md). Each group names its folder and
the source of its shape. Values are synthetic.
"""

from __future__ import annotations

import pytest

from generator.deidentify import scrub_text

MASK = "[已隐去]"

# -- Part 1: household addresses (adv6 actions-persons-homes, devices-network-vehicles-dates-homes,
# names-minority-scripts-english-addresses). Sources: 行政强制/行政征收 决定 公示 (宅基地征收, 违法建筑强制拆除, 扣押 of a
# villager's vehicle) that name the household's address; 12315 work orders of home installation (上门安装); complaints
# from foreign residents written in English; pinyin addresses as a clerk types them (Nanguan Cun 9 She 32 Hao).


@pytest.mark.parametrize(("text", "person", "address"), [
    ("扣押当事人停放在甘州区南关村九社32号门前的车辆。", True, "九社32号"),
    ("对当事人在甘州区南关村九社33号的违法建筑强制拆除。", True, "九社33号"),
    ("对当事人位于甘州区南关村九社31号的宅基地实施征收。", True, "九社31号"),
    ("向甘州区南关村九社34号村民祁某发放补偿款。", False, "九社34号"),
    ("上门安装人员到甘州区梁家墩镇刘家沟村三组18号安装时损坏地板。", False, "三组18号"),
    ("The complainant lives at Room 1203, Unit 2, Bldg 5, Jinxiu Garden, Ganzhou District.", False, "1203"),
    ("The complainant resides at No. 32 Nanguan Village, Ganzhou District.", False, "No. 32"),
    ("The complainant resides at No. 18, Group 3, Liujiagou Village.", False, "Group 3"),
    ("The consumer's home address is Room 501, Unit 2, Building 3, Nanguan Community.", False, "Room 501"),
    ("消费者住址：Room 1203, Unit 2, Bldg 5, Jinxiu Garden", False, "Unit 2"),
    ("消费者家住Nanguan Cun 9 She 32 Hao", False, "32 Hao"),
    ("消费者称快递送至 Jinxiu Xiaoqu 5 Dong 2 Danyuan 1203 Shi，包装破损。", False, "1203 Shi"),
])
def test_household_addresses_in_new_shapes_are_masked(text: str, person: bool, address: str) -> None:
    out = scrub_text(text, person=person)
    assert address not in out and MASK in out, out


@pytest.mark.parametrize(("text", "person"), [
    ("当事人在甘州区南街18号的店内销售，经营地址：甘州区明永镇上游村八社41号。", False),
    ("当事人在甘州区明永镇上游村八社41号经营小卖部。", True),  # a person's stall: the clause names the business
    ("当事人在甘州区南关村委会门前摆摊。", True),  # a village office, no house
    ("The shop is located at Room 101, Unit 1, Building 3, Wanda Plaza.", False),
    ("当事人经营地址：Room 101, Building 3, Wanda Plaza。", False),
    ("依据GB 2760-2014第4.1条和Building 3的检查记录。", False),
    ("检验报告No. 2026-0518，样品编号No. 12。", False),
    ("The store at No. 5 Nanguan Road sold expired food.", False),
    ("Sample No. 3 and Group 2 were tested.", False),
])
def test_business_addresses_and_numbers_next_to_them_stay(text: str, person: bool) -> None:
    assert scrub_text(text, person=person) == text


# -- Part 1: names (adv6 other-kinds-fields-persons: a 自愿注册 信息标题 opening with the person's name;
# devices-network-vehicles-dates-homes: `户名*建国`, a name hidden by hand keeping the given name). Sources: 自愿注册/
# 信用承诺 titles as 个体 and persons register them (`X诚信经营承诺`, `X个人信用承诺书`); payment screenshots as
# complaints quote them (`户名*建国`, the bank's own mask of the surname).


@pytest.mark.parametrize(("text", "masked"), [
    ("祁德旺诚信经营承诺", "祁**诚信经营承诺"),
    ("李建国个人信用承诺书", "李**个人信用承诺书"),
    ("王秀英诚信经营承诺书", "王**诚信经营承诺书"),
    ("收款人手机尾号0045，户名*建国", "户名***"),
    ("经查，员工**华负责进货。", "员工***负责进货"),
])
def test_names_opening_a_title_or_kept_after_stars_are_masked(text: str, masked: str) -> None:
    assert masked in scrub_text(text)


@pytest.mark.parametrize("text", [
    "王老吉诚信经营承诺", "张掖诚信经营承诺", "甘州区诚信经营示范店", "消费者**反映购买的月饼发霉。",
    "经查，员工*负责进货。", "消费者*电话无人接听。", "户名*某", "员工**先生称",
])
def test_brands_places_and_masks_already_made_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- Part 1: birth dates (adv6 birthdates-more-spellings): passports print the day first, English forms (DOB), a
# month and day before the year (出生日期为八月十五日（1987年）).


@pytest.mark.parametrize(("text", "date"), [
    ("经查，员工祁某，男，DOB 1985-08-15，负责进货。", "1985-08-15"),
    ("经查，员工祁某，男，出生日期：15/08/1986。", "15/08/1986"),
    ("经查，员工祁某，出生日期为八月十五日（1987年）。", "1987"),
    ("Date of Birth: 15/08/1986", "15/08/1986"),
])
def test_birth_dates_in_more_spellings_are_masked(text: str, date: str) -> None:
    assert date not in scrub_text(text)


@pytest.mark.parametrize("text", ["该公司成立于2015-06-01，生产日期2026-05-18。", "本公司于2016年5月18日成立，批号20260518。"])
def test_dates_that_are_no_birth_date_stay(text: str) -> None:
    assert scrub_text(text) == text
