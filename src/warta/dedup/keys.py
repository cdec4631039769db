"""Per-event keys for merging reports: type group, participants, date period, place.

Everything here reads one contract record (`Event.to_dict()` or a stored record) and is
language-free: identities (PLOVER types, ISO countries, Wikidata ids) are the same whether
the report was Indonesian or English.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

# Types that may name the same real-world event, in groups (a cluster's candidates are
# looked up by group), with the pairs inside a group that may actually merge. Kept small
# on purpose: every pair here trades a missed merge for a risk of a wrong one.
#   AGREE ~ SUPPORT(sign): "signed a declaration" is AGREE in one report and SUPPORT with
#                    CAMEO 057 (sign formal agreement) in another. Other SUPPORT (praise,
#                    defend, recognise) stays apart: in one article about one call, praise
#                    and agreements are different statements.
#   COERCE ~ ASSAULT: an arrest raid or a crackdown reported as a use of force.
#   Not here: AGREE ~ COOPERATE (intent vs the act, often weeks apart) and THREATEN ~
#   COERCE (a threat and its execution are two events).
TYPE_GROUP: dict[str, str] = {"ASSAULT": "COERCE"}
GROUP_BY_CAMEO: dict[str, str] = {"057": "AGREE"}
COMPATIBLE: frozenset[frozenset[str]] = frozenset({
    frozenset({"AGREE", "SUPPORT"}), frozenset({"COERCE", "ASSAULT"}),
})
# Types whose participants are one set (PLOVER puts meeting parties with no host in `actor`,
# and two reports may well pick different hosts). Others keep actor -> recipient direction.
SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE"})  # by group

DAY_WINDOW = 1  # days between two day-precision reports of one event ("yesterday" slips)
PUBLISHED_WINDOW = 3  # days, when the date is only the publication date


def type_group(event_type: str, cameo: str | None = None) -> str:
    """The group under which candidate clusters of this type (and CAMEO code) are indexed."""
    if cameo and cameo in GROUP_BY_CAMEO:
        return GROUP_BY_CAMEO[cameo]
    return TYPE_GROUP.get(event_type, event_type)


def compatible_types(a: str, b: str) -> bool:
    """Whether two PLOVER types may be reports of one event."""
    return a == b or frozenset({a, b}) in COMPATIBLE


def _ids(actors: list[dict[str, Any]] | None) -> list[str]:
    # The country when known, else a Wikidata id; unknown actors add nothing.
    out = []
    for a in actors or []:
        ident = a.get("country") or a.get("wikidata")
        if ident:
            out.append(str(ident))
    return sorted(set(out))


def participants(rec: dict[str, Any]) -> str | None:
    """The participant part of the key ("CHN+RUS" or "USA>IRN"); None when nobody is known.

    An event none of whose participants is identified cannot be told from any other
    event of its type and day, so it is never merged across documents.
    """
    actors, recips = _ids(rec.get("actor")), _ids(rec.get("recipient"))
    if not actors and not recips:
        return None
    if type_group(rec["event"], rec.get("cameo")) in SYMMETRIC:
        return "+".join(sorted(set(actors) | set(recips)))
    return "+".join(actors) + ">" + "+".join(recips)


def _sectors(actors: list[dict[str, Any]] | None) -> str:
    # Unknown sectors say nothing: "[]" and "[someone]" are the same participants.
    return "+".join(sorted({a["sector"] for a in actors or [] if a.get("sector") not in
                            (None, "UNK")}))


def cluster_key(rec: dict[str, Any]) -> str:
    """The index key of an event: type group and participants (identities, else sectors).

    With nobody identified ("the victim attacked the suspect"), the sectors stand in, and
    `anchors` must then agree too, since sectors alone say little.
    """
    group = type_group(rec["event"], rec.get("cameo"))
    who = participants(rec)
    if who is not None:
        return f"{group}|{who}"
    actors, recips = rec.get("actor"), rec.get("recipient")
    if group in SYMMETRIC:
        return f"{group}|~{_sectors((actors or []) + (recips or []))}"
    # Only the actor's sectors: who is on the receiving end is the part a report most often
    # leaves unnamed ("subdued the 53 year old" names nobody); the anchors must agree anyway.
    return f"{group}|~{_sectors(actors)}>"


def identified(key: str) -> bool:
    """Whether a key names participants by identity (not only by sector)."""
    return "|~" not in key


_ANCHOR = re.compile(r"\b(?:\d[\d.,]*|[A-Z][\w'’-]{2,})")


def anchors(rec: dict[str, Any]) -> frozenset[str]:
    """Language-free words of the sentence: numbers and capitalised names (not the first word).

    "Stalin had begun to encourage Abakumov" and "Stalin telah mulai mendorong Abakumov"
    share {Abakumov}; names and numbers are rarely translated.
    """
    sentence = rec.get("sentence") or ""
    first = re.match(r"\W*\w+", sentence)
    start = first.end() if first else 0
    return frozenset(m.group(0).rstrip(".,").lower() for m in _ANCHOR.finditer(sentence, start))


@dataclass(frozen=True, slots=True)
class Period:
    """When an event happened, as a closed range of days with a precision."""

    lo: date
    hi: date
    precision: str  # day | month | year | published

    @property
    def rank(self) -> int:
        """Higher is more specific (a day beats a month beats a publication date)."""
        return {"day": 3, "month": 2, "published": 1, "year": 0}[self.precision]


def period(rec: dict[str, Any], published: date | None) -> Period | None:
    """The event's date as a period; the publication date when the text gives none."""
    iso, prec = rec.get("date"), rec.get("date_precision")
    try:
        if iso and prec == "day":
            d = date.fromisoformat(iso[:10])
            # The pipeline falls back to the publication date (no date_text): weaker evidence.
            if not rec.get("date_text") and published is not None and d == published:
                return Period(d, d, "published")
            return Period(d, d, "day")
        if iso and prec == "month":
            y, m = int(iso[:4]), int(iso[5:7])
            return Period(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), "month")
        if iso and prec == "year":
            y = int(iso[:4])
            return Period(date(y, 1, 1), date(y, 12, 31), "year")
    except ValueError:
        pass
    if published is not None:
        return Period(published, published, "published")
    return None


def slack(a: Period, b: Period) -> int:
    """Days two periods may lie apart and still be one event."""
    if a.precision == "day" and b.precision == "day":
        return DAY_WINDOW
    if "published" in (a.precision, b.precision):
        return PUBLISHED_WINDOW
    return 0  # month/year: the day must fall inside the month or year


def compatible_periods(a: Period | None, b: Period | None) -> bool:
    """Whether two periods may hold the same event (unknown dates match nothing but unknown)."""
    if a is None or b is None:
        return a is None and b is None
    s = timedelta(days=slack(a, b))
    return a.lo - s <= b.hi and b.lo - s <= a.hi


def place_country(rec: dict[str, Any]) -> str | None:
    """The country of the event's location, if any."""
    loc = rec.get("location") or {}
    return loc.get("country")


def compatible_places(a: str | None, b: str | None) -> bool:
    """Same country, or one of them unknown."""
    return a is None or b is None or a == b


def counted(rec: dict[str, Any]) -> bool:
    """Events that are clustered: asserted and not negated (what consumers count)."""
    return not rec.get("negated") and (rec.get("modality") or "asserted") == "asserted"
