"""Personal data an outsider (h19o, session 13: /work/notes/h19o.md) found published on main, and public facts it found
destroyed, fixed in person_names, detect and deidentify. Through the public entry points: `scrub_text` (one cell as the
site publishes it), `problems.safe_message`'s masking of a quoted code cell (the staff report), and the data stages
(`run_pipeline`) where a row or a party's records decide. Each shape is tested both ways: the private value is masked
AND the public fact beside it (the company, the decision number, the act, the amount, the code) is still published.

Values are synthetic; each test names its source (the outsider's case folder). The same shapes, built into a site and
every output byte read, are tests/hostile/corpus_adv14_people.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.contract import PARTY_NAME_FIELD, REP_FIELD
from generator.deidentify import scrub_text
from generator.problems import safe_message
from tests.helpers import make_uscc, penalty_row, published_penalties

MASK = "[已隐去]"
AS_OF = "2026-12-07"


def _published(tmp_path: Path, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The published penalty rows of `rows`, in their order, as the data stages leave them."""
    return published_penalties(tmp_path, rows, AS_OF)


# -- L3_name_lists, L9_commitment_type_note: people listed after …名单： or named as a commitment's guarantor (由X担保), rare
# surnames (蒯, 隗, 厍, 庹) and compound ones (谷梁, 段干) of the 《百家姓》 that the recogniser never reads alone.

@pytest.mark.parametrize(("text", "private", "public"), [
    ("家政员名单：蒯秀兰、隗春花、厍志刚。持证上岗。", ("蒯秀兰", "隗春花", "厍志刚"), ("家政员名单：蒯**、隗**、厍**。持证上岗。",)),
    ("从业人员名单：谷梁秀英、谷梁春花", ("谷梁秀英", "谷梁春花"), ("从业人员名单：谷***、谷***",)),
    ("本承诺由段干木生担保，逾期未履行的依法处理。", ("段干木生",), ("担保，逾期未履行的依法处理",)),
    ("其他-由庹建华担保", ("庹建华",), ("其他-由庹**担保",)),
])
def test_people_in_a_list_or_guaranteeing_are_masked_and_the_words_around_stay(text: str, private: tuple[str, ...],
                                                                                public: tuple[str, ...]) -> None:
    out = scrub_text(text)
    assert not any(p in out for p in private), out
    assert all(p in out for p in public), out


@pytest.mark.parametrize("text", ["经营范围名单：食品销售、餐饮服务", "由本公司担保", "由甘州区担保中心担保", "由张掖市农业担保公司担保",
                                  "由于未提供担保，不予分期缴纳", "由于提供担保，准予分期缴纳"])
def test_a_list_of_trades_and_an_organisation_as_guarantor_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- L1_json_names, L2_markup_names: a JSON object typed into a cell (its key says who), markup between the role and the name,
# a name as a Markdown link's text.

@pytest.mark.parametrize(("text", "private", "public"), [
    ('举报信息：{"举报人":"戚凤英","电话":"13919361824"}', ("戚凤英", "13919361824"), ('{"举报人":"戚**"', "举报信息：")),
    ("{'name': '糜秀梅'}", ("糜秀梅",), ("{'name': '糜**'}",)),
    ('{"complainant": "Qiu Haiyan", "issue": "expired food"}', ("Qiu Haiyan", "Haiyan"), ('"issue": "expired food"',)),
    ('{"从业人员":"谯秀兰"}', ("谯秀兰",), ('{"从业人员":"谯**"}',)),
    ("<举报人>殳桂芝</举报人><事项>销售过期食品</事项>", ("殳桂芝",), ("<事项>销售过期食品</事项>",)),
    ("‹举报人>殳桂芝‹/举报人>反映", ("殳桂芝",), ("‹举报人>殳**",)),
    ("[鲁振华](https://weibo.com/u/5019360527)在微博反映该店卫生差。", ("鲁振华", "5019360527"), ("在微博反映该店卫生差。",)),
])
def test_names_in_typed_structures_and_markup_are_masked(text: str, private: tuple[str, ...], public: tuple[str, ...]) -> None:
    out = scrub_text(text)
    assert not any(p in out for p in private), out
    assert all(p in out for p in public), out


