"""The data contract as data: kinds, their fields, aliases, code lists and privacy classes.

Everything the other stages need to know about a column comes from here, so that the
loader, the validator, the de-identifier, the exporters and the data dictionary agree.
Source: ../shared/spec/data-contract.md and privacy.md.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

# Field types.
TEXT = "text"  # short text
FREE_TEXT = "free-text"  # long prose; scrubbed of personal data before publication
DATE = "date"
AMOUNT = "amount"  # 万元, a non-negative number
USCC = "uscc"  # 统一社会信用代码, GB 32100 check digit
IDENT = "ident"  # an identifier kept as text (decision numbers, registration numbers)
ENUM = "enum"  # one value of a code list
MULTI_ENUM = "multi-enum"  # several values of a code list joined by ; or 、

# Privacy classes (privacy.md).
PUBLIC = "public"
NEVER = "never"  # never leaves the data folder
PARTY_NAME = "party-name"  # masked when the party is a natural person
OPERATOR = "operator"  # public for organisations, masked for 个体工商户, dropped for 自然人
CLERK = "clerk"  # a person's name: always masked
ORG_ONLY = "org-only"  # public for organisations only

NATURAL_PERSON = "自然人"
ORGANISATION = "法人及非法人组织"
INDIVIDUAL_BUSINESS = "个体工商户"
PARTY_CATEGORIES = (ORGANISATION, NATURAL_PERSON, INDIVIDUAL_BUSINESS)
PLACEHOLDER_USCC = "00000000000000000X"
LONG_TERM = "2099-12-31"
# Cells that mean "nothing here" in real exports (data-contract.md): read as empty, in every column, only when they
# are the whole cell. Besides the clerks' words, what programs write for a missing value (h21e): Java and JSP
# `String.valueOf(null)` null, Python `str(None)` None, pandas `astype(str)` nan / NaT / <NA>, JavaScript NaN and
# undefined, MySQL `SELECT … INTO OUTFILE` / DataX / Sqoop \N ("NULL is written as \N"), C printf (null), an
# empty JSON array or object ([] {}), and MySQL's "zero" date, which it stores for a date it did not have (MySQL
# Reference Manual, 13.2.2 The DATE, DATETIME, and TIMESTAMP Types: "converted to the zero value … '0000-00-00'").
PLACEHOLDERS = ("/", "／", "\\", "无", "-", "－", "—", "——", "--", "空", "（空）", "(空)", "null", "NULL", "Null",
                "N/A", "n/a", "暂无", "None", "NONE", "nan", "NaN", "NAN", "NaT", "<NA>", "undefined", "\\N",
                "(null)", "[]", "{}", "0000-00-00", "0000-00-00 00:00:00")
# A boolean as a program writes it (a JSON true/false, Python True/False). Where a never-public column's document or
# number belongs it is no personal datum: read as empty there, so that the leak gate does not look for it in every
# output (the pages' own scripts hold true and false). In a public text column it stays as written with a warning
# (value-is-boolean), and a typed column refuses it.
BOOLEAN_WORDS = ("true", "false", "True", "False", "TRUE", "FALSE")
# End dates that mean "no end": kept as LONG_TERM, shown as 长期 (data-contract.md, Dates).
LONG_TERM_WORDS = ("长期", "永久", "长期有效", "永久有效", "无固定期限", "无期限", "无限期", "不限期", "9999-12-31")
LONG_TERM_LABEL = "长期"
# An amount cell saying there is none (无罚款: a decision without a fine, h10x): no amount, as the placeholder 无 is.
NO_AMOUNT_WORDS = ("无罚款", "未罚款", "不罚款", "不予罚款", "免予罚款", "无罚没款", "无没收", "未没收", "无金额")
# 证件类型 written as a code of GA/T 517-2004 《常用证件代码》, as systems built on the public-security code tables
# export it (111 居民身份证 … 990 其他): read as the document's words, so a 身份证 number's GB 11643 check runs
# and a passport is known for one. Only the three-digit codes of that standard: one-digit lists (0/1/01 身份证)
# differ from system to system. 516 and 553 are written as the 2019 template's 证件类型 words.
ID_DOCUMENT_CODES = {"111": "居民身份证", "112": "临时居民身份证", "113": "户口簿", "114": "中国人民解放军军官证",
                     "115": "中国人民武装警察部队警官证", "414": "普通护照", "511": "台湾居民来往大陆通行证",
                     "516": "港澳居民来往内地通行证", "553": "外国人永久居留身份证", "990": "其他"}
# An amount cell pointing to the decision instead of stating the figure (见附件, 详见决定书, 详见处罚决定书正文):
# the decision has an amount the export does not give. An optional amount is then published as not given, with
# a warning asking for the figure, instead of the whole decision being refused as bad-amount (h19x brief).
AMOUNT_REFERRED = re.compile(r"(?:详|具体|参)?见(?:附件|附表|(?:行政)?处罚决定书?|决定书|文书)(?:正文|原文)?[。.]?")


@dataclass(frozen=True)
class Field:
    """One column of the data contract."""

    name: str  # the Chinese header
    en: str  # stable English name used in the datasets' schema
    type: str = TEXT
    required: bool = False
    codes: tuple[str, ...] = ()
    privacy: str = PUBLIC
    aliases: tuple[str, ...] = ()
    description: str = ""
    value_map: tuple[tuple[str, str], ...] = ()  # coded values replaced by their words (当前状态 1 -> 有效)


@dataclass(frozen=True)
class Kind:
    """One folder of the data folder."""

    name: str  # folder name
    title: str  # Chinese title
    fields: tuple[Field, ...]
    key: str = ""  # the field holding the record's decision number
    key_fallback: str = ""  # used as key when `key` is empty (licences: 许可编号)
    issuer_code: str = ""  # the field holding the issuing body's credit code
    issuer_name: str = ""
    decision_date: str = ""  # the date the 7-working-day and minor rules count from
    has_party: bool = True
    control: bool = False  # repairs and withdrawals: they publish nothing
    extra: dict[str, str] = field(default_factory=dict)

    def field(self, name: str) -> Field:
        """The field called `name` (Chinese header)."""
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.fields]


# The 2019 template's codes 1/2/3 and the text forms exporters write (2016: 法人及其他组织).
PARTY_CATEGORY_CODES = (
    ("1", ORGANISATION), ("2", NATURAL_PERSON), ("3", INDIVIDUAL_BUSINESS),
    # The same codes kept as two-character text by systems that store every code so (hx6 finding 8).
    ("01", ORGANISATION), ("02", NATURAL_PERSON), ("03", INDIVIDUAL_BUSINESS),
    *((t, ORGANISATION) for t in ("法人", "非法人组织", "其他组织", "法人及其他组织", "法人和其他组织", "法人或其他组织",
                                  "法人和非法人组织", "法人或非法人组织", "法人及非法人组织", "企业", "单位")),
    # The kinds of organisation as 《中华人民共和国民法典》 names them (第七十六条 营利法人 … 第九十六条 特别法人, 第一百零二条
    # 非法人组织: 个人独资企业, 合伙企业) and as registers write them: systems that export the party's own kind
    # (企业法人, 事业单位, 社会组织) had these rows refused as unknown-code (h9x).
    *((t, ORGANISATION) for t in ("企业法人", "营利法人", "非营利法人", "特别法人", "机关法人", "机关", "事业单位",
                                  "事业单位法人", "社会团体", "社会团体法人", "社会组织", "基金会", "社会服务机构",
                                  "民办非企业单位", "个人独资企业", "合伙企业", "农民专业合作社")),
    *((t, INDIVIDUAL_BUSINESS) for t in ("个体户", "个体", "个体经营者", "个体工商业户")),
    *((t, NATURAL_PERSON) for t in ("个人", "公民")),
)


# The old registration number as the 国家企业信用信息公示系统 heads it (注册号, its field REGNO: the XML client's
# RYPOSFR REGNO, the scrapers' 统一社会信用代码/注册号) and as the business licence names it (营业执照注册号). A
# person's identity number typed there is the privacy rules' to withhold, as in every 工商注册号 column
# (detect.personal_id_in; a 15-digit number is public only as the registration number it is filed as: h11x).
REG_NO_ALIASES = ("注册号", "营业执照注册号", "REGNO")


def _party(prefix: str) -> tuple[Field, ...]:
    """The party (行政相对人) block; `prefix` gives the national codes (CF / XK)."""
    p = prefix
    return (
        Field("行政相对人名称", "party_name", TEXT, True, privacy=PARTY_NAME,
              # 纳税人名称: a tax office's penalty table (宁波 行政处罚公示信息 from the 税务 system's xzcfjl table,
              # hq3009/cultural_companies columns.md; h10x).
              aliases=(f"{p}_XDR_MC", "被投诉主体名称", "被投诉主体", "被投诉企业名称", "被投诉企业", "承诺主体名称", "企业名称",
                       "承诺主体", "纳税人名称"),
              description="行政相对人（市场主体或自然人）名称；自然人姓名仅保留姓氏"),
        Field("行政相对人类别", "party_category", ENUM, True, PARTY_CATEGORIES, aliases=(f"{p}_XDR_LB",),
              description="法人及非法人组织、自然人或个体工商户", value_map=PARTY_CATEGORY_CODES),
        Field("统一社会信用代码", "uscc", USCC, aliases=(f"{p}_XDR_SHXYM",),
              description="18 位统一社会信用代码（GB 32100）"),
        Field("工商注册号", "business_reg_no", IDENT, aliases=(f"{p}_XDR_GSZC", *REG_NO_ALIASES),
              description="工商注册号"),
        Field("组织机构代码", "org_code", IDENT, aliases=(f"{p}_XDR_ZZJG",),
              description="组织机构代码"),
        Field("税务登记号", "tax_reg_no", IDENT, aliases=(f"{p}_XDR_SWDJ",),
              description="税务登记号"),
        Field("事业单位证书号", "public_institution_no", IDENT, aliases=(f"{p}_XDR_SYDW",),
              description="事业单位证书号"),
        Field("社会组织登记证号", "social_org_no", IDENT, aliases=(f"{p}_XDR_SHZZ",),
              description="社会组织登记证号"),
        Field("法定代表人", "legal_representative", TEXT, privacy=OPERATOR,
              # 法人姓名 (the same tax table), 法人代表姓名 (a platform's title for the 2016 CF_FR; h10x).
              aliases=(f"{p}_FRDB", f"{p}_FDDB", "经营者", "法人姓名", "法人代表姓名"),
              description="法定代表人；个体工商户经营者姓名仅保留姓氏"),
        Field("法定代表人证件类型", "legal_rep_id_type", TEXT, privacy=NEVER, aliases=(f"{p}_FR_ZJLX",)),
        Field("法定代表人证件号码", "legal_rep_id_no", TEXT, privacy=NEVER,
              aliases=(f"{p}_FR_ZJHM", f"{p}_FR_SFZH")),
        Field("证件类型", "id_type", TEXT, privacy=NEVER, aliases=(f"{p}_XDR_ZJLX",)),
        Field("证件号码", "id_no", TEXT, privacy=NEVER, aliases=(f"{p}_XDR_ZJHM",)),
        # A natural person's birth date, for a document without one (passport, permits): it decides
        # the age rule (privacy.md: "no 出生日期 given"); read like every date; never public.
        Field("出生日期", "birth_date", DATE, privacy=NEVER, aliases=("出生年月", "出生年月日"),
              description="自然人出生日期（证件号码不含出生日期时填写，用于判断是否未成年；不公开）"),
    )


PENALTY_CATEGORIES = (
    "警告", "通报批评", "罚款", "没收违法所得", "没收非法财物", "暂扣许可证件", "降低资质等级",
    "吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业", "行政拘留", "其他",
)
# Each part of a 处罚类别 cell: the older law's wording (2016 standard) -> the 2021 law's category.
PENALTY_CATEGORY_WORDS = (
    ("吊销许可证", "吊销许可证件"), ("吊销执照", "吊销许可证件"), ("吊销营业执照", "吊销许可证件"),
    ("暂扣许可证", "暂扣许可证件"), ("暂扣执照", "暂扣许可证件"), ("暂扣营业执照", "暂扣许可证件"), ("拘留", "行政拘留"),
)
TIERS = ("轻微", "一般", "严重")
TIER_WORDS = (("轻微失信", "轻微"), ("一般失信", "一般"), ("严重失信", "严重"))
KIND_TITLES_FOR_CONTROL = {
    "行政许可": "licenses", "行政处罚": "penalties", "其他行政行为": "actions", "守信激励名单": "redlist",
    "红名单": "redlist", "严重失信主体名单": "blacklist", "失信名单": "blacklist", "黑名单": "blacklist",
    "信用承诺": "commitments", "公共信用综合评价": "evaluations", "信用评价": "evaluations",
    "信用风险分类": "evaluations", "消费投诉": "complaints", "消费投诉公示": "complaints",
    "自愿注册信息": "voluntary", "行政强制": "actions", "行政确认": "actions", "行政征收": "actions",
    "行政给付": "actions", "行政裁决": "actions", "行政补偿": "actions", "行政奖励": "actions",
    "行政监督检查": "actions",
    # As revocation and correction lists of provincial platforms write them (hx7 findings).
    "行政许可信息": "licenses", "行政处罚信息": "penalties", "许可": "licenses", "处罚": "penalties",
    "双公示-行政许可": "licenses", "双公示-行政处罚": "penalties", "严重失信主体名单信息": "blacklist",
    "守信激励名单信息": "redlist", "信用承诺信息": "commitments", "信用评价信息": "evaluations",
}

_PENALTIES = Kind(
    "penalties", "行政处罚",
    _party("CF") + (
        # Local systems' own headers (h10x), each unambiguous in a penalty export: 行政处罚决定文书号 as a 2019-template
        # exporter labels CF_WSH, 处罚决定书文号 (浙江 公示系统 部门协同 行政处罚信息), 决定书文号 (a municipal
        # enterprise-credit system's 行政处罚 form: catkins10/cms credit/enterprisecredit Municipal.java).
        Field("行政处罚决定书文号", "decision_no", IDENT, True,
              aliases=("CF_WSH", "行政处罚决定文书号", "处罚决定书文号", "决定书文号", "行政处罚文号"),
              description="行政处罚决定书文号"),
        # 违法行为: 公示系统's 企业公示行政处罚信息 (ILLEGACTTYPE, titled 违法行为) and catkins10/cms Municipal.java breakLaw.
        Field("违法行为类型", "violation_type", TEXT, True, aliases=("CF_WFXW", "违法行为"), description="违法行为类型"),
        # 主要违法事实: the 公示系统's case records (ILLEGFACT) and a cloud SDK's 工商行政处罚记录 (h11x).
        Field("违法事实", "facts", FREE_TEXT, True, aliases=("CF_SY", "主要违法事实"), description="违法事实（已去除个人信息）"),
        Field("处罚依据", "legal_basis", FREE_TEXT, True, aliases=("CF_YJ", "处罚法律依据"), description="处罚依据"),
        # 处罚种类: the law's own word for the categories (行政处罚法 第九条 “行政处罚的种类”), as 公示系统 部门协同 heads it.
        Field("处罚类别", "penalty_categories", MULTI_ENUM, True, PENALTY_CATEGORIES, aliases=("CF_CFLB", "处罚种类"),
              description="处罚类别，多个以分号分隔", value_map=PENALTY_CATEGORY_WORDS),
        # 行政处罚内容: the 公示系统's own title of the column (penContent), as its pages and scrapers show it (h11x).
        Field("处罚内容", "penalty_content", FREE_TEXT, True, aliases=("CF_NR", "行政处罚内容"), description="处罚内容"),
        Field("罚款金额(万元)", "fine_amount", AMOUNT, aliases=("CF_NR_FK",), description="罚款金额，单位万元"),
        Field("没收违法所得、没收非法财物的金额(万元)", "confiscation_amount", AMOUNT, aliases=("CF_NR_WFFF",),
              description="没收违法所得、没收非法财物的金额，单位万元"),
        Field("暂扣或吊销证照名称及编号", "license_suspended", TEXT, aliases=("CF_NR_ZKDX",),
              description="暂扣或吊销证照名称及编号"),
        # 下达决定书时间 (catkins10/cms Municipal.java bookTime), 处罚决定书签发日期 (公示系统 部门协同 cerIssDate): the day
        # the decision was issued, which is its date; 处罚时间 (the tax table above, punish_dt).
        # 作出处罚决定日期: 公示系统's 企业公示行政处罚信息 (PENDECISSDATE).
        Field("处罚决定日期", "decision_date", DATE, True,
              aliases=("CF_JDRQ", "下达决定书时间", "处罚决定书签发日期", "作出处罚决定日期", "处罚时间", "作出行政处罚决定日期"),
              description="处罚决定日期"),
        Field("处罚有效期", "valid_until", DATE, True, aliases=("CF_YXQ",), description="处罚有效期（2099-12-31 表示长期）"),
        Field("公示截止期", "publicity_end", DATE, aliases=("CF_GSJZQ",), description="公示截止期"),
        # The body that made the decision, in the law's words (行政处罚法 第三十九条 “作出处罚决定的行政机关”) as
        # 公示系统 heads it (作出行政处罚机关, JUDAUTH) and public pages scraped from it name it (作出行政处罚决定机关名称).
        Field("处罚机关", "authority", TEXT, True,
              aliases=("CF_CFJG", "作出行政处罚机关", "作出处罚决定机关", "作出处罚决定的机关", "作出行政处罚决定机关名称"),
              description="作出处罚决定的机关"),
        Field("处罚机关统一社会信用代码", "authority_uscc", USCC, True, aliases=("CF_CFJGDM",),
              description="处罚机关统一社会信用代码"),
        Field("数据来源单位", "source_unit", TEXT, True, aliases=("CF_SJLY",), description="数据来源单位"),
        Field("数据来源单位统一社会信用代码", "source_unit_uscc", USCC, True, aliases=("CF_SJLYDM",),
              description="数据来源单位统一社会信用代码"),
        Field("备注", "remarks", FREE_TEXT, aliases=("BZ",), description="备注"),
        Field("案件程序", "procedure", ENUM, codes=("简易", "一般"), description="案件程序：简易或一般",
              value_map=(("简易程序", "简易"), ("一般程序", "一般"), ("普通程序", "一般"))),
        Field("失信程度", "tier", ENUM, codes=TIERS, description="失信程度：轻微、一般或严重", value_map=TIER_WORDS),
        Field("所属领域", "domain", TEXT, description="所属领域，如特种设备、安全生产、消防"),
    ),
    key="行政处罚决定书文号", issuer_code="处罚机关统一社会信用代码", issuer_name="处罚机关",
    decision_date="处罚决定日期",
)

_LICENSES = Kind(
    "licenses", "行政许可",
    _party("XK") + (
        Field("行政许可决定文书名称", "decision_title", TEXT, True, aliases=("XK_XKWS",), description="行政许可决定文书名称"),
        Field("行政许可决定文书号", "decision_no", IDENT, aliases=("XK_WSH",), description="行政许可决定文书号"),
        Field("许可类别", "license_category", ENUM, True, ("普通", "特许", "认可", "核准", "登记", "其他"),
              aliases=("XK_XKLB",), description="许可类别",
              # 普通许可 as the law names the kinds (行政许可法 第十二条), 普通类 as systems' drop-downs list them (h9x:
              # refused as unknown-code).
              value_map=tuple((f"{c}{suffix}", c) for c in ("普通", "特许", "认可", "核准", "登记", "其他")
                              for suffix in ("许可", "类", "类许可"))
              # 备案 is none of the law's kinds of licence (行政许可法 第十二条); a filing exported among the licences
              # is 其他 with 备案 kept in 备注, as `其他-备案` would be (data-contract.md: `其他-<kind>`; h10x).
              + (("备案", "其他-备案"), ("备案类", "其他-备案"))),
        Field("许可证书名称", "certificate_name", TEXT, aliases=("XK_XKZS",), description="许可证书名称"),
        Field("许可编号", "license_no", IDENT, aliases=("XK_XKBH",), description="许可编号"),
        Field("许可内容", "license_content", FREE_TEXT, True, aliases=("XK_NR",), description="许可内容"),
        Field("许可决定日期", "decision_date", DATE, True, aliases=("XK_JDRQ",), description="许可决定日期"),
        Field("有效期自", "valid_from", DATE, True, aliases=("XK_YXQZ",), description="有效期自"),
        Field("有效期至", "valid_until", DATE, True, aliases=("XK_YXQZI",), description="有效期至"),
        Field("许可机关", "authority", TEXT, True, aliases=("XK_XKJG",), description="许可机关"),
        Field("许可机关统一社会信用代码", "authority_uscc", USCC, True, aliases=("XK_XKJGDM",),
              description="许可机关统一社会信用代码"),
        Field("当前状态", "status", ENUM, codes=("有效", "无效"), aliases=("XK_ZT",),
              description="当前状态：有效或无效",
              # 2019 template 1 有效 / 2 无效; the 2016 standard's 0 正常 and its 撤销 (whcis importer, XK_ZT).
              # 过期 / 存续 as systems write a licence's state (h10x: refused as unknown-code): an expired licence is not
              # in force (shown so, not hidden: publication-rules.md), one that 存续 still is; 有效期至 decides either way.
              value_map=(("1", "有效"), ("2", "无效"), ("0", "有效"), ("正常", "有效"), ("撤销", "无效"),
                         ("注销", "无效"), ("吊销", "无效"), ("失效", "无效"), ("已失效", "无效"), ("过期", "无效"),
                         ("已过期", "无效"), ("存续", "有效"),
                         # 《行政许可法》 第八条 撤回, 第七十条 注销 and a certificate 作废: each ends the licence, written
                         # with 已 as often as without (h20e case 15: 已注销, 撤回, 作废 were refused as unknown-code).
                         ("已注销", "无效"), ("已吊销", "无效"), ("已撤销", "无效"), ("撤回", "无效"), ("已撤回", "无效"),
                         ("作废", "无效"), ("已作废", "无效"))),
        Field("数据来源单位", "source_unit", TEXT, True, aliases=("XK_LYDW",), description="数据来源单位"),
        Field("数据来源单位统一社会信用代码", "source_unit_uscc", USCC, True, aliases=("XK_LYDWDM",),
              description="数据来源单位统一社会信用代码"),
        Field("备注", "remarks", FREE_TEXT, aliases=("BZ",), description="备注"),
    ),
    key="行政许可决定文书号", key_fallback="许可编号", issuer_code="许可机关统一社会信用代码",
    issuer_name="许可机关", decision_date="许可决定日期",
)

ACTION_CATEGORIES = ("行政强制", "行政确认", "行政征收", "行政给付", "行政裁决", "行政补偿", "行政奖励", "行政监督检查")
# 行为类别 as the 权力清单 / 权责清单 name the kinds of power (职权类型: 中共中央办公厅 国务院办公厅《关于推行地方各级政府
# 工作部门权力清单制度的指导意见》(2015) lists 行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、
# 行政裁决和其他类别), which systems export as the action's category: 行政检查 is the contract's 行政监督检查, as is the
# 监督检查 of the laws that grant it (国办发〔2024〕54号《关于严格规范涉企行政检查的意见》 calls both 行政检查; h22e
# action-category-words). 行政强制 covers its two forms (《中华人民共和国行政强制法》第二条: 行政强制措施和行政强制执行).
# The 其他类别 (其他行政权力) has no category here: refused, the message names the columns.toml mapping.
ACTION_CATEGORY_WORDS = (
    ("行政检查", "行政监督检查"), ("监督检查", "行政监督检查"),
    ("行政强制措施", "行政强制"), ("行政强制执行", "行政强制"),
)

_ACTIONS = Kind(
    "actions", "其他行政行为",
    _party("CF") + (
        Field("行为类别", "action_category", ENUM, True, ACTION_CATEGORIES, description="行为类别",
              value_map=ACTION_CATEGORY_WORDS),
        Field("决定文书号", "decision_no", IDENT, True, description="决定文书号"),
        Field("行为依据", "legal_basis", FREE_TEXT, description="行为依据"),
        Field("行为内容", "action_content", FREE_TEXT, True, description="行为内容"),
        Field("金额(万元)", "amount", AMOUNT, description="金额，单位万元"),
        Field("决定日期", "decision_date", DATE, True, description="决定日期"),
        Field("有效期至", "valid_until", DATE, description="有效期至"),
        Field("公示截止期", "publicity_end", DATE, description="公示截止期"),
        Field("实施机关", "authority", TEXT, True, description="实施机关"),
        Field("实施机关统一社会信用代码", "authority_uscc", USCC, True, description="实施机关统一社会信用代码"),
        Field("数据来源单位", "source_unit", TEXT, True, description="数据来源单位"),
        Field("数据来源单位统一社会信用代码", "source_unit_uscc", USCC, True, description="数据来源单位统一社会信用代码"),
        Field("备注", "remarks", FREE_TEXT, aliases=("BZ",), description="备注"),
    ),
    key="决定文书号", issuer_code="实施机关统一社会信用代码", issuer_name="实施机关", decision_date="决定日期",
)

# Honour-list and blacklist headers as platforms write them (h22e redlist-honor-bean), each naming one field:
# - 荣誉名称 · 认定时间 · 认定单位 (the honour-list bean RedBlackList.java, github s9797456/projectCooperation
#   CreditRatingClient/src/com/credit/modelvo); 荣誉名称 · 认定日期 · 认定部门全称 (a 法人红榜上传模板,
#   DepartmentCreditRedUploadDTO.java of a municipal credit platform); 红名单类型 · 认定时间 · 认定单位名称 (浙江省公共信用
#   红名单信息, its table's columns as a county's data-return job names them);
# - 认定部门 · 列入黑名单日期 (住房和城乡建设部 四库一平台 jzsc.mohurd.gov.cn 黑名单记录, as its scrapers read it);
#   认定部门 · 列入严重失信主体名单日期 · 严重失信主体名单认定依据 (a 地质勘查单位 严重失信主体名单 page); 列入时间 as
#   the 国家企业信用信息公示系统 lists write it (generator/standards/gsxt-serious.toml reads it for those lists alone).
# 认定文案 (RedBlackList.java's affirmationDocument) may be the document's number or its text: not read (AMBIGUOUS_HEADERS).
_REDLIST = Kind(
    "redlist", "守信激励名单",
    _party("CF") + (
        Field("名单名称", "list_name", TEXT, True, aliases=("荣誉名称", "荣誉称号", "红名单类型", "红名单名称"),
              description="名单名称，如 A级纳税人"),
        Field("认定文号", "decision_no", IDENT, True, description="认定文号"),
        Field("认定依据", "legal_basis", FREE_TEXT, description="认定依据"),
        Field("认定日期", "decision_date", DATE, True, aliases=("认定时间",), description="认定日期"),
        Field("有效期至", "valid_until", DATE, description="有效期至"),
        Field("认定单位", "authority", TEXT, True, aliases=("认定部门", "认定部门全称", "认定单位名称", "认定机关"),
              description="认定单位"),
        Field("认定单位统一社会信用代码", "authority_uscc", USCC, True, description="认定单位统一社会信用代码"),
        Field("数据来源单位", "source_unit", TEXT, description="数据来源单位"),
        Field("备注", "remarks", FREE_TEXT, aliases=("BZ",), description="备注"),
    ),
    key="认定文号", issuer_code="认定单位统一社会信用代码", issuer_name="认定单位", decision_date="认定日期",
)

_BLACKLIST = Kind(
    "blacklist", "严重失信主体名单",
    _party("CF") + (
        Field("名单名称", "list_name", TEXT, True, description="名单名称"),
        Field("列入文号", "decision_no", IDENT, True, description="列入文号"),
        Field("列入原因", "reason", FREE_TEXT, True, description="列入原因"),
        Field("列入依据", "legal_basis", FREE_TEXT, True, aliases=("黑名单认定依据", "严重失信主体名单认定依据"),
              description="列入依据"),
        Field("列入日期", "decision_date", DATE, True, aliases=("列入时间", "列入黑名单日期", "列入严重失信主体名单日期"),
              description="列入日期"),
        Field("有效期至", "valid_until", DATE, description="有效期至"),
        Field("列入单位", "authority", TEXT, True, aliases=("认定部门",), description="列入单位"),
        Field("列入单位统一社会信用代码", "authority_uscc", USCC, True, description="列入单位统一社会信用代码"),
        Field("数据来源单位", "source_unit", TEXT, description="数据来源单位"),
        Field("备注", "remarks", FREE_TEXT, aliases=("BZ",), description="备注"),
        Field("失信程度", "tier", ENUM, codes=TIERS, description="失信程度（默认严重）", value_map=TIER_WORDS),
    ),
    key="列入文号", issuer_code="列入单位统一社会信用代码", issuer_name="列入单位", decision_date="列入日期",
)

# 承诺类型 as systems name the commitments (hx7): the 告知承诺 of 国办发〔2020〕42号 (证明事项和涉企经营许可事项
# 告知承诺制) replaces a proof or an approval (审批替代型); the others by their own word without 型.
COMMITMENT_TYPE_WORDS = (
    *((t, "审批替代型") for t in ("告知承诺", "告知承诺制", "证明事项告知承诺", "涉企经营许可事项告知承诺", "审批替代",
                                  "审批替代型承诺")),
    *((t, "容缺受理型") for t in ("容缺受理", "容缺受理承诺", "容缺办理")),
    *((t, "信用修复型") for t in ("信用修复", "信用修复承诺")),
    *((t, "行业自律型") for t in ("行业自律", "行业自律承诺")),
    *((t, "主动型") for t in ("主动承诺", "主动型承诺", "主动公示型", "主动公示承诺")),
    # The 信用承诺信息 template's own type beside 审批替代型 (generator/standards/xycn.toml): none of the contract's, kept
    # visible as 其他-证明事项型 (its kind in 备注), not folded into another (h11x).
    ("证明事项型", "其他-证明事项型"),
)
# 承诺履行状态 as the 信用承诺信息 template codes it (全部履行;部分履行;全部未履行, xycn.toml). A commitment kept in part is
# not kept: the template asks for 未履行的承诺内容 and 违诺责任追究内容 for 部分履行 as for 全部未履行 (h11x).
FULFILMENT_WORDS = (("全部履行", "已履约"), ("已履行", "已履约"), ("部分履行", "未履约"), ("全部未履行", "未履约"),
                    ("未履行", "未履约"), ("履行中", "履约中"))

_COMMITMENTS = Kind(
    "commitments", "信用承诺",
    _party("CF") + (
        Field("承诺类型", "commitment_type", ENUM, True,
              ("审批替代型", "容缺受理型", "信用修复型", "行业自律型", "主动型", "其他"), description="承诺类型",
              value_map=COMMITMENT_TYPE_WORDS),
        Field("承诺事项", "commitment_subject", TEXT, True, aliases=("承诺内容",), description="承诺事项"),
        Field("承诺编号", "decision_no", IDENT, True, description="承诺编号"),
        Field("做出承诺日期", "decision_date", DATE, True, aliases=("承诺日期", "承诺时间", "承诺作出日期"),
              description="做出承诺日期"),
        Field("承诺受理单位", "authority", TEXT, True, description="承诺受理单位"),
        Field("承诺受理单位统一社会信用代码", "authority_uscc", USCC, aliases=("承诺受理单位代码",),
              description="承诺受理单位统一社会信用代码"),
        Field("履约状态", "fulfilment", ENUM, codes=("履约中", "已履约", "未履约"), aliases=("履约情况", "承诺履行状态"),
              description="履约状态", value_map=FULFILMENT_WORDS),
        Field("经办人", "clerk", TEXT, privacy=CLERK, description="经办人（仅保留姓氏）"),
        Field("数据来源单位", "source_unit", TEXT, description="数据来源单位"),
        Field("备注", "remarks", FREE_TEXT, aliases=("BZ",), description="备注"),
    ),
    key="承诺编号", issuer_code="承诺受理单位统一社会信用代码", issuer_name="承诺受理单位",
    decision_date="做出承诺日期",
)

_EVALUATIONS = Kind(
    "evaluations", "公共信用综合评价",
    _party("CF") + (
        Field("评价类型", "evaluation_type", TEXT, True, description="评价类型，如公共信用综合评价、企业信用风险分类"),
        # 评级, 评级时间: a city credit platform's 信用综合评价 export (ExcelConstants XYZHPJ: 企业名称, 统一社会信用代码, 评分,
        # 评级, 评级时间; tests/exports/SOURCES.md "platform-lists", h11x).
        Field("评价结果", "grade", TEXT, True, aliases=("评价等级", "信用等级", "评级"), description="评价结果（等级）"),
        Field("评价编号", "decision_no", IDENT, True, description="评价编号"),
        Field("评价日期", "decision_date", DATE, True, aliases=("评级时间", "评级日期"), description="评价日期"),
        Field("有效期至", "valid_until", DATE, description="有效期至"),
        Field("评价单位", "authority", TEXT, True, description="评价单位"),
        Field("评价单位统一社会信用代码", "authority_uscc", USCC, description="评价单位统一社会信用代码"),
        Field("备注", "remarks", FREE_TEXT, aliases=("BZ",), description="备注"),
    ),
    key="评价编号", issuer_code="评价单位统一社会信用代码", issuer_name="评价单位", decision_date="评价日期",
)

_COMPLAINTS = Kind(
    "complaints", "消费投诉公示",
    _party("CF") + (
        Field("投诉编号", "decision_no", IDENT, True, description="投诉编号"),
        Field("投诉问题类型", "complaint_type", TEXT, True, description="投诉问题类型"),
        Field("投诉内容摘要", "summary", FREE_TEXT, description="投诉内容摘要（不含投诉人信息）"),
        Field("投诉日期", "complaint_date", DATE, True, description="投诉日期"),
        Field("处理结果", "outcome", TEXT, True, description="处理结果"),
        Field("处理日期", "decision_date", DATE, description="处理日期"),
        Field("公示截止期", "publicity_end", DATE, description="公示截止期"),
        Field("处理单位", "authority", TEXT, True, description="处理单位"),
        Field("备注", "remarks", FREE_TEXT, aliases=("BZ",), description="备注"),
    ),
    key="投诉编号", issuer_name="处理单位", decision_date="投诉日期",
)

_VOLUNTARY = Kind(
    "voluntary", "自愿注册信息",
    _party("CF") + (
        Field("信息类型", "info_type", ENUM, True, ("资质证照", "市场经营", "合同履约", "社会公益", "其他"),
              description="信息类型"),
        Field("信息标题", "title", TEXT, True, description="信息标题"),
        Field("信息内容", "content", FREE_TEXT, True, description="信息内容"),
        Field("登记编号", "decision_no", IDENT, True, description="登记编号"),
        Field("登记日期", "decision_date", DATE, True, description="登记日期"),
        Field("核验状态", "verification", ENUM, codes=("已核验", "未核验"), description="核验状态"),
        Field("核验单位", "authority", TEXT, description="核验单位"),
        Field("备注", "remarks", FREE_TEXT, aliases=("BZ",), description="备注"),
    ),
    key="登记编号", issuer_name="核验单位", decision_date="登记日期",
)

_ENTITIES = Kind(
    "entities", "市场主体基础信息",
    (
        Field("统一社会信用代码", "uscc", USCC, True, aliases=("行政相对人代码_1",), description="统一社会信用代码"),
        Field("主体名称", "name", TEXT, True, description="市场主体名称"),
        Field("主体类型", "entity_type", TEXT, description="主体类型"),
        Field("法定代表人", "legal_representative", TEXT, privacy=OPERATOR, description="法定代表人（个体工商户经营者仅保留姓氏）"),
        Field("成立日期", "founded", DATE, description="成立日期"),
        Field("登记机关", "registration_authority", TEXT, description="登记机关"),
        Field("住所", "address", TEXT, privacy=ORG_ONLY, description="住所（仅公开组织的住所）"),
        Field("经营范围", "business_scope", FREE_TEXT, description="经营范围"),
        Field("登记状态", "registration_status", TEXT, description="登记状态，如存续、注销、吊销"),
        Field("工商注册号", "business_reg_no", IDENT, aliases=("行政相对人代码_2", *REG_NO_ALIASES), description="工商注册号"),
    ),
    key="统一社会信用代码", has_party=False,
)

# Repairs and withdrawals as platforms export them (hx7 findings): the original decision named by the
# number's own header (原行政处罚决定书文号 in provincial repair and revocation lists, 原决定书文号,
# 原文书号, or the penalty's own 行政处罚决定书文号 when a repair list repeats the record), and the
# methods and types in the words systems use. What a repair or withdrawal does does not depend on
# these words (the record it names stops either way: rules.py), so an unknown word never lets the
# record stay public (validate.py keeps the row, with a warning).
CONTROL_TARGET_ALIASES = ("原行政处罚决定书文号", "原处罚决定书文号", "原行政处罚决定文书号", "原决定书文号", "原决定文号",
                          "原文书号", "原文号", "原行政许可决定文书号", "原许可决定书文号", "原列入文号", "行政处罚决定书文号",
                          "处罚决定书文号", "决定书文号", "决定文书号")
CONTROL_ISSUER_ALIASES = ("原处罚机关统一社会信用代码", "原决定机关代码", "处罚机关统一社会信用代码")
# The party a repair or withdrawal names (the list entry's own code when a list entry carries no number).
CONTROL_PARTY_ALIASES = ("行政相对人统一社会信用代码", "主体统一社会信用代码", "企业统一社会信用代码")
REPAIR_CATEGORY_WORDS = (
    *((t, "行政处罚") for t in ("行政处罚信息", "行政处罚决定", "处罚", "处罚信息", "一般失信行为", "一般失信行为信息",
                                "行政处罚（一般失信）", "失信行为")),
    *((t, "严重失信主体名单") for t in ("严重失信主体名单信息", "严重失信名单", "严重失信主体", "失信名单", "黑名单",
                                        "严重违法失信名单", "严重失信主体名单（黑名单）", "失信惩戒对象名单")),
    ("其他信息", "其他"), ("其它", "其他"),
)
REPAIR_METHOD_WORDS = (
    *((t, "终止公示") for t in ("提前终止公示", "停止公示", "撤下公示", "撤下", "屏蔽", "屏蔽公示", "不再公示", "信用修复",
                                "修复", "已修复", "修复完成", "修复成功", "终止公示（信用修复）")),
    *((t, "移出名单") for t in ("移出", "移除名单", "移除", "退出名单", "移出严重失信主体名单", "移出黑名单", "提前移出")),
)
WITHDRAWAL_TYPE_WORDS = (
    *((t, "撤销") for t in ("撤回", "撤销公示", "撤销决定", "撤销处罚", "已撤销", "撤消")),
    *((t, "变更") for t in ("更正", "修改", "变更决定", "更改", "纠正")),
    *((t, "错误认定") for t in ("纠错", "认定错误", "错误", "误列", "错列")),
    ("删除公示", "删除"),
)

_REPAIRS = Kind(
    "repairs", "信用修复决定",
    (
        Field("信息类别", "info_category", ENUM, True, ("行政处罚", "严重失信主体名单", "其他"),
              value_map=REPAIR_CATEGORY_WORDS),
        Field("原决定文书号", "target_no", IDENT, True, aliases=CONTROL_TARGET_ALIASES),
        Field("原决定机关统一社会信用代码", "target_issuer_uscc", USCC, aliases=CONTROL_ISSUER_ALIASES),
        Field("统一社会信用代码", "uscc", USCC, aliases=CONTROL_PARTY_ALIASES),
        Field("修复方式", "repair_method", ENUM, True, ("终止公示", "移出名单"), value_map=REPAIR_METHOD_WORDS),
        Field("修复决定日期", "effective_date", DATE, True, aliases=("修复日期", "修复时间", "信用修复日期", "修复完成日期")),
        Field("修复决定机关", "authority", TEXT, True),
        Field("备注", "remarks", FREE_TEXT, aliases=("BZ",)),
    ),
    has_party=False, control=True,
)

_WITHDRAWALS = Kind(
    "withdrawals", "撤销与更正",
    (
        Field("信息类别", "info_category", TEXT, True),
        Field("原决定文书号", "target_no", IDENT, True, aliases=CONTROL_TARGET_ALIASES),
        Field("原决定机关统一社会信用代码", "target_issuer_uscc", USCC, aliases=CONTROL_ISSUER_ALIASES),
        # A withdrawal of a list entry names it by the party's credit code, as repairs do (hx7 left).
        Field("统一社会信用代码", "uscc", USCC, aliases=CONTROL_PARTY_ALIASES),
        Field("撤销类型", "withdrawal_type", ENUM, True, ("撤销", "变更", "确认违法", "确认无效", "错误认定", "删除"),
              value_map=WITHDRAWAL_TYPE_WORDS),
        Field("撤销日期", "effective_date", DATE, True, aliases=("撤销时间", "撤销决定日期", "更正日期", "撤回日期")),
        Field("撤销原因", "reason", FREE_TEXT),
        Field("作出机关", "authority", TEXT, True),
        Field("备注", "remarks", FREE_TEXT, aliases=("BZ",)),
    ),
    has_party=False, control=True,
)

# The number of a record whose export has no number column (信用承诺, 公共信用综合评价 and 12315 exports list
# the party, the date and the matter only: hx7 left 7), composed from the party's public code (never a name:
# a person's name would be published in it), the date and the matter, as the 严重违法失信名单 without 列入文号
# gets one (generator/standards/gsxt-serious.toml). Dates in it are written YYYY-MM-DD whatever the export
# wrote, so the number stays the same from one export to the next; the report says the form, for repairs
# and withdrawals to name it.
COMPOSED_KEYS = {
    "commitments": "信用承诺（{party_code}，{做出承诺日期}，{承诺事项}）",
    "evaluations": "{评价类型}（{party_code}，{评价日期}）",
    "complaints": "消费投诉（{party_code}，{投诉日期}，{投诉问题类型}）",
}

# The field that names a record in lists, feeds and on entity pages, per kind.
HEADLINE = {
    "licenses": "许可内容", "penalties": "违法行为类型", "actions": "行为内容", "redlist": "名单名称",
    "blacklist": "名单名称", "commitments": "承诺事项", "evaluations": "评价类型", "complaints": "投诉问题类型",
    "voluntary": "信息标题",
}

KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        _ENTITIES, _LICENSES, _PENALTIES, _ACTIONS, _REDLIST, _BLACKLIST, _COMMITMENTS,
        _EVALUATIONS, _COMPLAINTS, _VOLUNTARY, _REPAIRS, _WITHDRAWALS,
    )
}
RECORD_KINDS = [k for k in KINDS if not KINDS[k].control and k != "entities"]
CONTROL_KINDS = [k for k in KINDS if KINDS[k].control]
DATA_FOLDERS = frozenset(KINDS)  # the data folder's subfolders the loader reads (load.list_inputs), one a kind
# The dishonesty kinds (a tier, repair dates) are contract.TIERED_KINDS, from contract.KIND_RULES.

_BRACKETS = str.maketrans({"（": "(", "）": ")", "【": "[", "】": "]", "\u3000": " "})


def _simplified_table() -> dict[int, str]:
    """Traditional -> simplified characters (the table hanziconv ships), for headers: a Big5 export from a
    Taiwan or Hong Kong system names its columns 行政相對人名稱 (hx8)."""
    from hanziconv import charmap

    return str.maketrans({t: s for t, s in zip(charmap.traditional_charmap, charmap.simplified_charmap) if t != s})


SIMPLIFIED = _simplified_table()


def normalize_header(header: object) -> str:
    """Reduce a header to the form the contract names it by.

    Tolerates surrounding white space (and NUL padding), full-width brackets, traditional characters, a trailing `(必填)`,
    a leading `*` required marker and the parenthetical of numbered party codes
    (`行政相对人代码_1(统一社会信用代码)`).
    """
    return _normalized(str(header))


# The national field codes as a Java platform's beans name them and its JSON interfaces answer (信用中国 and
# provincial credit sites: cfWsh, cfXdrMc, cfXdrShxym, cfJdrq, xkXdrMc …; Jackson writes a field's camelCase name):
# read as the codes (CF_WSH …). Only the cf/xk families: other camelCase keys stay as written.
_CAMEL_FIELD_CODE = re.compile(r"(?:cf|xk)(?:[A-Z][a-z0-9]*)+")


@functools.lru_cache(maxsize=8192)
def _normalized(text: str) -> str:
    # Cached: every build maps every kind's aliases again (header_map), thousands of calls per file.
    text = text.replace("\x00", "").translate(_BRACKETS).strip().lstrip("*").strip()
    text = without_field_code(text)
    if not text.isascii():
        text = text.translate(SIMPLIFIED)
    text = re.sub(r"\s+", "", text)
    if _CAMEL_FIELD_CODE.fullmatch(text):  # cfXdrMc -> CF_XDR_MC
        text = "_".join(re.findall(r"^[a-z]+|[A-Z][a-z0-9]*", text)).upper()
    text = re.sub(r"\(必填\)$", "", text)
    text = text.rstrip(":：")  # a label's colon (处罚内容: as a 2019-template exporter labels CF_NR)
    text = _without_fill_note(text)
    text = re.sub(r"^(行政相对人代码_\d)\(.*\)$", r"\1", text)
    return text


# A template's header cell holding the field's name and its field code together: on two lines (行政相对人名称 above
# CF_XDR_MC, or the code first) or the code in brackets after the name (行政相对人名称(CF_XDR_MC)), as data-item
# tables print the 双公示 standards' 数据项 with their 字段代码 (h12x). The name is read; a cell of a code alone, or
# of ASCII alone, is left as it is (the layouts read codes).
_FIELD_CODE = r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*"
_CODE_AFTER = re.compile(rf"^(.*?[^\x00-\x7f].*?)(?:\s*[\r\n]\s*|\s*[(\[]){_FIELD_CODE}[)\]]?\s*$", re.S)
_CODE_BEFORE = re.compile(rf"^{_FIELD_CODE}\s*[\r\n]\s*(.*[^\x00-\x7f].*)$", re.S)


def without_field_code(text: str) -> str:
    """A header cell without the field code written with its name (on its own line or in brackets after it)."""
    if text.isascii() or not re.search(r"[A-Za-z]", text):
        return text
    m = _CODE_AFTER.match(text) or _CODE_BEFORE.match(text)
    return m.group(1).strip() if m else text  # the name: the only group of either pattern


# A note on how to fill the column, written after its name in templates' headers: the 2016 standard prints
# 处罚决定日期（格式为：YYYY/MM/DD）, 处罚类别1（0=警告；1=罚款；…）, 当前状态（0=正常（或空白）；1=撤销；…）
# (its importers' entity comments, tests/exports/SOURCES.md "2016-penalty"); provinces' templates add （必填项）,
# （选填）, a trailing *. Such a header was an unknown column and the file was refused for lacking the field (h9x).
# A note naming an identity document is kept: the header then says the column holds one (IDENTITY_HEADER).
_FILL_NOTE = re.compile(r"\((?:必填|选填|非必填|可选|可为空|不可为空|格式|日期格式|填写|填报|\d+=|[A-Z]=)")


def _without_fill_note(text: str) -> str:
    text = text.rstrip("*")
    m = _FILL_NOTE.search(text)
    if m is None or m.start() == 0 or not text.endswith(")") or IDENTITY_HEADER.search(text[m.start():]):
        return text
    return text[:m.start()]


def header_map(kind: Kind) -> dict[str, str]:
    """Every accepted header spelling (normalised) -> the contract's field name."""
    mapping: dict[str, str] = {}
    for f in kind.fields:
        for spelling in (f.name, *f.aliases):
            mapping[normalize_header(spelling)] = f.name
            mapping[normalize_header(spelling).upper()] = f.name
    return mapping


