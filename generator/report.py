"""The staff report: every input row accounted for (interfaces.md, "Staff report").

Entry point: `write_report(report_dir, summary, problems, rejected)`. Lives outside the
public site; quotes no value of a never-public field (problems never carry one).
"""

from __future__ import annotations

import dataclasses
import functools
import html
import json
from collections import Counter
from pathlib import Path
from typing import Any, NoReturn

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from generator.contract import (
    EVALUATIONS,
    FILE,
    GRADE,
    GRADE_SCHEME,
    ISSUER,
    KEY,
    PUBLISHED,
    RECORD_ID,
    REGISTRY_NAME,
    REGISTRY_STATUS,
    STATUS,
    STOP,
    TIMELY_KINDS,
    WITHHELD_REASONS,
    Decided,
)
from generator.due import report_due
from generator.problems import CODES, ERROR, WARNING, Problem
from generator.publish import Other, check_own_folder
from generator.resources import REPORT_TEMPLATES
from generator.schema import DATA_FOLDERS, KINDS
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
    derived = {name: dict(valid.derived) for name, valid in validated.kinds.items() if valid.derived}
    if derived:  # values read or derived by the validate stage (party category, 所属领域, amounts in 元)
        summary["derived"] = derived
    if extra:
        summary.update(extra)
    return summary


LATE_COLUMNS = ("kind", "key", "authority", "authority_code", "decision_date", "due", "first_published",
                "due_estimated")
ESTIMATED_MARK = "是"  # late.csv's due_estimated: the deadline falls in a year whose holidays are not published yet


def late_publications(decided: Decided, state: Any, working_days: int, as_of: str | None = None) -> pa.Table:
    """Licences, penalties and actions this build publishes for the first time, later than the working-day limit.

    Records published by an earlier build were reported by that build's report. In a first build
    (no earlier state) every record is published for the first time, so every record decided
    more than the limit ago is listed: the report page says so.

    One Arrow table (LATE_COLUMNS, every value a string), sorted by authority, kind, decision date
    and key (a stable sort: rows equal in all four stay in kind and row order); `to_pylist()`
    gives the staff report's rows. Made a kind at a time from its columns: no dict per record
    (a first build of 10^5 entities listed ~170,000, and looked each record's first publication
    up in a dict of every record).
    """
    import datetime as dt

    from generator.workdays import add_working_days

    # New records get this build's as-of date as their first publication date.
    today = as_of or max(state["first_published"], default="")
    first_today = _arrow(state.loc[state["first_published"] == today, "id"])
    due_by_date: dict[str, str] = {}  # a few thousand distinct dates for millions of records
    estimated_by_date: dict[str, str] = {}
    parts = []
    for kind in TIMELY_KINDS:
        spec = KINDS[kind]
        frame = decided.published(kind)
        if frame.empty:
            continue
        decided_on = _arrow(frame[spec.decision_date])
        days = pc.unique(decided_on)
        day_list = days.to_pylist()
        for day in day_list:
            if day not in due_by_date:
                start = dt.date.fromisoformat(day)
                deadline = add_working_days(start, working_days)
                due_by_date[day] = deadline.isoformat()
                estimated_by_date[day] = ESTIMATED_MARK if estimated_years(start, deadline) else ""
        where = pc.index_in(decided_on, value_set=days)
        due = pc.take(pa.array([due_by_date[day] for day in day_list], pa.string()), where)
        estimated = pc.take(pa.array([estimated_by_date[day] for day in day_list], pa.string()), where)
        # (Arrow's own set lookup: pandas' `isin` on Arrow strings makes a Python object of every id)
        late = pc.and_(pc.is_in(_arrow(frame[RECORD_ID]), value_set=first_today), pc.less(due, today))
        count = pc.sum(late).as_py() or 0
        if not count:
            continue
        parts.append(pa.table({
            "kind": pa.repeat(pa.scalar(kind, pa.string()), count), "key": _arrow(frame[KEY]).filter(late),
            "authority": _arrow(frame[spec.issuer_name]).filter(late),
            "authority_code": _arrow(frame[ISSUER]).filter(late), "decision_date": decided_on.filter(late),
            "due": due.filter(late), "first_published": pa.repeat(pa.scalar(today, pa.string()), count),
            "due_estimated": estimated.filter(late)}))
    if not parts:
        return pa.table({name: pa.array([], pa.string()) for name in LATE_COLUMNS})
    return pa.concat_tables(parts).sort_by([("authority", "ascending"), ("kind", "ascending"),
                                            ("decision_date", "ascending"), ("key", "ascending")])


