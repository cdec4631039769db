"""Find actor mentions in a sentence and resolve actor phrases to canonical identities."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from warta.actors import compose
from warta.actors.lexicon import Lexicon, Token, lexicon, tokenize
from warta.actors.names import name_rules, name_runs
from warta.lang.pack import available_languages
from warta.model import ActorMention


def find_actor_mentions(text: str, start: int, end: int, lang: str,
                        when: date | None = None) -> list[ActorMention]:
    """Actor phrases inside text[start:end] (one sentence), longest match first,
    non-overlapping, resolved; spans are offsets into `text`."""
    lex = lexicon(lang)
    toks = tokenize(text, start, end)
    if not toks:
        return []
    pieces = compose.scan(lex, toks)
    out = []
    covered = [False] * len(toks)
    for run in compose.runs(pieces, toks, lex):
        m = compose.make_mention(run, toks, text, lex, when)
        if m is not None:
            out.append(m)
            for k in range(run[0].i, run[-1].j):
                covered[k] = True
    named = _unknown_names(pieces, toks, covered, text, lex)
    if named:
        out.extend(_fold_into_nouns(out, named, text, lex))
        out.sort(key=lambda m: m.span[0])
    return _shared_nouns(out, text, lex)


def _shared_nouns(found: list[ActorMention], text: str, lex: Lexicon) -> list[ActorMention]:
    """A nationality adjective coordinated with the next one shares its noun: "Israeli and
    Palestinian officials" are Israeli officials too (GOV), not a bare "Israeli"."""
    out = list(found)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.kind != "country" or a.sector is not None or b.kind != "sector" or (
                b.country is None or b.sector is None):
            continue
        between = text[a.span[1]:b.span[0]].strip().lower()
        if between in lex.coordinators:
            out[k] = replace(a, sector=b.sector, kind="sector", plural=b.plural)
    return out


def _fold_into_nouns(found: list[ActorMention], named: list[ActorMention], text: str,
                     lex: Lexicon) -> list[ActorMention]:
    """Unknown names that modify the group noun one space beside them ("warga Rempang",
    "Wagner fighters") become part of the noun's mention, which keeps its sector; the
    other names are returned. A name modifies on the side its language puts modifiers."""
    first = lex.head == "first"
    nouns = {(m.span[1] + 1 if first else m.span[0] - 1): k for k, m in enumerate(found)
             if m.kind == "sector" and m.name is None}
    rest = []
    for n in named:
        gap = n.span[0] if first else n.span[1] + 1
        k = nouns.get(gap)
        if k is None or text[gap - 1] != " ":
            rest.append(n)
            continue
        m = found[k]
        s, e = min(m.span[0], n.span[0]), max(m.span[1], n.span[1])
        found[k] = replace(m, text=text[s:e], span=(s, e))
    return rest


def _unknown_names(pieces: list[compose.Piece], toks: list[Token], covered: list[bool],
                   text: str, lex: Lexicon) -> list[ActorMention]:
    """Name mentions for capitalised runs that no dictionary entry explains."""
    n = len(toks)
    eligible = [False] * n
    particle = [False] * n
    for p in pieces:
        if p.kind == compose.CAP and not covered[p.i]:
            eligible[p.i] = True
        elif p.kind == compose.PARTICLE:
            particle[p.i] = True
    if not any(eligible):
        return []
    keys = [t.key for t in toks]
    texts = [t.text for t in toks]
    out = []
    for i, j in name_runs(keys, texts, eligible, particle, name_rules(lex.lang)):
        s, e = toks[i].start, toks[j - 1].end
        out.append(ActorMention(text=text[s:e], span=(s, e), name=text[s:e], kind="name"))
    return out


def _resolve_in(phrase: str, lang: str, when: date | None) -> ActorMention | None:
    lex = lexicon(lang)
    toks = tokenize(phrase, 0, len(phrase))
    if not toks:
        return None
    pieces = compose.scan(lex, toks)
    found = [m for run in compose.runs(pieces, toks, lex, standalone=True)
             if (m := compose.make_mention(run, toks, phrase, lex, when, standalone=True))]
    if not found:
        return None
    best = max(found, key=_score)
    if best.country is None:
        # The phrase is one actor: a place named anywhere in it ("professor ... in
        # Scotland", "a Somalia-based group") tells its country.
        best.country = next((p.value for p in pieces if p.kind in compose.PLACES | {"adj"}), None)
    return best


def _score(m: ActorMention) -> tuple[int, int, int]:
    known = (m.wikidata is not None) + (m.country is not None) + (m.sector is not None)
    return (m.span[1] - m.span[0], known, -m.span[0])


def resolve_actor(phrase: str, lang: str | None = None,
                  when: date | None = None) -> ActorMention | None:
    """Resolve one actor phrase ("Armenian Prime Minister Nikol Pashinyan", "Kapolri",
    "PBB") to its identity; None if nothing is known."""
    langs = [lang] if lang else available_languages()
    found = [m for code in langs if (m := _resolve_in(phrase, code, when)) is not None]
    if not found:
        return None
    return max(found, key=lambda m: (m.country is not None, m.sector is not None, _score(m)))
