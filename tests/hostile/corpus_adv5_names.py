"""Hostile cases of the fifth adversarial pass on names and over-scrubbing (issue 16 follow-up, adv5).

Each case names the case folder of /work/notes/adv5-cases/ it comes from (the attack report
/work/notes/adv5-report.md, sections 1.3b, 1.3c, 1.6, 1.8 and the over-scrubbing rows of its table); the
folders hold the rows as the attacker wrote them, these cases the same shapes with their own synthetic
values (rare given-name characters, so a planted name cannot be in a public page by chance).

Sources of the shapes from outside:
- the CJK radicals read as the ideograph they look like: Unicode's EquivalentUnifiedIdeograph.txt
  (UCD 14.0, U+2E81-2EF3; as copied in github.com/mochi-co/equivalent-unified-ideograph,
  data/EquivalentUnifiedIdeograph.txt): ⺩ U+2EA9 -> 王, ⻩ U+2EE9 -> 黄, ⻢ U+2EE2 -> 马, ⻓ U+2ED3 -> 长 …;
  ⾦ U+2FA6 is a Kangxi radical (NFKC -> 金);
- the wording of decisions that name the persons of an inquiry (执法人员对…进行询问, 现场…人正在用餐, 署名为
  “李先生”的来电人): 保山市隆阳区 隆市监罚〔2021〕175号 (longyang.gov.cn/info/4564/9731819.htm) and 牟定县
  牟市监处罚〔2023〕26号 (www.mdx.gov.cn, 行政执法结果);
- 12315 summaries as consumers type them (pinyin names, a space in a name copied from an aligned list):
  the attack's folders named below.

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.hostile.corpus import Case, PenaltyRows

_FOLDER = "/work/notes/adv5-cases/"


def cases() -> list[Case]:
    """The adv5 name and over-scrubbing cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []

    rows = PenaltyRows(lambda: next(serial), 61000, "泰", 9500, 9800, "赵六", "19790505", 300, 600)
    org, person, business = rows.org, rows.person, rows.business

    def named(folder: str, column: str, text: str, name: str, *also: str) -> None:
        """A third person named in an organisation's record: `name` (and `also`) never published."""
        row = org(**{column: text.format(name)})
        out.append(Case("names", f"{folder}: {text.format('…')}", {"penalties": [row]}, [name, *also],
                        public=[row["行政处罚决定书文号"]]))

    # -- 1.3c a CJK radical for the surname (names-cjk-radical-lookalikes) ------------------------------
    folder = "names-cjk-radical-lookalikes"
    for text, written, unified in (
        ("经查，员工{}负责进货。", "⺩翀琛", "王翀琛"),
        ("消费者{}反映购买的月饼发霉。", "⻩翮瑄", "黄翮瑄"),
        ("经查，当事人雇佣{}从事食品加工。", "⻢彧琰", "马彧琰"),
        ("投诉人：{}，要求退款。", "⻓翀婧", "长翀婧"),
        ("经查，员工{}负责进货。", "⾦翮琛", "金翮琛"),
        ("消费者{}反映购买的月饼发霉。", "⻋彧瑄", "车彧瑄"),
        ("经查，当事人雇佣{}从事食品加工。", "⻰翀琰", "龙翀琰"),
        ("投诉人：{}，要求退款。", "⻬翮婧", "齐翮婧"),
    ):
        named(folder, "违法事实", text, written, unified)
    own = person("王翀珂", 违法事实="当事人⺩翀珂在集市销售病死猪肉。")
    out.append(Case("names", f"{folder}: the party's own name with ⺩ for 王", {"penalties": [own]}, ["⺩翀珂", "王翀珂"]))
    shop = business("甘州区⻩翮珂小吃店", "黄翮珂")
    out.append(Case("names", f"{folder}: a shop named with ⻩ after its operator 黄翮珂", {"penalties": [shop]},
                    ["⻩翮珂", "黄翮珂"], public=["甘州区黄**小吃店"]))
    # ... and a natural person of the data named with a radical in another record's text.
    rows = [person("马翀珏"), org(违法事实="当事人从⻢翀珏处购进涉案食品。")]
    out.append(Case("names", f"{folder}: a natural person of the data, ⻢ in another record", {"penalties": rows},
                    ["⻢翀珏", "马翀珏"]))

    # -- 1.3b white space or a filler between surname and given name (names-space-between-surname-and-given)
    folder = "names-space-between-surname-and-given"
    for text, written in (
        ("经查，员工{}负责进货。", "冯\u3000翀琛"),  # 名单对齐: a full-width space pads a list to three characters
        ("消费者{}反映购买的月饼发霉。", "唐  翮瑄"),  # two ASCII spaces
        ("消费者{}反映购买的月饼发霉。", "曹\u00a0彧"),  # NBSP
        ("经查，员工{}负责进货。", "袁\u2002翀琰"),  # en space
        ("消费者{}反映购买的月饼发霉。", "邓\u3164翮"),  # Hangul filler, invisible
        ("经查，员工{}负责进货。", "许\u2800彧婧"),  # braille blank, shows as a space
        ("消费者{}反映购买的月饼发霉。", "傅\u180e翀"),  # Mongolian vowel separator
        ("经查，员工{}负责进货。", "沈\u034f翮琰"),  # combining grapheme joiner
        ("消费者{}反映购买的月饼发霉。", "曾\u061c彧"),  # Arabic letter mark
        ("经查，员工{}负责进货。", "戴\n翀瑄"),  # a line break (a PDF copy, Alt+Enter)
        ("消费者 {} 反映", "欧阳 翮瑛"),  # the compound surname spaced
    ):
        bare = "".join(ch for ch in written if ch not in " \u3000\u00a0\u2002\u3164\u2800\u180e\u034f\u061c\n")
        named(folder, "违法事实", text, written, bare)

    # -- 1.8 pinyin names, the verb of a text (names-punctuated-pinyin-brackets, -common) ----------------
    folder = "names-punctuated-pinyin-brackets"
    for text, name in (
        ("经查，消费者{}于2026年5月在店内购物。", "kuang yichen"),
        ("经查，{}（消费者）于2026年5月投诉。", "Kuang Yuxuan"),
        ("Ms. {} complained about the refund.", "Kuang Yiyan"),
        ("经查，投诉人{}于2026年5月投诉。", "WANG Yi-chen"),
        ("经查，员工{}负责进货。", "ouyang yuxuan"),
        ("经查，此事由{}一手操办。", "邝翀琛"),
        ("消费者要求找{}退款", "王翮瑄"),
    ):
        named(folder, "违法事实", text, name)

    # -- 1.6 kin words, the verbs of an inquiry, the clerk's notes ---------------------------------------
    for folder, column, text, name in (
        ("names-kin-words-2", "违法事实", "{}的岳母在店内帮忙。", "孙翀琛"),
        ("names-kin-words-2", "违法事实", "{}的爱人负责收银。", "唐翮瑄"),
        ("names-kin-words-2", "违法事实", "经查，当事人的儿媳{}负责收银。", "袁彧婧"),
        ("names-kin-words-2", "违法事实", "其侄女{}在店内帮忙。", "戴翀瑄"),
        ("names-kin-words-2", "违法事实", "经查，其外孙{}在店内玩耍。", "范翮琛"),
        ("names-kin-words-2", "违法事实", "{}的同事反映", "侯彧琛"),
        ("names-verbs-of-inquiry", "违法事实", "{}为该店店长。", "乔翀琛"),
        ("names-verbs-of-inquiry", "违法事实", "该店老板叫{}。", "吴翮瑄"),
        ("names-verbs-of-inquiry", "违法事实", "据{}讲，货物来自外地。", "谢彧琰"),
        ("names-verbs-of-inquiry", "违法事实", "执法人员给{}打电话。", "廖翀瑄"),
        ("names-verbs-of-inquiry", "违法事实", "经查，{}是该店老板。", "张翮琛"),
        ("names-verbs-of-inquiry", "违法事实", "经查，一个叫{}的顾客反映。", "何彧婧"),
        ("names-verbs-of-inquiry", "违法事实", "经查，{}一行5人在店内用餐。", "白翀琰"),
        ("names-in-remarks-clerk-notes", "备注", "{}录入", "卢翀琛"),
        ("names-in-remarks-clerk-notes", "备注", "{}、某某", "钟翮瑄"),
        ("names-in-remarks-clerk-notes", "备注", "已由{}电话通知", "孟彧琰"),
        ("names-in-remarks-clerk-notes", "备注", "{} 2026-10-05", "赖翀婧"),
    ):
        named(folder, column, text, name)

    # -- foreign and minority names (names-foreign-and-minority): the words after them stay (the transliterated
    # names as written: their parts are what the rules know) -------------------------------------------------
    for text, name, token in (
        ("经查，外籍员工{}负责收银。", "田中翀郎", "负责收银"),
        ("经查，员工{}负责收银。", "其木格", "负责收银"),
        ("经查，员工{}负责收银。", "乌云其其格", "负责收银"),
        ("经查，员工{}负责收银。", "马·阿卜杜拉", "负责收银"),
        ("经查，外籍员工{}负责进货。", "约翰·翀密斯", "负责进货"),
        ("经查，员工{}（韩国籍）负责收银。", "韦翮瑄", "（韩国籍）负责收银"),
    ):
        row = org(违法事实=text.format(name))
        out.append(Case("names", f"names-foreign-and-minority: {text.format(name)}", {"penalties": [row]}, [name],
                        public=[token]))

    # -- a business named after its operator whose cell is spelled differently (operator-cell-spelled-differently)
    for operator, planted, masked in (("张珩琰 13993629951", "张珩琰", "张"), ("Liu Yanxuan（刘翀琰）", "刘翀琰", "刘"),
                                      ("陈璟琰、陈婧琰", "陈璟琰", "陈"), ("赵琛琰经理", "赵琛琰", "赵"),
                                      ("⺩翮琰", "王翮琰", "⺩")):  # (masked with the operator's own first character)
        shop = business(f"甘州区{planted}小吃店", operator)
        out.append(Case("names", f"operator-cell-spelled-differently: {operator}", {"penalties": [shop]}, [planted],
                        public=[f"甘州区{masked}**小吃店"]))

    # -- over-scrubbing: brands before a verb or listed before 系列 (overscrub-brands) -------------------
    for text, token in (
        ("当事人销售的华为存在质量问题。", "华为存在质量问题"),
        ("消费者称购买的方太存在漏气问题。", "方太存在漏气问题"),  # (李宁 is a natural person of corpus.py)
        ("当事人销售的杜康存在质量问题。", "杜康存在质量问题"),
        ("当事人销售的袁记云饺馅料未标注生产日期。", "袁记云饺"),
        ("当事人销售侵犯陈记顺和注册商标专用权的商品。", "陈记顺和"),
        ("当事人购进杨国福、张亮系列底料。", "杨国福、张亮系列"),
    ):
        out.append(Case("overscrub", f"overscrub-brands: {token}", {"penalties": [org(违法事实=text)]}, [],
                        public=[token]))

    # -- over-scrubbing: natural persons named like words (overscrub-persons-named-like-words,
    # overscrub-own-record-name-like-word): other records keep the words, their own record masks the name only
    # where it names them -------------------------------------------------------------------------------------
    people = [person(name) for name in ("文明", "陈列", "高峰", "韩式", "雷同")]
    text = "当事人违反文明经营承诺，陈列柜内存放过期食品，早高峰时段无人值守，韩式炸鸡无标签，雷同投诉2起。"
    out.append(Case("overscrub", "overscrub-persons-named-like-words: 文明 陈列 高峰 韩式 雷同 in another record",
                    {"penalties": [*people, org(违法事实=text)]}, [],
                    public=["文明经营承诺", "陈列柜内", "早高峰时段", "韩式炸鸡", "雷同投诉"]))
    for name, text, token in (
        ("陈列", "当事人陈列在陈列柜内存放过期食品。", "陈列柜内存放"),
        ("高峰", "当事人高峰在早高峰时段占道经营。", "早高峰时段"),
        ("常青", "当事人常青在常青社区经营小卖部。", "常青社区"),
    ):
        out.append(Case("overscrub", f"overscrub-own-record-name-like-word: {name}",
                        {"penalties": [person(name, 违法事实=text)]}, [f"当事人{name}在"], public=[token]))

    # -- the follow-up: the names still published after the first fixes (names-new-contexts, names-line-break-and-
    # brackets, names-of-children-in-texts, names-before-titles; three names the dictionary knows: 王建新 …) --------
    for folder, text, name in (
        ("names-new-contexts", "经查，受损消费者名单：1.{} 2.某某。", "韦翀瑄"),
        ("names-new-contexts", "经查，受损消费者名单：1.{} 2.某某。", "王建新"),
        ("names-new-contexts", "退款明细：{}500元；某某300元。", "高翮珂"),
        ("names-new-contexts", "经查，老张即{}负责进货。", "姚彧琛"),
        ("names-new-contexts", "经查，欠条载明欠{}货款3000元。", "薛翀琰"),
        ("names-line-break-and-brackets", "消费者{{{}}}反映", "戴翮瑄"),
        ("names-line-break-and-brackets", "消费者〈{}〉反映", "戴彧珂"),
        ("names-line-break-and-brackets", "消费者﹃{}﹄反映", "戴翀琰"),
        ("names-of-children-in-texts", "经查，当事人允许{}等3名未成年人进入网吧。", "王小虎"),
        ("names-before-titles", "据{}掌柜介绍，该批货物来自外地。", "李国强"),
        ("contacts-new-spellings", "消费者反映：汇款至{}账户，要求退款。", "邝翮琰"),
    ):
        named(folder, "违法事实", text, name)
    row = org(违法事实="消费者戴\\n翮琛反映")  # a line break typed out as a backslash and n
    out.append(Case("names", "names-line-break-and-brackets: 消费者戴\\n…反映", {"penalties": [row]},
                    ["戴\\n翮琛", "翮琛"], public=[row["行政处罚决定书文号"]]))

    # -- the party's own name in pinyin, in its own record and in its business's name (own-name-spelled-differently)
    own = person("蔺翀珍", 违法事实="当事人Lin Chongzhen在网络平台销售假冒化妆品，lin chongzhen系实际经营者。")
    out.append(Case("names", "own-name-spelled-differently: the party's own name in pinyin", {"penalties": [own]},
                    ["Lin Chongzhen", "lin chongzhen", "Chongzhen", "chongzhen"]))
    shop = business("甘州区Lin Hechen小吃店", "蔺翮琛")
    out.append(Case("names", "own-name-spelled-differently: a shop named with its operator's name in pinyin",
                    {"penalties": [shop]}, ["Lin Hechen", "Hechen"], public=["甘州区L*********小吃店"]))

    # -- over-scrubbing: a person named like the start of a brand (overscrub-persons-named-like-towns-and-chains)
    rows = [person("金龙"), org(违法事实="当事人从华联超市购进金龙鱼食用油，销往宏达商贸。")]
    out.append(Case("overscrub", "overscrub-persons-named-like-towns-and-chains: 金龙 and 金龙鱼食用油",
                    {"penalties": rows}, [], public=["金龙鱼食用油"]))
    return out
