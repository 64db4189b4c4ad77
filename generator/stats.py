"""Statistics stage: counts of published records, as static SVG charts and accessible tables.

Entry points: `compute_statistics(decided, as_of)` and `render_statistics(stats, out_dir, root)`.

Only published rows are counted (`Decided.published`): a withheld record never changes a
number, so no statistic can single one out. The charts' geometry is computed here, at build
time, and drawn as plain SVG by `site_templates/fragments/chart.svg` (no JavaScript, no web fonts). Text and axes use `currentColor`, and the bar
colours keep a contrast of at least 3:1 against both the light and the dark (slate) theme
background. Every chart is followed by a table with the same numbers.

Output is deterministic: every order is sorted, every number has a fixed format, and no
clock is read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from markupsafe import Markup

from generator.contract import (
    ACTIONS,
    BLACKLIST,
    COMMITMENTS,
    COMPLAINTS,
    CURRENT,
    DEGREE,
    EVALUATIONS,
    GRADE,
    GRADE_SCHEME,
    LICENSES,
    LIST_NAME,
    PENALTIES,
    REDLIST,
    TIER,
    VOLUNTARY,
    Decided,
)
from generator.fragments import link, render_fragment, render_svg, table
from generator.schema import KINDS, RECORD_KINDS, TIERS
from generator.sink import OutputSink, writer_into

MONTHS = 24  # months shown in the "records per month" chart, ending with the as-of month

# Colour of each kind's bars: contrast >= 3:1 on white and on the slate background (#1e2129).
KIND_COLOURS = {
    LICENSES: "#0072B2", PENALTIES: "#D55E00", ACTIONS: "#009E73", REDLIST: "#D08000",
    BLACKLIST: "#B8499A", COMMITMENTS: "#1A8A8A", EVALUATIONS: "#6A5ACD", COMPLAINTS: "#8A6D1F",
    VOLUNTARY: "#7A7A7A",
}
TIER_COLOURS = {"轻微": "#7A7A7A", "一般": "#D08000", "严重": "#D55E00"}
BODY_COLOUR = KIND_COLOURS[PENALTIES]
GRADE_COLOUR = KIND_COLOURS[EVALUATIONS]

# Grades in their usual order (纳税信用 ranks M between B and C); other values follow, sorted.
GRADE_ORDER = ("AAA", "AA", "A", "B", "M", "C", "D", "优", "良", "中", "差")

MAX_BODIES_IN_CHART = 20  # the table always lists every body
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# -- statistics -------------------------------------------------------------------------------


def compute_statistics(decided: Decided, as_of: str) -> dict[str, Any]:
    """Counts of the published records as of `as_of` (ISO date), JSON-serialisable.

    Keys:
    - ``as_of``: the date;
    - ``months``: the last 24 months up to the as-of month (``YYYY-MM``, oldest first);
    - ``per_month``: kind -> counts per month (aligned with ``months``, by decision-date month),
      for every record kind;
    - ``totals``: kind -> published records;
    - ``penalties_by_body``: 处罚机关 -> published penalties (most first, then by name);
    - ``penalties_by_tier``: 轻微 / 一般 / 严重 (then any other value) -> published penalties;
    - ``grades``: 评价类型 -> {评价结果 -> current grades}, schemes by name, grades in the usual order;
    - ``lists``: ``{"redlist": {名单名称: n}, "blacklist": {名单名称: n}}`` (largest first, then by name).

    Withheld records (any `_status` other than published) are never counted.
    """
    day = dt.date.fromisoformat(as_of)
    months = _month_window(day, MONTHS)
    position = {m: i for i, m in enumerate(months)}
    per_month: dict[str, list[int]] = {}
    totals: dict[str, int] = {}
    for kind in RECORD_KINDS:
        frame = _published(decided, kind)
        totals[kind] = len(frame)
        counts = [0] * len(months)
        column = KINDS[kind].decision_date
        if column in frame:
            for date in frame[column].tolist():  # iterating an Arrow column cell by cell is slow
                index = position.get(str(date)[:7]) if _is_date(date) and str(date) <= as_of else None
                if index is not None:
                    counts[index] += 1
        per_month[kind] = counts

    penalties = _published(decided, PENALTIES)
    by_body = _count(penalties, KINDS[PENALTIES].issuer_name)
    tier_counts = _count(penalties, TIER)
    by_tier = {t: tier_counts.pop(t, 0) for t in TIERS}
    by_tier.update(sorted(tier_counts.items()))

    grades: dict[str, dict[str, int]] = {}
    evaluations = _published(decided, EVALUATIONS)
    if not evaluations.empty and CURRENT in evaluations and {GRADE_SCHEME, GRADE} <= set(evaluations.columns):
        current = evaluations[evaluations[CURRENT].fillna(False).astype(bool)]
        for (scheme, grade), n in current.groupby([GRADE_SCHEME, GRADE]).size().items():
            scheme_grades = grades.setdefault(_text(scheme) or "未注明", {})
            scheme_grades[_text(grade) or "未注明"] = scheme_grades.get(_text(grade) or "未注明", 0) + int(n)
    grades = {s: dict(sorted(g.items(), key=lambda kv: _grade_key(kv[0]))) for s, g in sorted(grades.items())}

    lists = {kind: _count(_published(decided, kind), LIST_NAME) for kind in (REDLIST, BLACKLIST)}
    return {
        "as_of": as_of,
        "months": months,
        "per_month": per_month,
        "totals": totals,
        "penalties_by_body": by_body,
        "penalties_by_tier": by_tier,
        "grades": grades,
        "lists": lists,
    }


def _published(decided: Decided, kind: str) -> pd.DataFrame:
    if kind not in decided.frames:
        return pd.DataFrame()
    return decided.published(kind)


def _count(frame: pd.DataFrame, column: str) -> dict[str, int]:
    """value -> rows, most first then by value; empty values are counted as 未注明."""
    if frame.empty or column not in frame:
        return {}
    counts: dict[str, int] = {}
    for value in frame[column].tolist():
        label = _text(value) or "未注明"
        counts[label] = counts.get(label, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return _INVALID_XML.sub("", str(value)).strip()


def _is_date(value: object) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)))


def _grade_key(grade: str) -> tuple[int, int, str]:
    return (0, GRADE_ORDER.index(grade), "") if grade in GRADE_ORDER else (1, 0, grade)


def _month_window(day: dt.date, count: int) -> list[str]:
    last = day.year * 12 + day.month - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(last - count + 1, last + 1)]


# -- SVG --------------------------------------------------------------------------------------

FONT = 12
SMALL = 10


def _text_width(text: str, size: float) -> float:
    """Approximate rendered width: CJK and full-width characters are square, others ~0.6 em."""
    return sum(size if ord(c) >= 0x2E80 else size * 0.6 for c in text)


def _fit(text: str, size: float, width: float) -> str:
    """`text`, cut with an ellipsis to fit `width`."""
    if _text_width(text, size) <= width:
        return text
    while text and _text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


def _ticks(top: int) -> list[int]:
    """Round axis ticks (steps of 1, 2 or 5 times a power of ten) from 0 to at least `top`; at most 7."""
    step = 1
    for magnitude in (1, 10, 100, 1000, 10000, 100000, 1000000, 10000000):
        for m in (1, 2, 5):
            step = m * magnitude
            if step * 6 >= top:
                break
        else:
            continue
        break
    end = max(step, -(-top // step) * step)
    return list(range(0, end + 1, step))


# The marks of a drawing, as site_templates/fragments/chart.svg draws them (one element a line).
Mark = dict[str, Any]


def _line(x1: float, y1: float, x2: float, y2: float, opacity: str) -> Mark:
    return {"mark": "line", "x1": x1, "y1": y1, "x2": x2, "y2": y2, "opacity": opacity}


def _rect(x: float, y: float, width: float, height: float, fill: str) -> Mark:
    return {"mark": "rect", "x": x, "y": y, "width": width, "height": height, "fill": fill}


def _label(x: float, y: float, text: object, *, size: int | None = None, bold: bool = False, anchor: str = "",
           rotate: int = 0) -> Mark:
    """A text (rotated by `rotate` degrees around its anchor point); its characters are cleaned here
    and escaped by the template."""
    return {"mark": "text", "x": x, "y": y, "text": _text(text), "size": size, "bold": bold, "anchor": anchor,
            "rotate": rotate}


def _group(tip: str, marks: list[Mark]) -> Mark:
    """Marks sharing one tooltip."""
    return {"mark": "group", "tip": _text(tip), "marks": marks}


@dataclass(frozen=True)
class Chart:
    """One SVG chart: its title, description, size and marks (site_templates/fragments/chart.svg)."""

    slug: str
    title: str
    desc: str
    width: float
    height: float
    marks: list[Mark]

    @property
    def file_name(self) -> str:
        return f"{self.slug}.svg"

    def _render(self, standalone: bool) -> str:
        return render_svg("chart", slug=self.slug, title=_text(self.title), desc=_text(self.desc), width=self.width,
                          height=self.height, font=FONT, marks=self.marks, standalone=standalone)

    @property
    def svg(self) -> str:
        """The inline form: text and axes take the page's colour (currentColor)."""
        return self._render(standalone=False)

    def file_bytes(self) -> bytes:
        """The standalone file, with its own background and text colour (light or dark preference)."""
        return self._render(standalone=True).encode()


