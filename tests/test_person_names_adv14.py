"""People in free text, round 14 (h17p): the leftovers of round 13 (/work/notes/h15p.md "Found but left") and an outside
pass at the name rules as a clerk or a hostile entry writes a name, through the public entry point `scrub_text` (the
scrubber every free-text column goes through). The rule is /work/shared/spec/privacy.md: names of people other than the
party are never public, the party's own full name is replaced in its own record's free text, and the same values
written differently (invisible characters, another case, traditional characters …) count as the same. Values are
synthetic; each shape names the text or standard it comes from and is tested both ways: the name masked AND the public
fact beside it (company, decision number, article, date, amount) kept.
"""

from __future__ import annotations

import pytest

from generator.deidentify import scrub_text


def _both(text: str) -> tuple[str, str]:
    return scrub_text(text), scrub_text(text, person=True)


# -- Leftovers of round 13 -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "masked"), [
    # A colleague's form of address in quotes before the name (h15p's left case): a surname and 哥/姐/总/工, or 小/老 and a
    # surname, names no given character, as 孙先生 does not (privacy.md masks a whole name) — kept; the name is masked.
    ("经查，员工“刘哥”刘建华负责收银，日营业额3000元。", "经查，员工“刘哥”刘**负责收银，日营业额3000元。"),
    ("经查，员工“刘姐”刘秀英负责收银。", "经查，员工“刘姐”刘**负责收银。"),
    ("经查，员工“小刘”刘建华负责收银。", "经查，员工“小刘”刘**负责收银。"),
    # 阿 and a given character is part of the name: masked with it (h15p's other left case, kept as main had it)
    ("经查，店员“阿强”王建强负责收银。", "经查，店员“阿*”王**负责收银。"),
])
def test_a_quoted_form_of_address_stays_and_the_name_after_it_is_masked(text: str, masked: str) -> None:
    assert _both(text) == (masked, masked)


@pytest.mark.parametrize("text", [
    "经查，员工“刘哥”负责收银，月工资3000元。",
    "消费者“王姐”反映商家拒绝退款2000元。",
    "经查，员工“老王”负责收银。",
])
def test_a_form_of_address_alone_is_no_name(text: str) -> None:
    assert _both(text) == (text, text)


def test_a_two_character_name_before_a_persons_act_stays_masked_and_an_organisation_stays() -> None:
    # 经查，华强收取货款 (h15p's left case): decided privacy first — 华 is a surname and 收取 what a person does at a finding's
    # start; an organisation in a finding is written with its suffix or its trade (华强公司, 华强电子城), and those stay.
    assert _both("经查，华强收取货款3000元。") == ("经查，华*收取货款3000元。",) * 2
    for text in ("经查，华强公司收取货款3000元。", "经查，华强电子城内商户收取货款3000元。"):
        assert _both(text) == (text, text)


# -- Characters that draw on a name and are no character a reader sees ---------------------------------------------------
# (privacy.md "Never public": the same values written with invisible characters; The Unicode Standard 15.0 §2.11 and
# §3.6: a combining mark (U+0300-036F, U+20D0-20FF, the ideographic tone marks U+302A-302F, the kana sound marks
# U+3099/309A) applies to the character before it, so 刘\u0301建华 reads as 刘建华 and a search for the name misses it)

@pytest.mark.parametrize(("text", "masked"), [
    ("经查，员工刘\u0301建华负责收银。", "经查，员工刘***负责收银。"),
    ("经查，员工刘建\u0308华负责收银，日收入3000元。", "经查，员工刘***负责收银，日收入3000元。"),
    ("消费者刘\u302a建华于2026年3月5日反映，在该店购买的牛奶过期。", "消费者刘***于2026年3月5日反映，在该店购买的牛奶过期。"),
    ("经查，驾驶员王\u3099建国驾驶货车超载，违反《道路交通安全法》第四十八条。",
     "经查，驾驶员王***驾驶货车超载，违反《道路交通安全法》第四十八条。"),
    ("经查，员工刘建华\u20dd负责收银。", "经查，员工刘***负责收银。"),
    # an ideographic variation selector (Unicode IVD: a glyph of a name's character), a bidi isolate (UAX #9), the Ogham
    # space mark (a space of category Zs)
    ("经查，员工刘\U000E0100建华负责收银。", "经查，员工刘***负责收银。"),
    ("经查，员工刘\u2066建华\u2069负责收银。", "经查，员工刘***\u2069负责收银。"),
    ("经查，员工刘\u1680建华负责收银。", "经查，员工刘***负责收银。"),
])
def test_a_name_with_combining_marks_is_masked_whole(text: str, masked: str) -> None:
    assert _both(text) == (masked, masked)