CALENDAR_ESTIMATED = "calendar-estimated"


def estimated_years(start: Any, due: Any) -> set[int]:
    """The years between a decision's day (`start`, excluded) and its working-day deadline (`due`) whose holiday
    schedule is not published yet, so that the deadline was estimated (`workdays.calendar_estimated`). A year
    before the package's (2003 and earlier) counts Monday to Friday: such a record is late anyway."""
    import datetime as dt

    from generator.workdays import REVISED_FROM, calendar_estimated

    return {y for y in range(max((start + dt.timedelta(days=1)).year, REVISED_FROM), due.year + 1)
            if calendar_estimated(y)}


def estimated_deadlines(decided: Decided, state: Any, working_days: int, as_of: str) -> list[Problem]:
    """One notice (`calendar-estimated`) when the working-day deadline of a record this build judges (one it
    publishes for the first time, as `late_publications`) is counted in a year whose holiday schedule is
    not published yet (`workdays.calendar_estimated`): the staff should know late.csv rests on an estimate.
    Named by the first such record's kind and file; the message counts them all."""
    import datetime as dt

    import chinese_calendar

    from generator.workdays import add_working_days

    first_today: pa.Array | None = None  # made only where a deadline is estimated (a set of every new id)
    first: tuple[str, str] | None = None  # (kind, file) of the first record so counted
    files_named: set[str] = set()
    count = 0
    years: set[int] = set()
    for kind in TIMELY_KINDS:
        spec = KINDS[kind]
        frame = decided.published(kind)
        if frame.empty:
            continue
        decided_on = frame[spec.decision_date]
        estimated_by_day: dict[str, set[int]] = {}  # a few thousand distinct dates, most not estimated
        for day in pc.unique(_arrow(decided_on)).to_pylist():
            start = dt.date.fromisoformat(day)
            due = add_working_days(start, working_days)
            estimated = estimated_years(start, due)
            if estimated:
                estimated_by_day[day] = estimated
        if not estimated_by_day:
            continue
        if first_today is None:
            first_today = _arrow(state.loc[state["first_published"] == as_of, "id"])
        candidates = decided_on.isin(list(estimated_by_day)).to_numpy(dtype=bool)
        judged = pc.is_in(_arrow(frame[RECORD_ID][candidates]), value_set=first_today).to_numpy(zero_copy_only=False)
        if not judged.any():
            continue
        for day in pc.unique(_arrow(decided_on[candidates][judged])).to_pylist():
            years |= estimated_by_day[day]
        files = frame[FILE][candidates][judged]
        first = first or (kind, str(files.iloc[0]))
        files_named.update(str(f) for f in files.unique())
        count += len(files)
    if first is None:
        return []
    kind, file = first
    named = "、".join(f"{y} 年" for y in sorted(years))
    others = len(files_named) - 1
    return [Problem(kind, file, None, KINDS[kind].decision_date, CALENDAR_ESTIMATED, WARNING,
                    f"{file}{f' 等 {others + 1} 个文件' if others else ''}：本次首次公示的 {count} 条记录的"
                    f"“{working_days} 个工作日内公示”期限落在 {named}，该年的放假调休安排尚未公布"
                    f"（节假日日历 chinesecalendar {chinese_calendar.__version__} 未收录）：已按《全国年节及纪念日放假办法》"
                    "的法定节假日、周末补假和近年的放假惯例估算，周末一律不算工作日（调休上班的周末无法预知），"
                    "估算的期限宁晚勿早。国务院公布该年放假安排后，请升级 chinesecalendar 并重新发布。")]


