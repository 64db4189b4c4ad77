"""Hostile cases of the seventh adversarial pass on numbers, contacts and output channels (issue 16, adv7).

Each case names its case folder: /work/notes/adv6-cases/<folder>/ for the sixth pass's cases still open when the
seventh began (birth dates, a lunar date quoted to staff, offices' landlines), /work/notes/adv7-cases/<folder>/ for
the new ones (the notes: /work/notes/adv7-numbers.md). Values synthetic, shapes real; sources of the shapes:

- ICAO Doc 9303 part 4 and the PRC passport's data page print the date of birth day first (15 AUG 1986);
  foreign staff records and HR exports label it DOB;
- 格式范本 descriptions taken down from speech (八五年八月十五日出生, 出生日期为八月十五日（1987年）);
- 行政处罚决定书 告知 paragraphs that give an office's line (可拨打…法规科电话…咨询), complaint replies giving the
  消协's line;
- Excel's CONCAT and & (support.microsoft.com/zh-cn/excel/functions/concat-function); the radio spelling of digits
  洞幺两三四五六拐八勾 (hellocq.net/forum/read.php?tid=219621); a CMS that escapes some characters as &#NN;; a data: URI
  in base64 (RFC 2397); a tel: link typed into a cell.

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.hostile.corpus import Case, org_penalties


def cases() -> list[Case]:
    """The adv7 number, contact and output-channel cases (deterministic)."""
    out: list[Case] = []
    org = org_penalties("祎", codes_from=9300, numbers_from=93000)

    # -- birthdates-more-spellings (adv6 1.4, open at the seventh pass) ------------------------------------------
    folder = "birthdates-more-spellings"
    for text, planted in (("经查，员工郝某，男，DOB 1985-08-25，负责收银。", "1985-08-25"),
                          ("经查，员工郝某，男，出生日期：25/08/1986。", "25/08/1986"),
                          ("经查，员工郝某（Date of birth: 25 AUG 1984）负责收银。", "25 AUG 1984"),
                          ("经查，员工郝某，八四年八月廿五日出生。", "八四年八月廿五日"),
                          ("经查，员工郝某，出生日期为八月二十五日（1987年）。", "八月二十五日（1987年）")):
        out.append(Case("uncovered", f"{folder}: {text[6:20]}…", {"penalties": [org(违法事实=text)]}, [planted]))
    # -- staff-outputs-new-classes (adv6 2): a lunar birth date typed into a date column, quoted to staff ---------
    folder = "staff-outputs-new-classes"
    out.append(Case("staff", f"{folder}: 农历1985年八月廿七 in 处罚决定日期", {"penalties": [org(处罚决定日期="农历1985年八月廿七")]},
                    ["农历1985年八月廿七"], codes=["bad-date"], staff_only=True))
    # -- overscrub-office-landlines (adv6 3): an office's line named as the office's ------------------------------
    folder = "overscrub-office-landlines"
    text = "如不服本决定，可拨打甘州区市场监督管理局法规科电话0936-8211294咨询，或拨打0936-8219929（消协）。"
    out.append(Case("overscrub", f"{folder}: 法规科电话…, …（消协）", {"penalties": [org(违法事实=text)]}, [],
                    public=["0936-8211294", "0936-8219929"]))
    # -- channels-text-encodings (adv7): numbers written so that no digit run shows ------------------------------
    folder = "channels-text-encodings"
    complaint_rows = (
        ("经查，当事人在宣传页印有联系电话139&#57;&#51;&#54;&#55;07&#48;1。", "07&#48;1"),
        ('经查，当事人的报价表单元格中写有=CONCAT("139","9367","7193")。', '"9367","7193"'),
        ('经查，联系人电话一栏为="139"&"9367"&"7194"。', '"9367"&"7194"'),
        ("经查，消费者称对方电话为幺三勾勾三六拐洞七洞五。", "幺三勾勾三六拐洞七洞五"),
        ("经查，消费者称对方电话为㈠㈢㈨㈨㈢㈥㈦〇㈦〇㈥。", "13993670706"),
        ("经查，消费者提交的截图链接为data:text/plain;base64,MTM5OTM2NzA3MDc=。", "MTM5OTM2NzA3MDc="),
    )
    for text, planted in complaint_rows:
        out.append(Case("written", f"{folder}: {text[3:20]}…", {"penalties": [org(违法事实=text)]}, [planted]))
    # -- channels-enum-date-cells-scripts (adv7): the radio spelling in a short text cell -------------------------
    folder = "channels-enum-date-cells-scripts"
    out.append(Case("written", f"{folder}: 幺三九九三六七洞七洞八 in 所属领域", {"penalties": [org(所属领域="幺三九九三六七洞七洞八")]},
                    ["幺三九九三六七洞七洞八"]))
    # -- channels-titles-lists-feeds (adv7): a formula in a 信息标题 (lists, feeds, search) ------------------------
    folder = "channels-titles-lists-feeds"
    who = org()  # the next organisation's name and code, for a voluntary registration
    n = int(who["行政相对人名称"].removeprefix("甘州区祎").removesuffix("商贸有限公司"))
    row = {"行政相对人名称": who["行政相对人名称"], "行政相对人类别": "法人及非法人组织", "统一社会信用代码": who["统一社会信用代码"],
           "信息类型": "市场经营", "信息标题": '="139"&"9367"&"7195"', "信息内容": "本公司诚信经营。",
           "登记编号": f"ZY-2026-{9300 + n:04d}", "登记日期": "2026-03-01", "核验状态": "已核验", "核验单位": "甘州区市场监督管理局"}
    out.append(Case("written", f"{folder}: a formula title", {"voluntary": [row]}, ['"9367"&"7195"', "7195"]))
    # -- channels-markup-attributes (adv7): a number inside markup typed into a cell; a plate with an IME dash -----
    folder = "channels-markup-attributes"
    for text, planted in (('经查，当事人在网店页面留有<a href="tel:13993670731">拨打店主</a>。', "13993670731"),
                          ("经查，当事人驾驶车牌号为甘G一A7321的车辆从事非法营运。", "甘G一A7321")):
        out.append(Case("written", f"{folder}: {text[3:20]}…", {"penalties": [org(违法事实=text)]}, [planted]))
    folder = "channels-text-encodings"
    out.append(Case("written", f"{folder}: 一三九点九三六七点…", {"penalties": [org(违法事实="经查，联系电话一三九点九三六七点〇七三三。")]},
                    ["一三九点九三六七点〇七三三", "13993670733"]))
    out.append(Case("overscrub", f"{folder}: times and amounts with 点 stay", {"penalties": [org(违法事实="经查，当事人于12点30分至13点45分营业，获利3点5万元。")]},
                    [], public=["12点30分至13点45分", "3点5万元"]))
    # -- channels-identifier-formulas (adv7): a formula's text or mixed references as an identifier: withheld ----
    folder = "channels-identifier-formulas"
    for column, value, planted in (("税务登记号", '="139"&"9367"&"0741"', '"9367"&"0741"'),
                                   ("组织机构代码", "139&#57;&#51;&#54;&#55;07&#52;2", "07&#52;2"),
                                   ("税务登记号", "幺三九九三六七洞七四三", "幺三九九三六七洞七四三")):
        out.append(Case("identifier", f"{folder}: {value[:12]}… as {column}", {"penalties": [org(**{column: value})]}, [planted],
                        codes=["personal-id-in-identifier"]))
    # public look-alikes: a formula of a standard number, radio words in prose
    text = '经查，当事人标签标注=CONCAT("GB","2760","-2014")，并在山洞里拐弯处勾住护栏。'
    out.append(Case("overscrub", f"{folder}: formula and radio words without a number stay", {"penalties": [org(违法事实=text)]}, [],
                    public=["=CONCAT(", "山洞里拐弯处勾住护栏"]))
    # -- channels-party-birth-dates (adv7, fixed by the lead): a birth date typed into a party name or an
    # organisation's 法定代表人 cell (the gate stopped the build; before the seventh pass it was published) ------
    folder = "channels-party-birth-dates"
    out.append(Case("uncovered", f"{folder}: 名称（DOB …）", {"penalties": [org(行政相对人名称="甘州区祎恒通商行（DOB 1985-08-25）")]},
                    ["1985-08-25"], public=["甘州区祎恒通商行"]))
    out.append(Case("uncovered", f"{folder}: 法定代表人（出生日期：…）",
                    {"penalties": [org(法定代表人="赵六（出生日期：25/08/1985）")]}, ["25/08/1985"]))
    out.append(Case("uncovered", f"{folder}: 法定代表人，…出生", {"penalties": [org(法定代表人="赵六，1985年8月25日出生")]},
                    ["1985年8月25日"]))
    # -- other-kinds-fields-persons (adv6 1.10, open at the end of the seventh pass): a login after 平台账号 -------
    out.append(Case("uncovered", "other-kinds-fields-persons: 注册平台账号：…",
                    {"penalties": [org(违法事实="经查，当事人员工祁某以注册平台账号：qdeshun_2026发布虚假宣传信息。")]},
                    ["qdeshun_2026"]))
    return out
