"""The per-document pipeline, end to end on the seed article (golden output) and edge cases."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import warta
from warta.model import Document
from warta.pipeline import STEPS, process

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_1bb352efa15facdf.txt"


@pytest.fixture(scope="module")
def seed() -> Document:
    doc = Document(id="000_1bb352efa15facdf", text=SEED.read_text(encoding="utf-8"),
                   published=date(2025, 1, 22))
    return process(doc)


def test_steps_are_named_and_ordered() -> None:
    assert [name for name, _ in STEPS] == ["language", "segment", "actors", "events", "dates",
                                           "places"]


def test_seed_video_call_is_a_phone_consultation_in_beijing(seed: Document) -> None:
    first = seed.events[0]
    assert (first.event, first.mode, first.cameo) == ("CONSULT", "phone", "041")
    assert {a.country for a in first.actor} == {"CHN", "RUS"}
    assert {a.wikidata for a in first.actor} == {"Q15031", "Q7747"}
    assert (first.date, first.date_precision) == ("2025-01-21", "day")
    assert "(21/1)" in (first.date_text or "")
    assert first.location is not None and first.location.name == "Beijing"
    assert first.location.country == "CHN"
    assert (first.goldstein, first.quad_class) == (1.0, 1)
    assert first.rule.startswith("id/consult/")


def test_seed_codes_russia_support_and_agreements(seed: Document) -> None:
    kinds = {(e.event, frozenset(a.country for a in e.actor)) for e in seed.events}
    assert ("SUPPORT", frozenset({"RUS"})) in kinds
    assert ("AGREE", frozenset({"RUS"})) in kinds
    assert ("ASSAULT", frozenset({"RUS", "CHN"})) in kinds  # fought the invaders, 1945
    ww2 = next(e for e in seed.events if e.event == "ASSAULT")
    assert (ww2.date, ww2.date_precision) == ("1945", "year")


def test_every_event_carries_evidence_inside_the_text(seed: Document) -> None:
    text = seed.text
    for e in seed.events:
        a, b = e.trigger.span
        assert text[a:b] == e.trigger.text and e.trigger.text in e.sentence
        for actor in e.actor + e.recipient:
            s, t = actor.span
            assert text[s:t] == actor.text
        assert e.sentence == text[seed.sentences[e.sentence_index].start:
                                  seed.sentences[e.sentence_index].end]
        assert e.cameo and e.goldstein is not None and e.quad_class in (1, 2, 3, 4)
        assert e.modality in ("asserted", "future", "hypothetical")


def test_statements_name_their_speakers(seed: Document) -> None:
    speakers = {s.speaker.name for s in seed.statements if s.speaker}
    assert {"Xi Jinping", "Vladimir Putin"} <= speakers
    for s in seed.statements:
        assert seed.text[s.span[0]:s.span[1]] == s.text


def test_event_ids_are_deterministic(seed: Document) -> None:
    again = process(Document(id=seed.id, text=seed.text, published=seed.published))
    assert [e.to_dict() for e in again.events] == [e.to_dict() for e in seed.events]
    assert len({e.event_id for e in seed.events}) == len(seed.events)


def test_contract_fields_round_trip(seed: Document) -> None:
    for e in seed.events:
        record = json.loads(json.dumps(e.to_dict()))
        assert warta.Event.from_dict(record).to_dict() == record


def test_unsupported_language_is_skipped_not_coded() -> None:
    doc = process(Document(id="fr", text="Le président a rencontré le premier ministre hier à "
                                         "Paris pour discuter de la crise économique du pays."))
    assert doc.skipped and doc.events == []


def test_malay_is_not_taken_for_indonesian() -> None:
    text = ("Kerajaan Malaysia akan menghantar bantuan kemanusiaan kepada mangsa banjir. "
            "Perdana Menteri berkata kerajaan sedang berusaha membantu rakyat yang terjejas. "
            "Beliau juga meminta orang ramai supaya bertenang.")
    doc = process(Document(id="ms", text=text))
    assert doc.lang == "ms" and doc.skipped


def test_no_publication_date_leaves_relative_dates_unresolved() -> None:
    events = warta.extract("Polisi Indonesia menangkap dua tersangka kemarin.", lang="id")
    assert events and events[0].date is None


def test_negated_and_future_events_are_told_apart() -> None:
    neg = warta.extract("Israel did not attack Gaza on Monday.", lang="en")
    assert [(e.event, e.negated) for e in neg] == [("ASSAULT", True)]
    fut = warta.extract("Presiden Prabowo akan mengkritik kebijakan Amerika Serikat.", lang="id")
    assert [(e.event, e.modality) for e in fut] == [("ACCUSE", "future")]
    planned = warta.extract("Tentara Israel akan menyerang Gaza.", lang="id")
    assert [(e.event, e.modality) for e in planned] == [("ASSAULT", "future")]
    vowed = warta.extract("Menteri Pertahanan Israel mengatakan, tentara Israel akan menyerang "
                          "Gaza.", lang="id")
    assert [(e.event, e.modality) for e in vowed] == [("THREATEN", "asserted")]
    promised = warta.extract("Japan will send humanitarian aid to Myanmar, the foreign minister "
                             "said.", lang="en")
    assert [(e.event, e.modality) for e in promised] == [("AGREE", "asserted")]
    hyp = warta.extract("If Russia attacks Ukraine, NATO will respond.", lang="en")
    assert all(e.modality != "asserted" for e in hyp if e.event == "ASSAULT")


def test_passive_voice_swaps_actor_and_recipient() -> None:
    id_events = warta.extract("Dua aktivis ditangkap oleh polisi Indonesia di Jakarta.", lang="id")
    assert [(e.event, e.actor[0].sector, e.actor[0].country) for e in id_events] == [
        ("COERCE", "COP", "IDN")]
    en_events = warta.extract("Two activists were arrested by Indonesian police.", lang="en")
    assert [(e.event, e.actor[0].country) for e in en_events] == [("COERCE", "IDN")]
