"""People's names an outsider (h20o, session 14: /work/notes/h20o.md) found published on main, and public words it found
masked, fixed in person_names (and, where the row's own names and homes are carried, deidentify). Through the public
entry points: `find_person_names`, `scrub_text` (one cell as the site publishes it), `problems.safe_message` (a quoted
code cell in the staff report) and the data stages (`run_pipeline`) where the row decides. Each shape both ways: the
name masked AND the words beside it (trades, organisations, adverbs, the public fact) still published.

The compound surnames are the 《百家姓》's sixty (its closing lines 万俟司马 … 南宫; zh.wikipedia.org/wiki/百家姓, 复姓);
values are synthetic; each test names the outsider's case folder. The same shapes built into a site and every output
byte read: tests/hostile/corpus_adv15_people.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.contract import PARTY_NAME_FIELD, REP_FIELD
from generator.deidentify import scrub_text
from generator.person_names import COMPOUND_SURNAMES, find_person_names
from generator.problems import safe_message
from tests.helpers import make_uscc, penalty_row, person_penalty_row, run_pipeline, write_folder

MASK = "[已隐去]"
AS_OF = "2026-12-07"


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in find_person_names(text)]


def _published(tmp_path: Path, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The published penalty rows of `rows`, in their order, as the data stages leave them."""
    run = run_pipeline(write_folder(tmp_path / "data", {"penalties": rows}), AS_OF)
    frame = run.decided.frames["penalties"]
    assert len(frame) == len(rows), run.validated.problems
    return [{k: str(v) for k, v in r.items()} for r in frame.sort_values("行政处罚决定书文号").to_dict("records")]


# -- L2_compound_surnames: the 《百家姓》's compound surnames the list lacked, read whole (not 公**萱, 西**涵).

BAIJIAXING_COMPOUND = ("万俟 司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 "
                       "公孙 仲孙 轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 亓官 司寇 子车 颛孙 端木 巫马 公西 "
                       "漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 百里 东郭 南门 呼延 羊舌 微生 梁丘 左丘 东门 西门 "
                       "南宫 第五").split()


def test_every_compound_surname_of_the_baijiaxing_is_known() -> None:
    assert len(BAIJIAXING_COMPOUND) == 60
    assert set(BAIJIAXING_COMPOUND) <= COMPOUND_SURNAMES


@pytest.mark.parametrize("name", ["司空浩然", "司寇子涵", "子车雨轩", "乐正晨阳", "公良俊熙", "夹谷子涵", "宰父雨轩",
                                  "南门一诺", "呼延梓萱", "微生晨阳", "东门浩然", "公西梓萱", "西门子涵", "公羊建国"])
def test_a_compound_surnames_name_after_a_verb_of_hiring_is_masked_whole(name: str) -> None:
    text = f"经查，当事人雇佣{name}搬运货物。违反了《中华人民共和国食品安全法》第三十四条的规定。"
    assert _names(text) == [name]
    assert scrub_text(text) == (f"经查，当事人雇佣{name[0]}***搬运货物。违反了《中华人民共和国食品安全法》第三十四条的规定。")


@pytest.mark.parametrize("text", [
    "经抽样检验，菌落总数、大肠菌群等微生物指标不合格。",
    "当事人微生物指标不合格。",
    "当事人在南门市场销售过期食品。",
    "当事人在东门菜市场销售过期食品。",
    "这种现象司空见惯。",
    "当事人销售西门子冰箱。",
    "当事人东门分店未取得许可证。",
    "员工东门值班。",  # a gate and a job after a role word
    "当事人雇佣南门保安值班。",
])
def test_the_words_those_surnames_are_made_of_stay(text: str) -> None:
    assert _names(text) == []
    assert scrub_text(text) == text


