"""Hostile cases of the seventh privacy pass on people (adv7: people in free text and structure).

Part 1 re-makes what the sixth pass left open (/work/notes/adv6-report.md 1.4, 1.4c, 1.6b, 1.10 and the birth dates
added after 21:20; the lead's re-run of its folders, /tmp/lead/r6/rerun7.log); Part 2 the new shapes of the seventh
pass, each case naming its folder under /work/notes/adv7-cases/ (whose cases.json names the published text the shape
comes from; /work/notes/adv7-people.md tells what was tried, found and fixed). Values are synthetic (rare given-name
characters, so that a planted name cannot be in a public page by chance); shapes are real. Sources:

- 行政强制/行政征收 决定 公示 naming a household's address (宅基地征收, 违法建筑强制拆除, 扣押 of a villager's vehicle);
  12315 work orders of home installation; complaints from foreign residents written in English, pinyin addresses;
- 自愿注册/信用承诺 titles (`X诚信经营承诺`); payment screenshots quoted in complaints (`户名*建国`);
- passports' day-first birth dates (ICAO 9303 prints DD MM YY), `DOB` in English forms.

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.helpers import AUTHORITY_USCC, SOURCE_USCC, license_row, make_id, make_uscc
from tests.hostile.corpus import Case, PenaltyRows

_ADV6 = "adv6 "  # a case re-made from the sixth pass's folder (/work/notes/adv6-cases/)


def cases() -> list[Case]:
    """The adv7 people cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 87000, "璟", 17300, 17700, "赵六", "19760606", 700, 200)
    org, person = rows.org, rows.person

    def action(name: str, content: str) -> dict[str, str]:
        """A natural person's 其他行政行为 (征收, 强制, 扣押 …) with `content` in 行为内容."""
        n = next(serial)
        return {"行政相对人名称": name, "行政相对人类别": "自然人", "统一社会信用代码": "", "法定代表人": "",
                "行为类别": "行政强制", "决定文书号": f"甘州市监强〔2026〕{87000 + n}号", "行为依据": "《行政强制法》第二十二条",
                "行为内容": content, "金额(万元)": "", "决定日期": "2026-10-01", "有效期至": "", "公示截止期": "2027-10-01",
                "实施机关": "甘州区市场监督管理局", "实施机关统一社会信用代码": AUTHORITY_USCC,
                "数据来源单位": "甘州区市场监督管理局", "数据来源单位统一社会信用代码": SOURCE_USCC, "备注": "",
                "证件类型": "身份证", "证件号码": make_id("19700101", 870 + n % 90)}

    def complaint(summary: str) -> dict[str, str]:
        n = next(serial)
        return {"行政相对人名称": f"甘州区璟{n}商贸有限公司", "行政相对人类别": "法人及非法人组织",
                "统一社会信用代码": make_uscc(17300 + n), "法定代表人": "赵钱", "投诉编号": f"TS-2026-{870000 + n:06d}",
                "投诉问题类型": "质量问题", "投诉内容摘要": summary, "投诉日期": "2026-03-10", "处理结果": "调解成功",
                "处理日期": "2026-03-20", "公示截止期": "2027-03-20", "处理单位": "张掖市甘州区市场监督管理局"}

    def voluntary(title: str, content: str = "本人诚信经营，自愿登记。") -> dict[str, str]:
        n = next(serial)
        return {"行政相对人名称": f"甘州区璟{n}商贸有限公司", "行政相对人类别": "法人及非法人组织",
                "统一社会信用代码": make_uscc(17300 + n), "信息类型": "市场经营", "信息标题": title, "信息内容": content,
                "登记编号": f"ZY-2026-{8700 + n:04d}", "登记日期": "2026-03-01", "核验状态": "已核验",
                "核验单位": "甘州区市场监督管理局"}

    # -- Part 1: household addresses ---------------------------------------------------------------------------
    for k, (content, address) in enumerate((
        ("扣押当事人停放在甘州区南关村九社{}号门前的车辆。", "南关村九社{}号"),
        ("对当事人在甘州区南关村九社{}号的违法建筑强制拆除。", "南关村九社{}号"),
        ("对当事人位于甘州区南关村九社{}号的宅基地实施征收。", "南关村九社{}号"),
    )):
        number = 71 + k
        out.append(Case("uncovered", f"{_ADV6}actions-persons-homes: {content[:10]}…", {
            "actions": [action(f"祁璟{'甲乙丙'[k]}", content.format(number))]}, [address.format(number)]))
    for text, planted in (
        ("向甘州区南关村九社74号村民祁某发放补偿款。", "南关村九社74号"),
        ("上门安装人员到甘州区梁家墩镇刘家沟村三组75号安装时损坏地板。", "刘家沟村三组75号"),
        ("The complainant lives at Room 1276, Unit 2, Bldg 5, Jinxiu Garden, Ganzhou District.", "Room 1276, Unit 2, Bldg 5"),
        ("The complainant resides at No. 77 Nanguan Village, Ganzhou District.", "No. 77 Nanguan"),
        ("The complainant resides at No. 78, Group 3, Liujiagou Village.", "No. 78, Group 3"),
        ("消费者住址：Room 1279, Unit 2, Bldg 5, Jinxiu Garden", "Room 1279, Unit 2"),
        ("消费者家住Nanguan Cun 9 She 80 Hao，要求上门退货。", "9 She 80 Hao"),
    ):
        out.append(Case("uncovered", f"{_ADV6}home addresses: {text[:16]}…", {"complaints": [complaint(text)]}, [planted]))
    # The public side: a business's address in English and in a village stays.
    for text, public in (
        ("The shop is located at Room 181, Unit 1, Building 3, Wanda Plaza.", "Room 181, Unit 1, Building 3, Wanda Plaza"),
        ("经查，当事人经营地址：甘州区明永镇上游村八社82号。", "上游村八社82号"),
        ("经查，The store at No. 83 Nanguan Road sold expired food.", "No. 83 Nanguan Road"),
    ):
        row = org(违法事实=text)
        out.append(Case("overscrub", f"{_ADV6}business addresses: {text[:16]}…", {"penalties": [row]}, [], public=[public]))

    # The lead's re-run of adv6 (getihu-operator-home-in-own-text): the operator's home after 住所 in a 个体's own record.
    row = rows.business("甘州区祁记璟号面馆", "祁璟七", 违法事实="当事人甘州区祁记璟号面馆，经营者祁璟七，住所甘州区南关小区8栋1单元476室。"
                        "经查，当事人销售过期食品。")
    out.append(Case("uncovered", f"{_ADV6}getihu-operator-home-in-own-text: 经营者…，住所…小区8栋1单元476室", {"penalties": [row]},
                    ["8栋1单元476室"]))

    # The lead's re-run of adv6, over-scrubbing still open: a company's works in a village yard and its 送达地址 in a street
    # (overscrub-business-addresses-aec33ce); a 个体 named after the mountain run by a person named like it
    # (overscrub-person-named-qilian).
    for text, public in (
        ("经查，当事人在甘州区沙井镇东五村87号院内设厂生产白酒。", "东五村87号院内设厂"),
        ("经查，当事人的送达地址为甘州区县府街87号（公司办公室）。", "县府街87号（公司办公室）"),
    ):
        out.append(Case("overscrub", f"{_ADV6}overscrub-business-addresses-aec33ce: {public}", {"penalties": [org(违法事实=text)]},
                        [], public=[public]))
    shop = rows.business("甘州区祁连山璟记土特产店", "祁连")
    out.append(Case("overscrub", f"{_ADV6}overscrub-person-named-qilian: 甘州区祁连山璟记土特产店 run by 祁连", {"penalties": [shop]},
                    [], public=["甘州区祁连山璟记土特产店"]))

    # -- Part 1: names opening a title, stars with the given name kept --------------------------------------------
    for title, planted in (("祁璟旺诚信经营承诺", "祁璟旺"), ("祁璟安个人信用承诺书", "祁璟安")):
        out.append(Case("names", f"{_ADV6}other-kinds-fields-persons: 信息标题 {title[3:]}", {"voluntary": [voluntary(title)]},
                        [planted]))
    out.append(Case("names", f"{_ADV6}devices-network-vehicles-dates-homes: 户名*璟国", {
        "voluntary": [voluntary("诚信经营", "收款人手机尾号0045，户名*璟国。")]}, ["户名*璟国", "璟国"]))
    for title in ("王老吉诚信经营承诺", "甘州区诚信经营示范店"):
        out.append(Case("overscrub", f"{_ADV6}titles: {title}", {"voluntary": [voluntary(title)]}, [], public=[title]))

    # -- Part 1: birth dates ---------------------------------------------------------------------------------------
    for text, planted in (
        ("经查，员工祁某，男，DOB 1984-08-17，负责进货。", "1984-08-17"),
        ("经查，员工祁某，男，出生日期：17/08/1983。", "17/08/1983"),
        ("经查，员工祁某，出生日期为八月十七日（1982年）。", "八月十七日（1982年）"),
    ):
        out.append(Case("uncovered", f"{_ADV6}birthdates-more-spellings: {text[8:20]}…", {"penalties": [org(违法事实=text)]},
                        [planted]))

    # -- Part 2: new shapes (folders /work/notes/adv7-cases/people-*) ------------------------------------------------
    folder = "people-decision-party-blocks"  # (撤销行政处罚决定 汇总; 格式范本 当事人基本情况; 共同违法 decisions)
    for row, planted in (
        (person("祁桂鹏", 违法事实="2026年1月4日，执法人员对甘州区党寨镇陈寨村4组祁某家中检查发现，当事人未取得医疗机构执业许可证擅自执业。"),
         "陈寨村4组"),
        (org(违法事实="经查，该店系祁雪鹏、祁晓琴夫妇经营，未办理营业执照。"), "祁雪鹏"),
        (org(违法事实="经查，当事人与祁立鹏合伙经营，未取得食品经营许可证。"), "祁立鹏"),
        (org(违法事实="经查，当事人受雇于祁卫鹏，负责销售。"), "祁卫鹏"),
        (org(违法事实="经查，祁宝鹏出具的情况说明证实当事人销售过期食品。"), "祁宝鹏"),
    ):
        out.append(Case("names" if "祁" in planted else "uncovered", f"{folder}: {planted}", {"penalties": [row]}, [planted]))
    folder = "people-repair-lists-partners"  # (信用修复 announcements, 传销 chains, honour lists)
    for row, kind, planted in (
        (org(备注="经审核，祁润鹏的行政处罚信息已完成信用修复。"), "penalties", "祁润鹏"),
        (org(违法事实="经查，当事人的上线为祁丽琴，当事人发展下线祁文鹏等3人。"), "penalties", "祁丽琴"),
        (org(违法事实="经查，当事人将涉案货物卖给了祁春琴。"), "penalties", "祁春琴"),
        (voluntary("祁德鹏诚信经营承诺"), "voluntary", "祁德鹏"),
        (org(违法事实="经查，文明家庭：祁明鹏家庭。"), "penalties", "祁明鹏"),
    ):
        out.append(Case("names", f"{folder}: {planted}", {kind: [row]}, [planted]))
    folder = "people-shop-named-in-inspection"  # (双随机抽查结果公示: 检查对象、经营者、检查结果)
    row = org(违法事实="检查对象：甘州区东街祁振鹏烧烤店（经营者祁振鹏）。检查结果：未发现问题。")
    out.append(Case("names", f"{folder}: …祁振鹏烧烤店（经营者祁振鹏）", {"penalties": [row]}, ["祁振鹏"], public=["甘州区东街"]))
    folder = "people-dots-titles-hidden"  # (12315 work orders typed on a phone; names hidden by hand)
    for text, planted in (
        ("消费者阿依古丽•买买提反映购买的月饼发霉。", "阿依古丽•买买提"),
        ("经查，员工热依拉・艾力负责收银。", "热依拉・艾力"),
        ("消费者祁先生（金琴）反映购买的蛋糕过期。", "金琴"),
        ("消费者某银琴反映购买的月饼发霉。", "银琴"),
        ("经查，员工祁红某负责进货，未办理健康证明。", "祁红某"),
        ("检查人员：祁玉琴/祁国鹏。", "祁国鹏"),
    ):
        out.append(Case("names", f"{folder}: {text[:14]}…", {"complaints": [complaint(text)]}, [planted]))
    folder = "people-identifier-cells"  # (a clerk's note of whose number it is, inside the number cell)
    for kind, row, planted in (
        ("penalties", org(行政处罚决定书文号=f"甘州市监罚〔2026〕{87600 + next(serial)}号（祁海琴）"), "祁海琴"),
        ("licenses", license_row(行政相对人名称=f"甘州区璟{next(serial)}餐饮有限公司", 统一社会信用代码=make_uscc(17300 + next(serial)),
                                 许可编号=f"JY1620702{87600 + next(serial):07d}（祁秀鹏）",
                                 行政许可决定文书号=f"甘州市监许〔2026〕{87600 + next(serial)}号"), "祁秀鹏"),
        ("complaints", {**complaint("消费者反映购买的食品变质。"), "投诉编号": f"TS-2026-祁春鹏-{next(serial):02d}"}, "祁春鹏"),
        ("voluntary", {**voluntary("诚信经营"), "登记编号": f"ZY2026-祁晓鹏-{next(serial):02d}"}, "祁晓鹏"),
    ):
        out.append(Case("identifier", f"{folder}: a name in an identifier cell of {kind}", {kind: [row]}, [planted],
                        codes=["personal-id-in-identifier"]))
    # …and a withdrawal whose 原决定文书号 is written the same way still withdraws the penalty (nothing stale).
    number = f"甘州市监罚〔2026〕{87600 + next(serial)}号（祁红琴）"
    penalty = org(行政处罚决定书文号=number, 违法事实="经查，当事人销售璟字七六号过期月饼。")
    withdrawal = {"信息类别": "行政处罚", "原决定文书号": number, "撤销类型": "撤销", "撤销日期": "2026-04-01",
                  "撤销原因": "认定事实错误", "作出机关": "甘州区市场监督管理局"}
    out.append(Case("identifier", f"{folder}: a withdrawal of a penalty whose number holds a name",
                    {"penalties": [penalty], "withdrawals": [withdrawal]}, ["祁红琴", "璟字七六号过期月饼"]))

    folder = "people-titles-quotes-evidence"  # (决定书 titles, 冒用他人名义 cases, the evidence lists of the 格式范本)
    for text, planted in (
        ("关于王振琴违法行为的处罚决定。", "王振琴"), ("给予祁卫琴警告处罚。", "祁卫琴"),
        ("决定对祁宝琴作出如下行政处罚：罚款2000元。", "祁宝琴"), ("经查，当事人冒用“祁立琴”的名义签订合同。", "祁立琴"),
        ("经查，当事人与“祁雪琴”签订了租赁合同。", "祁雪琴"), ("证据：《关于祁桂琴的调查报告》《祁凤鹏的情况说明》。", "祁凤鹏"),
    ):
        out.append(Case("names", f"{folder}: {text[:14]}…", {"penalties": [org(违法事实=text)]}, [planted, "祁桂琴"]
                        if "祁桂琴" in text else [planted]))

    folder = "people-escaped-names"  # (web case systems storing character references / JSON escapes; URL-encoded links)
    for text, planted in (
        ("消费者" + "".join(f"&#{ord(c)};" for c in "祁润鹤") + "反映购买的月饼发霉。", "祁润鹤"),
        ("消费者" + "".join(f"\\u{ord(c):04x}" for c in "祁明鹤") + "反映购买的蛋糕过期。", "祁明鹤"),
        ("消费者祁文<!-- -->鹤反映购买的月饼发霉。", "祁文鹤"), ("消费者祁&nbsp;春鹤反映购买的月饼发霉。", "祁春鹤"),
        ("附件：http://x.gov.cn/files/%E7%A5%81%E5%BE%B7%E9%B9%A4%E8%BA%AB%E4%BB%BD%E8%AF%81.jpg", "祁德鹤"),
    ):
        out.append(Case("written", f"{folder}: {text[3:18]}…", {"complaints": [complaint(text)]}, [planted]))

    folder = "people-honour-and-blame-lists"  # (文明办 honour lists, 人社 拖欠工资 blame lists)
    for kind, row, planted in (
        ("redlist", {**rows.org(), "名单名称": "最美诚信人物：祁润鸥（甘州区南关村村民）"}, "祁润鸥"),
        ("penalties", org(违法事实="2026年度诚信之星祁明鸥，道德模范祁文鸥事迹。"), "祁文鸥"),
        ("penalties", org(违法事实="经查，包工头祁春鸥拖欠工资，劳务班组长祁德鸥知情。"), "祁德鸥"),
        ("penalties", org(违法事实="好人榜：祁立鸥、祁卫鸥。"), "祁卫鸥"),
    ):
        if kind == "redlist":
            row = {k: v for k, v in row.items() if k in ("行政相对人名称", "行政相对人类别", "统一社会信用代码", "法定代表人")}
            row.update({"名单名称": "最美诚信人物：祁润鸥（甘州区南关村村民）", "认定文号": f"甘州文明认〔2026〕{87700 + next(serial)}号",
                        "认定依据": "诚信示范评选办法", "认定日期": "2026-10-01", "有效期至": "2027-10-01", "认定单位": "甘州区文明办",
                        "认定单位统一社会信用代码": AUTHORITY_USCC, "数据来源单位": "甘州区文明办"})
        out.append(Case("names", f"{folder}: {planted}", {kind: [row]}, [planted], public=["劳务班组长"] if "劳务" in str(row) else []))

    # The public side (people-overscrub-public-facts): a company named after a person, a product, a production year.
    for text, public in (
        ("经查，张掖市祁永琴食品有限公司于2016年生产该批白酒。", "张掖市祁永琴食品有限公司"),
        ("经查，当事人销售“卡夫•奥利奥”饼干。", "“卡夫•奥利奥”饼干"),
        ("经查，该批白酒于2016年生产，当事人某日在店内销售。", "于2016年生产，当事人某日在店内销售"),
    ):
        row = org(违法事实=text)
        out.append(Case("overscrub", f"people-overscrub-public-facts: {public}", {"penalties": [row]}, [], public=[public]))
    return out
