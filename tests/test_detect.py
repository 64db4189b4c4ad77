"""generator/detect.py: the one personal-data detector (privacy.md; issue 16).

What it finds however it is written, what it leaves alone (public facts), where in the original
text it finds it, and the helpers the scrubber, the gate and the staff outputs use.
"""

from __future__ import annotations

import pytest

from generator import detect
from generator.detect import MASK, compact_value, find, find_values, inside_public_name, mask, normalise
from generator.problems import Problem
from tests.helpers import make_id, make_uscc

ID = make_id("19900101", 5)
ID15 = "620702900101005"
MOBILE = "13912341234"


def _only(text: str, **kwargs: object) -> str:
    """The one hit's class (the text must hold exactly one)."""
    hits = find(text, **kwargs)  # type: ignore[arg-type]
    assert len(hits) == 1, (text, hits)
    return hits[0].what


# -- normalisation --------------------------------------------------------------------------------


def test_normalise_keeps_a_map_to_the_original_positions() -> None:
    text = "电话１３９\u200b１２３４\u00ad１２３４。"
    norm = normalise(text)
    assert "\u200b" not in norm.text and "\u00ad" not in norm.text
    assert norm.text.startswith("电话139")
    start = norm.text.index("139")
    assert norm.span(start, start + 3) == (2, 5)
    assert len(norm.origin) == len(norm.text) + 1


def test_traditional_full_width_and_middle_dots_read_as_their_plain_forms() -> None:
    assert compact_value("張　建國") == compact_value("张建国") == "张建国"
    assert compact_value("阿依古丽・买买提") == compact_value("阿依古丽·买买提")
    assert compact_value("ＡＢＣ１２３") == "abc123"


# -- what is found, however written ---------------------------------------------------------------


@pytest.mark.parametrize("written", [
    ID, ID.lower(), f"{ID[:6]} {ID[6:14]} {ID[14:]}", f"{ID[:6]}.{ID[6:14]}.{ID[14:]}", f"{ID[:6]}  {ID[6:14]}  {ID[14:]}",
    f"{ID[:6]}\r\n{ID[6:14]}\r\n{ID[14:]}", "\u200b".join(ID), "\u00ad".join(ID), "\u200e" + ID + "\u202c", "\ufeff" + ID,
    ID.translate(str.maketrans("0123456789", "〇一二三四五六七八九")),
    ID.translate(str.maketrans("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")),
    ID.translate(str.maketrans("0123456789", "０１２３４５６７８９")), ID.replace("0", "O"), ID.replace("1", "l"),
    "\u3000".join((ID[:6], ID[6:14], ID[14:])), f"{ID[:6]}-{ID[6:14]}-{ID[14:]}", f"{ID[:6]}/{ID[6:14]}/{ID[14:]}",
    ID[:-1] + ("0" if ID[-1] != "0" else "1"),  # a mistyped check digit is still a person's number
    ID15, f"ID{ID}",
])
def test_identity_numbers_however_written(written: str) -> None:
    assert _only(f"当事人身份证{written}，已核实。") == detect.ID


@pytest.mark.parametrize("written", [
    MOBILE, "139-1234-1234", "139 1234 1234", "139.1234.1234", "139\r\n1234\r\n1234", "+86 139 1234 1234",
    "+8613912341234", "008613912341234", "一三九一二三四一二三四", "幺三九幺二三四幺二三四", "\u2060".join(MOBILE),
    "Tel13912341234",
])
def test_mobiles_however_written(written: str) -> None:
    assert _only(f"联系人手机{written}。") == detect.MOBILE


