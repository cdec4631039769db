"""Write coded triggers as contract events and reported statements, with their evidence."""

from __future__ import annotations

from warta.coding import ontology
from warta.coding.assign import Coded
from warta.coding.lexicon import Lexicon
from warta.coding.statements import Report
from warta.model import (
    Actor,
    ActorMention,
    Document,
    Event,
    Sentence,
    Statement,
    Token,
    Trigger,
)


def to_events(doc: Document, sent: Sentence, coded: list[Coded], lex: Lexicon) -> list[Event]:
    """The contract records of a sentence's coded triggers, one per type and actor."""
    events: list[Event] = []
    seen: dict[tuple[str, frozenset[str | None]], list[tuple[int, frozenset[str], int]]] = {}
    for c in coded:
        # one event per type and actor in a sentence: "menyampaikan ucapan ... serta
        # mendoakan" says one thing twice, "shelled Juba ..., killing 20 people" tells the
        # shelling's toll; only verbs joined by "and" acting on other people are two events
        # ("membakar sekolah dan menyandera guru")
        key = (c.event, frozenset(a.country or a.name for a in c.actor))
        whom = frozenset(r.name or r.text.lower() for r in c.recipient)
        if key in seen and not (whom and all(
                not w & whom and _joined(sent.tokens, last, c.trig.first, lex)
                for last, w, _ in seen[key])):
            _, first_whom, at = seen[key][0]
            if not first_whom and whom:
                # "raided the camp, killing three Palestinians": the toll says whom it hit
                events[at].recipient = [r.to_actor() for r in c.recipient]
                seen[key][0] = (seen[key][0][0], whom, at)
            continue
        seen.setdefault(key, []).append((c.trig.last, whom, len(events)))
        tokens = sent.tokens
        first, last = tokens[c.trig.first], tokens[c.trig.last]
        mode, cameo = _mode(c, tokens, lex)
        confidence = c.trig.rule.confidence - (0.1 if c.borrowed_actor else 0.0) - (
            0.1 if not c.recipient and not c.trig.rule.reciprocal else 0.0)
        events.append(Event(
            event_id=f"{doc.id}:{sent.index}:{len(events)}", doc_id=doc.id, lang=doc.lang or "",
            event=c.event, mode=mode, context=ontology.context_of(cameo),
            actor=[a.to_actor() for a in c.actor], recipient=[a.to_actor() for a in c.recipient],
            # when and where are decided once dates and places are known (placing.py)
            date=None, date_precision=None, date_text=None, location=None,
            negated=c.modality[0], modality=c.modality[1], sentence_index=sent.index,
            sentence=sent.text, trigger=Trigger(doc.text[first.start:last.end], (first.start, last.end)),
            cameo=cameo, goldstein=ontology.goldstein(cameo), quad_class=ontology.quad_class(cameo),
            confidence=round(max(0.1, confidence), 2), rule=c.trig.rule.id,
            source="statement" if c.in_statement else "text",
            speaker=c.speaker.to_actor() if c.speaker and c.in_statement else None))
    return events


def _joined(tokens: list[Token], after: int, before: int, lex: Lexicon) -> bool:
    """Is the second trigger a verb joined to the first by "dan"/"and" right before it?"""
    if before - 1 <= after:
        return False
    word = tokens[before - 1].lower
    return word.isalpha() and lex.has("coordinators", word)


MODE_AFTER = 12  # words after a trigger that may name how it was done


def _mode(c: Coded, tokens: list[Token], lex: Lexicon) -> tuple[str | None, str | None]:
    """The event's PLOVER mode: the rule's, or one named by a cue word near the trigger."""
    mode = c.trig.rule.mode if c.event == c.trig.rule.event else None
    cameo = c.cameo
    # after the trigger, as far as its clause goes: "held talks with his Russian counterpart
    # Vladimir Putin by video link"
    lo, hi = max(0, c.trig.first - 6), min(len(tokens), c.trig.last + MODE_AFTER + 1)
    hi = next((k for k in range(c.trig.last + 1, hi) if lex.has("clause_breaks", tokens[k].lower)),
              hi)
    words = {t.lower for t in tokens[lo:hi]} | {t.stem for t in tokens[lo:hi]}
    # a cue word only specifies a general rule: "menembakkan gas air mata" stays repression
    # (175), not a shooting, and a visit (042) does not become a phone call
    general = mode is None and (cameo is None or cameo.endswith("0"))
    for event, cue_mode, cue_cameo, cue_words in lex.mode_cues if general else ():
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
