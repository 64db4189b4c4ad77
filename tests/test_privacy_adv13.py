"""The never-public facts of privacy.md the thirteenth outside pass (h17n) found published on main: minors whose age was read
wrong or only written in the text, and homes in shapes the address rules did not read. Through the public entry points:
the data stages (`run_pipeline`: load, validate, deidentify, rules) for the age rule, `scrub_text` for the texts. Each
shape is tested both ways: the minor's record is withheld and an adult's beside it published; the home is masked and the
public facts next to it (the act, the business's address, a date, the bank's name) stay.

Values are synthetic; each group names the source of its shape. The same shapes, built into a site and every output
byte read, are tests/hostile/corpus_adv13_private.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.contract import KEY
from generator.deidentify import scrub_text
from tests.helpers import make_id, make_uscc, penalty_row, person_penalty_row, run_pipeline, write_folder

MASK = "[已隐去]"
AS_OF = "2026-12-07"
DECIDED = "2026-03-05"  # penalty_row's 处罚决定日期


def _status(tmp_path: Path, row: dict[str, str]) -> str:
    """The publication status of one penalty row, as of AS_OF."""
    run = run_pipeline(write_folder(tmp_path / "data", {"penalties": [row]}), AS_OF)
    frame = run.decided.frames["penalties"]
    assert len(frame) == 1, run.validated.problems
    return run.status("penalties", str(frame.iloc[0][KEY]))


def _shop(operator_id: str = "", **overrides: str) -> dict[str, str]:
    """A 个体工商户's penalty whose operator is 祁瓐瓑 (his 身份证 in 法定代表人证件号码 when given)."""
    row = penalty_row(行政相对人名称="甘州区瓌瓋小卖部", 行政相对人类别="个体工商户", 统一社会信用代码=make_uscc(71990, prefix="92"),
                      法定代表人="祁瓐瓑")
    if operator_id:
        row.update(法定代表人证件类型="身份证", 法定代表人证件号码=operator_id)
    row.update(overrides)
    return row


# -- A minor's 18-digit ID cut to 15 digits (GB 11643-1999 replaced the 15-digit form, whose year has two digits and is read
# as 19YY; an old system or a clerk that keeps 15 digits turns 620702 2010 0305 170X into 620702 100305 170, a man born in
# 1910). Where the two-digit year may as well be this century's (a day not after the decision), the age cannot be derived:
# the record waits (age-unknown) until staff give the 出生日期. A 15-digit ID of someone born in the 1980s publishes.


def test_a_minors_id_cut_to_15_digits_is_withheld_until_staff_give_the_birth_date(tmp_path: Path) -> None:
    cut = make_id("20100305", 170)[:6] + "100305170"
    assert _status(tmp_path / "cut", person_penalty_row(证件号码=cut)) == "age-unknown"
    assert _status(tmp_path / "minor", person_penalty_row(证件号码=cut, 出生日期="2010-03-05")) == "minor"
    assert _status(tmp_path / "old", person_penalty_row(证件号码=cut, 出生日期="1910-03-05")) == "published"


def test_a_15_digit_id_of_an_adult_still_publishes(tmp_path: Path) -> None:
    assert _status(tmp_path, person_penalty_row(证件号码="620702800305170")) == "published"


def test_a_15_digit_operator_id_cut_from_a_minors_is_withheld_and_an_adults_publishes(tmp_path: Path) -> None:
    assert _status(tmp_path / "cut", _shop("620702100305172")) == "age-unknown"
    assert _status(tmp_path / "adult", _shop("620702800305172")) == "published"


# -- The party's age in its own record's text only (国市监法发〔2021〕42号 格式范本, 行政处罚决定书's 当事人基本情况: 姓名，性别，
# 出生日期，民族，住址; a 个体工商户's 经营者 described the same way; 《未成年人保护法》 art. 2 for 未成年人): most exports give
# no document for a 个体工商户's operator, so the text is the only place that says the operator was 16.


