"""Hostile cases of the thirteenth privacy pass on people (adv12, h15p: the leftovers of round 12, then an outside pass over
shapes rounds 3–12 had not tried). Each folder names the published text or form its shape comes from; values are synthetic
(琡, 璈, 琫, 瑮, 璒, 琿, 瑊: given-name characters no other corpus module uses, so a planted name cannot be in a public page by
chance), shapes are real. The public tokens avoid bare words other modules' natural persons are named (李宁, 华强, 周大福): a
party's name is masked in every record's text unless quoted or written as a brand (“李宁”, 李宁牌). Sources:

- the leftovers of /work/notes/h14p.md: 张伟、LIU YANG等工人; h12p's 收据上写有祁瑞峰字样;
- 特克斯县人社局 特人社监理字〔2026〕第001号 (zgtks.gov.cn/zgtks/tksxrsj/202602/ac528ed4b89c4af2a9c683726a7e7b10.shtml: 拖欠X、Y、Z
  等24名劳动者, 公司法人X、现场负责人Y、班组长Z的询问笔录); 茂名市卫生健康局's 非法行医 case (getagoat.com/fl/49467.html:
  X收取了患者Y和Z的治疗费); the 询问笔录 quoted in 违法事实 and the consumer's words quoted in 12315 summaries (店员说：“…”);
- English case summaries and news (RTHK 2021-08-09, news.rthk.hk/rthk/en/component/k2/1605013-20210809.htm: "<name> said");
- a person's name that is also the 字号 of the record's own 个体工商户 (privacy.md: 李建国烧烤店 → 李**烧烤店).

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.hostile.corpus import Case, PenaltyRows


def cases() -> list[Case]:
    """The adv12 people cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 131000, "瑊", 31300, 31700, "赵六", "19690909", 1500, 90)
    org = rows.org
    numbers = 1310000  # 投诉编号 TS-2026-<numbers + n>

    folder = "people-leftovers-listed-before-pinyin-written-on-receipts"  # (h14p's and h12p's left cases)
    for text, planted in (
        ("经查，张琡、LIU YANG等工人未签订劳动合同。", ["张琡", "LIU YANG"]),
        ("经查，王璈琫、张琡、LIU YANG等3名员工未取得健康证明。", ["王璈琫", "张琡"]),
        ("消费者反映，收据上写有祁瑮璒字样，金额为300元。", ["祁瑮璒"]),
        ("经查，收条上写有王琿签名。", ["王琿"]),
    ):
        out.append(Case("names", f"{folder}: {text[3:17]}…", {"penalties": [org(违法事实=text)]}, planted))
    out.append(Case("overscrub", f"{folder}: a place before a pinyin name, a brand on packaging, an amount", {"penalties": [org(
        违法事实="经查，张掖、LIU YANG等工人未签订劳动合同；外包装写有鸿星尔克字样，外包装印有王老吉字样；收据上写有现金收讫字样，金额为300元。")]},
        ["LIU YANG"], public=["张掖、", "外包装写有鸿星尔克字样，外包装印有王老吉字样；收据上写有现金收讫字样，金额为300元"]))

    folder = "people-labour-safety-health-decisions"  # (特人社监理字〔2026〕第001号; 茂名 非法行医)
    for text, planted in (
        ("认定的事实：你单位拖欠姚琡璈、何琫瑮、张璒琿等24名劳动者240000元工资。", ["姚琡璈", "何琫瑮", "张璒琿"]),
        ("经对公司法人孙琡璈、现场负责人任琫、班组长姚瑮璒和工人代表的询问笔录，证实违法行为属实。", ["孙琡璈", "任琫", "姚瑮璒"]),
        ("经查，杜琡璈收取了患者陈琫瑮和林璒琿的治疗费共10300元。", ["杜琡璈", "陈琫瑮", "林璒琿"]),
        ("经查，当事人拖欠刘琡璈等三人工资共计9000元。", ["刘琡璈"]),
    ):
        out.append(Case("names", f"{folder}: {text[3:17]}…", {"penalties": [org(违法事实=text)]}, planted))
    out.append(Case("overscrub", f"{folder}: the sums, the counts, money an organisation takes", {"penalties": [org(
        违法事实="经查，当事人拖欠工人代表等24名劳动者240000元工资；该店收取押金500元；物业公司收取管理费；治疗费共10300元。")]}, [],
        public=["拖欠工人代表等24名劳动者240000元工资；该店收取押金500元；物业公司收取管理费；治疗费共10300元"]))

    folder = "people-kin-honorifics-go-betweens"  # (三叔/二舅 in findings; 警官, 教授; 经X介绍 written with 通过)
    for text, planted in (
        ("经查，该店由刘琡璈的三叔刘琫瑮负责经营。", ["刘琡璈", "刘琫瑮"]),
        ("经查，民警赵璒琿警官现场制止。", ["赵璒琿"]),
        ("经查，王琡瑮教授未取得执业资格。", ["王琡瑮"]),
        ("经查，当事人通过陈琫璒联系购买了该批货物。", ["陈琫璒"]),
    ):
        out.append(Case("names", f"{folder}: {text[3:17]}…", {"penalties": [org(违法事实=text)]}, planted))
    out.append(Case("overscrub", f"{folder}: the party's kin, a bare title, a platform", {"penalties": [org(
        违法事实="经查，当事人的三叔在店内帮忙；赵警官现场制止；当事人通过美团平台销售，通过微信联系购买。")]}, [],
        public=["当事人的三叔在店内帮忙；赵警官现场制止；当事人通过美团平台销售，通过微信联系购买"]))

    folder = "people-quoted-speech-english"  # (询问笔录 quoted in 违法事实; 12315 summaries; RTHK's "<name> said")
    for text, planted in (
        ("店员说：“这是李琡璈送来的货。”", ["李琡璈"]),
        ("经查，当事人陈述：“货是王瑮给我的”。", ["王瑮"]),
    ):
        out.append(Case("names", f"{folder}: {text[:14]}…", {"penalties": [org(违法事实=text)]}, planted))
    for text, planted in (
        ("According to Qi Guanchun, the shop refused a refund.", ["Qi Guanchun"]),
        ("Liu Guanchun, the complainant, bought milk on 5 March 2026.", ["Liu Guanchun"]),
    ):
        out.append(Case("names", f"{folder}: {text[:20]}…", {"complaints": [rows.complaint(text, numbers)]}, planted))
    out.append(Case("overscrub", f"{folder}: a quoted brand, a company in speech, English with no person", {"complaints": [
        rows.complaint("消费者称：“我在老凤祥买的金饰，商家是张掖市金源商贸公司。”包装上标注“李宁”商标。"
                       "According to Article 45 of the Food Safety Law, Huawei said the phones were genuine.", numbers)]}, [],
        public=["我在老凤祥买的金饰，商家是张掖市金源商贸公司。", "“李宁”商标", "According to Article 45 of the Food Safety Law, "
                                                              "Huawei said the phones were genuine."]))

    folder = "people-operator-named-as-own-business"  # (privacy.md: the operator's name inside the business name is masked)
    out.append(Case("names", f"{folder}: 刘琡璈烧烤店 in its own facts", {"penalties": [rows.business(
        "甘州区刘琡璈烧烤店", "刘琡璈", 违法事实="经查，刘琡璈烧烤店于2026年3月1日销售过期羊肉串，货值金额300元。")]},
        ["刘琡璈"], public=["烧烤店于2026年3月1日销售过期羊肉串，货值金额300元"]))
    return out
