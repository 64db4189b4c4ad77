"""generator/detect.py on the seventh adversarial pass, numbers, contacts and output channels (issue 16; the
notes /work/notes/adv7-numbers.md; the case folders under /work/notes/adv7-cases/ and /work/notes/adv6-cases/ are
named above each test).

Both directions: the personal value is masked by the scrubber (`deidentify.scrub_text`, which masks with
`detect.find`, the leak gate's detector too) or in a staff message (`problems.safe_message`), the public look-alike
stays. Shapes from outside, values synthetic:

- passports' data pages and ICAO Doc 9303 print the date of birth day first (15 AUG 1986, 15/08/1986) under
  "Date of birth"; foreign staff records and HR exports label it DOB;
- 格式范本 descriptions written from speech: 八五年八月十五日出生, 出生日期为八月十五日（1987年）;
- offices' published lines in decisions' 告知 paragraphs (可拨打…法规科电话…咨询, 消协 lines in complaint replies);
- Excel's CONCAT/CONCATENATE/TEXTJOIN and the & operator (support.microsoft.com/zh-cn/excel/functions/concat-function:
  =CONCAT("明"," ","天"…)), a formula's text pasted into a text cell;
- the radio spelling of digits 洞幺两三四五六拐八勾 (hellocq.net/forum/read.php?tid=219621, 报务数码读音; fx361.cc
  "洞幺洞幺，我是洞拐"), which drivers, guards and police use on the phone and clerks take down as heard;
- ICAO Doc 9303 part 3 §3.8 (representation of dates: DD MMM YYYY on the data page), passports' "Date of birth".
"""

from __future__ import annotations

import pytest

from generator import detect
from generator.deidentify import scrub_text
from generator.detect import MASK
from generator.problems import safe_message


# -- birthdates-more-spellings (adv6 1.4, still open at the seventh pass) -------------------------------------
@pytest.mark.parametrize(("text", "date"), [
    ("经查，员工祁某，男，DOB 1985-08-15，负责收银。", "1985-08-15"),
    ("Employee Qi, D.O.B.: 15 Aug 1986, cashier.", "15 Aug 1986"),
    ("date of birth: August 15, 1986", "August 15, 1986"),
    ("经查，员工祁某，男，出生日期：15/08/1986。", "15/08/1986"),
    ("出生日期：08/15/1986", "08/15/1986"),
    ("出生日期: 15.08.1986", "15.08.1986"),
    ("出生于15 Aug 1986", "15 Aug 1986"),
    ("经查，员工祁某，八五年八月十五日出生。", "八五年八月十五日"),
    ("其于八五年八月出生", "八五年八月"),
    ("八五年生人，现住甘州区", "八五年"),
    ("经查，出生日期为八月十五日（1987年）。", "八月十五日（1987年）"),
    ("童工祁某某八月十五日（2012年）出生", "八月十五日（2012年）"),
])
def test_birth_dates_in_more_spellings_are_masked(text: str, date: str) -> None:
    out = scrub_text(text)
    assert date not in out and MASK in out
    assert any(h.what == detect.BIRTH for h in detect.find(text, names=False))  # the gate sees it too


@pytest.mark.parametrize("text", [
    "本局于二六年五月十八日作出决定。",
    "消费者于8月15日购买生日蛋糕。",
    "生产日期2026-05-18，保质期12个月。",
    "当事人成立于2001-01-01。",
    "the reborn 2026-05-18 version",
    "founded in 1999, the company",  # (`born in 1999` is a person's birth year: masked since h20t, h20q L7)
    "出生医学证明（2026年5月18日签发）",  # (its number, a child's document, is masked since h20r: h20q L14)
])
def test_dates_that_are_no_birth_date_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- staff-outputs-new-classes (adv6 2): a lunar birth date typed into a date column, quoted to staff ----------
@pytest.mark.parametrize("cell", ["农历1985年八月初七", "农历乙丑年腊月初八", "1985年农历三月初一"])
def test_a_lunar_date_with_its_year_quoted_from_a_cell_is_masked(cell: str) -> None:
    message = safe_message(f"penalties/penalties.csv 第 5 行“处罚决定日期”：“{cell}” 不是有效日期。")
    assert cell not in message and MASK in message
    assert "八月" not in message and "腊月" not in message and "三月" not in message


def test_a_lunar_date_in_an_organisations_text_stays_unless_named_as_a_birth_date() -> None:
    text = "当事人于农历2026年腊月二十三销售烟花爆竹。"
    assert scrub_text(text) == text
    assert "农历1985年八月初七" not in scrub_text("员工祁某农历1985年八月初七出生。")


