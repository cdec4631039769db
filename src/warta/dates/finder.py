"""Turn regex matches into resolved date hits, merging "Selasa (21/1)"-style pairs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from warta.dates import arith
from warta.dates.grammar import Grammar, norm, parse_number

# What may separate a weekday from the date it names: "Selasa, 21 Januari", "Senin (20/1)";
# a date first is followed by its weekday only across spaces ("(21/1) kemarin").
GAP_AFTER_WEEKDAY = re.compile(r"[\s,]*")
GAP_AFTER_DATE = re.compile(r"\s*")
MAX_COUNT = 5000  # "5000 tahun lalu" still makes a year; more is not a date


@dataclass(slots=True)
class Hit:
    """One time expression before it becomes a DateMention."""

    start: int
    end: int
    value: date | None  # resolved date (first day of the period); None: not resolvable
    precision: str
    absolute: bool  # written as a calendar date, not relative to publication
    month_day: tuple[int, int] | None = None  # a yearless day, resolved once merged
    weekday: int | None = None  # a named weekday: a hint for the year of month_day
    pair: bool = False  # already a weekday + date pair: merges no further
    month: int | None = None  # a month named without a year: may borrow the next year
    lends: int | None = None  # the year this hit gives a yearless month or day before it


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _after(m: re.Match[str], group: str) -> int:
    """Offset just past a cue word and the spaces after it."""
    i = m.end(group)
    while m.string[i].isspace():
        i += 1
    return i


def _calendar(m: re.Match[str], g: Grammar, pub: date | None, rule: str) -> Hit | None:
    """Hits of the rules that spell a calendar date: iso, num, dmy, mdy, my, yr."""
    start, end = m.span()
    if rule == "iso":
        d = _date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
        return Hit(start, end, d, "day", True) if d else None
    if rule == "num":
        a, b, y = int(m["num_a"]), int(m["num_b"]), m["num_y"]
        if y is None and (m["num_lp"] is None or m["num_sep"] != "/"):
            return None  # "21/1" outside brackets is a score or a fraction; "10.00" a time
        day, month = (a, b) if g.day_first else (b, a)
        if month > 12 and day <= 12:  # the other order is the only valid one
            day, month = month, day
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        if y is None:
            return Hit(start, end, None, "day", True, month_day=(month, day))
        year = int(y) if len(y) == 4 else arith.full_year(int(y), pub)
        d = _date(year, month, day)
        return Hit(start, end, d, "day", True) if d else None
    if rule in ("dmy", "mdy"):
        month = g.months[norm(m[f"{rule}_m"])]
        day = int(re.sub(r"\D", "", m[f"{rule}_d"]))
        if m[f"{rule}_y"] is None:
            return Hit(start, end, None, "day", True, month_day=(month, day))
        d = _date(int(m[f"{rule}_y"]), month, day)
        return Hit(start, end, d, "day", True) if d else None
    if rule == "my":
        year = int(m["my_y"])
        return Hit(start, end, date(year, g.months[norm(m["my_m"])], 1), "month", True,
                   lends=year)
    # yr: the cue ("pada", "in") says it is a year but is not part of the expression
    if m["yr_cue"]:
        start = _after(m, "yr_cue")
    year = int(m["yr_y"])
    return Hit(start, end, date(year, 1, 1), "year", True, lends=year)


def _relative(m: re.Match[str], g: Grammar, pub: date | None, rule: str) -> Hit | None:
    """Hits of the rules relative to the publication date: mo, wd, um, ca, rd."""
    start, end = m.span()
    if rule == "mo":
        relation = g.relations.get(norm(m["mo_modb"] or m["mo_moda"] or ""))
        if not (m["mo_cue"] or m["mo_per"] or m["mo_pre"] or relation or m["mo_next"]):
            return None  # a bare month name: a person ("Juni"), the verb "march"
        if m["mo_cue"]:
            start = _after(m, "mo_cue")
        month = g.months[norm(m["mo_m"])]
        if pub is None:  # kept: a year may follow ("Juni hingga Agustus 2010")
            return Hit(start, end, None, "month", False, month=month)
        year, month = arith.month_near(pub, month, relation)
        return Hit(start, end, date(year, month, 1), "month", False, month=month)
    if rule == "wd":
        weekday = g.weekdays[norm(m["wd_w"])]
        value = None
        if pub is not None:
            if m["wd_wk"]:
                value = arith.week_day(pub, weekday, g.week_relations[norm(m["wd_wk"])])
            else:
                said = m["wd_modb"] or m["wd_moda"] or m["wd_moda2"] or ""
                relation = g.relations.get(norm(said))
                value = arith.weekday_near(pub, weekday, relation)
        return Hit(start, end, value, "day", False, weekday=weekday)
    if rule == "rd":
        if pub is None:
            return Hit(start, end, None, "day", False)
        value = arith.shift(pub, "day", g.relative_days[norm(m.group())])[0]
        return Hit(start, end, value, "day", False)
    if pub is None:
        return None
    if rule == "um":
        unit = g.units[norm(m["um_u"] or m["um_u2"])]
        step = {"past": -1, "next": 1}.get(g.relations[norm(m["um_modb"] or m["um_moda"])], 0)
        period = g.periods.get(norm(m["um_per"] or ""))
        if unit in ("week", "weekend") and (period or unit == "weekend"):
            weekday = arith.PERIOD_WEEKDAY.get(period or "late", 5)
            return Hit(start, end, arith.week_day(pub, weekday, step), "day", False)
        value, precision = arith.shift(pub, unit, step)
        lends = value.year if unit == "year" else None  # "Maret tahun lalu"
        return Hit(start, end, value, precision, False, lends=lends)
    # ca: a count of units ago or ahead
    if m["ca_one"]:
        unit, count = g.units_one[norm(m["ca_one"])], 1
    else:
        unit, count = g.units[norm(m["ca_u"])], parse_number(m["ca_n"], g) or 0
    if not 0 < count <= MAX_COUNT:
        return None
    sign = -1 if norm(m["ca_dir"]) in g.ago else 1
    value, precision = arith.shift(pub, unit, sign * count)
    return Hit(start, end, value, precision, False)


def hits(g: Grammar, text: str, start: int, end: int, pub: date | None) -> list[Hit]:
    """All hits in text[start:end], in order, adjacent weekday + date pairs merged."""
    out: list[Hit] = []
    for m in g.regex.finditer(text, start, end):
        rule = m.lastgroup or ""
        maker = _calendar if rule in ("iso", "num", "dmy", "mdy", "my", "yr") else _relative
        try:
            hit = maker(m, g, pub, rule)
        except (ValueError, OverflowError):  # arithmetic past year 1 or 9999
            continue
        if hit is None:
            continue
        prev = out[-1] if out else None
        joined = _year_phrase(prev, hit, text) if prev is not None else None
        if joined is not None:
            out[-1] = joined
        elif prev is not None and _pairs(prev, hit, text):
            out[-1] = _merge(prev, hit)
        else:
            if prev is not None:
                _range_year(prev, hit, text, g)
            out.append(hit)
    return [_settle(h, pub) for h in out]


def _yearless(h: Hit) -> tuple[int, int] | None:
    """(month, day) of a hit that names no year of its own, else None."""
    if h.pair:
        return None
    if h.month is not None:
        return h.month, 1
    return h.month_day if h.value is None else None


def _year_phrase(a: Hit, b: Hit, text: str) -> Hit | None:
    """"Maret tahun lalu", "24 October last year": one hit, the year from the second."""
    md = _yearless(a)
    if md is None or b.lends is None or b.absolute or b.precision != "year":
        return None
    if not GAP_AFTER_DATE.fullmatch(text, a.end, b.start):
        return None
    d = _date(b.lends, *md)
    return Hit(a.start, b.end, d, a.precision, False, pair=True) if d else None


def _range_year(a: Hit, b: Hit, text: str, g: Grammar) -> None:
    """"Juni hingga Agustus 2010": the first month takes the year of the second."""
    md = _yearless(a)
    if md is None or b.lends is None or not b.absolute or b.value is None:
        return
    if not g.range_gap.fullmatch(text, a.end, b.start):
        return
    year = b.lends if md[0] <= b.value.month else b.lends - 1
    a.value, a.month, a.month_day = _date(year, *md), None, None


def _pairs(a: Hit, b: Hit, text: str) -> bool:
    """Whether two neighbouring hits name one day: a weekday or "kemarin" and a written date."""
    if a.pair or b.pair or a.absolute == b.absolute or a.precision != "day" or b.precision != "day":
        return False
    absolute, relative = (a, b) if a.absolute else (b, a)
    if relative.weekday is None:  # "kemarin (21/1)": only side by side
        return GAP_AFTER_DATE.fullmatch(text, a.end, b.start) is not None
    if absolute.value is not None and absolute.value.weekday() != relative.weekday:
        return False  # "Sabtu, 17 Agustus 1945" is a list of two days, not one
    gap = GAP_AFTER_DATE if a.absolute else GAP_AFTER_WEEKDAY
    return gap.fullmatch(text, a.end, b.start) is not None


def _merge(a: Hit, b: Hit) -> Hit:
    """One hit for "Selasa (21/1)": the written date wins, the weekday is a hint."""
    absolute, relative = (a, b) if a.absolute else (b, a)
    return Hit(a.start, b.end, absolute.value, "day", True, absolute.month_day,
               relative.weekday, pair=True)


def _settle(h: Hit, pub: date | None) -> Hit:
    """Give a yearless day its year from the publication date."""
    if h.value is None and h.month_day is not None and pub is not None:
        h.value = arith.nearest_year(pub, *h.month_day, weekday=h.weekday)
    return h
