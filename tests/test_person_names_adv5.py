"""Names the fifth adversarial pass of issue 16 still got published, and the public words masked with them
(/work/notes/adv5-report.md 1.3b, 1.3c, 1.6, 1.8 and the over-scrubbing rows): through the public entry
points `mask_person_names`, `scrub_text`, `NameMasker` and the detector's normalisation.

Sources of the shapes: the case folders of /work/notes/adv5-cases/ named in each group; the radicals'
readings are Unicode's (UCD EquivalentUnifiedIdeograph.txt 14.0, U+2E81-2EF3, as copied in
github.com/mochi-co/equivalent-unified-ideograph, data/EquivalentUnifiedIdeograph.txt); the inquiry wording
(执法人员对…进行询问, …人正在用餐, 署名为“李先生”的来电人) as in 隆市监罚〔2021〕175号 (保山市隆阳区) and
牟市监处罚〔2023〕26号 (牟定县). Given names use rare characters (翀翮彧…), as the hostile corpus does.
"""

from __future__ import annotations

import pytest

from generator import detect
from generator.deidentify import NameMasker, scrub_text
from generator.person_names import mask_person_names, names_a_person_at, pinyin_name_length

# -- names-cjk-radical-lookalikes -------------------------------------------------------------------


@pytest.mark.parametrize(("radical", "ideograph"), [
    ("⺩", "王"), ("⻩", "黄"), ("⻢", "马"), ("⻓", "长"), ("⻑", "长"), ("⻋", "车"), ("⻰", "龙"), ("⻬", "齐"),
    ("⾦", "金"),  # a Kangxi radical: NFKC
    ("⾧", "长"),  # a Kangxi radical whose NFKC form is traditional (長)
])
def test_a_radical_reads_as_the_ideograph_it_looks_like(radical: str, ideograph: str) -> None:
    assert detect.normalise(f"员工{radical}翀琛").text == f"员工{ideograph}翀琛"


def test_the_radical_table_is_unicodes_whole_supplement() -> None:
    # U+2E81-2EF3 less the unassigned U+2E9A: 114 code points, each one character.
    assert len(detect.RADICALS) == 114 and "\u2e9a" not in detect.RADICALS
    assert all(len(v) == 1 for v in detect.RADICALS.values())


@pytest.mark.parametrize(("text", "masked"), [
    ("经查，员工⺩翀琛负责进货。", "经查，员工⺩**负责进货。"),
    ("消费者⻩翮瑄反映购买的月饼发霉。", "消费者⻩**反映购买的月饼发霉。"),
    ("经查，当事人雇佣⻢彧琰从事食品加工。", "经查，当事人雇佣⻢**从事食品加工。"),
    ("投诉人：⻓翀婧，要求退款。", "投诉人：⻓**，要求退款。"),
    ("经查，员工⾦翮琛负责进货。", "经查，员工⾦**负责进货。"),
    ("消费者⻋彧瑄反映", "消费者⻋**反映"),
    ("经查，当事人雇佣⻰翀琰从事食品加工。", "经查，当事人雇佣⻰**从事食品加工。"),
    ("投诉人：⻬翮婧，要求退款。", "投诉人：⻬**，要求退款。"),
])
def test_a_third_person_with_a_radical_for_the_surname_is_masked(text: str, masked: str) -> None:
    assert mask_person_names(text) == masked
    assert scrub_text(text) == masked


def test_the_partys_own_name_with_a_radical_is_masked_in_its_record() -> None:
    assert scrub_text("当事人⺩翀珂在集市销售病死猪肉。", names=("王翀珂",), person=True) == "当事人⺩**在集市销售病死猪肉。"


def test_a_business_named_with_a_radical_holds_its_operators_name() -> None:
    assert detect.find_values("甘州区⻩翮珂小吃店", ("黄翮珂",)) == [(3, 6)]


