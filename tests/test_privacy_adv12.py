"""The other private facts of privacy.md the twelfth outside pass (h15n) found published on main, through the public entry
point `scrub_text`: a person's birth date (part of the identity number: "in full or in part"; the 格式范本's 当事人基本情况
gives it), and the consumer's house in a complaint summary ("the complainant of a consumer complaint": 12315 summaries
name where goods were sent or a fitter went). Each is tested both ways: the private value is masked and the public facts
next to it (the case's dates, the act, the amount) stay.

Values are synthetic; each group names the source of its shape.
"""

from __future__ import annotations

import pytest

from generator.deidentify import scrub_text

MASK = "[已隐去]"

# -- A birth date in the 当事人基本情况 (国市监法发〔2021〕42号 格式范本: 姓名，性别，出生日期，民族，住址) as clerks type it:
# full-width digits from an input method left in full-width mode, a two-digit year, the day alone after 生日, and the lead
# word spaced to a form's column (出 生 日 期：).


@pytest.mark.parametrize("birth", ["出生日期：１９９０年３月５日", "出生日期：90年3月5日", "生日为3月5日", "出 生 日 期：1990年3月5日",
                                   "出生日期：1990年3月5号", "生　日：3月5日"])
@pytest.mark.parametrize("person", [False, True])
def test_a_birth_date_in_any_spelling_is_masked_and_the_case_date_stays(birth: str, person: bool) -> None:
    text = f"当事人祁某，男，{birth}，汉族，于2026年3月5日无证经营，罚款2000元。"
    out = scrub_text(text, person=person, prose=False)
    lead = birth.split("：")[0] + "：" if "：" in birth else "生日为"
    assert out == f"当事人祁某，男，{lead}{MASK}，汉族，于2026年3月5日无证经营，罚款2000元。"


# A word ending in 生 before 于 or 日 is no birth: 违法行为发生于…, 消费者沈先生于…在 (a 12315 summary: tests/corpus), 学生于…
# 返校, 卫生日. The dates are the case's, public (privacy.md: masking never destroys dates). The half of this that
# generator/detect.py reads (its keyword rule for 生于) is /work/notes/h15n/detect-not-born.patch; here the address and
# birth rules of deidentify no longer mask them.


@pytest.mark.parametrize("text", [
    "违法行为发生于3月5日，当事人未改正。",
    "学生于3月5日返校后发现食品过期。",
    "当事人在3月5日卫生日为检查做准备。",
    "卫生日为3月5日，当事人未清扫。",
])
def test_a_date_after_a_word_ending_in_sheng_stays(text: str) -> None:
    assert scrub_text(text, prose=False) == text


@pytest.mark.parametrize("text", [
    "当事人王某生于3月5日，无证经营。",
    "当事人：王某，生日：3月5日，无证经营。",
])
def test_a_persons_birthday_without_a_year_is_masked(text: str) -> None:
    out = scrub_text(text, prose=False)
    assert "3月5日" not in out and out.endswith("，无证经营。")


# -- The consumer's house in a complaint summary after the words of delivery and service (12315 publicity summaries:
# 发货至…, 送货到…, 上门到…, 入户至…, 房屋坐落…, 家庭所在地…; 《市场监督管理投诉举报处理暂行办法》 publishes the summary, never
# the complainant). Main masked a flat there (any estate's flat is a home) but not a village house.


@pytest.mark.parametrize("lead", ["发货至", "送货到", "上门到", "入户至", "房屋坐落：", "家庭所在地："])
def test_the_consumers_village_house_after_a_delivery_word_is_masked_and_the_complaint_stays(lead: str) -> None:
    text = f"消费者王某投诉，{lead}甘州区南华村六社45号，空调安装后漏水，要求退货。"
    assert scrub_text(text, prose=False) == f"消费者王某投诉，{lead}{MASK}，空调安装后漏水，要求退货。"


@pytest.mark.parametrize("text", [
    "当事人从甘州区县府街58号仓库发货至兰州，未开具发票。",  # (a city: no house)
    "当事人送货到甘州区县府街58号华强超市，超市未查验。",  # (a shop: the visit word's place is a business)
])
def test_a_business_or_a_city_after_a_delivery_word_stays(text: str) -> None:
    assert scrub_text(text, prose=False) == text
