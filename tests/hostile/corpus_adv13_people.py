"""Hostile cases of the fourteenth privacy pass on people (adv13, h17p: the leftovers of round 13, then an outside pass at
how a clerk or a hostile entry writes a name). Each folder names the published text or standard its shape comes from;
values are synthetic (璨, 瑆, 珦, 琋, 瑔: given-name characters no other corpus module uses, so a planted name cannot be in
a public page by chance; 瓀 in the organisations' names), shapes are real. The public tokens avoid bare words other
modules' natural persons are named (李宁, 华强, 周大福). Sources:

- the leftovers of /work/notes/h15p.md: 员工“刘哥”刘建华 (a colleague's form of address before the name);
- The Unicode Standard 15.0 §2.11 and §3.6 (a combining mark applies to the character before it: 刘\u0301璨瑆 reads as
  刘璨瑆) and privacy.md ("the same values written … with invisible characters");
- 《汉语拼音方案》 (tone marks) and GB/T 28039-2011 《中国人名汉语拼音字母拼写规则》 (a name shortened to the surname and
  the given characters' initials with dots: Wang X. X.);
- 12315 complaint summaries (消费者代X购买, 跟X一起, a letter signed ——X，2026年3月5日 as GB/T 9704-2012 7.3.5 signs one);
- 咸阳 泾阳县 交警's published case (p2.ttnews.xyz/a/5b50780ddc9b5e1d54f8de6f: 王某涛带领儿子…、王某涛对交通违法行为供认不讳).

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.hostile.corpus import Case, PenaltyRows


def cases() -> list[Case]:
    """The adv13 people cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 161000, "瓀", 61300, 61700, "赵六", "19660606", 1700, 90)
    org = rows.org
    numbers = 1610000  # 投诉编号 TS-2026-<numbers + n>

    folder = "people-form-of-address-before-the-name"  # (h15p's left case)
    out.append(Case("names", f"{folder}: 员工“刘哥”刘璨瑆", {"penalties": [org(
        违法事实="经查，员工“刘哥”刘璨瑆负责收银，日营业额3000元。")]}, ["刘璨瑆"], public=["员工“刘哥”刘"]))
    out.append(Case("overscrub", f"{folder}: a form of address alone", {"penalties": [org(
        违法事实="经查，员工“王姐”负责收银，员工“老赵”负责进货，月工资3000元。")]}, [],
        public=["员工“王姐”负责收银，员工“老赵”负责进货，月工资3000元"]))

    folder = "people-combining-marks-inside-a-name"  # (Unicode 15.0 §2.11, §3.6; 瑔 alone is planted too: main published
    # 赵*\u0308瑔, the mark cutting the name so that only 琋 was masked and the given character after the mark stayed)
    for text, planted in (
        ("经查，员工刘\u0301璨瑆负责收银。", ["刘\u0301璨瑆", "璨瑆"]),
        ("经查，驾驶员赵琋\u0308瑔驾驶货车超载，违反《道路交通安全法》第四十八条。", ["赵琋\u0308瑔", "琋\u0308瑔", "瑔"]),
    ):
        out.append(Case("names", f"{folder}: {text[3:12]}…", {"penalties": [org(违法事实=text)]}, planted,
                        public=["违反《道路交通安全法》第四十八条"] if "四十八" in text else []))
    out.append(Case("names", f"{folder}: an ideographic tone mark in a complaint", {"complaints": [rows.complaint(
        "消费者王\u302a珦琋于2026年3月5日反映，在该店购买的牛奶过期。", numbers)]}, ["王\u302a珦琋", "珦琋"],
        public=["于2026年3月5日反映，在该店购买的牛奶过期。"]))

    folder = "people-pinyin-with-tones-and-initials"  # (《汉语拼音方案》; GB/T 28039-2011)
    out.append(Case("names", f"{folder}: the initials after 投诉人", {"complaints": [rows.complaint(
        "投诉人：ZHANG C.X.，投诉该店销售过期食品，要求退款2000元。", numbers)]}, ["ZHANG C.X."],
        public=["投诉该店销售过期食品，要求退款2000元。"]))
    out.append(Case("names", f"{folder}: the party in toned pinyin", {"penalties": [rows.person(
        "陈璨瑆", 违法事实="经查，当事人Chén Cànxīng在集市销售过期食品，货值金额300元。")]}, ["Chén Cànxīng", "陈璨瑆"],
        public=["在集市销售过期食品，货值金额300元。"]))
    out.append(Case("names", f"{folder}: the party's surname and initials", {"penalties": [rows.person(
        "王琋珦", 违法事实="Wang X.X.于2026年3月5日在集市销售过期食品。")]}, ["Wang X.X.", "王琋珦"],
        public=["于2026年3月5日在集市销售过期食品。"]))
    out.append(Case("overscrub", f"{folder}: initials and accents that name no one", {"penalties": [org(
        违法事实="经查，当事人使用GB 2760-2014标准，W.H.O.推荐；在J.G.超市购进Nestlé奶粉。")]}, [],
        public=["使用GB 2760-2014标准，W.H.O.推荐；在J.G.超市购进Nestlé奶粉。"]))

    folder = "people-complaint-for-with-and-signature"  # (12315 summaries; GB/T 9704-2012 7.3.5)
    for text, planted in (
        ("消费者代王珦琋购买了电动车一辆，价款3000元。", ["王珦琋"]),
        ("消费者跟刘璨瑆一起于2026年3月5日在该店用餐后腹泻。", ["刘璨瑆"]),
        ("消费者反映商家拒绝退款，要求退还预付款2000元。——赵琋瑔，2026年3月5日", ["赵琋瑔"]),
        ("消费者反映商家拒绝退款。赵瑔璨\n2026年3月5日", ["赵瑔璨"]),
        ("消费者反映商家拒绝退款，请尽快处理。赵璨珦 敬上", ["赵璨珦"]),
        # (planted with its semicolon: the check reads a Latin value as a whole run of letters, and the label's letters
        # run into the name once separators are dropped — namezhaocanxiang)
        ("Complaint form. Name: Zhao Canxiang; amount: 2,000 yuan.", ["Zhao Canxiang;"]),
    ):
        out.append(Case("names", f"{folder}: {text[:12]}…", {"complaints": [rows.complaint(text, numbers)]}, planted))
    out.append(Case("overscrub", f"{folder}: for and with before words, an office's signature", {"complaints": [
        rows.complaint("消费者同意调解，商家退款2000元；该店代售彩票，收取代理费3000元。——甘州区消费者协会，2026年3月5日",
                       numbers)]}, [],
        public=["消费者同意调解，商家退款2000元；该店代售彩票，收取代理费3000元。——甘州区消费者协会，2026年3月5日"]))

    folder = "people-hidden-with-mou-before-a-verb"  # (咸阳 泾阳县 交警)
    out.append(Case("names", f"{folder}: 王某瑆带领", {"penalties": [org(
        违法事实="经查，王某瑆带领儿子驾驶小型轿车，违反《道路交通安全法》第九十九条。")]}, ["王某瑆"],
        public=["带领儿子驾驶小型轿车，违反《道路交通安全法》第九十九条。"]))
    out.append(Case("names", f"{folder}: 刘某琋将", {"penalties": [org(违法事实="经查，刘某琋将车交由其子驾驶。")]}, ["刘某琋"]))
    out.append(Case("overscrub", f"{folder}: an adverb or a numbering after 某", {"penalties": [org(
        违法事实="经查，张某先到店后离开；王某某将车交由其子驾驶。")]}, [],
        public=["张某先到店后离开；王某某将车交由其子驾驶。"]))
    return out
