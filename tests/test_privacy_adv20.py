"""Personal data an outsider (h21q, session 15: /work/notes/h21q.md) found published on main after the h21p fixes, fixed
by h21r: birth dates written as 8 compact digits or with 正月/元月, minors' birth years in a name cell, foreign phones
in brackets or with long dashes, HKIDs with a dash, circled digits, foreigners' permits in traditional characters, a
person's 住所 after 的, and an organisation's 被申请人住所 that was masked. Through the public entry points: `scrub_text`
(one cell as the site publishes it), the data stages (`penalty_status`: the age rule) and `build_site`. Each shape is
tested both ways: the private value is masked (or the minor's record withheld) AND the public fact beside it is still
published.

Values are synthetic; each group names the outsider's case folder its shape comes from.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.build import BuildOptions, build_site
from generator.deidentify import scrub_text
from tests.helpers import license_row, make_id, penalty_status, person_penalty_row, write_folder

MASK = "[已隐去]"
LAW = "违反了《中华人民共和国食品安全法》第三十四条的规定。"
AS_OF = "2026-12-07"
ID = make_id("19860412", 123)  # an adult's valid 身份证 number (GB 11643)


# -- Q6_birth_compact_and_lunar_month: a birth date as 8 digits (YYYYMMDD, the way GB 11643's identity number carries it)
# before 出生/生 or after 出生：, and 正月/元月 for January (the first month's traditional names) before 出生 or after
# 出生日期. The inspection date and the law article beside it stay.

@pytest.mark.parametrize(("text", "secret"), [
    ("员工19900120出生。", "19900120"), ("员工19900121生。", "19900121"), ("员工出生：19900123。", "19900123"),
    ("员工1990年正月24日出生。", "正月24日"), ("员工公历一九九〇年元月二十八日出生。", "元月二十八日"),
    ("员工出生日期：1990年元月22日。", "元月22日"),
])
def test_a_compact_or_first_month_birth_date_is_masked_and_the_facts_beside_it_stay(text: str, secret: str) -> None:
    out = scrub_text("2026年元月12日检查发现，" + text + LAW)
    assert secret not in out and MASK in out
    assert out.startswith("2026年元月12日检查发现") and "第三十四条" in out


@pytest.mark.parametrize("text", ["批号20240101生产的饮料12瓶。", "生产日期：20240101，保质期12个月。", "2026年元月5日检查。"])
def test_a_production_date_or_an_inspection_in_the_first_month_stays(text: str) -> None:
    assert scrub_text(text) == text


# -- Q10_minor_zodiac_year_name_cell: a natural person whose name cell gives a year alone in its brackets (隗浩辛（2010年）,
# with a zodiac sign: （属虎，2010年）, （生肖猴，2016年）) while the ID column holds an adult's 身份证: the year beside the
# name is the person's birth year (decided: the brackets describe the person; the case's dates have their own columns),
# read as its last day, so a possible minor's record is withheld. An adult's year publishes the record, name masked.

@pytest.mark.parametrize("aside", ["（属虎，2010年）", "（生肖猴，2016年）", "（2010年）", "（二〇一〇年）", "（男，2010年）"])
def test_a_birth_year_alone_in_a_name_cells_brackets_withholds_a_minors_record(tmp_path: Path, aside: str) -> None:
    assert penalty_status(tmp_path, person_penalty_row(行政相对人名称=f"隗甓甑{aside}", 证件号码=ID), AS_OF) == "minor"


@pytest.mark.parametrize("aside", ["（属虎，1986年）", "（1980年）", "（10年）", "（属猴）"])
def test_an_adults_year_or_a_zodiac_sign_alone_publishes_the_record(tmp_path: Path, aside: str) -> None:
    assert penalty_status(tmp_path, person_penalty_row(行政相对人名称=f"隗甓甑{aside}", 证件号码=ID), AS_OF) == "published"


# -- Q3_foreign_phone_brackets_dashes: a Hong Kong or Taiwan phone with its country code in brackets, with or without the
# 00 prefix (ITU-T E.123 brackets the part that may be left out), or with a long dash after the code (852—61234583: a
# word processor's em or en dash for a hyphen). HK numbers are eight digits opening with 2-9 (OFCA's numbering plan),
# Taiwan's mobiles nine after 886 (NCC). The law article and a bracketed year before an amount stay.

@pytest.mark.parametrize(("phone", "secret"), [
    ("（00852）61234582", "61234582"), ("852—61234583", "61234583"), ("852–61234593", "61234593"),
    ("(00886)912345683", "912345683"), ("(852)-6123-4590", "4590"), ("（852）6123 4591", "4591"),
])
def test_a_foreign_phone_with_its_code_in_brackets_or_a_long_dash_is_masked_whole(phone: str, secret: str) -> None:
    out = scrub_text(f"当事人联系电话{phone}。" + LAW)
    assert secret not in out and "[已隐去]" in out and "第三十四条" in out


@pytest.mark.parametrize("text", ["罚款（2026）12345678元。", "批号(00852)12345678号。"])
def test_a_bracketed_year_or_a_batch_number_is_no_foreign_phone(text: str) -> None:
    assert scrub_text(text) == text


# -- Q1_hkid_dash: a Hong Kong identity card number (a letter, six digits, a check character; Immigration Department's
# scheme) written with a dash after the letter or before the check digit, after its word.

@pytest.mark.parametrize("text", ["香港身份證號碼：K-731205(9)。", "香港身份证K731215-6。", "香港身份证号码：K－731205（9）。"])
def test_an_hkid_with_a_dash_after_its_word_is_masked(text: str) -> None:
    out = scrub_text("员工" + text + LAW)
    assert "731205" not in out and "731215" not in out and "第三十四条" in out


# -- Q5_traditional_permit_words: the foreigners' documents' words in traditional characters (居留許可證號, 居留證號碼,
# 工作許可證號, 簽證號碼: the forms of Hong Kong, Macau and Taiwan print them so) read as the simplified ones.

@pytest.mark.parametrize(("text", "secret"), [
    ("居留許可證號：甘0012346", "0012346"), ("居留證號碼：甘0012347", "0012347"), ("工作許可證號：GZ12345678", "GZ12345678"),
    ("簽證號碼：V12345678", "V12345678"),
])
def test_a_foreigners_document_after_its_traditional_word_is_masked(text: str, secret: str) -> None:
    out = scrub_text("外籍员工" + text + "。" + LAW)
    assert secret not in out and "第三十四条" in out


def test_a_traditional_word_is_read_in_a_long_text_too() -> None:
    out = scrub_text("执法人员检查发现当事人经营场所内摆放超过保质期的饮料。" * 120 + "簽證號碼：V12345678。" + LAW)
    assert len(out) > 2048 and "V12345678" not in out and out.endswith(LAW)


def test_a_licence_number_after_its_traditional_word_stays() -> None:
    assert scrub_text("食品經營許可證號：JY16207020012345。") == "食品經營許可證號：JY16207020012345。"


# -- Q2_home_after_possessive_zhusuo: a person's 住所 (domicile, 《民法典》 art. 25) written with 的 between the person and the
# word (举报人的住所：…, 当事人员工的住所), or as 的家 (举报人的家：…), in an organisation's record. The organisation, the law
# article and a 家具店 (的家 that is no home) stay.

@pytest.mark.parametrize(("text", "secret"), [
    ("举报人的住所：甘州区南关街道4栋2单元506室。", "2单元506室"), ("投诉人的住所：甘州区南街4栋2单元516室。", "2单元516室"),
    ("当事人员工的住所：甘州区西街6号楼1单元101室。", "1单元101室"), ("举报人的家：甘州区东街7栋2单元202室。", "2单元202室"),
    ("举报人之住所：甘州区东街7栋2单元203室。", "2单元203室"),
])
def test_a_persons_home_after_de_is_masked_and_the_organisation_stays(text: str, secret: str) -> None:
    out = scrub_text("张掖市甓甑商贸有限公司销售过期食品，" + text + LAW)
    assert secret not in out and out.startswith("张掖市甓甑商贸有限公司销售过期食品") and "第三十四条" in out


def test_a_furniture_shop_after_de_is_no_home() -> None:
    text = "举报人的家具店位于甘州区东街7号。举报人的家人称当日未在场。"
    assert scrub_text(text) == text


# -- O2_party_role_bei_shenqingren_seat: in an organisation's record, 被申请人住所 (被投诉人, 被举报人) is the organisation's
# registered seat (《民法典》 art. 63), the party complained of: public, as 当事人住所 is. The 申请人's own 住所 stays masked.

@pytest.mark.parametrize("role", ["被申请人", "被投诉人", "被举报人"])
def test_the_respondent_organisations_seat_stays_and_the_applicants_home_is_masked(role: str) -> None:
    text = f"经查，{role}住所：张掖市甘州区南环路170号。申请人住所：甘州区东街7栋2单元204室。" + LAW
    out = scrub_text(text)
    assert f"{role}住所：张掖市甘州区南环路170号。" in out and "2单元204室" not in out and "第三十四条" in out


# -- Q13_home_after_zhu_comma: 住 and an address after an agent or contact named by a role word the complainants' rule did
# not list (经办人佴浩洋，住…, in a licence's 备注): the person's home, masked on every surface of the licence; the licence's
# number and the company stay. 住所 after the agent is left to the seat rules (a company has a 住所 too).

@pytest.mark.parametrize(("text", "secret"), [
    ("经办人佴浩洋，住甘州区南街3栋2单元301室", "2单元301室"), ("由联系人张某，住甘州区南街5栋2单元302室", "2单元302室"),
    ("经办人：隗子轩，住甘州区北街8号", "北街8号"),
])
def test_a_home_after_an_agent_in_a_licence_remark_is_masked(tmp_path: Path, text: str, secret: str) -> None:
    row = license_row(行政相对人名称="张掖市甓甑商贸有限公司", 备注=text)
    write_folder(tmp_path / "data", {"licenses": [row]})
    build_site(BuildOptions(tmp_path / "data", tmp_path / "site", tmp_path / "report", dt.date.fromisoformat(AS_OF),
                            state_dir=tmp_path / "state"))
    published = (tmp_path / "site" / "data" / "licenses.csv").read_text(encoding="utf-8-sig")
    assert "张掖市甓甑商贸有限公司" in published and row["许可编号"] in published and "，住" in published
    assert not any(secret in p.read_text(encoding="utf-8", errors="ignore") for p in (tmp_path / "site").rglob("*")
                   if p.is_file() and p.suffix in (".html", ".csv", ".json", ".jsonl"))


def test_lodging_after_an_agent_is_no_home() -> None:
    assert scrub_text("经办人核实，住宿费300元已退还。") == "经办人核实，住宿费300元已退还。"


# -- Q4_circled_digit_phone: ten digits after a phone's word (手机号：①③⑨①⑨③⑥①⑧⑦, circled digits read as digits, Unicode
# Enclosed Alphanumerics U+2460-2468; or plain, 1391936187): a mobile short of one digit still gives all but one digit of a
# person's number, masked as the 7-8-digit landline after its word is. A 400 hotline and 12315 stay.

@pytest.mark.parametrize("number", ["①③⑨①⑨③⑥①⑧⑦", "1391936187", "139193618"])
def test_nine_or_ten_digits_after_a_phone_word_are_masked(number: str) -> None:
    out = scrub_text(f"当事人手机号：{number}。" + LAW)
    assert number not in out and "⑧⑦" not in out and "[已隐去]" in out and "第三十四条" in out


@pytest.mark.parametrize("text", ["服务热线：4008123456。", "投诉电话：12315。", "联系电话于2026010112时拨打。"])
def test_a_hotline_or_a_date_after_a_phone_word_stays(text: str) -> None:
    assert scrub_text(text) == text


# -- Q11_property_cert_and_home_coordinates (borderline; decided): the unified 不动产权证书's number (甘（2020）张掖市不动产权第
# 0012345号, 《不动产登记暂行条例实施细则》's format) is masked after a home's word, as h20p decided (a factory's in an
# organisation's record stays public: tests/test_privacy_adv15.py); coordinates and an Open
# Location Code (plus code) in a sentence about a home (住户) are masked as an address. A shop's coordinates, the
# certificate's year and the law article stay.

@pytest.mark.parametrize(("text", "secret", "kept"), [
    ("举报人自有住房不动产权证号：甘（2020）张掖市不动产权第0012345号。", "0012345", "举报人自有住房不动产权证号"),
    ("GPS坐标38.9271,100.4497处的住户反映噪音。", "38.9271", "处的住户反映噪音"),
    ("住户位置8QXW+2F，其反映噪音。", "8QXW+2F", "住户位置"),
])
def test_a_property_title_number_or_a_homes_map_position_is_masked(text: str, secret: str, kept: str) -> None:
    out = scrub_text(text + LAW)
    assert secret not in out and kept in out and "第三十四条" in out


def test_a_shops_coordinates_stay() -> None:
    text = "当事人经营场所GPS坐标38.9271,100.4497，位置8QXW+2F。"
    assert scrub_text(text) == text