def test_a_person_of_the_data_written_with_a_radical_elsewhere_is_masked_there() -> None:
    people = NameMasker(["马翀珏", "黄彧琰"])
    assert people.mask("当事人从⻢翀珏处购进，黃彧琰在场；马翀珏市") == "当事人从⻢**处购进，黃**在场；马翀珏市"


# -- names-space-between-surname-and-given ----------------------------------------------------------


@pytest.mark.parametrize(("text", "masked"), [
    ("经查，员工冯\u3000翀琛负责进货。", "经查，员工冯***负责进货。"),  # 名单对齐: U+3000 pads a two-character name
    ("消费者唐  翮瑄反映购买的月饼发霉。", "消费者唐****反映购买的月饼发霉。"),
    ("消费者曹\u00a0彧反映", "消费者曹**反映"),
    ("经查，员工袁\u2002翀琰负责进货。", "经查，员工袁***负责进货。"),
    ("消费者邓\u3164翮反映", "消费者邓**反映"),  # a Hangul filler, invisible
    ("经查，员工许\u2800彧婧负责进货。", "经查，员工许***负责进货。"),  # a braille blank
    ("消费者傅\u180e翀反映", "消费者傅**反映"),
    ("经查，员工沈\u034f翮琰负责进货。", "经查，员工沈***负责进货。"),
    ("消费者曾\u061c彧反映", "消费者曾**反映"),
    ("经查，员工戴\n翀瑄负责进货。", "经查，员工戴***负责进货。"),  # a line break from a PDF copy
    ("消费者王\u2028建国反映", "消费者王***反映"),
    ("经查，王\u3000建国负责进货。", "经查，王***负责进货。"),  # at a clause start, no role word
    ("消费者 欧阳 翮瑛 反映", "消费者 欧**** 反映"),  # the compound surname spaced
])
def test_white_space_or_a_filler_inside_a_name_does_not_hide_it(text: str, masked: str) -> None:
    assert mask_person_names(text) == masked


@pytest.mark.parametrize("text", [
    "经查，高 温天气导致变质。",  # 高 is a surname, 高温 a word: no name
    "。黄 色标签脱落",
    "当事人 于 2026年5月销售",
    "GB 2760-2014 食品添加剂使用标准",
])
def test_a_space_after_a_surname_character_alone_makes_no_name(text: str) -> None:
    assert mask_person_names(text) == text


# -- names-punctuated-pinyin-brackets(-common) --------------------------------------------------------


@pytest.mark.parametrize(("text", "masked"), [
    ("经查，消费者kuang yichen于2026年5月在店内购物。", "经查，消费者k***********于2026年5月在店内购物。"),
    ("经查，Kuang Yuxuan（消费者）于2026年5月投诉。", "经查，K***********（消费者）于2026年5月投诉。"),
    ("Ms. Kuang Yiyan complained about the refund.", "Ms. K********** complained about the refund."),
    ("经查，投诉人WANG Yi-chen于2026年5月投诉。", "经查，投诉人W***********于2026年5月投诉。"),
    ("经查，员工ouyang yuxuan负责进货。", "经查，员工o************负责进货。"),
    ("经查，此事由邝翀琛一手操办。", "经查，此事由邝**一手操办。"),
    ("消费者要求找王翮瑄退款", "消费者要求找王**退款"),
])
def test_pinyin_names_and_names_after_verbs_for_a_person_are_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize(("words", "length"), [
    ("kuang zhiqiang", 14), ("WANG Jian-guo", 13), ("Ouyang Xiaoming said", 15), ("li na", 5),
    ("said nothing", 0),  # no surname's pinyin first
    ("the refund", 0), ("wang", 0),  # a surname alone is no name
])
def test_a_pinyin_name_is_a_surnames_pinyin_then_pinyin_syllables(words: str, length: int) -> None:
    assert pinyin_name_length(words) == length


def test_english_after_a_role_word_is_no_name() -> None:
    assert scrub_text("消费者 said nothing about it") == "消费者 said nothing about it"


# -- names-kin-words-2, names-verbs-of-inquiry, names-in-remarks-clerk-notes ---------------------------


