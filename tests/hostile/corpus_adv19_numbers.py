"""Hostile cases of an outsider's privacy pass (h21o, session 15: /work/notes/h21o.md; fixed by h21p): a 15-digit 身份证
in 工商注册号, minors' ages in traditional, ROC-year, 虚岁/足岁/实岁, English, generation and school-year shapes, birth
dates in other shapes, spaced HKIDs, foreign phones with 00 or a bare 852/853/886 code, foreigners' permits and foreign
personal numbers, social-insurance numbers, platform handles, a person's 住所 and address tails; and the public facts
beside them. Each folder is the outsider's case folder its shape comes from; values are synthetic (甓, 甑: given-name
characters no other corpus module uses; 甏 in the organisations' names), shapes are the outsider's. Registered by
`tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from stdnum.iso7064 import mod_11_10

from tests.helpers import make_id
from tests.hostile.corpus import Case, PenaltyRows

LAW = "违反了《中华人民共和国食品安全法》第三十四条的规定。"
ADULT_ID = make_id("19860412", 2119)


def _old_id(born: str) -> str:
    """A first-generation 15-digit 身份证 (GB 11643-1989: region, YYMMDD, serial) failing the 注册号's ISO 7064 MOD 11,10
    check digit (GS15-2006)."""
    return next(n for n in (f"620702{born}{s}" for s in range(211, 999)) if not mod_11_10.is_valid(n))


def cases() -> list[Case]:
    """The adv19 number, minor and home cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 211000, "甏", 51300, 51700, "赵六", "19620808", 2100, 90)
    org = rows.org

    # L15 (decided, reverted in round 15): a 15-digit number in 工商注册号 is the registration number it is filed as
    # (tests/test_privacy_adv19.py); the same digits named as an ID in the facts are a person's and masked.
    folder = "L15_regno_is_15digit_id"
    old = _old_id("800102")
    shop = rows.business("甘州区甏甓烧烤店", "宓甓甑", 违法事实=f"当事人经营者身份证号{old}，销售过期食品。")
    out.append(Case("uncovered", f"{folder}: 身份证号 {old} in the facts", {"penalties": [shop]}, [old],
                    public=["甘州区甏甓烧烤店"]))

    folder = "L16_L17_L18_minor_shapes"
    for aside in ("（未滿18週歲）", "（十七週歲）", "（國中生）", "（民國98年生）", "（17虚岁）", "（实岁17）", "（童工）", "（10后）",
                  " (aged 17)", "（九年级）", "（09.04.17）", "（男，17）"):
        person = rows.person(f"隗甓甑{aside}", 证件号码=ADULT_ID)
        out.append(Case("minors", f"{folder}: 行政相对人名称 隗甓甑{aside}", {"penalties": [person]},
                        [person["行政处罚决定书文号"]]))
    for aside in ("（未滿18週歲）", "（民國98年生）", "（17足岁）", " (17 y/o)"):
        shop = rows.business("甘州区甏甑鲜果店", f"宓甑甓{aside}", 法定代表人证件类型="身份证", 法定代表人证件号码=ADULT_ID)
        out.append(Case("minors", f"{folder}: 法定代表人 宓甑甓{aside}", {"penalties": [shop]}, [shop["行政处罚决定书文号"]]))
    for text in ("當事人隗甑甑（16週歲）。", "当事人隗甑甑，男，民国99年3月5日出生。"):
        person = rows.person("隗甑甑", 证件号码=ADULT_ID, 违法事实=text + LAW)
        out.append(Case("minors", f"{folder}: 违法事实 {text}", {"penalties": [person]}, [person["行政处罚决定书文号"]]))
    adult = rows.person("隗甓甓（民國69年生）", 证件号码=ADULT_ID)
    out.append(Case("overscrub", f"{folder}: an adult in ROC years publishes", {"penalties": [adult]}, [],
                    public=[adult["行政处罚决定书文号"]]))

    folder = "L14_birth_date_shapes"
    for written, planted in (("出生日期：民國79年2月1日", "民國79年2月1日"), ("出生日期：90/02/05", "90/02/05"),
                             ("1990年2月7日出世", "1990年2月7日出世"), ("1990年2月8日降生", "1990年2月8日降生"),
                             ("36岁（1990年2月12日）", "1990年2月12日")):
        out.append(Case("written", f"{folder}: {written}", {"penalties": [org(违法事实=f"经查，员工隗某，{written}。{LAW}")]},
                        [planted], public=[LAW]))

    folder = "L1_hkid_spaced"
    for written, planted in (("香港身份证号码 K 721191 (3)", "721191"), ("香港身份证K 721 192(3)", "721 192")):
        out.append(Case("uncovered", f"{folder}: {written}", {"penalties": [org(违法事实=f"经查，员工{written}。{LAW}")]},
                        [planted], public=[LAW]))

    folder = "L9_foreign_phone_852_00_prefix"
    for written, planted in (("852-62119568", "62119568"), ("00852 6211 9571", "6211 9571"), ("0085262119573", "62119573"),
                             ("852 6211 9574", "6211 9574"), ("00886-9-12119582", "12119582"), ("00853 6621 1957", "6621 1957")):
        out.append(Case("uncovered", f"{folder}: {written}", {"penalties": [org(违法事实=f"经查，举报人电话{written}。{LAW}")]},
                        [planted], public=[LAW]))

    folder = "L10_foreign_and_permit_document_numbers"
    for written, planted in (("外国人居留许可证号码：甘0021191", "0021191"), ("工作许可证号：620021191678901", "620021191678901"),
                             ("外籍人员就业证号A620021191", "A620021191"), ("签证号码 V21191678", "V21191678"),
                             ("SSN 211-91-6789", "211-91-6789"), ("新加坡身份证S2119167D", "S2119167D"),
                             ("韩国身份证号900101-2119167", "2119167"), ("马来西亚身份证900101-14-2119", "14-2119"),
                             ("日本个人番号2119 5678 9012", "2119 5678 9012"), ("印度Aadhaar 2119 5678 9123", "2119 5678 9123")):
        out.append(Case("uncovered", f"{folder}: {written}", {"penalties": [org(违法事实=f"经查，员工{written}。{LAW}")]},
                        [planted], public=[LAW]))

    folder = "L11_social_insurance_numbers"
    for written, planted in (("养老保险个人编号：620702119456", "620702119456"), ("医保个人编码：62000021191678", "62000021191678")):
        out.append(Case("uncovered", f"{folder}: {written}", {"penalties": [org(违法事实=f"经查，员工{written}。{LAW}")]},
                        [planted], public=[LAW]))

    folder = "L19_platform_handles_more"
    for written, planted in (("dy号：kzy2119a", "kzy2119a"), ("tg：@kzy2119b", "kzy2119b"), ("Discord: kzy#2119", "kzy#2119"),
                             ("私信账号@kzy2119c", "kzy2119c")):
        out.append(Case("uncovered", f"{folder}: {written}", {"penalties": [org(违法事实=f"经查，举报人{written}。{LAW}")]},
                        [planted], public=[LAW]))

    folder = "L2_home_after_zhusuo"
    for written, planted in (("举报人住所：甘州区新乐路21号4栋2单元506室", "新乐路21号4栋"),
                             ("舉報人住所：臺北市大安區和平東路二段211巷3弄5號4樓", "211巷3弄5號"),
                             ("法定代表人赵六住所：甘州区新乐路21号4栋2单元905室", "2单元905室")):
        out.append(Case("uncovered", f"{folder}: {written[:6]}", {"penalties": [org(
            违法事实=f"经查，当事人住所：张掖市甘州区南环路211号。{written}。{LAW}")]}, [planted],
            public=["当事人住所：张掖市甘州区南环路211号。", LAW]))

    folder = "L12_home_address_tails"
    for written, planted in (("家庭住址门牌号：新乐路21-4-2-504", "21-4-2-504"), ("住址：甘州区新乐路21号4#2-508", "4#2-508"),
                             ("住址：甘州区新乐路21号B区3-511", "B区3-511")):
        out.append(Case("uncovered", f"{folder}: {written}", {"penalties": [org(违法事实=f"经查，举报人{written}。{LAW}")]},
                        [planted], public=[LAW]))
    return out
