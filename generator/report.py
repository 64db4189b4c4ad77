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
        kinds[name] = {"read": valid.read, "published": statuses.get(PUBLISHED, 0), "rejected": valid.rejected,
                       "withheld": withheld}
    summary: dict[str, Any] = {"as_of": as_of, "kinds": kinds}
    if extra:
        summary.update(extra)
    return summary


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


def write_report(report_dir: Path, summary: dict[str, Any], problems: list[Problem], validated: Validated) -> None:
    """Write summary.json, issues.jsonl, rejected.csv and a page staff can open (index.html)."""
    report_dir.mkdir(parents=True, exist_ok=True)
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
    (report_dir / "index.html").write_text(_report_page(summary, ordered), encoding="utf-8")


def _report_page(summary: dict[str, Any], problems: list[Problem]) -> str:
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
<table><thead><tr><th>类别</th><th>读取</th><th>公示</th><th>暂不公示（原因）</th><th>拒绝</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<h2>问题代码</h2><table><thead><tr><th>代码</th><th>次数</th><th>处理建议</th></tr></thead><tbody>{codes}</tbody></table>
<h2>问题明细（{len(problems)} 条，其中错误 {errors} 条）</h2>
<p><label>筛选：<input id="f" type="search" placeholder="输入文件名、代码或字段"></label></p>
<table id="t"><thead><tr><th>级别</th><th>类别</th><th>文件</th><th>行</th><th>列</th><th>代码</th><th>说明</th></tr></thead>
<tbody>{items}</tbody></table>
<script>document.getElementById('f').addEventListener('input',function(){{var q=this.value;
document.querySelectorAll('#t tbody tr').forEach(function(r){{r.hidden=q&&r.textContent.indexOf(q)<0;}});}});</script>
</body></html>
"""