@pytest.mark.parametrize(("text", "masked"), [
    ("孙翀琛的岳母在店内帮忙。", "孙**的岳母在店内帮忙。"),  # the kin word stays (岳 is a surname, 岳母 no name)
    ("唐翮瑄的爱人负责收银。", "唐**的爱人负责收银。"),
    ("经查，当事人的儿媳袁彧婧负责收银。", "经查，当事人的儿媳袁**负责收银。"),
    ("其侄女戴翀瑄在店内帮忙。", "其侄女戴**在店内帮忙。"),
    ("经查，其外孙范翮琛在店内玩耍。", "经查，其外孙范**在店内玩耍。"),
    ("侯彧琛的同事反映", "侯**的同事反映"),
    ("乔翀琛为该店店长。", "乔**为该店店长。"),
    ("该店老板叫吴翮瑄。", "该店老板叫吴**。"),
    ("据谢彧琰讲，货物来自外地。", "据谢**讲，货物来自外地。"),
    ("执法人员给廖翀瑄打电话。", "执法人员给廖**打电话。"),
    ("经查，张翮琛是该店老板。", "经查，张**是该店老板。"),
    ("经查，一个叫何彧婧的顾客反映。", "经查，一个叫何**的顾客反映。"),
    ("经查，白翀琰一行5人在店内用餐。", "经查，白**一行5人在店内用餐。"),
    ("卢翀琛录入", "卢**录入"),
    ("钟翮瑄、某某", "钟**、某某"),
    ("已由孟彧琰电话通知", "已由孟**电话通知"),
    ("赖翀婧 2026-10-05", "赖** 2026-10-05"),
])
def test_names_beside_kin_words_inquiry_verbs_and_clerks_notes_are_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


def test_a_name_before_a_verb_that_opens_with_xi_lie_is_no_brand() -> None:
    # 系列入 is 系 (is) + 列入 (listed): a person, not a brand's line.
    assert scrub_text("经查，王翀琛系列入严重违法失信名单的当事人。") == "经查，王**系列入严重违法失信名单的当事人。"


# -- overscrub-brands ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "当事人销售的华为存在质量问题。",  # 华为|存在: 存 is no given name
    "消费者称购买的方太存在漏气问题。",
    "当事人销售的杜康存在质量问题。",
    "消费者购买的惠氏存在质量问题。",
    "当事人销售的袁记云饺馅料未标注生产日期。",  # 袁记, 陈记: a shop's brand
    "当事人销售侵犯陈记顺和注册商标专用权的商品。",
    "当事人购进杨国福、张亮系列底料。",  # brands listed before their line
    "当事人购进全聚德、谭木匠系列产品。",
])
def test_brands_stay(text: str) -> None:
    assert scrub_text(text) == text


def test_a_name_the_recogniser_cut_before_a_function_word_still_grows() -> None:
    assert scrub_text("于梓轩未取得健康证明") == "于**未取得健康证明"


# -- overscrub-persons-named-like-words, overscrub-own-record-name-like-word ----------------------------

_WORDS = ["文明", "陈列", "高峰", "韩式", "雷同", "安全", "成功", "包装"]


@pytest.mark.parametrize("word", ["文明", "陈列", "高峰", "韩式", "雷同"])
def test_words_the_dictionary_tags_as_names_are_ordinary_words(word: str) -> None:
    assert detect.common_word(word)


def test_persons_named_like_words_leave_the_words_in_other_records() -> None:
    people = NameMasker([], None, _WORDS)
    text = ("当事人未落实安全生产责任，违反文明经营承诺；陈列柜内存放过期食品，早高峰时段无人值守；当事人成功整改。"
            "罗列问题：包装破损，韩式炸鸡无标签，雷同投诉2起。")
    assert people.mask(text) == text


