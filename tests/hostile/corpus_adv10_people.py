"""Hostile cases of the tenth privacy pass on people (adv10, h11p: the leftovers of the ninth and tenth passes, then an
outside pass over published decisions the earlier passes had not read). Each folder names the published text its shape
comes from; values are synthetic (瑱, 瓈, 琎, 玗, 璪: given-name characters no other corpus module uses, so a planted name
cannot be in a public page by chance), shapes are real. Sources:

- 晋江市人力资源和社会保障局 晋人社监罚〔2022〕2号 (jinjiang.gov.cn/ztzl/xzzfgs/xzcf/202205/t20220518_2728071.htm): two minors
  hired, each named with a bracket of dates — 招用未满16周岁的未成年人黄英俊（2006年3月11日生，…离职）、高思慧（…）从事生产工作;
- 惠州仲恺 惠仲社管監罰決字〔2025〕第14號 (traditional characters): 童工肖*玉（女，漢族，2011年6月2日出生）, 童工張*順（男，苗族…）;
- 攸县交通运输局 湘攸交处罚〔2025〕092(非)号 (hnyx.gov.cn/c5662/20251205/i2450359.html): 上述证据经过肖江仔本人阅示并发表意见;
- (2015)佛南法行初字第376号 and (2021)皖07行终10号, as court lists and 信用修复 notices quote them: 原告的委托代理人刘康，被告的委托
  代理人王剑、毛玲到庭参加诉讼; 深龙华府复决〔2020〕27号: 申请人与丈夫刘某续都是丰顺人;
- Hong Kong forms (the HKSAR's sample name 陳大文, CHAN Tai-man) and texts typed in 繁体 with corner quotes (「…」);
- the leftovers of /work/notes/s9/h9p.md and /work/notes/h10p.md: Complainant: Smith, John / qi, zanzheng; 雇用阿西木呷从事销售
  (彝族: yizuren.com 《彝族姓氏及其文化概述》); 建国称 for the operator 祁建国; 康佳于…开业, 雇用门卫, 马来西亚籍, 对于无证.

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.helpers import make_uscc
from tests.hostile.corpus import Case, PenaltyRows


def cases() -> list[Case]:
    """The adv10 people cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 107000, "琨", 23300, 23700, "赵六", "19720202", 1200, 90)
    org = rows.org
    numbers = 1070000  # 投诉编号 TS-2026-<numbers + n>

    folder = "people-leftovers-english-yi-given"  # (h9p's and h10p's left cases)
    for text, planted in (("Complainant: Smith, John said the phone was broken.", "Smith, John"),
                          ("Complainant: qi, zhenli said the phone was broken.", "qi, zhenli")):
        out.append(Case("names", f"{folder}: {text[:24]}…", {"complaints": [rows.complaint(text, numbers)]}, [planted]))
    out.append(Case("names", f"{folder}: 雇用阿西木瑱从事", {"penalties": [org(违法事实="经查，当事人雇用阿西木瑱从事销售。")]},
                    ["阿西木瑱"]))
    out.append(Case("names", f"{folder}: 吉克瓈琎负责", {"penalties": [org(违法事实="经查，员工吉克瓈琎负责收银。")]}, ["吉克瓈琎"]))
    out.append(Case("names", f"{folder}: the operator by a given name that is a word", {"penalties": [rows.business(
        "甘州区琨一小吃店", "祁建国", 违法事实="经查，建国称其不知道该产品过期。")]}, ["建国称"]))
    out.append(Case("overscrub", f"{folder}: brands before a date, workers, a nationality, 对于", {"penalties": [org(
        违法事实="经查，康佳于2026年3月1日开业，明星于2026年3月2日开业；当事人雇用门卫负责看管，雇用黄牛从事销售；"
                 "当事人马来西亚籍；对于无证经营行为，依法处罚；建国70周年期间销售。")]}, [],
        public=["康佳于2026年3月1日开业，明星于2026年3月2日开业；当事人雇用门卫负责看管，雇用黄牛从事销售；当事人马来西亚籍；"
                "对于无证经营行为，依法处罚；建国70周年期间销售"]))

    folder = "people-minors-listed-with-dates"  # (晋人社监罚〔2022〕2号; 惠仲社管監罰決字〔2025〕第14號)
    for text, planted in (
        ("经调查，该单位招用未满16周岁的未成年人黄瑱瓈（2006年3月11日生，2021年11月11日入职，同年11月19日离职）、高瓈瑱（2006年1月4日生，"
         "2021年11月11日入职）从事生产工作。", ["黄瑱瓈", "高瓈瑱"]),
        ("童工張瑱璪（男，苗族，2010年2月10日出生）于2025年7月19日入職工作。", ["張瑱璪"]),
    ):
        out.append(Case("names", f"{folder}: {text[:14]}…", {"penalties": [org(违法事实=text)]}, planted))
    folder = "people-self-agents-spouses"  # (湘攸交处罚〔2025〕092(非)号; 佛南法行初字第376号; 深龙华府复决〔2020〕27号)
    for text, planted in (
        ("上述证据经过肖瑱琎本人阅示并发表意见。", ["肖瑱琎"]),
        ("原告的委托代理人刘琎，被告的委托代理人王玗、毛璪到庭参加诉讼。", ["刘琎", "王玗", "毛璪"]),
        ("申请人与丈夫刘瓈玗都是丰顺人。", ["刘瓈玗"]),
    ):
        out.append(Case("names", f"{folder}: {text[:14]}…", {"penalties": [org(违法事实=text)]}, planted))
    folder = "people-hong-kong-forms"  # (陳大文, CHAN Tai-man; corner quotes of 繁体 texts)
    for text, planted in (
        ("經查，「祁璪玗」系該店員工。", ["祁璪玗"]),
        ("Witness: CHAN Yu-man confirmed the sale.", ["CHAN Yu-man"]),
        ("證人陳玗璪證實當事人銷售過期食品。", ["陳玗璪"]),
    ):
        out.append(Case("names", f"{folder}: {text[:14]}…", {"penalties": [org(违法事实=text)]}, planted))
    out.append(Case("overscrub", f"{folder}: quoted brands", {"penalties": [org(
        违法事实="經查，當事人銷售「李寧」系列運動鞋，「王老吉」系廣藥集團商標。")]}, [],
        public=["當事人銷售「李寧」系列運動鞋，「王老吉」系廣藥集團商標"]))
    folder = "people-patients-pupils"  # (a 卫生 decision on 非法行医: 1名患者正在接受输液; 《校外培训行政处罚暂行办法》's pupils)
    for text, planted in (
        ("经查，当事人为患者祁瑱瓈注射头孢曲松钠，给祁瓈瑱开具处方。", ["祁瑱瓈", "祁瓈瑱"]),
        ("学员祁璪瑱在培训期间受伤，该生祁瑱璪未满14周岁。", ["祁璪瑱", "祁瑱璪"]),
        ("「祁琎瓈」在店內吸煙。", ["祁琎瓈"]),
    ):
        out.append(Case("names", f"{folder}: {text[:14]}…", {"penalties": [org(违法事实=text)]}, planted))
    out.append(Case("overscrub", f"{folder}: what a clinic and a school do", {"penalties": [org(
        违法事实="当事人擅自开展诊疗活动，为患者输液，由该诊所开具处方；为张掖华强商贸有限公司开具发票；儿童用品、儿童节。")]}, [],
        public=["擅自开展诊疗活动，为患者输液，由该诊所开具处方；为张掖华强商贸有限公司开具发票；儿童用品、儿童节"]))
    folder = "people-wage-arrears-lists"  # (粤人社监列决字〔2026〕0001号: 法定代表人X、实际控制人Y作出列入…名单的决定)
    n = next(serial)
    listed = {"行政相对人名称": f"甘州区琨{n}建筑劳务有限公司", "行政相对人类别": "法人及非法人组织",
              "统一社会信用代码": make_uscc(23300 + n), "名单名称": "拖欠农民工工资失信联合惩戒对象名单",
              "列入文号": f"甘州人社列〔2026〕{107000 + n}号",
              "列入原因": "对该公司及其法定代表人乔瑱平、实际控制人余瓈均作出列入拖欠农民工工资失信联合惩戒对象名单的决定。",
              "列入依据": "《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》第五条", "列入日期": "2026-02-02",
              "有效期至": "2029-02-02", "列入单位": "甘州区人力资源和社会保障局",
              "列入单位统一社会信用代码": make_uscc(9004, prefix="11")}
    out.append(Case("names", f"{folder}: the persons listed with a company", {"blacklist": [listed]}, ["乔瑱平", "余瓈均"]))
    out.append(Case("names", f"{folder}: a child noted in brackets", {"penalties": [org(
        违法事实="经查，该店员工中有祁琎瑱（学生，15岁）。")]}, ["祁琎瑱"]))
    folder = "people-spaced-dots"  # (买买提·艾力 as an IME that spaces the dot types it)
    out.append(Case("names", f"{folder}: 经营者买买提 · X", {"penalties": [org(违法事实="经查，经营者买买提 · 瑱琎未亮照经营。")]},
                    ["瑱琎"]))
    folder = "people-shops-named-after-people"  # (字号 + 行业, 《个体工商户名称登记管理办法》; privacy.md's 李建国烧烤店)
    out.append(Case("overscrub", f"{folder}: a 字号 with its trade", {"penalties": [org(
        违法事实="经查，张三烧烤称其不知情，从张三烧烤购进羊肉。")]}, [], public=["张三烧烤称其不知情，从张三烧烤购进羊肉"]))
    out.append(Case("names", f"{folder}: the operator's own shop in the facts", {"penalties": [rows.business(
        "甘州区祁瓈璪烧烤店", "祁瓈璪", 违法事实="经查，祁瓈璪烧烤店销售过期食品，祁瓈璪烧烤未公示证照。")]}, ["祁瓈璪"]))
    return out
