"""Which day it is, and which as-of dates a build may publish into the live site.

"Today" is the date in China Standard Time (the rules file's `[site] timezone`, default
Asia/Shanghai), whatever zone the machine is set to: the publication rules count days as the
issuing bodies do. `SOURCE_DATE_EPOCH` (reproducible builds) fixes the moment instead of the clock.
"""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from generator.problems import BuildAborted

DEFAULT_TIMEZONE = "Asia/Shanghai"
EARLIEST = dt.date(2000, 1, 1)  # before any decision this site publishes
LATEST = dt.date(2099, 12, 31)  # the rules add years to dates: far dates would overflow
AHEAD_DAYS = 7  # an as-of date this far after today is a typo or a preview, not a publication


class DateRefused(BuildAborted):
    """An as-of date the build will not publish into the live site: wrong usage, exit 2."""


def today(timezone: str = DEFAULT_TIMEZONE) -> dt.date:
    """Today's date in `timezone` (SOURCE_DATE_EPOCH, when set, instead of the clock)."""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise BuildAborted(f"规则文件中的时区 “{timezone}” 无法识别：请使用如 Asia/Shanghai 的时区名称。") from None
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), zone).date()
    return dt.datetime.now(zone).date()


def timezone_setting(raw_settings: dict[str, object]) -> str:
    """The `[site] timezone` of the rules file, or Asia/Shanghai."""
    site = raw_settings.get("site")
    value = site.get("timezone") if isinstance(site, dict) else None
    return str(value) if value else DEFAULT_TIMEZONE


def check_range(as_of: dt.date) -> None:
    """Refuse a date no publication can have (before 2000, after 2099)."""
    if not EARLIEST <= as_of <= LATEST:
        raise DateRefused(f"基准日 {as_of.isoformat()} 不在 {EARLIEST.year}–{LATEST.year} 年之间，可能是输入错误：请检查 --as-of。")


def check_as_of(as_of: dt.date, now: dt.date, last_published: dt.date | None, allowed: bool,
                live_site: bool = True) -> None:
    """Refuse to publish into the live site an as-of date that is probably a mistake.

    Before the date of the last published build (the site would go back in time and its ledger
    record removals that never were), or more than AHEAD_DAYS after today (a typo, or a preview:
    `creditsite serve --as-of` shows one without touching the site). `allowed` (--allow-date) is
    staff saying it is meant; dates outside 2000–2099 are refused even then. A first build into an
    empty or new folder (`live_site` false) replaces no site, so a far date is not refused there.
    """
    check_range(as_of)
    if allowed:
        return
    hint = "如需预览该日期请用 creditsite serve --as-of；确需以该日期发布到正式站点请加 --allow-date。"
    if last_published is not None and as_of < last_published:
        raise DateRefused(f"基准日 {as_of.isoformat()} 早于该站点上次发布的基准日 {last_published.isoformat()}，"
                          f"未发布：{hint}")
    if live_site and as_of > now + dt.timedelta(days=AHEAD_DAYS):
        raise DateRefused(f"基准日 {as_of.isoformat()} 比今天（{now.isoformat()}）晚 {(as_of - now).days} 天，"
                          f"超过 {AHEAD_DAYS} 天，未发布：{hint}")


def day_after(day: str) -> str:
    """The ISO day after `day` ("" for ""): the first day a record valid through `day` is not (a licence's 已失效, a
    grade's withholding, the due date they set)."""
    if not day:
        return ""
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
