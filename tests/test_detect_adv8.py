"""generator/detect.py on the eighth adversarial pass, numbers, contacts and output channels (issue 16; the notes
/work/notes/adv8-numbers.md; the case folders /work/notes/adv8-cases/numbers-*/ are named above each test).

Both directions: the personal value is masked by the scrubber (`deidentify.scrub_text`, which masks with
`detect.find`, the leak gate's detector too), the public look-alike (standards, amounts, case numbers, hotlines,
credit codes, dates, a traffic rule's 限行尾号) stays. Shapes from outside, values synthetic:

- bank and payment SMS and receipts name an account by its tail (您尾号6317的储蓄卡…, 手机尾号0045), 12315 complaint
  summaries quote them; 机动车尾号限行 notices (北京市交通委 "限行尾号为1和6") are rules, no person's;
- 信用修复 and other 公示 lists that print an ID in part (6207021980****1234, 620702********1234) and phones as
  139****0009 (the "*" form of GB/T 35273-2020 附录 A 去标识化 examples);
- a CMS that escapes the "&" of the references it wrote (&amp;#49;…, WordPress esc_html over esc_html);
- chat ids on Line, Skype (live:…, Microsoft account ids), Telegram (电报) in cross-border complaints;
- a contact read out in pinyin with tones, typed into a 法定代表人 cell (adv7 channels-party-names-numbers).
"""

from __future__ import annotations

import pytest

from generator import detect
from generator.deidentify import scrub_text
from generator.detect import MASK


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


# -- numbers-tails-after-weihao (adv7 left: 尾号6317) ---------------------------------------------------------------
@pytest.mark.parametrize(("text", "tail"), [
    ("经查，当事人通过尾号6317的对公账户收取消费者预付款。", "6317"),
    ("消费者称其通过手机尾号6318的支付宝账户向商家付款。", "6318"),
    ("经查，当事人以个人银行卡末四位6319收取货款。", "6319"),
    ("本公司收款账户后四位为6320，请认准。", "6320"),
    ("消费者称快递单尾号为0047的包裹未送达。", "0047"),
    ("付款卡号最后4位：6321", "6321"),
    ("收款人手机尾号０045，已核实。", "０045"),
    ("回访手机尾号0045,2027-10-20", "0045"),
])
def test_the_digits_after_a_tail_word_are_masked_whatever_the_number(text: str, tail: str) -> None:
    out = scrub_text(text)
    assert tail not in out and MASK in out


@pytest.mark.parametrize("text", [
    "本市机动车限行尾号为1和6，违者处罚款100元。",
    "经查，当事人驾驶货车违反限行尾号3、8的规定进入城区。",
    "限号尾号为单号的车辆单日通行。",
    "排名后四位的企业3家，依据GB 2760-2014处罚款1250000元。",
    "甘州市监罚〔2026〕123号，投诉电话12315，2026年5月18日作出。",
    "保留小数点后三位，罚款尾数500元免除。",
    "统一社会信用代码91620702MA71234567，后四位编号2026年更新。",
])
def test_a_traffic_rule_and_public_numbers_near_tail_words_stay(text: str) -> None:
    assert scrub_text(text) == text


def test_a_tail_is_masked_alone_not_joined_to_the_next_cells_date() -> None:
    hits = detect.find("卡号尾号6317,2026-10-10", names=False)
    assert [hit.token for hit in hits] == ["6317"]


# -- numbers-starred-id-repair (adv7 left: 6207021980****1234, an ID in part) ----------------------------------------
@pytest.mark.parametrize(("text", "part"), [
    ("申请人身份证号6207021980****1234，已提交信用修复承诺书。", "1234"),
    ("申请人620702********1234已完成整改。", "1234"),
    ("经查，员工郝某（6207021980****123X）未取得健康证明。", "123X"),
    ("消费者称其手机139****0009被商家泄露。", "0009"),
    ("消费者手机号码为139＊＊＊＊0008。", "0008"),
    ("退款至消费者银行卡6222********1234。", "1234"),
    ("身份证号62070219800101**34", "0101"),
])
def test_an_id_phone_or_card_with_its_middle_starred_is_masked(text: str, part: str) -> None:
    out = scrub_text(text)
    assert part not in out and MASK in out