def _legend(items: Sequence[tuple[str, str]], x0: float, y0: float, width: float) -> tuple[list[Mark], float]:
    """Colour swatches with labels, wrapped to `width`; returns the marks and their height."""
    out: list[Mark] = []
    x, y = x0, y0
    for label, colour in items:
        w = 14 + _text_width(label, FONT) + 16
        if x > x0 and x + w > x0 + width:
            x, y = x0, y + 18
        out.append(_rect(x, y, 10, 10, colour))
        out.append(_label(x + 14, y + 9.5, label))
        x += w
    return out, (y - y0 + 18) if items else 0.0


def _column_chart(slug: str, title: str, desc: str, categories: Sequence[str],
                  series: Sequence[tuple[str, str, Sequence[int]]], *, slot: float, rotate: bool,
                  legend: bool = True) -> Chart:
    """Vertical bars, stacked by series, with a y axis, the bar totals and a legend."""
    plot_h = 200.0
    totals = [sum(s[2][i] for s in series) for i in range(len(categories))]
    ticks = _ticks(max(totals, default=0))
    top = ticks[-1]
    left = 12 + _text_width(str(top), SMALL) + 6
    plot_w = slot * len(categories)
    width = max(left + plot_w + 12, 320.0)
    y_top = 34.0
    y_base = y_top + plot_h
    body: list[Mark] = []
    for t in ticks:
        y = y_base - plot_h * t / top
        body.append(_line(left, y, left + plot_w, y, "0.6" if t == 0 else "0.15"))
        body.append(_label(left - 4, y + 3.5, t, size=SMALL, anchor="end"))
    bar_w = slot * 0.7
    for i, category in enumerate(categories):
        x = left + slot * i + (slot - bar_w) / 2
        y = y_base
        tip = [f"{category}：{totals[i]} 条"] + [f"{name} {values[i]}" for name, _, values in series if values[i]]
        bar: list[Mark] = []
        for _name, colour, values in series:
            if not values[i]:
                continue
            h = plot_h * values[i] / top
            # a 1-unit gap between stacked segments keeps them apart without relying on colour
            bar.append(_rect(x, y - h + 1, bar_w, max(h - 1, 0.5), colour))
            y -= h
        if totals[i] or not rotate:  # few wide columns: an explicit 0 is informative
            bar.append(_label(x + bar_w / 2, y - 3, totals[i], size=SMALL, anchor="middle"))
        body.append(_group("；".join(tip), bar))
        cx = left + slot * i + slot / 2
        if rotate:
            body.append(_label(cx, y_base + 12, category, size=SMALL, anchor="end", rotate=-45))
        else:
            body.append(_label(cx, y_base + 16, _fit(category, FONT, slot - 4), anchor="middle"))
    label_h = max((_text_width(c, SMALL) for c in categories), default=0) * 0.71 + 16 if rotate else 24
    legend_y = y_base + label_h + 8
    keys: list[Mark] = []
    keys_h = 0.0
    if legend:
        keys, keys_h = _legend([(name, colour) for name, colour, _ in series], left, legend_y, width - left)
    body += keys
    return Chart(slug, title, desc, width, legend_y + keys_h + 4, body)