@pytest.mark.parametrize(("text", "what"), [
    ("联系电话：0936-8221234", detect.LANDLINE), ("（0936）8221234", detect.LANDLINE),
    ("联系电话8221234", detect.LANDLINE), ("座机：82212345", detect.LANDLINE), ("电话 822 1234", detect.LANDLINE),
    ("罚款缴入6222021234567890128", detect.CARD), ("卡号 6222 0212 3456 7890 128", detect.CARD),
    ("开户行账号62220212345678", detect.CARD), ("账号：123456789012", detect.CARD),
    ("zhang.san@example.com", detect.EMAIL), ("zhangsan＠163.com", detect.EMAIL), ("zhangsan@qq。com", detect.EMAIL),
    ("zhangsan#qq.com", detect.EMAIL), ("zhangsan(at)163.com", detect.EMAIL), ("zhangsan [at] sina.com", detect.EMAIL),
    ("zhang dot san at gmail dot com", detect.EMAIL),
    ("港澳通行证H12345678", detect.DOCUMENT), ("回乡证M1234567890", detect.DOCUMENT), ("台胞证号码12345678", detect.DOCUMENT),
    ("护照号E12345678", detect.DOCUMENT), ("持护照G 12345678入境", detect.DOCUMENT), ("军官证号码南字第2023001号", detect.DOCUMENT),
    ("微信号wxid_abc123", detect.SOCIAL), ("加微信 zhq123456 联系", detect.SOCIAL), ("QQ：123456789", detect.SOCIAL),
    ("qq号12345678", detect.SOCIAL), ("车辆甘G·A1234", detect.PLATE), ("甘GA1234D", detect.PLATE), ("甘G A12345", detect.PLATE),
])
def test_each_class(text: str, what: str) -> None:
    assert _only(text) == what


def test_documents_are_found_anywhere_in_a_row_whose_id_type_names_them() -> None:
    assert find("E12345678") == []
    assert _only("E12345678", document="护照") == detect.DOCUMENT
    assert _only("持证人 H12345678 入境", document="港澳居民来往内地通行证") == detect.DOCUMENT


def test_home_addresses_in_any_record_business_addresses_only_in_a_persons() -> None:
    # A home (住址, 家住, 住宅, 家中 …) is a person's in any record (adversarial round 3,
    # address-third-person-in-org: 员工王某家住…); 地址 and 住所 lead to a business's address in an
    # organisation's record, to a home only in a natural person's.
    for text in ("当事人住址：党寨镇马站村九社14号。", "在其位于党寨镇马站村3组的住宅内查获。", "家住甘州区某村二组5号，",
                 "员工王某家住甘州区新墩镇流泉村四社9号，", "送货至甘州区长安乡前进村二社7号家中"):
        assert [h.what for h in find(text, person=True)] == [detect.ADDRESS], text
        assert [h.what for h in find(text, names=False)] == [detect.ADDRESS], text
    for text in ("当事人地址：甘州区三闸镇新建村四社9号。", "当事人住所：甘州区碱滩镇古城村二社15号。"):
        assert [h.what for h in find(text, person=True)] == [detect.ADDRESS], text
        assert find(text, names=False) == [], text
    assert mask("当事人住址：党寨镇马站村九社14号。", person=True) == f"当事人住址：{MASK}。"
    for text in ("当事人家住甘州区欣荣小区3栋2单元501，", "当事人住址：甘州区万达广场A座1201室。", "当事人住甘州区南关村１４号。"):
        assert detect.ADDRESS in [h.what for h in find(text, person=True)], text  # address-urban-no-hao


@pytest.mark.parametrize(("text", "masked"), [
    ("消费者李秀英反映，当事人销售过期食品。", "消费者李**反映，当事人销售过期食品。"),
    ("投诉人：王小明称其购买的商品有问题。", "投诉人：王**称其购买的商品有问题。"),
    ("员工欧阳小明未持健康证上岗。", "员工欧***未持健康证上岗。"),
])
def test_names_after_role_words_are_masked_as_names(text: str, masked: str) -> None:
    assert mask(text) == masked
    assert [h.what for h in find(text, names=False)] == []  # the gate does not guess names