@pytest.mark.parametrize("text", [
    "当事人：甘州区瓌瓋小卖部，经营者：祁瓐瓑，男，2010年3月5日出生，汉族，销售过期食品。",
    "当事人：甘州区瓌瓋小卖部，经营者祁瓐瓑（16周岁），销售过期食品。",
    "当事人：甘州区瓌瓋小卖部，经营者祁瓐瓑系未成年人，销售过期食品。",
    "當事人：甘州區瓌瓋小賣部，經營者：祁瓐瓑，男，漢族，2010年3月5日出生，銷售過期食品。",  # (traditional characters)
])
def test_an_operator_described_as_a_minor_in_the_text_withholds_the_record(tmp_path: Path, text: str) -> None:
    assert _status(tmp_path, _shop(违法事实=text)) == "minor"


# (惠仲社管監罰決字〔2025〕第14號, m.amberdms.com/bmpd/shswglj/tzgg/content/post_5603294.html: a 个体工商户 fined for two child
# workers, each described with the birth date, 童工肖*玉(女,漢族,2011年6月2日出生); the operator is an adult.)
@pytest.mark.parametrize("text", [
    "当事人：甘州区瓌瓋小卖部，经营者：祁瓐瓑，男，1980年3月5日出生，汉族。当事人招用童工祁瓑瓐（女，汉族，2011年6月2日出生）在店内帮工。",
    "当事人：甘州区瓌瓋小卖部。童工肖*玉(女,漢族,2011年6月2日出生)于2025年7月9日入職工作。",
    "当事人祁瓐瓑，2026年3月5日在店内销售过期食品。",  # (a date right after the party is the act's)
    "当事人向未成年人销售烟草制品。",
])
def test_a_child_workers_age_or_the_acts_date_does_not_withhold_an_adult_operator(tmp_path: Path, text: str) -> None:
    assert _status(tmp_path, _shop(违法事实=text)) == "published"


def test_a_persons_age_in_the_text_withholds_and_cannot_publish_a_person_without_a_birth_date(tmp_path: Path) -> None:
    adult_id = person_penalty_row(违法事实="当事人祁瓐瓑（16周岁）无照经营。")  # (the ID says 1985; the text says 16)
    assert _status(tmp_path / "id", adult_id) == "minor"
    passport = person_penalty_row(证件类型="护照", 证件号码="E71710001", 违法事实="当事人祁瓐瓑，男，1980年3月5日出生，无照经营。")
    assert _status(tmp_path / "passport", passport) == "age-unknown"  # (privacy.md: only 出生日期 tells a document's age)


# -- Homes (privacy.md: natural persons' home addresses are never public), and the business's place beside them.


# 住址 is a person's word (the 住址 of a 身份证, GB 11643's holder; the 格式范本's 当事人基本情况 of a person); an organisation
# has a 住所 (《民法典》 art. 63). h15n.md left `住 址：…六社45号` in an organisation's record with no person named.
@pytest.mark.parametrize("lead", ["住址：", "住 址：", "住　址："])
def test_a_dwelling_after_zhuzhi_is_masked_in_an_organisations_record(lead: str) -> None:
    text = f"当事人：甘州区华强商贸有限公司，法定代表人：赵六。{lead}甘州区南华村六社45号，未公示年报。"
    assert scrub_text(text, prose=False) == f"当事人：甘州区华强商贸有限公司，法定代表人：赵六。{lead}{MASK}，未公示年报。"


@pytest.mark.parametrize("text", [
    "当事人：甘州区华强商贸有限公司，住所：甘州区南华村六社45号，未公示年报。",  # (住所: the organisation's seat)
    "当事人：甘州区华强商贸有限公司（住所：甘州区县府街58号），未公示年报。",
])
def test_an_organisations_seat_stays(text: str) -> None:
    assert scrub_text(text, prose=False) == text


