"""Hostile cases of the ninth privacy pass on homes written without a word for a home (h9a). Values are synthetic: the
places are named with 玥 and 玭, characters no other corpus module uses, so a planted address cannot be in a public page by
chance; shapes are real. Sources:

- /work/notes/h9n.md (session 9): `消费者王某（甘州区南大街12号3单元401室）投诉` published — a flat in brackets after a person;
- 《市场监督管理行政执法文书格式范本》 (国市监法发〔2021〕42号), 行政处罚决定书's 当事人基本情况: 姓名，性别，出生年月，民族，
  then the address — often written without 住 (当事人张某，男，1980年生，…村三社15号), and 个体工商户's 经营场所 after it;
- 《中华人民共和国行政处罚法》第五十九条 (a decision names the party's 姓名或者名称、地址): 送达公告 and 责令改正通知书 to
  persons (受送达人：王某，…301室; 向王某（…村六社9号）送达);
- 《市场监督管理投诉举报处理暂行办法》 and 12315 publicity summaries: complainants, tenants and owners in brackets (投诉人李某
  （…村五社14号）; 业主李某（…12幢3单元601室）), a delivery to a consumer's door;
- 《中华人民共和国城乡规划法》第六十五条 (乡村违建: 责令停止建设、限期改正) and 《国有土地上房屋征收与补偿条例》: a person's
  house as the object of the act (当事人将…402室出租屋用于群租; 系…石桥村四组村民);
- the public side: a 个体's 门面, a company's 住所, an office's address, a market, a square, an estate named alone.

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py. The same shapes through
`scrub_text` are tests/test_homes_adv9.py.
"""

from __future__ import annotations

from tests.hostile.corpus import Case, PenaltyRows


