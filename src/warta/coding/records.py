"""Write coded triggers as contract events and reported statements, with their evidence."""

from __future__ import annotations

from dataclasses import replace

from warta.coding import ontology
from warta.coding.assign import Coded
from warta.coding.lexicon import Lexicon
from warta.coding.placing import event_date, event_location
from warta.coding.statements import Report
from warta.model import (
    Actor,
    ActorMention,
    Document,
    Event,
    Location,
    Sentence,
    Statement,
    Token,
    Trigger,
)


def to_events(doc: Document, sent: Sentence, coded: list[Coded], lex: Lexicon) -> list[Event]:
    """The contract records of a sentence's coded triggers, one per type and actor."""
    events: list[Event] = []
    seen: set[tuple[str, frozenset[str | None]]] = set()
    for c in coded:
        # one event per type and actor in a sentence: "menyampaikan ucapan ... serta mendoakan"
        key = (c.event, frozenset(a.country or a.name for a in c.actor))
        if key in seen:
            continue
        seen.add(key)
        tokens = sent.tokens
        first, last = tokens[c.trig.first], tokens[c.trig.last]
        mode, cameo = _mode(c, tokens, lex)
        date = event_date(doc, sent, first.start)
        location = event_location(doc, sent, first.start, lex.cues.get("locative_markers", frozenset()))
        if location is not None and location.text:
            c.actor = [_located(a, location.country) for a in c.actor]
            c.recipient = [_located(a, location.country) for a in c.recipient]
            span = _place_span(doc, sent, location)
            if mode == "visit" and not c.recipient and span and location.country and all(
                    a.country != location.country for a in c.actor):
                # "arrived in Amman on a visit": the host is the country visited
                c.recipient = [ActorMention(text=location.text, span=span,
                                            country=location.country, sector="GOV", kind="country")]
            elif c.event in PLACE_TARGETED and not c.recipient and span and location.country:
                # "lifted a curfew in Montenegro", "evacuate settlements in the Gaza Strip":
                # what is done in a place is done to it
                c.recipient = [ActorMention(text=location.text, span=span,
                                            country=location.country, kind="country")]
        confidence = c.trig.rule.confidence - (0.1 if c.borrowed_actor else 0.0) - (
            0.1 if not c.recipient and not c.trig.rule.reciprocal else 0.0)
        events.append(Event(
            event_id=f"{doc.id}:{sent.index}:{len(events)}", doc_id=doc.id, lang=doc.lang or "",
            event=c.event, mode=mode, context=ontology.context_of(cameo),
            actor=[a.to_actor() for a in c.actor], recipient=[a.to_actor() for a in c.recipient],
            date=date.date if date else None, date_precision=date.precision if date else None,
            date_text=date.text if date else None, location=location,
            negated=c.modality[0], modality=c.modality[1], sentence_index=sent.index,
            sentence=sent.text, trigger=Trigger(doc.text[first.start:last.end], (first.start, last.end)),
            cameo=cameo, goldstein=ontology.goldstein(cameo), quad_class=ontology.quad_class(cameo),
            confidence=round(max(0.1, confidence), 2), rule=c.trig.rule.id,
            source="statement" if c.in_statement else "text",
            speaker=c.speaker.to_actor() if c.speaker and c.in_statement else None))
    return events


# Events whose target, when none is named, is the place they are done in.
PLACE_TARGETED = frozenset({"COERCE", "CONCEDE", "RETREAT", "MOBILIZE", "AID"})

# Who is taken to belong where the event happens when nothing else says where they are from:
# protesters, police, students in Jakarta are Indonesian (CAMEO's convention); troops,
# officials and named people are not (they travel).
LOCAL_SECTORS = frozenset({"CVL", "EDU", "LAB", "OPP", "REF", "COP", "CRM", "JUD", "MED", "REL",
                           "AGR", "HLH", "BUS"})


def _place_span(doc: Document, sent: Sentence, location: Location) -> tuple[int, int] | None:
    """Where the location's words stand in the sentence (None for the dateline's place)."""
    at = doc.text.find(location.text, sent.start, sent.end) if location.text else -1
    return (at, at + len(location.text)) if at >= 0 else None


def _located(a: ActorMention, country: str | None) -> ActorMention:
    if a.country is None and country and a.sector in LOCAL_SECTORS and a.kind != "name":
        return replace(a, country=country)
    return a


def _mode(c: Coded, tokens: list[Token], lex: Lexicon) -> tuple[str | None, str | None]:
    """The event's PLOVER mode: the rule's, or one named by a cue word near the trigger."""
    mode = c.trig.rule.mode if c.event == c.trig.rule.event else None
    cameo = c.cameo
    lo, hi = max(0, c.trig.first - 6), min(len(tokens), c.trig.last + 7)
    words = {t.lower for t in tokens[lo:hi]} | {t.stem for t in tokens[lo:hi]}
    for event, cue_mode, cue_cameo, cue_words in lex.mode_cues:
        if event == c.event and words & cue_words:
            mode, cameo = cue_mode, cue_cameo or cameo
            break
    if cameo is None:
        cameo = ontology.cameo_for(c.event, mode)
    return mode, cameo


def to_statement(doc: Document, sent: Sentence, report: Report,
                 speaker: ActorMention | None) -> Statement | None:
    """The statement record of a sentence's reporting verb."""
    tokens = sent.tokens
    a, b = report.content
    if a > b or b >= len(tokens):
        return None
    start, end = tokens[a].start, tokens[b].end
    verb = Trigger(doc.text[tokens[report.verb_first].start:tokens[report.verb_last].end],
                   (tokens[report.verb_first].start, tokens[report.verb_last].end))
    who: Actor | None = speaker.to_actor() if speaker else None
    return Statement(statement_id=f"{doc.id}:s{sent.index}", doc_id=doc.id, speaker=who,
                     text=doc.text[start:end], span=(start, end), verb=verb,
                     sentence_index=sent.index)