def _arrow(column: pd.Series) -> pa.Array:
    """A text column as one Arrow string array, its own buffers where it is Arrow-backed (a missing
    value: null, None in the staff report's rows; the columns read here are required: validation
    rejects a row without one)."""
    values = pa.Array.from_pandas(column)
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    return values.cast(pa.string())


def scheduled_removals(decided: Decided, as_of: str, days: int = 30) -> list[dict[str, str]]:
    """Published records whose publication stops within `days` days, per issuing body."""
    import datetime as dt

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


# What a staff report folder holds: write_report's files, the build's figures (build.py) and the
# CLI's error log. A --report folder holding anything else is not ours to write into.
REPORT_FILES = frozenset({"summary.json", "issues.jsonl", "rejected.csv", "late.csv", "scheduled.csv", "index.html",
                          "timings.json", "gate.json", "error.log"})
# Any of them but index.html says a folder is a report of ours (a folder of someone's web pages may
# hold an index.html); a build killed while writing its report leaves some of them.
_REPORT_MARKS = REPORT_FILES - {"index.html"}


def check_report_folder(report_dir: Path, data_dir: Path, state_dir: Path | None = None) -> None:
    """Refuse a `--report` folder typed wrong before anything is written (publish.check_own_folder)."""
    others: tuple[Other, ...] = (("数据目录", data_dir, DATA_FOLDERS),)
    if state_dir is not None:
        others += (("状态目录", state_dir, None),)
    check_own_folder(report_dir, "--report", "报告目录", _REPORT_MARKS, REPORT_FILES, others)


def write_report(report_dir: Path, summary: dict[str, Any], problems: list[Problem], validated: Validated,
                 late: list[dict[str, str]] | None = None, scheduled: list[dict[str, str]] | None = None) -> None:
    """Write summary.json, issues.jsonl, rejected.csv, late.csv, scheduled.csv and index.html for staff."""
    report_dir.mkdir(parents=True, exist_ok=True)
    late, scheduled = late or [], scheduled or []
    # File names and column headers are typed by clerks too (殷…报送_<ID>.csv, 联系人王…1370…): the
    # staff outputs quote them through the detector, like every cell (issue 16, adversarial round).
    problems = [dataclasses.replace(p, file=_safe_text(p.file), column=_safe_text(p.column) if p.column else p.column)
                for p in problems]
    summary = _safe_strings(summary)
    _write_csv(report_dir / "late.csv", ["authority", "authority_code", "kind", "key", "decision_date", "due",
                                         "first_published", "due_estimated"], late)
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
            lines.append(f"{name},{_safe_text(str(file))},{row},\"{codes}\"")
    (report_dir / "rejected.csv").write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    (report_dir / "index.html").write_text(_report_page(summary, ordered, late, scheduled), encoding="utf-8")


# The project's own sentences around what a stop message quotes (generator/gate.py): read through the detector whole, 在将要
# and 元格中 were taken for names (隐私检查***发布的, 请改正该单***的个人信息: fifteenth pass, h20o O3). What they quote (a file
# name, a column) is masked on its own, between them.
_OWN_PHRASES = ("隐私检查在将要发布的", "，已停止发布，原站点未改动：请删去或改正该单元格中的个人信息（或将其移到证件号码等不公开的列）后重新构建。")


@functools.lru_cache(maxsize=4096)
def _safe_text(text: str) -> str:
    """A file name or column header as staff outputs may quote it (`detect.mask_cell`); the project's own phrases
    (`_OWN_PHRASES`) kept as written."""
    from generator.detect import mask_cell

    for phrase in _OWN_PHRASES:
        if phrase in text:
            return phrase.join(_safe_text(part) for part in text.split(phrase))
    return mask_cell(text) if text else text