def test_the_mask_replaces_the_original_span_whatever_was_inside() -> None:
    text = f"身份证{ID[:6]}\u200b{ID[6:]}号，手机{MOBILE[:3]} {MOBILE[3:]}。"
    assert mask(text) == f"身份证{MASK}号，手机{MASK}。"


# -- what is left alone -----------------------------------------------------------------------------

ALL_DIGIT_USCC = next(c for c in (make_uscc(n) for n in range(200)) if c.isdigit())


@pytest.mark.parametrize("public", [
    "GB 2760-2014", "GB/T 22239-2019", "GB2760-2014", "2026-5-18", "2026-05-18", "2026年5月18日", "20260518",
    "20260105-20270104", "2026-01-05（2027-01-04）", make_uscc(7), ALL_DIGIT_USCC, "1 250 000元", "1,250,000.00元",
    "甘州市监罚〔2026〕33号", "渝万州市监处字〔2023〕497号", "第一百二十二条第一款", "《中华人民共和国行政处罚法》第二十八条",
    "0.5639999999999999", "0.2", "734000", "12345678901", "售价11.2元/盒，共计148盒", "JY16207020012345",
    "张掖市甘州区", "张掖华强商贸有限公司", "二〇二六年五月十八日", "620702199013010057",  # (no birth date: month 13)
    'M12 7a5 5 0 0 1 5 5 5 5 0 0 1-5 5 3.54 2.36-2.19 5.5-3.54 1.85-.32.45-.66.87',  # SVG path data
    "2b80a725d496c3d22e03ab2334384be4f9a15944846661b371e279fc",  # a digest
    "hotel", "wxid", "当事人张某某销售过期食品", "当事人甘州区某商店",
])
def test_public_facts_are_left_alone(public: str) -> None:
    assert find(public, names=False) == [], public
    assert mask(public) == public


def test_a_person_found_in_text_is_masked_only_as_a_whole_name() -> None:
    assert inside_public_name("张掖市甘州区", 0, 2)
    assert inside_public_name("张掖华强商贸有限公司", 2, 4)
    assert inside_public_name("李建国烧烤店", 0, 3)
    assert not inside_public_name("消费者李秀英反映", 3, 6)
    assert find_values("当事人在张掖市经营，张掖称不知情。", ["张掖"], whole_names=True) == [(10, 12)]


# -- the row's own values, however written --------------------------------------------------------------


def test_own_values_are_found_after_normalisation() -> None:
    text = "证件E1234.5678，姓名李 建\u3000國。"
    spans = find_values(text, ["E12345678", "李建国"])
    assert [text[s:e] for s, e in spans] == ["E1234.5678", "李 建\u3000國"]


# -- identifier cells -----------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "personal"), [
    (ID, True), (ID.lower(), True), (ID + "01", True), (f"税{ID}", True), (ID15, True), (MOBILE, True),
    ("甘州市监罚〔2026〕1号", False), (make_uscc(3), False), ("JY16207020012345", False), ("620702600012345", False),
    ("", False),
])
def test_personal_ids_in_identifier_cells(value: str, personal: bool) -> None:
    assert detect.personal_id_in(value) is personal


# -- staff messages: one choke point --------------------------------------------------------------


def test_every_problem_message_is_masked_when_it_is_made() -> None:
    problem = Problem("penalties", "p.csv", 3, "罚款金额(万元)", "bad-amount", "error",
                      f"p.csv 第 3 行“罚款金额(万元)”：“{ID}”不是数字；“消费者李秀英”；电话{MOBILE}")
    assert ID not in problem.message and MOBILE not in problem.message and "李秀英" not in problem.message
    assert problem.message.startswith("p.csv 第 3 行“罚款金额(万元)”")


@pytest.mark.parametrize("text", [
    '"91620702l000000008","91620702m00000000k"',  # the search index keeps credit codes in lower case
    '["800000000l20702619"]',  # ... and reversed, for suffix search
    'e.textContent = "20261127-90812345";',  # a site version whose hash part happens to be all digits
])
def test_public_codes_and_versions_written_by_the_site_are_no_personal_data(text: str) -> None:
    assert detect.find(text) == []


