"""Hostile cases of an outsider's privacy pass (h21o, session 15: /work/notes/h21o.md; the names fixed by h21n): a
个体工商户 with no operator named after a person and its trade, in traditional characters too; the operator's given name
alone in simplified after the operator written in traditional; names in a complaint's 处理结果 and a title then the whole
name in brackets; the last name of a list at a sentence's or a cell's end and names before a count of persons; weak role
words and kin words with rare or compound surnames; a name before 本人; and an organisation named after a person after a
role word, which stays. Each folder is the outsider's case folder its shape comes from; values are synthetic (甗, 甑, 甓:
given-name characters no other corpus module uses, so a planted name cannot be in a public page by chance; 甃 in the
organisations' names), shapes are the outsider's. Registered by `tests/hostile/corpus.py` (`cases()` appends these),
checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.hostile.corpus import Case, PenaltyRows


def cases() -> list[Case]:
    """The adv19 people cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 205000, "甃", 93300, 93700, "赵六", "19620303", 2050, 90)
    org = rows.org
    numbers = 2050000  # 投诉编号 TS-2026-<numbers + n>

    folder = "L8_getihu_traditional_name_no_operator"
    for name, given in (("甘州區張甗甑燒烤店", "甗甑"), ("臺北市陳甑甓商行", "甑甓"), ("甘州区黃甓甗便利店", "甓甗")):
        out.append(Case("names", f"{folder}: {name}", {"penalties": [rows.business(name, "")]}, [given],
                        public=[name[-3:] if name.endswith("燒烤店") else name[-2:]]))
    out.append(Case("names", f"{folder}: the operator's given name in simplified", {"penalties": [rows.business(
        "甘州区甃鲜果店", "陳甗東", 违法事实="经查，经营者陳甗東当场承认，甗东表示认可。")]}, ["甗東", "甗东"],
        public=["甘州区甃鲜果店", "表示认可。"]))

    folder = "L7_complaint_names_without_cue"
    complaint = rows.complaint("消费者反映购买的商品存在质量问题。", numbers)
    complaint["处理结果"] = "已电话回复隗甗甑，双方和解。"
    out.append(Case("names", f"{folder}: 处理结果 回复…", {"complaints": [complaint]}, ["甗甑"], public=["双方和解。"]))
    complaint = rows.complaint("消费者反映购买的商品存在质量问题。", numbers)
    complaint["处理结果"] = "退还佴先生（佴甑甓）货款。"
    out.append(Case("names", f"{folder}: 处理结果 title then name", {"complaints": [complaint]}, ["甑甓"], public=["货款。"]))
    for summary, planted in (("东门甗甑、宰父甑甓两位消费者反映商品质量问题。", ["东门甗甑", "宰父甑甓"]),
                             ("消费者仉女士（仉甓甗）反映商品质量问题。", ["仉甓甗"])):
        out.append(Case("names", f"{folder}: {summary[:6]}…", {"complaints": [rows.complaint(summary, numbers)]}, planted,
                        public=["反映商品质量问题。"]))

    folder = "L3_last_listed_name_at_sentence_end"
    for fact, planted in (("执法人员隗甗甑、佴甑甓。", ["隗甗甑", "佴甑甓"]), ("员工张伟、笪甓甗", ["笪甓甗"]),
                          ("本案由亓甗甓、佴甓甑两名执法人员办理。", ["亓甗甓", "佴甓甑"])):
        out.append(Case("names", f"{folder}: {fact}", {"penalties": [org(违法事实=fact)]}, planted))

    folder = "L4_role_words_zhuguan_cunganbu"
    for role, name in (("主管", "仉甗甑"), ("主管", "欧阳甑甓"), ("店铺主管", "隗甓甗"), ("村干部", "宓甗甓"), ("村支书", "隗甑甗"),
                       ("领班", "佴甓甑")):
        out.append(Case("names", f"{folder}: {role}…", {"penalties": [org(违法事实=f"经查，{role}{name}在场。")]}, [name],
                        public=[f"经查，{role}"]))

    folder = "L5_kin_words_missing"
    for k, kin in enumerate(("小姨子", "小舅子", "妯娌", "连襟", "丈母娘", "曾孙", "大伯", "姥姥", "外公", "亲家", "老伴", "闺蜜",
                             "小叔子", "后妈")):
        name = "佴" + ("甗甑", "甑甓", "甓甗")[k % 3]
        out.append(Case("names", f"{folder}: {kin}", {"penalties": [org(违法事实=f"经查，举报人的{kin}{name}参与销售。")]},
                        [name], public=[f"经查，举报人的{kin}"]))

    folder = "L6_name_before_benren"
    for fact, name in (("经查，佴甗甑本人参与销售。", "佴甗甑"), ("经查，由隗甑甓本人签字确认。", "隗甑甓")):
        out.append(Case("names", f"{folder}: {fact}", {"penalties": [org(违法事实=fact)]}, [name], public=["本人"]))

    folder = "O2_org_name_after_role_word"
    fact = "委托代理人甘肃李建国律师事务所律师到场。"
    out.append(Case("overscrub", f"{folder}: a law firm named after a person", {"penalties": [org(违法事实=fact)]}, [],
                    public=[fact]))
    return out
