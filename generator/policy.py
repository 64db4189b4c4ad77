"""Policy pages: commitments and their fulfilment, the lists and their legal basis, complaints.

Entry points:

- `policy_pages(decided, as_of)` returns three generated pages, page folder ->
  (Chinese title, body HTML fragment):

  ``commitments-published``
      信用承诺履约情况: published commitments per 承诺类型 and per 承诺受理单位, with the
      counts per 履约状态 and the fulfilment rate 已履约 / (已履约 + 未履约).
  ``lists-basis``
      各类名单及其认定依据: published honour-list (redlist) and serious-dishonesty
      (blacklist) entries per 名单名称, with the legal bases as given in the data.
  ``complaints-summary``
      消费投诉处理情况: published complaints per entity (natural persons in one anonymous
      row), per 投诉问题类型 and per 处理结果.

- `grade_meaning(scheme, grade)`: the plain-Chinese meaning of a grade (supervision.toml),
  for entity pages.
- `complaint_outcomes(rows)`: counts by 处理结果 of an entity's complaints, for entity pages.

Only published rows count (`_status` == published): a withheld record never changes a
number or contributes a name, a legal basis or an outcome. The pages' markup is in
`site_templates/fragments/<page>.html` (given plain data; the templates escape every value). Every order is sorted, so two builds on the same data give the same bytes.
The pages sit one level below the site root: links are relative (``../lists/...``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import pandas as pd

from generator.contract import (
    BLACKLIST,
    COMMITMENT_TYPE,
    COMMITMENTS,
    COMPLAINT_OUTCOME,
    COMPLAINT_TYPE,
    COMPLAINTS,
    ENTITY,
    FULFILMENT,
    KIND_RULES,
    LIST_BASIS,
    LIST_NAME,
    PARTY_CATEGORY_FIELD,
    PARTY_NAME_FIELD,
    PUBLISHED,
    REDLIST,
    REGISTRY,
    REGISTRY_NAME,
    STATUS,
    Decided,
)
from generator.crosscheck import load_supervision, normalize_grade
from generator.fragments import bullets, link, render_fragment, table
from generator.records import SAFE_CODE, records_of
from generator.schema import KINDS, NATURAL_PERSON

COMMITMENTS_PAGE = "commitments-published"
LISTS_PAGE = "lists-basis"
COMPLAINTS_PAGE = "complaints-summary"
PAGE_TITLES = {
    COMMITMENTS_PAGE: "信用承诺履约情况",
    LISTS_PAGE: "各类名单及其认定依据",
    COMPLAINTS_PAGE: "消费投诉处理情况",
}

UNSPECIFIED = "未注明"
NO_RATE = "—"
ANONYMOUS_ROW = "其他（不公开主体信息）"
FULFILMENT_STATES = ("履约中", "已履约", "未履约")
FULFILLED, FAILED = "已履约", "未履约"

# What being on each list means, in plain Chinese (实施方案 任务 8–12; details on ../incentives/).
LIST_MEANINGS = {
    REDLIST: ("列入守信激励名单的主体，可依法依规享受行政审批“绿色通道”、容缺受理等便利措施，"
                "并在财政资金、评优评先、公共资源交易等方面获得优先支持。名单有效期届满后不再公示。"),
    BLACKLIST: ("被认定为严重失信主体的，将被依法依规实施市场和行业禁入等惩戒措施，"
                  "在一定期限内受到相应限制。公示期满、经信用修复或认定被撤销后，不再公示。"),
}
# The columns each list's table shows besides its name and size: its legal basis (and who listed it).
COMMITMENT_KIND = KINDS[COMMITMENTS]
LIST_COLUMNS = {REDLIST: (LIST_BASIS[REDLIST],),
                BLACKLIST: (LIST_BASIS[BLACKLIST], KINDS[BLACKLIST].issuer_name)}


# -- public helpers -----------------------------------------------------------------------------


def fulfilment_rate(fulfilled: int, failed: int) -> str:
    """已履约 / (已履约 + 未履约) as a percentage with one decimal ('66.7%'); '—' when nothing has ended."""
    ended = fulfilled + failed
    return f"{100 * fulfilled / ended:.1f}%" if ended else NO_RATE


def grade_meaning(scheme: str, grade: str, supervision: Mapping[str, Any] | None = None) -> str:
    """The plain-Chinese meaning of `grade` in `scheme`, from supervision.toml; '' when unknown.

    The scheme is the 评价类型 as written in the data (surrounding and full-width spaces
    tolerated); the grade is matched after `normalize_grade` ('Ａ级' finds 'A'). The text is
    ``"<label>：<meaning>"`` (e.g. ``信用风险低：信用状况好，……``), or whichever of the two is
    given. `supervision` replaces the reviewed table (tests).
    """
    table = supervision if supervision is not None else _supervision()
    schemes = table.get("schemes", {})
    if not isinstance(schemes, Mapping):
        return ""
    wanted = _norm_text(scheme)
    spec = next((v for k, v in schemes.items() if _norm_text(k) == wanted), None)
    if not isinstance(spec, Mapping) or not isinstance(spec.get("grades"), Mapping):
        return ""
    target = normalize_grade(grade)
    if not target:
        return ""
    for name, entry in spec["grades"].items():
        if normalize_grade(str(name)) == target and isinstance(entry, Mapping):
            label = str(entry.get("label", "") or "").strip()
            meaning = str(entry.get("meaning", "") or "").strip()
            return f"{label}：{meaning}" if label and meaning else label or meaning
    return ""


def complaint_outcomes(rows: list[dict[str, Any]]) -> list[tuple[str, int]]:
    """Counts by 处理结果 of complaint rows, most first, then by outcome.

    A row is a record dict: either a frame row (``records_of``: the field ``处理结果``; rows
    whose ``_status`` is given and not published are skipped) or a template view
    (``record_view``: ``fields`` as (name, value) pairs; views of a kind whose outcomes are not
    counted, ``KindRules.outcomes_in_verdict``, skipped).
    An empty outcome counts as 未注明.
    """
    counts: dict[str, int] = {}
    for row in rows:
        if STATUS in row and row[STATUS] != PUBLISHED:
            continue
        if not KIND_RULES[row.get("kind", COMPLAINTS)].outcomes_in_verdict:  # a view of another kind
            continue
        value = row.get(COMPLAINT_OUTCOME)
        if value is None and "fields" in row:
            value = dict(row["fields"]).get(COMPLAINT_OUTCOME)
        label = _text(value) or UNSPECIFIED
        counts[label] = counts.get(label, 0) + 1
    return _by_count(counts)


def policy_pages(decided: Decided, as_of: str) -> dict[str, tuple[str, str]]:
    """The three policy pages as of `as_of` (YYYY-MM-DD): folder -> (title, body HTML from its template)."""
    return {
        COMMITMENTS_PAGE: (PAGE_TITLES[COMMITMENTS_PAGE], _commitments_page(decided, as_of)),
        LISTS_PAGE: (PAGE_TITLES[LISTS_PAGE], _lists_page(decided, as_of)),
        COMPLAINTS_PAGE: (PAGE_TITLES[COMPLAINTS_PAGE], _complaints_page(decided, as_of)),
    }


# -- page 1: commitments --------------------------------------------------------------------------


def _commitments_page(decided: Decided, as_of: str) -> str:
    rows = list(records_of(_published(decided, COMMITMENTS)))
    by_type: dict[str, list[dict[str, Any]]] = {}
    by_unit: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_type.setdefault(_text(row.get(COMMITMENT_TYPE)) or UNSPECIFIED, []).append(row)
        by_unit.setdefault(_text(row.get(COMMITMENT_KIND.issuer_name)) or UNSPECIFIED, []).append(row)
    if not rows:
        return render_fragment(COMMITMENTS_PAGE, as_of=as_of, total=None)
    total = _fulfilment(rows)
    extra = total[UNSPECIFIED] > 0
    type_order = _code_order(COMMITMENTS, COMMITMENT_TYPE)
    types = sorted(by_type, key=lambda t: (type_order.get(t, len(type_order)), t))
    units = sorted(by_unit, key=lambda u: (-len(by_unit[u]), u))
    return render_fragment(
        COMMITMENTS_PAGE, as_of=as_of,
        total={"n": total["n"], "ongoing": total["履约中"], "fulfilled": total[FULFILLED], "failed": total[FAILED],
               "rate": _rate_of(total)},
        by_type=_fulfilment_table("各承诺类型公示中的信用承诺及履约情况", COMMITMENT_TYPE,
                                  [(t, _fulfilment(by_type[t])) for t in types], total, extra),
        by_unit=_fulfilment_table("各承诺受理单位公示中的信用承诺及履约情况", COMMITMENT_KIND.issuer_name,
                                  [(u, _fulfilment(by_unit[u])) for u in units], total, extra))


def _fulfilment(rows: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    counts = {"n": 0, **dict.fromkeys(FULFILMENT_STATES, 0), UNSPECIFIED: 0}
    for row in rows:
        counts["n"] += 1
        state = _text(row.get(FULFILMENT))
        counts[state if state in FULFILMENT_STATES else UNSPECIFIED] += 1
    return counts


def _rate_of(counts: Mapping[str, int]) -> str:
    return fulfilment_rate(counts[FULFILLED], counts[FAILED])


def _fulfilment_table(caption: str, first: str, groups: Sequence[tuple[str, Mapping[str, int]]],
                      total: Mapping[str, int], extra: bool) -> dict[str, Any]:
    head = [first, "承诺数", *FULFILMENT_STATES, *([UNSPECIFIED + FULFILMENT] if extra else []), "履约率"]

    def cells(counts: Mapping[str, int]) -> list[str]:
        values = [str(counts["n"]), *(str(counts[s]) for s in FULFILMENT_STATES)]
        if extra:
            values.append(str(counts[UNSPECIFIED]))
        return [*values, _rate_of(counts)]

    return table(caption, head, [[name, *cells(counts)] for name, counts in groups], foot=["合计", *cells(total)])


# -- page 2: lists and their legal basis --------------------------------------------------------


def _lists_page(decided: Decided, as_of: str) -> str:
    sections = []
    for kind in (REDLIST, BLACKLIST):
        title = KINDS[kind].title
        groups: dict[str, list[dict[str, Any]]] = {}
        for row in records_of(_published(decided, kind)):
            groups.setdefault(_text(row.get(LIST_NAME)) or UNSPECIFIED, []).append(row)
        section: dict[str, Any] = {"kind": kind, "title": title, "meaning": LIST_MEANINGS[kind], "table": None}
        sections.append(section)
        if not groups:
            continue
        columns = LIST_COLUMNS[kind]
        head = [LIST_NAME, "条目数", *columns]
        body = [[name, str(len(groups[name])), *(_values(groups[name], c) for c in columns)]
                for name in sorted(groups, key=lambda g: (-len(groups[g]), g))]
        total = sum(len(rows) for rows in groups.values())
        foot = ["合计", str(total), *([""] * len(columns))]
        section["table"] = table(f"公示中的{title}：按名单名称", head, body, foot=foot)
    return render_fragment(LISTS_PAGE, as_of=as_of, sections=sections)


def _values(rows: Iterable[Mapping[str, Any]], column: str) -> str | dict[str, list[str]]:
    """The distinct non-blank values of a column: one as text, several as a list; 未注明 when none."""
    values = sorted({_text(row.get(column)) for row in rows} - {""})
    if not values:
        return UNSPECIFIED
    if len(values) == 1:
        return values[0]
    return bullets(values)


# -- page 3: complaints -------------------------------------------------------------------------


def _complaints_page(decided: Decided, as_of: str) -> str:
    rows = list(records_of(_published(decided, COMPLAINTS)))
    if not rows:
        return render_fragment(COMPLAINTS_PAGE, as_of=as_of, anonymous=ANONYMOUS_ROW, total=0, sections=[])
    total = len(rows)
    sections = []
    for anchor, heading, column in (("by-type", "按投诉问题类型", COMPLAINT_TYPE), ("by-outcome", "按处理结果", COMPLAINT_OUTCOME)):
        counts: dict[str, int] = {}
        for row in rows:
            label = _text(row.get(column)) or UNSPECIFIED
            counts[label] = counts.get(label, 0) + 1
        sections.append({"anchor": anchor, "heading": heading,
                         "table": table(f"公示中的消费投诉：{heading}", [column, "投诉数"],
                                        [[label, str(n)] for label, n in _by_count(counts)], foot=["合计", str(total)])})
    sections.append({"anchor": "by-entity", "heading": "按被投诉主体",
                     "table": table("公示中的消费投诉：按被投诉主体", ["被投诉主体", "投诉数", COMPLAINT_OUTCOME],
                                    _entity_rows(decided, rows), foot=["合计", str(total), ""])})
    return render_fragment(COMPLAINTS_PAGE, as_of=as_of, anonymous=ANONYMOUS_ROW, total=total, sections=sections)


def _entity_rows(decided: Decided, rows: list[dict[str, Any]]) -> list[list[Any]]:
    """One row per entity (most complaints first, then by name and code), the anonymous row last."""
    by_code: dict[str, list[dict[str, Any]]] = {}
    anonymous: list[dict[str, Any]] = []
    for row in rows:
        code = _text(row.get(ENTITY))
        if not code or row.get(PARTY_CATEGORY_FIELD) == NATURAL_PERSON:
            anonymous.append(row)
        else:
            by_code.setdefault(code, []).append(row)
    registry = _registry_names(decided)
    names: dict[str, str] = {}
    for code, group in by_code.items():
        own = sorted({_text(r.get(PARTY_NAME_FIELD)) for r in group} - {""})
        names[code] = registry.get(code) or (own[0] if own else code)
    out: list[list[Any]] = []
    for code in sorted(by_code, key=lambda c: (-len(by_code[c]), names[c], c)):
        group = by_code[code]
        cell = link(f"../entity/{code}/", names[code]) if SAFE_CODE.match(code) else names[code]
        out.append([cell, str(len(group)), _outcome_cell(group)])
    if anonymous:
        out.append([ANONYMOUS_ROW, str(len(anonymous)), _outcome_cell(anonymous)])
    return out


def _outcome_cell(rows: list[dict[str, Any]]) -> str | dict[str, list[str]]:
    outcomes = [f"{label} {n} 条" for label, n in complaint_outcomes(rows)]
    return outcomes[0] if len(outcomes) == 1 else bullets(outcomes)


def _registry_names(decided: Decided) -> dict[str, str]:
    """Entity code -> 主体名称 of the published registry rows (first by sorted name when repeated)."""
    frame = _published(decided, REGISTRY)
    if frame.empty or REGISTRY_NAME not in frame or ENTITY not in frame:
        return {}
    names: dict[str, str] = {}
    for code, name in sorted(zip(frame[ENTITY].astype(str).tolist(), frame[REGISTRY_NAME].astype(str).tolist())):
        if name.strip():
            names.setdefault(code, name.strip())
    return names


# -- shared -------------------------------------------------------------------------------------


def _published(decided: Decided, kind: str) -> pd.DataFrame:
    frame = decided.frames.get(kind)
    if frame is None or STATUS not in frame:
        return pd.DataFrame()
    return frame[frame[STATUS] == PUBLISHED]


def _by_count(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _code_order(kind: str, field_name: str) -> dict[str, int]:
    return {code: i for i, code in enumerate(KINDS[kind].field(field_name).codes)}


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()


def _norm_text(value: object) -> str:
    return "".join(unicodedata.normalize("NFKC", str(value)).split())


@lru_cache(maxsize=1)
def _supervision() -> dict[str, Any]:
    return load_supervision()


__all__ = ["policy_pages", "grade_meaning", "complaint_outcomes", "fulfilment_rate", "PAGE_TITLES",
           "COMMITMENTS_PAGE", "LISTS_PAGE", "COMPLAINTS_PAGE"]
