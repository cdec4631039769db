"""Compose adjacent lexicon pieces into actor mentions ("Presiden Rusia Vladimir Putin").

The scan marks what each token span means (title, country, person ...); composition
groups adjacent pieces into runs and gives each run the most specific identity.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from warta.actors import lexicon as lx
from warta.actors.knowledge import OFFICE_SECTORS, knowledge
from warta.model import NON_STATE_CODES, ActorMention

CAP, PARTICLE, OTHER = "cap", "particle", "other"
CONTENT = frozenset({lx.PERSON, lx.ORG, lx.COUNTRY, lx.ADJ, lx.PEOPLE, lx.CAPITAL, lx.CITY,
                     lx.TITLE, lx.RANK, lx.NOUN, lx.GROUP, lx.WEAPON, CAP})
PLACES = frozenset({lx.COUNTRY, lx.CAPITAL, lx.CITY})
NATIONAL = PLACES | {lx.ADJ, lx.PEOPLE}  # pieces that name a country ("Rwanda's", "Amerika")
# What an envoy is posted to ("ambassador to | the US", "to the UN"); not "summoned China's
# ambassador to | the foreign ministry".
POSTS = NATIONAL | {lx.ORG}
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})  # bodies every state has
NAMEABLE = frozenset({lx.TITLE, lx.RANK})
_CONTENT_DET = CONTENT | {lx.DET}
_CONTENT_DET_OF = CONTENT | {lx.DET, lx.OF}
# Pieces that can be a whole actor: a "former" word after one is the sentence's verb
# ("ousted", "deposed"), not a description of the office that follows.
_ACTING = frozenset({lx.NOUN, lx.PERSON, lx.ORG, CAP})


@dataclass(slots=True)
class Piece:
    """A token span of the sentence and what it means."""

    kind: str
    value: str
    i: int  # first token
    j: int  # one past the last token
    role: str = ""  # "" | "place" (country from a locative) | "target" (counterpart)


# The piece of an ordinary word. Shared by every such token (speed, issue 10: most tokens
# are ordinary words): nothing reads an OTHER piece's span or changes an OTHER piece
# (roles are set on content pieces only, _absorb_proper_names retypes content pieces only),
# so its i and j are left meaningless.
_OTHER = Piece(OTHER, "", -1, -1)


def scan(lex: lx.Lexicon, toks: list[lx.Token]) -> list[Piece]:
    """One left-to-right pass: the longest entry at each token, else the token's shape."""
    out: list[Piece] = []
    keys = [t.key for t in toks]
    index, particles = lex.index, lex.particles
    i, n = 0, len(toks)
    while i < n:
        # Most words start no entry: one dict test before the full probe.
        if keys[i] in index or not index:
            entry = lx.match_at(lex, toks, i, keys)
            if entry is not None and entry.kind == lx.POSTMOD and toks[i].text[:1].isupper():
                entry = None  # "Orde Baru": a capitalised adjective belongs to a name
            if entry is not None:
                j = i + len(entry.keys)
                kind, value = entry.kind, entry.value
                if kind in (lx.ADJ, lx.COUNTRY) and j + 1 < n and toks[j].text == "-" \
                        and toks[j].start == toks[j - 1].end:
                    if keys[j + 1] in lex.owned_by:
                        j += 2  # "a Vietnamese-flagged boat", "a US-based group": its country
                    elif keys[j + 1] in lex.backed_by:
                        # "Iran-backed militias": the backer's country is not the militias'
                        j, kind, value = j + 2, lx.DET, ""
                out.append(Piece(kind, value, i, j))
                i = j
                continue
        first = toks[i].text[:1]
        if first.isupper() and first.isalpha():
            out.append(Piece(CAP, "", i, i + 1))
        elif keys[i] in particles:
            out.append(Piece(PARTICLE, "", i, i + 1))
        else:
            out.append(_OTHER)  # most tokens: one shared piece, nothing to build
        i += 1
    _absorb_proper_names(out, toks)
    return out


