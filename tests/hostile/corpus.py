"""The hostile corpus of issue 16: data folders built to get a person's data published.

`cases()` generates the cases; each is one or more input rows, what was planted (never to be
found in any output byte, decompressed, unescaped and normalised) and the public tokens that must
survive intact. Every class of issue 16 is covered (`Case.cls`):

- ``identifier``: personal IDs typed into identifier columns (工商注册号, 税务登记号 with x or a
  two-digit suffix, 组织机构代码, 许可编号, 文书号, 法定代表人 with a 15-digit ID);
- ``written``: IDs, phones, cards and e-mails written differently (dots, two spaces, CRLF, zero-width
  space, soft hyphen, bidi marks, Chinese and circled numerals, letter O for 0, full-width, ＠,
  。com, #, (at)), and the party's own 证件号码 with dots;
- ``uncovered``: HK/Macau permits, 台胞证, passports, 军官证, WeChat and QQ ids, 7-digit landlines,
  14-digit accounts, home addresses (…村九社14号), licence plates;
- ``names``: third persons after role words, the party's own name spaced / U+3000 / ZWJ /
  traditional / another middle dot, a natural person filed as 法人及非法人组织, 个体工商户 named after
  the operator;
- ``codes``: a natural person's 统一社会信用代码 / 工商注册号 / 税务登记号;
- ``minors``: natural persons whose document holds no birth date (passport, permits);
- ``overscrub``: public facts next to people named 张掖 and 华强 (standards, dates, all-digit credit
  codes, amounts, case numbers, articles, places, organisations);
- ``staff``: values typed into the wrong column (an ID in 罚款金额, a phone in a date column, a
  name in an enum column), which the staff report must not quote.

Values are synthetic; the shapes of the public texts follow published penalty decisions:
沅江市市场监督管理局 行政处罚决定书 沅市监案字〔2020〕30号 (yuanjiang.gov.cn, content_1242069: masked
身份证号码/联系电话/联系地址 lines, 购进价格是1.8元/个, 违法所得为7.8元), 重庆市万州区市场监督管理局
渝万州市监处字〔2023〕497号 (wz.gov.cn, t20240111_12811239: 500g/盒, 售价11.2元/盒, 2023年02月06日,
双河口街道檬子东路10号), 鹤山市 2022年12月-2023年1月行政处罚案件信息公示 (鹤市监处〔2022〕291号,
《中华人民共和国行政处罚法》第二十八条第一款, 《中华人民共和国食品安全法》第一百二十二条第一款), and
the GB 2760-2014 wording of food-additive cases (yebaike.com/22/874438).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tests.helpers import commitment_row, license_row, make_id, make_uscc, penalty_row, person_penalty_row

# Given-name characters rare enough that a planted name cannot appear in a public page by chance.
_RARE = "翀翮彧珩琰璟昀晞煜熠瑾骁淼湛鑫焱垚犇骉麟翊旻曦琛珏玮瑄婧媛嫣妍"
# Surnames with a traditional form, and given-name characters with one (for the traditional cases).
_TRAD_SURNAMES = {"张": "張", "陈": "陳", "刘": "劉", "赵": "趙", "郑": "鄭", "冯": "馮", "杨": "楊"}
_TRAD_GIVEN = {"国": "國", "华": "華", "东": "東", "伟": "偉", "丽": "麗", "红": "紅", "军": "軍", "兰": "蘭"}


@dataclass
class Case:
    """One hostile case: rows per kind, planted values, public tokens, expected report codes."""

    cls: str
    title: str
    rows: dict[str, list[dict[str, object]]]  # str values; a float is an Excel number cell (XLSX)
    planted: list[str] = field(default_factory=list)  # never in any output (normalised)
    public: list[str] = field(default_factory=list)  # in the site, exactly as written
    codes: list[str] = field(default_factory=list)  # report codes expected for this case's rows
    staff_only: bool = False  # planted must also be absent from the staff report


def org_penalties(word: str, codes_from: int, numbers_from: int) -> Callable[..., dict[str, str]]:
    """A maker of organisations' penalty rows for one corpus module: 甘州区<word><n>商贸有限公司 with the credit code
    make_uscc(codes_from + n) and the decision number 甘州市监罚〔2026〕<numbers_from + n>号 for n = 1, 2, …; each
    module takes its own word and ranges, so that no two modules' rows are duplicates of each other."""
    serial = itertools.count(1)

    def org(**overrides: str) -> dict[str, str]:
        n = next(serial)
        row = penalty_row(行政相对人名称=f"甘州区{word}{n}商贸有限公司", 统一社会信用代码=make_uscc(codes_from + n),
                          法定代表人="赵六", 行政处罚决定书文号=f"甘州市监罚〔2026〕{numbers_from + n}号")
        row.update(overrides)
        return row

    return org


class _Serial:
    def __init__(self) -> None:
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n


@dataclass
class PenaltyRows:
    """The penalty rows a corpus module writes its cases into: each row takes the next serial for its
    party's code and then one for its decision number, from the module's own ranges (so that the rows
    of the several modules, built into one folder, are never duplicates of each other)."""

    serial: Callable[[], int]
    decisions_from: int  # 甘州市监罚〔2026〕N号
    org_word: str  # 甘州区<word>N商贸有限公司
    orgs_from: int  # the organisations' credit-code serials
    businesses_from: int  # the 个体工商户' credit-code serials (prefix 92)
    representative: str  # the organisations' 法定代表人
    born: str  # the natural persons' birth date (their IDs' serials run from ids_from, modulo ids_span)
    ids_from: int
    ids_span: int

    def decision(self) -> str:
        """The next decision number."""
        return f"甘州市监罚〔2026〕{self.decisions_from + self.serial()}号"

    def org(self, **overrides: str) -> dict[str, str]:
        """An organisation's penalty, with `overrides` by header."""
        n = self.serial()
        row = penalty_row(行政相对人名称=f"甘州区{self.org_word}{n}商贸有限公司", 统一社会信用代码=make_uscc(self.orgs_from + n),
                          法定代表人=self.representative, 行政处罚决定书文号=self.decision())
        row.update(overrides)
        return row

    def person(self, name: str, **overrides: str) -> dict[str, str]:
        """A natural person's penalty."""
        n = self.serial()
        row = person_penalty_row(行政相对人名称=name, 证件号码=make_id(self.born, self.ids_from + n % self.ids_span),
                                 行政处罚决定书文号=self.decision())
        row.update(overrides)
        return row

    def business(self, name: str, operator: str, **overrides: str) -> dict[str, str]:
        """A 个体工商户's penalty with its operator."""
        n = self.serial()
        row = penalty_row(行政相对人名称=name, 行政相对人类别="个体工商户",
                          统一社会信用代码=make_uscc(self.businesses_from + n, prefix="92"),
                          法定代表人=operator, 行政处罚决定书文号=self.decision())
        row.update(overrides)
        return row

    def complaint(self, summary: str, numbers_from: int) -> dict[str, str]:
        """An organisation's consumer complaint whose 投诉内容摘要 is `summary` (投诉编号 TS-2026-<numbers_from + n>)."""
        n = self.serial()
        return {"行政相对人名称": f"甘州区{self.org_word}{n}商贸有限公司", "行政相对人类别": "法人及非法人组织",
                "统一社会信用代码": make_uscc(self.orgs_from + n), "法定代表人": self.representative,
                "投诉编号": f"TS-2026-{numbers_from + n:06d}", "投诉问题类型": "质量问题", "投诉内容摘要": summary,
                "投诉日期": "2026-03-10", "处理结果": "调解成功", "处理日期": "2026-03-20", "公示截止期": "2027-03-20",
                "处理单位": "张掖市甘州区市场监督管理局"}


def _mobile(n: int) -> str:
    return f"13{(n % 7) + 3}{(n * 7919) % 100000000:08d}"


def _card(n: int) -> str:
    return f"622202{(n * 104729) % 10**13:013d}"


def _names() -> Iterator[str]:
    for surname, a, b in itertools.product("王李赵钱孙周吴郑冯陈", _RARE, _RARE):
        if a != b:
            yield surname + a + b


def _trad_names() -> Iterator[tuple[str, str]]:
    for (s, ts), (g, tg), r in itertools.product(_TRAD_SURNAMES.items(), _TRAD_GIVEN.items(), _RARE):
        yield s + g + r, ts + tg + r


def _old_id(first14: str) -> str:
    """A 15-digit first-generation ID whose last digit does not make it a valid 15-digit 工商注册号
    (an ID that is also a valid registration number is published as one)."""
    from stdnum.iso7064 import mod_11_10

    return next(first14 + d for d in "0123456789" if not mod_11_10.is_valid(first14 + d))


def _spaced_variants(id_no: str) -> list[str]:
    """An 18-digit ID written the ways issue 16 found unchecked."""
    zh = str.maketrans("0123456789", "〇一二三四五六七八九")
    circled = str.maketrans("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")
    full = str.maketrans("0123456789", "０１２３４５６７８９")
    return [
        ".".join((id_no[:6], id_no[6:14], id_no[14:])),
        "  ".join((id_no[:6], id_no[6:14], id_no[14:])),
        "\r\n".join((id_no[:6], id_no[6:14], id_no[14:])),
        "\u200b".join(id_no),
        "\u00ad".join((id_no[:6], id_no[6:14], id_no[14:])),
        "\u200e" + id_no[:9] + "\u202c" + id_no[9:],
        id_no.translate(zh),
        id_no.translate(circled),
        id_no.replace("0", "O"),
        id_no.translate(full),
        "\u3000".join((id_no[:6], id_no[6:14], id_no[14:])),
        "-".join((id_no[:6], id_no[6:14], id_no[14:])),
        "\ufeff" + " ".join(id_no[i:i + 4] for i in range(0, 18, 4)),
    ]


def _phone_variants(phone: str) -> list[str]:
    zh = str.maketrans("0123456789", "零一二三四五六七八九")
    return [
        f"{phone[:3]}.{phone[3:7]}.{phone[7:]}", f"{phone[:3]}  {phone[3:7]}  {phone[7:]}",
        f"{phone[:3]}\r\n{phone[3:7]}\r\n{phone[7:]}", "\u200b".join(phone), phone.translate(zh),
        phone.replace("0", "o"), f"+86 {phone[:3]}-{phone[3:7]}-{phone[7:]}", "\u2060".join(phone),
    ]