def test_hu_and_she_are_read_as_written() -> None:
    # hanziconv's table turns 呼 into 唿 and 佘 into 畲, which no surname list holds
    assert _names("员工呼建国称其不知情。") == ["呼建国"]
    assert _names("经查，当事人雇佣佘建国搬运货物。") == ["佘建国"]


def test_meat_is_no_given_name() -> None:
    assert _names("当事人公羊肉未检疫。") == []


@pytest.mark.parametrize(("message", "private", "public"), [
    ("“一般（子车思远）” 不在代码表中", "子车思远", "“一般（子***）”"),
    ("“0.5（司空思远代缴）” 不是金额", "司空思远", "代缴）” 不是金额"),
])
def test_a_compound_surnames_name_in_a_code_cell_is_masked_where_the_report_quotes_it(message: str, private: str,
                                                                                     public: str) -> None:
    out = safe_message(message)
    assert private not in out and public in out, out


# -- L14, L15: a 个体工商户 named after an operator with a compound surname, and the operator's given name alone.

def test_a_business_named_after_a_compound_surnamed_person_is_masked(tmp_path: Path) -> None:
    row, = _published(tmp_path, [penalty_row(行政相对人名称="甘州区宰父雨轩", 行政相对人类别="个体工商户",
                                              统一社会信用代码=make_uscc(151, prefix="92"), 法定代表人="")])
    assert row[PARTY_NAME_FIELD] == "甘州区宰***"


def test_a_compound_surnamed_operators_given_name_is_masked_and_the_act_stays(tmp_path: Path) -> None:
    row, = _published(tmp_path, [penalty_row(行政相对人名称="甘州区鲜果店", 行政相对人类别="个体工商户",
                                              统一社会信用代码=make_uscc(153, prefix="92"), 法定代表人="子车雨轩",
                                              违法事实="经查，经营者子车雨轩销售过期食品，雨轩当场承认。")])
    assert row["违法事实"] == "经查，经营者子***销售过期食品，**当场承认。"
    assert row[REP_FIELD] == "子***"
    assert row[PARTY_NAME_FIELD] == "甘州区鲜果店"


# -- L11_cue_words_missing: the goods' owner and the people of live-stream selling, rare surnames after them.

@pytest.mark.parametrize(("text", "masked"), [
    ("经查，当事人的货主佴浩宇参与了销售。", "经查，当事人的货主佴**参与了销售。"),
    ("经查，当事人的主播助理笪梦瑶参与了销售。", "经查，当事人的主播助理笪**参与了销售。"),
    ("经查，当事人的网红仉梦瑶参与了销售。", "经查，当事人的网红仉**参与了销售。"),
    ("经查，当事人的微商隗俊杰参与了销售。", "经查，当事人的微商隗**参与了销售。"),
])
def test_names_after_trades_of_online_selling_are_masked_and_the_trade_stays(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "当事人通过网红直播销售。",
    "当事人通过微商渠道销售。",
    "当事人为货主提供仓储服务。",
    "当事人的助理工程师称其不知情。",
    "当事人系微商。",
])
def test_the_trades_alone_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- L5_complaint_people, L16_complaint_child_and_flat (complaints: privacy.md, anyone named in a complaint summary).

@pytest.mark.parametrize(("text", "masked"), [
    ("我是南关小学六年级的学生家长，孩子叫隗一鸣。", "我是南关小学六年级的学生家长，孩子叫隗**。"),
    ("消费者的女儿暖暖在该店理发时被剪伤。", "消费者的女儿暖*在该店理发时被剪伤。"),
    ("投诉人：甘州区某小区业主隗女士（5号楼2单元）。", f"投诉人：甘州区某小区业主隗女士（{MASK}）。"),
    ("老人（78岁，独居，住南关小区3号楼）被推销保健品。", f"老人（78岁，独居，住{MASK}）被推销保健品。"),
    ("消费者王建国（3栋2单元501）反映商家拒绝退款。", f"消费者王**（{MASK}）反映商家拒绝退款。"),
])
def test_a_childs_name_and_a_persons_flat_in_a_complaint_are_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "女儿常常来店里。",
    "其女儿天天在店里玩。",
    "孩子刚刚在店里摔倒。",
    "当事人在南关小区5号楼2单元开设门店。",
    # a surname alone with 小/老 or a title tells the surname only, as 王某 does (round 13 kept 员工“小刘”)
    "店员小王和收银员态度恶劣。",
    "孩子的班主任隗老师反映。",
])
def test_adverbs_a_shops_flat_and_a_surname_alone_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- L6_minor_school_class: the school is an organisation and stays, the class beside a child does not.

