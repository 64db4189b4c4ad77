"""Hostile cases of the sixth adversarial pass on 个体工商户 and minors (issue 16, adv6).

Each case names the case folder of /work/notes/adv6-cases/ it comes from (the attack report
/work/notes/adv6-report.md, sections 1.A, 1.1 and 1.1b); these cases write the same shapes with their
own synthetic values. Sources of the shapes from outside:

- 《市场监督管理行政处罚文书格式范本（2021年修订版）》: a 个体工商户 with a 字号 is named by its 字号; one
  without is named by its operator, and platforms export it with a note (（个体工商户）, 个体户) or with the
  shop and the operator in one cell;
- departments export the same 个体工商户 (one 92… code) with the operator in one file and without it in
  another (the 2019 template's 法定代表人 is optional for 个体工商户), and the registry gives it;
- Excel writes an 18-digit number cell into a CSV in scientific notation (6.20702201204177E+17: 15
  significant digits), and a Chinese IME gives 一 or 〜 for a dash typed between groups.

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.helpers import license_row, make_id, make_uscc, penalty_row
from tests.hostile.corpus import Case

_FOLDER = "/work/notes/adv6-cases/"


def cases() -> list[Case]:
    """The adv6 个体工商户 and minor-operator cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []

    def business(name: str, operator: str, **overrides: str) -> dict[str, str]:
        n = next(serial)
        row = penalty_row(行政相对人名称=name, 行政相对人类别="个体工商户", 统一社会信用代码=make_uscc(9600 + n, prefix="92"),
                          法定代表人=operator, 行政处罚决定书文号=f"甘州市监罚〔2026〕{60000 + n}号")
        row.update(overrides)
        return row

    # -- 1.1 getihu-party-names-new-shapes, getihu-party-cell-shop-and-operator -----------------------------
    folder = "getihu-party-names-new-shapes"
    shapes = [("靳琇瑢（个体工商户）", "靳琇瑢", ""), ("靳琇珣个体户", "靳琇珣", ""), ("甘州区东街靳琇瑑", "靳琇瑑", "甘州区东街"),
              ("甘州区个体工商户靳琇璆", "靳琇璆", ""), ("靳琇玹（甘州区靳记一号面馆）", "靳琇玹", "甘州区靳记一号面馆"),
              ("甘州区靳记二号面馆（靳琇珹）", "靳琇珹", "甘州区靳记二号面馆"),
              ("靳琇瓅/甘州区靳记三号面馆", "靳琇瓅", "甘州区靳记三号面馆"),
              ("甘州区靳记四号面馆 靳琇璘", "靳琇璘", "甘州区靳记四号面馆"),
              ("甘州区靳记五号面馆-靳琇琭", "靳琇琭", "甘州区靳记五号面馆")]
    for name, person, public in shapes:
        out.append(Case("names", f"{folder}: {name}", {"penalties": [business(name, "")]}, [person],
                        public=[public] if public else []))
    # a couple's shop: the operator given, the spouse named in the shop's name
    out.append(Case("names", f"{folder}: 夫妻店", {"penalties": [business("甘州区寇琇瑻、寇璠瓘夫妻店", "寇琇瑻")]},
                    ["寇琇瑻", "寇璠瓘"], public=["夫妻店"]))

    # over-scrub (the attack's re-run of the fix): a 字号 that reads as a name once its note or street is
    # dropped stays when the operator given is someone else
    for shop in ("甘州区万顺（个体户）", "甘州区北街金龙", "甘州区顺发（个体工商户）"):
        out.append(Case("overscrub", f"{folder}: 字号 {shop}", {"penalties": [business(shop, "寇琇琳")]}, ["寇琇琳"],
                        public=[shop]))

    # -- 1.1b getihu-operator-in-one-record-only: the operator in one record, not in the others --------------
    folder = "getihu-operator-in-one-record-only"
    n = next(serial)
    code = make_uscc(9600 + n, prefix="92")
    shop, operator = "甘州区寇琇琭便利店", "寇琇琭"
    penalty = business(shop, operator, 统一社会信用代码=code)
    licence = license_row(行政相对人名称=shop, 行政相对人类别="个体工商户", 统一社会信用代码=code, 法定代表人="",
                          行政许可决定文书号=f"甘州市监许〔2026〕{60000 + n}号")
    out.append(Case("names", f"{folder}: penalty with, licence without", {"penalties": [penalty], "licenses": [licence]},
                    [operator, shop], public=["便利店"]))

    # -- 1.1c getihu-name-quoted-elsewhere: another record names the shop without its region --------------------
    folder = "getihu-name-quoted-elsewhere"
    shop_row = business("甘州区寇琇瑑小吃店", "寇琇瑑")
    buyer = penalty_row(行政相对人名称="甘州区寇记商贸有限公司", 统一社会信用代码=make_uscc(9600 + next(serial)),
                        行政处罚决定书文号=f"甘州市监罚〔2026〕{60000 + next(serial)}号",
                        违法事实="经查，当事人从寇琇瑑小吃店购进熟食后销售。")
    out.append(Case("names", f"{folder}: 从X小吃店购进", {"penalties": [shop_row, buyer]}, ["寇琇瑑"],
                    public=["小吃店购进熟食后销售"]))

    # -- 1.4, 1.4b, 1.5 household addresses: no lead word before them, a word for a home after them -----------
    # (home-addresses-marked-after-or-relatives, devices-network-vehicles-dates-homes, long-decision-boilerplate)
    homes = ["经查，消费者在甘州区寇家小区3栋2单元601室收到货物。", "经查，执法人员在甘州区寇家小区5号楼1单元302室当事人家中查获。",
             "经查，当事人将货物存放于其岳父寇某家（甘州区寇家村七社41号）。", "经查，当事人在甘州区寇家村七社42号（系当事人住宅）加工豆腐。",
             "经查，当事人存放在甘州区寇家村七社43号其岳父家。", "经查，当事人存放在甘州区寇家村七社44号寇某家。",
             "经查，当事人在甘州区寇家村七社45号院内加工。", "当事人确认的送达地址为甘州区寇家村七社46号。",
             "经查，员工寇某前往甘州区寇家小区7号楼2单元503室（当事人暂住地）。", "在员工寇某家（甘州区寇家村七社47号）发现。"]
    for k, text in enumerate(homes):
        row = penalty_row(行政相对人名称=f"甘州区寇{k}商贸有限公司", 统一社会信用代码=make_uscc(9700 + next(serial)),
                          行政处罚决定书文号=f"甘州市监罚〔2026〕{60000 + next(serial)}号", 违法事实=text)
        planted = text[text.index("甘州区寇家"):].split("（")[0].split("）")[0]
        planted = planted[:planted.index("号") + 1] if "社" in planted else planted[:planted.index("室") + 1]
        out.append(Case("uncovered", f"home address: {text[:24]}", {"penalties": [row]}, [planted]))
    keep = ["经查，当事人在甘州区寇东街18号厂家（甘州区工业园区88号）处购进原料。", "当事人在甘州区寇家村七社48号开设小卖部。",
            "当事人经营场所位于甘州区寇家小区3号楼1单元101室。",
            "当事人在甘州区工业园区9号院内停放车辆。"]
    for k, text in enumerate(keep):
        row = penalty_row(行政相对人名称=f"甘州区寇{k}建材有限公司", 统一社会信用代码=make_uscc(9800 + next(serial)),
                          行政处罚决定书文号=f"甘州市监罚〔2026〕{60000 + next(serial)}号", 违法事实=text)
        out.append(Case("overscrub", f"business address: {text[:20]}", {"penalties": [row]}, [], public=[text]))

    # -- 1.9 never-public-columns-and-legal-rep-cells: a second person in an organisation's 法定代表人 cell -------
    for k, cell in enumerate(["寇琇一（已故），现由其妻寇璠二代理", "寇琇三、寇璠四（夫妻）", "寇琇五（代：寇璠六）"]):
        row = penalty_row(行政相对人名称=f"甘州区寇{k}贸易有限公司", 统一社会信用代码=make_uscc(9900 + next(serial)),
                          法定代表人=cell, 行政处罚决定书文号=f"甘州市监罚〔2026〕{60000 + next(serial)}号")
        out.append(Case("names", f"legal representative cell: {cell}", {"penalties": [row]}, [f"寇璠{'二四六'[k]}"],
                        public=[f"寇琇{'一三五'[k]}"]))

    # -- 1.2d keys-with-phone-or-id-inside: a work order numbered by the complainant's mobile or ID ----------------
    for key in ["TS13993690011", "12315-13993690012-01", "GZ620702198502027586A"]:
        m = next(serial)
        complaint = {"行政相对人名称": f"甘州区寇{m}百货有限公司", "行政相对人类别": "法人及非法人组织",
                     "统一社会信用代码": make_uscc(9900 + m), "法定代表人": "赵钱", "投诉编号": key, "投诉问题类型": "质量问题",
                     "投诉内容摘要": "消费者反映购买的食品变质。", "投诉日期": "2026-03-10", "处理结果": "调解成功",
                     "处理日期": "2026-03-20", "公示截止期": "2027-03-20", "处理单位": "张掖市甘州区市场监督管理局"}
        digits = key.split("-")[1] if "-" in key else key[2:-1] if key.endswith("A") else key[2:]
        out.append(Case("identifier", f"complaint key holding a person's number: {key}", {"complaints": [complaint]},
                        [digits], public=[f"甘州区寇{m}百货有限公司"]))

    # -- 2 repairs-withdrawals-persons: a withdrawal's 原决定文书号 that is words with a name, quoted to staff -------
    withdrawal = {"信息类别": "行政处罚", "原决定文书号": "寇瑢明的处罚决定", "撤销类型": "撤销", "撤销日期": "2026-04-01",
                  "作出机关": "甘州区市场监督管理局"}
    out.append(Case("staff", "control-unmatched: a name in 原决定文书号", {"withdrawals": [withdrawal]}, ["寇瑢明"],
                    codes=["control-unmatched"], staff_only=True))

    # -- 2b.1b gate-8-digit-document-inside-public-code, gate-placeholder-7-8-digits: a person's 8-digit 台胞证
    # number that every credit code of the region holds (9162070200…), and a placeholder in an ID column, must
    # not stop the build; the number is never published on its own
    taiwan = penalty_row(行政相对人名称="寇琇珝", 行政相对人类别="自然人", 统一社会信用代码="", 法定代表人="",
                         证件类型="台湾居民来往大陆通行证", 证件号码="20702000", 出生日期="1980-03-01",
                         行政处罚决定书文号=f"甘州市监罚〔2026〕{60000 + next(serial)}号")
    placeholder = penalty_row(行政相对人名称="甘州区寇记占位有限公司", 统一社会信用代码=make_uscc(9900 + next(serial)),
                              法定代表人证件号码="0000000", 行政处罚决定书文号=f"甘州市监罚〔2026〕{60000 + next(serial)}号")
    out.append(Case("identifier", "an 8-digit 台胞证 number inside the region's credit codes", {"penalties": [taiwan]},
                    ["20702000", "寇琇珝"], public=["寇*"]))
    out.append(Case("identifier", "a placeholder 0000000 in 法定代表人证件号码", {"penalties": [placeholder]}, [],
                    public=["甘州区寇记占位有限公司"]))

    # -- getihu-minor-one-record-only: the operator's ID in the penalty only; the licence of the same business
    n = next(serial)
    code = make_uscc(9600 + n, prefix="92")
    penalty = business("甘州区寇记少年小吃店", "寇琇瑾", 统一社会信用代码=code, 法定代表人证件号码=make_id("20120417", 77),
                       违法事实="当事人销售过期食品。记号寇琇少年甲")
    licence = license_row(行政相对人名称="甘州区寇记少年小吃店", 行政相对人类别="个体工商户", 统一社会信用代码=code, 法定代表人="",
                          行政许可决定文书号=f"甘州市监许〔2026〕{61000 + n}号", 许可内容="预包装食品销售。记号寇琇少年乙")
    out.append(Case("minors", "a minor operator known from the penalty only: the licence of the same business",
                    {"penalties": [penalty], "licenses": [licence]}, ["记号寇琇少年甲", "记号寇琇少年乙"]))

    # -- 1.A minors-operators-sci-and-dashes: a minor operator's ID in 证件号码 written carelessly ------------
    folder = "minors-operators-sci-and-dashes"
    born = "20120417"  # 14 on the decision date
    spellings = ["6.20702201204177E+17", " 6.20702201204177E+17", "6.20702E+17", f"620702一{born}一1234",
                 f"620702〜{born}〜1234", f"620702{born}123", f"620702{born}1230"]  # the last: a wrong check digit
    for k, written in enumerate(spellings):
        marker = f"记号寇琇未成年{'甲乙丙丁戊己庚'[k]}"
        row = business(f"甘州区寇记{k}号小吃店", "寇琇珹", 证件类型="身份证", 证件号码=written,
                       违法事实=f"当事人销售过期食品。{marker}")
        out.append(Case("minors", f"{folder}: {written.strip()}", {"penalties": [row]}, [marker]))
    return out