# -- Pinyin with its tone marks and pinyin cut to initials ---------------------------------------------------------------
# (《汉语拼音方案》 (1958) writes the tones over the vowels; GB/T 28039-2011 《中国人名汉语拼音字母拼写规则》 gives the name
# with tone marks and, shortened, the surname in full and each given character's initial with a dot: Wang J. G.)

@pytest.mark.parametrize(("text", "masked"), [
    ("消费者Wáng Jiànguó反映，商家拒绝退款2000元。", "消费者W***********反映，商家拒绝退款2000元。"),
    ("消费者Wa\u0301ng Jia\u0300nguo\u0301反映，商家拒绝退款2000元。", "消费者W**************反映，商家拒绝退款2000元。"),
    ("经查，员工Lǚ Xiǎomíng负责收银。", "经查，员工L**********负责收银。"),
    ("投诉人：Zhāng Sān，投诉甘州区金源商贸有限公司销售过期食品。", "投诉人：Z********，投诉甘州区金源商贸有限公司销售过期食品。"),
    ("经查，员工ZHANG W.在店内吸烟，违反《甘州区控制吸烟条例》第十条。", "经查，员工Z*******在店内吸烟，违反《甘州区控制吸烟条例》第十条。"),
    ("投诉人：Zhang W.，投诉该店销售过期食品。", "投诉人：Z*******，投诉该店销售过期食品。"),
    ("经查，员工W. Zhang在店内吸烟。", "经查，员工W*******在店内吸烟。"),
    ("经查，员工Z.W.在店内吸烟。", "经查，员工Z***在店内吸烟。"),
    ("Mr. Zhang W. said the shop refused a refund of 2,000 yuan.", "Mr. Z******* said the shop refused a refund of 2,000 yuan."),
    ("经查，员工ＺＨＡＮＧ Ｗ．在店内吸烟。", "经查，员工Ｚ*******在店内吸烟。"),  # an IME left in full width
])
def test_pinyin_with_tone_marks_or_initials_after_a_role_word_is_masked(text: str, masked: str) -> None:
    assert _both(text) == (masked, masked)


@pytest.mark.parametrize("text", [
    "经查，当事人使用GB 2760-2014标准，W.H.O.推荐。",  # initials that name no one, after no role word
    "经查，当事人在J.G.超市购进货物。",
    "经查，当事人销售的Nestlé奶粉为进口产品。",  # a brand's accent
    "经查，当事人经营的Café Lumière咖啡店未取得许可证。",
])
def test_initials_and_accents_that_name_no_person_stay(text: str) -> None:
    assert scrub_text(text) == text


@pytest.mark.parametrize(("party", "text", "masked"), [
    # the party's own name (privacy.md "Masked": the party's own full name … is replaced) spelled with tones or initials
    ("陈大文", "经查，当事人Chen Dà-wén在集市销售过期食品，货值金额300元。", "经查，当事人C**********在集市销售过期食品，货值金额300元。"),
    ("王建国", "Wáng Jiànguó于2026年3月5日在集市销售过期食品。", "W***********于2026年3月5日在集市销售过期食品。"),
    ("王建国", "Wang J.G.于2026年3月5日在集市销售过期食品。", "W********于2026年3月5日在集市销售过期食品。"),
    ("王建国", "WANG J. G.于2026年3月5日在集市销售过期食品。", "W*********于2026年3月5日在集市销售过期食品。"),
    ("王建国", "ＷＡＮＧ Ｊ．Ｇ．于2026年3月5日在集市销售过期食品。", "Ｗ********于2026年3月5日在集市销售过期食品。"),
    ("陈大文", "经查，当事人ＣＨＥＮ，Ｄａｗｅｎ在集市销售过期食品。", "经查，当事人Ｃ*********在集市销售过期食品。"),
])
def test_the_partys_own_name_in_toned_pinyin_or_initials_is_masked(party: str, text: str, masked: str) -> None:
    assert scrub_text(text, names=(party,), person=True) == masked