def cases() -> list[Case]:
    """Every case of the corpus (deterministic)."""
    serial = _Serial()
    names = _names()
    trad = _trad_names()
    out: list[Case] = []

    rows = PenaltyRows(serial.next, 9000, "恒", 500, 700, "王五", "19800101", 100, 800)
    decision, org, person, business = rows.decision, rows.org, rows.person, rows.business

    # -- identifier: personal IDs in identifier columns ------------------------------------------
    for k in range(6):
        pid = make_id(f"1975{k + 1:02d}1{k}", 300 + k)
        operator = next(names)
        placeholder = business(f"甘州区{operator[0]}记{k}号小吃店", operator, 统一社会信用代码="00000000000000000X",
                               工商注册号=pid)
        out.append(Case("identifier", "ID as 工商注册号 of a placeholder 个体工商户", {"penalties": [placeholder]},
                        [pid], codes=["personal-id-in-identifier"]))
        tax = org(税务登记号=pid.lower() if pid.endswith("X") else pid)
        out.append(Case("identifier", "ID as 税务登记号", {"penalties": [tax]}, [pid],
                        codes=["personal-id-in-identifier"]))
        suffix = org(税务登记号=pid + f"{k:02d}")
        out.append(Case("identifier", "ID with a two-digit suffix as 税务登记号", {"penalties": [suffix]}, [pid],
                        codes=["personal-id-in-identifier"]))
        licence = license_row(行政相对人名称=f"甘州区许{k}餐饮有限公司", 统一社会信用代码=make_uscc(900 + k),
                              许可编号=pid, 行政许可决定文书号=f"甘州市监许〔2026〕{800 + k}号")
        out.append(Case("identifier", "ID as 许可编号", {"licenses": [licence]}, [pid],
                        codes=["personal-id-in-identifier"]))
        as_decision = org(行政处罚决定书文号=pid)
        out.append(Case("identifier", "ID as 文书号", {"penalties": [as_decision]}, [pid],
                        codes=["personal-id-in-identifier"]))
        old = _old_id(f"620702{75 + k:02d}0{k + 1}15{k}3")
        rep = org(法定代表人=old)
        out.append(Case("identifier", "15-digit ID as 法定代表人", {"penalties": [rep]}, [old],
                        codes=["personal-id-in-identifier"]))
        org_code = org(组织机构代码=pid[:17] + "-" + pid[17])
        out.append(Case("identifier", "ID with a dash as 组织机构代码", {"penalties": [org_code]}, [pid],
                        codes=["personal-id-in-identifier"]))
    for k in range(4):  # the market-entity registry: an ID as 工商注册号, a shop named after its operator
        pid = make_id(f"1969{k + 1:02d}21", 350 + k)
        operator = next(names)
        entity = {"统一社会信用代码": make_uscc(1500 + k, prefix="92"), "主体名称": f"甘州区{operator}牛肉面馆",
                  "主体类型": "个体工商户", "法定代表人": operator, "成立日期": "2019-05-01",
                  "登记机关": "甘州区市场监督管理局", "住所": f"甘州区某村{k + 1}社{k + 3}号", "经营范围": "餐饮服务",
                  "登记状态": "存续", "工商注册号": pid}
        out.append(Case("identifier", "registry: ID as 工商注册号, shop named after its operator",
                        {"entities": [entity]}, [pid, operator, f"某村{k + 1}社{k + 3}号"],
                        codes=["personal-id-in-identifier"]))
    # Contact data in an organisation's 法定代表人 (case folders phone-in-representative,
    # stop-email-in-representative): withheld from the field with a warning, never a gate stop.
    for k in range(2):
        phone, mail = _mobile(900 + k), f"wangwu{77 + k}@163.com"
        out.append(Case("identifier", "phone-in-representative: 王五 + mobile in 法定代表人",
                        {"penalties": [org(法定代表人=f"王五{phone}")]}, [phone], codes=["personal-id-in-identifier"]))
        out.append(Case("identifier", "stop-email-in-representative: 王五 + e-mail in 法定代表人",
                        {"penalties": [org(法定代表人=f"王五 {mail}")]}, [mail], codes=["personal-id-in-identifier"]))
    # An ID appended to an organisation's name (case folder stop-id-in-party-name): masked, no gate stop.
    for k in range(2):
        pid = make_id(f"1977021{k + 7}", 370 + k)
        out.append(Case("identifier", "stop-id-in-party-name: an ID appended to a company's name",
                        {"penalties": [org(行政相对人名称=f"甘州区恒附{k}商贸有限公司{pid}")]}, [pid],
                        public=[f"甘州区恒附{k}商贸有限公司"]))
    # An expired row whose 文书号 is an ID must not let the ID through elsewhere.
    pid = make_id("19660606", 777)
    expired = org(行政处罚决定书文号=pid, 处罚决定日期="2024-01-05", 处罚有效期="2025-01-04")
    elsewhere = org(违法事实=f"经查，当事人员工身份证号码{pid}。")
    out.append(Case("identifier", "an ID that is also an expired row's 文书号", {"penalties": [expired, elsewhere]},
                    [pid]))

    # -- written differently ---------------------------------------------------------------------
    for k in range(4):
        pid = make_id(f"1988{k + 3:02d}2{k}", 400 + k)
        for j, written in enumerate(_spaced_variants(pid)):
            out.append(Case("written", f"ID written differently ({j})",
                            {"penalties": [org(违法事实=f"经查，当事人将员工身份证{written}用于登记。")]}, [pid]))
    # IDs and mobiles written across list punctuation, markup and marks (adversarial round, case folders
    # id-written-more, id-written-separators, mobile-written-more, stop-id-with-nbsp-entities).
    def groups(value: str, cut: tuple[int, ...], sep: str) -> str:
        bounds = (0, *cut, len(value))
        return sep.join(value[a:b] for a, b in zip(bounds, bounds[1:]))

    superscript = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    for k, way in enumerate(("，", "。", "～", "、", "；", "丨", "杠", "<br>", "<br/>\n", "*", "=", "&nbsp;",
                             "keycap", "superscript", "fe0f", "u0332")):
        pid = make_id(f"1977{k % 12 + 1:02d}1{k % 10}", 420 + k)
        phone = _mobile(80 + k)
        if way == "keycap":
            id_written, phone_written = "".join(c + "\u20e3" for c in pid), "".join(c + "\u20e3" for c in phone)
        elif way == "superscript":
            id_written, phone_written = pid.translate(superscript), phone.translate(superscript)
        elif way in ("fe0f", "u0332"):
            mark = "\ufe0f" if way == "fe0f" else "\u0332"
            id_written, phone_written = "".join(c + mark for c in pid), "".join(c + mark for c in phone)
        else:
            id_written, phone_written = groups(pid, (6, 14), way), groups(phone, (3, 7), way)
        out.append(Case("written", f"id-written-separators / id-written-more: ID written with {way!r}",
                        {"penalties": [org(违法事实=f"经查，当事人员工身份证号码{id_written}。")]}, [pid]))
        out.append(Case("written", f"mobile-written-more: mobile written with {way!r}",
                        {"penalties": [org(备注=f"联系人手机{phone_written}，已回访。")]}, [phone]))
    for token, text in (("1,380,000,000元", "货值金额1,380,000,000元。"), ("20260518，20260519", "抽样单编号20260518，20260519。"),
                        ("第1、2、3、4、5、6、7、8、9、10条", "违反第1、2、3、4、5、6、7、8、9、10条。"),
                        ("12345678，87654321", "批次号12345678，87654321。")):
        out.append(Case("overscrub", f"numbers in a list stay: {token}", {"penalties": [org(违法事实=text)]}, [],
                        public=[token]))
    # An ID typed into an Excel number cell (case folder xlsx-numeric-id): a double of 16 significant
    # digits, in an identifier column (withheld) and in a text column (masked).
    for k in range(3):
        pid = make_id(f"1988{k + 1:02d}18", 250 + k)
        as_number = float(pid[:-1] + "0")
        numeric = org()
        numeric["工商注册号"] = as_number
        out.append(Case("identifier", "xlsx-numeric-id: an ID as an Excel number in 工商注册号", {"penalties": [numeric]},
                        [pid[:16], repr(as_number), f"{as_number:.0f}"], codes=["personal-id-in-identifier"]))
        remark = org()
        remark["备注"] = as_number
        remark["违法事实"] = f"当事人销售过期食品（数字单元格{k}）。"
        out.append(Case("written", "xlsx-numeric-id: an ID as an Excel number in 备注", {"penalties": [remark]},
                        [pid[:16], repr(as_number), f"{as_number:.0f}"], public=[f"数字单元格{k}"]))
    for k in range(4):
        phone = _mobile(50 + k)
        for j, written in enumerate(_phone_variants(phone)):
            out.append(Case("written", f"mobile written differently ({j})",
                            {"penalties": [org(备注=f"联系人手机{written}，已回访。")]}, [phone]))
    for k in range(3):
        card = _card(60 + k)
        for j, written in enumerate((" ".join(card[i:i + 4] for i in range(0, 19, 4)), ".".join(
                card[i:i + 4] for i in range(0, 19, 4)), "\u200b".join(card))):
            out.append(Case("written", f"card written differently ({j})",
                            {"penalties": [org(处罚内容=f"罚款已缴入{written}。")]}, [card]))
    for _k, (local, written) in enumerate([
        ("zhangyh81", "zhangyh81＠163.com"), ("liwq2020", "liwq2020@qq。com"), ("wangxm_7", "wangxm_7#qq.com"),
        ("zhaolei88", "zhaolei88(at)126.com"), ("sunli.hz", "sunli.hz [at] sina.com"),
        ("qianyu9", "qianyu9 at gmail dot com"), ("zhouyi3", "ＺＨＯＵＹＩ３@163.com"), ("wuhao5", "wuhao5@163 . com"),
    ]):
        out.append(Case("written", "e-mail written differently",
                        {"penalties": [org(备注=f"投诉人邮箱：{written}")]}, [local]))
    for k in range(8):
        name = next(names)
        pid = make_id(f"1979{k + 1:02d}05", 500 + k)
        dotted = ".".join(pid[i:i + 3] for i in range(0, 18, 3))
        out.append(Case("written", "the party's own 证件号码 with dots in its facts",
                        {"penalties": [person(name, 证件号码=pid, 违法事实=f"当事人（证件{dotted}）无照经营。")]},
                        [pid, name]))

    # Part of the party's own ID in its facts (case folder own-id-partial): the last six digits, the
    # first fourteen with the rest masked by the clerk.
    for k in range(4):
        name = next(names)
        pid = make_id(f"1980{k + 2:02d}0{k + 1}", 640 + k)
        text = [f"当事人（身份证尾号{pid[-6:]}）无证经营。", f"当事人（身份证号{pid[:14]}****）无证经营。"][k % 2]
        planted = [pid[-6:], pid[:14]][k % 2]
        out.append(Case("written", "own-id-partial: part of the party's own 证件号码 in its facts",
                        {"penalties": [person(name, 证件号码=pid, 违法事实=text)]}, [planted, name]))

    # -- not covered before ----------------------------------------------------------------------
    uncovered = [
        ("港澳通行证H{0:08d}", "h{0:08d}", "港澳通行证号码为H{0:08d}"),
        ("回乡证M{0:08d}", "m{0:08d}", "持回乡证M{0:08d}"),
        ("台胞证{0:08d}", "{0:08d}", "台胞证号码{0:08d}"),
        ("护照E{0:08d}", "e{0:08d}", "护照号：E{0:08d}"),
        ("护照G{0:08d}", "g{0:08d}", "持护照G {0:08d}入境"),
        ("军官证", "{0:07d}", "军官证号码{0:07d}"),
        ("微信", "wxid_{0:06d}ab", "微信号wxid_{0:06d}ab"),
        ("微信", "zhq{0:06d}", "加微信 zhq{0:06d} 联系"),
        ("QQ", "{0:09d}", "QQ：{0:09d}"),
        ("QQ", "{0:08d}", "qq号{0:08d}"),
        ("固话", "{0:07d}", "联系电话{0:07d}"),
        ("座机", "{0:08d}", "座机：{0:08d}"),
        ("账号", "{0:014d}", "开户行账号{0:014d}"),
        ("卡号", "{0:013d}", "银行卡号{0:013d}"),
        # adversarial round: passport-after-zhengjianhaoma, wechat-vxin
        ("证件号码 passport", "e{0:08d}", "雇员证件号码：E{0:08d}，未持健康证明上岗"),
        ("v信", "lzy{0:08d}", "加v信 lzy{0:08d} 购买"),
        ("V信", "lzy{0:08d}", "加V信 lzy{0:08d} 购买"),
        ("威信", "lzy{0:08d}", "加威信lzy{0:08d}购买"),
    ]
    for k in range(5):
        for label, planted, text in uncovered:
            value = 23456789 + 1111 * k + serial.next()
            out.append(Case("uncovered", label, {"penalties": [org(违法事实=f"经查，{text.format(value)}。")]},
                            [planted.format(value)]))
    for k in range(6):
        plate = f"甘G{'ABCDEF'[k]}{3456 + k}"
        for written in (plate[:2] + "·" + plate[2:], plate, plate[:2] + " " + plate[2:] + "D"[:k % 2]):
            out.append(Case("uncovered", "licence plate", {"penalties": [org(违法事实=f"当事人使用{written}车辆运输。")]},
                            [plate]))
    for k in range(8):
        name = next(names)
        address = f"党寨镇{'一二三四五六七八'[k]}里村九社{14 + k}号"
        text = (f"当事人住址：{address}，在家中经营。" if k % 2 == 0 else f"在其位于{address}的住宅内查获。")
        out.append(Case("uncovered", "home address in a natural person's record",
                        {"penalties": [person(name, 违法事实=text)]}, [f"九社{14 + k}号"]))

    # Home addresses after 地址 / 家庭地址 / 送达地址 / 住所 (case folders home-address-dizhi, home-address-songda).
    for k, lead in enumerate(("当事人地址：", "当事人家庭地址为", "送达地址：", "当事人住所：")):
        name = next(names)
        address = f"甘州区三闸镇{'一二三四'[k]}坝村五社{30 + k}号"
        column = "备注" if lead.startswith("送达") else "违法事实"
        out.append(Case("uncovered", f"home-address-dizhi / -songda: address after {lead}",
                        {"penalties": [person(name, **{column: f"{lead}{address}，在该处加工豆腐。"})]},
                        [f"五社{30 + k}号"]))
    out.append(Case("overscrub", "an organisation's business address stays",
                    {"penalties": [org(违法事实="当事人经营地址：甘州区明永镇上游村八社41号，在该处加工豆腐。")]}, [],
                    public=["明永镇上游村八社41号"]))

    # -- names -----------------------------------------------------------------------------------
    roles = ("消费者", "投诉人", "举报人", "员工", "店员", "家属", "雇员", "顾客")
    for k in range(24):
        third = next(names)
        role = roles[k % len(roles)]
        out.append(Case("names", f"third person after {role}",
                        {"penalties": [org(违法事实=f"{role}{third}反映，当事人销售的食品超过保质期。")]}, [third]))
    for k in range(20):
        simple, traditional = next(trad)
        written = [" ".join(simple), "\u3000".join(simple), "\u200d".join(simple), traditional,
                   simple[0] + "・" + simple[1:]][k % 5]
        out.append(Case("names", "the party's own name written differently in its facts",
                        {"penalties": [person(simple, 违法事实=f"当事人{written}未经许可从事经营。")]}, [simple]))
    for _k in range(6):
        name = next(names)
        looks = org(行政相对人名称=name, 统一社会信用代码="", 法定代表人=name)
        out.append(Case("names", "a natural person filed as 法人及非法人组织", {"penalties": [looks]}, [name],
                        codes=["party-looks-like-person"]))
    for k in range(8):
        operator = next(names)
        shop = [operator, f"甘州区{operator}", f"{operator}烧烤店", f"甘州区{operator}牛肉面馆"][k % 4]
        out.append(Case("names", "个体工商户 named after its operator",
                        {"penalties": [business(shop, operator)]}, [operator]))

    # Names in short TEXT columns of every kind (adversarial round of issue 16, case folders under
    # /work/notes/adv16-cases/ named in each title): role word + name, as typed by clerks.
    def other(kind: str, **fields: str) -> dict[str, str]:
        n = serial.next()
        base = {"行政相对人名称": f"甘州区文{n}商贸有限公司", "行政相对人类别": "法人及非法人组织",
                "统一社会信用代码": make_uscc(2000 + n)}
        if kind == "complaints":
            base.update({"法定代表人": "赵钱", "投诉编号": f"TS-2026-{n:06d}", "投诉问题类型": "质量问题",
                         "投诉内容摘要": "消费者反映购买的食品变质。", "投诉日期": "2026-03-10", "处理结果": "调解成功",
                         "处理日期": "2026-03-20", "公示截止期": "2027-03-20", "处理单位": "张掖市甘州区市场监督管理局"})
        elif kind == "voluntary":
            base.update({"信息类型": "市场经营", "信息标题": "诚信经营", "信息内容": "本公司承诺诚信经营。",
                         "登记编号": f"ZY-2026-{n:04d}", "登记日期": "2026-03-01", "核验状态": "已核验",
                         "核验单位": "甘州区市场监督管理局"})
        elif kind == "blacklist":
            base.update({"名单名称": "失信被执行人", "列入文号": f"甘州列〔2026〕{n}号", "列入原因": "拒不履行生效判决",
                         "列入依据": "《最高人民法院关于公布失信被执行人名单信息的若干规定》", "列入日期": "2026-03-01",
                         "有效期至": "2029-10-01", "列入单位": "甘州区人民法院", "列入单位统一社会信用代码": make_uscc(9001, prefix="11")})
        elif kind == "commitments":
            base = commitment_row(行政相对人名称=base["行政相对人名称"], 统一社会信用代码=base["统一社会信用代码"],
                                  承诺编号=f"CN2026-{n:04d}")
        base.update(fields)
        return base

    text_columns = [  # (case folder, kind, column, text with {name})
        ("complaint-result-names", "complaints", "处理结果", "调解成功，经营者向消费者{}退还货款500元。"),
        ("complaint-result-names", "complaints", "处理结果", "已电话回访投诉人{}，满意。"),
        ("commitment-text-name", "commitments", "承诺事项", "由员工{}负责于20个工作日内补齐材料。"),
        ("penalty-type-name", "penalties", "违法行为类型", "雇佣员工{}无证上岗"),
        ("suspended-licence-name", "penalties", "暂扣或吊销证照名称及编号", "吊销驾驶员{}的从业资格证"),
        ("voluntary-title-name", "voluntary", "信息标题", "员工{}获评诚信之星"),
        ("blacklist-listname-name", "blacklist", "名单名称", "失信被执行人（被执行人{}）"),
        ("authority-column-names", "penalties", "处罚机关", "甘州区市场监督管理局（承办人：{}）"),
        ("third-person-congye-chu", "penalties", "违法事实", "当事人从昆山市某美容院从业人员{}处通过微信支付购得涉案化妆品。"),
    ]
    for folder, kind, column, text in text_columns:
        name = next(names)
        row = org(**{column: text.format(name)}) if kind == "penalties" else other(kind, **{column: text.format(name)})
        out.append(Case("names", f"{folder}: a name in {kind} {column}", {kind: [row]}, [name],
                        public=[text.split("{}")[0]]))  # the row is published, its name masked

    # A 个体工商户 named after its operator, named in another record's text (case folders
    # operator-name-in-other-text, operator-name-in-complaint).
    for k in range(2):
        operator = next(names)
        shop = f"甘州区{operator}烧烤店"
        text = f"当事人从{shop}购进羊肉。" if k == 0 else f"消费者在{shop}就餐后腹泻。"
        shop_rows: dict[str, list[dict[str, object]]] = {"penalties": [business(shop, operator)]}
        if k == 0:
            shop_rows["penalties"].append(org(违法事实=text))
        else:
            shop_rows["complaints"] = [other("complaints", 投诉内容摘要=text)]
        out.append(Case("names", "operator-name-in-other-text: a business named after its operator in another record",
                        shop_rows, [operator], public=[f"甘州区{operator[0]}**烧烤店"]))

    # -- codes of natural persons ----------------------------------------------------------------
    for k in range(8):
        name = next(names)
        code = make_uscc(1200 + k, prefix="92")
        reg = f"62070260{k:07d}"
        tax = f"6207021{k:04d}{k:04d}"[:15]
        out.append(Case("codes", "a natural person's party codes",
                        {"penalties": [person(name, 统一社会信用代码=code, 工商注册号=reg, 税务登记号=tax)]},
                        [code, reg, tax]))

    # -- minors whose age cannot be derived ------------------------------------------------------
    for k in range(12):
        name = next(names)
        doc_type, number = [("护照", f"E{70000000 + k:08d}"), ("港澳居民来往内地通行证", f"H{80000000 + k:08d}"),
                            ("台湾居民来往大陆通行证", f"{90000000 + k:08d}")][k % 3]
        row = person(name, 证件类型=doc_type, 证件号码=number)
        out.append(Case("minors", f"natural person with a {doc_type}", {"penalties": [row]},
                        [number, row["行政处罚决定书文号"]], codes=["age-unknown"]))

    # Minors by the day (case folders minor-birthday-on-decision-date, minor-leap-day, minor-operator):
    # 17 on the 18th birthday itself (周岁 from the day after), a 02-29 birth, a minor 个体工商户 operator.
    for title, birth, decided in (("18th birthday on the decision date", "20081005", "2026-04-05"),
                                  ("born 02-29, decided 02-28 of the 18th year", "20080229", "2026-02-28"),
                                  ("born 02-29, decided 03-01 of the 18th year", "20080229", "2026-03-01")):
        name = next(names)
        if title.startswith("18th"):
            birth = "20080405"
        row = person(name, 证件号码=make_id(birth, 660 + serial.next() % 100), 处罚决定日期=decided,
                     处罚有效期="2027-03-04")
        out.append(Case("minors", f"minor-birthday-on-decision-date / minor-leap-day: {title}", {"penalties": [row]},
                        [row["行政处罚决定书文号"]]))
    operator = next(names)
    minor_shop = business(f"甘州区{operator}小卖部", operator, 法定代表人证件类型="身份证",
                          法定代表人证件号码=make_id("20110101", 328))
    out.append(Case("minors", "minor-operator: a 个体工商户 whose operator is a minor", {"penalties": [minor_shop]},
                    [minor_shop["行政处罚决定书文号"], operator]))

    # -- over-scrubbing: public facts next to people named 张掖 and 华强 -----------------------------
    all_digit_uscc = next(c for c in (make_uscc(n) for n in range(3000, 4000)) if c.isdigit())
    public_texts = [
        ("GB 2760-2014", "当事人生产的饮料超范围使用食品添加剂，违反GB 2760-2014的规定。"),
        ("GB/T 22239-2019", "未按GB/T 22239-2019开展等级保护测评。"),
        ("2026-5-18", "当事人于2026-5-18销售过期食品。"),
        ("2026年5月18日", "2026年5月18日，执法人员依法进行现场检查。"),
        ("20260518", "抽样单编号20260518。"),
        (all_digit_uscc, f"供货方统一社会信用代码{all_digit_uscc}。"),
        ("1 250 000", "货值金额1 250 000元。"),
        ("1,250,000.00元", "违法所得1,250,000.00元。"),
        ("甘州市监罚〔2026〕33号", "本机关曾作出甘州市监罚〔2026〕33号处罚决定。"),
        ("第一百二十二条第一款", "依据《中华人民共和国食品安全法》第一百二十二条第一款。"),
        ("第二十八条第一款", "依据《中华人民共和国行政处罚法》第二十八条第一款。"),
        ("张掖市", "当事人在张掖市甘州区经营。"),
        ("张掖华强商贸有限公司", "当事人从张掖华强商贸有限公司购进。"),
        ("渝万州市监处字〔2023〕497号", "参照渝万州市监处字〔2023〕497号。"),
        ("11.2元/盒", "售价11.2元/盒，共计148盒。"),
        ("1.8元/个", "购进价格是1.8元/个，违法所得为7.8元。"),
        ("2023年02月06日", "生产日期：2023年02月06日。"),
        ("檬子东路10号", "位于双河口街道檬子东路10号的经营场所。"),
        ("0.5639999999999999", "比例0.5639999999999999。"),
        ("20261201-07350608", "版本20261201-07350608。"),  # a date and a digest's digits: no card
    ]
    people = [person("张掖"), person("华强")]
    out.append(Case("overscrub", "natural persons named 张掖 and 华强", {"penalties": people}, []))
    for _k in range(3):
        for token, text in public_texts:
            out.append(Case("overscrub", f"public token {token}", {"penalties": [org(违法事实=text)]}, [],
                            public=[token]))

    # -- staff outputs: values in the wrong column -----------------------------------------------
    for k in range(6):
        pid = make_id(f"1991{k + 1:02d}11", 600 + k)
        phone = _mobile(700 + k)
        name = next(names)
        out.append(Case("staff", "ID in 罚款金额", {"penalties": [org(**{"罚款金额(万元)": pid})]}, [pid],
                        staff_only=True))
        out.append(Case("staff", "phone in 处罚决定日期", {"penalties": [org(处罚决定日期=phone)]}, [phone],
                        staff_only=True))
        out.append(Case("staff", "name in 处罚类别", {"penalties": [org(处罚类别=f"罚款；消费者{name}")]}, [name],
                        staff_only=True))
        out.append(Case("staff", "e-mail in 处罚有效期", {"penalties": [org(处罚有效期=f"w{k}x@163.com")]},
                        [f"w{k}x@163.com"], staff_only=True))
    # A passport number in 罚款金额 (case folder staff-passport-in-amount): never quoted to staff.
    for k in range(2):
        passport = f"E{76543210 + k:08d}"
        out.append(Case("staff", "staff-passport-in-amount: a passport number in 罚款金额",
                        {"penalties": [org(**{"罚款金额(万元)": passport})]}, [passport], staff_only=True))
    # -- second adversarial pass, cases left open (folders under /work/notes/adv16-cases/) --------------
    out.extend(_second_pass(serial, names, org, person, decision))
    out.extend(_third_pass(serial, names, org, person, business))
    out.extend(_third_pass_gaps(names, org, person))
    out.extend(_fourth_pass(names, org, person, business))

    # A column header typed with a person's name and phone (case folder staff-unknown-column-header):
    # the staff report quotes headers through the detector.
    header_phone = _mobile(990)
    out.append(Case("staff", "staff-unknown-column-header: name and phone in a column header",
                    {"penalties": [org(**{f"联系人王五{header_phone}": "是"})]}, [header_phone], staff_only=True))
    out += __import__("tests.hostile.corpus_adv5_contacts", fromlist=["cases"]).cases()  # contacts, numbers (adv5)
    from tests.hostile.corpus_adv3_names import cases as adv3_names  # names, addresses, minors (adv3)
    out += __import__("tests.hostile.corpus_adv5_names", fromlist=["cases"]).cases()  # names, over-scrubbing (adv5)
    out += __import__("tests.hostile.corpus_adv6_getihu", fromlist=["cases"]).cases()  # 个体工商户, minors (adv6)
    out += __import__("tests.hostile.corpus_adv6_numbers", fromlist=["cases"]).cases()  # numbers, contacts (adv6)
    out += __import__("tests.hostile.corpus_adv6_names", fromlist=["cases"]).cases()  # names, over-scrubbing (adv6)
    out += __import__("tests.hostile.corpus_adv7_people", fromlist=["cases"]).cases()  # people (adv7)
    out += __import__("tests.hostile.corpus_adv7_numbers", fromlist=["cases"]).cases()  # numbers, channels (adv7)
    out += __import__("tests.hostile.corpus_adv8_people", fromlist=["cases"]).cases()  # people (adv8)
    out += __import__("tests.hostile.corpus_adv8_numbers", fromlist=["cases"]).cases()  # numbers, channels (adv8)
    out += __import__("tests.hostile.corpus_adv9_people", fromlist=["cases"]).cases()  # people (adv9)
    out += __import__("tests.hostile.corpus_adv9_numbers", fromlist=["cases"]).cases()  # numbers, channels (h9n)
    out += __import__("tests.hostile.corpus_adv9_homes", fromlist=["cases"]).cases()  # homes without a lead word (h9a)
    out += __import__("tests.hostile.corpus_adv10_people", fromlist=["cases"]).cases()  # people (adv10, h11p)
    out += __import__("tests.hostile.corpus_adv10_numbers", fromlist=["cases"]).cases()  # numbers, documents (h11n)
    out += __import__("tests.hostile.corpus_adv11_people", fromlist=["cases"]).cases()  # people (adv11, h12p)
    out += __import__("tests.hostile.corpus_adv11_numbers", fromlist=["cases"]).cases()  # host names, homes (h12n)
    out += __import__("tests.hostile.corpus_adv12_spelled", fromlist=["cases"]).cases()  # spelled-out numbers (lead, s11)
    out += __import__("tests.hostile.corpus_adv12_people", fromlist=["cases"]).cases()  # people (adv12, h15p)
    out += __import__("tests.hostile.corpus_adv12_homes", fromlist=["cases"]).cases()  # homes, birth dates (h15n)
    out += __import__("tests.hostile.corpus_adv13_people", fromlist=["cases"]).cases()  # people (adv13, h17p)
    out += __import__("tests.hostile.corpus_adv13_private", fromlist=["cases"]).cases()  # minors, codes, accounts, homes (h17n)
    out += __import__("tests.hostile.corpus_adv14_people", fromlist=["cases"]).cases()  # people, contacts (h19o's cases, h19p)
    out += __import__("tests.hostile.corpus_adv15_numbers", fromlist=["cases"]).cases()  # numbers, minors, homes (h20o's cases, h20p)
    out += __import__("tests.hostile.corpus_adv15_people", fromlist=["cases"]).cases()  # names (h20o's cases, h20n)
    out += __import__("tests.hostile.corpus_adv19_numbers", fromlist=["cases"]).cases()  # numbers, minors, homes (h21o's cases, h21p)
    out += __import__("tests.hostile.corpus_adv19_people", fromlist=["cases"]).cases()  # names (h21o's cases, h21n)
    out += __import__("tests.hostile.corpus_adv22_numbers", fromlist=["cases"]).cases()  # keys, numbers, homes (h22o's cases, h22p)
    out += __import__("tests.hostile.corpus_adv22_lists", fromlist=["cases"]).cases()  # lists, minority names, minors, sensitive (h22o's, h22t)
    out += __import__("tests.hostile.corpus_adv22_people", fromlist=["cases"]).cases()  # names that are words (h22o's cases, h22n)
    return out + adv3_names()