def cases() -> list[Case]:
    """The adv9 homes cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 103000, "玥", 22300, 22700, "赵六", "19730303", 1100, 90)
    org = rows.org
    numbers = 995000  # 投诉编号 TS-2026-<numbers + n>


    folder = "homes-in-brackets-after-a-person"  # (h9n's finding; 12315 summaries; 责令改正通知书)
    for text, planted in (
        ("消费者王某（甘州区玥玭街12号3单元401室）投诉该店销售过期食品。", "玥玭街12号3单元401室"),
        ("投诉人李某（甘州区玥玭村五社14号）反映购买的化肥结块。", "玥玭村五社14号"),
        ("物业公司对业主李某（甘州区玥玭花园12幢3单元601室）停水。", "玥玭花园12幢3单元601室"),
        ("租户李某（甘州区玥玭路88号3号楼1单元201室）投诉房东扣押押金。", "玥玭路88号3号楼1单元201室"),
        ("消费者王某（甘州区玥玭镇屯、中沟村3社16号）投诉。", "中沟村3社16号"),
    ):
        out.append(Case("uncovered", f"{folder}: {text[:10]}…", {"complaints": [rows.complaint(text, numbers)]}, [planted]))
    out.append(Case("uncovered", f"{folder}: 向王某（…）送达", {"penalties": [org(
        违法事实="经查，执法人员向王某（甘州区玥玭镇五个墩村六社9号）送达责令改正通知书。")]}, ["五个墩村六社9号"]))
    folder = "homes-split-by-spaces-lines"  # (the same brackets, copied from a PDF: spaces and line breaks inside)
    for text, planted in (
        ("消费者王某（甘州区玥玭街12号 3单元 401室）投诉该店。", "玥玭街12号3单元401室"),
        ("消费者王某（甘州区玥玭街14号\n3单元402室）投诉该店。", "玥玭街14号3单元402室"),
        ("投诉人（甘州区西关街道 玥玭小区 8栋 1单元 403室）反映。", "8栋1单元403室"),
    ):
        out.append(Case("uncovered", f"{folder}: {text[:10]}…", {"complaints": [rows.complaint(text, numbers)]}, [planted]))
    out.append(Case("uncovered", f"{folder}: English in brackets", {"complaints": [rows.complaint(
        "The complainant Wang (Room 404, Unit 3, Building 12, Yuepin Community) said the shop sold expired milk.", numbers)]},
        ["Room 404, Unit 3, Building 12"]))
    folder = "homes-street-flats"  # (快递/外卖 complaints: a parcel at the consumer's door; other brackets)
    for text, planted in (
        ("快递员将包裹放在甘州区玥玭大街22号3单元405室门口。", "玥玭大街22号3单元405室"),
        ("投诉人：王某；地址：甘州区玥玭大街24号3单元406室；诉求：退款。", "玥玭大街24号3单元406室"),
        ("消费者王某【甘州区玥玭大街26号3单元407室】投诉该店。", "玥玭大街26号3单元407室"),
        ("王某（女，甘州区玥玭大街28号3-2-408）投诉该店。", "玥玭大街28号3-2-408"),
        ("投诉人：王某 甘州区玥玭大街30号3单元409室 反映该店。", "玥玭大街30号3单元409室"),
        ("消费者王某（甘州区玥玭大街三十二号三单元四一〇室）投诉该店。", "三单元四一〇室"),
        ("消費者王某（甘州區玥玭大街34號3單元411室）投訴該店。", "玥玭大街34號3單元411室"),
    ):
        out.append(Case("uncovered", f"{folder}: {text[:10]}…", {"complaints": [rows.complaint(text, numbers)]}, [planted]))
    folder = "homes-as-a-clause-of-the-description"  # (格式范本 当事人基本情况 without 住; 送达公告)
    out.append(Case("uncovered", f"{folder}: 当事人张某，男，1980年生，…三社15号", {"penalties": [rows.person(
        "张玥玭", 违法事实="当事人张玥玭，男，甘州区党寨镇玥玭村三社15号，无证经营。")]}, ["玥玭村三社15号"]))
    out.append(Case("uncovered", f"{folder}: 个体工商户 as an occupation", {"penalties": [rows.person(
        "李玥玭", 违法事实="当事人李玥玭，男，个体工商户，甘州区玥玭街16号3单元101室。")]}, ["玥玭街16号3单元101室"]))
    for text, planted in (
        ("员工郝某，女，38岁，甘州区玥玭西街18号2单元402室，未办理健康证明。", "玥玭西街18号2单元402室"),
        ("受送达人：王某，甘州区北街街道玥玭南街25号1单元301室。", "玥玭南街25号1单元301室"),
        ("申请人：王建国，甘州区玥玭村五社17号。", "玥玭村五社17号"),
    ):
        out.append(Case("uncovered", f"{folder}: {text[:10]}…", {"penalties": [org(违法事实=text)]}, [planted]))
    folder = "homes-the-object-of-the-act"  # (城乡规划法第六十五条, 群租, 征收: a person's house is what was acted on)
    out.append(Case("uncovered", f"{folder}: 将…402室出租屋", {"penalties": [rows.person(
        "周玥玭", 违法事实="当事人将甘州区玥玭北街18号3单元402室出租屋用于群租。")]}, ["玥玭北街18号3单元402室"]))
    out.append(Case("uncovered", f"{folder}: 系…四组村民", {"penalties": [rows.person(
        "吴玥玭", 违法事实="当事人系甘州区小满镇玥玭村四组村民，未经批准建房。")]}, ["玥玭村四组"]))
    out.append(Case("uncovered", f"{folder}: 于…日前拆除…院内", {"penalties": [org(
        违法事实="责令刘某于2026年3月10日前拆除甘州区玥玭东街村一社22号院内违法建筑。")]}, ["玥玭东街村一社22号"],
        public=["责令刘某于2026年3月10日前拆除"]))
    out.append(Case("uncovered", f"{folder}: 王某在…号私自屠宰", {"penalties": [org(
        违法事实="经查，王某在甘州区玥玭西村五社19号私自屠宰生猪。")]}, ["玥玭西村五社19号"]))
    out.append(Case("uncovered", f"{folder}: 农户 of a group", {"penalties": [org(
        违法事实="经查，甘州区党寨镇玥玭村九社农户张某在自家院内焚烧秸秆。")]}, ["玥玭村九社"]))

    folder = "homes-public-addresses-stay"  # (a 个体's 门面, a company's 住所, an office, a market, a square, an estate)
    for text, public in (
        ("当事人甘州区王记面馆（甘州区玥玭街12号1号门面）未办理食品经营许可。", "甘州区玥玭街12号1号门面"),
        ("张掖华强商贸有限公司（住所：甘州区玥玭街58号3单元301室）销售过期食品。", "甘州区玥玭街58号3单元301室"),
        ("当事人：甘州区王记面馆，甘州区玥玭村七社24号。", "甘州区玥玭村七社24号"),
        ("执法人员对位于甘州区玥玭农贸市场12号摊位的当事人经营场所进行检查。", "甘州区玥玭农贸市场12号摊位"),
        ("执法人员在甘州区玥玭小区5号楼2单元101室的当事人仓库内查获假冒白酒12箱。", "甘州区玥玭小区5号楼2单元101室"),
        ("甘州区人民政府（甘州区玥玭街1号3楼301室）；甘州区党寨镇玥玭村一社村民委员会未公示。",
         "甘州区玥玭街1号3楼301室）；甘州区党寨镇玥玭村一社村民委员会"),
        ("消费者王某在玥玭小区门口购买水果，消费者李某（玥玭小区）在玥玭广场投诉该摊贩。",
         "玥玭小区门口购买水果，消费者李某（玥玭小区）在玥玭广场"),
        ("第3组（甘州区执法三组）检查了该店，店铺位于甘州区玥玭南大街。", "第3组（甘州区执法三组）检查了该店，店铺位于甘州区玥玭南大街"),
        ("当事人：张掖华强商贸有限公司，甘州区玥玭街60号3单元302室。", "甘州区玥玭街60号3单元302室"),
        ("当事人在甘州区玥玭街62号3单元303室（公司办公室）经营。", "甘州区玥玭街62号3单元303室（公司办公室）"),
        ("当事人在甘州区玥玭街64号3单元304室开设诊所。", "甘州区玥玭街64号3单元304室开设诊所"),
    ):
        out.append(Case("overscrub", f"{folder}: {text[:12]}…", {"penalties": [org(违法事实=text)]}, [], public=[public]))
    out.append(Case("overscrub", f"{folder}: a shop's address in a complaint", {"complaints": [rows.complaint(
        "消费者在甘州区玥玭广场（3层301室）的店铺购买，投诉人王某（男）反映该店位于甘州区玥玭街12号。", numbers)]}, [],
        public=["甘州区玥玭广场（3层301室）的店铺", "该店位于甘州区玥玭街12号"]))
    return out
