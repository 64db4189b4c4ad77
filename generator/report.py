"""The staff report: every input row accounted for (interfaces.md, "Staff report").

Entry point: `write_report(report_dir, summary, problems, rejected)`. Lives outside the
public site; quotes no value of a never-public field (problems never carry one).
"""

from __future__ import annotations

import html
import json
from collections import Counter
from pathlib import Path
from typing import Any

from generator.due import report_html
from generator.problems import CODES, ERROR, Problem
from generator.rules import PUBLISHED, STATUS, WITHHELD_REASONS, Decided
from generator.schema import KINDS
from generator.validate import Validated


def summarize(validated: Validated, decided: Decided, as_of: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """summary.json: per kind read / published / rejected / withheld by reason."""
    kinds: dict[str, Any] = {}
    for name, valid in validated.kinds.items():
        if KINDS[name].control:
            kinds[name] = decided.control[name]
            continue
        statuses = Counter(decided.frames[name][STATUS])
        withheld = {r: statuses[r] for r in WITHHELD_REASONS if statuses.get(r)}
        if valid.duplicates:
            withheld["duplicate"] = valid.duplicates
        kinds[name] = {"read": valid.read, "published": statuses.get(PUBLISHED, 0), "rejected": valid.rejected,
                       "withheld": withheld}
    summary: dict[str, Any] = {"as_of": as_of, "kinds": kinds}
    if extra:
        summary.update(extra)
    return summary


TIMELY_KINDS = ("licenses", "penalties", "actions")


def late_publications(decided: Decided, state: Any, working_days: int) -> list[dict[str, str]]:
    """Published licences, penalties and actions first published later than the working-day limit."""
    import datetime as dt

    from generator.rules import ISSUER, KEY, RECORD_ID
    from generator.workdays import add_working_days

    first = dict(zip(state["id"], state["first_published"]))
    due_by_date: dict[str, str] = {}  # a few thousand distinct dates for millions of records
    late = []
    for kind in TIMELY_KINDS:
        spec = KINDS[kind]
        frame = decided.published(kind)
        for rid, key, issuer, authority, decided_on in zip(frame[RECORD_ID].tolist(), frame[KEY].tolist(),
                                                         frame[ISSUER].tolist(), frame[spec.issuer_name].tolist(),
                                                         frame[spec.decision_date].tolist()):
            due = due_by_date.get(decided_on)
            if due is None:
                due = due_by_date[decided_on] = add_working_days(dt.date.fromisoformat(decided_on),
                                                                 working_days).isoformat()
            published_on = first.get(rid, "")
            if published_on and published_on > due:
                late.append({"kind": kind, "key": key, "authority": authority, "authority_code": issuer,
                             "decision_date": decided_on, "due": due, "first_published": published_on})
    return sorted(late, key=lambda r: (r["authority"], r["kind"], r["decision_date"], r["key"]))


def scheduled_removals(decided: Decided, as_of: str, days: int = 30) -> list[dict[str, str]]:
    """Published records whose publication stops within `days` days, per issuing body."""
    import datetime as dt

    from generator.rules import KEY, STOP

    horizon = (dt.date.fromisoformat(as_of) + dt.timedelta(days=days)).isoformat()
    rows = []
    for kind in decided.frames:
        published = decided.published(kind)
        if STOP not in published or published.empty:
            continue
        soon = published[(published[STOP] != "") & (published[STOP] <= horizon)]
        spec = KINDS[kind]
        for key, stop, authority in zip(soon[KEY], soon[STOP], soon[spec.issuer_name] if spec.issuer_name else ""):
            rows.append({"kind": kind, "key": key, "authority": authority, "stops": stop})
    return sorted(rows, key=lambda r: (r["authority"], r["stops"], r["kind"], r["key"]))


def check_sums(summary: dict[str, Any]) -> list[str]:
    """Kinds whose counts do not add up (must be empty: nothing lost)."""
    wrong = []
    for name, c in summary["kinds"].items():
        if KINDS[name].control:
            total = c["rejected"] + c["applied"] + c["pending"] + c["unmatched"]
        else:
            total = c["published"] + c["rejected"] + sum(c["withheld"].values())
        if total != c["read"]:
            wrong.append(name)
    return wrong


def write_report(report_dir: Path, summary: dict[str, Any], problems: list[Problem], validated: Validated,
                 late: list[dict[str, str]] | None = None, scheduled: list[dict[str, str]] | None = None) -> None:
    """Write summary.json, issues.jsonl, rejected.csv, late.csv, scheduled.csv and index.html for staff."""
    report_dir.mkdir(parents=True, exist_ok=True)
    late, scheduled = late or [], scheduled or []
    _write_csv(report_dir / "late.csv", ["authority", "authority_code", "kind", "key", "decision_date", "due",
                                         "first_published"], late)
    _write_csv(report_dir / "scheduled.csv", ["authority", "stops", "kind", "key"], scheduled)
    (report_dir / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")
    ordered = sorted(problems, key=lambda p: (p.kind, p.file, p.row or 0, p.column or "", p.code))
    with (report_dir / "issues.jsonl").open("w", encoding="utf-8") as out:
        for p in ordered:
            out.write(json.dumps(p.as_dict(), ensure_ascii=False) + "\n")
    lines = ["kind,file,row,codes"]
    for name, valid in validated.kinds.items():
        for file, row, codes in valid.rejected_rows.itertuples(index=False, name=None):
            lines.append(f"{name},{file},{row},\"{codes}\"")
    (report_dir / "rejected.csv").write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    (report_dir / "index.html").write_text(_report_page(summary, ordered, late, scheduled), encoding="utf-8")


def _write_csv(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    import csv
    import io

    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text("\ufeff" + buffer.getvalue(), encoding="utf-8")


def _by_authority(rows: list[dict[str, str]], columns: list[tuple[str, str]]) -> str:
    e = html.escape
    if not rows:
        return "<p>无。</p>"
    head = "".join(f"<th>{e(t)}</th>" for _, t in columns)
    body = "".join("<tr>" + "".join(f"<td>{e(str(r.get(c, '')))}</td>" for c, _ in columns) + "</tr>" for r in rows)
    counts = Counter(r["authority"] for r in rows)
    summary = "；".join(f"{e(a or '（未填写）')} {n} 条" for a, n in sorted(counts.items()))
    return f"<p>{summary}</p><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


CONFLICT_TITLES = {
    "red_and_black": "同时在守信激励名单和严重失信主体名单上",
    "grade_a_with_serious_penalty": "当前信用等级为 A（优），但近一年有严重失信行政处罚",
    "honour_with_closed_registry": "守信激励名单主体已注销或吊销",
}


def _conflicts(conflicts: dict[str, list[dict[str, str]]]) -> str:
    e = html.escape
    parts = []
    for key, title in CONFLICT_TITLES.items():
        items = conflicts.get(key, [])
        parts.append(f"<h3>{e(title)}（{len(items)}）</h3>")
        if items:
            columns = list(items[0])
            head = "".join(f"<th>{e(c)}</th>" for c in columns)
            body = "".join("<tr>" + "".join(f"<td>{e(str(i.get(c, '')))}</td>" for c in columns) + "</tr>" for i in items)
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    return "".join(parts)


def _report_page(summary: dict[str, Any], problems: list[Problem], late: list[dict[str, str]],
                 scheduled: list[dict[str, str]]) -> str:
    e = html.escape
    rows = []
    for name, c in summary["kinds"].items():
        if KINDS[name].control:
            rows.append(f"<tr><td>{e(KINDS[name].title)}（{name}）</td><td>{c['read']}</td><td>—</td>"
                        f"<td>已生效 {c['applied']}，待生效 {c['pending']}，未匹配 {c['unmatched']}</td>"
                        f"<td>{c['rejected']}</td></tr>")
        else:
            withheld = "，".join(f"{k} {v}" for k, v in c["withheld"].items()) or "0"
            rows.append(f"<tr><td>{e(KINDS[name].title)}（{name}）</td><td>{c['read']}</td><td>{c['published']}</td>"
                        f"<td>{e(withheld)}</td><td>{c['rejected']}</td></tr>")
    by_code = Counter(p.code for p in problems)
    codes = "".join(f"<tr><td><code>{e(code)}</code></td><td>{n}</td><td>{e(CODES.get(code, ''))}</td></tr>"
                    for code, n in sorted(by_code.items()))
    items = "".join(
        f"<tr class='{e(p.severity)}'><td>{e(p.severity)}</td><td>{e(p.kind)}</td><td>{e(p.file)}</td>"
        f"<td>{p.row or ''}</td><td>{e(p.column or '')}</td><td><code>{e(p.code)}</code></td><td>{e(p.message)}</td></tr>"
        for p in problems)
    errors = sum(1 for p in problems if p.severity == ERROR)
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>构建报告 {e(summary['as_of'])}</title>
<style>body{{font-family:system-ui,sans-serif;margin:1rem;}}table{{border-collapse:collapse;margin:1rem 0;}}
td,th{{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top;}}tr.error td:first-child{{color:#b00;}}
input{{padding:.3rem;width:20rem;max-width:100%;}}</style></head><body>
<h1>构建报告（仅供工作人员，不公开）</h1>
<p>发布基准日：{e(summary['as_of'])}。每一行输入数据都计入下表：读取 = 公示 + 暂不公示 + 拒绝。</p>
{report_html(summary)}
<table><thead><tr><th>类别</th><th>读取</th><th>公示</th><th>暂不公示（原因）</th><th>拒绝</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<h2>未来 30 天内将停止公示（{len(scheduled)} 条）</h2>
{_by_authority(scheduled, [("authority", "机关"), ("stops", "停止公示日期"), ("kind", "类别"), ("key", "文书号")])}
<h2>超过 7 个工作日才上网公示（{len(late)} 条）</h2>
{_by_authority(late, [("authority", "机关"), ("kind", "类别"), ("key", "文书号"), ("decision_date", "决定日期"),
                      ("due", "应公示截止"), ("first_published", "首次公示")])}
<h2>红黑名单交叉比对（发布前请核实）</h2>
{_conflicts(summary.get("crosscheck", {}))}
<h2>问题代码</h2><table><thead><tr><th>代码</th><th>次数</th><th>处理建议</th></tr></thead><tbody>{codes}</tbody></table>
<h2>问题明细（{len(problems)} 条，其中错误 {errors} 条）</h2>
<p><label>筛选：<input id="f" type="search" placeholder="输入文件名、代码或字段"></label></p>
<table id="t"><thead><tr><th>级别</th><th>类别</th><th>文件</th><th>行</th><th>列</th><th>代码</th><th>说明</th></tr></thead>
<tbody>{items}</tbody></table>
<script>document.getElementById('f').addEventListener('input',function(){{var q=this.value;
document.querySelectorAll('#t tbody tr').forEach(function(r){{r.hidden=q&&r.textContent.indexOf(q)<0;}});}});</script>
</body></html>
"""
