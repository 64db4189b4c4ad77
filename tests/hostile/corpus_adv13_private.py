"""Hostile cases of the thirteenth outside pass on minors, natural persons' codes, organisations' bank accounts and
homes (h17n). Values are synthetic: places are named with 璚 and 瓋, the persons' given names use 瓐瓑, the companies
瓌, characters no other corpus module uses, so a planted value cannot be in a public page by chance; shapes are real.
Sources:

- privacy.md, "Every record whose natural person was a minor on the decision date, and every natural person's record
  whose age cannot be derived": the 出生日期 column as clerks type it (an Excel serial day number, 2010.3.5, 10-03-05,
  二〇一〇年三月, 2010年3月, a 民国 year as 台湾居民来往大陆通行证 holders write it: 《台湾居民来往大陆通行证》 and the
  ROC calendar, 民国元年 = 1912), an ID of a minor in another shape (lower-case x, full-width, typed into the 证件号码
  of a 护照 or a 港澳居民来往内地通行证: GB 11643-1999's number in the wrong document type), a decision date before
  the birth date;
- 《禁止使用童工规定》 (国务院令第364号) art. 2, 4 and 6: 童工 (under 16) and 未成年工 named in a penalty's 违法事实;
- privacy.md "A natural person's party codes" and "证件类型 of natural persons": a 自然人 row with a 统一社会信用代码
  (GB 32100-2015), 工商注册号 (GS15 15 digits) and 税务登记号 (15 digits);
- 《人民币银行结算账户管理办法》 (中国人民银行令〔2003〕第5号) art. 3 and 13: 基本存款账户, 一般存款账户, 对公账户 of an
  organisation written in a decision's 处罚内容 (缴款 or 退还 to an account) with the bank (开户行), spaced in fours, split by a
  line break, after 账号后四位; ISO 13616 (IBAN) for a foreign-trade company's account;
- /work/notes/h15n.md (round 12, "Found but left"): 住 址：… in an organisation's record with no person named,
  安装于…45号, 居住小区：…45号, a house let to a workshop;
- GB/T 23705-2009 (数字城市地理信息公共平台地名/地址编码规则) and 门牌 as written: 3-2-401, 3栋2单元401, Chinese numerals
  (三十五号), rural addresses (…村…组…号, 东北's …屯), an address in traditional characters (號, 樓, 室) and full-width
  digits, an address split by a line break in a cell;
- the columns a platform adds to an export (送达地址, 邮寄地址, 收货地址, 联系地址): 《市场监督管理行政处罚程序规定》 art.
  82 (送达地址确认书).

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py. The same shapes through
`scrub_text` and the build are tests/test_privacy_adv13.py.
"""

from __future__ import annotations

from tests.helpers import make_id, make_uscc
from tests.hostile.corpus import Case, PenaltyRows

MINOR_BORN = "20100305"  # a minor on 2026-03-05, the rows' decision date
ADULT_BORN = "19800305"


def _id_with_check_x(birth: str, start: int) -> str:
    """The first ID born on `birth` from serial `start` whose check character is X."""
    return next(pid for pid in (make_id(birth, n) for n in range(start, start + 200)) if pid.endswith("X"))


def cases() -> list[Case]:
    """The adv13 private-facts cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 171000, "瓌", 71400, 71800, "赵六", ADULT_BORN, 1700, 90)
    org = rows.org
    numbers = 1710000  # 投诉编号 TS-2026-<numbers + n>

    folder = "minors13-birth-written"  # (a passport holder's 出生日期 as clerks type it; the record must not publish)
    for k, written in enumerate(("40242", "2010.3.5", "10-03-05", "二〇一〇年三月", "2010年3月", "民国99年3月5日",
                                 "2010/03/05 00:00:00", "2010年3月")):
        row = rows.person("祁瓐瓑", 证件类型="护照", 证件号码=f"E7{k:07d}", 出生日期=written)
        out.append(Case("minors", f"{folder}: 出生日期 {written}", {"penalties": [row]}, [row["行政处罚决定书文号"], row["证件号码"]]))
    adult = rows.person("祁瓑瓐", 证件类型="护照", 证件号码="E79000001", 出生日期="1980.3.5")
    out.append(Case("overscrub", f"{folder}: an adult's 出生日期 1980.3.5 publishes", {"penalties": [adult]}, [adult["证件号码"]],
                    public=[adult["行政处罚决定书文号"]]))

    folder = "minors13-id-shapes"  # (a minor's ID written otherwise, or in another document's column)
    lower_x = _id_with_check_x(MINOR_BORN, 1700).lower()
    full = make_id(MINOR_BORN, 1701).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    for title, doc_type, number in (("lower-case x", "身份证", lower_x), ("full-width", "身份证", full),
                                    ("护照 holding a mainland ID", "护照", make_id(MINOR_BORN, 1702)),
                                    ("港澳居民来往内地通行证 holding an 18-digit ID", "港澳居民来往内地通行证", make_id(MINOR_BORN, 1703)),
                                    ("15 digits cut from a minor's 18", "身份证", make_id(MINOR_BORN, 1704)[:6] + "100305" + "170"),
                                    ("spaced 6-8-4", "身份证", "{} {} {}".format(*(lambda p: (p[:6], p[6:14], p[14:]))(
                                        make_id(MINOR_BORN, 1705))))):
        row = rows.person("祁瓐瓑", 证件类型=doc_type, 证件号码=number)
        out.append(Case("minors", f"{folder}: {title}", {"penalties": [row]}, [row["行政处罚决定书文号"], number]))
    early = rows.person("祁瓑瓑", 证件号码=make_id(MINOR_BORN, 1706), 处罚决定日期="2009-03-05", 处罚有效期="2027-03-04")
    out.append(Case("minors", f"{folder}: decided before the birth date", {"penalties": [early]},
                    [early["行政处罚决定书文号"]]))

    folder = "minors13-category-and-dates"  # (the party's category typed otherwise; the decision date left out)
    for category in ("个人", "公民", "自然人（个人）", " 自然人"):
        row = rows.person("祁瓐瓑", 行政相对人类别=category, 证件号码=make_id(MINOR_BORN, 1710 + len(category)))
        out.append(Case("minors", f"{folder}: 行政相对人类别 {category!r}", {"penalties": [row]}, [row["行政处罚决定书文号"]]))
    filed = org(行政相对人名称="祁瓑瓐", 统一社会信用代码="", 证件类型="身份证", 证件号码=make_id(MINOR_BORN, 1720))
    out.append(Case("minors", f"{folder}: a minor filed as 法人及非法人组织", {"penalties": [filed]},
                    [filed["行政处罚决定书文号"], "祁瓑瓐"]))
    undated = rows.person("祁瓐瓑", 证件号码=make_id(MINOR_BORN, 1721), 处罚决定日期="", 公示日期="2026-03-05")
    out.append(Case("minors", f"{folder}: 公示日期 only", {"penalties": [undated]}, [undated["行政处罚决定书文号"]]))
    shop = rows.business("甘州区瓌瓋小卖部", "祁瓑瓑", 法定代表人证件类型="身份证",
                         法定代表人证件号码=make_id(MINOR_BORN, 1722)[:6] + "100305" + "172")
    out.append(Case("minors", f"{folder}: a 个体工商户 operator's 15-digit ID cut from a minor's", {"penalties": [shop]},
                    [shop["行政处罚决定书文号"]]))

    folder = "minors13-age-in-text"  # (the 格式范本's 当事人基本情况 giving the birth date or the age in the text only)
    for k, text in enumerate((
        "当事人：甘州区瓌瓋{k}小卖部，经营者：祁瓐瓑，男，2010年3月5日出生，汉族，销售过期食品。",
        "当事人：甘州区瓌瓋{k}小卖部，经营者祁瓐瓑（16周岁），销售过期食品。",
        "当事人：甘州区瓌瓋{k}小卖部，经营者祁瓐瓑系未成年人，销售过期食品。",
    )):
        shop = rows.business(f"甘州区瓌瓋{k}小卖部", "祁瓐瓑", 违法事实=text.format(k=k))
        out.append(Case("minors", f"{folder}: {text[18:34]}…", {"penalties": [shop]}, [shop["行政处罚决定书文号"]]))
    for k, text in enumerate(("当事人祁瓐瓑，男，2010年3月5日出生，汉族，无照经营。", "当事人祁瓐瓑（16周岁）无照经营。",
                              "当事人祁瓐瓑系未成年人，无照经营。")):
        row = rows.person("祁瓐瓑", 证件类型="护照", 证件号码=f"E7{80 + k:07d}", 出生日期="1990-03-05", 违法事实=text)
        out.append(Case("minors", f"{folder}: a passport holder's {text[6:16]}…", {"penalties": [row]},
                        [row["行政处罚决定书文号"], row["证件号码"]]))
    adult_shop = rows.business("甘州区瓌瓋9小卖部", "祁瓐瓑", 违法事实="当事人：甘州区瓌瓋9小卖部，经营者：祁瓐瓑，男，1980年3月5日出生，汉族。"
                                "当事人雇佣的童工祁瓑瓐（2011年1月1日出生）在店内帮工。")
    out.append(Case("overscrub", f"{folder}: an adult operator beside a child worker's birth date publishes",
                    {"penalties": [adult_shop]}, ["2011年1月1日", "祁瓑瓐"], public=[adult_shop["行政处罚决定书文号"]]))

    folder = "minors13-child-labour-words"  # (《禁止使用童工规定》: the child named in an organisation's record)
    for text in ("当事人招用童工祁瓐瓑（14周岁）从事洗碗工作。", "当事人安排未成年工祁瓑瓐从事有毒有害作业。",
                              "当事人招用在校学生祁瓐瓐在店内打工，未满十六周岁。"):
        planted = text.split("祁")[1][:2]
        out.append(Case("names", f"{folder}: {text[:12]}…", {"penalties": [org(违法事实=text, 处罚依据="《禁止使用童工规定》第六条")]},
                        ["祁" + planted], public=["《禁止使用童工规定》第六条"]))

    folder = "codes13-natural-person"  # (a 自然人 row's party codes and document type, named with 璚瓋 to be found alone)
    person_code = make_uscc(71990, prefix="92")
    row = rows.person("祁瓐瓑", 统一社会信用代码=person_code, 工商注册号="620702600171001", 税务登记号="620702197103050017",
                      证件类型="璚瓋居民来往大陆通行证", 证件号码="07140171", 出生日期="1971-03-05")
    out.append(Case("codes", f"{folder}: 统一社会信用代码, 工商注册号, 税务登记号 and 证件类型 of a 自然人", {"penalties": [row]},
                    [person_code, "620702600171001", "620702197103050017", "璚瓋居民来往大陆通行证", "07140171"],
                    public=[row["行政处罚决定书文号"]]))

    folder = "banks13-organisations"  # (an organisation's account in a decision's text)
    for text, planted, public in (
        ("罚没款缴入国库。当事人开户行：中国农业银行张掖甘州支行，账号：27150101040012345。", "27150101040012345", "中国农业银行张掖甘州支行"),
        ("当事人以对公账户2715 0101 0400 1234 6收取货款共计3.2万元。", "2715 0101 0400 1234 6", "收取货款共计3.2万元"),
        ("当事人的基本存款账户（27150101040012347）已被冻结，罚款2000元。", "27150101040012347", "罚款2000元"),
        ("退还当事人账户：甘肃银行甘州支行，账号27150101\n040012348。", "27150101040012348", "甘肃银行甘州支行"),
        ("外贸合同约定货款汇入IBAN DE89 3704 0044 0532 0131 49，违反《对外贸易法》第三十四条。", "DE89370400440532013149",
         "《对外贸易法》第三十四条"),
        ("当事人以一般存款账户（账号后八位04001235）收款。", "04001235", "收款"),
    ):
        out.append(Case("uncovered", f"{folder}: {text[:12]}…", {"penalties": [org(违法事实=text)]}, [planted], public=[public]))
    licence = "JY16207020017140"
    out.append(Case("overscrub", f"{folder}: a 许可编号 and a decision number after 账号 words stay", {"penalties": [org(
        违法事实=f"当事人的平台登录账号为其许可证号{licence}；缴款通知书编号甘州市监罚〔2026〕171999号。")]},
        [], public=[licence, "甘州市监罚〔2026〕171999号"]))

    folder = "banks13-added-columns"  # (an account split over two cells a platform adds: 开户银行 | 银行账号, 户名 | 账号)
    for k, (bank_column, account_column) in enumerate((("开户银行", "银行账号"), ("开户行", "账号"), ("户名", "对公账户"))):
        account = f"2715010104001236{k}"
        row = org(**{bank_column: "中国农业银行张掖甘州支行", account_column: account})
        out.append(Case("uncovered", f"{folder}: {bank_column} | {account_column}", {"penalties": [row]}, [account],
                        public=[row["行政处罚决定书文号"]]))

    folder = "homes13-left-by-round-12"  # (h15n's "Found but left")
    for text, planted, public in (
        ("当事人：甘州区瓌璚商贸有限公司，法定代表人：赵六。住 址：甘州区璚瓋村六社45号，未公示年报。", "璚瓋村六社45号", "未公示年报"),
        ("投诉人反映空调安装于甘州区璚瓋村七社46号，安装后漏水，要求退货。", "璚瓋村七社46号", "安装后漏水，要求退货"),
        ("投诉人反映，居住小区：甘州区璚瓋小区3号楼2单元402室，物业费上涨。", "璚瓋小区3号楼2单元402室", "物业费上涨"),
    ):
        kind = "complaints" if "投诉人" in text else "penalties"
        row = rows.complaint(text, numbers) if kind == "complaints" else org(违法事实=text)
        out.append(Case("uncovered", f"{folder}: {text[:14]}…", {kind: [row]}, [planted], public=[public]))
    out.append(Case("overscrub", f"{folder}: a company's equipment 安装于 its plant stays", {"penalties": [org(
        违法事实="当事人的压力容器安装于甘州区璚瓋工业园区58号厂房内，未办理使用登记。")]}, [],
        public=["甘州区璚瓋工业园区58号厂房内"]))

    folder = "homes13-new-shapes"  # (门牌 as written; rural addresses; a cell's line break)
    for text, planted in (
        ("當事人祁某，住甘州區璚瓋路3號5樓502室，無照經營。", "璚瓋路3號5樓502室"),
        ("当事人祁某，住甘州区璚瓋小区３号楼２单元４０３室，无照经营。", "璚瓋小区３号楼２单元４０３室"),
        ("当事人祁某，家住甘州区璚瓋村三十五号，无照经营。", "璚瓋村三十五号"),
        ("当事人祁某，住甘州区璚瓋小区3-2-404，无照经营。", "璚瓋小区3-2-404"),
        ("当事人祁某，住甘州区璚瓋小区3栋2单元405，无照经营。", "璚瓋小区3栋2单元405"),
        ("当事人祁某，家住甘州区璚瓋村三组12号，无照经营。", "璚瓋村三组12号"),
        ("当事人祁某，住黑龙江省依安县璚瓋乡璚瓋屯，无照经营。", "璚瓋乡璚瓋屯"),
        ("当事人祁某，家庭住址：甘州区璚瓋村\n六社47号，无照经营。", "六社47号"),
    ):
        out.append(Case("uncovered", f"{folder}: {planted}", {"penalties": [rows.person("祁瓐瓑", 违法事实=text)]}, [planted],
                        public=["无照经营" if "无照" in text else "無照經營"]))

    folder = "homes13-in-name-cells"  # (a home typed into the party's, the representative's or the operator's cell)
    for k, (column, value) in enumerate((("法定代表人", "赵六，住甘州区璚瓋村九社9号"), ("法定代表人", "赵六（家住甘州区璚瓋村九社10号）"),
                                         ("行政相对人名称", "甘州区瓌瓋{k}商贸有限公司（法定代表人赵六住甘州区璚瓋村九社11号）"))):
        row = org(**{column: value.format(k=k)})
        out.append(Case("uncovered", f"{folder}: {column} {value[:10]}…", {"penalties": [row]}, [f"璚瓋村九社{9 + k}号"],
                        public=[row["行政处罚决定书文号"]]))
    shop = rows.business("甘州区瓌瓋面馆", "祁瓐瓑 甘州区璚瓋村九社12号")
    out.append(Case("uncovered", f"{folder}: 个体工商户 operator's cell with a home", {"penalties": [shop]}, ["璚瓋村九社12号"],
                    public=[shop["行政处罚决定书文号"], "甘州区瓌瓋面馆"]))

    folder = "homes13-added-columns"  # (a platform's address columns: dropped by the loader, never published)
    for k, column in enumerate(("送达地址", "邮寄地址", "收货地址", "联系地址")):
        address = f"甘州区璚瓋村八社{50 + k}号"
        person = rows.person("祁瓐瓑", **{column: address})
        out.append(Case("uncovered", f"{folder}: {column} of a person", {"penalties": [person]}, [f"璚瓋村八社{50 + k}号"],
                        public=[person["行政处罚决定书文号"]]))
    return out