# A 12315 summary: where the fitter put the goods is the buyer's house (h15n.md left 安装于…45号); a company's equipment in
# its works stays (《特种设备安全法》 art. 33: 使用登记 of a 压力容器 where it is installed).
@pytest.mark.parametrize("verb", ["安装于", "安装在", "装在"])
def test_the_house_a_fitter_went_to_is_masked(verb: str) -> None:
    text = f"投诉人反映空调{verb}甘州区南华村六社45号，安装后漏水，要求退货。"
    assert scrub_text(text, prose=False) == f"投诉人反映空调{verb}{MASK}，安装后漏水，要求退货。"


@pytest.mark.parametrize("text", [
    "当事人的压力容器安装于甘州区华强工业园区58号厂房内，未办理使用登记。",
    "当事人的锅炉安装于甘州区南华村六社45号的厂房内，未办理使用登记。",
])
def test_a_companys_equipment_in_its_works_stays(text: str) -> None:
    assert scrub_text(text, prose=False) == text


# 住所 in a bracket right after a person (《民法典》 art. 25: a natural person's 住所 is the domicile of the 户籍); after a
# business, its seat.
def test_zhusuo_in_a_bracket_after_a_person_is_masked_and_after_a_business_stays() -> None:
    assert scrub_text("当事人祁某（住所：甘州区南关小区3号楼2单元401室）无照经营。", prose=False) == f"当事人祁某（住所：{MASK}）无照经营。"
    assert scrub_text("经营者祁瑞峰（住所：甘州区南华村六社45号），无照经营。", prose=False).endswith(f"（住所：{MASK}），无照经营。")
    business = "当事人甘州区华强商贸有限公司（住所：甘州区南华村六社45号），未公示年报。"
    assert scrub_text(business, prose=False) == business


# 门牌 as written (GB/T 23705-2009 地址编码; a flat written building-entrance-flat with another dash or a slash, a building
# lettered before its number), a north-eastern hamlet (屯, the 自然村 where rural addresses end: …乡…屯), a cell wrapped inside
# a place's name or with a Windows line end, a native place ending the text (…六社45号人).
@pytest.mark.parametrize("text, private", [
    ("当事人祁某，住甘州区南关小区3—2—401，无照经营。", "401"),
    ("当事人祁某，住甘州区南关小区3/2/401，无照经营。", "401"),
    ("当事人祁某，住甘州区南关小区B3-1202，无照经营。", "1202"),
    ("当事人祁某，住依安县新兴乡太平屯，无照经营。", "太平屯"),
    ("当事人祁某，家住依安县新兴乡新兴村太平屯，无照经营。", "太平屯"),
    ("当事人祁某，住址：甘州区南华\n村六社45号，无照经营。", "45号"),
    ("当事人祁某，家住甘州区南华村六社\r\n45号，无照经营。", "45号"),
    ("当事人祁某，男，汉族，甘州区南华村六社45号人", "45号"),
    ("当事人祁某，甘州区南华村六社人", "六社"),
])
@pytest.mark.parametrize("person", [False, True])
def test_a_home_in_a_new_shape_is_masked_and_the_act_stays(text: str, private: str, person: bool) -> None:
    out = scrub_text(text, person=person, prose=False)
    assert private not in out and MASK in out
    assert out.startswith("当事人祁某，") and ("无照经营" in out) == ("无照经营" in text)


@pytest.mark.parametrize("text", [
    "当事人于5/12/2026前未整改，罚款2000元。",  # (a day-first date is no flat)
    "当事人在屯昌县屯城镇销售过期食品。",  # (a county named 屯…, with no home word)
    "当事人在甘州区南关小区B区销售过期食品。",
])
def test_dates_and_places_like_the_new_shapes_stay(text: str) -> None:
    assert scrub_text(text, prose=False) == text


