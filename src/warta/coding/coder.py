"""Turn a segmented, annotated document into PLOVER events, sentence by sentence.

The pipeline's mentions (actors, dates, places) are given; this module finds triggers,
statements and pronouns, then hands each sentence to assign.py (roles, modality) and
records.py (events with their evidence).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from warta.actors.coref import (
    Discourse,
    fill_group,
    fits_group,
    is_person_like,
    pronoun_mention,
    resolve_short_name,
)
from warta.coding.assign import absorb_coded, assign_roles, spoken
from warta.coding.ellipsis import elided
from warta.coding.lexicon import NO_EVENT, Lexicon, load_lexicon
from warta.coding.matcher import TriggerMatch, find_triggers
from warta.coding.modality import absorb
from warta.coding.records import to_events, to_statement
from warta.coding.roles import MentionRef, merge_modifiers, place_mentions
from warta.coding.statements import Report, find_report
from warta.model import ActorMention, Document, Event, Sentence, Statement, Token


def code_document(doc: Document) -> Document:
    """Code every sentence of a document; fills doc.events and doc.statements."""
    lex = load_lexicon(doc.lang or "")
    discourse = Discourse()
    by_sentence: dict[int, list[ActorMention]] = {}
    starts = [s.start for s in doc.sentences]
    for m in doc.actors:  # mentions come in text order; index them by sentence once
        by_sentence.setdefault(bisect_right(starts, m.span[0]) - 1, []).append(m)
    for sent in doc.sentences:
        events, statement = _code_sentence(doc, sent, by_sentence.get(sent.index, []), lex,
                                           discourse)
        doc.events.extend(events)
        if statement:
            doc.statements.append(statement)
    return doc


def _mentions(found: list[ActorMention], discourse: Discourse, lex: Lexicon
              ) -> list[ActorMention]:
    leaders = lex.cues.get("leader_words", frozenset())
    if not any(m.kind == "group" for m in found):  # most sentences: nothing to fill
        return [resolve_short_name(m, discourse) for m in found]
    # "Prabowo met Anwar ..., and the two leaders agreed": a group may stand for parties
    # named earlier in its own sentence, so they are remembered as the sentence goes
    # (leaders only: "the pair" in "the government ... argued that the pair should not take
    # office" is two people of an earlier story, not the government and its lawmakers)
    local = Discourse(latest=dict(discourse.latest), speaker=discourse.speaker)
    out = []
    for m in found:
        m = resolve_short_name(m, discourse)
        leaders_named = any(w in leaders for w in m.text.lower().split())
        m = fill_group(m, local if leaders_named else discourse, leaders)
        if m.kind != "group":
            local.remember(m)
        out.append(m)
    return out


def _add_pronouns(tokens: list[Token], refs: list[MentionRef], report: Report | None,
                  discourse: Discourse, lex: Lexicon) -> list[MentionRef]:
    covered = {i for r in refs for i in range(r.first, r.last + 1)}
    speaker = report.speaker.mention if report and report.speaker else None
    out = list(refs)
    pronouns = lex.cues.get("pronouns_first", frozenset()) | lex.cues.get(
        "pronouns_singular", frozenset())
    for i, tok in enumerate(tokens):
        if tok.lower not in pronouns or i in covered:
            continue
        first_person = lex.has("pronouns_first", tok.lower)
        quoted = bool(report and report.content[0] <= i <= report.content[1])
        if first_person and not (quoted and speaker and speaker.kind != "pronoun"):
            continue  # "kami", "we" outside a quotation: no one to stand for
        if speaker and speaker.kind != "pronoun" and report and quoted and (
                first_person or report.verb_first < i):
            ante: ActorMention | None = speaker
        elif i <= 1 and discourse.speaker is not None:
            ante = discourse.speaker
        else:
            # "The judge ... ruled ... when he cleared Duffy": a person named earlier in the
            # same sentence (its first, usually the subject) before anyone of the story.
            # "he", "ia" stand for a person, never for "the court" ("pihaknya" may).
            def fits(m: ActorMention, person: bool = lex.has("pronouns_person", tok.lower)
                     ) -> bool:
                return is_person_like(m) and not (person and any(
                    lex.has("institutions", w) for w in m.text.lower().split()))
            ante = next((r.mention for r in refs if r.last < i and fits(r.mention)),
                        None) or discourse.last_person(fits)
        if ante is None:  # "Ia membunuh ..." with no one named before: someone, unknown
            ante = ActorMention(text=tok.text, span=(tok.start, tok.end), kind="pronoun")
        marker = _marker_before(tokens, i, lex, ("recipient_markers", "agent_markers"))
        out.append(MentionRef(pronoun_mention(tok, ante), i, i, marker))
    out.extend(_group_words(tokens, refs, covered, discourse, lex))
    out.sort(key=lambda r: r.first)
    return out


def _group_words(tokens: list[Token], refs: list[MentionRef], covered: set[int],
                 discourse: Discourse, lex: Lexicon) -> list[MentionRef]:
    """Words that stand for a group named before: "mereka", "they" (a group of people or a
    body), "kelompok itu", "the group" (`anaphors_group`), "negara itu", "the country"
    (`anaphors_country`), when the sentence names no such group before them."""
    plural = lex.cues.get("pronouns_plural", frozenset())
    starts = [(kind, lex.phrase_starts.get(f"anaphors_{kind}", {})) for kind in ("group", "country")]
    out = []
    for i, tok in enumerate(tokens):
        if tok.lower in plural:
            size, kind = 1, "plural"
        elif i + 1 < len(tokens):
            pair = (tok.lower, tokens[i + 1].lower)
            found = next(((k, words) for k, table in starts for words in table.get(pair, ())
                          if tuple(t.lower for t in tokens[i:i + len(words)]) == words), None)
            if found is None:
                continue
            kind, size = found[0], len(found[1])
        else:
            continue
        if any(j in covered for j in range(i, i + size)) or any(
                r.last < i and fits_group(r.mention, kind) for r in refs):
            continue  # inside a mention, or a group named earlier in the sentence
        ante = discourse.last_group(kind)
        if ante is None:
            continue
        end = tokens[i + size - 1]
        mention = replace(ante, text=" ".join(t.text for t in tokens[i:i + size]),
                          span=(tok.start, end.end), kind="pronoun")
        # ("Thousands of Nigerians from throughout | the country": in a place's phrase, no
        # subject)
        marker = _marker_before(tokens, i, lex, ("recipient_markers", "agent_markers",
                                                 "locative_markers"))
        out.append(MentionRef(mention, i, i + size - 1, marker))
    return out


def _marker_before(tokens: list[Token], i: int, lex: Lexicon, cues: tuple[str, ...]) -> str | None:
    """The preposition right before token i, if it is one of the `cues` words."""
    before = tokens[i - 1].lower if i else ""
    return before if before and any(lex.has(cue, before) for cue in cues) else None


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


def _opening_surname(mentions: list[ActorMention], tokens: list[Token], discourse: Discourse
                     ) -> list[ActorMention]:
    """A sentence's first word that is part of a person's name said earlier ("Penny Wong
    ... Wong menyatakan") is that person, though a capital there alone names no one."""
    if not tokens or (mentions and mentions[0].span[0] <= tokens[0].start):
        return mentions
    tok = tokens[0]
    if not (tok.text[:1].isupper() and tok.text.isalpha() and len(tok.text) > 2) or not any(
            m.kind == "person" and m.name and tok.text in m.name.split()
            for m in discourse.recent):
        return mentions
    return [ActorMention(text=tok.text, span=(tok.start, tok.end), name=tok.text, kind="name"),
            *mentions]


def _code_sentence(doc: Document, sent: Sentence, mentions: list[ActorMention], lex: Lexicon,
                   discourse: Discourse) -> tuple[list[Event], Statement | None]:
    tokens = sent.tokens
    mentions = _opening_surname(mentions, tokens, discourse)
    placed = place_mentions(_mentions(mentions, discourse, lex), tokens, lex)
    found = find_triggers(tokens, lex, [(r.first, r.last) for r in placed])
    refs = _drop_weak_names(placed, found, tokens, lex)
    busy = {i for t in found if t.rule.event != NO_EVENT for i in t.token_ids}
    refs = merge_modifiers(refs, tokens, busy, lex, doc.text)
    longer = frozenset(t.first for t in found if len(t.token_ids) > 1 and t.rule.event != NO_EVENT)
    report = find_report(tokens, refs, lex, longer)
    refs = _add_pronouns(tokens, refs, report, discourse, lex)
    if report and report.speaker:  # the speaker's ref may have been re-placed: find it again
        report.speaker = next((r for r in refs if r.first == report.speaker.first), report.speaker)
    speaker = report.speaker.mention if report and report.speaker else None
    if speaker and speaker.kind == "group" and speaker.members:
        speaker = speaker.members[0]
    blocked = {i for r in refs if r.mention.kind not in ("pronoun", "group")
               for i in range(r.first, r.last + 1)}
    said_events = []
    if report:
        verb = set(range(report.verb_first, report.verb_last + 1))
        # "..., ejek Obama", '"...," Obama mocked': the reporting verb is itself the event
        said_events = [t for t in found if verb.issuperset(t.token_ids) and t.rule.event != NO_EVENT]
        blocked.update(verb)
    # a trigger may end in an actor noun ("withdrew its troops"), not start inside a name
    triggers = [t for t in found if t.token_ids[0] not in blocked and t.rule.event != NO_EVENT]
    triggers = absorb(triggers, tokens, lex)
    coded = absorb_coded(assign_roles(triggers, tokens, refs, report, speaker, discourse, lex),
                         tokens, lex)
    coded = elided(coded, refs, tokens, lex)
    if speaker is not None:
        coded = [*(spoken(t, speaker) for t in said_events), *coded]
    events = to_events(doc, sent, coded, lex)
    for r in refs:
        discourse.remember(r.mention)
    discourse.previous = [r.mention for r in refs if r.mention.kind != "pronoun"] or (
        discourse.previous)
    if speaker is not None:
        discourse.speaker = speaker
    statement = to_statement(doc, sent, report, speaker) if report else None
    return events, statement
