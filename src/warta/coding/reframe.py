"""What an event amounts to, given how it is said: intent, refusal, threat, who does it.

PLOVER codes what a statement expresses: a promise to cooperate is AGREE, a refusal to
cooperate is REJECT, force vowed is THREATEN. These rules run on PLOVER types only, so every
language shares them; the cue words that feed them come from the packs.
"""

from __future__ import annotations

from dataclasses import dataclass

COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "AGREE"})
FORCEFUL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
# Material cooperation said in a statement is an intent to cooperate (CAMEO 03x).
INTENT_CAMEO = {"CONSULT": "036", "COOPERATE": "031", "AID": "033", "RETREAT": "035",
                "CONCEDE": "035", "SUPPORT": "032", "AGREE": "030"}
# (A reported act of aid, release or concession stays what it is: only cooperation said in
# the present is read as a commitment.)
SAID_AS_AGREE = frozenset({"COOPERATE"})
# Refusing what would have been cooperation (CAMEO 12x).
REFUSAL_CAMEO = {"CONSULT": "125", "AID": "122", "COOPERATE": "121", "CONCEDE": "124",
                 "RETREAT": "124", "SUPPORT": "120", "AGREE": "120"}
THREAT_CAMEO = {"ASSAULT": "138", "COERCE": "130", "SANCTION": "131", "MOBILIZE": "138",
                "PROTEST": "133", "RETREAT": "136", "CONSULT": "134"}
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "COP", "SPY"})
OFFICIAL_COUNTRIES = frozenset({"UNO", "EUR", "IGO", "NGO"})
CIVILIAN_SECTORS = frozenset({"CVL", "LAB", "EDU", "OPP", "PTY", "BUS", "AGR", "REL", "REF"})


@dataclass(slots=True)
class Framing:
    """How a trigger was said, as the coder saw it."""

    negated: bool
    modality: str  # asserted | future | hypothetical
    intent: bool  # "bersedia", "willing to", "hendaknya"
    said: bool  # inside a reported statement
    past: bool  # marked as done ("surrendered", "telah")
    ultimatum: bool  # "unless", "kecuali": a conditional threat
    official_actor: bool
    civilian_actor: bool


def reframe(event: str, cameo: str | None, f: Framing, official_as: dict[str, str] | None,
            civilian_as: dict[str, str] | None) -> tuple[str, str | None, bool, str]:
    """(event, cameo, negated, modality) once the way it was said is taken into account."""
    negated, modality = f.negated, f.modality
    if official_as and f.official_actor:  # a ministry "protests": disapproval, not a march
        event, cameo = official_as["event"], official_as.get("cameo", cameo)
    elif civilian_as and f.civilian_actor:  # workers "strike", protesters "block": protest
        event, cameo = civilian_as["event"], civilian_as.get("cameo", cameo)
    # Only what someone says they will do is a promise or a threat; a future told in the
    # narrative ("Trudeau will extend the invitation") is a future event, not yet asserted.
    vowed = f.said and modality == "future"
    if negated and event in COOPERATIVE and vowed:
        return "REJECT", REFUSAL_CAMEO[event], False, "asserted"  # "will not accept refugees"
    if negated:
        return event, cameo, negated, modality
    if f.ultimatum and modality != "asserted":
        return "THREATEN", THREAT_CAMEO.get(event, "130"), False, "asserted"
    if event in INTENT_CAMEO and event != "AGREE" and (
            f.intent or vowed or (f.said and event in SAID_AS_AGREE and not f.past)):
        return "AGREE", INTENT_CAMEO[event], False, "asserted"
    # "wants to attack", "vowed to retaliate": force intended, not used, is a threat
    if event in FORCEFUL and (vowed or f.intent):
        return "THREATEN", THREAT_CAMEO.get(event, "130"), False, "asserted"
    return event, cameo, negated, modality
