"""Personal data an outsider (h22o, session 16: /work/notes/h22o.md) found published on main, and public facts it found
masked or whole builds it found stopped, fixed by h22p: a third person and their home in a key column's note, a name
glued to a 文书号 or a 个体户's operator in its brackets (which stopped the build), a decision number's long serial read
as a card or a landline (which stopped the build or masked the number in the facts), waybill, member and staff numbers,
WeChat slang, a named person's professional certificate number, a home after 寓所, a person's village group, and the
over-masks of an organisation's 住所, an ID's list separator and 翻新iPhone. Through the public entry points: `scrub_text`
(one cell as the site publishes it) and `build_site` (every surface and the staff report). Each shape is tested both
ways: the private value is masked AND the public fact beside it is still published.

Values are synthetic; each group names the outsider's case folder its shape comes from.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.build import BuildOptions, build_site
from generator.deidentify import scrub_text
from tests.helpers import license_row, make_id, make_uscc, penalty_row, person_penalty_row, write_folder

MASK = "[已隐去]"
LAW = "违反了《中华人民共和国食品安全法》第三十四条的规定。"
AS_OF = "2026-12-07"


def _texts(folder: Path) -> str:
    """Every text file under folder, joined (the site's pages, datasets, feeds and search index; the staff report)."""
    return "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in sorted(folder.rglob("*"))
                     if p.is_file() and p.suffix in (".html", ".csv", ".json", ".jsonl", ".xml", ".txt"))


# -- L1_key_column_third_person, L2_report_quotes_key_column, S1_own_name_glued_to_key_stops_build,
# S2_decision_number_serial_stops_build: a clerk's note after a key's number naming a third person and their home, a
# person's name glued to the 号, a 个体户's operator in the key's brackets; a decision number whose serial is 12 or 13
# digits (GB/T 9704-2012 7.2.4: issuer's code, year in 〔〕, serial, 号). The site publishes (no gate stop), the persons'
# words are masked on every surface and in the staff report's late.csv and table, and the numbers stay as the keys.

def test_persons_in_key_columns_are_masked_everywhere_and_long_serials_publish(tmp_path: Path) -> None:
    note = "甘州市监罚〔2026〕901号（举报人祁永年，住新乐小区5号楼2单元302室）"
    rows = {
        "penalties": [
            penalty_row(统一社会信用代码=make_uscc(2201), 行政处罚决定书文号=note),
            person_penalty_row(行政相对人名称="祁永福", 证件号码=make_id("19800707", 311),
                               行政处罚决定书文号="甘州市监罚〔2026〕511号祁永福"),
            penalty_row(行政相对人名称="甘州区新乐烧烤店", 行政相对人类别="个体工商户", 统一社会信用代码=make_uscc(2202, prefix="92"),
                        法定代表人="马永乐", 行政处罚决定书文号="甘州市监罚〔2026〕515号（经营者马永乐）"),
            penalty_row(统一社会信用代码=make_uscc(2203), 行政处罚决定书文号="甘州市监罚[2026]620702202601号"),
            # (L4_home_after_yusuo: a person's home after 寓所, in the person's own facts)
            person_penalty_row(行政相对人名称="马福成", 证件号码=make_id("19800909", 316), 行政处罚决定书文号="甘州市监罚〔2026〕24号",
                               违法事实="经查，当事人无照经营。当事人寓所：甘州区梁家墩镇太平堡村8社56号。"),
        ],
        "licenses": [license_row(统一社会信用代码=make_uscc(2204), 行政许可决定文书号="甘州市监许〔2026〕1234567890123号")],
    }
    write_folder(tmp_path / "data", rows)
    build_site(BuildOptions(tmp_path / "data", tmp_path / "site", tmp_path / "report", dt.date.fromisoformat(AS_OF),
                            state_dir=tmp_path / "state"))
    site, report = _texts(tmp_path / "site"), _texts(tmp_path / "report")
    for secret in ("祁永年", "新乐小区5号楼", "2单元302室", "祁永福", "马永乐", "太平堡村8社56号"):
        assert secret not in site and secret not in report, secret
    penalties = (tmp_path / "site" / "data" / "penalties.csv").read_text(encoding="utf-8-sig")
    assert f"甘州市监罚〔2026〕901号（举报人祁**，住{MASK}）" in penalties
    assert "甘州市监罚〔2026〕511号祁**" in penalties and "甘州市监罚〔2026〕515号（经营者马**）" in penalties
    assert "甘州市监罚[2026]620702202601号" in penalties and "当事人寓所：" in penalties
    assert "甘州市监许〔2026〕1234567890123号" in (tmp_path / "site" / "data" / "licenses.csv").read_text(encoding="utf-8-sig")
    late = (tmp_path / "report" / "late.csv").read_text(encoding="utf-8-sig")
    assert f"901号（举报人祁**，住{MASK}）" in late and "511号祁**" in late  # (decided in March, first published in December)
    assert "personal-id-in-identifier" in (tmp_path / "report" / "issues.jsonl").read_text(encoding="utf-8")