@pytest.mark.parametrize("text", ['{"name":"张掖市甘州区鼎盛贸易有限公司"}', "[张掖市](https://www.zhangye.gov.cn)",
                                  '{"处罚机关":"甘州区市场监督管理局"}'])
def test_an_organisation_or_a_place_in_the_same_structures_stays(text: str) -> None:
    assert scrub_text(text) == text


# -- L4_qq_after_phone, L5_vxin_id: a QQ number that is the masked mobile's first ten digits, before an address the home
# rules mask first (the mask after the number was read as the keyword's own); a WeChat id after V信 / 卫星号.

def test_a_qq_number_before_a_masked_address_is_masked() -> None:
    out = scrub_text("联系人：欧阳先生 13919361824，微信同号；QQ 1391936182；地址甘州区南关小区3号楼2单元402", person=True)
    assert "1391936182" not in out and "南关小区" not in out, out
    assert out.startswith("联系人：欧阳先生 ") and "微信同号；QQ " in out, out


def test_a_number_after_a_masked_phone_that_is_no_phone_stays() -> None:
    assert scrub_text("联系电话13919361824，罚款1234567元") == f"联系电话{MASK}，罚款1234567元"


@pytest.mark.parametrize("text", ["举报人V信zsy19901，当事人销售过期食品", "举报人卫星号zsy19901，当事人销售过期食品",
                                  "举报人VX zsy19901，当事人销售过期食品"])
def test_a_wechat_id_after_a_slang_word_is_masked(text: str) -> None:
    out = scrub_text(text)
    assert "zsy19901" not in out and out.endswith("，当事人销售过期食品"), out


def test_a_satellite_in_prose_stays() -> None:
    assert scrub_text("当事人销售北斗卫星导航终端") == "当事人销售北斗卫星导航终端"


# -- L6_shop_named_after_person: a shop a person names after themself (“欧阳建华的小店”微店); privacy first — a 字号 holds no
# 的, so a person's name before 的小店 is the person's, masked as a name; a brand's or a place's stays.

def test_a_shop_named_after_a_person_with_de_is_masked() -> None:
    out = scrub_text("当事人在“欧阳建华的小店”微店销售过期食品。")
    assert "欧阳建华" not in out and out == "当事人在“欧***的小店”微店销售过期食品。"


@pytest.mark.parametrize("text", ["当事人在“甘州的店”销售", "当事人在“老王的店”销售", "当事人在“华为的店”购进"])
def test_a_place_or_a_nickname_before_de_dian_stays(text: str) -> None:
    assert scrub_text(text) == text


# -- O4_decision_no_18_digits, O5_12315_ticket: public numbers read as personal ones.

def test_a_date_coded_serial_in_a_decision_number_keeps_the_record_key(tmp_path: Path) -> None:
    number = "甘州市监罚字[2026]620702202609010001号"  # the serial: region, a recent date, a serial; its ID check digit wrong
    row, = _published(tmp_path, [penalty_row(行政处罚决定书文号=number)])
    assert row["行政处罚决定书文号"] == number


def test_an_id_with_a_valid_check_digit_in_a_decision_number_is_still_withheld(tmp_path: Path) -> None:
    row, = _published(tmp_path, [penalty_row(行政处罚决定书文号="甘州市监罚字[2026]620702198501017584号")])
    assert "620702198501017584" not in row["行政处罚决定书文号"]


def test_a_12315_work_order_stays_and_a_card_after_a_card_word_is_masked() -> None:
    assert scrub_text("12315工单号：1100202612010012，已办结") == "12315工单号：1100202612010012，已办结"
    assert scrub_text("退款至卡号1100202612010012") == f"退款至卡号{MASK}"


# -- O7_split_name_eats_char: a name of one given character before an adverb (明辉已撤诉) kept 已 masked with the name.

def test_a_name_before_yi_is_masked_without_the_adverb() -> None:
    out = scrub_text("明辉已撤诉。")
    assert "明辉" not in out and out.endswith("已撤诉。"), out