def test_an_id_written_with_letters_for_digits_is_still_found() -> None:
    assert [h.what for h in detect.find("身份证号62o7021980010112l3")] == [detect.ID]


# -- issue 16, second adversarial pass (folders under /work/notes/adv16-cases/) ------------------------


@pytest.mark.parametrize(("text", "token"), [
    ("员工社保卡号S62070219870101", "S62070219870101"),  # social-security-card
    ("医保卡号为A12345678", "A12345678"),
    ("当事人收款卡号:ICBC6222021234567890", "6222021234567890"),  # card-glued-to-bank-letters
    ("货款转入CCB6222021234567891。", "6222021234567891"),
    ("当事人QQ号码（请勿外传，仅供办案人员核实身份时使用）2784513692", "2784513692"),  # qq-beyond-keyword-reach
    ("当事人通过zhyy_8823fx（微信）收取货款", "zhyy_8823fx"),  # wechat-before-keyword
    ("wxid_ab12cd34 是我微信", "wxid_ab12cd34"),
    ("投诉人邮箱lihuaabc88艾特qq点com", "lihuaabc88"),  # email-aite
    ("员工外国人永久居留证号码USA110079050101。", "USA110079050101"),  # foreign-permanent-residence-old
])
def test_documents_and_social_ids_the_first_pass_missed(text: str, token: str) -> None:
    out = mask(text)
    assert token not in out and MASK in out


@pytest.mark.parametrize("text", [
    "收款账号ad_zhyy8823（微 信）",  # adv4 contacts-slang: the word spaced
    "加我 lvpp_8823fx（绿泡泡）",  # adv4 contacts-slang: WeChat's slang name
    "zhyy_8823fx 是我的微  信",  # two spaces: not a spelling of the keyword table
])
def test_an_id_before_any_spelling_of_the_social_words_is_found(text: str) -> None:
    # The id is looked for only around the words of detect._SOCIAL_WORDS: every spelling there
    # must lead to the id, as a search of the whole text does.
    token = next(m.group(1) for m in detect._SOCIAL_BEFORE.finditer(text))
    assert [(h.what, h.token.lower()) for h in find(text, names=False)] == [(detect.SOCIAL, token.lower())]


@pytest.mark.parametrize(("text", "kept"), [
    ("案件编号620702202605180012。", "620702202605180012"),  # overscrub-authority-phone-caseno: wrong check digit
    ("依据张市监罚〔2026〕620702202605180012号决定。", "620702202605180012"),
    ("通过 WeChat（微信）付款", "WeChat"),  # a word, not an id (no digit, no _)
    ("当事人未经许可经营。", "未经许可经营"),
])
def test_case_numbers_and_words_stay(text: str, kept: str) -> None:
    assert kept in mask(text)


def test_an_id_written_into_a_decision_number_is_still_an_id() -> None:
    assert "620702198001011346" not in mask("依据张市监罚〔2026〕620702198001011346号决定。")


@pytest.mark.parametrize(("text", "name"), [
    ("在梁家墩镇设立仓库。", "梁家"), ("在王府井百货设专柜。", "王府"), ("销售假冒李宁牌运动鞋。", "李宁"),
    ("销售“王守义”牌十三香", "王守义"), ("侵犯“李宁”商标专用权", "李宁"),
])
def test_places_stores_and_brands_that_start_with_a_name_are_public(text: str, name: str) -> None:
    at = text.index(name)
    assert inside_public_name(text, at, at + len(name))


@pytest.mark.parametrize(("text", "name"), [
    ("梁家到镇上购物", "梁家"), ("王府称其不知情", "王府"), ("张三牌照被吊销", "张三"), ('{"name": "李宁"}', "李宁"),
])
def test_a_name_before_a_verb_a_plate_or_in_ascii_quotes_is_a_name(text: str, name: str) -> None:
    at = text.index(name)
    assert not inside_public_name(text, at, at + len(name))