def _bar_chart(slug: str, title: str, desc: str,
               groups: Sequence[tuple[str, str, Sequence[tuple[str, int]]]]) -> Chart:
    """Horizontal bars in groups (heading, colour, [(label, value)]); a heading may be ''."""
    row_h, bar_h, plot_w = 22.0, 14.0, 340.0
    labels = [label for _, _, rows in groups for label, _ in rows]
    label_w = min(max((_text_width(x, FONT) for x in labels), default=0.0), 240.0) + 8
    top = max((v for _, _, rows in groups for _, v in rows), default=0) or 1
    value_w = _text_width(str(top), FONT) + 8
    width = label_w + plot_w + value_w
    y = 34.0
    body: list[Mark] = []
    for heading, colour, rows in groups:
        if heading:
            body.append(_label(0, y + 12, heading, bold=True))
            y += row_h
        for label, value in rows:
            w = plot_w * value / top
            bar = [_label(label_w - 8, y + 12, _fit(label, FONT, label_w - 8), anchor="end")]
            if value:
                bar.append(_rect(label_w, y + 1, max(w, 1.0), bar_h, colour))
            bar.append(_label(label_w + max(w, 1.0) + 4, y + 12, value))
            body.append(_group(f"{label}：{value} 条", bar))
            y += row_h
    body.insert(0, _line(label_w, 30, label_w, y, "0.6"))
    return Chart(slug, title, desc, width, y + 6, body)


