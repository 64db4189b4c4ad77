"""Names the outsider's thirteenth-session black-box pass found published (/work/notes/h17o.md, L8: cueless_names), through
`scrub_text`, both ways. The shapes are the wording of on-site inspection records (现场检查笔录: a witness, a reviewer, a
person who confirms, keeps goods, is served a paper, or stands behind the act); names are synthetic."""

from __future__ import annotations

import pytest

from generator.deidentify import scrub_text


@pytest.mark.parametrize(("text", "masked"), [
    ("执法人员现场检查（欧阳雪梅见证）当事人销售过期饮料。", "执法人员现场检查（欧***见证）当事人销售过期饮料。"),
    ("执法人员现场检查（司马浩然复核）当事人销售过期饮料。", "执法人员现场检查（司***复核）当事人销售过期饮料。"),
    ("执法人员现场检查，由欧阳德华确认。当事人销售过期饮料。", "执法人员现场检查，由欧***确认。当事人销售过期饮料。"),
    ("执法人员现场检查，司马欣妍予以配合。当事人销售过期饮料。", "执法人员现场检查，司***予以配合。当事人销售过期饮料。"),
    ("执法人员现场检查，司马佳琪未到场。当事人销售过期饮料。", "执法人员现场检查，司***未到场。当事人销售过期饮料。"),
    ("执法人员现场检查，司马皓轩主动承认。当事人销售过期饮料。", "执法人员现场检查，司***主动承认。当事人销售过期饮料。"),
    ("执法人员现场检查，交司马思远保管。当事人销售过期饮料。", "执法人员现场检查，交司***保管。当事人销售过期饮料。"),
    ("执法人员现场检查，送达司马天佑。当事人销售过期饮料。", "执法人员现场检查，送达司***。当事人销售过期饮料。"),
    ("执法人员现场检查，受司马锦程指使，当事人销售过期饮料。", "执法人员现场检查，受司***指使，当事人销售过期饮料。"),
    ("执法人员现场检查，司马思彤持刀威胁。当事人销售过期饮料。", "执法人员现场检查，司***持刀威胁。当事人销售过期饮料。"),
    ("本局向冯光明送达了责令改正通知书，韩国华于当日签收。", "本局向冯**送达了责令改正通知书，韩**于当日签收。"),
])
def test_a_person_named_in_an_inspection_record_is_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "经复核，当事人予以配合，主动承认违法事实。",  # no name before the verbs
    "执法人员现场检查，当事人未到场，由其委托代理人确认。",
    "甘州区市场监督管理局已将决定书送达当事人。",  # served on the party: no name
    "本局向当事人送达了责令改正通知书。",
    "本局向甘州区某某商贸有限公司送达了行政处罚告知书。",
    "当事人受利益驱使，销售过期饮料。",  # 受…驱使 is no person
    "该批货物交仓库保管。",
])
def test_the_inspection_records_own_words_stay(text: str) -> None:
    assert scrub_text(text) == text


@pytest.mark.parametrize(("text", "names", "masked"), [
    # (own_name_forms: the natural person 欧阳明辉 named by the given name in their own record's findings)
    ("2026年8月12日，执法人员在甘州区南街检查，明辉当场承认销售超过保质期的饮料12瓶。", ("欧阳明辉",),
     "2026年8月12日，执法人员在甘州区南街检查，**当场承认销售超过保质期的饮料12瓶。"),
    # (person_rep: the 个体工商户's operator 欧阳桂兰, whose given name is also a word, before a confession)
    ("经查，欧阳桂兰经营的甘州区南街鲜果店销售腐烂变质水果，桂兰对违法事实供认不讳。", ("欧阳桂兰",),
     "经查，欧***经营的甘州区南街鲜果店销售腐烂变质水果，**对违法事实供认不讳。"),
])
def test_the_rows_own_person_named_by_the_given_name_alone_is_masked(text: str, names: tuple[str, ...],
                                                                     masked: str) -> None:
    assert scrub_text(text, names) == masked


def test_a_given_name_that_is_a_word_stays_where_it_is_the_word() -> None:
    text = "经查，当事人对违法事实供认不讳，桂兰牌饮料已下架。"
    assert scrub_text(text, ("欧阳桂兰",)) == text


@pytest.mark.parametrize(("text", "masked"), [
    # (kinds_columns: a reviewer named in 评价类型; the record-keepers of an inspection)
    ("企业信用风险分类（评审欧阳玉兰） A", "企业信用风险分类（评审欧***） A"),
    ("审核人：李秀英", "审核人：李**"),
    ("记录人：张伟，检查人：刘洋", "记录人：张*，检查人：刘*"),
])
def test_reviewers_and_record_keepers_are_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", ["经评审，该企业信用等级为A。", "评审结果为A级。", "复核人员已到场。"])
def test_the_review_words_themselves_stay(text: str) -> None:
    assert scrub_text(text) == text


@pytest.mark.parametrize(("text", "masked"), [
    # (coded_columns, kinds_names: the clerk's words in a list of codes, and a code cell's note the staff report quotes)
    ("警告;其他-由欧阳俊杰监督整改", "警告;其他-由欧***监督整改"),
    ("罚款、其他-通报欧阳国庆所在单位", "罚款、其他-通报欧***所在单位"),
    ("罚款（欧阳志明代缴）", "罚款（欧***代缴）"),
    ("履约中（欧阳文静跟踪）", "履约中（欧***跟踪）"),
])
def test_a_person_named_in_a_codes_note_is_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", ["通报当事人所在单位", "罚款（单位代缴）", "经查，市场监管局监督检查发现", "由质监站跟踪"])
def test_a_codes_note_without_a_person_stays(text: str) -> None:
    assert scrub_text(text) == text
