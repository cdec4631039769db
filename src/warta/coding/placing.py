"""When and where an event happened: the nearest date and place of its clause, else the story's.

These run after the coder, once the dates and places of the sentences that carry events are
known (DESIGN: coding -> dates/places): `date_events` and `place_events` complete each event.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from warta.actors.knowledge import knowledge
from warta.coding.assign import TRAVELLERS_MEET, unattributed_sector
from warta.coding.lexicon import has_any_word, load_lexicon
from warta.coding.reframe import OFFICIAL_COUNTRIES as NON_STATES
from warta.model import Actor, DateMention, Document, Event, Location, PlaceMention, Sentence

# Events whose target, when none is named, is the place they are done in: what is conceded,
# given, promised, backed, demanded or refused there concerns that country ("opened an embassy
# in Tehran", "troops for a force in Liberia", "lifted the curfew imposed in Sudan").
# (Not RETREAT: where one surrenders or what one leaves is no target.)
PLACE_TARGETED = frozenset({"COERCE", "CONCEDE", "MOBILIZE", "AID", "AGREE", "SUPPORT", "REQUEST",
                            "REJECT"})
# Acts done to someone (PLOVER's forceful types and threats): with no target named, the
# people or government of the country where they happen ("police arrested 12 in Cairo").
AIMED_AT_PEOPLE = frozenset({"THREATEN", "PROTEST", "COERCE", "ASSAULT"})
# Who is taken to belong where the event happens when nothing else says where they are from:
# protesters, police, students in Jakarta are Indonesian (CAMEO's convention), and so is
# anyone acting there (a party blocking roads in Algiers, a president imposing a curfew),
# except at meetings and visits (TRAVELLERS_MEET), which officials and named people travel to.
LOCAL_SECTORS = frozenset({"CVL", "EDU", "LAB", "OPP", "REF", "COP", "CRM", "JUD", "MED", "JRN", "REL",
                           "AGR", "HLH", "BUS"})


def story_sentences(doc: Document) -> list[Sentence]:
    """The sentences whose dates and places matter: those with events, and the story's opening."""
    wanted = {e.sentence_index for e in doc.events} | {0, 1}
    return [s for s in doc.sentences if s.index in wanted]


def date_events(doc: Document) -> Document:
    """Give every event the date of its clause, else the story's, else the publication's."""
    for e in doc.events:
        d = event_date(doc, doc.sentences[e.sentence_index], e.trigger.span[0])
        if d is not None:
            e.date, e.date_precision, e.date_text = d.date, d.precision, d.text
            if d.date and d.text:  # a date the text gives, not the publication's
                _roles_on(e, d.date)
    return doc


def _roles_on(e: Event, iso: str) -> None:
    """Known people in the roles they held on the event's date, not the publication's:
    "In 1812, Napoleon invaded Russia" is France's emperor acting (GOV), not a former one."""
    when = date.fromisoformat((iso + "-07-01")[:10] if len(iso) == 4 else (iso + "-15")[:10])
    people = knowledge().entities
    for a in (*e.actor, *e.recipient):
        ent = people.get(a.name) if a.name else None
        if ent is None or ent.kind != "person" or not ent.roles:
            continue
        country, sector = ent.at(when)
        a.country, a.sector = country or a.country, sector or a.sector


