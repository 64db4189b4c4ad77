"""Personal data an outsider (h20o, session 14: /work/notes/h20o.md) found published on main, and public facts it found
destroyed, fixed in detect, deidentify, validate and report (h20p): numbers split by symbols and emoji, minors whose
age was written into a name cell or a passport's date, dates of birth in text, homes as coordinates, as a bracket or a
title number, platform handles, a soldier's card, a passport's machine-readable zone, and the staff report's own stop
message. Through the public entry points: `scrub_text` (one cell as the site publishes it), `scan_outputs` (the leak
gate), the data stages (`run_pipeline`) where the age rule decides a record, and `write_report` (the staff report).
Each shape is tested both ways: the private value is masked (or the minor's record withheld) AND the public fact beside
it (the act, the law, a time, a standard, a size, an adult's record, a business's place) is still published.

Values are synthetic; each group names the outsider's case folder its shape comes from. The same shapes, built into a
site and every output byte read, are tests/hostile/corpus_adv15_numbers.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.deidentify import scrub_text
from generator.gate import leak_sentence
from generator.report import write_report
from generator.scan import Leak, scan_outputs
from tests.helpers import (
    make_id,
    make_uscc,
    penalty_row,
    penalty_status,
    person_penalty_row,
    run_pipeline,
    write_folder,
)

MASK = "[已隐去]"
AS_OF = "2026-12-07"
LAW = "违反了《中华人民共和国食品安全法》第三十四条的规定。"
ID = make_id("19860412", 123)  # an adult's valid 身份证 number (GB 11643)


def _status(tmp_path: Path, row: dict[str, str]) -> str:
    """The publication status of one penalty row, as of AS_OF."""
    return penalty_status(tmp_path, row, AS_OF)


# -- L1_phone_symbol_separators, L13_id_symbol_every_digit: symbols and emoji (Unicode So, Sm, Sk; ASCII : ' ~ |) typed
# between the groups of a number or after every digit, as chat and social posts decorate numbers to dodge filters.

@pytest.mark.parametrize(("text", "private"), [
    (f"经查，举报人电话1390🔸1936🔸1800。{LAW}", "1390🔸1936"),
    (f"经查，举报人电话1394→1936→1804。{LAW}", "1394→1936"),
    (f"经查，举报人电话1397｜1936｜1807。{LAW}", "1397｜1936"),
    (f"经查，举报人电话1395:1936:1815。{LAW}", "1395:1936"),
    (f"经查，举报人电话1396'1936'1816。{LAW}", "1396'1936"),
    (f"经查，举报人电话0936~8212346。{LAW}", "8212346"),
    (f"经查，举报人电话1❤3❤9❤1❤9❤3❤6❤1❤8❤2❤4。{LAW}", "1❤3❤9❤1❤9❤3❤6"),
    (f"经查，举报人139❤️1936❤️1834。{LAW}", "1936❤️1834"),
    (f"经查，员工身份证{'❤'.join(ID)}。{LAW}", "❤".join(ID[6:14])),
    (f"经查，举报人座机0936❤821❤2346。{LAW}", "821❤2346"),
    (f"经查，举报人QQ：1391❤9361❤82。{LAW}", "9361❤82"),
    (f"经查，举报人邮箱kuangzy🔸@🔸example.com。{LAW}", "kuangzy"),
])
def test_a_number_split_by_symbols_or_emoji_is_masked_and_the_law_stays(text: str, private: str) -> None:
    out = scrub_text(text)
    assert private not in out and MASK in out, out
    assert out.startswith("经查，") and out.endswith(LAW), out


@pytest.mark.parametrize("text", [
    "营业时间08:30~17:30，电话咨询。", "工作时间9:00:00至17:30:00", "执行GB 2760—2014标准", "包装尺寸1200×800×600mm",
    "有效期2026年3月→2026年5月", "检测值0.05★0.08", "比例1:1000", "批次号20260305★001", "罚款金额5,000元",
])
def test_times_sizes_standards_and_ranges_with_the_same_marks_stay(text: str) -> None:
    assert scrub_text(text) == text


def test_the_leak_gate_finds_a_number_split_by_symbols(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "split.html").write_text(f"<p>举报人1❤3❤9❤1❤9❤3❤6❤1❤8❤2❤4，身份证{'❤'.join(ID)}</p>", encoding="utf-8")
    (site / "public.html").write_text("<p>营业时间08:30~17:30，包装尺寸1200×800×600mm</p>", encoding="utf-8")
    leaks = scan_outputs(site, [], [])
    assert {leak.output for leak in leaks} == {"split.html"}, leaks
    assert len(leaks) == 2, leaks


# -- L8_birth_yymmdd_minor: a passport's 出生日期 as its machine-readable zone prints it, YYMMDD (ICAO Doc 9303 Part 3,
# 4.2.2): 080902 is 2008-09-02 (a minor on the decision date), not the month 0809-02.

@pytest.mark.parametrize(("born", "status"), [("080902", "minor"), ("860412", "published"), ("198001", "published"),
                                              ("200904", "minor")])
def test_a_six_figure_birth_date_of_a_passport_holder(tmp_path: Path, born: str, status: str) -> None:
    row = person_penalty_row(证件类型="护照", 证件号码="E12340017", 出生日期=born)
    assert _status(tmp_path, row) == status


# -- L19_minor_operator_age_shapes, L20_person_name_cell_minor: the age or birth in brackets after the name in a 个体工商户
# operator's cell or a natural person's name cell, with an adult's 身份证 in the ID column. A year or month alone is read
# as its last day: a person who may have been under 18 on the decision date (2026-03-05) on any day of it is withheld.

MINOR_ASIDES = ["（17岁）", "（十七周岁）", "（未成年）", "（2009年生）", "（2009年4月出生）", "（二〇〇九年三月出生）", "（生于2009年3月）",
                "（出生日期：20090305）", "（2009年4月17日出生）", "（学生，2010年生）", "（2008年生）"]
ADULT_ASIDES = ["（40岁）", "（1985年生）", "（女）", "（2007年生）"]  # (2007-12-31: 18 on 2026-03-05 whatever the day)


def _shop(operator: str) -> dict[str, str]:
    return penalty_row(行政相对人名称="甘州区瓛瓟小卖部", 行政相对人类别="个体工商户", 统一社会信用代码=make_uscc(91501, prefix="92"),
                       法定代表人=operator, 法定代表人证件类型="身份证", 法定代表人证件号码=ID)


@pytest.mark.parametrize("aside", MINOR_ASIDES)
def test_a_minor_operators_age_in_the_name_cell_withholds_the_record(tmp_path: Path, aside: str) -> None:
    assert _status(tmp_path, _shop(f"祁瓐瓑{aside}")) == "minor"


@pytest.mark.parametrize("aside", MINOR_ASIDES)
def test_a_natural_persons_age_in_the_name_cell_withholds_the_record(tmp_path: Path, aside: str) -> None:
    assert _status(tmp_path, person_penalty_row(行政相对人名称=f"祁瓐瓑{aside}", 证件号码=ID)) == "minor"


@pytest.mark.parametrize("aside", ADULT_ASIDES)
def test_an_adults_age_in_the_name_cell_publishes(tmp_path: Path, aside: str) -> None:
    assert _status(tmp_path / "shop", _shop(f"祁瓐瓑{aside}")) == "published"
    assert _status(tmp_path / "person", person_penalty_row(行政相对人名称=f"祁瓐瓑{aside}", 证件号码=ID)) == "published"


def test_a_name_cells_adult_age_does_not_make_a_passport_holders_age_known(tmp_path: Path) -> None:
    row = person_penalty_row(行政相对人名称="祁瓐瓑（1980年生）", 证件类型="护照", 证件号码="E12340018")
    assert _status(tmp_path, row) == "age-unknown"  # (privacy.md: only 出生日期 tells a document's age)


# -- L3_birth_date_shapes: a third person's birth date in the text.

@pytest.mark.parametrize(("text", "private"), [
    ("当事人雇佣2015年3月生的员工从事搬运。", "2015年3月"), ("当事人雇佣二〇一六年生员工从事搬运。", "二〇一六年"),
    ("当事人雇佣2015.3生员工从事搬运。", "2015.3"), ("当事人雇佣出生于二〇一二年员工从事搬运。", "二〇一二"),
    ("当事人雇佣1990.05.06生员工从事搬运。", "1990.05.06"), ("当事人雇佣出生年份：1988员工从事搬运。", "1988"),
])
def test_a_birth_date_in_the_text_is_masked(text: str, private: str) -> None:
    out = scrub_text(text)
    assert private not in out and MASK in out, out
    assert out.startswith("当事人雇佣") and out.endswith("员工从事搬运。"), out


@pytest.mark.parametrize("text", ["该批产品2026年3月生产，2026年5月生效。", "2026年3月生鲜区检查", "《食品安全法》2015年修订"])
def test_a_products_or_a_laws_dates_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- L4_home_coordinates: a home given as coordinates or a map's link after a word for a home.

@pytest.mark.parametrize(("text", "private"), [
    ("举报人家住（坐标38.932411,100.455312）。", "38.932411"), ("举报人家庭住址定位：N38.932412 E100.455312。", "100.455312"),
    ("举报人住址经纬度100.455313,38.932413。", "38.932413"),
    ("举报人现住：https://uri.amap.com/marker?position=100.455314,38.932414。", "amap"),
    ("举报人家住万达小区（高德定位 38.9324151,100.4553151）。", "38.9324151"),
])
def test_coordinates_of_a_home_are_masked(text: str, private: str) -> None:
    out = scrub_text(text)
    assert private not in out and MASK in out, out
    assert out.startswith("举报人") and out.endswith("。"), out


@pytest.mark.parametrize("text", ["当事人门店位于（坐标38.932411,100.455312）。", "家住甘州区罚款0.5000,1.2345万元",
                                  "举报人家住甘州区，门店坐标38.932411,100.455312。"])
def test_a_shops_coordinates_and_amounts_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- L10_platform_handles, L17_soldier_id, L18_passport_mrz, O4_words_read_as_names.

@pytest.mark.parametrize(("text", "private"), [
    ("举报人快手ID：kzy1986ks。", "kzy1986ks"), ("举报人B站UID：12345678。", "12345678"),
    ("举报人微博UID 5019360527。", "5019360527"), ("举报人闲鱼ID：xy_kzy02。", "xy_kzy02"),
    ("举报人视频号：kzy_sph05。", "kzy_sph05"), ("举报人京东账号jd_kzy07。", "jd_kzy07"),
    ("举报人哔哩哔哩账号：kzy_bili08。", "kzy_bili08"),
])
def test_a_platform_handle_after_its_apps_word_is_masked(text: str, private: str) -> None:
    out = scrub_text(text)
    assert private not in out and out.startswith(text[:5]), out


@pytest.mark.parametrize("text", ["UID：1234", "当事人在B站发布视频2026年3月5日", "京东账号登录"])
def test_an_apps_name_without_an_id_stays(text: str) -> None:
    assert scrub_text(text) == text


def test_a_soldiers_card_number_is_masked_and_the_card_word_stays() -> None:
    out = scrub_text(f"经查，员工士兵证：陆字第0012345号。{LAW}")
    assert out == f"经查，员工士兵证：{MASK}。{LAW}"


# ICAO Doc 9303 Part 4, Appendix A: the specimen TD3 data page (L898902C3, UTO, 740812, F, 120415).
@pytest.mark.parametrize(("text", "private"), [
    ("外籍员工护照号码：P<CHNKUANG<<ZHIYUAN<<<<。", "KUANG"),
    ("外籍员工护照机读码：E123456784CHN8604121M3101015。", "E12345678"),
    ("机读码：L898902C36UTO7408122F1204159ZE184226B<<<<<10", "L898902C3"),
])
def test_a_passports_machine_readable_zone_is_masked(text: str, private: str) -> None:
    out = scrub_text(text)
    assert private not in out and out.startswith(text.split("：")[0] + "："), out


def test_a_model_number_with_letters_and_digits_stays() -> None:
    assert scrub_text("型号ABC1234567M1234567") == "型号ABC1234567M1234567"


# -- L9_getihu_address_is_home, L12_property_cert_number.

def test_an_address_a_bracket_calls_a_home_is_masked_and_a_business_place_stays() -> None:
    assert scrub_text("当事人地址：甘州区西关街3号院5号（经营者住处）。") == f"当事人地址：{MASK}（经营者住处）。"
    assert scrub_text("当事人地址：甘州区西关街3号（经营场所）。") == "当事人地址：甘州区西关街3号（经营场所）。"


def test_a_flat_after_a_street_number_is_masked_whole() -> None:
    assert scrub_text(f"经查，法定代表人联系地址：甘州区新乐路16号4-2-501。{LAW}") == f"经查，法定代表人联系地址：{MASK}。{LAW}"


def test_a_homes_title_number_is_masked_and_a_factorys_stays() -> None:
    # (不动产权证书's number as 《不动产登记暂行条例实施细则》 has it printed: 甘（2021）甘州区不动产权第0054321号)
    out = scrub_text("经查，员工自有住房不动产权证号：甘（2021）甘州区不动产权第0054321号。")
    assert out == f"经查，员工自有住房不动产权证号：{MASK}。"
    factory = "当事人厂房不动产权证号：甘（2021）甘州区不动产权第0054322号"
    assert scrub_text(factory) == factory
    assert scrub_text("当事人不动产权证号：甘（2021）甘州区不动产权第0054321号", person=True) == f"当事人不动产权证号：{MASK}"


# -- O3_report_stop_message_masked: the staff report printed the gate's stop as 隐私检查***发布的 … 请改正该单***的个人信息.

def test_the_staff_report_prints_the_gates_stop_message_whole(tmp_path: Path) -> None:
    run = run_pipeline(write_folder(tmp_path / "data", {"penalties": [penalty_row()]}), AS_OF)
    message = leak_sentence([Leak("data/penalties.csv", "形似手机号码的内容")], run.decided)
    write_report(tmp_path / "rep", {"as_of": AS_OF, "kinds": {}, "aborted": message + "（文件 王翀翮13993687098.csv）"}, [],
                 run.validated)
    page = (tmp_path / "rep" / "index.html").read_text(encoding="utf-8")
    summary = json.loads((tmp_path / "rep" / "summary.json").read_text(encoding="utf-8"))
    assert message in page and message in summary["aborted"], summary["aborted"]
    assert "13993687098" not in page and "翀翮" not in page  # (what it quotes is still masked)
