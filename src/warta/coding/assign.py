"""Decide each trigger's actor and recipient and what the event amounts to.

Roles come from the clause (roles.py); then the way the event is said (negation, intent,
a reported statement, a threat) reframes it (modality.py, reframe.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from warta.actors.coref import Discourse
from warta.coding.lexicon import NO_EVENT, Lexicon, has_any_word
from warta.coding.matcher import TriggerMatch
from warta.coding.modality import (
    ABSORB_WINDOW,
    ABSORBS,
    FORCEFUL,
    in_background,
    is_adjectival,
    modality_of,
    window_has,
)
from warta.coding.reframe import (
    CIVILIAN_SECTORS,
    OFFICIAL_COUNTRIES,
    OFFICIAL_SECTORS,
    THREAT_CAMEO,
    Framing,
    reframe,
)
from warta.coding.roles import (
    MentionRef,
    agent_of,
    aimed_at,
    is_passive,
    marked_after,
    object_of,
    subject_of,
)
from warta.coding.statements import Report
from warta.model import ActorMention, Token

INTENT_WINDOW = 8  # "hendaknya memanfaatkan peluang ini, bersama-sama membela ..."
# Acts still reported when no one is named who did them: the place they happen tells whose,
# and the act what kind of party did it: violence by unidentified armed forces (CAMEO UAF);
# an arrest ("was arrested in Lebanon", "ditangkap di Bali") by the place's police.
UNATTRIBUTED = frozenset({"ASSAULT", "COERCE"})
UNATTRIBUTED_CAMEO = {"173": "COP"}  # COERCE only where it is an arrest
GENERIC_FORCE = frozenset({"180", "190"})  # "attack", "melawan": no harm named
# Meetings are where people travel: who meets a country's people need not be of it.
TRAVELLERS_MEET = frozenset({"CONSULT"})
# Their recipient is the subject of their complement: "demanded that the US ...".
COMPLEMENT_TAKERS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# With no object right after them, a threat or a protest is aimed at the first country named
# further in its clause; a demand, refusal or accusation at whoever authored what it is about
# ("rejected calls by Belarus", "denounced Serbia's suppression").
AIMED_FURTHER = frozenset({"THREATEN", "PROTEST"})
AIMED_AT_AUTHOR = frozenset({"REQUEST", "REJECT", "ACCUSE"})
# Parties whose country says little of where they act: companies and investors.
ABROAD_SECTORS = frozenset({"BUS", "MNC"})
# What a speaker does by speaking: after "said ... and" such a verb is the speaker's own.
SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE"})


def unattributed_sector(event: str, cameo: str | None) -> str | None:
    """The sector of whoever did an act no one is named for; None: it is not coded."""
    if event == "ASSAULT":
        return None if cameo in GENERIC_FORCE else "UAF"
    return UNATTRIBUTED_CAMEO.get(cameo or "") if event in UNATTRIBUTED else None


@dataclass(slots=True)
class Coded:
    """A trigger with its decided roles, before it becomes an Event."""

    trig: TriggerMatch
    event: str
    cameo: str | None
    actor: list[ActorMention]
    recipient: list[ActorMention]
    in_statement: bool
    modality: tuple[bool, str] = (False, "asserted")
    borrowed_actor: bool = False
    speaker: ActorMention | None = None
    background: bool = False


def flat(refs: list[MentionRef]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for r in refs:
        out.extend(r.mention.members if r.mention.kind == "group" and r.mention.members
                   else [r.mention])
    return out


def assign_roles(triggers: list[TriggerMatch], tokens: list[Token], refs: list[MentionRef],
                      report: Report | None, speaker: ActorMention | None, discourse: Discourse,
                 lex: Lexicon) -> list[Coded]:
    """Roles, modality and reframing of each trigger of a sentence, in order."""
    out: list[Coded] = []
    prev: TriggerMatch | None = None
    prev_subject: list[MentionRef] = []
    for k, trig in enumerate(triggers):
        in_content = bool(report and report.content[0] <= trig.first <= report.content[1])
        own = in_content and _speakers_own(trig, report, tokens, lex)
        in_content = in_content and not own
        floor = report.content[0] if in_content and report else 0
        nxt = triggers[k + 1].first if k + 1 < len(triggers) else len(tokens)
        limit = min(nxt, report.content[1] + 1) if in_content and report else nxt
        if report and not in_content and report.verb_first > trig.last:
            limit = min(limit, report.verb_first)
        subj = subject_of(trig, prev, refs, tokens, lex, floor)
        subject = prev_subject if subj is None else subj
        if own and report is not None and report.speaker is not None:
            subject = [report.speaker]  # "Mao Ning said ... and urged Manila to ..."
        if speaker is not None and any(r.mention is speaker for r in subject):
            subject = [r for r in subject if r.mention is speaker]
        obj = []
        if trig.rule.event in AIMED_AT_AUTHOR or trig.rule.event == "PROTEST":
            # "memprotes kunjungan Presiden Taiwan", "protested the visit of Taiwan's
            # president", "mengecam serangan kelompok bersenjata terhadap warga": an act named
            # as a noun right after (its content, or the next trigger) is criticised in its
            # doer, not in whom it was done to
            for noun in (*trig.content[:1], *triggers[k + 1:k + 2]):
                doer = _genitive_actor(trig, noun, refs, tokens, lex)
                if doer is not None:
                    obj = [doer]
                    break
        obj = obj or object_of(trig, limit, refs, tokens, lex,
                               through_complement=trig.rule.event in COMPLEMENT_TAKERS)
        for inner in trig.content if not obj else ():
            # "threatened to cut off electricity to Nakhichevan": the content's object; not
            # when the content has a subject of its own ("demanded an admission that Soviet
            # forces murdered Polish officers": the officers are no one asked anything)
            if any(trig.last < r.first < inner.first and r.marker is None for r in refs):
                break
            obj = object_of(inner, limit, refs, tokens, lex)
            if obj:
                break
        if not obj and (trig.rule.event in AIMED_FURTHER or trig.rule.event in AIMED_AT_AUTHOR):
            # "threatened to shell Iraqi towns", "rejected recent calls by Belarus's rulers"
            obj = aimed_at(trig, limit, refs, tokens, lex,
                           through_complement=trig.rule.event in COMPLEMENT_TAKERS,
                           authored=trig.rule.event in AIMED_AT_AUTHOR)
        rule = trig.rule
        if rule.direct_object:  # "received an award from the President": no one received
            obj = [r for r in obj if r.marker is None]
        land = [r for r in obj if r.marker is None and r.mention.kind == "country"]
        if rule.land_object and not land and (
                rule.event == "RETREAT" or not _place_named_after(trig, refs, tokens, lex)):
            # land given up is a country ("menyerahkan Italia"); land taken may be a place
            # ("captured Bakhmut", "merebut Bakhmut"); "captured two soldiers" is neither
            prev = trig
            continue
        if rule.event == "RETREAT":
            # "gave Italy up", "menyerahkan Italia": a country given up is land, not someone
            # the retreat is aimed at; a recipient is who it goes to ("to France")
            given_to = marked_after(land[-1], limit, refs, tokens, lex) if land else None
            obj = [given_to] if given_to else [r for r in obj if r not in land]
        actor, recipient = flat(subject), flat(obj)
        # "the attacks", "received support", "for helping": a noun, whose actor stands right
        # before it or after "by" (languages whose nouns and verbs look alike say so in cues)
        before = tokens[trig.first - 1].lower if trig.first > 0 else ""
        used_as_noun = lex.has("noun_markers", before) or (
            lex.has("noun_prepositions", before) and not tokens[trig.first].lower.endswith("ing"))
        # "held a video call", "staged a protest": the noun is the verb's object, and the
        # clause's subject is its actor
        light = trig.first > 1 and (lex.has("light_verbs", tokens[trig.first - 2].lower)
                                    or lex.has("light_verbs", tokens[trig.first - 2].stem))
        used_as_noun = used_as_noun and not light
        passive = not (rule.nominal or used_as_noun) and is_passive(trig, tokens, lex)
        if rule.nominal or used_as_noun:
            actor, recipient = _nominal_roles(trig, refs, limit, tokens, lex)
        elif passive:
            agent = flat(agent_of(trig, limit, refs, tokens, lex))
            if not agent and lex.has("bare_passive_agent", "yes"):
                # right after the verb, or after the whole pattern ("diterima | Presiden
                # Prabowo | di Istana": the agent may fill the pattern's gap)
                after_verb = (trig.token_ids[0] + 1, trig.last + 1)
                nxt_ref = next((r for r in refs if r.first in after_verb and r.marker is None), None)
                agent = flat([nxt_ref]) if nxt_ref else []
            recipient = actor or _patient_before_clause(trig, refs, tokens, lex)
            actor = [a for a in agent if a not in recipient]
        elif rule.passive_only:
            prev = trig
            continue
        if rule.inverse:
            # "X menuai kecaman dari Y", "X drew criticism from Y": Y acts, X receives
            source = [r for r in refs if trig.last < r.first < limit and r.marker
                      and (lex.has("source_markers", r.marker) or lex.has("agent_markers", r.marker))]
            actor, recipient = (flat(source[:1]), actor) if source else ([], actor)
        if rule.host and recipient:
            # "Presiden menerima PM Jepang", "Prabowo received Anwar": the one received
            # visits (the contract's actor); the host is the recipient of the visit
            actor, recipient = recipient, actor
        borrowed = False
        # "these attacks": no subject to stand in for; "dirinya diminta ...": the subject was
        # acted on, so the speaker is not the one who acted
        as_noun = rule.nominal or used_as_noun or passive
        if not actor and not as_noun and in_content and speaker is not None and report and (
                report.verb_first < trig.first):
            actor, borrowed = [speaker], True  # "Xi menekankan, ... bersedia ...": the speaker
        elif not actor and not as_noun and trig.first <= 1 and discourse.speaker is not None:
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
        if rule.untargeted_as and not recipient and not _aimed_at_a_name(trig, limit, tokens, lex):
            # "North Korea launched a missile into the Sea of Japan": force shown, not used
            event, cameo = rule.untargeted_as["event"], rule.untargeted_as.get("cameo", cameo)
        if rule.actor_sector:  # "ia dikirim sebagai utusan": whoever is sent is a diplomat
            actor = [a if a.sector else replace(a, sector=rule.actor_sector) for a in actor]
        if in_content and speaker is not None and _official_of_a_state(speaker):
            # "Defence Minister Sjafrie said the military was ready ...": an official's
            # unnamed institution is of the official's country
            actor = [replace(a, country=speaker.country) if a.country is None
                     and a.kind == "sector" else a for a in actor]
        if event not in TRAVELLERS_MEET:
            actor = _domestic_actors(actor, recipient, refs, lex)
        # "A roadside bombing killed one U.S. soldier": violence with no one named who did it
        # is kept for the place to tell whose it is (placing.py)
        # (a harm named, not a bare "fight against": "perjuangan melawan Belanda" is no attack
        # by anyone of its place)
        unattributed = (not actor and bool(recipient) and not in_content
                        and unattributed_sector(event, rule.cameo) is not None)
        if (actor or unattributed or rule.unstated_actor) and (
                recipient or not rule.needs_recipient) and event != NO_EVENT:
            out.append(Coded(trig, event, cameo, _unique(actor), _unique(recipient),
                             in_content or borrowed, modality=(negated, modality),
                             borrowed_actor=borrowed,
                             speaker=speaker if in_content else discourse.speaker if borrowed else None,
                             background=purpose or in_background(trig, tokens, lex)))
        prev, prev_subject = trig, subject
    # background clauses ("after two days of fighting") only when the sentence says nothing else
    main = [c for c in out if not c.background]
    return main or out


def _patient_before_clause(trig: TriggerMatch, refs: list[MentionRef], tokens: list[Token],
                           lex: Lexicon) -> list[ActorMention]:
    """Who a passive opening a background clause happened to: the subject of the clause
    before ("Tiga prajurit TNI gugur setelah diserang KKB", "Three soldiers died after being
    attacked by rebels")."""
    j = trig.first - 1
    while j >= 0 and (lex.has("passive_auxiliaries", tokens[j].lower)
                      or lex.has("auxiliaries", tokens[j].lower)):
        j -= 1
    if j <= 0 or not lex.has("background", tokens[j].lower):
        return []
    before = [r for r in refs if r.last < j and r.marker is None]
    if not before or any(lex.has("clause_breaks", t.lower) for t in tokens[before[0].last + 1:j]):
        return []
    return flat([before[0]])


def _speakers_own(trig: TriggerMatch, report: Report | None, tokens: list[Token],
                  lex: Lexicon) -> bool:
    """True for a speaker's second act joined by "and" after what they said: "Mao Ning
    said the vessel had intruded ... and urged Manila to stop", "mengatakan ... dan mendesak
    Manila ...". Only acts of speech: "said police fired tear gas and beat supporters" is
    all reported."""
    if report is None or report.speaker is None or trig.rule.event not in SPEECH_ACTS:
        return False
    if not (report.verb_last < trig.first and report.speaker.last < report.verb_first):
        return False  # the speaker before the reporting verb, the act after what was said
    before = tokens[trig.first - 1].lower if trig.first > 0 else ""
    return before.isalpha() and lex.has("coordinators", before) and trig.first - 1 > report.verb_last + 1


def _genitive_actor(trig: TriggerMatch, noun: TriggerMatch, refs: list[MentionRef],
                    tokens: list[Token], lex: Lexicon) -> MentionRef | None:
    """Who does the act a noun trigger right after `trig` names: its genitive ("kunjungan |
    Presiden Taiwan", "the visit of | Taiwan's president"), for nouns whose genitive is the
    actor."""
    between = tokens[trig.last + 1:noun.first]
    if len(between) > 2 or any(not (lex.has("determiners", t.lower) or lex.has("adverbs", t.lower))
                               for t in between):
        return None
    j = noun.last + 1
    # "the arrest of activists | by police", "penangkapan aktivis | oleh polisi": the doer
    # after the one it was done to
    done_to = next((r for r in refs if r.first in (j, j + 1) and r.marker in (
        None, tokens[j].lower if j < len(tokens) else None)), None)
    if done_to is not None and done_to.last + 2 < len(tokens) and lex.has(
            "agent_markers", tokens[done_to.last + 1].lower):
        doer = next((r for r in refs if r.first == done_to.last + 2), None)
        if doer is not None:
            return doer
    by = j < len(tokens) and lex.has("agent_markers", tokens[j].lower)
    # (a meeting's or visit's noun names its participants; other nouns say which it is,
    # unless "by" says who did it: "the attack by gunmen")
    if not (by or (noun.rule.nominal and noun.rule.genitive == "actor")
            or noun.rule.event == "CONSULT"):
        return None
    if by or (j < len(tokens) and lex.has("genitive_markers", tokens[j].lower)):
        j += 1  # "the visit of | X", "the attack by | gunmen"
    return next((r for r in refs if r.first == j and r.mention.kind != "pronoun"), None)


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
    agent = flat(agent_of(trig, limit, refs, tokens, lex))
    if agent:
        actor = agent
    for r in object_of(trig, limit, refs, tokens, lex):
        if r is not after and r.marker and r.mention not in actor:
            recipient.append(r.mention)
    return actor, recipient


def _place_named_after(trig: TriggerMatch, refs: list[MentionRef], tokens: list[Token],
                       lex: Lexicon) -> bool:
    """A place's name right after the verb ("captured Bakhmut", "the town of Goma", "kota
    Goma"): capitalised, and no actor's."""
    j = trig.last + 1
    while j < len(tokens) and (lex.has("determiners", tokens[j].lower)
                               or lex.has("place_nouns", tokens[j].lower)):
        j += 1
    return (j < len(tokens) and tokens[j].text[:1].isupper()
            and not any(r.first <= j <= r.last for r in refs))


def _aimed_at_a_name(trig: TriggerMatch, limit: int, tokens: list[Token], lex: Lexicon) -> bool:
    """ "launched missiles at Kyiv", "menembakkan roket ke Israel": a preposition and a name
    after the verb in its clause, other than a body of water ("into the Sea of Japan")."""
    for k in range(trig.last + 1, min(limit, len(tokens)) - 1):
        if lex.has("clause_breaks", tokens[k].lower):
            return False
        if not (lex.has("recipient_markers", tokens[k].lower)
                or lex.has("locative_markers", tokens[k].lower)):
            continue
        j = k + 1
        while j < len(tokens) and lex.has("determiners", tokens[j].lower):
            j += 1
        if j < len(tokens) and lex.has("premises", tokens[j].lower):
            return True  # "ke gedung tersebut", "at a house": a building is a target
        if j < len(tokens) and tokens[j].text[:1].isupper() and not lex.has(
                "time_words", tokens[j].lower):  # "on Sunday" names a day, no target
            return not lex.has("waters", tokens[j].lower)
    return False


def _official_of_a_state(m: ActorMention) -> bool:
    """A state's official ("Defence Minister Sjafrie"), not the UN's or an NGO's."""
    return (m.country is not None and m.country not in OFFICIAL_COUNTRIES
            and m.sector in OFFICIAL_SECTORS)


def _domestic_actors(actor: list[ActorMention], recipient: list[ActorMention],
                     refs: list[MentionRef], lex: Lexicon) -> list[ActorMention]:
    """Unqualified actors are of the country their story is about.

    News introduces a foreign actor with its nationality; an actor named without one is of the
    country whose own people or institutions it deals with ("President Levy Mwanawasa reneged
    on his commitment to the Zambian people", "Judge X opened investigations against Chilean
    officials"), else of the only country its sentence names ("The Federal Minister for
    Interior allowed ..., according to the Pakistani Federal Secretary"). A country acted on
    by name ("threatened Russia") says nothing of who acts, nor does its embassy abroad
    ("mahasiswa berunjuk rasa di depan Kedutaan Besar Australia": `foreign_premises`).
    """
    if not actor or any(a.country or a.wikidata or a.kind in ("pronoun", "group") for a in actor):
        return actor
    if any(r.kind == "country" for r in recipient):
        return actor
    foreign = lex.cues.get("foreign_words", frozenset())
    if any(has_any_word(a.text, foreign) for a in actor):
        return actor  # "foreign journalists", "his counterpart": of no country said here
    abroad = lex.cues.get("foreign_premises", frozenset())
    if any(has_any_word(r.text, abroad) for r in recipient):
        return actor
    # (the UN, the EU, NGOs are no country whose own institutions they would be; a company
    # often works abroad: "villagers protested against a mine operated by a Chinese company")
    theirs = {r.country for r in recipient if r.country and r.country not in OFFICIAL_COUNTRIES
              and r.sector not in ABROAD_SECTORS}
    if not theirs:
        # (a known person elsewhere in the sentence is someone else, of their own country:
        # "Lord Grenville refused ..., and so did Tsar Alexander" says nothing of Grenville)
        theirs = {r.mention.country for r in refs
                  if r.mention.country and r.mention.country not in OFFICIAL_COUNTRIES
                  and r.mention.sector not in ABROAD_SECTORS
                  and not (r.mention.kind == "person" and r.mention.wikidata)}
    if len(theirs) != 1:
        return actor
    home = next(iter(theirs))
    return [replace(a, country=home) for a in actor]


def _not_self(actor: list[ActorMention], recipient: list[ActorMention]) -> list[ActorMention]:
    """Recipients other than the actor; a group holding the actor ("kedua negara") is no recipient."""
    mine = {_identity(a) for a in actor if a.country or a.name}  # unknowns are not "same"
    groups = {r.span for r in recipient if _identity(r) in mine and r.kind != "pronoun"}
    same_span_group = {sp for sp in groups if sum(1 for r in recipient if r.span == sp) > 1}
    # the actor's own country, named as a thing acted on ("the Pope removed the death
    # penalty from the Vatican law"), is where it happened, not someone else acted upon
    own = {a.country for a in actor if a.country}
    return [r for r in recipient
            if _identity(r) not in mine and r.span not in same_span_group
            and not (r.kind == "country" and r.country in own)]


def _identity(a: ActorMention) -> tuple[str | None, str | None]:
    """Who a mention is: its name, or for an unnamed one its country's sector ("The Sudanese
    government accused Darfur rebels", "Algerians pressed their demands on President
    Bouteflika's government": two actors of one country, not one)."""
    return a.country, a.name or (f"sector:{a.sector}" if a.sector else None)


def _unique(actors: list[ActorMention]) -> list[ActorMention]:
    seen, out = set(), []
    for a in actors:
        key = (a.span, a.country, a.name)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def spoken(trig: TriggerMatch, speaker: ActorMention) -> Coded:
    """A reporting verb that is an event itself ("ejek Obama", "Obama mocked"): the speaker's."""
    return Coded(trig, trig.rule.event, trig.rule.cameo, [speaker], [], True, speaker=speaker)


def absorb_coded(coded: list[Coded], tokens: list[Token], lex: Lexicon) -> list[Coded]:
    """Absorb once more by the events' final types ("blocked streets to demand reforms" is a
    protest only once its actors are known); intent to use force is a threat."""
    out: list[Coded] = []
    for c in coded:
        host = out[-1] if out else None
        if host is not None and c.event in ABSORBS.get(host.event, frozenset()) and (
                c.trig.first - host.trig.last <= ABSORB_WINDOW) and not any(
                lex.has("clause_breaks", t.lower) and not lex.has("complementizers", t.lower)
                for t in tokens[host.trig.last + 1:c.trig.first]):
            if host.event == "AGREE" and c.event in FORCEFUL:
                host.event, host.cameo = "THREATEN", THREAT_CAMEO.get(c.event, "130")
            continue
        out.append(c)
    return out