def place_events(doc: Document) -> Document:
    """Give every event its place, and the roles its place decides."""
    cues = load_lexicon(doc.lang or "").cues
    locatives = cues.get("locative_markers", frozenset())
    # words that may stand between a preposition and its place ("in western Cambodia"; not
    # "the" before a country: "from the Vatican law" names a law, not a place; but "in the
    # Red Sea": a place of no country is no actor's name)
    describers = cues.get("premodifiers", frozenset())
    articles = cues.get("determiners", frozenset())
    origins = cues.get("origin_markers", frozenset())
    foreign = cues.get("foreign_words", frozenset())
    for e in doc.events:
        sent = doc.sentences[e.sentence_index]
        # a country given up ("menyerahkan Italia", "give Italy up") is where it happens
        ceded = e.trigger.span if e.event == "RETREAT" else None
        location = event_location(doc, sent, e.trigger.span[0], locatives, ceded, describers,
                                  articles, origins)
        e.location = location
        span = None
        if location is not None and location.text:
            span = _place_span(doc, sent, location)
            _place_roles(e, location, span, doc.text, sent, locatives, describers, foreign)
        implied_recipients(e, location, span, foreign)
    # violence no one is named for, in no known place, is nobody's to code; an inquiry
    # reported without who opened it ("the probe began in June") still happened
    doc.events = [e for e in doc.events if e.actor or unattributed_sector(e.event, e.cameo) is None]
    return doc


def _place_roles(e: Event, location: Location, span: tuple[int, int] | None, text: str,
                 sent: Sentence, locatives: frozenset[str],
                 describers: frozenset[str] = frozenset(),
                 foreign: frozenset[str] = frozenset()) -> None:
    """Who belongs to the event's place, and whom an act done in a foreign place is done to."""
    # who meets or visits has travelled there, and who attacks the place itself came from
    # elsewhere ("militants fired rockets into northern Israel"); anyone else acting there is
    # taken to be local
    travelled = e.event in TRAVELLERS_MEET or e.mode == "visit" or (
        e.event == "ASSAULT" and any(r.text == location.text for r in e.recipient))
    e.actor = [_located(a, location.country, travelled, foreign) for a in e.actor]
    e.recipient = [_located(a, location.country, travelled, foreign) for a in e.recipient]
    if span is None or not location.country or e.recipient or (
            _word_before(text, span[0], sent.start, describers) not in locatives):
        return  # "in Montenegro" is where it was done; "leave Sicily" names what was left
    if e.mode == "visit" and all(a.country != location.country for a in e.actor):
        # "arrived in Amman on a visit": the host is the country visited
        e.recipient = [Actor(location.text, span, country=location.country, sector="GOV")]
    elif e.event in PLACE_TARGETED and len({a.country for a in e.actor}) < 2:
        # (two parties agreeing in Jakarta agree with each other, not with Indonesia)
        # "Serbia lifted a curfew in Montenegro": what is done in a place is done to it; at
        # home too, to its people ("shortened the curfew imposed in Sudan": SDN -> SDN)
        e.recipient = [Actor(location.text, span, country=location.country)]


def implied_recipients(e: Event, location: Location | None, span: tuple[int, int] | None,
                       foreign: frozenset[str] = frozenset()) -> None:
    """Whom an event was done to when the text names no one of a known country (PLOVER's
    domestic events): the people of the place it happened in, else of the actor's country.

    "Egyptian police opened fire on demonstrators", "Sudanese rebels shelled Juba": a party
    acted on with no country of its own, or none named for a forceful act, is of the country
    the act happens in; "Fijian rebels will release Prime Minister X": X is Fijian.
    """
    implied = unattributed_sector(e.event, e.cameo)
    if not e.actor and implied and location is not None and location.country:
        # "a bombing near Samarra", "was arrested in Lebanon": an act no one is named for is
        # done by someone of its place (unidentified armed forces; the police)
        e.actor = [Actor(location.text, span or (0, 0), country=location.country, sector=implied)]
    # (the UN, the EU, an NGO are no home a party acted on could be of)
    own = {a.country for a in e.actor if a.country and a.country not in NON_STATES}
    # a place of no country (a sea, "di Laut China Selatan") makes nothing domestic
    home = location.country if location is not None else (
        next(iter(own)) if len(own) == 1 else None)
    if home is None:
        return
    e.recipient = [replace(r, country=home) if r.country is None and not _stateless(r, foreign)
                   else r for r in e.recipient]
    # (two sides clashing are each other's: no third party is implied)
    if not e.recipient and own and e.event in AIMED_AT_PEOPLE and len(e.actor) < 2:
        # named by its place's words, else by its country's name over the words that tell
        # the country (the actor's): never by the actor's own words, which read as a self-act
        where = (location.text, span) if location is not None and span is not None else (
            knowledge().countries.get(home, home), e.actor[0].span)
        e.recipient = [Actor(where[0], where[1], country=home)]


