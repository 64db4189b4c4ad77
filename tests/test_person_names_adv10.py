"""People the tenth privacy pass on names (adv10, h11p) found published, and the public words earlier rules destroyed,
through the public entry point `scrub_text` (the scrubber every free-text column goes through; `names` are the row's own
people, `person=True` a natural person's own record).

Each group names the source of its shape (the published text it was read from; /work/notes/h11p.md tells what was tried).
Values are synthetic. The same shapes, built and read in every output byte, are tests/hostile/corpus_adv10_people.py.
"""

from __future__ import annotations

import pytest

from generator.deidentify import scrub_text

# -- The ninth and tenth passes' leftovers (/work/notes/s9/h9p.md, /work/notes/h10p.md "Found but left").
# English forms write the surname first and a comma (ISO/IEC 7501-1, ICAO Doc 9303 part 3: the primary identifier first).


@pytest.mark.parametrize(("text", "masked"), [
    ("Complainant: Smith, John said the phone was broken.", "Complainant: S********** said the phone was broken."),
    ("The complainant Smith, John said the phone was broken.", "The complainant S********** said the phone was broken."),
    ("Complainant: qi, zanzheng said the phone was broken.", "Complainant: q*********** said the phone was broken."),
    ("Witness: CHAN Tai-man confirmed the sale.", "Witness: C*********** confirmed the sale."),  # (HKSAR forms' sample name)
])
def test_a_surname_first_english_name_after_a_role_word_is_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "Complainant, he, however, said the phone was broken.",
    "The customer: However, Apple said the phone was new.",
    "Customer: apple, banana and pears were sold.",
    "Consumer: Huawei, Store staff refused the return.",
    "The witness statement of the store was signed.",
])
def test_english_words_and_businesses_after_a_role_word_stay(text: str) -> None:
    assert scrub_text(text) == text


# Yi names (彝族: 阿西木呷, 吉克阿依, 沙马拉毅): the family's name first, no Han surname. Source of the family names:
# yizuren.com《彝族姓氏及其文化概述》; 阿木, 吉克, 曲比 (《中國各地姓氏變遷》 四川省—彝族); the shape 雇用X从事销售 is h9p's left case.


@pytest.mark.parametrize(("text", "masked"), [
    ("经查，当事人雇用阿西木呷从事销售。", "经查，当事人雇用阿***从事销售。"),
    ("经查，员工吉克阿依负责收银。", "经查，员工吉***负责收银。"),
    ("当事人雇佣沙马拉毅负责收银。", "当事人雇佣沙***负责收银。"),
    ("经查，阿西木呷在店内销售过期食品。", "经查，阿***在店内销售过期食品。"),
])
def test_a_yi_name_hired_after_a_role_word_or_opening_a_finding_is_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "经查，乌云密布，当事人仍在室外销售。",  # (a rule tried once masked 乌云密布)
    "经查，当事人雇用未成年人从事销售，雇用外地人员负责看管。",
    "经查，阿苏大岭风景区于2026年开放。",
])
def test_words_that_open_like_a_yi_or_mongolian_name_stay(text: str) -> None:
    assert scrub_text(text) == text


def test_the_operator_named_by_a_given_name_that_is_a_word_is_masked_only_before_a_verb_of_saying() -> None:
    # h9p's left case: the row's own operator 祁建国 named 建国 by a neighbour; 建国 is a word (建国70周年).
    text = "经查，建国称其不知道该产品过期。庆祝建国70周年期间，建国以来当事人诚信经营。"
    assert scrub_text(text, names=("祁建国",)) == "经查，**称其不知道该产品过期。庆祝建国70周年期间，建国以来当事人诚信经营。"


# Over-masks of earlier rules (h10p's "Found but left"): public words at a finding's start before a date and a business's
# act, workers hired, a nationality, the preposition 对于.


@pytest.mark.parametrize("text", [
    "经查，康佳于2026年3月1日开业。",
    "经查，明星于2026年3月1日开业。",
    "经查，方正于2026年3月1日成立。",
    "经查，鲁花于2026年3月1日开业。",
    "经查，金龙鱼于2026年3月1日开业。",
    "经查，黄金周于2026年10月1日开始。",
    "经查，白云于2026年3月1日开业。",
    "经查，常德于2026年3月1日开业。",
    "经查，向阳于2026年3月1日开业。",
    "经查，当事人雇用门卫负责看管。",
    "经查，当事人雇用黄牛从事销售。",
    "经查，当事人雇用安保从事销售。",
    "当事人马来西亚籍，在甘州区经营。",
    "当事人（马来西亚籍）在甘州区经营，当事人马来西亚人。",
    "对于无证经营行为，依法予以处罚。",
])
def test_brands_workers_nationalities_and_prepositions_stay(text: str) -> None:
    assert scrub_text(text) == text


