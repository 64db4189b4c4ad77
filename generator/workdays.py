"""PRC working days (official holidays and adjusted working weekends), for the 7-working-day rule."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import chinese_calendar


@lru_cache(maxsize=4096)
def is_working_day(day: dt.date) -> bool:
    """Official calendar where the chinesecalendar package covers the year; Monday-Friday beyond it."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return day.weekday() < 5


@lru_cache(maxsize=65536)
def add_working_days(day: dt.date, count: int) -> dt.date:
    """The date `count` working days after `day` (the decision day itself does not count)."""
    current = day
    remaining = count
    while remaining > 0:
        current += dt.timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current