@pytest.mark.parametrize(("text", "gone"), [
    ("消费者买买提·艾翀力反映当事人销售的馕不合格。", "艾翀力"),  # uyghur-third-person
    ("消费者买买提艾翀力反映当事人销售的馕不合格。", "艾翀力"),
    ("员工阿不都热翀曼未持健康证明", "热翀曼"),
    ("据阿不都·热翀曼介绍", "热翀曼"),
])
def test_uyghur_names_with_or_without_their_dot(text: str, gone: str) -> None:
    assert gone not in mask(text)


def test_a_business_named_after_a_uyghur_name_stays() -> None:
    assert mask("经营者努尔兰商店") == "经营者努尔兰商店"


@pytest.mark.parametrize(("name", "masked"), [
    ("penalties/殷翀琛报送_62070219871217247X.csv", "penalties/殷**报送_[已隐去].csv"),  # staff-filename-id-name
    ("penalties/处罚_张三_10月.csv", "penalties/处罚_张*_10月.csv"),
    ("licenses/许可_2026.csv", "licenses/许可_2026.csv"),
    ("penalties/甘州区市场监管局报送.csv", "penalties/甘州区市场监管局报送.csv"),
    # A sheet quoted as file#sheet (adversarial round 5, sheet-name-person), a place or a heading stays.
    ("penalties/p.xlsx#冼彧珏13993629962", "penalties/p.xlsx#冼**[已隐去]"),
    ("penalties/p.xlsx#冼翀珏", "penalties/p.xlsx#冼**"),
    ("penalties/p.xlsx#张三提供", "penalties/p.xlsx#张*提供"),
    ("penalties/p.xlsx#张掖", "penalties/p.xlsx#张掖"),
    ("penalties/p.xlsx#行政处罚", "penalties/p.xlsx#行政处罚"),
    ("penalties/p.xlsx#2026年", "penalties/p.xlsx#2026年"),
    # A platform's export named by its subject (h9x, round 9: staff could not find 信用平***导出.json).
    ("penalties/65_信用平台接口导出.json", "penalties/65_信用平台接口导出.json"),
    ("penalties/65_王建国导出.json", "penalties/65_王**导出.json"),
    ("penalties/张力伟报送.csv", "penalties/张**报送.csv"),  # 张力 is a word, 张力伟 a name
])
def test_staff_outputs_mask_names_in_file_names(name: str, masked: str) -> None:
    assert detect.mask_cell(name) == masked


# -- issue 16, third adversarial pass (folders under /work/notes/adv3-cases/) ------------------------


@pytest.mark.parametrize("written", [
    f"{ID[:6]}:{ID[6:14]}:{ID[14:]}", f"{ID[:6]}'{ID[6:14]}'{ID[14:]}", f"{ID[:6]}|{ID[6:14]}|{ID[14:]}",
    f"{ID[:6]}+{ID[6:14]}+{ID[14:]}", f"[{ID[:6]}][{ID[6:14]}][{ID[14:]}]", f"【{ID[:6]}】【{ID[6:14]}】【{ID[14:]}】",
    f"{ID[:6]}★{ID[6:14]}★{ID[14:]}", f"{ID[:6]}…{ID[6:14]}…{ID[14:]}", ID.replace("0", "\u041e"), ID.replace("0", "\u039f"),
    ID.translate(str.maketrans("0123456789", "〇〡〢〣〤〥〦〧〨〩")), ID.translate(str.maketrans("0123456789", "〇㊀㊁㊂㊃㊄㊅㊆㊇㊈")),
    ID.translate(str.maketrans("0123456789", "⓪⓵⓶⓷⓸⓹⓺⓻⓼⓽")), f"{ID[:6]}<span>{ID[6:14]}</span>{ID[14:]}",
    "".join(f"&#{ord(c)};" for c in ID),
])
def test_ids_written_the_ways_the_third_pass_found(written: str) -> None:
    out = mask(f"经查，当事人员工身份证号码{written}。")
    assert MASK in out and find(out, names=False) == [] and len(compact_value(out.replace(MASK, ""))) < 24, out


