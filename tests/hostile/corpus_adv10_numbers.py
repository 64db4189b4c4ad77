"""Hostile cases of the tenth outside pass on numbers, contacts and documents (helper h11n).

Each case names its case folder under /work/notes/h11n/cases/<folder>/ (the notes: /work/notes/h11n.md). Values
synthetic, shapes real; sources of the shapes:

- a mobile written with its units, as the number it spells or digit by digit with a unit after each (GB/T 15835-2011
  §5; 《支付结算办法》附一 大写 amounts): h9n's left case;
- a bare Base64 value of a mobile or an identity number (IETF RFC 4648 §4), in free text and typed into 工商注册号;
- contact words glued to the wrong number (QQ0936-…, TEL6222…) and an account after its holder's name (户名…, the
  fields of a transfer slip): h9n's left cases;
- circled numbers 21-50 and digits with a comma (Unicode Enclosed CJK Letters and Months, Enclosed Alphanumeric
  Supplement); digits escaped by JavaScript's escape(), C's \\x and a URL escaped twice (ECMA-262 B.2.1.1, ISO/IEC
  9899 6.4.4.4, RFC 3986 2.4);
- digits stored reversed behind a right-to-left override (Unicode UAX #9; "Trojan Source", CVE-2021-42574) and a
  mobile in Excel's scientific notation (ECMA-376 Part 1 §18.8.30);
- foreign passports (ICAO Doc 9303 Part 4), old 回乡证 and 台胞证 numbers, 军官证 字第 numbers, a document's number
  named again after a comma;
- the public facts beside each: amounts, dates, law articles, decision numbers, credit codes.

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

import base64

from tests.helpers import make_id
from tests.hostile.corpus import Case, org_penalties


def _mobile(n: int) -> str:
    return f"1399374{n:04d}"


def cases() -> list[Case]:
    """The tenth pass's number, contact and document cases (deterministic)."""
    out: list[Case] = []
    org = org_penalties("瑨", codes_from=23500, numbers_from=103500)

    # -- numbers-free-text-shapes: h9n's left cases ----------------------------------------------------------------
    folder = "numbers-free-text-shapes"
    b64_mobile = base64.b64encode(_mobile(1).encode()).decode()
    for text, planted in (("经查，消费者称当事人电话为一百三十九亿九千三百七十四万零二，罚款2000元。", "一百三十九亿九千三百七十四万零二"),
                          ("经查，消费者称当事人电话为十三亿九千九百三十七万四千零零零三，罚款2000元。", "十三亿九千九百三十七万四千零零零三"),
                          (f"经查，当事人宣传单二维码内容{b64_mobile}，罚款2000元。", b64_mobile.rstrip("=")),
                          ("经查，当事人QQ0936-8219401，罚款2000元。", "8219401"),
                          ("经查，当事人TEL6222600010001000006，罚款2000元。", "6222600010001000006"),
                          ("经查，当事人收款户名张翀 104012345609405，罚款2000元。", "104012345609405"),
                          ("经查，收款户名：甘州区瑨瑨商贸有限公司 104012345609406，罚款2000元。", "104012345609406")):
        out.append(Case("uncovered", f"{folder}: {planted}", {"penalties": [org(违法事实=text)]}, [planted], public=["罚款2000元"]))
    out.append(Case("overscrub", f"{folder}: 罚款… after a masked phone", {"penalties": [org(
        违法事实="经查，联系电话13993740007和罚款1234567元，依据《食品安全法》第一百二十四条。")]}, ["13993740007"],
        public=["罚款1234567元", "第一百二十四条"]))
    out.append(Case("overscrub", f"{folder}: amounts written with units", {"penalties": [org(
        违法事实="经查，当事人货值金额一千三百九十九万三千七百元，罚款十三亿九千九百三十七万四千零零零八元。")]}, [],
        public=["一千三百九十九万三千七百元", "十三亿九千九百三十七万四千零零零八元"]))

    # -- numbers-round2-shapes: other Unicode digits, escapes, documents --------------------------------------------
    folder = "numbers-round2-shapes"
    comma = "".join(chr(0x1F101 + int(c)) for c in _mobile(12))
    for text, planted in (("经查，当事人宣传单印有⑬⑨⑨㊲④⓪①①①，罚款2000元。", "13993740111"),
                          (f"经查，当事人宣传单印有{comma}，罚款2000元。", _mobile(12)),
                          ("经查，当事人网页源码含" + "".join(f"\\x{ord(c):x}" for c in _mobile(13)) + "，罚款2000元。", _mobile(13)),
                          ("经查，当事人网页源码含" + "".join(f"%u{ord(c):04X}" for c in _mobile(14)) + "，罚款2000元。", _mobile(14)),
                          ("经查，当事人二维码链接含" + "".join(f"%25{ord(c):02X}" for c in _mobile(15)) + "，罚款2000元。",
                           _mobile(15)),
                          ("经查，员工回乡证HA123416，罚款2000元。", "HA123416"),
                          ("经查，员工台胞证1234567417B，罚款2000元。", "1234567417B"),
                          ("经查，员工军官证号：南字第0418号，罚款2000元。", "南字第0418号"),
                          ("经查，员工证件类型：台湾居民来往大陆通行证，号码：10234419，罚款2000元。", "10234419"),
                          ("经查，员工持士兵证，编号1023420，罚款2000元。", "1023420"),
                          ("经查，持台湾居民来往大陆通行证（号码：10234421），罚款2000元。", "10234421"),
                          ("经查，外籍员工护照号P1234422A，罚款2000元。", "P1234422A"),
                          ("经查，外籍员工护照号C01X00T23，罚款2000元。", "C01X00T23"),
                          ("经查，外籍员工护照号12AB34424，罚款2000元。", "12AB34424"),
                          ("经查，员工身份证号" + make_id("19810202", 425)[:17] + "×，罚款2000元。", make_id("19810202", 425)[:17]),
                          ("经查，当事人\u202e" + _mobile(27)[::-1] + "\u202c，罚款2000元。", _mobile(27)[::-1]),
                          ("经查，员工手机1.3993740028E+10，罚款2000元。", "3993740028")):
        out.append(Case("uncovered", f"{folder}: {planted}", {"penalties": [org(违法事实=text)]}, [planted], public=["罚款2000元"]))
    # An identity number's Base64 typed into 工商注册号 (published as the registration number on main).
    b64_id = base64.b64encode(make_id("19810202", 426).encode()).decode()
    row = org(违法事实="经查，当事人销售过期食品。")
    row["工商注册号"] = b64_id
    out.append(Case("written", f"{folder}: Base64 ID in 工商注册号", {"penalties": [row]}, [b64_id, make_id("19810202", 426)],
                    public=[row["行政处罚决定书文号"], row["统一社会信用代码"]]))
    out.append(Case("overscrub", f"{folder}: the facts after a document word", {"penalties": [org(
        违法事实="经查，当事人持往来港澳通行证，于2026年3月5日出境，规格3×4，面积12×15米。")]}, [],
        public=["于2026年3月5日出境", "规格3×4", "面积12×15米"]))
    return out
