"""How an event is said changes what it is: promise, refusal, threat, protest or criticism."""

from __future__ import annotations

import pytest

import warta
from warta.coding.reframe import Framing, reframe


def framing(**kw: object) -> Framing:
    base = {"negated": False, "modality": "asserted", "intent": False, "said": False,
            "past": False, "ultimatum": False, "official_actor": False, "civilian_actor": False}
    base.update(kw)
    return Framing(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(("event", "kw", "want"), [
    ("COOPERATE", {"intent": True}, ("AGREE", "031", False, "asserted")),
    ("AID", {"modality": "future", "said": True}, ("AGREE", "033", False, "asserted")),
    ("CONSULT", {"modality": "future", "said": True}, ("AGREE", "036", False, "asserted")),
    ("CONSULT", {"modality": "future"}, ("CONSULT", "040", False, "future")),
    ("COOPERATE", {"said": True}, ("AGREE", "031", False, "asserted")),
    ("COOPERATE", {"said": True, "past": True}, ("COOPERATE", "060", False, "asserted")),
    ("AID", {"said": True}, ("AID", "070", False, "asserted")),
    ("AID", {"negated": True, "modality": "future", "said": True},
     ("REJECT", "122", False, "asserted")),
    ("CONSULT", {"negated": True}, ("CONSULT", "040", True, "asserted")),
    ("ASSAULT", {"modality": "future", "said": True}, ("THREATEN", "138", False, "asserted")),
    ("ASSAULT", {"modality": "future"}, ("ASSAULT", "190", False, "future")),
    ("RETREAT", {"modality": "future", "ultimatum": True}, ("THREATEN", "136", False, "asserted")),
    ("ASSAULT", {"negated": True}, ("ASSAULT", "190", True, "asserted")),
    ("REQUEST", {"modality": "future"}, ("REQUEST", "100", False, "future")),
    ("ASSAULT", {"modality": "hypothetical"}, ("ASSAULT", "190", False, "hypothetical")),
])
def test_reframing(event: str, kw: dict[str, object], want: tuple[str, str, bool, str]) -> None:
    cameo = {"COOPERATE": "060", "AID": "070", "CONSULT": "040", "ASSAULT": "190",
             "RETREAT": "0872", "REQUEST": "100"}[event]
    assert reframe(event, cameo, framing(**kw), None, None) == want


def test_official_and_civilian_readings() -> None:
    official = {"event": "ACCUSE", "cameo": "111"}
    civilian = {"event": "PROTEST", "cameo": "143"}
    assert reframe("PROTEST", "141", framing(official_actor=True), official, None)[:2] == (
        "ACCUSE", "111")
    assert reframe("ASSAULT", "190", framing(civilian_actor=True), None, civilian)[:2] == (
        "PROTEST", "143")
    assert reframe("ASSAULT", "190", framing(), None, civilian)[:2] == ("ASSAULT", "190")


def test_travellers_visit_no_one() -> None:
    """Tourists or refugees arriving are no CONSULT; a leader arriving is a visit."""
    for text, lang in [("Hundreds of Rohingya refugees arrived in Aceh by boat.", "en"),
                       ("Thousands of tourists visited Bali last month.", "en"),
                       ("Ribuan wisatawan mengunjungi Bali.", "id")]:
        assert warta.extract(text, lang=lang) == [], text
    events = warta.extract("Presiden Prabowo berkunjung ke Beijing.", lang="id")
    assert [(e.event, e.mode) for e in events] == [("CONSULT", "visit")]