def _place_span(doc: Document, sent: Sentence, location: Location) -> tuple[int, int] | None:
    """Where the location's words stand in the sentence (None for the dateline's place)."""
    at = doc.text.find(location.text, sent.start, sent.end) if location.text else -1
    return (at, at + len(location.text)) if at >= 0 else None


def _stateless(a: Actor, foreign: frozenset[str] = frozenset()) -> bool:
    """A known body of no country ("al-Qaeda", "Islamic State"), or a party named as the
    other side or a foreigner (`foreign_words`: "urging the counterpart to sign",
    "foreign journalists"): no place or actor gives it one."""
    if has_any_word(a.text, foreign):
        return True
    ent = knowledge().entities.get(a.name) if a.name else None
    return ent is not None and ent.kind == "org" and ent.country is None


def _located(a: Actor, country: str | None, travelled: bool,
             foreign: frozenset[str] = frozenset()) -> Actor:
    if a.country is None and country and not _stateless(a, foreign) and (
            a.sector in LOCAL_SECTORS or not travelled):
        return replace(a, country=country)
    return a


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
                   locatives: frozenset[str] = frozenset(),
                   ceded: tuple[int, int] | None = None,
                   describers: frozenset[str] = frozenset(),
                   articles: frozenset[str] = frozenset(),
                   origins: frozenset[str] = frozenset()) -> Location | None:
    """The place of the trigger's clause ("di Balai Agung Rakyat Beijing"), else the dateline.

    A place after a locative word ("di", "in") is preferred; a country name counts only there,
    or as the land given up right after a retreat's verb (`ceded`, its span): elsewhere it is
    usually an actor ("hukum Vatikan", "the French"). A place someone comes from (`origins`:
    "from", "asal") yields to one where something is done. For what was reported, a
    place inside the report comes before the speaker's ("rebels shelled Juba ..., relief
    officials in Nairobi said").
    """
    said = next((st.span for st in doc.statements if st.sentence_index == sent.index
                 and st.span[0] <= anchor < st.span[1]), None)
    scored = []
    for p in doc.places:
        if not sent.start <= p.span[0] < sent.end:
            continue
        skip = describers | articles if p.country is None else describers
        marker = _word_before(doc.text, p.span[0], sent.start, skip)
        locative = marker in locatives or (
            ceded is not None and ceded[0] < p.span[0] <= ceded[1] + 2)
        if p.feature in ("country", "region") and not locative:
            continue
        outside = said is not None and not said[0] <= p.span[0] < said[1]
        scored.append(((outside, not locative, marker in origins, p.feature == "country",
                        abs(p.span[0] - anchor)), p))
    if scored:
        return _location(min(scored, key=lambda sp: sp[0])[1])
    return _location(doc.dateline) if doc.dateline else None


def _word_before(text: str, start: int, floor: int,
                 skip: frozenset[str] = frozenset()) -> str:
    """The lowercased word just before `start` in its sentence, past any `skip` words
    ("in the western | Cambodia": "in")."""
    head = text[floor:start].rstrip().rsplit(None, 1)
    while head and head[-1].lower() in skip and len(head) > 1:
        head = head[0].rstrip().rsplit(None, 1)
    return head[-1].lower() if head and head[-1].lower() not in skip else ""


def _location(p: PlaceMention) -> Location:
    return Location(text=p.text, name=p.name, country=p.country, lat=p.lat, lon=p.lon,
                    geonameid=p.geonameid)