@pytest.mark.parametrize(("party", "text", "masked"), [
    # the passport's order with a comma (ICAO Doc 9303 part 3: CHEN, DAWEN), and the Han surname with the given name in
    # pinyin (a clerk's IME without the characters), and the given name alone after 当事人 (a neighbour's way of naming)
    ("陈大文", "经查，当事人CHEN, Dawen在集市销售过期食品，货值金额300元。", "经查，当事人C**********在集市销售过期食品，货值金额300元。"),
    ("陈大文", "经查，当事人陈dawen在集市销售过期食品。", "经查，当事人陈*****在集市销售过期食品。"),
    ("陈大文", "经查，当事人大文在集市销售过期食品。", "经查，当事人**在集市销售过期食品。"),
])
def test_the_partys_own_name_cut_or_half_spelled_is_masked(party: str, text: str, masked: str) -> None:
    assert scrub_text(text, names=(party,), person=True) == masked


def test_the_partys_comma_and_given_name_rules_keep_other_words() -> None:
    text = "经查，当事人大量销售过期食品，品牌为Nestlé, Danone, Yili, Mengniu，2026, GB 2760-2014。"
    assert scrub_text(text, names=("陈大文",), person=True) == text


def test_the_partys_initials_need_its_surname_and_as_many_initials_as_given_characters() -> None:
    text = "经查，当事人在J.G.超市购进货物，使用GB 2760-2014标准，Li X.称已整改。"
    assert scrub_text(text, names=("王建国",), person=True) == text


# -- Complaint summaries as 12315 publishes them ---------------------------------------------------------------------------
# (消费者X于…, X女士反映, 本人X, 投诉人：X: the summaries of 全国12315平台 and its published cases, e.g. the 张女士 of
# cifco6.cn/article/5-275732.html; consumers write 代/替/帮 someone's purchase and 和/跟/同 who ate with them)

@pytest.mark.parametrize(("text", "masked"), [
    ("消费者代王建国购买了电动车一辆，价款3000元。", "消费者代王**购买了电动车一辆，价款3000元。"),
    ("消费者跟刘建华一起于2026年3月5日在该店用餐后腹泻。", "消费者跟刘**一起于2026年3月5日在该店用餐后腹泻。"),
    ("消费者同刘建华一起在该店用餐后腹泻。", "消费者同刘**一起在该店用餐后腹泻。"),
    ("我跟刘建华在该店用餐后腹泻。", "我跟刘**在该店用餐后腹泻。"),
    # given characters the tagger does not know, glued by it to the word before (代王|珦|琋, 帮王|珦|琋): 帮 is kept
    ("消费者代王珦琋购买了电动车一辆。", "消费者代王**购买了电动车一辆。"),
    ("消费者帮王珦琋购买了电动车一辆。", "消费者帮王**购买了电动车一辆。"),
])
def test_a_name_after_on_behalf_of_or_with_is_masked(text: str, masked: str) -> None:
    assert _both(text) == (masked, masked)


@pytest.mark.parametrize("text", [
    "经查，该店于2026年3月5日代售彩票，收取代理费3000元。",
    "经查，当事人代收货款3000元，代为办理退货。",
    "经查，当事人代理的金龙鱼食用油为假冒产品。",
    "经查，当事人跟进整改不到位。",
    "经查，当事人同期销售额为3000元，同比增长20%。",
    "经查，当事人同张掖市金源商贸公司签订合同。",
    "经查，当事人跟华润万家签订合同。",
    "经查，当事人同华强电子城签订租赁合同。",  # (main: 同** — 同 read as a surname after 当事人)
    "消费者同意调解，商家退款2000元。",
])
def test_on_behalf_of_and_with_before_words_and_organisations_stay(text: str) -> None:
    assert _both(text) == (text, text)