def _absorb_proper_names(pieces: list[Piece], toks: list[lx.Token]) -> None:
    """A known word inside an unknown capitalised name is part of that name.

    ("Balai Agung Rakyat Beijing", "Piagam PBB": neither "rakyat" nor "Beijing" is an actor.)
    """
    for k in range(1, len(pieces)):
        p, prev = pieces[k], pieces[k - 1]
        if prev.kind != CAP or prev.i == 0 or p.kind in (CAP, lx.PERSON, lx.TITLE, lx.RANK):
            continue
        if p.kind in CONTENT and toks[p.i].text[:1].isupper():
            p.kind = CAP


def runs(pieces: list[Piece], toks: list[lx.Token], lex: lx.Lexicon,
         standalone: bool = False) -> list[list[Piece]]:
    """Group adjacent pieces that form one actor phrase."""
    out: list[list[Piece]] = []
    cur: list[Piece] = []

    def close() -> None:
        if not _org_sector(cur, toks, lex):
            while cur and cur[0].kind == CAP:
                cur.pop(0)  # "Sebagai negara": a capitalised word before a noun is no name
        while cur and ((cur[-1].kind not in CONTENT
                        and not (len(cur) > 1 and _describes_noun(cur[-2], cur[-1], lex)))
                       or (len(cur) > 1 and cur[-1].kind == lx.ADJ and _hyphened(cur[-1], toks))):
            cur.pop()  # "Palestinians of the | Israeli-occupied": the adjective is a word's
        while cur and cur[-1].kind == CAP and not _named(cur, toks, lex):
            cur.pop()  # a capitalised word not after a title is no actor of ours
        if any(p.kind in CONTENT and p.kind != CAP for p in cur) or _named(cur, toks, lex):
            out.append(cur.copy())
        cur.clear()

    k = 0
    while k < len(pieces):
        p = pieces[k]
        if p.kind == OTHER and not cur:
            k += 1  # an ordinary word outside any run: every branch below would pass it by
            continue
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        kinds = {q.kind for q in cur}
        if (p.kind == CAP and cur and cur[-1].kind == lx.FORMER and nxt is not None
                and nxt.kind in (lx.TITLE, lx.RANK)):
            # "Former Socialist prime minister X": a party word describing the office held
            p.kind = lx.DET
        if (p.kind == CAP and lex.head == "last" and not cur and nxt is not None
                and nxt.kind == lx.NOUN and toks[nxt.i].text[:1].islower()
                and (k == 0 or pieces[k - 1].kind not in (CAP, PARTICLE))):
            # "Angry activists", "with Kurdish militants": where heads come last, one
            # capitalised word before a common noun describes it; it is no name
            p.kind = lx.DET
        if p.kind == CAP and not (kinds & NAMEABLE or (cur and cur[-1].kind in (CAP, PARTICLE))
                                  or _org_head(p, toks, lex)
                                  or (cur and cur[-1].kind in (lx.ADJ, lx.COUNTRY)
                                      and _org_ahead(pieces, k, toks, lex))
                                  or (cur and cur[-1].kind in (lx.ORG, lx.NOUN)
                                      and _org_head(cur[-1], toks, lex))
                                  or (cur and cur[-1].kind == lx.OF and _has_head(cur, toks, lex))):
            if cur:
                close()
            if k + 1 < len(pieces) and (p.i > 0 or standalone):
                cur.append(p)  # may start a named organisation ("Ministry of ...")
            k += 1
            continue
        if p.kind == lx.FORMER and lex.head == "last" and cur and cur[-1].kind in _ACTING:
            # "the army ousted President X": the sentence's verb, between two actors (where
            # the head comes first, "pendukung mantan Presiden X" is one phrase)
            close()
        elif p.kind in CONTENT or p.kind in (lx.FORMER, lx.DET):
            if p.kind == lx.PERSON and lx.PERSON in kinds:
                close()
            cur.append(p)
        elif (p.kind == lx.POSTMOD and kinds & NAMEABLE and nxt
              and nxt.kind in (CAP, lx.PERSON, lx.TITLE, lx.RANK)):
            cur.append(p)  # "Perdana Menteri Inggris baru Lord Grenville"
        elif cur and _describes_noun(cur[-1], p, lex):
            cur.append(p)  # "jurnalis asing", "pemerintah baru": the noun's describing word
        elif ((p.kind == PARTICLE and cur and cur[-1].kind == CAP and nxt and nxt.kind == CAP)
              or (p.kind in (lx.OF, lx.POSS) and cur and nxt
                  and (nxt.kind in _CONTENT_DET or nxt.kind == lx.FORMER))):
            cur.append(p)
        elif (p.kind == lx.COUNTERPART and nxt and nxt.kind in _CONTENT_DET and any(
                q.kind == lx.TITLE and toks[k2].key in lex.envoy_words
                for q in cur for k2 in range(q.i, q.j)) and _next_is(pieces, k + 1, POSTS)):
            cur.append(p)
            k += 1
            while k < len(pieces) and pieces[k].kind in _CONTENT_DET_OF:
                pieces[k].role = "target"
                cur.append(pieces[k])
                k += 1
            close()
            continue
        elif (p.kind == lx.LOC and not kinds & {lx.PERSON, lx.ORG}
              and (lx.NOUN in kinds or (lx.TITLE in kinds and kinds & NATIONAL
                                        and toks[p.i].key in lex.office_locatives))
              and _next_is(pieces, k + 1, PLACES)):
            cur.append(p)
            k += 1
            while k < len(pieces) and pieces[k].kind == lx.DET:
                cur.append(pieces[k])
                k += 1
            pieces[k].role = "place"
            cur.append(pieces[k])
            k += 1
            close()
            continue
        else:
            if cur:
                close()
        k += 1
    if cur:
        close()
    return out


