"""Hostile cases of an outsider's privacy pass (h19o, session 13: /work/notes/h19o.md; fixed by h19p): people named in lists,
as guarantors, in typed structures and markup, by a given name another record gave in full, inside a 个体工商户's name one
character off its operator's; contacts after slang words; and public numbers and names the masking destroyed. Each
folder is the outsider's case folder its shape comes from; values are synthetic (瓛, 瓟, 瓡: given-name characters no other
corpus module uses, so a planted name cannot be in a public page by chance; 瓙 in the organisations' names), shapes
are the outsider's. Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.hostile.corpus import Case, PenaltyRows


def cases() -> list[Case]:
    """The adv14 people cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 181000, "瓙", 81300, 81700, "赵六", "19650505", 1800, 90)
    org = rows.org
    numbers = 1810000  # 投诉编号 TS-2026-<numbers + n>

    folder = "L3_name_lists"  # (…名单： and 由X担保 with rare and compound surnames)
    out.append(Case("names", f"{folder}: a list after 名单：", {"penalties": [org(
        违法事实="经查，家政员名单：蒯瓛瓟、隗瓟瓡、厍瓡瓛，均未取得健康证明。")]}, ["蒯瓛瓟", "隗瓟瓡", "厍瓡瓛"],
        public=["均未取得健康证明。"]))
    out.append(Case("names", f"{folder}: a guarantor with a compound surname", {"penalties": [org(
        处罚内容="罚款2000元，由段干瓛瓟担保分期缴纳。")]}, ["段干瓛瓟"], public=["罚款2000元，由段"]))

    folder = "L1_json_names"
    out.append(Case("names", f"{folder}: JSON keys say who", {"penalties": [org(
        违法事实='举报信息：{"举报人":"戚瓛瓡","处理":"已立案"}；当事人销售过期食品。')]}, ["戚瓛瓡"],
        public=['"处理":"已立案"}；当事人销售过期食品。']))

    folder = "L2_markup_names"
    out.append(Case("names", f"{folder}: a role as a tag", {"penalties": [org(
        违法事实="<举报人>殳瓟瓛</举报人><事项>销售过期食品</事项>")]}, ["殳瓟瓛"], public=["<事项>销售过期食品</事项>"]))
    out.append(Case("names", f"{folder}: a name as a link's text", {"complaints": [rows.complaint(
        "[鲁瓡瓟](https://weibo.com/u/5019360527)在微博反映该店卫生差。", numbers)]}, ["鲁瓡瓟"],
        public=["在微博反映该店卫生差。"]))

    folder = "L5_vxin_id"
    out.append(Case("uncovered", f"{folder}: an id after V信", {"penalties": [org(
        违法事实="经查，举报人V信zgz19655，当事人销售过期食品。")]}, ["zgz19655"], public=["，当事人销售过期食品。"]))

    folder = "L6_shop_named_after_person"
    out.append(Case("names", f"{folder}: “X的小店”", {"penalties": [org(
        违法事实="当事人在“欧阳瓛瓟的小店”微店销售过期食品。")]}, ["欧阳瓛瓟"], public=["的小店”微店销售过期食品。"]))

    folder = "L11_given_name_elsewhere"  # (one party's two records)
    first = org(违法事实="举报人沈瓟瓡反映当事人销售过期食品。")
    second = {**first, "行政处罚决定书文号": rows.decision(), "违法事实": "瓟瓡再次来电反映当事人仍在销售过期食品。"}
    out.append(Case("names", f"{folder}: the given name in another record", {"penalties": [first, second]}, ["沈瓟瓡", "瓟瓡"],
                    public=["再次来电反映当事人仍在销售过期食品。"]))

    folder = "L7_getihu_operator_typo"
    out.append(Case("names", f"{folder}: the business's name one character off its operator's", {"penalties": [
        rows.business("甘州区郁瓛瓡烧烤店", "郁瓛瓟")]}, ["郁瓛瓡", "郁瓛瓟"], public=["烧烤店"]))

    folder = "O6_org_rep_in_text"
    out.append(Case("overscrub", f"{folder}: the organisation's own representative", {"penalties": [org(
        法定代表人="韦瓟瓛", 违法事实="当事人法定代表人韦瓟瓛的弟弟韦瓟瓡负责经营。")]}, ["韦瓟瓡"],
        public=["法定代表人韦瓟瓛的弟弟"]))

    folder = "O4_decision_no_18_digits"
    out.append(Case("overscrub", f"{folder}: a date-coded serial", {"penalties": [org(
        行政处罚决定书文号="甘州市监罚字[2026]620702202609010181号")]}, [], public=["620702202609010181号"]))

    folder = "O5_12315_ticket"
    out.append(Case("overscrub", f"{folder}: a work order", {"complaints": [rows.complaint(
        "12315工单号：1100202612010181，消费者反映该店销售过期食品。", numbers)]}, [], public=["12315工单号：1100202612010181"]))
    return out
