"""Hostile cases of an outsider's privacy pass (h22o, session 16: /work/notes/h22o.md; fixed by h22t): the second and
later names of a numbered list before their bracketed jobs, Tibetan and Uyghur names (the own party's short form, third
persons with no Han surname or a first part no list knows), a party whose text alone says they are a minor, and a
person's faith, disease and criminal conviction (PIPL 第二十八条). Each folder is the outsider's case folder its shape
comes from; values are synthetic (甔, 甖: given-name characters no other corpus module uses, so a planted name cannot be
in a public page by chance; 甒 in the organisations' names). Registered by `tests/hostile/corpus.py` (`cases()` appends
these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.helpers import make_id
from tests.hostile.corpus import Case, PenaltyRows

_ADULT_ID = make_id("19900303", 253)  # an adult's 身份证 (GB 11643) beside a text that says otherwise


def cases() -> list[Case]:
    """The adv22 list, minority-name, minor and sensitive-data cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 227000, "甒", 43300, 43700, "赵六", "19610909", 2270, 90)
    org = rows.org
    fact = "经查，当事人从业人员未取得健康证明。"

    folder = "L13_numbered_list_second_name"  # (the given names are words: 建平, 建和; 党建 opens 党建秋)
    for items, planted in (("1、祁甔甖（收银员）2、马建平（店长）", ["甔甖", "马建平"]),
                           ("（1）祁甖甔（收银员）（2）马建和（店长）", ["甖甔", "马建和"]),
                           ("员工：祁甔甔（收银员）马建春（店长）", ["甔甔", "马建春"]),
                           ("员工祁甖甖（收银员），党建秋（店长）", ["甖甖", "党建秋"]),
                           ("一、马建平（店长）；二、马建春（厨师）", ["马建平", "马建春"]),
                           ("②欧阳建平（店长）", ["欧阳建平"])):
        out.append(Case("names", f"{folder}: {items}", {"penalties": [org(违法事实=fact + items)]}, planted,
                        public=["当事人从业人员未取得健康证明。"]))
    out.append(Case("overscrub", f"{folder}: documents before bracketed words stay",
                    {"penalties": [org(违法事实="证据：1、营业执照（副本）2、健康证明（从业人员）3、现场笔录（执法人员）")]}, [],
                    public=["1、营业执照（副本）2、健康证明（从业人员）3、现场笔录（执法人员）"]))

    folder = "L14_own_name_minority_short_form"
    for name, short in (("买买提·甔甖", "买买提"), ("扎西顿珠", "扎西"), ("才让多杰", "多杰")):
        row = rows.person(name, 违法事实=f"经查，{name}在南关市场销售过期食品，{short}当场承认。")
        out.append(Case("names", f"{folder}: {name} called {short}", {"penalties": [row]}, [f"{short}当场"],
                        public=["在南关市场销售过期食品", row["行政处罚决定书文号"]]))

    folder = "L15_third_person_minority_names"
    for text, planted in (("经查，举报人阿依古丽·甔甖、牧民才让多杰、顾客斯琴高娃参与销售。", ["甔甖", "才让多杰", "高娃参"]),
                          ("经查，员工阿依古丽（维吾尔族）、马麦尔旦·甖甔参与销售。", ["马麦尔旦", "甖甔"]),
                          ("经查，牧民扎西顿珠、次仁卓玛到场。", ["扎西顿珠", "次仁卓玛"])):
        out.append(Case("names", f"{folder}: {text[3:12]}…", {"penalties": [org(违法事实=text)]}, planted,
                        public=["经查，"]))
    out.append(Case("overscrub", f"{folder}: a dotted place or brand stays",
                    {"penalties": [org(违法事实="经查，当事人在新华·国际大厦销售“丝路·张掖”牌枸杞。")]}, [],
                    public=["经查，当事人在新华·国际大厦销售“丝路·张掖”牌枸杞。"]))

    folder = "L7_minor_party_stated_in_text"  # (an adult's ID in the column; the text describes the party as 14)
    minor = rows.person("马甔甖", 证件号码=_ADULT_ID,
                        违法事实="经查，当事人马甔甖，男，系甘州区第二中学初二学生（14周岁），在校门口摆摊销售“三无”辣条。")
    out.append(Case("minors", f"{folder}: 系…初二学生（14周岁）", {"penalties": [minor]}, [minor["行政处罚决定书文号"]]))
    parent = rows.person("马甖甔", 证件号码=_ADULT_ID, 违法事实="经查，当事人马甖甔，男，系其子（12岁）的父亲，在校门口摆摊销售辣条。")
    out.append(Case("overscrub", f"{folder}: 系其子（12岁）的父亲 publishes", {"penalties": [parent]}, ["甖甔"],
                    public=[parent["行政处罚决定书文号"], "在校门口摆摊销售辣条。"]))

    folder = "L16_sensitive_personal_information"
    person = rows.person("马甔甔", 违法事实="当事人：马甔甔，女，回族，信仰伊斯兰教，乙肝病毒携带者，曾因盗窃罪被判处有期徒刑一年。"
                                          "经查，当事人未取得健康证明从事食品经营。")
    out.append(Case("names", f"{folder}: faith, disease, conviction", {"penalties": [person]},
                    ["伊斯兰教", "乙肝病毒携带者", "盗窃罪"], public=["未取得健康证明从事食品经营", "回族"]))
    out.append(Case("names", f"{folder}: （HIV感染者）", {"penalties": [org(
        违法事实="经查，当事人员工马某某（HIV感染者）未取得健康证明从事食品经营。")]}, ["HIV感染者"], public=["未取得健康证明从事食品经营。"]))
    law = "经查，当事人安排患有有碍食品安全疾病的人员从事接触直接入口食品的工作。"
    out.append(Case("overscrub", f"{folder}: the law's words on diseases stay", {"penalties": [org(违法事实=law)]}, [],
                    public=[law]))
    return out
