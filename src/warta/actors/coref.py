"""Within-document actor coreference: pronouns, short names and group phrases get an identity.

"Xi Jinping ... Xi ... beliau", "kedua kepala negara", "both sides": the identity comes from
actors mentioned earlier in the document. Which words are pronouns is pack data (cues.yaml).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from warta.model import ActorMention, Token


@dataclass(slots=True)
class Discourse:
    """What the document has said so far: recent actors, most recent last."""

    # identity -> its latest mention, oldest first (a dict keeps insertion order)
    latest: dict[tuple[str | None, str | None, str | None], ActorMention] = field(
        default_factory=dict)
    speaker: ActorMention | None = None  # speaker of the latest reported statement
    # the mentions of the sentence before, in order: a group word stands first for the party
    # that sentence was about, its first ("The Philippines accused China ... The country")
    previous: list[ActorMention] = field(default_factory=list)

    @property
    def recent(self) -> list[ActorMention]:
        """Remembered mentions, most recent last."""
        return list(self.latest.values())

    def remember(self, mention: ActorMention) -> None:
        """Record a resolved mention as the most recent reference for its identity."""
        if mention.kind == "group":
            for m in mention.members:
                self.remember(m)
            return
        if mention.country is None and mention.name is None and (
                mention.kind != "sector" or mention.sector is None):
            return  # a lone "hakim", "the judge" is kept: a later "ia", "he" may be them,
            # and "ratusan buruh", "hundreds of workers": a later "mereka", "they"
        key = _key(mention)
        self.latest.pop(key, None)
        self.latest[key] = mention
        if len(self.latest) > 30:
            del self.latest[next(iter(self.latest))]

    def last_person(self, accept: Callable[[ActorMention], bool] | None = None
                    ) -> ActorMention | None:
        """The most recently mentioned person: named, or one described by a singular title
        (and passing `accept`, when given)."""
        return next((m for m in reversed(self.latest.values())
                     if is_person_like(m) and (accept is None or accept(m))), None)

    def last_group(self, kind: str) -> ActorMention | None:
        """The most recent party a group word stands for: `kind` "plural" ("mereka", "they":
        a group of people or a body), "group" ("kelompok itu", "the group": a body or an
        armed, political or civic group) or "country" ("negara itu", "the country")."""
        for pool in (self.previous, list(reversed(self.latest.values()))):
            if kind == "plural":  # people before bodies: "ratusan buruh ... gedung DPR. Mereka"
                crowd = next((m for m in pool if m.kind == "sector"), None)
                if crowd is not None:
                    return crowd
            found = next((m for m in pool if fits_group(m, kind)), None)
            if found is not None:
                return found
        return None

    def last_two_parties(self, prefer_people: bool) -> list[ActorMention]:
        """The two most recent actors of different countries ("kedua negara", "both sides")."""
        pool = list(reversed(self.latest.values()))
        if prefer_people and sum(1 for m in pool if m.kind == "person") >= 2:
            pool = [m for m in pool if m.kind == "person"]
        out: list[ActorMention] = []
        for m in pool:
            if m.country and all(o.country != m.country for o in out):
                out.append(m)
            if len(out) == 2:
                break
        return out


def is_person_like(m: ActorMention) -> bool:
    """A named person, or one described by a singular title ("the judge"): what "he" stands for."""
    return m.kind == "person" or (m.kind == "sector" and not m.plural)


GROUP_SECTORS = frozenset({"REB", "OPP", "PTY", "NGO", "UAF", "CRM", "PRM"})


def fits_group(m: ActorMention, kind: str) -> bool:
    """Whether a group word of `kind` (see Discourse.last_group) may stand for `m`."""
    if kind == "country":
        return m.kind == "country"
    if kind == "group":
        return m.kind in ("org", "sector") and (m.sector in GROUP_SECTORS or (
            m.plural and m.kind == "sector"))
    return m.kind == "org" or (m.kind == "sector" and (m.plural or m.sector in GROUP_SECTORS))


def _key(m: ActorMention) -> tuple[str | None, str | None, str | None]:
    return (m.wikidata or m.name, m.country, m.sector)


def resolve_short_name(mention: ActorMention, discourse: Discourse) -> ActorMention:
    """An unknown name that repeats part of an earlier full name takes that person's identity."""
    if mention.country is not None or mention.kind not in ("name", "person"):
        return mention
    words = set(mention.text.split())
    for prev in reversed(discourse.recent):
        if prev.kind == "person" and prev.name and words & set(prev.name.split()):
            return replace(mention, name=prev.name, country=prev.country, sector=prev.sector,
                           wikidata=prev.wikidata, kind="person")
    return mention


def pronoun_mention(tok: Token, antecedent: ActorMention) -> ActorMention:
    """A pronoun token standing for an earlier actor."""
    return ActorMention(text=tok.text, span=(tok.start, tok.end), name=antecedent.name,
                        country=antecedent.country, sector=antecedent.sector,
                        wikidata=antecedent.wikidata, kind="pronoun")


def fill_group(mention: ActorMention, discourse: Discourse, leaders_words: frozenset[str]
               ) -> ActorMention:
    """Give a group phrase ("kedua kepala negara") the two parties it refers to."""
    if mention.kind != "group" or mention.members:
        return mention
    prefer_people = any(w in leaders_words for w in mention.text.lower().split())
    parties = discourse.last_two_parties(prefer_people)
    if len(parties) < 2:
        return mention
    members = [replace(p, text=mention.text, span=mention.span) for p in parties]
    return replace(mention, members=members)
