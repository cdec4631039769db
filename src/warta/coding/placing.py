"""When and where an event happened: the nearest date and place of its clause, else the story's."""

from __future__ import annotations

from warta.model import DateMention, Document, Location, PlaceMention, Sentence


def event_date(doc: Document, sent: Sentence, anchor: int) -> DateMention | None:
    """The date nearest the trigger in its sentence, else the story's date, else publication."""
    here = [d for d in doc.dates if sent.start <= d.span[0] < sent.end and d.date]
    story = story_date(doc)
    if here:
        best = min(here, key=lambda d: abs(d.span[0] - anchor))
        # "tahun ini", "awal bulan ini": a period that holds the story's day means that day
        if story is not None and story.date and best.date and best.precision != "day" and (
                story.date.startswith(best.date)):
            return story
        return best
    if story is not None:
        return story
    if doc.published is not None:
        return DateMention(text="", span=(0, 0), date=doc.published.isoformat(), precision="day")
    return None


def story_date(doc: Document) -> DateMention | None:
    """The day the story is about: the first day-precise date in its first two sentences."""
    if len(doc.sentences) < 2:
        return None
    limit = doc.sentences[1].end
    for d in doc.dates:
        if d.span[0] < limit and d.precision == "day" and d.date:
            return d
    return None


def event_location(doc: Document, sent: Sentence, anchor: int) -> Location | None:
    """The place of the trigger's clause ("di Balai Agung Rakyat Beijing"), else the dateline."""
    here = [p for p in doc.places if sent.start <= p.span[0] < sent.end]
    if here:
        best = min(here, key=lambda p: (p.feature == "country", abs(p.span[0] - anchor)))
        return _location(best)
    return _location(doc.dateline) if doc.dateline else None


def _location(p: PlaceMention) -> Location:
    return Location(text=p.text, name=p.name, country=p.country, lat=p.lat, lon=p.lon,
                    geonameid=p.geonameid)
