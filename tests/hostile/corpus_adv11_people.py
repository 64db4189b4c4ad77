"""Hostile cases of the eleventh privacy pass on people (adv11, h12p: the leftovers of the tenth pass, then an outside pass
over the shapes rounds 3–10 had not tried). Each folder names the published text or form its shape comes from; values are
synthetic (瑃, 璯, 琯, 瑽, 璱, 瑸, 璂: given-name characters no other corpus module uses, so a planted name cannot be in a public
page by chance), shapes are real. Sources:

- the leftovers of /work/notes/h11p.md: 员工马来西亚公民阿明负责收银, 员工扎西 · 张掖市场, 吉克隆超市, 当事人余瓈均未到场;
- 潭縣市監處罰〔2025〕131號 (yqfq.com.cn content_1388127: 銷售給投訴人1包), the 剑河县 decision on 李會平 (ppfocus.com/0/
  scac3a5ed.html: 向參會的老人們推銷其產品), 安市监罚〔2022〕204号 (kman.gov.cn/c/2022-12-13/6388943.shtml: its 询问通知书);
- the signature line of a 信用承诺书 (承诺人（签字）：X, turned round as X（签字）) and 市场监管总局《市场监督管理行政处罚文书格式范本》
  (2021): a 行政处罚告知书 to a natural person opens with the name, a colon, then 你;
- the 拖欠农民工工资 lists of 人社 bureaus (X等12名农民工), 12315 summaries typed in pinyin (ZHANGSAN, 投诉人：ZHANG, SAN, ICAO
  Doc 9303's surname first), a Japanese name opening a finding.

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.hostile.corpus import Case, PenaltyRows


def cases() -> list[Case]:
    """The adv11 people cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 111000, "瑧", 24300, 24700, "赵六", "19710101", 1300, 90)
    org = rows.org
    numbers = 1110000  # 投诉编号 TS-2026-<numbers + n>

    folder = "people-leftovers-nationality-tibetan-supermarket"  # (h11p's left cases)
    for text, planted in (
        ("经查，员工马来西亚公民阿瑃负责收银。", ["阿瑃"]),
        ("经查，员工越南籍阮氏璯负责收银，员工韩国籍崔璂浩负责进货。", ["阮氏璯", "崔璂浩"]),
        ("经查，员工扎西 · 张掖市场。", ["员工扎西"]),
        ("经查，当事人余璯均未到场。", ["余璯"]),
    ):
        out.append(Case("names", f"{folder}: {text[3:17]}…", {"penalties": [org(违法事实=text)]}, planted))
    out.append(Case("overscrub", f"{folder}: nationalities, a market, a supermarket, 均未", {"penalties": [org(
        违法事实="经查，员工扎西 · 张掖市场。当事人马来西亚籍；当事人雇用越南籍人员从事销售；吉克隆超市、华强超市在店内销售；当事人余璯均未到场。")]},
        ["员工扎西", "余璯"], public=["张掖市场", "当事人马来西亚籍；当事人雇用越南籍人员从事销售；吉克隆超市、华强超市在店内销售", "均未到场"]))

    folder = "people-sold-to-summoned"  # (潭縣市監處罰〔2025〕131號; 剑河县 李會平; 安市监罚〔2022〕204号's 询问通知书)
    for text, planted in (
        ("经查，当事人向王璱销售过期食品2箱，向祁瑽瑸推销其产品驼奶配方粉。", ["王璱", "祁瑽瑸"]),
        ("经查，当事人让刘瑸从事销售，未向刘琯支付工资3000元。", ["刘瑸", "刘琯"]),
        ("执法人员请祁璂于3日内到我局接受调查，通知王瑽于2026年3月9日到所接受询问。", ["祁璂", "王瑽"]),
        ("经查，收据落款为祁琯瑃。", ["祁琯瑃"]),
    ):
        out.append(Case("names", f"{folder}: {text[3:17]}…", {"penalties": [org(违法事实=text)]}, planted))
    out.append(Case("overscrub", f"{folder}: the public, an organisation, a brand, an errand", {"penalties": [org(
        违法事实="经查，当事人向社会公众销售过期食品，向张掖华强商贸有限公司销售羊肉，向东方红经销商购进；请当事人于3日内到我局接受调查；"
                 "安排员工从事销售。")]}, [],
        public=["向社会公众销售过期食品，向张掖华强商贸有限公司销售羊肉，向东方红经销商购进；请当事人于3日内到我局接受调查；安排员工从事销售"]))

    # (a natural person named 金龙 in one record; another record's 金龙鱼经销商 is a brand's dealer, not that person: round 11)
    out.append(Case("overscrub", f"{folder}: a brand's dealer beside a person named like it", {"penalties": [
        rows.person("金龙"), org(违法事实="经查，当事人向金龙鱼经销商购进食用油，在李宁专卖店旁经营。")]}, [],
        public=["向金龙鱼经销商购进食用油，在李宁专卖店旁经营"]))

    folder = "people-signatures-notices-counts"  # (信用承诺书 signatures; 2021 文书格式范本's 告知书; 拖欠农民工工资 lists)
    for field, text, planted in (
        ("违法事实", "刘瑸瑃（签字）", ["刘瑸瑃"]),
        ("违法事实", "王璱瑽：\n你于2026年3月1日在甘州区销售过期食品。", ["王璱瑽"]),
        ("违法事实", "经查，刘璯等12名农民工被拖欠工资共计8.6万元。", ["刘璯"]),
    ):
        out.append(Case("names", f"{folder}: {text[:14]}…", {"penalties": [org(**{field: text})]}, planted))
    out.append(Case("overscrub", f"{folder}: a seal, a notice to an organisation, a count", {"penalties": [org(
        违法事实="单位（盖章）；当事人（签字）；经查，张掖等10个县市开展检查。")]}, [], public=["单位（盖章）；当事人（签字）", "张掖等10个县市"]))

    folder = "people-kitchen-tour-board-roles"  # (食品安全法 第四十五条 健康证明 cases; 《导游管理办法》; 列入原因; 非法行医 reports)
    for text, planted in (
        ("经查，厨师刘瑸、帮厨王琯均未取得健康证明；导游祁瑽未佩戴导游证。", ["王琯", "祁瑽"]),
        ("经查，该公司董事王璂瑸、监事刘璱被列入严重失信主体名单。", ["王璂瑸", "刘璱"]),
        ("举报人实名举报刘瑽璂无证行医，王瑸等30余名学员要求退费。", ["刘瑽璂", "王瑸"]),
    ):
        out.append(Case("names", f"{folder}: {text[3:17]}…", {"penalties": [org(违法事实=text)]}, planted))
    out.append(Case("overscrub", f"{folder}: a board, a licence, a report on a shop", {"penalties": [org(
        违法事实="董事会决议于2026年3月1日作出；导游证被吊销；消费者实名举报该店销售过期食品；张掖等30余个县市开展检查。")]}, [],
        public=["董事会决议于2026年3月1日作出；导游证被吊销；消费者实名举报该店销售过期食品；张掖等30余个县市开展检查"]))

    folder = "people-wage-lists-remarks-foreigners"  # (人社 欠薪 notices; 备注 cells; 《外国人在中国就业管理规定》 cases)
    for field, text, planted in (
        ("违法事实", "欠薪：拖欠刘璂工资3000元、王瑽璯工资4500元，其中祁瑸琯3000元；农民工代表刘璯瑽反映。", ["王瑽璯", "祁瑸琯", "刘璯瑽"]),
        ("备注", "刘瑸璂代领", ["刘瑸璂"]),
        ("违法事实", "经查，员工佐藤瑃子、铃木璂郎负责收银；雇用外籍人员MARIA QUIRRO从事家政服务。", ["铃木璂郎", "MARIA QUIRRO"]),
    ):
        out.append(Case("names", f"{folder}: {text[:14]}…", {"penalties": [org(**{field: text})]}, planted))

    folder = "people-pinyin-japanese"  # (12315 summaries typed in pinyin; ICAO Doc 9303 part 3; 田中 as a finding opens)
    for text, planted in (
        ("投诉人QIGUANCHUN称商家拒绝退款。", "QIGUANCHUN"),
        ("投诉人：QI, GUANCHUN 称商家拒绝退款。", "QI, GUANCHUN"),
        ("投诉人LIU YANG、WANG GUANCHUN称商家拒绝退款。", "WANG GUANCHUN"),
    ):
        out.append(Case("names", f"{folder}: {text[:20]}…", {"complaints": [rows.complaint(text, numbers)]}, [planted]))
    out.append(Case("names", f"{folder}: 经查，田中X在店内", {"penalties": [org(违法事实="经查，田中瑃郎在店内销售过期食品。")]}, ["田中瑃郎"]))
    out.append(Case("overscrub", f"{folder}: brands in capitals", {"complaints": [rows.complaint(
        "消费者XIAOMI手机屏幕损坏，投诉人反映HUAWEI平板无法开机。", numbers)]}, [], public=["XIAOMI手机屏幕损坏", "HUAWEI平板无法开机"]))
    return out