@pytest.mark.parametrize(("text", "masked"), [
    # a complaint signed as a letter is signed (GB/T 9704-2012 《党政机关公文格式》 7.3.5: 署名 then 成文日期 at the end; 12315
    # summaries copy the consumer's letter whole)
    ("消费者反映商家拒绝退款，要求退还预付款2000元。——刘建华，2026年3月5日",
     "消费者反映商家拒绝退款，要求退还预付款2000元。——刘**，2026年3月5日"),
    ("消费者反映商家拒绝退款。——刘建华 2026年3月5日", "消费者反映商家拒绝退款。——刘** 2026年3月5日"),
    ("消费者反映商家拒绝退款。—刘建华 2026.3.5", "消费者反映商家拒绝退款。—刘** 2026.3.5"),
    ("消费者反映商家拒绝退款。刘建华\n2026年3月5日", "消费者反映商家拒绝退款。刘**\n2026年3月5日"),
    ("消费者反映商家拒绝退款，请尽快处理。刘建华，2026年3月5日。", "消费者反映商家拒绝退款，请尽快处理。刘**，2026年3月5日。"),
    ("消费者反映商家拒绝退款。此致 刘建华 2026年3月5日", "消费者反映商家拒绝退款。此致 刘** 2026年3月5日"),
    ("消费者反映商家拒绝退款。——刘建华", "消费者反映商家拒绝退款。——刘**"),
    ("消费者反映商家拒绝退款。刘建华敬上 2026年3月5日", "消费者反映商家拒绝退款。刘**敬上 2026年3月5日"),
    ("消费者反映商家拒绝退款。刘建华 敬上", "消费者反映商家拒绝退款。刘** 敬上"),
    ("消费者反映商家拒绝退款。（签名）刘建华", "消费者反映商家拒绝退款。（签名）刘**"),
    ("消费者反映商家拒绝退款。——刘建华（手机号略）", "消费者反映商家拒绝退款。——刘**（手机号略）"),
    ("消费者反映商家拒绝退款，请尽快处理，谢谢！刘建华", "消费者反映商家拒绝退款，请尽快处理，谢谢！刘**"),
])
def test_a_name_signing_a_complaint_is_masked_and_its_date_kept(text: str, masked: str) -> None:
    assert _both(text) == (masked, masked)


@pytest.mark.parametrize("text", [
    "消费者反映商家拒绝退款。——甘州区市场监督管理局，2026年3月5日",
    "消费者反映商家拒绝退款。——张掖市消费者协会 2026年3月5日",
    "消费者反映商家拒绝退款。——国美电器，2026年3月5日",
    "消费者反映商家拒绝退款。——新华书店，2026年3月5日",
    "消费者反映商家拒绝退款。——王老吉，2026年3月5日",
    "消费者反映商家拒绝退款。调解成功，2026年3月5日",
    "消费者反映商家拒绝退款。黄金首饰 2026年3月5日",
    "消费者反映商家拒绝退款。受理日期 2026年3月5日",
    "消费者反映商家拒绝退款，谢谢！",
    "消费者反映商家拒绝退款。谢谢！国美电器",
])
def test_an_office_a_shop_or_a_word_before_a_closing_date_stays(text: str) -> None:
    assert _both(text) == (text, text)


# -- A name hidden with 某 that keeps its last character --------------------------------------------------------------------
# (咸阳 泾阳县 交警: 王某涛带领儿子…、王某涛认为…、王某涛对交通违法行为供认不讳, p2.ttnews.xyz/a/5b50780ddc9b5e1d54f8de6f)

@pytest.mark.parametrize(("text", "masked"), [
    ("经查，王某涛带领儿子王某驾驶小型轿车，违反《道路交通安全法》第九十九条。",
     "经查，王**带领儿子王某驾驶小型轿车，违反《道路交通安全法》第九十九条。"),
    ("经查，王某涛将车交由儿子驾驶。", "经查，王**将车交由儿子驾驶。"),
    ("经查，王某涛对交通违法行为供认不讳，处罚款1000元。", "经查，王**对交通违法行为供认不讳，处罚款1000元。"),
])
def test_a_name_hidden_with_mou_before_a_verb_or_a_preposition_is_masked(text: str, masked: str) -> None:
    assert _both(text) == (masked, masked)


@pytest.mark.parametrize("text", [
    "经查，张某先到店后离开。",  # an adverb after 某, no given character
    "经查，李某又称不知情。",
    "经查，王某某将车交由儿子驾驶。",
    "经查，王某一对交通违法行为供认不讳。",
])
def test_mou_before_an_adverb_or_a_numbering_stays(text: str) -> None:
    assert _both(text) == (text, text)