@pytest.mark.parametrize("value", ["EA1234567", "H60123456", "G12345678", "962840198806150072", "62070285031000101",
                                   # adversarial round 5: old travel permits and the 2004 foreign PR card became page addresses
                                   "C23456780", "L23456781", "USA620712345678",
                                   # the rest of that folder: a Cyrillic Е for E, the 2004 港澳 permit W, a T permit
                                   "Е23456782", "Ε23456782", "W12345678", "T23456783"])
def test_documents_as_identifier_cells_are_personal(value: str) -> None:
    assert detect.personal_id_in(value)


def _letters_for(digits: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in digits)


# Adversarial round 5 (identifier-letter-for-digit-ids, identifier-homoglyph-ids): an operator's ID with an
# OCR's or a keyboard's letter for some digits, typed into 工商注册号, became an entity page's address.
_BORN_1985 = make_id("19850815", 630)


@pytest.mark.parametrize("value", [
    _letters_for(_BORN_1985, {"1": "I"}), _letters_for(_BORN_1985, {"8": "B"}), _letters_for(_BORN_1985, {"5": "S"}),
    _letters_for(_BORN_1985, {"2": "Z"}), _letters_for(_BORN_1985, {"6": "G"}), _letters_for(_BORN_1985, {"7": "T"}),
    _letters_for(_BORN_1985, {"1": "l"}), _letters_for(_BORN_1985, {"6": "b"}), _letters_for(_BORN_1985, {"3": "З"}),
    _letters_for(_BORN_1985, {"2": "Ζ"}), _letters_for(_BORN_1985, {"0": "Ο", "1": "Ι"}),
    _letters_for(_BORN_1985, {"6": "Ⅵ", "2": "Ⅱ", "7": "Ⅶ", "1": "Ⅰ", "9": "Ⅸ", "8": "Ⅷ", "5": "Ⅴ", "3": "Ⅲ", "4": "Ⅳ"}),
    _BORN_1985[:6] + "年" + _BORN_1985[6:], _letters_for(_BORN_1985[:17], {"1": "I"}),
])
def test_ids_with_look_alike_letters_in_identifier_cells_are_personal(value: str) -> None:
    assert detect.personal_id_in(value) and detect.may_hold_number(value)


@pytest.mark.parametrize("value", ["JY16207020001076", "SC10662070200015", make_uscc(7), "12345678", "P2026001"])
def test_public_codes_as_identifier_cells_are_not(value: str) -> None:
    assert not detect.personal_id_in(value)


@pytest.mark.parametrize("text", ["当事人公司所属货车超载。", "当事人单位未建立进货查验台账。", "当事人申辩称不知道产品过期。",
                                  "当事人曾因同类违法行为受过处罚。", "当事人（原工商注册号620702600123127）未按规定公示年度报告。",
                                  "时间14:30:00", "比分3:2:1"])
def test_words_after_role_words_and_registration_numbers_stay(text: str) -> None:
    assert mask(text) == text


def test_common_word_names() -> None:
    assert detect.common_word("信用") and detect.common_word("国庆")
    assert not detect.common_word("李秀英") and not detect.common_word("王五")


def test_date_coded_identifier_cells_with_a_wrong_check_digit_are_public() -> None:
    # lost-licences-withheld-fallback-key, stale-withdrawal-of-id-shaped-key (adv3): 施工许可证 numbers.
    assert not detect.personal_id_in("620702202605180101")
    assert detect.personal_id_in(ID) and detect.personal_id_in(ID[:-1] + ("0" if ID[-1] != "0" else "1"))