# Amount headers as local systems spell their unit (hx7 findings): 罚款金额(元), 罚款金额（单位：元）,
# 罚款金额/万元, 罚款金额[元], 罚款金额（人民币元）, 罚款金额(万) … A header is read as the field of its stem
# when the unit is stated; in 元 its bare numbers are converted (load.py). A stem with no unit at all
# (罚款金额) is not read: no standard says which unit it is in, and 5000 read in the wrong one is a fine
# 10,000 times too large or too small (the report asks staff to name the unit in the header).
AMOUNT_HEADER_STEMS = {
    "罚款金额(万元)": ("罚款金额", "处罚金额", "罚款数额", "罚款额", "罚款"),
    "没收违法所得、没收非法财物的金额(万元)": ("没收违法所得、没收非法财物的金额", "没收违法所得、没收非法财务的金额",
                                           "没收违法所得和非法财物的金额", "没收违法所得、非法财物的金额", "没收金额",
                                           "没收违法所得金额", "没收违法所得"),
    "金额(万元)": ("金额",),
}
YUAN, WAN_YUAN = "元", "万元"
_AMOUNT_UNIT = re.compile(r"^[(\[/_-]?(?:单位[:：]?)?(?:人民币)?(万元|元|万)[)\]]?$")


def amount_header(kind: Kind, norm: str) -> tuple[str, str] | None:
    """(field, unit) for an amount header whose stem names an amount field of `kind` (a normalised header);
    unit is YUAN, WAN_YUAN or "" when the header states none; None when it is no amount header."""
    for name, stems in AMOUNT_HEADER_STEMS.items():
        if name not in kind.names:
            continue
        for stem in stems:
            if not norm.startswith(stem):
                continue
            rest = norm[len(stem):]
            if not rest:
                return name, ""
            unit = _AMOUNT_UNIT.match(rest)
            if unit:
                return name, YUAN if unit.group(1) == "元" else WAN_YUAN
    return None


