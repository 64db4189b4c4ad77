"""PRC working days (official holidays and adjusted working weekends), for the 7-working-day rule.

A year the chinesecalendar package covers follows its calendar: the State Council's yearly notice
(关于某年部分节假日安排的通知), statutory holidays, days off in lieu and working weekends (调休上班)
included. The package is updated after each notice, so the next year is missing until about
November (chinesecalendar 1.11.0, the newest, knows 2004-2026). Such a year is *estimated*
(`calendar_estimated`), erring towards a later deadline, never an earlier one, so that the staff
report never calls a body late that may not be:

- the statutory holidays of 《全国年节及纪念日放假办法》第二条 (as revised by 国务院令第798号, in force
  2025-01-01; `HOLIDAY_LAW`) are no working days: 元旦 1 day, 春节 4 (农历除夕 and 正月初一至初三),
  清明节 1, 劳动节 2 (5月1日、2日), 端午节 1, 中秋节 1, 国庆节 3 (10月1日至3日); the lunar and solar-term
  dates come from the declared table `FESTIVAL_DATES`;
- a holiday on a Saturday or Sunday gives a weekday off in lieu (第六条: "适逢周六、周日，应当在工作日补假"):
  the next weekday that is no holiday (inside the longer break below, as the notices place it);
- the longer breaks the notices have made of them since the revision (第七条 allows 调休 to form them;
  2025 and 2026 alike): 春节 from 除夕 to 正月初七, 劳动节 5月1日至5日, 国庆节 10月1日至7日 (至8日 when 中秋
  falls in it), and a one-day holiday on a Tuesday or Thursday joined to the weekend (the Monday or Friday off);
- Saturdays and Sundays are never working days: a weekend made a working day (调休上班) cannot be known
  before the notice, and counting none only moves a deadline later.

Checked against the two years the package knows under the revised law (tests/test_workdays_beyond_calendar.py):
the estimate gives exactly their working days, less their working weekends.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import chinese_calendar

HOLIDAY_LAW = ("《全国年节及纪念日放假办法》第二条、第六条、第七条（国务院令第798号《国务院关于修改〈全国年节及纪念日放假办法〉的决定》"
               "修订，2025年1月1日起施行）：https://www.gov.cn/zhengce/content/202411/content_6986380.htm")
REVISED_FROM = 2025  # the first year of the revised law; an earlier year the package lacks counts Monday-Friday

# 农历除夕, 清明 (the solar term's day), 端午 (五月初五) and 中秋 (八月十五), Beijing time, by Gregorian year.
FESTIVAL_DATES_SOURCE = ("农历按 GB/T 33661-2017《农历的编算和颁行》编算；逐年日期取自 lunardate 0.3.0 与 lunar-python 1.4.8 "
                         "（两者逐行一致），清明另与 chinesecalendar 1.11.0 get_solar_terms 核对一致；2025、2026 两年与该包的"
                         "国务院放假安排一致（tests/test_workdays_beyond_calendar.py）")
FESTIVAL_DATES: dict[int, tuple[str, str, str, str]] = {
    # year: (除夕, 清明, 端午, 中秋)
    2025: ("2025-01-28", "2025-04-04", "2025-05-31", "2025-10-06"),
    2026: ("2026-02-16", "2026-04-05", "2026-06-19", "2026-09-25"),
    2027: ("2027-02-05", "2027-04-05", "2027-06-09", "2027-09-15"),
    2028: ("2028-01-25", "2028-04-04", "2028-05-28", "2028-10-03"),
    2029: ("2029-02-12", "2029-04-04", "2029-06-16", "2029-09-22"),
    2030: ("2030-02-02", "2030-04-05", "2030-06-05", "2030-09-12"),
    2031: ("2031-01-22", "2031-04-05", "2031-06-24", "2031-10-01"),
    2032: ("2032-02-10", "2032-04-04", "2032-06-12", "2032-09-19"),
    2033: ("2033-01-30", "2033-04-04", "2033-06-01", "2033-09-08"),
    2034: ("2034-02-18", "2034-04-05", "2034-06-20", "2034-09-27"),
    2035: ("2035-02-07", "2035-04-05", "2035-06-10", "2035-09-16"),
}

SPRING_FESTIVAL_DAYS = 4  # 除夕, 正月初一至初三
SPRING_FESTIVAL_BREAK = 8  # 除夕 to 正月初七, as the notices since 2025 give it
LABOUR_DAY_BREAK = 5  # 5月1日至5日
NATIONAL_DAY_BREAK = 7  # 10月1日至7日
_TUESDAY, _THURSDAY, _SATURDAY = 1, 3, 5


@lru_cache(maxsize=256)
def calendar_estimated(year: int) -> bool:
    """Whether `year`'s working days are estimated (no official schedule in the chinesecalendar package)."""
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 30))
    except NotImplementedError:
        return True
    return False


