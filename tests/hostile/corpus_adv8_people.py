"""Hostile cases of the eighth privacy pass on people (adv8: people in free text and structure).

Part 1 re-makes what the seventh pass left open (/work/notes/adv7-people.md, "Left"); Part 2 the new shapes of the eighth
pass. Each case names its folder under /work/notes/adv8-cases/ (whose cases.json names the published text the shape comes
from; /work/notes/adv8-people.md tells what was tried, found and fixed). Values are synthetic (rare given-name characters,
so that a planted name cannot be in a public page by chance); shapes are real. Sources:

- 12315 投诉 summaries as consumers and clerks write them (消费者建华反映: the given name alone; 我妈X, 我是X; English
  summaries of foreign residents; initials); given-name characters from 公安部户政管理研究中心《二〇一九年全国姓名报告》 表3;
- 现场检查笔录 and the 经查 paragraphs of decisions (检查时X在场, 店内仅有X一人, 受X指使: the 2021 格式范本's 违法事实);
- the 格式范本's 当事人基本情况 (X，女，汉族，1975年生，现住…小区); 撤销行政处罚决定 (dawenxue.cn/fanwen/jueding/140/140343.html).

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.helpers import make_uscc
from tests.hostile.corpus import Case, PenaltyRows


def cases() -> list[Case]:
    """The adv8 people cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 95000, "琮", 19300, 19700, "赵六", "19750505", 900, 90)
    org, person = rows.org, rows.person

    def complaint(summary: str) -> dict[str, str]:
        n = next(serial)
        return {"行政相对人名称": f"甘州区琮{n}商贸有限公司", "行政相对人类别": "法人及非法人组织",
                "统一社会信用代码": make_uscc(19300 + n), "法定代表人": "赵钱", "投诉编号": f"TS-2026-{950000 + n:06d}",
                "投诉问题类型": "质量问题", "投诉内容摘要": summary, "投诉日期": "2026-03-10", "处理结果": "调解成功",
                "处理日期": "2026-03-20", "公示截止期": "2027-03-20", "处理单位": "张掖市甘州区市场监督管理局"}

    # -- Part 1 (adv7 "Left") ----------------------------------------------------------------------------------------
    folder = "people-given-name-alone"  # (12315 summaries: the given name alone after a role word)
    for text, planted in (("消费者瑾璐反映购买的月饼发霉。", "瑾璐"), ("投诉人婕茜称其在店内购买的牛奶过期。", "婕茜"),
                          ("员工瀚翔负责收银，未办理健康证明。", "瀚翔")):
        out.append(Case("names", f"{folder}: {text[:8]}…", {"complaints": [complaint(text)]}, [planted]))
    for text in ("消费者协会接到投诉后进行调解。", "投诉人多次反映无果，消费者普遍反映价格高。"):
        out.append(Case("overscrub", f"{folder}: {text[:8]}…", {"complaints": [complaint(text)]}, [], public=[text]))
    folder = "people-clause-start-names"  # (现场检查笔录, 经查 paragraphs)
    for text, planted in (("经查，检查时祁琮兰在场。", "祁琮兰"), ("经查，店内仅有祁琮琴一人。", "祁琮琴"),
                          ("经查，祁琮某称其不知道商品已过期。", "祁琮某"), ("经查，当事人受祁琮华指使销售假冒商品。", "祁琮华")):
        out.append(Case("names", f"{folder}: {text[3:12]}…", {"penalties": [org(违法事实=text)]}, [planted]))
    out.append(Case("overscrub", f"{folder}: 受…委托, 检查时发现", {"penalties": [org(
        违法事实="经查，受甘州区市场监督管理局委托，检查时发现当事人无证经营。")]}, [], public=["受甘州区市场监督管理局委托，检查时发现"]))
    folder = "people-estate-and-birth-year"  # (格式范本 当事人基本情况)
    out.append(Case("uncovered", f"{folder}: 1975年生，现住…小区", {"penalties": [person(
        "祁琮秀", 违法事实="当事人祁琮秀，女，汉族，1975年生，现住甘州区琮秀小区。经查，当事人无证经营。")]}, ["1975年生", "琮秀小区"]))
    out.append(Case("uncovered", f"{folder}: 家住…花园", {"complaints": [complaint("消费者家住甘州区琮华花园，称快递未送达。")]},
                    ["琮华花园"]))
    out.append(Case("overscrub", f"{folder}: 2016年生产", {"penalties": [org(违法事实="经查，该批白酒于2016年生产，2017年出厂。")]},
                    [], public=["于2016年生产，2017年出厂"]))

    # -- Part 2: new shapes -------------------------------------------------------------------------------------------
    folder = "people-tables-in-cells"  # (人社 拖欠工资 lists and 12315 attachments pasted from a spreadsheet)
    for text, planted in (
        ("经查，拖欠工资人员如下：\n姓名|工资|住址\n祁珩甲|5000|珩甲村五社3号\n祁珩乙|3000|珩乙村五社4号", ["祁珩甲", "珩甲村五社3号", "珩乙村五社4号"]),
        ("经查，拖欠工资人员如下：\n姓名\t工资\t家庭住址\n祁珩丙\t5000\t珩丙村三社", ["祁珩丙", "珩丙村三社"]),
    ):
        out.append(Case("uncovered", f"{folder}: {text[:22]}…", {"penalties": [org(违法事实=text)]}, planted))
    out.append(Case("overscrub", f"{folder}: a table of goods", {"penalties": [org(违法事实="经查，涉案物品如下：\n品名|规格|产地\n白酒|500ml|甘州区")]},
                    [], public=["白酒|500ml|甘州区"]))
    folder = "people-english-initials-homoglyphs"  # (12315 summaries of foreign residents; initials; another keyboard layout)
    for text, planted in (
        ("The complainant Qi Hengding said the phone was broken.", "Qi Hengding"),
        ("Complainant: Hengwu Qi, phone broken.", "Hengwu Qi"),
        ("消费者QHJ反映购买的手机有质量问题。", "QHJ"),
        ("消费者祁HJ反映购买的手机有质量问题。", "祁HJ"),
        ("消费者Qi Hеngjі反映手机坏了。", "Qi Hеngjі"),
        ("消费者祁珩\n戊反映购买的月饼发霉。", "祁珩\n戊"),
    ):
        out.append(Case("names", f"{folder}: {text[:20]}…", {"complaints": [complaint(text)]}, [planted]))
    out.append(Case("overscrub", f"{folder}: brands and businesses in English", {"complaints": [complaint(
        "The consumer called Huawei Customer Service; the owner Ganzhou Xinhua Trading Co., Ltd. refused to refund.")]},
        [], public=["Huawei Customer Service", "Ganzhou Xinhua Trading Co., Ltd."]))
    folder = "people-consumers-own-words"  # (12315 summaries in the consumer's own words)
    for text, planted in (("我妈祁珩秀在该店办卡后无法退款。", "祁珩秀"), ("我是祁珩建，在该店购买的空调不制冷。", "祁珩建"),
                          ("店员微信昵称：珩珩草莓，拒绝退款。", "珩珩草莓")):
        out.append(Case("names", f"{folder}: {text[:10]}…", {"complaints": [complaint(text)]}, [planted]))
    out.append(Case("overscrub", f"{folder}: 我是该店的会员", {"complaints": [complaint("我是该店的会员，店铺昵称为甘州好味道。")]},
                    [], public=["我是该店的会员，店铺昵称为甘州好味道"]))
    folder = "people-health-education-labour"  # (卫健 无证行医, 校外培训, 拖欠农民工工资)
    for text, planted in (
        ("经查，祁珩轩同学在培训期间受伤，祁珩涵的家长反映该机构未退费。", ["祁珩轩", "祁珩涵"]),
        ("拖欠工资明细：祁珩军5000元、祁珩民3000元、祁珩新4200元。", ["祁珩军", "祁珩民", "祁珩新"]),
        ("拖欠工资名单：祁珩勇（8600元）、祁珩亮（5400元）。", ["祁珩勇", "祁珩亮"]),
        ("现场检查发现祁珩正在给一名60岁左右的女性（陈某）进行针灸。", ["祁珩正"[:2] + "正在给"]),
        ("举报称某居民楼7栋461房有人无证行医。", ["7栋461房"]),
    ):
        out.append(Case("names", f"{folder}: {text[:12]}…", {"penalties": [org(违法事实=text)]}, planted))
    out.append(Case("overscrub", f"{folder}: amounts, business premises", {"penalties": [org(
        违法事实="经查，当事人在南关小区5号楼161室开设超市，货值金额2000元、违法所得500元。")]}, [],
        public=["南关小区5号楼161室开设超市，货值金额2000元、违法所得500元"]))
    folder = "people-court-repair-lists"  # (失信被执行人 lists, court case titles, 信用修复 notices, 行政复议决定书)
    for text, planted in (
        ("经查，被执行人祁珀华，男，身份证号码620702197505051234，住甘州区珀华村五社12号。", ["祁珀华", "珀华村五社12号"]),
        ("原告祁珀民诉被告祁珀安买卖合同纠纷一案。", ["珀民", "祁珀安"]),
        ("经查，店主祁某（珀英）称不知情。", ["珀英"]),
        ("公示期内，对祁珀旺信用修复有异议的，可向本局反映。", ["祁珀旺"]),
        ("经查，该诊所聘用未取得执业资格的祁珀德从事诊疗活动。", ["祁珀德"]),
    ):
        out.append(Case("names", f"{folder}: {text[:12]}…", {"penalties": [org(违法事实=text)]}, planted))
    out.append(Case("overscrub", f"{folder}: 托管班负责人, 上诉", {"penalties": [org(
        违法事实="经查，该托管班负责人张某招收小学生，当事人不服提起上诉。")]}, [], public=["该托管班负责人张某招收小学生，当事人不服提起上诉"]))
    folder = "people-penalty-content"  # (处罚内容, descriptions, a complainant's address, pinyin at a clause start)
    for text, planted in (
        ("经查，当事人未履行职责。对主要负责人祁瑛华处上一年年收入百分之四十的罚款；责令祁瑛民改正。", ["祁瑛华", "祁瑛民"]),
        ("经查，祁瑛安，男，汉族，1975年5月出生，初中文化，农民，住甘州区瑛安村五社12号。", ["瑛安村五社12号"]),
        ("经查，Qi Yingbo负责收银，未办理健康证明。", ["Qi Yingbo"]),
    ):
        out.append(Case("names", f"{folder}: {text[:12]}…", {"penalties": [org(违法事实=text)]}, planted))
    for text, planted in (("投诉人：祁瑛秀，联系方式：13912345678，地址：甘州区瑛秀村五社12号", ["瑛秀村五社12号"]),
                          ("处理结果：经调解，商家祁瑛德同意退款。", ["祁瑛德"])):
        out.append(Case("names", f"{folder}: {text[:12]}…", {"complaints": [complaint(text)]}, planted))
    out.append(Case("overscrub", f"{folder}: a business's address, a party fined", {"penalties": [org(
        违法事实="经查，投诉人反映商家地址：甘州区县府街15号。对当事人罚款5000元。")]}, [],
        public=["投诉人反映商家地址：甘州区县府街15号。对当事人罚款5000元"]))
    folder = "people-bare-records"  # (a name beside its ID, phone or a description without words; files; opening verbs)
    for text, planted in (
        ("经查，涉案人员：\n祁玳华/男/51岁/农民\n祁玳民（620702197505051234）", ["祁玳华", "祁玳民"]),
        ("附件：祁玳英.jpg、现场照片.jpg", ["祁玳英"]),
        ("经查，當事人僱傭祁玳德從事銷售。", ["祁玳德"]),
    ):
        out.append(Case("names", f"{folder}: {text[:12]}…", {"penalties": [org(违法事实=text)]}, planted))
    for text, planted in (("举报祁玳旺无证行医。", ["祁玳旺"]), ("投诉该院医生祁玳安态度恶劣。", ["祁玳安"])):
        out.append(Case("names", f"{folder}: {text[:10]}…", {"complaints": [complaint(text)]}, planted))
    out.append(Case("overscrub", f"{folder}: 被投诉方地址, 李医生", {"complaints": [complaint(
        "投诉人称，被投诉方地址：甘州区县府街25号，李医生称已处理。")]}, [], public=["被投诉方地址：甘州区县府街25号，李医生称已处理"]))
    folder = "people-structure-cells-8"  # (个体工商户 listed under the operator's name with a note, a title, in pinyin)
    for shop, planted in (("祁瑶华（个体）", "祁瑶华"), ("祁瑶民先生", "祁瑶民"), ("QI YAOXIN", "QI YAOXIN")):
        out.append(Case("names", f"{folder}: a 个体 named {shop} with no operator", {"penalties": [rows.business(shop, "")]},
                        [planted], codes=["operator-read-from-name"]))
    folder = "people-hidden-by-hand"  # (clerks' own masking that keeps a given character; 姓X，名Y)
    for text, planted in (("经查，员工祁**瑭负责收银。", ["祁**瑭负责"]), ("经查，该店负责人姓祁，名瑭英。", ["瑭英"])):
        out.append(Case("names", f"{folder}: {text[3:12]}…", {"penalties": [org(违法事实=text)]}, planted))
    return out