def _describes_noun(noun: Piece, p: Piece, lex: lx.Lexicon) -> bool:
    """True for a describing word right after a group noun where heads come first
    ("jurnalis | asing", "pemerintah | baru"): it belongs to the noun's phrase."""
    return lex.head == "first" and p.kind == lx.POSTMOD and noun.kind in (lx.NOUN, lx.TITLE)


def _hyphened(p: Piece, toks: list[lx.Token]) -> bool:
    """True when a hyphen joins the piece to the next word ("Israeli-occupied")."""
    return (p.j < len(toks) and toks[p.j].text in ("-", "–")
            and toks[p.j].start == toks[p.j - 1].end)


def _next_is(pieces: list[Piece], k: int, kinds: frozenset[str]) -> bool:
    """True when the first piece from k on past determiners is of one of the `kinds`."""
    while k < len(pieces) and pieces[k].kind == lx.DET:
        k += 1
    return k < len(pieces) and pieces[k].kind in kinds


def _org_ahead(pieces: list[Piece], k: int, toks: list[lx.Token], lex: lx.Lexicon) -> bool:
    """True when the capitalised words from piece k on name an organisation (hold an org
    head word): "The Latvian | Constitutional Court" is one actor, the court of Latvia."""
    while k < len(pieces) and pieces[k].kind in (CAP, PARTICLE, lx.OF):
        p = pieces[k]
        if p.kind == CAP and _org_head(p, toks, lex):
            return True
        k += 1
    return False


def _org_head(p: Piece, toks: list[lx.Token], lex: lx.Lexicon) -> bool:
    return toks[p.i].text[:1].isupper() and toks[p.i].key in lex.org_heads


def _has_head(run: list[Piece], toks: list[lx.Token], lex: lx.Lexicon) -> bool:
    return any(_org_head(p, toks, lex) for p in run)


def _named(run: list[Piece], toks: list[lx.Token], lex: lx.Lexicon) -> bool:
    """True when the run's capitalised words are a name: after a title, or an organisation."""
    kinds = {p.kind for p in run}
    return bool(kinds & NAMEABLE and CAP in kinds) or _org_sector(run, toks, lex) is not None


def _org_sector(run: list[Piece], toks: list[lx.Token], lex: lx.Lexicon) -> str | None:
    """Sector of a named organisation: a capitalised run holding an org head word."""
    # a place's own words are no head: "Amerika Serikat" holds "Serikat" (union)
    caps = [p for p in run if toks[p.i].text[:1].isupper() and p.kind not in (lx.DET,)
            and p.kind not in NATIONAL]
    if len(caps) < 2 or not any(p.kind == CAP for p in run):
        return None
    for p in caps:
        for t in toks[p.i:p.j]:
            if t.key in lex.org_heads:
                return lex.org_heads[t.key]
    return None


def _head_sector(run: list[Piece], lex: lx.Lexicon) -> str | None:
    """Sector of the head title or noun (first or last by language), else of a rank."""
    # The head stands before "of" ("supporters of President X" are supporters, "the
    # commander of the army" a commander); with no title or noun before it, after it
    # ("the leader of the opposition").
    of = next((k for k, p in enumerate(run) if p.kind == lx.OF), len(run))
    strong = _head_words(run[:of]) or _head_words(run)
    if strong:
        return strong[-1] if lex.head == "last" else strong[0]
    ranks = [p.value.split()[0] for p in run if p.kind in (lx.RANK, lx.WEAPON)]
    return ranks[0] if ranks else None


def _head_words(pieces: list[Piece]) -> list[str]:
    """The sectors of the titles and nouns among the pieces (none that is a place or target)."""
    return [p.value.split()[0] for p in pieces if p.kind in (lx.TITLE, lx.NOUN) and not p.role]


def _country_of(p: Piece) -> str | None:
    if p.kind in (lx.COUNTRY, lx.ADJ, lx.PEOPLE, lx.CAPITAL, lx.CITY):
        return p.value
    if p.kind in (lx.TITLE, lx.RANK, lx.NOUN) and " " in p.value:
        return p.value.split()[1]  # a national title: "Kapolri" is Indonesia's police chief
    return None


def make_mention(run: list[Piece], toks: list[lx.Token], text: str, lex: lx.Lexicon,
                 when: date | None, standalone: bool = False) -> ActorMention | None:
    """The most specific identity of one run: a known person, an org, a title + country."""
    kn = knowledge()
    day = when or kn.as_of
    own = [p for p in run if p.role != "target"]
    kinds = {p.kind for p in own if p.role != "place"}
    start, end = toks[run[0].i].start, toks[run[-1].j - 1].end
    m = ActorMention(text=text[start:end], span=(start, end), kind="name")
    # a country the text names ("Ketua DPR AS") before one a national title implies (IDN)
    # (not a place the actor is in: "Jewish settlers in the West Bank" are Israeli)
    named_here = {p.value for p in own if p.kind in NATIONAL and p.role != "place"}
    # a place a group is in is its country ("protesters in Jakarta"); an office holder's post
    # is not ("the ambassador in Jakarta" is foreign)
    countries = sorted((c for p in own if (c := _country_of(p))
                        and not (p.role == "place" and lx.NOUN not in kinds)),
                       key=lambda c: c not in named_here)
    # a known organisation swallowed into a longer name ("Komisi III DPR", "Ketua Umum DPP
    # Partai Nasdem"): the name is a unit or officer of it
    swallowed = [p for p in own if p.kind == CAP and p.value in kn.entities]
    inner = [kn.entities[p.value] for p in swallowed if kn.entities[p.value].kind == "org"]
    m.plural = any(p.kind == lx.DET and toks[p.i].key in lex.plural_words for p in own)
    # A reduplicated noun is plural ("negara-negara"): its token text is longer than its key.
    m.plural = m.plural or any(len(toks[k].text) > len(toks[k].key) for p in own
                               for k in range(p.i, p.j))
    sector = _head_sector(own, lex)
    persons = [p for p in own if p.kind == lx.PERSON]
    orgs = [p for p in own if p.kind == lx.ORG]
    if persons and orgs and any(p.kind == lx.POSS and persons[-1].i < p.i < orgs[0].i
                                for p in own):
        persons = []  # "Osama bin Laden's al-Qaeda": a body a person is said to own is the actor
    if lx.GROUP in kinds:
        m.kind, m.plural, m.sector = "group", True, sector
        m.country = countries[0] if countries else None
        return m
    if lx.WEAPON in kinds and not standalone and not (countries or orgs or persons
                                   or kinds & {lx.TITLE, lx.RANK, lx.NOUN, CAP}):
        return None  # "a warship", "fired artillery": equipment with no operator named
    if persons and any(p.kind == lx.NOUN and p.role != "place" for p in own):
        # "pendukung Prabowo", "Assad's forces", "pemerintahan Jokowi": the noun is the
        # actor, a group belonging to the person, of the person's country
        m.kind, m.sector = "sector", sector
        m.country = countries[0] if countries else kn.entities[persons[-1].value].at(day)[0]
        return m  # "supporters of former President X": "former" describes X, not them
    elif persons:
        ent = kn.entities[persons[-1].value]
        m.kind, m.name, m.wikidata = "person", ent.name, ent.wikidata
        m.country, m.sector = ent.at(day, dated=when is not None)
        titled = [p.value.split()[0] for p in own if p.kind == lx.TITLE]
        if titled and m.sector is None and lx.FORMER not in kinds:
            # "Menteri Pertahanan Sjafrie" before his known term: the text names the office
            m.sector = titled[0]
        elif titled and m.sector in ("ELI", None) and ent.sector == titled[0]:
            # "Ketua Umum PDIP Megawati" in 2014: out of office, her standing (party,
            # church ...) is what the title names
            m.sector = ent.sector
        elif (titled and m.sector == "ELI" and titled[0] not in OFFICE_SECTORS
              and lx.FORMER not in kinds):
            # "Opposition leader Anies Baswedan": out of office, what he is now is what the
            # text calls him, not a former official
            m.sector = titled[0]
        elif when is None and titled and m.sector != titled[0]:
            # Undated: an office named in the text says which of the person's roles is meant.
            role = next((r for r in ent.roles if r.sector == titled[0]), None)
            if role is not None:
                m.country, m.sector = role.country or ent.country, role.sector
        m.head = (toks[persons[-1].i].start, toks[persons[-1].j - 1].end)
    elif orgs:
        ent = kn.entities[orgs[0].value]
        if ent.seat and len(own) == 1 and not standalone and _after_locative(run, toks, lex):
            return None
        m.kind, m.name, m.wikidata = "org", ent.name, ent.wikidata
        m.country, m.sector = ent.at(day)
        named = [p.value for p in own if p.kind in NATIONAL]
        if (named and m.country not in (None, named[0], *NON_STATE_CODES) and len(own) > 1
                and m.sector in STATE_SECTORS):
            # "Rwanda's Senate": another country's body of that generic name, not the US one
            m.country, m.name, m.wikidata = named[0], None, None
        if m.country is None and countries:
            m.country = countries[0]
        if m.sector is None or (sector is not None and m.country in ("UNO", "EUR", "IGO")):
            m.sector = sector or m.sector
        if any(p.kind == lx.TITLE and p.value == "PTY" for p in own):
            m.sector = "PTY"  # "Senate hopeful": a candidate for an office does not hold it
        m.head = (toks[orgs[0].i].start, toks[orgs[0].j - 1].end)
        names = [p for p in own if p.kind in (CAP, PARTICLE) and p.i > orgs[0].i]
        if names and kinds & NAMEABLE:
            # "Sekjen Partai Demokrat Hinca Pandjaitan": an officer of the organisation,
            # of its country; a party's (or armed group's ...) officer has its sector.
            m.kind, m.wikidata = "person", None
            m.name = text[toks[names[0].i].start:toks[names[-1].j - 1].end]
            if m.sector in (None, "GOV") and sector is not None:
                m.sector = sector
            m.head = (toks[names[0].i].start, toks[names[-1].j - 1].end)
    elif (org_sector := _org_sector(own, toks, lex)) is not None:
        caps = [p for p in own if p.kind in (CAP, lx.NOUN, lx.OF, PARTICLE, lx.TITLE)]
        m.kind, m.sector = "org", org_sector
        m.name = text[toks[caps[0].i].start:toks[caps[-1].j - 1].end] if caps else m.text
        m.country = countries[0] if countries else None
        if inner:  # a unit of a known body has its country and sector ("Bareskrim Polri")
            country, unit_sector = inner[-1].at(day)
            m.country, m.sector = m.country or country, unit_sector or m.sector
    elif kinds & {lx.TITLE, lx.RANK, lx.NOUN, lx.WEAPON}:
        m.kind, m.sector = "sector", sector
        m.country = countries[0] if countries else None
        if inner:  # "Ketua DPP PKS Aboebakar": an officer of a known body
            body_country, body_sector = inner[-1].at(day)
            m.country = m.country or body_country
            if not kinds & {lx.TITLE, lx.NOUN} and body_sector:
                m.sector = body_sector  # a weak title ("ketua") is what the body is
        names = [p for p in own if p.kind in (CAP, PARTICLE)]
        if swallowed:  # the officer's name follows the body's ("Ketua DPP PKS | Aboebakar")
            names = [p for p in names if p.i > swallowed[-1].i]
        if names:
            m.kind = "person"
            m.name = text[toks[names[0].i].start:toks[names[-1].j - 1].end]
    elif kinds & {lx.PEOPLE}:
        m.kind, m.country, m.sector, m.plural = "country", countries[0], "CVL", True
        if _state_article(own, toks, lex):
            m.sector = "GOV"  # "the Austrians forced ...": the nation as a state
    elif kinds & {lx.COUNTRY, lx.CAPITAL, lx.ADJ}:
        p0 = next(p for p in own if p.kind in (lx.COUNTRY, lx.CAPITAL, lx.ADJ))
        if p0.kind == lx.CAPITAL and _after_locative(run, toks, lex):
            if not standalone:
                return None
            # "an amusement park in Kabul": something in the city, not its government
            m.kind, m.country, m.sector = "country", p0.value, "CVL"
            return m
        if not standalone and _in_compound(p0, toks, text):
            return None  # "hubungan Tiongkok-Rusia": a modifier, not an actor
        if not standalone and _currency(run, toks, lex):
            return None  # "2 juta dolar AS", "US dollars": money, not the US
        m.kind, m.country = "country", p0.value
        m.sector = None if p0.kind == lx.ADJ and not _state_article(own, toks, lex) else "GOV"
        m.name = kn.countries.get(p0.value)
    elif kinds & {lx.CITY} and standalone:
        m.kind, m.country, m.sector = "country", countries[0], "CVL"
    else:
        return None
    if any(p.kind == lx.FORMER for p in own) and m.kind != "group":
        m.sector = "ELI"
    return m


def _state_article(own: list[Piece], toks: list[lx.Token], lex: lx.Lexicon) -> bool:
    """True for a nation named by the definite article and its plural demonym or adjective
    alone ("the Austrians", "the French"): in narrative that is the state acting (GOV).
    A quantified or bare plural ("thousands of Austrians", "Austrians protested") is the
    people (CVL). The articles are the language's `state_articles`."""
    dets = [p for p in own if p.kind == lx.DET]
    if not (len(own) == 2 and len(dets) == 1 and own[0] is dets[0]
            and toks[dets[0].i].key in lex.state_articles):
        return False
    # "the Albanians of southern Serbia", "the Kurds in Iraq": people of a place
    after = lx.match_at(lex, toks, own[-1].j) if own[-1].j < len(toks) else None
    return after is None or after.kind not in (lx.OF, lx.LOC)


def _after_locative(run: list[Piece], toks: list[lx.Token], lex: lx.Lexicon) -> bool:
    """True when the run follows a locative preposition ("di Beijing", "in Moscow")."""
    i = run[0].i
    while i > 0 and toks[i - 1].key in lex.describers:
        i -= 1  # "in central | Jakarta"
    if i > 2 and toks[i - 1].text == ",":
        # "di Bakrie Tower, | Jakarta": the city of the place named before the comma
        k = i - 2
        while k > max(0, i - 6) and toks[k].text[:1].isupper() and toks[k - 1].text[:1].isupper():
            k -= 1
        if toks[k].text[:1].isupper():
            i = k
            while i > 0 and (entry := lx.match_at(lex, toks, i - 1)) is not None and (
                    entry.kind == lx.DET):
                i -= 1  # "at the | Grand Hyatt, Jakarta"
    if i == 0:
        return False
    for k in range(max(0, i - 3), i):
        entry = lx.match_at(lex, toks, k)
        if entry is not None and entry.kind == lx.LOC and k + len(entry.keys) == i:
            return True
    return False


def _currency(run: list[Piece], toks: list[lx.Token], lex: lx.Lexicon) -> bool:
    """True when a currency word stands right before or after the run ("dolar AS")."""
    before, after = run[0].i - 1, run[-1].j
    return ((before >= 0 and toks[before].key in lex.currencies)
            or (after < len(toks) and toks[after].key in lex.currencies))


def _in_compound(p: Piece, toks: list[lx.Token], text: str) -> bool:
    s, e = toks[p.i].start, toks[p.j - 1].end
    return (s > 0 and text[s - 1] in "-–") or (e < len(text) and text[e] in "-–")