@lru_cache(maxsize=4096)
def is_working_day(day: dt.date) -> bool:
    """Official calendar where the chinesecalendar package covers the year; beyond it the estimate above."""
    if not calendar_estimated(day.year):
        return bool(chinese_calendar.is_workday(day))
    if day.year < REVISED_FROM:
        return day.weekday() < _SATURDAY
    return day.weekday() < _SATURDAY and day not in estimated_days_off(day.year) \
        and day not in estimated_days_off(day.year + 1)


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


def statutory_holidays(year: int) -> frozenset[dt.date]:
    """The holidays of 《全国年节及纪念日放假办法》第二条 (revised, from 2025) in `year`; the lunar and
    solar-term ones only for a year of `FESTIVAL_DATES`."""
    days = {dt.date(year, 1, 1), dt.date(year, 5, 1), dt.date(year, 5, 2),
            dt.date(year, 10, 1), dt.date(year, 10, 2), dt.date(year, 10, 3)}
    if year in FESTIVAL_DATES:
        eve, qingming, duanwu, zhongqiu = (dt.date.fromisoformat(d) for d in FESTIVAL_DATES[year])
        days |= {eve + dt.timedelta(days=n) for n in range(SPRING_FESTIVAL_DAYS)}
        days |= {qingming, duanwu, zhongqiu}
    return frozenset(days)


@lru_cache(maxsize=64)
def estimated_days_off(year: int) -> frozenset[dt.date]:
    """The days of `year`'s holidays counted as no working days where its schedule is not published: the
    statutory holidays, a weekday in lieu of each on a weekend, and the customary longer breaks (a day
    of them may fall in the year before: 31 December before a 元旦 on a Tuesday)."""
    holidays = statutory_holidays(year)
    off = set(holidays)
    for day in sorted(holidays):  # 第六条: a holiday on a weekend is made up on the next weekday that is none
        if day.weekday() >= _SATURDAY:
            in_lieu = day + dt.timedelta(days=1)
            while in_lieu.weekday() >= _SATURDAY or in_lieu in off:
                in_lieu += dt.timedelta(days=1)
            off.add(in_lieu)
    labour_day, national_day = dt.date(year, 5, 1), dt.date(year, 10, 1)
    national_break = NATIONAL_DAY_BREAK
    off |= {labour_day + dt.timedelta(days=n) for n in range(LABOUR_DAY_BREAK)}
    single = [dt.date(year, 1, 1)]
    if year in FESTIVAL_DATES:
        eve, qingming, duanwu, zhongqiu = (dt.date.fromisoformat(d) for d in FESTIVAL_DATES[year])
        off |= {eve + dt.timedelta(days=n) for n in range(SPRING_FESTIVAL_BREAK)}
        single += [qingming, duanwu]
        if national_day <= zhongqiu < national_day + dt.timedelta(days=national_break):
            national_break += 1  # 中秋 within the 国庆 break lengthens it by its day (2025: 10月1日至8日)
        else:
            single.append(zhongqiu)
    off |= {national_day + dt.timedelta(days=n) for n in range(national_break)}
    for day in single:  # a one-day holiday on a Tuesday or Thursday joins the weekend
        if day.weekday() == _TUESDAY:
            off.add(day - dt.timedelta(days=1))
        elif day.weekday() == _THURSDAY:
            off.add(day + dt.timedelta(days=1))
    return frozenset(off)  # (a 元旦 on a Tuesday makes the 31 December before it a day off)