@pytest.mark.parametrize(("text", "masked"), [
    ("经查，当事人雇佣童工隗小宝（12岁，甘州区南关小学三年级二班学生）从事搬运。",
     f"经查，当事人雇佣童工隗**（12岁，甘州区南关小学{MASK}学生）从事搬运。"),
    ("孩子在南关小学三年级二班，在该店购买的零食过期。", f"孩子在南关小学{MASK}，在该店购买的零食过期。"),
])
def test_a_childs_class_is_masked_and_the_school_stays(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "该校三年级二班教室内发现过期食品。",  # no child named: the room of a school
    "我是南关小学六年级的学生家长。",  # a grade alone
])
def test_a_class_without_a_child_and_a_grade_alone_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- L7_own_name_order_script: the natural person's own name in another order or script.

@pytest.mark.parametrize(("fact", "private"), [
    ("经查，当事人隗 Haoran在甘州区南街销售过期食品。", "Haoran"),
    ("经查，当事人浩然隗在甘州区南街销售过期食品。", "浩然隗"),
    ("经查，当事人HaoRan Wei在甘州区南街销售过期食品。", "HaoRan"),
    ("经查，当事人隗🔸浩🔸然在甘州区南街销售过期食品。", "然"),
    ("经查，当事人隗＊浩＊然在甘州区南街销售过期食品。", "然"),
])
def test_the_partys_own_name_in_another_order_or_script_is_masked(tmp_path: Path, fact: str, private: str) -> None:
    row, = _published(tmp_path, [person_penalty_row(行政相对人名称="隗浩然", 违法事实=fact)])
    assert private not in row["违法事实"]
    assert row["违法事实"].startswith("经查，当事人") and row["违法事实"].endswith("在甘州区南街销售过期食品。")


def test_an_ordinary_word_of_the_given_name_stays_in_the_partys_record(tmp_path: Path) -> None:
    row, = _published(tmp_path, [person_penalty_row(行政相对人名称="隗浩然", 违法事实="经查，当事人销售过期食品，浩然之气。")])
    assert row["违法事实"] == "经查，当事人销售过期食品，浩然之气。"


def test_a_mark_after_each_character_of_a_third_persons_name_is_read_across() -> None:
    assert scrub_text("经查，员工王🔸浩🔸然在店内吸烟。") == "经查，员工王****在店内吸烟。"


# -- O1_xiaolingtong_word, O4_words_read_as_names: a phone service and a contact's label are no names.

def test_xiaolingtong_is_a_phone_service_and_its_number_is_masked() -> None:
    assert scrub_text("经查，举报人小灵通0936-8212349。") == f"经查，举报人小灵通{MASK}。"


@pytest.mark.parametrize("label", ["Line ID", "Line"])
def test_a_contacts_latin_label_stays_and_the_account_is_masked(label: str) -> None:
    assert scrub_text(f"经查，举报人{label}：kzyline04。") == f"经查，举报人{label}：{MASK}。"


@pytest.mark.parametrize(("text", "masked"), [
    ("外籍员工John Smith负责收银。", "外籍员工J*********负责收银。"),
    ("消费者LI NA反映商家拒绝退款。", "消费者L****反映商家拒绝退款。"),
])
def test_a_latin_name_after_a_role_word_is_still_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked
