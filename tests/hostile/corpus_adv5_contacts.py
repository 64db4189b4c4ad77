"""Hostile cases of the fifth adversarial pass on contacts, numbers, addresses and birth dates (issue 16, adv5).

Each case names the case folder of /work/notes/adv5-cases/ it comes from (the attack report
/work/notes/adv5-report.md, sections 1.5, 1.9 and 1.13); the folders hold the rows as the attacker wrote
them, these cases the same shapes with their own synthetic values. Sources of the shapes from outside:

- 12315 complaint summaries of e-commerce returns (退货地址, 寄件人/收件人地址, 快递退回地址: the consumer's
  address for the parcel), as the attack's case folder quotes them;
- the QQ 在线咨询 link every small shop's site carries, ``http://wpa.qq.com/msgrd?v=3&uin=<QQ号>&site=qq``
  (the UIN parameter is the QQ number: the QQ HTTP protocol notes, blogjava.net/dorian/archive/2005/12/20/23482.html,
  "UIN是当前执行操作的QQ号"), weibo.com/u/<uid>, t.me/<user>, douyin.com/user/<sec_uid>;
- Excel's number format ``#,##0`` (123456789 → 123,456,789: ron314159.blogspot.com/2013/11/excel.html), which a
  mobile typed as a number exports with;
- digits read aloud (幺 = yao for 1 on the phone), an Excel string formula ``="139"&"9362"&"0103"``;
- 《市场监督管理行政处罚文书格式范本（2021年修订版）》: a person described as 姓名，性别，出生日期，民族，住址
  (the attack folder's source), often without 出生.

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.helpers import make_uscc, penalty_row
from tests.hostile.corpus import Case

_FOLDER = "/work/notes/adv5-cases/"


def cases() -> list[Case]:
    """The adv5 contact, number, address and birth-date cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []

    def org(**overrides: str) -> dict[str, str]:
        n = next(serial)
        row = penalty_row(行政相对人名称=f"甘州区弘{n}商贸有限公司", 统一社会信用代码=make_uscc(8000 + n), 法定代表人="赵六",
                          行政处罚决定书文号=f"甘州市监罚〔2026〕{50000 + n}号")
        row.update(overrides)
        return row

    def complaint(summary: str, **overrides: str) -> dict[str, str]:
        n = next(serial)
        row = {"行政相对人名称": f"甘州区弘{n}商贸有限公司", "行政相对人类别": "法人及非法人组织",
               "统一社会信用代码": make_uscc(8000 + n), "法定代表人": "赵钱", "投诉编号": f"TS-2026-{80000 + n:06d}",
               "投诉问题类型": "质量问题", "投诉内容摘要": summary, "投诉日期": "2026-03-10", "处理结果": "调解成功",
               "处理日期": "2026-03-20", "公示截止期": "2027-03-20", "处理单位": "张掖市甘州区市场监督管理局"}
        row.update(overrides)
        return row

    def voluntary(content: str) -> dict[str, str]:
        n = next(serial)
        return {"行政相对人名称": f"甘州区弘{n}商贸有限公司", "行政相对人类别": "法人及非法人组织",
                "统一社会信用代码": make_uscc(8000 + n), "信息类型": "市场经营", "信息标题": "诚信经营", "信息内容": content,
                "登记编号": f"ZY-2026-{8000 + n:04d}", "登记日期": "2026-03-01", "核验状态": "已核验",
                "核验单位": "甘州区市场监督管理局"}

    # -- 1. address-lead-words-consumers: a consumer's home after lead words of returns and residence ----------
    folder = "address-lead-words-consumers"
    leads = ("快递退回地址为", "退货地址：", "寄件人地址：", "收件人地址：", "家在", "住处在", "现居", "暂居", "户口在", "老家是",
             "通讯地址：", "联系地址：", "邮寄地址：", "其家位于", "本人住", "租住", "租房于")
    for k, lead in enumerate(leads):
        home = f"甘州区上秦镇徐赵寨村七社{60 + k}号"
        out.append(Case("uncovered", f"{folder}: 消费者称{lead}…", {"complaints": [complaint(f"消费者称{lead}{home}，要求退款。")]},
                        [f"徐赵寨村七社{60 + k}号"]))
    # A shop's return address and the party's own address in an organisation's record stay public.
    text = "消费者要求商家按退货地址：甘州区南街18号寄回商品。当事人通讯地址：甘州区县府街12号。"
    out.append(Case("overscrub", f"{folder}: a business's 退货地址 and 通讯地址 stay", {"complaints": [complaint(text)]}, [],
                    public=["退货地址：甘州区南街18号", "通讯地址：甘州区县府街12号"]))

    # -- 2. contacts-profile-urls: a person's number or handle inside a profile link ---------------------------
    folder = "contacts-profile-urls"
    for k, (shape, planted) in enumerate((
            ("在线咨询 http://wpa.qq.com/msgrd?v=3&uin={}&site=qq。", "2485913{:03d}"),
            ("加群 https://qm.qq.com/cgi-bin/qm/qr?k=xyz&uin={}。", "2485914{:03d}"),
            ("店长微博 https://weibo.com/u/{}。", "6789012{:03d}"),
            ("联系我 https://t.me/{}。", "gzyy{:03d}fx"),
            ("扫码加店主微信 https://u.wechat.com/{}。", "FK4x{:03d}Yzq"),
            ("店主抖音 https://www.douyin.com/user/{}。", "MS4wLjABAAAAq{:03d}wz"),
            ("店主空间 https://user.qzone.qq.com/{}。", "3485915{:03d}"))):
        value = planted.format(k)
        row = voluntary("本公司诚信经营，" + shape.format(value)) if k % 2 else complaint("消费者称商家页面写有：" + shape.format(value))
        out.append(Case("uncovered", f"{folder}: {shape.format('…')}", {"voluntary" if k % 2 else "complaints": [row]}, [value]))

    # -- 3. email-without-domain: the local part after 邮箱 without its domain, or spelled apart ---------------
    folder = "email-without-domain"
    for text, planted in (("消费者称邮箱为zhouyf2031（163邮箱），要求回复。", "zhouyf2031"),
                          ("消费者称请发邮件到网易邮箱zhouhb1977，要求回复。", "zhouhb1977"),
                          ("消费者称邮箱28765431的QQ邮箱，要求回复。", "28765431"),
                          ("本公司招聘店员，邮箱：zhoujs2002，网易163邮箱。", "zhoujs2002"),
                          ("本公司招聘店员，邮箱zhouyz55在163。", "zhouyz55"),
                          ("本公司招聘店员，邮箱zhough77ⓐ163.com。", "zhough77"),
                          ("本公司招聘店员，邮箱 zhou mei lan 66 @ 163.com。", "zhou mei lan")):
        out.append(Case("uncovered", f"{folder}: {text}", {"complaints": [complaint(text)]}, [planted]))
    text = "当事人于2026年5月18日以电子邮件2026-05-18号文回复，举报邮箱：无。"
    out.append(Case("overscrub", f"{folder}: a date after 邮件 stays", {"penalties": [org(违法事实=text)]}, [],
                    public=["以电子邮件2026-05-18号文回复"]))

    # -- 4. phone-thousands-separators: a mobile formatted #,##0 ---------------------------------------------
    folder = "phone-thousands-separators"
    for k, shape in enumerate(("{}", "经查，员工郝某联系电话{}，已核实。", "回访电话：{}")):
        value = f"13,893,62{k},455"
        row = org(备注=shape.format(value)) if k != 1 else org(违法事实=shape.format(value))
        out.append(Case("written", f"{folder}: {shape.format('13,893,…')}", {"penalties": [row]}, [value]))
    text = "当事人货值金额13,893,629,999元，没收违法所得1,380,000,000元。"
    out.append(Case("overscrub", f"{folder}: an amount with thousands separators stays", {"penalties": [org(违法事实=text)]},
                    [], public=["13,893,629,999元", "1,380,000,000元"]))

    # -- 5. digits-in-words-and-separators(-2, -3), digits-split-by-quotes-symbols-formula ------------------------
    folder = "digits-in-words-and-separators"
    spoken = (("联系电话 one three eight nine three six two zero four five one", "one three eight nine three six two zero four five one"),
              ("手机 yao san ba jiu san liu er ling si wu er", "yao san ba jiu san liu er ling si wu er"),
              ("手机138转9362转0453", "9362转0453"), ("手机138加9362加0454", "9362加0454"),
              ("手机号前三位138，中间9362，最后0455", "9362，最后0455"), ("电话138,9362,0456", "13893620456"),
              ("电话138;9362;0457", "13893620457"), ("电话13B93620458", "13B93620458"), ("电话1389362045B", "1389362045B"),
              ("身份证号620702年19870404号6061", "19870404号6061"), ("身份证号码620702198转704046061", "704046061"))
    for text, planted in spoken:
        out.append(Case("written", f"{folder}: {text[:12]}…", {"penalties": [org(违法事实=f"经查，员工郝某{text}，已核实。")]},
                        [planted]))
    folder = "digits-split-by-quotes-symbols-formula"
    for text, planted in (("联系电话“138”“9362”“0459”", "“138”“9362”“0459”"), ("电话138^9362^0460", "138^9362^0460"),
                          ("电话138#9362#0461", "138#9362#0461"), ("电话138→9362→0462", "138→9362→0462"),
                          ('联系电话="138"&"9362"&"0463"', '="138"&"9362"&"0463"')):
        out.append(Case("written", f"{folder}: {text}", {"penalties": [org(违法事实=f"经查，员工郝某{text}，已核实。")]},
                        [planted]))
    # A number after 电话 that is no phone stays (the 12315 hotline, a date, a landline's extension).
    text = "消费者拨打电话12315，2026年5月18日联系电话后于2026年5月20日回复。"
    out.append(Case("overscrub", f"{folder}: 12315 and dates after 电话 stay", {"penalties": [org(违法事实=text)]}, [],
                    public=["拨打电话12315，2026年5月18日", "于2026年5月20日回复"]))

    # -- 6. every-text-field-dot-name-and-l-mobile: a mobile opened and closed by l ----------------------------
    for k, column in enumerate(("违法事实", "备注", "处罚内容")):
        value = f"l38936204{k}l"
        out.append(Case("written", f"every-text-field-dot-name-and-l-mobile: 电话{value} in {column}",
                        {"penalties": [org(**{column: f"（联系人郝某，电话{value}）"})]}, [value]))

    # -- 7. birthdates-and-homes-in-description-order: the 格式范本's order without 出生 ---------------------------
    folder = "birthdates-and-homes-in-description-order"
    for text, planted in (("经查，员工郝某，男，84年7月21日出生。", "84年7月21日"),
                          ("经查，员工郝某某，男，1983-08-22，汉族。", "1983-08-22"),
                          ("经查，员工郝某，女，汉族，生日1982年9月23日。", "1982年9月23日"),
                          ("经查，员工郝某，男，汉族，出生：1981/10/24。", "1981/10/24"),
                          ("经查，员工郝某（1980年11月25日—）。", "1980年11月25日"),
                          ("经查，员工郝某，男，39岁，汉族，住甘州区党寨镇陈寨村6社17号。", "陈寨村6社17号"),
                          ("经查，童工郝某某，女，2013-04-26，初中学生。", "2013-04-26")):
        out.append(Case("minors" if planted.startswith("2013") else "uncovered", f"{folder}: {text}",
                        {"penalties": [org(违法事实=text)]}, [planted]))
    # Dates of the case after a person's sex, and a period in brackets, stay.
    text = "经查，员工郝某，男，2026年5月18日在本店销售过期食品，检查期间（2026年5月18日—2026年6月1日）。"
    out.append(Case("overscrub", f"{folder}: dates of the case stay", {"penalties": [org(违法事实=text)]}, [],
                    public=["2026年5月18日在本店销售过期食品", "（2026年5月18日—2026年6月1日）"]))
    # -- contacts-new-spellings, lookalike-letters-in-text-numbers: letters for digits, handles, IMEI, No. -------
    for folder, text, planted in (
            ("lookalike-letters-in-text-numbers", "员工郑某的证件62070219B70B157023，已核实。", "62070219B70B157023"),
            ("lookalike-letters-in-text-numbers", "员工郑某证件号G20702198G02017030，已核实。", "G20702198G02017030"),
            ("lookalike-letters-in-text-numbers", "员工郑某联系电话O936-8216399，已核实。", "O936-8216399"),
            ("lookalike-letters-in-text-numbers", "员工郑某电话0936-B216398，已核实。", "0936-B216398"),
            ("lookalike-letters-in-text-numbers", "员工郑某护照号码E2345S671，已核实。", "E2345S671"),
            ("contacts-new-spellings", "员工郑某手机串号IMEI 861234567890175，已核实。", "861234567890175"),
            ("contacts-new-spellings", "员工郑某微博@甘州老翀，已核实。", "甘州老翀"),
            ("contacts-new-spellings", "员工郑某邮箱zhengwei77 at 163，已核实。", "zhengwei77"),
            ("contacts-new-spellings", "员工郑某家住甘州区县府街Ｎo.17号院，已核实。", "县府街Ｎo.17号")):
        out.append(Case("written", f"{folder}: {text}", {"penalties": [org(违法事实=text)]}, [planted]))
    return out
