"""Hostile cases of the sixth adversarial pass on numbers and contacts (issue 16, adv6).

Each case names the case folder of /work/notes/adv6-cases/ it comes from (the attack report
/work/notes/adv6-report.md, sections 1.2, 1.2c, 1.3, 1.4, 1.8, 1.10b and 3); the folders hold the rows as the
attacker wrote them, these cases the same shapes with their own synthetic values. Sources of the shapes from outside:

- what Chinese and Japanese IMEs type for "-" and "~" in full-width mode (一, ー, 〜; Hangul ㅡ), and emoji and
  symbols as separators to dodge keyword filters (the report's source for digits-split-by-ime-dashes-symbols);
- Excel's General format keeps 15 significant digits and shows a long number in scientific notation, which
  "Save as CSV" writes as shown (learn.microsoft.com/office/troubleshoot/excel/long-numbers-incorrectly-in-excel);
- 3GPP TS 23.003 (the IMEI's Luhn check digit), GA 36-2018 (new-energy plates, D/F and five digits), GA/T 947 (the
  12-digit 档案编号 of a driving licence);
- 工业和信息化部《电信网码号资源管理办法》 (400/800 numbers are organisations'), GS 15-2006 (a 个体工商户's 15-digit
  注册号: authority code, a serial opening with 6-9, a check digit);
- 12315 complaint summaries (企鹅 for QQ, 小红书号, 飞书, Telegram, an account after a WeChat nickname, 支付宝实名认证).

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.helpers import license_row, make_id, make_uscc, penalty_row
from tests.hostile.corpus import Case


def cases() -> list[Case]:
    """The adv6 number and contact cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []

    def org(**overrides: str) -> dict[str, str]:
        n = next(serial)
        row = penalty_row(行政相对人名称=f"甘州区祺{n}商贸有限公司", 统一社会信用代码=make_uscc(8600 + n), 法定代表人="赵六",
                          行政处罚决定书文号=f"甘州市监罚〔2026〕{70000 + n}号")
        row.update(overrides)
        return row

    def complaint(summary: str) -> dict[str, str]:
        n = next(serial)
        return {"行政相对人名称": f"甘州区祺{n}商贸有限公司", "行政相对人类别": "法人及非法人组织",
                "统一社会信用代码": make_uscc(8600 + n), "法定代表人": "赵钱", "投诉编号": f"TS-2026-{86000 + n:06d}",
                "投诉问题类型": "质量问题", "投诉内容摘要": summary, "投诉日期": "2026-03-10", "处理结果": "调解成功",
                "处理日期": "2026-03-20", "公示截止期": "2027-03-20", "处理单位": "张掖市甘州区市场监督管理局"}

    def voluntary(content: str) -> dict[str, str]:
        n = next(serial)
        return {"行政相对人名称": f"甘州区祺{n}商贸有限公司", "行政相对人类别": "法人及非法人组织",
                "统一社会信用代码": make_uscc(8600 + n), "信息类型": "市场经营", "信息标题": "诚信经营", "信息内容": content,
                "登记编号": f"ZY-2026-{8600 + n:04d}", "登记日期": "2026-03-01", "核验状态": "已核验",
                "核验单位": "甘州区市场监督管理局"}

    # -- digits-split-by-ime-dashes-symbols-phones (1.2): a mobile split by IME dashes, symbols, emoji ---------
    folder = "digits-split-by-ime-dashes-symbols-phones"
    for k, sep in enumerate(("一", "ー", "〜", "×", "😀", "▪", "◆", "✱", "┃", "⁃", "ꞏ", "°", "`", "%", "!", "?", "ㅡ", "⸺")):
        written, bare = f"139{sep}9364{sep}{k:04d}", f"1399364{k:04d}"
        text = f"经查，联系人郝某，联系电话{written}，已核实。"
        kind, row = (("penalties", org(违法事实=text)), ("complaints", complaint(text)), ("voluntary", voluntary(text)))[k % 3]
        out.append(Case("written", f"{folder}: 139{sep}9364{sep}…", {kind: [row]}, [written, bare]))
    # -- digits-split-by-ime-dashes-symbols: the same separators in an ID in text --------------------------------
    folder = "digits-split-by-ime-dashes-symbols"
    for k, sep in enumerate(("一", "〜", "ー", "×")):
        pid = make_id("19880909", 610 + k)
        written = f"{pid[:6]}{sep}{pid[6:14]}{sep}{pid[14:]}"
        out.append(Case("written", f"{folder}: 身份证号620702{sep}…", {"penalties": [org(违法事实=f"经查，员工郝某身份证号{written}，无健康证明。")]},
                        [written, pid]))
    # -- identifier-columns-ime-dashes-symbols(-2, -3) (1.2c): withheld by the scrubber, not only stopped by the gate
    folder = "identifier-columns-ime-dashes-symbols"
    for k, (sep, column) in enumerate((("〜", "税务登记号"), ("ー", "组织机构代码"), ("×", "许可编号"), ("😀", "行政处罚决定书文号"),
                                       ("一", "税务登记号"))):
        pid = make_id("19910303", 620 + k)
        written = f"{pid[:6]}{sep}{pid[6:14]}{sep}{pid[14:]}" if k != 3 else f"{pid[:6]}{sep}{pid[6:]}"
        if column == "许可编号":
            rows = {"licenses": [license_row(行政相对人名称=f"甘州区祺许{k}餐饮有限公司", 统一社会信用代码=make_uscc(8900 + k),
                                             许可编号=written, 行政许可决定文书号=f"甘州市监许〔2026〕{8600 + k}号")]}
        else:
            rows = {"penalties": [org(**{column: written})]}
        out.append(Case("identifier", f"{folder}: an ID with {sep} as {column}", rows, [written, pid],
                        codes=["personal-id-in-identifier"]))

    # -- bank-numbers-ime-dashes (1.2, added after 21:20): a card or an account split by IME dashes after its word -----
    folder = "bank-numbers-ime-dashes"
    for text, planted in (("经查，当事人对公账户2707〜0101〜0400〜0012〜4收取货款。", "27070101040000124"),
                          ("消费者称已向店主银行卡号6217ー0001ー2345ー6789ー013转账。", "6217000123456789013")):
        out.append(Case("written", f"{folder}: {text[3:12]}…", {"penalties": [org(违法事实=text)]}, [planted]))
    # -- keys-with-phone-inside, keys-with-id-inside (1.2d): a work order numbered by the complainant's phone or ID -----
    folder = "keys-with-phone-or-id-inside"
    pid = make_id("19850101", 660)
    for k, (key, planted) in enumerate(((f"GZ{pid}A", pid), ("12315-13993680012-01", "13993680012"),
                                        ("TS13993680011", "13993680011"), ("ZY-13993680014", "13993680014"))):
        row = complaint("消费者称商品有质量问题，要求退货。") if k != 3 else voluntary("本公司诚信经营。")
        row["投诉编号" if k != 3 else "登记编号"] = key
        out.append(Case("identifier", f"{folder}: {key[:6]}… as {'投诉编号' if k != 3 else '登记编号'}",
                        {"complaints" if k != 3 else "voluntary": [row]}, [key, planted], codes=["personal-id-in-identifier"]))

    # -- csv-ids-in-scientific-notation (1.3): an ID as Excel writes a number cell into a CSV --------------------
    folder = "csv-ids-in-scientific-notation"
    for k, shape in enumerate(("{}", "经查，员工郝某（身份证号{}）未取得健康证明。", "经营者身份证：{}")):
        pid = make_id(f"19850{k + 1}15", 630 + k)
        written = f"{pid[0]}.{pid[1:15]}E+17"
        row = org(备注=shape.format(written)) if k != 1 else org(违法事实=shape.format(written))
        out.append(Case("written", f"{folder}: {shape.format('6.2…E+17')}", {"penalties": [row]}, [written, pid[:15]]))
    pid = make_id("19900101", 640)
    written = f"{pid[0]}.{pid[1:15]}E+17"
    out.append(Case("identifier", f"{folder}: an ID in scientific notation as 税务登记号", {"penalties": [org(税务登记号=written)]},
                    [written, pid[:15]], codes=["personal-id-in-identifier"]))

    # -- devices-network-vehicles-dates-homes (1.4) --------------------------------------------------------------
    folder = "devices-network-vehicles-dates-homes"
    for text, planted in (("消费者称其通过IP地址183.94.12.211登录后被扣款。", "183.94.12.211"),
                          ("消费者称其手机（IP 2408:8270:1a2b:5678::11）被盗刷。", "2408:8270:1a2b:5678::11"),
                          ("消费者称其设备号MAC 00:1A:2B:3C:4D:6E的路由器被远程锁定。", "00:1A:2B:3C:4D:6E")):
        out.append(Case("uncovered", f"{folder}: {text[:14]}…", {"complaints": [complaint(text)]}, [planted]))
    for text, planted in (("经查，当事人使用设备ID为866123045678911的手机发布虚假广告。", "866123045678911"),
                          ("经查，当事人驾驶沪AD·12346小型轿车从事非法营运。", "沪AD·12346"),
                          ("经查，驾驶员郝某某（驾驶证档案编号620700123466）未取得从业资格证。", "620700123466"),
                          ("经查，员工郝某某（身份证号后四位6327）未取得健康证明。", "6327）"),
                          ("经查，员工郝某，男，农历1986年八月初六出生，汉族。", "农历1986年八月初六"),
                          ("经查，员工郝某之母（农历丙寅年腊月初八生）在店内帮工。", "丙寅年腊月初八")):
        out.append(Case("uncovered", f"{folder}: {text[3:18]}…", {"penalties": [org(违法事实=text)]}, [planted]))

    # -- id-split-across-cells (1.8): an ID's opening part after 证件号 in one cell, the rest in 备注 -----------------
    folder = "id-split-across-cells"
    pid = make_id("19840808", 650)
    row = org(处罚内容=f"罚款2000元。经办人证件号{pid[:10]}", 备注=f"（续）{pid[10:]}")
    out.append(Case("uncovered", f"{folder}: 证件号6207021984 + （续）…", {"penalties": [row]}, [pid[:10], pid[10:], pid]))

    # -- contacts-slang-platforms (1.10b) ------------------------------------------------------------------------
    folder = "contacts-slang-platforms"
    for text, planted in (("消费者称商家让其加企鹅2399362112沟通。", "2399362112"),
                          ("消费者称商家让其加Q：2399362113沟通。", "2399362113"),
                          ("消费者称商家小红书号2234567811。", "2234567811"),
                          ("消费者称店主的飞书qjh2144。", "qjh2144"),
                          ("消费者称店主的Telegram @qjh2146。", "qjh2146"),
                          ("消费者称通过微信转账给对方（微信昵称“翀瑶”，账号qjh_2147）。", "qjh_2147"),
                          ("消费者称通过支付宝转给对方，支付宝实名认证郝翀瑭。", "郝翀瑭")):
        out.append(Case("uncovered", f"{folder}: {text[3:16]}…", {"complaints": [complaint(text)]}, [planted]))

    # -- consumer-identifiers-medical-school-utility (1.10d): a hospital's, a school's and a utility's numbers ----
    folder = "consumer-identifiers-medical-school-utility"
    for text, planted in (("消费者就医于甘州区人民医院（住院号20260518133），诊断为急性肠胃炎。", "20260518133"),
                          ("消费者（门诊号A20260529）要求赔偿。", "A20260529"),
                          ("消费者系甘州中学学生（学号20260518022），年仅14岁。", "20260518022"),
                          ("消费者燃气户号1234567810欠费被停气。", "1234567810")):
        out.append(Case("uncovered", f"{folder}: {text[3:14]}…", {"complaints": [complaint(text)]}, [planted]))
    # -- gate-cross-cell-tail-digits (2b.1): a summary ending in a short tail, its row's date in the next cell ------
    folder = "gate-cross-cell-tail-digits"
    out.append(Case("overscrub", f"{folder}: 快递单尾号0045 before the 投诉日期 cell builds",
                    {"complaints": [complaint("消费者称收到的快递破损，快递单尾号0046")]}, ["0046"], public=["快递单尾号"]))

    # -- overscrub-public-numbers-new (3): a company's 400/800 hotline, a 个体's 注册号 named as such ---------------
    folder = "overscrub-public-numbers-new"
    text = "经查，当事人在宣传单上印有全国统一客服热线4008-123-133、服务热线400-6060-133及800-820-8830。"
    out.append(Case("overscrub", f"{folder}: 400/800 hotlines stay", {"penalties": [org(违法事实=text)]}, [],
                    public=["4008-123-133", "400-6060-133", "800-820-8830"]))
    text = "经查，当事人持有营业执照（注册号620702600123466）。"
    out.append(Case("overscrub", f"{folder}: a 个体's 15-digit 注册号 with a date-like serial stays",
                    {"penalties": [org(违法事实=text)]}, [], public=["注册号620702600123466"]))
    return out