def _second_pass(serial: _Serial, names: Iterator[str], org: Any, person: Any, decision: Any) -> list[Case]:
    """The cases the fix pass of issue 16 left open, each naming its folder under
    /work/notes/adv16-cases/ (the attacker's data, re-made here with synthetic values)."""
    from stdnum.iso7064 import mod_11_10

    out: list[Case] = []
    # Documents and social ids the detector did not read (folders social-security-card,
    # card-glued-to-bank-letters, qq-beyond-keyword-reach, wechat-before-keyword, email-aite,
    # foreign-permanent-residence-old).
    for k in range(3):
        n = 1000 + 37 * k + serial.next()
        sscard = f"S620702{19870101 + k:08d}"
        card = f"622202{(n * 104729) % 10**10:010d}"
        card += str(next(d for d in range(10) if _luhn(card + str(d))))
        qq = f"{2784513692 + n}"
        wechat = f"zhyy_{8823 + n}fx"
        wxid = f"wxid_{n:06d}ab"
        local = f"lihuaabc{n}"
        residence = f"USA{110079050101 + n:012d}"
        for folder, planted, text in (
                ("social-security-card", sscard, f"员工社保卡号{sscard}"),
                ("social-security-card", sscard[1:], f"员工社会保障卡号：{sscard[1:]}。"),
                ("card-glued-to-bank-letters", card, f"当事人收款卡号:ICBC{card}"),
                ("card-glued-to-bank-letters", card, f"货款转入CCB{card}。"),
                ("qq-beyond-keyword-reach", qq, f"当事人QQ号码（请勿外传，仅供办案人员核实身份时使用）{qq}"),
                ("wechat-before-keyword", wechat, f"当事人通过{wechat}（微信）收取货款"),
                ("wechat-before-keyword", wxid, f"{wxid} 是我微信，当事人称。"),
                ("email-aite", local, f"投诉人邮箱{local}艾特qq点com"),
                ("foreign-permanent-residence-old", residence, f"员工外国人永久居留证号码{residence}。")):
            out.append(Case("uncovered", f"{folder}: {text}", {"penalties": [org(备注=text)]}, [planted]))
    # Uyghur names without their middle dot (folders uyghur-own-name, uyghur-third-person).
    uyghur = [("阿不都·热翀曼", "当事人阿不都热翀曼未经许可经营。", "热翀曼"), ("艾尔肯·吐翮逊", "当事人艾尔肯．吐翮逊未取得许可。", "吐翮逊"),
              ("古丽·娜彧尔", "当事人古丽.娜彧尔销售假冒产品。", "娜彧尔")]
    for name, text, planted in uyghur:
        out.append(Case("names", f"uyghur-own-name: {text}", {"penalties": [person(name, 违法事实=text)]}, [planted],
                        public=["未经许可经营", "未取得许可", "销售假冒产品"]))
    for k, text in enumerate(("消费者买买提·艾翀力反映当事人销售的馕不合格。", "消费者买买提艾翮力反映当事人销售的馕不合格。",
                              "员工阿不都热彧曼未持健康证明上岗。")):
        planted = ["艾翀力", "艾翮力", "热彧曼"][k]
        out.append(Case("names", f"uyghur-third-person: {text}", {"penalties": [org(违法事实=text)]}, [planted],
                        public=["当事人销售的馕不合格" if k < 2 else "未持健康证明上岗"]))
    # A natural person named like a word of the site chrome (信用甘州), or inside an organisation
    # party's name (folders stop-person-named-ganzhou, stop-person-name-inside-org-party): the gate
    # must not stop on the public occurrences; the person's own text is still masked.
    inner = next(names)[:2]
    out.append(Case("names", "stop-person-named-ganzhou: a natural person named 甘州",
                    {"penalties": [person("甘州", 违法事实="当事人甘州销售过期食品。")]}, ["当事人甘州销售"],
                    public=["当事人甘*销售过期食品"]))
    out.append(Case("names", "stop-person-name-inside-org-party: a person and a company holding the name",
                    {"penalties": [person(inner, 违法事实=f"当事人{inner}销售假冒产品。"),
                                   org(行政相对人名称=f"甘州区{inner}商贸有限公司")]},
                    [f"当事人{inner}销售"], public=[f"甘州区{inner}商贸有限公司", f"当事人{inner[0]}*销售假冒产品"]))
    # A 15-digit number that is a valid old ID and a valid 工商注册号 (folder stop-15digit-id-valid-regno):
    # published as the registration number it is filed as, in its own cell only; in another
    # record's text it is an ID and masked. Scrubber and gate agree (no stop).
    regno = next(f"62070285031{d:03d}" + c for d in range(1000) for c in "0123456789"
                 if mod_11_10.is_valid(f"62070285031{d:03d}" + c))
    out.append(Case("identifier", "stop-15digit-id-valid-regno: a 15-digit ID that is a valid 工商注册号",
                    {"penalties": [org(工商注册号=regno), org(违法事实=f"经查，员工身份证号码{regno}。")]}, [],
                    public=[regno, "经查，员工身份证号码[已隐去]。"]))
    # Over-scrubbing (folders overscrub-person-named-liangjia-wangfu, overscrub-brands,
    # overscrub-authority-phone-caseno): places and stores that start with a person's name,
    # brands written as brands (牌, quotes), and case numbers whose serial is 18 digits with a
    # wrong ID check digit.
    people = [person("梁家"), person("王府"), person("李宁"), person("王守义")]
    out.append(Case("overscrub", "natural persons named 梁家, 王府, 李宁 and 王守义", {"penalties": people}, []))
    wrong = next(f"62070220260518{d:04d}" for d in range(10000)
                 if not _id_check_ok(f"62070220260518{d:04d}"))
    for token, text in (("梁家墩镇", "在梁家墩镇设立仓库。"), ("王府井百货", "在王府井百货设专柜。"),
                        ("李宁牌运动鞋", "当事人销售假冒李宁牌运动鞋32双。"), ("“王守义”牌十三香", "当事人销售的“王守义”牌十三香为假冒产品。"),
                        ("“李宁”商标", "当事人销售侵犯“李宁”商标专用权的服装。"),
                        (wrong, f"案件编号{wrong}。"), (f"张市监罚〔2026〕{wrong}号", f"依据张市监罚〔2026〕{wrong}号决定。")):
        out.append(Case("overscrub", f"overscrub: {token}", {"penalties": [org(违法事实=text)]}, [], public=[token]))
    # Public identifiers are public per field and per cell (issue 16): the registration number above
    # in another record's 许可编号 or 税务登记号 is withheld there; a card-shaped licence number is
    # public as its licence's 许可编号 and masked when written into another record's text.
    # The acceptance fixture's shape: a 个体工商户 with the placeholder credit code, whose page is then
    # addressed by its 工商注册号 (entity/<regno>/, entity/<regno>.json): public as that cell.
    shop_regno = next(f"62070260122{d:03d}" + c for d in range(1000) for c in "0123456789"
                      if mod_11_10.is_valid(f"62070260122{d:03d}" + c) and f"{d:03d}" != "001")
    shop = penalty_row(行政相对人名称="甘州区老郑牛肉面馆", 行政相对人类别="个体工商户", 统一社会信用代码="00000000000000000X",
                       工商注册号=shop_regno, 法定代表人=next(names), 行政处罚决定书文号=decision())
    out.append(Case("identifier", "stop-15digit-id-valid-regno: a 个体工商户 addressed by its ID-like 工商注册号",
                    {"penalties": [shop]}, [], public=[f"entity/{shop_regno}/"]))
    out.append(Case("identifier", "stop-15digit-id-valid-regno: the same number as another record's 税务登记号",
                    {"penalties": [org(税务登记号=regno)]}, [], codes=["personal-id-in-identifier"]))
    licence_no = next(f"622202{7654321:09d}{d}" for d in range(10) if _luhn(f"622202{7654321:09d}{d}"))
    licence = license_row(行政相对人名称="甘州区许卡餐饮有限公司", 统一社会信用代码=make_uscc(960), 许可编号=licence_no,
                          行政许可决定文书号="甘州市监许〔2026〕960号")
    out.append(Case("identifier", "a card-shaped 许可编号: public as its cell, masked in another record's text",
                    {"licenses": [licence], "penalties": [org(违法事实=f"经查，当事人收款账号{licence_no}。")]}, [],
                    public=[licence_no, "经查，当事人收款账号[已隐去]。"]))
    # ... but an ID written into a decision number is still an ID (a valid check digit).
    pid = "620702198001011346"
    out.append(Case("written", "an ID written into a decision number", {"penalties": [org(违法事实=f"依据张市监罚〔2026〕{pid}号决定。")]},
                    [pid]))
    return out


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _id_check_ok(first18: str) -> bool:
    from generator.validate import ric_check_digit

    return ric_check_digit(first18[:17]) == first18[17]