# -- O6_decision_number_in_text_masked: the same decision number quoted in the facts is the decision's number, not a
# landline (its serial opens 0936, 甘州's area code). A landline named as one stays masked.

def test_a_decision_number_quoted_in_the_facts_stays_whole() -> None:
    text = "本案文书号甘州市监罚〔2026〕09368212345号。" + LAW
    assert scrub_text(text) == text
    out = scrub_text("当事人联系电话09368212345，" + LAW)
    assert "09368212345" not in out and MASK in out and "第三十四条" in out


def test_a_card_typed_as_a_decisions_serial_stays_masked() -> None:
    # (A 19-digit serial passing the card's Luhn check, ISO/IEC 7812-1: a card's number, whatever frames it.)
    out = scrub_text("甘州市监罚〔2026〕6222021234567890128号")
    assert "6222021234567890128" not in out and out.startswith("甘州市监罚〔2026〕")


# -- L3_complaint_waybill_member_numbers: a parcel's waybill (顺丰 SF and 12-13 digits, 中通's digits, 京东物流 JDX…: the
# carriers' tracking pages give the recipient for it) and a consumer's 会员号 point to the complainant, as the 订单号 does.
# The shop, the goods and the card's kind stay.

@pytest.mark.parametrize(("text", "secret", "public"), [
    ("消费者在当事人淘宝店铺购买牦牛肉干2袋，快递单号：SF1402938475612，要求退款。", "1402938475612", "牦牛肉干2袋"),
    ("中通快递单号75123456789012，消费者称未收到货。", "75123456789012", "消费者称未收到货"),
    ("京东物流JDX012345678901，消费者称未收到货。", "012345678901", "消费者称未收到货"),
    ("运单号YT1234567890123，包裹破损。", "1234567890123", "包裹破损"),
    ("投诉人在当事人处办理健身卡（会员号HY20260012），现门店关闭无法退费。", "20260012", "健身卡"),
    ("投诉人会员卡号：88012345，余额300元。", "88012345", "余额300元"),
])
def test_a_waybill_or_a_member_number_is_masked_and_the_complaint_stays(text: str, secret: str, public: str) -> None:
    out = scrub_text(text)
    assert secret not in out and MASK in out and public in out


@pytest.mark.parametrize("text", ["会员卡充值50000元，于2026年3月5日退还。", "银行账号与会员卡号均已核实。"])
def test_a_member_cards_amount_stays(text: str) -> None:
    assert scrub_text(text) == text


# -- L9_im_slang_and_staff_numbers: WeChat written ➕V / +V / 卫星： (chat slang), a worker's 工号 and 员工编号 (decided: the
# employer's number of one person, as a pupil's 学号). The finding stays; 卫星 with no colon is a satellite.

@pytest.mark.parametrize(("text", "secret"), [
    ("举报人➕V：kzy_v6。", "kzy_v6"), ("举报人+V kzy_v7。", "kzy_v7"), ("举报人卫星：kzy_v9。", "kzy_v9"),
    ("举报人工号20231104029。", "20231104029"), ("举报人员工编号：ZY2026001。", "2026001"),
])
def test_wechat_slang_and_staff_numbers_are_masked(text: str, secret: str) -> None:
    out = scrub_text("经查，当事人销售过期食品。" + text)
    assert secret not in out and out.startswith("经查，当事人销售过期食品。")


@pytest.mark.parametrize("text", ["当事人安装卫星定位系统2026年投入使用。", "员工编号2026年3月启用。", "公式a+value_of_b计算。"])
def test_a_satellite_or_a_year_after_a_staff_word_stays(text: str) -> None:
    assert scrub_text(text) == text


