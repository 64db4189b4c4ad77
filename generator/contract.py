"""The data contract in one place, for the stages to import from.

What a record is, from the exports to the published site:

- **kinds and fields** — every kind, its fields, aliases, code lists, privacy classes, key,
  issuer and decision-date fields — are declared once as data in `generator/schema.py`
  (`KINDS`, `Kind`, `Field`); the party fields every kind shares are named here;
- **internal columns** — what the stages add to a record (where it came from, the birth date
  derived from an ID number, its status, tier, stop date, entity, identity …) — are declared
  here, once;
- **the record key** and its one per-kind exception (a licence without a decision number is
  known by its 许可编号, `Kind.key_fallback`): `record_key`, `must_be_filled`;
- **a record's public identity**: `record_id` (with the party for a decision that names several,
  `party_token`);
- **the published-record model**: `Decided`, the records of every kind with their publication
  status, which every stage after the rules reads.

No stage declares a contract name of its own: a new field goes into schema.py, a new internal
column here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from generator.problems import Problem
from generator.schema import KIND_TITLES_FOR_CONTROL, KINDS, RECORD_KINDS, Field, Kind

if TYPE_CHECKING:  # pandas only where a frame is handled: settings and the CLI import the contract without it
    import pandas as pd

# -- kind names, for a stage that treats one kind apart (a misspelt name is an ImportError, never a
#    kind that silently matches nothing); the kinds themselves are schema.py's KINDS ----------------

LICENSES = "licenses"
PENALTIES = "penalties"
ACTIONS = "actions"
REDLIST = "redlist"
BLACKLIST = "blacklist"
COMMITMENTS = "commitments"
EVALUATIONS = "evaluations"
COMPLAINTS = "complaints"
VOLUNTARY = "voluntary"
REGISTRY = "entities"  # the market-entity registry: no party block, its rows are the entities
REPAIRS = "repairs"
WITHDRAWALS = "withdrawals"

# -- the party fields every record kind shares (schema.py `_party`) --------------------------------

PARTY_NAME_FIELD = "行政相对人名称"
PARTY_CATEGORY_FIELD = "行政相对人类别"
USCC_FIELD = "统一社会信用代码"
REG_NO_FIELD = "工商注册号"  # 个体工商户 without a credit code are known by it
ORG_CODE_FIELD = "组织机构代码"
TAX_REG_NO_FIELD = "税务登记号"
INSTITUTION_NO_FIELD = "事业单位证书号"
SOCIAL_ORG_NO_FIELD = "社会组织登记证号"
# The codes that identify a party: a natural person's are never public (they link the person's records).
PARTY_CODES = (USCC_FIELD, REG_NO_FIELD, ORG_CODE_FIELD, TAX_REG_NO_FIELD, INSTITUTION_NO_FIELD, SOCIAL_ORG_NO_FIELD)
ID_TYPE_FIELD = "证件类型"  # a natural person's identity document (never public)
ID_NUMBER_FIELD = "证件号码"
REP_FIELD = "法定代表人"  # the legal representative (operator of a 个体工商户)
REP_ID_TYPE_FIELD = "法定代表人证件类型"
REP_ID_NUMBER_FIELD = "法定代表人证件号码"
BIRTH_DATE_FIELD = "出生日期"  # a natural person's birth date where the document gives none (never public)
# Fields naming a person besides the party: the representative (also the registry's) and a clerk.
CLERK_FIELD = "经办人"  # commitments: always masked
PERSON_NAME_FIELDS = (PARTY_NAME_FIELD, REP_FIELD, CLERK_FIELD)  # their values may be people's names
# The party block: the cells that may differ between the rows of one decision naming several parties (共同违法:
# one 文号, one row per 当事人, as the 2019 template lays it out), with the kind's `KindRules.per_party` fields.
PARTY_BLOCK = (PARTY_NAME_FIELD, PARTY_CATEGORY_FIELD, *PARTY_CODES, REP_FIELD, REP_ID_TYPE_FIELD, REP_ID_NUMBER_FIELD,
               ID_TYPE_FIELD, ID_NUMBER_FIELD, BIRTH_DATE_FIELD)

# -- fields the stages compute with, beyond the party block and each kind's key, issuer and decision
#    date (`Kind.key`, `Kind.issuer_name`, `Kind.decision_date`); checked against schema.py below -------

LIST_NAME = "名单名称"  # redlist, blacklist
ACTION_CATEGORY = "行为类别"  # actions: a 权力清单 type of another kind (行政许可, 行政处罚) belongs in that kind's folder
LIST_BASIS = {REDLIST: "认定依据", BLACKLIST: "列入依据"}  # the legal basis of a list entry
DEGREE = "失信程度"  # penalties, blacklist: the tier as the export states it
VALID_UNTIL = "有效期至"  # licenses, redlist, blacklist, evaluations
PENALTY_VALID_UNTIL = "处罚有效期"  # penalties
PUBLICATION_UNTIL = "公示截止期"  # an end of publication the export states
# Dates that may say "no end" (长期, 永久, 2099-12-31: LONG_TERM); every other date must be a real date.
END_DATE_FIELDS = (PENALTY_VALID_UNTIL, VALID_UNTIL, PUBLICATION_UNTIL)
# Penalties: what the 所属领域 (and with it the one-year minimum) is derived from where the export has none.
DOMAIN = "所属领域"
PENALTY_AUTHORITY = "处罚机关"
PENALTY_BASIS = "处罚依据"
VIOLATION_TYPE = "违法行为类型"
# Penalties: what the tier is derived from where the export states none (publication-rules.md), and what a
# fine's amount is checked against.
PENALTY_TYPES = "处罚类别"
PROCEDURE = "案件程序"
FINE = "罚款金额(万元)"
CONFISCATED = "没收违法所得、没收非法财物的金额(万元)"
LICENCE_TAKEN = "暂扣或吊销证照名称及编号"
PENALTY_CONTENT = "处罚内容"
LICENCE_STATE = "当前状态"  # licenses: 有效 / 无效
VALID_FROM = "有效期自"  # licenses
HANDLED_DATE = "处理日期"  # complaints: publication runs from it (from the complaint's date when empty)
REMARKS = "备注"  # every kind but the registry
COMMITMENT_TYPE = "承诺类型"
FULFILMENT = "履约状态"  # commitments
COMPLAINT_TYPE = "投诉问题类型"
COMPLAINT_OUTCOME = "处理结果"
GRADE_SCHEME = "评价类型"  # evaluations
GRADE = "评价结果"
REGISTRY_NAME = "主体名称"
REGISTRY_TYPE = "主体类型"
REGISTRY_STATUS = "登记状态"

# Repairs and withdrawals (the control kinds): what they point at, and when and how they take effect.
CONTROL_CATEGORY = "信息类别"  # the kind of the record they apply to, in words (KIND_TITLES_FOR_CONTROL)
CONTROL_TARGET_NO = "原决定文书号"
CONTROL_TARGET_ISSUER = "原决定机关统一社会信用代码"
CONTROL_EFFECT = {REPAIRS: ("repaired", "修复决定日期"), WITHDRAWALS: ("withdrawn", "撤销日期")}  # reason, date field

SOURCE_UNIT = "数据来源单位"  # the reporting unit (a printed report leaves it out, with the authorities' codes)

# -- per-kind rules, as data: what the stages do with one kind beyond its fields ---------------------


@dataclass(frozen=True)
class KindRules:
    """What the rules and the published views do with one kind beyond its fields (`schema.Kind`).

    Declared once, in `KIND_RULES`; a stage reads the attribute instead of comparing the kind's
    name, so that a new kind with the same treatment needs one line here and no stage changes.
    """

    # The market-entity registry: its rows are the entities (no party block, always published, an
    # entity page's profile rather than a record of it).
    entity_rows: bool = False
    # Dishonesty kinds: how the tier (TIER) is found where the export states none (DEGREE):
    # "derived" from 处罚类别, 案件程序 and 罚款金额 (publication-rules.md), or "default" (the
    # rules.toml default of a serious-dishonesty list).
    tier: str = ""
    # Where to apply for repair depends on the deciding authority (market regulation: the national
    # enterprise credit system; any other: 信用中国).
    repair_where_by_authority: bool = False
    lapses: bool = False  # past VALID_UNTIL a record stays published, marked 已失效 (BADGE)
    stops_at_valid_until: bool = False  # past VALID_UNTIL a list entry or grade stops
    # VALID_UNTIL is the record's last valid day, so it stops the day after (a grade "past 有效期至" is
    # withheld, the words that make a licence 已失效 from the next day); a list entry, "published until
    # 有效期至", stops on the day itself (publication-rules.md; h21l, session 15).
    valid_through_valid_until: bool = False
    # Published within the working-day limit of their decision (rules.toml `timeliness`; the report
    # lists late ones).
    timely: bool = False
    # Publication stops a fixed number of months (rules.toml) after this date (the decision date
    # where it is empty), when the export states no earlier end.
    stop_counted_from: str = ""
    # The latest valid record per entity and this field is marked current (CURRENT): a grade.
    current_per: str = ""
    # Entity pages: an entry of the serious-dishonesty list leads the verdict and the search line;
    # records counted by tier in the verdict; outcomes counted under the verdict.
    serious_list: bool = False
    tiers_in_verdict: bool = False
    outcomes_in_verdict: bool = False
    # Control kinds: the kinds a row may apply to, by its CONTROL_CATEGORY (another category: every
    # record kind, with a warning when `warn_unknown_category`).
    targets_by_category: dict[str, tuple[str, ...]] = field(default_factory=dict)
    warn_unknown_category: bool = False
    # Lists whose entries carry no decision number of their own (the 公示系统 and 政府采购 lists, the tax
    # A-list: load.py composes one from the party's code): a repair that names the party's credit code
    # and no number applies to the party's entries of such a kind (hx7 findings: staff cannot know the
    # composed number, and the entity stayed listed).
    matched_by_party: bool = False
    # Control kinds: whether the row's party code narrows a match by number (a repair's does; a withdrawal's
    # 统一社会信用代码, added for list entries without a number, may hold the body's own code: hx8).
    party_narrows_number: bool = True
    # Fields besides the party block (PARTY_BLOCK) that are each party's own in a decision naming several parties
    # (共同违法, "一案有多名违法行为人的，分别决定": http://law.newdu.com/c/20230413/1435.html; the 2019 template's one
    # row per 行政相对人 under one 文号: each party's 处罚内容 and amounts): rows
    # of one key that differ only there are one decision with several parties, published one record per party.
    per_party: tuple[str, ...] = ()


KIND_RULES: dict[str, KindRules] = {
    REGISTRY: KindRules(entity_rows=True),
    LICENSES: KindRules(lapses=True, timely=True),
    PENALTIES: KindRules(tier="derived", repair_where_by_authority=True, timely=True, tiers_in_verdict=True,
                         per_party=(PENALTY_TYPES, PENALTY_CONTENT, FINE, CONFISCATED, LICENCE_TAKEN, DEGREE)),
    ACTIONS: KindRules(timely=True),
    REDLIST: KindRules(stops_at_valid_until=True, matched_by_party=True),
    BLACKLIST: KindRules(tier="default", stops_at_valid_until=True, serious_list=True, matched_by_party=True),
    COMMITMENTS: KindRules(),
    EVALUATIONS: KindRules(stops_at_valid_until=True, valid_through_valid_until=True, current_per=GRADE_SCHEME),
    COMPLAINTS: KindRules(stop_counted_from=HANDLED_DATE, outcomes_in_verdict=True),
    VOLUNTARY: KindRules(),
    # A repair names the kind it repairs in words; only these two kinds can be repaired.
    REPAIRS: KindRules(targets_by_category={"行政处罚": (PENALTIES,), "严重失信主体名单": (BLACKLIST,)}),
    # A withdrawal names any record kind, in words (KIND_TITLES_FOR_CONTROL) or by its folder name.
    WITHDRAWALS: KindRules(targets_by_category={**{title: (kind,) for title, kind in KIND_TITLES_FOR_CONTROL.items()},
                                                **{kind: (kind,) for kind in RECORD_KINDS}},
                           warn_unknown_category=True, party_narrows_number=False),
}

# The same rules as lists of kinds, for the stages that loop over them.
LAPSING_KINDS = tuple(k for k, r in KIND_RULES.items() if r.lapses)
STOPS_AT_VALID_UNTIL = tuple(k for k, r in KIND_RULES.items() if r.stops_at_valid_until)
TIMELY_KINDS = tuple(k for k, r in KIND_RULES.items() if r.timely)
TIERED_KINDS = tuple(k for k, r in KIND_RULES.items() if r.tier)  # penalties, blacklist: TIER, repair dates
# Entity page sections by weight: the worst news first, then licences and honours (issue 20).
SECTION_ORDER = (BLACKLIST, PENALTIES, ACTIONS, COMPLAINTS, LICENSES, REDLIST, EVALUATIONS, COMMITMENTS, VOLUNTARY)


# -- status and outcome columns: what an export keeps beside the contract's fields to say a row no longer
#    stands, read whatever the layout (h22e cases 1-5: each was dropped as file-unknown-column and the row
#    took effect; a layout file may declare more for its own headers, generator/standards/*.toml) ---------


@dataclass(frozen=True)
class StatusColumns:
    """The columns of one kind's exports that say whether a row stands, and what their words mean.

    A row that does not stand is not read (a list entry already removed, a revoked decision, a repair refused
    or not yet decided); it is named in the report with `code`. A status word that is none of the declared
    ones refuses the row (`row-status-unknown`): it is never published, nor does it act, on a guess."""

    # A filled cell in one of these headers: the row no longer stands (a list's 移出日期, 撤销原因).
    gone_when_filled: tuple[str, ...] = ()
    # Headers holding a status word, and the words by meaning.
    status: tuple[str, ...] = ()
    stands: tuple[str, ...] = ()
    gone: tuple[str, ...] = ()
    noted: dict[str, str] = field(default_factory=dict)  # word -> its meaning: stands, named for staff to settle
    blank_stands: bool = True  # an empty status cell: the row stands
    code: str = ""  # the problem a row that does not stand is named with
    said: str = ""  # what that problem says of it


# A list's entries: the gsxt list's 移出日期 / 移出原因 (tests/exports/SOURCES.md "gsxt"; 国家发展改革委令第58号
# 《失信行为纠正后的信用信息修复管理办法（试行）》第三条 移出严重失信主体名单), an honour list's 撤销日期 / 撤销原因 (the
# 守合同重信用 honour bean's revocation time, s9797456/projectCooperation RedBlackList.java), and a 名单状态 word.
_LIST_STATUS = StatusColumns(
    gone_when_filled=("移出日期", "移出时间", "移出原因", "移出决定日期", "移出文号", "移出决定文号", "移出决定书文号",
                      "撤销日期", "撤销时间", "撤销原因", "撤销文号", "撤销决定日期", "撤销认定日期", "退出日期", "退出原因"),
    status=("名单状态", "状态", "当前状态", "列入状态", "认定状态", "有效状态"),
    stands=("在列", "列入", "已列入", "在册", "有效", "正常", "认定", "已认定", "公示中", "生效"),
    gone=("移出", "已移出", "撤销", "已撤销", "撤消", "已撤消", "撤回", "已撤回", "失效", "已失效", "无效", "退出", "已退出",
          "删除", "已删除", "过期", "已过期", "期满移出", "到期移出", "提前移出"),
    code="row-removed-in-file", said="已移出名单或已撤销，不公开")
# A decision: the 2016 standard's 当前状态 (CF_ZT: 0 正常, 1 撤销, 2 异议, 3 其他; generator/standards/sgs2016.toml),
# kept by 2019-template exports of upgraded platforms, as codes or words. 2 and 3 are published and named, as 2016's.
_DECISION_STATUS = StatusColumns(
    status=("当前状态", "CF_ZT"),
    stands=("0", "正常", "有效"),
    gone=("1", "撤销", "已撤销", "撤消", "已撤消"),
    noted={"2": "异议", "3": "其他", "异议": "异议", "其他": "其他"},
    code="row-withdrawn-in-file", said="该决定已撤销，不公开")
# A repair or withdrawal: a platform's 信用修复 or 异议/更正 module lists every application with its outcome
# (58号令 第十六条: 准予修复 or 不予修复 with its reasons; an audit's 待审核 / 审核中 / 审核通过 / 审核不通过 / 审核未通过 /
# 已驳回, as 审核状态 enums write them: ltfei-blog/service packages/config/keys/articlesAudit.ts, aehyok/vuecomponent
# src/utils/currency.js). Only a granted row acts: a refused or pending one never ends a record's publication, and a
# blank outcome is no grant. (A bare 撤回 is not among them: it may be the decision's own 撤回, and is refused as unknown.)
_CONTROL_OUTCOME = StatusColumns(
    status=("修复结果", "修复状态", "审核结果", "审核状态", "审批结果", "审批状态", "办理结果", "办理状态", "处理结果",
            "处理状态", "申请状态"),
    stands=("准予修复", "同意修复", "予以修复", "修复成功", "已修复", "审核通过", "已审核通过", "审批通过", "已通过", "通过",
            "同意", "准予", "予以通过"),
    gone=("不予修复", "不同意修复", "修复失败", "审核不通过", "审核未通过", "审批不通过", "未通过", "不通过", "不予通过",
          "不同意", "驳回", "已驳回", "退回", "已退回", "审核拒绝", "拒绝", "已拒绝", "不予受理", "待审核", "审核中", "未审核",
          "未提交审核", "待审批", "审批中", "待处理", "处理中", "办理中", "待办理", "受理中", "已受理", "撤回申请",
          "申请已撤回"),
    blank_stands=False,
    code="control-not-approved", said="未获准予（不予修复、审核未通过或尚待审核），不应用：原记录照常公示")
STATUS_COLUMNS: dict[str, StatusColumns] = {
    BLACKLIST: _LIST_STATUS, REDLIST: _LIST_STATUS,
    PENALTIES: _DECISION_STATUS, ACTIONS: _DECISION_STATUS,
    REPAIRS: _CONTROL_OUTCOME, WITHDRAWALS: _CONTROL_OUTCOME,
}


# -- internal columns: added by the stages, never a column of an export ------------------------------

# load: where each row came from (file, the row number the spreadsheet shows), and cells of unknown columns
ROW = "_row"
FILE = "_file"
EXTRA_CELLS = "_extra_cells"
# The fields the row's sheet has no column for (left empty, or a layout's or columns.toml's default, copied or
# composed), as bits over `Kind.names` (`unwritten_bits`): a value the file did not write never conflicts with
# one another file wrote for the same record (validate.py's duplicates). Dropped after validation.
UNWRITTEN = "_unwritten"
# deidentify: the birth date an ID number gives; private, dropped before any output
BIRTH_DATE = "_birth_date"
BIRTH_UNKNOWN = "?"  # in BIRTH_DATE: a 个体工商户 operator's document is given but shows no birth date
# rules: the publication decision and what is derived with it
STATUS = "_status"  # PUBLISHED or one of WITHHELD_REASONS
TIER = "_tier"  # penalties, blacklist: 轻微 / 一般 / 严重
STOP = "_stop_date"  # the day publication stops ("" = no end)
REPAIR_FROM = "_repair_from"  # the day from which credit repair may be requested
WHERE_TO_APPLY = "_apply_at"  # where to apply for repair
ENTITY = "_entity"  # the code in the entity page's URL; "" for natural persons
RECORD_ID = "_id"  # record_id(kind, key, issuer)
KEY = "_key"  # record_key: the decision number (or its per-kind fallback)
ISSUER = "_issuer"  # the issuing body's credit code
CURRENT = "_current"  # evaluations: the latest valid grade per entity and scheme
BADGE = "_badge"  # licences: 有效 / 已失效

# -- statuses --------------------------------------------------------------------------------------

PUBLISHED = "published"
# Withheld reasons, most specific first: when several apply, the first one is reported.
WITHHELD_REASONS = ("minor", "age-unknown", "withdrawn", "repaired", "not-published", "expired", "conflict")
# The reason the public removal ledger and change notes give for a record that stopped being published.
# A withholding for the person's sake has one neutral reason: "minor" beside a hash that anyone holding
# the decision (or trying its sequential numbers) can compute would tell that the party was a child
# (adversarial round 6). The staff report keeps the exact reason.
PRIVATE_REASON = "withheld"
PUBLIC_REASON_OF = {"minor": PRIVATE_REASON, "age-unknown": PRIVATE_REASON}


def public_reason(reason: str) -> str:
    """The reason a removal is published under (`PUBLIC_REASON_OF`); the others as they are."""
    return PUBLIC_REASON_OF.get(reason, reason)


_FIELDS_OF = {
    PARTY_NAME_FIELD: ("penalties", "licenses"), PARTY_CATEGORY_FIELD: ("penalties", "licenses"),
    USCC_FIELD: ("penalties", "licenses", "entities"), REG_NO_FIELD: ("penalties", "licenses", "entities"),
    ORG_CODE_FIELD: ("penalties", "licenses"), INSTITUTION_NO_FIELD: ("penalties",),
    SOCIAL_ORG_NO_FIELD: ("penalties",), CLERK_FIELD: ("commitments",),
    TAX_REG_NO_FIELD: ("penalties", "licenses"), ID_TYPE_FIELD: ("penalties", "licenses"),
    ID_NUMBER_FIELD: ("penalties", "licenses"), REP_FIELD: ("penalties", "licenses", "entities"),
    REP_ID_TYPE_FIELD: ("penalties", "licenses"), REP_ID_NUMBER_FIELD: ("penalties", "licenses"),
    BIRTH_DATE_FIELD: ("penalties", "licenses"),
    LIST_NAME: ("redlist", "blacklist"), LIST_BASIS["redlist"]: ("redlist",), LIST_BASIS["blacklist"]: ("blacklist",),
    DEGREE: ("penalties", "blacklist"), VALID_UNTIL: ("licenses", "redlist", "blacklist", "evaluations"),
    PENALTY_VALID_UNTIL: ("penalties",), PUBLICATION_UNTIL: ("penalties", "actions", "complaints"),
    DOMAIN: ("penalties",), PENALTY_AUTHORITY: ("penalties",), PENALTY_BASIS: ("penalties",),
    VIOLATION_TYPE: ("penalties",),
    PENALTY_TYPES: ("penalties",), CONFISCATED: ("penalties",), LICENCE_TAKEN: ("penalties",), PROCEDURE: ("penalties",), FINE: ("penalties",), PENALTY_CONTENT: ("penalties",),
    LICENCE_STATE: ("licenses",), VALID_FROM: ("licenses",), HANDLED_DATE: ("complaints",),
    REMARKS: tuple(k for k in KINDS if k != REGISTRY),
    COMMITMENT_TYPE: ("commitments",), FULFILMENT: ("commitments",), COMPLAINT_TYPE: ("complaints",),
    COMPLAINT_OUTCOME: ("complaints",), GRADE_SCHEME: ("evaluations",), GRADE: ("evaluations",),
    REGISTRY_NAME: ("entities",), REGISTRY_TYPE: ("entities",), REGISTRY_STATUS: ("entities",),
    CONTROL_CATEGORY: ("repairs", "withdrawals"), CONTROL_TARGET_NO: ("repairs", "withdrawals"),
    CONTROL_TARGET_ISSUER: ("repairs", "withdrawals"), CONTROL_EFFECT["repairs"][1]: ("repairs",),
    CONTROL_EFFECT["withdrawals"][1]: ("withdrawals",),
    SOURCE_UNIT: ("penalties", "licenses"), ACTION_CATEGORY: ("actions",),
}
for _name, _kinds in _FIELDS_OF.items():  # a field renamed in schema.py without its name here stops the import
    for _kind in _kinds:
        KINDS[_kind].field(_name)
assert set(KIND_RULES) == set(KINDS) and all(KINDS[k].control for k in CONTROL_EFFECT)
assert [k for k, r in KIND_RULES.items() if r.entity_rows] == [REGISTRY] and set(SECTION_ORDER) == set(RECORD_KINDS)
assert all(r.tier in ("", "derived", "default") for r in KIND_RULES.values())
assert all(KINDS[k].field(r.stop_counted_from) for k, r in KIND_RULES.items() if r.stop_counted_from)
assert all(KINDS[k].field(r.current_per) for k, r in KIND_RULES.items() if r.current_per)
assert all(t in RECORD_KINDS for r in KIND_RULES.values() for ts in r.targets_by_category.values() for t in ts)
assert not KINDS[REGISTRY].has_party and not KINDS[REGISTRY].control
assert {LICENSES, PENALTIES, ACTIONS, REDLIST, BLACKLIST, COMMITMENTS, EVALUATIONS, COMPLAINTS, VOLUNTARY, REGISTRY,
        REPAIRS, WITHDRAWALS} == set(KINDS)


# -- keys ------------------------------------------------------------------------------------------


def record_key(frame: pd.DataFrame, kind: Kind) -> pd.Series:
    """Each row's key: the kind's key field, or its fallback where that is empty ("" without a key)."""
    import pandas as pd

    key = frame[kind.key] if kind.key else pd.Series("", index=frame.index)
    if kind.key_fallback:
        key = key.where(key != "", frame[kind.key_fallback])
    return key


def must_be_filled(kind: Kind, spec: Field) -> bool:
    """Whether every row must fill `spec`: a required field, except a key that has a fallback
    (a licence's 行政许可决定文书号 may be empty when its 许可编号 is given)."""
    return spec.required and not (kind.key_fallback and spec.name == kind.key)


def unwritten_bits(kind: Kind, written: set[str] | frozenset[str]) -> int:
    """`UNWRITTEN` of a sheet's rows: a bit per field of `kind` (in `Kind.names` order) not in `written`."""
    return sum(1 << i for i, name in enumerate(kind.names) if name not in written)


def unwritten_fields(kind: Kind, bits: int) -> set[str]:
    """The fields `bits` (an `UNWRITTEN` value) names."""
    return {name for i, name in enumerate(kind.names) if bits >> i & 1}


def record_id(kind: str, key: str, issuer: str, party: str = "") -> str:
    """The public, stable identity of a record: sha256(kind|key|issuer), and sha256(kind|key|issuer|party) for
    each party of a decision that names several (`party_token`): one record per party, each its own identity."""
    return hashlib.sha256((f"{kind}|{key}|{issuer}" + (f"|{party}" if party else "")).encode()).hexdigest()


def party_token(entity: str, published_name: str) -> str:
    """What tells apart the parties of one decision in their `record_id`: the entity's code (its credit code, or
    the 工商注册号 behind a placeholder), else the party's name as published (a natural person's masked name:
    never a private value, not even hashed, since a hash of an ID number can be found by trying them)."""
    return entity or f"name:{published_name}"


def party_tokens(keys: list[str], issuers: list[str], entities: list[str], names: list[str]) -> list[str]:
    """Each record's `party_token` where its key (as numbers are compared: normalised) and issuer are another
    record's too — a decision that names several parties, which validation let through only as that — else "".
    Two parties with the same token (two people whose masked names are alike) are told apart by their order."""
    seen: dict[tuple[str, str], int] = {}
    for key, issuer in zip(keys, issuers):
        if key:
            seen[(key, issuer)] = seen.get((key, issuer), 0) + 1
    tokens = [""] * len(keys)
    given: dict[tuple[str, str, str], int] = {}
    for i, (key, issuer) in enumerate(zip(keys, issuers)):
        if key and seen[(key, issuer)] > 1:
            token = party_token(entities[i], names[i])
            n = given[(key, issuer, token)] = given.get((key, issuer, token), 0) + 1
            tokens[i] = token if n == 1 else f"{token}#{n}"
    return tokens


# -- the published-record model ------------------------------------------------------------------


@dataclass
class Decided:
    """Records with their publication status, and how the control rows were applied."""

    frames: dict[str, pd.DataFrame]
    control: dict[str, dict[str, int]]
    problems: list[Problem] = field(default_factory=list)
    # Repairs and withdrawals dated after the as-of date: (effective date, reason, kind, row position) of
    # each record they point at, for the next due date (generator/due.py).
    pending: list[tuple[str, str, str, int]] = field(default_factory=list)

    # The published rows of each kind, kept while the frame is the same object: asking for
    # them costs a copy of every column, and the later stages ask dozens of times.
    _published: dict[str, tuple[pd.DataFrame, pd.DataFrame]] = field(default_factory=dict, repr=False,
                                                                     compare=False)

    def published(self, kind: str) -> pd.DataFrame:
        """The published rows of one kind (do not modify the returned frame)."""
        frame = self.frames[kind]
        cached = self._published.get(kind)
        if cached is not None and cached[0] is frame:
            return cached[1]
        rows = frame[frame[STATUS] == PUBLISHED]
        self._published[kind] = (frame, rows)
        return rows

    def keep_published_only(self) -> None:
        """Drop the rows that are not published, once nothing further reads them (the site's
        stages read only the published ones): the whole frames beside their published copies
        were the largest memory held through export, render and the gate.

        The pending controls' row positions become those of the rows kept; one whose record is not
        published is dropped (`due.next_due` passes over it: it changes nothing published)."""
        pointed = {kind for _, _, kind, _ in self.pending}
        kept_at = {}  # kind -> each row's position among the published ones (-1: not published)
        for kind in list(self.frames):
            frame = self.frames[kind]
            if kind in pointed and STATUS in frame:
                published = frame[STATUS] == PUBLISHED
                kept_at[kind] = (published.cumsum() - 1).where(published, -1).tolist()
            rows = self.published(kind) if STATUS in frame else frame
            self.frames[kind] = rows
            self._published[kind] = (rows, rows)
        if kept_at:
            self.pending = [(effective, reason, kind, kept_at[kind][position] if kind in kept_at else position)
                            for effective, reason, kind, position in self.pending
                            if kind not in kept_at or kept_at[kind][position] >= 0]

    def replace_frame(self, kind: str, frame: pd.DataFrame) -> None:
        """Replace a kind's frame by one holding the same rows (a column added): when the old frame was its own
        published copy (after `keep_published_only`), the new one is too — no second copy is made."""
        old, cached = self.frames[kind], self._published.get(kind)
        self.frames[kind] = frame
        if cached is not None and cached[0] is old and cached[1] is old:
            self._published[kind] = (frame, frame)

    def forget_published(self) -> None:
        """Call after changing a status in place."""
        self._published.clear()