# -- overscrub-office-landlines (adv6 3): an office's line named as the office's ----------------------------
@pytest.mark.parametrize("text", [
    "如不服，可拨打甘州区市场监督管理局法规科电话0936-8211234咨询。",
    "消费者可拨打0936-12315或0936-8219999（消协）。",
    "监督电话：0936-8211234（甘州区市场监督管理局）",
    "当事人的公司电话0936-8211234。",
    "本中心咨询电话为0936-8211234。",
])
def test_an_offices_landline_named_as_the_offices_stays(text: str) -> None:
    assert scrub_text(text) == text


@pytest.mark.parametrize("text", [
    "消费者电话0936-8211234",
    "消费者家中座机0936-8211234",
    "联系人祁某，电话0936-8211234",
    "投诉人祁某（电话0936-8211234）",
    "消费者拨打0936-8211234（本人）",
    "消费者祁某的电话0936-8211234（住甘州区）",
])
def test_a_persons_landline_is_still_masked(text: str) -> None:
    out = scrub_text(text)
    assert "8211234" not in out and MASK in out


# -- channels-text-encodings, channels-enum-date-cells-scripts, channels-titles-lists-feeds (seventh pass) -----
@pytest.mark.parametrize(("text", "digits"), [
    # character references mixed with plain digits (a CMS that escaped some characters)
    ("经查，当事人在宣传页印有联系电话139&#57;&#51;&#54;&#55;01&#48;1。", "0101"),
    ("联系电话&#x31;39&#x39;&#x33;6701&#x30;2", "0102"),
    # formula text pasted into a cell (Excel CONCAT / CONCATENATE / TEXTJOIN, the & operator)
    ('经查，当事人的报价表单元格中写有=CONCAT("139","9367","0103")。', "0103"),
    ('联系人电话一栏为="139"&"9367"&"0104"。', "0104"),
    ('=TEXTJOIN("-",TRUE,"139","9367","0105")', "0105"),
    ('=CONCATENATE("62070219", "850815", "6317")', "6317"),
    ('电话=139&"9367"&"0106"', "0106"),
    # the radio spelling of digits (洞幺两三四五六拐八勾)
    ("消费者称对方电话为幺三勾勾三六拐洞幺洞七。", "幺三勾勾三六拐洞幺洞七"),
    ("幺三九九三六七洞一洞八", "洞一洞八"),
    # parenthesised ideographic numerals
    ("消费者称对方电话为㈠㈢㈨㈨㈢㈥㈦〇㈠〇㈨。", "〇㈠〇㈨"),
    # base64 in a data: URI or after the word
    ("消费者提交的截图链接为data:text/plain;base64,MTM5OTM2NzAxMTA=。", "MTM5OTM2NzAxMTA="),
    ("消费者手机号码的base64为MTM5OTM2NzAxMTE=", "MTM5OTM2NzAxMTE="),
])
def test_numbers_written_as_references_formulas_radio_digits_or_base64_are_masked(text: str, digits: str) -> None:
    out = scrub_text(text)
    assert digits not in out and MASK in out
    assert detect.find(text, names=False)  # the gate reads them too


@pytest.mark.parametrize("text", [
    '=CONCAT("GB","2760","-2014")',
    '="2026"&"-05-18"',
    "=SUM(1200000,3400000)",
    '金额=CONCAT("1250","000")元',
    "山洞里拐弯时勾住了护栏。",
    "三洞两拐的小巷",
    "图标为data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "附件编码base64：5bqU5oCl566h55CG",
    'R&D费用"2026"&"年度"',
])
def test_formulas_radio_words_and_base64_that_hold_no_personal_number_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- channels-markup-attributes, plates with an IME dash (seventh pass) ---------------------------------------
@pytest.mark.parametrize(("text", "value"), [
    ('<a href="tel:13993670901">拨打</a>', "13993670901"),
    ('<img src="x.png" alt="620702198508156317">', "620702198508156317"),
    ('<span title="13993670902">店主</span>', "13993670902"),
])
def test_a_number_inside_markup_typed_into_a_cell_is_masked(text: str, value: str) -> None:
    assert value not in scrub_text(text)


@pytest.mark.parametrize("plate", ["甘G一A1234", "甘GーA1235", "甘G〜A1236", "甘G—A1237"])
def test_a_plate_with_an_ime_dash_is_masked(plate: str) -> None:
    out = scrub_text(f"经查，当事人驾驶车牌号为{plate}的车辆。")
    assert plate not in out and MASK in out