def _safe_strings(value: Any) -> Any:
    """The summary with every string (file names, leak lines …) passed through `_safe_text`."""
    if isinstance(value, str):
        return _safe_text(value)
    if isinstance(value, dict):
        return {_safe_strings(k) if isinstance(k, str) else k: _safe_strings(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_safe_strings(v) for v in value]
    return value


def _write_csv(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    import csv
    import io

    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text("\ufeff" + buffer.getvalue(), encoding="utf-8")


REASON_TITLES = {
    "expired": "已过公示期", "repaired": "已信用修复", "withdrawn": "已撤销或更正", "minor": "未成年人",
    "not-published": "轻微失信（默认不公示）", "conflict": "红黑名单冲突待核实", "duplicate": "重复行（只保留一行）",
}
SEVERITY_TITLES = {ERROR: "错误", "warning": "提示"}
DERIVED_TITLES = {
    "party-category-derived": "按代码推断行政相对人类别", "party-category-from-code": "92 开头代码按个体工商户处理",
    "amount-converted": "金额由元或中文大写换算为万元",
    "amount-read-as-yuan": "罚款金额按元读取", "amount-mismatch": "罚款金额与处罚内容不一致",
    "amount-large": "罚款金额超过 1 亿元", "line-break-removed": "名称、代码、日期中的换行已去掉",
}


def kind_title(name: str) -> str:
    """The Chinese name of a kind (folder name when unknown)."""
    return KINDS[name].title if name in KINDS else name


def withheld_text(withheld: dict[str, int], sep: str = "，") -> str:
    """Withheld counts with their reasons in Chinese: 已过公示期 3，已信用修复 1."""
    return sep.join(f"{REASON_TITLES.get(k, k)} {v}" for k, v in withheld.items()) or "0"


def refused_files(problems: list[Problem]) -> dict[str, list[Problem]]:
    """Files refused whole (file-level errors: no row of them is read), with their problems."""
    files: dict[str, list[Problem]] = {}
    for p in problems:
        if p.severity == ERROR and (p.row is None or p.code.startswith("file-")):
            files.setdefault(p.file, []).append(p)
    return files


def refusal_stop(damaged: list[Problem], control_kinds: list[str]) -> str:
    """The sentence a build stops with when files were refused: every refused file and why, not the first."""
    files: dict[str, list[Problem]] = {}
    for p in damaged:  # every problem that made a file unusable, whatever its code
        files.setdefault(p.file, []).append(p)
    # (The file's name as staff outputs quote it: a clerk's phone or name in it is masked, as in issues.jsonl;
    # the sentence goes to the terminal and to CI logs. Seventh pass, channels-build-stop-file-names.)
    listed = "；".join(f"{_safe_text(file)} 无法使用（{'、'.join(dict.fromkeys(p.code for p in found))}）：{_reason(found[0])}"
                      for file, found in files.items())
    count = f"共 {len(files)} 个文件被拒绝：" if len(files) > 1 else "文件 "
    if any(found[0].kind in control_kinds for found in files.values()):
        return (f"{count}{listed}。修复与撤销文件损坏时不能发布（否则可能公开已修复或已撤销的记录），"
                "请重新导出后再构建。")
    return (f"{count}{listed}。请重新导出这些文件；如确需在缺少这些文件的情况下发布，请使用 --skip-damaged-files。")


def _reason(p: Problem) -> str:
    """A file problem's message without the file name it starts with (as written or as masked)."""
    for prefix in (f"{p.file}: ", f"{_safe_text(p.file)}: "):
        if p.message.startswith(prefix):
            return p.message[len(prefix):]
    return p.message


def stop_if_emptied(sources: Any, validated: Validated, state_dir: Path, out_dir: Path, allowed: tuple[str, ...],
                    report_dir: Path, problems: list[Problem], as_of: str) -> None:
    """Stop a build in which a kind the last build published would publish nothing because every
    file of it was refused or ignored, or every row rejected, unless staff allow it (`--allow-empty KIND`).

    A kind folder emptied by staff is a decision, not a failure: it does not stop the build.
    """
    from generator.problems import BuildAborted
    from generator.state import load_history

    def stop(message: str) -> NoReturn:
        write_report(report_dir, {"as_of": as_of, "kinds": {}, "aborted": message}, problems, validated)
        raise BuildAborted(message)

    history = load_history(state_dir, out_dir, build_id="")
    if history.previous.empty:
        # A first build in which rows were read and every one rejected would publish an empty site with exit 0 (an
        # outsider's thirteenth-pass case): nothing was published, so it stops, unless staff allow it.
        read = {name: valid.read for name, valid in validated.kinds.items() if valid.read}
        if read and not any(valid.read - valid.rejected for valid in validated.kinds.values()) \
                and not set(read) & set(allowed):
            stop(f"本次读取的 {sum(read.values())} 行数据全部被拒绝，没有任何记录可以公示，已停止发布（原站点未改动）。"
                 f"请查看报告中每一行被拒绝的原因，改正后重新构建；如确实要发布空站点，请加上 "
                 f"{' '.join(f'--allow-empty {n}' for n in sorted(read))} 重新构建。")
        return
    before = set(history.previous["kind"].unique().tolist())
    emptied: list[str] = []
    for name in sorted(before):
        if name in allowed or name not in validated.kinds:
            continue
        valid = validated.kinds[name]
        loaded = sources.kinds.get(name)
        files = set(loaded.files) if loaded is not None else set()
        failed = {p.file for p in problems if p.kind == name and p.code.startswith("file-") and p.file not in files}
        if valid.read - valid.rejected == 0 and (failed or valid.read):
            emptied.append(name)
    if not emptied:
        return
    details = []
    for name in emptied:
        names = sorted({_safe_text(p.file) for p in problems if p.kind == name and p.code.startswith("file-")})
        why = f"文件 {'、'.join(names)} 被拒绝或忽略" if names else "所有数据行均被拒绝"
        details.append(f"{kind_title(name)}（{why}）")
    stop(f"上次发布过的{'、'.join(details)}，本次将没有任何记录公示，已停止发布，原站点未改动。请核对这些文件；"
         f"如确实要清空，请加上 {' '.join(f'--allow-empty {n}' for n in emptied)} 重新构建。")


def _table(head: list[str], rows: list[list[str]]) -> dict[str, Any]:
    """A table for the report template (it scrolls sideways on a phone instead of widening the page)."""
    return {"head": head, "rows": rows}


def _by_authority(rows: list[dict[str, str]], columns: list[tuple[str, str]]) -> dict[str, Any]:
    """The records of one section with the count per authority (the template shows 无。 when none)."""
    counts = Counter(r["authority"] for r in rows)
    shown = [[kind_title(str(r.get(c, ""))) if c == "kind" else str(r.get(c, "")) for c, _ in columns] for r in rows]
    return {"authorities": [{"name": a or "（未填写）", "count": n} for a, n in sorted(counts.items())],
            "table": _table([t for _, t in columns], shown)}


CONFLICT_TITLES = {
    "red_and_black": "同时在守信激励名单和严重失信主体名单上",
    "grade_a_with_serious_penalty": "当前信用等级为 A（优），但近一年有严重失信行政处罚",
    "honour_with_closed_registry": "守信激励名单主体已注销或吊销",
}
CONFLICT_COLUMNS = {
    "entity": "主体代码", "name": REGISTRY_NAME, "redlist_keys": "守信激励认定文号", "redlist_names": "守信激励名单",
    "blacklist_keys": "严重失信列入文号", "blacklist_names": "严重失信名单", "evaluation_key": KINDS[EVALUATIONS].key,
    "scheme": GRADE_SCHEME, "grade": GRADE, "evaluation_date": KINDS[EVALUATIONS].decision_date,
    "penalty_keys": "严重失信处罚文书号", "redlist_key": "守信激励认定文号", "redlist_name": "守信激励名单",
    "registry_status": REGISTRY_STATUS,
}


def _conflicts(conflicts: dict[str, list[dict[str, str]]]) -> list[dict[str, Any]]:
    """Each cross-check finding's title and table of the entities found."""
    parts = []
    for key, title in CONFLICT_TITLES.items():
        items = conflicts.get(key, [])
        columns = list(items[0]) if items else []
        parts.append({"title": title, "table": _table([CONFLICT_COLUMNS.get(c, c) for c in columns],
                                                      [[str(i.get(c, "")) for c in columns] for i in items])})
    return parts


def _derived(summary: dict[str, Any]) -> dict[str, Any]:
    derived: dict[str, dict[str, int]] = summary.get("derived", {})
    rows = []
    for name, counts in derived.items():
        domains = "，".join(f"{k.split(':', 1)[1]} {n}" for k, n in counts.items() if k.startswith("domain:"))
        if domains:
            rows.append([kind_title(name), "所属领域为空，按处罚机关和处罚依据推断（决定最短公示期）",
                         str(sum(n for k, n in counts.items() if k.startswith("domain:"))) + f"（{domains}）"])
        for code, n in counts.items():
            if not code.startswith("domain:"):
                rows.append([kind_title(name), DERIVED_TITLES.get(code, code), str(n)])
    return _table(["类别", "内容", "行数"], rows)


SETTINGS_MISSING = "settings-missing"  # the report's stable code for unset contact settings (issue 20)


def _settings_missing(keys: list[str]) -> dict[str, Any] | None:
    """The contact settings not set, for a warning: 联系我们 and the repair page say where to ask instead."""
    if not keys:
        return None
    from generator.settings import CONTACT_TITLES, SITE_FILE

    return {"code": SETTINGS_MISSING, "file": SITE_FILE,
            "names": [{"title": CONTACT_TITLES.get(k, k), "key": k} for k in keys]}


LISTED_PER_FILE_AND_CODE = 50


def listed_problems(problems: list[Problem]) -> list[Problem]:
    """The problems as the report page lists them: of one code in one file, the first
    LISTED_PER_FILE_AND_CODE rows, then one line "还有 N 条同类问题" in place of the rest.

    A file with 200,000 bad dates would otherwise make a page no browser opens. Problems without
    a row (file-level ones) are always listed; the counts elsewhere on the page use every problem.
    """
    totals = Counter((p.file, p.code) for p in problems if p.row is not None)
    shown: Counter[tuple[str, str]] = Counter()
    out: list[Problem] = []
    for p in problems:
        key = (p.file, p.code)
        if p.row is None or totals[key] <= LISTED_PER_FILE_AND_CODE:
            out.append(p)
            continue
        shown[key] += 1
        if shown[key] <= LISTED_PER_FILE_AND_CODE:
            out.append(p)
        elif shown[key] == LISTED_PER_FILE_AND_CODE + 1:
            more = totals[key] - LISTED_PER_FILE_AND_CODE
            out.append(Problem(p.kind, p.file, None, p.column, p.code, p.severity,
                               f"{p.file}: 还有 {more} 条同类问题（{p.code}，共 {totals[key]} 条），未逐条列出；"
                               f"全部见 issues.jsonl" + ("，被拒绝的行见 rejected.csv" if p.severity == ERROR else "")))
    return out


def report_view(summary: dict[str, Any], problems: list[Problem], late: list[dict[str, str]],
                scheduled: list[dict[str, str]]) -> dict[str, Any]:
    """The staff report page's content as plain data for `site_templates/report/report.html`."""
    rows = []
    for name, c in summary["kinds"].items():
        if KINDS[name].control:
            rows.append([kind_title(name), str(c["read"]), "—",
                         f"已生效 {c['applied']}，待生效 {c['pending']}，未匹配 {c['unmatched']}", str(c["rejected"])])
        else:
            rows.append([kind_title(name), str(c["read"]), str(c["published"]), withheld_text(c["withheld"]),
                         str(c["rejected"])])
    by_code = Counter(p.code for p in problems)
    codes = _table(["代码", "次数", "处理建议"], [[code, str(n), CODES.get(code, "")] for code, n in
                                                sorted(by_code.items(), key=lambda item: (-item[1], item[0]))])
    refused = _table(["文件", "原因"], [[file, "；".join(f"{p.code}：{_reason(p)}" for p in found)]
                                      for file, found in refused_files(problems).items()])
    # Errors first, then warnings; each group in file and row order; at most LISTED_PER_FILE_AND_CODE
    # rows of one code in one file, then one line saying how many more (all are in issues.jsonl).
    ordered = listed_problems(sorted(problems, key=lambda p: (p.severity != ERROR, p.kind, p.file, p.row or 0)))
    listed = [{"severity": p.severity, "severity_title": SEVERITY_TITLES.get(p.severity, p.severity),
               "kind": kind_title(p.kind), "file": p.file, "row": p.row or "", "column": p.column or "",
               "code": p.code, "message": p.message} for p in ordered]
    crosscheck = summary.get("crosscheck")
    return {
        "as_of": summary["as_of"],
        "aborted": str(summary["aborted"]) if summary.get("aborted") else "",
        "leaks": [str(x) for x in summary.get("leaks") or []],
        "settings_missing": _settings_missing(summary.get("settings_missing") or []),
        "due": report_due(summary),
        "kinds": _table(["类别", "读取", "公示", "暂不公示（原因）", "拒绝"], rows),
        "refused": refused,
        "errors": sum(1 for p in problems if p.severity == ERROR),
        "codes": codes,
        "conflicts": _conflicts(crosscheck) if crosscheck is not None else None,
        "derived": _derived(summary),
        "first_publication": bool(summary.get("first_publication_build")),
        "late": _by_authority(late, [("authority", "机关"), ("kind", "类别"), ("key", "文书号"),
                                     ("decision_date", "决定日期"), ("due", "应公示截止"), ("first_published", "首次公示"),
                                     ("due_estimated", "截止日为估算")]),
        "scheduled": _by_authority(scheduled, [("authority", "机关"), ("stops", "停止公示日期"), ("kind", "类别"),
                                               ("key", "文书号")]),
        "problem_count": len(problems),
        "listed_per_file_and_code": LISTED_PER_FILE_AND_CODE,
        "problems": listed,
    }


REPORT_TEMPLATE = "report.html"  # in site_templates/report/ (resources.REPORT_TEMPLATES): not a page of the site


@functools.lru_cache(maxsize=1)
def _environment() -> Environment:
    # Every value is escaped with html.escape, as the report always was (&quot; and &#x27;, where
    # the site's templates write &#34; and &#39;): a reader sees the same text, and the report's bytes
    # did not change when its markup moved into the template. Markup (a macro's output) passes as is.
    def finalize(value: Any) -> Markup:
        return value if isinstance(value, Markup) else Markup(html.escape(str(value)))

    return Environment(loader=FileSystemLoader(str(REPORT_TEMPLATES)), autoescape=True, finalize=finalize,
                       keep_trailing_newline=True)


def _report_page(summary: dict[str, Any], problems: list[Problem], late: list[dict[str, str]],
                 scheduled: list[dict[str, str]]) -> str:
    return _environment().get_template(REPORT_TEMPLATE).render(**report_view(summary, problems, late, scheduled))