def _third_pass(serial: _Serial, names: Iterator[str], org: Any, person: Any, business: Any) -> list[Case]:
    """Cases of the third adversarial pass (/work/notes/adv3-report.md; folders under
    /work/notes/adv3-cases/ named in each title), re-made with synthetic values."""
    out: list[Case] = []
    # IDs and mobiles written with separators, homoglyphs and numerals the normaliser did not read.
    superscripts = {"id-colon": ":", "id-apostrophe": "'", "id-ascii-pipe": "|", "id-plus": "+", "id-star-symbol": "★",
                    "id-ellipsis-between": "…"}
    for k, (folder, sep) in enumerate(superscripts.items()):
        pid = make_id(f"1976{k + 1:02d}2{k}", 460 + k)
        written = sep.join((pid[:6], pid[6:14], pid[14:]))
        out.append(Case("written", f"{folder}: {written}", {"penalties": [org(违法事实=f"经查，当事人员工身份证号码{written}。")]},
                        [pid]))
    for k, (folder, shape) in enumerate((("id-square-brackets", "[{}][{}][{}]"), ("id-lenticular-brackets", "【{}】【{}】【{}】"),
                                         ("id-html-span", "{}<span>{}</span>{}"))):
        pid = make_id(f"1975{k + 4:02d}1{k}", 470 + k)
        written = shape.format(pid[:6], pid[6:14], pid[14:])
        out.append(Case("written", f"{folder}: {written}", {"penalties": [org(违法事实=f"经查，当事人员工身份证号码{written}。")]},
                        [pid]))
    for k, (folder, table) in enumerate((
            ("id-cyrillic-O", str.maketrans("0", "\u041e")), ("id-greek-Omicron", str.maketrans("0", "\u039f")),
            ("id-suzhou-numerals", str.maketrans("0123456789", "〇〡〢〣〤〥〦〧〨〩")),
            ("id-enclosed-ideograph", str.maketrans("0123456789", "〇㊀㊁㊂㊃㊄㊅㊆㊇㊈")),
            ("id-double-circled", str.maketrans("0123456789", "⓪⓵⓶⓷⓸⓹⓺⓻⓼⓽")))):
        pid = make_id(f"1971{k + 1:02d}2{k}", 480 + k)
        written = pid.translate(table)
        out.append(Case("written", f"{folder}: {written}", {"penalties": [org(违法事实=f"经查，当事人员工身份证号码{written}。")]},
                        [pid]))
        phone = _mobile(300 + k)
        out.append(Case("written", f"mobile-*: {phone.translate(table)}",
                        {"penalties": [org(备注=f"联系人手机{phone.translate(table)}，已回访。")]}, [phone]))
    pid = make_id("19880722", 418)
    refs = "".join(f"&#{ord(c)};" for c in pid)
    out.append(Case("written", "id-html-numeric-refs: an ID as character references (a gate stop before)",
                    {"penalties": [org(违法事实=f"经查，身份证号码{refs}。")]}, [pid]))
    # Documents in identifier columns and in text.
    for k, (column, value) in enumerate((("工商注册号", "EA1234567"), ("税务登记号", "H60123456"), ("事业单位证书号", "G12345678"),
                                         ("税务登记号", "962840198806150072"), ("税务登记号", "62070285031000101"))):
        folder = "passport-in-identifier" if k < 3 else "fpr-new-in-identifier" if k == 3 else "taxno-15id-plus-suffix"
        out.append(Case("identifier", f"{folder}: {column} = {value}", {"penalties": [org(**{column: value})]}, [value],
                        codes=["personal-id-in-identifier"]))
    # Adversarial round 5 (identifier-letter-for-digit-ids): the operator's ID with I for 1 / B for 8 as the
    # 工商注册号 of a 个体工商户 without a credit code became its page address.
    for k, letters in enumerate(({"1": "I"}, {"8": "B"}, {"6": "G", "5": "S"})):
        pid = make_id("19850815", 640 + k)
        spelled = "".join(letters.get(c, c) for c in pid)
        shop_k = business(f"甘州区{'甲乙丙'[k]}记小吃店", next(names), 统一社会信用代码="00000000000000000X", 工商注册号=spelled)
        out.append(Case("identifier", f"identifier-letter-for-digit-ids: 工商注册号 {spelled[:6]}… (page address)",
                        {"penalties": [shop_k]}, [spelled, pid], codes=["personal-id-in-identifier"]))
    shop = business("甘州区安娜面包房", next(names), 统一社会信用代码="00000000000000000X", 工商注册号="EB7654321")
    out.append(Case("identifier", "passport-in-identifier: a passport as the 工商注册号 of a 个体工商户 (page address)",
                    {"penalties": [shop]}, ["EB7654321"], codes=["personal-id-in-identifier"]))
    for folder, planted, text in (
            ("fpr-new-in-text", "96284019860413009X", "外国人永久居留身份证号码96284019860413009X"),
            ("passport-foreign-shapes", "545123987", "美国护照号码：545123987"),
            ("passport-foreign-shapes", "J8369854", "印度护照J8369854"),
            ("passport-foreign-shapes", "548812376", "Passport No. 548812376"),
            ("hk-tw-id-cards", "A123456", "香港身份证号码A123456(7)"),
            ("hk-tw-id-cards", "F223456789", "台湾身份证字号F223456789"),
            ("mainland-exit-permit", "CJ3456789", "往来港澳通行证CJ3456789"),
            ("contacts-other-apps", "zhyy_8824fx", "当事人通过支付宝账号zhyy_8824fx收取货款"),
            ("contacts-other-apps", "dy_tx20261988", "当事人在抖音号dy_tx20261988直播销售"),
            ("email-no-tld", "lihua_88", "当事人通过邮箱lihua_88@163收取订单"),
            ("wechat-spellings", "lzyy20261988", "加微 lzyy20261988 可购买"),
            ("wechat-spellings", "kkzz_19882026", "微 信：kkzz_19882026 联系购买"),
            ("qq-wechat-keywords-2", "2784513692", "通过Q号2784513692收款"),
            ("qq-wechat-keywords-2", "qwer_20261988", "加薇信 qwer_20261988"),
            ("landline-keywords", "8212315", "当事人固话8212315，宅电8213456"),
            ("landline-keywords", "270802010900123", "当事人存折号270802010900123用于收款"),
            ("id-split-two-columns", "6207021985", "员工身份证号码前十位6207021985")):
        out.append(Case("uncovered", f"{folder}: {text}", {"penalties": [org(违法事实=f"经查，{text}。")]}, [planted]))
    # Home addresses: after 户口所在地, before 的房屋, flats, and third persons' homes in any record.
    for folder, planted, text, own in (
            ("address-hukou", "陈寨村三社12号", "当事人户口所在地甘州区党寨镇陈寨村三社12号。", True),
            ("address-hukou", "徐赵寨村五社8号", "送货上门至当事人位于甘州区上秦镇徐赵寨村五社8号的房屋。", True),
            ("address-urban-no-hao", "3栋2单元501", "当事人家住甘州区欣荣小区3栋2单元501，在家中加工销售腊肉。", True),
            ("address-urban-no-hao", "A座1201室", "当事人住址：甘州区万达广场A座1201室。", True),
            ("address-third-person-in-org", "流泉村四社9号", "员工王某家住甘州区新墩镇流泉村四社9号，长期在该处存放涉案产品。", False)):
        row = person(next(names), 违法事实=text) if own else org(违法事实=text)
        out.append(Case("uncovered", f"{folder}: {text}", {"penalties": [row]}, [planted]))
    # Names: quotes after role words, rare surnames, other roles, Tibetan names, a child before an age.
    for folder, text in (("names-in-quotes", "消费者“{}”反映当事人销售过期食品。"), ("names-rare-surnames", "消费者仉{}反映。"),
                         ("names-other-roles", "老板娘{}称不知情。"), ("names-other-roles", "网红主播{}直播销售。"),
                         ("names-children-titles", "幼儿{}（3岁）误食当事人销售的干燥剂。"),
                         ("names-minor-honour", "诚信少年（{}，12岁）")):
        name = next(names)
        if folder == "names-rare-surnames":
            name = name[1:]
        planted = ("仉" + name) if folder == "names-rare-surnames" else name
        out.append(Case("names", f"{folder}: {text.format(name)}", {"penalties": [org(违法事实=text.format(name))]}, [planted]))
    for folder, text in (("names-other-roles", "老板娘{}当场承认销售过期食品。"), ("names-spaced-third", "消费者 {} 反映当事人缺斤少两。"),
                         ("names-spaced-third", "员工{}无证上岗。")):
        name = next(names)
        written = " ".join(name) if "消费者" in text else "\u3000".join(name) if "员工" in text else name
        out.append(Case("names", f"{folder}: {text.format(written)}", {"penalties": [org(违法事实=text.format(written))]},
                        [name]))
    out.append(Case("overscrub", "a business's name after 当事人 stays", {"penalties": [org(违法事实="当事人冯记饭馆未亮照。")]}, [],
                    public=["当事人冯记饭馆未亮照"]))
    out.append(Case("names", "names-latin: 外籍员工John Smith", {"penalties": [org(违法事实="外籍员工John Smithers未办理工作许可。")]},
                    ["John Smithers"]))
    out.append(Case("names", "names-latin: 消费者Li Xiaoming（李小翀）", {"penalties": [org(违法事实="消费者Li Xiaoming（李小翀）反映。")]},
                    ["Li Xiaoming", "李小翀"]))
    latin_own = next(names)
    out.append(Case("names", "names-latin: the party's own name in pinyin after it",
                    {"penalties": [person(latin_own, 违法事实=f"当事人{latin_own}（SHAO CHONGCHEN）未取得许可经营。")]},
                    ["SHAO CHONGCHEN", latin_own]))
    out.append(Case("names", "names-in-quotes: 经办人员：《…》", {"penalties": [org(备注=f"经办人员：《{(q := next(names))}》")]}, [q]))
    out.append(Case("names", "names-minority-no-surname: 消费者扎西顿翀反映", {"penalties": [org(违法事实="消费者扎西顿翀反映当事人。")]},
                    ["扎西顿翀"]))
    # A 个体工商户 named like a person with no operator given; a minor operator's ID in 证件号码.
    bare = next(names)
    out.append(Case("names", "business-named-person-no-operator: 个体工商户 named like a person",
                    {"penalties": [business(f"甘州区{bare}", "")]}, [bare], public=[f"甘州区{bare[0]}**"]))
    minor = business(f"甘州区{next(names)}小卖部", next(names), 证件类型="身份证", 证件号码=make_id("20100305", 512))
    out.append(Case("minors", "minor-business-id-in-zhengjianhaoma: the operator's ID in 证件号码",
                    {"penalties": [minor]}, [minor["行政处罚决定书文号"]]))
    # Date-coded 18-digit numbers whose ID check digit is wrong (the national 施工许可证 numbering; folders
    # lost-licences-withheld-fallback-key, stale-withdrawal-of-id-shaped-key): public, not withheld.
    for k in range(2):
        number = next(f"62070220260{518 + k}{d:04d}" for d in range(100, 10000) if not _id_check_ok(f"62070220260{518 + k}{d:04d}"))
        licence = license_row(行政相对人名称=f"甘州区建{k}建筑有限公司", 统一社会信用代码=make_uscc(980 + k), 许可编号=number,
                              行政许可决定文书号="")
        out.append(Case("overscrub", f"lost-licences-withheld-fallback-key: 许可编号 {number} as the licence's key",
                        {"licenses": [licence]}, [], public=[number]))
    out.append(Case("overscrub", "overscrub-boilerplate-yingdang / 阴凉区", {"penalties": [org(
        违法事实="当事人阴凉区温湿度监测设备未正常运行。", 处罚内容="罚款2000元。当事人应当自收到本决定书之日起十五日内，将罚款缴至指定银行。")]}, [],
        public=["当事人阴凉区温湿度监测设备未正常运行", "当事人应当自收到本决定书之日起十五日内"]))
    for folder, text in (("names-approver-roles", "审批人{}签字。"), ("names-approver-roles", "经手人{}，收款无误。"),
                         ("names-dual-penalty-persons", "对直接负责的主管人员{}处以罚款5000元。"),
                         ("names-dual-penalty-persons", "并对责任人{}给予警告。"), ("names-family-neighbours", "其儿媳{}在店内帮忙销售。"),
                         ("names-family-neighbours", "隔壁商户{}证实当事人夜间施工。"), ("names-family-neighbours", "快递小哥{}送达时发现包裹破损。")):
        name = next(names)
        out.append(Case("names", f"{folder}: {text.format(name)}", {"penalties": [org(违法事实=text.format(name))]}, [name]))
    for folder, token in (("overscrub-boilerplate-chenshu", "本局依法告知当事人陈述、申辩的权利"),
                          ("overscrub-boilerplate-chenshu", "当事人陈述：不知道产品已过期"),
                          ("overscrub-elevator-registration", "梯11甘G00123(18)"),
                          ("overscrub-batch-numbers", "生产批号为18120501234的奶粉")):
        out.append(Case("overscrub", f"{folder}: {token}", {"penalties": [org(违法事实=f"经查，{token}。")]}, [], public=[token]))
    # Over-scrubbing: words after 当事人, common-word names, ethnic townships, parks, brands.
    for token in ("当事人公司所属货车超载", "当事人单位未建立进货查验台账", "当事人门店未亮照经营", "当事人车间未消毒",
                  "当事人曾因同类违法行为受过处罚", "当事人申辩称不知道产品过期", "当事人海鲜池未定期清洗", "当事人金店未明码标价",
                  "当事人（原工商注册号620702600123127）未按规定公示年度报告"):
        out.append(Case("overscrub", f"overscrub-role-word-phrases: {token}", {"penalties": [org(违法事实=token + "。")]}, [],
                        public=[token]))
    people = [person(n) for n in ("信用", "文明", "国庆", "高新", "卫健", "平山湖", "甘泉", "周大福", "国美")]
    out.append(Case("overscrub", "stop-person-named-xinyong / -wenming / overscrub-common-word-names-2 / "
                    "overscrub-place-ethnic-township / overscrub-brands-2: natural persons named like words",
                    {"penalties": people}, []))
    for token in ("国庆节期间", "高新技术企业", "甘州区卫健局移送", "在平山湖蒙古族乡", "甘泉公园附近", "假冒周大福珠宝首饰",
                  "冒用国美电器名义", "统一社会信用代码"):
        out.append(Case("overscrub", f"overscrub-common-word-names-2 …: {token}", {"penalties": [org(违法事实=f"经查，{token}。")]},
                        [], public=[token]))
    return out