@pytest.mark.parametrize("text", [
    "评分为****（四星），得分100**分。",
    "产品规格500×300×200mm，批号2026**01。",
    "密码为******，已重置。",
    "罚款5000元，〔2026〕123号。",
    "2026****05号文件",
])
def test_stars_that_make_no_personal_number_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- numbers-double-escaped-refs (adv7 left: &amp;#49;…) --------------------------------------------------------------
@pytest.mark.parametrize("depth", ["&amp;", "&amp;amp;", "&amp;amp;amp;"])
def test_character_references_escaped_twice_or_more_are_read(depth: str) -> None:
    text = "经查，当事人在宣传页印有联系电话" + "".join(f"{depth}#{ord(c)};" for c in "13993680001") + "。"
    out = scrub_text(text)
    assert "#49;" not in out and MASK in out and out.startswith("经查，当事人在宣传页印有联系电话") and out.endswith("。")


@pytest.mark.parametrize("text", ["甘州区A&amp;B商贸有限公司", "R&amp;D中心罚款5000元", "&amp;#169; 2026 甘州区市场监督管理局"])
def test_escaped_ampersands_of_public_text_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- numbers-app-handles (adv7 left: Line, Skype, Telegram, 钉钉, QQ邮箱) -----------------------------------------------
@pytest.mark.parametrize(("text", "handle"), [
    ("消费者称商家留下的联系方式为Line ID: qjh2026a，后无法联系。", "qjh2026a"),
    ("联系方式为LINE：qjh2026b", "qjh2026b"),
    ("Skype：live:qjh_2026c", "qjh_2026c"),
    ("Skype ID: zhang.san2026d", "zhang.san2026d"),
    ("电报：@qjh2026e", "qjh2026e"),
    ("钉钉号：qjh2026f", "qjh2026f"),
    ("QQ邮箱：2399368", "2399368"),
    ("WhatsApp：8613993680001", "8613993680001"),
])
def test_ids_on_other_chat_apps_are_masked(text: str, handle: str) -> None:
    assert handle not in scrub_text(text)


@pytest.mark.parametrize("text", ["热线（hotline）12315", "online 2026年5月18日上线", "电报大楼位于甘州区县府街1号",
                                  "Skype会议于2026年5月18日召开"])
def test_app_words_without_an_id_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- numbers-pinyin-digits-representative (adv7 left: toned pinyin digits without a phone word) ---------------------
@pytest.mark.parametrize("text", [
    "赵六（yāo sān jiǔ jiǔ sān liù bā líng líng líng sān）",
    "王五 yao san jiu jiu san liu ba ling ling ling si",
    "消费者称对方是 one three nine nine three six eight zero zero zero five",
    "YAO-SAN-JIU-JIU-SAN-LIU-BA-LING-LING-LING-LIU",
])
def test_seven_digit_words_in_a_row_are_masked_without_a_phone_word(text: str) -> None:
    out = detect.mask(text, names=False)
    assert MASK in out and not any(word in out.lower() for word in ("jiu", "jiǔ", "nine", "líng"))
    assert detect.may_hold(text) and detect.personal_id_in(text)


@pytest.mark.parametrize("text", ["Li Si Wu Yi Er", "one of the three seven-day periods", "Liu San, Wu Er Ba (name list)",
                                  "zero tolerance"])
def test_pinyin_syllables_and_english_words_that_are_no_number_stay(text: str) -> None:
    assert detect.mask(text, names=False) == text


# -- Part 2 shapes: documents without their word, vehicles, IBANs, chat links (numbers-documents-without-words,
# numbers-vehicles-of-persons, numbers-iban-accounts, numbers-urls-qr-vcard) -------------------------------------
# Sources: the Hong Kong identity card's check character (Immigration Department, 香港身份证号码 校验码 mod 11, as
# stdnum-style validators compute it); the Taiwan 國民身分證 check digit (內政部 統一編號); ISO 3779 / GB 16735-2019
# (VIN check character at the ninth place); ISO 13616 IBAN (GB29 NWBK 6016 1331 9268 19, the standard's example);
# WeChat's weixin://contacts/profile/<id> links that QR codes of personal accounts hold.
@pytest.mark.parametrize(("text", "planted"), [
    ("经查，员工郝某持A123456(3)证件。", "A123456(3)"),
    ("经查，员工郝某（香港居民，A234567（9））在店内收银。", "A234567（9）"),
    ("经查，员工郝某台湾身份证F223456786。", "F223456786"),
    ("经查，员工郝某（A123456789）系台湾居民。", "A123456789"),
    ("经查，员工郝某（H12345678）系香港居民。", "H12345678"),
    ("经查，员工郝某持E12345678号护照。", "E12345678"),
    ("经查，员工郝某持护照（EA1234567）入境。", "EA1234567"),
    ("经查，外籍员工（G12345678）未办理工作许可。", "G12345678"),
    ("车架号LSVAU2187N2123456", "LSVAU2187N2123456"),
    ("经查，消费者的车辆（LFV2A21K2N3123458）在当事人处维修。", "LFV2A21K2N3123458"),
    ("发动机号：EA211123456", "EA211123456"),
    ("车辆识别代号：LSVAU2180N2123459", "LSVAU2180N2123459"),
    ("消费者退款至账户GB29 NWBK 6016 1331 9268 19。", "NWBK 6016"),
    ("IBAN: DE89 3704 0044 0532 0130 00", "DE89"),
    ("weixin://contacts/profile/qjh2026xyz", "qjh2026xyz"),
    ("IPv6 2408:8456:1234:5678::1", "2408:8456"),
])
def test_documents_vehicles_accounts_and_links_are_masked(text: str, planted: str) -> None:
    assert planted not in scrub_text(text)


@pytest.mark.parametrize("text", [
    "台湾地区生产的E12345678型号电饭煲，经营者未标注中文标签。",
    "香港产品批号H12345678，已过期。",
    "外国产品进口批次G12345678，入境检验合格。",
    "香港上市公司H股代码00700，澳门特别行政区。",
    "型号EA211发动机，规格500×300×200mm。",
    "车辆识别代号（VIN）由17位字符组成。",
    "IPv6改造工作于2026年完成。",
    "依据GB 2760-2014、GB/T 35273-2020和GB 16735-2019标准，罚款1250000元。",
    "统一社会信用代码91620702MA71234567，食品经营许可证编号JY16207020012345。",
    "证书编号：CQC2026010123456789，商品条码6901234567892。",
])
def test_public_codes_shaped_like_documents_vehicles_or_accounts_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- numbers-contacts-odd-spellings (Part 2): a doubled at-sign, an IP with ideographic full stops, payment codes -----
# Sources: 12315 summaries copying addresses as typed (@@); IPs written with 。 by Chinese IMEs; WeChat Pay's personal
# collection codes (wxp://f2f0…) and Alipay's (qr.alipay.com/fkx…), which a 收款码 screenshot's text gives; a payment
# page showing the payee as "*建国(**6317)".
@pytest.mark.parametrize(("text", "planted"), [
    ("经查，店主邮箱wangmou2026@@163.com。", "wangmou2026"),
    ("消费者登录IP为112。21。33。45。", "112。21"),
    ("经查，当事人微信收款码备注 wxp://f2f0abcdEFG123456", "f2f0abcdEFG123456"),
    ("经查，支付宝收款码 https://qr.alipay.com/fkx12345abcdef", "fkx12345abcdef"),
    ("经查，当事人收款二维码显示收款卡（**6317）。", "6317"),
    ("经查，店主电话(+86)139-9368-0020。", "9368"),
    ("消费者称对方电话１３９ 幺二三四 ５６７８。", "５６７８"),
    ("经查，郝某的电动车车牌为甘州A12345。", "A12345"),
])
def test_odd_spellings_of_contacts_are_masked(text: str, planted: str) -> None:
    assert planted not in scrub_text(text)


@pytest.mark.parametrize("text", ["评分（***）为优。", "本局邮箱地址见网站@@公告。", "第5.1.2.3条规定", "版本号V1.2.3.4",
                                  "经查，当事人车辆车牌照明灯损坏2026年5月18日。", "车牌号码已核实，罚款5000元。"])
def test_stars_at_signs_and_dotted_numbers_of_public_text_stay(text: str) -> None:
    assert scrub_text(text) == text


@pytest.mark.parametrize(("value", "personal"), [
    ("A123456(3)", True), ("F223456786", True), ("f223456786", True), ("6207021980****1234", True), ("139****0009", True),
    ("yāo sān jiǔ jiǔ sān liù bā líng líng líng sān", True),
    ("F223456789", False), ("JY16207020012345", False), ("91620702MA71234567", False), ("MA7431811", False),
])
def test_identifier_cells_holding_the_new_shapes_are_withheld(value: str, personal: bool) -> None:
    # (deidentify withholds an identifier or 法定代表人 cell `personal_id_in` answers for: personal-id-in-identifier)
    assert detect.personal_id_in(value) is personal