def test_a_code_with_a_province_and_a_dash_that_is_no_plate_stays() -> None:
    assert scrub_text("编号甘G一2026，GB 2760-2014。") == "编号甘G一2026，GB 2760-2014。"


# -- channels-build-stop-file-names: the stop sentence names a refused file as staff outputs quote it ---------
def test_the_stop_sentence_for_a_damaged_file_masks_a_phone_in_its_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from generator.build import BuildOptions, build_site
    from generator.problems import BuildAborted
    from tests.helpers import AS_OF, penalty_row, write_csv

    data = tmp_path / "data"
    write_csv(data / "penalties" / "penalties.csv", [penalty_row()])
    (data / "penalties" / "处罚祁某13993670903.xlsx").write_bytes(b"PK\x03\x04not-a-zip")
    with pytest.raises(BuildAborted) as stop:
        build_site(BuildOptions(data, tmp_path / "site", tmp_path / "report", AS_OF, state_dir=tmp_path / "state"))
    sentence = str(stop.value)
    assert "13993670903" not in sentence and "penalties/处罚祁某" in sentence and "file-unreadable" in sentence
    assert "13993670903" not in (tmp_path / "report" / "issues.jsonl").read_text(encoding="utf-8")


# -- pinyin with tone marks; an invoice's code (seventh pass) -------------------------------------------------
@pytest.mark.parametrize("text", ["消费者称对方手机 yāo sān jiǔ jiǔ sān liù qī líng líng líng qī",
                                  "联系电话：Yāo Sān Jiǔ Jiǔ Sān Liù Qī Líng Líng Yāo Bā"])
def test_a_mobile_spelled_in_pinyin_with_tone_marks_is_masked(text: str) -> None:
    out = scrub_text(text)
    assert "líng" not in out.lower() and MASK in out


@pytest.mark.parametrize("text", ["经查，当事人开具发票（发票代码062001900111，发票号码12345678）。",
                                  "经查，发票代码为062001900112。"])
def test_an_invoice_code_named_as_one_stays(text: str) -> None:
    assert scrub_text(text) == text


# -- a number read out with 点 ("dot") between its groups (seventh pass) -------------------------------------
@pytest.mark.parametrize("text", ["联系电话一三九点九三六七点〇〇〇三", "联系电话139點9367點0004", "身份证号620702点19850815点631X"])
def test_a_number_with_dian_between_its_groups_is_masked(text: str) -> None:
    assert MASK in scrub_text(text)


@pytest.mark.parametrize("text", ["时间为12点30分至13点45分，金额3点5万元。", "二〇二六年五月十八日下午三点", "罚款1点2万元，没收违法所得20点5元。"])
def test_times_and_amounts_with_dian_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- channels-identifier-formulas: an identifier cell holding a formula's text or mixed references -----------
@pytest.mark.parametrize("value", ['="139"&"9367"&"0808"', "139&#57;&#51;&#54;&#55;08&#48;8", "幺三九九三六七洞八洞八",
                                   "㈠㈢㈨㈨㈢㈥㈦〇㈧〇㈧", "139点9367点0808"])
def test_an_identifier_cell_holding_a_phone_written_differently_is_personal(value: str) -> None:
    assert detect.may_hold_number(value) and detect.personal_id_in(value)


@pytest.mark.parametrize("value", ["甘州市监罚〔2026〕1号", "R&D-2026-0001", "JY16207020000123", '="JY"&"1620702"'])
def test_identifiers_that_hold_no_phone_are_not_personal(value: str) -> None:
    assert not detect.personal_id_in(value)


# -- adv6 other-kinds-fields-persons (open at the end of the seventh pass): a login named as one -------------
@pytest.mark.parametrize("text, login", [("本人祁某郑重承诺：所填信息真实。注册平台账号：qdeshun_2026。", "qdeshun_2026"),
                                         ("当事人登录账号qdeshun2026发布商品信息", "qdeshun2026"),
                                         ("会员账号为zhang_san88，", "zhang_san88"), ("用户名：qdeshun_2026", "qdeshun_2026")])
def test_a_persons_platform_login_is_masked(text: str, login: str) -> None:
    assert login not in scrub_text(text) and MASK in scrub_text(text)


@pytest.mark.parametrize("text", ["平台账号：甘州区恒发食品有限公司", "用户名称：甘州区恒发食品", "对公账号开户行：中国农业银行甘州支行"])
def test_a_platform_word_before_a_business_name_keeps_it(text: str) -> None:
    assert scrub_text(text) == text