def test_a_person_named_like_a_word_is_masked_where_a_text_names_a_person() -> None:
    people = NameMasker([], None, _WORDS)
    assert people.mask("消费者文明反映，投诉人：高峰") == "消费者文*反映，投诉人：高*"
    assert people.mask("陈列") == "陈*" and people.mask("| 陈列 | 2026-10-05 |") == "| 陈* | 2026-10-05 |"  # a cell
    assert people.mask("销往文明、高峰等地") == "销往文明、高峰等地"  # a list of words, not of persons
    assert names_a_person_at("当事人成功整改", 3, 5)  # in the person's own record 当事人 is the person
    assert not names_a_person_at("当事人成功整改", 3, 5, own=False)  # in another, that record's party


@pytest.mark.parametrize(("name", "text", "masked"), [
    ("文明", "当事人文明在集市销售过期食品，违反文明经营承诺。", "当事人文*在集市销售过期食品，违反文明经营承诺。"),
    ("高峰", "当事人高峰在早高峰时段占道经营。", "当事人高*在早高峰时段占道经营。"),
    ("陈列", "当事人陈列在陈列柜内存放过期食品。", "当事人陈*在陈列柜内存放过期食品。"),
    ("安全", "当事人安全未落实安全生产责任。", "当事人安*未落实安全生产责任。"),
    ("周到", "当事人周到服务不周到。", "当事人周*服务不周到。"),
    ("常青", "当事人常青在常青社区经营小卖部。", "当事人常*在常青社区经营小卖部。"),  # a place: 社区
])
def test_in_its_own_record_a_name_like_a_word_is_masked_only_where_it_names_the_person(
        name: str, text: str, masked: str) -> None:
    assert scrub_text(text, names=(name,), person=True) == masked


# -- the attack's probes (adv5-report 1.6: 47 of 140 kin sentences, the inquiry's verbs): more shapes, common
# given names the tagger splits in its own way (侯国|强: 侯国 is an old word; 爱|人马|惠芳) --------------------


@pytest.mark.parametrize("kin", ["岳母", "岳父", "爱人", "同事", "儿媳", "孙女", "同学", "丈夫", "母亲", "干爹", "媳妇", "外甥"])
@pytest.mark.parametrize("shape", ["{n}的{k}在店内帮忙。", "经查，当事人的{k}{n}负责收银。", "经查，其{k}{n}在店内玩耍。"])
def test_a_name_beside_any_kin_word_is_masked_and_the_kin_word_stays(kin: str, shape: str) -> None:
    for name in ("侯国强", "马惠芳", "陈秋香", "孙建业"):
        out = scrub_text(shape.format(n=name, k=kin))
        assert name[1:] not in out and kin in out, out


@pytest.mark.parametrize("shape", [
    "{n}告诉执法人员货物来自外地。", "执法人员向{n}了解情况。", "{n}等在店内用餐。", "经查，执法人员对{n}进行询问。",
    "经查，执法人员与{n}联系。", "（{n}）", "经办{n}", "消费者要求找{n}退款", "{n}为该店店长。",
])
def test_a_name_as_the_subject_or_object_of_an_inquirys_verb_is_masked(shape: str) -> None:
    for name in ("乔海龙", "程丽华", "侯国强", "钟长生"):
        out = scrub_text(shape.format(n=name))
        assert name[1:] not in out, out
        assert out.replace("**", name[1:]) == shape.format(n=name)  # only the given name was masked


@pytest.mark.parametrize("text", [
    "由客户主管负责进货。",  # 户主 inside 客户主管, then 管|负责: no name
    "据门店主管介绍，货物来自外地。",  # 店主 inside 门店主管
    "门店主管表示已整改。",
    "原告方提供证据。",  # 原告方 is one word of the dictionary
    "经查，其岳母在店内帮忙。",
])
def test_a_role_word_inside_a_longer_word_before_a_verb_masks_nothing(text: str) -> None:
    assert scrub_text(text) == text


# -- names-foreign-and-minority ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "masked"), [
    ("经查，外籍员工田中太郎负责收银。", "经查，外籍员工田***负责收银。"),  # a Japanese surname of two characters
    ("经查，员工其木格负责收银。", "经查，员工其**负责收银。"),  # Mongolian names have no Han surname
    ("经查，员工乌云其其格负责收银。", "经查，员工乌****负责收银。"),
    ("经查，员工马·阿卜杜拉负责收银。", "经查，员工马*****负责收银。"),  # a Hui name: surname, dot, Arabic name
    ("经查，员工高桥·美咲负责收银。", "经查，员工高****负责收银。"),
    ("经查，外籍员工约翰·史密斯负责进货。", "经查，外籍员工约*****负责进货。"),  # the verb after it stays
    ("经查，员工金敏浩（韩国籍）负责收银。", "经查，员工金**（韩国籍）负责收银。"),  # a nationality, no other spelling
])
def test_foreign_and_minority_names_are_masked_and_the_words_after_them_stay(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", ["消费者中山路店反映", "消费者中山公园反映"])
def test_a_japanese_surname_that_opens_a_place_is_the_place(text: str) -> None:
    assert scrub_text(text) == text


@pytest.mark.parametrize(("text", "masked"), [
    ("顾容柯琰瑜反映购买的月饼发霉。", "顾容柯**反映购买的月饼发霉。"),  # 容 for 客 (an IME slip)
    ("经查，证入柯珩瑜证实当事人销售过期食品。", "经查，证入柯**证实当事人销售过期食品。"),  # 入 for 人
    ("消费者-柯璟瑜反映购买的月饼发霉。", "消费者-柯**反映购买的月饼发霉。"),  # a dash after the role word
])
def test_names_after_mistyped_role_words_are_masked(text: str, masked: str) -> None:
    # (names-after-mistyped-role-words)
    assert scrub_text(text) == masked


# -- the follow-up of the fifth pass (names still published on main after wtp2) -----------------------
# Shapes from /work/notes/adv5-cases/: names-new-contexts (受损消费者名单, 退款明细, 老张即…, 欠条), names-line-break-and-
# brackets (a literal \n typed out, {…} 〈…〉 ﹃…﹄), names-of-children-in-texts (X等3名未成年人), names-before-titles
# (据X掌柜介绍), own-name-spelled-differently (the own name in pinyin), overscrub-persons-named-like-towns-and-chains.


@pytest.mark.parametrize(("text", "masked"), [
    ("经查，受损消费者名单：1.韦翀琛 2.某某。", "经查，受损消费者名单：1.韦** 2.某某。"),  # a numbered list
    ("经查，受损消费者名单：1.王建新 2.某某。", "经查，受损消费者名单：1.王** 2.某某。"),  # (a name of the dictionary)
    ("退款明细：高玉兰500元；某某300元。", "退款明细：高**500元；某某300元。"),  # a name before an amount
    ("经查，老张即姚德福负责进货。", "经查，老张即姚**负责进货。"),  # 即: "that is", a name follows
    ("经查，欠条载明欠薛宝山货款3000元。", "经查，欠条载明欠薛**货款3000元。"),  # whom a debt is owed to
    ("消费者戴\\n春生反映", "消费者戴****反映"),  # a line break typed out as \n
    ("消费者{戴国华}反映", "消费者{戴**}反映"),
    ("消费者〈戴秋月〉反映", "消费者〈戴**〉反映"),
    ("消费者﹃戴志刚﹄反映", "消费者﹃戴**﹄反映"),
    ("消费者【韦翮瑄】反映", "消费者【韦**】反映"),
    ("经查，当事人允许王小虎等3名未成年人进入网吧。", "经查，当事人允许王**等3名未成年人进入网吧。"),  # a minor
    ("据李国强掌柜介绍，该批货物来自外地。", "据李**掌柜介绍，该批货物来自外地。"),  # a dictionary name, a title after
    ("消费者反映：汇款至邝建新账户，要求退款。", "消费者反映：汇款至邝**账户，要求退款。"),  # (contacts-new-spellings)
    ("消费者转账至王翀琛名下账户。", "消费者转账至王**名下账户。"),
])
def test_names_in_the_contexts_still_published_are_masked(text: str, masked: str) -> None:
    assert mask_person_names(text) == masked
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "当事人拖欠货款3000元，欠费未缴。",  # 欠 before no name
    "经查，当事人欠张掖市某公司货款。",
    "检查项目：1.食品安全 2.价格公示",  # a numbered list of words
    "费用明细：检测费500元；运输费300元。",  # words before amounts
    "当事人立即停止销售，即按照要求整改。",  # 即 before no name
    "老板即黄河边上经营",
    "据车间主任介绍，据商场经理介绍，由门店店长负责。",  # a job title after an ordinary word
    "当事人在〈张掖市〉销售，消费者[京东]下单。",  # a place and a shop in brackets
    "当事人购进王老吉等3个品种。",  # a brand counted, not persons
    "消费者汇款至当事人账户，转账至对公账户，汇至甘州区农村信用社。",  # 汇款至 before no name
])
def test_the_new_contexts_leave_words_alone(text: str) -> None:
    assert mask_person_names(text) == text