# -- national layouts and list formats (generator/standards/*.toml) -------------------------------

# Inside a numbered header's parenthetical, the words the standards use for a field.
HEADER_SYNONYMS = {"工商登记码": "工商注册号", "居民身份证号": "证件号码", "身份证号": "证件号码",
                   "身份证号码": "证件号码", "相对人证件号码": "证件号码"}
# Headers local systems use whose field cannot be told from the words alone (h10x): not read, and the report
# says which field they may be and the columns.toml line that reads them so. kind -> header -> (fields, why).
_HANDLING_UNIT = (("处罚机关",), "可能是承办案件的内设机构或执法队，不一定是作出处罚决定的机关")
AMBIGUOUS_HEADERS: dict[str, dict[str, tuple[tuple[str, ...], str]]] = {
    "penalties": {
        # catkins10/cms Municipal.java deparment: the body that handled the case may be the unit inside it
        # (执法大队, 科室), not the 处罚机关 whose credit code is published.
        "办理机关": _HANDLING_UNIT, "办案机构": _HANDLING_UNIT, "承办机构": _HANDLING_UNIT,
        # The tax table above: its 处罚原因 holds the article applied (《税收征收管理法》第六十二条), another system's the facts.
        "处罚原因": (("违法事实", "处罚依据"), "可能是违法事实，也可能是处罚依据（有的系统在此列填写法律条文）"),
    },
    "redlist": {
        # RedBlackList.java's 认定文案 (affirmationDocument, the comment above _REDLIST): the document's number in one
        # export, its title or text in another.
        "认定文案": (("认定文号", "认定依据"), "可能是认定文件的文号，也可能是文件名称或正文"),
    },
}
# A header naming an identity document: its column is never public, whatever it is mapped to.
IDENTITY_HEADER = re.compile(r"身份证|证件号|身份号码|护照|通行证|台胞证|军官证|士兵证|社会保障号|社保号")
# Headers over one column holding each party's code, whichever it is (a credit code, an old registration or
# organisation code, or a person's ID number): each value goes where its form says, an ID number never public.
# 行政相对人 merged over 名称 | 代码 reads as 行政相对人代码 (hx8); the others as systems head such a column.
PARTY_CODE_HEADERS = frozenset({"行政相对人代码", "相对人代码", "主体代码", "统一社会信用代码/身份证号码",
                                "统一社会信用代码/证件号码", "统一社会信用代码或身份证号码", "统一社会信用代码(身份证号码)",
                                "证件号码/统一社会信用代码", "身份证号码/统一社会信用代码"})