# -- Deceased persons, purchases for someone, owners, the person complained of, a date before the name -------------------
# (死者/生前 in 安全生产 accident findings; 12315 summaries: 消费者投诉X拒绝退款, 2026年3月5日X在该店购买, 消费者给X买了;
# 该店系X出资开设 in 个体 and 个人独资 findings)

@pytest.mark.parametrize(("text", "masked"), [
    ("经查，刘建华（已故）生前系该店员工，月工资3000元。", "经查，刘**（已故）生前系该店员工，月工资3000元。"),
    ("经查，刘建华生前在该店就餐。", "经查，刘**生前在该店就餐。"),
    ("2026年3月5日刘建华在该店购买手机一部。", "2026年3月5日刘**在该店购买手机一部。"),
    ("消费者给刘建华买了手机一部，价款3000元。", "消费者给刘**买了手机一部，价款3000元。"),
    ("经查，该店系刘建华出资开设。", "经查，该店系刘**出资开设。"),
    ("消费者投诉刘建华拒绝退款2000元。", "消费者投诉刘**拒绝退款2000元。"),
])
def test_a_deceased_an_owner_or_the_person_complained_of_is_masked(text: str, masked: str) -> None:
    assert _both(text) == (masked, masked)


@pytest.mark.parametrize("text", [
    "消费者投诉顺丰拒绝赔偿。",
    "消费者投诉国美拒绝退款。",
    "消费者投诉万达影城拒绝退款。",
    "消费者投诉甘州区金源商贸有限公司拒绝退款。",
    "2026年3月5日华为发布公告称召回该批产品。",
    "3月5日金龙鱼经销商称已退款。",
    "经查，该公司系张掖市国资委出资设立。",
    "经查，该店系连锁经营，系统显示已退款。",
    "消费者在华为专卖店买了手机一部。",
    "经查，当事人生前未办理营业执照。",
])
def test_brands_organisations_and_words_in_those_places_stay(text: str) -> None:
    assert _both(text) == (text, text)


# -- The given name told after a title; a form's English label ------------------------------------------------------------
# (12315 summaries: 消费者刘女士，名秀英，反映…; a bilingual form's `Name:` label, as ICAO Doc 9303 part 3's visual zone prints it)

@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("消费者刘女士，名秀英，反映商家拒绝退款2000元。", "秀英", "消费者刘女士，名"),
    ("王先生，名字叫建国，反映商家拒绝退款。", "建国", "王先生，名字叫"),
    ("Complaint form. Name: Liu Xiuying; amount: 2,000 yuan.", "Liu Xiuying", "; amount: 2,000 yuan."),
    ("Full name: ZHANG San, refund requested on 5 March 2026.", "ZHANG San", ", refund requested on 5 March 2026."),
])
def test_a_given_name_after_a_title_or_a_pinyin_name_after_a_name_label_is_masked(text: str, gone: str, kept: str) -> None:
    for out in _both(text):
        assert gone not in out and kept in out


@pytest.mark.parametrize("text", [
    "消费者刘女士，名下有两套房。",
    "刘先生，名片上写有电话。",
    "Name: Nike Air Max, size 42.",  # a product's name after the label: only a pinyin name is read there
    "File name: report.pdf",
])
def test_a_name_label_before_a_product_or_a_word_after_ming_stays(text: str) -> None:
    assert _both(text) == (text, text)


@pytest.mark.parametrize(("text", "masked"), [
    # a pinyin name typed letter by letter after a role word, so that a search for it misses (a hostile entry)
    ("经查，员工L I U Jianhua负责收银。", "经查，员工L************负责收银。"),
    ("投诉人Z H A N G S A N反映商家拒绝退款2000元。", "投诉人Z**************反映商家拒绝退款2000元。"),
])
def test_a_pinyin_name_spelled_letter_by_letter_after_a_role_word_is_masked(text: str, masked: str) -> None:
    assert _both(text) == (masked, masked)


@pytest.mark.parametrize("text", ["经查，员工使用A B C三类产品。", "消费者购买了X Y Z型号手机。", "消费者V I P会员卡被冻结。"])
def test_spaced_letters_that_spell_no_name_stay(text: str) -> None:
    assert _both(text) == (text, text)