def test_the_partys_own_name_in_pinyin_is_masked_in_its_own_record() -> None:
    text = "当事人Lin Xiuzhen在网络平台销售假冒化妆品，lin xiuzhen系实际经营者。"
    assert scrub_text(text, names=("蔺秀珍",), person=True) == \
        "当事人L**********在网络平台销售假冒化妆品，l**********系实际经营者。"
    # The syllables must be as many as the given characters; words that are no pinyin stay.
    kept = "当事人销售Apple iPhone手机，通过ISO 9001认证，Lin Xiu称。"
    assert scrub_text(kept, names=("蔺秀珍",), person=True) == kept


def test_a_business_named_with_its_operators_name_in_pinyin_is_masked() -> None:
    from generator.deidentify import _mask_operator

    assert _mask_operator("甘州区Lin Dexin小吃店", "蔺德新") == "甘州区L********小吃店"
    assert _mask_operator("甘州区Happy Food小吃店", "蔺德新") == "甘州区Happy Food小吃店"


def test_a_person_named_like_the_start_of_a_brand_leaves_the_brand() -> None:
    # overscrub-persons-named-like-towns-and-chains: a natural person named 金龙, the brand 金龙鱼 before its product.
    people = NameMasker(["金龙"])
    assert people.mask("从华联超市购进金龙鱼食用油，销往宏达商贸。") == "从华联超市购进金龙鱼食用油，销往宏达商贸。"
    assert people.mask("消费者金龙反映购买的月饼发霉。") == "消费者金*反映购买的月饼发霉。"


# A role read only by its last character (any character and 医: 兽医, 村医) whose end the tagger glued to the
# next character into a word opens no name there: 非医|师 of 非医师行医 (the golden sample's 违法行为类型 became
# 非医师** once the kin-word fallback read 师行医 as a name). A role that opens a longer word neither.
@pytest.mark.parametrize("text", ["非医师行医", "当事人非医师行医，违法所得7920元。"])
def test_a_generic_role_glued_into_a_word_opens_no_name(text: str) -> None:
    assert scrub_text(text, prose=True) == text


@pytest.mark.parametrize(("text", "masked"), [("村医王建国称", "村医王**称"), ("会计师王建国称", "会计师王**称"),
                                              ("当事人的爱人马惠芳负责收银", "当事人的爱人马**负责收银")])
def test_names_after_such_roles_are_still_masked(text: str, masked: str) -> None:
    assert scrub_text(text, prose=True) == masked


@pytest.mark.parametrize("text", ["会计师事务所出具", "经甘州某会计师事务所出具审计报告，", "律师事务所"])
def test_a_role_word_that_opens_a_longer_word_opens_no_name_in_the_detector_either(text: str) -> None:
    # detect's own role rule read 会计 then 师事务 (surname 师) as a name (an over-scrub from before round 5).
    assert scrub_text(text, prose=True) == text