# -- L10_report_code_cell_name: an unknown code's note naming a person, quoted by the staff report.

@pytest.mark.parametrize(("message", "private", "public"), [
    ("“已核验（核验人酆国强）” 不在代码表中", "酆国强", "不在代码表中"),
    ("“一般（郏秀梅）” 不在代码表中", "郏秀梅", "“一般（郏**）”"),
])
def test_a_name_in_a_code_cells_note_is_masked_where_the_report_quotes_it(message: str, private: str, public: str) -> None:
    out = safe_message(message)
    assert private not in out and public in out, out


def test_a_code_with_a_word_in_brackets_is_quoted_as_written() -> None:
    assert safe_message("“一般（简易）” 不在代码表中") == "“一般（简易）” 不在代码表中"


# -- O6_org_rep_in_text: an organisation's legal representative (public, in its own column) named in its record's text.

def test_an_organisations_own_representative_stays_and_the_brother_beside_him_is_masked(tmp_path: Path) -> None:
    row, = _published(tmp_path, [penalty_row(法定代表人="韦志国", 违法事实="当事人法定代表人韦志国的弟弟韦志军负责经营。")])
    assert row["违法事实"] == "当事人法定代表人韦志国的弟弟韦**负责经营。"
    assert row[REP_FIELD] == "韦志国"


# -- L11_given_name_elsewhere: a third person named in full in one record, by the given name in another of the same party.

def test_a_third_persons_given_name_is_masked_across_one_partys_records(tmp_path: Path) -> None:
    rows = _published(tmp_path, [
        penalty_row(行政处罚决定书文号="甘州市监罚〔2026〕82号", 违法事实="举报人沈佳怡反映当事人销售过期食品。"),
        penalty_row(行政处罚决定书文号="甘州市监罚〔2026〕83号", 违法事实="佳怡再次来电反映当事人仍在销售过期食品。"),
        penalty_row(行政处罚决定书文号="甘州市监罚〔2026〕85号", 违法事实="举报人宗欣妍反映当事人销售过期食品。",
                    备注="欣妍要求对其信息保密。"),
        # another party: its 佳怡 is no one the rows above name, and its text says nothing of a person
        penalty_row(行政处罚决定书文号="甘州市监罚〔2026〕86号", 行政相对人名称="甘州区佳怡商贸有限公司",
                    统一社会信用代码=make_uscc(86), 违法事实="当事人销售过期食品。"),
    ])
    assert rows[0]["违法事实"] == "举报人沈**反映当事人销售过期食品。"
    assert rows[1]["违法事实"] == "**再次来电反映当事人仍在销售过期食品。"
    assert rows[2]["备注"] == "**要求对其信息保密。"
    assert rows[3][PARTY_NAME_FIELD] == "甘州区佳怡商贸有限公司"


# -- L7_getihu_operator_typo: a 个体工商户 whose name holds its operator's name but for one character (甘州区郁建国烧烤店 run by
# 郁健国). Privacy first: a slip in one of the two cells, or a relative's name the business was registered under, is a
# person's name either way.

def test_a_business_named_after_its_operator_but_for_one_character_is_masked(tmp_path: Path) -> None:
    row, = _published(tmp_path, [penalty_row(行政相对人名称="甘州区郁建国烧烤店", 行政相对人类别="个体工商户",
                                              统一社会信用代码=make_uscc(61, prefix="92"), 法定代表人="郁健国")])
    assert row[PARTY_NAME_FIELD] == "甘州区郁**烧烤店"
    assert "郁健国" not in str(row)


def test_a_business_named_otherwise_than_its_operator_keeps_its_name(tmp_path: Path) -> None:
    row, = _published(tmp_path, [penalty_row(行政相对人名称="甘州区郁金香花店", 行政相对人类别="个体工商户",
                                              统一社会信用代码=make_uscc(62, prefix="92"), 法定代表人="郁建国")])
    assert row[PARTY_NAME_FIELD] == "甘州区郁金香花店"
