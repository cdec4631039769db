"""Who is the actor and who the recipient of a trigger, from the clause around it.

Works on token positions only: mentions and triggers are token ranges of one sentence, and
the pack's cue words (coordinators, prepositions, clause breaks) say where clauses end.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from warta.coding.lexicon import Lexicon
from warta.coding.matcher import TriggerMatch
from warta.model import NON_STATE_CODES, ActorMention, Token

MAX_SUBJECT_GAP = 6  # tokens between a subject and its verb ("Rusia dengan tegas mendukung")
PLACE_PHRASE = 4  # words of a place's phrase before its noun ("di depan gedung | DPR")
MAX_APPOSITION = 14  # tokens of a ", a key U.S. ally in the war against terrorism," aside
MAX_OBJECT_GAP = 6  # tokens between a verb and an object it takes with a preposition
MAX_TIME_GAP = 3  # time words between a verb and its complement ("demanded on Friday that")
MAX_AIM_GAP = 12  # tokens between an act and whom it is aimed at, further in its clause
MAX_MEMBER_GAP = 3  # "Doctors | from two American | aid groups"
MAX_DIRECT_OBJECT_GAP = 3  # ... and a direct object ("menolak rencana mendirikan Albania": no)


@dataclass(slots=True)
class MentionRef:
    """An actor mention placed on the sentence's tokens."""

    mention: ActorMention
    first: int
    last: int
    marker: str | None  # the preposition right before it, if any ("dengan", "by")


def place_mentions(mentions: list[ActorMention], tokens: list[Token], lex: Lexicon
                   ) -> list[MentionRef]:
    """Map mentions to token ranges and note the preposition each follows."""
    refs = []
    starts = [t.start for t in tokens]
    # a token may run past the mention ("Turkey's" holds "Turkey"): it belongs to it
    ranges = [(m, bisect_left(starts, m.span[0]), bisect_left(starts, m.span[1]) - 1)
              for m in mentions]
    placed: dict[int, str | None] = {}  # mentions a place hangs off: their last token -> it
    for m, first, last in ranges:
        if first > last:
            continue
        if m.kind == "country" and _names_a_place(tokens, last + 1, lex):
            continue  # "the Bosnian town of Gorazde", "the Thai border": a place, no actor
        if m.country and (
                (first and lex.has("ethnic_markers", tokens[first - 1].lower))
                or (m.sector == "CVL" and any(lex.has("ethnic_nouns", tokens[i].lower)
                                              for i in range(first, last + 1)))):
            # "ethnic Albanians in Serbia", "the Albanian population of the province": a
            # people, not a state; they are of where they live
            m = replace(m, country=None)
        marker = None
        j = first - 1
        while j >= 0 and (lex.has("determiners", tokens[j].lower)
                          or lex.has("premodifiers", tokens[j].lower)
                          or _participle_after_determiner(tokens, j, lex)):
            j -= 1  # "to the war-torn | Mozambique": the preposition is still its marker
        if j >= 0:
            low = tokens[j].lower
            for cue in ("agent_markers", "recipient_markers", "locative_markers", "source_markers",
                        "modifier_markers"):
                if lex.has(cue, low):
                    marker = low
            if (marker is None and m.kind == "country" and lex.has("place_of_markers", low)
                    and any(f <= j - 1 <= la for _, f, la in ranges)):
                marker = low  # "Palestinians of the West Bank": where they are, no actor
                placed[j - 1] = m.country
        refs.append(MentionRef(m, first, last, marker))
    refs.sort(key=lambda r: r.first)
    for k, r in enumerate(refs if placed else ()):
        m = r.mention
        if m.kind == "country" and m.sector == "CVL" and placed.get(r.last):
            # "the Albanians of southern Serbia": a people named by where it lives is of
            # that place, as "ethnic Albanians in Serbia" are
            refs[k] = MentionRef(replace(m, country=placed[r.last]), r.first, r.last, r.marker)
    return refs


