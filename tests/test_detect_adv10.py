"""generator/detect.py on the tenth outside pass, numbers, contacts and documents (helper h11n; the notes
/work/notes/h11n.md; the case folders /work/notes/h11n/cases/<folder>/ are named above each group).

Both directions: the personal value is masked by the scrubber (`deidentify.scrub_text`, which masks with
`detect.mask`, read by the leak gate's `detect.find` too), the gate finds nothing in what the scrubber wrote (on
main the gate stopped a build on several of these, with nothing published), and the public fact beside it stays.
Shapes from outside (named per group), values synthetic.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from generator import detect
from generator.contract import PUBLISHED, STATUS
from generator.deidentify import scrub_text
from generator.detect import MASK
from tests.helpers import commitment_row, make_id, make_uscc, penalty_row, run_pipeline, write_folder


def _gate_reads_nothing_in(text: str) -> bool:
    return detect.find(text, names=False) == []


def _masked(text: str, *planted: str) -> str:
    out = scrub_text(text)
    assert all(p not in out for p in planted), out
    assert MASK in out and _gate_reads_nothing_in(out), out
    return out


# -- numbers-free-text-shapes: a mobile written as a number with its units. Source: GB/T 15835-2011 §5 (numbers in
# Chinese numerals with 万/亿), 《支付结算办法》附一 (amounts in 大写); the digit-by-digit form with a unit after each digit
# (十三亿九千九百三十六万八千七百零九十八 is 13993687098 with its units dropped) is h9n's left case. The amounts stay.
@pytest.mark.parametrize("text", [
    "经查，消费者称当事人电话为一百三十九亿九千三百六十万零一十三。",
    "经查，消费者称当事人电话为十三亿九千九百三十六万八千七百零九十八。",
    "经查，联系电话壹佰叁拾玖亿玖仟叁佰陆拾捌万柒仟零玖拾捌。",
])
def test_a_mobile_written_with_units_is_masked(text: str) -> None:
    _masked(text, "九千", "玖仟")


@pytest.mark.parametrize("text", [
    "经查，当事人货值金额一千三百九十九万三千六百元，罚款十三万九千九百元。",
    "罚款十三亿九千九百三十六万八千七百零九十八元",
    "全国一百三十九亿九千三百六十八万七千零九十八人次",
    "我国十三亿九千万人口",
])
def test_amounts_and_counts_written_with_units_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- a bare Base64 value of a number, no parameter name (a QR code's payload pasted into the text; h9n's left case).
# Source: IETF RFC 4648 §4. Masked only when it decodes to a mobile, an identity number or a card; other Base64 stays.
@pytest.mark.parametrize("number", ["13993600010", make_id("19800101", 782), "6222600010001000006"])
def test_a_bare_base64_value_of_a_persons_number_is_masked(number: str) -> None:
    payload = base64.b64encode(number.encode()).decode()
    out = _masked(f"经查，当事人宣传单二维码内容{payload}，罚款2000元。", payload.rstrip("="))
    assert "罚款2000元" in out


@pytest.mark.parametrize("text", [
    "经查，编号MTIzNDU2Nzg5MDEy的样品不合格。",  # Base64 of 123456789012: no person's number
    "摘要MTM5OTM2ODcwOTgx，罚款2000元。",  # 139936870981: twelve digits, no mobile
    "图片数据iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
])
def test_other_base64_stays(text: str) -> None:
    assert scrub_text(text) == text


def test_a_base64_id_in_an_identifier_column_is_withheld_and_the_record_published(tmp_path: Path) -> None:
    payload = base64.b64encode(make_id("19800101", 782).encode()).decode()
    row = penalty_row(行政相对人名称="甘州区珝瑀商贸有限公司", 统一社会信用代码=make_uscc(23901),
                      行政处罚决定书文号="甘州市监罚〔2026〕103901号", 工商注册号=payload)
    assert detect.personal_id_in(payload)
    run = run_pipeline(write_folder(tmp_path / "data", {"penalties": [row]}), "2026-12-07")
    frame = run.decided.frames["penalties"]
    assert payload not in frame.astype(str).to_csv()
    published = frame[frame[STATUS] == PUBLISHED]
    assert published["行政处罚决定书文号"].tolist() == ["甘州市监罚〔2026〕103901号"]
    assert published["统一社会信用代码"].tolist() == [make_uscc(23901)]


# -- nonsense glues of a contact word and the wrong number (h9n's left case): QQ before a landline, TEL before a card.
# Source: the business-card and chat-export shapes of the ninth pass (TEL0936-8212345); no public number is written so.
@pytest.mark.parametrize(("text", "number"), [
    ("经查，当事人QQ0936-8210011，罚款2000元。", "8210011"),
    ("经查，当事人TEL6222600010001000006，罚款2000元。", "6222600010001000006"),
    ("经查，当事人wx0936-8210012，罚款2000元。", "8210012"),
])
def test_a_contact_word_glued_to_a_landline_or_card_is_masked(text: str, number: str) -> None:
    assert "罚款2000元" in _masked(text, number)


@pytest.mark.parametrize("text", ["经查，当事人销售型号ABC0936-8210011的配件。", "依据GB/T 0936-2012，罚款2000元。"])
def test_a_code_with_letters_before_its_number_stays(text: str) -> None:
    assert scrub_text(text) == text


# -- an account after its holder's name (户名张三 104012345678901: masked, but as the name, so its stars showed the
# account's length; h9n's left case). Source: the 户名/账号 fields of a bank transfer slip (《支付结算办法》 附一 结算凭证)
# and of 收款 notices; an organisation's account is never public either (privacy.md, "Organisations' bank accounts").
@pytest.mark.parametrize(("text", "account"), [
    ("经查，户名张三 104012345678901", "104012345678901"),
    ("经查，当事人收款户名张翀 104012345600024，罚款2000元。", "104012345600024"),
    ("经查，收款户名：甘州区珝珝商贸有限公司 104012345600072，罚款2000元。", "104012345600072"),
])
def test_an_account_after_its_holders_name_is_masked_whole(text: str, account: str) -> None:
    out = _masked(text, account, account[-6:])
    assert "***" not in out  # no star for each digit: the mask does not show the account's length


def test_the_company_and_the_amount_beside_a_payee_stay() -> None:
    out = scrub_text("经查，收款户名：甘州区珝珝商贸有限公司 104012345600072，罚款2000元。")
    assert "甘州区珝珝商贸有限公司" in out and "罚款2000元" in out


@pytest.mark.parametrize("text", [
    f"经查，户名变更为甘州区珝珝商贸有限公司（统一社会信用代码{make_uscc(23902)}），罚款2000元。",
    "经查，户名：甘州区珝珝餐饮店（许可证号JY16207020012345），罚款2000元。",
    "经查，户名：甘州区珝珝商贸有限公司（注册号620702000123450），罚款2000元。",
])
def test_a_payees_credit_code_licence_and_registration_number_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- the amount after a masked phone (h9n's left case: the mask's "[" was read as an aside's bracket, and the amount
# after it as the phone's number). Source: 《行政处罚法》 第四十四条 decisions quote amounts after the party's contacts.
@pytest.mark.parametrize(("text", "kept"), [
    ("联系电话13993687098和罚款1234567元", "1234567元"),
    ("经查，联系电话13993600031和罚款1234567元，依据《食品安全法》第一百二十四条。", "第一百二十四条"),
])
def test_the_amount_after_a_masked_phone_stays(text: str, kept: str) -> None:
    out = _masked(text, "13993")
    assert "1234567元" in out and kept in out


def test_the_next_line_of_a_persons_list_after_a_kind_mark_is_still_masked() -> None:
    _masked("经查，投诉人联系电话：0936-8217123（办）、8217124（宅）。", "8217123", "8217124")


# -- digits of other Unicode blocks. Source: Unicode 15.1 Enclosed CJK Letters and Months (㉑-㉟ U+3251-325F, ㊱-㊿
# U+32B1-32BF: circled numbers 21-50), Enclosed Alphanumeric Supplement (U+1F100-1F10A: digit full stop and comma).
@pytest.mark.parametrize("text", [
    "经查，当事人宣传单印有⑬⑨⑨㊱⓪⓪⓪⑥①，罚款2000元。",
    "经查，当事人宣传单印有⑬⑨⑨㉟⓪⓪⓪⑥①，罚款2000元。",
    "经查，当事人宣传单印有" + "".join(chr(0x1F101 + int(c)) for c in "13993600062") + "，罚款2000元。",
])
def test_circled_numbers_above_twenty_and_digits_with_a_comma_are_read(text: str) -> None:
    assert "罚款2000元" in _masked(text, "㊱", "㉟", "\U0001F104")


def test_circled_clause_numbers_stay() -> None:
    text = "依据《食品安全法》第一百二十四条第一款第㉑项、第⑴项，罚款2000元。"
    assert scrub_text(text) == text


# -- escaped digits. Source: ECMA-262 Annex B.2.1.1 (escape(): %u0031), ISO/IEC 9899 §6.4.4.4 (\x31 hex escapes),
# IETF RFC 3986 §2.4 (a URL escaped twice: %2531), as page sources and logs pasted into a 12315 summary show them.
@pytest.mark.parametrize("text", [
    "经查，当事人网页源码含" + "".join(f"\\x{ord(c):x}" for c in "13993600063") + "，罚款2000元。",
    "经查，当事人网页源码含" + "".join(f"%u{ord(c):04X}" for c in "13993600064") + "，罚款2000元。",
    "经查，当事人二维码链接含" + "".join(f"%25{ord(c):02X}" for c in "13993600065") + "，罚款2000元。",
])
def test_digits_escaped_for_javascript_c_or_twice_for_urls_are_read(text: str) -> None:
    assert "罚款2000元" in _masked(text, "\\x36", "%u0036", "%2536")


def test_other_escapes_stay() -> None:
    text = "经查，当事人网页链接 https://x.cn/a%20b?q=%E9%A3%9F%E5%93%81 ，罚款2000元。"
    assert scrub_text(text) == text


# -- documents of people outside the mainland. Sources: ICAO Doc 9303 Part 4 §4.2.2 (a passport's document number: up
# to nine letters and digits); the Philippine passport P1234567A (a letter, seven digits, a letter since 2016, as the
# validators in public code read it); France 12AB34567, Germany C01X00T47 (ICAO 9303 MRZ samples); the old 回乡证
# H/M + letter + 6-7 digits and 台胞证 ten digits and a letter (mozhimen/SwiftKit UtilKVerifyIDCard.kt; doly-dev/
# util-helpers isTWCard.ts); 军官证 X字第NNNN号 (Simon-He95/lazy-js-utils isSoldierId.ts).
@pytest.mark.parametrize(("text", "number"), [
    ("经查，外籍员工护照号P1234015A，罚款2000元。", "P1234015A"),
    ("经查，外籍员工护照号C01X00T73，罚款2000元。", "C01X00T73"),
    ("经查，外籍员工护照号12AB34074，罚款2000元。", "12AB34074"),
    ("经查，员工回乡证HA123066，罚款2000元。", "HA123066"),
    ("经查，员工台胞证1234567067B，罚款2000元。", "1234567067B"),
    ("经查，员工军官证号：南字第0068号，罚款2000元。", "0068"),
    ("经查，持台湾居民来往大陆通行证（号码：10234014），罚款2000元。", "10234014"),
    ("经查，员工证件类型：台湾居民来往大陆通行证，号码：10234069，罚款2000元。", "10234069"),
    ("经查，员工持士兵证，编号1023070，罚款2000元。", "1023070"),
])
def test_document_numbers_of_other_shapes_are_masked(text: str, number: str) -> None:
    assert "罚款2000元" in _masked(text, number)


@pytest.mark.parametrize("text", [
    "经查，当事人持往来港澳通行证，于2026年3月5日出境，罚款2000元。",
    "经查，当事人持台胞证，依据《食品安全法》第一百二十四条，罚款2000元。",
    "经查，当事人销售货号HA123066的电饭煲。",
])
def test_the_facts_after_a_document_word_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- an identity number whose check character X is typed as a multiplication sign. Source: GB 11643-1999 §5.2 (the
# check character X, for ten); × is what an IME gives for "x" in symbol mode. The sizes beside it stay.
def test_an_ids_multiplication_sign_check_character_is_masked_with_it() -> None:
    pid = make_id("19800101", 781)
    out = _masked(f"规格3×4，身份证号{pid[:17]}×，面积12×15米。", pid[:17], "×，")
    assert "规格3×4" in out and "12×15米" in out


# -- digits shown in the reverse of their stored order: after U+202E RIGHT-TO-LEFT OVERRIDE the browser lays the digits
# out right to left, so 89078639931 shows as 13993687098. Source: Unicode UAX #9 (rules X6, X9: the override, popped by
# U+202C); Boucher & Anderson, "Trojan Source" (CVE-2021-42574). The text outside the override stays.
@pytest.mark.parametrize(("stored", "shown"), [
    ("89078639931", "13993687098"),
    (make_id("19800101", 783)[::-1], make_id("19800101", 783)),
])
def test_digits_reversed_by_a_right_to_left_override_are_read_as_shown(stored: str, shown: str) -> None:
    out = _masked(f"经查，当事人\u202e{stored}\u202c，罚款2000元。", stored)
    assert "罚款2000元" in out


def test_an_overridden_amount_stays() -> None:
    text = "经查，当事人\u202e元0002款罚\u202c，2026年3月5日。"
    assert scrub_text(text) == text


# -- invisible tag digits (U+E0030-E0039, Unicode 15.1 Tags block): shown as nothing, kept in every byte of the page and
# the datasets ("ASCII smuggling"). Read as the digits they encode.
def test_a_mobile_in_tag_digits_is_masked() -> None:
    tags = "".join(chr(0xE0030 + int(c)) for c in "13993687098")
    assert "罚款2000元" in _masked(f"经查，当事人{tags}，罚款2000元。", tags[3:8])


# -- a mobile in Excel's scientific notation (a 联系电话 column formatted as a number, copied into 备注). Source: ECMA-376
# Part 1 §18.8.30 (numFmt 11, "0.00E+00"). A short mantissa (1.2E+10, an amount) stays.
def test_a_mobile_in_scientific_notation_is_masked_and_a_short_one_stays() -> None:
    assert "罚款2000元" in _masked("经查，员工手机1.3993687098E+10，罚款2000元。", "3993687098")
    assert scrub_text("经查，货值1.2E+10元，罚款2000元。") == "经查，货值1.2E+10元，罚款2000元。"


# -- an aside that holds the number is read (台湾居民来往大陆通行证（号码：10234014）), one with a date only is skipped as before
# (电话（2026年3月5日更新）8212345: the landline after it is the phone word's). Source: the 询问笔录 habit of noting a number's
# provenance in brackets (GB/T 15834-2011 §4.9, 括号 for notes).
def test_a_number_inside_an_aside_and_one_after_a_dated_aside_are_masked() -> None:
    out = _masked("经查，电话（2026年3月5日更新）8212345，持通行证（号码：10234014）。", "8212345", "10234014")
    assert "2026年3月5日更新" in out


# -- a date-coded number is not an ID with a suffix (the tenth session, h11x's left case). Source: the provincial
# platforms' 信用承诺信息 data template numbers a commitment 行政区划编码(6) + 年月日(8) + 流水号(6); when its first 18
# digits happen to carry a valid 身份证 check character (1 in 11), the number was withheld as an ID and the commitment
# published without it. An adult's ID with a suffix (an old 个体户 税务登记号) is still withheld.
def test_a_date_coded_commitment_number_is_published_and_an_adults_id_with_a_suffix_is_not(tmp_path: Path) -> None:
    dated = make_id("20260307", 7) + "23"  # 620702 20260307 …: the template's shape, check character valid
    assert len(dated) == 20 and dated.isdigit() and not detect.personal_id_in(dated)
    adult = make_id("19850306", 123) + "01"  # an ID and a two-digit suffix
    assert detect.personal_id_in(adult)
    rows = [commitment_row(承诺编号=dated, 统一社会信用代码=make_uscc(24001), 行政相对人名称="甘州区瑀珝建材有限公司"),
            penalty_row(行政相对人名称="甘州区珝瑀商贸有限公司", 统一社会信用代码=make_uscc(24002),
                        行政处罚决定书文号="甘州市监罚〔2026〕104001号", 税务登记号=adult)]
    run = run_pipeline(write_folder(tmp_path / "data", {"commitments": rows[:1], "penalties": rows[1:]}), "2026-12-07")
    commitments = run.decided.frames["commitments"]
    assert commitments.loc[commitments[STATUS] == PUBLISHED, "承诺编号"].tolist() == [dated]
    penalties = run.decided.frames["penalties"]
    assert adult not in penalties.astype(str).to_csv()
    assert penalties.loc[penalties[STATUS] == PUBLISHED, "行政处罚决定书文号"].tolist() == ["甘州市监罚〔2026〕104001号"]