def _third_pass_gaps(names: Iterator[str], org: Any, person: Any) -> list[Case]:
    """The gaps the third pass left (/work/notes/closing2.md, "Noticed but left"; folders under
    /work/notes/adv3-cases/ named in each title), re-made with synthetic values."""
    out: list[Case] = []
    for k in range(3):  # id-url-encoded: each digit as its URL escape (a page source shows the ID)
        pid = make_id(f"1988072{k + 1}", 418 + k)
        escaped = "".join(f"%{ord(c):02X}" for c in pid)
        out.append(Case("written", f"id-url-encoded: {escaped[:12]}…", {"penalties": [org(违法事实=f"经查，当事人员工身份证号码{escaped}。")]},
                        [pid], public=["经查，当事人员工身份证号码[已隐去]。"]))
    phone = _mobile(777)
    out.append(Case("written", "id-url-encoded: a mobile as URL escapes",
                    {"penalties": [org(备注="联系人手机" + "".join(f"%{ord(c):02X}" for c in phone) + "，已回访。")]}, [phone],
                    public=["联系人手机[已隐去]，已回访。"]))
    for k in range(3):  # id-split-two-columns: the first ten digits in 违法事实, the last eight in 备注
        pid = make_id(f"1985052{k}", 440 + k)
        row = org(违法事实=f"员工身份证号码前十位{pid[:10]}，", 备注=f"后八位{pid[10:]}。")
        out.append(Case("uncovered", "id-split-two-columns: 前十位 in one cell, 后八位 in another", {"penalties": [row]},
                        [pid[:10], pid[10:]], public=["后八位[已隐去]。"]))
    name = next(names)
    pid = make_id("19850601", 450)
    out.append(Case("written", "id-split-two-columns: the first ten digits of the party's own ID, bare, spaced",
                    {"penalties": [person(name, 证件号码=pid, 备注=f"证件 {pid[:4]} {pid[4:10]}")]}, [pid[:10], name]))
    # Over-scrubbing: a bare brand that reads as a name (周黑鸭 was masked as 周**).
    for token in ("当事人购进周黑鸭卤制品20盒", "销售周黑鸭鸭脖", "在谭鸭血火锅店就餐"):
        out.append(Case("overscrub", f"overscrub-brands: {token}", {"penalties": [org(违法事实=f"经查，{token}。")]}, [],
                        public=[token]))
    # names-latin: the Chinese spelling after a Latin name, longer than four characters, with its dot.
    for text, planted in (("外籍员工Alexander Petrov（亚历山大彼得罗夫）未办理工作许可。", "亚历山大彼得罗夫"),
                          ("消费者John Smithson（约翰·史密森）反映。", "约翰·史密森")):
        out.append(Case("names", f"names-latin: {planted}", {"penalties": [org(违法事实=text)]}, [planted]))
    return out