# -- charts of the statistics -----------------------------------------------------------------


def _kind_title(kind: str) -> str:
    return KINDS[kind].title if kind in KINDS else kind


def _listing(pairs: Iterable[tuple[str, int]], limit: int = 20) -> str:
    items = list(pairs)
    text = "；".join(f"{label} {value} 条" for label, value in items[:limit])
    if len(items) > limit:
        text += f"；其余 {len(items) - limit} 项 {sum(v for _, v in items[limit:])} 条"
    return text


def _monthly_chart(stats: Mapping[str, Any]) -> Chart | None:
    months: list[str] = stats["months"]
    series = [(_kind_title(k), KIND_COLOURS.get(k, "#7A7A7A"), v) for k, v in stats["per_month"].items() if any(v)]
    if not series:
        return None
    totals = [sum(s[2][i] for s in series) for i in range(len(months))]
    peak = max(range(len(months)), key=lambda i: (totals[i], i))
    desc = (f"{months[0]} 至 {months[-1]} 各月公示中的信息数量（按决定日期所在月份，各类信息堆叠）：共 {sum(totals)} 条，"
            f"其中 {_listing((name, sum(values)) for name, _, values in series)}。"
            f"数量最多的月份是 {months[peak]}（{totals[peak]} 条）。逐月数字见图下表格。")
    return _column_chart("monthly", f"近 {len(months)} 个月各类信息数量", desc, months, series, slot=26, rotate=True)


def _bodies_chart(stats: Mapping[str, Any]) -> Chart | None:
    bodies = list(stats["penalties_by_body"].items())
    if not bodies:
        return None
    shown = bodies[:MAX_BODIES_IN_CHART]
    rest = bodies[MAX_BODIES_IN_CHART:]
    if rest:
        shown.append((f"其余 {len(rest)} 个机关", sum(v for _, v in rest)))
    desc = f"公示中的行政处罚按处罚机关统计，共 {len(bodies)} 个机关：{_listing(bodies)}。"
    return _bar_chart("penalties-by-body", "行政处罚：按处罚机关", desc, [("", BODY_COLOUR, shown)])


def _tiers_chart(stats: Mapping[str, Any]) -> Chart | None:
    tiers: dict[str, int] = stats["penalties_by_tier"]
    if not any(tiers.values()):
        return None
    names = list(tiers)
    series = [(t, TIER_COLOURS.get(t, "#7A7A7A"), [n if name == t else 0 for name in names])
              for t, n in tiers.items()]
    desc = f"公示中的行政处罚按失信程度统计：{_listing(tiers.items())}。"
    return _column_chart("penalties-by-tier", "行政处罚：按失信程度", desc, names, series, slot=90, rotate=False,
                         legend=False)


def _grade_charts(stats: Mapping[str, Any]) -> list[tuple[str, Chart]]:
    charts = []
    for number, (scheme, grades) in enumerate(stats["grades"].items(), start=1):
        desc = f"{scheme}的当前评价结果分布（每个主体只计最新一次有效评价），共 {sum(grades.values())} 个：{_listing(grades.items())}。"
        charts.append((scheme, _bar_chart(f"grades-{number}", f"{scheme}：当前评价结果分布", desc,
                                          [("", GRADE_COLOUR, list(grades.items()))])))
    return charts


def _lists_chart(stats: Mapping[str, Any]) -> Chart | None:
    groups = [(_kind_title(k), KIND_COLOURS[k], list(stats["lists"].get(k, {}).items())) for k in (REDLIST, BLACKLIST)]
    groups = [g for g in groups if g[2]]
    if not groups:
        return None
    desc = "公示中的名单按名单名称统计：" + "；".join(f"{h}：{_listing(rows)}" for h, _, rows in groups) + "。"
    return _bar_chart("lists", "名单规模", desc, groups)


