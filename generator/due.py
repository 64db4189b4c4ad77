"""The next due date: the day the published site stops being right if nobody rebuilds it.

Entry points: `next_due(decided, as_of)` (computed by every build from the rules stage's
decided frames), `save_due` / `load_due` (`due.json` in the state folder), `lateness`
(was the live site already past its due date when this build ran?), `site_script` (the
public `assets/due.js` the page script `stale.js` reads) and `check_due` (the `creditsite due`
command). Dates are ISO strings, compared as strings like everywhere in the pipeline.

A published record changes status on the earliest of:
- its stop date (publicity period over, list entry or grade expired: withheld as `expired`
  on that day, publication-rules.md);
- the effective date of a repair or withdrawal that points at it and is dated after the
  as-of date (pending controls: withheld as `repaired` / `withdrawn` on that day);
- for a licence shown as 有效, the day after its 有效期至 (the badge turns 已失效).
The date from which repair may be requested (a tier's minimum period) is not a change: the
pages say "自 … 起可申请信用修复" before and after that day, so nothing shown becomes wrong.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from generator.contract import BADGE, LAPSING_KINDS, PUBLISHED, STATUS, STOP, VALID_UNTIL, Decided
from generator.dates import day_after
from generator.schema import LONG_TERM

DUE_FILE = "due.json"  # in the state folder: not public
# A published row's column (internal, never exported): the day its page card and list row must be hidden by
# stale.js (`data-stop`), the earliest of its stop date and the effective date of a pending repair or
# withdrawal that points at it (`mark_hide_dates`); "" when neither is known.
HIDE_ON = "_hide_on"
SITE_SCRIPT = "assets/due.js"  # in the public site: what stale.js needs to know about the build
CHINA = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")  # China Standard Time has had no DST since 1991

# Why a record changes status on its due date, and how staff read it.
REASONS = {
    "expired": "公示期满（含名单、评价到期）停止公示",
    "repaired": "信用修复决定生效，停止公示",
    "withdrawn": "撤销或更正决定生效，停止公示",
    "licence-lapsed": "行政许可超过有效期，状态改为已失效",
}


@dataclass
class Due:
    """When the site built as of `as_of` must next be rebuilt, and what changes then."""

    as_of: str
    date: str  # "" when no published record is known to change status
    reasons: dict[str, int] = field(default_factory=dict)  # on `date`: records changing, by reason
    # Every future date on which some published record changes status: how many change that day
    # (each record counted once, on its first change). The next build reads it back to say how
    # many records the live site showed late, had it not been rebuilt in time.
    schedule: dict[str, int] = field(default_factory=dict)


def china_today() -> dt.date:
    """Today in China Standard Time, whatever the machine's zone; SOURCE_DATE_EPOCH (seconds) wins."""
    from generator.dates import today

    return today()


def _own_change(kind: str, frame: pd.DataFrame, position: int, as_of: str) -> tuple[str, str] | None:
    """The change a published record makes by itself (its stop date, a licence's lapse), as counted below."""
    stop = str(frame[STOP].iat[position] or "") if STOP in frame else ""
    if stop > as_of:
        return stop, "expired"
    if kind in LAPSING_KINDS and BADGE in frame and frame[BADGE].iat[position] == "有效":
        until = str(frame[VALID_UNTIL].iat[position] or "")
        if until >= as_of and until != LONG_TERM:
            return day_after(until), "licence-lapsed"
    return None


def next_due(decided: Decided, as_of: str) -> Due:
    """The earliest date after `as_of` on which any published record changes status."""
    # (date, reason) -> records, each record counted on its first change only.
    changes: Counter[tuple[str, str]] = Counter()
    firsts: dict[tuple[str, int], tuple[str, str]] = {}  # (kind, row position) of a pending control's target
    for effective, reason, kind, position in decided.pending:
        frame = decided.frames.get(kind)
        if frame is None or frame[STATUS].iat[position] != PUBLISHED or effective <= as_of:
            continue
        known = firsts.get((kind, position))
        if known is None or effective < known[0]:
            firsts[(kind, position)] = (effective, reason)
    own_changes: Counter[tuple[str, str]] = Counter()  # counted below, but a control comes first
    for (kind, position), (effective, reason) in firsts.items():
        own = _own_change(kind, decided.frames[kind], position, as_of)
        if own is not None and own[0] <= effective:
            continue  # the record expires (or lapses) first: counted on that day
        changes[(effective, reason)] += 1
        if own is not None:
            own_changes[own] += 1
    for kind in decided.frames:
        published = decided.published(kind)
        if published.empty:
            continue
        if STOP in published:
            stops = published[STOP]
            for stop, n in stops[stops > as_of].value_counts().items():  # "" sorts first: left out
                changes[(str(stop), "expired")] += int(n)
        if kind in LAPSING_KINDS and BADGE in published:
            until = published[VALID_UNTIL]
            valid = published[(published[BADGE] == "有效") & (until >= as_of) & (until != LONG_TERM)]
            for day, n in valid[VALID_UNTIL].value_counts().items():
                changes[(day_after(str(day)), "licence-lapsed")] += int(n)
    changes.subtract(own_changes)
    schedule: Counter[str] = Counter()
    for (day, _), n in changes.items():
        if n > 0:
            schedule[day] += n
    if not schedule:
        return Due(as_of, "")
    first = min(schedule)
    reasons = {reason: n for (day, reason), n in sorted(changes.items()) if day == first and n > 0}
    return Due(as_of, first, reasons, dict(sorted(schedule.items())))


