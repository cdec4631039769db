"""Calendar arithmetic of warta.dates.arith: clamping, weekdays, yearless days."""

from __future__ import annotations

from datetime import date

import pytest

from warta.dates import arith

WED = date(2025, 1, 22)  # a Wednesday


@pytest.mark.parametrize(("d", "n", "want"), [
    (date(2025, 1, 31), 1, date(2025, 2, 28)),  # the day clamps to the month's end
    (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
    (date(2025, 3, 31), -1, date(2025, 2, 28)),
    (date(2025, 1, 15), -1, date(2024, 12, 15)),  # year rollover backwards
    (date(2024, 12, 15), 1, date(2025, 1, 15)),
    (date(2025, 5, 10), -25, date(2023, 4, 10)),
])
def test_add_months(d: date, n: int, want: date) -> None:
    assert arith.add_months(d, n) == want


def test_add_years_clamps_leap_day() -> None:
    assert arith.add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)


@pytest.mark.parametrize(("weekday", "relation", "want"), [
    (1, None, date(2025, 1, 21)),  # Tuesday: the day before
    (2, None, date(2025, 1, 22)),  # Wednesday on a Wednesday: the same day
    (2, "past", date(2025, 1, 15)),  # "last Wednesday": a week back
    (3, None, date(2025, 1, 16)),  # Thursday: last week's
    (2, "next", date(2025, 1, 29)),
    (0, "next", date(2025, 1, 27)),
    (4, "this", date(2025, 1, 24)),  # this week's Friday
    (0, "this", date(2025, 1, 20)),
])
def test_weekday_near(weekday: int, relation: str | None, want: date) -> None:
    assert arith.weekday_near(WED, weekday, relation) == want


def test_week_day() -> None:
    assert arith.week_day(WED, 5, 1) == date(2025, 2, 1)
    assert arith.week_day(WED, 4, -1) == date(2025, 1, 17)
    assert arith.week_day(WED, 0, 0) == date(2025, 1, 20)


@pytest.mark.parametrize(("month", "relation", "want"), [
    (1, None, (2025, 1)), (3, None, (2024, 3)), (12, None, (2024, 12)),
    (1, "past", (2024, 1)), (12, "past", (2024, 12)),
    (1, "next", (2026, 1)), (3, "next", (2025, 3)), (7, "this", (2025, 7)),
])
def test_month_near(month: int, relation: str | None, want: tuple[int, int]) -> None:
    assert arith.month_near(WED, month, relation) == want


@pytest.mark.parametrize(("pub", "month", "day", "weekday", "want"), [
    (date(2025, 1, 2), 12, 30, None, date(2024, 12, 30)),
    (date(2025, 1, 2), 1, 5, None, date(2025, 1, 5)),
    (date(2025, 12, 30), 1, 2, None, date(2026, 1, 2)),  # just ahead, over new year
    (date(2025, 3, 1), 8, 17, None, date(2024, 8, 17)),  # 196 days back beats 169 ahead
    (date(2025, 1, 22), 2, 29, None, date(2024, 2, 29)),  # only a leap year has it
    (date(2024, 11, 20), 5, 16, 4, date(2025, 5, 16)),  # the Friday decides
])
def test_nearest_year(pub: date, month: int, day: int, weekday: int | None, want: date) -> None:
    assert arith.nearest_year(pub, month, day, weekday) == want


def test_nearest_year_of_an_impossible_day() -> None:
    assert arith.nearest_year(WED, 4, 31) is None


@pytest.mark.parametrize(("unit", "n", "want"), [
    ("day", -2, (date(2025, 1, 20), "day")), ("week", -1, (date(2025, 1, 15), "day")),
    ("weekend", -1, (date(2025, 1, 18), "day")), ("month", -1, (date(2024, 12, 22), "month")),
    ("year", -80, (date(1945, 1, 22), "year")), ("decade", -1, (date(2015, 1, 22), "year")),
])
def test_shift(unit: str, n: int, want: tuple[date, str]) -> None:
    assert arith.shift(WED, unit, n) == want


def test_full_year_and_iso() -> None:
    assert arith.full_year(25, WED) == 2025
    assert arith.full_year(99, WED) == 1999
    assert arith.full_year(26, WED) == 2026  # next year is still plausible
    assert arith.iso(WED, "day") == "2025-01-22"
    assert arith.iso(WED, "month") == "2025-01"
    assert arith.iso(date(45, 3, 1), "year") == "0045"