def _names_a_place(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True when the words from k on make a nationality adjective before them describe a
    place: a boundary ("the Thai border") or a place the text names ("the Bosnian town of
    Gorazde"). Unnamed places stand for their country ("shell Iraqi towns")."""
    if k >= len(tokens) or tokens[k - 1].lower.endswith(("'s", "’s")):
        return False  # "Macedonia's border with Bulgaria": the state, owner of the border
    low = tokens[k].lower
    return lex.has("boundary_nouns", low) or (
        lex.has("settlement_nouns", low) and k + 2 < len(tokens)
        and lex.has("place_of_markers", tokens[k + 1].lower) and tokens[k + 2].text[:1].isupper())


def _participle_after_determiner(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """True for a describing participle between a determiner and a name: "from the
    defeated | Fatah Party", "against the outlawed | PKK" (endings: `premodifier_endings`)."""
    endings = lex.cues.get("premodifier_endings")
    low = tokens[j].lower
    return bool(endings and j > 0 and lex.has("determiners", tokens[j - 1].lower)
                and low.isalpha() and any(low.endswith(e) for e in endings))


def _is_break(tok: Token, lex: Lexicon) -> bool:
    return lex.has("clause_breaks", tok.lower)


def _is_preposition(tok: Token, lex: Lexicon) -> bool:
    low = tok.lower
    return (lex.has("recipient_markers", low) or lex.has("locative_markers", low)
            or lex.has("agent_markers", low))


def _quantity(between: list[Token], k: int) -> bool:
    """ "rescued over 700 asylum seekers": a preposition before a number is a quantity word."""
    return k + 1 < len(between) and between[k + 1].lower[:1].isdigit()


def _is_verb(tok: Token, lex: Lexicon) -> bool:
    """A verb by its affix, in languages whose packs name verbal prefixes ("me-", "di-")."""
    return tok.stem != tok.lower and tok.lower.startswith(lex.verb_prefixes) \
        if lex.verb_prefixes else False


def _coordinated_left(ref: MentionRef, refs: list[MentionRef], tokens: list[Token],
                      lex: Lexicon) -> list[MentionRef]:
    """`ref` plus the mentions joined to its left by "dan", "serta", "and", ","."""
    group = [ref]
    cur = ref
    while True:
        j = cur.first - 1
        if j < 1 or not lex.has("coordinators", tokens[j].lower):
            return group
        if j > 1 and tokens[j - 1].text == "," and lex.has("coordinators", tokens[j].lower):
            j -= 1  # "The US, Russia, and Switzerland": the list's last comma and "and"
        prev = next((r for r in refs if r.last == j - 1), None)
        if prev is None or cur.mention.kind == "pronoun" or prev.mention.kind == "pronoun":
            return group
        group.insert(0, prev)
        cur = prev


def coordinated_right(ref: MentionRef, refs: list[MentionRef], tokens: list[Token],
                      lex: Lexicon, limit: int | None = None) -> list[MentionRef]:
    """`ref` plus the mentions joined to its right by coordinators, up to token `limit`.

    ("... without returning to Kyrgyzstan, the Parliament speaker said": the comma ends the
    reported content, and its speaker is nobody's recipient.)
    """
    group = [ref]
    cur = ref
    while True:
        j = cur.last + 1
        if j >= len(tokens) - 1 or not lex.has("coordinators", tokens[j].lower):
            return group
        nxt = next((r for r in refs if r.first == j + 1 and r.marker is None), None)
        if nxt is None or nxt.mention.kind == "pronoun" or (limit is not None
                                                             and nxt.first >= limit):
            return group
        group.append(nxt)
        cur = nxt


def subject_of(trig: TriggerMatch, prev: TriggerMatch | None, refs: list[MentionRef],
               tokens: list[Token], lex: Lexicon, floor: int) -> list[MentionRef] | None:
    """The subject mentions of a trigger; None means "same subject as the previous trigger"."""
    modified = _modified_by_participle(trig, refs, tokens, lex, floor)
    if modified is not None:  # "fired tear gas at protesters demanding ...": the protesters
        return [modified]
    if prev is not None and _participle_clause(trig, tokens, lex):
        return None  # "raided the camp, killing three Palestinians": the raiders killed
    appositive = _before_apposition(trig, refs, tokens, lex, floor)
    if appositive is not None:  # "Pakistan, a key U.S. ally in the war, has refused ..."
        return [r for r in _coordinated_left(appositive, refs, tokens, lex) if r.first >= floor]
    left = [r for r in refs if floor <= r.first and r.last < trig.first and r.marker is None
            and not _bracketed(tokens, r.first)]
    if not left:
        return None if prev is not None else []
    near = left[-1]
    between = _unbracketed(tokens[near.last + 1: trig.first])
    if any(_is_break(t, lex) for t in between):
        return None if prev is not None and prev.first > near.last else []
    if prev is not None and near.first > prev.last and (
            any(lex.has("coordinators", t.lower) for t in between)):
        return None  # "X mendukung Y, dan menentang Z": Y is the object of the first verb
    if prev is not None and near.last < prev.first:
        return None  # the subject stands before the previous verb: shared
    if prev is not None and near.first > prev.last and any(
            lex.has("locative_markers", t.lower) for t in between):
        # "wounded two British soldiers in a bomb attack": a noun in a phrase of the
        # previous clause, whose object is no one's subject
        return None
    if prev is not None and near.first > prev.last:
        # "buruh berunjuk rasa di depan gedung DPR menolak ...", "workers rallied outside
        # parliament rejecting ...": the place of the previous verb is no subject
        # (the mention closes the place's phrase: "offensive in its war with Iraq unless
        # Baghdad accepted" has Baghdad past it)
        lead = tokens[max(prev.last + 1, near.first - PLACE_PHRASE): near.first]
        if any(lex.has("locative_markers", t.lower) for t in lead) and not any(
                _is_break(t, lex) or t.text == "," or lex.has("coordinators", t.lower)
                or (lex.has("recipient_markers", t.lower)
                    and not lex.has("locative_markers", t.lower)) for t in lead):
            return None
    # the words of a mention hanging off the subject ("Doctors | from two American aid
    # groups | donated") are part of its noun phrase, not distance from the verb
    inside = {id(tokens[k]) for r in refs if r.marker and near.last < r.first < trig.first
              for k in range(r.first, r.last + 1)}
    gap = sum(1 for t in between if id(t) not in inside)
    if gap > MAX_SUBJECT_GAP and not (
            floor > 0 and near.first <= floor + 1
            and any(lex.has("coordinators", t.lower) for t in between)):
        # far from its verb, a mention is its subject only as the subject of a reported
        # clause whose verbs are coordinated: "mengatakan polisi telah menggunakan gas air
        # mata serta memukuli pendukung partai"
        return []
    # a list stops at the start of a reported clause: "Menurut Kapolri, pelaku ..." is no
    # list of Kapolri and the culprit, and at the previous verb's words: "Untuk memukul
    # mundur massa, aparat menyemprotkan ...": the crowd is no subject beside the police
    start = max(floor, prev.last + 1) if prev is not None else floor
    return [r for r in _coordinated_left(near, refs, tokens, lex) if r.first >= start]


def _unbracketed(between: list[Token]) -> list[Token]:
    """The tokens outside parentheses: "The ILO (International Labor Office) reiterated"."""
    out, depth = [], 0
    for t in between:
        if t.text == "(":
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(t)
    return out if not depth else between


def _bracketed(tokens: list[Token], i: int) -> bool:
    """Is token i inside an opened, unclosed parenthesis before it (an acronym, an aside)?"""
    depth = 0
    for t in tokens[:i]:
        depth += (t.text == "(") - (t.text == ")" and depth > 0)
    return depth > 0


def _modified_by_participle(trig: TriggerMatch, refs: list[MentionRef], tokens: list[Token],
                            lex: Lexicon, floor: int) -> MentionRef | None:
    """The noun a participle right after it describes, whatever marks the noun: "at
    protesters | demanding", "pengunjuk rasa | yang menuntut" (`participle_endings`,
    `relativizers`)."""
    j = trig.first - 1
    if j > floor and lex.has("relativizers", tokens[j].lower):
        j -= 1
    elif not _is_participle(trig, tokens, lex):
        return None
    ref = next((r for r in refs if r.last == j and r.first >= floor), None)
    # a marked noun only: an unmarked one before the verb is its subject the usual way
    return ref if ref is not None and ref.marker is not None else None


def _participle_clause(trig: TriggerMatch, tokens: list[Token], lex: Lexicon) -> bool:
    """True for a participle opening a clause after a comma (", killing ..."): it has the
    subject of the clause before it, not the noun the comma follows."""
    return trig.first > 0 and tokens[trig.first - 1].text == "," and _is_participle(
        trig, tokens, lex)


def _is_participle(trig: TriggerMatch, tokens: list[Token], lex: Lexicon) -> bool:
    """Does the trigger start with a participle (`participle_endings`: "demanding")?"""
    head = tokens[trig.token_ids[0]].lower
    return trig.token_ids[0] == trig.first and any(
        head.endswith(e) for e in lex.cues.get("participle_endings", frozenset()))


def _before_apposition(trig: TriggerMatch, refs: list[MentionRef], tokens: list[Token],
                       lex: Lexicon, floor: int) -> MentionRef | None:
    """The mention before a ", ... ," aside that stands right before the verb."""
    j = trig.first - 1
    while j >= floor and (lex.has("auxiliaries", tokens[j].lower)
                          or lex.has("adverbs", tokens[j].lower)):
        j -= 1
    if j < floor or tokens[j].text != ",":
        return None
    for k in range(j - 1, max(floor, j - MAX_APPOSITION) - 1, -1):
        if tokens[k].text == ",":
            subject = next((r for r in refs if r.last == k - 1 and r.marker is None), None)
            # an aside holds no verb of its own ("X, who ..., said" is another structure),
            # unless it is a relative clause on the subject: "Macron, who arrived in Jakarta
            # on Wednesday, met Prabowo"
            return subject if subject and subject.first >= floor else None
        if _is_break(tokens[k], lex) and not (
                tokens[k - 1].text == "," and lex.has("relativizers", tokens[k].lower)):
            return None
    return None


def object_of(trig: TriggerMatch, limit: int, refs: list[MentionRef], tokens: list[Token],
              lex: Lexicon, through_complement: bool = False) -> list[MentionRef]:
    """The mentions a trigger acts on: the first one after it in its clause, with its list.

    With `through_complement`, "demanded that the US cancel ..." gives the US: the subject of
    the demanded (accused, refused) clause is who the demand is addressed to.
    """
    # "give Tanzania a grant": a mention in the pattern's gap; "mengusir diplomat Korea Utara":
    # a mention that starts inside the pattern's words
    # ("lodged an official protest", "hold a general strike": a bare sector word in the gap
    # describes the noun, it is no one acted on)
    inside = [r for r in refs if trig.first < r.first <= trig.last
              and (trig.rule.gap_object
                   or not (r.mention.kind == "sector" and r.mention.country is None))]
    if inside:
        return inside
    nxt = trig.last + 1
    while through_complement and nxt < min(len(tokens), trig.last + 1 + MAX_TIME_GAP) and (
            lex.has("time_words", tokens[nxt].lower) or lex.has("adverbs", tokens[nxt].lower)):
        nxt += 1  # "demanded Friday that the United States ...", "menuntut hari ini agar ..."
    if through_complement and nxt < len(tokens) and lex.has("complementizers", tokens[nxt].lower):
        after = [r for r in refs if nxt < r.first < limit and r.first - nxt <= 3 and (
            r.marker is None or lex.has("recipient_markers", r.marker))]
        if after and not any(_is_break(t, lex) and not lex.has("complementizers", t.lower)
                             for t in tokens[nxt:after[0].first]):
            return coordinated_right(after[0], refs, tokens, lex, limit)
    for r in refs:
        if r.first <= trig.last or r.first >= limit:
            continue
        if r.marker and lex.has("agent_markers", r.marker):
            continue
        attack = trig.rule.event == "ASSAULT"
        # "bom di Kedutaan Besar Australia": the building named as the place is the target
        named_premises = attack and lex.has("premises", tokens[r.first].lower)
        if r.marker and lex.has("locative_markers", r.marker) and not lex.has(
                "recipient_markers", r.marker) and not named_premises:
            continue
        between = tokens[trig.last + 1: r.first]
        marked = r.marker is not None and lex.has("recipient_markers", r.marker)
        premises = named_premises or (attack and _at_premises(between, lex))
        # an amount says how much, not who: "bantuan senilai 2 juta dolar AS kepada korban"
        wordy = [t for t in between if not (t.lower[:1].isdigit() or lex.has("amounts", t.lower))]
        if any(_is_break(t, lex) for t in between) or len(wordy) > (
                MAX_OBJECT_GAP if marked or premises else MAX_DIRECT_OBJECT_GAP):
            return []
        if not marked and r.mention.kind != "sector" and any(
                lex.has("coordinators", t.lower) for t in between):
            # "melarang impor unggas dan Financial Times melaporkan": after "and" the
            # mention starts another clause, it is not what was banned
            return []
        if not marked and not premises and any((_is_preposition(t, lex) and not _quantity(between, k))
                              or _is_verb(t, lex) for k, t in enumerate(between)):
            # "menghapus hukuman mati dari hukum Vatikan", "menolak rencana mendirikan
            # Albania": the mention belongs to a phrase inside the object, not to the verb
            continue
        if r.mention.country is None and r.mention.kind == "sector":
            # "offered its troops to Lebanon": a thing given, then who receives it
            later = marked_after(r, limit, refs, tokens, lex)
            if later is not None:
                return coordinated_right(later, refs, tokens, lex, limit)
        return coordinated_right(r, refs, tokens, lex, limit)
    return []


def _at_premises(between: list[Token], lex: Lexicon) -> bool:
    """ "meledakkan bom di markas | Partai Republik": an attack at someone's headquarters,
    office or embassy is an attack on them. `between` ends right before the owner."""
    words = [t.lower for t in between[-3:]]
    for k in range(len(words) - 1):
        if (lex.has("locative_markers", words[k]) and lex.has("premises", words[k + 1])
                and len(words) - k <= 3):
            return True
    return False


def aimed_at(trig: TriggerMatch, limit: int, refs: list[MentionRef], tokens: list[Token],
             lex: Lexicon, through_complement: bool = False, authored: bool = False
             ) -> list[MentionRef]:
    """Whom an act is aimed at when no object stands right after it: the first mention of a
    known country later in its clause, with its list ("demanded an immediate admission by
    Moscow", "threatened to shell Iraqi towns", "rejected recent calls by Belarus's rulers").

    With `through_complement`, the clause goes on past "that" ("demanded Friday that the
    United States ..."). With `authored`, only a mention that names whose the act's object is
    counts: one rejects calls by Belarus, not "the plan for establishing an independent Albania".
    """
    for r in refs:
        if r.first <= trig.last:
            continue
        if r.first >= limit or r.first - trig.last > MAX_AIM_GAP:
            return []
        if any(_is_break(t, lex) and not (through_complement and lex.has("complementizers", t.lower))
               for t in tokens[trig.last + 1:r.first]):
            return []
        if r.mention.country is not None and (not authored or _author(r, tokens, lex)):
            return coordinated_right(r, refs, tokens, lex, limit)
    return []


def _author(ref: MentionRef, tokens: list[Token], lex: Lexicon) -> bool:
    """A mention that names whose a thing is: "calls by Belarus", "an offer from X", "Serbia's"."""
    marked = ref.marker is not None and (lex.has("agent_markers", ref.marker)
                                         or lex.has("source_markers", ref.marker))
    last = tokens[ref.last].lower
    possessive = last.endswith(("'s", "’s")) or (
        ref.last + 1 < len(tokens) and tokens[ref.last + 1].lower in ("'s", "’s", "'"))
    return marked or possessive


def marked_after(ref: MentionRef, limit: int, refs: list[MentionRef], tokens: list[Token],
                 lex: Lexicon) -> MentionRef | None:
    """A mention with a country after a recipient preposition, soon after `ref`."""
    for r in refs:
        if (ref.last < r.first < limit and r.first - ref.last <= MAX_OBJECT_GAP
                and r.marker and lex.has("recipient_markers", r.marker) and r.mention.country
                and not any(_is_break(t, lex) for t in tokens[ref.last + 1:r.first])):
            return r
    return None


def agent_of(trig: TriggerMatch, limit: int, refs: list[MentionRef], tokens: list[Token],
             lex: Lexicon) -> list[MentionRef]:
    """The agent of a passive verb: "oleh polisi", "by police"."""
    for r in refs:
        if (trig.last < r.first < limit and r.marker and lex.has("agent_markers", r.marker)
                and r.first - trig.last <= MAX_OBJECT_GAP + 2):
            return coordinated_right(r, refs, tokens, lex, limit)
    return []


def is_passive(trig: TriggerMatch, tokens: list[Token], lex: Lexicon) -> bool:
    """A passive verb: a passive prefix ("di-") or an auxiliary before a participle ("was arrested")."""
    if trig.rule.nominal:
        return False
    head = tokens[trig.token_ids[0]]
    for prefix in lex.cues.get("passive_prefixes", frozenset()):
        # the first verb of the pattern carries the voice: "rapat dihadiri oleh ..."
        for tok in (tokens[i] for i in trig.token_ids):
            if lex.has("compelled", tok.lower):
                continue  # "dipaksa mundur": the one forced is who retreats, no passive of it
            if tok.lower.startswith(prefix) and tok.stem != tok.lower and not tok.stem.startswith(prefix):
                return True
    if lex.cues.get("passive_auxiliaries"):
        j = trig.first - 1
        while j >= 0 and lex.has("adverbs", tokens[j].lower):
            j -= 1
        if (j >= 0 and lex.has("passive_auxiliaries", tokens[j].lower)
                and head.lower != head.stem and not head.lower.endswith("ing")):
            return True
    return False


def merge_modifiers(refs: list[MentionRef], tokens: list[Token], busy: set[int],
                    lex: Lexicon, text: str) -> list[MentionRef]:
    """A country word right before an actor it describes becomes that actor's country.

    "The Latvian | Constitutional Court", "Taiwan's | Vice Foreign Minister", "Palestinian
    leader | Yasser Arafat": the country names the nationality of the next mention, which the
    knowledge files did not compose. At most two plain words may stand between; trigger words,
    prepositions and coordinators may not.
    """
    out: list[MentionRef] = []
    for r in refs:
        prev = out[-1] if out else None
        describes = prev is not None and r.mention.country is None and r.marker is None and (
            (prev.mention.kind == "country" and r.mention.kind in ("sector", "person", "org", "name"))
            # "Perdana Menteri Inggris baru | Lord Grenville": a title with its country, a name
            or (prev.mention.kind == "sector" and prev.mention.country is not None
                and r.mention.kind in ("name", "person") and r.mention.wikidata is None))
        if prev is not None and describes:
            gap = tokens[prev.last + 1:r.first]
            if _commander_link(prev, gap, lex) or (len(gap) <= 2 and not any(
                    i in busy or _is_break(tokens[i], lex) or lex.has("coordinators", tokens[i].lower)
                    or lex.has("recipient_markers", tokens[i].lower)
                    or lex.has("locative_markers", tokens[i].lower) or not tokens[i].text[:1].isalpha()
                    for i in range(prev.last + 1, r.first))):
                m = r.mention
                span = (prev.mention.span[0], m.span[1])
                title_sector = prev.mention.sector if prev.mention.kind == "sector" else None
                merged = replace(m, text=text[span[0]:span[1]], span=span,
                                 country=prev.mention.country, sector=m.sector or title_sector,
                                 kind="person" if m.kind == "name" else m.kind)
                out[-1] = MentionRef(merged, prev.first, r.last, prev.marker)
                continue
        if prev is not None and _holder_apposed(prev, r, tokens, busy, lex):
            # "Menteri Pertahanan Amerika Serikat, Robert Gates, bertemu ...": the title's
            # holder, one actor; a known person keeps their identity
            m, title = r.mention, prev.mention
            span = (title.span[0], m.span[1])
            merged = replace(m, text=text[span[0]:span[1]], span=span,
                             country=m.country or title.country, sector=m.sector or title.sector,
                             kind="person")
            out[-1] = MentionRef(merged, prev.first, r.last, prev.marker)
            continue
        out.append(r)
    return _members_of(_apposed(out, tokens, busy, lex), tokens, lex)


def _holder_apposed(prev: MentionRef, r: MentionRef, tokens: list[Token], busy: set[int],
                    lex: Lexicon) -> bool:
    """True for a singular title and, set off by a comma, a name that closes the aside or
    stands before the verb ("The US defence secretary, Robert Gates, met ...")."""
    title, m = prev.mention, r.mention
    if not (title.kind == "sector" and title.name is None and not title.plural
            and title.sector is not None and m.kind in ("person", "name") and r.marker is None):
        return False
    if r.first != prev.last + 2 or tokens[prev.last + 1].text != ",":
        return False
    if title.country and m.country and title.country != m.country:
        return False  # "the Chinese foreign minister, Sergey Lavrov": two people
    after = r.last + 1
    return after < len(tokens) and (tokens[after].text == "," or after in busy)


def _apposed(refs: list[MentionRef], tokens: list[Token], busy: set[int], lex: Lexicon
             ) -> list[MentionRef]:
    """An unknown name takes what the aside after it says it is: "Salaheddine Sidhoum,
    Algeria's leading human rights activist, staged ..." is an Algerian activist (OPP)."""
    out = list(refs)
    for k, r in enumerate(out):
        m = r.mention
        if m.kind != "name" or m.sector is not None or r.last + 1 >= len(tokens) or (
                tokens[r.last + 1].text != ","):
            continue
        end = next((i for i in range(r.last + 2, min(len(tokens), r.last + 2 + MAX_APPOSITION))
                    if tokens[i].text == ","), None)
        if end is None or any(i in busy or _is_break(tokens[i], lex)
                              or lex.has("coordinators", tokens[i].lower)
                              for i in range(r.last + 2, end)):
            continue  # no closed aside, or an aside with a verb or a list in it
        aside = [q.mention for q in out[k + 1:] if q.last < end]
        # what the aside calls the name: a title ("activist") or the body it serves ("the
        # United Nations Emergency Relief Coordinator"); another known person makes it no
        # description of this one ("X, a friend of President Y,")
        titles = [a for a in aside if a.kind in ("sector", "org")]
        if titles and not any(a.kind == "person" for a in aside):
            country = m.country or next((a.country for a in titles if a.country), None)
            sector = next((a.sector for a in reversed(titles) if a.sector), None)
            out[k] = MentionRef(replace(m, sector=sector, country=country, kind="person"),
                                r.first, r.last, r.marker)
    return out


def _members_of(refs: list[MentionRef], tokens: list[Token], lex: Lexicon) -> list[MentionRef]:
    """Unnamed people of a named body take its country: "Doctors from two American aid
    groups", "Leaders of the Azadliq opposition coalition", "Palestinians of the West Bank"."""
    out = list(refs)
    for k, r in enumerate(out[:-1]):
        nxt = out[k + 1]
        m = r.mention
        # (bodies that are no state: their members keep a country of their own)
        if (m.kind != "sector" or m.country is not None or nxt.mention.country is None
                or nxt.mention.country in NON_STATE_CODES):
            continue
        gap = tokens[r.last + 1:nxt.first]
        # the link word, then at most determiners and describing words ("two", "the defeated")
        if len(gap) <= MAX_MEMBER_GAP and gap and lex.has("member_links", gap[0].lower) and not any(
                _is_break(t, lex) or lex.has("coordinators", t.lower) for t in gap):
            out[k] = MentionRef(replace(m, country=nxt.mention.country), r.first, r.last, r.marker)
    return out


def _commander_link(unit: MentionRef, gap: list[Token], lex: Lexicon) -> bool:
    """ "British forces under the command of | General X": a unit and its commander, one actor."""
    if unit.mention.kind != "sector" or not gap:
        return False
    words = tuple(t.lower for t in gap)
    return (words in lex.phrase_cues.get("commander_links", ())
            or (len(words) == 1 and lex.has("commander_links", words[0])))
