"""privacy.md, "Masked" and "Never public": names masked, free text scrubbed, secrets gathered."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.deidentify import MASK, Deidentified, deidentify_records, mask_name, scrub_text
from generator.load import load_sources
from generator.schema import NEVER, PLACEHOLDER_USCC
from generator.settings import load_settings
from generator.validate import Validated, ric_check_digit, validate_records
from tests.helpers import (
    AS_OF,
    commitment_row,
    make_id,
    make_uscc,
    penalty_row,
    person_penalty_row,
    uscc_check_char,
    write_csv,
)

PERSON_ID = make_id("19850312", 8)
LETTER_USCC = "91620702MA7123456" + uscc_check_char("91620702MA7123456")
REP_ID = make_id("19700101", 22)

# -- mask_name --------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "masked"), [
    ("张三", "张*"), ("欧阳小明", "欧***"), ("张三丰", "张**"), ("李", "李"), ("", ""), (" 王五 ", "王*"),
    ("阿卜杜拉·买买提", "阿*******"),
])
def test_mask_name_keeps_the_first_character_only(name: str, masked: str) -> None:
    assert mask_name(name) == masked


# -- scrub_text: what goes --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "secret"), [
    (f"当事人身份证号码{PERSON_ID}。", PERSON_ID),
    ("身份证 6207 0219 8503 1200 83 已核实", "620702198503120083"),
    ("6207 0219 8503 1200 17", "620702198503120017"),
    ("620702 19850312 0083", "620702198503120083"),
    ("620702-19850312-0083", "620702198503120083"),
    ("旧身份证号620702850312008，", "620702850312008"),
    (f"张三{PERSON_ID}张三", PERSON_ID),
    ("身份证号62070219900101023x", "62070219900101023X"),
    ("联系电话13912341234", "13912341234"),
    ("电话139-1939-1234。", "13919391234"),
    ("电话139 1939 1234，", "13919391234"),
    ("电话+86 139 1939 1234", "13919391234"),
    ("电话+8613919391234", "13919391234"),
    ("电话：１３９１２３４１２３４", "13912341234"),
    ("电话：１３９－１９３９－１２３４", "13919391234"),
    ("13912341234/13812345678", "13812345678"),
    ("座机0936-8221234", "09368221234"),
    ("座机0936 8221234", "09368221234"),
    ("座机010-62345678", "01062345678"),
    ("邮箱 zhang.san@example.com 联系", "zhang.san@example.com"),
    ("邮箱Wang_Wu+1@mail.gsws.gov.cn。", "Wang_Wu+1@mail.gsws.gov.cn"),
    ("银行卡6222 0212 3456 7890 128", "6222021234567890128"),
    ("银行卡号6222021234567890128", "6222021234567890128"),
    ("卡号：6217-0000-1234-5678", "6217000012345678"),
])
def test_scrub_text_masks_personal_numbers(text: str, secret: str) -> None:
    out = scrub_text(text)
    assert MASK in out
    assert compact(secret) not in compact(out)


def test_scrub_text_masks_the_partys_own_name() -> None:
    text = "张三丰在店内销售过期食品，张三丰当场承认。"
    assert scrub_text(text, ("张三丰",)) == "张**在店内销售过期食品，张**当场承认。"


def test_scrub_text_masks_longer_names_before_shorter_ones() -> None:
    out = scrub_text("欧阳小明与欧阳到场", ("欧阳", "欧阳小明"))
    assert "欧阳小明" not in out and "小明" not in out


def test_scrub_text_leaves_one_character_names_alone() -> None:
    assert scrub_text("王某某到场", ("王",)) == "王某某到场"


@pytest.mark.parametrize("text", ["座机(0936)8221234", "座机（0936）8221234"])
def test_scrub_text_masks_a_landline_with_the_area_code_in_brackets(text: str) -> None:
    assert "8221234" not in scrub_text(text)


@pytest.mark.parametrize("text", ["Tel13912341234", "手机号码Mobile13912341234", f"身份证ID{PERSON_ID}"])
def test_scrub_text_masks_numbers_glued_to_latin_letters(text: str) -> None:
    out = scrub_text(text)
    assert "13912341234" not in out and PERSON_ID not in out


# -- scrub_text: what stays -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "罚款2000元", "罚款人民币20000元整", "没收违法所得12345.67元", "罚款1,000,000元", "罚款 100000 元",
    "罚款金额0.2万元", "2026-01-05", "20260105", "2026/01/05", "2026-01-05 至 2027-01-04", "2026年1月5日",
    "甘州市监罚〔2026〕12号", "（2026）甘0702行初12号", "2026年", "第一百二十四条", "第3条第2款",
    "邮编734000", "编号20260105001", "许可编号JY16207020000001", f"统一社会信用代码{LETTER_USCC}",
    "共计3人，涉案金额5.6万元", "营业面积120平方米",
])
def test_scrub_text_keeps_ordinary_numbers(text: str) -> None:
    assert scrub_text(text) == text


def test_scrub_text_keeps_a_compact_date_range() -> None:
    assert scrub_text("有效期20260105-20270104") == "有效期20260105-20270104"


def test_scrub_text_of_empty_text() -> None:
    assert scrub_text("") == ""


# -- scrub_text: properties -------------------------------------------------------------------

CHINESE = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方"
    "后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合"
    "还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没"
    "结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路"
    "级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研"
)
# What separates a number from the text around it. Not a plain space: "1 13912341234" is
# honestly ambiguous (one number or two?).
BOUNDARY = list("，。；：、（）电话号码为于是的")
SURROUNDING = st.text(alphabet=st.sampled_from(list(CHINESE) + list("abcXYZ0123456789 .,:;()-+@")), max_size=20)


def compact(text: str) -> str:
    """The text with full-width forms folded and the usual digit separators removed."""
    return re.sub(r"[\s\-+]", "", unicodedata.normalize("NFKC", text)).upper()


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text)


@st.composite
def identity_numbers(draw) -> tuple[str, str]:
    """(the number as it might be written, its 18 characters)."""
    region = draw(st.sampled_from(["620702", "110101", "440305", "510104", "650102", "230103"]))
    birth = draw(st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2012, 12, 31)))
    serial = draw(st.integers(0, 999))
    first17 = f"{region}{birth:%Y%m%d}{serial:03d}"
    number = first17 + ric_check_digit(first17)
    style = draw(st.sampled_from(["plain", "lower", "6-8-4", "4-4-4-4-2", "dashes", "full-width"]))
    written = {
        "plain": number,
        "lower": number.lower(),
        "6-8-4": f"{number[:6]} {number[6:14]} {number[14:]}",
        "4-4-4-4-2": " ".join(number[i:i + 4] for i in range(0, 18, 4)),
        "dashes": f"{number[:6]}-{number[6:14]}-{number[14:]}",
        "full-width": full_width(number),
    }[style]
    return written, number


@st.composite
def mobile_numbers(draw) -> tuple[str, str]:
    """(the mobile number as it might be written, its 11 digits)."""
    digits = "1" + draw(st.sampled_from("3456789")) + "".join(draw(st.lists(
        st.sampled_from("0123456789"), min_size=9, max_size=9)))
    groups = f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    style = draw(st.sampled_from(["plain", "spaces", "dashes", "+86", "+86 spaces", "+86-dashes", "86",
                                  "full-width", "full-width dashes", "ideographic spaces"]))
    written = {
        "plain": digits,
        "spaces": groups,
        "dashes": groups.replace(" ", "-"),
        "+86": "+86" + digits,
        "+86 spaces": "+86 " + groups,
        "+86-dashes": "+86-" + groups.replace(" ", "-"),
        "86": "86" + digits,
        "full-width": full_width(digits),
        "full-width dashes": full_width(groups.replace(" ", "-")),
        "ideographic spaces": groups.replace(" ", "\u3000"),
    }[style]
    return written, digits


PROPERTY = settings(max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(number=identity_numbers(), before=SURROUNDING, after=SURROUNDING,
       left=st.sampled_from(BOUNDARY), right=st.sampled_from(BOUNDARY))
def test_property_identity_numbers_never_survive(number, before, after, left, right) -> None:
    written, digits = number
    out = scrub_text(f"{before}{left}{written}{right}{after}")
    assert digits not in compact(out)


@PROPERTY
@given(phone=mobile_numbers(), before=SURROUNDING, after=SURROUNDING,
       left=st.sampled_from(BOUNDARY), right=st.sampled_from(BOUNDARY))
def test_property_mobile_numbers_never_survive(phone, before, after, left, right) -> None:
    written, digits = phone
    out = scrub_text(f"{before}{left}{written}{right}{after}")
    assert digits not in compact(out)


@PROPERTY
@given(text=st.text(alphabet=st.sampled_from(list(CHINESE) + list("0123456789年月日号元第条〔〕-")), max_size=30))
def test_property_short_numbers_and_chinese_text_are_left_alone(text: str) -> None:
    # No run of six or more digits: nothing here can be an identity, phone or card number.
    if re.search(r"\d[\d\-]{4,}\d", text):
        return
    # prose=False: random characters may read as a name to the name recogniser (its own tests).
    assert scrub_text(text, prose=False) == text


# -- deidentify_records, end to end -----------------------------------------------------------

SETTINGS = dataclasses.replace(load_settings(), region_prefix="6207")


def run(data_dir: Path) -> tuple[Validated, Deidentified]:
    sources = load_sources(data_dir)
    sources = dataclasses.replace(
        sources, kinds={k: v for k, v in sources.kinds.items() if not v.frame.empty})
    validated = validate_records(sources, AS_OF, SETTINGS)
    return validated, deidentify_records(validated, sources)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[Validated, Deidentified]:
    data = tmp_path_factory.mktemp("data")
    write_csv(data / "penalties" / "p.csv", [
        # row 2: an organisation; its legal representative is public, his ID number is not
        penalty_row(法定代表人="王五", 法定代表人证件类型="身份证", 法定代表人证件号码=REP_ID,
                    违法事实="当事人销售过期食品，举报人电话13812345678。"),
        # row 3: a natural person
        person_penalty_row(
            违法事实=f"张三丰（身份证号{PERSON_ID}，电话139 1939 1234）在店内销售过期食品，张三丰承认。"),
        # row 4: a 个体工商户 with the placeholder code; its operator's name is personal data
        penalty_row(行政处罚决定书文号="甘州市监罚〔2026〕3号", 行政相对人名称="甘州区老马面馆",
                    行政相对人类别="个体工商户", 统一社会信用代码=PLACEHOLDER_USCC, 工商注册号="620702600012345",
                    法定代表人="马小龙", 违法事实="经营者马小龙未取得许可经营。"),
        # row 5: a natural person rejected (bad date): still a source of secrets
        person_penalty_row(行政处罚决定书文号="甘州市监罚〔2026〕4号", 行政相对人名称="欧阳小明",
                           证件号码=make_id("19900101", 31), 处罚决定日期="2026-02-30"),
    ])
    write_csv(data / "commitments" / "c.csv", [commitment_row(经办人="赵六六")])
    return run(data)


def test_never_public_columns_are_dropped(tiny) -> None:
    _, deid = tiny
    never = {"证件号码", "证件类型", "法定代表人证件号码", "法定代表人证件类型"}
    for kind, frame in deid.frames.items():
        assert never.isdisjoint(frame.columns), kind
        assert PERSON_ID not in frame.astype(str).to_numpy().ravel().tolist()


def test_natural_person_name_is_masked_and_text_scrubbed(tiny) -> None:
    _, deid = tiny
    frame = deid.frames["penalties"].set_index("_row")
    assert frame.at[3, "行政相对人名称"] == "张**"
    assert frame.at[3, "法定代表人"] == ""
    facts = frame.at[3, "违法事实"]
    assert "张三丰" not in facts and PERSON_ID not in facts and "1939" not in facts
    assert facts.startswith("张**（") and facts.endswith("张**承认。")


def test_individual_business_operator_is_masked_business_name_and_code_stay(tiny) -> None:
    _, deid = tiny
    frame = deid.frames["penalties"].set_index("_row")
    assert frame.at[4, "法定代表人"] == "马**"
    assert frame.at[4, "行政相对人名称"] == "甘州区老马面馆"
    assert frame.at[4, "统一社会信用代码"] == PLACEHOLDER_USCC
    assert frame.at[4, "工商注册号"] == "620702600012345"
    assert frame.at[4, "违法事实"] == "经营者马**未取得许可经营。"


def test_organisation_keeps_its_legal_representative_but_text_is_scrubbed(tiny) -> None:
    _, deid = tiny
    frame = deid.frames["penalties"].set_index("_row")
    assert frame.at[2, "法定代表人"] == "王五"
    assert frame.at[2, "行政相对人名称"] == "甘州区示例商贸有限公司"
    assert "13812345678" not in frame.at[2, "违法事实"]


def test_commitment_clerk_is_masked(tiny) -> None:
    _, deid = tiny
    assert deid.frames["commitments"]["经办人"].tolist() == ["赵**"]


def test_rejected_rows_are_not_in_the_public_frames(tiny) -> None:
    _, deid = tiny
    assert sorted(deid.frames["penalties"]["_row"]) == [2, 3, 4]


def test_secrets_are_gathered_with_file_row_and_column(tiny) -> None:
    _, deid = tiny
    got = {(s.value, s.kind, s.file, s.row, s.column) for s in deid.secrets}
    assert got >= {
        (REP_ID, "penalties", "penalties/p.csv", 2, "法定代表人证件号码"),
        (PERSON_ID, "penalties", "penalties/p.csv", 3, "证件号码"),
        ("张三丰", "penalties", "penalties/p.csv", 3, "行政相对人名称"),
        ("马小龙", "penalties", "penalties/p.csv", 4, "法定代表人"),
        (make_id("19900101", 31), "penalties", "penalties/p.csv", 5, "证件号码"),  # from a rejected row
        ("欧阳小明", "penalties", "penalties/p.csv", 5, "行政相对人名称"),
        ("赵六六", "commitments", "commitments/c.csv", 2, "经办人"),
    }
    values = {s.value for s in deid.secrets}
    # Public values and words are not secrets.
    assert values.isdisjoint({"王五", "身份证", "甘州区老马面馆", "甘州区示例商贸有限公司", make_uscc(1)})


def test_no_gathered_secret_is_left_in_a_public_value(tiny) -> None:
    _, deid = tiny
    public = [str(v) for frame in deid.frames.values()
              for c in frame.columns if not c.startswith("_") for v in frame[c]]
    for secret in deid.secrets:
        assert not any(secret.value in v for v in public), secret.column


def test_every_never_public_field_of_the_contract_is_dropped(tiny) -> None:
    validated, deid = tiny
    for kind, valid in validated.kinds.items():
        never = {f.name for f in valid.kind.fields if f.privacy == NEVER}
        assert never.isdisjoint(deid.frames[kind].columns)


def test_entity_registry_masks_operators_and_hides_their_address(tmp_path: Path) -> None:
    write_csv(tmp_path / "entities" / "e.csv", [
        {"统一社会信用代码": make_uscc(50), "主体名称": "甘州区示例商贸有限公司", "主体类型": "有限责任公司",
         "法定代表人": "王五", "住所": "甘州区县府街1号"},
        {"统一社会信用代码": make_uscc(51), "主体名称": "甘州区老马面馆", "主体类型": "个体工商户",
         "法定代表人": "马小龙", "住所": "甘州区某小区3号楼2单元501"},
    ])
    _, deid = run(tmp_path)
    frame = deid.frames["entities"]
    assert frame["法定代表人"].tolist() == ["王五", "马**"]
    assert frame["住所"].tolist() == ["甘州区县府街1号", ""]
    assert {(s.value, s.row, s.column) for s in deid.secrets} == {("马小龙", 3, "法定代表人")}


def test_an_organisations_registered_address_in_a_flat_is_published_and_a_contact_in_it_masked(tmp_path: Path) -> None:
    """data-contract.md: 住所 is public for organisations. Companies are registered in flats of residential
    estates (…3号楼2单元301室), which in a text read as a person's home: the registry cell is the company's
    own address and stays; a contact typed after it does not."""
    write_csv(tmp_path / "entities" / "e.csv", [
        {"统一社会信用代码": make_uscc(52), "主体名称": "甘州区示例科技有限公司", "主体类型": "有限责任公司",
         "法定代表人": "王五", "住所": "甘肃省张掖市甘州区南关小区3号楼2单元301室"},
        {"统一社会信用代码": make_uscc(53), "主体名称": "甘州区示例咨询有限公司", "主体类型": "有限责任公司",
         "法定代表人": "王五", "住所": "甘州区南关小区5号楼1单元102室，联系人赵翀骁13912345678"},
    ])
    _, deid = run(tmp_path)
    shown = deid.frames["entities"]["住所"].tolist()
    assert shown[0] == "甘肃省张掖市甘州区南关小区3号楼2单元301室"
    assert shown[1].startswith("甘州区南关小区5号楼1单元102室") and "13912345678" not in shown[1]
    assert "翀骁" not in shown[1]


def test_a_business_name_containing_the_operators_name_is_published_with_it_masked(tmp_path: Path) -> None:
    """privacy.md (issue 16): 李建国烧烤店 -> 李**烧烤店, the same on every surface; the operator's name
    stays a never-public value the gate checks (no exemption once no public name holds it)."""
    write_csv(tmp_path / "penalties" / "p.csv", [
        penalty_row(行政相对人名称="甘州区马小龙牛肉面馆", 行政相对人类别="个体工商户", 统一社会信用代码=make_uscc(41),
                    法定代表人="马小龙"),
        penalty_row(行政相对人名称="李建国", 行政相对人类别="个体工商户", 统一社会信用代码=make_uscc(42),
                    法定代表人="李建国", 行政处罚决定书文号="甘州市监罚〔2026〕2号")])
    _, deid = run(tmp_path)
    public = deid.frames["penalties"]["行政相对人名称"].tolist()
    assert public == ["甘州区马**牛肉面馆", "李**"]
    assert {"马小龙", "李建国"} <= {s.value for s in deid.secrets}
    assert not any(s.value in v for s in deid.secrets for v in public)


def test_a_homonym_of_a_natural_person_may_be_a_public_legal_representative(tmp_path: Path) -> None:
    write_csv(tmp_path / "penalties" / "p.csv", [
        penalty_row(法定代表人="王强"),
        person_penalty_row(行政相对人名称="王强"),
    ])
    _, deid = run(tmp_path)
    public = deid.frames["penalties"]["法定代表人"].tolist()
    assert "王强" in public
    # The secret stays, exempt only inside the public names that hold it (issue 16).
    assert [(s.value, s.inside) for s in deid.secrets if s.column == "行政相对人名称"] == [("王强", ("王强",))]


def test_a_company_owned_by_one_person_is_an_organisation(tmp_path: Path) -> None:
    """有限责任公司（自然人独资） names a company type: its representative and address stay public. A
    registry row is a 个体工商户 or a person by its type, or by its credit code's category 92."""
    types = [("有限责任公司（自然人独资）", make_uscc(60)), ("个体工商户", make_uscc(61, prefix="92")),
             ("自然人", make_uscc(62)), ("有限责任公司", make_uscc(63)), ("", make_uscc(64, prefix="92"))]
    write_csv(tmp_path / "entities" / "e.csv", [
        {"统一社会信用代码": code, "主体名称": f"甘州区示例{n}号", "主体类型": kind, "法定代表人": f"王{'五六七八九'[n]}强",
         "住所": f"甘州区县府街{n}号"} for n, (kind, code) in enumerate(types)])
    _, deid = run(tmp_path)
    frame = deid.frames["entities"]
    assert frame["法定代表人"].tolist() == ["王五强", "王**", "王**", "王八强", "王**"]
    assert frame["住所"].tolist() == ["甘州区县府街0号", "", "", "甘州区县府街3号", ""]
