"""Hostile cases of the ninth outside pass on numbers, contacts and output channels (helper h9n).

Each case names its case folder under /work/notes/h9n/cases/<folder>/ (the notes: /work/notes/h9n.md). Values
synthetic, shapes real; sources of the shapes:

- a bare IPv4 (IETF RFC 791) or MAC address (IEEE Std 802, EUI-48) in a 12315 summary of a stolen account;
- a link's query parameter named for a contact or a document (RFC 3986 §3.4), its value Base64 (RFC 4648);
  mailto: with %40 (RFC 6068); WhatsApp's wa.me/<number> click-to-chat link;
- phones in "+" international form outside China (ITU-T E.123, E.164: +886, +1);
- contact words justified with a space (电 话：, 收款账 号：) in 询问笔录 and 登记表 templates;
- the same typed after an organisation's name or its representative's (published by every channel on main);
- several phones after one word (电话…、…) and a phone glued to the next word's numeral (…两个号码), which the
  leak gate found after the scrubber had left them (the build stopped);
- the public look-alikes: clause and version numbers, +86 400 hotlines, an amount after a masked phone, a
  sampling number passing a VIN's check by chance, an organisation's 住所.

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.helpers import make_id
from tests.hostile.corpus import Case, org_penalties


def cases() -> list[Case]:
    """The ninth pass's number, contact and output-channel cases (deterministic)."""
    out: list[Case] = []
    org = org_penalties("瑀", codes_from=21000, numbers_from=101000)

    # -- numbers-free-text-shapes: shapes no rule read -------------------------------------------------------------
    folder = "numbers-free-text-shapes"
    for text, planted in (("经查，消费者称对方登录地址192.168.31.109后盗刷。", "192.168.31.109"),
                          ("经查，当事人店内摄像头00-1A-2B-3C-71-09联网。", "00-1A-2B-3C-71-09"),
                          ("经查，当事人宣传单二维码指向 https://x.cn/reg?mobile=MTM5OTM3MTA5&src=qr 。", "MTM5OTM3MTA5"),
                          ("经查，当事人宣传单二维码指向 https://x.cn/r?sfzh=" + make_id("19800101", 919) + " 。",
                           make_id("19800101", 919)),
                          ("经查，宣传页印有 mailto:qjh7109%40qq.com 。", "qjh7109"),
                          ("经查，当事人网店客服联系方式为 https://wa.me/85291237109 。", "85291237109"),
                          ("经查，消费者称商家台湾手机为+886 912 347 109。", "912 347 109"),
                          ("经查，境外客户电话+1 (415) 555-7109。", "555-7109"),
                          ("经查，消费者称对方电 话：8217109。", "8217109"),
                          ("经查，当事人收款账 号：104012347109。", "104012347109")):
        out.append(Case("uncovered", f"{folder}: {planted}", {"penalties": [org(违法事实=text)]}, [planted]))
    # -- numbers-lists-and-numerals: the second number of a list, a number glued to a numeral; the gate found them --
    folder = "numbers-lists-and-numerals"
    for text, planted in (("经查，当事人电话13993687109、8217110。", "8217110"),
                          ("经查，当事人电话0936-8217111/8217112。", "8217112"),
                          ("经查，当事人向13993687113、13993687114两个号码发送短信。", "13993687114"),
                          ("经查，对方TEL0936-8217115。", "8217115"),
                          ("经查，身份证6222021234567108、8217116。", "8217116")):
        out.append(Case("uncovered", f"{folder}: {planted}", {"penalties": [org(违法事实=text)]}, [planted]))
    out.append(Case("written", f"{folder}: 一三九…一次 (Chinese numerals glued to the next word's)",
                    {"penalties": [org(违法事实="经查，当事人拨打一三九九三七一一七一一次。")]}, ["一三九九三七一一七一一"]))
    # -- numbers-homes-after-zhu: 住 opening a bracket or right after a person -------------------------------------
    folder = "numbers-homes-after-zhu"
    out.append(Case("uncovered", f"{folder}: 员工郝某（住…）", {"penalties": [org(违法事实="经查，员工郝某（住甘州区南大街12号3单元7109室）在店内收银。")]},
                    ["3单元7109室"]))
    # -- channels-party-cells-new-shapes: the new shapes typed after an organisation's name or its representative's --
    folder = "channels-party-cells-new-shapes"
    for name, rep, planted in (("甘州区瑀恒{n}商行（店主Ｖ信qjh7140）", "王五", "qjh7140"),
                               ("甘州区瑀恒{n}商贸有限公司", "赵六 +886 912 347 141", "912 347 141"),
                               ("甘州区瑀恒{n}商贸有限公司", "赵六（wa.me/85291237142）", "85291237142"),
                               ("甘州区瑀恒{n}商贸有限公司", "赵六 电 话：8217143", "8217143")):
        row = org(法定代表人=rep)
        n = row["统一社会信用代码"][-4:]
        row["行政相对人名称"] = name.format(n=n)
        out.append(Case("written", f"{folder}: {planted}", {"penalties": [row]}, [planted],
                        public=[name.format(n=n).split("（")[0]]))
    # -- the public look-alikes -------------------------------------------------------------------------------------
    folder = "numbers-public-look-alikes"
    for text, public in (("经查，当事人违反GB/T 31201-2014第5.1.2.3条，软件版本V2.3.10.7109未备案。", ["第5.1.2.3条", "V2.3.10.7109"]),
                         ("经查，当事人服务热线+86 400 888 7109，销售额同比+12.5%。", ["+86 400 888 7109", "+12.5%"]),
                         ("经查，联系电话13993687117，7109000元货款未退。", ["7109000元货款未退"]),
                         ("抽样单编号：NCP20266207020012，检验结论不合格。", ["NCP20266207020012"]),
                         ("经查，甘州区某某商贸有限公司（住所：甘州区南大街7109号）销售过期食品。", ["（住所：甘州区南大街7109号）"])):
        out.append(Case("overscrub", f"{folder}: {public[0]}", {"penalties": [org(违法事实=text)]}, [], public=public))
    return out