# Headers that are never data (a row numbering of the sheet).
# One column holding a validity period whole (有效期限 "2026-03-01至2031-02-28"), as 药品/食品经营许可证 print it: split
# into the kind's start and end fields when the file has neither (h20e case 11).
PERIOD_HEADERS = frozenset({"有效期限", "有效期", "许可有效期", "许可有效期限", "有效期限(起止)", "有效期(起止)",
                            "有效期起止", "有效期起止日期", "有效期限(起止日期)", "有效起止日期"})
PERIOD_FIELDS = ("有效期自", "有效期至")
SERIAL_HEADERS = ("序号", "编号序号", "NO", "NO.")


@dataclass(frozen=True)
class KindLayout:
    """How one layout names one kind's columns, and what its rows imply (one [kind] table of a layout file)."""

    columns: dict[str, str]  # normalised header -> field ("" = a known column that is not read)
    signature: frozenset[str] = frozenset()  # normalised headers only this layout has
    join: tuple[str, ...] = ()  # fields whose several columns are joined with "；"
    split: frozenset[str] = frozenset()  # normalised headers holding a party code or an ID number
    fill: dict[str, str] = field(default_factory=dict)  # field -> value where the file has none
    copy: dict[str, str] = field(default_factory=dict)  # field -> the field it is copied from when empty
    if_present: dict[str, tuple[str, str]] = field(default_factory=dict)  # field -> (other field, value)
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> coded value -> text
    withdrawn: dict[str, tuple[str, ...]] = field(default_factory=dict)  # header -> values of a revoked record
    # header -> status value -> its meaning: a record kept and published whose status staff must settle, each row
    # named in the report (the 2016 standard's 当前状态 2 异议 / 3 其他).
    noted: dict[str, dict[str, str]] = field(default_factory=dict)
    compose: dict[str, str] = field(default_factory=dict)  # field -> template over {header} / {party_code}
    removed: frozenset[str] = frozenset()  # normalised headers whose filled cell means the entry left the list
    # field -> (text field, start date field, words): an end date counted from the start date by the period the
    # text states before the words (政府采购: 处罚结果 "一年内禁止参加政府采购活动" from 处罚日期).
    period: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    # normalised header -> the values this list's entries have there: a row with another value belongs to
    # another list exported with it (a customs credit list's 失信企业 beside its 高级认证企业) and is not read.
    only: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Words that name the list in a title row above the header, the sheet's or the file's name: the list is
    # recognised by them when its signature columns are absent (a wage-arrears list published without its
    # arrears columns) and the header lacks a field the layout fills or composes.
    titled: tuple[str, ...] = ()
    # field -> why a file of this layout may lack it and where staff find it: said when the file is refused for
    # lacking the field (the 公示系统's penalty list has no 违法事实 or 处罚依据: they are in its case records).
    missing: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Layout:
    """A national standard or list format, read from generator/standards/<name>.toml."""

    name: str
    title: str
    default: bool
    kinds: dict[str, KindLayout]


