"""Hostile cases of the ninth privacy pass on people (adv9: people in the kinds of published text the earlier passes used
less). Each folder names the published text its shape comes from; values are synthetic (瓒, 琤, 珽: given-name characters
no other corpus module uses, so a planted name cannot be in a public page by chance), shapes are real. Sources:

- 洛阳市交通运输局, 网约车 case (lyjtyszfzd.com/dzqk/show-102.html): the clerk's own mask keeping the given name,
  行政相对人：曹*超 … 发现该车驾驶员曹*超使用滴滴打车软件司机端APP接单;
- 鹿寨县应急管理局 鹿应急罚〔2024〕19号 (luzhai.gov.cn, xzcfxxgs/t19700101_3549340): 项目经理（主要负责人）：解*成, 装卸工毕*云,
  发生一起物体打击事故，造成1人死亡;
- 大英县 "8.19" 一般高处坠落事故调查情况报告 (traditional characters): 经营者：郭荣 … 郭荣组织彭科双、李龙高、杨才伦、
  漆小平共5人 — a list of workers counted with 共;
- 食品安全监督抽检 of 个体 stalls (抽样地点：…市场X摊位, 在X的摊位抽取); 撤销登记 decisions on 冒用他人身份信息
  (国市监信〔2019〕128号, 撤销冒用他人身份信息取得公司登记的指导意见);
- 攸县交通运输局 湘攸交处罚〔2025〕092(非)号 (hnyx.gov.cn/c5662/20251205/i2450359.html): 姓名：…，性别：男，民族：汉，
  住址：… — the 当事人基本情况 a 籍贯 joins in the 格式范本 (国市监法发〔2021〕42号);
- the eighth pass's left cases (/work/notes/s9/h9p.md): 消费者金华反映 (a given name that is also a city), 籍贯.

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.helpers import make_uscc
from tests.hostile.corpus import Case, PenaltyRows


def cases() -> list[Case]:
    """The adv9 people cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 99300, "瓒", 21300, 21700, "赵六", "19740404", 1000, 90)
    org = rows.org
    numbers = 990000  # 投诉编号 TS-2026-<numbers + n>


    folder = "people-clerks-own-masks"  # (洛阳市交通运输局 曹*超; 鹿应急罚〔2024〕19号 解*成, 毕*云)
    for text, planted in (
        ("行政相对人：曹*瓒。执法人员发现该车驾驶员曹*瓒使用滴滴打车软件司机端APP接单。", ["曹*瓒"]),
        ("经查，曹*琤使用滴滴打车软件接单，收取车费25.76元。", ["曹*琤"]),
        ("经查，装卸工毕*珽在挖掘机作业时未退离至安全区域。", ["毕*珽"]),
    ):
        out.append(Case("names", f"{folder}: {text[:14]}…", {"penalties": [org(违法事实=text)]}, planted))
    out.append(Case("overscrub", f"{folder}: a place and a number with a mark", {"penalties": [org(
        违法事实="经查，甘*区市场内商品编号为张*01的货架上陈列过期食品。")]}, [], public=["甘*区市场内商品编号为张*01的货架"]))
    folder = "people-accident-victims-workers"  # (鹿应急罚〔2024〕19号; 大英县 "8.19" 事故调查报告)
    for text, planted in (
        ("经查，2024年6月6日发生一起物体打击事故，造成祁瓒琤死亡，直接经济损失约80万元。", ["祁瓒琤"]),
        ("事故致祁珽瓒当场死亡。", ["祁珽瓒"]),
        ("郭瓒组织彭瓒双、李瓒高、杨瓒伦、漆瓒平共5人进行屋顶换瓦作业。", ["郭瓒", "彭瓒双", "李瓒高", "杨瓒伦", "漆瓒平"]),
        ("8月19日，郭琤組織彭琤雙、李琤高、楊琤倫共4人進行屋頂換瓦作業。", ["郭琤", "彭琤雙", "李琤高", "楊琤倫"]),
    ):
        out.append(Case("names", f"{folder}: {text[:14]}…", {"penalties": [org(违法事实=text)]}, planted))
    out.append(Case("overscrub", f"{folder}: 造成1人死亡, 共5人, 组织", {"penalties": [org(
        违法事实="经查，事故造成1人死亡，直接经济损失约80万元；由甘州区应急管理局组织调查，执法人员共2人到场。")]}, [],
        public=["事故造成1人死亡，直接经济损失约80万元；由甘州区应急管理局组织调查，执法人员共2人到场"]))
    folder = "people-stalls-and-identities"  # (食品抽检 at 个体 stalls; 撤销登记 on 冒用他人身份信息)
    for text, planted in (
        ("抽样地点：甘州区东街市场祁瓒琤摊位。", ["祁瓒琤"]),
        ("经查，执法人员在祁琤珽的摊位抽取芹菜样品1批次。", ["祁琤珽"]),
        ("经查，该户冒用祁珽琤身份信息办理个体工商户登记。", ["祁珽琤"]),
        ("经查，当事人以祁瓒珽的名义办理营业执照。", ["祁瓒珽"]),
    ):
        out.append(Case("names", f"{folder}: {text[:14]}…", {"penalties": [org(违法事实=text)]}, planted))
    out.append(Case("overscrub", f"{folder}: a market's stalls, another's identity", {"penalties": [org(
        违法事实="经查，当事人在甘州区东关农贸市场摊位销售，冒用他人身份信息，以张掖华强商贸有限公司的名义签约。")]}, [],
        public=["在甘州区东关农贸市场摊位销售，冒用他人身份信息，以张掖华强商贸有限公司的名义签约"]))
    folder = "people-given-name-a-place"  # (the eighth pass's left case: 消费者金华反映)
    for text, planted in (("消费者金华反映购买的月饼发霉。", "金华反映"), ("投诉人张掖称在该店购买的牛奶过期。", "张掖称")):
        out.append(Case("names", f"{folder}: {text[:8]}…", {"complaints": [rows.complaint(text, numbers)]}, [planted]))
    out.append(Case("overscrub", f"{folder}: 在金华购买", {"complaints": [rows.complaint(
        "消费者在金华购买的火腿有异味，投诉人称在金华市购买。", numbers)]}, [], public=["消费者在金华购买的火腿有异味，投诉人称在金华市购买"]))
    folder = "people-native-place"  # (籍贯 in the 当事人基本情况: 湘攸交处罚〔2025〕092(非)号's shape)
    out.append(Case("uncovered", f"{folder}: 籍贯…村", {"penalties": [rows.person(
        "祁瓒琤", 违法事实="当事人祁瓒琤，男，汉族，籍贯甘肃省民乐县瓒琤乡珽琤村。经查，当事人无证经营。")]}, ["瓒琤乡珽琤村"]))
    out.append(Case("uncovered", f"{folder}: 员工…籍贯…村", {"penalties": [org(
        违法事实="经查，员工祁珽瓒（籍贯甘州区琤瓒村）未办理健康证明。")]}, ["祁珽瓒", "琤瓒村"]))
    out.append(Case("overscrub", f"{folder}: a county, a product's origin", {"penalties": [org(
        违法事实="经查，员工张某籍贯甘肃省民乐县；涉案产品原产地：甘肃省民乐县。")]}, [],
        public=["籍贯甘肃省民乐县；涉案产品原产地：甘肃省民乐县"]))

    # -- Round 2: the same people in other kinds, other scripts, other structures ---------------------------------------
    folder = "people-minority-names-noted"  # (格式范本 当事人基本情况: 姓名（X族）; 甘南/肃南 neighbours' names)
    for text, planted in (
        ("经查，当事人雇用巴特珽尔（蒙古族）从事销售。", ["巴特珽尔"]),
        ("经查，员工阿西木珽（彝族）负责收银。", ["阿西木珽"]),
        ("经营者：高瓒国（回族），未办理健康证明。", ["高瓒国"]),
        ("经查，扎西顿珽在店内销售过期食品。", ["扎西顿珽"]),
    ):
        out.append(Case("names", f"{folder}: {text[:14]}…", {"penalties": [org(违法事实=text)]}, planted))
    out.append(Case("overscrub", f"{folder}: a 回族 restaurant, a city, a flower", {"penalties": [org(
        违法事实="经查，甘州区马记牛肉面馆（回族）未公示；呼和浩特在线商贸有限公司供货；格桑花在门口盛开。")]}, [],
        public=["甘州区马记牛肉面馆（回族）未公示；呼和浩特在线商贸有限公司供货；格桑花在门口盛开"]))
    folder = "people-names-tagged-as-places"  # (9 of 962 common names after 经营者： published: 马建国, 郑卫国, 张安国 …)
    for text, planted in (("经营者：马瓒国；经营场所：甘州区县府街5号。", "马瓒国"), ("经查，员工郑卫瓒负责收银。", "郑卫瓒")):
        out.append(Case("names", f"{folder}: {text[:10]}…", {"penalties": [org(违法事实=text)]}, [planted]))
    out.append(Case("overscrub", f"{folder}: landmarks", {"penalties": [org(
        违法事实="经查，当事人在王府井、黄鹤楼、滕王阁购进服装，从张家口、高新区发货。")]}, [],
        public=["当事人在王府井、黄鹤楼、滕王阁购进服装，从张家口、高新区发货"]))
    out.append(Case("overscrub", f"{folder}: 甘州区王府井（个体）, a shop named after a landmark", {"penalties": [rows.business(
        "甘州区王府井（个体）", "")]}, [], public=["甘州区王府井"]))
    folder = "people-witnessed-accounts-lists"  # (监控, 转账, 事故中; 红名单 lists with a note after each name)
    for text, planted in (
        ("经查，监控显示祁琤珽于当日进入店内。", ["祁琤珽"]),
        ("经查，当事人将货款转入祁珽珽个人账户。", ["祁珽珽"]),
        ("经查，事故中祁琤琤受伤。", ["祁琤琤"]),
    ):
        out.append(Case("names", f"{folder}: {text[:14]}…", {"penalties": [org(违法事实=text)]}, planted))
    n = next(serial)
    honour = {"行政相对人名称": f"甘州区瓒{n}商贸有限公司", "行政相对人类别": "法人及非法人组织", "统一社会信用代码": make_uscc(21300 + n),
              "名单名称": "诚信经营示范单位", "认定文号": f"甘州红〔2026〕{99000 + n}号", "认定依据": "甘州区诚信建设方案",
              "认定日期": "2026-03-01", "有效期至": "2028-03-01", "认定单位": "甘州区市场监督管理局",
              "认定单位统一社会信用代码": make_uscc(9003, prefix="11"),
              "备注": "先进个人：祁瓒瓒（甘州区瓒琤小吃店）、祁琤瓒（甘州区琤瓒面馆）。"}
    out.append(Case("names", f"{folder}: 先进个人 with their shops in brackets", {"redlist": [honour]}, ["祁瓒瓒", "祁琤瓒"]))
    out.append(Case("overscrub", f"{folder}: money, a record", {"penalties": [org(
        违法事实="经查，当事人将货款转入对公账户，监控显示当日共有3名顾客进入店内。")]}, [],
        public=["当事人将货款转入对公账户，监控显示当日共有3名顾客进入店内"]))

    # -- Round 3: what happens between people (12315 summaries, 经查 paragraphs). Two-character names: the recogniser
    # never counts one alone, as it never counts the common names its dictionary holds (王建军, 李秀英): the context must.
    folder = "people-between-people"
    for text, planted in (
        ("经查，祁瓒与店员发生争执。", "祁瓒"), ("经查，当事人与蒋琤发生纠纷。", "蒋琤"), ("经查，当事人拖欠蒋珽工资5000元。", "蒋珽"),
        ("经查，当事人殴打蒋瓒。", "蒋瓒"), ("经查，邵琤母子在店内用餐后腹泻。", "邵琤"), ("经查，当事人未给邵珽缴纳社保。", "邵珽"),
    ):
        out.append(Case("names", f"{folder}: {text[3:12]}…", {"penalties": [org(违法事实=text)]}, [planted]))
    out.append(Case("overscrub", f"{folder}: businesses and roles", {"penalties": [org(
        违法事实="经查，商家与消费者发生纠纷，当事人拖欠房租3个月，辞退员工，王府井与西单商场共同举办活动。")]}, [],
        public=["商家与消费者发生纠纷，当事人拖欠房租3个月，辞退员工，王府井与西单商场共同举办活动"]))
    folder = "people-finding-subjects"  # (经查，X当场拒绝…: the 格式范本's 违法事实 names who did what after 经查)
    for text, planted in (("经查，蒋玹当场拒绝配合检查。", "蒋玹"), ("经查，邵瓒的车辆停放在店门口。", "邵瓒"),
                          ("查明：邵玹多次到店索要欠款。", "邵玹")):
        out.append(Case("names", f"{folder}: {text[:10]}…", {"penalties": [org(违法事实=text)]}, [planted]))
    out.append(Case("overscrub", f"{folder}: products and businesses opening a finding", {"penalties": [org(
        违法事实="经查，熊猫的标识被冒用；经查，华为的手机为翻新机；经查，曹操出行的车辆未取得许可。")]}, [],
        public=["经查，熊猫的标识被冒用；经查，华为的手机为翻新机；经查，曹操出行的车辆未取得许可"]))
    folder = "people-names-that-are-words"  # (12315 summaries: 消费者X反映 where X is 高峰, 文静, 时光 — names that are words)
    for text, planted in (("消费者文静反映购买的月饼发霉。", "文静反映"), ("经查，员工时光负责收银。", "时光负责")):
        out.append(Case("names", f"{folder}: {text[:8]}…", {"complaints": [rows.complaint(text, numbers)]}, [planted]))
    out.append(Case("overscrub", f"{folder}: adverbs, groups", {"complaints": [rows.complaint(
        "消费者强烈要求退款，投诉人单位称已处理，消费者普遍反映价格高。", numbers)]}, [],
        public=["消费者强烈要求退款，投诉人单位称已处理，消费者普遍反映价格高"]))
    folder = "people-licences-checks-measures"  # (行政强制法 第二十四条 查封扣押决定书; 准予许可决定; 撤销登记; 吊销从业资格证)
    for column, text, planted in (
        ("处罚内容", "吊销蒋珽的从业资格证。", "蒋珽"), ("违法事实", "经查，扣押邵琤所有的车辆一辆。", "邵琤"),
        ("违法事实", "因俞瓒身份被冒用，撤销该登记。", "俞瓒"), ("违法事实", "祁玹：男，45岁，住甘州区。", "祁玹"),
    ):
        out.append(Case("names", f"{folder}: {text[:10]}…", {"penalties": [org(**{column: text})]}, [planted]))
    out.append(Case("overscrub", f"{folder}: organisations, sides", {"penalties": [org(
        违法事实="经查，查封张掖华强商贸有限公司的仓库，将该公司列入经营异常名录，对方积极协助调查，由对方帮忙联系。")]}, [],
        public=["查封张掖华强商贸有限公司的仓库，将该公司列入经营异常名录，对方积极协助调查，由对方帮忙联系"]))
    folder = "people-operator-by-given-name"  # (a 个体's operator named by the given name alone: 该店由建华经营)
    out.append(Case("names", f"{folder}: 该店由X经营", {"penalties": [rows.business(
        "甘州区瓒玹小吃店", "祁玘瓒", 违法事实="经查，该店由玘瓒经营，玘瓒称不知情。")]}, ["玘瓒经营", "玘瓒称"]))
    return out