# -- Organisations' bank accounts (《人民币银行结算账户管理办法》 arts. 3 and 13: 基本存款账户, 一般存款账户; ISO 13616 IBAN),
# masked already on main: kept here with the bank's name and the amount beside them.
@pytest.mark.parametrize("text, account, public", [
    ("当事人开户行：中国农业银行张掖甘州支行，账号：27150101040012345。", "27150101040012345", "中国农业银行张掖甘州支行"),
    ("当事人以对公账户2715 0101 0400 1234 6收取货款共计3.2万元。", "0400 1234", "收取货款共计3.2万元"),
    ("退还当事人账户：甘肃银行甘州支行，账号27150101\n040012348。", "040012348", "甘肃银行甘州支行"),
    ("货款汇入IBAN DE89 3704 0044 0532 0131 49，违反《对外贸易法》第三十四条。", "0532 0131", "《对外贸易法》第三十四条"),
])
def test_an_organisations_account_is_masked_and_the_bank_stays(text: str, account: str, public: str) -> None:
    out = scrub_text(text, prose=False)
    assert account not in out and public in out


def test_a_licence_number_after_an_account_word_stays() -> None:
    text = "当事人平台登录账号为其许可证号JY16207020017140，缴款通知书编号甘州市监罚〔2026〕171999号。"
    assert scrub_text(text, prose=False) == text


# -- A home typed into a name cell (the 法定代表人 cell of an organisation, the party's name): on main the gate found it and
# stopped the whole publication (nothing leaked, everything lost). Masked in the cell; the representative's name and the
# company's own address after its name stay. (国市监法发〔2021〕42号 格式范本: 法定代表人 …，住… in 当事人基本情况, pasted
# whole into the export's cell.)
@pytest.mark.parametrize("column, cell, expected", [
    ("法定代表人", "赵六，住甘州区南华村九社9号", f"赵六，住{MASK}"),
    ("法定代表人", "赵六（家住甘州区南华村九社10号）", f"赵六（{MASK}）"),
    ("法定代表人", "赵六", "赵六"),
    ("行政相对人名称", "甘州区华强商贸有限公司（法定代表人赵六住甘州区南华村九社11号）", f"甘州区华强商贸有限公司（法定代表人赵六住{MASK}）"),
    ("行政相对人名称", "甘州区华强商贸有限公司（甘州区县府街58号）", "甘州区华强商贸有限公司（甘州区县府街58号）"),
])
def test_a_home_typed_into_a_name_cell_is_masked_and_the_record_publishes(tmp_path: Path, column: str, cell: str,
                                                                           expected: str) -> None:
    run = run_pipeline(write_folder(tmp_path / "data", {"penalties": [penalty_row(**{column: cell})]}), AS_OF)
    frame = run.decided.frames["penalties"]
    assert frame.iloc[0][column] == expected
    assert run.status("penalties", str(frame.iloc[0][KEY])) == "published"


# Homes named in other ways (国市监法发〔2021〕42号 格式范本's 当事人基本情况 for several parties, 当事人祁某、王某均住…; a
# 现场检查笔录's 在其家中…，地址为…; a row of a table pasted with | between its cells; a villager's house after the person,
# …六社45号村民; a house moved to and lived in, 搬迁到…居住).
@pytest.mark.parametrize("text, private", [
    ("当事人：祁某、王某，均住甘州区南华村六社45号，无照经营。", "六社45号"),
    ("当事人祁某在其家中私屠滥宰，地址为甘州区南华村六社45号，无照经营。", "六社45号"),
    ("当事人|祁某|甘州区南华村六社45号|无照经营", "六社45号"),
    ("当事人祁某，甘州区南华村六社45号村民，无照经营。", "六社45号"),
    ("当事人祁某搬迁到甘州区南华村六社45号居住，无照经营。", "六社45号"),
])
def test_a_home_named_otherwise_is_masked_and_the_act_stays(text: str, private: str) -> None:
    out = scrub_text(text, prose=False)
    assert private not in out and MASK in out and "无照经营" in out


@pytest.mark.parametrize("text", [
    "两家公司均位于甘州区南华村六社45号厂房内生产。",
    "当事人于5/12/2026前将设备搬迁到甘州区南华村六社45号厂房生产。",
    "当事人|甘州区华强商贸有限公司|甘州区县府街58号|未公示年报",
])
def test_a_business_place_beside_the_same_words_stays(text: str) -> None:
    assert scrub_text(text, prose=False) == text
