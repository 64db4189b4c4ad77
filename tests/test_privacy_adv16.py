"""Personal data an outsider (h20q, session 14: /work/notes/h20q.md) found published on main after h20p's fixes, and
a public fact it found destroyed, fixed in detect and deidentify (h20r): mobiles and identity numbers with Latin
letters between their digits, in texts, identifier cells and party cells. Through the public entry points:
`scrub_text` (one cell as the site publishes it) and `build_site` (party cells, identifier cells, every output).
Each shape is tested both ways: the private value is masked AND the public fact beside it (the law, the company, its
representative, a standard, a size) is still published.

Values are synthetic; each group names the outsider's case folder its shape comes from.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.build import BuildOptions, build_site
from generator.deidentify import scrub_text
from generator.scan import decoded_text
from tests.helpers import make_id, make_uscc, penalty_row, write_csv

MASK = "[已隐去]"
AS_OF = dt.date(2026, 12, 1)
LAW = "违反了《中华人民共和国食品安全法》第三十四条的规定。"
ID = make_id("19860412", 123)  # an adult's valid 身份证 number (GB 11643)
LETTERED_ID = "".join(c + "a" for c in ID[:-1]) + ID[-1]  # 6a2a0a7a…: a letter after every digit


# -- L1/L2/L4_…: letters between the digit groups (h20q: 139a1936b1824 published as written) -------------------

@pytest.mark.parametrize("number", ["139a1936b1824", "139x1936x1825", "1a3a9a1a9a3a6a1a8a2a6", "139A1936B1827"])
def test_a_mobile_with_letters_between_its_groups_is_masked_and_the_law_stays(number: str) -> None:
    out = scrub_text(f"经查，举报人电话{number}。{LAW}")
    assert number not in out and "1936" not in out
    assert MASK in out and LAW in out


def test_an_id_with_a_letter_after_every_digit_is_masked() -> None:
    out = scrub_text(f"经查，员工身份证号{LETTERED_ID}。{LAW}")
    assert LETTERED_ID not in out and MASK in out and LAW in out


@pytest.mark.parametrize("public", ["符合GB2760标准", "A4纸张", "3x4规格", "分辨率1920x1080", "型号13x1936x18",
                                    "批号20260a1017b3", "规格120x1936x1825mm以上"])
def test_model_numbers_sizes_and_standards_with_letters_stay(public: str) -> None:
    assert scrub_text(f"当事人销售{public}的产品。") == f"当事人销售{public}的产品。"


def test_digits_between_letters_inside_a_longer_token_stay() -> None:
    # A digest or a key's letters are no separators: the whole token is read or nothing (a hex digest in
    # datapackage.json stopped a build when the digits between its letters made a mobile).
    text = f"记录标识ab139a1936b1824cd，校验值9f0139c1936e18241f。{LAW}"
    assert scrub_text(text) == text


def _read_site(root: Path) -> str:
    return "\n".join(decoded_text(p.read_bytes()) for p in sorted(root.rglob("*")) if p.is_file())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("adv16")
    rows = [
        penalty_row(行政相对人名称="甘州区康泰一商贸有限公司", 统一社会信用代码=make_uscc(1601), 法定代表人="赵立群 139x1936x1828",
                    行政处罚决定书文号="甘州市监罚〔2026〕1601号", 违法事实=f"销售过期饮料12瓶，{LAW}"),
        penalty_row(行政相对人名称="甘州区康泰二商贸有限公司（联系人邝志远139x1936x1829）", 统一社会信用代码=make_uscc(1602),
                    行政处罚决定书文号="甘州市监罚〔2026〕1602号", 违法事实=f"销售过期饮料13瓶，{LAW}"),
        penalty_row(行政相对人名称="甘州区康泰三商贸有限公司", 统一社会信用代码=make_uscc(1603), 工商注册号=LETTERED_ID,
                    行政处罚决定书文号="甘州市监罚〔2026〕1603号", 违法事实=f"销售过期饮料14瓶，{LAW}"),
    ]
    write_csv(root / "data" / "penalties" / "p.csv", rows)
    build_site(BuildOptions(root / "data", root / "site", root / "report", AS_OF, state_dir=root / "state"))
    return {"site": _read_site(root / "site"), "report": _read_site(root / "report")}


def test_lettered_numbers_in_party_and_identifier_cells_are_masked_and_the_parties_stay(built: dict[str, str]) -> None:
    for secret in ("1936x1828", "1936x1829", LETTERED_ID):
        assert secret not in built["site"] and secret not in built["report"]
    assert "甘州市监罚〔2026〕1603号" in built["site"]  # the record with the ID as its 工商注册号 is published
    assert "赵立群" in built["site"]  # an organisation's representative is public
    assert "甘州区康泰二商贸有限公司" in built["site"] and "甘州区康泰一商贸有限公司" in built["site"]


# -- L3_email_symbol_for_dot, L19_email_comma_or_spaced (h20q: kzy🔹@🔹example🔹com published as written) ----------

@pytest.mark.parametrize("address", ["kzy🔹@🔹example🔹com", "kzy4@example，com", "kzy5@example,cn", "k z y 1 4 @ 1 6 3 . c o m",
                                     "kzy6@mail❤example❤com"])
def test_an_address_with_a_symbol_or_comma_for_the_dot_or_spaced_out_is_masked(address: str) -> None:
    out = scrub_text(f"经查，员工邮箱 {address}。{LAW}")
    assert "kzy" not in out and "k z y" not in out and "example" not in out and "1 6 3" not in out
    assert MASK in out and LAW in out


@pytest.mark.parametrize("public", ["请关注@甘州市场监管，com后缀的网站不可信", "联系a@b，公司", "转发给@张三，com"])
def test_an_at_sign_before_a_comma_and_a_word_stays(public: str) -> None:
    assert scrub_text(public) == public


# -- L13_platform_handles (h20q: Instagram @kzy.1992, 旺旺号：kzy小店1994 published as written) -----------------------

@pytest.mark.parametrize(("words", "handle"), [("Instagram @", "kzy.1992"), ("推特@", "kzy1993"), ("陌陌号：", "12345679"),
                                               ("YY号：", "1234567891"), ("WeChat ID：", "kzyline04"),
                                               ("旺旺号：", "kzy小店1994"), ("阿里旺旺：", "kzy小店1995")])
def test_a_handle_after_its_apps_name_is_masked_and_the_app_stays(words: str, handle: str) -> None:
    out = scrub_text(f"经查，举报人{words}{handle}。{LAW}")
    assert handle not in out and f"举报人{words}{MASK}" in out and LAW in out


@pytest.mark.parametrize("public", ["当事人在推特上发布广告，", "在YY直播平台、陌陌平台2026年发布", "当事人销售旺旺雪饼20袋，",
                                    "旺旺店铺名称为甘州小店，"])
def test_an_apps_name_and_a_brand_without_an_id_stay(public: str) -> None:
    assert scrub_text(public + LAW) == public + LAW


# -- L14_document_numbers, L20_military_id_shapes (h20q: 士字第0012345号, I<CHN6207021986<<<… published as written) ----

@pytest.mark.parametrize(("words", "number"), [("士官证号：", "士字第0012345号"), ("退役军人优待证号：", "62070200001234"),
                                               ("出生医学证明编号：", "Q620012345"), ("义务兵证：", "陆字第0012349号")])
def test_a_card_number_after_its_word_is_masked_and_the_word_stays(words: str, number: str) -> None:
    out = scrub_text(f"经查，员工{words}{number}。{LAW}")
    assert number not in out and f"员工{words}" in out and MASK in out and LAW in out


def test_an_old_title_deed_number_is_masked_and_its_issuer_stays() -> None:
    out = scrub_text(f"经查，员工房产证号：甘房权证甘州区字第0123457号。{LAW}")
    assert "0123457" not in out and "甘房权证甘州区字第" in out and LAW in out


def test_an_id_cards_td1_machine_readable_line_is_masked() -> None:
    # ICAO Doc 9303 Part 5, 4.2.2: TD1 line 1 (document code, issuing state, document number, check digit, optional data).
    out = scrub_text(f"经查，员工身份证ID:I<CHN6207021986<<<<<<<<<<<<<<<。{LAW}")
    assert "6207021986" not in out and "CHN" not in out and LAW in out


def test_a_bare_military_card_number_is_masked_and_an_offices_decision_word_stays() -> None:
    out = scrub_text(f"经查，员工的证件（火字第0012351号）。{LAW}")
    assert "0012351" not in out and "（火字第" + MASK + "号）" in out
    public = f"根据甘工商海字第0012号决定书，当事人未按规定办理房产证，出具出生医学证明3份，持有优待证的顾客2026年10月起。{LAW}"
    assert scrub_text(public) == public


# -- L9_home_coordinates_shapes (h20q: a home's coordinates in other orders and codes published as written) ----------

@pytest.mark.parametrize(("home", "secret"), [
    ("家住（E100.455312，N38.932411）", "100.455312"),
    ("家住38°55′56.7″N 100°27′19.1″E", "38°55′56.7″"),
    ("住在 https://uri.amap.com/marker?position=100.455313,38.932413 ", "100.455313"),
    ("家：见定位 https://surl.amap.com/3xYzAbC ", "3xYzAbC"),
    # Open Location Code: github.com/google/open-location-code, docs/specification.md.
    ("家住plus code 8Q7X+2CV", "8Q7X+2CV"),
    ("住宅geohash wwvnq8x2", "wwvnq8x2"),
])
def test_a_homes_coordinates_in_other_forms_are_masked_and_the_act_stays(home: str, secret: str) -> None:
    out = scrub_text(f"经查，举报人{home}。{LAW}")
    assert secret not in out and MASK in out and LAW in out


@pytest.mark.parametrize("public", ["当事人经营场所位于E100.455312，N38.932411，", "店铺定位 8Q7X+2CV，",
                                    "住宅小区内销售GB2760+2CV产品，"])
def test_a_shops_coordinates_stay(public: str) -> None:
    assert scrub_text(public + LAW) == public + LAW


# -- L12_flat_block_letter, L21_complaint_pet_names_flats (h20q: 华府B座1203, （5-2-302） after a person published) ------

def test_a_towers_flat_after_a_home_word_is_masked_and_the_law_stays() -> None:
    out = scrub_text(f"经查，举报人住址：新乐路华府B座1203。{LAW}")
    assert "B座1203" not in out and "举报人住址：" in out and LAW in out


@pytest.mark.parametrize("flat", ["5-2-302", "华府B座1203", "3－1－501"])
def test_a_flat_in_brackets_after_a_person_is_masked_and_the_complaint_stays(flat: str) -> None:
    out = scrub_text(f"业主隗女士（{flat}）反映商户销售过期食品。")
    assert flat not in out and f"（{MASK}）反映商户销售过期食品。" in out


@pytest.mark.parametrize("public", ["当事人经营场所位于万达广场A座1201室，", "依据GB/T（5-2-302）标准，", "执行（2026-1-1203）号决定，",
                                    "甘州区华强公司（B座1203）销售过期食品，"])
def test_a_businesss_tower_and_a_standards_number_stay(public: str) -> None:
    assert scrub_text(public + LAW) == public + LAW


# -- O2_passport_label_read_as_name (h20q: 员工Passport No. became 员工P**********.) -------------------------------------

@pytest.mark.parametrize("text", ["经查，员工Passport No. 已核验。", "员工Passport No.栏未填写，"])
def test_an_english_field_label_after_a_role_word_stays(text: str) -> None:
    assert scrub_text(text + LAW) == text + LAW


def test_the_number_after_the_label_and_a_latin_name_after_a_role_word_are_still_masked() -> None:
    out = scrub_text(f"经查，员工Passport No.E12345678已登记，外籍员工John Smith在店。{LAW}")
    assert "E12345678" not in out and "John Smith" not in out and "员工Passport No." in out and LAW in out


@pytest.mark.parametrize("label", ["ID Number：", "ID No. "])
def test_a_document_number_after_an_english_id_label_is_masked_and_an_order_number_stays(label: str) -> None:
    out = scrub_text(f"经查，员工{label}E12345678已登记。{LAW}")
    assert "E12345678" not in out and f"员工{label}{MASK}" in out and LAW in out
    public = f"订单ID number 20260101与发票一致，{LAW}"
    assert scrub_text(public) == public


# -- O4_company_vehicle_plate_vin (h20q, borderline): decided to keep masking. The spec is silent on plates; a plate or
# a VIN is the vehicle's registration (GA 36-2018), and a text's 企业货车 cannot show the vehicle is not registered to a
# person (a 个体户's, the operator's own): privacy first. The company, the act and the law stay.

def test_a_vehicle_plate_and_vin_called_the_companys_are_still_masked_and_the_act_stays() -> None:
    out = scrub_text(f"经查，当事人企业货车号牌甘G·12345，车辆识别代码LFV2A21K8G4012345。{LAW}")
    assert "12345" not in out.replace(LAW, "") and "LFV2A21K8G4012345" not in out
    assert "当事人企业货车号牌" in out and LAW in out