def mark_hide_dates(decided: Decided, as_of: str) -> None:
    """Give the published rows of each kind a pending repair or withdrawal points at the column HIDE_ON: the
    day its card and list row must leave the page (`data-stop`, read by `assets/stale.js` when the site was not
    rebuilt that day), the earliest of its stop date and the control's effective date. Kinds without a pending
    control get no column: their pages' `data-stop` is the stop date (views.record_view).

    The record's stop date itself (the open data's 公示截止日期, the entity JSON's `publication_ends`, the
    page's visible 公示截止) is left as it is: it is the publicity period the rules set, and the control
    is not yet in effect. Only the hidden attribute carries the earlier day."""
    earliest: dict[str, dict[int, str]] = {}
    for effective, _, kind, position in decided.pending:
        frame = decided.frames.get(kind)
        if frame is None or effective <= as_of or position < 0 or frame[STATUS].iat[position] != PUBLISHED:
            continue
        known = earliest.setdefault(kind, {}).get(position)
        if known is None or effective < known:
            earliest[kind][position] = effective
    for kind, days in earliest.items():
        frame = decided.frames[kind]
        stops = (frame[STOP].astype(object).fillna("").astype(str).tolist() if STOP in frame else [""] * len(frame))
        for position, effective in days.items():
            if not stops[position] or effective < stops[position]:
                stops[position] = effective
        decided.replace_frame(kind, frame.assign(**{HIDE_ON: pd.Series(stops, index=frame.index, dtype=object)}))


def save_due(state_dir: Path, due: Due, build_id: str, out_dir: Path) -> None:
    """Write `due.json` (the due date, the as-of date, the build time) for `creditsite due` and the next build."""
    built = os.environ.get("SOURCE_DATE_EPOCH", "")
    built_at = dt.datetime.fromtimestamp(int(built) if built.isdigit() else time.time(), dt.UTC)
    document = {"due": due.date or None, "as_of": due.as_of, "build_id": build_id,
                "built_at": built_at.isoformat(timespec="seconds").replace("+00:00", "Z"),
                "out_dir": str(out_dir), "reasons": due.reasons, "schedule": due.schedule}
    state_dir.mkdir(parents=True, exist_ok=True)
    part = state_dir / f".{DUE_FILE}.part"
    part.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(part, state_dir / DUE_FILE)