def _fourth_pass(names: Iterator[str], org: Any, person: Any, business: Any) -> list[Case]:
    """Cases of the fourth adversarial pass (/work/notes/adv4-report.md; folders under
    /work/notes/adv4-cases/ named in each title), re-made with synthetic values."""
    out: list[Case] = []
    # names-evidence-and-staff-roles: the persons of a decision's evidence and a clinic's or kitchen's staff
    # (《市场监督管理行政处罚文书格式范本（2021年修订版）》: 询问笔录, 现场笔录, 鉴定意见).
    for role in ("被询问人", "被检查人", "鉴定人", "订货人", "厨师长", "保安员", "医师", "护士", "药师", "技术员", "合伙人",
                 "承包人", "询问笔录（被询问人：", "现场检查笔录（当事人委托的"):
        name = next(names)
        out.append(Case("names", f"names-evidence-and-staff-roles: {role}",
                        {"penalties": [org(违法事实=f"经查，{role}{name}在场，当事人未取得许可从事诊疗活动。")]}, [name]))
    name = next(names)
    out.append(Case("names", "names-evidence-and-staff-roles: a rare surname the tagger glues to the role (被检查人韶…)",
                    {"penalties": [org(违法事实=f"经查，被检查人韶{name[1:]}在场。")]}, ["韶" + name[1:]]))
    # phone-intl-landline: a landline in international form, without the trunk 0.
    for k, written in enumerate(("+86-936-82{:05d}", "+86 936 82{:05d}", "0086-936-82{:05d}")):
        number = written.format(12316 + k)
        digits = "".join(c for c in number if c.isdigit())
        out.append(Case("uncovered", f"phone-intl-landline: {number}",
                        {"penalties": [org(备注=f"员工王某私人电话{number}，已核实。")]}, [digits[-10:]]))
    # card-pci-masked: a card printed with its middle masked (first six and last four digits).
    out.append(Case("uncovered", "card-pci-masked: 卡号622202******7894",
                    {"penalties": [org(违法事实="当事人通过其本人银行卡（卡号622202******7894）收取货款。")]}, ["622202******7894"],
                    public=["当事人通过其本人银行卡（卡号[已隐去]）收取货款。"]))
    # stop-phone-word-before-date: 联系 before a date (past or future) is no phone (a gate stop before).
    out.append(Case("overscrub", "stop-phone-word-before-date: 已告知联系人，2027-10-01",
                    {"penalties": [org(违法事实="检查结果已电话告知联系人", 处罚有效期="2027-10-01")]}, [],
                    public=["检查结果已电话告知联系人"]))
    # names-in-org-party-cells: a person named inside an organisation's name or beside its representative.
    for k, suffix in enumerate(("（联系人：{}）", "（店长{}）", "（推荐人{}）", " 委托代理人{}")):
        name = next(names)
        party = f"甘州区恒隙{k}商贸有限公司" + suffix.format(name)
        out.append(Case("names", f"names-in-org-party-cells: {suffix.format('…')}",
                        {"penalties": [org(行政相对人名称=party)]}, [name], public=[f"甘州区恒隙{k}商贸有限公司"]))
    rep, other_person = next(names), next(names)
    out.append(Case("names", "names-in-org-party-cells: 法定代表人 王…（实际经营人…）",
                    {"penalties": [org(法定代表人=f"{rep}（实际经营人{other_person}）")]}, [other_person], public=[rep]))
    # layout2016-persons-as-parties: a bare person's name with a valid organisation code; an operator
    # written with its role after the name.
    bare = next(names)
    out.append(Case("names", "layout2016-persons-as-parties: a person's name with a valid 91 code",
                    {"penalties": [org(行政相对人名称=bare)]}, [bare], codes=["party-looks-like-person"]))
    operator = next(names)
    out.append(Case("names", "layout2016-persons-as-parties: operator 柏…（经营者）",
                    {"penalties": [business(f"甘州区{operator}烧烤店", f"{operator}（经营者）")]}, [operator],
                    public=[f"甘州区{operator[0]}**烧烤店"]))
    # every-column-entities: a contact person typed after an organisation's registered address (住所).
    name, pid, phone = next(names), make_id("19750505", 601), _mobile(601)
    entity = {"统一社会信用代码": make_uscc(1601), "主体名称": "甘州区恒住商贸有限公司", "主体类型": "有限责任公司",
              "法定代表人": "赵钱", "成立日期": "2019-05-01", "登记机关": "甘州区市场监督管理局",
              "住所": f"甘州区北街8号（联系人{name}，身份证号{pid}，手机{phone}）", "经营范围": "日用百货", "登记状态": "存续"}
    out.append(Case("names", "every-column-entities: a contact person after an organisation's 住所", {"entities": [entity]},
                    [name, pid, phone], public=["甘州区北街8号"]))
    # Over-scrubbing: the 格式范本's sentence before a penalty, storage and foods jieba tags as names,
    # persons named like the places of the province.
    for token in ("依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，应予处罚", "当事人的行为违反了上述规定，应予处罚",
                  "当事人后厨冷藏柜内存放过期食品；当事人龙虾池未清洗", "当事人销售的胡萝卜、石斛、何首乌"):
        out.append(Case("overscrub", f"overscrub-yingyu-and-storage: {token}", {"penalties": [org(违法事实=token + "。")]}, [],
                        public=[token]))
    places = [person(p) for p in ("金昌", "高台", "山丹", "白银", "武威", "华亭")]
    out.append(Case("overscrub", "overscrub-persons-named-like-places: natural persons named 金昌, 高台, 山丹 …",
                    {"penalties": places}, []))
    out.append(Case("overscrub", "overscrub-persons-named-like-places: the places in another record",
                    {"penalties": [org(违法事实="当事人从白银市、武威市购进货物，销往金昌、高台、山丹、华亭等地。")]}, [],
                    public=["销往金昌、高台、山丹、华亭等地"]))
    out.extend(_fourth_pass_more(names, org))
    out.extend(_fourth_pass_last(names, org, person, business))
    return out