# -- the page ---------------------------------------------------------------------------------


def _share(n: int, total: int) -> str:
    return f"{100 * n / total:.1f}%" if total else "0.0%"


def render_statistics(stats: dict[str, Any], out_dir: Path, root: str, sink: OutputSink | None = None) -> str:
    """Write the SVG charts into `out_dir` and return the statistics page's HTML body.

    `stats` comes from `compute_statistics`. `out_dir` is the site's `stats/` folder;
    `root` is the relative path from the page to the site root (e.g. ``"../"``): links go to
    ``{root}lists/<kind>/`` and ``{root}<out_dir name>/<chart>.svg``. The page's markup is
    `site_templates/fragments/stats.html`, given plain data (and each chart's SVG).

    Each chart is inlined as ``<svg role="img">`` with ``<title>`` and ``<desc>``, so that its
    text and axes take the page's colour (``currentColor``) in the light and the dark theme,
    including the theme's manual toggle, which an ``<img>`` cannot follow. The same chart
    is also written as a standalone ``.svg`` file (linked for download and reuse). Every chart
    is followed by a ``<table class="cs-table">`` with the same numbers. Every data value is
    escaped. Output is byte-identical for identical input. In a build, each chart file goes
    through the build's `sink` (`out_dir` inside its root), which hashes and scans it.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    base = f"{root}{out_dir.name}/"
    charts: list[Chart] = []

    def part(chart: Chart | None, table_of: Callable[[], dict[str, Any]]) -> dict[str, Any] | None:
        """A chart and its table, or None when there is nothing to draw."""
        if chart is None:
            return None
        charts.append(chart)
        return {"chart": {"slug": chart.slug, "title": chart.title, "svg": Markup(chart.svg),
                          "href": base + chart.file_name},
                "table": table_of()}

    totals: dict[str, int] = stats["totals"]
    totals_table = table("各类公示中的信息数量", ["信息类别", "条数"],
                         [[link(f"{root}lists/{k}/", _kind_title(k)), str(n)] for k, n in totals.items()],
                         foot=["合计", str(sum(totals.values()))])

    months: list[str] = stats["months"]
    kinds = [k for k, v in stats["per_month"].items() if any(v)]

    def monthly_table() -> dict[str, Any]:
        month_rows = []
        for i, month in enumerate(months):
            values = [stats["per_month"][k][i] for k in kinds]
            month_rows.append([month, *(str(v) for v in values), str(sum(values))])
        sums = [sum(stats["per_month"][k]) for k in kinds]
        return table(f"{months[0]} 至 {months[-1]} 各月信息数量（按决定日期）",
                     ["月份", *(_kind_title(k) for k in kinds), "合计"], month_rows,
                     foot=["合计", *(str(v) for v in sums), str(sum(sums))])

    def shares(caption: str, first: str, unit: str, counts: Mapping[str, int]) -> Callable[[], dict[str, Any]]:
        total = sum(counts.values())
        return lambda: table(caption, [first, unit, "占比"], [[k, str(n), _share(n, total)] for k, n in counts.items()],
                             foot=["合计", str(total), _share(total, total)])

    monthly = part(_monthly_chart(stats), monthly_table)
    bodies = part(_bodies_chart(stats), shares("各处罚机关公示中的行政处罚数量", KINDS[PENALTIES].issuer_name, "条数",
                                               stats["penalties_by_body"]))
    tiers = part(_tiers_chart(stats), shares("各失信程度公示中的行政处罚数量", DEGREE, "条数",
                                             stats["penalties_by_tier"]))
    grades = []
    for scheme, chart in _grade_charts(stats):
        grade = part(chart, shares(f"{scheme}当前评价结果分布", GRADE, "主体数", stats["grades"][scheme]))
        grades.append({**(grade or {}), "scheme": scheme})
    lists = part(_lists_chart(stats), lambda: table(
        "各名单公示中的条目数量", ["名单", "条数"],
        [[f"{_kind_title(k)} · {name}", str(n)] for k in (REDLIST, BLACKLIST)
         for name, n in stats["lists"].get(k, {}).items()]))
    body = render_fragment("stats", as_of=_text(stats["as_of"]), totals=totals_table, months=months, monthly=monthly,
                           bodies=bodies, tiers=tiers, grades=grades, lists=lists)
    write = writer_into(out_dir, sink)
    for chart in charts:
        write(chart.file_name, chart.file_bytes())
    return body
