"""Turn a segmented, annotated document into PLOVER events, sentence by sentence.

The pipeline's mentions (actors, dates, places) are given; this module finds triggers,
statements and pronouns, decides roles and modality, and writes events with their evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from warta.actors.coref import Discourse, fill_group, pronoun_mention, resolve_short_name
from warta.coding import ontology
from warta.coding.lexicon import NO_EVENT, Lexicon, load_lexicon
from warta.coding.matcher import TriggerMatch, find_triggers
from warta.coding.modality import absorb, in_background, is_adjectival, modality_of, window_has
from warta.coding.placing import event_date, event_location
from warta.coding.reframe import (
    CIVILIAN_SECTORS,
    OFFICIAL_COUNTRIES,
    OFFICIAL_SECTORS,
    Framing,
    reframe,
)
from warta.coding.roles import (
    MentionRef,
    agent_of,
    is_passive,
    merge_modifiers,
    object_of,
    place_mentions,
    subject_of,
)
from warta.coding.statements import Report, find_report
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

INTENT_WINDOW = 8  # "hendaknya memanfaatkan peluang ini, bersama-sama membela ..."
# Their recipient is the subject of their complement: "demanded that the US ...".
COMPLEMENT_TAKERS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})


@dataclass(slots=True)
class Coded:
    """A trigger with its decided roles, before it becomes an Event."""

    trig: TriggerMatch
    event: str
    cameo: str | None
    actor: list[ActorMention]
    recipient: list[ActorMention]
    in_statement: bool
    rule_note: str = ""
    modality: tuple[bool, str] = (False, "asserted")
    borrowed_actor: bool = False
    speaker: ActorMention | None = None
    background: bool = False


def code_document(doc: Document) -> Document:
    """Code every sentence of a document; fills doc.events and doc.statements."""
    lex = load_lexicon(doc.lang or "")
    discourse = Discourse()
    for sent in doc.sentences:
        events, statement = _code_sentence(doc, sent, lex, discourse)
        doc.events.extend(events)
        if statement:
            doc.statements.append(statement)
    return doc


def _mentions(doc: Document, sent: Sentence, discourse: Discourse, lex: Lexicon
              ) -> list[ActorMention]:
    leaders = lex.cues.get("leader_words", frozenset())
    found = [m for m in doc.actors if sent.start <= m.span[0] < sent.end]
    return [fill_group(resolve_short_name(m, discourse), discourse, leaders) for m in found]


def _add_pronouns(tokens: list[Token], refs: list[MentionRef], report: Report | None,
                  discourse: Discourse, lex: Lexicon) -> list[MentionRef]:
    covered = {i for r in refs for i in range(r.first, r.last + 1)}
    speaker = report.speaker.mention if report and report.speaker else None
    out = list(refs)
    for i, tok in enumerate(tokens):
        if i in covered or not lex.has("pronouns_singular", tok.lower):
            continue
        if speaker and speaker.kind != "pronoun" and report and report.verb_first < i and (
                report.content[0] <= i <= report.content[1]):
            ante: ActorMention | None = speaker
        elif i <= 1 and discourse.speaker is not None:
            ante = discourse.speaker
        else:
            ante = discourse.last_person()
        if ante is not None:
            marker = tokens[i - 1].lower if i and (
                lex.has("recipient_markers", tokens[i - 1].lower)
                or lex.has("agent_markers", tokens[i - 1].lower)) else None
            out.append(MentionRef(pronoun_mention(tok, ante), i, i, marker))
    out.sort(key=lambda r: r.first)
    return out


def _drop_weak_names(refs: list[MentionRef], triggers: list[TriggerMatch], tokens: list[Token],
                     lex: Lexicon) -> list[MentionRef]:
    """Unknown capitalised names that are really a trigger word or a pronoun ("Memperkukuh ...",
    "Dirinya ...") give way: a known identity is never dropped."""
    trigger_ids = {i for t in triggers for i in t.token_ids}
    out = []
    for r in refs:
        m = r.mention
        unknown = m.kind == "name" and m.country is None and m.wikidata is None
        if unknown and (trigger_ids.intersection(range(r.first, r.last + 1)) or (
                r.first == r.last and (lex.has("pronouns_singular", tokens[r.first].lower)
                                       or lex.has("pronouns_plural", tokens[r.first].lower)))):
            continue
        out.append(r)
    return out


def _flat(refs: list[MentionRef]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for r in refs:
        out.extend(r.mention.members if r.mention.kind == "group" and r.mention.members
                   else [r.mention])
    return out


def _code_sentence(doc: Document, sent: Sentence, lex: Lexicon, discourse: Discourse
                   ) -> tuple[list[Event], Statement | None]:
    tokens = sent.tokens
    found = find_triggers(tokens, lex)
    refs = _drop_weak_names(place_mentions(_mentions(doc, sent, discourse, lex), tokens, lex),
                            found, tokens, lex)
    busy = {i for t in found if t.rule.event != NO_EVENT for i in t.token_ids}
    refs = merge_modifiers(refs, tokens, busy, lex, doc.text)
    report = find_report(tokens, refs, lex)
    refs = _add_pronouns(tokens, refs, report, discourse, lex)
    if report and report.speaker:  # the speaker's ref may have been re-placed: find it again
        report.speaker = next((r for r in refs if r.first == report.speaker.first), report.speaker)
    speaker = report.speaker.mention if report and report.speaker else None
    if speaker and speaker.kind == "group" and speaker.members:
        speaker = speaker.members[0]
    blocked = {i for r in refs if r.mention.kind not in ("pronoun", "group")
               for i in range(r.first, r.last + 1)}
    if report:
        blocked.update(range(report.verb_first, report.verb_last + 1))
    triggers = [t for t in found if not blocked.intersection(t.token_ids)
                and t.rule.event != NO_EVENT]
    triggers = absorb(triggers, tokens, lex)
    coded = _assign(triggers, tokens, refs, report, speaker, discourse, lex)
    events = _to_events(doc, sent, coded, lex)
    for r in refs:
        discourse.remember(r.mention)
    if speaker is not None:
        discourse.speaker = speaker
    statement = _statement(doc, sent, report, speaker) if report else None
    return events, statement


def _assign(triggers: list[TriggerMatch], tokens: list[Token], refs: list[MentionRef],
            report: Report | None, speaker: ActorMention | None, discourse: Discourse,
            lex: Lexicon) -> list[Coded]:
    out: list[Coded] = []
    prev: TriggerMatch | None = None
    prev_subject: list[MentionRef] = []
    for k, trig in enumerate(triggers):
        in_content = bool(report and report.content[0] <= trig.first <= report.content[1])
        floor = report.content[0] if in_content and report else 0
        nxt = triggers[k + 1].first if k + 1 < len(triggers) else len(tokens)
        limit = min(nxt, report.content[1] + 1) if in_content and report else nxt
        if report and not in_content and report.verb_first > trig.last:
            limit = min(limit, report.verb_first)
        subj = subject_of(trig, prev, refs, tokens, lex, floor)
        subject = prev_subject if subj is None else subj
        if speaker is not None and any(r.mention is speaker for r in subject):
            subject = [r for r in subject if r.mention is speaker]
        obj = object_of(trig, limit, refs, tokens, lex,
                        through_complement=trig.rule.event in COMPLEMENT_TAKERS)
        actor, recipient = _flat(subject), _flat(obj)
        rule = trig.rule
        # "the attacks", "received support", "for helping": a noun, whose actor stands right
        # before it or after "by" (languages whose nouns and verbs look alike say so in cues)
        before = tokens[trig.first - 1].lower if trig.first > 0 else ""
        used_as_noun = lex.has("noun_markers", before) or (
            lex.has("noun_prepositions", before) and not tokens[trig.first].lower.endswith("ing"))
        if rule.nominal or used_as_noun:
            actor, recipient = _nominal_roles(trig, refs, limit, tokens, lex)
        elif is_passive(trig, tokens, lex):
            agent = _flat(agent_of(trig, limit, refs, tokens, lex))
            if not agent and lex.has("bare_passive_agent", "yes"):
                nxt_ref = next((r for r in refs if r.first == trig.last + 1 and r.marker is None), None)
                agent = _flat([nxt_ref]) if nxt_ref else []
            recipient = actor
            actor = [a for a in agent if a not in recipient]
        elif rule.passive_only:
            prev = trig
            continue
        borrowed = False
        if not actor and in_content and speaker is not None and report and (
                report.verb_first < trig.first):
            actor, borrowed = [speaker], True  # "Xi menekankan, ... bersedia ...": the speaker
        elif not actor and trig.first <= 1 and discourse.speaker is not None:
            actor, borrowed = [discourse.speaker], True
        if is_adjectival(trig, tokens, lex):
            prev = trig
            continue
        # "untuk membela ...": a purpose is background, unless the sentence says nothing else
        purpose = window_has(tokens, trig.first, "purpose", lex, 1) and not (
            trig.first > 1 and lex.has("purpose_exceptions", tokens[trig.first - 2].lower))
        mutual = window_has(tokens, trig.first, "reciprocal_cues", lex, 3)
        proposal = window_has(tokens, trig.first, "proposal", lex, 4) or any(
            lex.has("proposal", tokens[i].lower) for i in trig.token_ids)
        if in_content and speaker is not None and (mutual or proposal) and any(
                a.country == speaker.country for a in actor) and report:
            others = [a for a in actor + recipient if a.country != speaker.country]
            actor, recipient = [speaker], others if mutual else recipient
            mutual = False
        if rule.reciprocal or mutual:
            actor, recipient = actor + [r for r in recipient if r not in actor], []
        else:
            recipient = _not_self(actor, recipient)
        event, cameo = rule.event, rule.cameo
        negated, modality = modality_of(trig, tokens, lex)
        intent = window_has(tokens, trig.first, "intent", lex, INTENT_WINDOW)
        said = in_content or borrowed
        if rule.said_only:
            if not (said and speaker is not None):
                prev = trig
                continue
            # "X said Iraq must cooperate": X asks it of Iraq; "... harus dilakukan": no one
            addressed = [a for a in actor if a.country != speaker.country or a.name != speaker.name]
            if not addressed:
                prev = trig
                continue
            actor, recipient = [speaker], addressed
        head = tokens[trig.token_ids[0]]
        framing = Framing(
            negated=negated, modality=modality, intent=intent, said=said,
            past=window_has(tokens, trig.first, "completed", lex, 3) or (
                lex.has("tense_marking", "yes") and head.lower != head.stem
                and not head.lower.endswith("ing")),
            ultimatum=any(lex.has("ultimatum", t.lower) for t in tokens[trig.last + 1:]),
            official_actor=any(a.sector in OFFICIAL_SECTORS or a.country in OFFICIAL_COUNTRIES
                               for a in actor),
            civilian_actor=bool(actor) and all(a.sector in CIVILIAN_SECTORS for a in actor))
        event, cameo, negated, modality = reframe(event, cameo, framing, rule.official_as,
                                                  rule.civilian_as)
        if actor and (recipient or not rule.needs_recipient):
            out.append(Coded(trig, event, cameo, _unique(actor), _unique(recipient),
                             in_content or borrowed, modality=(negated, modality),
                             borrowed_actor=borrowed,
                             speaker=speaker if in_content else discourse.speaker if borrowed else None,
                             background=purpose or in_background(trig, tokens, lex)))
        prev, prev_subject = trig, subject
    # background clauses ("after two days of fighting") only when the sentence says nothing else
    main = [c for c in out if not c.background]
    return main or out


def _nominal_roles(trig: TriggerMatch, refs: list[MentionRef], limit: int,
                   tokens: list[Token], lex: Lexicon
                   ) -> tuple[list[ActorMention], list[ActorMention]]:
    """Roles of a noun trigger: "Israeli strikes on Gaza", "serangan Israel ke Gaza"."""
    before = next((r for r in refs if r.last == trig.first - 1 and r.marker is None), None)
    after = next((r for r in refs if r.first == trig.last + 1 and r.marker is None), None)
    actor = [before.mention] if before else []
    recipient: list[ActorMention] = []
    if after is not None:
        (recipient if trig.rule.genitive == "recipient" else actor).append(after.mention)
    agent = _flat(agent_of(trig, limit, refs, tokens, lex))
    if agent:
        actor = agent
    for r in object_of(trig, limit, refs, tokens, lex):
        if r is not after and r.marker and r.mention not in actor:
            recipient.append(r.mention)
    return actor, recipient


def _not_self(actor: list[ActorMention], recipient: list[ActorMention]) -> list[ActorMention]:
    """Recipients other than the actor; a group holding the actor ("kedua negara") is no recipient."""
    mine = {(a.country, a.name) for a in actor if a.country or a.name}  # unknowns are not "same"
    groups = {r.span for r in recipient if (r.country, r.name) in mine and r.kind != "pronoun"}
    same_span_group = {sp for sp in groups if sum(1 for r in recipient if r.span == sp) > 1}
    return [r for r in recipient
            if (r.country, r.name) not in mine and r.span not in same_span_group]


def _unique(actors: list[ActorMention]) -> list[ActorMention]:
    seen, out = set(), []
    for a in actors:
        key = (a.span, a.country, a.name)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def _to_events(doc: Document, sent: Sentence, coded: list[Coded], lex: Lexicon) -> list[Event]:
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


def _statement(doc: Document, sent: Sentence, report: Report,
               speaker: ActorMention | None) -> Statement | None:
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
