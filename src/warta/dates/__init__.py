"""Time expressions of a sentence, resolved against the publication date (never the clock).

The words come from `lang/<code>/dates.yaml`; everything here is language-neutral.
Rules worth knowing (tested in tests/dates/):
- a bare weekday is the latest such day on or before publication (the same day when the
  article is dated that weekday); "last/lalu/kemarin" is strictly before, "next/depan"
  strictly after;
- "last week"/"pekan lalu" is publication minus 7 days at precision day (the middle of
  that week, the least wrong single day); "akhir pekan lalu" is that week's Saturday;
- a yearless day ("(30/12)", "1 Januari") takes the year nearest the publication date,
  a date ahead of publication counting double; a weekday beside it picks the year;
- a yearless month or day takes a year that follows it: "Maret tahun lalu" (one mention),
  "Juni hingga Agustus 2010" (Juni gets 2010);
- without a publication date only expressions that carry their own year are returned.
"""

from __future__ import annotations

from datetime import date

from warta.dates.arith import iso
from warta.dates.finder import hits
from warta.dates.grammar import grammar
from warta.model import DateMention

__all__ = ["find_dates", "resolve_date"]


def find_dates(
    text: str, start: int, end: int, lang: str, published: date | None
) -> list[DateMention]:
    """All time expressions inside text[start:end] (a sentence), resolved; spans index `text`."""
    g = grammar(lang)
    if g is None:
        return []
    start, end = max(0, start), min(len(text), end)
    return [DateMention(text=text[h.start:h.end], span=(h.start, h.end),
                        date=iso(h.value, h.precision), precision=h.precision)
            for h in hits(g, text, start, end, published) if h.value is not None]


def resolve_date(phrase: str, lang: str, published: date | None) -> DateMention | None:
    """Resolve one phrase on its own (span relative to the phrase)."""
    found = find_dates(phrase, 0, len(phrase), lang, published)
    # the longest expression is the one the phrase is about ("Selasa (21/1)" over parts)
    return max(found, key=lambda d: d.span[1] - d.span[0]) if found else None
