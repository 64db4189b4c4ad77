"""Hostile cases of the sixth adversarial pass on names (issue 16 follow-up, adv6).

Each case names the case folder of /work/notes/adv6-cases/ it comes from (the attack report
/work/notes/adv6-report.md, sections 1.2b, 1.6, 1.6b, 1.7 and 1.10c); the folders hold the rows as the attacker
wrote them, these cases the same shapes with their own synthetic values (rare given-name characters, so a
planted name cannot be in a public page by chance).

Sources of the shapes from outside (as the folders' cases.json names them):
- 市场监督管理行政处罚文书格式范本（2021年修订版）使用指南 (lvyangbo.com/blog/10603.html; the 廊坊 copy at
  39.98.174.151/law/lawcontent.html?id=1276): the persons a decision's facts name (合伙人, 配偶, 雇员 in 共同违法
  cases, 证人, 委托代理人), with their other names (曾用名) as the 当事人基本情况 gives them;
- names typed past a platform's keyword filter (祁★德厚) and stars put by hand in the wrong place (祁*德茂);
  court and 12315 texts anonymised by hand (张某华, 王X明);
- 甘南藏族自治州 and 天祝藏族自治县 bilingual (藏汉) documents; Uyghur in Arabic script, Mongolian, Cyrillic:
  the code blocks of Unicode's Blocks.txt (U+0F00-0FFF, U+0600-06FF, U+1800-18AF, U+0400-04FF);
- local lists and types typed as a sentence about a person (违法行为类型 `…无健康证明从事食品经营`).

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.hostile.corpus import Case, PenaltyRows

_FOLDER = "/work/notes/adv6-cases/"


def cases() -> list[Case]:
    """The adv6 name and over-scrubbing cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []

    rows = PenaltyRows(lambda: next(serial), 73000, "禧", 12300, 12700, "赵六", "19770707", 400, 500)
    org, person, business = rows.org, rows.person, rows.business

    def named(folder: str, column: str, text: str, written: str, *also: str) -> None:
        """A third person named in an organisation's record: `written` (and `also`) never published."""
        row = org(**{column: text.format(written)})
        out.append(Case("names", f"{folder}: {text.format('…')} ({written})", {"penalties": [row]}, [written, *also],
                        public=[row["行政处罚决定书文号"]]))

    # -- 1.2b a mark between surname and given name (names-symbol-between-surname-and-given) -------------
    folder = "names-symbol-between-surname-and-given"
    for text, mark, name in (
        ("消费者{}反映购买的月饼发霉。", "★", "祁翀厚"),
        ("经查，员工{}负责进货。", "×", "祁翮宽"),
        ("消费者{}反映购买的月饼发霉。", "*", "祁彧茂"),
        ("经查，员工{}负责进货。", "#", "祁翀润"),
        ("消费者{}反映购买的月饼发霉。", "✱", "祁翮馨"),
        ("经查，员工{}负责进货。", "😀", "祁彧林"),
        ("消费者{}反映购买的月饼发霉。", "〇", "祁翀森"),
        ("经查，员工{}负责进货。", "‘", "祁翮旺"),
        ("消费者{}反映购买的月饼发霉。", "(", "祁彧富"),
    ):
        closing = {"‘": "’", "(": ")"}.get(mark, "")
        named(folder, "违法事实", text, f"{name[0]}{mark}{name[1:]}{closing}", name)
    # The party's own name so written in its own record (own-values-adv6-spellings).
    own = person("祁翀宸", 违法事实="经查，当事人祁★翀宸无照经营。")
    out.append(Case("names", "own-values-adv6-spellings: 当事人祁★翀宸 in the party's own record", {"penalties": [own]},
                    ["祁★翀宸", "祁翀宸"]))
    own = person("祁翮宇", 违法事实="经查，当事人无照经营，祁*翮宇称不知情。")
    out.append(Case("names", "own-values-adv6-spellings: 祁*翮宇称不知情 in the party's own record", {"penalties": [own]},
                    ["祁*翮宇", "祁翮宇"]))

    # -- 1.6 family, partners, aliases (family-partners-aliases; the probe adv6-tools/p_rel.py) -------------
    folder = "family-partners-aliases"
    for text, name in (
        ("经查，当事人伙同{}销售假冒卷烟。", "祁翀业"),
        ("经查，员工小祁（真名{}）负责进货。", "祁翮生"),
        ("经查，当事人法定代表人（曾用名{}）拒不配合。", "祁彧福"),
        ("经查，送货人绰号“{}”。", "祁二翀子"),
        ("经查，当事人之母祁翮香、之兄{}均在店内。", "祁翀军"),
        ("经查，当事人串通{}负责进货。", "祁彧兰"),
        ("经查，当事人胞兄{}负责进货。", "祁翀涛"),
        ("经查，当事人与其未婚妻{}共同经营。", "祁翮新"),
        ("经查，当事人将货款转给配偶{}。", "祁彧珍"),
        ("经查，当事人债主{}负责进货。", "祁翀刚"),
        ("经查，当事人与其发小{}共同经营。", "祁翮涛"),
        ("经查，当事人同乡{}负责进货。", "祁彧刚"),
        ("经查，当事人姨妈{}负责进货。", "祁翀珍"),
    ):
        named(folder, "违法事实", text, name)

    # -- 1.6c owners, lenders, agents (names-property-agency-words, names-decision-contexts-common: added to the
    # report after 21:20) ----------------------------------------------------------------------------------
    for folder, text, name in (
        ("names-property-agency-words", "经查，该车辆登记在{}名下。", "祁彧瑭"),
        ("names-property-agency-words", "经查，该房屋为{}所有。", "祁翮琇"),
        ("names-property-agency-words", "经查，该批货物由{}代签。", "祁翀瑀"),
        ("names-property-agency-words", "经查，{}本人承认上述事实。", "祁彧玙"),
        ("names-property-agency-words", "经查，当事人将店铺转让给{}。", "祁翮琬"),
        ("names-property-agency-words", "经查，{}冒用当事人名义经营。", "祁翀璠"),
        ("names-decision-contexts-common", "经查，当事人向{}借款。", "刘翮国"),
        ("names-decision-contexts-common", "经查，{}出资5万元。", "张彧强"),
        ("names-decision-contexts-common", "经查，{}为实际控制人。", "周翀军"),
        ("names-decision-contexts-common", "经查，该店由{}承包经营。", "吴翮梅"),
        ("names-evidence-lists-attachments", "经查，附件：{}身份证正面.jpg。", "祁彧淼"),
        ("names-evidence-lists-attachments", "经查，附件名称为“{}的询问笔录.docx”。", "王翮英"),
        ("names-evidence-lists-attachments", "经查，证据：{}询问笔录（2026年5月18日）。", "张翀伟"),
    ):
        named(folder, "违法事实", text, name)

    # -- 1.7 names hidden by hand, more than the surname kept (names-partly-hidden-initials-aliases) ---------
    folder = "names-partly-hidden-initials-aliases"
    for text, written in (
        ("经查，消费者{}于2026年5月购买月饼。", "张某翀"),
        ("经查，员工{}负责进货。", "祁X翮"),
        ("经查，员工{}负责收银。", "祁×彧"),
        ("经查，员工{}负责配送。", "祁〇琛"),
    ):
        named(folder, "违法事实", text, written)

    # -- 1.6b names in other scripts after a role word (names-minority-scripts-english-addresses) ------------
    folder = "names-minority-scripts-english-addresses"
    for text, name in (
        ("经查，消费者{}反映购买的酥油变质。", "བཀྲ་ཤིས་ཡོན་ཏན"),  # Tibetan
        ("经查，员工{}负责收银。", "ཚེ་རིང་ལྷ་མོ"),
        ("经查，消费者{}反映。", "ئابدۇللا تۇرسۇن"),  # Uyghur (Arabic script)
        ("经查，员工{}负责进货。", "ᠰᠦᠬᠡᠪᠠᠲᠤ"),  # Mongolian
        ("经查，消费者{}反映。", "Абдулла Турсунов"),  # Cyrillic
        # names-hangul-kana-fullwidth-pinyin (added to the report after 21:20)
        ("经查，员工{}负责进货。", "김영철"),  # Hangul
        ("经查，员工{}负责进货。", "やまだはなこ"),  # kana
        ("经查，消费者{}反映。", "ＫＵＡＮＧ　ＹＩＣＨＥＮ"),  # full-width pinyin
        ("经查，员工{}负责进货。", "ㄎㄨㄤˋ ㄧˋ ㄔㄣˊ"),  # bopomofo
        ("经查，消费者{}反映。", "Trần Thị Bích"),  # Vietnamese
        ("经查，员工{}负责进货。", "祁yu琛"),  # names-han-pinyin-mixed: a character the IME lacks in pinyin
        ("经查，消费者{}反映。", "Q翮琛"),
    ):
        named(folder, "违法事实", text, name)
    # A 个体工商户 listed under its operator's name in Tibetan, no operator cell (own-names-minority-scripts).
    shop = business("ཀུན་བཟང་རྡོ་རྗེ", "")
    out.append(Case("names", "own-names-minority-scripts: a 个体 named by its operator in Tibetan, no operator cell",
                    {"penalties": [shop]}, ["ཀུན་བཟང་རྡོ་རྗེ"], public=[shop["统一社会信用代码"]]))

    # -- 1.10c a name opening a short cell (names-in-short-structure-cells) -----------------------------------
    folder = "names-in-short-structure-cells"
    for text, name in (("{}无健康证明从事食品经营", "祁翮燕"), ("{}冒用他人身份证办理登记", "祁彧伟")):
        named(folder, "违法行为类型", text, name)

    # -- over-scrubbing: the same marks and words beside public words stay --------------------------------
    for folder, text, token in (
        ("names-symbol-between-surname-and-given", "经查，当事人销售王老吉×12罐装凉茶。", "王老吉×12罐装凉茶"),
        ("names-symbol-between-surname-and-given", "经查，当事人入住张掖★★★★酒店。", "张掖★★★★酒店"),
        ("names-symbol-between-surname-and-given", "经查，祁连山★景区门票未明码标价。", "祁连山★景区门票"),
        ("names-symbol-between-surname-and-given", "经查，员工王(女)负责收银。", "员工王(女)负责收银"),
        ("family-partners-aliases", "经查，当事人伙同他人销售假冒卷烟。", "伙同他人销售假冒卷烟"),
        ("family-partners-aliases", "经查，当事人（曾用名：甘州区翀翮商贸有限公司）拒不配合。", "曾用名：甘州区翀翮商贸有限公司"),
        ("family-partners-aliases", "经查，举报人化名“小芳”反映。", "化名“小芳”"),
        ("names-partly-hidden-initials-aliases", "经查，消费者王某某、李某负责进货。", "王某某、李某负责进货"),
        ("names-partly-hidden-initials-aliases", "经查，当事人将货物销往甘州区某某商贸有限公司。", "甘州区某某商贸有限公司"),
        ("names-in-short-structure-cells", "经查，当事人销售的曲奇饼干过期。", "曲奇饼干过期"),
        ("names-property-agency-words", "经查，该房屋为国家所有，当事人向银行借款。", "该房屋为国家所有，当事人向银行借款"),
        ("names-hangul-kana-fullwidth-pinyin", "经查，当事人销售ＡＢＣ牌饼干。", "ＡＢＣ牌饼干"),
        ("names-evidence-lists-attachments", "证据：当事人营业执照复印件、现场照片、询问笔录。", "当事人营业执照复印件、现场照片、询问笔录"),
    ):
        row = org(违法事实=text)
        out.append(Case("overscrub", f"{folder}: {token} stays", {"penalties": [row]}, [], public=[token]))
    for text in ("王老吉凉茶未标注生产日期", "黄金饰品未明码标价", "韩式烤肉店无证经营", "华润万家超市未明码标价"):
        row = org(违法行为类型=text)
        out.append(Case("overscrub", f"names-in-short-structure-cells: 违法行为类型 {text} stays", {"penalties": [row]}, [],
                        public=[text]))
    return out