@pytest.mark.parametrize(("text", "masked"), [
    ("经查，文静于2026年3月1日在该店购买手机。", "经查，文*于2026年3月1日在该店购买手机。"),  # (a person's act: a name)
    ("经查，王建军于2026年3月1日开业。", "经查，王**于2026年3月1日开业。"),  # (no word of the dictionary: a name)
    ("鉴于王建军经营的店铺未取得许可，由于李秀英称其不知情。", "鉴于王**经营的店铺未取得许可，由于李**称其不知情。"),
])
def test_names_beside_those_words_are_still_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


# -- Minors and workers listed with their dates. Source: 晋人社监罚〔2022〕2号 (jinjiang.gov.cn, t20220518_2728071: 招用未满16周岁
# 的未成年人黄英俊（2006年3月11日生，…离职）、高思慧（…）从事生产工作) and 惠仲社管監罰決字〔2025〕第14號 (童工張*順（男，苗族，
# 2010年2月10日出生）). privacy.md: a minor's name never appears.


def test_every_minor_of_a_list_with_dates_in_brackets_is_masked() -> None:
    text = ("经调查，该单位招用未满16周岁的未成年人黄瑱瓈（2006年3月11日生，2021年11月11日入职，同年11月19日离职）、高瓈瑱"
            "（2006年1月4日生，2021年11月11日入职）从事生产工作。")
    out = scrub_text(text)
    assert "瑱" not in out and "瓈" not in out
    assert "未成年人黄**（" in out and "）、高**（" in out and "从事生产工作" in out  # the facts stay


@pytest.mark.parametrize(("text", "masked"), [
    ("童工張瑱順（男，苗族，2010年2月10日出生）于2025年7月19日入職工作。", "童工張**（男，苗族，"),
    ("申请人与丈夫刘瑱续都是丰顺人。", "申请人与丈夫刘**都是丰顺人。"),
])
def test_a_rare_given_character_does_not_cut_the_name_short(text: str, masked: str) -> None:
    assert scrub_text(text).startswith(masked)


# -- Who read the evidence, agents listed. Source: 湘攸交处罚〔2025〕092(非)号 (hnyx.gov.cn/c5662/20251205/i2450359.html: 上述证据经过
# 肖江仔本人阅示并发表意见); (2015)佛南法行初字第376号 (原告的委托代理人刘康，被告…的委托代理人王剑、毛玲到庭参加诉讼).


@pytest.mark.parametrize(("text", "masked"), [
    ("上述证据经过肖瑱琎本人阅示并发表意见。", "上述证据经过肖**本人阅示并发表意见。"),
    ("原告的委托代理人刘琎，被告的委托代理人王玗、毛璪到庭参加诉讼。", "原告的委托代理人刘*，被告的委托代理人王*、毛*到庭参加诉讼。"),
])
def test_a_person_reading_the_evidence_and_listed_agents_are_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


def test_the_party_and_the_representative_reading_their_own_evidence_stay_as_roles() -> None:
    text = "上述证据经当事人本人签字确认，法定代表人本人到场。"
    assert scrub_text(text) == text


# -- Hong Kong and 繁体 texts quote with corner brackets (「…」) whatever they quote. Source: the HKSAR government's forms (sample
# name 陳大文, CHAN Tai-man); a person in quotes before what a person is or says is masked, a brand in quotes stays.


@pytest.mark.parametrize(("text", "masked"), [
    ("經查，「祁璪玗」系該店員工。", "經查，「祁**」系該店員工。"),
    ("“张伟”称其不知情。", "“张*”称其不知情。"),
])
def test_a_quoted_name_before_what_a_person_says_or_is_is_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


def test_quoted_brands_stay() -> None:
    text = "經查，當事人銷售「李寧」系列運動鞋，「王老吉」系廣藥集團商標，“康师傅”称为品牌。"
    assert scrub_text(text) == text


# -- A 字号 with its trade (《个体工商户名称登记管理办法》: 字号 + 行业; privacy.md: a name is masked only as a whole name, never inside an
# organisation's). Decision: 张三烧烤 named by another record's text is a business's name and stays; a person after a role word
# who grills stays a person.


def test_a_shop_named_with_its_trade_stays_and_a_person_grilling_is_masked() -> None:
    assert scrub_text("经查，张三烧烤称其不知情，从张三烧烤购进羊肉。") == "经查，张三烧烤称其不知情，从张三烧烤购进羊肉。"
    assert scrub_text("员工张伟烧烤，未戴口罩。") == "员工张*烧烤，未戴口罩。"


# -- A market stall named like its trader (the brief's 经营者在东街市场华强摊位销售 → 华*). Decision: masked, privacy first — a stall
# has no registered 字号 (it is no 个体工商户名称), so the name on it is the trader's, as privacy.md masks 李建国烧烤店 → 李**烧烤店;
# a registered organisation's stall stays.


def test_a_stall_named_like_its_trader_is_masked_and_an_organisations_stays() -> None:
    assert scrub_text("经营者在东街市场华强摊位销售过期食品。") == "经营者在东街市场华*摊位销售过期食品。"
    text = "经查，当事人在张掖华强商贸有限公司的摊位销售过期食品。"
    assert scrub_text(text) == text


