"""Hostile cases of an outsider's privacy pass (h22o, session 16: /work/notes/h22o.md; the names fixed by h22n): names
that are also ordinary words (高峰, 文静, 方圆, 夏天, 宁静, 万里, 马力) after a strong role word, in decisions, a redlist's
认定依据 and complaint summaries; role words the outsider found unlisted (群众, 监理, 中介, 库管, and the workers of a shop or a
ride); the party's own name that is a word as its text's subject; a 个体工商户 whose operator's name is a word and its 字号;
and the phrases after 当事人 the outsider found read as names (陈述申辩, 毛利润), which stay. Each folder is the outsider's
case folder its shape comes from. The names are words, so each is planted with the words around it (举报人高峰, 高峰当场),
which no public page holds once the name is masked; 甔 in the organisations' names. Registered by
`tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.helpers import make_uscc
from tests.hostile.corpus import Case, PenaltyRows


def cases() -> list[Case]:
    """The adv22 people cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 229000, "甔", 57300, 57700, "赵六", "19610909", 2290, 90)
    org = rows.org
    numbers = 2290000  # 投诉编号 TS-2026-<numbers + n>

    folder = "L5_word_like_names_after_cue"
    for text, planted in (
        ("经查，举报人高峰在当事人店内参与销售过期食品，当场查获。", ["举报人高峰在"]),
        ("经查，证人方圆在当事人店内参与销售过期食品，当场查获。", ["证人方圆"]),
        ("经查，当事人雇佣的夏天在当事人店内参与销售过期食品，当场查获。", ["雇佣的夏天"]),
        ("经查，员工宁静在当事人店内参与销售过期食品，员工万里在场。", ["员工宁静", "员工万里"]),
        ("执法人员：高峰（执法证号62070001）、文静（执法证号62070002）到场检查。", ["执法人员：高峰", "）、文静（"]),
    ):
        out.append(Case("names", f"{folder}: {text[3:14]}…", {"penalties": [org(违法事实=text)]}, planted,
                        public=["当场查获。"] if "当场查获" in text else ["到场检查。"] if "到场" in text else []))
    n = next(serial)
    redlist = {"行政相对人名称": f"甘州区甔{n}商贸有限公司", "行政相对人类别": "法人及非法人组织", "统一社会信用代码": make_uscc(57300 + n),
               "名单名称": "守合同重信用企业", "认定文号": f"甘州市监守信〔2026〕{229000 + n}号",
               "认定依据": "甘州区诚信之星评选办法（推荐人：村支书高峰）", "认定日期": "2026-01-31", "有效期至": "2028-01-31",
               "认定单位": "甘州区市场监督管理局", "认定单位统一社会信用代码": make_uscc(9003, prefix="11")}
    out.append(Case("names", f"{folder}: redlist 推荐人：村支书高峰", {"redlist": [redlist]}, ["村支书高峰"],
                    public=["甘州区诚信之星评选办法"]))
    out.append(Case("overscrub", f"{folder}: the words as words after a role word", {"penalties": [org(
        违法事实="经查，举报人高峰期间多次到店，消费者高峰时段排队，投诉人方圆五公里内未找到同类门店。")]}, [],
        public=["举报人高峰期间多次到店，消费者高峰时段排队，投诉人方圆五公里内未找到同类门店"]))

    folder = "L5b_word_like_names_in_complaints"
    for summary, planted in (("消费者夏天、方圆反映健身房关门。", ["消费者夏天", "、方圆反映"]),
                             ("投诉人宁静（女）反映退款难。", ["投诉人宁静"])):
        out.append(Case("names", f"{folder}: {summary[:8]}…", {"complaints": [rows.complaint(summary, numbers)]}, planted))

    folder = "L6_role_words_qunzhong_jianli_zhongjie"
    for text, planted in (
        ("经查，群众李娜、监理罗刚、中介王芳反映当事人销售过期食品。", ["李娜", "罗刚", "王芳"]),
        ("经查，司机高峰、库管杨帆、摊主高峰反映当事人销售过期食品。", ["司机高峰", "杨帆", "摊主高峰"]),
    ):
        out.append(Case("names", f"{folder}: {text[3:12]}…", {"penalties": [org(违法事实=text)]}, planted,
                        public=["反映当事人销售过期食品。"]))
    out.append(Case("overscrub", f"{folder}: the role words before no name", {"penalties": [org(
        违法事实="经查，群众多次举报该店噪音扰民，中介机构收取中介费用2000元，监理单位未到场。")]}, [],
        public=["群众多次举报该店噪音扰民，中介机构收取中介费用2000元，监理单位未到场"]))

    folder = "L11_own_name_is_a_word"
    for name, text, planted in (
        ("高峰", "经查，高峰于2026年8月占道经营，高峰当场承认。", ["高峰于", "高峰当场"]),
        ("方圆", "经查，方圆在南关市场散发广告。", ["方圆在"]),
        ("马力", "经查，马力驾驶三轮车运输过期食品，马力称不知情。", ["马力驾驶", "马力称"]),
    ):
        out.append(Case("names", f"{folder}: {name}", {"penalties": [rows.person(name, 违法事实=text)]}, planted,
                        public=["2026年8月占道经营"] if name == "高峰" else ["南关市场散发广告"] if name == "方圆" else
                        ["三轮车运输过期食品"]))

    folder = "L12_operator_word_name_in_business_name"
    out.append(Case("names", f"{folder}: 甘州区文静服装店", {"penalties": [rows.business(
        "甘州区文静服装店", "文静", 违法事实="经查，文静经营的服装店销售假冒商标服装，经营者文静对事实无异议。")]},
        ["文静服装店", "文静经营", "经营者文静"], public=["服装店销售假冒商标服装"]))

    folder = "O5_phrases_read_as_names"
    out.append(Case("overscrub", f"{folder}: 陈述申辩, 毛利润", {"penalties": [org(
        违法事实="经查，当事人陈述申辩称其不知情，当事人毛利润为360元。")]}, [],
        public=["当事人陈述申辩称其不知情，当事人毛利润为360元"]))
    return out