def load_due(state_dir: Path) -> dict[str, Any] | None:
    """The last published build's `due.json`, or None when there is none (or it is unreadable)."""
    try:
        document = json.loads((state_dir / DUE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return document if isinstance(document, dict) and "as_of" in document else None


def lateness(previous: dict[str, Any] | None, as_of: str, out_dir: Path) -> dict[str, Any] | None:
    """How late this build is for the live site: None when it is on time (or there is no live site).

    The live site is the last build published to the same folder; it was due on its `due` date.
    A record whose status changed on day d before this build's as-of date was shown (as_of - d)
    days too long: counted from the schedule that build saved.
    """
    if not previous or previous.get("out_dir") != str(out_dir) or not previous.get("due"):
        return None
    due = str(previous["due"])
    if due >= as_of:
        return None
    end = dt.date.fromisoformat(as_of)
    late = {day: int(n) for day, n in (previous.get("schedule") or {}).items() if str(previous["as_of"]) < day < as_of}
    days = [(end - dt.date.fromisoformat(day)).days for day in late]
    return {"due": due, "built_as_of": str(previous["as_of"]), "days_overdue": (end - dt.date.fromisoformat(due)).days,
            "records": sum(late.values()), "max_days": max(days, default=0),
            "record_days": sum(n * d for n, d in zip(late.values(), days))}


def summary_line(summary: dict[str, Any]) -> str:
    """The summary's sentence about the next due date (printed by `creditsite build`)."""
    due = summary.get("next_due")
    if not due:
        return "下次必须重新发布：无（没有已知会到期的公示记录；数据更新时仍须重新发布）。"
    reasons = "、".join(f"{REASONS.get(r, r)} {n} 条" for r, n in (summary.get("next_due_reasons") or {}).items())
    return f"下次必须重新发布：{due}（当天{reasons}）。"


def late_line(late: dict[str, Any] | None) -> str:
    """The staff report's sentence when the live site was past its due date at build time ("" when not)."""
    if not late:
        return ""
    return (f"上线站点已超过应重新发布日期 {late['due']}（上次发布基准日 {late['built_as_of']}），"
            f"本次发布晚了 {late['days_overdue']} 天：有 {late['records']} 条记录在应停止公示或改变状态之后仍按原样显示，"
            f"最多晚 {late['max_days']} 天，合计 {late['record_days']} 条·天。请按“定期重新发布”每天重新发布。")


def site_script(due: Due, build_id: str) -> str:
    """`assets/due.js`: the build's as-of date, version and due date, for stale.js on every page."""
    data = {"as_of": due.as_of, "build_id": build_id, "due": due.date or None}
    return ("// Written by every build: stale.js hides records past their stop date when the site was not rebuilt.\n"
            f"window.CS_DUE = {json.dumps(data, ensure_ascii=False, sort_keys=True)};\n")


def read_site_script(site: Path) -> dict[str, Any] | None:
    """What `site_script` wrote into the site at `site` (as_of, build_id, due), or None when the site has no
    readable `assets/due.js` (a site built before it existed)."""
    try:
        text = (Path(site) / SITE_SCRIPT).read_text(encoding="utf-8")
        data = json.loads(text[text.index("{"):text.rindex("}") + 1])
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def check_due(state_dir: Path, today: dt.date | None = None, site: Path | None = None) -> tuple[int, str]:
    """`creditsite due`: (exit status, one sentence). 1 when the due date has come and the site
    was not rebuilt since; 2 when no build is recorded in `state_dir`; 0 otherwise.

    With `site` (the live site's folder), the site's own due date (its `assets/due.js`) is judged too: a site
    restored from a backup, or one whose state was replaced, may be an older version than the last build the
    state records, already past its own due date (h22s case due-ok-while-live-site-is-older-restored-version)."""
    today_text = (today or china_today()).isoformat()
    live = read_site_script(site) if site is not None else None
    live_due = str(live.get("due") or "") if live else ""
    if live and live_due and today_text >= live_due:
        days = (dt.date.fromisoformat(today_text) - dt.date.fromisoformat(live_due)).days
        late = f"，已超过 {days} 天" if days else ""
        return 1, (f"已到期：上线站点 {site} 是基准日 {live.get('as_of')} 发布的版本，应于 {live_due} 重新发布{late}"
                   f"（今天 {today_text}，北京时间）；有记录已到停止公示或改变状态的日期（站点若是从备份恢复的旧版本，也是如此），"
                   "请立即运行 creditsite build。")
    document = load_due(state_dir)
    if document is None:
        return 2, f"找不到 {state_dir / DUE_FILE}：该状态目录下还没有成功发布过（或 --state 不对），无法判断是否需要重新发布。"
    as_of, due = str(document["as_of"]), document.get("due")
    if not due:
        return 0, (f"无需按期重新发布：基准日 {as_of} 发布的站点中没有已知会到期的记录（今天 {today_text}，北京时间）；"
                   "数据更新时仍须重新发布。")
    if today_text >= str(due):
        days = (dt.date.fromisoformat(today_text) - dt.date.fromisoformat(str(due))).days
        late = f"，已超过 {days} 天" if days else ""
        return 1, (f"已到期：站点应于 {due} 重新发布{late}（今天 {today_text}，北京时间），最近一次发布的基准日是 {as_of}，"
                   "此后没有重新发布；有记录已到停止公示或改变状态的日期，请立即运行 creditsite build。")
    return 0, f"未到期：下次必须重新发布：{due}（今天 {today_text}，北京时间；最近一次发布基准日 {as_of}）。"


def report_due(summary: dict[str, Any]) -> dict[str, str] | None:
    """The staff report's next due date and lateness warning ("" when not late), or None when
    the build published nothing (validation only, or stopped)."""
    if "next_due" not in summary or "aborted" in summary:
        return None
    return {"line": summary_line(summary), "late": late_line(summary.get("late_site"))}