def _kind_layout(table: dict[str, Any], shared: dict[str, str]) -> KindLayout:
    def norm_map(raw: Any) -> dict[str, str]:
        return {normalize_header(k): str(v) for k, v in dict(raw or {}).items()}

    columns = {**shared, **norm_map(table.get("columns"))}
    for header in table.get("ignore", ()):
        columns.setdefault(normalize_header(header), "")
    return KindLayout(
        columns=columns,
        signature=frozenset(normalize_header(h) for h in table.get("signature", ())),
        join=tuple(table.get("join", ())),
        split=frozenset(normalize_header(h) for h in table.get("split", ())),
        fill={str(k): str(v) for k, v in dict(table.get("fill", {})).items()},
        copy={str(k): str(v) for k, v in dict(table.get("copy", {})).items()},
        if_present={str(k): (str(v[0]), str(v[1]))
                    for k, v in dict(table.get("if_present", {})).items()},
        values={str(k): {str(a): str(b) for a, b in dict(v).items()}
                for k, v in dict(table.get("values", {})).items()},
        withdrawn={normalize_header(k): tuple(str(x) for x in v)
                   for k, v in dict(table.get("withdrawn", {})).items()},
        noted={normalize_header(k): {str(a): str(b) for a, b in dict(v).items()}
               for k, v in dict(table.get("noted", {})).items()},
        compose={str(k): str(v) for k, v in dict(table.get("compose", {})).items()},
        removed=frozenset(normalize_header(h) for h in table.get("removed", ())),
        period={str(k): (str(v["text"]), str(v["from"]), str(v["words"]))
                for k, v in dict(table.get("period", {})).items()},
        only={normalize_header(k): tuple(str(x) for x in v) for k, v in dict(table.get("only", {})).items()},
        titled=tuple(str(w) for w in table.get("titled", ())),
        missing={str(k): str(v) for k, v in dict(table.get("missing", {})).items()},
    )