def _fourth_pass_last(names: Iterator[str], org: Any, person: Any, business: Any) -> list[Case]:
    """The fourth pass's cases fixed last (folders under /work/notes/adv4-cases/ named in each title)."""
    out: list[Case] = []
    # operator-cell-benren: a 个体工商户 listed under its operator's name, the operator cell "the name above".
    for k, word in enumerate(("本人", "同上", "同左", "见名称")):
        shop = next(names)
        name = shop if k % 2 == 0 else f"甘州区{shop}"
        out.append(Case("names", f"operator-cell-benren: 个体工商户 {name if k % 2 else '…'} with operator {word}",
                        {"penalties": [business(name, word)]}, [shop]))
    # operator-other-person: a business named with one person's name, run by another.
    shop, other_person = next(names), next(names)
    out.append(Case("names", "operator-other-person: 个体工商户 named after one person, run by another",
                    {"penalties": [business(shop, other_person)]}, [shop, other_person]))
    # two-persons-one-party-and-operator-spellings / own-name-decorated-party: a role or sex after the name.
    for suffix in ("（女）", "（负责人）"):
        operator = next(names)
        out.append(Case("names", f"two-persons-one-party-and-operator-spellings: operator …{suffix}",
                        {"penalties": [business(f"甘州区{operator}烧烤店", operator + suffix)]}, [operator],
                        public=[f"甘州区{operator[0]}**烧烤店"]))
    own = next(names)
    out.append(Case("names", "own-name-decorated-party: party 殷…（女）, its name in its own facts",
                    {"penalties": [person(own + "（女）", 违法事实=f"{own}于2026年9月在集市无照经营。")]}, [own]))
    # overscrub-yu-time-words: 于 + a time word after a role word is the date of a fact.
    for token in ("当事人于当日将上述产品全部下架", "被投诉人于当天为其办理退货", "经营者于凌晨销售"):
        out.append(Case("overscrub", f"overscrub-yu-time-words: {token}", {"penalties": [org(违法事实=token + "。")]}, [],
                        public=[token]))
    # address-new-lead-words: a delivery address, a domicile, flats written 3-2-511, a home in brackets.
    for k, (text, planted, own_record) in enumerate((
            ("收货地址为甘州区南关小区13号楼2单元50{}室", "13号楼2单元50{}室", False),
            ("投诉人住所地：甘州区梁家墩镇太平堡村五社2{}号", "太平堡村五社2{}号", False),
            ("送货至甘州区欣荣小区12栋1单元30{}", "12栋1单元30{}", False),
            ("在其位于甘州区南关小区3-2-51{}的出租屋内经营", "3-2-51{}", True),
            ("在自家院内（甘州区党寨镇陈寨村{}社）加工豆腐", "陈寨村{}社", True))):
        row = person(next(names), 违法事实=text.format(k + 1)) if own_record else org(违法事实=text.format(k + 1))
        out.append(Case("uncovered", f"address-new-lead-words: {text.format('…')}", {"penalties": [row]},
                        [planted.format(k + 1)]))
    # plate-variants, email-antispam-spellings, contacts-slang.
    for text, planted in (("当事人使用甘G1234挂半挂车运输", "甘G1234挂"), ("甘G5678学教练车", "甘G5678学"), ("甘G临9012号车辆", "甘G临9012"),
                          ("联系邮箱lihua2026(a)163.com", "lihua2026"), ("邮箱zhangwei88{at}qq{dot}com", "zhangwei88"),
                          ("邮箱liuyang66圈163.com", "liuyang66"), ("被投诉人让消费者加 v：vv_dz2026 付款", "vv_dz2026"),
                          ("订购请加绿泡泡 lvpp_8823fx", "lvpp_8823fx"), ("加我 ad_zhyy8823（微 信）下单", "ad_zhyy8823")):
        out.append(Case("uncovered", f"plate-variants / email-antispam-spellings / contacts-slang: {text}",
                        {"penalties": [org(违法事实=f"经查，{text}。")]}, [planted]))
    # escaped-line-breaks(-2): a line break escaped as text between a number's groups.
    for k, sep in enumerate(("&lt;br&gt;", "\\n", "_x000D_")):
        pid = make_id(f"199{k + 2}0{k + 4}0{k + 4}", 798 + k)
        out.append(Case("written", f"escaped-line-breaks: an ID broken by {sep}",
                        {"penalties": [org(违法事实=f"雇员身份证号码{pid[:6]}{sep}{pid[6:]}。")]}, [pid, pid[6:]]))
    # voluntary-entity-writes-about-persons: an entity writes about a person in its own text.
    for text in ("{}欠我司货款5万元拒不归还", "失信人{}欠款不还", "遗失声明：{}遗失身份证"):
        name = next(names)
        out.append(Case("names", f"voluntary-entity-writes-about-persons: {text.format('…')}",
                        {"penalties": [org(违法事实=text.format(name) + "。")]}, [name]))
    # identifier-17digit-and-fullwidth-docs, identifier-x-as-times: identifier cells written differently.
    for column, value in (("税务登记号", make_id("19870707", 906)[:17]), ("工商注册号", "Ｅ98765432"),
                                         ("税务登记号", "EA 7654321"), ("税务登记号", make_id("19880808", 903)[:17] + "×")):
        out.append(Case("identifier", f"identifier-17digit-and-fullwidth-docs / identifier-x-as-times: {column} {value}",
                        {"penalties": [org(**{column: value})]}, [value.replace(" ", "").replace("×", "")],
                        codes=["personal-id-in-identifier"]))
    shop = next(names)
    out.append(Case("names", "operator-cell-benren: 个体工商户 …（个体） with operator 见名称",
                    {"penalties": [business(f"{shop}（个体）", "见名称")]}, [shop]))
    out.append(Case("overscrub", "overscrub-yingyu-variants: 当事人上述行为，应予以处罚",
                    {"penalties": [org(违法事实="当事人上述行为，应予以处罚。")]}, [], public=["当事人上述行为，应予以处罚"]))
    # minor-operator-spaced-id (adv3, still open in round 4): a minor operator's ID written with separators.
    for k, shape in enumerate(("{} {} {}", "{}.{}{}")):
        pid = make_id(f"201{k}0608", 61 + k)
        shop = business(f"甘州区{next(names)}文具店", next(names), 法定代表人证件类型="身份证",
                        法定代表人证件号码=shape.format(pid[:6], pid[6:14], pid[14:]))
        out.append(Case("minors", f"minor-operator-spaced-id: {shape}", {"penalties": [shop]}, [shop["行政处罚决定书文号"]]))
    # names-traditional-script: a text written wholly in traditional characters.
    trad = "楊" + next(names)[1:]
    out.append(Case("names", "names-traditional-script: 顧客楊…在店內用餐後出現腹瀉",
                    {"penalties": [org(违法事实=f"顧客{trad}在店內用餐後出現腹瀉。")]}, [trad]))
    # The property test's find: an ID after a code's digits and a separator.
    pid = make_id("20000101", 1)
    out.append(Case("written", "an ID after a code fragment (a0，…)", {"penalties": [org(违法事实=f"编号a0，{pid}，已核实。")]}, [pid]))
    return out


