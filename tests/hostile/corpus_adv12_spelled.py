"""Hostile cases of the lead's eleventh-session composition fuzz on numbers (/work/notes/lead11/fuzz_numbers.py,
sep_matrix.py): an identity number, a mobile or a bank card spelled out with one mark between its digits, the
marks a clerk's keyboard or a hostile entry gives — a dot after every digit (the "dots between digits" the project's
guide names first), a dot at irregular places, an ASCII comma or semicolon between digits, a full-width comma after
银行卡. Values synthetic; the public facts beside them (decimal amounts 0.5万元, a version 2.0.1, an amount with
thousands separators 1,380,000元, a list of decimals 0.5,0.7) are the shapes of published penalty decisions'
罚没金额 (国家市场监督管理总局《市场监督管理行政处罚文书格式范本》(2021) 罚款 lines) and must stay.

Before the fix (main at 98e40bf): a valid ID written 6.2.0.7.0.2.… with no keyword before it was published whole (37 of
40 in the fuzz: each 0 then a dot was read as a decimal number's "0." and cut the number); written with ASCII commas or
semicolons, 40 of 40 (those marks were no separators at all); a number of 18 one-digit groups could not be joined
(at most 16 groups were); one mark inside the blocks and another between them (1 3 9-9 3 6 8-7 0 9 8) was read as
several small numbers (the detector's rule for SVG path data, 3.54 2.36-2.19), and published.

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.helpers import make_id
from tests.hostile.corpus import Case, org_penalties


def cases() -> list[Case]:
    """The spelled-out numbers (deterministic)."""
    out: list[Case] = []
    org = org_penalties("琞", codes_from=51500, numbers_from=151000)
    dotted = make_id("19900102", 151)
    commas = make_id("19881203", 152)
    semis = make_id("19770405", 153)
    irregular = make_id("19690708", 154)
    blocks = make_id("19850910", 155)
    mixed = make_id("19920304", 156)
    listed_mix = make_id("19830415", 157)
    starred = make_id("19790823", 158)
    for text, planted in (
        (f"经查，当事人雇用人员{'.'.join(dotted)}在店内从事销售。", dotted),
        (f"经查，当事人员工证件{','.join(commas)}，未取得健康证明。", commas),
        (f"经查，当事人员工{';'.join(semis)}未取得健康证明。", semis),
        (f"经查，员工{irregular[:2]}.{irregular[2:3]}.{irregular[3:7]}.{irregular[7]}.{irregular[8:10]}."
         f"{irregular[10:14]}.{irregular[14:16]}.{irregular[16:]}在店内。", irregular),
        ("经查，当事人在店内张贴13.8.482.0.981.2招揽顾客。", "13848209812"),
        ("经查，当事人收取货款的银行卡：6222，0212，3456，7890，128。", "6222021234567890128"),
        # one mark between the digits of a block, another between the blocks (3-4-4, 6-8-4)
        ("经查，当事人在店内张贴1 3 9-9 3 6 8-7 0 9 8招揽顾客。", "13993687098"),
        ("经查，当事人在店内张贴1.8.6 9.3.6.8 7.0.9.7招揽顾客。", "18693687097"),
        (f"经查，员工{'_'.join(blocks[:6])}-{'_'.join(blocks[6:14])}-{'_'.join(blocks[14:])}未取得健康证明。", blocks),
        # any other mix of marks: an ID with a right check digit anywhere, a mobile after a phone's word
        (f"经查，员工{mixed[:2]}- {mixed[2:5]}-{mixed[5:9]} {mixed[9:12]}·{mixed[12:16]} {mixed[16:]}未取得健康证明。", mixed),
        ("经查，投诉人（电话1 5· 9· 3·5· 903· 9· 0 ·9）反映。", "15935903909"),
        ("经查，当事人在店内张贴招工启事，手机1·3·9·1·\u2060·1\u20603·2\u2060·7·2·9·3。", "13911327293"),
        # a landline with its area code: a dot after every digit (a decimal has one point), or marks mixed after 电话
        ("经查，当事人在店内张贴0.9.3.6.8.2.7.1.5.3.4招揽顾客。", "09368271534"),
        ("经查，投诉人（电话：0 9 3 6 - 8 2 7 1 5 3 5）反映。", "09368271535"),
        # a bank card (UnionPay, right Luhn digit) with a list's marks between every digit, no word before it
        ("经查，当事人收款卡6、2、2、2、0、2、1、2、3、4、5、6、7、8、9、0、1、2、8。", "6222021234567890128"),
        ("经查，当事人在店内张贴4|5|3|9|1|4|8|8|0|3|4|3|6|4|6|7招揽顾客。", "4539148803436467"),
        # a list's marks mixed with spaces, and the asterisks of a half-masked number among the digits
        # (planted as written, marks and all: the test's reading drops spaces but not 、 or *, and the digits between
        # those marks are what a reader would see)
        (f"经查，员工{listed_mix[0]}、\u3000{listed_mix[1:3]}、{listed_mix[3]}、\u3000{listed_mix[4:9]}\u3000、{listed_mix[9:13]}、"
         f"{listed_mix[13:]}未取得健康证明。", f"{listed_mix[4:9]}、{listed_mix[9:13]}、{listed_mix[13:]}"),
        (f"经查，员工（{starred[:3]}**{starred[3]} {starred[4]} **{starred[5:10]} {starred[10:]}）未取得健康证明。",
         f"**{starred[5:]}"),
        # a licence plate with Chinese numerals for its digits
        ("经查，当事人驾驶甘G一二三四六号车辆运送。", "甘G一二三四六"),
    ):
        out.append(Case("written", f"spelled-out number: {text[3:20]}…", {"penalties": [org(违法事实=text)]}, [planted]))
    # a mobile spelled out in an organisation's 法定代表人 (an identifier-like cell: withheld with a warning, as 王五13993670900)
    out.append(Case("identifier", "spelled-out mobile in 法定代表人: 王五1 3 9-9 3 6 8-7 1 2 3",
                    {"penalties": [org(法定代表人="王五1 3 9-9 3 6 8-7 1 2 3")]}, ["13993687123"],
                    codes=["personal-id-in-identifier"]))
    # e-mail addresses whose at-sign or dots are written so that the trigger missed them (fuzz_email.py: 305 of 1,500 on main)
    for text, planted in (
        ("经查，投诉人邮箱qisan1985(at)gmail[.]com，", "qisan1985"),
        ("经查，投诉人邮箱qisi1986@@qq.com，", "qisi1986"),
        ("经查，投诉人邮箱ｑｉｗｕ１９８７（ａｔ）ｏｕｔｌｏｏｋ.ｃｏｍ，", "qiwu1987"),
        ("经查，投诉人邮箱ＱＩＬＩＵ１９８８ ＡＴ ＧＭＡＩＬ . ＣＯＭ，", "qiliu1988"),
        ("经查，投诉人邮箱qi\u200bqi1989(\u200bat)163.com，", "qiqi1989"),
        ("经查，投诉人邮箱qiba1990[@]sina.com，", "qiba1990"),
    ):
        out.append(Case("written", f"spelled-out e-mail: {planted}", {"penalties": [org(违法事实=text)]}, [planted]))
    out.append(Case("overscrub", "spelled-out number: decimals, versions and amounts beside them stay", {"penalties": [org(
        违法事实="经查，当事人销售的产品标示版本2.0.1，罚款0.5万元，没收违法所得0.7万元，货值1,380,000元，抽检值0.5,0.7,0.9，规格1.5-2.0 3.5-4.0 5.5-6.0 7.5，"
                 "检验日期2026-03-05 2026-04-05，依据GB 2760-2014 GB 7718-2011、GB/T 191-2008 3.1.2，批号2026.03.05-012 1.5 kg，罚没款12,345,678,901元，第1、2、3条。")]}, [],
        public=["版本2.0.1，罚款0.5万元，没收违法所得0.7万元，货值1,380,000元，抽检值0.5,0.7,0.9，规格1.5-2.0 3.5-4.0 5.5-6.0 7.5，"
                "检验日期2026-03-05 2026-04-05，依据GB 2760-2014 GB 7718-2011、GB/T 191-2008 3.1.2，批号2026.03.05-012 1.5 kg，罚没款12,345,678,901元，第1、2、3条"]))
    return out
