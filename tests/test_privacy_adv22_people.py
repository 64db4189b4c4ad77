"""Personal data an outsider (h22o, session 16: /work/notes/h22o.md) found published, fixed by h22t: the later names of
a numbered list before their bracketed jobs (L13), a minority party called by a part of their name and third persons
with Tibetan or dotted Uyghur names (L14, L15), a party the text alone says is a minor (L7), and a person's faith, disease
and criminal conviction (L16; PIPL 《中华人民共和国个人信息保护法》 第二十八条: 宗教信仰, 医疗健康 are sensitive personal
information). Through the public entry points: `find_person_names` and `scrub_text` (one cell as the site publishes
it), the data stages (`penalty_status`: the age rule) and `build_site`. Each shape is tested both ways: the private
value is masked (or the minor's record withheld) AND the public fact beside it is still published.

Values are synthetic; each group names the outsider's case folder its shape comes from. The shapes of lists follow
decisions' evidence and staff lists (1、… 2、…, （1）…, ①…: GB/T 9704-2012 党政机关公文格式 7.3.3 numbers the levels of a
text 一、（一）1.（1）); Tibetan and Uyghur names are written as the 《少数民族人名汉字音译转写规范》 practice gives them
(two two-character names together; the own name, a middle dot, the father's name).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.build import BuildOptions, build_site
from generator.deidentify import scrub_text
from generator.person_names import find_person_names
from tests.helpers import make_id, penalty_status, person_penalty_row, write_folder

MASK = "[已隐去]"
AS_OF = "2026-12-07"
ADULT_ID = make_id("19900303", 532)  # an adult's valid 身份证 number (GB 11643)
FACT = "经查，当事人从业人员未取得健康证明。"


def names(text: str) -> list[str]:
    return [text[a:b] for a, b in find_person_names(text)]


# -- L13_numbered_list_second_name: every name of a numbered list before its bracketed job (the given names are words:
# 建平, 建和; 党建 is a word too), after 1、 （2） ② 一、 or right after the previous item's job. Documents listed before a
# bracketed word stay, and the job in brackets stays.

@pytest.mark.parametrize(("items", "planted"), [
    ("1、祁红兰（收银员）2、马建平（店长）", ["祁红兰", "马建平"]), ("（1）祁红兰（收银员）（2）马建和（店长）", ["马建和"]),
    ("员工：祁红兰（收银员）马建春（店长）", ["马建春"]), ("员工祁红兰（收银员），党建秋（店长）", ["党建秋"]),
    ("一、马建平（店长）", ["马建平"]), ("②欧阳建平（店长，男）", ["欧阳建平"]), ("2.马建平（厨师）", ["马建平"]),
])
def test_every_name_of_a_numbered_list_before_its_job_is_masked_and_the_jobs_stay(items: str, planted: list[str]) -> None:
    out = scrub_text(FACT + items)
    assert not any(name in out for name in planted), out
    assert out.startswith(FACT) and ("（店长" in out or "（厨师）" in out)


def test_documents_listed_before_a_bracketed_word_stay() -> None:
    text = "证据：1、营业执照（副本）2、健康证明（从业人员）3、现场笔录（执法人员）"
    assert scrub_text(text) == text and names(text) == []


# -- L14_own_name_minority_short_form: the party 买买提·吐尔逊 called 买买提 (the part before the dot is the person's own
# name, the one after it the father's), 扎西顿珠 called 扎西 (a Tibetan name is two names, either used alone). Masked where
# it stands as a name; the market and the act stay, and another person's dotted name is not cut.

@pytest.mark.parametrize(("party", "short"), [("买买提·吐尔逊", "买买提"), ("扎西顿珠", "扎西"), ("才让多杰", "多杰")])
def test_a_minority_partys_short_name_is_masked_and_the_act_stays(party: str, short: str) -> None:
    out = scrub_text(f"经查，{party}在南关市场销售过期食品，{short}当场承认。", names=(party,))
    assert f"{short}当场" not in out and "当场承认。" in out and "在南关市场销售过期食品" in out, out


def test_a_short_name_inside_a_longer_word_stays() -> None:
    out = scrub_text("经查，买买提·吐尔逊在买买提江烤肉店购进羊肉。", names=("买买提·吐尔逊",))
    assert "烤肉店购进羊肉。" in out and "吐尔逊" not in out


def test_the_party_of_a_minority_name_is_masked_in_the_published_site(tmp_path: Path) -> None:
    rows = [person_penalty_row(行政相对人名称=name, 证件号码=make_id("19800101", 298 + k), 行政处罚决定书文号=f"甘州市监罚〔2026〕{116 + k}号",
                               违法事实=f"经查，{name}在南关市场销售过期食品，{short}当场承认。")
            for k, (name, short) in enumerate((("买买提·吐尔逊", "买买提"), ("扎西顿珠", "扎西")))]
    write_folder(tmp_path / "data", {"penalties": rows})
    build_site(BuildOptions(tmp_path / "data", tmp_path / "site", tmp_path / "report", dt.date.fromisoformat(AS_OF),
                            state_dir=tmp_path / "state"))
    published = (tmp_path / "site" / "data" / "penalties.csv").read_text(encoding="utf-8-sig")
    assert "买买提当场" not in published and "扎西当场" not in published and "吐尔逊" not in published
    assert published.count("在南关市场销售过期食品") == 2 and "甘州市监罚〔2026〕116号" in published


# -- L15_third_person_minority_names: a Tibetan name of two known names with no role word the rules know (牧民才让多杰),
# a dotted name whose first part no list holds after a list's 、 (马麦尔旦·艾力), and 参与 after a name (斯琴高娃参与: 参
# was eaten). A dotted place or brand, and a brand in quotes, stay.

@pytest.mark.parametrize(("text", "planted", "kept"), [
    ("经查，举报人阿依古丽·买买提、牧民才让多杰、顾客斯琴高娃参与销售。", ["才让多杰", "买买提", "琴高娃"], "、顾客斯***参与销售。"),
    ("经查，员工阿依古丽（维吾尔族）、马麦尔旦·艾力参与销售。", ["马麦尔旦", "艾力"], "（维吾尔族）、马******参与销售。"),
    ("经查，牧民扎西顿珠、次仁卓玛到场。", ["扎西顿珠", "次仁卓玛"], "经查，牧民扎***、次***到场。"),
    ("经查，员工马·阿卜杜拉负责收银。", ["阿卜杜拉"], "经查，员工马*****负责收银。"),
])
def test_tibetan_and_dotted_names_of_third_persons_are_masked_and_the_acts_stay(text: str, planted: list[str], kept: str
                                                                                ) -> None:
    out = scrub_text(text)
    assert not any(p in out for p in planted) and kept in out, out


@pytest.mark.parametrize("text", ["经查，当事人在新华·国际大厦销售“丝路·张掖”牌枸杞。", "当事人销售“卡夫•奥利奥”饼干。",
                                  "当事人销售“格桑卓玛”牌酥油。", "当事人销售扎西德勒青稞酒。", "《中华人民共和国·食品安全法》"])
def test_a_dotted_place_a_brand_or_a_greeting_stays(text: str) -> None:
    assert scrub_text(text) == text


# -- L7_minor_party_stated_in_text: the ID column holds an adult's 身份证 but the text says what the party is and their
# age (系…初二学生（14周岁）): the record is withheld, as 系未成年人 already was. An age after another person (系其子（12岁）
# 的父亲, the hired pupil's) is not the party's: the record publishes.

@pytest.mark.parametrize("text", ["经查，当事人马小军，男，系甘州区第二中学初二学生（14周岁），在校门口摆摊销售辣条。",
                                  "当事人马小军系在校学生，15岁，在校门口摆摊销售辣条。",
                                  "当事人马小军，男，汉族，现系初三学生（年仅十五周岁），销售辣条。"])
def test_a_party_the_text_describes_as_a_minor_is_withheld(tmp_path: Path, text: str) -> None:
    row = person_penalty_row(行政相对人名称="马小军", 证件号码=ADULT_ID, 违法事实=text)
    assert penalty_status(tmp_path, row, AS_OF) == "minor"


@pytest.mark.parametrize("text", ["经查，当事人马小军，男，系其子（12岁）的父亲，在校门口摆摊销售辣条。",
                                  "当事人雇佣祁某系学生（14岁），在店内帮工。", "当事人马小军，男，系个体经营者（45周岁）。",
                                  "当事人马小军系其子（12岁）的监护人，在校门口摆摊。"])
def test_another_persons_age_or_an_adults_publishes_the_record(tmp_path: Path, text: str) -> None:
    row = person_penalty_row(行政相对人名称="马小军", 证件号码=ADULT_ID, 违法事实=text)
    assert penalty_status(tmp_path, row, AS_OF) == "published"


# -- L16_sensitive_personal_information (privacy.md is silent; decided from PIPL 第二十八条): a person's faith, a disease
# they carry and a criminal conviction are masked, the value only; the 民族 of the 当事人 block stays (not among the
# article's kinds; the 格式范本 writes it), and so do the law's words about diseases and a food crime that grounds the ban
# of 《中华人民共和国食品安全法》 第一百三十五条.

@pytest.mark.parametrize(("text", "secret", "kept"), [
    ("当事人：马秀英，女，回族，信仰伊斯兰教，经营清真食品。", "伊斯兰教", "，女，回族，信仰[已隐去]，经营清真食品。"),
    ("当事人系乙肝病毒携带者，未取得健康证明从事食品经营。", "乙肝", "当事人系[已隐去]，未取得健康证明从事食品经营。"),
    ("经查，当事人员工马某某（HIV感染者）未取得健康证明。", "HIV", "马某某（[已隐去]）未取得健康证明。"),
    ("员工王某患有活动性肺结核，当事人未将其调离。", "肺结核", "员工王某患有[已隐去]，当事人未将其调离。"),
    ("当事人曾因盗窃罪被判处有期徒刑一年，2026年3月5日销售过期食品。", "盗窃", "当事人曾因[已隐去]，2026年3月5日销售过期食品。"),
])
def test_a_persons_faith_disease_or_conviction_is_masked_and_the_facts_stay(text: str, secret: str, kept: str) -> None:
    out = scrub_text(text)
    assert secret not in out and kept in out, out


@pytest.mark.parametrize("text", [
    "当事人安排患有有碍食品安全疾病的人员从事接触直接入口食品的工作。",
    "当事人曾因生产、销售不符合安全标准的食品罪被判处有期徒刑，终身不得从事食品生产经营。",
    "当事人曾因销售过期食品被行政处罚。", "当事人销售标称可治疗乙肝的保健食品。",
])
def test_the_laws_words_on_diseases_and_a_food_crime_stay(text: str) -> None:
    assert scrub_text(text) == text