# -- Patients, pupils and children. Sources: a 卫生 decision on 非法行医 (撤销行政处罚决定书 范文 篇2, dawenxue.cn/fanwen/jueding/140/
# 140343.html: 客厅的西侧1名患者正在接受输液 … 病人收费本1本); 《校外培训行政处罚暂行办法》 (教育部令第53号: 学龄前儿童、中小学生 as
# jwbk.com summarises it). privacy.md: a minor's name never appears.


@pytest.mark.parametrize(("text", "names"), [
    ("经查，当事人为患者祁瑱瓈注射头孢曲松钠，给祁瓈瑱开具处方。", ["祁瑱瓈", "祁瓈瑱"]),
    ("就诊患者祁琎（女，5岁）于当日就诊，患儿祁玗璪在该诊所输液后出现过敏。", ["祁琎", "祁玗璪"]),
    ("学员祁璪瑱在培训期间受伤，该生祁瑱璪未满14周岁。", ["祁璪瑱", "祁瑱璪"]),
    ("幼儿祁瓈琎在园内摔伤，其子祁玗瑱（9岁）在店内玩耍，孩子祁瑱玗被烫伤。", ["祁瓈琎", "祁玗瑱", "祁瑱玗"]),
    ("「祁瑱瓈」在店內吸煙。", ["祁瑱瓈"]),
])
def test_patients_pupils_and_children_are_masked(text: str, names: list[str]) -> None:
    out = scrub_text(text)
    assert [n for n in names if n in out or n[1:] in out] == []
    assert all(n[0] + "*" in out for n in names)


def test_what_a_clinic_and_a_school_do_stays() -> None:
    text = ("当事人未取得医疗机构执业许可证擅自开展诊疗活动，为患者输液，给多名患者注射，由该诊所开具处方；为张掖华强商贸有限公司"
            "开具发票；儿童用品、儿童节、孩子王商店。")
    assert scrub_text(text) == text


# -- Persons listed on a 拖欠农民工工资 list and children noted in brackets. Sources: 中山市人力资源和社会保障局 粤人社监列决字〔2026〕0001号
# (hrss.zs.gov.cn/tzgg/gggs/content/post_2591038.html: 对…有限公司及其法定代表人乔守平、实际控制人余启均作出列入…名单的决定);
# 晋人社监罚〔2022〕2号 (what the child is, then the age, in brackets).


def test_the_persons_listed_with_a_company_are_masked_whole() -> None:
    text = "我局于2026年2月2日对该公司及其法定代表人乔瑱平、实际控制人余瓈均作出列入拖欠农民工工资失信联合惩戒对象名单的决定。"
    assert scrub_text(text) == ("我局于2026年2月2日对该公司及其法定代表人乔**、实际控制人余**作出列入拖欠农民工工资失信联合惩戒对象名单"
                                "的决定。")


def test_a_name_before_a_note_with_an_age_is_masked_and_a_note_alone_stays() -> None:
    assert scrub_text("该店员工中有祁琎瑱（学生，15岁）。") == "该店员工中有祁**（学生，15岁）。"
    text = "经查，当事人在张掖（学生，15岁以下免费）销售；该店员工中有学生（男，15岁）。"
    assert scrub_text(text) == text


# -- A transliterated name's middle dot typed between spaces (the 格式范本's 当事人基本情况 as clerks type 买买提·艾力 with an IME
# that spaces the dot; the same name's parts are `detect.UYGHUR_NAME_PARTS`).


@pytest.mark.parametrize(("text", "masked"), [
    ("经营者买买提 · 瑱瓈未亮照经营。", "经营者买*******未亮照经营。"),
    ("员工扎西 · 顿珠在甘州区市场销售。", "员工扎******在甘州区市场销售。"),
])
def test_a_transliterated_name_with_a_spaced_dot_is_masked_whole(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


def test_a_spaced_dot_between_a_name_and_a_place_joins_nothing() -> None:
    out = scrub_text("员工王建国 · 张掖市场；员工扎西 · 张掖市场。")
    assert out.startswith("员工王** · 张掖市场；员工扎") and out.endswith(" · 张掖市场。")


# -- What the new rules must not read as a person: drugs named like a verb of treatment (国家药品标准 names: 黄芪注射液, 葛根素注射液),
# a quoted brand of two before where it is sold, an English placeholder, villages named with a Yi family's name.


@pytest.mark.parametrize("text", [
    "经查，黄芪注射液批号为20260301，丹参注射液、清开灵注射液、葛根素注射液、白云注射液均过期；葡萄糖输液、狂犬疫苗接种未登记。",
    "经查，“金龙”牌大米在店内陈列，“华强”在该店设有专柜。",
    "Complainant: The, Store said. Witness: None, Given.",
    "经查，曲比阿果乡、阿苏村、吉克镇的村民反映；马海林场、阿西村在甘州区。",
])
def test_drugs_quoted_brands_placeholders_and_villages_stay(text: str) -> None:
    assert scrub_text(text) == text