def _fourth_pass_more(names: Iterator[str], org: Any) -> list[Case]:
    """The fourth pass's cases fixed after its first report (folders named in each title)."""
    out: list[Case] = []
    # birthdate-third-person-in-text: the 格式范本's description of a person, a child worker's birth date.
    for text, planted in (("经查，当事人雇佣的员工卜某，男，汉族，1986年9月23日出生，住甘州区新墩镇，未取得健康证明上岗。", "1986年9月23日"),
                          ("当事人雇佣童工卜某某（2012年4月17日出生）从事搬运工作。", "2012年4月17日"),
                          ("员工卜某（出生日期：2010-03-05）在店内帮工。", "2010-03-05")):
        out.append(Case("minors", f"birthdate-third-person-in-text: {planted}", {"penalties": [org(违法事实=text)]}, [planted]))
    # complaints-complainant-words: how 12315 work orders name the complainant (rare surname 濮).
    for text in ("诉求人{}要求被投诉人退还预付卡余额。", "来电人{}反映被投诉人拒不退款。", "{}来电反映在被投诉人处购买的手机有质量问题。",
                 "{}：要求退一赔三。", "{}等5名消费者反映被投诉人健身房关门跑路。"):
        name = "濮" + next(names)[1:]
        out.append(Case("names", f"complaints-complainant-words: {text.format('…')}",
                        {"penalties": [org(违法事实=text.format(name))]}, [name]))
    # names-common-after-unlisted-roles / names-verb-contexts: roles by their last character, verbs.
    for text in ("经查，伤者{}证实，当事人于2026年5月销售不合格商品。", "经查，网格员{}证实。", "经查，兽医{}证实。",
                 "经查，辅警{}证实。", "经查，保姆{}证实。", "经查，其侄{}证实。", "外卖员{}反映在被投诉人处购买的商品存在质量问题。",
                 "岳父{}反映。", "经查，由{}负责进货。", "据{}交代，货物来自兰州。", "当事人将营业执照出租给{}使用。",
                 "并委托{}办理年报。", "执法人员在{}家中查获假冒白酒。", "当事人雇佣{}（身份证号[已隐去]）从事电焊作业。"):
        name = next(names)
        out.append(Case("names", f"names-common-after-unlisted-roles / names-verb-contexts: {text.format('…')}",
                        {"penalties": [org(违法事实=text.format(name))]}, [name]))
    # The lead's probe of 12315 summaries (session 4): a name before a kinship word or a verb of
    # talking it over (经与…沟通/协商: the closing words of work orders), a compound surname.
    for text in ("据反映，{}之子（12岁）在店内受伤。", "经与{}沟通，双方达成和解。", "经商家与{}协商一致，退还货款。",
                 "经调解员与{}电话沟通，消费者撤回投诉。", "与{}通话后，商家同意退款。", "{}一家在餐厅就餐时发现异物。"):
        for name in (next(names), "欧阳" + next(names)[1:]):
            out.append(Case("names", f"lead-probe-12315-closing-words: {text.format('…')}",
                            {"penalties": [org(违法事实=text.format(name))]}, [name]))
    # The lead's probe of penalty facts: an age between the role word and a (famous, dictionary) name.
    for text in ("当事人雇佣16周岁的{}从事夜间加工作业。", "当事人招用年仅十五岁的{}在后厨帮工。", "经查，未满16周岁的{}在店内饮酒。"):
        for name in ("李小龙", next(names)):
            out.append(Case("minors", f"lead-probe-age-before-name: {text.format('…')}",
                            {"penalties": [org(违法事实=text.format(name))]}, [name]))
    # The lead's probe: kin by their last character (表弟, 亲戚, 姑父, 外婆), a contract signed with a
    # person, 阎 (闫 as many write it).
    for text in ("当事人委托其表弟{}代为经营。", "当事人将货物交由其亲戚{}保管。", "当事人雇佣其姑父{}看店。", "其外婆{}陪同就诊。",
                 "当事人与{}签订了租赁合同。"):
        name = next(names)
        out.append(Case("names", f"lead-probe-kin-and-contracts: {text.format('…')}",
                        {"penalties": [org(违法事实=text.format(name))]}, [name]))
    out.append(Case("names", "lead-probe-kin-and-contracts: 当事人对阎…等3人的证言无异议。",
                    {"penalties": [org(违法事实="当事人对阎振华等3人的证言无异议。")]}, ["阎振华"]))
    # Adversarial round 4's X（电话已核实）反映: a remark in brackets between the name and its verb.
    for text in ("{}（电话已核实）反映商家拒绝退款。", "经查，{}（女，1980年生）系当事人员工。"):
        name = next(names)
        out.append(Case("names", f"adv4-name-bracket-remark-verb: {text.format('…')}",
                        {"penalties": [org(违法事实=text.format(name))]}, [name]))
    # Adversarial round 5 (every-text-field-dot-name-and-l-mobile, names-punctuated-pinyin-brackets): a mark
    # between the surname and the given name after a role word.
    for mark in ("·", "/", "-", "_", "."):
        name = next(names)
        written = name[0] + mark + name[1:]
        out.append(Case("names", f"every-text-field-dot-name: 联系人X{mark}XX",
                        {"penalties": [org(违法事实=f"经查，联系人{written}负责进货。")]}, [written, name]))
        out.append(Case("names", f"names-punctuated-pinyin-brackets: 消费者X{mark}XX于2026年…",
                        {"penalties": [org(违法事实=f"消费者{written}于2026年5月在该店购买白酒。")]}, [written, name]))
    # Adversarial round 5 (names-before-titles): a job title after the name.
    for text in ("据{}店长介绍，货物来自外地。", "据{}组长介绍，该批货物来自外地。", "{}经理表示已整改。", "由{}经理负责进货。",
                 "{}副总经理表示已整改。", "经查，{}主管负责进货。", "{}村长表示不知情。", "据{}掌柜介绍，账目已遗失。"):
        name = next(names)
        out.append(Case("names", f"names-before-titles: {text.format('…')}",
                        {"penalties": [org(违法事实=text.format(name))]}, [name]))
    # Adversarial round 5 (names-outside-bmp): given names with Ext B-F characters of the 通用规范汉字表.
    for k, (text, given) in enumerate((("经查，员工{}负责进货。", "𬀩"), ("消费者{}反映商品质量问题。", "𫍯"),
                                       ("当事人雇佣{}从事电焊作业。", "𫖮"), ("证人{}证实当事人销售过期食品。", "𬭊"))):
        name = "张陈王李"[k] + given
        out.append(Case("names", f"names-outside-bmp: {text.format('…')}",
                        {"penalties": [org(违法事实=text.format(name))]}, [name]))
    # Adversarial round 5 (names-new-contexts): who a text names by what they are or did.
    for text in ("昵称“{}”的用户多次下单。", "该账号实名认证为{}。", "收款码户名某*某（实为{}）。", "借条载明今借到{}人民币5000元。",
                 "市民{}举报该店无证经营。", "被告{}辩称不知情。", "村书记{}证实。", "{}家的孩子在店内用餐时受伤。"):
        name = next(names)
        out.append(Case("names", f"names-new-contexts: {text.format('…')}",
                        {"penalties": [org(违法事实=text.format(name))]}, [name]))
    # The lead (session 4): a given name opening with 家 after a role word (王家 is a dictionary word).
    for text in ("消费者{}反映商家拒绝退款。", "员工{}在店内吸烟。"):
        name = next(names)[0] + "家" + "强豪"[len(out) % 2]
        out.append(Case("names", f"lead-given-name-opening-with-jia: {text.format('…')}",
                        {"penalties": [org(违法事实=text.format(name))]}, [name]))
    # Adversarial round 5 (overscrub-surname-villages-2): villages named 姓+家+营/桥/崖 without 村 stay.
    for text in ("当事人在孙家营三组养殖生猪。", "当事人在李家桥附近摆摊。", "当事人住所：甘州区乌江镇何家营。"):
        out.append(Case("overscrub", f"overscrub-surname-villages-2: {text}", {"penalties": [org(违法事实=text)]}, [],
                        public=[text]))
    # Adversarial round 5 (homoglyph-digits-text): a mobile written with look-alike letters.
    for k, spell in enumerate(({"1": "l"}, {"1": "I"}, {"3": "З", "6": "б", "0": "О"}, {"1": "Ι", "0": "Ο"},
                               {str(d): chr(0x2160 + d - 1) for d in range(1, 10)})):
        phone = _mobile(3990 + k)
        written = "".join(spell.get(c, c) for c in phone)
        out.append(Case("written", f"homoglyph-digits-text: 联系电话{written}",
                        {"penalties": [org(违法事实=f"经查，联系电话{written}，属实。")]}, [written, phone]))
    # Adversarial round 5 (staff-outputs-enum-columns-spelled): a person in a coded column is quoted to staff
    # by `unknown-code`: marks inside the name, Latin spellings, look-alike letters.
    for value, planted in (("蔺/春来", ["蔺/春来", "蔺春来"]), ("王·春明", ["王·春明", "王春明"]),
                           ("Lin Chunwang", ["Lin Chunwang", "Chunwang"]), ("甘G·Α4399", ["Α4399"]),
                           ("kuangwei99 at 163", ["kuangwei99"])):
        out.append(Case("staff", f"staff-outputs-enum-columns-spelled: 处罚类别 {value}",
                        {"penalties": [org(处罚类别=value)]}, planted, staff_only=True))
    # Adversarial round 5 (overscrub-department-titles): a department or a brand before a title stays.
    for text in ("经查，由值班经理负责进货，已整改。", "经查，由部门经理负责进货。", "经查，由采购主管负责。", "海底捞经理表示已整改。",
                 "据巴奴店长介绍，货物来自外地。"):
        out.append(Case("overscrub", f"overscrub-department-titles: {text}", {"penalties": [org(违法事实=text)]}, [],
                        public=[text]))
    # Adversarial round 5 (minors-spelled-ids-and-dates): a 14-year-old operator whose ID is typed with 年 inside, whose
    # document is a passport, or whose birth date is written in the operator cell.
    child = make_id("20120417", 655)
    for k, (rep, rep_type, rep_id) in enumerate(((f"鞠{next(names)[1:]}", "身份证", child[:6] + "年" + child[6:]),
                                                 (f"鞠{next(names)[1:]}", "护照", "E98765431"),
                                                 (f"鞠{next(names)[1:]}（2012年4月17日出生）", "", ""))):
        marker = f"记号未成年经营者{'甲乙丙'[k]}"
        row = org(行政相对人名称=f"甘州区{'子丑寅'[k]}记小吃店", 行政相对人类别="个体工商户", 法定代表人=rep,
                  统一社会信用代码=make_uscc(760 + k, prefix="92"), 违法事实=f"{marker}：当事人销售过期食品。",
                  法定代表人证件类型=rep_type, 法定代表人证件号码=rep_id)
        out.append(Case("minors", f"minors-spelled-ids-and-dates: operator {rep_type or 'birth date in the cell'}",
                        {"penalties": [row]}, [marker]))
    # Adversarial round 5: a child's age after the name, mistyped role words; 韩国籍 stays.
    for text in ("{}今年15岁，系当事人雇佣的童工。", "消费着{}反映商家拒绝退款。", "投诉入{}称商品有质量问题。"):
        name = next(names)
        out.append(Case("names", f"names-new-contexts: {text.format('…')}", {"penalties": [org(违法事实=text.format(name))]},
                        [name]))
    out.append(Case("overscrub", "overscrub-nationality: 当事人（韩国籍）", {"penalties": [org(违法事实="经查，当事人（韩国籍）销售过期食品。")]},
                    [], public=["经查，当事人（韩国籍）销售过期食品。"]))
    # id-derived-document-numbers: numbers made of an ID after their keyword.
    for k, (text, planted) in enumerate((("学生卜某某（学籍号G{}）", "{}"), ("残疾人卜某（残疾人证号{}42）", "{}"),
                                         ("原个体工商户税务登记号{}01，已注销。", "{}"), ("驾驶证号{}。", "{}"))):
        pid = make_id(f"20{12 - 40 * (k % 2):02d}0917" if k == 0 else f"19{72 + k}0112", 730 + k)
        out.append(Case("uncovered", f"id-derived-document-numbers: {text.format('…')}",
                        {"penalties": [org(违法事实=text.format(pid))]}, [planted.format(pid)]))
    # id-glued-to-letters-text: an ID glued to a certificate's letters or with a suffix.
    for k, shape in enumerate(("证号T{}", "操作证号t{}", "工号A{}", "编号NO.{}07", "健康证号码{}A", "证编号JS{}")):
        pid = make_id(f"199002{15 + k:02d}", 787 + k)
        out.append(Case("written", f"id-glued-to-letters-text: {shape.format('…')}",
                        {"penalties": [org(违法事实=f"员工{shape.format(pid)}已过期。")]}, [pid]))
    # id-json-escaped: every digit as a JSON escape (the gate stopped the build before).
    pid = make_id("19870707", 713)
    escaped = "".join(f"\\u{ord(c):04x}" for c in pid)
    out.append(Case("written", "id-json-escaped: \\u0036\\u0032…", {"penalties": [org(违法事实=f"经查，雇员身份证号码{escaped}。")]},
                    [pid], public=["经查，雇员身份证号码[已隐去]。"]))
    return out
