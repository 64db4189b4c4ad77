"""generator/detect.py on the ninth outside pass, numbers, contacts and output channels (helper h9n; the notes
/work/notes/h9n.md; the case folders /work/notes/h9n/cases/<folder>/ are named above each group).

Both directions: the personal value is masked by the scrubber (`deidentify.scrub_text`, which masks with
`detect.mask`, read by the leak gate's `detect.find` too), and the public number beside it stays. Where the
scrubber and the gate disagreed the build stopped at the gate with nothing published: those groups assert that
the gate finds nothing in what the scrubber wrote. Shapes from outside (named per group), values synthetic.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import detect
from generator.contract import PUBLISHED, STATUS
from generator.deidentify import scrub_text
from generator.detect import MASK
from tests.helpers import make_id, make_uscc, penalty_row, run_pipeline, write_folder


def _gate_reads_nothing_in(text: str) -> bool:
    return detect.find(text, names=False) == []


# -- numbers-free-text-shapes: a bare IPv4 address. Source: IETF RFC 791 §2.3 (the dotted quad) for the address;
# GB/T 1.1-2020 §7.3 (条款编号 5.1.2.3) and software version strings for the look-alikes; an SVG path's numbers
# (W3C SVG 1.1 §8.3.1, "1.55.44" is 1.55 then .44) in the theme's icons.
@pytest.mark.parametrize(("text", "address"), [
    ("经查，消费者称对方登录地址192.168.31.106后盗刷。", "192.168.31.106"),
    ("经查，当事人网店后台记录访客10.23.145.67多次下单。", "10.23.145.67"),
])
def test_a_bare_ipv4_address_is_masked(text: str, address: str) -> None:
    out = scrub_text(text)
    assert address not in out and MASK in out and _gate_reads_nothing_in(out)


@pytest.mark.parametrize("text", [
    "经查，当事人违反GB/T 31201-2014第5.1.2.3条和附录A.1.2.3.4的规定，罚款12,345,678.00元。",
    "经查，当事人使用的收银软件版本V2.3.10.1234未备案。",
    "依据GB 14881-2013第8.1.1条，2026.05.18作出。",
    '<path d="M2.41-3.44c.74.27 1.55.44 2.41.44.82 0 1.63-.1"/>',
])
def test_clause_version_and_path_numbers_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- a bare MAC address. Source: IEEE Std 802-2014 §8.1 (EUI-48 written as six hex pairs, "-" or ":").
def test_a_bare_mac_address_is_masked_and_a_time_beside_it_stays() -> None:
    out = scrub_text("经查，当事人店内摄像头00-1A-2B-3C-70-07于10:30:00联网。")
    assert "3C-70-07" not in out and MASK in out and "10:30:00" in out


# -- a link's query parameter named for a person's contact or document. Source: IETF RFC 3986 §3.4 (query), RFC 4648
# §4 (Base64: MTM5OTM3MDAy is the Base64 of 139937002); the parameter names as small shops' QR-code links carry them.
@pytest.mark.parametrize(("text", "value"), [
    ("经查，当事人宣传单二维码指向 https://x.cn/reg?mobile=MTM5OTM3MDAy&src=qr 。", "MTM5OTM3MDAy"),
    (f"经查，当事人宣传单二维码指向 https://x.cn/r?sfzh={make_id('19800101', 911)} 。", make_id("19800101", 911)),
    ("经查，页面链接https://x.cn/c?name=shop&amp;tel=0936821700a。", "0936821700a"),
])
def test_the_value_of_a_personal_query_parameter_is_masked_whatever_its_encoding(text: str, value: str) -> None:
    out = scrub_text(text)
    assert value not in out and MASK in out and _gate_reads_nothing_in(out)


@pytest.mark.parametrize("text", [
    "经查，当事人在 https://www.samr.gov.cn/xw/?id=12345&page=2 公布的名单中。",
    "详见 search/?q=罚款&kind=penalties",
])
def test_page_and_article_ids_in_links_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- an e-mail address percent-encoded in a link. Source: IETF RFC 6068 §2 (mailto: "%40" for "@" in a URI).
def test_a_percent_encoded_mail_address_is_masked_and_a_percentage_stays() -> None:
    out = scrub_text("经查，宣传页印有 mailto:qjh7003%40qq.com ，宣称有效率100%。")
    assert "qjh7003" not in out and MASK in out and "100%" in out


# -- a phone in international form outside China. Source: ITU-T E.123 §2.5 ("+" notation), E.164 country codes
# (+886 Taiwan 9xx mobiles, +852, +1); +86 400/800 numbers are companies' (public).
@pytest.mark.parametrize(("text", "part"), [
    ("经查，消费者称商家台湾手机为+886 912 347 004。", "347 004"),
    ("经查，境外客户电话+1 (415) 555-7005。", "555-7005"),
    ("经查，消费者香港手机＋852 9123 7006。", "9123 7006"),
])
def test_an_international_phone_is_masked(text: str, part: str) -> None:
    out = scrub_text(text)
    assert part not in out and MASK in out and _gate_reads_nothing_in(out)


def test_a_chinese_hotline_in_international_form_and_a_growth_figure_stay() -> None:
    text = "经查，当事人服务热线+86 400 888 1234，销售额同比+12.5%，罚没款同比+12345678元。"
    assert scrub_text(text) == text


# -- WhatsApp's click-to-chat link. Source: https://faq.whatsapp.com/5913398998672934 (wa.me/<number>).
def test_a_wa_me_link_is_masked_and_the_regulators_link_stays() -> None:
    out = scrub_text("经查，当事人网店客服为 https://wa.me/85291237001 ，见https://www.samr.gov.cn/。")
    assert "85291237001" not in out and "https://www.samr.gov.cn/" in out


# -- a contact word justified with a space (电 话：…): the labels of 询问笔录 and 登记表 templates, typed with a blank
# between the characters so that the column lines up (GB/T 9704-2012 公文格式 aligns labels by spacing).
@pytest.mark.parametrize(("text", "number"), [
    ("经查，消费者称对方电 话：8217008。", "8217008"),
    ("经查，当事人收款账 号：104012347009。", "104012347009"),
    ("经查，对方手\u3000机：13993687010。", "13993687010"),
])
def test_a_number_after_a_contact_word_with_a_space_inside_is_masked(text: str, number: str) -> None:
    out = scrub_text(text)
    assert number not in out and MASK in out


def test_a_hotline_after_a_spaced_word_stays() -> None:
    text = "投诉电 话：12315，罚款2000元。"
    assert scrub_text(text) == text


# -- several phones after one word (电话13993687097、8212345), and a phone glued to the numeral of the next word
# (…13993687098两个号码). Source: 12315 complaint summaries and 处罚决定书 listing the numbers a shop used. The gate
# found the second phone in the scrubbed text and stopped the build.
@pytest.mark.parametrize(("text", "number"), [
    ("经查，当事人电话13993687097、8212345。", "8212345"),
    ("经查，当事人电话0936-8212345/8212346。", "8212346"),
    ("经查，当事人向13993687097、13993687098两个号码发送短信。", "13993687098"),
    ("经查，当事人向一13993687099发送短信。", "13993687099"),
    ("经查，当事人拨打一三九九三六八七零九七一次。", "六八七零九七"),
    ("经查，对方TEL0936-8212347。", "8212347"),
])
def test_every_phone_of_a_list_or_glued_to_a_numeral_is_masked(text: str, number: str) -> None:
    out = scrub_text(text)
    assert number not in out and MASK in out and _gate_reads_nothing_in(out)


@pytest.mark.parametrize(("text", "public"), [
    ("经查，联系电话13993687097，1234567元货款未退。", "，1234567元货款未退。"),
    ("经查，当事人于2026年5月18日一次性收取费用20000元两笔。", "经查，当事人于2026年5月18日一次性收取费用20000元两笔。"),
    ("服务热线TEL400-888-1234，甘州市监罚〔2026〕123号。", "服务热线TEL400-888-1234，甘州市监罚〔2026〕123号。"),
])
def test_amounts_dates_and_hotlines_after_a_phone_stay(text: str, public: str) -> None:
    assert public in scrub_text(text)


# -- what masking brings next to a keyword: 身份证6222…、8212346 became 身份证[已隐去]、8212346, whose 8212346 the gate
# then read as the keyword's number (the scrubber had read only the first). Source: a 12315 summary listing an
# ID-card and a bank card. The masked text is read again.
@pytest.mark.parametrize("text", [
    "经查，身份证6222021234567897、8212346。",
    "经查，手机qjh7098@163.com/8212346。",
    "经查，QQ13993687097、8212346。",
])
def test_the_masked_text_holds_nothing_the_gate_finds(text: str) -> None:
    out = scrub_text(text)
    assert "8212346" not in out and _gate_reads_nothing_in(out)


def test_a_word_for_documents_before_an_amount_is_no_number() -> None:
    text = "经查，当事人提交身份证明材料2份，罚款2000元。"
    assert scrub_text(text) == text


# -- a VIN needs its model-year code. Source: ISO 3779:2009 §5.3 / GB 16735-2019 §5.4.2 (the tenth character: the
# year, never 0); 国家食品安全监督抽检 sampling numbers (抽样单编号NCP…) are published with each notice.
def test_a_sampling_number_that_passes_the_vin_check_by_chance_stays_and_a_vin_is_masked() -> None:
    assert scrub_text("抽样单编号：NCP20266207020012，检验结论不合格。") == "抽样单编号：NCP20266207020012，检验结论不合格。"
    out = scrub_text("经查，消费者的车辆（LSVAU2187N2123456）在当事人处维修后故障。")
    assert "LSVAU2187N2123456" not in out and MASK in out


# -- 住 opening a bracket, or right after a person. Source: the 处罚决定书 格式范本 naming a witness (员工郝某（住…）) and
# 12315 summaries (消费者住…); an organisation's 住所 is its registered address (public, 《市场主体登记管理条例》 第八条).
@pytest.mark.parametrize(("text", "home"), [
    ("经查，员工郝某（住甘州区南大街12号3单元401室）在店内收银。", "3单元401室"),
    ("经查，消费者住甘州区南关村五社3号，于2026年5月18日投诉。", "五社3号"),
])
def test_where_a_person_lives_is_masked(text: str, home: str) -> None:
    out = scrub_text(text)
    assert home not in out and MASK in out and "甘州区" not in out


def test_an_organisations_registered_address_in_brackets_stays() -> None:
    text = "经查，甘州区某某商贸有限公司（住所：甘州区南大街12号）销售过期食品。"
    assert scrub_text(text) == text


# -- channels-identifier-columns: an e-mail typed into an identifier column (组织机构代码 qjh7203@qq.com) was published
# as the organisation's code in every dataset and as the data dictionary's example: the pre-check of identifier cells
# looked for runs of seven digits only. Source: privacy.md "Never public" (e-mail addresses, in any column).
def test_an_email_in_an_identifier_column_is_withheld_and_the_record_published(tmp_path: Path) -> None:
    row = penalty_row(行政相对人名称="甘州区琨瑀商贸有限公司", 统一社会信用代码=make_uscc(21900),
                      行政处罚决定书文号="甘州市监罚〔2026〕101901号", 组织机构代码="qjh7219@qq.com")
    run = run_pipeline(write_folder(tmp_path / "data", {"penalties": [row]}), "2026-11-27")
    frame = run.decided.frames["penalties"]
    assert "qjh7219" not in frame.astype(str).to_csv()
    published = frame[frame[STATUS] == PUBLISHED]
    assert published["行政处罚决定书文号"].tolist() == ["甘州市监罚〔2026〕101901号"]
    assert published["行政相对人名称"].tolist() == ["甘州区琨瑀商贸有限公司"]


# -- an article number that passes a Taiwan identity number's check letter by chance (货号A123456789): the shape rule
# read it as an ID. Source: the Taiwan 國民身分證 check (內政部, letter + 1/2 + 8 digits, weighted mod 10) and the 货号 of
# goods in 产品质量 decisions. The same number beside a person stays masked.
def test_an_article_number_shaped_like_a_taiwan_id_stays_and_a_residents_id_is_masked() -> None:
    assert scrub_text("经查，当事人销售货号A123456789的电饭煲。") == "经查，当事人销售货号A123456789的电饭煲。"
    out = scrub_text("经查，员工郝某（A123456789）系台湾居民。")
    assert "A123456789" not in out and MASK in out


# -- contact words typed with an IME left in full-width mode (Ｖ信：…, ｗｘ：…, ＴＥＬ：…). Source: GB/T 15834-2011
# 标点符号用法 / Unicode Halfwidth and Fullwidth Forms (U+FF21-FF5A), as 12315 complaints pasted from phones carry them.
@pytest.mark.parametrize(("text", "contact"), [
    ("经查，商家Ｖ信：qjh7120，要求私下转账。", "qjh7120"),
    ("经查，商家ｗｘ：qjh7121，要求私下转账。", "qjh7121"),
    ("经查，商家ＴＥＬ：8217122。", "8217122"),
])
def test_a_contact_after_a_full_width_word_is_masked(text: str, contact: str) -> None:
    out = scrub_text(text)
    assert contact not in out and MASK in out


def test_a_full_width_latin_word_that_only_starts_like_one_stays() -> None:
    text = "经查，消费者称ＴＥＬＥＶＩＳＩＯＮ牌电视机2026年5月18日损坏。"
    assert scrub_text(text) == text


# -- a person's numbers marked by kind (0936-8212345（办）、8212346（宅）): 办 is the person's 办公电话, not an office. Source:
# the 联系电话 lines of 投诉登记表 and 询问笔录 forms (办/宅/手); an office named in brackets (（消协）, （区食安办）) keeps its
# published number (adv6 overscrub-office-landlines).
def test_a_persons_office_and_home_lines_are_masked_and_an_offices_line_stays() -> None:
    out = scrub_text("经查，投诉人联系电话：0936—8217123（办）、8217124（宅）。")
    assert "8217123" not in out and "8217124" not in out and _gate_reads_nothing_in(out)
    text = "可拨打0936-8219999（消协）或0936-8212345（区食安办）咨询。"
    assert scrub_text(text) == text


# -- a bare IPv6 address. Source: IETF RFC 5952 §4 (text form, "::" for zero groups), as 12315 summaries of stolen
# accounts quote a mobile network's address; a time with its offset (ISO 8601, 10:30:00+08:00) and CSS (a::before) stay.
def test_a_bare_ipv6_address_is_masked_and_times_and_css_stay() -> None:
    out = scrub_text("经查，消费者称对方登录地址2408:8456:3a10:1c2e::1f，于2026-05-18T10:30:00+08:00下单。")
    assert "3a10:1c2e" not in out and MASK in out and "2026-05-18T10:30:00+08:00" in out
    assert scrub_text('a::before{content:""} 12:30:45') == 'a::before{content:""} 12:30:45'