# -- L10_professional_certificate_numbers: the number of a named person's professional certificate in 许可内容 (decided:
# the person's certificate, as 律师执业证号 and 从业资格证号 already are — 《执业药师注册管理办法》, 《导游管理办法》, 《特种
# 设备作业人员监督管理办法》, 《医师执业注册管理办法》, 《保安服务管理条例》 issue them to persons). The licensed activity stays.

@pytest.mark.parametrize(("text", "secret"), [
    ("质量负责人执业药师资格证书编号0123456789", "0123456789"), ("从业人员健康证编号：甘健2026001234", "2026001234"),
    ("导游证号D-6207-012345", "012345"), ("特种设备作业人员证书编号TS6207001234", "6207001234"),
    ("坐堂医师执业证书编码110620700012345", "110620700012345"), ("保安员证号GA6207123456", "6207123456"),
])
def test_a_named_persons_certificate_number_is_masked_and_the_licence_stays(text: str, secret: str) -> None:
    out = scrub_text("药品零售；" + text)
    assert secret not in out and out.startswith("药品零售；") and MASK in out


def test_a_health_certificate_count_stays() -> None:
    assert scrub_text("从业人员已取得健康证2份。") == "从业人员已取得健康证2份。"


# -- L4_home_after_yusuo (the person's own record: in the build above), L8_person_home_village_in_remark: a home after 寓所
# (a person's dwelling), and a person described
# by their village's group (…老寺庙村五社农民: decided, the group of a few dozen households is the home, as a 籍贯 down to
# its village is). The villagers of a group who reported something, and the finding, stay.

def test_a_home_after_yusuo_is_masked_in_any_record() -> None:
    out = scrub_text("经查，法定代表人寓所：甘州区南街58号3单元201室。")
    assert "58号3单元201室" not in out and out.startswith("经查，法定代表人寓所：")


def test_a_persons_village_group_is_masked_and_a_groups_villagers_stay() -> None:
    out = scrub_text("祁连山，甘州区碱滩镇老寺庙村五社农民，2026年被评为诚信之星。")
    assert "老寺庙村五社" not in out and out.endswith("农民，2026年被评为诚信之星。")
    assert scrub_text("南关村五社村民反映当事人销售过期食品。") == "南关村五社村民反映当事人销售过期食品。"


# -- O1_org_zhusuo_in_party_block: an organisation's registered seat (住所, 《民法典》 art. 63) on its own line after the
# 法定代表人 line of its 当事人 block (《市场监督管理行政处罚文书格式范本》), or 住所地 right after its name, stays. A
# complainant's 住所 on the next line of theirs, and the legal representative's own 住所 in brackets, are still masked.

def test_an_organisations_seat_in_its_party_block_stays() -> None:
    block = "当事人：张掖市腾飞商贸有限公司\n法定代表人：刘占军\n住所：张掖市甘州区北环路168号\n经查，当事人销售过期食品。"
    assert "住所：张掖市甘州区北环路168号" in scrub_text(block)
    text = "当事人张掖市祁安商贸有限公司，住所地张掖市甘州区西环路58号，经查销售过期食品。"
    assert "住所地张掖市甘州区西环路58号" in scrub_text(text)


def test_a_persons_seat_is_still_masked() -> None:
    assert "2单元401室" not in scrub_text("举报人：王某\n住所：甘州区南街3号楼2单元401室")
    assert "2单元402室" not in scrub_text("法定代表人：刘占军（住所：甘州区南街3号楼2单元402室）")
    assert "五社14号" not in scrub_text("当事人祁某，住所地甘州区南关村五社14号。")


# -- O3_id_mask_eats_list_number: an ID after its word ends at its separator; the next item's number stays.

@pytest.mark.parametrize("text", ["证据：1.身份证复印件{id}；2.现场照片12张。", "证据：1.询问笔录（身份证号{id}）；2.现场照片；3.发票。"])
def test_an_id_mask_keeps_the_next_list_item(text: str) -> None:
    written = text.format(id=make_id("19650811", 151))
    out = scrub_text(written)
    assert make_id("19650811", 151) not in out and "2.现场照片" in out and ("；2." in out)


# -- O4_refurbished_iphone: 翻新iPhone 15 is a phone, not a plate (GA 36-2018 5.5: no office letter I). A plate stays masked.

def test_a_refurbished_iphone_stays_and_a_plate_is_masked() -> None:
    text = "当事人销售翻新iPhone 15 Pro Max 256G手机3部。"
    assert scrub_text(text) == text
    assert "甘G12345" not in scrub_text("当事人驾驶车牌号甘G12345的货车。")