def load_layouts() -> dict[str, Layout]:
    """Every layout file of generator/standards, checked against the contract (a typo is a bug: it raises)."""
    import tomllib
    from importlib import resources

    layouts: dict[str, Layout] = {}
    folder = resources.files("generator") / "standards"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
        name = entry.name.removesuffix(".toml")
        shared = {normalize_header(k): str(v) for k, v in dict(data.get("all", {}).get("columns", {})).items()}
        kinds: dict[str, KindLayout] = {}
        for kind_name, kind in KINDS.items():
            table = data.get(kind_name)
            if table is None and not (shared and kind.has_party):
                continue
            layout = _kind_layout(dict(table or {}), shared if kind.has_party else {})
            names = set(kind.names)
            used = ({t for t in layout.columns.values() if t} | set(layout.join) | set(layout.fill)
                    | set(layout.copy) | set(layout.copy.values()) | set(layout.if_present) | set(layout.values)
                    | set(layout.compose) | set(layout.period) | set(layout.missing)
                    | {n for text, start, _ in layout.period.values() for n in (text, start)})
            unknown = used - names
            if unknown:
                raise ValueError(f"{entry.name}: [{kind_name}] names fields not in the contract: {sorted(unknown)}")
            kinds[kind_name] = layout
        layouts[name] = Layout(name, str(data.get("title", name)), bool(data.get("default", False)), kinds)
    return layouts


LAYOUTS: dict[str, Layout] = load_layouts()
