"""Hostile cases of an outsider's privacy pass (h20o, session 14: /work/notes/h20o.md; fixed by h20p): numbers split by
symbols and emoji, minors whose age was written into a name cell or a passport's YYMMDD date, dates of birth in text,
homes as coordinates, as a bracket or a title number, platform handles, a soldier's card, a passport's machine-readable
zone; and the public facts beside them. Each folder is the outsider's case folder its shape comes from; values are
synthetic (瓪, 瓫: given-name characters no other corpus module uses; 瓨 in the organisations' names), shapes are the
outsider's. Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.helpers import make_id
from tests.hostile.corpus import Case, PenaltyRows

LAW = "违反了《中华人民共和国食品安全法》第三十四条的规定。"
ADULT_ID = make_id("19860412", 1931)


def cases() -> list[Case]:
    """The adv15 number, minor and home cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 191000, "瓨", 91300, 91700, "赵六", "19640404", 1900, 90)
    org = rows.org

    folder = "L1_phone_symbol_separators"  # (symbols and emoji between the groups, or after every digit)
    for written in ("1390🔸1936🔸1800", "1392👉1936👉1802", "1394→1936→1804", "1396＊1936＊1806", "1397｜1936｜1807",
                    "1395:1936:1815", "1396'1936'1816", "1❤3❤9❤1❤9❤3❤6❤1❤8❤2❤4", "139❤️1936❤️1834"):
        out.append(Case("written", f"{folder}: 电话{written}", {"penalties": [org(违法事实=f"经查，举报人电话{written}。{LAW}")]},
                        [written], public=[LAW]))

    folder = "L13_id_symbol_every_digit"
    out.append(Case("written", f"{folder}: an ID with ❤ after every digit", {"penalties": [org(
        违法事实=f"经查，员工身份证{'❤'.join(ADULT_ID)}。{LAW}")]}, ["❤".join(ADULT_ID[6:14])], public=[LAW]))
    for written, planted in (("座机0936❤821❤2346", "821❤2346"), ("QQ：1391❤9361❤82", "9361❤82"),
                             ("邮箱kuangzy🔸@🔸example.com", "kuangzy")):
        out.append(Case("written", f"{folder}: {written}", {"penalties": [org(违法事实=f"经查，举报人{written}。{LAW}")]},
                        [planted], public=[LAW]))

    folder = "L1_public_marks"  # (the same marks in public facts)
    out.append(Case("overscrub", f"{folder}: times, sizes, a standard", {"penalties": [org(
        违法事实="当事人营业时间08:30~17:30，销售包装尺寸1200×800×600mm的食品，不符合GB 2760—2014的规定。")]}, [],
        public=["08:30~17:30", "1200×800×600mm", "GB 2760—2014"]))

    folder = "L8_birth_yymmdd_minor"
    minor = rows.person("祁瓪瓫", 证件类型="护照", 证件号码="E19310001", 出生日期="080902")
    out.append(Case("minors", f"{folder}: 出生日期 080902", {"penalties": [minor]}, [minor["行政处罚决定书文号"], "E19310001"]))
    adult = rows.person("祁瓫瓪", 证件类型="护照", 证件号码="E19310002", 出生日期="860412")
    out.append(Case("overscrub", f"{folder}: 出生日期 860412 publishes", {"penalties": [adult]}, ["E19310002"],
                    public=[adult["行政处罚决定书文号"]]))

    folder = "L19_minor_operator_age_shapes"
    for aside in ("（17岁）", "（2009年生）", "（未成年）", "（二〇〇九年三月出生）", "（生于2009年3月）", "（出生日期：20090305）",
                  "（十七周岁）", "（2009年4月出生）"):
        shop = rows.business("甘州区瓨瓪鲜果店", f"隗瓪瓫{aside}", 法定代表人证件类型="身份证", 法定代表人证件号码=ADULT_ID)
        out.append(Case("minors", f"{folder}: 法定代表人 隗瓪瓫{aside}", {"penalties": [shop]}, [shop["行政处罚决定书文号"]]))

    folder = "L20_person_name_cell_minor"
    for aside in ("（17岁）", "（2009年4月17日出生）", "（未成年）", "（学生，2010年生）"):
        person = rows.person(f"隗瓫瓪{aside}", 证件号码=ADULT_ID)
        out.append(Case("minors", f"{folder}: 行政相对人名称 隗瓫瓪{aside}", {"penalties": [person]},
                        [person["行政处罚决定书文号"]]))

    folder = "L3_birth_date_shapes"
    # (Planted with the words after it: a year alone, read as digits by the check, is in many a public text.)
    for written in ("2015年3月生的", "二〇一六年生", "2015.3生", "出生于二〇一二年", "1990.05.06生", "出生年份：1988"):
        out.append(Case("written", f"{folder}: {written}", {"penalties": [org(违法事实=f"经查，当事人雇佣{written}员工从事搬运。{LAW}")]},
                        [f"{written}员工"], public=["员工从事搬运。" + LAW]))

    folder = "L4_home_coordinates"
    for written, planted in (("家住（坐标38.932411,100.455312）", "38.932411"), ("家庭住址定位：N38.932412 E100.455312", "38.932412"),
                             ("现住：https://uri.amap.com/marker?position=100.455314,38.932414", "38.932414")):
        out.append(Case("uncovered", f"{folder}: {written[:6]}", {"penalties": [org(违法事实=f"经查，举报人{written}。{LAW}")]},
                        [planted], public=[LAW]))

    folder = "L10_platform_handles"
    for written, planted in (("快手ID：kzy1986ks", "kzy1986ks"), ("B站UID：19311931", "19311931"),
                             ("微博UID 5019361931", "5019361931"), ("闲鱼ID：xy_kzy1931", "xy_kzy1931"),
                             ("视频号：kzy_sph1931", "kzy_sph1931"), ("京东账号jd_kzy1931", "jd_kzy1931"),
                             ("哔哩哔哩账号：kzy_bili1931", "kzy_bili1931")):
        out.append(Case("uncovered", f"{folder}: {written}", {"penalties": [org(违法事实=f"经查，举报人{written}。{LAW}")]},
                        [planted], public=[LAW]))

    folder = "L17_soldier_id"
    out.append(Case("uncovered", f"{folder}: 士兵证：陆字第…号", {"penalties": [org(违法事实=f"经查，员工士兵证：陆字第0019315号。{LAW}")]},
                    ["0019315"], public=["员工士兵证：", LAW]))

    folder = "L18_passport_mrz"
    out.append(Case("uncovered", f"{folder}: line 1", {"penalties": [org(违法事实=f"经查，外籍员工护照号码：P<CHNKUANG<<ZHIYUAN<<<<。{LAW}")]},
                    ["KUANG<<ZHIYUAN"], public=[LAW]))
    out.append(Case("uncovered", f"{folder}: line 2", {"penalties": [org(
        违法事实=f"经查，外籍员工护照机读码：E193193184CHN8604121M3101015。{LAW}")]}, ["E19319318"], public=[LAW]))

    folder = "L9_getihu_address_is_home"
    home = rows.business("甘州区瓨瓫鲜果店", "隗瓪瓪", 违法事实="经查，当事人地址：甘州区西关街3号院5号（经营者住处）。" + LAW)
    out.append(Case("uncovered", f"{folder}: （经营者住处）", {"penalties": [home]}, ["西关街3号院5号"], public=["（经营者住处）。" + LAW]))
    out.append(Case("uncovered", f"{folder}: a flat after the street number", {"penalties": [org(
        违法事实=f"经查，法定代表人联系地址：甘州区新乐路16号4-2-501。{LAW}")]}, ["新乐路16号", "4-2-501"], public=["联系地址：", LAW]))

    folder = "L12_property_cert_number"
    out.append(Case("uncovered", f"{folder}: a home's title number", {"penalties": [org(
        违法事实=f"经查，员工自有住房不动产权证号：甘（2021）甘州区不动产权第0019312号。{LAW}")]}, ["不动产权第0019312号"],
        public=["自有住房不动产权证号：", LAW]))
    return out
