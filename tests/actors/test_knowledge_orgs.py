"""Organisations of the knowledge files, resolved in both languages."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from warta.actors.finder import resolve_actor
from warta.actors.knowledge import knowledge


@pytest.mark.parametrize(("phrase", "lang", "country", "sector"), [
    # an organisation's own name is the same in every language
    ("Force Ouvrière", "id", "FRA", "LAB"),
    ("Serikat Force Ouvrière", "id", "FRA", "LAB"),
    ("Motion Picture Association of America", "id", "USA", "BUS"),
    # "Republican Party" unqualified is the US party; a longer name is another party
    ("the Republican Party", "en", "USA", "PTY"),
    ("Partai Republik", "id", "USA", "PTY"),
    ("Republican People's Party", "en", None, "PTY"),
    # an embassy is its government's
    ("Kedutaan Besar Australia", "id", "AUS", "GOV"),
    ("the Australian embassy", "en", "AUS", "GOV"),
])
def test_organisations(phrase: str, lang: str, country: str | None, sector: str) -> None:
    got = resolve_actor(phrase, lang)
    assert (got.country, got.sector) == (country, sector)


def test_org_wikidata_ids_are_well_formed_and_unique() -> None:
    # Organisation ids come only from stored public sources (PROVENANCE.md); an id is never
    # shared with another organisation or with a person.
    ents = knowledge().entities.values()
    org_ids = [e.wikidata for e in ents if e.kind == "org" and e.wikidata]
    assert all(re.fullmatch(r"Q[1-9][0-9]*", q) for q in org_ids)
    everyone = Counter(e.wikidata for e in ents if e.wikidata)
    assert [q for q in org_ids if everyone[q] > 1] == []
    assert len(org_ids) >= 70
    kn = knowledge()
    assert kn.entities["UN"].wikidata == "Q1065"
    assert kn.entities["EU"].wikidata == "Q458"
    assert kn.entities["PDIP"].wikidata == "Q1186306"
    assert kn.entities["UNHCR"].wikidata is None  # two stored sources disagree


@pytest.mark.parametrize(("phrase", "lang", "wikidata"), [
    ("Partai Golkar", "id", "Q1536552"),
    ("the World Health Organization", "en", "Q7817"),
    ("the Knesset", "en", "Q133396"),
])
def test_resolved_organisation_carries_its_wikidata_id(phrase: str, lang: str,
                                                        wikidata: str) -> None:
    assert resolve_actor(phrase, lang).wikidata == wikidata


@pytest.mark.parametrize(("phrase", "lang", "country", "sector"), [
    ("Polisi Diraja Malaysia", "id", "MYS", "COP"), ("Tatmadaw", "en", "MMR", "MIL"),
    ("Philippine National Police", "en", "PHL", "COP"), ("Rapid Support Forces", "en", "SDN", "REB"),
    ("M23", "en", "COD", "REB"),
])
def test_regional_security_forces(phrase: str, lang: str, country: str, sector: str) -> None:
    m = resolve_actor(phrase, lang)
    assert m is not None and (m.country, m.sector) == (country, sector)
