"""Hostile cases of an outsider's privacy pass (h20o, session 14: /work/notes/h20o.md; the names fixed by h20n): persons
with the 《百家姓》's compound surnames the list lacked (司空, 子车, 宰父, 公西 …), in prose, in a code cell the staff report
quotes and as a 个体工商户's name; names after the trades of online selling (货主, 主播助理, 网红, 微商) with rare surnames;
a complaint's child named after 叫 or by a pet name, a flat after a person, a described person's home; a child's class;
the party's own name in another order or script; and a phone service and a contact's label that are no names. Each
folder is the outsider's case folder its shape comes from; values are synthetic (瓞, 瓠, 瓴: given-name characters no
other corpus module uses, so a planted name cannot be in a public page by chance; 瓻 in the organisations' names), shapes
are the outsider's. Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.hostile.corpus import Case, PenaltyRows


def cases() -> list[Case]:
    """The adv15 people cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 197000, "瓻", 97300, 97700, "赵六", "19630707", 1950, 90)
    org = rows.org
    numbers = 1970000  # 投诉编号 TS-2026-<numbers + n>

    folder = "L2_compound_surnames"  # (the tagger reads 西门子 as the company and 夹|谷子: the names as the outsider wrote them)
    for name in ("司空瓞瓴", "子车瓞瓠", "宰父瓠瓴", "乐正瓴瓞", "微生瓠瓞", "南门瓞瓴", "呼延瓴瓠", "公西瓞瓠", "西门子涵",
                 "夹谷子涵"):
        out.append(Case("names", f"{folder}: 雇佣{name[:2]}…", {"penalties": [org(
            违法事实=f"经查，当事人雇佣{name}搬运货物。违反了《中华人民共和国食品安全法》第三十四条的规定。")]}, [name],
            public=["搬运货物。违反了《中华人民共和国食品安全法》第三十四条的规定。"]))
    out.append(Case("staff", f"{folder}: a name in 案件程序's note", {"penalties": [org(案件程序="一般（子车瓴瓠）")]},
                    ["子车瓴瓠"], staff_only=True))
    out.append(Case("staff", f"{folder}: a name in 罚款金额's note", {"penalties": [org(**{"罚款金额(万元)": "0.5（司空瓠瓞代缴）"})]},
                    ["司空瓠瓞"], staff_only=True))

    folder = "L14_getihu_compound_name_no_operator"
    out.append(Case("names", f"{folder}: 甘州区宰父…", {"penalties": [rows.business("甘州区宰父瓴瓞", "")]}, ["宰父瓴瓞"]))

    folder = "L15_compound_operator_given_name"
    out.append(Case("names", f"{folder}: the operator's given name alone", {"penalties": [rows.business(
        "甘州区瓻鲜果店", "子车瓠瓴", 违法事实="经查，经营者子车瓠瓴销售过期食品，瓠瓴当场承认。")]}, ["子车瓠瓴", "瓠瓴"],
        public=["甘州区瓻鲜果店", "当场承认。"]))

    folder = "L11_cue_words_missing"
    for trade, name in (("货主", "佴瓞瓴"), ("主播助理", "笪瓠瓴"), ("网红", "仉瓴瓞"), ("微商", "隗瓞瓠")):
        out.append(Case("names", f"{folder}: 当事人的{trade}…", {"penalties": [org(
            违法事实=f"经查，当事人的{trade}{name}参与了销售。")]}, [name], public=[f"经查，当事人的{trade}"]))

    folder = "L16_complaint_child_and_flat"
    out.append(Case("names", f"{folder}: 孩子叫…", {"complaints": [rows.complaint(
        "我是南关小学六年级的学生家长，孩子叫隗瓠瓞。", numbers)]}, ["隗瓠瓞"], public=["我是南关小学六年级的学生家长，孩子叫"]))
    out.append(Case("names", f"{folder}: a pet name", {"complaints": [rows.complaint(
        "消费者的女儿瓴瓴在该店理发时被剪伤。", numbers)]}, ["瓴瓴"], public=["在该店理发时被剪伤。"]))
    out.append(Case("uncovered", f"{folder}: a flat after 业主X女士", {"complaints": [rows.complaint(
        "投诉人：甘州区某小区业主隗女士（28号楼6单元）。", numbers)]}, ["28号楼6单元"], public=["投诉人：甘州区某小区业主"]))

    folder = "L5_complaint_people"
    out.append(Case("uncovered", f"{folder}: a described person's home", {"complaints": [rows.complaint(
        "老人（78岁，独居，住南关小区9号楼）被推销保健品。", numbers)]}, ["南关小区9号楼"], public=["被推销保健品。"]))

    folder = "L6_minor_school_class"  # (the school is an organisation and stays; the class beside a child does not)
    out.append(Case("minors", f"{folder}: a child's class", {"penalties": [org(
        违法事实="经查，当事人雇佣童工隗瓞瓴（12岁，甘州区南关小学四年级三班学生）从事搬运。")]},
        ["隗瓞瓴", "四年级三班"], public=["甘州区南关小学"]))

    folder = "L7_own_name_order_script"  # (the natural person 隗瓴瓞)
    for fact, planted in (("经查，当事人隗 Lingdie在甘州区南街销售过期食品。", "Lingdie"),
                          ("经查，当事人瓴瓞隗在甘州区南街销售过期食品。", "瓴瓞隗"),
                          ("经查，当事人LingDie Wei在甘州区南街销售过期食品。", "LingDie"),
                          ("经查，当事人隗🔸瓴🔸瓞在甘州区南街销售过期食品。", "🔸瓞"),
                          ("经查，当事人隗＊瓴＊瓞在甘州区南街销售过期食品。", "＊瓞")):
        out.append(Case("names", f"{folder}: {planted}", {"penalties": [rows.person("隗瓴瓞", 违法事实=fact)]},
                        [planted, "隗瓴瓞"], public=["在甘州区南街销售过期食品。"]))

    folder = "O1_xiaolingtong_word"
    out.append(Case("overscrub", f"{folder}: 小灵通 is a phone service", {"penalties": [org(
        违法事实="经查，举报人小灵通0936-8212397。")]}, ["0936-8212397"], public=["经查，举报人小灵通"]))

    folder = "O4_words_read_as_names"
    out.append(Case("overscrub", f"{folder}: a contact's Latin label", {"penalties": [org(
        违法事实="经查，举报人Line ID：kzyline97。")]}, ["kzyline97"], public=["经查，举报人Line ID："]))
    return out
