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
number or contributes a name, a legal basis or an outcome. Every data value is
HTML-escaped. Every order is sorted, so two builds on the same data give the same bytes.
The pages sit one level below the site root: links are relative (``../lists/...``).
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import pandas as pd

from generator.crosscheck import load_supervision, normalize_grade
from generator.records import SAFE_CODE, records_of
from generator.rules import ENTITY, PUBLISHED, STATUS, Decided
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
    "redlist": ("列入守信激励名单的主体，可依法依规享受行政审批“绿色通道”、容缺受理等便利措施，"
                "并在财政资金、评优评先、公共资源交易等方面获得优先支持。名单有效期届满后不再公示。"),
    "blacklist": ("被认定为严重失信主体的，将被依法依规实施市场和行业禁入等惩戒措施，"
                  "在一定期限内受到相应限制。公示期满、经信用修复或认定被撤销后，不再公示。"),
}
LIST_BASIS_FIELD = {"redlist": "认定依据", "blacklist": "列入依据"}


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
    (``record_view``: ``fields`` as (name, value) pairs; rows of another ``kind`` skipped).
    An empty outcome counts as 未注明.
    """
    counts: dict[str, int] = {}
    for row in rows:
        if STATUS in row and row[STATUS] != PUBLISHED:
            continue
        if row.get("kind", "complaints") != "complaints":
            continue
        value = row.get("处理结果")
        if value is None and "fields" in row:
            value = dict(row["fields"]).get("处理结果")
        label = _text(value) or UNSPECIFIED
        counts[label] = counts.get(label, 0) + 1
    return _by_count(counts)


def policy_pages(decided: Decided, as_of: str) -> dict[str, tuple[str, str]]:
    """The three policy pages as of `as_of` (YYYY-MM-DD): folder -> (title, escaped body HTML)."""
    return {
        COMMITMENTS_PAGE: (PAGE_TITLES[COMMITMENTS_PAGE], _commitments_page(decided, as_of)),
        LISTS_PAGE: (PAGE_TITLES[LISTS_PAGE], _lists_page(decided, as_of)),
        COMPLAINTS_PAGE: (PAGE_TITLES[COMPLAINTS_PAGE], _complaints_page(decided, as_of)),
    }


# -- page 1: commitments --------------------------------------------------------------------------


def _commitments_page(decided: Decided, as_of: str) -> str:
    rows = list(records_of(_published(decided, "commitments")))
    by_type: dict[str, list[dict[str, Any]]] = {}
    by_unit: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_type.setdefault(_text(row.get("承诺类型")) or UNSPECIFIED, []).append(row)
        by_unit.setdefault(_text(row.get("承诺受理单位")) or UNSPECIFIED, []).append(row)
    total = _fulfilment(rows)
    parts = [
        f'<p class="cs-asof">统计截至 {_esc(as_of)}。只统计当日公示中的信用承诺；公示期满、已撤销或不予公示的承诺不计入。</p>',
        '<p>查看<a href="../lists/commitments/">公示中的信用承诺</a>（逐条列出承诺事项和履约状态），'
        '或下载、打印<a href="../commitments/">信用承诺书范本</a>。</p>',
        '<h2 id="rate">履约率怎么算</h2>',
        "<p>履约率 = 已履约的承诺数 ÷（已履约的承诺数 + 未履约的承诺数）× 100%，保留一位小数。"
        "仍在履约中的承诺还没有结果，不计入履约率；没有已履约或未履约的承诺时，履约率显示为“—”。"
        "未注明履约状态的承诺只计入承诺总数。</p>",
    ]
    if not rows:
        parts.append('<p class="cs-empty">目前没有公示中的信用承诺。</p>')
        return "\n".join(parts) + "\n"
    parts.append(f"<p>目前共公示信用承诺 {total['n']} 条，其中履约中 {total['履约中']} 条、已履约 {total[FULFILLED]} 条、"
                 f"未履约 {total[FAILED]} 条，总体履约率 {_esc(_rate_of(total))}。</p>")
    extra = total[UNSPECIFIED] > 0
    type_order = _code_order("commitments", "承诺类型")
    types = sorted(by_type, key=lambda t: (type_order.get(t, len(type_order)), t))
    parts.append('<h2 id="by-type">按承诺类型</h2>')
    parts.append(_fulfilment_table("各承诺类型公示中的信用承诺及履约情况", "承诺类型",
                                   [(t, _fulfilment(by_type[t])) for t in types], total, extra))
    units = sorted(by_unit, key=lambda u: (-len(by_unit[u]), u))
    parts.append('<h2 id="by-unit">按承诺受理单位</h2>')
    parts.append(_fulfilment_table("各承诺受理单位公示中的信用承诺及履约情况", "承诺受理单位",
                                   [(u, _fulfilment(by_unit[u])) for u in units], total, extra))
    return "\n".join(parts) + "\n"


def _fulfilment(rows: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    counts = {"n": 0, **dict.fromkeys(FULFILMENT_STATES, 0), UNSPECIFIED: 0}
    for row in rows:
        counts["n"] += 1
        state = _text(row.get("履约状态"))
        counts[state if state in FULFILMENT_STATES else UNSPECIFIED] += 1
    return counts


def _rate_of(counts: Mapping[str, int]) -> str:
    return fulfilment_rate(counts[FULFILLED], counts[FAILED])


def _fulfilment_table(caption: str, first: str, groups: Sequence[tuple[str, Mapping[str, int]]],
                      total: Mapping[str, int], extra: bool) -> str:
    head = [first, "承诺数", *FULFILMENT_STATES, *([UNSPECIFIED + "履约状态"] if extra else []), "履约率"]

    def cells(counts: Mapping[str, int]) -> list[str]:
        values = [str(counts["n"]), *(str(counts[s]) for s in FULFILMENT_STATES)]
        if extra:
            values.append(str(counts[UNSPECIFIED]))
        return [_esc(v) for v in (*values, _rate_of(counts))]

    body = [[_esc(name), *cells(counts)] for name, counts in groups]
    return _table(caption, head, body, foot=[_esc("合计"), *cells(total)])


# -- page 2: lists and their legal basis --------------------------------------------------------


def _lists_page(decided: Decided, as_of: str) -> str:
    parts = [
        f'<p class="cs-asof">统计截至 {_esc(as_of)}。只统计当日公示中的名单条目；有效期届满、已信用修复或已撤销的条目不计入。</p>',
        "<p>下表按名单名称汇总各类名单，列出每份名单的条目数和数据中载明的认定（列入）依据。"
        '各项激励和惩戒措施的具体内容见<a href="../incentives/">守信激励与失信惩戒</a>。</p>',
    ]
    for kind, anchor in (("redlist", "redlist"), ("blacklist", "blacklist")):
        title = KINDS[kind].title
        basis = LIST_BASIS_FIELD[kind]
        parts.append(f'<h2 id="{anchor}">{_esc(title)}</h2>')
        parts.append(f"<p>{_esc(LIST_MEANINGS[kind])}"
                     f'查看<a href="../lists/{kind}/">公示中的{_esc(title)}</a>。</p>')
        groups: dict[str, list[dict[str, Any]]] = {}
        for row in records_of(_published(decided, kind)):
            groups.setdefault(_text(row.get("名单名称")) or UNSPECIFIED, []).append(row)
        if not groups:
            parts.append(f'<p class="cs-empty">目前没有公示中的{_esc(title)}条目。</p>')
            continue
        head = ["名单名称", "条目数", basis, *(["列入单位"] if kind == "blacklist" else [])]
        body = []
        for name in sorted(groups, key=lambda g: (-len(groups[g]), g)):
            rows = groups[name]
            cells = [_esc(name), _esc(str(len(rows))), _values(rows, basis)]
            if kind == "blacklist":
                cells.append(_values(rows, "列入单位"))
            body.append(cells)
        total = sum(len(rows) for rows in groups.values())
        foot = [_esc("合计"), _esc(str(total)), "", *([""] if kind == "blacklist" else [])]
        parts.append(_table(f"公示中的{title}：按名单名称", head, body, foot=foot))
    return "\n".join(parts) + "\n"


def _values(rows: Iterable[Mapping[str, Any]], column: str) -> str:
    """The distinct non-blank values of a column as an escaped list; 未注明 when none."""
    values = sorted({_text(row.get(column)) for row in rows} - {""})
    if not values:
        return _esc(UNSPECIFIED)
    if len(values) == 1:
        return _esc(values[0])
    return "<ul>" + "".join(f"<li>{_esc(v)}</li>" for v in values) + "</ul>"


# -- page 3: complaints -------------------------------------------------------------------------


def _complaints_page(decided: Decided, as_of: str) -> str:
    rows = list(records_of(_published(decided, "complaints")))
    parts = [
        f'<p class="cs-asof">统计截至 {_esc(as_of)}。只统计当日公示中的消费投诉；公示期满或已撤销的投诉不计入。</p>',
        "<p>本页只汇总投诉数量和处理结果，不公开投诉人的任何信息；被投诉的自然人不公开姓名，"
        f"合并为“{_esc(ANONYMOUS_ROW)}”一行。逐条信息见<a href=\"../lists/complaints/\">消费投诉公示</a>，"
        '公示规则见<a href="../complaints/">消费投诉公示说明</a>。</p>',
    ]
    if not rows:
        parts.append('<p class="cs-empty">目前没有公示中的消费投诉。</p>')
        return "\n".join(parts) + "\n"
    total = len(rows)
    parts.append(f"<p>目前共公示消费投诉 {total} 条。</p>")
    for anchor, heading, column in (("by-type", "按投诉问题类型", "投诉问题类型"), ("by-outcome", "按处理结果", "处理结果")):
        counts: dict[str, int] = {}
        for row in rows:
            label = _text(row.get(column)) or UNSPECIFIED
            counts[label] = counts.get(label, 0) + 1
        parts.append(f'<h2 id="{anchor}">{heading}</h2>')
        parts.append(_table(f"公示中的消费投诉：{heading}", [column, "投诉数"],
                            [[_esc(label), _esc(str(n))] for label, n in _by_count(counts)],
                            foot=[_esc("合计"), _esc(str(total))]))
    parts.append('<h2 id="by-entity">按被投诉主体</h2>')
    parts.append(_table("公示中的消费投诉：按被投诉主体", ["被投诉主体", "投诉数", "处理结果"],
                        _entity_rows(decided, rows), foot=[_esc("合计"), _esc(str(total)), ""]))
    return "\n".join(parts) + "\n"


def _entity_rows(decided: Decided, rows: list[dict[str, Any]]) -> list[list[str]]:
    """One row per entity (most complaints first, then by name and code), the anonymous row last."""
    by_code: dict[str, list[dict[str, Any]]] = {}
    anonymous: list[dict[str, Any]] = []
    for row in rows:
        code = _text(row.get(ENTITY))
        if not code or row.get("行政相对人类别") == NATURAL_PERSON:
            anonymous.append(row)
        else:
            by_code.setdefault(code, []).append(row)
    registry = _registry_names(decided)
    names: dict[str, str] = {}
    for code, group in by_code.items():
        own = sorted({_text(r.get("行政相对人名称")) for r in group} - {""})
        names[code] = registry.get(code) or (own[0] if own else code)
    out = []
    for code in sorted(by_code, key=lambda c: (-len(by_code[c]), names[c], c)):
        group = by_code[code]
        name = _esc(names[code])
        cell = f'<a href="../entity/{_esc(code)}/">{name}</a>' if SAFE_CODE.match(code) else name
        out.append([cell, _esc(str(len(group))), _outcome_cell(group)])
    if anonymous:
        out.append([_esc(ANONYMOUS_ROW), _esc(str(len(anonymous))), _outcome_cell(anonymous)])
    return out


def _outcome_cell(rows: list[dict[str, Any]]) -> str:
    outcomes = complaint_outcomes(rows)
    if len(outcomes) == 1:
        label, n = outcomes[0]
        return f"{_esc(label)} {n} 条"
    return "<ul>" + "".join(f"<li>{_esc(label)} {n} 条</li>" for label, n in outcomes) + "</ul>"


def _registry_names(decided: Decided) -> dict[str, str]:
    """Entity code -> 主体名称 of the published registry rows (first by sorted name when repeated)."""
    frame = _published(decided, "entities")
    if frame.empty or "主体名称" not in frame or ENTITY not in frame:
        return {}
    names: dict[str, str] = {}
    for code, name in sorted(zip(frame[ENTITY].astype(str).tolist(), frame["主体名称"].astype(str).tolist())):
        if name.strip():
            names.setdefault(code, name.strip())
    return names


# -- shared -------------------------------------------------------------------------------------


def _table(caption: str, head: Sequence[str], rows: Iterable[Sequence[str]], *,
           foot: Sequence[str] | None = None) -> str:
    """A cs-table. `caption` and `head` are plain text (escaped here); the cells are HTML
    already escaped by the caller. The first cell of each row is a row header."""
    out = ['<div class="cs-table-wrap">', '<table class="cs-table">', f"<caption>{_esc(caption)}</caption>",
           "<thead><tr>" + "".join(f'<th scope="col">{_esc(h)}</th>' for h in head) + "</tr></thead>", "<tbody>"]

    def row_html(cells: Sequence[str]) -> str:
        tds = "".join(f'<td data-label="{_esc(h)}">{c}</td>' for h, c in zip(head[1:], cells[1:]))
        return f'<tr><th scope="row" data-label="{_esc(head[0])}">{cells[0]}</th>{tds}</tr>'

    out += [row_html(cells) for cells in rows]
    out.append("</tbody>")
    if foot is not None:
        out.append(f"<tfoot>{row_html(foot)}</tfoot>")
    out += ["</table>", "</div>"]
    return "\n".join(out)


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


def _esc(value: object) -> str:
    return html.escape(_text(value), quote=True)


@lru_cache(maxsize=1)
def _supervision() -> dict[str, Any]:
    return load_supervision()


__all__ = ["policy_pages", "grade_meaning", "complaint_outcomes", "fulfilment_rate", "PAGE_TITLES",
           "COMMITMENTS_PAGE", "LISTS_PAGE", "COMPLAINTS_PAGE"]
