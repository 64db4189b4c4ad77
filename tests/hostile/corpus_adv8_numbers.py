"""Hostile cases of the eighth adversarial pass on numbers, contacts and output channels (issue 16, adv8).

Each case names its case folder under /work/notes/adv8-cases/numbers-<folder>/ (the notes:
/work/notes/adv8-numbers.md). Values synthetic, shapes real; sources of the shapes:

- bank and payment SMS and receipts that name an account by its tail (您尾号6317的储蓄卡…), complaint summaries
  quoting them; 机动车尾号限行 notices (限行尾号为1和6: a rule, no person's);
- 信用修复 公示 lists printing an ID in part (6207021980****1234), phones printed as 139****0009;
- a CMS escaping the & of its own character references (&amp;#49;…);
- chat ids on Line, Skype (live:…), Telegram (电报) in cross-border complaints;
- a contact read out in toned pinyin typed into a 法定代表人 cell.

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.helpers import make_id
from tests.hostile.corpus import Case, org_penalties


def cases() -> list[Case]:
    """The adv8 number, contact and output-channel cases (deterministic)."""
    out: list[Case] = []
    org = org_penalties("琰", codes_from=9500, numbers_from=98800)

    # -- numbers-tails-after-weihao (adv7 left): the digits after 尾号/末四位/后四位, whatever the number -----------
    folder = "numbers-tails-after-weihao"
    for text, planted in (("经查，当事人通过尾号7093的对公账户收取消费者预付款。", "7093"),
                          ("经查，当事人以个人银行卡末四位7094收取货款。", "7094"),
                          ("经查，消费者称商家收款账户后四位为7095。", "7095")):
        out.append(Case("uncovered", f"{folder}: {text[3:18]}…", {"penalties": [org(违法事实=text)]}, [planted]))
    out.append(Case("overscrub", f"{folder}: 限行尾号 (a rule) stays",
                    {"penalties": [org(违法事实="经查，当事人驾驶货车违反本市机动车限行尾号为1和6的规定进入城区。")]}, [],
                    public=["限行尾号为1和6的规定"]))
    # -- numbers-starred-id-repair (adv7 left): an ID or a phone with its middle starred -------------------------
    folder = "numbers-starred-id-repair"
    pid = make_id("19800101", 851)
    for text, planted in ((f"经查，员工郝某（{pid[:10]}****{pid[-4:]}）未取得健康证明。", f"{pid[:10]}****{pid[-4:]}"),
                          (f"经查，员工郝某（{pid[:6]}********{pid[-4:]}）未取得健康证明。", f"{pid[:6]}********{pid[-4:]}"),
                          ("经查，消费者称其手机139****7096被商家泄露。", "139****7096")):
        out.append(Case("written", f"{folder}: {planted}", {"penalties": [org(违法事实=text)]}, [planted]))
    # -- numbers-double-escaped-refs (adv7 left): references escaped twice -----------------------------------------
    folder = "numbers-double-escaped-refs"
    refs = "".join(f"&amp;#{ord(c)};" for c in "13993687097")
    out.append(Case("written", f"{folder}: &amp;#49;…", {"penalties": [org(违法事实=f"经查，当事人在宣传页印有联系电话{refs}。")]},
                    ["13993687097"]))
    # -- numbers-app-handles (adv7 left): Line, Skype, Telegram ids ------------------------------------------------
    folder = "numbers-app-handles"
    for text, planted in (("经查，消费者称商家留下的联系方式为Line ID: qjh7098a。", "qjh7098a"),
                          ("经查，商家网页留有Skype：live:qjh_7098b。", "qjh_7098b"),
                          ("经查，商家网页留有电报：@qjh7098c。", "qjh7098c")):
        out.append(Case("uncovered", f"{folder}: {planted}", {"penalties": [org(违法事实=text)]}, [planted]))
    # -- numbers-pinyin-digits-representative (adv7 left): toned pinyin digits in a 法定代表人 cell -------------------
    folder = "numbers-pinyin-digits-representative"
    out.append(Case("written", f"{folder}: 法定代表人 with toned pinyin digits",
                    {"penalties": [org(法定代表人="赵六（yāo sān jiǔ jiǔ sān liù bā qī líng jiǔ jiǔ）")]},
                    ["yāo sān jiǔ jiǔ sān liù bā qī líng jiǔ jiǔ", "13993687099"]))
    # -- numbers-documents-vehicles-links (Part 2): documents without their word, VIN, IBAN, a WeChat profile link -----
    folder = "numbers-documents-vehicles-links"
    for text, planted in (("经查，员工郝某持A234567(9)证件在店内收银。", "A234567(9)"),
                          ("经查，员工郝某（A123456789）系台湾居民。", "A123456789"),
                          ("经查，员工郝某（H12347098）系香港居民。", "H12347098"),
                          ("经查，消费者的车辆（LSVAU2187N2123456）在当事人处维修后故障。", "LSVAU2187N2123456"),
                          ("经查，当事人要求消费者汇款至账户GB29 NWBK 6016 1331 9268 19。", "NWBK 6016 1331"),
                          ("经查，店主微信二维码为weixin://contacts/profile/qjh7098x。", "qjh7098x")):
        out.append(Case("uncovered", f"{folder}: {planted}", {"penalties": [org(违法事实=text)]}, [planted]))
    text = "经查，台湾地区生产的E12347098型号电饭煲未标注中文标签，香港产品批号H87657098已过期，依据GB 2760-2014罚款1250000元。"
    out.append(Case("overscrub", f"{folder}: product codes near place words stay", {"penalties": [org(违法事实=text)]}, [],
                    public=["E12347098型号", "批号H87657098", "GB 2760-2014", "1250000元"]))
    # -- channels-staff-typed-columns-new-shapes (Part 2): a tail typed into an enum column, quoted to staff ----------
    out.append(Case("staff", "channels-staff-typed-columns-new-shapes: 尾号7099 in 处罚类别",
                    {"penalties": [org(处罚类别="尾号7099")]}, ["7099"], staff_only=True))
    # -- channels-party-cells-other-contacts (Part 2, fixed by the lead): a WeChat id, a card or a plate typed after
    # an organisation's name or its representative's. The build stopped at the gate (no site for the day) and
    # `creditsite check --data` printed them to departments (tests/test_check.py has that channel).
    folder = "channels-party-cells-other-contacts"
    for name, rep, planted in (("甘州区琰恒{n}商行（店主微信qjh7100a）", "王五", "qjh7100a"),
                               ("甘州区琰祥{n}商行（收款卡号6222021234567897）", "王五", "6222021234567897"),
                               ("甘州区琰通{n}运输部（车牌甘G·A7101）", "王五", "甘G·A7101"),
                               ("甘州区恒{n}商贸有限公司", "赵六（微信qjh7100b）", "qjh7100b"),
                               ("甘州区恒{n}商贸有限公司", "赵六 卡号6222021234567898", "6222021234567898"),
                               ("甘州区恒{n}商贸有限公司", "赵六（车牌甘G·A7102）", "甘G·A7102")):
        row = org(法定代表人=rep)
        n = row["统一社会信用代码"][-4:]
        row["行政相对人名称"] = name.format(n=n)
        out.append(Case("written", f"{folder}: {planted}", {"penalties": [row]}, [planted],
                        public=[name.format(n=n).split("（")[0]]))
    return out
