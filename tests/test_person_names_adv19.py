"""People's names an outsider (h21o, session 15: /work/notes/h21o.md) found published on main, and an organisation's name
it found masked, fixed in person_names (and deidentify's reading of a 个体工商户's operator). Through the public entry
points: `find_person_names`, `scrub_text` (one cell as the site publishes it) and the data stages (`run_pipeline`) where
the row decides. Each shape both ways: the name masked AND the public fact beside it (the role word, the count, the
organisation, the trade, the decision's act) still published.

Values are synthetic; each test names the outsider's case folder. The same shapes built into a site and every output byte
read: tests/hostile/corpus_adv19_people.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.contract import PARTY_NAME_FIELD
from generator.deidentify import scrub_text
from generator.person_names import find_person_names
from tests.helpers import make_uscc, penalty_row, published_penalties

AS_OF = "2026-12-07"


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in find_person_names(text)]


def _business(n: int, name: str, operator: str = "", fact: str = "经查，当事人销售过期食品。") -> dict[str, str]:
    return penalty_row(行政相对人名称=name, 行政相对人类别="个体工商户", 统一社会信用代码=make_uscc(1900 + n, prefix="92"),
                       法定代表人=operator, 行政处罚决定书文号=f"甘州市监罚〔2026〕{1900 + n}号", 违法事实=fact)


# -- L8_getihu_traditional_name_no_operator: a 个体工商户 with no operator, named after a person and its trade.

@pytest.mark.parametrize(("name", "masked"), [
    ("甘州區張曉明燒烤店", "甘州區張**燒烤店"),
    ("張曉明燒烤店", "張**燒烤店"),
    ("臺北市張曉明商行", "臺北市張**商行"),
    ("甘州区陳志強便利店", "甘州区陳**便利店"),
    ("甘州区黃偉麵館", "甘州区黃*麵館"),
    ("甘州區張翀瑄燒烤店", "甘州區張**燒烤店"),  # (the tagger reads 區張 as a word of the text as written)
    ("甘州区张晓明烧烤店", "甘州区张**烧烤店"),  # the same in simplified characters
    ("甘州区欧阳红霞服装店", "甘州区欧***服装店"),
])
def test_a_business_with_no_operator_named_after_a_person_and_its_trade_is_masked(
        tmp_path: Path, name: str, masked: str) -> None:
    row, = published_penalties(tmp_path, [_business(1, name)], AS_OF)
    assert row[PARTY_NAME_FIELD] == masked


@pytest.mark.parametrize("name", ["甘州区李记面馆", "甘州区金龙烧烤店", "甘州区华强电器行", "甘州区明珠宾馆", "甘州区王府井百货商店",
                                  "甘州区新华书店", "甘州区东方红超市", "甘州区金凤凰酒店", "甘州区兰州拉面馆", "甘州区魏家凉皮店"])
def test_a_business_named_by_its_trade_name_stays(tmp_path: Path, name: str) -> None:
    row, = published_penalties(tmp_path, [_business(2, name)], AS_OF)
    assert row[PARTY_NAME_FIELD] == name


def test_a_business_named_after_a_person_with_its_operator_given_keeps_another_trade_name(tmp_path: Path) -> None:
    row, = published_penalties(tmp_path, [_business(3, "甘州区金龙烧烤店", "李建国")], AS_OF)
    assert row[PARTY_NAME_FIELD] == "甘州区金龙烧烤店"


def test_the_operators_given_name_alone_is_masked_across_scripts(tmp_path: Path) -> None:
    row, = published_penalties(tmp_path, [_business(4, "甘州区陈晓东烧烤店", "陳曉東", "经查，经营者陳曉東当场承认，晓东表示认可。")], AS_OF)
    assert row["违法事实"] == "经查，经营者陳**当场承认，**表示认可。"
    assert row[PARTY_NAME_FIELD].startswith("甘州区") and row[PARTY_NAME_FIELD].endswith("**烧烤店")


# -- L7_complaint_names_without_cue: whom the office answered, a title then the whole name, names before a count.

@pytest.mark.parametrize(("text", "masked"), [
    ("已电话回复隗红霞，双方和解。", "已电话回复隗**，双方和解。"),
    ("退还佴先生（佴子涵）货款。", "退还佴先生（佴**）货款。"),
    ("消费者仉女士（仉俊杰）反映。", "消费者仉女士（仉**）反映。"),
    ("东门雨轩、宰父思远两位消费者反映。", "东***、宰***两位消费者反映。"),
])
def test_names_in_a_complaints_result_and_summary_are_masked_and_the_words_around_stay(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "已回复消费者，双方和解。",
    "已电话回复，消费者表示满意。",
    "隗先生（已回访）表示满意。",
    "王先生（个体）反映。",  # (a note after a title, no given name: main masked 个体)
    "甘州区、肃州区两个区的消费者反映。",
    "经营者与消费者两位当事人达成和解。",
    "王某、李某两名员工在场。",
])
def test_answers_and_counts_without_a_name_stay(text: str) -> None:
    assert _names(text) == []
    assert scrub_text(text) == text


# -- L3_last_listed_name_at_sentence_end: the last name of a list at a sentence's or a cell's end, rare surnames.

@pytest.mark.parametrize(("text", "masked"), [
    ("执法人员隗浩然、佴子涵。", "执法人员隗**、佴**。"),
    ("员工张伟、笪梦瑶", "员工张*、笪**"),
    ("执法人员隗浩然、亓一凡、佴浩天。", "执法人员隗**、亓**、佴**。"),
    ("本案由亓一鸣、佴子涵两名执法人员办理。违反了《中华人民共和国食品安全法》第三十四条的规定。",
     "本案由亓**、佴**两名执法人员办理。违反了《中华人民共和国食品安全法》第三十四条的规定。"),
])
def test_the_last_name_of_a_list_is_masked_and_the_role_and_count_stay(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "员工张伟、方便面供应商到场。",
    "执法人员隗浩然、当事人。",
    "当事人销售了饮料、食品两类商品。",
])
def test_a_list_that_goes_on_with_words_keeps_them(text: str) -> None:
    kept = scrub_text(text)
    assert kept.endswith(text[text.index("、"):])


# -- L4_role_words_zhuguan_cunganbu: weak role words with rare or compound surnames.

@pytest.mark.parametrize(("text", "masked"), [
    ("经查，主管仉红霞在场。", "经查，主管仉**在场。"),
    ("经查，主管欧阳红霞在场。", "经查，主管欧***在场。"),
    ("经查，店铺主管隗红霞在场。", "经查，店铺主管隗**在场。"),
    ("经查，村干部宓梦瑶在场。", "经查，村干部宓**在场。"),
    ("经查，村支书隗红霞在场。", "经查，村支书隗**在场。"),
    ("经查，领班隗红霞在场。", "经查，领班隗**在场。"),
])
def test_names_after_weak_role_words_are_masked_and_the_role_stays(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "由主管部门责令改正。",
    "主管单位为甘州区商务局。",
    "经主管机关批准，当事人主管领导高度重视。",
    "当事人的领班制度不健全。",
    "村干部会议决定。",
    "村支书记录在案。",
    "当事人主管食品安全工作。",
])
def test_the_role_words_in_public_words_stay(text: str) -> None:
    assert _names(text) == []
    assert scrub_text(text) == text


# -- L5_kin_words_missing: relatives and friends named before the name.

@pytest.mark.parametrize("kin", ["小姨子", "小舅子", "妯娌", "连襟", "丈母娘", "曾孙", "大伯", "姥姥", "外公", "亲家", "老伴",
                                 "闺蜜", "小叔子", "后妈"])
def test_a_name_after_a_kin_word_is_masked_and_the_act_stays(kin: str) -> None:
    text = f"经查，举报人的{kin}佴子涵参与销售。"
    assert scrub_text(text) == f"经查，举报人的{kin}佴**参与销售。"


@pytest.mark.parametrize("text", ["大伯父在场。", "外公外婆均在。", "老伴儿陪同。"])
def test_kin_words_alone_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- L6_name_before_benren: a name, 本人, then what the person did.

@pytest.mark.parametrize(("text", "masked"), [
    ("经查，佴子涵本人参与销售。", "经查，佴**本人参与销售。"),
    ("经查，由隗红霞本人签字确认。", "经查，由隗**本人签字确认。"),
])
def test_a_name_before_benren_is_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", ["当事人本人参与销售。", "法定代表人本人参加听证。", "经营者本人在场。", "该店负责人本人经手。"])
def test_a_role_before_benren_stays(text: str) -> None:
    assert scrub_text(text) == text


# -- O2_org_name_after_role_word: an organisation named after a person, after a role word, stays whole.

@pytest.mark.parametrize("text", [
    "委托代理人甘肃李建国律师事务所律师到场。",
    "委托代理人甘肃省李建国律师事务所律师到场。",
    "证人甘州区王红梅家政服务部负责人到场。",
    "委托代理人张掖市赵建华会计师事务所出具报告。",
])
def test_an_organisation_named_after_a_person_stays_after_a_role_word(text: str) -> None:
    assert _names(text) == []
    assert scrub_text(text) == text


def test_the_lawyer_named_alone_is_still_masked() -> None:
    assert scrub_text("委托代理人李建国律师到场。") == "委托代理人李**律师到场。"
