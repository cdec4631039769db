"""Calendar arithmetic on the publication date: pure `datetime`, no clock, no dateutil."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

# Where in a week a period word points: "awal pekan" Monday, "akhir pekan" Saturday.
PERIOD_WEEKDAY = {"early": 0, "mid": 2, "late": 5}
# How much later than a past date a yearless date may be and still win: news reports
# mostly past events, so a date ahead of publication counts double.
FUTURE_WEIGHT = 2


def add_months(d: date, n: int) -> date:
    """`d` moved by `n` calendar months, the day clamped to the month's length."""
    index = d.year * 12 + (d.month - 1) + n
    year, month = divmod(index, 12)
    month += 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def add_years(d: date, n: int) -> date:
    """`d` moved by `n` years (29 February clamps to the 28th)."""
    return add_months(d, 12 * n)


def shift(pub: date, unit: str, n: int) -> tuple[date, str]:
    """`n` units (day/week/weekend/month/year/decade) from `pub`, with the precision to report."""
    if unit == "day":
        return pub + timedelta(days=n), "day"
    if unit == "week":
        return pub + timedelta(days=7 * n), "day"
    if unit == "weekend":
        return week_day(pub, 5, n), "day"
    if unit == "month":
        return add_months(pub, n), "month"
    if unit == "decade":
        return add_years(pub, 10 * n), "year"
    return add_years(pub, n), "year"


def week_day(pub: date, weekday: int, week_offset: int) -> date:
    """The given weekday (0 = Monday) of the calendar week `week_offset` weeks from `pub`'s."""
    monday = pub - timedelta(days=pub.weekday())
    return monday + timedelta(days=7 * week_offset + weekday)


def weekday_near(pub: date, weekday: int, relation: str | None) -> date:
    """A named weekday seen from `pub`.

    relation None: the latest such day on or before `pub` (news names the days of the
    past week; an article written on a Tuesday that says "Tuesday" means that day).
    "past": strictly before `pub`. "next": strictly after. "this": within `pub`'s week.
    """
    if relation == "next":
        return pub + timedelta(days=(weekday - pub.weekday() - 1) % 7 + 1)
    if relation == "this":
        return week_day(pub, weekday, 0)
    back = (pub.weekday() - weekday) % 7
    if relation == "past" and back == 0:
        back = 7
    return pub - timedelta(days=back)


def month_near(pub: date, month: int, relation: str | None) -> tuple[int, int]:
    """(year, month) of a named month: the latest on or before `pub`'s month by default,
    strictly before for "past", strictly after for "next", `pub`'s year for "this"."""
    if relation == "this":
        return pub.year, month
    if relation == "next":
        return (pub.year, month) if month > pub.month else (pub.year + 1, month)
    if month < pub.month or (month == pub.month and relation is None):
        return pub.year, month
    return pub.year - 1, month


def nearest_year(pub: date, month: int, day: int, weekday: int | None = None) -> date | None:
    """A yearless day resolved to the year that puts it nearest `pub` (future counts double);
    a weekday given beside it picks among the candidate years when it can."""
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:  # 29 February of a common year, 31 April, year 0 or 10000
            continue
    if weekday is not None:
        agreeing = [c for c in candidates if c.weekday() == weekday]
        candidates = agreeing or candidates
    if not candidates:
        return None

    def cost(c: date) -> int:
        delta = (c - pub).days
        return -delta if delta <= 0 else FUTURE_WEIGHT * delta

    return min(candidates, key=cost)


def full_year(two_digits: int, pub: date | None) -> int:
    """A two-digit year made whole: the century that keeps it no later than next year."""
    limit = (pub.year if pub else 2069) + 1
    year = 2000 + two_digits
    return year if year <= limit else year - 100


def iso(d: date, precision: str) -> str:
    """The contract's ISO text for a date at a precision: YYYY-MM-DD, YYYY-MM or YYYY."""
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()