# Valid credit codes holding the Latin keywords QQ and WX (V is not in the code's alphabet). A 10^4
# sample build stopped on 91620702MA3LD1QQ3L: its "QQ" read as a keyword and "3L,91620702" (the next
# CSV cell) as a QQ number.
# Those ending in a digit and L are the dangerous ones: L reads as 1 inside a digit run.
CODES_WITH_KEYWORDS = ("91620702MA3LD1QQ0B", "91620702MAQQ7T2L0W", "916207020QQ123450Y", "91620702MA00D1QQ5L",
                       "91620702MA05D1QQ6L", "91620702MA3LD1WX07", "91620702MAWX7T2L0J", "916207020WX1234506",
                       "91620702MA03D1WX9L", "91620702MA04D1WX3L")


@pytest.mark.parametrize("code", CODES_WITH_KEYWORDS)
def test_a_keyword_inside_a_credit_code_is_no_keyword(code: str) -> None:
    for text in (f"{code},{code},张掖市某某商贸有限公司,91620702MA00000000",  # a CSV row
                 f"{code.lower()} 91620702",  # the search index keeps codes in lower case
                 f'"{code}": ["12345678"]'):  # JSON
        assert find(text) == [], text


@pytest.mark.parametrize("text", ["联系QQ2784513692", "QQ:2784513692", "加我qq 2784513692", "微信号wx_zhang1988"])
def test_the_keyword_as_a_word_still_finds_the_account(text: str) -> None:
    assert [h.what for h in find(text)] == [detect.SOCIAL]


@pytest.mark.parametrize("text", ["，620702200001010001，0a", "，620702200001010001，XA", "，620702200001010001，一A",
                                  "，620702200001010001:0A", "620702200001010001 0a"])
def test_an_id_before_a_separator_and_a_code_like_tail_is_found(text: str) -> None:
    # The property test of de-identification found these: the number joined with the tail after the
    # separator (0a, XA, 一A) read as one code glued to a letter, and the whole run was dropped.
    assert [text[h.start:h.end] for h in find(text)] == ["620702200001010001"]


# Adversarial round 5 (homoglyph-digits-text): digits written with look-alike letters of other scripts.
@pytest.mark.parametrize("written", ["l3993620001", "I3993620004", "1З99Зб2ООО7", "Ι3993620010", "ⅠⅢⅨⅨⅢⅥⅡ00ⅠⅢ",
                                     "ⅰⅲⅸⅸⅲⅵⅱ00ⅰⅲ", "l39 9362 0001", "Ι3θθ362ΟΟΙΟ", "139936200В7", "1399362ЅΒ07"])
def test_mobiles_written_with_look_alike_letters_are_masked(written: str) -> None:
    assert mask(f"经查，联系电话{written}，属实。") == f"经查，联系电话{MASK}，属实。"


@pytest.mark.parametrize("text", ["Ⅱ类医疗器械经营备案凭证", "依据GB 2760-2014 第Ⅲ条", "email13912345678", "html1234567",
                                  "第Ⅰ、Ⅱ、Ⅲ类"])
def test_roman_numerals_and_words_before_digits_stay(text: str) -> None:
    assert mask(text) == text


# Equipment, batch and test-report numbers of 16 to 19 digits after the word that names them are
# public facts (特种设备 设备代码, 生产批号, 检验报告编号 in published decisions); a card number in the
# same place (it carries the Luhn check digit) is still masked.
@pytest.mark.parametrize("text", ["设备代码2310620720260001", "产品批号：2310620720260001", "检验报告编号 2310620720260001",
                                  "样品编号为231062072026000123"])
def test_product_and_equipment_numbers_named_as_such_stay(text: str) -> None:
    assert mask(text) == text


@pytest.mark.parametrize("text", ["设备代码6222021234567890128", "批号：6222 0212 3456 7890 128", "卡号2310620720260001",
                                  "设备2310620720260001"])
def test_card_numbers_are_masked_whatever_the_word_before_them(text: str) -> None:
    assert MASK in mask(text)
