"""Hostile cases of an outsider's privacy pass (h22o, session 16: /work/notes/h22o.md; fixed by h22p): persons and homes
in a key column's note, a name glued to a 文书号, a 个体户's operator in its brackets, a decision number's long serial,
waybill, member and staff numbers, WeChat slang, a named person's certificate number, a home after 寓所, a person's
village group; and the public facts beside them (the decision numbers, an organisation's 住所, the next item of a list,
翻新iPhone). Each folder is the outsider's case folder its shape comes from; values are synthetic (甔, 甒: given-name
characters no other corpus module uses; 甕 in the organisations' names), shapes are the outsider's. Registered by
`tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.helpers import license_row, make_id, make_uscc
from tests.hostile.corpus import Case, PenaltyRows

LAW = "违反了《中华人民共和国食品安全法》第三十四条的规定。"
ADULT_ID = make_id("19610909", 2219)


def cases() -> list[Case]:
    """The adv22 key-column, number and home cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 221000, "甕", 52300, 52700, "赵六", "19610909", 2200, 90)
    org = rows.org

    # L1/L2: a third person and their home in a clerk's note after the key's number; staff's late.csv quotes the key.
    folder = "L1_key_column_third_person"
    for n, (note, planted) in enumerate((("（举报人祁甔甒，住新乐小区7号楼2单元302室）", ["祁甔甒", "7号楼2单元302室"]),
                                         ("（证人宓甒甒）", ["宓甒甒"]), ("（投诉人隗甔甒，住新乐小区8号楼2单元334室）", ["隗甔甒"]))):
        number = f"甘州市监罚〔2026〕2219{n:02d}号"
        row = org(行政处罚决定书文号=number + note)
        out.append(Case("identifier", f"{folder}: 文书号 {number}{note}", {"penalties": [row]}, planted,
                        public=[number], codes=["personal-id-in-identifier"], staff_only=True))
    number = "甘州市监许〔2026〕221950号"
    licence = license_row(行政相对人名称="甘州区甕许可商贸有限公司", 统一社会信用代码=make_uscc(52390), 许可编号="JY16207020221950",
                          行政许可决定文书号=number + "（举报人祁甒甔，住新乐小区9号楼1单元101室）")
    out.append(Case("identifier", f"{folder}: 行政许可决定文书号 with a note", {"licenses": [licence]},
                    ["祁甒甔", "9号楼1单元101室"], public=[number], codes=["personal-id-in-identifier"], staff_only=True))

    # S1: the party's own name glued to the 号, a 个体户's operator in the key's brackets (the build stopped).
    folder = "S1_own_name_glued_to_key_stops_build"
    person = rows.person("祁甒甒", 证件号码=ADULT_ID)
    number = person["行政处罚决定书文号"]
    person["行政处罚决定书文号"] = number + "祁甒甒"
    out.append(Case("identifier", f"{folder}: {number}祁甒甒", {"penalties": [person]}, ["祁甒甒"], public=[number],
                    codes=["personal-id-in-identifier"], staff_only=True))
    shop = rows.business("甘州区甕甕烧烤店", "马甔甔")
    number = shop["行政处罚决定书文号"]
    shop["行政处罚决定书文号"] = number + "（经营者马甔甔）"
    out.append(Case("identifier", f"{folder}: {number}（经营者马甔甔）", {"penalties": [shop]}, ["马甔甔"], public=[number],
                    codes=["personal-id-in-identifier"], staff_only=True))

    # S2/O6: a decision number's 12- or 13-digit serial (GB/T 9704-2012 7.2.4's frame) is the decision's number.
    folder = "S2_decision_number_serial_stops_build"
    for number in ("甘州市监罚[2026]620702202622号", "甘州市监罚〔2026〕2212345678901号"):
        out.append(Case("overscrub", f"{folder}: {number}", {"penalties": [org(行政处罚决定书文号=number)]}, [], public=[number]))
    text = "本案文书号甘州市监罚〔2026〕09368212245号。"
    out.append(Case("overscrub", f"O6_decision_number_in_text_masked: {text}", {"penalties": [org(违法事实=text + LAW)]}, [],
                    public=[text]))

    # L3/L9/L10: numbers that point to one person, after their words.
    folder = "L3_L9_L10_person_numbers"
    for text, planted in (("快递单号：SF1402938422612，", "SF1402938422612"), ("中通快递单号75123456722012，", "75123456722012"),
                          ("京东物流JDX012345622901，", "JDX012345622901"), ("健身卡（会员号HY20262212），", "HY20262212"),
                          ("举报人➕V：kzy_v22。", "kzy_v22"), ("举报人卫星：kzy_v23。", "kzy_v23"),
                          ("举报人工号20231122029。", "20231122029"), ("员工编号：ZY2026221。", "ZY2026221"),
                          ("执业药师资格证书编号0123452289，", "0123452289"), ("保安员证号GA6207122456，", "GA6207122456")):
        row = org(违法事实="经查，当事人销售过期食品。" + text + LAW)
        out.append(Case("uncovered", f"{folder}: {text}", {"penalties": [row]}, [planted], public=["当事人销售过期食品"]))

    # L4/L8: a home after 寓所 in the person's own facts; a person's village group.
    folder = "L4_L8_homes"
    person = rows.person("马甔甕", 证件号码=ADULT_ID, 违法事实="经查，当事人无照经营。当事人寓所：甘州区梁家墩镇太平堡村8社22号。")
    out.append(Case("uncovered", f"{folder}: 寓所", {"penalties": [person]}, ["太平堡村8社22号"], public=["当事人寓所："]))
    row = org(违法事实="经查，证人祁甕山，甘州区碱滩镇老寺庙村五社农民，" + LAW)
    out.append(Case("uncovered", f"{folder}: …村五社农民", {"penalties": [row]}, ["老寺庙村五社"], public=["农民，违反了"]))

    # O1/O3/O4: an organisation's seat in its 当事人 block, an ID's list separator, 翻新iPhone.
    block = "当事人：甘州区甕座商贸有限公司\n法定代表人：刘占军\n住所：张掖市甘州区北环路222号\n经查，当事人销售过期食品。"
    out.append(Case("overscrub", "O1_org_zhusuo_in_party_block", {"penalties": [org(违法事实=block + LAW)]}, [],
                    public=["住所：张掖市甘州区北环路222号"]))
    text = f"证据：1.身份证复印件{make_id('19650811', 2222)}；2.现场照片22张。"
    out.append(Case("overscrub", "O3_id_mask_eats_list_number", {"penalties": [org(违法事实=text)]},
                    [make_id("19650811", 2222)], public=["；2.现场照片22张"]))
    text = "当事人销售翻新iPhone 15 Pro Max 256G手机22部。"
    out.append(Case("overscrub", "O4_refurbished_iphone", {"penalties": [org(违法事实=text + LAW)]}, [], public=[text]))
    return out
