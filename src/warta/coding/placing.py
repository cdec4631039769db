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


def event_location(doc: Document, sent: Sentence, anchor: int,
                   locatives: frozenset[str] = frozenset()) -> Location | None:
    """The place of the trigger's clause ("di Balai Agung Rakyat Beijing"), else the dateline.

    A place after a locative word ("di", "in") is preferred; a country name counts only there:
    elsewhere it is usually an actor ("hukum Vatikan", "the French").
    """
    scored = []
    for p in doc.places:
        if not sent.start <= p.span[0] < sent.end:
            continue
        locative = _word_before(doc.text, p.span[0], sent.start) in locatives
        if p.feature == "country" and not locative:
            continue
        scored.append(((not locative, p.feature == "country", abs(p.span[0] - anchor)), p))
    if scored:
        return _location(min(scored, key=lambda sp: sp[0])[1])
    return _location(doc.dateline) if doc.dateline else None


def _word_before(text: str, start: int, floor: int) -> str:
    """The lowercased word just before `start` in its sentence."""
    head = text[floor:start].rstrip().rsplit(None, 1)
    return head[-1].lower() if head else ""


def _location(p: PlaceMention) -> Location:
    return Location(text=p.text, name=p.name, country=p.country, lat=p.lat, lon=p.lon,
                    geonameid=p.geonameid)
